"""KVK client: Zoeken 2 (``GET /zoeken``) and Basisprofiel 1 (``GET /basisprofielen/...``).

KVK answers ``404`` when a search finds nothing or a number is unknown; that is an empty
result here, not an error. Input is checked with :mod:`invoer` before any request.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from klantbeeld.services.klantbeeld.invoer import (
    valideer_huisnummer,
    valideer_kvk,
    valideer_postcode,
    valideer_rsin,
    valideer_vestigingsnummer,
)
from klantbeeld.services.verbinding.errors import (
    NietGevonden,
    OngeldigAntwoord,
    OngeldigeInvoer,
    tr,
)
from klantbeeld.services.verbinding.http import ApiClient, valideer

_CFG = ConfigDict(populate_by_name=True, extra="allow")
M = TypeVar("M", bound=BaseModel)


def _geen_leeg(value: Any) -> Any:
    return None if value == "" else value


class KvkAdres(BaseModel):
    """An address as KVK gives it (Zoeken's binnenlandsAdres or Basisprofiel's Adres)."""

    model_config = _CFG

    type: str | None = None
    volledig_adres: str | None = Field(default=None, alias="volledigAdres")
    straatnaam: str | None = None
    huisnummer: int | None = None
    huisletter: str | None = None
    huisnummer_toevoeging: str | None = Field(default=None, alias="huisnummerToevoeging")
    postcode: str | None = None
    plaats: str | None = None
    land: str | None = None

    _leeg = field_validator("huisnummer", mode="before")(_geen_leeg)

    @property
    def regel(self) -> str:
        """The address on one line."""
        if self.volledig_adres:
            return self.volledig_adres
        nummer = f"{self.huisnummer or ''}{self.huisletter or ''}"
        return " ".join(p for p in (self.straatnaam, nummer, self.postcode, self.plaats) if p)


class KvkResultaat(BaseModel):
    """One hit of ``GET /zoeken``: a hoofdvestiging, nevenvestiging or rechtspersoon."""

    model_config = _CFG

    kvk_nummer: str = Field(alias="kvkNummer")
    rsin: str | None = None
    vestigingsnummer: str | None = None
    naam: str = ""
    type: str | None = None
    actief: str | None = None
    adres: dict[str, Any] | None = None

    @property
    def bezoekadres(self) -> KvkAdres | None:
        """The binnenlandsAdres of the hit, if any."""
        binnen = (self.adres or {}).get("binnenlandsAdres")
        return KvkAdres.model_validate(binnen) if isinstance(binnen, dict) else None

    @model_validator(mode="after")
    def _adres_leesbaar(self) -> KvkResultaat:
        """The address reads now, at parse time, not later on a screen (issue 9.3)."""
        _ = self.bezoekadres
        return self


class Handelsnaam(BaseModel):
    """A trade name and its order."""

    model_config = _CFG

    naam: str = ""
    volgorde: int | None = None


class SbiActiviteit(BaseModel):
    """An SBI activity code."""

    model_config = _CFG

    sbi_code: str | None = Field(default=None, alias="sbiCode")
    sbi_omschrijving: str | None = Field(default=None, alias="sbiOmschrijving")
    ind_hoofdactiviteit: str | None = Field(default=None, alias="indHoofdactiviteit")


class Vestiging(BaseModel):
    """A vestigingsprofiel (``/hoofdvestiging``)."""

    model_config = _CFG

    vestigingsnummer: str | None = None
    kvk_nummer: str | None = Field(default=None, alias="kvkNummer")
    rsin: str | None = None
    eerste_handelsnaam: str | None = Field(default=None, alias="eersteHandelsnaam")
    ind_hoofdvestiging: str | None = Field(default=None, alias="indHoofdvestiging")
    ind_commerciele_vestiging: str | None = Field(default=None, alias="indCommercieleVestiging")
    totaal_werkzame_personen: int | None = Field(default=None, alias="totaalWerkzamePersonen")
    adressen: list[KvkAdres] = Field(default_factory=list)
    websites: list[str] = Field(default_factory=list)
    sbi_activiteiten: list[SbiActiviteit] = Field(default_factory=list, alias="sbiActiviteiten")

    @property
    def bezoekadres(self) -> KvkAdres | None:
        """The bezoekadres (or the first address)."""
        for adres in self.adressen:
            if adres.type == "bezoekadres":
                return adres
        return self.adressen[0] if self.adressen else None


class VestigingKort(BaseModel):
    """One entry of ``/vestigingen``."""

    model_config = _CFG

    vestigingsnummer: str
    kvk_nummer: str | None = Field(default=None, alias="kvkNummer")
    eerste_handelsnaam: str | None = Field(default=None, alias="eersteHandelsnaam")
    ind_hoofdvestiging: str | None = Field(default=None, alias="indHoofdvestiging")
    ind_commerciele_vestiging: str | None = Field(default=None, alias="indCommercieleVestiging")
    volledig_adres: str | None = Field(default=None, alias="volledigAdres")

    @property
    def is_hoofdvestiging(self) -> bool:
        """True for the hoofdvestiging."""
        return self.ind_hoofdvestiging == "Ja"


class Basisprofiel(BaseModel):
    """``GET /basisprofielen/{kvkNummer}``: the company as a whole."""

    model_config = _CFG

    kvk_nummer: str = Field(alias="kvkNummer")
    naam: str | None = None
    statutaire_naam: str | None = Field(default=None, alias="statutaireNaam")
    formele_registratiedatum: str | None = Field(default=None, alias="formeleRegistratiedatum")
    materiele_registratie: dict[str, Any] | None = Field(default=None, alias="materieleRegistratie")
    totaal_werkzame_personen: int | None = Field(default=None, alias="totaalWerkzamePersonen")
    handelsnamen: list[Handelsnaam] = Field(default_factory=list)
    sbi_activiteiten: list[SbiActiviteit] = Field(default_factory=list, alias="sbiActiviteiten")
    embedded: dict[str, Any] | None = Field(default=None, alias="_embedded")

    @property
    def rsin(self) -> str | None:
        """The RSIN from the embedded eigenaar (rechtspersonen only)."""
        eigenaar = (self.embedded or {}).get("eigenaar") or {}
        value = eigenaar.get("rsin")
        return str(value) if value else None

    @property
    def rechtsvorm(self) -> str | None:
        """The legal form from the embedded eigenaar."""
        eigenaar = (self.embedded or {}).get("eigenaar") or {}
        value = eigenaar.get("rechtsvorm")
        return str(value) if value else None

    @property
    def is_actief(self) -> bool:
        """False when the registration has ended (materieleRegistratie.datumEinde)."""
        return not (self.materiele_registratie or {}).get("datumEinde")


class KvkClient:
    """Reads companies from KVK Zoeken and Basisprofiel."""

    def __init__(self, zoeken: ApiClient, basisprofiel: ApiClient) -> None:
        self.zoeken = zoeken
        self.profiel = basisprofiel

    async def zoek(
        self,
        *,
        kvk_nummer: str | None = None,
        vestigingsnummer: str | None = None,
        rsin: str | None = None,
        naam: str | None = None,
        postcode: str | None = None,
        huisnummer: int | None = None,
    ) -> list[KvkResultaat]:
        """GET /zoeken (first 100 hits); nothing found gives []."""
        params: dict[str, str | int] = {"resultatenPerPagina": 100}
        if kvk_nummer:
            params["kvkNummer"] = valideer_kvk(kvk_nummer)
        if vestigingsnummer:
            params["vestigingsnummer"] = valideer_vestigingsnummer(vestigingsnummer)
        if rsin:
            params["rsin"] = valideer_rsin(rsin)
        if naam and naam.strip():
            params["naam"] = naam.strip()
        if postcode:
            params["postcode"] = valideer_postcode(postcode)
        if huisnummer is not None:
            if not postcode:
                raise OngeldigeInvoer(
                    tr("Zoek op huisnummer samen met een postcode."), veld="huisnummer"
                )
            params["huisnummer"] = valideer_huisnummer(huisnummer)
        if len(params) == 1:
            raise OngeldigeInvoer(tr("Vul een KVK-nummer, naam of adres in."))
        try:
            body = await self.zoeken.get_json("zoeken", params=params)
        except NietGevonden:
            return []
        items = body.get("resultaten") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise OngeldigAntwoord(self.zoeken.bron, tr("het antwoord heeft geen 'resultaten'"))
        return [valideer(KvkResultaat, item, self.zoeken.bron) for item in items]

    async def _profiel(self, kvk_nummer: str, suffix: str = "") -> Any:
        nummer = valideer_kvk(kvk_nummer)
        try:
            return await self.profiel.get_json(f"basisprofielen/{nummer}{suffix}")
        except NietGevonden:
            return None

    async def basisprofiel(self, kvk_nummer: str) -> Basisprofiel | None:
        """GET /basisprofielen/{kvkNummer}; an unknown number gives None."""
        body = await self._profiel(kvk_nummer)
        return None if body is None else valideer(Basisprofiel, body, self.profiel.bron)

    async def hoofdvestiging(self, kvk_nummer: str) -> Vestiging | None:
        """GET /basisprofielen/{kvkNummer}/hoofdvestiging."""
        body = await self._profiel(kvk_nummer, "/hoofdvestiging")
        return None if body is None else valideer(Vestiging, body, self.profiel.bron)

    async def vestigingen(self, kvk_nummer: str) -> list[VestigingKort]:
        """GET /basisprofielen/{kvkNummer}/vestigingen; unknown gives []."""
        body = await self._profiel(kvk_nummer, "/vestigingen")
        if body is None:
            return []
        items = body.get("vestigingen") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise OngeldigAntwoord(self.profiel.bron, tr("het antwoord heeft geen 'vestigingen'"))
        return [valideer(VestigingKort, item, self.profiel.bron) for item in items]
