"""Settings: named profiles of sources in the user file, under a site file the user cannot loosen.

Two files, both JSON of the same shape (schema 2):

- the **user file** ``settings.json`` in ``platformdirs.user_config_dir("klantbeeld")``
  (``KLANTBEELD_CONFIG_DIR`` redirects it), written by the settings dialog;
- the **site file** ``settings.json`` in ``platformdirs.site_config_dir("klantbeeld")``
  (``KLANTBEELD_SITE_CONFIG_DIR`` redirects it), deployed by an administrator to every workstation.
  It may add a ``beleid`` (:class:`Beleid`).

A profile (any name: ``test``, ``acceptatie``, ``productie``, ``productie-zuid``) says per source
(:class:`Bron`: BRP, KVK, Open Zaak, Klantinteracties, Betalingen) whether it is ``ingesteld``
(a real server), ``uit`` or on the ``oefenomgeving``. One Open Zaak server is one URL and one
credential for Zaken, Catalogi and Documenten; the URL may be the server root or any of its API
roots (:func:`api_roots`). No settings at all means: everything on the oefenomgeving.

What the site file locks (:func:`voeg_samen`; the user file cannot loosen any of it):

1. every profile the site file defines: its sources' modus, URL, API roots, auth kind, client id,
   time-out and TLS verification are the site's; a user profile of the same name is ignored.
   Only the secret is the user's own (in the user's keyring);
2. ``beleid.profielen``: when set, only these profile names can be used; another choice in the
   user file falls back to the site's ``profiel`` (or the first allowed one);
3. ``beleid.tls_verplicht`` (on unless the site file turns it off): every source of every profile
   verifies TLS certificates, whatever ``tls_verifieren`` a user file says;
4. ``beleid.max_vertrouwelijkheid``: a ceiling on the user's ``max_vertrouwelijkheid``.
5. the idle time before the screen locks (``vergrendelen_na_min``, 5 minutes by default): a user
   may lower the site's value, never raise it; ``beleid.max_vergrendelen_na_min`` sets the
   ceiling apart from the default.

Whatever either file says, a real server is only reached safely (:func:`onveilig_adres`): a source
at ``http://`` on a host other than loopback is switched ``uit``, and certificate verification
is never off for such a host (``beleid.tls_verplicht: false`` only lets it off on loopback); each
with a plain Dutch note in :attr:`Configuratie.meldingen`. Certificates are checked against the
operating system's trust store, so a municipality's own CA is trusted the way the PC trusts it.

Everything else the site file sets (``profiel``, ``rol``, ``onderwerpen``, ...) is a default that
the user file may override. Secrets are never stored in either file; see
:mod:`klantbeeld.services.werkplek.secrets`.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit, urlunsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from klantbeeld.services.klantbeeld.vertrouwelijkheid import VERTROUWELIJKHEDEN, rang
from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding.errors import ConfiguratieFout

SCHEMA_VERSION = 2
CONFIG_ENV = "KLANTBEELD_CONFIG_DIR"
SITE_CONFIG_ENV = "KLANTBEELD_SITE_CONFIG_DIR"
DATA_ENV = "KLANTBEELD_DATA_DIR"

M = TypeVar("M", bound=BaseModel)


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Instellingen", as the settings dialog)."""
    return vertaal("Instellingen", text)


class ApiNaam(StrEnum):
    """The APIs the klantbeeld reads; the value is the key in settings and keyring."""

    BRP = "brp"
    KVK_ZOEKEN = "kvk_zoeken"
    KVK_BASISPROFIEL = "kvk_basisprofiel"
    ZAKEN = "zaken"
    CATALOGI = "catalogi"
    DOCUMENTEN = "documenten"
    KLANTINTERACTIES = "klantinteracties"
    BETALINGEN = "betalingen"


#: The name of each source as the agent knows it; errors and screens use these (in Dutch: code
#: compares them; :func:`~klantbeeld.services.verbinding.errors.bronnaam` gives the screen's).
BRON_NAMEN: dict[ApiNaam, str] = {
    ApiNaam.BRP: "BRP (Personen)",
    ApiNaam.KVK_ZOEKEN: "KVK Handelsregister",
    ApiNaam.KVK_BASISPROFIEL: "KVK Handelsregister",
    ApiNaam.ZAKEN: "Zaaksysteem",
    ApiNaam.CATALOGI: "Zaaktypecatalogus",
    ApiNaam.DOCUMENTEN: "Documentregistratie",
    ApiNaam.KLANTINTERACTIES: "Klantinteracties",
    ApiNaam.BETALINGEN: "Betalingen",
}


class AuthSoort(StrEnum):
    """How a request proves who we are, as each spec declares it."""

    GEEN = "geen"
    ZGW_JWT = "zgw-jwt"  # Authorization: Bearer <HS256 JWT>
    TOKEN = "token"  # Authorization: Token <key>
    APIKEY = "apikey"  # KVK: header `apikey`
    API_KEY_HEADER = "x-api-key"  # BRP: header X-API-KEY
    #: Authorization: Bearer <the signed-in medewerker's access token> (an API gateway checks it;
    #: no shared secret on the desktop). Needs ``aanmelding`` in the profile.
    GEBRUIKERSTOKEN = "gebruikerstoken"

    @property
    def vraagt_geheim(self) -> bool:
        """True when this kind needs a secret in the keyring (the user token needs none)."""
        return self not in (AuthSoort.GEEN, AuthSoort.GEBRUIKERSTOKEN)


#: The BRP Personen operations (the ``type`` of ``POST /personen``).
BRP_OPERATIES = (
    "RaadpleegMetBurgerservicenummer",
    "ZoekMetGeslachtsnaamEnGeboortedatum",
    "ZoekMetNaamEnGemeenteVanInschrijving",
    "ZoekMetPostcodeEnHuisnummer",
)

#: A gateway's audit columns hold at most this many characters per header (ZAC trims to it too).
MAX_PROTOCOLLERING = 242


class Doelbinding(BaseModel):
    """One purpose an agent may consult the BRP for, with its header values per operation.

    As ZAC configures it per zaaktype (``zoekWaarde``, ``raadpleegWaarde``,
    ``verwerkingregisterWaarde``): a value for raadplegen, one for the searches, and the
    verwerking; ``per_operatie`` overrides one operation (a gateway that tells them apart).
    """

    model_config = ConfigDict(extra="ignore")

    #: What the agent sees in the picker ("Algemene dienstverlening", "Wmo", ...).
    naam: str = Field(min_length=1)
    raadplegen: str = "BRPACT-Totaal"
    zoeken: str = "BRPACT-ZoekenAlgemeen"
    verwerking: str = "Algemeen"
    per_operatie: dict[str, str] = Field(default_factory=dict)

    def waarde(self, operatie: str) -> str:
        """The doelbinding header value for one BRP operation."""
        if operatie in self.per_operatie:
            return self.per_operatie[operatie]
        return self.raadplegen if operatie.startswith("Raadpleeg") else self.zoeken


class BrpProtocollering(BaseModel):
    """The protocollering headers a BRP gateway demands (names as ZAC sends them).

    ``gebruiker_header`` carries the signed-in medewerker's id; with more than one
    :class:`Doelbinding` the agent picks one before the BRP is consulted.
    """

    model_config = ConfigDict(extra="ignore")

    doelbinding_header: str = "x-doelbinding"
    verwerking_header: str = "x-verwerking"
    gebruiker_header: str = "x-gebruiker"
    origin_oin_header: str = "x-origin-oin"
    #: The municipality's OIN; the header is left out when empty.
    origin_oin: str = ""
    doelbindingen: list[Doelbinding] = Field(
        default_factory=lambda: [Doelbinding(naam="Algemene dienstverlening")], min_length=1
    )

    @field_validator("doelbindingen")
    @classmethod
    def _unieke_namen(cls, waarden: list[Doelbinding]) -> list[Doelbinding]:
        namen = [d.naam for d in waarden]
        if len(set(namen)) != len(namen):
            raise ValueError(tr("elke doelbinding heeft een eigen naam"))
        return waarden


class OidcInstelling(BaseModel):
    """The municipality's OpenID provider: the medewerker signs in there (code + PKCE).

    A public client (no secret on the desktop), registered as a native app whose redirect is
    ``http://127.0.0.1/aangemeld`` on any port (RFC 8252 7.3).
    """

    model_config = ConfigDict(extra="ignore")

    issuer: str
    client_id: str
    scopes: str = "openid profile offline_access"
    #: The ID token claim that is the medewerker's id (``user_id``, ``x-gebruiker``, actor).
    id_claim: str = "preferred_username"
    #: The claim with the name shown (``user_representation``).
    naam_claim: str = "name"


class ApiInstelling(BaseModel):
    """Where one API's root is and how to authenticate; the secret itself sits in keyring."""

    model_config = ConfigDict(extra="ignore")

    base_url: str
    auth: AuthSoort = AuthSoort.GEEN
    client_id: str = ""
    timeout_s: float = Field(default=10.0, gt=0, le=120)
    tls_verifieren: bool = True
    #: How many requests the server handles side by side (its worker processes): see
    #: :attr:`BronInstelling.werkers`; 1 when not told (the oefenomgeving is one process).
    werkers: int = Field(default=1, ge=1, le=16)
    #: BRP only: the protocollering headers a gateway demands; None: none are sent.
    protocollering: BrpProtocollering | None = None


class Bron(StrEnum):
    """A source as an administrator configures it: one server, one credential."""

    BRP = "brp"
    KVK = "kvk"
    OPENZAAK = "openzaak"
    KLANTINTERACTIES = "klantinteracties"
    BETALINGEN = "betalingen"


#: The title of each source on screen (settings dialog, the oefenomgeving bar).
BRON_TITELS: dict[Bron, str] = {
    Bron.BRP: "BRP",
    Bron.KVK: "KVK",
    Bron.OPENZAAK: "Open Zaak",
    Bron.KLANTINTERACTIES: "Klantinteracties",
    Bron.BETALINGEN: "Betalingen",
}

#: The APIs each source serves, with each API's root under the server root.
API_PADEN: dict[Bron, dict[ApiNaam, str]] = {
    Bron.BRP: {ApiNaam.BRP: "/haalcentraal/api/brp"},
    Bron.KVK: {ApiNaam.KVK_ZOEKEN: "/api/v2", ApiNaam.KVK_BASISPROFIEL: "/api/v1"},
    Bron.OPENZAAK: {
        ApiNaam.ZAKEN: "/zaken/api/v1",
        ApiNaam.CATALOGI: "/catalogi/api/v1",
        ApiNaam.DOCUMENTEN: "/documenten/api/v1",
    },
    Bron.KLANTINTERACTIES: {ApiNaam.KLANTINTERACTIES: "/klantinteracties/api/v1"},
    Bron.BETALINGEN: {ApiNaam.BETALINGEN: "/betalingen/api/v1"},
}

#: The source each API belongs to.
BRON_VAN: dict[ApiNaam, Bron] = {api: bron for bron, paden in API_PADEN.items() for api in paden}

#: How each source authenticates by its spec, when the settings do not say.
STANDAARD_AUTH: dict[Bron, AuthSoort] = {
    Bron.BRP: AuthSoort.API_KEY_HEADER,
    Bron.KVK: AuthSoort.APIKEY,
    Bron.OPENZAAK: AuthSoort.ZGW_JWT,
    Bron.KLANTINTERACTIES: AuthSoort.TOKEN,
    Bron.BETALINGEN: AuthSoort.TOKEN,
}

#: Keyring names a source's secret had in schema 1 (one per API); read when the new one is absent.
OUDE_GEHEIMNAMEN: dict[Bron, tuple[str, ...]] = {
    Bron.OPENZAAK: (ApiNaam.ZAKEN.value, ApiNaam.CATALOGI.value, ApiNaam.DOCUMENTEN.value),
    Bron.KVK: (ApiNaam.KVK_ZOEKEN.value, ApiNaam.KVK_BASISPROFIEL.value),
}


class Modus(StrEnum):
    """Per source: a real server, nothing, or the embedded oefenomgeving."""

    INGESTELD = "ingesteld"
    UIT = "uit"
    OEFENOMGEVING = "oefenomgeving"


def is_loopback(host: str) -> bool:
    """True for this machine itself: ``localhost``, 127.0.0.0/8 and ``::1``."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def onveilig_adres(url: str, *, tls_verifieren: bool = True) -> str | None:
    """Plain words why a real server at ``url`` may not be reached so; None when it may.

    Outside loopback only ``https://``, with certificates checked: keys, tokens and personal
    data never travel in clear or to a server whose identity was not verified.
    """
    parts = urlsplit(url.strip())
    if is_loopback(parts.hostname or ""):
        return None
    if parts.scheme == "http":
        return tr(
            "het adres begint met http://, dus sleutels en persoonsgegevens zouden onversleuteld "
            "over het netwerk gaan; gebruik https://"
        )
    if parts.scheme == "https" and not tls_verifieren:
        return tr(
            "certificaten worden altijd gecontroleerd; vertrouwt u een eigen certificaat, "
            "laat het dan in de certificaten van het besturingssysteem opnemen"
        )
    return None


def _zonder_query(url: str) -> str:
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def api_roots(bron: Bron, url: str) -> dict[ApiNaam, str]:
    """The root of every API of ``bron`` from one URL: the server root or one API's root.

    ``https://openzaak.gemeente.nl`` and ``https://openzaak.gemeente.nl/zaken/api/v1`` both give
    ``…/zaken/api/v1``, ``…/catalogi/api/v1`` and ``…/documenten/api/v1``. A URL with a path that
    is no API root is a server root under a prefix (``https://gw.nl/openzaak``), except for a
    source of one API, where it is that API's root behind a gateway (used as typed).
    """
    paden = API_PADEN[bron]
    basis = _zonder_query(url)
    pad = urlsplit(basis).path
    for eigen in paden.values():
        if pad.endswith(eigen):
            server = basis[: len(basis) - len(eigen)]
            break
    else:
        if len(paden) == 1 and pad:
            return {api: basis for api in paden}
        server = basis
    return {api: server + eigen for api, eigen in paden.items()}


class BronInstelling(BaseModel):
    """One source in one profile: its modus and, when ``ingesteld``, its server."""

    model_config = ConfigDict(extra="ignore")

    modus: Modus = Modus.INGESTELD
    #: The server root or the root of one of its APIs.
    url: str = ""
    #: API roots that differ from what :func:`api_roots` derives (a gateway); rarely needed.
    api_urls: dict[ApiNaam, str] = Field(default_factory=dict)
    #: None: as the source's spec says (:data:`STANDAARD_AUTH`).
    auth: AuthSoort | None = None
    client_id: str = ""
    timeout_s: float = Field(default=10.0, gt=0, le=120)
    tls_verifieren: bool = True
    #: How many requests the server handles side by side. Open Zaak and Open Klant run in
    #: production under uwsgi with several worker processes (4 by default), and a klantbeeld is
    #: then fastest with its long lists split across them; a single-process server (a test
    #: set-up) gains nothing from that and is best told 1 (shared/recorded, "What the real
    #: servers cost").
    werkers: int = Field(default=4, ge=1, le=16)
    #: BRP only: the protocollering headers its gateway demands (:class:`BrpProtocollering`).
    protocollering: BrpProtocollering | None = None

    @model_validator(mode="after")
    def _url_bij_ingesteld(self) -> BronInstelling:
        if self.modus is Modus.INGESTELD and not self.url.strip():
            raise ValueError(tr("een bron die 'ingesteld' is heeft een url nodig"))
        return self

    def endpoints(self, bron: Bron) -> dict[ApiNaam, ApiInstelling]:
        """Each API of ``bron`` as the HTTP clients need it."""
        roots = api_roots(bron, self.url)
        auth = self.auth or STANDAARD_AUTH[bron]
        return {
            api: ApiInstelling(
                base_url=self.api_urls.get(api) or root,
                auth=auth,
                client_id=self.client_id,
                timeout_s=self.timeout_s,
                tls_verifieren=self.tls_verifieren,
                werkers=self.werkers,
                protocollering=self.protocollering if bron is Bron.BRP else None,
            )
            for api, root in roots.items()
        }


class Profiel(BaseModel):
    """A named set of sources (``test``, ``acceptatie``, ``productie``, one per site, ...)."""

    model_config = ConfigDict(extra="ignore")

    bronnen: dict[Bron, BronInstelling] = Field(default_factory=dict)
    #: The OpenID provider the medewerker signs in with; None: identity from the settings
    #: (``medewerker_id``, ``medewerker_naam``), as on the oefenomgeving.
    aanmelding: OidcInstelling | None = None
    #: The OTLP/HTTP traces endpoint of the municipality's Logboek Dataverwerkingen
    #: (``https://logboek.gemeente.nl/v1/traces``); empty: the oefenomgeving's logboek.
    logboek_url: str = ""
    #: The root of that logboek's LDV lezen API (for the Inzage view); empty: the oefenomgeving's.
    logboek_lezen_url: str = ""
    #: The Register van Verwerkingsactiviteiten: ``dpl.core.processing_activity_id`` is this
    #: URL with the activity's name appended; empty: Klantbeeld's own URNs.
    verwerkingsregister_url: str = ""

    @property
    def echt(self) -> bool:
        """True when at least one source is a real server."""
        return any(b.modus is Modus.INGESTELD for b in self.bronnen.values())

    def modus(self, bron: Bron) -> Modus:
        """The modus of ``bron``; a source not listed is off in a real profile, else oefen."""
        inst = self.bronnen.get(bron)
        if inst is not None:
            return inst.modus
        return Modus.UIT if self.echt else Modus.OEFENOMGEVING

    def in_modus(self, modus: Modus) -> list[Bron]:
        """The sources in ``modus``, in :class:`Bron` order."""
        return [b for b in Bron if self.modus(b) is modus]

    def endpoints(self) -> dict[ApiNaam, ApiInstelling]:
        """Every API of every ``ingesteld`` source."""
        out: dict[ApiNaam, ApiInstelling] = {}
        for bron in self.in_modus(Modus.INGESTELD):
            out.update(self.bronnen[bron].endpoints(bron))
        return out


#: A profile name: it names files (journal, cache) and keyring entries, so no paths or colons.
PROFIELNAAM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


def controleer_profielnaam(naam: str) -> str | None:
    """Plain words when ``naam`` cannot be a profile name; None when it can.

    ``oefenomgeving`` (and ``…-oefenomgeving``) name the oefenomgeving's own journal and cache.
    """
    if naam.lower().endswith("oefenomgeving"):
        return tr("Een profielnaam mag niet op 'oefenomgeving' eindigen; die naam is gereserveerd.")
    if PROFIELNAAM.match(naam) and not naam.endswith("."):
        return None
    return tr(
        "Een profielnaam is 1 tot 40 letters, cijfers, '-', '_' of '.', "
        "en begint met een letter of cijfer."
    )


class Rol(StrEnum):
    """What the user does; team leads see the contact history view, balie staff register
    contacts at the desk (kanaal balie by default, with the identity check)."""

    MEDEWERKER = "medewerker"
    TEAMLEIDER = "teamleider"
    BALIE = "balie"


#: Onderwerpen a KCC hears every day; configurable per municipality.
STANDAARD_ONDERWERPEN = (
    "Afval en containers",
    "Parkeren",
    "Paspoort of ID-kaart",
    "Rijbewijs",
    "Verhuizing",
    "Belastingen en WOZ",
    "Melding openbare ruimte",
    "Vergunningen",
    "Zorg en ondersteuning (Wmo)",
    "Werk en inkomen",
    "Klacht",
    "Overig",
)

#: The wrap-up list; "Niet gelukt" marks the contact as not succeeded.
STANDAARD_RESULTATEN = (
    "Zelfstandig afgehandeld",
    "Doorverbonden",
    "Contactverzoek gemaakt",
    "Terugbelverzoek",
    "Niet gelukt",
)


class Instellingen(BaseModel):
    """All settings of one user (the effective ones: user file under the site file)."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    #: The profile in use; without an entry in ``profielen`` it is all oefenomgeving.
    profiel: str = "oefen"
    profielen: dict[str, Profiel] = Field(default_factory=dict)
    rol: Rol = Rol.MEDEWERKER
    medewerker_id: str = ""
    medewerker_naam: str = ""
    #: The language of the screens: "nl", "en", or "" (from the system's locale; Dutch unless
    #: that is English). Applies at the next start.
    taal: Literal["", "nl", "en"] = ""
    #: The highest vertrouwelijkheidaanduiding whose documents this agent may open.
    max_vertrouwelijkheid: str = "zaakvertrouwelijk"
    #: Minutes without keyboard or mouse before the screen locks (BIO: 5 unless the site says).
    vergrendelen_na_min: float = Field(default=5.0, gt=0, le=60)
    #: The teams (actor names in Klantinteracties) whose questions this agent answers.
    groepen: list[str] = Field(default_factory=list)
    #: Onderwerpen offered when registering a contact (besides the zaaktypen).
    onderwerpen: list[str] = Field(default_factory=lambda: list(STANDAARD_ONDERWERPEN))
    #: The wrap-up list: how a question ended.
    resultaten: list[str] = Field(default_factory=lambda: list(STANDAARD_RESULTATEN))
    #: How many contacts (sessions, as tabs) an agent may hold at once: 1 to 10.
    max_sessies: int = Field(default=10, ge=1, le=10)
    #: The nawerk's maximum after a contact ends, in seconds (0: no nawerk).
    nawerk_s: int = Field(default=60, ge=0, le=3600)

    @model_validator(mode="before")
    @classmethod
    def _schema_1(cls, raw: Any) -> Any:
        """Schema 1 input (``apis``: one entry per API), from a file or from code, is migrated."""
        return migreer(raw) if isinstance(raw, dict) and "apis" in raw else raw

    @field_validator("profiel")
    @classmethod
    def _profielnaam(cls, naam: str) -> str:
        fout = controleer_profielnaam(naam)
        if fout:
            raise ValueError(f"{naam!r}: {fout}")
        return naam

    @field_validator("profielen")
    @classmethod
    def _profielnamen(cls, profielen: dict[str, Profiel]) -> dict[str, Profiel]:
        for naam in profielen:
            cls._profielnaam(naam)
        return profielen

    @field_validator("max_vertrouwelijkheid")
    @classmethod
    def _vertrouwelijkheid(cls, waarde: str) -> str:
        if waarde not in VERTROUWELIJKHEDEN:
            raise ValueError(_geen_vertrouwelijkheid(waarde))
        return waarde

    @property
    def actief_profiel(self) -> Profiel:
        """The profile in use (an empty one, all oefenomgeving, when it is not defined)."""
        return self.profielen.get(self.profiel) or Profiel()

    def modus(self, bron: Bron) -> Modus:
        """The modus of ``bron`` in the profile in use."""
        return self.actief_profiel.modus(bron)

    @property
    def oefenomgeving(self) -> bool:
        """True when every source runs on the embedded oefenomgeving."""
        return all(self.modus(b) is Modus.OEFENOMGEVING for b in Bron)

    @property
    def apis(self) -> dict[ApiNaam, ApiInstelling]:
        """Every API of a real server in the profile in use (the oefenomgeving's are not here)."""
        return self.actief_profiel.endpoints()


class Beleid(BaseModel):
    """What only the site file can say; see the module docstring for what each field locks."""

    model_config = ConfigDict(extra="ignore")

    #: The profile names a user may use; None: any.
    profielen: list[str] | None = None
    #: Every source verifies TLS certificates; a user file cannot turn it off.
    tls_verplicht: bool = True
    #: The highest vertrouwelijkheid a user may set; None: no ceiling.
    max_vertrouwelijkheid: str | None = None
    #: The longest idle time (minutes) before the screen locks that a user may set; None: the
    #: site's own ``vergrendelen_na_min`` when it sets one (a user may lower it, never raise it).
    max_vergrendelen_na_min: float | None = Field(default=None, gt=0, le=60)

    @field_validator("max_vertrouwelijkheid")
    @classmethod
    def _vertrouwelijkheid(cls, waarde: str | None) -> str | None:
        if waarde is not None and waarde not in VERTROUWELIJKHEDEN:
            raise ValueError(_geen_vertrouwelijkheid(waarde))
        return waarde


def _geen_vertrouwelijkheid(waarde: object) -> str:
    return tr("{waarde} is geen vertrouwelijkheidaanduiding").format(waarde=repr(waarde))


class SiteInstellingen(Instellingen):
    """The administrator's file: the same settings, plus the :class:`Beleid`."""

    beleid: Beleid = Field(default_factory=Beleid)


@dataclass(frozen=True)
class Vergrendeling:
    """What the site file fixes for this user, and where that file is (to say why)."""

    pad: Path | None = None
    #: Profile names the site defines: their sources cannot be changed.
    vaste_profielen: frozenset[str] = frozenset()
    #: The only profile names allowed; None: any.
    toegestane_profielen: tuple[str, ...] | None = None
    tls_verplicht: bool = False
    max_vertrouwelijkheid: str | None = None

    @property
    def reden(self) -> str:
        """Why a field cannot be changed, in plain words."""
        return tr("Vastgelegd door uw beheerder in {pad}.").format(pad=self.pad) if self.pad else ""

    def profiel_vast(self, naam: str) -> bool:
        """True when the site defines profile ``naam`` (its sources are locked)."""
        return naam in self.vaste_profielen

    def profiel_toegestaan(self, naam: str) -> bool:
        """True when the site allows profile ``naam``."""
        return self.toegestane_profielen is None or naam in self.toegestane_profielen


@dataclass(frozen=True)
class Configuratie:
    """The settings in effect, the user's own layer (what the dialog saves) and the locks."""

    effectief: Instellingen
    gebruiker: Instellingen
    vergrendeling: Vergrendeling = field(default_factory=Vergrendeling)
    #: What the site file overruled in the user file, in plain words (shown at start).
    meldingen: tuple[str, ...] = ()


def config_dir() -> Path:
    """The folder holding the user's settings.json (``KLANTBEELD_CONFIG_DIR`` overrides)."""
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir("klantbeeld"))


def site_config_dir() -> Path:
    """The folder of the administrator's settings.json (``KLANTBEELD_SITE_CONFIG_DIR``)."""
    override = os.environ.get(SITE_CONFIG_ENV)
    return Path(override) if override else Path(platformdirs.site_config_dir("klantbeeld"))


def data_dir() -> Path:
    """The folder for local data: caches, the oefenomgeving's database (``KLANTBEELD_DATA_DIR``)."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir("klantbeeld"))


def settings_path() -> Path:
    """The user's settings file."""
    return config_dir() / "settings.json"


def site_settings_path() -> Path:
    """The administrator's settings file."""
    return site_config_dir() / "settings.json"


def migreer(raw: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 (one entry per API, secret per API) to schema 2 (profiles of sources).

    The APIs of one source become one :class:`BronInstelling` with the first API's URL, auth,
    client id and time-out; an API root that the URL does not derive is kept in ``api_urls``.
    In a file with APIs, a source without any is ``uit`` (schema 1 had no client for it).
    """
    if raw.get("schema_version", SCHEMA_VERSION) >= 2 and "apis" not in raw:
        return raw
    data = {k: v for k, v in raw.items() if k != "apis"}
    data["schema_version"] = SCHEMA_VERSION
    apis = raw.get("apis") or {}
    if not isinstance(apis, dict) or not apis:
        return data
    apis = {str(k): v.model_dump() if isinstance(v, BaseModel) else v for k, v in apis.items()}
    bronnen: dict[str, Any] = {}
    for bron, paden in API_PADEN.items():
        oud = [(api, apis[api.value]) for api in paden if isinstance(apis.get(api.value), dict)]
        if not oud:
            bronnen[bron.value] = {"modus": Modus.UIT.value}
            continue
        eerste = oud[0][1]
        url = str(eerste.get("base_url", ""))
        afgeleid = api_roots(bron, url)
        api_urls = {
            api.value: _zonder_query(str(inst.get("base_url", "")))
            for api, inst in oud
            if _zonder_query(str(inst.get("base_url", ""))) != afgeleid[api]
        }
        bronnen[bron.value] = {
            "modus": Modus.INGESTELD.value,
            "url": url,
            "api_urls": api_urls,
            "auth": eerste.get("auth", STANDAARD_AUTH[bron].value),
            "client_id": eerste.get("client_id", ""),
            "timeout_s": eerste.get("timeout_s", 10.0),
        }
    data["profielen"] = {str(raw.get("profiel", "oefen")): {"bronnen": bronnen}}
    return data


def _lees_json(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        melding = tr("Instellingen in {pad} zijn niet leesbaar: {fout}")
        raise ConfiguratieFout(melding.format(pad=path, fout=e)) from e
    if not isinstance(raw, dict):
        raise ConfiguratieFout(tr("Instellingen in {pad} zijn geen JSON-object.").format(pad=path))
    versie = raw.get("schema_version", SCHEMA_VERSION)
    if not isinstance(versie, int) or versie > SCHEMA_VERSION:
        raise ConfiguratieFout(
            tr("Instellingen in {pad} zijn van een nieuwere versie van Klantbeeld.").format(
                pad=path
            )
        )
    return migreer(raw)


def _valideer(model: type[M], raw: dict[str, Any], path: Path) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        melding = tr("Instellingen in {pad} kloppen niet: {fout}")
        raise ConfiguratieFout(melding.format(pad=path, fout=e)) from e


def lees_gebruiker(path: Path | None = None) -> Instellingen:
    """The user file alone; a missing file gives an empty one (every field unset)."""
    path = path or settings_path()
    raw = _lees_json(path)
    return Instellingen() if raw is None else _valideer(Instellingen, raw, path)


def lees_site(path: Path | None = None) -> SiteInstellingen | None:
    """The site file, or None when the administrator deployed none."""
    path = path or site_settings_path()
    raw = _lees_json(path)
    return None if raw is None else _valideer(SiteInstellingen, raw, path)


def voeg_samen(
    site: SiteInstellingen | None, gebruiker: Instellingen, *, site_pad: Path | None = None
) -> Configuratie:
    """The settings in effect: the user file over the site file's defaults, within its locks."""
    if site is None:
        profielen, meldingen_ = _beveilig(gebruiker.profielen, Beleid(tls_verplicht=False))
        if not meldingen_:
            return Configuratie(gebruiker, gebruiker)
        effectief = gebruiker.model_copy(update={"profielen": profielen})
        return Configuratie(effectief, gebruiker, meldingen=tuple(meldingen_))
    beleid = site.beleid
    meldingen: list[str] = []
    data = site.model_dump(exclude={"beleid", "profielen"}, exclude_unset=True)
    data.update(gebruiker.model_dump(exclude={"profielen"}, exclude_unset=True))
    profielen = dict(gebruiker.profielen)
    for naam, profiel in site.profielen.items():
        if naam in profielen and profielen[naam] != profiel:
            meldingen.append(
                tr(
                    "Profiel '{naam}' is door uw beheerder vastgelegd; "
                    "uw eigen instellingen daarvoor gelden niet."
                ).format(naam=naam)
            )
        profielen[naam] = profiel
    toegestaan = tuple(beleid.profielen) if beleid.profielen is not None else None
    if toegestaan is not None:
        profielen = {n: p for n, p in profielen.items() if n in toegestaan}
        gekozen = str(data.get("profiel", "oefen"))
        if gekozen not in toegestaan:
            standaard = site.profiel if site.profiel in toegestaan else None
            vervanger = standaard or (toegestaan[0] if toegestaan else gekozen)
            if "profiel" in data:  # chosen, not just the default: say it was overruled
                meldingen.append(
                    tr(
                        "Profiel '{gekozen}' is op deze werkplek niet toegestaan; "
                        "Klantbeeld gebruikt '{vervanger}'."
                    ).format(gekozen=gekozen, vervanger=vervanger)
                )
            data["profiel"] = vervanger
    profielen, veilig = _beveilig(profielen, beleid)
    meldingen.extend(veilig)
    plafond = beleid.max_vertrouwelijkheid
    eigen = str(data.get("max_vertrouwelijkheid", "zaakvertrouwelijk"))
    if plafond is not None and rang(eigen) > rang(plafond):
        meldingen.append(
            tr(
                "U mag documenten tot en met '{plafond}' openen (vastgelegd door uw beheerder)."
            ).format(plafond=plafond)
        )
        data["max_vertrouwelijkheid"] = plafond
    slot = beleid.max_vergrendelen_na_min
    if slot is None and "vergrendelen_na_min" in site.model_fields_set:
        slot = site.vergrendelen_na_min
    if slot is not None and float(data.get("vergrendelen_na_min", 5.0)) > slot:
        if "vergrendelen_na_min" in gebruiker.model_fields_set:
            meldingen.append(
                tr(
                    "Het scherm vergrendelt na {minuten} minuten zonder gebruik "
                    "(vastgelegd door uw beheerder)."
                ).format(minuten=f"{slot:g}")
            )
        data["vergrendelen_na_min"] = slot
    data["profielen"] = profielen
    effectief = Instellingen.model_validate(data)
    vergrendeling = Vergrendeling(
        pad=site_pad,
        vaste_profielen=frozenset(site.profielen),
        toegestane_profielen=toegestaan,
        tls_verplicht=beleid.tls_verplicht,
        max_vertrouwelijkheid=plafond,
    )
    return Configuratie(effectief, gebruiker, vergrendeling, tuple(meldingen))


def _beveilig(
    profielen: dict[str, Profiel], beleid: Beleid
) -> tuple[dict[str, Profiel], list[str]]:
    """Every profile made safe to use (see :func:`onveilig_adres`), and what was changed.

    A source at ``http://`` outside loopback is switched ``uit``; certificate verification is
    turned on where it was off, on loopback too when the site demands it.
    """
    uit: dict[str, Profiel] = {}
    meldingen: list[str] = []
    for naam, profiel in profielen.items():
        bronnen = dict(profiel.bronnen)
        tls_aan = False
        for bron, inst in profiel.bronnen.items():
            if inst.modus is not Modus.INGESTELD:
                continue
            adressen = [inst.url, *inst.api_urls.values()]
            if any(onveilig_adres(a, tls_verifieren=True) for a in adressen):
                bronnen[bron] = inst.model_copy(update={"modus": Modus.UIT})
                reden = next(r for a in adressen if (r := onveilig_adres(a)))
                meldingen.append(
                    tr("Profiel '{naam}': {bron} staat uit: {reden}.").format(
                        naam=naam, bron=tr(BRON_TITELS[bron]), reden=reden
                    )
                )
            elif not inst.tls_verifieren and (
                beleid.tls_verplicht
                or any(onveilig_adres(a, tls_verifieren=False) for a in adressen)
            ):
                bronnen[bron] = inst.model_copy(update={"tls_verifieren": True})
                tls_aan = True
        if tls_aan:
            melding = (
                tr(
                    "Profiel '{naam}': certificaten worden altijd gecontroleerd "
                    "(vastgelegd door uw beheerder)."
                )
                if beleid.tls_verplicht
                else tr("Profiel '{naam}': certificaten worden altijd gecontroleerd.")
            )
            meldingen.append(melding.format(naam=naam))
        uit[naam] = (
            profiel.model_copy(update={"bronnen": bronnen})
            if bronnen != profiel.bronnen
            else profiel
        )
    return uit, meldingen


def lees_configuratie(path: Path | None = None, site_path: Path | None = None) -> Configuratie:
    """Both files, merged (:func:`voeg_samen`)."""
    site_path = site_path or site_settings_path()
    return voeg_samen(lees_site(site_path), lees_gebruiker(path), site_pad=site_path)


def laad_instellingen(path: Path | None = None, site_path: Path | None = None) -> Instellingen:
    """The settings in effect; no files at all give the defaults (oefenomgeving)."""
    return lees_configuratie(path, site_path).effectief


def bewaar_instellingen(instellingen: Instellingen, path: Path | None = None) -> None:
    """Write the user's own settings atomically: only the fields set, never a site default.

    A schema 1 file is kept beside it as ``settings.v1.json`` the first time it is replaced.
    """
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        try:
            oud = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            oud = None
        if isinstance(oud, dict) and oud.get("schema_version", SCHEMA_VERSION) < SCHEMA_VERSION:
            shutil.copyfile(path, path.with_name("settings.v1.json"))
    data = instellingen.model_dump(mode="json", exclude_unset=True, exclude={"beleid"})
    data["schema_version"] = SCHEMA_VERSION
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
