"""The oefenomgeving is believable on the whole seed (base seed and the month of KCC traffic).

Trainees found deceased persons with new zaken, a WOZ-bezwaar chat about a wedding, a B.V.
paying a passport fee, calls at night and on Sundays, contacts in the future and questions
open for two years. Each test here walks every seeded object of one kind and names the first
ones that break the rule.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from klantbeeld.sandbox.app import Sandbox
from klantbeeld.sandbox.seed import betalingen, personen, teksten
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.store import Obj, Store
from tests.conftest import TEST_VANDAAG

NL = ZoneInfo("Europe/Amsterdam")
#: The seed's "now": the start of the working day of the pinned date.
NU = datetime.combine(TEST_VANDAAG, time(8, 0), tzinfo=NL)
#: Office hours (local, weekdays) of the kanalen where a person is present.
OPENINGSTIJDEN = {"Telefoon": (time(8, 30), time(17, 0)), "Balie": (time(9, 0), time(16, 30))}
#: How a KCC note on a kanaal reads, and the words that belong to that kanaal only.
KANAAL_OPENING = {
    "Telefoon": re.compile(r"^\w[\w ]* belt: "),
    "Live Chat": re.compile(r"^Chat met "),
    "Balie": re.compile(r"^\w[\w ]* aan de balie"),
    "Brief": re.compile(r"^Brief van "),
    "E-mail": re.compile(r"^E-mail van "),
}
KANAAL_WOORDEN = {
    "Telefoon": re.compile(r"\b(belt|gebeld|telefonisch|doorverbonden)\b", re.I),
    "Balie": re.compile(r"\bbalie\b", re.I),
    "Live Chat": re.compile(r"\bchat", re.I),
    "Brief": re.compile(r"\bbrief\b", re.I),
    "E-mail": re.compile(r"\be-?mail", re.I),
}
#: A note of a contact that did not succeed says so (and gives no answer).
NIET_BEANTWOORD = re.compile(r"voordat de vraag beantwoord was|Nog niet beantwoord")
EERSTE_PERSOON = re.compile(r"\b(ik|mijn|wij|we|ons|onze)\b", re.I)
ZAAK_ONDERWERP = re.compile(r"^(?P<soort>.+): vraag over zaak (?P<id>ZAAK-\d{4}-\d{10})$")
#: What only a person asks or pays for, and what only a company does.
ALLEEN_PERSOON = re.compile(
    r"paspoort|id-kaart|rijbewijs|huwelijk|trouw|hondenbelasting|uitkering|afvalstoffenheffing",
    re.I,
)
ALLEEN_BEDRIJF = re.compile(r"terras|niet-woning|reclame|bedrijfsafval|bedrijfsbus", re.I)
#: Zaaktypen, onderwerpen and payments that still make sense for someone living abroad.
VANUIT_BUITENLAND = {"Bezwaar WOZ-waarde", "Aanvraag paspoort of identiteitskaart"}
ONDERWERPEN_BUITENLAND = {
    "WOZ-waarde",
    "Aanslag gemeentelijke belastingen",
    "Paspoort aanvragen",
    "Uittreksel BRP",
}
BETALINGEN_BUITENLAND = {"Aanslag gemeentelijke belastingen", "Leges paspoort/ID-kaart"}
#: Open work is at most three weeks old, except the deliberately overdue questions.
OPEN_HOOGSTENS = timedelta(days=21)


def moment(waarde: str) -> datetime:
    """A stored timestamp (``...Z``) as an aware datetime."""
    return datetime.fromisoformat(waarde.replace("Z", "+00:00")).astimezone(UTC)


@dataclass
class Seed:
    """The whole seed, with the links the tests need."""

    store: Store
    #: bsn -> date of death / date of leaving the country (from the BRP seed itself).
    overleden: dict[str, date]
    vertrokken: dict[str, date]
    #: klantcontact uuid -> "bsn:..." or "kvk:..." of its betrokkene's partij ("" if none).
    klant_van: dict[str, str]
    #: zaak url -> "bsn:..." / "kvk:..." of its initiator.
    zaak_klant: dict[str, str]
    zaaktype_van: dict[str, str]  # zaak url -> zaaktype omschrijving

    def alle(self, coll: str) -> list[Obj]:
        return self.store.all(coll)

    def contacten(self) -> Iterator[tuple[Obj, str]]:
        for kc in self.alle(ki.KLANTCONTACTEN):
            yield kc, self.klant_van.get(kc["uuid"], "")


def _laad(store: Store) -> Seed:
    overleden: dict[str, date] = {}
    vertrokken: dict[str, date] = {}
    for p in personen.laad()["personen"]:
        bsn = p["burgerservicenummer"]
        dood = personen.brp_datum((p.get("overlijden") or {}).get("datum"))
        if dood:
            overleden[bsn] = dood
        opschorting = p.get("opschortingBijhouding") or {}
        if (opschorting.get("reden") or {}).get("code") in ("E", "R"):
            vertrokken[bsn] = personen.brp_datum(opschorting["datum"])  # type: ignore[assignment]
    partij_klant: dict[str, str] = {}
    for ident in store.all(ki.IDENTIFICATOREN):
        groep = ident["partijIdentificator"]
        soort = "kvk" if groep["codeSoortObjectId"] == "kvk_nummer" else "bsn"
        partij_klant[ident["identificeerdePartij"]["uuid"]] = f"{soort}:{groep['objectId']}"
    klant_van = {
        b["hadKlantcontact"]["uuid"]: partij_klant.get(b["wasPartij"]["uuid"], "")
        for b in store.all(ki.BETROKKENEN)
        if b["wasPartij"]
    }
    zaak_klant: dict[str, str] = {}
    for rol in store.all("rollen"):
        ident = rol["betrokkeneIdentificatie"]
        zaak_klant[rol["zaak"]] = (
            f"bsn:{ident['inpBsn']}" if ident.get("inpBsn") else f"kvk:{ident.get('kvkNummer')}"
        )
    typen = {zt["url"]: zt["omschrijving"] for zt in store.all("zaaktypen")}
    zaaktype_van = {z["url"]: typen[z["zaaktype"]] for z in store.all("zaken")}
    return Seed(store, overleden, vertrokken, klant_van, zaak_klant, zaaktype_van)


@pytest.fixture(scope="module")
def seed() -> Seed:
    """The in-process oefenomgeving after every step of the month has run."""
    sandbox = Sandbox(vandaag=TEST_VANDAAG)
    while sandbox.maand.stap_verder():
        pass
    assert sandbox.maand.klaar and sandbox.maand.contacten > 10_000
    return _laad(sandbox.store)


def test_nothing_happens_after_now(seed: Seed) -> None:
    te_laat: list[tuple[str, str]] = []

    def na(coll: str, veld: str, *, is_datum: bool = False) -> None:
        for obj in seed.alle(coll):
            waarde = obj.get(veld)
            if not waarde:
                continue
            if is_datum:
                if date.fromisoformat(waarde[:10]) > TEST_VANDAAG:
                    te_laat.append((coll, veld))
            elif moment(waarde) > NU:
                te_laat.append((coll, veld))

    for coll, veld in (
        (ki.KLANTCONTACTEN, "plaatsgevondenOp"),
        (ki.INTERNETAKEN, "toegewezenOp"),
        (ki.INTERNETAKEN, "afgehandeldOp"),
        ("statussen", "datumStatusGezet"),
        ("rollen", "registratiedatum"),
        ("enkelvoudiginformatieobjecten", "beginRegistratie"),
        ("zaakinformatieobjecten", "registratiedatum"),
        (betalingen.COLL, "aangemaaktOp"),
    ):
        na(coll, veld)
    for coll, veld in (
        ("zaken", "startdatum"),
        ("zaken", "registratiedatum"),
        ("zaken", "einddatum"),
        ("enkelvoudiginformatieobjecten", "creatiedatum"),
        (betalingen.COLL, "betaaldatum"),
    ):
        na(coll, veld, is_datum=True)
    assert Counter(te_laat) == {}
    # Today's date itself is fine for a zaak, but a zaak started today has no history yet.
    assert all(z["startdatum"] < TEST_VANDAAG.isoformat() for z in seed.alle("zaken"))


def test_activity_stops_at_death(seed: Seed) -> None:
    assert len(seed.overleden) >= 5
    fout: list[str] = []
    gezien = Counter[str]()
    for zaak in seed.alle("zaken"):
        klant = seed.zaak_klant[zaak["url"]]
        dood = seed.overleden.get(klant.removeprefix("bsn:"))
        if dood is None:
            continue
        gezien["zaak"] += 1
        if zaak["startdatum"] > dood.isoformat() or not zaak["einddatum"]:
            fout.append(f"zaak {zaak['identificatie']} open or started after death")
        elif zaak["einddatum"] > dood.isoformat():
            fout.append(f"zaak {zaak['identificatie']} ended after death")
    statussen_na = [
        s
        for s in seed.alle("statussen")
        if (dood := seed.overleden.get(seed.zaak_klant[s["zaak"]].removeprefix("bsn:")))
        and moment(s["datumStatusGezet"]).date() > dood
    ]
    fout += [f"status {s['uuid']} after death" for s in statussen_na]
    kcs = {kc["uuid"]: kc for kc in seed.alle(ki.KLANTCONTACTEN)}
    for kc, klant in seed.contacten():
        dood = seed.overleden.get(klant.removeprefix("bsn:"))
        if dood is None:
            continue
        gezien["contact"] += 1
        if moment(kc["plaatsgevondenOp"]).astimezone(NL).date() >= dood:
            fout.append(f"contact {kc['nummer']} on/after death")
    for taak in seed.alle(ki.INTERNETAKEN):
        kc = kcs[taak["aanleidinggevendKlantcontact"]["uuid"]]
        dood = seed.overleden.get(seed.klant_van.get(kc["uuid"], "").removeprefix("bsn:"))
        if dood is None:
            continue
        gezien["internetaak"] += 1
        if taak["status"] != "verwerkt" or moment(taak["toegewezenOp"]).date() >= dood:
            fout.append(f"internetaak {taak['nummer']} open or asked after death")
    for betaling in seed.alle(betalingen.COLL):
        dood = seed.overleden.get(betaling["bsn"])
        if dood and moment(betaling["aangemaaktOp"]).date() >= dood:
            fout.append(f"betaling {betaling['kenmerk']} after death")
    assert fout == []
    assert gezien["zaak"] >= 5 and gezien["contact"] >= 5  # the rule was really exercised


def test_abroad_no_balie_and_only_zaken_that_fit(seed: Seed) -> None:
    levend = {bsn: d for bsn, d in seed.vertrokken.items() if bsn not in seed.overleden}
    assert len(levend) >= 5
    fout: list[str] = []
    gezien = Counter[str]()
    for kc, klant in seed.contacten():
        vertrek = levend.get(klant.removeprefix("bsn:"))
        if vertrek and moment(kc["plaatsgevondenOp"]).date() >= vertrek:
            gezien[kc["kanaal"]] += 1
            if kc["kanaal"] == "Balie":
                fout.append(f"contact {kc['nummer']} at the balie while living abroad")
            if not ZAAK_ONDERWERP.match(kc["onderwerp"]) and (
                kc["onderwerp"] not in ONDERWERPEN_BUITENLAND | {o for o, _ in teksten.MET_MARKUP}
            ):
                fout.append(f"{kc['onderwerp']} while living abroad")
    for zaak in seed.alle("zaken"):
        vertrek = levend.get(seed.zaak_klant[zaak["url"]].removeprefix("bsn:"))
        if vertrek and zaak["startdatum"] >= vertrek.isoformat():
            gezien["zaak"] += 1
            if seed.zaaktype_van[zaak["url"]] not in VANUIT_BUITENLAND:
                fout.append(f"{seed.zaaktype_van[zaak['url']]} while living abroad")
    for betaling in seed.alle(betalingen.COLL):
        vertrek = levend.get(betaling["bsn"])
        if vertrek and moment(betaling["aangemaaktOp"]).date() >= vertrek:
            gezien["betaling"] += 1
            if betaling["omschrijving"] not in BETALINGEN_BUITENLAND:
                fout.append(f"{betaling['omschrijving']} while living abroad")
    assert fout == []
    assert gezien["zaak"] >= 3 and gezien["betaling"] >= 1
    assert sum(gezien.values()) - gezien["zaak"] - gezien["betaling"] >= 5


def _tekst_fout(seed: Seed, kc: Obj, zaken: dict[str, Obj], onderwerpobject: dict[str, str]) -> str:
    """Why ``kc``'s texts do not fit its onderwerp and kanaal ("" when they do)."""
    onderwerp, inhoud, kanaal = kc["onderwerp"], kc["inhoud"], kc["kanaal"]
    if (onderwerp, inhoud) in teksten.MET_MARKUP:
        ok = kanaal in (ki.KANAAL_FORMULIER, "E-mail")
        return "" if ok else f"typed markup on {kanaal}"
    zaak_match = ZAAK_ONDERWERP.match(onderwerp)
    if zaak_match:
        zaak = zaken.get(zaak_match["id"])
        if zaak is None or seed.zaaktype_van[zaak["url"]] != zaak_match["soort"]:
            return f"onderwerp names a zaak that is not there: {onderwerp}"
        if zaak_match["id"] not in inhoud or onderwerpobject.get(kc["uuid"]) != zaak["uuid"]:
            return f"inhoud/onderwerpobject not about {zaak_match['id']}: {inhoud}"
    elif onderwerp in teksten.ONDERWERP:
        woorden = teksten.ONDERWERP[onderwerp].trefwoorden
        if not any(w in inhoud.lower() for w in woorden):
            return f"inhoud not about {onderwerp}: {inhoud}"
    else:
        return f"unknown onderwerp {onderwerp}"
    if kanaal == ki.KANAAL_FORMULIER:
        if any(p.search(inhoud) for p in KANAAL_OPENING.values()) or not EERSTE_PERSOON.search(
            inhoud
        ):
            return f"a web form text not in the klant's own words: {inhoud}"
        return ""
    if not KANAAL_OPENING[kanaal].search(inhoud):
        return f"{kanaal} note does not read as one: {inhoud}"
    if bool(NIET_BEANTWOORD.search(inhoud)) is not (kc["indicatieContactGelukt"] is False):
        return f"gelukt={kc['indicatieContactGelukt']} but the note says otherwise: {inhoud}"
    andere = [k for k, woorden in KANAAL_WOORDEN.items() if k != kanaal and woorden.search(inhoud)]
    return f"{kanaal} note speaks of {andere}: {inhoud}" if andere else ""


def test_texts_match_their_onderwerp_and_kanaal(seed: Seed) -> None:
    zaken = {z["identificatie"]: z for z in seed.alle("zaken")}
    onderwerpobject = {
        o["klantcontact"]["uuid"]: o["onderwerpobjectidentificator"]["objectId"]
        for o in seed.alle(ki.ONDERWERPOBJECTEN)
        if o["klantcontact"]
    }
    contacten = seed.alle(ki.KLANTCONTACTEN)
    assert len(contacten) > 10_000
    fouten = [f for kc in contacten if (f := _tekst_fout(seed, kc, zaken, onderwerpobject))]
    assert fouten[:5] == [] and len(fouten) == 0
    # every kanaal and both kinds of text really occur
    assert {kc["kanaal"] for kc in contacten} == set(ki.KANALEN)
    assert sum(bool(ZAAK_ONDERWERP.match(kc["onderwerp"])) for kc in contacten) > 100


def test_companies_do_company_things_and_persons_person_things(seed: Seed) -> None:
    fout: list[str] = []
    soorten = Counter[str]()
    for kc, klant in seed.contacten():
        soorten[klant[:4]] += 1
        tekst = kc["onderwerp"] if not ZAAK_ONDERWERP.match(kc["onderwerp"]) else ""
        if klant.startswith("kvk:") and ALLEEN_PERSOON.search(tekst):
            fout.append(f"company contact about {tekst}")
        if klant.startswith("bsn:") and ALLEEN_BEDRIJF.search(tekst):
            fout.append(f"person contact about {tekst}")
    for betaling in seed.alle(betalingen.COLL):
        omschrijving = betaling["omschrijving"]
        soorten["betaling " + ("kvk" if betaling["kvkNummer"] else "bsn")] += 1
        if betaling["kvkNummer"] and ALLEEN_PERSOON.search(omschrijving):
            fout.append(f"company pays {omschrijving}")
        if betaling["bsn"] and ALLEEN_BEDRIJF.search(omschrijving):
            fout.append(f"person pays {omschrijving}")
        if betaling["zaak"]:
            eigenaar = f"kvk:{betaling['kvkNummer']}" if betaling["kvkNummer"] else ""
            eigenaar = eigenaar or f"bsn:{betaling['bsn']}"
            zaaktype = seed.zaaktype_van[betaling["zaak"]].lower()
            if seed.zaak_klant[betaling["zaak"]] != eigenaar:
                fout.append(f"{omschrijving} for someone else's zaak")
            kern = omschrijving.lower().split()[-1].replace("/id-kaart", "")
            if not (kern in zaaktype or ("woz" in zaaktype and "aanslag" in omschrijving.lower())):
                fout.append(f"{omschrijving} linked to a zaak {zaaktype}")
    assert fout == []
    assert soorten["kvk:"] > 100 and soorten["betaling kvk"] > 10


def test_balie_and_telefoon_in_office_hours_and_people_on_weekdays(seed: Seed) -> None:
    fout: list[str] = []
    for kc, _ in seed.contacten():
        lokaal = moment(kc["plaatsgevondenOp"]).astimezone(NL)
        kanaal = kc["kanaal"]
        if kanaal != ki.KANAAL_FORMULIER and lokaal.weekday() >= 5:
            fout.append(f"{kanaal} on a {lokaal:%A}")
        if kanaal in OPENINGSTIJDEN:
            begin, eind = OPENINGSTIJDEN[kanaal]
            if not begin <= lokaal.time() < eind:
                fout.append(f"{kanaal} at {lokaal:%H:%M}")
    assert Counter(fout).most_common(5) == []


def test_open_work_is_recent_except_the_documented_overdue_questions(seed: Seed) -> None:
    kcs = {kc["uuid"]: kc for kc in seed.alle(ki.KLANTCONTACTEN)}
    open_ = [t for t in seed.alle(ki.INTERNETAKEN) if t["status"] == "te_verwerken"]
    oud = [t for t in open_ if NU - moment(t["toegewezenOp"]) > OPEN_HOOGSTENS]
    van = Counter(
        seed.klant_van.get(kcs[t["aanleidinggevendKlantcontact"]["uuid"]]["uuid"], "") for t in oud
    )
    assert van == {f"bsn:{bsn}": 1 for bsn in ki.LANG_OPEN}
    assert len(open_) > 50  # there is open work, and most of it is recent
    for t in oud:
        kc = kcs[t["aanleidinggevendKlantcontact"]["uuid"]]
        assert kc["kanaal"] == ki.KANAAL_FORMULIER
        assert NU - moment(t["toegewezenOp"]) < timedelta(days=50)
