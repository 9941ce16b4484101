"""Seed: the zaaktypecatalogus, several hundred zaken with statussen, rollen, resultaten, documents.

Shapes mirror Open Zaak 1.30 field by field (``shared/recorded/open-zaak-1.30.0``): ``null`` for
absent verlenging/zaakgeometrie, ``""`` for empty optional strings, absolute URLs (stored with
the placeholder :data:`~klantbeeld.sandbox.store.BASE`). Catalogus and document objects carry
an internal ``uuid`` key that the routes strip on output (the real API has no such field).
"""

from __future__ import annotations

import itertools
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from klantbeeld.sandbox.seed import plan
from klantbeeld.sandbox.seed.pdf import maak_pdf
from klantbeeld.sandbox.seed.plan import SeedBedrijf, SeedContext, SeedPersoon, SeedZaak
from klantbeeld.sandbox.seed.zaaktypen import INFORMATIEOBJECTTYPEN, ZAAKTYPEN, ZaaktypeDef
from klantbeeld.sandbox.store import BASE, Obj, Store
from klantbeeld.services.klantbeeld.vertrouwelijkheid import (
    VERTROUWELIJKHEDEN as ALLE_VERTROUWELIJKHEDEN,
)

ZAKEN = f"{BASE}/zaken/api/v1"
CATALOGI = f"{BASE}/catalogi/api/v1"
DOCUMENTEN = f"{BASE}/documenten/api/v1"

#: RSIN of the fictional municipality (the recorded Open Zaak uses the same test RSIN).
GEMEENTE_RSIN = "123456782"

#: Store collections whose objects hide the internal ``uuid`` key in API output.
VERBORGEN_UUID = frozenset(
    {
        "catalogussen",
        "zaaktypen",
        "statustypen",
        "resultaattypen",
        "informatieobjecttypen",
        "roltypen",
        "enkelvoudiginformatieobjecten",
        "objectinformatieobjecten",
    }
)

#: The levels the seed gives documents and zaken: the standard's scale short of zeer_geheim.
VERTROUWELIJKHEDEN = tuple(v for v in ALLE_VERTROUWELIJKHEDEN if v != "zeer_geheim")

ALLEEN_BEDRIJF = frozenset({"TERRAS"})
#: Zaaktypen someone living abroad (emigrated, RNI) can still have with the municipality.
VANUIT_BUITENLAND = ("WOZBEZW", "REISDOC")

REDENEN_OPSCHORTING = (
    "Wachten op aanvullende gegevens van de aanvrager.",
    "Advies van een externe partij nodig.",
    "Aanvrager heeft om uitstel gevraagd.",
)
REDENEN_VERLENGING = (
    "Complexe aanvraag: meer onderzoek nodig.",
    "Advies van de commissie laat langer op zich wachten.",
    "Grote drukte; behandeltermijn verlengd.",
)


def document_regels(titel: str) -> list[str]:
    """The body lines of a seeded document's PDF, derived from its titel only."""
    return [
        "Gemeente Oefenstad - oefenomgeving Klantbeeld",
        f"Document: {titel}",
        "Dit document is fictief en alleen bedoeld voor training en tests.",
    ]


def document_pdf(titel: str) -> bytes:
    """The PDF content of a seeded document (generated again on every download)."""
    return maak_pdf(titel, document_regels(titel))


@dataclass
class _Typen:
    """URLs of one zaaktype's catalogus objects."""

    zaaktype: Obj
    statustypen: list[Obj]
    resultaattypen: list[Obj]
    roltype_initiator: Obj
    iots: list[Obj]


class _Bouwer:
    """Builds the whole seed with one deterministic random source."""

    def __init__(self, store: Store, ctx: SeedContext) -> None:
        self.store = store
        self.ctx = ctx
        self.vandaag = ctx.vandaag
        self.rng = random.Random("klantbeeld-zaken")
        self.colls: dict[str, list[Obj]] = {}
        self.typen: dict[str, _Typen] = {}
        self.iot_by_naam: dict[str, Obj] = {}
        self.volgnummers: dict[int, int] = {}
        self.doc_nummer = 0
        self.personen = {p.bsn: p for p in ctx.personen}
        self.bedrijven = {b.kvk_nummer: b for b in ctx.bedrijven}

    # -- helpers ------------------------------------------------------------------------------

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, coll: str, obj: Obj) -> Obj:
        self.colls.setdefault(coll, []).append(obj)
        return obj

    def tijd(self, dag: date) -> str:
        uur = self.rng.randint(8, 16)
        minuut = self.rng.randint(0, 59)
        return datetime(dag.year, dag.month, dag.day, uur, minuut).strftime("%Y-%m-%dT%H:%M:%SZ")

    # -- catalogus ----------------------------------------------------------------------------

    def catalogus(self) -> None:
        begin = date(self.vandaag.year - 5, 1, 1).isoformat()
        cid = self.uid()
        cat = self.add(
            "catalogussen",
            {
                "url": f"{CATALOGI}/catalogussen/{cid}",
                "domein": "KCC",
                "rsin": GEMEENTE_RSIN,
                "contactpersoonBeheerNaam": "Team Zaakgericht werken",
                "contactpersoonBeheerTelefoonnummer": "14 070",
                "contactpersoonBeheerEmailadres": "",
                "zaaktypen": [],
                "besluittypen": [],
                "informatieobjecttypen": [],
                "naam": "Zaaktypecatalogus Gemeente Oefenstad",
                "versie": "1",
                "begindatumVersie": begin,
                "uuid": cid,
            },
        )
        for naam, categorie, vertrouwelijk in INFORMATIEOBJECTTYPEN:
            iid = self.uid()
            iot = self.add(
                "informatieobjecttypen",
                {
                    "url": f"{CATALOGI}/informatieobjecttypen/{iid}",
                    "catalogus": cat["url"],
                    "omschrijving": naam,
                    "vertrouwelijkheidaanduiding": vertrouwelijk,
                    "beginGeldigheid": begin,
                    "eindeGeldigheid": None,
                    "concept": False,
                    "besluittypen": [],
                    "informatieobjectcategorie": categorie,
                    "trefwoord": [],
                    "omschrijvingGeneriek": {
                        "informatieobjecttypeOmschrijvingGeneriek": "",
                        "definitieInformatieobjecttypeOmschrijvingGeneriek": "",
                        "herkomstInformatieobjecttypeOmschrijvingGeneriek": "",
                        "hierarchieInformatieobjecttypeOmschrijvingGeneriek": "",
                        "opmerkingInformatieobjecttypeOmschrijvingGeneriek": "",
                    },
                    "zaaktypen": [],
                    "beginObject": begin,
                    "eindeObject": None,
                    "uuid": iid,
                },
            )
            self.iot_by_naam[naam] = iot
            cat["informatieobjecttypen"].append(iot["url"])
        for nummer, zt in enumerate(ZAAKTYPEN, start=1):
            self.typen[zt.code] = self.zaaktype(cat, zt, nummer, begin)

    def zaaktype(self, cat: Obj, zt: ZaaktypeDef, nummer: int, begin: str) -> _Typen:
        zid = self.uid()
        url = f"{CATALOGI}/zaaktypen/{zid}"
        ident = f"ZT-{zt.code}-{nummer:03d}"
        obj = self.add(
            "zaaktypen",
            {
                "url": url,
                "identificatie": ident,
                "omschrijving": zt.omschrijving,
                "omschrijvingGeneriek": "",
                "vertrouwelijkheidaanduiding": zt.vertrouwelijkheid,
                "doel": zt.doel,
                "aanleiding": zt.aanleiding,
                "toelichting": "",
                "indicatieInternOfExtern": "extern",
                "handelingInitiator": zt.handeling_initiator,
                "onderwerp": zt.onderwerp,
                "handelingBehandelaar": "behandelen",
                "doorlooptijd": f"P{zt.doorlooptijd_dagen}D",
                "servicenorm": f"P{zt.servicenorm_dagen}D" if zt.servicenorm_dagen else None,
                "opschortingEnAanhoudingMogelijk": True,
                "verlengingMogelijk": zt.verlenging_mogelijk,
                "verlengingstermijn": (
                    f"P{max(14, zt.doorlooptijd_dagen // 2)}D" if zt.verlenging_mogelijk else None
                ),
                "trefwoorden": list(zt.trefwoorden),
                "publicatieIndicatie": False,
                "publicatietekst": "",
                "verantwoordingsrelatie": [],
                "productenOfDiensten": [],
                "selectielijstProcestype": "",
                "referentieproces": {"naam": zt.referentieproces, "link": ""},
                "concept": False,
                "verantwoordelijke": GEMEENTE_RSIN,
                "broncatalogus": {"url": "", "domein": "", "rsin": ""},
                "bronzaaktype": {"url": "", "identificatie": "", "omschrijving": ""},
                "beginGeldigheid": begin,
                "eindeGeldigheid": None,
                "versiedatum": begin,
                "beginObject": begin,
                "eindeObject": None,
                "catalogus": cat["url"],
                "statustypen": [],
                "resultaattypen": [],
                "eigenschappen": [],
                "informatieobjecttypen": [],
                "roltypen": [],
                "besluittypen": [],
                "deelzaaktypen": [],
                "gerelateerdeZaaktypen": [],
                "zaakobjecttypen": [],
                "uuid": zid,
            },
        )
        cat["zaaktypen"].append(url)
        common = {"zaaktype": url, "zaaktypeIdentificatie": ident}
        statustypen: list[Obj] = []
        for volg, st in enumerate(zt.statussen, start=1):
            sid = self.uid()
            statustypen.append(
                self.add(
                    "statustypen",
                    {
                        "url": f"{CATALOGI}/statustypen/{sid}",
                        "omschrijving": st.omschrijving,
                        "omschrijvingGeneriek": "",
                        "statustekst": st.statustekst,
                        **common,
                        "volgnummer": volg,
                        "isEindstatus": volg == len(zt.statussen),
                        "informeren": volg in (1, len(zt.statussen)),
                        "doorlooptijd": None,
                        "toelichting": None,
                        "checklistitemStatustype": [],
                        "catalogus": cat["url"],
                        "eigenschappen": [],
                        "zaakobjecttypen": [],
                        "beginGeldigheid": None,
                        "eindeGeldigheid": None,
                        "beginObject": None,
                        "eindeObject": None,
                        "uuid": sid,
                    },
                )
            )
        resultaattypen: list[Obj] = []
        for omschrijving, generiek in zt.resultaten:
            rid = self.uid()
            resultaattypen.append(
                self.add(
                    "resultaattypen",
                    {
                        "url": f"{CATALOGI}/resultaattypen/{rid}",
                        **common,
                        "omschrijving": omschrijving,
                        "resultaattypeomschrijving": (
                            "https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/"
                            f"{generiek}"
                        ),
                        "omschrijvingGeneriek": omschrijving,
                        "selectielijstklasse": "",
                        "toelichting": "",
                        "archiefnominatie": "vernietigen",
                        "archiefactietermijn": "P5Y",
                        "brondatumArchiefprocedure": {
                            "afleidingswijze": "afgehandeld",
                            "datumkenmerk": "",
                            "einddatumBekend": False,
                            "objecttype": "",
                            "registratie": "",
                            "procestermijn": None,
                        },
                        "procesobjectaard": "",
                        "indicatieSpecifiek": None,
                        "procestermijn": None,
                        "catalogus": cat["url"],
                        "besluittypen": [],
                        "besluittypeOmschrijving": [],
                        "informatieobjecttypen": [],
                        "informatieobjecttypeOmschrijving": [],
                        "beginGeldigheid": None,
                        "eindeGeldigheid": None,
                        "beginObject": None,
                        "eindeObject": None,
                        "uuid": rid,
                    },
                )
            )
        roltypen: list[Obj] = []
        for omschrijving, generiek in (("Aanvrager", "initiator"), ("Behandelaar", "behandelaar")):
            rid = self.uid()
            roltypen.append(
                self.add(
                    "roltypen",
                    {
                        "url": f"{CATALOGI}/roltypen/{rid}",
                        **common,
                        "omschrijving": omschrijving,
                        "omschrijvingGeneriek": generiek,
                        "catalogus": cat["url"],
                        "beginGeldigheid": None,
                        "eindeGeldigheid": None,
                        "beginObject": None,
                        "eindeObject": None,
                        "uuid": rid,
                    },
                )
            )
        iots = [self.iot_by_naam[n] for n in zt.documenten]
        for iot in iots:
            iot["zaaktypen"].append(url)
        obj["statustypen"] = [s["url"] for s in statustypen]
        obj["resultaattypen"] = [r["url"] for r in resultaattypen]
        obj["roltypen"] = [r["url"] for r in roltypen]
        obj["informatieobjecttypen"] = [i["url"] for i in iots]
        return _Typen(obj, statustypen, resultaattypen, roltypen[0], iots)

    # -- zaken --------------------------------------------------------------------------------

    def zaak(
        self,
        code: str,
        soort: str,
        *,
        bsn: str | None = None,
        bedrijf: SeedBedrijf | None = None,
        vestiging: bool = False,
        documenten: int | None = None,
    ) -> SeedZaak:
        """One zaak of zaaktype ``code``; soort is open|gesloten|te_laat|opgeschort|verlengd.

        Everything happens before "today" (a zaak starts yesterday at the latest); a deceased
        person's zaken all started and ended before the day of death.
        """
        rng = self.rng
        persoon = self.personen.get(bsn) if bsn else None
        peil = persoon.laatste_dag(self.vandaag) if persoon else self.vandaag
        if peil < self.vandaag:
            soort = "gesloten"
        zt = next(z for z in ZAAKTYPEN if z.code == code)
        typen = self.typen[code]
        doorloop = zt.doorlooptijd_dagen
        if soort == "gesloten":
            start = peil - timedelta(days=rng.randint(doorloop // 2 + 2, 900))
            duur = rng.randint(1, max(1, min(doorloop, (peil - start).days - 1)))
            eind: date | None = start + timedelta(days=duur)
        elif soort == "te_laat":
            start = peil - timedelta(days=doorloop + rng.randint(1, 60))
            eind = None
        else:
            # never today: a zaak started today has no history yet
            start = peil - timedelta(days=max(1, rng.randint(0, max(0, doorloop - 2))))
            eind = None
        verlenging: Obj | None = None
        verlengd = 0
        if soort == "verlengd":
            verlengd = max(14, doorloop // 2)
            verlenging = {"reden": rng.choice(REDENEN_VERLENGING), "duur": f"P{verlengd}D"}
        # Extending a zaak moves both its dates, as a zaakafhandelcomponent (ZAC) does.
        uiterlijk = start + timedelta(days=doorloop + verlengd)
        gepland = start + timedelta(days=(zt.servicenorm_dagen or doorloop) + verlengd)
        zid = self.uid()
        zaak_url = f"{ZAKEN}/zaken/{zid}"
        jaar = start.year
        self.volgnummers[jaar] = self.volgnummers.get(jaar, 0) + 1
        identificatie = f"ZAAK-{jaar}-{self.volgnummers[jaar]:010d}"
        omschrijving = rng.choice(zt.zaak_omschrijvingen).format(
            z=rng.choice("ABCDEFG"),
            j=jaar,
            s=rng.choice(("Laan van Meerdervoort", "Weimarstraat", "Prinsegracht", "Kerkstraat")),
        )
        vertrouwelijk = (
            rng.choice(VERTROUWELIJKHEDEN) if rng.random() < 0.15 else zt.vertrouwelijkheid
        )
        # statussen: all of them for a closed zaak, otherwise not the last one
        sts = typen.statustypen
        n = len(sts) if eind else rng.randint(1, max(1, len(sts) - 1))
        tot = eind or peil
        span = max(0, (tot - start).days)
        # an open zaak's steps happened before today (drawn as before, moved off today)
        gisteren = max(0, span - 1) if eind is None else span
        offsets = sorted(min(rng.randint(0, span), gisteren) for _ in range(n))
        offsets[0] = 0
        if eind:
            offsets[-1] = span
        statussen: list[Obj] = []
        for i, (st, dag) in enumerate(zip(sts[:n], offsets, strict=True)):
            sid = self.uid()
            statussen.append(
                {
                    "url": f"{ZAKEN}/statussen/{sid}",
                    "uuid": sid,
                    "zaak": zaak_url,
                    "statustype": st["url"],
                    "datumStatusGezet": self.tijd(start + timedelta(days=dag)),
                    "statustoelichting": st["omschrijving"],
                    "indicatieLaatstGezetteStatus": i == n - 1,
                    "gezetdoor": None,
                    "zaakinformatieobjecten": [],
                }
            )
        # make times strictly increasing on the same day
        for prev, cur in itertools.pairwise(statussen):
            if cur["datumStatusGezet"] <= prev["datumStatusGezet"]:
                t = datetime.strptime(prev["datumStatusGezet"], "%Y-%m-%dT%H:%M:%SZ")
                cur["datumStatusGezet"] = (t + timedelta(minutes=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
        resultaat: Obj | None = None
        if eind:
            rid = self.uid()
            resultaat = {
                "url": f"{ZAKEN}/resultaten/{rid}",
                "uuid": rid,
                "zaak": zaak_url,
                "resultaattype": rng.choice(typen.resultaattypen)["url"],
                "toelichting": "",
            }
            self.add("resultaten", resultaat)
        rol = self.rol(zaak_url, typen.roltype_initiator, start, bsn, bedrijf, vestiging)
        if documenten is None:
            documenten = rng.choice((0, 0, 1, 1, 1, 2, 2, 3))
        zios = [
            self.document(zaak_url, typen, start, eind, vertrouwelijk, peil)
            for _ in range(min(documenten, 3))
        ]
        zaak: Obj = {
            "url": zaak_url,
            "uuid": zid,
            "identificatie": identificatie,
            "bronorganisatie": GEMEENTE_RSIN,
            "omschrijving": omschrijving,
            "toelichting": "",
            "zaaktype": typen.zaaktype["url"],
            "registratiedatum": start.isoformat(),
            "verantwoordelijkeOrganisatie": GEMEENTE_RSIN,
            "startdatum": start.isoformat(),
            "einddatum": eind.isoformat() if eind else None,
            "einddatumGepland": gepland.isoformat(),
            "uiterlijkeEinddatumAfdoening": uiterlijk.isoformat(),
            "publicatiedatum": None,
            "laatstGemuteerd": statussen[-1]["datumStatusGezet"].replace("Z", ".000000Z"),
            "laatstGeopend": None,
            "communicatiekanaal": "",
            "communicatiekanaalNaam": "",
            "productenOfDiensten": [],
            "vertrouwelijkheidaanduiding": vertrouwelijk,
            "betalingsindicatie": "",
            "betalingsindicatieWeergave": "",
            "laatsteBetaaldatum": None,
            "zaakgeometrie": None,
            "verlenging": verlenging,
            "opschorting": {
                "indicatie": soort == "opgeschort",
                "eerdereOpschorting": soort == "opgeschort" or rng.random() < 0.05,
                "reden": rng.choice(REDENEN_OPSCHORTING) if soort == "opgeschort" else "",
            },
            "selectielijstklasse": "",
            "hoofdzaak": None,
            "deelzaken": [],
            "relevanteAndereZaken": [],
            "gerelateerdeZaken": [],
            "eigenschappen": [],
            "rollen": [rol["url"]],
            "status": statussen[-1]["url"],
            "zaakinformatieobjecten": [z["url"] for z in zios],
            "zaakobjecten": [],
            "kenmerken": [],
            "archiefnominatie": None,
            "archiefstatus": "nog_te_archiveren",
            "archiefactiedatum": None,
            "resultaat": resultaat["url"] if resultaat else None,
            "opdrachtgevendeOrganisatie": "",
            "processobjectaard": "",
            "startdatumBewaartermijn": None,
            "processobject": {
                "datumkenmerk": "",
                "identificatie": "",
                "objecttype": "",
                "registratie": "",
            },
        }
        self.add("zaken", zaak)
        for st in statussen:
            self.add("statussen", st)
        seed = SeedZaak(
            uuid=zid,
            url=zaak_url,
            identificatie=identificatie,
            zaaktype_omschrijving=zt.omschrijving,
            startdatum=start,
            einddatum=eind,
            bsn=bsn,
            kvk_nummer=bedrijf.kvk_nummer if bedrijf else None,
            status_omschrijving=sts[n - 1]["omschrijving"],
            zaaktype_code=code,
        )
        self.ctx.zaken.append(seed)
        return seed

    def rol(
        self,
        zaak_url: str,
        roltype: Obj,
        start: date,
        bsn: str | None,
        bedrijf: SeedBedrijf | None,
        vestiging: bool,
    ) -> Obj:
        rid = self.uid()
        ident: Obj
        if bsn is not None:
            persoon: SeedPersoon | None = self.personen.get(bsn)
            voornamen = persoon.voornamen if persoon else ""
            soort = "natuurlijk_persoon"
            ident = {
                "inpBsn": bsn,
                "anpIdentificatie": "",
                "inpA_nummer": "",
                "geslachtsnaam": persoon.geslachtsnaam if persoon else "",
                "voorvoegselGeslachtsnaam": "",
                "voorletters": "".join(f"{d[0]}." for d in voornamen.split() if d),
                "voornamen": voornamen,
                "geslachtsaanduiding": "",
                "geboortedatum": "",
                "verblijfsadres": None,
                "subVerblijfBuitenland": None,
            }
        elif bedrijf is not None and vestiging and bedrijf.vestigingsnummers:
            soort = "vestiging"
            ident = {
                "vestigingsNummer": self.rng.choice(bedrijf.vestigingsnummers),
                "handelsnaam": [bedrijf.naam] if bedrijf.naam else [],
                "verblijfsadres": None,
                "subVerblijfBuitenland": None,
                "kvkNummer": bedrijf.kvk_nummer,
            }
        else:
            assert bedrijf is not None
            soort = "niet_natuurlijk_persoon"
            ident = {
                "innNnpId": bedrijf.rsin,
                "annIdentificatie": "",
                "statutaireNaam": bedrijf.naam,
                "innRechtsvorm": "",
                "bezoekadres": "",
                "subVerblijfBuitenland": None,
                "kvkNummer": bedrijf.kvk_nummer,
                "vestigingsNummer": "",
            }
        return self.add(
            "rollen",
            {
                "url": f"{ZAKEN}/rollen/{rid}",
                "uuid": rid,
                "zaak": zaak_url,
                "betrokkene": "",
                "betrokkeneType": soort,
                "afwijkendeNaamBetrokkene": "",
                "roltype": roltype["url"],
                "omschrijving": roltype["omschrijving"],
                "omschrijvingGeneriek": roltype["omschrijvingGeneriek"],
                "roltoelichting": roltype["omschrijving"],
                "registratiedatum": self.tijd(start).replace("Z", ".000000Z"),
                "indicatieMachtiging": "",
                "contactpersoonRol": {
                    "emailadres": "",
                    "functie": "",
                    "telefoonnummer": "",
                    "naam": "",
                },
                "statussen": [],
                "beginGeldigheid": None,
                "eindeGeldigheid": None,
                "betrokkeneIdentificatie": ident,
                "authenticatieContext": None,
            },
        )

    def document(
        self,
        zaak_url: str,
        typen: _Typen,
        start: date,
        eind: date | None,
        vertrouwelijk: str,
        peil: date,
    ) -> Obj:
        rng = self.rng
        iot = rng.choice(typen.iots)
        did = self.uid()
        self.doc_nummer += 1
        dag = start + timedelta(days=rng.randint(0, max(0, ((eind or peil) - start).days)))
        dag = min(dag, max(start, peil - timedelta(days=1)))  # nothing today yet
        titel = f"{iot['omschrijving']} {typen.zaaktype['onderwerp'].lower()}"
        if rng.random() < 0.3:
            titel += f" {dag.strftime('%d-%m-%Y')}"
        aanduiding = (
            rng.choice(VERTROUWELIJKHEDEN)
            if rng.random() < 0.5
            else iot["vertrouwelijkheidaanduiding"]
        )
        url = f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{did}"
        bestandsnaam = titel.lower().replace(" ", "-").replace("/", "-").replace("é", "e") + ".pdf"
        tijd = self.tijd(dag).replace("Z", ".000000Z")
        self.add(
            "enkelvoudiginformatieobjecten",
            {
                "url": url,
                "identificatie": f"DOCUMENT-{dag.year}-{self.doc_nummer:010d}",
                "bronorganisatie": GEMEENTE_RSIN,
                "creatiedatum": dag.isoformat(),
                "titel": titel,
                "vertrouwelijkheidaanduiding": aanduiding,
                "auteur": "Gemeente Oefenstad",
                "status": "definitief",
                "formaat": "application/pdf",
                "taal": "nld",
                "versie": 1,
                "beginRegistratie": tijd,
                "bestandsnaam": bestandsnaam,
                "inhoud": f"{url}/download?versie=1",
                "bestandsomvang": len(document_pdf(titel)),
                "link": "",
                "beschrijving": "",
                "ontvangstdatum": None,
                "verzenddatum": None,
                "indicatieGebruiksrecht": None,
                "verschijningsvorm": "",
                "ondertekening": None,
                "integriteit": None,
                "informatieobjecttype": iot["url"],
                "locked": False,
                "bestandsdelen": [],
                "trefwoorden": [],
                "uuid": did,
            },
        )
        oid = self.uid()
        self.add(
            "objectinformatieobjecten",
            {
                "url": f"{DOCUMENTEN}/objectinformatieobjecten/{oid}",
                "informatieobject": url,
                "object": zaak_url,
                "objectType": "zaak",
                "uuid": oid,
            },
        )
        zid = self.uid()
        return self.add(
            "zaakinformatieobjecten",
            {
                "url": f"{ZAKEN}/zaakinformatieobjecten/{zid}",
                "uuid": zid,
                "informatieobject": url,
                "zaak": zaak_url,
                "aardRelatieWeergave": "Hoort bij, omgekeerd: kent",
                "titel": titel,
                "beschrijving": "",
                "registratiedatum": tijd,
                "vernietigingsdatum": None,
                "status": None,
            },
        )

    # -- the cast -----------------------------------------------------------------------------

    def bedrijf(self, kvk: str) -> SeedBedrijf:
        known = self.bedrijven.get(kvk)
        if known is not None:
            return known
        # Fallback while the companies module is not in: a deterministic RSIN (elfproef)
        # and two vestigingsnummers.
        while True:
            digits = [self.rng.randint(0, 9) for _ in range(8)]
            som = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
            last = som % 11
            if last < 10 and digits[0] != 0:
                break
        rsin = "".join(map(str, digits)) + str(last)
        vest = [f"{self.rng.randint(10**11, 10**12 - 1):012d}" for _ in range(2)]
        return SeedBedrijf(kvk_nummer=kvk, rsin=rsin, naam="", vestigingsnummers=vest)

    def bouw(self) -> None:
        rng = self.rng
        self.catalogus()
        persoon_codes = [z.code for z in ZAAKTYPEN if z.code not in ALLEEN_BEDRIJF]
        bedrijf_codes = [z.code for z in ZAAKTYPEN if z.bedrijf]
        soorten = ("open", "gesloten", "gesloten", "gesloten", "te_laat", "opgeschort", "verlengd")

        def soort_voor(code: str) -> str:
            soort = rng.choice(soorten)
            zt = next(z for z in ZAAKTYPEN if z.code == code)
            return "open" if soort == "verlengd" and not zt.verlenging_mogelijk else soort

        # The example person: every kind of zaak, on purpose.
        vb = plan.VOORBEELD_BSN
        self.zaak("OMGVERG", "open", bsn=vb, documenten=3)
        self.zaak("PARKVERG", "gesloten", bsn=vb, documenten=1)
        self.zaak("WOZBEZW", "te_laat", bsn=vb, documenten=2)
        self.zaak("WMO", "opgeschort", bsn=vb, documenten=1)
        self.zaak("KAPVERG", "verlengd", bsn=vb, documenten=0)
        self.zaak("REISDOC", "open", bsn=vb, documenten=0)
        self.zaak("MOR", "gesloten", bsn=vb, documenten=1)
        self.zaak("AFVAL", "gesloten", bsn=vb, documenten=0)
        for bsn, _why in plan.PERSONEN:
            if bsn == vb:
                continue
            aantal = 45 if bsn == plan.ZWAAR_BSN else rng.randint(1, 7)
            persoon = self.personen.get(bsn)
            buitenland = persoon is not None and persoon.woont_in_buitenland(self.vandaag)
            for _ in range(aantal):
                code = rng.choice(persoon_codes)
                if buitenland:  # only what one can still have with us from abroad
                    code = VANUIT_BUITENLAND[persoon_codes.index(code) % len(VANUIT_BUITENLAND)]
                self.zaak(code, soort_voor(code), bsn=bsn)
        for kvk in plan.BEDRIJVEN_KVK:
            bedrijf = self.bedrijf(kvk)
            aantal = 7 if kvk == plan.VOORBEELD_KVK else rng.randint(1, 4)
            for i in range(aantal):
                code = rng.choice(bedrijf_codes)
                soort = ("open", "gesloten", "te_laat")[i] if i < 3 else soort_voor(code)
                self.zaak(
                    code,
                    soort,
                    bedrijf=bedrijf,
                    vestiging=i % 3 == 2,
                    documenten=2 if i == 0 else None,
                )

    def bewaar(self) -> None:
        for coll, objs in self.colls.items():
            self.store.seed(coll, objs)


def seed(store: Store, ctx: SeedContext) -> None:
    """Add the catalogus, the zaken and their documents; fill ``ctx.zaken``."""
    bouwer = _Bouwer(store, ctx)
    bouwer.bouw()
    bouwer.bewaar()


def zichtbaar(coll: str, obj: Obj) -> Obj:
    """The API form of a stored object (without the internal ``uuid`` where the API has none)."""
    if coll in VERBORGEN_UUID:
        return {k: v for k, v in obj.items() if k != "uuid"}
    return obj
