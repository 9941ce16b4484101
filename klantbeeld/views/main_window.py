"""The main window: oefenomgeving bar, search, the klantbeeld panels and the zaak detail."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
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

from klantbeeld.services.composer import Onderdeel
from klantbeeld.services.settings import ApiInstelling, ApiNaam, Instellingen, Rol
from klantbeeld.views.beeld import BeeldModel, DeelStatus
from klantbeeld.views.icons import icon
from klantbeeld.views.instellingen import InstellingenDialoog
from klantbeeld.views.panels.betalingen import BetalingenPaneel
from klantbeeld.views.panels.kop import KopPaneel
from klantbeeld.views.panels.signalen import SignalenPaneel
from klantbeeld.views.panels.tijdlijn import TijdlijnPaneel
from klantbeeld.views.panels.vragen import VragenPaneel
from klantbeeld.views.panels.zaakdetail import ZaakDetailPaneel
from klantbeeld.views.panels.zaken import ZakenPaneel
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.sessie import Sessie
from klantbeeld.views.sneltoetsen import SneltoetsenDialoog, sneltoets
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
        self.vragen = VragenPaneel(model, sessie)
        for (titel, _), paneel in zip(
            TABS, (self.zaken, self.tijdlijn, self.betalingen, self.vragen), strict=True
        ):
            self.tabs.addTab(paneel, tr(titel))
        self.zaakdetail = ZaakDetailPaneel(model, sessie)
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
        self.zoekbalk.focus()

    # -- actions ----------------------------------------------------------------------------

    def beeindig_contact(self) -> None:
        """Wipe the klantbeeld and the search field, ready for the next caller.

        A contact typed but not saved is not thrown away silently: the agent is asked first.
        """
        from klantbeeld.views.registreren import onvastgelegd

        if self.registraties is not None and onvastgelegd(self.sessie, self):
            vraag = QMessageBox(self)
            vraag.setIcon(QMessageBox.Icon.Warning)
            vraag.setWindowTitle(tr("Contact niet vastgelegd"))
            vraag.setText(tr("U heeft dit contact nog niet vastgelegd."))
            vraag.setInformativeText(
                tr("Eerst vastleggen, of weggooien en het contact beëindigen?")
            )
            vastleggen = vraag.addButton(tr("Vastleggen"), QMessageBox.ButtonRole.AcceptRole)
            weg = vraag.addButton(
                tr("Weggooien en beëindigen"), QMessageBox.ButtonRole.DestructiveRole
            )
            vraag.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
            vraag.setDefaultButton(vastleggen)

            def gekozen() -> None:
                knop = vraag.clickedButton()
                if knop is vastleggen:
                    self.registreer_contact()
                elif knop is weg:
                    self._beeindig()

            vraag.finished.connect(gekozen)
            vraag.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            vraag.open()
            self.vraag_onvastgelegd = vraag
            return
        self._beeindig()

    def _beeindig(self) -> None:
        from klantbeeld.views.documentviewer import ruim_tijdelijke_documenten_op
        from klantbeeld.views.registreren import vergeet_concepten

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
            "tab_zaken": lambda: self.tabs.setCurrentIndex(0),
            "tab_tijdlijn": lambda: self.tabs.setCurrentIndex(1),
            "tab_betalingen": lambda: self.tabs.setCurrentIndex(2),
            "tab_vragen": lambda: self.tabs.setCurrentIndex(3),
            "vernieuwen": self._vernieuw,
            "help": self.toon_sneltoetsen,
            "registreer": self.registreer_contact,
            "contactverzoek": self.maak_contactverzoek,
            "werkvoorraad": self.toon_werkvoorraad,
            "instellingen": self.toon_instellingen,
        }
        if self.instellingen.rol == Rol.TEAMLEIDER:
            acties["contacthistorie"] = self.toon_contacthistorie
        self._shortcuts: list[QShortcut] = []
        for naam, actie in acties.items():
            for toets in sneltoets(naam).toetsen:
                sc = QShortcut(QKeySequence(toets), self)
                sc.setContext(Qt.ShortcutContext.WindowShortcut)
                sc.activated.connect(actie)
                self._shortcuts.append(sc)

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
        """Cancel this screen's tasks before it goes."""
        self.sessie.beeindig_contact()
        if self.contacthistorie is not None:
            self.contacthistorie.stop()
        super().closeEvent(event)
