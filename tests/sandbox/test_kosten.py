"""The oefenomgeving's server models reproduce the shape of the recorded real servers.

Ratios, never wall times: the concurrency and page figures run on the model's own virtual
clock (:func:`simuleer`, the same :class:`Verwerker` the oefenomgeving runs), and the page
costs are read from the ``Server-Timing`` the oefenomgeving sends over real HTTP.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from klantbeeld.sandbox.kosten import (
    EEN_PROCES,
    PRODUCTIE,
    Capaciteit,
    Kosten,
    kosten,
    simuleer,
)
from klantbeeld.sandbox.seed.plan import ZWAAR_BSN
from klantbeeld.services.werkplek.settings import ApiNaam

#: 32 identical detail GETs, seconds by requests in flight (recordings' README).
GEMETEN_GELIJKTIJDIG = {1: 7.4, 2: 4.8, 4: 4.8, 8: 5.3, 16: 5.9}
#: Klantcontacten with every expand, seconds by page size.
GEMETEN_PAGINA = {25: 14.4, 100: 8.0, 250: 8.6}
ALLE_EXPANDS = ("hadBetrokkenen", "gingOverOnderwerpobjecten", "leiddeTotInterneTaken")


def _pagina(soort: str, n: int, expand: tuple[str, ...] = ()) -> Kosten:
    return kosten({f"{soort}.row": n, **{f"{soort}.expand.{e}": n for e in expand}})


def _lijst(soort: str, n: int, grootte: int, expand: tuple[str, ...] = ()) -> list[Kosten]:
    return [_pagina(soort, min(grootte, n - i), expand) for i in range(0, n, grootte)]


def test_one_process_serialises_as_recorded() -> None:
    detail = kosten({"zaken.detail": 1})
    wall = {c: simuleer(EEN_PROCES, [detail] * 32, c) for c in GEMETEN_GELIJKTIJDIG}
    for c, gemeten in GEMETEN_GELIJKTIJDIG.items():
        assert wall[c] / wall[1] == pytest.approx(gemeten / GEMETEN_GELIJKTIJDIG[1], abs=0.03)
    # A second request in flight gains about x1.5, more gain nothing.
    assert wall[4] >= wall[2] * 0.99
    assert wall[16] > wall[8] > wall[4]


def test_production_serves_about_four_in_flight_at_full_speed() -> None:
    detail = kosten({"zaken.detail": 1})
    wall = {c: simuleer(PRODUCTIE, [detail] * 32, c) for c in (1, 2, 4, 8)}
    assert wall[2] / wall[1] == pytest.approx(0.5, abs=0.02)
    assert wall[4] / wall[1] == pytest.approx(0.25, abs=0.02)
    # Past four CPUs are shared: only the overlap of the requests' waiting still helps.
    assert wall[8] / wall[4] > 0.6


def test_many_small_pages_cost_more_than_one_large_one_in_the_model() -> None:
    wall = {
        s: simuleer(EEN_PROCES, _lijst("klantcontacten", 200, s, ALLE_EXPANDS), 1)
        for s in GEMETEN_PAGINA
    }
    for s, gemeten in GEMETEN_PAGINA.items():
        assert wall[s] / wall[100] == pytest.approx(gemeten / GEMETEN_PAGINA[100], abs=0.05)


def test_whole_klantbeeld_keeps_the_recorded_order_of_ways() -> None:
    # Lean (3 requests) < everything expanded (5) < per item, 4 in flight < one at a time.
    def wall(per_server: list[tuple[list[Kosten], int]]) -> float:
        return max(simuleer(EEN_PROCES, verzoeken, c) for verzoeken, c in per_server)

    partij = kosten({"klantinteracties.row": 1})
    lean = wall(
        [
            (_lijst("zaken", 40, 500, ("status", "resultaat", "zaakinformatieobjecten")), 1),
            ([*_lijst("klantcontacten", 200, 500, ALLE_EXPANDS[1:]), partij], 2),
        ]
    )
    alles = wall(
        [
            (_lijst("zaken", 40, 500, ("zaaktype", "status", "status.statustype", "resultaat")), 1),
            ([*_lijst("klantcontacten", 200, 100, ALLE_EXPANDS), partij], 1),
        ]
    )
    per_item_oz = (
        _lijst("zaken", 40, 100)
        + [
            kosten({"statussen.detail": 1}),
            kosten({"catalogi.detail": 1}),
            kosten({"catalogi.detail": 1}),
        ]
        * 40
    )
    per_item_ok = _lijst("klantcontacten", 200, 100) + [kosten({"klantcontacten.detail": 1})] * 200
    een_voor_een = simuleer(EEN_PROCES, per_item_oz, 1) + simuleer(EEN_PROCES, per_item_ok, 1)
    vier = wall([(per_item_oz, 4), (per_item_ok, 4)])
    assert lean == pytest.approx(2400, rel=0.15)  # recorded 2.4 s
    assert lean < alles < vier < een_voor_een
    assert 2.5 < alles / lean < 4.5  # recorded 3.8
    assert een_voor_een / lean > 15  # recorded 29


def test_capacity_on_the_loop_shares_one_process_and_never_queues_small_behind_big() -> None:
    groot, klein = Kosten.van_server_ms(2000), Kosten.van_server_ms(50)

    async def main() -> tuple[list[str], float]:
        capaciteit = Capaciteit(EEN_PROCES, tijdschaal=0.02)
        volgorde: list[str] = []
        loop = asyncio.get_running_loop()

        async def verzoek(naam: str, k: Kosten) -> None:
            await capaciteit.werk(k)
            volgorde.append(naam)

        begin = loop.time()
        await asyncio.gather(verzoek("groot", groot), verzoek("klein", klein))
        return volgorde, loop.time() - begin

    volgorde, duur = asyncio.run(main())
    assert volgorde == ["klein", "groot"]
    # Both CPU shares on one CPU: never sooner than the big one alone plus the small one's work.
    assert duur >= (groot.alleen_ms + klein.werk_ms) * 0.02 / 1000


def test_cancelled_request_leaves_the_server() -> None:
    async def main() -> list[int]:
        capaciteit = Capaciteit(EEN_PROCES, tijdschaal=0.01)
        klaar: list[int] = []

        async def verzoek(i: int, ms: float) -> None:
            await capaciteit.werk(Kosten.van_server_ms(ms))
            klaar.append(i)

        lang = asyncio.ensure_future(verzoek(0, 100_000))
        kort = asyncio.ensure_future(verzoek(1, 100))
        await asyncio.sleep(0.01)
        lang.cancel()
        await asyncio.wait_for(kort, timeout=5)
        assert not capaciteit.verwerker.rest
        return klaar

    assert asyncio.run(main()) == [1]


def _server_ms(response: httpx.Response) -> float:
    timing = response.headers["server-timing"]
    return float(timing.split("dur=", 1)[1].split(";", 1)[0])


def test_oefenomgeving_charges_pages_as_the_model_says(fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.cost_model = "real"
    fresh_sandbox.sandbox.faults.time_scale = 0.02
    inst, token = fresh_sandbox.endpoints()[ApiNaam.KLANTINTERACTIES]
    totaal: dict[int, float] = {}
    with httpx.Client(headers={"Authorization": f"Token {token}"}, timeout=30) as client:
        for grootte in GEMETEN_PAGINA:
            totaal[grootte] = 0.0
            url: str | None = f"{inst.base_url}/klantcontacten"
            params: dict[str, Any] | None = {
                "hadBetrokkene__wasPartij__partijIdentificator__objectId": ZWAAR_BSN,
                "expand": ",".join(ALLE_EXPANDS),
                "pageSize": grootte,
            }
            while url:
                response = client.get(url, params=params)
                assert response.status_code == 200
                totaal[grootte] += Kosten.van_server_ms(_server_ms(response)).alleen_ms
                url, params = response.json()["next"], None
    assert totaal[25] / totaal[100] == pytest.approx(14.4 / 8.0, abs=0.15)
    assert totaal[250] / totaal[100] == pytest.approx(8.6 / 8.0, abs=0.1)


def test_admin_endpoint_takes_the_production_model_and_refuses_unknown(
    fresh_sandbox: Any,
) -> None:
    root = fresh_sandbox.root
    answer = httpx.post(
        f"{root}/_oefen/faults", json={"cost_model": "productie", "time_scale": 0.5}, timeout=5
    )
    assert answer.json()["cost_model"] == "productie" and answer.json()["time_scale"] == 0.5
    refused = httpx.post(f"{root}/_oefen/faults", json={"cost_model": "snel"}, timeout=5)
    assert refused.status_code == 400
    assert fresh_sandbox.sandbox.faults.cost_model == "productie"
