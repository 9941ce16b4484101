"""The main window: oefenomgeving bar, search, the klantbeeld panels and the zaak detail.

The person on screen never changes under the agent: a klant asked for from elsewhere (the
werkvoorraad, the contact history) is shown only after the agent confirms ending the contact
with the one on screen, and the search field always holds what finds the klant shown. The
window's shortcuts work from every widget in it (a text field does not keep Ctrl+E for itself);
Esc closes the zaak pane, Alt+1..4 go into a tab.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.inzage import InzageController
from klantbeeld.controllers.meldingen import Keuze, KeuzeSoort, Melding, Vraag
from klantbeeld.services.klantbeeld.schermpop import Actie, Schermpop
from klantbeeld.services.klantbeeld.waarden import Klantbeeld, Onderdeel
from klantbeeld.services.werkplek.settings import ApiInstelling, ApiNaam, Instellingen, Rol
from klantbeeld.views import klembord
from klantbeeld.views.beeld import BeeldModel, DeelStatus
from klantbeeld.views.icons import icon
from klantbeeld.views.instellingen import InstellingenDialoog
from klantbeeld.views.inwoner import InwonerScherm, wissel_inwoner
from klantbeeld.views.inzage import inzage_knop
from klantbeeld.views.panels.betalingen import BetalingenPaneel
from klantbeeld.views.panels.kop import KopPaneel, maskeer_bsn, partij_naam
from klantbeeld.views.panels.signalen import SignalenPaneel
from klantbeeld.views.panels.tijdlijn import TijdlijnPaneel
from klantbeeld.views.panels.vragen import VragenPaneel
from klantbeeld.views.panels.zaakdetail import ZaakDetailPaneel
from klantbeeld.views.panels.zaken import ZakenPaneel
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.sessie import Sessie, Wissel
from klantbeeld.views.sneltoetsen import SneltoetsenDialoog, maak_sneltoetsen
from klantbeeld.views.zoekbalk import Zoekbalk

if TYPE_CHECKING:
    from klantbeeld.views.contacthistorie import ContacthistorieScherm


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Hoofdvenster)."""
    return QCoreApplication.translate("Hoofdvenster", text)


#: The tabs: (title, the part whose count the title shows).
TABS: tuple[tuple[str, Onderdeel], ...] = (
    ("Zaken", Onderdeel.ZAKEN),
    ("Tijdlijn", Onderdeel.KLANTCONTACTEN),
    ("Betalingen", Onderdeel.BETALINGEN),
    ("Vragen en verzoeken", Onderdeel.INTERNETAKEN),
)


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
    ) -> None:
        super().__init__()
        self.model = model
        self.sessie = sessie
        self.registraties = registraties
        self.instellingen = instellingen or Instellingen()
        self._oefen_endpoints = dict(oefen_endpoints or {})
        # The contact's start time is kept from the moment a klantbeeld opens.
        from klantbeeld.views.registreren import ContactKlok

        ContactKlok.voor(model)
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

        boven = QHBoxLayout()
        self.zoekbalk = Zoekbalk(sessie)
        boven.addWidget(self.zoekbalk, 1)
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

        self.kop = KopPaneel(model, sessie)
        self.signalen = SignalenPaneel(model, sessie)
        inhoud_layout.addWidget(self.kop)
        inhoud_layout.addWidget(self.signalen)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.zaken = ZakenPaneel(model, sessie)
        self.tijdlijn = TijdlijnPaneel(model, sessie)
        self.betalingen = BetalingenPaneel(model, sessie)
        self.vragen = VragenPaneel(model, sessie, controller=sessie.vragen())
        for (titel, _), paneel in zip(
            TABS, (self.zaken, self.tijdlijn, self.betalingen, self.vragen), strict=True
        ):
            self.tabs.addTab(paneel, tr(titel))
        self.zaakdetail = ZaakDetailPaneel(model, sessie, controller=sessie.zaakdetail())
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.zaakdetail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        inhoud_layout.addWidget(self.splitter, 1)
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
        if registratie_fout:
            fout = QLabel(registratie_fout)
            fout.setTextFormat(Qt.TextFormat.PlainText)
            fout.setProperty("niveau", "fout")
            self.statusBar().addPermanentWidget(fout)
        if registraties is not None:
            registraties.wachtendGewijzigd.connect(self._toon_wachtend)
            registraties.geweigerdGewijzigd.connect(self._toon_geweigerd_aantal)
            self._toon_wachtend(registraties.wachtend())
            self._toon_geweigerd_aantal(registraties.geweigerd())

        self._sneltoetsen()
        self.signalen.naarTab.connect(self.tabs.setCurrentIndex)
        model.deelGewijzigd.connect(self._tab_titels)
        model.gestart.connect(self._tab_titels)
        model.gewist.connect(self._tab_titels)
        # The detail pane takes room only while a zaak is open; the lists get it otherwise.
        model.zaakGekozen.connect(lambda zaak: self.zaakdetail.setVisible(zaak is not None))
        self.zaakdetail.setVisible(False)
        self.tijdlijn.tijdlijn_model.modelReset.connect(self._tab_titels)
        self._tab_titels()
        # Another klant asked for while one is on screen: ask before switching.
        sessie.wisselGevraagd.connect(self.vraag_wissel)
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
        # Every copy and selection made here is followed, to clear it at end of contact.
        klembord.volg()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_gewijzigd)
        self.zoekbalk.focus()

    # -- actions ----------------------------------------------------------------------------

    def beeindig_contact(self) -> None:
        """Wipe the klantbeeld and the search field, ready for the next caller.

        A contact typed but not saved is not thrown away silently: the agent is asked first.
        """
        from klantbeeld.views.registreren import onvastgelegd

        if self.registraties is not None and onvastgelegd(self.sessie, self):
            self.sessie.meldingen.vraag(
                Vraag(
                    titel=tr("Contact niet vastgelegd"),
                    tekst=tr("U heeft dit contact nog niet vastgelegd."),
                    toelichting=tr("Eerst vastleggen, of weggooien en het contact beëindigen?"),
                    keuzes=(
                        Keuze(tr("Vastleggen"), KeuzeSoort.BEVESTIG, self.registreer_contact),
                        Keuze(
                            tr("Weggooien en beëindigen"), KeuzeSoort.ONHERROEPELIJK, self._beeindig
                        ),
                        Keuze(tr("Annuleren"), KeuzeSoort.ANNULEER),
                    ),
                    standaard=0,
                    annuleer=2,
                )
            )
            self.vraag_onvastgelegd = self.laatste_vraag
            return
        self._beeindig()

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

    # -- screen-pop (views/schermpop.py decides when; the integrator: "in a new session") ----

    def toon_schermpop(self, verzoek: Schermpop) -> None:
        """Open a checked screen-pop as if the agent had searched for it."""
        if verzoek.actie is Actie.BSN:
            self.zoekbalk.veld.setText(verzoek.waarde)
            self.sessie.open_persoon(verzoek.waarde, verzoek.zaak)
            return
        vraag = verzoek.zoekvraag()
        self.zoekbalk.veld.setText(vraag.tekst)
        self.sessie.zoek(vraag)

    def sluit_zaak(self) -> None:
        """Close the zaak pane (Esc) and go back to the list it was opened from."""
        if self.model.gekozen_zaak is None:
            return
        self.sessie.kies_zaak(None)
        self.naar_tab(self.tabs.currentIndex())

    def naar_tab(self, index: int) -> None:
        """Show tab ``index`` and put the focus in it: on its list, else its first control."""
        self.tabs.setCurrentIndex(index)
        paneel = self.tabs.widget(index)
        if paneel is None:
            return
        lijsten = [
            v
            for v in paneel.findChildren(QAbstractItemView)
            if not isinstance(v, QHeaderView) and v.isVisibleTo(paneel) and v.isEnabled()
        ]
        doel: QWidget | None = lijsten[0] if lijsten else None
        if doel is None:
            doel = next(
                (
                    w
                    for w in paneel.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and w.isVisibleTo(paneel)
                    and w.isEnabled()
                ),
                self.tabs.tabBar(),
            )
        doel.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_gewijzigd(self, _oud: QWidget | None, nieuw: QWidget | None) -> None:
        """A widget of this window got focus: it may not keep the window's shortcuts."""
        if nieuw is not None and nieuw.window() is self:
            nieuw.installEventFilter(self._bewaker)

    def _beeindig(self) -> None:
        from klantbeeld.views.documentviewer import ruim_tijdelijke_documenten_op
        from klantbeeld.views.registreren import vergeet_concepten

        if self.vraag_wissel_dialoog is not None:
            self.vraag_wissel_dialoog.close()
        self.sessie.beeindig_contact()
        vergeet_concepten(self.sessie)
        ruim_tijdelijke_documenten_op()
        self.zoekbalk.wis()
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
        if self.instellingen.rol == Rol.TEAMLEIDER:
            acties["contacthistorie"] = self.toon_contacthistorie
        self._shortcuts: list[QShortcut] = maak_sneltoetsen(self, acties)
        # Esc closes the zaak pane while working in the lists or the pane (the search field
        # keeps Esc for its pick list).
        self._shortcuts += maak_sneltoetsen(
            self.splitter,
            {"zaak_sluiten": self.sluit_zaak},
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
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
            self, self.model, self.sessie.composer.zaken, getattr(self, "inwoner_scherm", None)
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
        beeld = self.model.beeld
        for index, (titel, onderdeel) in enumerate(TABS):
            tekst = tr(titel)
            status = self.model.status(onderdeel)
            if beeld is not None and status in (DeelStatus.KLAAR, DeelStatus.VOORLOPIG):
                aantal = {
                    Onderdeel.ZAKEN: len(beeld.zaken),
                    Onderdeel.KLANTCONTACTEN: len(beeld.klantcontacten),
                    Onderdeel.BETALINGEN: len(beeld.betalingen),
                    Onderdeel.INTERNETAKEN: len(beeld.internetaken),
                }[onderdeel]
                if onderdeel is Onderdeel.KLANTCONTACTEN:  # the timeline holds more than contacts
                    aantal = self.tijdlijn.tijdlijn_model.rowCount()
                tekst = f"{tekst} ({aantal})"
            elif status is DeelStatus.FOUT:
                tekst = f"{tekst} (!)"
            self.tabs.setTabText(index, tekst)
        self._leeg.setVisible(beeld is None and self.stapel.currentIndex() == 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel this screen's tasks (and clear what it put on the clipboard) before it goes."""
        self.sessie.beeindig_contact()
        if self.contacthistorie is not None:
            self.contacthistorie.stop()
        super().closeEvent(event)
