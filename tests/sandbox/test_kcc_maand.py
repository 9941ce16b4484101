"""The oefenomgeving's month of KCC traffic: volume, mix, medewerkers, taken, start, determinism."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from klantbeeld.sandbox.app import Sandbox, build_store
from klantbeeld.sandbox.seed import kcc_maand, teksten
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed.kcc_maand import KccMaand, werkdagen
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, VOORBEELD_KVK, ZWAAR_BSN
from klantbeeld.sandbox.store import Obj
from klantbeeld.services.werkplek.settings import STANDAARD_RESULTATEN
from tests.conftest import TEST_VANDAAG

NL = ZoneInfo("Europe/Amsterdam")
MAAND_NUMMER = f"{kcc_maand.NUMMER_START:010d}"


def wacht_op_maand(server: Any, timeout: float = 20.0) -> dict[str, Any]:
    """Poll ``/_oefen/status`` until the month is complete; returns the status."""
    eind = time.monotonic() + timeout
    while True:
        status: dict[str, Any] = httpx.get(f"{server.root}/_oefen/status", timeout=5).json()
        if status["seed_klaar"] or time.monotonic() > eind:
            return status
        time.sleep(0.02)


def lokaal(kc: Obj) -> datetime:
    moment = datetime.fromisoformat(str(kc["plaatsgevondenOp"]).replace("Z", "+00:00"))
    return moment.astimezone(NL)


def maand_contacten(store: Any) -> list[Obj]:
    return [kc for kc in store.all(ki.KLANTCONTACTEN) if str(kc.get("nummer")) > MAAND_NUMMER]


def test_status_reports_the_month_complete(sandbox_server: Any) -> None:
    status = wacht_op_maand(sandbox_server)
    assert status["seed_klaar"] is True
    assert status["seed_maand_contacten"] == len(maand_contacten(sandbox_server.sandbox.store))


def test_about_600_contacts_per_working_day_in_office_hours(sandbox_server: Any) -> None:
    wacht_op_maand(sandbox_server)
    contacten = maand_contacten(sandbox_server.sandbox.store)
    per_dag = Counter(lokaal(kc).date() for kc in contacten)
    assert sorted(per_dag) == sorted(werkdagen(TEST_VANDAAG))
    assert len(per_dag) == 22 and all(d.weekday() < 5 for d in per_dag)
    assert 12_500 <= len(contacten) <= 14_000
    assert all(450 <= n <= 750 for n in per_dag.values())
    per_uur = Counter(lokaal(kc).hour for kc in contacten)
    assert set(per_uur) <= set(range(8, 17))
    assert per_uur[10] > per_uur[8] and per_uur[10] > per_uur[16]  # the morning peak


def test_kanaal_and_resultaat_mix(sandbox_server: Any) -> None:
    wacht_op_maand(sandbox_server)
    contacten = maand_contacten(sandbox_server.sandbox.store)
    kanalen = Counter(kc["kanaal"] for kc in contacten)
    assert set(kanalen) == set(ki.KANALEN)
    aandeel = {k: n / len(contacten) for k, n in kanalen.items()}
    assert 0.50 <= aandeel["Telefoon"] <= 0.60
    assert 0.09 <= aandeel["E-mail"] <= 0.15 and 0.09 <= aandeel[ki.KANAAL_FORMULIER] <= 0.15
    assert 0.01 <= aandeel["Brief"] <= 0.05
    resultaten = Counter(kc["metadata"]["resultaat"] for kc in contacten)
    assert set(resultaten) == set(STANDAARD_RESULTATEN)
    assert 0.65 <= resultaten["Zelfstandig afgehandeld"] / len(contacten) <= 0.75
    for kc in contacten:
        assert kc["indicatieContactGelukt"] is (kc["metadata"]["resultaat"] != "Niet gelukt")


def test_each_contact_has_one_of_15_medewerkers_and_one_betrokkene(sandbox_server: Any) -> None:
    wacht_op_maand(sandbox_server)
    store = sandbox_server.sandbox.store
    contacten = {kc["uuid"] for kc in maand_contacten(store)}
    medewerkers = {a["uuid"] for a in store.all(ki.ACTOREN) if a["soortActor"] == "medewerker"}
    links = [
        link
        for link in store.all(ki.ACTORKLANTCONTACTEN)
        if link["klantcontact"]["uuid"] in contacten
    ]
    assert Counter(link["klantcontact"]["uuid"] for link in links) == dict.fromkeys(contacten, 1)
    gebruikt = {link["actor"]["uuid"] for link in links}
    assert gebruikt == medewerkers and len(gebruikt) == 15
    bets = [b for b in store.all(ki.BETROKKENEN) if b["hadKlantcontact"]["uuid"] in contacten]
    assert len(bets) == len(contacten)
    met_partij = [b for b in bets if b["wasPartij"]]
    assert 0.05 <= len(met_partij) / len(bets) <= 0.15
    # The documented persons keep their klantbeeld: no month contacts for them.
    genoemd = {
        i["identificeerdePartij"]["uuid"]
        for i in store.all(ki.IDENTIFICATOREN)
        if i["partijIdentificator"]["objectId"] in (VOORBEELD_BSN, ZWAAR_BSN, VOORBEELD_KVK)
    }
    assert len(genoemd) == 3
    assert not {b["wasPartij"]["uuid"] for b in met_partij} & genoemd


def test_contactverzoeken_mostly_handled_some_open_and_overdue(sandbox_server: Any) -> None:
    wacht_op_maand(sandbox_server)
    store = sandbox_server.sandbox.store
    contacten = {kc["uuid"]: kc for kc in maand_contacten(store)}
    taken = [
        t
        for t in store.all(ki.INTERNETAKEN)
        if t["aanleidinggevendKlantcontact"]["uuid"] in contacten
    ]
    assert 0.06 <= len(taken) / len(contacten) <= 0.10
    for t in taken:
        resultaat = contacten[t["aanleidinggevendKlantcontact"]["uuid"]]["metadata"]["resultaat"]
        assert resultaat in kcc_maand.MET_TAAK
        # KISS's convention: one handeling for every contactverzoek, the kind in the toelichting.
        assert t["gevraagdeHandeling"] == teksten.CONTACT_OPNEMEN
        if resultaat == "Terugbelverzoek":
            assert t["toelichting"] in teksten.TERUGBEL_TOELICHTINGEN
        assert (t["afgehandeldOp"] is None) is (t["status"] == "te_verwerken")
    status = Counter(t["status"] for t in taken)
    assert status["verwerkt"] > 5 * status["te_verwerken"] > 0
    nu = datetime.combine(TEST_VANDAAG, datetime.min.time(), tzinfo=UTC)
    oud_open = [
        t
        for t in taken
        if t["status"] == "te_verwerken"
        and (nu - datetime.fromisoformat(t["toegewezenOp"].replace("Z", "+00:00"))).days > 5
    ]
    assert oud_open  # overdue ones exist
    # Never in the oefen-agent's own queue (her work-queue tests count it).
    namen = {a["uuid"]: a["naam"] for a in store.all(ki.ACTOREN)}
    houders = {namen[a["uuid"]] for t in taken for a in t["toegewezenAanActoren"]}
    assert houders and not houders & kcc_maand.NIET_TOEWIJZEN


def test_base_seed_contacts_get_a_resultaat_and_keep_their_counts(sandbox_server: Any) -> None:
    wacht_op_maand(sandbox_server)
    store = sandbox_server.sandbox.store
    met_medewerker = {link["klantcontact"]["uuid"] for link in store.all(ki.ACTORKLANTCONTACTEN)}
    basis = [
        kc
        for kc in store.all(ki.KLANTCONTACTEN)
        if str(kc.get("nummer") or "") < MAAND_NUMMER and str(kc.get("nummer") or "").isdigit()
    ]
    assert len(basis) > 500
    for kc in basis:
        if kc["uuid"] in met_medewerker:
            assert kc["metadata"]["resultaat"] in STANDAARD_RESULTATEN
    suzanne = next(
        i["identificeerdePartij"]["uuid"]
        for i in store.all(ki.IDENTIFICATOREN)
        if i["partijIdentificator"]["objectId"] == VOORBEELD_BSN
    )
    assert (
        sum(1 for b in store.all(ki.BETROKKENEN) if (b["wasPartij"] or {}).get("uuid") == suzanne)
        == 15
    )


def test_start_does_not_wait_for_the_month_and_the_month_is_deterministic() -> None:
    start = time.perf_counter()
    sandbox = Sandbox(vandaag=TEST_VANDAAG)
    opgebouwd = time.perf_counter() - start
    assert not sandbox.maand.klaar and sandbox.maand.contacten == 0
    assert sandbox.store.count(ki.KLANTCONTACTEN) < 1000
    assert opgebouwd < 1.0
    kcc_maand._CACHE.clear()  # build it for real, twice
    eerste = build_store(None, TEST_VANDAAG)
    KccMaand(eerste, TEST_VANDAAG).vul()
    kcc_maand._CACHE.clear()
    tweede = build_store(None, TEST_VANDAAG)
    maand = KccMaand(tweede, TEST_VANDAAG, stap=997)
    stappen = 0
    while maand.stap_verder():
        stappen += 1
    assert maand.klaar and stappen == -(-maand.contacten // 997)
    for coll in (ki.KLANTCONTACTEN, ki.BETROKKENEN, ki.ACTORKLANTCONTACTEN, ki.INTERNETAKEN):
        assert {o["uuid"] for o in eerste.all(coll)} == {o["uuid"] for o in tweede.all(coll)}
    a = {kc["uuid"]: kc for kc in eerste.all(ki.KLANTCONTACTEN)}
    assert all(a[kc["uuid"]] == kc for kc in tweede.all(ki.KLANTCONTACTEN))


def test_a_persisted_write_to_a_month_object_wins_over_the_seed() -> None:
    store = build_store(None, TEST_VANDAAG)
    KccMaand(store, TEST_VANDAAG).vul()
    taak = next(t for t in store.all(ki.INTERNETAKEN) if str(t["nummer"]) > MAAND_NUMMER)
    opnieuw = build_store(None, TEST_VANDAAG)
    opnieuw.put(
        ki.INTERNETAKEN, {**taak, "status": "verwerkt", "toelichting": "gedaan"}
    )  # replayed
    KccMaand(opnieuw, TEST_VANDAAG).vul()
    assert opnieuw.get(ki.INTERNETAKEN, taak["uuid"])["toelichting"] == "gedaan"  # type: ignore[index]
    assert opnieuw.count(ki.KLANTCONTACTEN) == store.count(ki.KLANTCONTACTEN)


def test_every_seeded_internetaak_is_read_as_what_it_is(sandbox_server: Any) -> None:
    """Open Inwoner's web-form questions read as Vraag, every agent's task as a contactverzoek."""
    from klantbeeld.services.registraties.internetaken import Soort, soort_van_tekst

    wacht_op_maand(sandbox_server)
    store = sandbox_server.sandbox.store
    kanaal = {kc["uuid"]: kc["kanaal"] for kc in store.all(ki.KLANTCONTACTEN)}
    met_medewerker = {link["klantcontact"]["uuid"] for link in store.all(ki.ACTORKLANTCONTACTEN)}
    soorten: Counter[Soort] = Counter()
    for t in store.all(ki.INTERNETAKEN):
        kc = t["aanleidinggevendKlantcontact"]["uuid"]
        gelezen = soort_van_tekst(t["gevraagdeHandeling"], t["toelichting"])
        if kc in met_medewerker:  # an agent made it: KISS's contactverzoek
            assert t["gevraagdeHandeling"] == teksten.CONTACT_OPNEMEN
            assert gelezen is Soort.CONTACTVERZOEK
        else:  # left by the web form, as Open Inwoner does
            assert kanaal[kc] == ki.KANAAL_FORMULIER
            assert t["gevraagdeHandeling"] == teksten.VRAAG_BEANTWOORDEN
            assert gelezen is Soort.VRAAG
        soorten[gelezen] += 1
    assert soorten[Soort.VRAAG] and soorten[Soort.CONTACTVERZOEK]


def test_callback_texts_draw_like_the_others() -> None:
    """Same length, so the seed's random draws (and all that follows) stay the same."""
    assert len(teksten.TERUGBEL_TOELICHTINGEN) == len(teksten.TOELICHTINGEN)
