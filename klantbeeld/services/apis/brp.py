"""BRP Personen 2.x client: raadplegen met BSN and the two searches the KCC uses.

``POST /personen`` is a query, so it is sent as idempotent (may be retried). Only the fields
a screen shows are asked for (:data:`VELDEN_KLANTBEELD`, :data:`VELDEN_ZOEKRESULTAAT`); the API
then also sends its indicators (geheimhouding, opschorting, rni, verificatie, inOnderzoek). The
models keep only what they declare. Input is checked with :mod:`invoer` first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from klantbeeld.services.klantbeeld.invoer import (
    valideer_bsn,
    valideer_huisnummer,
    valideer_naam,
    valideer_postcode,
)
from klantbeeld.services.verbinding.errors import ConfiguratieFout, OngeldigAntwoord, tr
from klantbeeld.services.verbinding.http import ApiClient, valideer
from klantbeeld.services.werkplek.settings import (
    MAX_PROTOCOLLERING,
    BrpProtocollering,
    Doelbinding,
)

#: Every field the klantbeeld asks the BRP for, and what shows or uses it (AVG art. 5(1)(c):
#: nothing is asked that no screen shows). The indicators (geheimhouding, opschorting, rni,
#: inOnderzoek) come unasked. tests/views/test_brp_velden.py holds this table against what the
#: views really read: a field asked but never read, or read but never asked, fails it.
VELDEN_KLANTBEELD: dict[str, str] = {
    "naam.volledigeNaam": "kop: de naam",
    "naam.voornamen": "contact registreren: voornamen van een nieuwe partij in Klantinteracties",
    "naam.voorvoegsel": "contact registreren: voorvoegsel van een nieuwe partij",
    "naam.geslachtsnaam": "contact registreren: achternaam van een nieuwe partij",
    "geboorte.datum": "kop: geboren op",
    "leeftijd": "kop: leeftijd",
    "overlijden.datum": "kop: signaal 'Overleden op'",
    "adressering.adresregel1": "kop: adres",
    "adressering.adresregel2": "kop: adres",
    "adressering.adresregel3": "kop: adres in het buitenland",
    "adressering.land.omschrijving": "kop: land van een adres in het buitenland",
    "verblijfplaats.type": "kop: signalen 'Woont in het buitenland' en 'Gegevens in onderzoek'",
    "gemeenteVanInschrijving.code": "kop: signaal 'Niet-ingezetene (RNI)' (gemeente 1999)",
    "partners.naam.voornamen": "kop: naam van de partner",
    "partners.naam.voorvoegsel": "kop: naam van de partner",
    "partners.naam.geslachtsnaam": "kop: naam van de partner",
    "kinderen.naam.voornamen": "kop: namen van de kinderen",
    "kinderen.naam.voorvoegsel": "kop: namen van de kinderen",
    "kinderen.naam.geslachtsnaam": "kop: namen van de kinderen",
}

#: Every field a search asks for, and what shows or uses it in the pick list.
VELDEN_ZOEKRESULTAAT: dict[str, str] = {
    "burgerservicenummer": "keuzelijst: opent het klantbeeld van de gekozen persoon",
    "naam.volledigeNaam": "keuzelijst: de naam",
    "geboorte.datum": "keuzelijst: geboren op",
    "adressering.adresregel1": "keuzelijst: adres",
    "adressering.adresregel2": "keuzelijst: adres",
    "adressering.adresregel3": "keuzelijst: adres in het buitenland",
    "adressering.land.omschrijving": "keuzelijst: land van een adres in het buitenland",
}

#: The ``fields`` of RaadpleegMetBurgerservicenummer for the klantbeeld.
FIELDS_KLANTBEELD: tuple[str, ...] = tuple(VELDEN_KLANTBEELD)
#: The ``fields`` of the searches (pick list).
FIELDS_ZOEKRESULTAAT: tuple[str, ...] = tuple(VELDEN_ZOEKRESULTAAT)


def _leeg_is_none(value: Any) -> Any:
    return None if value == "" else value


class _BrpModel(BaseModel):
    """Keeps only its declared fields and ``inOnderzoek``: more than was asked is not kept."""

    model_config = ConfigDict(populate_by_name=True, extra="allow")

    @model_validator(mode="before")
    @classmethod
    def _alleen_bekend(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        bekend = {"inOnderzoek"}
        for naam, veld in cls.model_fields.items():
            bekend.update((naam, veld.alias or naam))
        return {k: v for k, v in data.items() if k in bekend}


class Waardetabel(_BrpModel):
    """A ``{code, omschrijving}`` value from a national table."""

    code: str | None = None
    omschrijving: str | None = None


class Datum(_BrpModel):
    """An AbstractDatum: ``Datum``, ``JaarMaandDatum``, ``JaarDatum`` or ``DatumOnbekend``."""

    type: str | None = None
    datum: date | None = None
    jaar: int | None = None
    maand: int | None = None
    onbekend: bool | None = None
    lang_formaat: str | None = Field(default=None, alias="langFormaat")

    _leeg = field_validator("datum", mode="before")(_leeg_is_none)


class NaamGerelateerde(_BrpModel):
    """The name of a partner or child (the BRP gives them no volledigeNaam)."""

    voornamen: str | None = None
    voorvoegsel: str | None = None
    geslachtsnaam: str | None = None

    @property
    def weergave(self) -> str:
        """The name as shown, built from its parts."""
        return " ".join(p for p in (self.voornamen, self.voorvoegsel, self.geslachtsnaam) if p)


class Naam(NaamGerelateerde):
    """The name of the person."""

    volledige_naam: str | None = Field(default=None, alias="volledigeNaam")

    @property
    def weergave(self) -> str:
        """The full name as shown: volledigeNaam, or built from its parts."""
        return self.volledige_naam or super().weergave


class Gebeurtenis(_BrpModel):
    """Birth or death: only its datum is asked for (not the place or country)."""

    datum: Datum | None = None


class Verblijfplaats(_BrpModel):
    """Only its type is asked (Adres, VerblijfplaatsBuitenland, ...); the address comes as
    :class:`Adressering`. An ``inOnderzoek`` the BRP sends with it stays in ``model_extra``."""

    type: str | None = None


class Adressering(_BrpModel):
    """Address lines as the BRP formats them for letters."""

    adresregel1: str | None = None
    adresregel2: str | None = None
    adresregel3: str | None = None
    land: Waardetabel | None = None


class OpschortingBijhouding(_BrpModel):
    """Why and since when the BRP no longer keeps this person up to date."""

    reden: Waardetabel | None = None
    datum: Datum | None = None


class Gerelateerde(_BrpModel):
    """A partner or child: only the name (no BSN: nothing opens a relative's klantbeeld)."""

    naam: NaamGerelateerde | None = None


class Persoon(_BrpModel):
    """A person as BRP Personen 2.x returns them (only the requested fields are filled)."""

    burgerservicenummer: str | None = None
    naam: Naam | None = None
    geboorte: Gebeurtenis | None = None
    leeftijd: int | None = None
    verblijfplaats: Verblijfplaats | None = None
    adressering: Adressering | None = None
    overlijden: Gebeurtenis | None = None
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
    gemeente_van_inschrijving: Waardetabel | None = Field(
        default=None, alias="gemeenteVanInschrijving"
    )

    @field_validator("geheimhouding_persoonsgegevens", mode="before")
    @classmethod
    def _geheim(cls, value: Any) -> Any:
        return bool(value) if value not in (None, "") else False

    @field_validator("rni", "partners", "kinderen", mode="before")
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
        """True when the BRP registered a death (or suspended for that reason).

        The BRP always gives a death its datum (``DatumOnbekend`` when unknown).
        """
        if self.overlijden is not None and self.overlijden.datum is not None:
            return True
        reden = self.opschorting_bijhouding.reden if self.opschorting_bijhouding else None
        return bool(reden and reden.code == "O")

    @property
    def adresregels(self) -> list[str]:
        """The address as lines for the screen, as the BRP's adressering gives them."""
        if self.adressering is None:
            return []
        a = self.adressering
        regels = [r for r in (a.adresregel1, a.adresregel2, a.adresregel3) if r]
        if a.land and a.land.omschrijving and a.land.omschrijving not in regels:
            regels.append(a.land.omschrijving)
        return regels


class GeenDoelbinding(ConfiguratieFout):
    """The configuration offers several doelbindingen and the agent has not picked one."""

    def __init__(self) -> None:
        super().__init__(
            tr(
                "Kies eerst waarvoor u de BRP raadpleegt (de doelbinding); "
                "zonder doelbinding worden geen persoonsgegevens opgevraagd."
            )
        )


class Protocollering:
    """The protocollering headers of each BRP request, and the doelbinding the agent chose.

    ``gebruiker``: the signed-in medewerker's id (asked per request: a new sign-in counts).
    With one doelbinding it is used; with more, :meth:`kies` must be called first, else a
    request fails closed with :class:`GeenDoelbinding`.
    """

    def __init__(self, instelling: BrpProtocollering, gebruiker: Callable[[], str]) -> None:
        self.instelling = instelling
        self._gebruiker = gebruiker
        enige = instelling.doelbindingen
        self._gekozen: Doelbinding | None = enige[0] if len(enige) == 1 else None

    @property
    def keuzes(self) -> list[str]:
        """The doelbindingen the agent may pick from, by name, in the configured order."""
        return [d.naam for d in self.instelling.doelbindingen]

    @property
    def gekozen(self) -> str | None:
        """The name of the doelbinding in use, or None while the agent must still pick."""
        return self._gekozen.naam if self._gekozen else None

    def kies(self, naam: str) -> None:
        """Use the doelbinding named ``naam`` for every following BRP request."""
        for doelbinding in self.instelling.doelbindingen:
            if doelbinding.naam == naam:
                self._gekozen = doelbinding
                return
        raise ConfiguratieFout(tr("Doelbinding '{naam}' is niet ingesteld.").format(naam=naam))

    def headers(self, operatie: str) -> dict[str, str]:
        """The headers for one request of ``operatie`` (each value at most 242 characters)."""
        if self._gekozen is None:
            raise GeenDoelbinding()
        inst = self.instelling
        gebruiker = self._gebruiker().strip()
        if not gebruiker:
            raise ConfiguratieFout(
                tr("De BRP vraagt wie er kijkt, maar er is geen medewerker aangemeld.")
            )
        waarden = {
            inst.doelbinding_header: self._gekozen.waarde(operatie),
            inst.verwerking_header: self._gekozen.verwerking,
            inst.gebruiker_header: gebruiker,
            inst.origin_oin_header: inst.origin_oin,
        }
        return {k: v[:MAX_PROTOCOLLERING] for k, v in waarden.items() if k and v}


class BrpClient:
    """Reads persons from BRP Personen 2.x (``POST /personen``)."""

    def __init__(self, api: ApiClient, protocollering: Protocollering | None = None) -> None:
        self.api = api
        self.protocollering = protocollering

    async def _vraag(self, body: dict[str, Any]) -> list[Persoon]:
        headers = self.protocollering.headers(body["type"]) if self.protocollering else None
        antwoord = await self.api.post_json("personen", body, headers=headers, idempotent=True)
        if not isinstance(antwoord, dict):
            raise OngeldigAntwoord(self.api.bron, tr("het antwoord is geen object"))
        personen = antwoord.get("personen") or []
        if not isinstance(personen, list):
            raise OngeldigAntwoord(self.api.bron, tr("'personen' is geen lijst"))
        return [valideer(Persoon, p, self.api.bron, tr("persoon")) for p in personen]

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
        naam = valideer_naam(geslachtsnaam, "geslachtsnaam")
        body: dict[str, Any] = {
            "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
            "geslachtsnaam": naam,
            "geboortedatum": geboortedatum.isoformat(),
            "fields": list(fields),
        }
        if voornamen and voornamen.strip():
            body["voornamen"] = valideer_naam(voornamen, "voornamen")
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
