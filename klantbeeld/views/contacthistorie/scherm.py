"""The contacthistorie screen: filter bar, status line, the list with its detail, the charts.

The screen shows what its :class:`~klantbeeld.controllers.contacthistorie.ContacthistorieController`
holds and forwards what the team lead does; the loading, filtering, detail and export are the
controller's. Only for the team-lead role; built for anyone else it says so and loads nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.contacthistorie import ContacthistorieController
from klantbeeld.services.contacthistorie.rijen import Filter, HistorieDetail, HistorieRij, Periode
from klantbeeld.services.contacthistorie.verzoeken import OpenVerzoek
from klantbeeld.services.werkplek.settings import Instellingen, Rol
from klantbeeld.views.contacthistorie.export import ExportBediening
from klantbeeld.views.contacthistorie.filters import FilterBalk
from klantbeeld.views.contacthistorie.lijst import Lijst
from klantbeeld.views.contacthistorie.overzicht import Overzicht
from klantbeeld.views.contacthistorie.status import StatusRegel
from klantbeeld.views.sessie import Sessie
from klantbeeld.views.sneltoetsen import CONTACTHISTORIE_SNELTOETSEN
from klantbeeld.views.theme import load_theme

#: Wait after the last filter change before the charts are redrawn (ms).
DEBOUNCE_MS = 200
#: How often the charts follow the rows while a period is loading (ms).
LAAD_VERVERS_MS = 1000


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Contacthistorie)."""
    return QCoreApplication.translate("Contacthistorie", text)


class ContacthistorieScherm(QWidget):
    """The team lead's contact history: filters on top, list and detail, an overview with charts."""

    #: The team lead asked to go back to the klantbeeld (also after "Open klantbeeld").
    terug = Signal()
    #: Loading finished (or failed); carries the number of loaded contacts.
    geladen = Signal(int)

    def __init__(
        self,
        sessie: Sessie,
        instellingen: Instellingen,
        parent: QWidget | None = None,
        *,
        vandaag: date | None = None,
        controller: ContacthistorieController | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessie = sessie
        self.instellingen = instellingen
        self.vandaag = vandaag or date.today()
        self.toegestaan = instellingen.rol == Rol.TEAMLEIDER
        self._detail: HistorieDetail | None = None
        self.controller: ContacthistorieController | None = None
        self._theme = load_theme()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(self._theme.space_sm)
        self.setAccessibleName(tr("Contacthistorie"))
        layout.addLayout(self._maak_kop())
        if not self.toegestaan:
            self.weigering = QLabel(
                tr(
                    "De contacthistorie is alleen voor teamleiders. Uw rol is "
                    "medewerker; vraag uw beheerder als u deze rol nodig hebt."
                )
            )
            self.weigering.setTextFormat(Qt.TextFormat.PlainText)
            self.weigering.setWordWrap(True)
            self.weigering.setProperty("niveau", "waarschuwing")
            layout.addWidget(self.weigering)
            layout.addStretch(1)
            return
        c = controller or ContacthistorieController.voor(sessie, vandaag=self.vandaag)
        self.controller = c
        self.historie_model = c.model
        self.verzoeken_model = c.verzoeken_model
        self.filters = FilterBalk(
            self._theme, self.vandaag, instellingen.onderwerpen, instellingen.resultaten
        )
        f = self.filters
        self.van, self.tot, self.chips, self.tekst = f.van, f.tot, f.chips, f.tekst
        self.medewerker, self.onderwerp, self.resultaat = f.medewerker, f.onderwerp, f.resultaat
        self.wis_knop = f.wis_knop
        layout.addWidget(f)
        self.export = ExportBediening(c, self)
        self.bsn_keuze, self.export_knop = self.export.bsn_keuze, self.export.knop
        self.export_melding = self.export.melding
        self.status = StatusRegel([self.bsn_keuze, self.export_knop], self)
        s = self.status
        self.aantal, self.voortgang, self.fout = s.aantal, s.voortgang, s.fout
        self.vernieuw_knop, self.opnieuw_knop = s.vernieuw_knop, s.opnieuw_knop
        s.vernieuw_knop.clicked.connect(self.laad)
        s.opnieuw_knop.clicked.connect(self.laad)
        self.export_knop.clicked.connect(self.kies_exportbestand)
        layout.addLayout(s.regel)
        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleDescription(tr("Kies tussen de lijst en het overzicht"))
        self.tabs.setDocumentMode(True)
        self.lijst = Lijst(self.historie_model, self._theme, self.export_melding)
        self.tabel, self.splitter, d = self.lijst.tabel, self.lijst.splitter, self.lijst.detail
        self.detail_titel, self.detail_velden, self.detail_inhoud = d.titel, d.velden, d.inhoud
        self.detail_melding, self.open_knop = d.melding, d.open_knop
        self.tabel.activated.connect(self.open_klantbeeld)
        self.open_knop.clicked.connect(self.open_klantbeeld)
        self.lijst.gekozenGewijzigd.connect(self._toon_detail)
        self.historie_model.rowsInserted.connect(self._toon_status)
        self.historie_model.modelReset.connect(self._toon_status)
        self.tabs.addTab(self.lijst, tr("Lijst"))
        self.overzicht = Overzicht(self._theme, c.verzoeken_model)
        o = self.overzicht
        self.overzicht_stand, self.dag_grafiek = o.stand, o.dag_grafiek
        self.eerste_contact = o.eerste_contact
        self.resultaat_grafiek, self.onderwerp_grafiek = o.resultaat_grafiek, o.onderwerp_grafiek
        self.leeftijd_grafiek, self.te_laat_kop = o.leeftijd_grafiek, o.te_laat_kop
        self.verzoeken_status = o.verzoeken_status
        self.tabs.addTab(o, tr("Overzicht"))
        self.tabs.currentChanged.connect(self._tab_gewijzigd)
        layout.addWidget(self.tabs, 1)
        self._overzicht_timer = QTimer(self)
        self._overzicht_timer.setSingleShot(True)
        self._overzicht_timer.timeout.connect(self.ververs_overzicht)
        self._overzicht_vuil = True
        self._sneltoetsen()
        self._tab_volgorde()
        f.periodeGekozen.connect(self.laad)
        f.filterGewijzigd.connect(self._filter_gewijzigd)
        c.standGewijzigd.connect(self._toon_status)
        c.rijenToegevoegd.connect(self._rijen_toegevoegd)
        c.geladen.connect(self._klaar)
        c.nieuweKeuzes.connect(f.nieuwe_keuzes)
        c.detailGeladen.connect(self._detail_geladen)
        c.detailMelding.connect(self.detail_melding.setText)
        c.verzoekenGeladen.connect(self._toon_verzoeken)
        c.verzoekenMelding.connect(o.verzoeken_melding)
        sessie.model.gewist.connect(self._wis_detail)
        self._toon_status()
        self._toon_detail(None)

    # -- building ---------------------------------------------------------------------------

    def _maak_kop(self) -> QHBoxLayout:
        kop = QHBoxLayout()
        titel = QLabel(tr("Contacthistorie"))
        titel.setProperty("rol", "titel")
        kop.addWidget(titel)
        uitleg = QLabel(tr("Alle klantcontacten in de gekozen periode, nieuwste eerst"))
        uitleg.setProperty("rol", "gedempt")
        kop.addWidget(uitleg, 1)
        self.terug_knop = QPushButton(tr("Terug naar klantbeeld"))
        self.terug_knop.setProperty("variant", "secondary")
        self.terug_knop.setToolTip(tr("Terug naar het klantbeeld (Esc)"))
        self.terug_knop.setAccessibleName(tr("Terug naar klantbeeld"))
        self.terug_knop.clicked.connect(self.terug)
        kop.addWidget(self.terug_knop)
        return kop

    def _sneltoetsen(self) -> None:
        acties: dict[str, Callable[[], object]] = {
            "historie_terug": self.terug.emit,
            "historie_export": self.kies_exportbestand,
            "historie_herladen": self.laad,
            "historie_lijst": self.tabel.setFocus,
            "historie_zoek": self.tekst.setFocus,
            "historie_tab_lijst": lambda: self.tabs.setCurrentIndex(0),
            "historie_tab_overzicht": lambda: self.tabs.setCurrentIndex(1),
        }
        #: The screen's own shortcuts (the main window switches off its own for these keys).
        self.sneltoetsen: list[QShortcut] = []
        for s in CONTACTHISTORIE_SNELTOETSEN:
            for toets in s.toetsen:
                sc = QShortcut(QKeySequence(toets), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(acties[s.naam])
                self.sneltoetsen.append(sc)

    def _tab_volgorde(self) -> None:
        volgorde: list[QWidget] = [
            self.van,
            self.tot,
            *self.chips.values(),
            self.medewerker,
            self.onderwerp,
            self.resultaat,
            self.tekst,
            self.wis_knop,
            self.vernieuw_knop,
            self.opnieuw_knop,
            self.bsn_keuze,
            self.export_knop,
            self.tabs,
            self.tabel,
            self.detail_inhoud,
            self.open_knop,
            self.terug_knop,
        ]
        for a, b in pairwise(volgorde):
            self.setTabOrder(a, b)

    # -- the controller's state -------------------------------------------------------------

    @property
    def periode(self) -> Periode:
        """The period chosen in the date fields."""
        return self.filters.periode

    @property
    def bezig(self) -> bool:
        """Whether a period is loading."""
        return self.controller is not None and self.controller.bezig

    @property
    def volledig(self) -> bool:
        """Whether the period's contacts are all in: the last load's stream reached its end."""
        return self.controller is not None and self.controller.volledig

    @property
    def verzoeken_klaar(self) -> bool:
        """Whether the open verzoeken are loaded (or failed)."""
        return self.controller is None or self.controller.verzoeken_klaar

    @property
    def opgehaald(self) -> datetime | None:
        """When the complete data was fetched (local time)."""
        return self.controller.opgehaald if self.controller is not None else None

    @property
    def tijd_eerste_rijen(self) -> float | None:
        """Seconds from the start of the load to its first rows (for the benchmark)."""
        return self.controller.tijd_eerste_rijen if self.controller is not None else None

    @property
    def tijd_klaar(self) -> float | None:
        """Seconds from the start of the load to its end (for the benchmark)."""
        return self.controller.tijd_klaar if self.controller is not None else None

    @property
    def _taak(self) -> asyncio.Task[None] | None:
        return self.controller.laad_taak if self.controller is not None else None

    @property
    def _verzoeken(self) -> list[OpenVerzoek]:
        return self.controller.verzoeken if self.controller is not None else []

    # -- loading ----------------------------------------------------------------------------

    def laad(self) -> None:
        """(Re)load the chosen period; cancels a load in progress."""
        if self.controller is None:
            return
        self.filters.stop_periode_timer()
        self._toon_detail(None)
        self.controller.laad(self.periode)
        self._plan_overzicht(0)

    def _rijen_toegevoegd(self, eerste: bool) -> None:
        if eerste and not self.tabel.currentIndex().isValid() and self.historie_model.rowCount():
            self.tabel.selectRow(0)
        self._toon_status()
        if not self._overzicht_timer.isActive():
            self._plan_overzicht(LAAD_VERVERS_MS)

    def _klaar(self, aantal: int) -> None:
        self._plan_overzicht(0)
        self.geladen.emit(aantal)

    def stop(self) -> None:
        """Cancel every task of this screen (on close)."""
        if self.controller is not None:
            self.controller.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel the tasks before the screen goes."""
        self.stop()
        super().closeEvent(event)

    # -- filters ----------------------------------------------------------------------------

    def huidig_filter(self) -> Filter:
        """The filter the controls say."""
        return self.filters.huidig_filter()

    def wis_filters(self) -> None:
        """Every filter back to "Alle" (the period stays)."""
        self.filters.wis()

    def _filter_gewijzigd(self) -> None:
        if self.controller is None:
            return
        gekozen = self.historie_model.rij(self.tabel.currentIndex().row())
        self.controller.zet_filter(self.huidig_filter())
        if gekozen is not None and (rij := self.historie_model.rij_van(gekozen.uuid)) >= 0:
            self.tabel.selectRow(rij)
        elif self.historie_model.rowCount():
            self.tabel.selectRow(0)
        else:
            self._toon_detail(None)
        self._plan_overzicht(DEBOUNCE_MS)

    # -- status -----------------------------------------------------------------------------

    def _toon_status(self) -> None:
        c = self.controller
        if c is None:
            return
        self.status.toon(c)
        tekst, niveau = c.overzicht_stand()
        # complete: the line above the tabs says so already; the charts get the room
        self.overzicht.zet_stand(tekst, niveau, tonen=not c.volledig)
        self.export_knop.setEnabled(not c.bezig and self.historie_model.rowCount() > 0)

    # -- detail -----------------------------------------------------------------------------

    def gekozen(self) -> HistorieRij | None:
        """The contact in the detail pane."""
        return self.lijst.gekozen()

    def _toon_detail(self, rij: HistorieRij | None) -> None:
        self._detail = None
        self.lijst.detail.toon(rij)
        if self.controller is not None:
            self.controller.kies(rij)

    def _detail_geladen(self, detail: HistorieDetail) -> None:
        self._detail = detail
        self.lijst.detail.toon_detail(detail)

    def open_klantbeeld(self) -> bool:
        """Open the chosen contact's klantbeeld in the main window (once its partij is known)."""
        detail = self._detail
        if detail is None:
            return False
        if not (detail.bsn or detail.kvk_nummer):
            return False
        # Never silently in place of another klant on screen: the window may ask first.
        self.sessie.open_klant(
            "persoon" if detail.bsn else "bedrijf",
            detail.bsn or detail.kvk_nummer or "",
            naam=detail.contactnaam or detail.organisatienaam or "",
            daarna=self.terug.emit,
        )
        return True

    def _wis_detail(self) -> None:
        """The contact ended: no citizen's name or text stays on screen."""
        self.tabel.clearSelection()
        self._toon_detail(None)

    # -- export -----------------------------------------------------------------------------

    def kies_exportbestand(self) -> QFileDialog | None:
        """Ask where to save the filtered list (non-blocking); saving starts when chosen."""
        c = self.controller
        if c is None or c.bezig or not self.historie_model.rowCount():
            return None
        return self.export.kies_bestand(c.periode or self.periode)

    def exporteer_naar(self, pad: Path) -> asyncio.Task[None] | None:
        """Write the filtered list to ``pad`` as CSV (BSN only when "BSN opnemen" is on)."""
        return self.export.exporteer_naar(pad)

    # -- overview ---------------------------------------------------------------------------

    def _tab_gewijzigd(self, _index: int) -> None:
        self._plan_overzicht(0)

    def _plan_overzicht(self, ms: int) -> None:
        self._overzicht_vuil = True
        self._overzicht_timer.start(ms)

    def ververs_overzicht(self) -> None:
        """Redraw the charts from the filtered rows (only when the Overzicht tab shows)."""
        if not self._overzicht_vuil or self.tabs.currentIndex() != 1 or self.controller is None:
            return
        self._overzicht_vuil = False
        self.overzicht.zet(self.historie_model.zichtbaar(), self.controller.periode or self.periode)

    def _toon_verzoeken(self) -> None:
        if self.controller is None:
            return
        verzoeken = self.controller.verzoeken
        self.overzicht.zet_verzoeken(verzoeken, self.verzoeken_model.rowCount())
