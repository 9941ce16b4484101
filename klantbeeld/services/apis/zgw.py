"""Zaken 1.5 and Documenten 1.4 client: a person's or company's zaken, statussen, documents.

Models parse what Open Zaak 1.30 really sends (``null`` and ``""`` in optional fields, unknown
enum values, extra fields kept), so ``model_dump(by_alias=True, exclude_unset=True)`` gives
back what the server sent. ``GET /zaken`` needs ``Accept-Crs: EPSG:4326``; the Zaken
:class:`~services.verbinding.http.ApiClient` from :mod:`services.verbinding.clients` sends it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from klantbeeld.services.verbinding.errors import OngeldigAntwoord, tr
from klantbeeld.services.verbinding.http import MAX_PAGE_SIZE, ApiClient, parse_in_stukken, valideer

#: Per-zaak data fetched along with the list (catalogus data comes from the cache instead).
ZAAK_EXPAND: tuple[str, ...] = ("status", "resultaat", "zaakinformatieobjecten")


def _leeg_is_none(value: Any) -> Any:
    """Open Zaak sends ``""`` for empty optional values; treat it as absent."""
    return None if value == "" else value


OptDate = Annotated[date | None, BeforeValidator(_leeg_is_none)]
OptDateTime = Annotated[datetime | None, BeforeValidator(_leeg_is_none)]


class ZgwModel(BaseModel):
    """Base of the ZGW models: camelCase aliases, extra fields kept, tolerant of nulls."""

    model_config = ConfigDict(populate_by_name=True, extra="allow")


class Opschorting(ZgwModel):
    """Whether a zaak is suspended, and why."""

    indicatie: bool = False
    eerdere_opschorting: bool | None = Field(default=None, alias="eerdereOpschorting")
    reden: str | None = ""


class Verlenging(ZgwModel):
    """A zaak's extension: reason and ISO 8601 duration (``P28D``)."""

    reden: str | None = ""
    duur: str | None = None


class Statustype(ZgwModel):
    """A step of a zaaktype; ``statustekst`` is what the citizen sees."""

    url: str
    omschrijving: str | None = ""
    omschrijving_generiek: str | None = Field(default="", alias="omschrijvingGeneriek")
    statustekst: str | None = ""
    zaaktype: str | None = None
    volgnummer: int = 0
    is_eindstatus: bool = Field(default=False, alias="isEindstatus")
    informeren: bool | None = None
    doorlooptijd: str | None = None
    toelichting: str | None = None


class Resultaattype(ZgwModel):
    """A possible outcome of a zaaktype."""

    url: str
    zaaktype: str | None = None
    omschrijving: str | None = ""
    omschrijving_generiek: str | None = Field(default="", alias="omschrijvingGeneriek")
    toelichting: str | None = ""


class Informatieobjecttype(ZgwModel):
    """A kind of document in the catalogus."""

    url: str
    omschrijving: str | None = ""
    vertrouwelijkheidaanduiding: str | None = None
    informatieobjectcategorie: str | None = None


class Roltype(ZgwModel):
    """A kind of rol in a zaaktype (e.g. Aanvrager / initiator)."""

    url: str
    zaaktype: str | None = None
    omschrijving: str | None = ""
    omschrijving_generiek: str | None = Field(default="", alias="omschrijvingGeneriek")


class Zaaktype(ZgwModel):
    """A zaaktype of the catalogus."""

    url: str
    identificatie: str | None = ""
    omschrijving: str | None = ""
    onderwerp: str | None = ""
    doel: str | None = ""
    #: "extern": a zaak the citizen starts and follows (shown to them); "intern": not.
    indicatie_intern_of_extern: str | None = Field(default=None, alias="indicatieInternOfExtern")
    handeling_initiator: str | None = Field(default="", alias="handelingInitiator")
    vertrouwelijkheidaanduiding: str | None = None
    doorlooptijd: str | None = None
    servicenorm: str | None = None
    verlenging_mogelijk: bool | None = Field(default=None, alias="verlengingMogelijk")
    verlengingstermijn: str | None = None
    catalogus: str | None = None
    statustypen: list[str] = Field(default_factory=list)
    resultaattypen: list[str] = Field(default_factory=list)
    informatieobjecttypen: list[str] = Field(default_factory=list)
    roltypen: list[str] = Field(default_factory=list)
    begin_geldigheid: OptDate = Field(default=None, alias="beginGeldigheid")
    einde_geldigheid: OptDate = Field(default=None, alias="eindeGeldigheid")


class Status(ZgwModel):
    """One status a zaak got, with when it was set."""

    url: str
    uuid: str | None = None
    zaak: str | None = None
    statustype: str
    datum_status_gezet: OptDateTime = Field(default=None, alias="datumStatusGezet")
    statustoelichting: str | None = ""
    indicatie_laatst_gezette_status: bool | None = Field(
        default=None, alias="indicatieLaatstGezetteStatus"
    )
    gezetdoor: str | None = None
    raw_expand: dict[str, Any] | None = Field(default=None, alias="_expand")

    @property
    def expand_statustype(self) -> Statustype | None:
        """The statustype from ``expand=status.statustype``, when it was asked for."""
        value = (self.raw_expand or {}).get("statustype")
        return Statustype.model_validate(value) if isinstance(value, dict) else None

    @model_validator(mode="after")
    def _expand_leesbaar(self) -> Status:
        """What came expanded reads now, at parse time, not later on a screen (issue 9.3)."""
        _ = self.expand_statustype
        return self


class Resultaat(ZgwModel):
    """The outcome of a closed zaak."""

    url: str
    uuid: str | None = None
    zaak: str | None = None
    resultaattype: str
    toelichting: str | None = ""
    raw_expand: dict[str, Any] | None = Field(default=None, alias="_expand")

    @property
    def expand_resultaattype(self) -> Resultaattype | None:
        """The resultaattype from ``expand=resultaat.resultaattype``, when it was asked for."""
        value = (self.raw_expand or {}).get("resultaattype")
        return Resultaattype.model_validate(value) if isinstance(value, dict) else None

    @model_validator(mode="after")
    def _expand_leesbaar(self) -> Resultaat:
        """What came expanded reads now, at parse time, not later on a screen (issue 9.3)."""
        _ = self.expand_resultaattype
        return self


class Rol(ZgwModel):
    """Who plays which part in a zaak (``betrokkeneIdentificatie`` kept as sent)."""

    url: str
    uuid: str | None = None
    zaak: str | None = None
    betrokkene: str | None = ""
    betrokkene_type: str | None = Field(default=None, alias="betrokkeneType")
    roltype: str | None = None
    omschrijving: str | None = ""
    omschrijving_generiek: str | None = Field(default="", alias="omschrijvingGeneriek")
    roltoelichting: str | None = ""
    registratiedatum: OptDateTime = None
    betrokkene_identificatie: dict[str, Any] | None = Field(
        default=None, alias="betrokkeneIdentificatie"
    )


class ZaakInformatieObject(ZgwModel):
    """The link between a zaak and a document in the Documenten API."""

    url: str
    uuid: str | None = None
    informatieobject: str
    zaak: str | None = None
    aard_relatie_weergave: str | None = Field(default="", alias="aardRelatieWeergave")
    titel: str | None = ""
    beschrijving: str | None = ""
    registratiedatum: OptDateTime = None
    vernietigingsdatum: OptDateTime = None
    status: str | None = None


class InformatieObject(ZgwModel):
    """A document's metadata (enkelvoudiginformatieobject); ``inhoud`` is the download URL."""

    url: str
    identificatie: str | None = ""
    bronorganisatie: str | None = ""
    creatiedatum: OptDate = None
    titel: str | None = ""
    vertrouwelijkheidaanduiding: str | None = None
    auteur: str | None = ""
    status: str | None = None
    formaat: str | None = ""
    taal: str | None = ""
    versie: int | None = None
    bestandsnaam: str | None = ""
    inhoud: str | None = None
    bestandsomvang: int | None = None
    beschrijving: str | None = ""
    informatieobjecttype: str | None = None
    raw_expand: dict[str, Any] | None = Field(default=None, alias="_expand")


class Zaak(ZgwModel):
    """A zaak as ``GET /zaken`` returns it, with the parsed ``_expand`` at hand."""

    url: str
    uuid: str | None = None
    identificatie: str | None = ""
    bronorganisatie: str | None = ""
    omschrijving: str | None = ""
    toelichting: str | None = ""
    zaaktype: str
    registratiedatum: OptDate = None
    startdatum: OptDate = None
    einddatum: OptDate = None
    einddatum_gepland: OptDate = Field(default=None, alias="einddatumGepland")
    uiterlijke_einddatum_afdoening: OptDate = Field(
        default=None, alias="uiterlijkeEinddatumAfdoening"
    )
    publicatiedatum: OptDate = None
    vertrouwelijkheidaanduiding: str | None = None
    betalingsindicatie: str | None = ""
    laatste_betaaldatum: OptDateTime = Field(default=None, alias="laatsteBetaaldatum")
    opschorting: Opschorting | None = None
    verlenging: Verlenging | None = None
    rollen: list[str] = Field(default_factory=list)
    status: str | None = None
    resultaat: str | None = None
    zaakinformatieobjecten: list[str] = Field(default_factory=list)
    raw_expand: dict[str, Any] | None = Field(default=None, alias="_expand")

    @property
    def expand_status(self) -> Status | None:
        """The current status from ``expand=status``, or None."""
        value = (self.raw_expand or {}).get("status")
        return Status.model_validate(value) if isinstance(value, dict) else None

    @property
    def expand_resultaat(self) -> Resultaat | None:
        """The resultaat from ``expand=resultaat``, or None."""
        value = (self.raw_expand or {}).get("resultaat")
        return Resultaat.model_validate(value) if isinstance(value, dict) else None

    @property
    def expand_zaakinformatieobjecten(self) -> list[ZaakInformatieObject]:
        """The document links from ``expand=zaakinformatieobjecten`` (empty when not asked)."""
        value = (self.raw_expand or {}).get("zaakinformatieobjecten")
        if not isinstance(value, list):
            return []
        return [ZaakInformatieObject.model_validate(v) for v in value if isinstance(v, dict)]

    @property
    def expand_zaaktype(self) -> Zaaktype | None:
        """The zaaktype from ``expand=zaaktype``, or None."""
        value = (self.raw_expand or {}).get("zaaktype")
        return Zaaktype.model_validate(value) if isinstance(value, dict) else None

    @property
    def expand_rollen(self) -> list[Rol]:
        """The rollen from ``expand=rollen`` (empty when not asked)."""
        value = (self.raw_expand or {}).get("rollen")
        if not isinstance(value, list):
            return []
        return [Rol.model_validate(v) for v in value if isinstance(v, dict)]

    @model_validator(mode="after")
    def _expand_leesbaar(self) -> Zaak:
        """Every expanded part reads as its model now, at parse time: a malformed one fails the
        list with its source named, never later in the composer or on a screen (issue 9.3)."""
        _ = (self.expand_status, self.expand_resultaat, self.expand_zaakinformatieobjecten)
        _ = (self.expand_zaaktype, self.expand_rollen)
        return self

    def heeft_expand(self, naam: str) -> bool:
        """True when the server expanded ``naam`` (so an empty list means: none)."""
        return naam in (self.raw_expand or {})

    @property
    def is_afgesloten(self) -> bool:
        """True when the zaak has an einddatum."""
        return self.einddatum is not None


class ZakenClient:
    """Reads zaken, statussen and documents of one person or company."""

    def __init__(self, zaken: ApiClient, documenten: ApiClient | None = None) -> None:
        self._zaken = zaken
        self._documenten = documenten or zaken

    @property
    def api(self) -> ApiClient:
        """The Zaken API client (its server's ``werkers``, its ``bron``)."""
        return self._zaken

    async def _lijst(
        self,
        params: dict[str, str | int | list[str]],
        page: int | None = None,
        page_size: int | None = None,
    ) -> list[Zaak]:
        if page is not None:
            items = await self._zaken.get_page(
                "zaken", params=params, page=page, page_size=page_size or MAX_PAGE_SIZE
            )
        else:
            items = await self._zaken.list_all(
                "zaken", params=params, page_size=page_size or MAX_PAGE_SIZE
            )
        bron = self._zaken.bron
        return await parse_in_stukken(items, lambda item: valideer(Zaak, item, bron))

    @staticmethod
    def _params(expand: Sequence[str], **filters: str) -> dict[str, str | int | list[str]]:
        params: dict[str, str | int | list[str]] = dict(filters)
        if expand:
            params["expand"] = list(expand)
        return params

    async def zaken_van_persoon(
        self,
        bsn: str,
        *,
        expand: Sequence[str] = ZAAK_EXPAND,
        page: int | None = None,
        page_size: int | None = None,
    ) -> list[Zaak]:
        """GET /zaken?rol__…natuurlijkPersoon__inpBsn=… (all pages, or only ``page``)."""
        return await self._lijst(
            self._params(expand, rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=bsn),
            page,
            page_size,
        )

    async def zaken_van_bedrijf(
        self,
        *,
        kvk_nummer: str | None = None,
        rsin: str | None = None,
        vestigingsnummer: str | None = None,
        expand: Sequence[str] = ZAAK_EXPAND,
        page: int | None = None,
        page_size: int | None = None,
    ) -> list[Zaak]:
        """GET /zaken by the company's rollen: one query per identifier, merged and deduplicated.

        A company may be registered as niet-natuurlijk persoon (kvkNummer / innNnpId = RSIN)
        or as vestiging (vestigingsNummer, kvkNummer); the queries run concurrently.
        """
        prefix = "rol__betrokkeneIdentificatie__"
        filters: list[dict[str, str]] = []
        if kvk_nummer:
            filters.append({f"{prefix}nietNatuurlijkPersoon__kvkNummer": kvk_nummer})
            if not vestigingsnummer:
                filters.append({f"{prefix}vestiging__kvkNummer": kvk_nummer})
        if rsin:
            filters.append({f"{prefix}nietNatuurlijkPersoon__innNnpId": rsin})
        if vestigingsnummer:
            filters.append({f"{prefix}vestiging__vestigingsNummer": vestigingsnummer})
        if not filters:
            return []
        results = await asyncio.gather(
            *(self._lijst(self._params(expand, **f), page, page_size) for f in filters)
        )
        seen: set[str] = set()
        merged: list[Zaak] = []
        for zaken in results:
            for zaak in zaken:
                if zaak.url not in seen:
                    seen.add(zaak.url)
                    merged.append(zaak)
        return merged

    async def zaak_op_identificatie(
        self, identificatie: str, *, expand: Sequence[str] = ZAAK_EXPAND
    ) -> Zaak | None:
        """GET /zaken?identificatie=…; None when there is no such zaak."""
        page = await self._zaken.get_json(
            "zaken", params=self._params(expand, identificatie=identificatie)
        )
        results = page.get("results") if isinstance(page, dict) else None
        if not isinstance(results, list):
            raise OngeldigAntwoord(
                self._zaken.bron, tr("het antwoord is geen lijst met resultaten")
            )
        return valideer(Zaak, results[0], self._zaken.bron) if results else None

    async def zaak(self, url: str, *, expand: Sequence[str] = ZAAK_EXPAND) -> Zaak:
        """GET /zaken/{uuid}."""
        data = await self._zaken.get_json(url, params=self._params(expand))
        result: Zaak = valideer(Zaak, data, self._zaken.bron)
        return result

    async def statussen(self, zaak_url: str) -> list[Status]:
        """GET /statussen?zaak=…: the zaak's status history, oldest first."""
        items = await self._zaken.list_all("statussen", params={"zaak": zaak_url})
        statussen = [valideer(Status, item, self._zaken.bron) for item in items]
        return sorted(statussen, key=lambda s: (s.datum_status_gezet is None, s.datum_status_gezet))

    async def zaakinformatieobjecten(self, zaak_url: str) -> list[ZaakInformatieObject]:
        """GET /zaakinformatieobjecten?zaak=… (an unpaginated list)."""
        items = await self._zaken.get_json("zaakinformatieobjecten", params={"zaak": zaak_url})
        if not isinstance(items, list):
            raise OngeldigAntwoord(self._zaken.bron, tr("het antwoord is geen lijst"))
        return [valideer(ZaakInformatieObject, item, self._zaken.bron) for item in items]

    async def documenten(self, zaak: Zaak) -> list[InformatieObject]:
        """Full metadata of the zaak's documents: one GET per document, concurrently.

        Uses the expanded zaakinformatieobjecten when the zaak has them, else lists them.
        """
        if zaak.heeft_expand("zaakinformatieobjecten"):
            links = zaak.expand_zaakinformatieobjecten
        elif not zaak.zaakinformatieobjecten:
            links = []
        else:
            links = await self.zaakinformatieobjecten(zaak.url)
        datas = await asyncio.gather(
            *(self._documenten.get_json(link.informatieobject) for link in links)
        )
        return [valideer(InformatieObject, data, self._documenten.bron) for data in datas]

    async def download(self, document: InformatieObject) -> bytes:
        """GET the document's content (``inhoud``, else ``{url}/download``).

        Documenten 1.x serves ``inhoud`` under its own root and asks the same credential for
        it, so there is no case for fetching it elsewhere without one: an ``inhoud`` outside the
        configured Documenten root is a server fault, raised as
        :class:`~services.verbinding.errors.VreemdAdres` before anything is sent. The download
        is read up to :attr:`~klantbeeld.services.verbinding.http.Grenzen.download_bytes`.
        """
        url = document.inhoud or f"{document.url.rstrip('/')}/download"
        return await self._documenten.get_bytes(url)
