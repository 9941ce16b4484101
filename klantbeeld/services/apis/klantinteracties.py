"""Client and models for the Klantinteracties API 0.9 (Open Klant 2.x): partijen, contacten, taken.

Models keep every field the server sends (``extra="allow"``) and accept ``null``/``""`` in
any optional field and unknown enum values, as Open Klant 2.18 really answers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field

from klantbeeld.services.verbinding.errors import NietGevonden, OngeldigAntwoord, tr
from klantbeeld.services.verbinding.http import ApiClient, parse_in_stukken, valideer

#: What to expand on klantcontacten: the per-item data, never ``hadBetrokkenen`` (it only
#: describes the person searched for and costs 30 ms per contact on the real server).
KLANTCONTACT_EXPAND = ("gingOverOnderwerpobjecten", "leiddeTotInterneTaken")

#: Page size for list requests (the server maximum: one big page beats many small ones).
PAGE_SIZE = 500


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="allow")


class Referentie(_Model):
    """A ``{uuid, url}`` reference to another object."""

    uuid: str | None = None
    url: str | None = None


class PartijIdentificatorGroep(_Model):
    """The identifying code group of a partij-identificator (e.g. BSN in the BRP)."""

    code_objecttype: str | None = Field(None, alias="codeObjecttype")
    code_soort_object_id: str | None = Field(None, alias="codeSoortObjectId")
    object_id: str | None = Field(None, alias="objectId")
    code_register: str | None = Field(None, alias="codeRegister")


class PartijIdentificator(_Model):
    """One identifier of a partij (BSN, KVK-nummer, vestigingsnummer, RSIN)."""

    uuid: str | None = None
    url: str | None = None
    identificeerde_partij: Referentie | None = Field(None, alias="identificeerdePartij")
    andere_partij_identificator: str | None = Field(None, alias="anderePartijIdentificator")
    partij_identificator: PartijIdentificatorGroep | None = Field(None, alias="partijIdentificator")


class DigitaalAdres(_Model):
    """A phone number, e-mail address or other digital address."""

    uuid: str | None = None
    url: str | None = None
    adres: str | None = None
    soort_digitaal_adres: str | None = Field(None, alias="soortDigitaalAdres")
    is_standaard_adres: bool | None = Field(None, alias="isStandaardAdres")
    omschrijving: str | None = None
    verstrekt_door_partij: Referentie | None = Field(None, alias="verstrektDoorPartij")
    verstrekt_door_betrokkene: Referentie | None = Field(None, alias="verstrektDoorBetrokkene")
    expand: DigitaalAdresExpand | None = Field(None, alias="_expand")

    @property
    def partij_uuid(self) -> str | None:
        """The partij that gave it, or the partij of the betrokkene that gave it (expanded)."""
        if self.verstrekt_door_partij is not None and self.verstrekt_door_partij.uuid:
            return self.verstrekt_door_partij.uuid
        betrokkene = self.expand.verstrekt_door_betrokkene if self.expand else None
        if betrokkene is not None and betrokkene.was_partij is not None:
            return betrokkene.was_partij.uuid
        return None


class PartijExpand(_Model):
    """The ``_expand`` of a partij."""

    digitale_adressen: list[DigitaalAdres] | None = Field(None, alias="digitaleAdressen")


class Partij(_Model):
    """A person or organisation the municipality has contact with."""

    uuid: str
    url: str | None = None
    nummer: str | None = None
    soort_partij: str | None = Field(None, alias="soortPartij")
    indicatie_actief: bool | None = Field(None, alias="indicatieActief")
    indicatie_geheimhouding: bool | None = Field(None, alias="indicatieGeheimhouding")
    voorkeurstaal: str | None = None
    partij_identificatie: dict[str, Any] | None = Field(None, alias="partijIdentificatie")
    partij_identificatoren: list[PartijIdentificator] | None = Field(
        None, alias="partijIdentificatoren"
    )
    expand: PartijExpand | None = Field(None, alias="_expand")

    @property
    def digitale_adressen(self) -> list[DigitaalAdres]:
        """The expanded digitale adressen (empty when not expanded or none)."""
        if self.expand is None or not self.expand.digitale_adressen:
            return []
        return list(self.expand.digitale_adressen)

    def _identificator(self, soort: str) -> str | None:
        for ident in self.partij_identificatoren or []:
            groep = ident.partij_identificator
            if groep is not None and groep.code_soort_object_id == soort and groep.object_id:
                return groep.object_id
        return None

    @property
    def bsn(self) -> str | None:
        """The BSN among the identificatoren, if any."""
        return self._identificator("bsn")

    @property
    def kvk_nummer(self) -> str | None:
        """The KVK-nummer among the identificatoren, if any."""
        return self._identificator("kvk_nummer")

    @property
    def naam(self) -> str:
        """The display name: ``volledigeNaam`` of a person, ``naam`` of an organisation."""
        ident = self.partij_identificatie or {}
        value = ident.get("volledigeNaam") or ident.get("naam") or ""
        return str(value)


class Onderwerpobjectidentificator(_Model):
    """What an onderwerpobject points at (e.g. a zaak in Open Zaak)."""

    object_id: str | None = Field(None, alias="objectId")
    code_objecttype: str | None = Field(None, alias="codeObjecttype")
    code_register: str | None = Field(None, alias="codeRegister")
    code_soort_object_id: str | None = Field(None, alias="codeSoortObjectId")


class Onderwerpobject(_Model):
    """The subject of a klantcontact (a zaak, a product, ...)."""

    uuid: str | None = None
    url: str | None = None
    klantcontact: Referentie | None = None
    was_klantcontact: Referentie | None = Field(None, alias="wasKlantcontact")
    onderwerpobjectidentificator: Onderwerpobjectidentificator | None = None

    @property
    def zaak_uuid(self) -> str | None:
        """The zaak's uuid when this points at a zaak (by uuid, as KISS, or by URL)."""
        ident = self.onderwerpobjectidentificator
        if ident is None or not ident.object_id:
            return None
        pad = ident.object_id.strip().rstrip("/")
        soort = (ident.code_objecttype or "").lower()
        if "zaak" not in soort and not _is_zaak_url(pad):
            return None
        return pad.rsplit("/", 1)[-1]


class Internetaak(_Model):
    """A follow-up task (contactverzoek, open question) for an actor."""

    uuid: str
    url: str | None = None
    nummer: str | None = None
    referentienummer: str | None = None
    gevraagde_handeling: str | None = Field(None, alias="gevraagdeHandeling")
    toelichting: str | None = None
    status: str | None = None
    toegewezen_op: datetime | None = Field(None, alias="toegewezenOp")
    afgehandeld_op: datetime | None = Field(None, alias="afgehandeldOp")
    toegewezen_aan_actoren: list[Referentie] | None = Field(None, alias="toegewezenAanActoren")
    aanleidinggevend_klantcontact: Referentie | None = Field(
        None, alias="aanleidinggevendKlantcontact"
    )


class KlantcontactExpand(_Model):
    """The ``_expand`` of a klantcontact."""

    ging_over_onderwerpobjecten: list[Onderwerpobject] | None = Field(
        None, alias="gingOverOnderwerpobjecten"
    )
    leidde_tot_interne_taken: list[Internetaak] | None = Field(None, alias="leiddeTotInterneTaken")


class Klantcontact(_Model):
    """One contact between a citizen or company and the municipality."""

    uuid: str
    url: str | None = None
    nummer: str | None = None
    referentienummer: str | None = None
    kanaal: str | None = None
    onderwerp: str | None = None
    inhoud: str | None = None
    #: The answer given during the contact (Open Klant 2.x), "" when none.
    reactie: str | None = None
    indicatie_contact_gelukt: bool | None = Field(None, alias="indicatieContactGelukt")
    plaatsgevonden_op: datetime | None = Field(None, alias="plaatsgevondenOp")
    vertrouwelijk: bool | None = None
    taal: str | None = None
    expand: KlantcontactExpand | None = Field(None, alias="_expand")

    @property
    def onderwerpobjecten(self) -> list[Onderwerpobject]:
        """The expanded onderwerpobjecten (empty when not expanded)."""
        if self.expand is None:
            return []
        return list(self.expand.ging_over_onderwerpobjecten or [])

    @property
    def internetaken(self) -> list[Internetaak]:
        """The expanded internetaken (empty when not expanded)."""
        if self.expand is None:
            return []
        return list(self.expand.leidde_tot_interne_taken or [])

    @property
    def medewerkers(self) -> list[str]:
        """Names of the actoren who took part (``hadBetrokkenActoren``, embedded by Open Klant)."""
        actoren = (self.model_extra or {}).get("hadBetrokkenActoren") or []
        return [str(a["naam"]) for a in actoren if isinstance(a, dict) and a.get("naam")]

    @property
    def zaak_uuids(self) -> list[str]:
        """The uuids of the zaken this contact was about."""
        return [u for o in self.onderwerpobjecten if (u := o.zaak_uuid)]


class Betrokkene(_Model):
    """A partij's part in one klantcontact."""

    uuid: str
    url: str | None = None
    was_partij: Referentie | None = Field(None, alias="wasPartij")
    had_klantcontact: Referentie | None = Field(None, alias="hadKlantcontact")
    rol: str | None = None
    initiator: bool | None = None
    volledige_naam: str | None = Field(None, alias="volledigeNaam")
    organisatienaam: str | None = None


class DigitaalAdresExpand(_Model):
    """The ``_expand`` of a digitaal adres: the betrokkene that gave it."""

    verstrekt_door_betrokkene: Betrokkene | None = Field(None, alias="verstrektDoorBetrokkene")


DigitaalAdres.model_rebuild()


class Actor(_Model):
    """A medewerker, department/group or automated actor."""

    uuid: str
    url: str | None = None
    naam: str | None = None
    soort_actor: str | None = Field(None, alias="soortActor")
    indicatie_actief: bool | None = Field(None, alias="indicatieActief")
    actoridentificator: dict[str, Any] | None = None
    actor_identificatie: dict[str, Any] | None = Field(None, alias="actorIdentificatie")


def _dt(moment: datetime) -> str:
    return moment.isoformat()


def _is_zaak_url(waarde: str) -> bool:
    """True for a Zaken API resource URL (``…/zaken/{uuid}``), whatever the objecttype says."""
    if not waarde.startswith(("http://", "https://")):
        return False
    delen = urlsplit(waarde).path.rstrip("/").split("/")
    return len(delen) >= 2 and delen[-2] == "zaken"


def _nieuwste_eerst(contact: Klantcontact) -> tuple[bool, float]:
    """Sort key: newest first as Open Klant orders them, contacts without a moment last."""
    moment = contact.plaatsgevonden_op
    return (moment is None, -moment.timestamp() if moment is not None else 0.0)


class KlantinteractiesClient:
    """Reads and writes in the Klantinteracties API through one :class:`ApiClient`."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    # -- partijen ---------------------------------------------------------------------------

    async def _partij(self, params: dict[str, str | int | list[str]]) -> Partij | None:
        params = {**params, "expand": "digitaleAdressen", "pageSize": 10}
        page = await self.api.get_json("partijen", params=params)
        results = page.get("results") if isinstance(page, dict) else None
        if not isinstance(results, list):
            raise OngeldigAntwoord(self.api.bron, tr("het antwoord is geen lijst met partijen"))
        if not results:
            return None
        return valideer(Partij, results[0], self.api.bron, tr("partij"))

    async def partij_voor_bsn(self, bsn: str) -> Partij | None:
        """``GET /partijen`` by BSN identificator, with digitale adressen; None when absent."""
        return await self._partij(
            {
                "partijIdentificator__codeObjecttype": "natuurlijk_persoon",
                "partijIdentificator__codeSoortObjectId": "bsn",
                "partijIdentificator__codeRegister": "brp",
                "partijIdentificator__objectId": bsn,
            }
        )

    async def partij_voor_kvk(self, kvk_nummer: str) -> Partij | None:
        """``GET /partijen`` by KVK-nummer identificator; None when absent."""
        return await self._partij(
            {
                "partijIdentificator__codeObjecttype": "niet_natuurlijk_persoon",
                "partijIdentificator__codeSoortObjectId": "kvk_nummer",
                "partijIdentificator__codeRegister": "hr",
                "partijIdentificator__objectId": kvk_nummer,
            }
        )

    async def partijen_met_digitaal_adres(self, adres: str) -> list[Partij]:
        """The partijen that gave this phone number or e-mail address.

        ``GET /digitaleadressen?adres__icontains=…``, then each distinct partij (concurrently).
        """
        items = await self.api.list_all(
            "digitaleadressen", params={"adres__icontains": adres}, page_size=PAGE_SIZE
        )
        return await self._partijen_van(
            [valideer(DigitaalAdres, item, self.api.bron, tr("digitaal adres")) for item in items]
        )

    async def partijen_met_telefoonnummer(
        self, kern: str, is_zelfde: Callable[[str], bool]
    ) -> list[Partij]:
        """The partijen that gave a phone number, in whichever form it was stored.

        ``GET /digitaleadressen?soortDigitaalAdres=telefoonnummer&adres__icontains=<kern>
        &expand=verstrektDoorBetrokkene`` (``kern``: the digits every form shares,
        ``612345678`` for ``0612345678``, ``+31612345678`` and ``0031612345678``); only the
        addresses ``is_zelfde`` accepts count, then each distinct partij (concurrently): the
        one that gave the number, or the one whose betrokkene gave it in a klantcontact. The
        filters are the real server's (``adres__icontains``: icontains,
        ``soortDigitaalAdres``: exact).
        """
        items = await self.api.list_all(
            "digitaleadressen",
            params={
                "soortDigitaalAdres": "telefoonnummer",
                "adres__icontains": kern,
                "expand": "verstrektDoorBetrokkene",
            },
            page_size=PAGE_SIZE,
        )
        adressen = [
            valideer(DigitaalAdres, item, self.api.bron, tr("digitaal adres")) for item in items
        ]
        return await self._partijen_van([a for a in adressen if is_zelfde(a.adres or "")])

    async def _partijen_van(self, adressen: list[DigitaalAdres]) -> list[Partij]:
        uuids = list(dict.fromkeys(u for a in adressen if (u := a.partij_uuid)))
        partijen = await asyncio.gather(*(self._partij_op_uuid(u) for u in uuids))
        return [p for p in partijen if p is not None]

    async def _partij_op_uuid(self, uuid: str) -> Partij | None:
        try:
            data = await self.api.get_json(f"partijen/{uuid}")
        except NietGevonden:
            return None
        return valideer(Partij, data, self.api.bron, tr("partij"))

    # -- klantcontacten ---------------------------------------------------------------------

    async def _klantcontacten(
        self,
        params: dict[str, str | int | list[str]],
        expand: Sequence[str] = KLANTCONTACT_EXPAND,
        page: int | None = None,
        page_size: int | None = None,
    ) -> list[Klantcontact]:
        query = dict(params)
        if expand:
            query["expand"] = ",".join(expand)
        if page is not None:
            items = await self.api.get_page(
                "klantcontacten", params=query, page=page, page_size=page_size or PAGE_SIZE
            )
        else:
            items = await self.api.list_all(
                "klantcontacten", params=query, page_size=page_size or PAGE_SIZE
            )
        bron = self.api.bron
        return await parse_in_stukken(
            items, lambda item: valideer(Klantcontact, item, bron, "klantcontact")
        )

    async def klantcontacten_van_bsn(
        self,
        bsn: str,
        *,
        expand: Sequence[str] = KLANTCONTACT_EXPAND,
        page: int | None = None,
        page_size: int | None = None,
    ) -> list[Klantcontact]:
        """``GET /klantcontacten`` of the partij with this BSN (all, or only ``page``)."""
        return await self._klantcontacten(
            {
                "hadBetrokkene__wasPartij__partijIdentificator__objectId": bsn,
                "hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId": "bsn",
            },
            expand,
            page,
            page_size,
        )

    async def klantcontacten_van_kvk(
        self,
        kvk_nummer: str,
        *,
        expand: Sequence[str] = KLANTCONTACT_EXPAND,
        page: int | None = None,
        page_size: int | None = None,
    ) -> list[Klantcontact]:
        """``GET /klantcontacten`` of the partij with this KVK-nummer (all, or only ``page``)."""
        return await self._klantcontacten(
            {
                "hadBetrokkene__wasPartij__partijIdentificator__objectId": kvk_nummer,
                "hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId": "kvk_nummer",
            },
            expand,
            page,
            page_size,
        )

    async def klantcontacten_over_zaak(
        self, zaak_uuid: str, *, zaak_url: str | None = None
    ) -> list[Klantcontact]:
        """``GET /klantcontacten`` whose onderwerpobject is this zaak, newest first.

        Systems link a zaak differently: we and KISS put its uuid in the onderwerpobject's
        ``objectId``, others its URL, and the server compares ``objectId`` as an exact string
        (recordings OK 51, 52, 160). So both are asked, concurrently, and merged (each contact
        once).
        """
        sleutels = [zaak_uuid, *([zaak_url] if zaak_url and zaak_url != zaak_uuid else [])]
        lijsten = await asyncio.gather(
            *(
                self._klantcontacten({"onderwerpobject__onderwerpobjectidentificatorObjectId": s})
                for s in sleutels
            )
        )
        contacten = {kc.uuid: kc for lijst in lijsten for kc in lijst}
        return sorted(contacten.values(), key=_nieuwste_eerst)

    async def klantcontacten_met_digitaal_adres(self, adres: str) -> list[Klantcontact]:
        """``GET /klantcontacten`` where a betrokkene left this phone number or e-mail."""
        return await self._klantcontacten({"hadBetrokkene__digitaaladres__adres__icontains": adres})

    # -- internetaken, actoren --------------------------------------------------------------

    async def internetaken(
        self,
        *,
        status: str | None = None,
        actor_uuid: str | None = None,
        klantcontact_uuid: str | None = None,
    ) -> list[Internetaak]:
        """``GET /internetaken`` filtered by status, assigned actor and/or klantcontact."""
        params: dict[str, str | int | list[str]] = {}
        if status:
            params["status"] = status
        if actor_uuid:
            params["toegewezenAanActor__uuid"] = actor_uuid
        if klantcontact_uuid:
            params["klantcontact__uuid"] = klantcontact_uuid
        items = await self.api.list_all("internetaken", params=params, page_size=PAGE_SIZE)
        return [valideer(Internetaak, item, self.api.bron, tr("internetaak")) for item in items]

    async def actoren(self, *, soort: str | None = None) -> list[Actor]:
        """``GET /actoren``, optionally of one ``soortActor``."""
        params: dict[str, str | int | list[str]] = {"soortActor": soort} if soort else {}
        items = await self.api.list_all("actoren", params=params, page_size=PAGE_SIZE)
        return [valideer(Actor, item, self.api.bron, tr("actor")) for item in items]

    # -- writes (never retried blindly) -----------------------------------------------------
    #
    # Each write shape is built in one place: its method here (the klantcontact and betrokkene
    # in NieuwKlantcontact.body / NieuweBetrokkene.body). The bezorger (services.bezorger)
    # decides when to send, what to look up first and what a refusal means.

    async def maak_partij(
        self,
        *,
        soort: Literal["bsn", "kvk"],
        nummer: str,
        voornaam: str = "",
        voorvoegsel: str = "",
        achternaam: str = "",
        organisatienaam: str = "",
    ) -> Partij:
        """``POST /partijen``: a persoon (by BSN) or an organisatie (by KVK-nummer).

        The one partij body of the app; the names are only what the new partij is called.
        """
        body: dict[str, Any] = {
            "indicatieActief": True,
            "indicatieGeheimhouding": False,
            "voorkeurstaal": "nld",
            "digitaleAdressen": [],
            "voorkeursDigitaalAdres": None,
            "rekeningnummers": [],
            "voorkeursRekeningnummer": None,
        }
        if soort == "kvk":
            body["soortPartij"] = "organisatie"
            body["partijIdentificatie"] = {"naam": organisatienaam}
            body["partijIdentificatoren"] = [
                _partij_identificator("niet_natuurlijk_persoon", "kvk_nummer", nummer, "hr")
            ]
        else:
            body["soortPartij"] = "persoon"
            body["partijIdentificatie"] = {
                "contactnaam": _contactnaam(voornaam, voorvoegsel, achternaam)
            }
            body["partijIdentificatoren"] = [
                _partij_identificator("natuurlijk_persoon", "bsn", nummer, "brp")
            ]
        return Partij.model_validate(await self.api.post_json("partijen", body))

    async def maak_partij_persoon(
        self, bsn: str, *, voornaam: str = "", voorvoegsel: str = "", achternaam: str = ""
    ) -> Partij:
        """``POST /partijen``: a persoon partij with a BSN identificator."""
        return await self.maak_partij(
            soort="bsn",
            nummer=bsn,
            voornaam=voornaam,
            voorvoegsel=voorvoegsel,
            achternaam=achternaam,
        )

    async def maak_actor_medewerker(
        self, *, identificatie: str, naam: str, telefoonnummer: str = ""
    ) -> Actor:
        """``POST /actoren``: a medewerker, identified by login (e-mail) as KISS does."""
        body: dict[str, Any] = {
            "naam": naam,
            "soortActor": "medewerker",
            "indicatieActief": True,
            # as KISS identifies a medewerker: the login, as an e-mail in msei
            "actoridentificator": _code(identificatie, "mdw", "msei", "email"),
        }
        if telefoonnummer:  # Open Klant requires functie + telefoonnummer in this group
            medewerker = {"functie": "KCC-medewerker", "telefoonnummer": telefoonnummer}
            if "@" in identificatie:
                medewerker["emailadres"] = identificatie
            body["actorIdentificatie"] = medewerker
        return Actor.model_validate(await self.api.post_json("actoren", body))

    async def registreer_klantcontact(
        self,
        *,
        klantcontact: NieuwKlantcontact,
        betrokkene: NieuweBetrokkene | None = None,
        antwoord_op: str | None = None,
        zaak_uuid: str | None = None,
    ) -> KlantcontactGemaakt:
        """``POST /maak-klantcontact``: the contact, its betrokkene and one onderwerpobject.

        The onderwerpobject is the klantcontact ``antwoord_op`` answers, else the zaak
        ``zaak_uuid``; neither: none. Nothing else is written (no follow-up GET).
        """
        body: dict[str, Any] = {"klantcontact": klantcontact.body()}
        if betrokkene is not None:
            body["betrokkene"] = betrokkene.body()
        if antwoord_op is not None:
            body["onderwerpobject"] = {
                "wasKlantcontact": {"uuid": antwoord_op},
                "onderwerpobjectidentificator": None,
            }
        elif zaak_uuid:
            body["onderwerpobject"] = {
                "wasKlantcontact": None,
                "onderwerpobjectidentificator": _zaak_ident(zaak_uuid),
            }
        data = await self.api.post_json("maak-klantcontact", body)
        return KlantcontactGemaakt.model_validate(data)

    async def maak_klantcontact(
        self,
        *,
        kanaal: str,
        onderwerp: str,
        inhoud: str,
        partij_uuid: str | None,
        zaak_uuids: Sequence[str] = (),
        plaatsgevonden_op: datetime | None = None,
        nummer: str | None = None,
        indicatie_contact_gelukt: bool = True,
    ) -> Klantcontact:
        """``POST /maak-klantcontact`` (+ ``POST /onderwerpobjecten`` per extra zaak).

        Returns the new contact as ``GET /klantcontacten/{uuid}`` shows it, expanded.
        """
        klantcontact: dict[str, Any] = {
            "kanaal": kanaal,
            "onderwerp": onderwerp,
            "inhoud": inhoud,
            "taal": "nld",
            "vertrouwelijk": False,
            "indicatieContactGelukt": indicatie_contact_gelukt,
        }
        if plaatsgevonden_op is not None:
            klantcontact["plaatsgevondenOp"] = _dt(plaatsgevonden_op)
        if nummer:
            klantcontact["nummer"] = nummer
        body: dict[str, Any] = {"klantcontact": klantcontact}
        if partij_uuid:
            body["betrokkene"] = NieuweBetrokkene(partij_uuid=partij_uuid).body()
        zaken = list(zaak_uuids)
        if zaken:
            body["onderwerpobject"] = {"onderwerpobjectidentificator": _zaak_ident(zaken[0])}
        created = await self.api.post_json("maak-klantcontact", body)
        kc_uuid = str(created["klantcontact"]["uuid"])
        for zaak in zaken[1:]:
            await self.maak_onderwerpobject(klantcontact_uuid=kc_uuid, zaak_uuid=zaak)
        data = await self.api.get_json(
            f"klantcontacten/{kc_uuid}", params={"expand": ",".join(KLANTCONTACT_EXPAND)}
        )
        return valideer(Klantcontact, data, self.api.bron, tr("klantcontact"))

    async def maak_onderwerpobject(
        self, *, klantcontact_uuid: str, zaak_uuid: str
    ) -> Onderwerpobject:
        """``POST /onderwerpobjecten``: one more zaak a klantcontact was about."""
        body = {
            "klantcontact": {"uuid": klantcontact_uuid},
            "wasKlantcontact": None,
            "onderwerpobjectidentificator": _zaak_ident(zaak_uuid),
        }
        return Onderwerpobject.model_validate(await self.api.post_json("onderwerpobjecten", body))

    async def maak_actorklantcontact(
        self, *, actor_uuid: str, klantcontact_uuid: str
    ) -> Actorklantcontact:
        """``POST /actorklantcontacten``: the medewerker who had the contact."""
        body = {"actor": {"uuid": actor_uuid}, "klantcontact": {"uuid": klantcontact_uuid}}
        data = await self.api.post_json("actorklantcontacten", body)
        return Actorklantcontact.model_validate(data)

    async def maak_internetaak(
        self,
        *,
        klantcontact_uuid: str,
        actor_uuids: Sequence[str],
        gevraagde_handeling: str,
        toelichting: str = "",
        referentienummer: str | None = None,
    ) -> Internetaak:
        """``POST /internetaken``: a follow-up task for one or more actoren."""
        body: dict[str, Any] = {}
        if referentienummer is not None:
            body["referentienummer"] = referentienummer
        body |= {
            "aanleidinggevendKlantcontact": {"uuid": klantcontact_uuid},
            "toegewezenAanActoren": [{"uuid": a} for a in actor_uuids],
            "gevraagdeHandeling": gevraagde_handeling,
            "toelichting": toelichting,
            "status": "te_verwerken",
        }
        return Internetaak.model_validate(await self.api.post_json("internetaken", body))

    async def zet_internetaak_status(self, uuid: str, status: str) -> Internetaak:
        """``PATCH /internetaken/{uuid}``: set ``te_verwerken`` or ``verwerkt``."""
        data = await self.api.patch_json(f"internetaken/{uuid}", {"status": status})
        return Internetaak.model_validate(data)

    async def maak_digitaal_adres(
        self,
        *,
        soort: str,
        adres: str,
        partij_uuid: str | None = None,
        betrokkene_uuid: str | None = None,
        omschrijving: str = "",
        referentie: str | None = None,
    ) -> DigitaalAdres:
        """``POST /digitaleadressen``, given by a partij or by a betrokkene (one of the two)."""
        body: dict[str, Any] = {
            "verstrektDoorPartij": {"uuid": partij_uuid} if partij_uuid else None,
            "verstrektDoorBetrokkene": {"uuid": betrokkene_uuid} if betrokkene_uuid else None,
            "adres": adres,
            "soortDigitaalAdres": soort,
            "isStandaardAdres": False,
            "omschrijving": omschrijving,
        }
        if referentie is not None:
            body["referentie"] = referentie
        return DigitaalAdres.model_validate(await self.api.post_json("digitaleadressen", body))


class KlantcontactGemaakt(_Model):
    """The answer of ``POST /maak-klantcontact``: what was made, as references."""

    klantcontact: Referentie | None = None
    betrokkene: Referentie | None = None


class Actorklantcontact(_Model):
    """A medewerker's part in a klantcontact."""

    uuid: str | None = None
    url: str | None = None
    actor: Referentie | None = None
    klantcontact: Referentie | None = None


@dataclass(frozen=True)
class NieuwKlantcontact:
    """A klantcontact to write: what was asked, how it ended, and our key for it."""

    kanaal: str
    onderwerp: str
    inhoud: str
    indicatie_contact_gelukt: bool
    plaatsgevonden_op: datetime
    #: Our key (services.referentie); the server keeps it unique.
    referentienummer: str
    metadata: Mapping[str, str] = field(default_factory=dict)
    reactie: str = ""

    def body(self) -> dict[str, Any]:
        """The ``klantcontact`` of a ``maak-klantcontact`` body."""
        uit: dict[str, Any] = {
            "kanaal": self.kanaal,
            "onderwerp": self.onderwerp,
            "inhoud": self.inhoud,
            "taal": "nld",
            "vertrouwelijk": False,
            "indicatieContactGelukt": self.indicatie_contact_gelukt,
            "plaatsgevondenOp": _dt(self.plaatsgevonden_op),
            # Open Klant 0.9 has no field for how a question ended, nor for when the
            # conversation ended: kept in the klantcontact's metadata (string values),
            # with the registration id that proves the object ours (services.referentie).
            "metadata": dict(self.metadata),
        }
        if self.reactie:
            uit["reactie"] = self.reactie
        uit["referentienummer"] = self.referentienummer
        return uit


@dataclass(frozen=True)
class NieuweBetrokkene:
    """The klant's part in a new klantcontact: a partij, or only a name (contactverzoek)."""

    partij_uuid: str | None = None
    organisatienaam: str = ""
    voornaam: str = ""
    voorvoegsel: str = ""
    achternaam: str = ""

    def body(self) -> dict[str, Any]:
        """The ``betrokkene`` of a ``maak-klantcontact`` body."""
        uit: dict[str, Any] = {
            "wasPartij": {"uuid": self.partij_uuid} if self.partij_uuid else None,
            "rol": "klant",
            "initiator": True,
            "organisatienaam": self.organisatienaam,
        }
        if self.achternaam:
            uit["contactnaam"] = _contactnaam(self.voornaam, self.voorvoegsel, self.achternaam)
        return uit


def _code(object_id: str, objecttype: str, register: str, soort_object_id: str) -> dict[str, str]:
    """The identifying code group the standard uses for partijen, actoren and onderwerpen."""
    return {
        "objectId": object_id,
        "codeObjecttype": objecttype,
        "codeRegister": register,
        "codeSoortObjectId": soort_object_id,
    }


def _contactnaam(voornaam: str, voorvoegsel: str, achternaam: str) -> dict[str, str]:
    return {
        "voorletters": f"{voornaam[:1]}." if voornaam else "",
        "voornaam": voornaam,
        "voorvoegselAchternaam": voorvoegsel,
        "achternaam": achternaam,
    }


def _partij_identificator(
    objecttype: str, soort_object_id: str, object_id: str, register: str
) -> dict[str, Any]:
    return {
        "anderePartijIdentificator": "",
        "partijIdentificator": _code(object_id, objecttype, register, soort_object_id),
    }


def _zaak_ident(zaak_uuid: str) -> dict[str, str]:
    """The onderwerpobjectidentificator KISS writes for a zaak."""
    return _code(zaak_uuid, "zgw-Zaak", "openzaak", "uuid")
