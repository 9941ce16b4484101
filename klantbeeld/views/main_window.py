"""The main window: oefenomgeving bar, search, the klantbeeld panels and the zaak detail.

The person on screen never changes under the agent: a klant asked for from elsewhere (the
werkvoorraad, the contact history) is shown only after the agent confirms ending the contact
with the one on screen, and the search field always holds what finds the klant shown. The
window's shortcuts work from every widget in it (a text field does not keep Ctrl+E for itself);
Esc closes the zaak pane, Alt+1..4 go into a tab.

With more than one session allowed (``max_sessies``), each contact gets a session of its own,
shown as a tab with its contact timer: Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+1..9 switch, a new
search in a session that shows a klant asks "in deze sessie of een nieuwe?", a klant asked for
from elsewhere opens in a new session, and ending a session (Ctrl+E, or closing its tab) wipes
that session only, after which it counts down its nawerk.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.doelbinding import DoelbindingController
from klantbeeld.controllers.inzage import InzageController
from klantbeeld.controllers.meldingen import Keuze, KeuzeSoort, Melding, Vraag
from klantbeeld.controllers.sessie import Sessie, Wissel
from klantbeeld.controllers.sessies import NAWERK_S, Sessies, Stand
from klantbeeld.services.klantbeeld.datums import minuten_seconden
from klantbeeld.services.klantbeeld.schermpop import Actie, Schermpop
from klantbeeld.services.klantbeeld.waarden import Klantbeeld
from klantbeeld.services.klantbeeld.zoekvraag import Zoekvraag
from klantbeeld.services.werkplek.settings import ApiInstelling, ApiNaam, Instellingen, Rol
from klantbeeld.views import klembord
from klantbeeld.views.doelbinding import DoelbindingDialoog, doelbinding_knop
from klantbeeld.views.icons import icon
from klantbeeld.views.instellingen import InstellingenDialoog
from klantbeeld.views.inwoner import InwonerScherm, wissel_inwoner
from klantbeeld.views.inzage import inzage_knop
from klantbeeld.views.models.beeld import BeeldModel
from klantbeeld.views.panels.betalingen import BetalingenPaneel
from klantbeeld.views.panels.kop import KopPaneel, maskeer_bsn, partij_naam
from klantbeeld.views.panels.signalen import SignalenPaneel
from klantbeeld.views.panels.tijdlijn import TijdlijnPaneel
from klantbeeld.views.panels.vragen import VragenPaneel
from klantbeeld.views.panels.zaakdetail import ZaakDetailPaneel
from klantbeeld.views.panels.zaken import ZakenPaneel
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.sessieblad import TABS, SessieBlad
from klantbeeld.views.sneltoetsen import SneltoetsenDialoog, maak_sneltoetsen
from klantbeeld.views.zoekbalk import Zoekbalk

if TYPE_CHECKING:
    from klantbeeld.views.contacthistorie import ContacthistorieScherm


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Hoofdvenster)."""
    return QCoreApplication.translate("Hoofdvenster", text)


__all__ = ["TABS", "MainWindow", "klant_naam", "klant_nummer", "oefen_balk"]


def klant_naam(beeld: Klantbeeld | None) -> str:
    """The klant on screen in a question: the name, else the masked BSN or the KVK-nummer."""
    if beeld is None:
        return ""
    naam = ""
    if beeld.persoon is not None:
        naam = beeld.persoon.volledige_naam or ""
    elif beeld.bedrijf is not None:
        naam = beeld.bedrijf.naam or ""
    return naam or partij_naam(beeld.partij) or klant_nummer(beeld.soort, beeld.sleutel)


def klant_nummer(soort: str, sleutel: str) -> str:
    """``de klant met BSN *****3653`` / ``het bedrijf met KVK-nummer 12345678``."""
    if soort == "persoon":
        return tr("de klant met BSN {nummer}").format(nummer=maskeer_bsn(sleutel))
    return tr("het bedrijf met KVK-nummer {nummer}").format(nummer=sleutel)


class SneltoetsBewaker(QObject):
    """Keeps the window's own shortcuts from being taken by the widget with focus.

    A text field accepts some key sequences as its own editing keys (Ctrl+E: end of line on
    X11), and then no window shortcut fires. Installed on each widget of the window as it
    gets focus, this declines those sequences for the widget, so the shortcut fires.
    """

    def __init__(self, toetsen: Sequence[QKeySequence], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._toetsen = {k.toString() for k in toetsen if not k.isEmpty()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Decline a ShortcutOverride for one of the window's shortcuts."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()).toString() in self._toetsen
        ):
            event.ignore()
            return True
        return False


def oefen_balk(fictief: Sequence[str] | None, *, alles: bool) -> QLabel | None:
    """The yellow bar naming the sources with fictional data; None when every source is real.

    ``fictief``: the titles of the sources on the oefenomgeving; None with ``alles``: all of them.
    """
    if not fictief and not alles:
        return None
    tekst = tr("OEFENOMGEVING — fictieve gegevens")
    if fictief and not alles:
        tekst += ": " + ", ".join(fictief)
    balk = QLabel(tekst)
    balk.setObjectName("oefenBanner")
    balk.setWordWrap(True)
    uitleg = (
        tr("Oefenomgeving: alle gegevens zijn fictief")
        if alles
        else tr("Oefenomgeving: fictieve gegevens van {}").format(", ".join(fictief or ()))
    )
    balk.setAccessibleName(uitleg)
    return balk


class MainWindow(QMainWindow):
    """The agent's screen."""

    def __init__(
        self,
        model: BeeldModel,
        sessie: Sessie,
        *,
        oefenomgeving: bool,
        omgeving_naam: str = "",
        registraties: Registraties | None = None,
        registratie_fout: str | None = None,
        instellingen: Instellingen | None = None,
        fictief: Sequence[str] | None = None,
        meldingen: Sequence[str] = (),
        oefen_endpoints: Mapping[ApiNaam, tuple[ApiInstelling, str]] | None = None,
        inzage: Callable[[], InzageController] | None = None,
        doelbinding: DoelbindingController | None = None,
        max_sessies: int = 1,
        nawerk_s: float = NAWERK_S,
    ) -> None:
        super().__init__()
        assert sessie.model is model
        self.registraties = registraties
        self.instellingen = instellingen or Instellingen()
        self._oefen_endpoints = dict(oefen_endpoints or {})
        #: The sessions (one unless ``max_sessies`` allows more), each with its own klantbeeld.
        self.sessies = Sessies(sessie, self, maximum=max_sessies, nawerk_s=nawerk_s)
        self._bladen: list[SessieBlad] = []
        self._zoekbalken: list[Zoekbalk] = []
        self._shortcuts: list[QShortcut] = []
        #: Dialogs of a session not shown, hidden until it is shown again.
        self._verborgen: set[QDialog] = set()
        self.setWindowTitle(tr("Klantbeeld") + (f" — {omgeving_naam}" if omgeving_naam else ""))
        centraal = QWidget()
        layout = QVBoxLayout(centraal)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.banner = oefen_balk(fictief, alles=oefenomgeving)
        if self.banner is not None:
            layout.addWidget(self.banner)
        # What the agent must know before working (no keyring, a secret not stored, ...).
        self.start_melding: QLabel | None = None
        if meldingen:
            self.start_melding = QLabel("\n".join(meldingen))
            self.start_melding.setTextFormat(Qt.TextFormat.PlainText)
            self.start_melding.setWordWrap(True)
            self.start_melding.setProperty("niveau", "waarschuwing")
            self.start_melding.setAccessibleName(tr("Melding bij het starten"))
            layout.addWidget(self.start_melding)

        inhoud = QWidget()
        inhoud_layout = QVBoxLayout(inhoud)
        inhoud_layout.setContentsMargins(12, 8, 12, 8)
        inhoud_layout.setSpacing(8)
        # The klantbeeld, and (team leads only) the contact history in its place.
        self.stapel = QStackedWidget()
        self.stapel.addWidget(inhoud)
        self.stapel.currentChanged.connect(self._botsende_sneltoetsen)
        layout.addWidget(self.stapel, 1)
        self.contacthistorie: ContacthistorieScherm | None = None

        # One tab per session, with its contact timer; hidden while there is only one.
        self.sessie_balk = QTabBar()
        self.sessie_balk.setObjectName("sessieBalk")
        self.sessie_balk.setAutoHide(True)
        self.sessie_balk.setTabsClosable(True)
        self.sessie_balk.setExpanding(False)
        self.sessie_balk.setDrawBase(False)
        self.sessie_balk.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Tab, Ctrl+1..9 switch
        self.sessie_balk.setAccessibleName(tr("Sessies"))
        self.sessie_balk.currentChanged.connect(self.sessies.kies)
        self.sessie_balk.tabCloseRequested.connect(self.sluit_sessie)
        inhoud_layout.addWidget(self.sessie_balk)

        boven = QHBoxLayout()
        # Each session's search field; only the current one shows.
        self._zoek_houder = QWidget()
        zoek_layout = QHBoxLayout(self._zoek_houder)
        zoek_layout.setContentsMargins(0, 0, 0, 0)
        boven.addWidget(self._zoek_houder, 1)
        self._zoekbalk_voor(sessie)
        self.registreer_knop = QPushButton(tr("Contact registreren"))
        self.registreer_knop.setProperty("variant", "primary")
        self.registreer_knop.setToolTip(tr("Leg dit contact vast (Ctrl+R)"))
        self.registreer_knop.setAccessibleName(tr("Contact registreren"))
        self.registreer_knop.clicked.connect(self.registreer_contact)
        self.registreer_knop.setEnabled(registraties is not None)
        boven.addWidget(self.registreer_knop, 0, Qt.AlignmentFlag.AlignTop)
        self.werkvoorraad_knop = QPushButton(tr("Te beantwoorden vragen"))
        self.werkvoorraad_knop.setProperty("variant", "secondary")
        self.werkvoorraad_knop.setToolTip(tr("Vragen van inwoners voor mij en mijn teams (F6)"))
        self.werkvoorraad_knop.setAccessibleName(tr("Te beantwoorden vragen"))
        self.werkvoorraad_knop.clicked.connect(self.toon_werkvoorraad)
        boven.addWidget(self.werkvoorraad_knop, 0, Qt.AlignmentFlag.AlignTop)
        self.beeindig_knop = QPushButton(tr("Contact beëindigen"))
        self.beeindig_knop.setProperty("variant", "secondary")
        self.beeindig_knop.setToolTip(tr("Wist het klantbeeld van het scherm (Ctrl+E)"))
        self.beeindig_knop.setAccessibleName(tr("Contact beëindigen"))
        self.beeindig_knop.clicked.connect(self.beeindig_contact)
        boven.addWidget(self.beeindig_knop, 0, Qt.AlignmentFlag.AlignTop)
        self.instellingen_knop = QPushButton(icon("instellingen"), "")
        self.instellingen_knop.setProperty("variant", "subtle")
        self.instellingen_knop.setToolTip(tr("Instellingen (Ctrl+,)"))
        self.instellingen_knop.setAccessibleName(tr("Instellingen"))
        self.instellingen_knop.clicked.connect(self.toon_instellingen)
        boven.addWidget(self.instellingen_knop, 0, Qt.AlignmentFlag.AlignTop)
        inhoud_layout.addLayout(boven)

        # Each session's klantbeeld; only the current one shows.
        self.blad_stapel = QStackedWidget()
        inhoud_layout.addWidget(self.blad_stapel, 1)
        self.setCentralWidget(centraal)

        self._leeg = QLabel(tr("Zoek een klant om het klantbeeld te zien."))
        self._leeg.setProperty("rol", "gedempt")
        self.statusBar().addWidget(self._leeg)
        self.wachtend_label = QLabel()
        self.wachtend_label.setAccessibleName(tr("Registraties die wachten op verzending"))
        self.statusBar().addPermanentWidget(self.wachtend_label)
        self.geweigerd_knop = QPushButton()
        self.geweigerd_knop.setProperty("variant", "subtle")
        self.geweigerd_knop.setAccessibleName(tr("Geweigerde registraties bekijken"))
        self.geweigerd_knop.clicked.connect(self.toon_geweigerd)
        self.geweigerd_knop.setVisible(False)
        self.statusBar().addPermanentWidget(self.geweigerd_knop)
        # Team leads only: the contact history (the top row stays the agent's).
        self.historie_knop: QPushButton | None = None
        if self.instellingen.rol == Rol.TEAMLEIDER:
            self.historie_knop = QPushButton(tr("Contacthistorie (F7)"))
            self.historie_knop.setProperty("variant", "subtle")
            self.historie_knop.setToolTip(tr("Alle klantcontacten in een periode (F7)"))
            self.historie_knop.setAccessibleName(tr("Contacthistorie"))
            self.historie_knop.clicked.connect(self.toon_contacthistorie)
            self.statusBar().addPermanentWidget(self.historie_knop)
        if inzage is not None and self.instellingen.rol == Rol.TEAMLEIDER:  # the verwerkingslog
            self.statusBar().addPermanentWidget(inzage_knop(self, inzage))
        #: What the agent consults the BRP for, when the gateway offers a choice (Ctrl+Shift+D).
        self.doelbinding = (
            doelbinding if doelbinding is not None and doelbinding.te_kiezen else None
        )
        self.doelbinding_knop: QPushButton | None = None
        if self.doelbinding is not None:
            self.doelbinding_knop = doelbinding_knop(self.doelbinding, self)
            self.statusBar().addPermanentWidget(self.doelbinding_knop)
        if registratie_fout:
            fout = QLabel(registratie_fout)
            fout.setTextFormat(Qt.TextFormat.PlainText)
            fout.setProperty("niveau", "fout")
            self.statusBar().addPermanentWidget(fout)
        if registraties is not None:
            # A save records the shown session's contact times (the dialog is modal on it).
            registraties.gesprekstijden = lambda: self.sessies.vastgelegd(self.sessies.huidig)
            registraties.wachtendGewijzigd.connect(self._toon_wachtend)
            registraties.geweigerdGewijzigd.connect(self._toon_geweigerd_aantal)
            self._toon_wachtend(registraties.wachtend())
            self._toon_geweigerd_aantal(registraties.geweigerd())

        self.vraag_wissel_dialoog: QMessageBox | None = None
        # Every message and question for the agent comes through the bridge.
        self.laatste_vraag: QMessageBox | None = None
        self._opnieuw: Callable[[], object] | None = None
        self.opnieuw_knop = QPushButton(tr("Opnieuw proberen"))
        self.opnieuw_knop.setProperty("variant", "subtle")
        self.opnieuw_knop.setVisible(False)
        self.opnieuw_knop.clicked.connect(self._probeer_opnieuw)
        self.statusBar().addPermanentWidget(self.opnieuw_knop)
        self.statusBar().messageChanged.connect(
            lambda tekst: self.opnieuw_knop.setVisible(bool(tekst) and self._opnieuw is not None)
        )
        # Over Klantbeeld: the version at the right of the status bar, a click says more.
        from klantbeeld.views.over import voeg_over_toe

        self.over_knop = voeg_over_toe(self)
        sessie.meldingen.gemeld.connect(self.toon_melding)
        sessie.meldingen.gevraagd.connect(self.toon_vraag)

        self._blad_voor(sessie)
        self.sessies.toegevoegd.connect(self._sessie_toegevoegd)
        self.sessies.verwijderd.connect(self._sessie_verwijderd)
        self.sessies.gekozen.connect(self._sessie_gekozen)
        self.sessies.standGewijzigd.connect(self._sessie_titels)
        # The tabs' contact timers and nawerk countdowns (only while there are tabs).
        self._klok = QTimer(self)
        self._klok.setInterval(1000)
        self._klok.timeout.connect(self._tik)
        self._sneltoetsen()
        self._tab_titels()
        # Every copy and selection made here is followed, to clear it at end of contact.
        klembord.volg()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_gewijzigd)
        self.zoekbalk.focus()

    # -- the sessions -----------------------------------------------------------------------

    @property
    def meerdere_sessies(self) -> bool:
        """True when the agent may hold more than one session."""
        return self.sessies.maximum > 1

    @property
    def blad(self) -> SessieBlad:
        """The current session's klantbeeld panels."""
        return self._bladen[self.sessies.index]

    @property
    def sessie(self) -> Sessie:
        """The current session."""
        return self.sessies.huidig

    @property
    def model(self) -> BeeldModel:
        """The current session's klantbeeld."""
        return self.sessies.huidig.model

    @property
    def zoekbalk(self) -> Zoekbalk:
        """The current session's search field."""
        return self._zoekbalken[self.sessies.index]

    @property
    def kop(self) -> KopPaneel:
        """The current session's head panel."""
        return self.blad.kop

    @property
    def signalen(self) -> SignalenPaneel:
        """The current session's signals."""
        return self.blad.signalen

    @property
    def splitter(self) -> QSplitter:
        """The current session's lists beside its zaak pane."""
        return self.blad.splitter

    @property
    def tabs(self) -> QTabWidget:
        """The current session's tabs."""
        return self.blad.tabs

    @property
    def zaken(self) -> ZakenPaneel:
        """The current session's zaken."""
        return self.blad.zaken

    @property
    def tijdlijn(self) -> TijdlijnPaneel:
        """The current session's timeline."""
        return self.blad.tijdlijn

    @property
    def betalingen(self) -> BetalingenPaneel:
        """The current session's payments."""
        return self.blad.betalingen

    @property
    def vragen(self) -> VragenPaneel:
        """The current session's questions."""
        return self.blad.vragen

    @property
    def zaakdetail(self) -> ZaakDetailPaneel:
        """The current session's zaak pane."""
        return self.blad.zaakdetail

    def nieuwe_sessie(self) -> Sessie | None:
        """Open a new, empty session and show it (None: the maximum is open already)."""
        sessie = self.sessies.nieuw()
        if sessie is None:
            self.sessie.meldingen.fout(
                tr("Er zijn al {n} sessies open. Beëindig er eerst één.").format(
                    n=self.sessies.maximum
                )
            )
        return sessie

    def sluit_sessie(self, index: int) -> None:
        """End the contact of session ``index`` and close its tab (an unsaved draft asks)."""
        if not 0 <= index < len(self.sessies.lijst):
            return
        self.sessies.kies(index)
        self.beeindig_contact(sluiten=True)

    def _zoekbalk_voor(self, sessie: Sessie) -> Zoekbalk:
        zoekbalk = Zoekbalk(sessie)
        zoekbalk.zoek_met = self._zoek
        layout = self._zoek_houder.layout()
        assert layout is not None
        layout.addWidget(zoekbalk)
        self._zoekbalken.append(zoekbalk)
        return zoekbalk

    def _blad_voor(self, sessie: Sessie) -> SessieBlad:
        from klantbeeld.views.registreren import ContactKlok

        # The contact's start time is kept from the moment a klantbeeld opens.
        ContactKlok.voor(sessie.model)
        blad = SessieBlad(sessie)
        self.blad_stapel.addWidget(blad)
        self._bladen.append(blad)
        for signaal in (sessie.model.deelGewijzigd, sessie.model.gestart, sessie.model.gewist):
            signaal.connect(self._tab_titels)
        blad.tijdlijn.tijdlijn_model.modelReset.connect(self._tab_titels)
        # Another klant asked for while one is on screen: ask, or open it in a new session.
        sessie.wisselGevraagd.connect(self._wissel_gevraagd)
        # Esc closes the zaak pane while working in the lists or the pane (the search field
        # keeps Esc for its pick list).
        self._shortcuts += maak_sneltoetsen(
            blad.splitter,
            {"zaak_sluiten": blad.sluit_zaak},
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.sessie_balk.addTab("")
        self._sessie_titels()
        return blad

    def _sessie_toegevoegd(self, index: int) -> None:
        sessie = self.sessies.lijst[index]
        zoekbalk = self._zoekbalk_voor(sessie)
        zoekbalk.hide()
        self._blad_voor(sessie)
        if self.registraties is not None:
            self.registraties.bezorgd.connect(sessie.na_bezorging)
        if not self._klok.isActive():
            self._klok.start()

    def _sessie_verwijderd(self, index: int) -> None:
        blad = self._bladen.pop(index)
        zoekbalk = self._zoekbalken.pop(index)
        self._shortcuts = [sc for sc in self._shortcuts if sc.parent() is not blad.splitter]
        self.sessie_balk.blockSignals(True)
        self.sessie_balk.removeTab(index)
        self.sessie_balk.blockSignals(False)
        self.blad_stapel.removeWidget(blad)
        blad.deleteLater()
        zoekbalk.deleteLater()
        if len(self._bladen) == 1:
            self._klok.stop()

    def _sessie_gekozen(self, index: int) -> None:
        """Show session ``index``: its search field, its klantbeeld, its tab."""
        for i, zoekbalk in enumerate(self._zoekbalken):
            zoekbalk.setVisible(i == index)
        self.blad_stapel.setCurrentIndex(index)
        self.sessie_balk.blockSignals(True)
        self.sessie_balk.setCurrentIndex(index)
        self.sessie_balk.blockSignals(False)
        # An open work queue opens its questions in the session shown.
        from klantbeeld.views.werkvoorraad import WerkvoorraadDialoog

        # (its dialog is this window's own child: no walk through every widget on a switch)
        for werkvoorraad in self.findChildren(
            WerkvoorraadDialoog, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            werkvoorraad.sessie = self.sessie
        # A session's own dialogs (registering, answering) show only with their session.
        dialogen = self.findChildren(QDialog)
        self._verborgen.intersection_update(dialogen)
        for dialoog in dialogen:
            eigenaar = getattr(dialoog, "sessie", None)
            if not isinstance(eigenaar, Sessie) or isinstance(dialoog, WerkvoorraadDialoog):
                continue
            if eigenaar is self.sessie and dialoog in self._verborgen:
                self._verborgen.discard(dialoog)
                dialoog.show()
            elif eigenaar is not self.sessie and dialoog.isVisible():
                self._verborgen.add(dialoog)
                dialoog.hide()
        self.toon_klantbeeld()

    def _zoek(self, vraag: Zoekvraag) -> None:
        """A search from a session's field: here, or (a klant on screen) ask where."""
        oud = self.zoekbalk

        def in_nieuwe(sessie: Sessie) -> None:
            oud.herstel()
            self.zoekbalk.veld.setText(vraag.tekst)

        self.sessies.zoek(vraag, nieuw=in_nieuwe)

    def _wissel_gevraagd(self, wissel: Wissel) -> None:
        """A klant asked for from elsewhere: in a new session, else ask before switching."""
        if self.meerdere_sessies and self.sessies.kan_nieuw():
            sessie = self.nieuwe_sessie()
            if sessie is not None:
                sessie.voer_uit(wissel)
                return
        self.vraag_wissel(wissel)

    def _tik(self) -> None:
        self.sessies.tik()
        self._sessie_titels()

    def _sessie_titels(self, *_: object) -> None:
        """Each session tab: the klant and the contact time, or the nawerk left."""
        for index, sessie in enumerate(self.sessies.lijst):
            if index >= self.sessie_balk.count():
                return
            stand = self.sessies.stand(sessie)
            if stand is Stand.CONTACT:
                naam = klant_naam(sessie.model.beeld)
                tekst = f"{naam} · {minuten_seconden(int(self.sessies.contactduur(sessie)))}"
            elif stand is Stand.NAWERK:
                over = self.sessies.nawerk_over(sessie) or 0.0
                tekst = tr("Nawerk {tijd}").format(tijd=minuten_seconden(math.ceil(over)))
            else:
                tekst = tr("Sessie {n}").format(n=index + 1)
            if index < 9:
                self.sessie_balk.setTabToolTip(
                    index, tr("{tekst} (Ctrl+{n})").format(tekst=tekst, n=index + 1)
                )
            self.sessie_balk.setTabText(index, tekst)

    # -- actions ----------------------------------------------------------------------------

    def beeindig_contact(self, *, sluiten: bool = False) -> None:
        """Wipe the klantbeeld and the search field, ready for the next caller.

        A contact typed but not saved is not thrown away silently: the agent is asked first.
        With several sessions only the current one ends (then its nawerk starts), or, with
        ``sluiten``, it ends and its tab closes.
        """
        sessie = self.sessie

        def beeindig() -> None:
            if sessie in self.sessies.lijst:
                self.sessies.kies(self.sessies.lijst.index(sessie))
                self._beeindig(sluiten=sluiten)

        from klantbeeld.views.registreren import onvastgelegd

        if self.registraties is not None and onvastgelegd(self.sessie, self):
            self.sessie.meldingen.vraag(
                Vraag(
                    titel=tr("Contact niet vastgelegd"),
                    tekst=tr("U heeft dit contact nog niet vastgelegd."),
                    toelichting=tr("Eerst vastleggen, of weggooien en het contact beëindigen?"),
                    keuzes=(
                        Keuze(tr("Vastleggen"), KeuzeSoort.BEVESTIG, self.registreer_contact),
                        Keuze(tr("Weggooien en beëindigen"), KeuzeSoort.ONHERROEPELIJK, beeindig),
                        Keuze(tr("Annuleren"), KeuzeSoort.ANNULEER),
                    ),
                    standaard=0,
                    annuleer=2,
                )
            )
            self.vraag_onvastgelegd = self.laatste_vraag
            return
        beeindig()

    def vraag_wissel(self, wissel: Wissel) -> QMessageBox:
        """Ask before another klant replaces the one on screen; opened with ``show()``.

        "Er staat nog een klantbeeld open van …": ending that contact and opening the other
        klant is a choice, never the default. Enter keeps the klant on screen, or, with a
        contact typed but not saved, opens it to save (as "Contact beëindigen" asks).
        """
        from klantbeeld.views.registreren import onvastgelegd

        if self.vraag_wissel_dialoog is not None:
            self.vraag_wissel_dialoog.close()
        huidig = klant_naam(self.model.beeld)
        nieuw = wissel.naam or klant_nummer(wissel.soort, wissel.sleutel)
        concept = self.registraties is not None and onvastgelegd(self.sessie, self)
        tekst = tr("Er staat nog een klantbeeld open van {huidig}.").format(huidig=huidig)

        def door() -> None:
            self._beeindig()
            self.sessie.voer_uit(wissel)

        def afgesloten() -> None:
            self.vraag_wissel_dialoog = None

        annuleren = Keuze(tr("Annuleren"), KeuzeSoort.ANNULEER)
        keuzes: tuple[Keuze, ...]
        if concept:
            tekst += "\n\n" + tr(
                "U heeft dit contact nog niet vastgelegd. Eerst vastleggen, of weggooien, "
                "het contact beëindigen en {nieuw} openen?"
            ).format(nieuw=nieuw)
            keuzes = (
                Keuze(tr("Vastleggen"), KeuzeSoort.BEVESTIG, self.registreer_contact),
                Keuze(tr("Weggooien, beëindigen en openen"), KeuzeSoort.ONHERROEPELIJK, door),
                annuleren,
            )
        else:
            tekst += "\n\n" + tr("Contact beëindigen en {nieuw} openen?").format(nieuw=nieuw)
            keuzes = (
                Keuze(tr("Contact &beëindigen en openen"), KeuzeSoort.ONHERROEPELIJK, door),
                annuleren,
            )
        self.sessie.meldingen.vraag(
            Vraag(
                titel=tr("Ander klantbeeld openen?"),
                tekst=tekst,
                keuzes=keuzes,
                standaard=0 if concept else len(keuzes) - 1,
                annuleer=len(keuzes) - 1,
                # Over every window of the app: the werkvoorraad that asked is one of them.
                over_alles=True,
                afgesloten=afgesloten,
            )
        )
        vraag = self.laatste_vraag
        assert vraag is not None
        self.vraag_wissel_dialoog = vraag
        return vraag

    # -- the message bridge -----------------------------------------------------------------

    def toon_melding(self, melding: Melding) -> None:
        """Show a message of the bridge in the status bar (an error stays until the next)."""
        self._opnieuw = melding.opnieuw
        self.opnieuw_knop.setText(melding.knop or tr("Opnieuw proberen"))
        self.opnieuw_knop.setVisible(melding.opnieuw is not None)
        self.statusBar().showMessage(melding.tekst, melding.duur_ms)

    def _probeer_opnieuw(self) -> None:
        opnieuw, self._opnieuw = self._opnieuw, None
        self.opnieuw_knop.setVisible(False)
        self.statusBar().clearMessage()
        if opnieuw is not None:
            opnieuw()

    def toon_vraag(self, vraag: Vraag) -> QMessageBox:
        """Show a question of the bridge: the one place a message box is built."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(vraag.titel)
        # Names come from registers and citizens: plain text, never markup.
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(vraag.tekst)
        if vraag.toelichting:
            box.setInformativeText(vraag.toelichting)
        rollen = {
            KeuzeSoort.BEVESTIG: QMessageBox.ButtonRole.AcceptRole,
            KeuzeSoort.ONHERROEPELIJK: QMessageBox.ButtonRole.DestructiveRole,
            KeuzeSoort.ANNULEER: QMessageBox.ButtonRole.RejectRole,
        }
        knoppen = [box.addButton(k.tekst, rollen[k.soort]) for k in vraag.keuzes]
        box.setDefaultButton(knoppen[vraag.standaard])
        box.setEscapeButton(knoppen[vraag.annuleer])

        def gekozen() -> None:
            knop = box.clickedButton()
            if vraag.afgesloten is not None:
                vraag.afgesloten()
            for keuze, k in zip(vraag.keuzes, knoppen, strict=True):
                if knop is k and keuze.actie is not None:
                    keuze.actie()

        box.finished.connect(gekozen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if vraag.over_alles:
            box.setWindowModality(Qt.WindowModality.ApplicationModal)
            box.show()
            box.raise_()
            box.activateWindow()
        else:
            box.open()
        self.laatste_vraag = box
        return box

    # -- screen-pop (views/schermpop.py decides when) ----------------------------------------

    def toon_schermpop(self, verzoek: Schermpop) -> None:
        """Open a checked screen-pop as if the agent had searched for it.

        With several sessions allowed, a caller arriving while the session on screen holds a
        contact (a klant, a search under way, nawerk) gets a new session; that one stays as it is.
        """
        if self.meerdere_sessies and self.sessies.bezet(self.sessie) and self.sessies.kan_nieuw():
            self.nieuwe_sessie()
        if verzoek.actie is Actie.BSN:
            self.zoekbalk.veld.setText(verzoek.waarde)
            self.sessie.open_persoon(verzoek.waarde, verzoek.zaak)
            return
        vraag = verzoek.zoekvraag()
        self.zoekbalk.veld.setText(vraag.tekst)
        self.sessie.zoek(vraag)

    def sluit_zaak(self) -> None:
        """Close the zaak pane (Esc) and go back to the list it was opened from."""
        self.blad.sluit_zaak()

    def naar_tab(self, index: int) -> None:
        """Show tab ``index`` and put the focus in it: on its list, else its first control."""
        self.blad.naar_tab(index)

    def _focus_gewijzigd(self, _oud: QWidget | None, nieuw: QWidget | None) -> None:
        """A widget of this window got focus: it may not keep the window's shortcuts."""
        if nieuw is not None and nieuw.window() is self:
            nieuw.installEventFilter(self._bewaker)

    def _beeindig(self, *, sluiten: bool = False) -> None:
        from klantbeeld.views.documentviewer import ruim_tijdelijke_documenten_op
        from klantbeeld.views.registreren import vergeet_concepten

        if self.vraag_wissel_dialoog is not None:
            self.vraag_wissel_dialoog.close()
        sessie, zoekbalk = self.sessie, self.zoekbalk
        if sluiten:
            self.sessies.sluit(sessie)
        else:
            self.sessies.beeindig(sessie, nawerk=self.meerdere_sessies)
        vergeet_concepten(sessie)
        ruim_tijdelijke_documenten_op()
        zoekbalk.wis()
        self.tabs.setCurrentIndex(0)
        self.zoekbalk.focus()

    def registreer_contact(self) -> None:
        """Open "Contact registreren" (also without a klantbeeld: an anonymous caller)."""
        if self.registraties is None:
            return
        from klantbeeld.views.registreren import RegistratieDialoog

        RegistratieDialoog.toon(self, self.registraties, self.sessie, self.instellingen)

    def maak_contactverzoek(self) -> None:
        """Open "Contact registreren" with a contactverzoek (callback request)."""
        if self.registraties is None:
            return
        from klantbeeld.views.registreren import RegistratieDialoog

        RegistratieDialoog.toon(
            self, self.registraties, self.sessie, self.instellingen, contactverzoek=True
        )

    def toon_werkvoorraad(self) -> None:
        """The queue of citizens' questions for me and my teams."""
        from klantbeeld.views.werkvoorraad import WerkvoorraadDialoog

        WerkvoorraadDialoog.toon(self, self.sessie, self.registraties, self.instellingen)

    def toon_contacthistorie(self) -> ContacthistorieScherm | None:
        """The team lead's contact history in place of the klantbeeld (not for agents)."""
        if self.instellingen.rol != Rol.TEAMLEIDER:
            return None
        if self.contacthistorie is None:
            from klantbeeld.views.contacthistorie import ContacthistorieScherm

            self.contacthistorie = ContacthistorieScherm(self.sessie, self.instellingen)
            self.contacthistorie.terug.connect(self.toon_klantbeeld)
            self.stapel.addWidget(self.contacthistorie)
            self.contacthistorie.laad()
        self.stapel.setCurrentWidget(self.contacthistorie)
        self._leeg.setVisible(False)
        self.contacthistorie.tabel.setFocus()
        return self.contacthistorie

    def _botsende_sneltoetsen(self, *_: object) -> None:
        """The window's shortcuts for keys the contacthistorie uses itself (F5, Ctrl+F,
        Alt+1, ...) are off while it shows: two live shortcuts for one key fire neither."""
        historie = self.contacthistorie
        eigen = (
            {sc.key().toString() for sc in historie.sneltoetsen}
            if historie is not None and self.stapel.currentWidget() is historie
            else set()
        )
        for sc in self._shortcuts:
            sc.setEnabled(sc.key().toString() not in eigen)

    def toon_klantbeeld(self) -> None:
        """Back from the contact history to the klantbeeld."""
        self.stapel.setCurrentIndex(0)
        self._tab_titels()
        self.zoekbalk.focus()

    def toon_geweigerd(self) -> None:
        """The registrations the server refused, with its words, to correct and resend."""
        if self.registraties is None:
            return
        from klantbeeld.views.registreren import GeweigerdDialoog

        GeweigerdDialoog.toon(self, self.registraties, self.sessie, self.instellingen)

    def _toon_wachtend(self, aantal: int) -> None:
        if aantal == 1:
            self.wachtend_label.setText(tr("1 registratie wacht op verzending"))
        else:
            self.wachtend_label.setText(
                tr("{n} registraties wachten op verzending").format(n=aantal)
            )
        self.wachtend_label.setVisible(aantal > 0)

    def _toon_geweigerd_aantal(self, items: Sequence[object]) -> None:
        self.geweigerd_knop.setText(
            tr("{n} geweigerd door de server — bekijken").format(n=len(items))
        )
        self.geweigerd_knop.setVisible(bool(items))

    def toon_sneltoetsen(self) -> None:
        """The F1 overview of every shortcut."""
        SneltoetsenDialoog.toon(self)

    def kies_doelbinding(self) -> DoelbindingDialoog | None:
        """Ctrl+Shift+D (and at start while none is picked): what the agent consults the BRP
        for; opened with ``.open()``. None when there is nothing to pick."""
        if self.doelbinding is None:
            return None
        return DoelbindingDialoog.toon(self.doelbinding, self)

    def toon_instellingen(self) -> InstellingenDialoog:
        """The settings dialog (Ctrl+,); opened with ``.open()``, it never blocks."""
        return InstellingenDialoog.toon(self, oefen=self._oefen_endpoints)

    def _sneltoetsen(self) -> None:
        acties: dict[str, Callable[[], object]] = {
            "zoek": self.zoekbalk.focus,
            "beeindig": self.beeindig_contact,
            "tab_zaken": lambda: self.naar_tab(0),
            "tab_tijdlijn": lambda: self.naar_tab(1),
            "tab_betalingen": lambda: self.naar_tab(2),
            "tab_vragen": lambda: self.naar_tab(3),
            "vernieuwen": self._vernieuw,
            "help": self.toon_sneltoetsen,
            "registreer": self.registreer_contact,
            "contactverzoek": self.maak_contactverzoek,
            "werkvoorraad": self.toon_werkvoorraad,
            "instellingen": self.toon_instellingen,
            "toon_aan_inwoner": self.toon_aan_inwoner,
        }
        if self.doelbinding is not None:
            acties["doelbinding"] = self.kies_doelbinding
        if self.instellingen.rol == Rol.TEAMLEIDER:
            acties["contacthistorie"] = self.toon_contacthistorie
        if self.meerdere_sessies:
            acties["sessie_volgende"] = self.sessies.volgende
            acties["sessie_vorige"] = lambda: self.sessies.volgende(-1)
            for n in range(1, 10):
                acties[f"sessie_{n}"] = functools.partial(self.sessies.kies, n - 1)
        self._shortcuts += maak_sneltoetsen(self, acties)
        # The window's shortcuts, also the panels' own (Ctrl+B, copying phone and e-mail).
        venster = [
            sc.key()
            for sc in self.findChildren(QShortcut)
            if sc.context() == Qt.ShortcutContext.WindowShortcut
        ]
        self._bewaker = SneltoetsBewaker(venster, self)

    # -- Toon aan inwoner (issue 12 §3): the hook into views/inwoner.py --------------------

    def toon_aan_inwoner(self) -> InwonerScherm | None:
        """F11: the citizen's own view of this klantbeeld over the whole window, or back."""
        self.inwoner_scherm = wissel_inwoner(
            self, self.model, self.sessie.inwoner, getattr(self, "inwoner_scherm", None)
        )
        return self.inwoner_scherm

    def _vernieuw(self) -> None:
        beeld = self.model.beeld
        if beeld is None:
            return
        if beeld.soort == "persoon":
            self.sessie.open_persoon(beeld.sleutel)
        else:
            self.sessie.open_bedrijf(beeld.sleutel)

    def _tab_titels(self, *_: object) -> None:
        self.blad.tab_titels()
        self._leeg.setVisible(self.model.beeld is None and self.stapel.currentIndex() == 0)
        self._sessie_titels()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel this screen's tasks (and clear what it put on the clipboard) before it goes.

        Every session ends that way, each wiping only its own klant.
        """
        self.sessies.beeindig_alle()
        if self.contacthistorie is not None:
            self.contacthistorie.stop()
        super().closeEvent(event)
