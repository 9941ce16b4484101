"""Panel: open vragen en contactverzoeken (internetaken still to handle), oldest first.

The table shows soort (contactverzoek or vraag, :mod:`klantbeeld.services.internetaken`),
onderwerp and toelichting (plain text, first line), the number to call back on, status, who it
is assigned to, and how long it waits; items over their term are highlighted and say so. The
selected item's whole text shows under the table. The callback number is copied with Ctrl+C or
the context menu (through :mod:`klantbeeld.views.klembord`, cleared at end of contact). Actor
names are looked up once per session (``GET /actoren``); until then, or when that fails, the
table shows the actor's short id. Callback numbers are read with the contactverzoek's
klantcontact (its betrokkene's digitale adressen), a few requests per klantbeeld.
"""

from __future__ import annotations

import asyncio
import contextlib

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelection, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.services.composer import Onderdeel
from klantbeeld.services.errors import KlantbeeldError
from klantbeeld.services.internetaken import Soort, terugbeladressen
from klantbeeld.views.beeld import BeeldModel, DeelStatus
from klantbeeld.views.deelstatus import DeelStatusBalk
from klantbeeld.views.klembord import kopieer
from klantbeeld.views.models.vragen_model import VragenModel, maak_rijen
from klantbeeld.views.sessie import Sessie
from klantbeeld.views.theme import load_theme
from klantbeeld.views.werkvoorraad import beantwoord_in_klantbeeld

#: Rows measured when sizing columns to their contents.
RESIZE_PRECISIE = 25


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Vragen)."""
    return QCoreApplication.translate("Vragen", text)


class VragenPaneel(QWidget):
    """Open vragen en contactverzoeken."""

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        self._actor_namen: dict[str, str] = {}
        self._actoren_taak: asyncio.Task[None] | None = None
        #: Callback address per klantcontact uuid ("" when it has none).
        self._adressen: dict[str, str] = {}
        self._adressen_taak: asyncio.Task[None] | None = None
        #: Internetaken answered in this contact: out of the table before the server knows.
        self._beantwoord: set[str] = set()
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

        self.tabel_model = VragenModel(self)
        self.tabel = QTableView()
        self.tabel.setModel(self.tabel_model)
        self.tabel.setAccessibleName(tr("Open vragen en contactverzoeken"))
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.setTabKeyNavigation(False)
        self.tabel.setWordWrap(False)
        self.tabel.setAlternatingRowColors(True)
        self.tabel.verticalHeader().setVisible(False)
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
        if self._actoren_taak is not None:
            self._actoren_taak.cancel()
            self._actoren_taak = None
        if self._adressen_taak is not None:
            self._adressen_taak.cancel()
            self._adressen_taak = None
        self._adressen.clear()
        self._beantwoord.clear()
        self.tabel_model.set_rows([])
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
        taken = [t for t in beeld.internetaken if t.uuid not in self._beantwoord]
        rijen = maak_rijen(taken, beeld.klantcontacten, self._actor_namen, adressen=self._adressen)
        self.tabel_model.set_rows(rijen)
        klaar = self.model.status(Onderdeel.INTERNETAKEN) is DeelStatus.KLAAR
        self.leeg.setVisible(klaar and not rijen)
        self.tabel.setVisible(bool(rijen))
        self._herstel_selectie(gekozen)
        if rijen and self._mist_namen():
            self._haal_actoren()
        if self._mist_adressen():
            self._haal_adressen()

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
            dialoog.beantwoord.connect(self._is_beantwoord)

    def _is_beantwoord(self, taak_uuid: str) -> None:
        if shiboken6.isValid(self):
            self._beantwoord.add(taak_uuid)
            self._ververs()

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

    def _open_contactverzoeken(self) -> list[str]:
        """The klantcontacten of the open contactverzoeken on screen."""
        return [
            rij.taak.aanleidinggevend_klantcontact.uuid
            for rij in self.tabel_model.rijen()
            if rij.soort is Soort.CONTACTVERZOEK
            and rij.taak.aanleidinggevend_klantcontact is not None
            and rij.taak.aanleidinggevend_klantcontact.uuid
        ]

    def _mist_adressen(self) -> bool:
        return any(u not in self._adressen for u in self._open_contactverzoeken())

    def _haal_adressen(self) -> None:
        client = self.sessie.composer.klantinteracties
        if client is None or self._adressen_taak is not None:
            return
        with contextlib.suppress(RuntimeError):  # no running loop: no numbers
            self._adressen_taak = asyncio.ensure_future(self._adressen_lezen())

    async def _adressen_lezen(self) -> None:
        client = self.sessie.composer.klantinteracties
        gevraagd = [u for u in self._open_contactverzoeken() if u not in self._adressen]
        try:
            if client is None:
                return
            try:
                gevonden = await terugbeladressen(client, gevraagd)
            except KlantbeeldError:
                gevonden = {}  # the column stays empty; the number is in the klantbeeld's kop
            if not shiboken6.isValid(self):
                return
            for uuid in gevraagd:
                self._adressen[uuid] = gevonden.get(uuid, "")
            self._adressen_taak = None
            self._ververs()
        finally:
            if shiboken6.isValid(self):
                self._adressen_taak = None

    # -- actor names ------------------------------------------------------------------------

    def _mist_namen(self) -> bool:
        beeld = self.model.beeld
        if beeld is None:
            return False
        return any(
            a.uuid and a.uuid not in self._actor_namen
            for t in beeld.internetaken
            for a in t.toegewezen_aan_actoren or []
        )

    def _haal_actoren(self) -> None:
        client = self.sessie.composer.klantinteracties
        if client is None or self._actoren_taak is not None:
            return
        with contextlib.suppress(RuntimeError):  # no running loop: keep the short ids
            self._actoren_taak = asyncio.ensure_future(self._actoren())

    async def _actoren(self) -> None:
        client = self.sessie.composer.klantinteracties
        try:
            if client is None:
                return
            try:
                actoren = await client.actoren()
            except KlantbeeldError:
                actoren = []  # the short ids stay; not worth a message
            if not shiboken6.isValid(self):
                return
            for actor in actoren:
                if actor.naam:
                    self._actor_namen[actor.uuid] = actor.naam
            for actor_uuid in self._ontbrekend():
                self._actor_namen.setdefault(actor_uuid, "")
            self._actoren_taak = None
            self._ververs()
        finally:
            if shiboken6.isValid(self):
                self._actoren_taak = None

    def _ontbrekend(self) -> list[str]:
        beeld = self.model.beeld
        if beeld is None:
            return []
        return [
            a.uuid
            for t in beeld.internetaken
            for a in t.toegewezen_aan_actoren or []
            if a.uuid and a.uuid not in self._actor_namen
        ]
