"""Finds who the caller is from a recognised search: persons, companies, or a zaak's initiator.

A BSN or KVK-nummer opens directly; a postcode + huisnummer, a name + geboortedatum, a
vestigingsnummer, a zaaknummer, a phone number or an e-mail address is looked up in the source
that knows it, and gives a list of :class:`Treffer` to pick from. What it says (a hit's line,
why nothing was found) is in the screen's language (context "Zoeken"); names and addresses
stay as the source has them.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from enum import StrEnum

from klantbeeld.services.apis.brp import BrpClient, Persoon
from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient, Partij
from klantbeeld.services.apis.kvk import KvkClient, KvkResultaat
from klantbeeld.services.apis.zgw import Rol, ZakenClient
from klantbeeld.services.klantbeeld.telefoonnummer import lees_telefoonnummer
from klantbeeld.services.klantbeeld.zoekvraag import (
    BsnVraag,
    EmailVraag,
    KvkVraag,
    NaamVraag,
    PostcodeVraag,
    TelefoonVraag,
    VestigingVraag,
    ZaaknummerVraag,
    Zoekvraag,
)
from klantbeeld.services.taal import QT_TR_NOOP, vertaal
from klantbeeld.services.verbinding.errors import (
    ApiError,
    KlantbeeldError,
    NietGeautoriseerd,
    OngeldigeInvoer,
    OngeldigVerzoek,
    bronnaam,
)


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Zoeken")."""
    return vertaal("Zoeken", text)


class TrefferSoort(StrEnum):
    """What a hit opens."""

    PERSOON = "persoon"
    BEDRIJF = "bedrijf"


@dataclass(frozen=True)
class Treffer:
    """One hit: enough to recognise and open it."""

    soort: TrefferSoort
    sleutel: str  # BSN or KVK-nummer
    titel: str
    omschrijving: str = ""
    zaak_identificatie: str | None = None  # open this zaak once the klantbeeld is there


@dataclass
class Zoekresultaat:
    """The hits of one search, what was searched, and errors of sources that failed."""

    vraag: Zoekvraag
    treffers: list[Treffer] = field(default_factory=list)
    fouten: list[KlantbeeldError] = field(default_factory=list)

    @property
    def melding(self) -> str | None:
        """Plain words when there is nothing to show: says what was searched."""
        if self.treffers:
            return None
        if self.fouten:
            return foutmelding(self.fouten)
        return tr(NIETS_GEVONDEN).format(soort=self.vraag.label.lower(), tekst=self.vraag.tekst)

    @property
    def waarschuwing(self) -> str | None:
        """Plain words when there are hits but a source failed: the list may be incomplete."""
        if not self.treffers or not self.fouten:
            return None
        if all(_is_storing(f) for f in self.fouten):
            return tr(
                "Let op: {bronnen} niet bereikbaar; de lijst is misschien niet compleet."
            ).format(bronnen=_bronnen(self.fouten))
        return tr("Let op: {melding} De lijst is misschien niet compleet.").format(
            melding=foutmelding(self.fouten)
        )


#: Said when a search found no one (Dutch source; in the screen's language on screen).
NIETS_GEVONDEN = QT_TR_NOOP("Niets gevonden voor {soort} “{tekst}”.")


def is_niets_gevonden(melding: str) -> bool:
    """True when ``melding`` says that a search found no one (not that it failed)."""
    begin = tr(NIETS_GEVONDEN).split("{", 1)[0]
    return bool(begin) and melding.startswith(begin)


#: How the fields a server refused are called on screen (Dutch sources, translated when said).
VELD_NAMEN = {
    "burgerservicenummer": QT_TR_NOOP("het BSN"),
    "geslachtsnaam": QT_TR_NOOP("de achternaam"),
    "voornamen": QT_TR_NOOP("de voornamen"),
    "geboortedatum": QT_TR_NOOP("de geboortedatum"),
    "postcode": QT_TR_NOOP("de postcode"),
    "huisnummer": QT_TR_NOOP("het huisnummer"),
    "huisletter": QT_TR_NOOP("de huisletter"),
    "huisnummertoevoeging": QT_TR_NOOP("de toevoeging"),
    "kvkNummer": QT_TR_NOOP("het KVK-nummer"),
    "vestigingsnummer": QT_TR_NOOP("het vestigingsnummer"),
    "identificatie": QT_TR_NOOP("het zaaknummer"),
    "adres": QT_TR_NOOP("het telefoonnummer of e-mailadres"),
}


def foutmelding(fouten: list[KlantbeeldError]) -> str:
    """Plain words for why a search failed: bad input is not an outage, and is said first.

    Input the checks refused gets its own message; a 400 from a source says which part of
    the input it refused; only a failed connection or server is "niet bereikbaar".
    """
    for fout in fouten:
        if isinstance(fout, OngeldigeInvoer):
            return fout.melding
    for fout in fouten:
        if isinstance(fout, OngeldigVerzoek):
            velden = [tr(v) for v in _geweigerde_velden(fout.body)]
            wat = tr(" en ").join(velden) if velden else tr("de zoekvraag")
            return tr(
                "{bron} weigert deze zoekvraag: {wat} klopt niet. "
                "Controleer wat u typte en pas het aan."
            ).format(bron=bronnaam(fout.bron), wat=wat)
    geweigerd = sorted({bronnaam(f.bron) for f in fouten if isinstance(f, NietGeautoriseerd)})
    if geweigerd:
        return tr(
            "Zoeken lukte niet: {bronnen} geeft geen toegang. "
            "Controleer de instellingen of vraag de beheerder."
        ).format(bronnen=", ".join(geweigerd))
    return tr("Zoeken lukte niet: {bronnen} niet bereikbaar. Probeer het opnieuw.").format(
        bronnen=_bronnen(fouten)
    )


def _is_storing(fout: KlantbeeldError) -> bool:
    """True for an outage: not bad input, not a refusal, not missing rights."""
    return not isinstance(fout, OngeldigeInvoer | OngeldigVerzoek | NietGeautoriseerd)


def _bronnen(fouten: list[KlantbeeldError]) -> str:
    namen = {bronnaam(f.bron) if isinstance(f, ApiError) else tr("bron") for f in fouten}
    return ", ".join(sorted(namen))


def _geweigerde_velden(body: object) -> list[str]:
    """The refused fields of a problem+json ``invalidParams`` list (:data:`VELD_NAMEN`)."""
    if not isinstance(body, dict):
        return []
    items = body.get("invalidParams") or body.get("invalid-params") or []
    if not isinstance(items, list):
        return []
    namen: list[str] = []
    for item in items:
        naam = item.get("name") if isinstance(item, dict) else None
        if not isinstance(naam, str):
            continue
        woord = VELD_NAMEN.get(naam.split("[")[0].split("__")[0])
        if woord and woord not in namen:
            namen.append(woord)
    return namen


class Zoeker:
    """Runs a :class:`Zoekvraag` against the sources that can answer it."""

    def __init__(
        self,
        *,
        brp: BrpClient | None,
        kvk: KvkClient | None,
        zaken: ZakenClient | None,
        klantinteracties: KlantinteractiesClient | None,
    ) -> None:
        self.brp = brp
        self.kvk = kvk
        self.zaken = zaken
        self.klantinteracties = klantinteracties

    async def zoek(self, vraag: Zoekvraag) -> Zoekresultaat:
        """The hits for ``vraag`` (which must be :attr:`Zoekvraag.geldig`)."""
        resultaat = Zoekresultaat(vraag)
        match vraag:
            case BsnVraag(bsn=bsn):
                resultaat.treffers.append(Treffer(TrefferSoort.PERSOON, bsn, "BSN"))
            case KvkVraag(kvk_nummer=kvk_nummer):
                resultaat.treffers.append(Treffer(TrefferSoort.BEDRIJF, kvk_nummer, "KVK"))
            case VestigingVraag(vestigingsnummer=nummer):
                await self._bron(resultaat, self._vestiging(nummer))
            case PostcodeVraag():
                await asyncio.gather(
                    self._bron(resultaat, self._personen_op_adres(vraag)),
                    self._bron(resultaat, self._bedrijven_op_adres(vraag)),
                )
            case NaamVraag():
                await self._bron(resultaat, self._personen_op_naam(vraag))
            case ZaaknummerVraag(identificatie=identificatie):
                await self._bron(resultaat, self._zaak(identificatie))
            case TelefoonVraag(telefoonnummer=nummer):
                await self._bron(resultaat, self._telefoon(nummer))
            case EmailVraag(email=adres):
                await self._bron(resultaat, self._digitaal_adres(adres))
            case _:
                pass
        return resultaat

    async def _bron(
        self, resultaat: Zoekresultaat, werk: asyncio.Future[list[Treffer]] | object
    ) -> None:
        try:
            resultaat.treffers.extend(await werk)  # type: ignore[misc]
        except KlantbeeldError as e:
            resultaat.fouten.append(e)

    async def _personen_op_adres(self, vraag: PostcodeVraag) -> list[Treffer]:
        if self.brp is None:
            return []
        personen = await self.brp.zoek_op_postcode_en_huisnummer(
            vraag.postcode,
            vraag.huisnummer,
            huisletter=vraag.huisletter,
            huisnummertoevoeging=vraag.huisnummertoevoeging,
        )
        return [_persoon_treffer(p) for p in personen]

    async def _bedrijven_op_adres(self, vraag: PostcodeVraag) -> list[Treffer]:
        if self.kvk is None:
            return []
        hits = await self.kvk.zoek(postcode=vraag.postcode, huisnummer=vraag.huisnummer)
        return _bedrijf_treffers(hits)

    async def _personen_op_naam(self, vraag: NaamVraag) -> list[Treffer]:
        if self.brp is None:
            return []
        personen = await self.brp.zoek_op_naam_en_geboortedatum(
            vraag.geslachtsnaam, vraag.geboortedatum
        )
        return [_persoon_treffer(p) for p in personen]

    async def _vestiging(self, nummer: str) -> list[Treffer]:
        if self.kvk is None:
            return []
        return _bedrijf_treffers(await self.kvk.zoek(vestigingsnummer=nummer))

    async def _zaak(self, identificatie: str) -> list[Treffer]:
        if self.zaken is None:
            return []
        zaak = await self.zaken.zaak_op_identificatie(identificatie, expand=("rollen",))
        if zaak is None:
            return []
        treffers = [
            _rol_treffer(r, zaak.identificatie or identificatie) for r in zaak.expand_rollen
        ]
        initiators = [
            t
            for rol, t in zip(zaak.expand_rollen, treffers, strict=True)
            if t is not None
            and (_is_aanvrager(rol) or (rol.omschrijving or "").startswith("Aanvrager"))
        ]
        return initiators or [t for t in treffers if t is not None]

    async def _digitaal_adres(self, adres: str) -> list[Treffer]:
        if self.klantinteracties is None:
            return []
        partijen = await self.klantinteracties.partijen_met_digitaal_adres(adres)
        return [t for t in (_partij_treffer(p, adres) for p in partijen) if t is not None]

    async def _telefoon(self, tekst: str) -> list[Treffer]:
        """Every partij with this number, in any of the forms a server may hold it in."""
        if self.klantinteracties is None:
            return []
        nummer = lees_telefoonnummer(tekst)
        partijen = await self.klantinteracties.partijen_met_telefoonnummer(
            nummer.kern, nummer.is_zelfde
        )
        weergave = nummer.weergave
        return [t for t in (_partij_treffer(p, weergave) for p in partijen) if t is not None]


def _persoon_treffer(p: Persoon) -> Treffer:
    delen = [
        tr("geboren {datum}").format(datum=f"{p.geboortedatum:%d-%m-%Y}")
        if p.geboortedatum
        else tr("geboortedatum onbekend")
    ]
    if p.geheimhouding_persoonsgegevens:
        delen.append(tr("adres geheim"))
    elif p.adresregels:
        delen.append(", ".join(p.adresregels))
    if p.is_overleden:
        delen.append(tr("overleden"))
    return Treffer(
        TrefferSoort.PERSOON, p.burgerservicenummer or "", p.volledige_naam, " · ".join(delen)
    )


def _bedrijf_treffers(hits: list[KvkResultaat]) -> list[Treffer]:
    seen: dict[str, Treffer] = {}
    for hit in hits:
        kvk = hit.kvk_nummer or ""
        if not kvk or kvk in seen:
            continue
        adres = hit.bezoekadres.regel if hit.bezoekadres else ""
        seen[kvk] = Treffer(
            TrefferSoort.BEDRIJF,
            kvk,
            hit.naam or f"KVK {kvk}",
            " · ".join(x for x in (f"KVK {kvk}", adres) if x),
        )
    return list(seen.values())


def _is_aanvrager(rol: Rol) -> bool:
    """The zaak's initiator (the one a search by zaaknummer is most likely about)."""
    return rol.omschrijving_generiek == "initiator"


def _rol_treffer(rol: Rol, identificatie: str) -> Treffer | None:
    ident = rol.betrokkene_identificatie or {}
    # the rol's own omschrijving is the zaaksysteem's word: as written
    wie = tr("Aanvrager") if _is_aanvrager(rol) else (rol.omschrijving or tr("Betrokkene"))
    van_zaak = tr("{wie} van zaak {zaak}").format(wie=wie, zaak=identificatie)
    bsn = ident.get("inpBsn")
    if bsn:
        naam = " ".join(
            str(ident.get(k) or "")
            for k in ("voornamen", "voorvoegselGeslachtsnaam", "geslachtsnaam")
        ).split()
        return Treffer(
            TrefferSoort.PERSOON,
            str(bsn),
            " ".join(naam) or tr("Persoon"),
            van_zaak,
            zaak_identificatie=identificatie,
        )
    kvk = ident.get("kvkNummer")
    if kvk:
        return Treffer(
            TrefferSoort.BEDRIJF,
            str(kvk),
            str(ident.get("statutaireNaam") or tr("Bedrijf")),
            van_zaak,
            zaak_identificatie=identificatie,
        )
    return None


def _partij_treffer(p: Partij, adres: str) -> Treffer | None:
    bekend = tr("bekend met {adres}").format(adres=adres)
    if p.bsn:
        return Treffer(TrefferSoort.PERSOON, p.bsn, p.naam or tr("Persoon"), bekend)
    if p.kvk_nummer:
        return Treffer(TrefferSoort.BEDRIJF, p.kvk_nummer, p.naam or tr("Organisatie"), bekend)
    return None
