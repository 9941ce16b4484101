"""The klantbeeld composer over real HTTP against the oefenomgeving."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, VOORBEELD_KVK, ZWAAR_BSN
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.klantbeeld.composer import (
    Deel,
    Klantbeeld,
    KlantbeeldComposer,
    Onderdeel,
    ZaakDetail,
)
from klantbeeld.services.klantbeeld.tijdlijn import Soort, tijdlijn
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verbinding.errors import NietGevonden, OngeldigeInvoer, ServerFout
from klantbeeld.services.verbinding.http import NO_RETRY, RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam, Bron, BronInstelling
from tests.conftest import run
from tests.helpers import verbindingen_voor
from tests.services.grote_persoon import GrotePersoon

#: A zaak of the example person that contacts are about.
ZAAK_MET_CONTACTEN = "ZAAK-2026-0000000001"


async def _beeld(
    server: Any,
    bsn: str | None = None,
    kvk: str | None = None,
    *,
    log: RequestLog | None = None,
    cache_path: Path | None = None,
    zonder: ApiNaam | None = None,
) -> tuple[Klantbeeld, list[Deel]]:
    v = verbindingen_voor(server, log=log)
    if zonder is not None:
        v.clients.pop(zonder)
    try:
        composer = KlantbeeldComposer(
            v, CatalogusCache(v.clients[ApiNaam.CATALOGI], path=cache_path)
        )
        beeld = Klantbeeld("persoon" if bsn else "bedrijf", bsn or kvk or "")
        delen = []
        stream = composer.stream_persoon(bsn) if bsn else composer.stream_bedrijf(kvk or "")
        async for deel in stream:
            delen.append(deel)
            beeld.neem_op(deel)
        return beeld, delen
    finally:
        await v.aclose()


def test_full_klantbeeld_of_the_example_person(sandbox_server: Any) -> None:
    beeld, _ = run(lambda: _beeld(sandbox_server, VOORBEELD_BSN))
    assert not beeld.fouten
    assert beeld.persoon is not None and beeld.persoon.volledige_naam.endswith("Moulin")
    assert beeld.partij is not None and beeld.partij.digitale_adressen
    assert len(beeld.zaken) == 8
    assert all(z.volledig and z.zaaktype is not None and z.statustypen for z in beeld.zaken)
    assert any(z.is_opgeschort for z in beeld.zaken)
    assert any(not z.is_open and z.resultaattype is not None for z in beeld.zaken)
    from tests.conftest import TEST_VANDAAG

    assert any(z.is_te_laat(TEST_VANDAAG) for z in beeld.zaken)
    open_zaak = next(z for z in beeld.zaken if z.is_open and z.huidige_status is not None)
    assert open_zaak.huidige_statustype in open_zaak.statustypen
    assert len(beeld.klantcontacten) == 15
    assert any(c.zaak_uuids for c in beeld.klantcontacten)
    assert beeld.internetaken and all(t.status == "te_verwerken" for t in beeld.internetaken)
    assert {b.status for b in beeld.betalingen} >= {"open", "betaald", "te_laat"}
    assert beeld.geladen == set(Onderdeel) - {Onderdeel.BEDRIJF}


def test_parts_arrive_progressively_lists_first_then_detail(fresh_sandbox: Any) -> None:
    # On a server as slow as the real one (one process, 20x faster clock): the plain lists
    # first, the expanded ones after them.
    fresh_sandbox.sandbox.faults.cost_model = "real"
    fresh_sandbox.sandbox.faults.time_scale = 0.05
    _, delen = run(lambda: _beeld(fresh_sandbox, ZWAAR_BSN))
    zaken = [d for d in delen if d.onderdeel is Onderdeel.ZAKEN]
    # The plain list first; when the (cold) catalog comes in before the expanded list, the plain
    # list once more with the type names (issue 9.4); the expanded list last.
    assert [d.voorlopig for d in zaken] in ([True, False], [True, True, False])
    assert not any(z.volledig for d in zaken[:-1] for z in d.waarde)
    assert all(z.volledig for z in zaken[-1].waarde)
    assert len(zaken[0].waarde) == len(zaken[-1].waarde) >= 40
    contacten = [d for d in delen if d.onderdeel is Onderdeel.KLANTCONTACTEN]
    assert [d.voorlopig for d in contacten] == [True, False]
    assert len(contacten[-1].waarde) >= 200
    # contacts come expanded (zaak links) but never with hadBetrokkenen
    assert sum(1 for c in contacten[-1].waarde if c.zaak_uuids) >= 100


@pytest.mark.parametrize(("werkers", "zaken_verzoeken"), [(1, 2), (4, 5)])
def test_expanded_zaken_split_only_across_workers_the_server_has(
    sandbox_server: Any, werkers: int, zaken_verzoeken: int
) -> None:
    # One process: the plain list and one expanded page (every page costs the server a fixed
    # part); four workers: the plain list, then the expanded list in four concurrent pages.
    log = RequestLog()

    async def beeld() -> Klantbeeld:
        v = verbindingen_voor(sandbox_server, log=log)
        try:
            composer = KlantbeeldComposer(
                v, CatalogusCache(v.clients[ApiNaam.CATALOGI]), werkers=werkers
            )
            return await composer.persoon(ZWAAR_BSN)
        finally:
            await v.aclose()

    resultaat = run(beeld)
    assert not resultaat.fouten and len(resultaat.zaken) == 45
    assert all(z.volledig for z in resultaat.zaken)
    assert sum(1 for r in log.records if r.path.endswith("/zaken")) == zaken_verzoeken


@pytest.mark.parametrize(("werkers", "zaken_verzoeken"), [(1, 2), (4, 5)])
def test_the_sources_werkers_setting_decides_the_split(
    sandbox_server: Any, werkers: int, zaken_verzoeken: int
) -> None:
    """Told nothing, the composer splits as the source's settings say (``werkers``)."""
    log = RequestLog()
    endpoints = {
        api: (inst.model_copy(update={"werkers": werkers}), geheim)
        for api, (inst, geheim) in sandbox_server.endpoints().items()
    }
    inst = BronInstelling(url="https://openzaak.gemeente.nl", werkers=werkers)
    assert {e.werkers for e in inst.endpoints(Bron.OPENZAAK).values()} == {werkers}

    async def beeld() -> Klantbeeld:
        v = maak_verbindingen(endpoints, log=log, retry=NO_RETRY)
        try:
            composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
            return await composer.persoon(ZWAAR_BSN)
        finally:
            await v.aclose()

    resultaat = run(beeld)
    assert not resultaat.fouten and len(resultaat.zaken) == 45
    assert sum(1 for r in log.records if r.path.endswith("/zaken")) == zaken_verzoeken


def test_heavy_person_with_a_warm_cache_takes_few_requests_two_deep(
    sandbox_server: Any, tmp_path: Path
) -> None:
    cache = tmp_path / "catalogus.json"
    run(lambda: _beeld(sandbox_server, ZWAAR_BSN, cache_path=cache))
    log = RequestLog()
    beeld, _ = run(lambda: _beeld(sandbox_server, ZWAAR_BSN, log=log, cache_path=cache))
    assert not beeld.fouten
    assert len(log.records) <= 12
    assert log.critical_path_depth() <= 2
    assert not any("catalogi" in r.path for r in log.records)
    assert not any(r.path.endswith("/enkelvoudiginformatieobjecten") for r in log.records)


def test_a_source_down_fails_only_its_parts(fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.down = {"zaken"}
    beeld, _ = run(lambda: _beeld(fresh_sandbox, VOORBEELD_BSN))
    fout = beeld.fouten[Onderdeel.ZAKEN]
    assert isinstance(fout, ServerFout) and fout.bron == "Zaaksysteem"
    assert set(beeld.fouten) == {Onderdeel.ZAKEN}
    assert beeld.persoon is not None and beeld.klantcontacten and beeld.betalingen


def test_unconfigured_source_is_reported_not_fatal(sandbox_server: Any) -> None:
    beeld, _ = run(lambda: _beeld(sandbox_server, VOORBEELD_BSN, zonder=ApiNaam.BETALINGEN))
    assert "Betalingen is niet ingesteld" in str(beeld.fouten[Onderdeel.BETALINGEN])
    assert len(beeld.zaken) == 8


def test_invalid_bsn_is_refused_before_any_request(sandbox_server: Any) -> None:
    log = RequestLog()
    with pytest.raises(OngeldigeInvoer, match="BSN"):
        run(lambda: _beeld(sandbox_server, "123456789", log=log))
    assert log.records == []


def test_unknown_person_is_named_not_found(sandbox_server: Any) -> None:
    beeld, _ = run(lambda: _beeld(sandbox_server, "111222333"))
    assert isinstance(beeld.fouten[Onderdeel.PERSOON], NietGevonden)
    assert beeld.zaken == [] and beeld.klantcontacten == []


def test_company_klantbeeld(sandbox_server: Any) -> None:
    beeld, _ = run(lambda: _beeld(sandbox_server, kvk=VOORBEELD_KVK))
    assert not beeld.fouten
    assert beeld.bedrijf is not None and beeld.hoofdvestiging is not None
    assert len(beeld.zaken) == 7
    assert len(beeld.klantcontacten) == 12


def test_opening_a_zaak_adds_history_documents_and_contacts(sandbox_server: Any) -> None:
    async def main() -> Any:
        v = verbindingen_voor(sandbox_server)
        try:
            composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
            beeld = await composer.persoon(VOORBEELD_BSN)
            zaak = next(z for z in beeld.zaken if z.zaak.identificatie == "ZAAK-2026-0000000001")
            return await composer.zaak_detail(zaak)
        finally:
            await v.aclose()

    detail = run(main)
    assert not detail.fouten
    datums = [s.datum_status_gezet for s in detail.statussen]
    assert datums == sorted(datums) and len(datums) >= 1
    assert len(detail.documenten) == 3 and all(d.titel for d in detail.documenten)
    assert detail.klantcontacten
    assert all(detail.overzicht.zaak.uuid in c.zaak_uuids for c in detail.klantcontacten)


def test_closing_the_stream_cancels_its_requests(sandbox_server: Any) -> None:
    async def main() -> set[asyncio.Task[Any]]:
        v = verbindingen_voor(sandbox_server)
        try:
            composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
            stream = composer.stream_persoon(ZWAAR_BSN)
            await stream.__anext__()
            await stream.aclose()  # type: ignore[attr-defined]
            await asyncio.sleep(0)
            return {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}
        finally:
            await v.aclose()

    assert run(main) == set()


def test_one_part_can_be_fetched_again(sandbox_server: Any) -> None:
    async def main() -> list[Deel]:
        v = verbindingen_voor(sandbox_server)
        try:
            composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
            return [d async for d in composer.stream_persoon(VOORBEELD_BSN, {Onderdeel.ZAKEN})]
        finally:
            await v.aclose()

    delen = run(main)
    assert {d.onderdeel for d in delen} == {Onderdeel.ZAKEN}
    assert not delen[-1].voorlopig and len(delen[-1].waarde) == 8


# -- lists longer than a page --------------------------------------------------------------------


def test_a_person_with_thousands_of_zaken_and_contacts_gets_every_one(
    groot_server: tuple[Any, GrotePersoon],
) -> None:
    server, groot = groot_server
    log = RequestLog()
    beeld, delen = run(lambda: _beeld(server, groot.bsn, log=log))
    for onderdeel in (Onderdeel.ZAKEN, Onderdeel.KLANTCONTACTEN, Onderdeel.INTERNETAKEN):
        assert onderdeel not in beeld.fouten
    # the first paint (the plain lists) and the expanded data both hold every item
    for onderdeel, aantal in ((Onderdeel.ZAKEN, 1200), (Onderdeel.KLANTCONTACTEN, 2500)):
        eigen = [d for d in delen if d.onderdeel is onderdeel]
        assert [d.voorlopig for d in eigen] == [True, False]
        assert [len(d.waarde) for d in eigen] == [aantal, aantal]
    assert sorted(z.zaak.uuid or "" for z in beeld.zaken) == sorted(groot.zaak_uuids)
    assert all(z.volledig and z.huidige_status is not None for z in beeld.zaken)
    # newest first, as the server orders them; every fifth is about a zaak (expanded)
    assert [c.uuid for c in beeld.klantcontacten] == list(reversed(groot.klantcontact_uuids))
    assert sum(1 for c in beeld.klantcontacten if c.zaak_uuids) == 500
    # never a page past the last one (that would be a 404)
    assert all(r.status == 200 for r in log.records)


# -- contacts linked to a zaak by uuid or by URL ---------------------------------------------------


def test_contacts_linked_by_the_zaaks_uuid_or_url_both_count(fresh_sandbox: Any) -> None:
    """We and KISS link a zaak by uuid, other systems by URL (recordings OK 47-52)."""

    async def main() -> tuple[ZaakDetail, Klantbeeld, str, str]:
        v = verbindingen_voor(fresh_sandbox)
        try:
            composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
            ki = composer.klantinteracties
            assert ki is not None
            partij = await ki.partij_voor_bsn(VOORBEELD_BSN)
            assert partij is not None
            beeld = await composer.persoon(VOORBEELD_BSN)
            zaak = next(z for z in beeld.zaken if z.zaak.identificatie == ZAAK_MET_CONTACTEN)
            op_uuid = await ki.maak_klantcontact(
                kanaal="telefoon",
                onderwerp="Vraag over zaak (objectId = uuid)",
                inhoud="Gekoppeld zoals wij en KISS dat doen.",
                partij_uuid=partij.uuid,
                zaak_uuids=[zaak.zaak.uuid or ""],
            )
            op_url = await ki.maak_klantcontact(
                kanaal="telefoon",
                onderwerp="Vraag over zaak (objectId = URL)",
                inhoud="Gekoppeld zoals andere systemen dat doen.",
                partij_uuid=partij.uuid,
            )
            await ki.api.post_json(  # as recorded (OK 50): the zaak's URL, soort "url"
                "onderwerpobjecten",
                {
                    "klantcontact": {"uuid": op_url.uuid},
                    "wasKlantcontact": None,
                    "onderwerpobjectidentificator": {
                        "objectId": zaak.zaak.url,
                        "codeObjecttype": "zaak",
                        "codeRegister": "openzaak",
                        "codeSoortObjectId": "url",
                    },
                },
            )
            detail = await composer.zaak_detail(zaak)
            return detail, await composer.persoon(VOORBEELD_BSN), op_uuid.uuid, op_url.uuid
        finally:
            await v.aclose()

    detail, beeld, op_uuid, op_url = run(main)
    zaak = detail.overzicht.zaak
    assert not detail.fouten
    over = [c.uuid for c in detail.klantcontacten]
    assert {op_uuid, op_url} <= set(over) and len(over) == len(set(over))
    assert all(zaak.uuid in c.zaak_uuids for c in detail.klantcontacten)
    momenten = [c.plaatsgevonden_op for c in detail.klantcontacten]
    assert momenten == sorted(momenten, key=lambda m: m.timestamp() if m else 0, reverse=True)
    # in the person's timeline both are linked to the zaak (and open it)
    op_zaak = {
        g.sleutel.split(":", 1)[1]: g
        for g in tijdlijn(beeld)
        if g.soort is Soort.KLANTCONTACT and g.zaak_uuid == zaak.uuid
    }
    assert {op_uuid, op_url} <= set(op_zaak)
    assert {op_zaak[k].zaak_identificatie for k in (op_uuid, op_url)} == {ZAAK_MET_CONTACTEN}
    assert set(op_zaak) == set(over)  # the zaak and the timeline count the same contacts
