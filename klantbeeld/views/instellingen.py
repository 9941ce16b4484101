"""The settings dialog: profiles by name, per source a modus and one server, agent, role, sessions.

Opened with :meth:`InstellingenDialoog.toon` (``.open()``, never ``exec()``). Per source (BRP,
KVK, Open Zaak, Klantinteracties, Betalingen) the agent chooses ``ingesteld`` (one server: one
URL, the server root or an API root, and one credential), ``uit`` or ``oefenomgeving``. What the
administrator's site file fixes is shown disabled with the reason. Saving writes the user's own
layer through :func:`~services.werkplek.settings.bewaar_instellingen` and every typed secret
through :mod:`services.werkplek.secrets` (keyring, per profile and source); a secret never
reaches the file. The app reads the new settings on its next start, and says so.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path

from annotated_types import Ge, Le
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.instellingen import InstellingenController, Verbindingsverzoek
from klantbeeld.services.klantbeeld.vertrouwelijkheid import VERTROUWELIJKHEDEN
from klantbeeld.services.verbinding.errors import KlantbeeldError
from klantbeeld.services.verbinding.verbindingstest import (
    API_KORT,
    Testuitslag,
    controleer_url,
)
from klantbeeld.services.werkplek.secrets import bewaar_geheim, lees_geheim
from klantbeeld.services.werkplek.settings import (
    BRON_TITELS,
    OUDE_GEHEIMNAMEN,
    STANDAARD_AUTH,
    ApiInstelling,
    ApiNaam,
    AuthSoort,
    Bron,
    BronInstelling,
    Configuratie,
    Instellingen,
    Modus,
    Profiel,
    Rol,
    Vergrendeling,
    api_roots,
    bewaar_instellingen,
    controleer_profielnaam,
    lees_configuratie,
    settings_path,
)
from klantbeeld.views.models.documenten_model import vertrouwelijkheid_label
from klantbeeld.views.vertaling import TALEN


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Instellingen)."""
    return QCoreApplication.translate("Instellingen", text)


#: Profile names offered when the site file does not limit them (any other name can be typed).
VOORGESTELDE_PROFIELEN = ("oefen", "test", "acceptatie", "productie")

MODUS_LABELS: dict[Modus, str] = {
    Modus.INGESTELD: "Ingesteld (echte server)",
    Modus.UIT: "Uit (niet gebruiken)",
    Modus.OEFENOMGEVING: "Oefenomgeving (fictieve gegevens)",
}

#: An example of what to type for each source, as placeholder text.
VOORBEELD_URL: dict[Bron, str] = {
    Bron.BRP: "https://gateway.gemeente.nl of …/haalcentraal/api/brp",
    Bron.KVK: "https://api.kvk.nl of https://api.kvk.nl/test/api/v2",
    Bron.OPENZAAK: "https://openzaak.gemeente.nl of …/zaken/api/v1",
    Bron.KLANTINTERACTIES: "https://openklant.gemeente.nl of …/klantinteracties/api/v1",
    Bron.BETALINGEN: "https://betalingen.gemeente.nl of …/betalingen/api/v1",
}

AUTH_LABELS: dict[AuthSoort, str] = {
    AuthSoort.GEEN: "Geen",
    AuthSoort.ZGW_JWT: "ZGW JWT (client-id en geheim)",
    AuthSoort.TOKEN: "Token (Authorization: Token …)",
    AuthSoort.APIKEY: "KVK apikey",
    AuthSoort.API_KEY_HEADER: "API-sleutel (X-API-KEY)",
    AuthSoort.GEBRUIKERSTOKEN: "Token van de aangemelde medewerker (veiligst)",
}

#: Which kind is safer, plainly (the tooltip of every source's authentication choice).
AUTH_UITLEG = (
    "Veiligst is 'Token van de aangemelde medewerker': er staat dan geen gedeeld geheim op "
    "de werkplek, elk verzoek draagt wie er kijkt en de toegang stopt als de aanmelding "
    "verloopt. Dat vraagt een API-gateway van de gemeente en aanmelden bij Klantbeeld. "
    "Een geheim of sleutel (ZGW JWT, Token, apikey) geeft iedereen die deze werkplek "
    "gebruikt dezelfde toegang, en wie het geheim kopieert heeft die toegang ook."
)

ROL_LABELS: dict[Rol, str] = {Rol.MEDEWERKER: "Medewerker", Rol.TEAMLEIDER: "Teamleider"}


def _kies(combo: QComboBox, waarde: str) -> None:
    index = combo.findData(str(waarde))
    if index >= 0:
        combo.setCurrentIndex(index)


def _bereik(veld: str) -> tuple[int, int]:
    """The bounds (``ge``, ``le``) the settings model puts on a number field."""
    metadata = Instellingen.model_fields[veld].metadata
    laag = next(m.ge for m in metadata if isinstance(m, Ge) and isinstance(m.ge, int))
    hoog = next(m.le for m in metadata if isinstance(m, Le) and isinstance(m.le, int))
    return laag, hoog


def _slot_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("niveau", "info")
    label.hide()
    return label


def _alles_oefen(profiel: Profiel) -> bool:
    """True when every source of ``profiel`` is on the oefenomgeving (nothing worth saving)."""
    return all(profiel.modus(b) is Modus.OEFENOMGEVING for b in Bron)


class BronFormulier(QWidget):
    """One source: modus, one server URL (its API roots shown), credential, time-out, test."""

    def __init__(self, bron: Bron, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bron = bron
        titel = tr(BRON_TITELS[bron])
        self._vast = False
        self._tls_vast = False
        self.modus = QComboBox()
        for modus, label in MODUS_LABELS.items():
            self.modus.addItem(tr(label), modus.value)
        self.modus.setAccessibleName(tr("Gebruik van {}").format(titel))
        self.modus.setAccessibleDescription(tr("Echte server, oefenomgeving of niet gebruiken"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(tr(VOORBEELD_URL[bron]))
        self.url.setAccessibleName(tr("Adres van {}").format(titel))
        self.url.setAccessibleDescription(tr("Het adres van de server, beginnend met https://"))
        self.roots = QLabel()
        self.roots.setTextFormat(Qt.TextFormat.PlainText)
        self.roots.setWordWrap(True)
        self.roots.setProperty("rol", "gedempt")
        self.roots.setAccessibleName(tr("Adressen van de API's van {}").format(titel))
        self._api_urls: dict[ApiNaam, str] = {}
        self.auth = QComboBox()
        for soort, label in AUTH_LABELS.items():
            self.auth.addItem(tr(label), soort.value)
        self.auth.setAccessibleName(tr("Soort authenticatie van {}").format(titel))
        self.auth.setToolTip(tr(AUTH_UITLEG))
        self.client_id = QLineEdit()
        self.client_id.setAccessibleName(tr("Client-id van {}").format(titel))
        self.client_id.setAccessibleDescription(tr("Zoals de beheerder van de bron het gaf"))
        self.geheim = QLineEdit()
        self.geheim.setEchoMode(QLineEdit.EchoMode.Password)
        self.geheim.setAccessibleName(tr("Geheim of sleutel van {}").format(titel))
        self.geheim.setAccessibleDescription(tr("Wordt niet getoond en veilig bewaard"))
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1.0, 120.0)
        self.timeout.setDecimals(0)
        self.timeout.setSuffix(tr(" s"))
        self.timeout.setAccessibleName(tr("Time-out van {} in seconden").format(titel))
        self.timeout.setAccessibleDescription(tr("Zo lang wachten op een antwoord"))
        self.tls = QCheckBox(tr("Certificaat van de server controleren"))
        self.tls.setAccessibleName(tr("Certificaat van {} controleren").format(titel))
        self.tls.setAccessibleDescription(tr("Zet dit alleen uit bij een testserver"))
        self.slot = _slot_label()
        self.slot.setAccessibleName(tr("Vastgelegd door de beheerder"))

        self.test_knop = QPushButton(tr("Verbinding testen"))
        self.test_knop.setProperty("variant", "secondary")
        self.test_knop.setAccessibleName(tr("Verbinding met {} testen").format(titel))
        self.test_knop.setAccessibleDescription(tr("Probeert de bron nu, zonder te bewaren"))
        self.test_knop.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.uitslag = QLabel()
        self.uitslag.setTextFormat(Qt.TextFormat.PlainText)
        self.uitslag.setWordWrap(True)
        self.uitslag.setProperty("niveau", "info")
        self.uitslag.setAccessibleName(tr("Uitslag van de verbindingstest"))
        self.uitslag.hide()

        form = QFormLayout()
        form.addRow(tr("&Gebruik"), self.modus)
        form.addRow(tr("&Adres"), self.url)
        form.addRow(tr("API's"), self.roots)
        form.addRow(tr("A&uthenticatie"), self.auth)
        # Client-id and secret on one row, time-out and TLS on one: the dialog fits 1366x768.
        sleutel_rij = QHBoxLayout()
        sleutel_rij.addWidget(self.client_id, 1)
        geheim_label = QLabel(tr("G&eheim"))
        geheim_label.setBuddy(self.geheim)
        sleutel_rij.addSpacing(12)
        sleutel_rij.addWidget(geheim_label)
        sleutel_rij.addWidget(self.geheim, 2)
        form.addRow(tr("&Client-id"), sleutel_rij)
        tijd_rij = QHBoxLayout()
        tijd_rij.addWidget(self.timeout)
        tijd_rij.addSpacing(16)
        tijd_rij.addWidget(self.tls, 1)
        form.addRow(tr("&Time-out"), tijd_rij)
        buddies: tuple[tuple[QWidget | QLayout, QWidget], ...] = (
            (self.modus, self.modus),
            (self.url, self.url),
            (self.auth, self.auth),
            (sleutel_rij, self.client_id),
            (tijd_rij, self.timeout),
        )
        for rij, veld in buddies:
            rij_label = form.labelForField(rij)
            if isinstance(rij_label, QLabel):
                rij_label.setBuddy(veld)
        test_rij = QHBoxLayout()
        test_rij.addWidget(
            self.test_knop, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        test_rij.addWidget(self.uitslag, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.slot)
        layout.addLayout(form)
        layout.addLayout(test_rij)
        layout.addStretch(1)
        self.modus.currentIndexChanged.connect(self._bijwerken)
        self.auth.currentIndexChanged.connect(self._bijwerken)
        self.url.textChanged.connect(self._bijwerken)
        self.laad(None, Modus.OEFENOMGEVING)

    # -- values ----------------------------------------------------------------------------

    @property
    def gekozen_modus(self) -> Modus:
        """The modus chosen."""
        try:
            return Modus(self.modus.currentData())
        except ValueError:
            return Modus.UIT

    @property
    def auth_soort(self) -> AuthSoort:
        """The auth kind chosen."""
        try:
            return AuthSoort(self.auth.currentData())
        except ValueError:
            return AuthSoort.GEEN

    def laad(self, inst: BronInstelling | None, modus: Modus) -> None:
        """Show ``inst`` (None: nothing set for this source yet) in ``modus``."""
        _kies(self.modus, modus)
        self.url.setText(inst.url if inst else "")
        self._api_urls = dict(inst.api_urls) if inst else {}
        _kies(self.auth, (inst.auth if inst else None) or STANDAARD_AUTH[self.bron])
        self.client_id.setText(inst.client_id if inst else "")
        self.timeout.setValue(inst.timeout_s if inst else 10.0)
        self.tls.setChecked(inst.tls_verifieren if inst else True)
        self.geheim.clear()
        self.toon_uitslag("", "info")
        self._bijwerken()

    def instelling(self) -> BronInstelling | None:
        """The source as typed; None when it is ``ingesteld`` without a URL (nothing to save)."""
        modus = self.gekozen_modus
        url = self.url.text().strip()
        if modus is Modus.INGESTELD and not url:
            return None
        return BronInstelling(
            modus=modus,
            url=url,
            api_urls=self._api_urls,
            auth=self.auth_soort,
            client_id=self.client_id.text().strip(),
            timeout_s=self.timeout.value(),
            tls_verifieren=self.tls.isChecked(),
        )

    def endpoints(self) -> dict[ApiNaam, ApiInstelling]:
        """The API roots as typed (empty without a URL)."""
        inst = self.instelling()
        if inst is None or not inst.url:
            return {}
        return inst.endpoints(self.bron)

    # -- locks and state --------------------------------------------------------------------

    def vergrendel(self, reden: str | None, *, tls_reden: str | None = None) -> None:
        """Lock every field but the secret (``reden``), or only TLS verification (``tls_reden``)."""
        self._vast = reden is not None
        self._tls_vast = tls_reden is not None
        tekst = tr("{} Alleen het geheim vult u zelf in.").format(reden) if reden else ""
        self.slot.setText(tekst)
        self.slot.setVisible(bool(tekst))
        self.tls.setToolTip(
            tr("Certificaten worden altijd gecontroleerd. {}").format(tls_reden or reden or "")
            if self._vast or self._tls_vast
            else ""
        )
        self._bijwerken()

    def _bijwerken(self, *_: object) -> None:
        modus = self.gekozen_modus
        ingesteld = modus is Modus.INGESTELD
        bewerkbaar = not self._vast
        self.modus.setEnabled(bewerkbaar)
        for veld in (self.url, self.auth, self.timeout):
            veld.setEnabled(bewerkbaar and ingesteld)
        self.client_id.setEnabled(bewerkbaar and ingesteld and self.auth_soort is AuthSoort.ZGW_JWT)
        self.geheim.setEnabled(ingesteld and self.auth_soort.vraagt_geheim)
        self.tls.setEnabled(bewerkbaar and ingesteld and not self._tls_vast)
        if self._tls_vast:
            self.tls.setChecked(True)
        self.test_knop.setEnabled(modus is not Modus.UIT)
        self.roots.setText(self._roots_tekst(modus))

    def _roots_tekst(self, modus: Modus) -> str:
        if modus is Modus.UIT:
            return tr("Niet gebruikt: de schermen tonen deze bron als 'niet ingesteld'.")
        if modus is Modus.OEFENOMGEVING:
            return tr("De ingebouwde oefenomgeving, met fictieve gegevens.")
        url = self.url.text().strip()
        if not url or controleer_url(url):
            return tr("Vul het adres van de server in, of van een van zijn API's.")
        roots = api_roots(self.bron, url)
        roots.update({api: u for api, u in self._api_urls.items() if api in roots})
        if len(roots) == 1:
            return next(iter(roots.values()))
        return "\n".join(f"{API_KORT[api]}: {root}" for api, root in roots.items())

    def toon_opgeslagen(self, opgeslagen: bool) -> None:
        """Say in the secret field whether the keyring already holds one for this profile."""
        self.geheim.setPlaceholderText(
            tr("Opgeslagen in de sleutelbos — leeg laten om het te houden")
            if opgeslagen
            else tr("Nog geen geheim opgeslagen voor dit profiel")
        )

    def toon_uitslag(self, tekst: str, niveau: str) -> None:
        """Show a test outcome (plain text) in the given level."""
        self.uitslag.setText(tekst)
        self.uitslag.setProperty("niveau", niveau)
        self.uitslag.style().unpolish(self.uitslag)
        self.uitslag.style().polish(self.uitslag)
        self.uitslag.setVisible(bool(tekst))


class InstellingenDialoog(QDialog):
    """Settings of this user; secrets go to keyring, the rest to the user's settings.json."""

    #: Settings were saved; carries the user's Instellingen written.
    bewaard = Signal(object)
    #: A connection test finished; carries its Testuitslag.
    getest = Signal(object)

    def __init__(
        self,
        instellingen: Instellingen | Configuratie,
        *,
        pad: Path | None = None,
        oefen: Mapping[ApiNaam, tuple[ApiInstelling, str]] | None = None,
        melding: str = "",
        parent: QWidget | None = None,
        controller: InstellingenController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Instellingen"))
        self.setModal(True)
        configuratie = (
            instellingen
            if isinstance(instellingen, Configuratie)
            else Configuratie(instellingen, instellingen)
        )
        self._configuratie = configuratie
        self.vergrendeling: Vergrendeling = configuratie.vergrendeling
        effectief = configuratie.effectief
        self._pad = pad
        #: Runs the connection tests; this dialog shows their state and outcome.
        self.controller = controller if controller is not None else InstellingenController(oefen)
        self.controller.setParent(self)
        self.controller.bezigGewijzigd.connect(self._test_bezig)
        self.controller.getest.connect(self._getest)
        #: Every profile as edited so far in this dialog (switching keeps the edits).
        self._profielen: dict[str, Profiel] = dict(effectief.profielen)
        self._huidig = effectief.profiel

        intro = QLabel(
            tr(
                "Per bron: een echte server, uit of de oefenomgeving. Geldt na een herstart; "
                "geheimen staan alleen in de sleutelbos van dit account."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("rol", "gedempt")
        self.slot = _slot_label()
        self.slot.setAccessibleName(tr("Vastgelegd door de beheerder"))
        vast = self._wat_vast_is()
        if vast:
            self.slot.setText(
                tr("Vastgelegd door uw beheerder ({}): {}.").format(
                    self.vergrendeling.pad, "; ".join(vast)
                )
            )
            self.slot.show()

        # -- the agent and the profile
        self.profiel = QComboBox()
        toegestaan = self.vergrendeling.toegestane_profielen
        namen = list(toegestaan) if toegestaan is not None else list(VOORGESTELDE_PROFIELEN)
        for naam in [*self._profielen, effectief.profiel]:
            if naam not in namen and self.vergrendeling.profiel_toegestaan(naam):
                namen.append(naam)
        for naam in namen:
            self.profiel.addItem(naam, naam)
        self.profiel.setEditable(toegestaan is None)
        if toegestaan is not None:
            self.profiel.setToolTip(
                tr("Alleen deze profielen zijn toegestaan. {}").format(self.vergrendeling.reden)
            )
        _kies(self.profiel, effectief.profiel)
        self.profiel.setAccessibleName(tr("Profiel"))
        self.profiel.setAccessibleDescription(tr("De set bronnen die u gebruikt"))
        self.medewerker_id = QLineEdit(effectief.medewerker_id)
        self.medewerker_id.setAccessibleName(tr("Medewerker-id"))
        self.medewerker_id.setAccessibleDescription(tr("Uw id in Open Klant"))
        self.medewerker_naam = QLineEdit(effectief.medewerker_naam)
        self.medewerker_naam.setAccessibleName(tr("Naam van de medewerker"))
        self.medewerker_naam.setAccessibleDescription(tr("Zoals die bij een contact komt te staan"))
        self.rol = QComboBox()
        for rol, label in ROL_LABELS.items():
            self.rol.addItem(tr(label), rol.value)
        _kies(self.rol, effectief.rol)
        self.rol.setAccessibleName(tr("Rol"))
        self.rol.setAccessibleDescription(tr("Een teamleider ziet ook de contacthistorie"))
        self.vertrouwelijkheid = QComboBox()
        plafond = self.vergrendeling.max_vertrouwelijkheid
        for waarde in VERTROUWELIJKHEDEN:
            self.vertrouwelijkheid.addItem(vertrouwelijkheid_label(waarde), waarde)
            if plafond is not None and waarde == plafond:
                break
        if plafond is not None:
            self.vertrouwelijkheid.setToolTip(
                tr("Hoger dan '{}' kan niet. {}").format(
                    vertrouwelijkheid_label(plafond), self.vergrendeling.reden
                )
            )
        _kies(self.vertrouwelijkheid, effectief.max_vertrouwelijkheid)
        self.vertrouwelijkheid.setAccessibleName(tr("Hoogste vertrouwelijkheid die u mag openen"))
        self.vertrouwelijkheid.setAccessibleDescription(tr("Wat hoger is blijft dicht"))
        self.taal = QComboBox()  # each language in its own name; "" follows the system
        self.taal.addItem(tr("Zoals het systeem"), "")
        for code, naam_taal in TALEN.items():
            self.taal.addItem(naam_taal, code)
        _kies(self.taal, effectief.taal)
        self.taal.setAccessibleName(tr("Taal van de schermen"))
        self.taal.setToolTip(tr("Taal van de schermen; geldt na een herstart."))
        algemeen = QGroupBox(tr("Medewerker en profiel"))
        raster = QGridLayout(algemeen)
        for rij, (label, veld, kolom) in enumerate(
            (
                (tr("&Profiel"), self.profiel, 0),
                (tr("&Rol"), self.rol, 0),
                (tr("Hoogste &vertrouwelijkheid"), self.vertrouwelijkheid, 0),
                (tr("Medewerker-&id"), self.medewerker_id, 2),
                (tr("&Naam"), self.medewerker_naam, 2),
                (tr("&Taal"), self.taal, 0),
            )
        ):
            label_widget = QLabel(label)
            label_widget.setBuddy(veld)
            r = rij if kolom == 0 else rij - 3
            raster.addWidget(label_widget, r, kolom)
            raster.addWidget(veld, r, kolom + 1)
        # Sessions: how many contacts at once, and the nawerk's countdown after each.
        self.max_sessies = QSpinBox()
        self.max_sessies.setRange(*_bereik("max_sessies"))
        self.max_sessies.setValue(effectief.max_sessies)
        self.max_sessies.setAccessibleName(tr("Aantal sessies tegelijk"))
        self.max_sessies.setToolTip(tr("1: één klant tegelijk, zonder sessietabbladen."))
        self.nawerk_s = QSpinBox()
        self.nawerk_s.setRange(*_bereik("nawerk_s"))
        self.nawerk_s.setSingleStep(15)
        self.nawerk_s.setSuffix(tr(" s"))
        self.nawerk_s.setSpecialValueText(tr("geen nawerk"))
        self.nawerk_s.setValue(effectief.nawerk_s)
        self.nawerk_s.setAccessibleName(tr("Nawerk na een contact, in seconden"))
        self.nawerk_s.setAccessibleDescription(
            tr("Hoelang een sessie na het einde van het contact hoogstens in nawerk blijft.")
        )
        # Beside the language (no row of their own: the dialog must fit 1366×768).
        sessies_label = QLabel(tr("&Sessies tegelijk"))
        sessies_label.setBuddy(self.max_sessies)
        nawerk_label = QLabel(tr("Na&werk (hoogstens)"))
        nawerk_label.setBuddy(self.nawerk_s)
        sessierij = QHBoxLayout()
        sessierij.setContentsMargins(0, 0, 0, 0)
        for widget in (self.max_sessies, nawerk_label, self.nawerk_s):
            sessierij.addWidget(widget)
        sessierij.addStretch(1)
        raster.addWidget(sessies_label, 5, 2)
        raster.addLayout(sessierij, 5, 3)
        raster.setColumnStretch(1, 1)
        raster.setColumnStretch(3, 1)
        self.profiel_uitleg = QLabel()
        self.profiel_uitleg.setWordWrap(True)
        self.profiel_uitleg.setProperty("rol", "gedempt")
        raster.addWidget(self.profiel_uitleg, 2, 2, 1, 2)

        # -- one tab per source
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Bronnen"))
        self.tabs.tabBar().setAccessibleDescription(tr("Instellingen per bron"))
        self.formulieren: dict[Bron, BronFormulier] = {}
        for bron in Bron:
            formulier = BronFormulier(bron)
            formulier.test_knop.clicked.connect(lambda _=False, b=bron: self.test(b))
            self.formulieren[bron] = formulier
            self.tabs.addTab(formulier, tr(BRON_TITELS[bron]))

        self.melding = QLabel(melding)
        self.melding.setTextFormat(Qt.TextFormat.PlainText)
        self.melding.setWordWrap(True)
        self.melding.setProperty("niveau", "fout")
        self.melding.setVisible(bool(melding))
        self.knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        bewaar = self.knoppen.button(QDialogButtonBox.StandardButton.Save)
        bewaar.setText(tr("&Bewaren"))
        bewaar.setProperty("variant", "primary")
        bewaar.setAccessibleName(tr("Instellingen bewaren"))
        bewaar.setAccessibleDescription(tr("Bewaart en sluit het venster"))
        annuleer = self.knoppen.button(QDialogButtonBox.StandardButton.Cancel)
        annuleer.setText(tr("Annuleren"))
        annuleer.setAccessibleName(tr("Annuleren zonder te bewaren"))
        annuleer.setAccessibleDescription(tr("Sluit het venster; er verandert niets"))
        self.knoppen.accepted.connect(self.bewaar)
        self.knoppen.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.slot)
        layout.addWidget(algemeen)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.melding)
        layout.addWidget(self.knoppen)
        self._laad_profiel(self._huidig)
        self.profiel.currentIndexChanged.connect(self._profiel_gewijzigd)
        edit = self.profiel.lineEdit()
        if edit is not None:
            edit.editingFinished.connect(self._profiel_gewijzigd)
            edit.setAccessibleName(tr("Profiel"))
        self.resize(960, 660)

    def _wat_vast_is(self) -> list[str]:
        """What the site file locks, one short phrase each, for the note at the top."""
        v = self.vergrendeling
        if v.pad is None:
            return []
        vast: list[str] = []
        if v.toegestane_profielen is not None:
            vast.append(tr("alleen de profielen {}").format(", ".join(v.toegestane_profielen)))
        if v.vaste_profielen:
            vast.append(tr("de bronnen van {}").format(", ".join(sorted(v.vaste_profielen))))
        if v.tls_verplicht:
            vast.append(tr("certificaten altijd controleren"))
        if v.max_vertrouwelijkheid:
            label = vertrouwelijkheid_label(v.max_vertrouwelijkheid).lower()
            vast.append(tr("vertrouwelijkheid hoogstens {}").format(label))
        return vast

    @classmethod
    def toon(
        cls,
        parent: QWidget | None = None,
        *,
        oefen: Mapping[ApiNaam, tuple[ApiInstelling, str]] | None = None,
    ) -> InstellingenDialoog:
        """Read the settings and open the dialog (window-modal, never ``exec()``)."""
        melding = ""
        configuratie: Instellingen | Configuratie
        try:
            configuratie = lees_configuratie()
        except KlantbeeldError as e:
            configuratie = Instellingen()
            melding = tr("De bewaarde instellingen waren niet te lezen; u ziet de standaard. {}")
            melding = melding.format(e)
        dialoog = cls(configuratie, oefen=oefen, melding=melding, parent=parent)
        dialoog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialoog.open()
        return dialoog

    # -- profile ----------------------------------------------------------------------------

    @property
    def gekozen_profiel(self) -> str:
        """The profile chosen or typed in the dialog (secrets are keyed by it)."""
        if self.profiel.isEditable():
            return self.profiel.currentText().strip()
        return str(self.profiel.currentData() or self._huidig)

    def _profiel_gewijzigd(self, *_: object) -> None:
        nieuw = self.gekozen_profiel
        if nieuw == self._huidig or controleer_profielnaam(nieuw):
            return
        self._onthoud_profiel()
        self._laad_profiel(nieuw)

    def _onthoud_profiel(self) -> None:
        """Keep the forms' values of the profile shown, so switching back shows them again."""
        if self.vergrendeling.profiel_vast(self._huidig):
            return
        bronnen = {
            bron: inst
            for bron, formulier in self.formulieren.items()
            if (inst := formulier.instelling()) is not None
        }
        self._profielen[self._huidig] = Profiel(bronnen=bronnen)

    def _laad_profiel(self, naam: str) -> None:
        self._huidig = naam
        profiel = self._profielen.get(naam) or Profiel()
        vast = self.vergrendeling.profiel_vast(naam)
        reden = self.vergrendeling.reden if vast else None
        tls_reden = self.vergrendeling.reden if self.vergrendeling.tls_verplicht else None
        for bron, formulier in self.formulieren.items():
            formulier.laad(profiel.bronnen.get(bron), profiel.modus(bron))
            formulier.vergrendel(reden, tls_reden=tls_reden)
            try:
                geheim = lees_geheim(naam, bron.value, vroeger=OUDE_GEHEIMNAMEN.get(bron, ()))
                opgeslagen = bool(geheim)
            except KlantbeeldError:
                opgeslagen = False
            formulier.toon_opgeslagen(opgeslagen)
        self.profiel_uitleg.setText(
            tr("Profiel vastgelegd door uw beheerder.")
            if vast
            else tr("Een nieuwe naam typen maakt een nieuw profiel.")
            if self.profiel.isEditable()
            else ""
        )

    # -- testing ----------------------------------------------------------------------------

    def test(self, bron: Bron) -> asyncio.Task[None] | None:
        """Start "Verbinding testen" for ``bron`` (through the controller); the dialog stays usable.

        Returns the test's task, or None when no test can run yet.
        """
        formulier = self.formulieren[bron]
        formulier.toon_uitslag(tr("Bezig met testen…"), "info")
        taak = self.controller.test(
            Verbindingsverzoek(
                bron,
                formulier.instelling(),
                formulier.geheim.text(),
                self.gekozen_profiel,
                medewerker_id=self.medewerker_id.text().strip(),
                medewerker_naam=self.medewerker_naam.text().strip(),
            )
        )
        if taak is None:  # no event loop running
            formulier.toon_uitslag(tr("Testen kan nu niet: de app is nog niet gestart."), "fout")
        return taak

    def _test_bezig(self, bron: Bron, bezig: bool) -> None:
        self.formulieren[bron].test_knop.setEnabled(not bezig)

    def _getest(self, bron: Bron, uitslag: Testuitslag) -> None:
        self.formulieren[bron].toon_uitslag(uitslag.melding, "succes" if uitslag.ok else "fout")
        self.getest.emit(uitslag)

    # -- saving -----------------------------------------------------------------------------

    def bewaar(self) -> None:
        """Check, write the user's settings.json and the typed secrets, and close.

        Profiles the site file defines are not written (they are the site's); their secrets are.
        Stays open with the reason on an error.
        """
        naam = self.gekozen_profiel
        fout = controleer_profielnaam(naam)
        if fout:
            self.profiel.setFocus()
            self._toon_fout(tr(fout))
            return
        if not self.vergrendeling.profiel_toegestaan(naam):
            self._toon_fout(tr("Profiel '{}' is niet toegestaan.").format(naam))
            return
        vast = self.vergrendeling.profiel_vast(naam)
        for bron, formulier in self.formulieren.items():
            if vast or formulier.gekozen_modus is not Modus.INGESTELD:
                continue
            url = formulier.url.text().strip()
            fout = controleer_url(url) if url else tr("Vul het adres in, of kies 'Uit'.")
            if fout:
                self.tabs.setCurrentWidget(formulier)
                formulier.url.setFocus()
                self._toon_fout(f"{tr(BRON_TITELS[bron])}: {tr(fout)}")
                return
        self._huidig = naam  # a name typed but not confirmed takes the forms as they are
        self._onthoud_profiel()
        gebruiker = self._configuratie.gebruiker
        eigen = {
            n: p
            for n, p in self._profielen.items()
            if not self.vergrendeling.profiel_vast(n)
            and (n == naam or n in gebruiker.profielen or not _alles_oefen(p))
        }
        nieuw = gebruiker.model_copy(
            update={
                "profiel": naam,
                "profielen": eigen,
                "medewerker_id": self.medewerker_id.text().strip(),
                "medewerker_naam": self.medewerker_naam.text().strip(),
                "rol": Rol(self.rol.currentData() or Rol.MEDEWERKER),
                "max_vertrouwelijkheid": str(self.vertrouwelijkheid.currentData()),
                "max_sessies": self.max_sessies.value(),
                "nawerk_s": self.nawerk_s.value(),
                "taal": str(self.taal.currentData() or ""),
            }
        )
        try:
            for bron, formulier in self.formulieren.items():
                geheim = formulier.geheim.text()
                if geheim and formulier.gekozen_modus is Modus.INGESTELD:
                    bewaar_geheim(naam, bron.value, geheim)
            bewaar_instellingen(nieuw, self._pad)
        except (KlantbeeldError, OSError) as e:
            self._toon_fout(tr("Bewaren lukte niet: {}").format(e))
            return
        for formulier in self.formulieren.values():
            formulier.geheim.clear()
        self.bewaard.emit(nieuw)
        self.accept()

    @property
    def pad(self) -> Path:
        """Where the settings are written."""
        return self._pad or settings_path()

    def _toon_fout(self, tekst: str) -> None:
        self.melding.setText(tekst)
        self.melding.setVisible(True)

    # -- closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Cancel running tests, then close."""
        self._stop_taken()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel running tests before the dialog goes."""
        self._stop_taken()
        super().closeEvent(event)

    def _stop_taken(self) -> None:
        self.controller.stop()
