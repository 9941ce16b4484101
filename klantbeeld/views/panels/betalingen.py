"""The Betalingen panel: what is still due (prominent), then every payment, te laat first.

The kenmerk can be copied (button, Ctrl+C, or the row's context menu); the linked zaak opens
with a click on it or Enter on the row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.services.klantbeeld.tijdlijn import euro
from klantbeeld.services.klantbeeld.waarden import Onderdeel
from klantbeeld.views import klembord
from klantbeeld.views.deelstatus import DeelStatusBalk
from klantbeeld.views.icons import icon
from klantbeeld.views.models.beeld import BeeldModel, DeelStatus
from klantbeeld.views.models.betalingen_model import (
    COL_BEDRAG,
    COL_KENMERK,
    COL_OMSCHRIJVING,
    COL_STATUS,
    COL_ZAAK,
    BetalingenModel,
    te_betalen,
)
from klantbeeld.views.tabel import maak_tabel
from klantbeeld.views.theme import load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Betalingen)."""
    return QCoreApplication.translate("Betalingen", text)


class BetalingenTabel(QTableView):
    """The payments table: Enter opens the row's zaak, Ctrl+C copies its kenmerk."""

    def __init__(self, paneel: BetalingenPaneel) -> None:
        super().__init__(paneel)
        self._paneel = paneel
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter: open the zaak; Ctrl+C: copy the kenmerk."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._paneel.open_zaak(self.currentIndex())
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self._paneel.kopieer_kenmerk()
            event.accept()
            return
        super().keyPressEvent(event)


class BetalingenPaneel(QWidget):
    """Betalingen: open, te laat, betaald."""

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        self.betalingen_model = BetalingenModel(self)
        theme = load_theme()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        self.deelstatus = DeelStatusBalk(model, [Onderdeel.BETALINGEN])
        self.deelstatus.opnieuw.connect(sessie.opnieuw)
        layout.addWidget(self.deelstatus)

        kop = QHBoxLayout()
        self.totaal = QLabel()
        self.totaal.setProperty("rol", "titel")
        self.totaal.setTextFormat(Qt.TextFormat.PlainText)
        self.totaal.setAccessibleName(tr("Totaal te betalen"))
        self.te_laat = QLabel()
        self.te_laat.setProperty("niveau", "fout")
        self.te_laat.setTextFormat(Qt.TextFormat.PlainText)
        self.te_laat.setVisible(False)
        kop.addWidget(self.totaal)
        kop.addSpacing(theme.space_md)
        kop.addWidget(self.te_laat, 0, Qt.AlignmentFlag.AlignVCenter)
        kop.addStretch(1)
        self.kopieer = QPushButton(icon("kopieer"), tr("Kenmerk kopiëren"))
        self.kopieer.setProperty("variant", "secondary")
        self.kopieer.setAccessibleName(tr("Betalingskenmerk kopiëren"))
        self.kopieer.setToolTip(tr("Kopieert het betalingskenmerk van de gekozen regel (Ctrl+C)"))
        self.kopieer.clicked.connect(self.kopieer_kenmerk)
        self.kopieer.setEnabled(False)
        kop.addWidget(self.kopieer)
        layout.addLayout(kop)

        self.view = BetalingenTabel(self)
        maak_tabel(
            self.betalingen_model,
            tr("Betalingen"),
            view=self.view,
            afwisselend=True,
            raster=False,
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.clicked.connect(self._klik)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_OMSCHRIJVING, QHeaderView.ResizeMode.Stretch)
        fm = QFontMetrics(theme.font())
        vet = QFontMetrics(theme.font(weight=theme.weight_bold))
        # the status column fits its longest status in the screen's language (icon: +28)
        leeg = "00-00-0000"
        status = max(
            vet.horizontalAdvance(tr("Te laat, sinds {datum}").format(datum=leeg)) + 28,
            fm.horizontalAdvance(tr("Open, vervalt {datum}").format(datum=leeg)),
            fm.horizontalAdvance(tr("Betaald op {datum}").format(datum=leeg)),
        )
        breedtes = {
            COL_STATUS: status + 24,
            COL_BEDRAG: fm.horizontalAdvance("€ 00.000,00") + 24,
            COL_KENMERK: fm.horizontalAdvance("0000 0000 0000 0000") + 24,
            COL_ZAAK: fm.horizontalAdvance("ZAAK-0000-0000000000") + 24,
        }
        for kolom, breedte in breedtes.items():
            header.setSectionResizeMode(kolom, QHeaderView.ResizeMode.Fixed)
            self.view.setColumnWidth(kolom, breedte)
        # Beside a zaak the table can be narrower than its fixed columns: the description keeps
        # at least its title's width and the table scrolls sideways (the title was cut to
        # "script" in English).
        titel = self.betalingen_model.headerData(COL_OMSCHRIJVING, Qt.Orientation.Horizontal)
        header.setMinimumSectionSize(theme.kolomkop_breedte(str(titel)))
        self.view.selectionModel().currentRowChanged.connect(self._huidig)
        layout.addWidget(self.view, 1)

        self.uitleg = QLabel(tr("Enter: zaak openen  ·  Ctrl+C: kenmerk kopiëren"))
        self.uitleg.setProperty("rol", "klein")
        self.uitleg.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.uitleg)
        self.setTabOrder(self.kopieer, self.view)

        model.deelGewijzigd.connect(self._deel_gewijzigd)
        model.gestart.connect(self.wis)
        model.gewist.connect(self.wis)
        self.wis()

    # -- filling ----------------------------------------------------------------------------

    def _deel_gewijzigd(self, onderdeel: Onderdeel) -> None:
        if onderdeel in (Onderdeel.BETALINGEN, Onderdeel.ZAKEN):
            self.ververs()

    def ververs(self) -> None:
        """Show the klantbeeld's payments and the total due."""
        beeld = self.model.beeld
        if beeld is None:
            self.wis()
            return
        self.betalingen_model.set_rows(beeld.betalingen, beeld.zaken)
        self._toon_totaal()
        # Payments not configured: the status bar says so; no empty table under it.
        aan = self.model.status(Onderdeel.BETALINGEN) is not DeelStatus.NIET_INGESTELD
        for widget in (self.view, self.kopieer, self.uitleg):
            widget.setVisible(aan)

    def wis(self) -> None:
        """Empty the table and the totals (contact ended or a new klantbeeld)."""
        self.betalingen_model.set_rows([])
        self.totaal.clear()
        self.te_laat.clear()
        self.te_laat.setVisible(False)
        self.kopieer.setEnabled(False)

    def _toon_totaal(self) -> None:
        betalingen = self.betalingen_model.betalingen()
        status = self.model.status(Onderdeel.BETALINGEN)
        if status not in (DeelStatus.KLAAR, DeelStatus.VOORLOPIG):
            self.totaal.clear()
            self.te_laat.setVisible(False)
            return
        totaal, laat = te_betalen(betalingen)
        aantal_open = sum(1 for b in betalingen if b.is_open)
        aantal_laat = sum(1 for b in betalingen if b.is_te_laat)
        if aantal_open:
            self.totaal.setText(tr("Nog te betalen: {bedrag}").format(bedrag=euro(totaal)))
        elif betalingen:
            self.totaal.setText(tr("Alles betaald"))
        else:
            self.totaal.setText(tr("Geen betalingen"))
        self.te_laat.setVisible(bool(aantal_laat))
        if aantal_laat:
            sjabloon = (
                tr("waarvan {bedrag} te laat ({n} betaling)")
                if aantal_laat == 1
                else tr("waarvan {bedrag} te laat ({n} betalingen)")
            )
            self.te_laat.setText(sjabloon.format(bedrag=euro(laat), n=aantal_laat))

    # -- actions ----------------------------------------------------------------------------

    def _huidig(self, index: QModelIndex, _vorige: QModelIndex) -> None:
        betaling = self.betalingen_model.betaling(index.row()) if index.isValid() else None
        self.kopieer.setEnabled(bool(betaling and betaling.kenmerk))

    def kopieer_kenmerk(self) -> None:
        """Put the current row's kenmerk on the clipboard, as sent (no spaces)."""
        index = self.view.currentIndex()
        betaling = self.betalingen_model.betaling(index.row()) if index.isValid() else None
        if betaling is not None and betaling.kenmerk:
            klembord.kopieer(betaling.kenmerk)

    def open_zaak(self, index: QModelIndex) -> None:
        """Open the zaak the payment belongs to, if any."""
        zaak = self.betalingen_model.zaak(index.row()) if index.isValid() else None
        if zaak is not None:
            self.sessie.kies_zaak(zaak)

    def _klik(self, index: QModelIndex) -> None:
        if index.column() == COL_ZAAK:
            self.open_zaak(index)

    def _menu(self, punt: QPoint) -> None:
        index = self.view.indexAt(punt)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        kopieer = QAction(icon("kopieer"), tr("Kenmerk kopiëren"), menu)
        kopieer.triggered.connect(self.kopieer_kenmerk)
        menu.addAction(kopieer)
        if self.betalingen_model.zaak(index.row()) is not None:
            zaak = QAction(icon("zaak"), tr("Zaak openen"), menu)
            zaak.triggered.connect(lambda: self.open_zaak(index))
            menu.addAction(zaak)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(punt))
