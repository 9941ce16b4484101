"""BRP Personen 2.x client: raadplegen met BSN and the two searches the KCC uses.

``POST /personen`` is a query, so it is sent as idempotent (may be retried). Only the fields
the screen shows are asked for; the API then also sends its indicators (geheimhouding,
opschorting, rni, verificatie, inOnderzoek). Input is checked with :mod:`invoer` first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from klantbeeld.services.errors import OngeldigAntwoord, OngeldigeInvoer
from klantbeeld.services.http import ApiClient
from klantbeeld.services.invoer import (
    valideer_bsn,
    valideer_huisnummer,
    valideer_postcode,
)

#: What the klantbeeld header shows: name, birth, age, sex, address, death, family (lean).
FIELDS_KLANTBEELD: tuple[str, ...] = (
    "burgerservicenummer",
    "naam",
    "geboorte",
    "leeftijd",
    "geslacht",
    "verblijfplaats",
    "adressering.adresregel1",
    "adressering.adresregel2",
    "adressering.adresregel3",
    "adressering.land",
    "overlijden",
    "partners.burgerservicenummer",
    "partners.naam",
    "kinderen.burgerservicenummer",
    "kinderen.naam",
    "nationaliteiten.nationaliteit",
    "gemeenteVanInschrijving",
)

#: What a pick-list of search results shows.
FIELDS_ZOEKRESULTAAT: tuple[str, ...] = (
    "burgerservicenummer",
    "naam.volledigeNaam",
    "naam.voornamen",
    "naam.voorvoegsel",
    "naam.geslachtsnaam",
    "geboorte.datum",
    "leeftijd",
    "adressering.adresregel1",
    "adressering.adresregel2",
)

_CFG = ConfigDict(populate_by_name=True, extra="allow")


def _leeg_is_none(value: Any) -> Any:
    return None if value == "" else value


class Waardetabel(BaseModel):
    """A ``{code, omschrijving}`` value from a national table."""

    model_config = _CFG

    code: str | None = None
    omschrijving: str | None = None


class Datum(BaseModel):
    """An AbstractDatum: ``Datum``, ``JaarMaandDatum``, ``JaarDatum`` or ``DatumOnbekend``."""

    model_config = _CFG

    type: str | None = None
    datum: date | None = None
    jaar: int | None = None
    maand: int | None = None
    onbekend: bool | None = None
    lang_formaat: str | None = Field(default=None, alias="langFormaat")

    _leeg = field_validator("datum", mode="before")(_leeg_is_none)


class Naam(BaseModel):
    """A name (of the person or a relative)."""

    model_config = _CFG

    voornamen: str | None = None
    voorvoegsel: str | None = None
    geslachtsnaam: str | None = None
    voorletters: str | None = None
    volledige_naam: str | None = Field(default=None, alias="volledigeNaam")
    adellijke_titel_predicaat: Waardetabel | None = Field(
        default=None, alias="adellijkeTitelPredicaat"
    )
    aanduiding_naamgebruik: Waardetabel | None = Field(default=None, alias="aanduidingNaamgebruik")

    @property
    def weergave(self) -> str:
        """The full name as shown: volledigeNaam, or built from its parts."""
        if self.volledige_naam:
            return self.volledige_naam
        return " ".join(p for p in (self.voornamen, self.voorvoegsel, self.geslachtsnaam) if p)


class Plaatsdatum(BaseModel):
    """Birth or death: datum, plaats, land."""

    model_config = _CFG

    datum: Datum | None = None
    plaats: Waardetabel | None = None
    land: Waardetabel | None = None


class Verblijfadres(BaseModel):
    """The address inside a verblijfplaats (Dutch, foreign or a location)."""

    model_config = _CFG

    officiele_straatnaam: str | None = Field(default=None, alias="officieleStraatnaam")
    korte_straatnaam: str | None = Field(default=None, alias="korteStraatnaam")
    huisnummer: int | None = None
    huisletter: str | None = None
    huisnummertoevoeging: str | None = None
    postcode: str | None = None
    woonplaats: str | None = None
    regel1: str | None = None
    regel2: str | None = None
    regel3: str | None = None
    land: Waardetabel | None = None
    locatiebeschrijving: str | None = None

    _leeg = field_validator("huisnummer", mode="before")(_leeg_is_none)


class Verblijfplaats(BaseModel):
    """Where the person lives (Adres, VerblijfplaatsBuitenland, VerblijfplaatsOnbekend, Locatie)."""

    model_config = _CFG

    type: str | None = None
    verblijfadres: Verblijfadres | None = None
    datum_van: Datum | None = Field(default=None, alias="datumVan")
    functie_adres: Waardetabel | None = Field(default=None, alias="functieAdres")


class Adressering(BaseModel):
    """Address lines as the BRP formats them for letters."""

    model_config = _CFG

    adresregel1: str | None = None
    adresregel2: str | None = None
    adresregel3: str | None = None
    land: Waardetabel | None = None


class OpschortingBijhouding(BaseModel):
    """Why and since when the BRP no longer keeps this person up to date."""

    model_config = _CFG

    reden: Waardetabel | None = None
    datum: Datum | None = None


class Gerelateerde(BaseModel):
    """A partner, child or parent."""

    model_config = _CFG

    burgerservicenummer: str | None = None
    naam: Naam | None = None
    geboorte: Plaatsdatum | None = None
    geslacht: Waardetabel | None = None


class Nationaliteit(BaseModel):
    """One nationality (type Nationaliteit, Staatloos, ...)."""

    model_config = _CFG

    type: str | None = None
    nationaliteit: Waardetabel | None = None


class Persoon(BaseModel):
    """A person as BRP Personen 2.x returns them (only the requested fields are filled)."""

    model_config = _CFG

    burgerservicenummer: str | None = None
    naam: Naam | None = None
    geboorte: Plaatsdatum | None = None
    leeftijd: int | None = None
    geslacht: Waardetabel | None = None
    verblijfplaats: Verblijfplaats | None = None
    adressering: Adressering | None = None
    overlijden: Plaatsdatum | None = None
    geheimhouding_persoonsgegevens: bool = Field(
        default=False, alias="geheimhoudingPersoonsgegevens"
    )
    opschorting_bijhouding: OpschortingBijhouding | None = Field(
        default=None, alias="opschortingBijhouding"
    )
    rni: list[dict[str, Any]] = Field(default_factory=list)
    in_onderzoek: dict[str, Any] | None = Field(default=None, alias="inOnderzoek")
    partners: list[Gerelateerde] = Field(default_factory=list)
    kinderen: list[Gerelateerde] = Field(default_factory=list)
    ouders: list[Gerelateerde] = Field(default_factory=list)
    nationaliteiten: list[Nationaliteit] = Field(default_factory=list)
    gemeente_van_inschrijving: Waardetabel | None = Field(
        default=None, alias="gemeenteVanInschrijving"
    )

    @field_validator("geheimhouding_persoonsgegevens", mode="before")
    @classmethod
    def _geheim(cls, value: Any) -> Any:
        return bool(value) if value not in (None, "") else False

    @field_validator("rni", "partners", "kinderen", "ouders", "nationaliteiten", mode="before")
    @classmethod
    def _lijst(cls, value: Any) -> Any:
        return [] if value in (None, "") else value

    @field_validator("leeftijd", "burgerservicenummer", mode="before")
    @classmethod
    def _leeg(cls, value: Any) -> Any:
        return _leeg_is_none(value)

    @property
    def volledige_naam(self) -> str:
        """The full name, or "" when no name was asked for."""
        return self.naam.weergave if self.naam else ""

    @property
    def geboortedatum(self) -> date | None:
        """The complete birth date, if known."""
        if self.geboorte and self.geboorte.datum:
            return self.geboorte.datum.datum
        return None

    @property
    def is_overleden(self) -> bool:
        """True when the BRP registered a death (or suspended for that reason)."""
        if self.overlijden is not None and (
            self.overlijden.datum is not None or self.overlijden.land is not None
        ):
            return True
        reden = self.opschorting_bijhouding.reden if self.opschorting_bijhouding else None
        return bool(reden and reden.code == "O")

    @property
    def adresregels(self) -> list[str]:
        """The address as lines for the screen (Dutch, foreign or location)."""
        if self.adressering is not None:
            regels = [
                r
                for r in (
                    self.adressering.adresregel1,
                    self.adressering.adresregel2,
                    self.adressering.adresregel3,
                )
                if r
            ]
            land = self.adressering.land
            if land and land.omschrijving and land.omschrijving not in regels:
                regels.append(land.omschrijving)
            if regels:
                return regels
        vp = self.verblijfplaats
        adres = vp.verblijfadres if vp else None
        if vp is None or adres is None:
            return []
        if vp.type == "Adres" or adres.postcode or adres.korte_straatnaam:
            nummer = f"{adres.huisnummer or ''}{adres.huisletter or ''}"
            if adres.huisnummertoevoeging:
                nummer += f"-{adres.huisnummertoevoeging}"
            straat = adres.korte_straatnaam or adres.officiele_straatnaam or ""
            regel1 = f"{straat} {nummer}".strip()
            pc = (adres.postcode or "").replace(" ", "")
            pc = f"{pc[:4]} {pc[4:]}" if len(pc) == 6 else pc
            regel2 = f"{pc}  {(adres.woonplaats or '').upper()}".strip()
            return [r for r in (regel1, regel2) if r]
        regels = [
            r for r in (adres.regel1, adres.regel2, adres.regel3, adres.locatiebeschrijving) if r
        ]
        if adres.land and adres.land.omschrijving:
            regels.append(adres.land.omschrijving)
        return regels


class BrpClient:
    """Reads persons from BRP Personen 2.x (``POST /personen``)."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def _vraag(self, body: dict[str, Any]) -> list[Persoon]:
        antwoord = await self.api.post_json("personen", body, idempotent=True)
        if not isinstance(antwoord, dict):
            raise OngeldigAntwoord(self.api.bron, "het antwoord is geen object")
        personen = antwoord.get("personen") or []
        if not isinstance(personen, list):
            raise OngeldigAntwoord(self.api.bron, "'personen' is geen lijst")
        try:
            return [Persoon.model_validate(p) for p in personen]
        except ValidationError as e:
            raise OngeldigAntwoord(
                self.api.bron, "een persoon in het antwoord heeft een onverwachte vorm"
            ) from e

    async def raadpleeg(
        self, bsn: str, *, fields: Sequence[str] = FIELDS_KLANTBEELD
    ) -> Persoon | None:
        """POST /personen (RaadpleegMetBurgerservicenummer): one person, or None if unknown."""
        nummer = valideer_bsn(bsn)
        personen = await self._vraag(
            {
                "type": "RaadpleegMetBurgerservicenummer",
                "burgerservicenummer": [nummer],
                "fields": list(fields),
            }
        )
        return personen[0] if personen else None

    async def zoek_op_naam_en_geboortedatum(
        self,
        geslachtsnaam: str,
        geboortedatum: date,
        *,
        voornamen: str | None = None,
        fields: Sequence[str] = FIELDS_ZOEKRESULTAAT,
    ) -> list[Persoon]:
        """POST /personen (ZoekMetGeslachtsnaamEnGeboortedatum); a trailing ``*`` is a wildcard."""
        naam = _naam_invoer(geslachtsnaam, "geslachtsnaam")
        body: dict[str, Any] = {
            "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
            "geslachtsnaam": naam,
            "geboortedatum": geboortedatum.isoformat(),
            "fields": list(fields),
        }
        if voornamen and voornamen.strip():
            body["voornamen"] = _naam_invoer(voornamen, "voornamen")
        return await self._vraag(body)

    async def zoek_op_postcode_en_huisnummer(
        self,
        postcode: str,
        huisnummer: int,
        *,
        huisletter: str | None = None,
        huisnummertoevoeging: str | None = None,
        fields: Sequence[str] = FIELDS_ZOEKRESULTAAT,
    ) -> list[Persoon]:
        """POST /personen (ZoekMetPostcodeEnHuisnummer)."""
        body: dict[str, Any] = {
            "type": "ZoekMetPostcodeEnHuisnummer",
            "postcode": valideer_postcode(postcode),
            "huisnummer": valideer_huisnummer(huisnummer),
            "fields": list(fields),
        }
        if huisletter and huisletter.strip():
            body["huisletter"] = huisletter.strip()
        if huisnummertoevoeging and huisnummertoevoeging.strip():
            body["huisnummertoevoeging"] = huisnummertoevoeging.strip()
        return await self._vraag(body)


def _naam_invoer(text: str, veld: str) -> str:
    waarde = " ".join((text or "").split())
    if not waarde:
        raise OngeldigeInvoer("Vul een achternaam in.", veld=veld)
    if waarde.endswith("*") and len(waarde.rstrip("*")) < 3:
        raise OngeldigeInvoer("Zoeken met * kan pas vanaf drie letters.", veld=veld)
    return waarde
