"""Panel: open vragen en contactverzoeken (internetaken still to handle), oldest first.

The table shows soort (contactverzoek or vraag, :mod:`services.registraties.internetaken`),
onderwerp and toelichting (plain text, first line), the number to call back on, status, who it
is assigned to, and how long it waits; items over their term are highlighted and say so. The
selected item's whole text shows under the table. The callback number is copied with Ctrl+C or
the context menu (through :mod:`klantbeeld.views.klembord`, cleared at end of contact). The
rows, the actor names and the callback numbers are the :class:`VragenController`'s
(:mod:`klantbeeld.controllers.vragen`); until a name arrives, or when that fails, the table
shows the actor's short id.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.controllers.vragen import VragenController
from klantbeeld.services.klantbeeld.waarden import Onderdeel
from klantbeeld.views.deelstatus import DeelStatusBalk
from klantbeeld.views.klembord import kopieer
from klantbeeld.views.models.beeld import BeeldModel, DeelStatus
from klantbeeld.views.models.vragen_model import VragenModel
from klantbeeld.views.tabel import maak_tabel
from klantbeeld.views.theme import load_theme
from klantbeeld.views.werkvoorraad import beantwoord_in_klantbeeld

#: Rows measured when sizing columns to their contents.
RESIZE_PRECISIE = 25


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Vragen)."""
    return QCoreApplication.translate("Vragen", text)


class VragenPaneel(QWidget):
    """Open vragen en contactverzoeken."""

    def __init__(
        self,
        model: BeeldModel,
        sessie: Sessie,
        parent: QWidget | None = None,
        *,
        controller: VragenController | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        self.controller = controller if controller is not None else sessie.vragen()
        self.controller.setParent(self)
        self.controller.aangevuld.connect(self._ververs)
        theme = load_theme()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.space_xs, 0, 0)
        layout.setSpacing(theme.space_xs)

        self.status = DeelStatusBalk(model, [Onderdeel.INTERNETAKEN])
        self.status.opnieuw.connect(sessie.opnieuw)
        layout.addWidget(self.status)

        self.leeg = QLabel(tr("Geen open vragen of contactverzoeken."))
        self.leeg.setTextFormat(Qt.TextFormat.PlainText)
        self.leeg.setProperty("rol", "gedempt")
        layout.addWidget(self.leeg)

        self.tabel_model: VragenModel = self.controller.model
        self.tabel = maak_tabel(
            self.tabel_model, tr("Open vragen en contactverzoeken"), afwisselend=True
        )
        kop = self.tabel.horizontalHeader()
        kop.setStretchLastSection(False)
        kop.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measure a screenful of rows, not every row: the columns hold short, even
        # values, and measuring all of them stalled the loop on each refresh.
        kop.setResizeContentsPrecision(RESIZE_PRECISIE)
        kop.setSectionResizeMode(VragenModel.COL_ONDERWERP, QHeaderView.ResizeMode.Stretch)
        kop.setSectionResizeMode(VragenModel.COL_TOEGEWEZEN, QHeaderView.ResizeMode.Interactive)
        kop_tekst = kop.fontMetrics().horizontalAdvance(tr("Toegewezen aan")) + 3 * theme.space_sm
        kop.resizeSection(VragenModel.COL_TOEGEWEZEN, max(theme.font_size * 10, kop_tekst))
        layout.addWidget(self.tabel, 1)

        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(tr("Toelichting van de gekozen vraag"))
        self.detail.setMaximumHeight(theme.font_size * 6)
        onder = QHBoxLayout()
        onder.addWidget(self.detail, 1)
        self.beantwoord_knop = QPushButton(tr("Beantwoorden"))
        self.beantwoord_knop.setProperty("variant", "secondary")
        self.beantwoord_knop.setToolTip(tr("Beantwoord de gekozen vraag (Enter)"))
        self.beantwoord_knop.setAccessibleName(tr("Beantwoorden"))
        self.beantwoord_knop.setEnabled(False)
        self.beantwoord_knop.clicked.connect(self.beantwoord_gekozen)
        onder.addWidget(
            self.beantwoord_knop, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        )
        layout.addLayout(onder)
        self.tabel.activated.connect(self.beantwoord_gekozen)
        self.tabel.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabel.customContextMenuRequested.connect(self._menu)
        kopie = QShortcut(QKeySequence.StandardKey.Copy, self.tabel)
        kopie.setContext(Qt.ShortcutContext.WidgetShortcut)
        kopie.activated.connect(self.kopieer_terugbelnummer)
        selectie = self.tabel.selectionModel()
        selectie.selectionChanged.connect(self._selectie)

        model.gestart.connect(self._ververs)
        model.deelGewijzigd.connect(self._deel)
        model.gewist.connect(self.wis)
        self.wis()

    # -- public -----------------------------------------------------------------------------

    def wis(self) -> None:
        """Clear every row and text (contact ended)."""
        self.controller.wis()
        self.detail.clear()
        self.detail.setVisible(False)
        self.leeg.setVisible(False)

    # -- filling ----------------------------------------------------------------------------

    def _deel(self, onderdeel: object) -> None:
        if onderdeel in (Onderdeel.INTERNETAKEN, Onderdeel.KLANTCONTACTEN):
            self._ververs()

    def _ververs(self, *_: object) -> None:
        beeld = self.model.beeld
        if beeld is None:
            self.wis()
            return
        gekozen = self._gekozen_uuid()
        rijen = self.controller.ververs(beeld)
        klaar = self.model.status(Onderdeel.INTERNETAKEN) is DeelStatus.KLAAR
        self.leeg.setVisible(klaar and not rijen)
        self.tabel.setVisible(bool(rijen))
        self._herstel_selectie(gekozen)

    def _gekozen_uuid(self) -> str | None:
        rij = self.tabel_model.rij(self.tabel.currentIndex().row())
        return rij.taak.uuid if rij else None

    def _herstel_selectie(self, uuid: str | None) -> None:
        for row, rij in enumerate(self.tabel_model.rijen()):
            if rij.taak.uuid == uuid:
                self.tabel.selectRow(row)
                return
        self.detail.clear()
        self.detail.setVisible(False)

    def _selectie(self, *_: QItemSelection) -> None:
        rijen = self.tabel.selectionModel().selectedRows()
        rij = self.tabel_model.rij(rijen[0].row()) if rijen else None
        self.detail.setText(rij.volledige_tekst if rij else "")
        self.detail.setVisible(rij is not None and bool(rij.volledige_tekst))
        self.beantwoord_knop.setEnabled(rij is not None)

    def beantwoord_gekozen(self, *_: object) -> None:
        """Open the answer dialog for the selected question (button or Enter on a row)."""
        rij = self.tabel_model.rij(self.tabel.currentIndex().row())
        if rij is None:
            return
        dialoog = beantwoord_in_klantbeeld(self.window(), self.sessie, rij.taak)
        if dialoog is not None:
            dialoog.beantwoord.connect(self.controller.markeer_beantwoord)

    # -- the callback number ----------------------------------------------------------------

    def kopieer_terugbelnummer(self) -> bool:
        """Copy the selected contactverzoek's callback number; False when it has none."""
        rij = self.tabel_model.rij(self.tabel.currentIndex().row())
        if rij is None or not rij.terugbeladres:
            return False
        kopieer(rij.terugbeladres)
        self.sessie.meldingen.info(tr("Terugbelnummer gekopieerd"))
        return True

    def _menu(self, plek: QPoint) -> None:
        rij = self.tabel_model.rij(self.tabel.indexAt(plek).row())
        if rij is None:
            return
        menu = QMenu(self)
        actie = menu.addAction(tr("Terugbelnummer kopiëren"))
        actie.setShortcut(QKeySequence.StandardKey.Copy)
        actie.setEnabled(bool(rij.terugbeladres))
        actie.triggered.connect(self.kopieer_terugbelnummer)
        menu.popup(self.tabel.viewport().mapToGlobal(plek))
