"""The contacthistorie's "Lijst" tab: the table of contacts and the detail pane beside it.

The pane shows a contact's own fields at once and, when the controller has fetched the
detail, who the klant is and how many zaken and taken it led to. Everything is plain text:
citizens' words never become markup.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.services.contacthistorie.rijen import HistorieDetail, HistorieRij, datum_tijd
from klantbeeld.views.icons import kanaal_label
from klantbeeld.views.models.historie_model import (
    COL_DATUM,
    COL_KANAAL,
    COL_MEDEWERKER,
    COL_ONDERWERP,
    COL_RESULTAAT,
    HistorieModel,
)
from klantbeeld.views.tabel import maak_tabel
from klantbeeld.views.theme import Theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Contacthistorie)."""
    return QCoreApplication.translate("Contacthistorie", text)


def maak_lijst_tabel(model: HistorieModel, theme: Theme) -> QTableView:
    """The table of contacts: sortable by a click on a header, the columns sized to fit."""
    tabel = maak_tabel(
        model,
        tr("Klantcontacten, nieuwste eerst"),
        afwisselend=True,
        rijhoogte=theme.font_size * 2,
    )
    kop = tabel.horizontalHeader()
    kop.setSectionsClickable(True)
    kop.setSortIndicatorShown(True)
    kop.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
    kop.sortIndicatorChanged.connect(model.sort)
    kop.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    kop.setStretchLastSection(False)
    kop.setSectionResizeMode(COL_ONDERWERP, QHeaderView.ResizeMode.Stretch)
    fm = tabel.fontMetrics()
    for col, voorbeeld, extra in (
        (COL_DATUM, "00-00-0000 00:00", 0),
        (COL_KANAAL, "Webformulier", 24),
        (COL_MEDEWERKER, "Chantal Visser", 0),
        (COL_RESULTAAT, "Zelfstandig afgehandeld", 0),
    ):
        # The theme pads every cell: room for that as well as the text (and the icon).
        kop.resizeSection(col, fm.horizontalAdvance(voorbeeld) + 2 * theme.space_md + extra)
    return tabel


class DetailPaneel(QFrame):
    """One contact in full, with "Open klantbeeld" once its partij is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("rol", "kaart")
        self.setMinimumWidth(300)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        self.titel = QLabel()
        self.titel.setTextFormat(Qt.TextFormat.PlainText)
        self.titel.setWordWrap(True)
        self.titel.setProperty("rol", "kop")
        self.titel.setAccessibleName(tr("Onderwerp van het contact"))
        lay.addWidget(self.titel)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(2)
        self.velden: dict[str, QLabel] = {}
        for sleutel, label in (
            ("moment", tr("Wanneer")),
            ("kanaal", tr("Kanaal")),
            ("medewerker", tr("Medewerker")),
            ("resultaat", tr("Resultaat")),
            ("gelukt", tr("Contact gelukt")),
            ("nummer", tr("Nummer")),
            ("klant", tr("Klant")),
            ("zaken", tr("Zaken en taken")),
        ):
            veld = QLabel()
            veld.setTextFormat(Qt.TextFormat.PlainText)
            veld.setWordWrap(True)
            veld.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            veld.setAccessibleName(label)
            self.velden[sleutel] = veld
            form.addRow(label, veld)
        lay.addLayout(form)
        self.inhoud = QPlainTextEdit()
        self.inhoud.setReadOnly(True)
        self.inhoud.setAccessibleName(tr("Inhoud van het contact"))
        self.inhoud.setAccessibleDescription(tr("De tekst van het gekozen contact, alleen lezen"))
        self.inhoud.setTabChangesFocus(True)
        lay.addWidget(self.inhoud, 1)
        knoppen = QHBoxLayout()
        self.melding = QLabel()
        self.melding.setTextFormat(Qt.TextFormat.PlainText)
        self.melding.setWordWrap(True)
        self.melding.setProperty("rol", "gedempt")
        knoppen.addWidget(self.melding, 1)
        self.open_knop = QPushButton(tr("Open klantbeeld"))
        self.open_knop.setProperty("variant", "primary")
        self.open_knop.setAccessibleName(tr("Open het klantbeeld van deze klant"))
        self.open_knop.setToolTip(tr("Open het klantbeeld van deze klant (Enter)"))
        knoppen.addWidget(self.open_knop)
        lay.addLayout(knoppen)

    def toon(self, rij: HistorieRij | None) -> None:
        """The contact's own fields (the klant and zaken follow with :meth:`toon_detail`)."""
        self.open_knop.setEnabled(False)
        if rij is None:
            self.titel.setText(tr("Kies een contact in de lijst"))
            for veld in self.velden.values():
                veld.setText("")
            self.inhoud.setPlainText("")
            self.melding.setText("")
            return
        self.titel.setText(rij.onderwerp or tr("(geen onderwerp)"))
        velden = self.velden
        velden["moment"].setText(datum_tijd(rij.moment))
        velden["kanaal"].setText(kanaal_label(rij.kanaal_label))
        velden["medewerker"].setText(rij.medewerker or tr("onbekend"))
        velden["resultaat"].setText(rij.resultaat or tr("niet vastgelegd"))
        velden["gelukt"].setText(tr("ja") if rij.contact_gelukt else tr("nee"))
        velden["nummer"].setText(rij.nummer or "")
        velden["klant"].setText(rij.contactnaam or "…")
        velden["zaken"].setText("…")
        self.inhoud.setPlainText(rij.inhoud or "")

    def toon_detail(self, detail: HistorieDetail) -> None:
        """Who the klant is, the zaken and taken, the answer given; the klantbeeld link."""
        klant = detail.contactnaam or detail.organisatienaam or tr("anoniem")
        if detail.organisatienaam and detail.contactnaam:
            klant = f"{detail.contactnaam} ({detail.organisatienaam})"
        self.velden["klant"].setText(klant)
        zaken = len(detail.zaak_uuids)
        taken = len(detail.internetaken)
        delen = [tr("{n} zaak") if zaken == 1 else tr("{n} zaken")]
        if taken:
            delen.append(tr("{t} vervolgtaak") if taken == 1 else tr("{t} vervolgtaken"))
        self.velden["zaken"].setText(
            ", ".join(delen).format(n=zaken, t=taken) if zaken or taken else tr("geen")
        )
        if detail.reactie:
            self.inhoud.setPlainText(
                f"{detail.rij.inhoud}\n\n{tr('Reactie van de gemeente:')}\n{detail.reactie}"
            )
        kan = bool(detail.bsn or detail.kvk_nummer)
        self.open_knop.setEnabled(kan)
        self.melding.setText(
            "" if kan else tr("Deze klant heeft geen BSN of KVK-nummer: geen klantbeeld.")
        )


class Lijst(QWidget):
    """The "Lijst" tab: the export's message line over the table and the detail pane."""

    #: Another contact was chosen in the table; carries the HistorieRij (None: none).
    gekozenGewijzigd = Signal(object)

    def __init__(
        self, model: HistorieModel, theme: Theme, melding: QLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, theme.space_xs, 0, 0)
        lay.addWidget(melding)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabel = maak_lijst_tabel(model, theme)
        self.tabel.selectionModel().selectionChanged.connect(self._selectie_gewijzigd)
        self.detail = DetailPaneel()
        self.splitter.addWidget(self.tabel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 460])
        lay.addWidget(self.splitter, 1)

    def _selectie_gewijzigd(self, *_: QItemSelection) -> None:
        rij = self.model.rij(self.tabel.currentIndex().row())
        if rij is None:
            rijen = self.tabel.selectionModel().selectedRows()
            rij = self.model.rij(rijen[0].row()) if rijen else None
        self.gekozenGewijzigd.emit(rij)

    def gekozen(self) -> HistorieRij | None:
        """The contact selected in the table."""
        rijen = self.tabel.selectionModel().selectedRows()
        return self.model.rij(rijen[0].row()) if rijen else None
