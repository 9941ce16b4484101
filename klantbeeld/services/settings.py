"""Settings: one pydantic model per installation, stored as JSON in the user config dir.

No settings file at all means: run on the oefenomgeving. ``KLANTBEELD_CONFIG_DIR`` redirects
the folder (tests use it). Secrets are never stored here; see :mod:`klantbeeld.services.secrets`.
"""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from klantbeeld.services.errors import ConfiguratieFout

SCHEMA_VERSION = 1
CONFIG_ENV = "KLANTBEELD_CONFIG_DIR"
DATA_ENV = "KLANTBEELD_DATA_DIR"


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


#: The name of each source as the agent knows it; errors and screens use these.
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


class ApiInstelling(BaseModel):
    """Where one API lives and how to authenticate; the secret itself sits in keyring."""

    model_config = ConfigDict(extra="ignore")

    base_url: str
    auth: AuthSoort = AuthSoort.GEEN
    client_id: str = ""
    timeout_s: float = Field(default=10.0, gt=0, le=120)


class Rol(StrEnum):
    """What the user does; team leads see the contact history view."""

    MEDEWERKER = "medewerker"
    TEAMLEIDER = "teamleider"


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
    """All settings of one installation."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    profiel: str = "oefen"
    apis: dict[ApiNaam, ApiInstelling] = Field(default_factory=dict)
    rol: Rol = Rol.MEDEWERKER
    medewerker_id: str = ""
    medewerker_naam: str = ""
    #: The highest vertrouwelijkheidaanduiding whose documents this agent may open.
    max_vertrouwelijkheid: str = "zaakvertrouwelijk"
    #: The teams (actor names in Klantinteracties) whose questions this agent answers.
    groepen: list[str] = Field(default_factory=list)
    #: Onderwerpen offered when registering a contact (besides the zaaktypen).
    onderwerpen: list[str] = Field(default_factory=lambda: list(STANDAARD_ONDERWERPEN))
    #: The wrap-up list: how a question ended.
    resultaten: list[str] = Field(default_factory=lambda: list(STANDAARD_RESULTATEN))

    @property
    def oefenomgeving(self) -> bool:
        """True when no API is configured: the app then runs on its embedded stand-in."""
        return not self.apis


def config_dir() -> Path:
    """The folder holding settings.json (``KLANTBEELD_CONFIG_DIR`` overrides)."""
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir("klantbeeld"))


def data_dir() -> Path:
    """The folder for local data: caches, the oefenomgeving's database (``KLANTBEELD_DATA_DIR``)."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir("klantbeeld"))


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / "settings.json"


def laad_instellingen(path: Path | None = None) -> Instellingen:
    """Read the settings; a missing file gives the defaults (oefenomgeving)."""
    path = path or settings_path()
    if not path.exists():
        return Instellingen()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ConfiguratieFout(f"Instellingen in {path} zijn niet leesbaar: {e}") from e
    if isinstance(raw, dict) and raw.get("schema_version", SCHEMA_VERSION) > SCHEMA_VERSION:
        raise ConfiguratieFout(
            f"Instellingen in {path} zijn van een nieuwere versie van Klantbeeld."
        )
    try:
        return Instellingen.model_validate(raw)
    except ValidationError as e:
        raise ConfiguratieFout(f"Instellingen in {path} kloppen niet: {e}") from e


def bewaar_instellingen(instellingen: Instellingen, path: Path | None = None) -> None:
    """Write the settings atomically."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(instellingen.model_dump_json(indent=2), encoding="utf-8")
    tmp.replace(path)
