"""Contacthistorie: the team lead's view of every klantcontact in a period, with charts and export.

Only for the team-lead role (``Instellingen.rol``); built for anyone else the screen says so and
loads nothing. The period's contacts stream in newest first as an asyncio task
(:func:`~klantbeeld.services.contacthistorie.historie.stroom`) and are appended to the list in small
chunks, so the window stays responsive; a new period cancels the old load. The screen says
"klaar" only when the stream reached its end: while it loads it shows how far back the rows
reach, and a load that was cut short (reloaded, stopped, failed) says so; once complete it
says when the data was fetched ("opgehaald om 14:32"), and F5 or "Vernieuwen" fetches anew.
Filters (kanaal
chips, medewerker, onderwerp, resultaat, free text) work on what is loaded, in memory; the
"Overzicht" charts follow them (debounced). The detail pane shows the whole contact as plain
text and, once :func:`~klantbeeld.services.contacthistorie.historie.details` names the partij, opens
that person's or company's klantbeeld. Nothing is written to disk but the CSV the team lead
saves; the BSN goes in only when asked.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient
from klantbeeld.services.contacthistorie.cijfers import (
    eerste_contact_aandeel,
    per_dag_per_kanaal,
    per_leeftijd,
    per_resultaat,
    top_onderwerpen,
)
from klantbeeld.services.contacthistorie.export import naar_csv
from klantbeeld.services.contacthistorie.rijen import (
    GEEN_RESULTAAT,
    Filter,
    HistorieDetail,
    HistorieRij,
    Periode,
    datum_tijd,
)
from klantbeeld.services.contacthistorie.stroom import details, stroom
from klantbeeld.services.contacthistorie.verzoeken import OpenVerzoek, open_verzoeken
from klantbeeld.services.verbinding.errors import KlantbeeldError
from klantbeeld.services.werkplek.settings import BRON_NAMEN, ApiNaam, Instellingen, Rol
from klantbeeld.views.grafieken import BalkenGrafiek, DagKanaalGrafiek, GrootGetal
from klantbeeld.views.icons import icon, kanaal_label
from klantbeeld.views.models.historie_model import (
    COL_DATUM,
    COL_KANAAL,
    COL_MEDEWERKER,
    COL_ONDERWERP,
    COL_RESULTAAT,
    HistorieModel,
)
from klantbeeld.views.models.historie_model import (
    OpenVerzoekenModel as OpenVerzoekenModel,
)
from klantbeeld.views.sessie import Sessie
from klantbeeld.views.sneltoetsen import CONTACTHISTORIE_SNELTOETSEN
from klantbeeld.views.tabel import maak_tabel
from klantbeeld.views.theme import KANALEN, load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Contacthistorie)."""
    return QCoreApplication.translate("Contacthistorie", text)


#: Rows appended to the list per step; between steps the event loop runs.
STUK = 200
#: Wait after the last filter change before the charts are redrawn (ms).
DEBOUNCE_MS = 200
#: How often the charts follow the rows while a period is loading (ms).
LAAD_VERVERS_MS = 1000
#: Detail requests at once when the BSN goes into the export.
BSN_GELIJKTIJDIG = 8


def _getal(n: int) -> str:
    """A count the Dutch way: 12.345."""
    return f"{n:,}".replace(",", ".")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DatumVeld(QDateEdit):
    """A date field that Tab leaves (QDateEdit's own Tab walks day, month and year; the arrow
    keys and the calendar still move between them)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Leave the field, as every other field does (QWidget's own behaviour)."""
        return QWidget.focusNextPrevChild(self, next)


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
    ) -> None:
        super().__init__(parent)
        self.sessie = sessie
        self.instellingen = instellingen
        self.vandaag = vandaag or date.today()
        self.toegestaan = instellingen.rol == Rol.TEAMLEIDER
        self._taak: asyncio.Task[None] | None = None
        self._verzoek_taak: asyncio.Task[None] | None = None
        self._detail_taak: asyncio.Task[None] | None = None
        self._export_taak: asyncio.Task[None] | None = None
        self._bezig = False
        #: True only once a load's stream reached its end (never over partial data).
        self._volledig = False
        #: When the complete data was fetched (local time), for "opgehaald om 14:32".
        self.opgehaald: datetime | None = None
        self._fout: str | None = None
        self._periode: Periode | None = None
        self._detail: HistorieDetail | None = None
        self._verzoeken: list[OpenVerzoek] = []
        self._start = 0.0
        #: Seconds from the start of a load to its first rows and to its end (for the benchmark).
        self.tijd_eerste_rijen: float | None = None
        self.tijd_klaar: float | None = None
        self._gezien: dict[str, set[str]] = {
            "medewerker": set(),
            "onderwerp": set(),
            "resultaat": set(),
        }
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
        layout.addLayout(self._maak_filters())
        layout.addLayout(self._maak_status())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._maak_lijst(), tr("Lijst"))
        self.tabs.addTab(self._maak_overzicht(), tr("Overzicht"))
        self.tabs.currentChanged.connect(lambda _: self._plan_overzicht(0))
        layout.addWidget(self.tabs, 1)
        self._overzicht_timer = QTimer(self)
        self._overzicht_timer.setSingleShot(True)
        self._overzicht_timer.timeout.connect(self.ververs_overzicht)
        self._overzicht_vuil = True
        self._periode_timer = QTimer(self)
        self._periode_timer.setSingleShot(True)
        self._periode_timer.setInterval(600)
        self._periode_timer.timeout.connect(self.laad)
        self._sneltoetsen()
        self._tab_volgorde()
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
        self.terug_knop.clicked.connect(self.terug.emit)
        kop.addWidget(self.terug_knop)
        return kop

    def _maak_filters(self) -> QVBoxLayout:
        filters = QVBoxLayout()
        filters.setSpacing(self._theme.space_xs)
        rij1 = QHBoxLayout()
        rij1.addWidget(QLabel(tr("Van")))
        self.van = DatumVeld(_qdate(self.vandaag - timedelta(days=29)))
        self.tot = DatumVeld(_qdate(self.vandaag))
        for veld, naam in ((self.van, tr("Periode van")), (self.tot, tr("Periode tot en met"))):
            veld.setCalendarPopup(True)
            veld.setDisplayFormat("dd-MM-yyyy")
            veld.setMaximumDate(_qdate(self.vandaag))
            veld.setAccessibleName(naam)
            veld.dateChanged.connect(self._periode_gewijzigd)
        rij1.addWidget(self.van)
        rij1.addWidget(QLabel(tr("t/m")))
        rij1.addWidget(self.tot)
        rij1.addSpacing(self._theme.space_md)
        self.chips: dict[str, QPushButton] = {}
        for kanaal in KANALEN:
            chip = QPushButton(icon(kanaal, self._theme.kanaal_kleur(kanaal)), kanaal_label(kanaal))
            chip.setCheckable(True)
            chip.setProperty("chip", "true")
            chip.setAccessibleName(tr("Alleen kanaal {k}").format(k=kanaal_label(kanaal)))
            chip.setToolTip(tr("Toon alleen dit kanaal (meer kiezen kan)"))
            chip.toggled.connect(self._filter_gewijzigd)
            self.chips[kanaal] = chip
            rij1.addWidget(chip)
        rij1.addStretch(1)
        filters.addLayout(rij1)

        rij2 = QHBoxLayout()
        self.medewerker = self._combo(tr("Medewerker"))
        self.onderwerp = self._combo(tr("Onderwerp"))
        self.resultaat = self._combo(tr("Resultaat"))
        for label, combo in (
            (tr("Medewerker"), self.medewerker),
            (tr("Onderwerp"), self.onderwerp),
            (tr("Resultaat"), self.resultaat),
        ):
            rij2.addWidget(QLabel(label))
            rij2.addWidget(combo, 1)
        self._voeg_keuzes_toe(self.onderwerp, self.instellingen.onderwerpen)
        self._voeg_keuzes_toe(self.resultaat, self.instellingen.resultaten)
        self.tekst = QLineEdit()
        self.tekst.setPlaceholderText(tr("Zoek in onderwerp en tekst"))
        self.tekst.setClearButtonEnabled(True)
        self.tekst.setAccessibleName(tr("Zoek in onderwerp en tekst"))
        self.tekst.addAction(icon("zoek"), QLineEdit.ActionPosition.LeadingPosition)
        self.tekst.textChanged.connect(self._tekst_gewijzigd)
        rij2.addWidget(self.tekst, 2)
        self.wis_knop = QPushButton(tr("Filters wissen"))
        self.wis_knop.setProperty("variant", "subtle")
        self.wis_knop.setAccessibleName(tr("Filters wissen"))
        self.wis_knop.clicked.connect(self.wis_filters)
        rij2.addWidget(self.wis_knop)
        filters.addLayout(rij2)
        self._tekst_timer = QTimer(self)
        self._tekst_timer.setSingleShot(True)
        self._tekst_timer.setInterval(150)
        self._tekst_timer.timeout.connect(self._filter_gewijzigd)
        return filters

    def _combo(self, naam: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(tr("Alle"), None)
        combo.setAccessibleName(naam)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self._filter_gewijzigd)
        return combo

    def _maak_status(self) -> QHBoxLayout:
        status = QHBoxLayout()
        self.aantal = QLabel()
        self.aantal.setTextFormat(Qt.TextFormat.PlainText)
        self.aantal.setAccessibleName(tr("Aantal contacten"))
        status.addWidget(self.aantal)
        self.vernieuw_knop = QPushButton(icon("vernieuwen"), tr("Vernieuwen"))
        self.vernieuw_knop.setProperty("variant", "subtle")
        self.vernieuw_knop.setAccessibleName(tr("De contacten opnieuw ophalen"))
        self.vernieuw_knop.setToolTip(tr("De contacten opnieuw ophalen (F5)"))
        self.vernieuw_knop.clicked.connect(self.laad)
        status.addWidget(self.vernieuw_knop)
        self.voortgang = QProgressBar()
        self.voortgang.setRange(0, 100)
        self.voortgang.setTextVisible(False)
        self.voortgang.setMaximumWidth(180)
        self.voortgang.setMaximumHeight(8)
        self.voortgang.setAccessibleName(tr("Voortgang van het laden"))
        status.addWidget(self.voortgang)
        self.fout = QLabel()
        self.fout.setTextFormat(Qt.TextFormat.PlainText)
        self.fout.setWordWrap(True)
        self.fout.setProperty("niveau", "fout")
        status.addWidget(self.fout, 1)
        self.opnieuw_knop = QPushButton(tr("Opnieuw proberen"))
        self.opnieuw_knop.setProperty("variant", "secondary")
        self.opnieuw_knop.setAccessibleName(tr("Opnieuw proberen"))
        self.opnieuw_knop.clicked.connect(self.laad)
        status.addWidget(self.opnieuw_knop)
        status.addStretch(0)
        self.bsn_keuze = QCheckBox(tr("BSN opnemen"))
        self.bsn_keuze.setAccessibleName(tr("BSN opnemen in de export"))
        self.bsn_keuze.setToolTip(
            tr("Alleen als het echt nodig is: het bestand bevat dan BSN's. Bewaar het beveiligd.")
        )
        self.bsn_keuze.toggled.connect(self._bsn_gewijzigd)
        status.addWidget(self.bsn_keuze)
        self.export_knop = QPushButton(tr("Exporteren (CSV)…"))
        self.export_knop.setProperty("variant", "secondary")
        self.export_knop.setAccessibleName(tr("De gefilterde lijst exporteren als CSV"))
        self.export_knop.setToolTip(tr("De gefilterde lijst als CSV voor Excel (Ctrl+S)"))
        self.export_knop.clicked.connect(self.kies_exportbestand)
        status.addWidget(self.export_knop)
        self.export_melding = QLabel()
        self.export_melding.setTextFormat(Qt.TextFormat.PlainText)
        self.export_melding.setWordWrap(True)
        # A level from the start: the alert's padding and left border are part of its box when
        # it first shows (set only later, the border was drawn over the first digit).
        self.export_melding.setProperty("niveau", "info")
        self.export_melding.setVisible(False)
        return status

    def _maak_lijst(self) -> QWidget:
        lijst = QWidget()
        lay = QVBoxLayout(lijst)
        lay.setContentsMargins(0, self._theme.space_xs, 0, 0)
        lay.addWidget(self.export_melding)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.historie_model = HistorieModel(self)
        self.tabel = maak_tabel(
            self.historie_model,
            tr("Klantcontacten, nieuwste eerst"),
            afwisselend=True,
            rijhoogte=self._theme.font_size * 2,
        )
        kop = self.tabel.horizontalHeader()
        kop.setSectionsClickable(True)
        kop.setSortIndicatorShown(True)
        kop.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        kop.sortIndicatorChanged.connect(self._sorteer)
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        kop.setStretchLastSection(False)
        kop.setSectionResizeMode(COL_ONDERWERP, QHeaderView.ResizeMode.Stretch)
        fm = self.tabel.fontMetrics()
        for col, voorbeeld, extra in (
            (COL_DATUM, "00-00-0000 00:00", 0),
            (COL_KANAAL, "Webformulier", 24),
            (COL_MEDEWERKER, "Chantal Visser", 0),
            (COL_RESULTAAT, "Zelfstandig afgehandeld", 0),
        ):
            # The theme pads every cell: room for that as well as the text (and the icon).
            kop.resizeSection(
                col, fm.horizontalAdvance(voorbeeld) + 2 * self._theme.space_md + extra
            )
        self.tabel.selectionModel().selectionChanged.connect(self._selectie_gewijzigd)
        self.tabel.activated.connect(lambda _: self.open_klantbeeld())
        self.splitter.addWidget(self.tabel)
        self.splitter.addWidget(self._maak_detail())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 460])
        lay.addWidget(self.splitter, 1)
        self.historie_model.rowsInserted.connect(lambda *_: self._toon_status())
        self.historie_model.modelReset.connect(self._toon_status)
        return lijst

    def _maak_detail(self) -> QWidget:
        kaart = QFrame()
        kaart.setProperty("rol", "kaart")
        kaart.setMinimumWidth(300)
        lay = QVBoxLayout(kaart)
        lay.setContentsMargins(12, 8, 12, 8)
        self.detail_titel = QLabel()
        self.detail_titel.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_titel.setWordWrap(True)
        self.detail_titel.setProperty("rol", "kop")
        self.detail_titel.setAccessibleName(tr("Onderwerp van het contact"))
        lay.addWidget(self.detail_titel)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(2)
        self.detail_velden: dict[str, QLabel] = {}
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
            self.detail_velden[sleutel] = veld
            form.addRow(label, veld)
        lay.addLayout(form)
        self.detail_inhoud = QPlainTextEdit()
        self.detail_inhoud.setReadOnly(True)
        self.detail_inhoud.setAccessibleName(tr("Inhoud van het contact"))
        self.detail_inhoud.setTabChangesFocus(True)
        lay.addWidget(self.detail_inhoud, 1)
        knoppen = QHBoxLayout()
        self.detail_melding = QLabel()
        self.detail_melding.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_melding.setWordWrap(True)
        self.detail_melding.setProperty("rol", "gedempt")
        knoppen.addWidget(self.detail_melding, 1)
        self.open_knop = QPushButton(tr("Open klantbeeld"))
        self.open_knop.setProperty("variant", "primary")
        self.open_knop.setAccessibleName(tr("Open het klantbeeld van deze klant"))
        self.open_knop.setToolTip(tr("Open het klantbeeld van deze klant (Enter)"))
        self.open_knop.clicked.connect(self.open_klantbeeld)
        knoppen.addWidget(self.open_knop)
        lay.addLayout(knoppen)
        return kaart

    def _maak_overzicht(self) -> QWidget:
        overzicht = QWidget()
        grid = QGridLayout(overzicht)
        grid.setContentsMargins(0, self._theme.space_xs, 0, 0)
        grid.setSpacing(self._theme.space_sm)
        #: Over the charts: complete (and when fetched) or how far the loaded rows reach.
        self.overzicht_stand = QLabel()
        self.overzicht_stand.setTextFormat(Qt.TextFormat.PlainText)
        self.overzicht_stand.setWordWrap(True)
        self.overzicht_stand.setAccessibleName(tr("Stand van de cijfers"))
        grid.addWidget(self.overzicht_stand, 0, 0, 1, 4)
        self.dag_grafiek = DagKanaalGrafiek()
        self.eerste_contact = GrootGetal(tr("Zelfstandig afgehandeld"))
        self.resultaat_grafiek = BalkenGrafiek(tr("Per resultaat"), self._theme.primary)
        self.onderwerp_grafiek = BalkenGrafiek(tr("Top 10 onderwerpen"), self._theme.heading)
        self.leeftijd_grafiek = BalkenGrafiek(
            tr("Open verzoeken, naar leeftijd"), self._theme.warning
        )
        te_laat = QWidget()
        te_laat_lay = QVBoxLayout(te_laat)
        te_laat_lay.setContentsMargins(0, 0, 0, 0)
        self.te_laat_kop = QLabel(tr("Over tijd"))
        self.te_laat_kop.setProperty("rol", "kop")
        self.te_laat_kop.setStyleSheet(f"color: {self._theme.error_text};")
        te_laat_lay.addWidget(self.te_laat_kop)
        self.verzoeken_model = OpenVerzoekenModel(self)
        self.te_laat_tabel = maak_tabel(
            self.verzoeken_model,
            tr("Open verzoeken over tijd, met wie ze heeft"),
            enkel=False,
            horizontaal_schuiven=False,
        )
        kop = self.te_laat_tabel.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = self.te_laat_tabel.fontMetrics()
        kop.resizeSection(0, self._theme.kolomkop_breedte(tr("Open sinds")))
        kop.resizeSection(1, fm.horizontalAdvance("Team Terugbellen") + 16)
        kop.setStretchLastSection(True)
        te_laat_lay.addWidget(self.te_laat_tabel, 1)
        self.verzoeken_status = QLabel()
        self.verzoeken_status.setTextFormat(Qt.TextFormat.PlainText)
        self.verzoeken_status.setWordWrap(True)
        te_laat_lay.addWidget(self.verzoeken_status)
        grid.addWidget(self.dag_grafiek, 1, 0, 1, 3)
        grid.addWidget(self.eerste_contact, 1, 3)
        grid.addWidget(self.resultaat_grafiek, 2, 0)
        grid.addWidget(self.onderwerp_grafiek, 2, 1)
        grid.addWidget(self.leeftijd_grafiek, 2, 2)
        grid.addWidget(te_laat, 2, 3)
        for col, stretch in enumerate((3, 4, 3, 4)):
            grid.setColumnStretch(col, stretch)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        return overzicht

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

    # -- loading ----------------------------------------------------------------------------

    @property
    def periode(self) -> Periode:
        """The period chosen in the date fields."""
        van, tot = _pydate(self.van.date()), _pydate(self.tot.date())
        if tot < van:
            van, tot = tot, van
        return Periode(van=van, tot=tot)

    @property
    def verzoeken_klaar(self) -> bool:
        """Whether the open verzoeken are loaded (or failed)."""
        return self._verzoek_taak is None or self._verzoek_taak.done()

    @property
    def bezig(self) -> bool:
        """Whether a period is loading."""
        return self._bezig

    def laad(self) -> None:
        """(Re)load the chosen period; cancels a load in progress."""
        if not self.toegestaan:
            return
        self._periode_timer.stop()
        self._annuleer(self._taak)
        ki = self.sessie.composer.klantinteracties
        self._periode = self.periode
        self._fout = None
        self._volledig = False
        self.historie_model.set_rows([])
        self._toon_detail(None)
        self.tijd_eerste_rijen = self.tijd_klaar = None
        if ki is None:
            self._fout = tr("Klantinteracties is niet ingesteld.")
            self._toon_status()
            return
        self._bezig = True
        self._start = time.perf_counter()
        self._toon_status()
        self._plan_overzicht(0)
        with contextlib.suppress(RuntimeError):  # no running loop (never in the app)
            self._taak = asyncio.ensure_future(self._laad(ki, self._periode))
            if self._verzoek_taak is None or self._verzoek_taak.done():
                self._verzoek_taak = asyncio.ensure_future(self._laad_verzoeken(ki))

    @property
    def volledig(self) -> bool:
        """Whether the period's contacts are all in: the last load's stream reached its end."""
        return self._volledig

    async def _laad(self, ki: KlantinteractiesClient, periode: Periode) -> None:
        volledig = False
        try:
            async for pagina in stroom(ki, periode):
                for begin in range(0, len(pagina), STUK):
                    if not shiboken6.isValid(self):
                        return
                    self._voeg_toe(pagina[begin : begin + STUK])
                    await asyncio.sleep(0)
                # The rows live long: keep them out of the cyclic collector's full passes,
                # which otherwise rescan the whole month every few pages (measured 80–130 ms
                # stalls at 13,000 rows). They hold no cycles, so dropping them still frees them.
                gc.freeze()
            volledig = True  # the stream ended by itself: every page is in
        except KlantbeeldError as e:
            if shiboken6.isValid(self):
                self._fout = tr("{bron} niet bereikbaar — {reden}").format(
                    bron=BRON_NAMEN[ApiNaam.KLANTINTERACTIES], reden=str(e)
                )
        finally:
            # Only the current load speaks: a load replaced by a newer one (F5, another
            # period) ends cancelled while the newer one runs, and must not end it.
            if shiboken6.isValid(self) and self._taak is asyncio.current_task():
                self._bezig = False
                self._volledig = volledig
                if volledig:
                    self.opgehaald = datetime.now()
                self.tijd_klaar = time.perf_counter() - self._start
                self._toon_status()
                self._plan_overzicht(0)
                self.geladen.emit(self.historie_model.aantal_geladen())

    def _voeg_toe(self, rijen: Sequence[HistorieRij]) -> None:
        self.historie_model.voeg_toe(rijen)
        if self.tijd_eerste_rijen is None and rijen:
            self.tijd_eerste_rijen = time.perf_counter() - self._start
            if not self.tabel.currentIndex().isValid() and self.historie_model.rowCount():
                self.tabel.selectRow(0)
        self._nieuwe_keuzes(rijen)
        self._toon_status()
        if not self._overzicht_timer.isActive():
            self._plan_overzicht(LAAD_VERVERS_MS)

    async def _laad_verzoeken(self, ki: KlantinteractiesClient) -> None:
        self.verzoeken_status.setText(tr("Open verzoeken laden…"))
        self.verzoeken_status.setProperty("niveau", "info")
        try:
            verzoeken = await open_verzoeken(ki, op=self.vandaag)
        except asyncio.CancelledError:
            if shiboken6.isValid(self):
                self.verzoeken_status.setText(tr("Open verzoeken niet geladen (onderbroken)."))
            raise
        except KlantbeeldError as e:
            if shiboken6.isValid(self):
                self.verzoeken_status.setText(
                    tr("{bron} niet bereikbaar — {reden}").format(
                        bron=BRON_NAMEN[ApiNaam.KLANTINTERACTIES], reden=str(e)
                    )
                )
                self.verzoeken_status.setProperty("niveau", "fout")
            return
        if not shiboken6.isValid(self):
            return
        self._verzoeken = list(verzoeken)
        self.verzoeken_status.setText("")
        self._toon_verzoeken()

    def _annuleer(self, taak: asyncio.Task[None] | None) -> None:
        if taak is not None and not taak.done():
            taak.cancel()

    def stop(self) -> None:
        """Cancel every task of this screen (on close)."""
        for taak in (self._taak, self._verzoek_taak, self._detail_taak, self._export_taak):
            self._annuleer(taak)
        self._bezig = False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel the tasks before the screen goes."""
        self.stop()
        super().closeEvent(event)

    # -- filters ----------------------------------------------------------------------------

    def _periode_gewijzigd(self) -> None:
        self._periode_timer.start()

    def _tekst_gewijzigd(self) -> None:
        self._tekst_timer.start()

    def huidig_filter(self) -> Filter:
        """The filter the controls say."""
        return Filter(
            kanalen=frozenset(k for k, chip in self.chips.items() if chip.isChecked()),
            medewerkers=_keuze(self.medewerker),
            onderwerpen=_keuze(self.onderwerp),
            resultaten=_keuze(self.resultaat),
            tekst=self.tekst.text().strip(),
        )

    def _filter_gewijzigd(self, *_: object) -> None:
        if not self.toegestaan:
            return
        gekozen = self.historie_model.rij(self.tabel.currentIndex().row())
        self.historie_model.zet_filter(self.huidig_filter())
        if gekozen is not None and (rij := self.historie_model.rij_van(gekozen.uuid)) >= 0:
            self.tabel.selectRow(rij)
        elif self.historie_model.rowCount():
            self.tabel.selectRow(0)
        else:
            self._toon_detail(None)
        self._plan_overzicht(DEBOUNCE_MS)

    def wis_filters(self) -> None:
        """Every filter back to "Alle" (the period stays)."""
        for w in (
            *self.chips.values(),
            self.medewerker,
            self.onderwerp,
            self.resultaat,
            self.tekst,
        ):
            w.blockSignals(True)
        for chip in self.chips.values():
            chip.setChecked(False)
        for combo in (self.medewerker, self.onderwerp, self.resultaat):
            combo.setCurrentIndex(0)
        self.tekst.clear()
        for w in (
            *self.chips.values(),
            self.medewerker,
            self.onderwerp,
            self.resultaat,
            self.tekst,
        ):
            w.blockSignals(False)
        self._filter_gewijzigd()

    def _nieuwe_keuzes(self, rijen: Iterable[HistorieRij]) -> None:
        for soort, combo in (
            ("medewerker", self.medewerker),
            ("onderwerp", self.onderwerp),
            ("resultaat", self.resultaat),
        ):
            gezien = self._gezien[soort]
            if soort == "medewerker":
                waarden = {m for r in rijen for m in r.medewerkers}
            else:
                waarden = {str(getattr(r, soort)) for r in rijen}
            nieuw = waarden - gezien
            if nieuw:
                gezien |= nieuw
                self._voeg_keuzes_toe(combo, nieuw)

    @staticmethod
    def _voeg_keuzes_toe(combo: QComboBox, waarden: Iterable[str]) -> None:
        """Add values to a combo in alphabetical order after "Alle", keeping the choice.

        The empty value ("no outcome") is listed last as "Geen resultaat".
        """
        bestaand = {combo.itemData(i) for i in range(1, combo.count())}
        combo.blockSignals(True)
        for waarde in sorted(set(waarden) - bestaand, key=str.casefold):
            if not waarde:
                combo.addItem(tr(GEEN_RESULTAAT), "")
                continue
            plek = 1
            while (
                plek < combo.count()
                and combo.itemData(plek)
                and str(combo.itemData(plek)).casefold() < waarde.casefold()
            ):
                plek += 1
            combo.insertItem(plek, waarde, waarde)
        combo.blockSignals(False)

    def _bsn_gewijzigd(self, aan: bool) -> None:
        if aan:
            self.export_melding.setText(
                tr(
                    "Let op: de export bevat dan het BSN van iedere klant. Doe dit alleen als het "
                    "echt nodig is en bewaar het bestand op een beveiligde plek."
                )
            )
            self.export_melding.setProperty("niveau", "waarschuwing")
        self.export_melding.setVisible(aan)
        self._polish(self.export_melding)

    def _sorteer(self, kolom: int, volgorde: Qt.SortOrder) -> None:
        self.historie_model.sort(kolom, volgorde)

    # -- status -----------------------------------------------------------------------------

    def _toon_status(self) -> None:
        if not self.toegestaan:
            return
        geladen = self.historie_model.aantal_geladen()
        zichtbaar = self.historie_model.rowCount()
        gefilterd = zichtbaar != geladen or self.huidig_filter() != Filter()
        if self._bezig:
            tekst = tr("{n} contacten geladen…").format(n=_getal(geladen))
        elif self._volledig:
            tekst = tr("{n} contacten in deze periode").format(n=_getal(geladen))
        elif self._periode is not None:
            tekst = tr("{n} contacten geladen (onvolledig)").format(n=_getal(geladen))
        else:
            tekst = ""
        if gefilterd:
            tekst += tr(" — {m} na filter").format(m=_getal(zichtbaar))
        if self._volledig and self.opgehaald is not None:
            tekst += tr(" — klaar, opgehaald om {tijd}").format(tijd=f"{self.opgehaald:%H:%M}")
        elif self._bezig and (stand := self._stand()):
            tekst += " " + stand
        elif not self._volledig and not self._fout and self._periode is not None:
            tekst += tr(" — laden onderbroken; F5 haalt alles opnieuw op")
        self.aantal.setText(tekst)
        self.aantal.setToolTip(
            tr("Opgehaald op {moment}").format(moment=f"{self.opgehaald:%d-%m-%Y %H:%M}")
            if self._volledig and self.opgehaald is not None
            else ""
        )
        self.voortgang.setVisible(self._bezig)
        if self._bezig:
            self.voortgang.setValue(self._voortgang())
        self._toon_overzicht_stand()
        self.fout.setText(self._fout or "")
        self.fout.setVisible(bool(self._fout))
        self.opnieuw_knop.setVisible(bool(self._fout))
        self.export_knop.setEnabled(not self._bezig and zichtbaar > 0)

    def _oudste_dag(self) -> date | None:
        """The day of the oldest contact loaded so far (rows arrive newest first)."""
        if not self.historie_model.aantal_geladen():
            return None
        return self.historie_model.alle()[-1].dag

    def _stand(self) -> str:
        """How far back the rows reach while loading: "(terug tot 27-11, 45 %)"."""
        oudste = self._oudste_dag()
        if oudste is None:
            return ""
        return tr("(terug tot {dag}, {p} %)").format(dag=f"{oudste:%d-%m}", p=self._voortgang())

    def _toon_overzicht_stand(self) -> None:
        """Above the charts: whether the figures are complete, and from when."""
        periode = self._periode
        geladen = self.historie_model.aantal_geladen()
        if periode is None:
            tekst, niveau = "", "info"
        elif self._volledig and self.opgehaald is not None:
            tekst = tr("Alle {n} contacten van {van} t/m {tot}, opgehaald om {tijd}.").format(
                n=_getal(geladen),
                van=f"{periode.van:%d-%m-%Y}",
                tot=f"{periode.tot:%d-%m-%Y}",
                tijd=f"{self.opgehaald:%H:%M}",
            )
            niveau = "info"
        elif self._bezig:
            oudste = self._oudste_dag()
            tekst = tr(
                "Nog niet compleet: de cijfers gaan over wat tot nu toe geladen is{tot}. "
                "De periode wordt verder geladen…"
            ).format(tot=tr(" (terug tot {dag})").format(dag=f"{oudste:%d-%m}") if oudste else "")
            niveau = "waarschuwing"
        else:
            tekst = tr(
                "Niet compleet: alleen de {n} contacten die geladen waren. "
                "Vernieuwen (F5) haalt de hele periode opnieuw op."
            ).format(n=_getal(geladen))
            niveau = "waarschuwing"
        self.overzicht_stand.setText(tekst)
        # complete: the line above the tabs says so already; the charts get the room
        self.overzicht_stand.setVisible(bool(tekst) and not self._volledig)
        if self.overzicht_stand.property("niveau") != niveau:
            self.overzicht_stand.setProperty("niveau", niveau)
            self._polish(self.overzicht_stand)

    def _voortgang(self) -> int:
        """How far back the loaded contacts reach, as a percentage of the period."""
        periode = self._periode
        alle = self.historie_model.alle() if self.historie_model.aantal_geladen() else []
        if periode is None or not alle:
            return 0
        oudste = alle[-1].moment
        eind = datetime.combine(periode.tot + timedelta(days=1), datetime.min.time())
        begin = datetime.combine(periode.van, datetime.min.time())
        if oudste.tzinfo is not None:
            oudste = oudste.astimezone().replace(tzinfo=None)
        totaal = (eind - begin).total_seconds() or 1.0
        return max(0, min(100, round((eind - oudste).total_seconds() / totaal * 100)))

    @staticmethod
    def _polish(w: QWidget) -> None:
        w.style().unpolish(w)
        w.style().polish(w)

    # -- detail -----------------------------------------------------------------------------

    def _selectie_gewijzigd(self, *_: QItemSelection) -> None:
        rij = self.historie_model.rij(self.tabel.currentIndex().row())
        if rij is None:
            rijen = self.tabel.selectionModel().selectedRows()
            rij = self.historie_model.rij(rijen[0].row()) if rijen else None
        self._toon_detail(rij)

    def gekozen(self) -> HistorieRij | None:
        """The contact in the detail pane."""
        rijen = self.tabel.selectionModel().selectedRows()
        return self.historie_model.rij(rijen[0].row()) if rijen else None

    def _toon_detail(self, rij: HistorieRij | None) -> None:
        self._annuleer(self._detail_taak)
        self._detail = None
        self.open_knop.setEnabled(False)
        if rij is None:
            self.detail_titel.setText(tr("Kies een contact in de lijst"))
            for veld in self.detail_velden.values():
                veld.setText("")
            self.detail_inhoud.setPlainText("")
            self.detail_melding.setText("")
            return
        self.detail_titel.setText(rij.onderwerp or tr("(geen onderwerp)"))
        velden = self.detail_velden
        velden["moment"].setText(datum_tijd(rij.moment))
        velden["kanaal"].setText(rij.kanaal_label)
        velden["medewerker"].setText(rij.medewerker or tr("onbekend"))
        velden["resultaat"].setText(rij.resultaat or tr("niet vastgelegd"))
        velden["gelukt"].setText(tr("ja") if rij.contact_gelukt else tr("nee"))
        velden["nummer"].setText(rij.nummer or "")
        velden["klant"].setText(rij.contactnaam or "…")
        velden["zaken"].setText("…")
        self.detail_inhoud.setPlainText(rij.inhoud or "")
        ki = self.sessie.composer.klantinteracties
        if ki is None:
            self.detail_melding.setText(tr("Klantinteracties is niet ingesteld."))
            return
        self.detail_melding.setText(tr("Klantgegevens ophalen…"))
        with contextlib.suppress(RuntimeError):
            self._detail_taak = asyncio.ensure_future(self._haal_detail(ki, rij))

    async def _haal_detail(self, ki: KlantinteractiesClient, rij: HistorieRij) -> None:
        try:
            detail = await details(ki, rij)
        except KlantbeeldError as e:
            if shiboken6.isValid(self):
                self.detail_melding.setText(
                    tr("Klantgegevens niet op te halen — {reden}").format(reden=str(e))
                )
            return
        if not shiboken6.isValid(self) or self.gekozen() is not rij:
            return
        self._detail = detail
        klant = detail.contactnaam or detail.organisatienaam or tr("anoniem")
        if detail.organisatienaam and detail.contactnaam:
            klant = f"{detail.contactnaam} ({detail.organisatienaam})"
        self.detail_velden["klant"].setText(klant)
        zaken = len(detail.zaak_uuids)
        taken = len(detail.internetaken)
        delen = [tr("{n} zaak") if zaken == 1 else tr("{n} zaken")]
        if taken:
            delen.append(tr("{t} vervolgtaak") if taken == 1 else tr("{t} vervolgtaken"))
        self.detail_velden["zaken"].setText(
            ", ".join(delen).format(n=zaken, t=taken) if zaken or taken else tr("geen")
        )
        if detail.reactie:
            self.detail_inhoud.setPlainText(
                f"{detail.rij.inhoud}\n\n{tr('Reactie van de gemeente:')}\n{detail.reactie}"
            )
        kan = bool(detail.bsn or detail.kvk_nummer)
        self.open_knop.setEnabled(kan)
        self.detail_melding.setText(
            "" if kan else tr("Deze klant heeft geen BSN of KVK-nummer: geen klantbeeld.")
        )

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
        if not self.toegestaan or self._bezig or not self.historie_model.rowCount():
            return None
        periode = self._periode or self.periode
        dialoog = QFileDialog(self, tr("Contacthistorie exporteren"))
        dialoog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialoog.setNameFilter(tr("CSV voor Excel (*.csv)"))
        dialoog.setDefaultSuffix("csv")
        dialoog.selectFile(f"contacthistorie-{periode.van:%Y%m%d}-{periode.tot:%Y%m%d}.csv")
        dialoog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialoog.fileSelected.connect(lambda pad: self.exporteer_naar(Path(pad)))
        dialoog.open()
        return dialoog

    def exporteer_naar(self, pad: Path) -> asyncio.Task[None] | None:
        """Write the filtered list to ``pad`` as CSV (BSN only when "BSN opnemen" is on)."""
        self._annuleer(self._export_taak)
        rijen = self.historie_model.zichtbaar()
        met_bsn = self.bsn_keuze.isChecked()
        self.export_knop.setEnabled(False)
        self._export_melding(tr("Exporteren…"), "info")
        with contextlib.suppress(RuntimeError):
            self._export_taak = asyncio.ensure_future(self._exporteer(pad, rijen, met_bsn))
            return self._export_taak
        return None

    async def _exporteer(self, pad: Path, rijen: list[HistorieRij], met_bsn: bool) -> None:
        try:
            bsns: dict[str, str] = {}
            if met_bsn:
                bsns = await self._bsns(rijen)
            inhoud = naar_csv(rijen, met_bsn=met_bsn, bsn_van=lambda r: bsns.get(r.uuid))
            pad.write_bytes(inhoud)  # a few MB at most: milliseconds
        except (KlantbeeldError, OSError) as e:
            if shiboken6.isValid(self):
                self._export_melding(
                    tr("Exporteren mislukt — {reden}").format(reden=str(e)), "fout"
                )
            return
        finally:
            if shiboken6.isValid(self):
                self.export_knop.setEnabled(self.historie_model.rowCount() > 0)
        if shiboken6.isValid(self):
            volledig = self._volledig
            self._export_melding(
                tr("{n} contacten opgeslagen in {bestand}").format(
                    n=_getal(len(rijen)), bestand=pad.name
                )
                + ("" if volledig else tr(" — let op: de periode was niet volledig geladen")),
                "succes" if volledig else "waarschuwing",
            )

    async def _bsns(self, rijen: list[HistorieRij]) -> dict[str, str]:
        """The BSN per contact (uuid), fetched only now the team lead asked for it."""
        ki = self.sessie.composer.klantinteracties
        if ki is None:
            return {}
        poort = asyncio.Semaphore(BSN_GELIJKTIJDIG)
        klaar = 0

        async def een(rij: HistorieRij) -> tuple[str, str | None]:
            nonlocal klaar
            async with poort:
                detail = await details(ki, rij)
            klaar += 1
            if klaar % 20 == 0 and shiboken6.isValid(self):
                self._export_melding(
                    tr("BSN's ophalen: {k} van {n}…").format(k=_getal(klaar), n=_getal(len(rijen))),
                    "info",
                )
            return rij.uuid, detail.bsn

        paren = await asyncio.gather(*(een(r) for r in rijen))
        return {u: b for u, b in paren if b}

    def _export_melding(self, tekst: str, niveau: str) -> None:
        if self.bsn_keuze.isChecked() and niveau == "info":
            niveau = "waarschuwing"
        self.export_melding.setText(tekst)
        self.export_melding.setProperty("niveau", niveau)
        self.export_melding.setVisible(True)
        self._polish(self.export_melding)

    # -- overview ---------------------------------------------------------------------------

    def _plan_overzicht(self, ms: int) -> None:
        self._overzicht_vuil = True
        self._overzicht_timer.start(ms)

    def ververs_overzicht(self) -> None:
        """Redraw the charts from the filtered rows (only when the Overzicht tab shows)."""
        if not self._overzicht_vuil or self.tabs.currentIndex() != 1:
            return
        self._overzicht_vuil = False
        rijen = self.historie_model.zichtbaar()
        periode = self._periode or self.periode
        self.dag_grafiek.zet(per_dag_per_kanaal(rijen), periode.van, periode.tot)
        self.resultaat_grafiek.zet(_paren(per_resultaat(rijen)))
        self.onderwerp_grafiek.zet(_paren(top_onderwerpen(rijen, n=10)))
        aandeel = eerste_contact_aandeel(rijen)
        if rijen:
            self.eerste_contact.zet(
                f"{aandeel * 100:.0f}%".replace(".", ","),
                tr("van {n} contacten afgehandeld bij het eerste contact").format(
                    n=_getal(len(rijen))
                ),
            )
        else:
            self.eerste_contact.zet("—", tr("geen contacten"))

    def _toon_verzoeken(self) -> None:
        groepen = per_leeftijd(self._verzoeken)
        self.leeftijd_grafiek.zet(
            [(tr(g.label), g.aantal) for g in groepen],
            nadruk=[i for i, g in enumerate(groepen) if g.te_laat],
            extra=[tr("{n} te laat").format(n=g.te_laat) if g.te_laat else "" for g in groepen],
        )
        te_laat = [v for v in self._verzoeken if v.te_laat]  # oldest first already
        self.verzoeken_model.set_rows(te_laat)
        self.te_laat_kop.setText(
            tr("Over tijd: {n} van {m} open").format(
                n=_getal(len(te_laat)), m=_getal(len(self._verzoeken))
            )
        )


def _keuze(combo: QComboBox) -> frozenset[str]:
    waarde = combo.currentData()
    return frozenset() if waarde is None else frozenset({str(waarde)})


def _paren(tellingen: object) -> list[tuple[str, int]]:
    """Counts as (label, count) pairs, largest first (a mapping or a list of pairs)."""
    if isinstance(tellingen, dict):
        paren = [(str(k), int(v)) for k, v in tellingen.items()]
        paren.sort(key=lambda p: (-p[1], p[0]))
        return paren
    if isinstance(tellingen, list | tuple):
        return [(str(k), int(v)) for k, v in tellingen]
    return []


__all__ = ["ContacthistorieScherm"]
