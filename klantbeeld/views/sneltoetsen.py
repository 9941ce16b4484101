"""Every keyboard shortcut in one place, so the F1 overview and the actions never disagree."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.views.tabel import maak_tabel


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Sneltoetsen)."""
    return QCoreApplication.translate("Sneltoetsen", text)


@dataclass(frozen=True)
class Sneltoets:
    """One shortcut: its id, key sequence(s) and what it does, in the agent's words."""

    naam: str
    toetsen: tuple[str, ...]
    #: In Dutch, as written (the tables are made at import, before a translator is installed).
    omschrijving: str
    #: The values of the description's ``{placeholders}``: ``(("n", 1),)``.
    invulling: tuple[tuple[str, object], ...] = ()

    def tekst(self) -> str:
        """The description in the screen's language, its placeholders filled in."""
        return tr(self.omschrijving).format(**dict(self.invulling))


SNELTOETSEN: tuple[Sneltoets, ...] = (
    Sneltoets("zoek", ("Ctrl+F", "F2"), tr("Naar het zoekveld")),
    Sneltoets("beeindig", ("Ctrl+E",), tr("Contact beëindigen: alles van het scherm wissen")),
    Sneltoets("registreer", ("Ctrl+R",), tr("Contact registreren")),
    Sneltoets("contactverzoek", ("Ctrl+T",), tr("Contactverzoek (terugbelverzoek) maken")),
    Sneltoets("werkvoorraad", ("F6",), tr("Te beantwoorden vragen")),
    Sneltoets("contacthistorie", ("F7",), tr("Contacthistorie (alleen teamleiders)")),
    Sneltoets("schermpop", ("F9",), tr("Inkomend gesprek openen dat wachtte op een dialoog")),
    Sneltoets("tab_zaken", ("Alt+1",), tr("Naar de zaken")),
    Sneltoets("tab_tijdlijn", ("Alt+2",), tr("Naar de tijdlijn")),
    Sneltoets("tab_betalingen", ("Alt+3",), tr("Naar de betalingen")),
    Sneltoets("tab_vragen", ("Alt+4",), tr("Naar de vragen en contactverzoeken")),
    Sneltoets("bsn_tonen", ("Ctrl+B",), tr("BSN tonen of verbergen")),
    Sneltoets("kopieer_telefoon", ("Ctrl+Shift+T",), tr("Telefoonnummer van de klant kopiëren")),
    Sneltoets("kopieer_email", ("Ctrl+Shift+M",), tr("E-mailadres van de klant kopiëren")),
    Sneltoets("vernieuwen", ("F5",), tr("Klantbeeld opnieuw laden")),
    Sneltoets(
        "toon_aan_inwoner", ("F11",), tr("Toon aan inwoner: wat de inwoner zelf ziet, en terug")
    ),
    Sneltoets("instellingen", ("Ctrl+,",), tr("Instellingen")),
    Sneltoets("vergrendel", ("Ctrl+Shift+L",), tr("Scherm vergrendelen: alle gegevens verbergen")),
    Sneltoets("doelbinding", ("Ctrl+Shift+D",), tr("Doelbinding: waarvoor u de BRP raadpleegt")),
    Sneltoets("help", ("F1",), tr("Dit overzicht van sneltoetsen")),
)

#: Shortcuts of the document viewer (a PDF shown in the app).
DOCUMENT_SNELTOETSEN: tuple[Sneltoets, ...] = (
    Sneltoets("document_inzoomen", ("Ctrl++", "Ctrl+="), tr("Inzoomen")),
    Sneltoets("document_uitzoomen", ("Ctrl+-",), tr("Uitzoomen")),
    Sneltoets("document_paginabreedte", ("Ctrl+0",), tr("Passend op paginabreedte")),
    Sneltoets("document_afdrukken", ("Ctrl+P",), tr("Afdrukken")),
    Sneltoets("document_opslaan", ("Ctrl+S",), tr("Opslaan")),
    Sneltoets("document_sluiten", ("Esc",), tr("Document sluiten")),
)


#: Shortcuts of the contacthistorie (team leads, F7).
CONTACTHISTORIE_SNELTOETSEN: tuple[Sneltoets, ...] = (
    Sneltoets("historie_herladen", ("F5",), tr("Opnieuw laden")),
    Sneltoets("historie_lijst", ("Ctrl+L",), tr("Naar de lijst met contacten")),
    Sneltoets("historie_zoek", ("Ctrl+F",), tr("Zoeken in de tekst")),
    Sneltoets("historie_export", ("Ctrl+S",), tr("Exporteren als CSV")),
    Sneltoets("historie_tab_lijst", ("Alt+1",), tr("Lijst")),
    Sneltoets("historie_tab_overzicht", ("Alt+2",), tr("Overzicht")),
    Sneltoets("historie_terug", ("Esc",), tr("Terug naar het klantbeeld")),
)

#: Moving through lists, tables and panes: keys Qt's widgets and ours handle themselves.
NAVIGATIE: tuple[Sneltoets, ...] = (
    Sneltoets("nav_tab", ("Tab", "Shift+Tab"), tr("Naar het volgende of vorige onderdeel")),
    Sneltoets(
        "nav_tabblad", ("Ctrl+Tab", "Ctrl+Shift+Tab"), tr("Naar het volgende of vorige tabblad")
    ),
    Sneltoets("nav_regel", ("↑ ↓", "PgUp PgDn"), tr("Naar een andere regel in een lijst of tabel")),
    Sneltoets("nav_eerste", ("Ctrl+Home", "Ctrl+End"), tr("Naar de eerste of laatste regel")),
    Sneltoets(
        "nav_openen",
        ("Enter",),
        tr("Openen: het zoekresultaat, de zaak, het document; in de tijdlijn: uit- of inklappen"),
    ),
    Sneltoets("zaak_sluiten", ("Esc",), tr("In de lijsten en het zaakvenster: de zaak sluiten")),
    Sneltoets("nav_treffers", ("↓",), tr("In het zoekveld: naar de lijst met zoekresultaten")),
    Sneltoets("nav_treffers_dicht", ("Esc",), tr("In de zoekresultaten: terug naar het zoekveld")),
    Sneltoets(
        "nav_tijdlijn_zaak", ("Ctrl+Enter",), tr("In de tijdlijn: de zaak van het contact openen")
    ),
    Sneltoets(
        "nav_tijdlijn_kolom", ("→ ←",), tr("In de tijdlijn: naar de zaak van een contact en terug")
    ),
    Sneltoets("nav_kenmerk", ("Ctrl+C",), tr("In Betalingen: het betalingskenmerk kopiëren")),
    Sneltoets("nav_dialoog", ("Esc",), tr("Een venster sluiten")),
)

#: Switching between sessions (when the agent may hold several contacts at once).
SESSIE_SNELTOETSEN: tuple[Sneltoets, ...] = (
    Sneltoets("sessie_volgende", ("Ctrl+Tab",), tr("Naar de volgende sessie")),
    Sneltoets(
        "sessie_vorige", ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab"), tr("Naar de vorige sessie")
    ),
    *(
        Sneltoets(f"sessie_{n}", (f"Ctrl+{n}",), tr("Naar sessie {n}"), (("n", n),))
        for n in range(1, 10)
    ),
)

#: Shortcuts inside "Contact registreren" (Ctrl+R) and "Contactverzoek" (Ctrl+T).
REGISTREREN_SNELTOETSEN: tuple[Sneltoets, ...] = (
    Sneltoets("registreren_vastleggen", ("Ctrl+Enter",), tr("Vastleggen")),
    Sneltoets("registreren_vraag", ("Ctrl+N",), tr("Nog een vraag in hetzelfde contact")),
)

#: The F1 overview: each group's heading and its shortcuts, in this order.
OVERZICHT: tuple[tuple[str, tuple[Sneltoets, ...]], ...] = (
    (tr("Overal"), SNELTOETSEN),
    (tr("Lijsten, tabellen en panelen"), NAVIGATIE),
    (tr("Sessies (meerdere contacten tegelijk)"), SESSIE_SNELTOETSEN),
    (tr("Contact registreren"), REGISTREREN_SNELTOETSEN),
    (tr("Document bekijken"), DOCUMENT_SNELTOETSEN),
    (tr("Contacthistorie (teamleiders)"), CONTACTHISTORIE_SNELTOETSEN),
)


def sneltoets(naam: str) -> Sneltoets:
    """The shortcut called ``naam``."""
    for _, groep in OVERZICHT:
        for s in groep:
            if s.naam == naam:
                return s
    raise KeyError(naam)


def maak_sneltoetsen(
    ouder: QWidget,
    acties: Mapping[str, Callable[[], object]],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> list[QShortcut]:
    """A QShortcut on ``ouder`` for every key of every named shortcut, running its action."""
    gemaakt: list[QShortcut] = []
    for naam, actie in acties.items():
        for toets in sneltoets(naam).toetsen:
            sc = QShortcut(QKeySequence(toets), ouder)
            sc.setContext(context)
            sc.activated.connect(actie)
            gemaakt.append(sc)
    return gemaakt


class SneltoetsenDialoog(QDialog):
    """The F1 overview: every shortcut by group, the key column never cut off."""

    #: Room kept free around the dialog on the screen, in px.
    MARGE = 48

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sneltoetsen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([tr("Toets"), tr("Wat het doet")])
        self.tabel = maak_tabel(
            self.model,
            tr("Sneltoetsen"),
            view=QTableView(self),
            enkel=False,
            tab_door_cellen=True,
            omloop=True,
            horizontaal_schuiven=False,
        )
        self.tabel.setTextElideMode(Qt.TextElideMode.ElideNone)
        # rows grow when a description wraps
        self.tabel.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vet = QFont(self.tabel.font())
        vet.setBold(True)
        #: Rows that are group headings.
        self.koppen: list[int] = []
        for kop, groep in OVERZICHT:
            rij = self.model.rowCount()
            item = QStandardItem(tr(kop))  # tr again: OVERZICHT is built at import
            item.setFont(vet)
            item.setSelectable(False)
            self.model.appendRow([item, QStandardItem()])
            self.tabel.setSpan(rij, 0, 1, 2)
            self.koppen.append(rij)
            for s in groep:
                toets = QStandardItem(tr(" of ").join(s.toetsen))
                toets.setToolTip(toets.text())
                self.model.appendRow([toets, QStandardItem(s.tekst())])
        kop_breedte = self.tabel.horizontalHeader()
        kop_breedte.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        kop_breedte.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabel)
        sluiten = QPushButton(tr("Sluiten"))
        sluiten.setAccessibleName(tr("Overzicht van sneltoetsen sluiten"))
        sluiten.setAccessibleDescription(tr("Ook met Esc"))
        sluiten.clicked.connect(self.accept)
        layout.addWidget(sluiten, 0, Qt.AlignmentFlag.AlignRight)
        self._maat(parent)
        self.tabel.setCurrentIndex(self.model.index(1, 0))
        self.tabel.setFocus()

    def _maat(self, parent: QWidget | None) -> None:
        """As wide as the keys need plus a readable description column, within the window."""
        scherm = (
            parent.window().geometry() if parent is not None else self.screen().availableGeometry()
        )
        toetsen = max(
            self.tabel.sizeHintForColumn(0),
            max(
                self.tabel.fontMetrics().horizontalAdvance(self.model.item(r, 0).text())
                for r in range(self.model.rowCount())
                if r not in self.koppen
            ),
        )
        breedte = min(toetsen + 520 + 64, scherm.width() - self.MARGE)
        hoogte = min(
            sum(self.tabel.sizeHintForRow(r) for r in range(self.model.rowCount())) + 120,
            scherm.height() - self.MARGE,
        )
        self.resize(breedte, hoogte)

    @classmethod
    def toon(cls, parent: QWidget) -> SneltoetsenDialoog:
        """Open the overview, non-blocking (``open()``)."""
        dialoog = cls(parent)
        dialoog.open()
        return dialoog
