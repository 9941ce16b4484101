"""The settings dialog: the servers per API (with "Verbinding testen"), profile, agent and role.

Opened with :meth:`InstellingenDialoog.toon` (``.open()``, never ``exec()``). Saving writes
settings.json through :func:`~klantbeeld.services.settings.bewaar_instellingen` and every
typed secret through :mod:`klantbeeld.services.secrets` (keyring, per profile); a secret
never reaches the file. The app reads the new settings on its next start, and says so.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.services.errors import KlantbeeldError
from klantbeeld.services.secrets import bewaar_geheim, lees_geheim
from klantbeeld.services.settings import (
    ApiInstelling,
    ApiNaam,
    AuthSoort,
    Instellingen,
    Rol,
    bewaar_instellingen,
    laad_instellingen,
    settings_path,
)
from klantbeeld.services.verbindingstest import Testuitslag, controleer_url, controleer_verbinding


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Instellingen)."""
    return QCoreApplication.translate("Instellingen", text)


#: The profiles an installation can run as; secrets are stored per profile.
PROFIELEN: tuple[tuple[str, str], ...] = (
    ("oefen", "Oefenen"),
    ("acceptatie", "Acceptatie"),
    ("productie", "Productie"),
)

#: The tab title of each API, in the order the tabs show.
API_TITELS: dict[ApiNaam, str] = {
    ApiNaam.BRP: "BRP",
    ApiNaam.KVK_ZOEKEN: "KVK Zoeken",
    ApiNaam.KVK_BASISPROFIEL: "KVK Basisprofiel",
    ApiNaam.ZAKEN: "Zaken",
    ApiNaam.CATALOGI: "Catalogi",
    ApiNaam.DOCUMENTEN: "Documenten",
    ApiNaam.KLANTINTERACTIES: "Klantinteracties",
    ApiNaam.BETALINGEN: "Betalingen",
}

#: How each API usually authenticates (its spec), for an API not configured yet.
STANDAARD_AUTH: dict[ApiNaam, AuthSoort] = {
    ApiNaam.BRP: AuthSoort.API_KEY_HEADER,
    ApiNaam.KVK_ZOEKEN: AuthSoort.APIKEY,
    ApiNaam.KVK_BASISPROFIEL: AuthSoort.APIKEY,
    ApiNaam.ZAKEN: AuthSoort.ZGW_JWT,
    ApiNaam.CATALOGI: AuthSoort.ZGW_JWT,
    ApiNaam.DOCUMENTEN: AuthSoort.ZGW_JWT,
    ApiNaam.KLANTINTERACTIES: AuthSoort.TOKEN,
    ApiNaam.BETALINGEN: AuthSoort.TOKEN,
}

AUTH_LABELS: dict[AuthSoort, str] = {
    AuthSoort.GEEN: "Geen",
    AuthSoort.ZGW_JWT: "ZGW JWT (client-id en geheim)",
    AuthSoort.TOKEN: "Token (Authorization: Token …)",
    AuthSoort.APIKEY: "KVK apikey",
    AuthSoort.API_KEY_HEADER: "API-sleutel (X-API-KEY)",
}

ROL_LABELS: dict[Rol, str] = {Rol.MEDEWERKER: "Medewerker", Rol.TEAMLEIDER: "Teamleider"}

#: The vertrouwelijkheidaanduidingen of the ZGW standard, lowest first.
VERTROUWELIJKHEDEN: tuple[tuple[str, str], ...] = (
    ("openbaar", "Openbaar"),
    ("beperkt_openbaar", "Beperkt openbaar"),
    ("intern", "Intern"),
    ("zaakvertrouwelijk", "Zaakvertrouwelijk"),
    ("vertrouwelijk", "Vertrouwelijk"),
    ("confidentieel", "Confidentieel"),
    ("geheim", "Geheim"),
    ("zeer_geheim", "Zeer geheim"),
)


def _kies(combo: QComboBox, waarde: str) -> None:
    index = combo.findData(str(waarde))
    if index >= 0:
        combo.setCurrentIndex(index)


class ApiFormulier(QWidget):
    """The fields of one API: base URL, auth kind, client id, secret, time-out, and a test."""

    def __init__(
        self,
        api: ApiNaam,
        instelling: ApiInstelling | None,
        *,
        oefen_url: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.api = api
        titel = tr(API_TITELS[api])
        self.url = QLineEdit(instelling.base_url if instelling else "")
        self.url.setPlaceholderText(
            tr("Leeg: de oefenomgeving ({})").format(oefen_url)
            if oefen_url
            else tr("Leeg: niet gebruiken. Bijvoorbeeld https://server.gemeente.nl/api/v1")
        )
        self.url.setAccessibleName(tr("Basis-URL van {}").format(titel))
        self.auth = QComboBox()
        for soort, label in AUTH_LABELS.items():
            self.auth.addItem(tr(label), soort.value)
        _kies(self.auth, instelling.auth if instelling else STANDAARD_AUTH[api])
        self.auth.setAccessibleName(tr("Soort authenticatie van {}").format(titel))
        self.client_id = QLineEdit(instelling.client_id if instelling else "")
        self.client_id.setAccessibleName(tr("Client-id van {}").format(titel))
        self.geheim = QLineEdit()
        self.geheim.setEchoMode(QLineEdit.EchoMode.Password)
        self.geheim.setAccessibleName(tr("Geheim of sleutel van {}").format(titel))
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1.0, 120.0)
        self.timeout.setDecimals(0)
        self.timeout.setSuffix(tr(" s"))
        self.timeout.setValue(instelling.timeout_s if instelling else 10.0)
        self.timeout.setAccessibleName(tr("Time-out van {} in seconden").format(titel))

        self.test_knop = QPushButton(tr("Verbinding testen"))
        self.test_knop.setProperty("variant", "secondary")
        self.test_knop.setAccessibleName(tr("Verbinding met {} testen").format(titel))
        self.uitslag = QLabel()
        self.uitslag.setTextFormat(Qt.TextFormat.PlainText)
        self.uitslag.setWordWrap(True)
        self.uitslag.setProperty("niveau", "info")
        self.uitslag.setAccessibleName(tr("Uitslag van de verbindingstest"))
        self.uitslag.hide()

        form = QFormLayout()
        form.addRow(tr("&Basis-URL"), self.url)
        form.addRow(tr("&Authenticatie"), self.auth)
        form.addRow(tr("&Client-id"), self.client_id)
        form.addRow(tr("&Geheim"), self.geheim)
        form.addRow(tr("&Time-out"), self.timeout)
        for veld in (self.url, self.auth, self.client_id, self.geheim, self.timeout):
            veld_label = form.labelForField(veld)
            if isinstance(veld_label, QLabel):
                veld_label.setBuddy(veld)
        test_rij = QHBoxLayout()
        test_rij.addWidget(self.test_knop, 0, Qt.AlignmentFlag.AlignTop)
        test_rij.addWidget(self.uitslag, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_rij)
        layout.addStretch(1)
        self.auth.currentIndexChanged.connect(self._auth_gewijzigd)
        self._auth_gewijzigd()

    @property
    def auth_soort(self) -> AuthSoort:
        """The auth kind chosen."""
        try:
            return AuthSoort(self.auth.currentData())
        except ValueError:
            return AuthSoort.GEEN

    def _auth_gewijzigd(self, *_: object) -> None:
        soort = self.auth_soort
        self.client_id.setEnabled(soort is AuthSoort.ZGW_JWT)
        self.geheim.setEnabled(soort is not AuthSoort.GEEN)

    def toon_opgeslagen(self, opgeslagen: bool) -> None:
        """Say in the secret field whether the keyring already holds one for this profile."""
        self.geheim.setPlaceholderText(
            tr("Opgeslagen in de sleutelbos — leeg laten om het te houden")
            if opgeslagen
            else tr("Nog geen geheim opgeslagen voor dit profiel")
        )

    def instelling(self) -> ApiInstelling | None:
        """The settings as typed; None when the URL is empty (API not used)."""
        url = self.url.text().strip()
        if not url:
            return None
        return ApiInstelling(
            base_url=url,
            auth=self.auth_soort,
            client_id=self.client_id.text().strip(),
            timeout_s=self.timeout.value(),
        )

    def toon_uitslag(self, tekst: str, niveau: str) -> None:
        """Show a test outcome (plain text) in the given level."""
        self.uitslag.setText(tekst)
        self.uitslag.setProperty("niveau", niveau)
        self.uitslag.style().unpolish(self.uitslag)
        self.uitslag.style().polish(self.uitslag)
        self.uitslag.setVisible(bool(tekst))


class InstellingenDialoog(QDialog):
    """Settings of this installation; secrets go to keyring, the rest to settings.json."""

    #: Settings were saved; carries the Instellingen written.
    bewaard = Signal(object)
    #: A connection test finished; carries its Testuitslag.
    getest = Signal(object)

    def __init__(
        self,
        instellingen: Instellingen,
        *,
        pad: Path | None = None,
        oefen: Mapping[ApiNaam, tuple[ApiInstelling, str]] | None = None,
        oefenomgeving: bool = False,
        melding: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Instellingen"))
        self.setModal(True)
        self._instellingen = instellingen
        self._pad = pad
        self._oefen = dict(oefen or {})
        self._taken: dict[ApiNaam, asyncio.Task[None]] = {}

        intro = QLabel(
            tr(
                "Wijzigingen gelden na een herstart van Klantbeeld. Geheimen en sleutels "
                "worden in de sleutelbos van dit account bewaard, nooit in het "
                "instellingenbestand."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("rol", "gedempt")
        self.oefen_melding = QLabel(
            tr(
                "U werkt nu in de oefenomgeving met fictieve gegevens. Laat de adressen leeg "
                "om daar te blijven; vul ze in om met echte servers te werken."
            )
        )
        self.oefen_melding.setWordWrap(True)
        self.oefen_melding.setProperty("niveau", "info")
        self.oefen_melding.setVisible(oefenomgeving or bool(self._oefen))

        # -- the agent and the profile
        self.profiel = QComboBox()
        for waarde, label in PROFIELEN:
            self.profiel.addItem(tr(label), waarde)
        if self.profiel.findData(instellingen.profiel) < 0:
            self.profiel.addItem(instellingen.profiel, instellingen.profiel)
        _kies(self.profiel, instellingen.profiel)
        self.profiel.setAccessibleName(tr("Profiel"))
        self.medewerker_id = QLineEdit(instellingen.medewerker_id)
        self.medewerker_id.setAccessibleName(tr("Medewerker-id"))
        self.medewerker_naam = QLineEdit(instellingen.medewerker_naam)
        self.medewerker_naam.setAccessibleName(tr("Naam van de medewerker"))
        self.rol = QComboBox()
        for rol, label in ROL_LABELS.items():
            self.rol.addItem(tr(label), rol.value)
        _kies(self.rol, instellingen.rol)
        self.rol.setAccessibleName(tr("Rol"))
        self.vertrouwelijkheid = QComboBox()
        for waarde, label in VERTROUWELIJKHEDEN:
            self.vertrouwelijkheid.addItem(tr(label), waarde)
        _kies(self.vertrouwelijkheid, instellingen.max_vertrouwelijkheid)
        self.vertrouwelijkheid.setAccessibleName(tr("Hoogste vertrouwelijkheid die u mag openen"))
        algemeen = QGroupBox(tr("Medewerker en profiel"))
        form = QFormLayout(algemeen)
        form.addRow(tr("&Profiel"), self.profiel)
        form.addRow(tr("Medewerker-&id"), self.medewerker_id)
        form.addRow(tr("&Naam"), self.medewerker_naam)
        form.addRow(tr("&Rol"), self.rol)
        form.addRow(tr("Hoogste &vertrouwelijkheid"), self.vertrouwelijkheid)

        # -- one tab per API
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Servers per API"))
        self.formulieren: dict[ApiNaam, ApiFormulier] = {}
        for api, titel in API_TITELS.items():
            oefen_inst = self._oefen.get(api)
            formulier = ApiFormulier(
                api,
                instellingen.apis.get(api),
                oefen_url=oefen_inst[0].base_url if oefen_inst else "",
            )
            formulier.test_knop.clicked.connect(lambda _=False, a=api: self.test(a))
            self.formulieren[api] = formulier
            self.tabs.addTab(formulier, tr(titel))
        servers = QGroupBox(tr("Servers"))
        QVBoxLayout(servers).addWidget(self.tabs)

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
        annuleer = self.knoppen.button(QDialogButtonBox.StandardButton.Cancel)
        annuleer.setText(tr("Annuleren"))
        annuleer.setAccessibleName(tr("Annuleren zonder te bewaren"))
        self.knoppen.accepted.connect(self.bewaar)
        self.knoppen.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.oefen_melding)
        layout.addWidget(algemeen)
        layout.addWidget(servers, 1)
        layout.addWidget(self.melding)
        layout.addWidget(self.knoppen)
        self.profiel.currentIndexChanged.connect(self._profiel_gewijzigd)
        self._profiel_gewijzigd()
        self.resize(940, 660)

    @classmethod
    def toon(
        cls,
        parent: QWidget | None = None,
        *,
        oefen: Mapping[ApiNaam, tuple[ApiInstelling, str]] | None = None,
        oefenomgeving: bool = False,
    ) -> InstellingenDialoog:
        """Read the settings and open the dialog (window-modal, never ``exec()``)."""
        melding = ""
        try:
            instellingen = laad_instellingen()
        except KlantbeeldError as e:
            instellingen = Instellingen()
            melding = tr("De bewaarde instellingen waren niet te lezen; u ziet de standaard. {}")
            melding = melding.format(e)
        dialoog = cls(
            instellingen, oefen=oefen, oefenomgeving=oefenomgeving, melding=melding, parent=parent
        )
        dialoog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialoog.open()
        return dialoog

    # -- profile ----------------------------------------------------------------------------

    @property
    def gekozen_profiel(self) -> str:
        """The profile chosen in the dialog (secrets are keyed by it)."""
        return str(self.profiel.currentData() or self._instellingen.profiel)

    def _profiel_gewijzigd(self, *_: object) -> None:
        profiel = self.gekozen_profiel
        for api, formulier in self.formulieren.items():
            try:
                opgeslagen = bool(lees_geheim(profiel, api.value))
            except KlantbeeldError:
                opgeslagen = False
            formulier.toon_opgeslagen(opgeslagen)

    # -- testing ----------------------------------------------------------------------------

    def test(self, api: ApiNaam) -> None:
        """Start "Verbinding testen" for ``api`` as a task; the dialog stays usable."""
        oud = self._taken.pop(api, None)
        if oud is not None and not oud.done():
            oud.cancel()
        formulier = self.formulieren[api]
        try:
            self._taken[api] = asyncio.ensure_future(self._test(api))
        except RuntimeError:  # no event loop running
            formulier.toon_uitslag(tr("Testen kan nu niet: de app is nog niet gestart."), "fout")

    async def _test(self, api: ApiNaam) -> None:
        formulier = self.formulieren[api]
        formulier.test_knop.setEnabled(False)
        formulier.toon_uitslag(tr("Bezig met testen…"), "info")
        try:
            uitslag = await self._controleer(api, formulier)
        finally:
            if shiboken6.isValid(formulier):
                formulier.test_knop.setEnabled(True)
        if not shiboken6.isValid(formulier):
            return
        formulier.toon_uitslag(uitslag.melding, "succes" if uitslag.ok else "fout")
        self.getest.emit(uitslag)

    async def _controleer(self, api: ApiNaam, formulier: ApiFormulier) -> Testuitslag:
        url = formulier.url.text().strip()
        if not url and api in self._oefen:
            inst, geheim = self._oefen[api]
            uitslag = await controleer_verbinding(api, inst, geheim)
            return Testuitslag(
                api,
                uitslag.ok,
                uitslag.melding + tr(" — oefenomgeving"),
                uitslag.status,
                uitslag.duur_ms,
            )
        if not url:
            return Testuitslag(api, False, tr("Vul eerst de basis-URL in."))
        fout = controleer_url(url)
        if fout:
            return Testuitslag(api, False, tr(fout))
        instelling = formulier.instelling()
        assert instelling is not None
        geheim = formulier.geheim.text()
        if not geheim:
            try:
                geheim = lees_geheim(self.gekozen_profiel, api.value) or ""
            except KlantbeeldError as e:
                return Testuitslag(api, False, str(e))
        return await controleer_verbinding(
            api,
            instelling,
            geheim,
            user_id=self.medewerker_id.text().strip(),
            user_representation=self.medewerker_naam.text().strip(),
        )

    # -- saving -----------------------------------------------------------------------------

    def bewaar(self) -> None:
        """Check, write settings.json and the typed secrets, and close; stay open on an error."""
        apis: dict[ApiNaam, ApiInstelling] = {}
        for api, formulier in self.formulieren.items():
            url = formulier.url.text().strip()
            if not url:
                continue
            fout = controleer_url(url)
            if fout:
                self.tabs.setCurrentWidget(formulier)
                formulier.url.setFocus()
                self._toon_fout(f"{tr(API_TITELS[api])}: {tr(fout)}")
                return
            instelling = formulier.instelling()
            if instelling is not None:
                apis[api] = instelling
        nieuw = self._instellingen.model_copy(
            update={
                "profiel": self.gekozen_profiel,
                "apis": apis,
                "medewerker_id": self.medewerker_id.text().strip(),
                "medewerker_naam": self.medewerker_naam.text().strip(),
                "rol": Rol(self.rol.currentData() or Rol.MEDEWERKER),
                "max_vertrouwelijkheid": str(self.vertrouwelijkheid.currentData()),
            }
        )
        try:
            for api, formulier in self.formulieren.items():
                geheim = formulier.geheim.text()
                if geheim:
                    bewaar_geheim(nieuw.profiel, api.value, geheim)
            bewaar_instellingen(nieuw, self._pad)
        except (KlantbeeldError, OSError) as e:
            self._toon_fout(tr("Bewaren lukte niet: {}").format(e))
            return
        for formulier in self.formulieren.values():
            formulier.geheim.clear()
        self._instellingen = nieuw
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
        for task in self._taken.values():
            if not task.done():
                with contextlib.suppress(RuntimeError):
                    task.cancel()
        self._taken.clear()
