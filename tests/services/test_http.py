"""The HTTP core: retries only where safe, typed errors naming the source, concurrent pages."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from klantbeeld.services.verbinding.errors import (
    ApiTimeout,
    ApiVerbindingsfout,
    NietGeautoriseerd,
    NietGevonden,
    OngeldigAntwoord,
    OngeldigVerzoek,
    ServerFout,
)
from klantbeeld.services.verbinding.http import ApiClient, RequestLog, RetryPolicy, lees_in_delen
from tests.conftest import run
from tests.services.nep_lijst import BASIS, NepLijst, api_voor


class NoJitter(RetryPolicy):
    """A retry policy without waiting, so tests run fast and deterministic."""

    def jitter(self) -> float:
        return 0.0


FAST = NoJitter(initial_delay=0.0, max_delay=0.0)


def client_for(
    handler: Any,
    *,
    retry: RetryPolicy = FAST,
    log: RequestLog | None = None,
    max_in_flight: int = 4,
) -> tuple[ApiClient, httpx.AsyncClient]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    api = ApiClient(
        bron="Zaaksysteem",
        base_url="http://zaken.test/api/v1",
        client=http,
        retry=retry,
        log=log,
        max_in_flight=max_in_flight,
    )
    return api, http


def test_retry_policy_backoff_and_retry_after() -> None:
    policy = NoJitter(initial_delay=0.5, max_delay=2.0, max_retries=3)
    assert [policy.delay(n) for n in range(4)] == [0.5, 1.0, 2.0, 2.0]
    assert policy.delay(0, "3") == 3.0
    assert policy.delay(0, "not-a-number") == 0.5
    # However long: the request's deadline decides whether it is worth waiting (test_grenzen).
    assert policy.delay(0, "3600") == 3600.0
    assert policy.should_retry(0, status=503)
    assert not policy.should_retry(0, status=400)
    assert not policy.should_retry(3, status=503)
    assert 0 <= RetryPolicy().jitter() <= RetryPolicy().max_jitter


def test_get_is_retried_on_5xx_then_succeeds() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) < 3:
            return httpx.Response(503, json={"detail": "even niet"})
        return httpx.Response(200, json={"ok": True})

    async def main() -> Any:
        api, http = client_for(handler)
        async with http:
            return await api.get_json("zaken")

    assert run(main) == {"ok": True}
    assert len(calls) == 3


def test_post_is_not_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json={"detail": "even niet"})

    async def main() -> None:
        api, http = client_for(handler)
        async with http:
            await api.post_json("zaken", {"a": 1})

    with pytest.raises(ServerFout) as info:
        run(main)
    assert len(calls) == 1
    assert info.value.bron == "Zaaksysteem"
    assert info.value.status_code == 503


@pytest.mark.parametrize(
    ("status", "body", "error", "fragment"),
    [
        (
            400,
            {
                "title": "Ongeldige invoerwaarde.",
                "invalidParams": [
                    {"name": "identificatie", "code": "invalid", "reason": "Te lang."}
                ],
            },
            OngeldigVerzoek,
            "identificatie: Te lang.",
        ),
        (
            401,
            {"detail": "Authenticatiegegevens zijn niet opgegeven."},
            NietGeautoriseerd,
            "geen toegang",
        ),
        (
            403,
            {"code": "invalid-jwt-signature", "detail": "Client credentials zijn niet geldig"},
            NietGeautoriseerd,
            "Client credentials zijn niet geldig",
        ),
        (
            404,
            {"fout": [{"code": "IPD0004", "omschrijving": "Het kvkNummer is niet gevonden."}]},
            NietGevonden,
            "kvkNummer is niet gevonden",
        ),
        (500, "<html>Internal Server Error</html>", ServerFout, "serverfout (500)"),
    ],
)
def test_status_errors_are_typed_and_named(
    status: int, body: Any, error: type[Exception], fragment: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body)
        return httpx.Response(status, json=body)

    async def main() -> None:
        api, http = client_for(handler, retry=RetryPolicy(max_retries=0))
        async with http:
            await api.get_json("zaken")

    with pytest.raises(error) as info:
        run(main)
    assert fragment in str(info.value)
    assert str(info.value).startswith("Zaaksysteem: ")


def test_malformed_json_is_a_typed_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=b"{not json", headers={"content-type": "application/json"}
        )

    async def main() -> None:
        api, http = client_for(handler)
        async with http:
            await api.get_json("zaken")

    with pytest.raises(OngeldigAntwoord):
        run(main)


def test_timeouts_and_connection_errors() -> None:
    calls = []

    def timeout(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ReadTimeout("te traag", request=request)

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("geweigerd", request=request)

    async def main(handler: Any) -> None:
        api, http = client_for(handler)
        async with http:
            await api.get_json("zaken")

    with pytest.raises(ApiTimeout):
        run(lambda: main(timeout))
    assert len(calls) == 3  # first try and two retries
    with pytest.raises(ApiVerbindingsfout) as info:
        run(lambda: main(refused))
    assert not isinstance(info.value, ApiTimeout)


def test_pages_after_the_first_are_fetched_concurrently() -> None:
    items = [{"n": i} for i in range(23)]
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.02)
        in_flight -= 1
        page = int(request.url.params.get("page", "1"))
        size = int(request.url.params["pageSize"])
        chunk = items[(page - 1) * size : page * size]
        nxt = (
            f"http://zaken.test/api/v1/zaken?page={page + 1}&pageSize={size}"
            if (page * size < len(items))
            else None
        )
        return httpx.Response(
            200, json={"count": len(items), "next": nxt, "previous": None, "results": chunk}
        )

    log = RequestLog()

    async def main() -> list[Any]:
        api, http = client_for(handler, log=log)
        async with http:
            return await api.list_all("zaken", page_size=5)

    assert run(main) == items
    assert len(log.records) == 5
    assert peak == 4  # pages 2-5 together, within the per-server limit
    assert log.critical_path_depth() == 2


def test_auth_and_extra_headers_are_sent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        api = ApiClient(
            bron="X",
            base_url="http://x.test/",
            client=http,
            auth=lambda: {"Authorization": "Token abc"},
            extra_headers={"Accept-Crs": "EPSG:4326"},
        )
        async with http:
            await api.get_json("/a", params={"expand": ["status", "resultaat"]})

    run(main)
    request = seen[0]
    assert request.headers["authorization"] == "Token abc"
    assert request.headers["accept-crs"] == "EPSG:4326"
    assert request.url.params["expand"] == "status,resultaat"
    assert json.loads(b"{}") == {}


# -- lists longer than the server's page cap ------------------------------------------------------


def _items(n: int, prefix: str = "z") -> list[dict[str, Any]]:
    return [{"url": f"{BASIS}/zaken/{prefix}{i}", "n": i} for i in range(n)]


def _lees_alles(lijst: NepLijst, **opties: Any) -> list[Any]:
    async def main() -> list[Any]:
        api, http = api_voor(lijst)
        async with http:
            return await api.list_all("zaken", **opties)

    return run(main)


def test_a_list_longer_than_the_servers_cap_is_read_to_its_end() -> None:
    lijst = NepLijst(_items(1234), cap=100)
    assert _lees_alles(lijst, page_size=500) == lijst.items
    assert lijst.statussen == {200}  # never a page past the last
    # after page 1 the real size is asked: what came back, not what was asked
    assert sorted(lijst.gevraagd) == [(1, 500, 200)] + [(n, 100, 200) for n in range(2, 14)]


def test_a_list_that_grows_while_read_is_read_on_by_next() -> None:
    oud = _items(95)
    nieuw = _items(7, prefix="nieuw")

    def groei(lijst: NepLijst) -> None:
        if len(lijst.gevraagd) == 1:
            lijst.items[:0] = nieuw  # newest first: everything shifts one page edge down

    lijst = NepLijst(list(oud), cap=10, na_verzoek=groei)
    gelezen = _lees_alles(lijst, page_size=10)
    assert {i["url"] for i in oud} <= {i["url"] for i in gelezen}
    assert lijst.statussen == {200}


def test_a_list_that_shrinks_while_read_ends_without_an_error() -> None:
    def krimp(lijst: NepLijst) -> None:
        if len(lijst.gevraagd) == 1:
            del lijst.items[:25]

    lijst = NepLijst(_items(40), cap=10, na_verzoek=krimp)
    gelezen = _lees_alles(lijst, page_size=10)
    assert gelezen[:10] == _items(40)[:10]
    assert 404 in lijst.statussen  # page 4 was planned when the list still had 40


def _lees_in_delen(lijst: NepLijst, bekend: list[dict[str, Any]], delen: int) -> list[Any]:
    async def main() -> list[Any]:
        api, http = api_voor(lijst)
        async with http:
            return await lees_in_delen(
                lambda page, size: api.get_page("zaken", page=page, page_size=size),
                bekend,
                delen=delen,
                sleutel=lambda item: str(item["url"]),
            )

    return run(main)


def test_reading_in_parts_gets_every_item_whatever_the_cap() -> None:
    items = _items(1234)
    for cap in (500, 100, 1000, 7):
        lijst = NepLijst(list(items), cap=cap)
        assert _lees_in_delen(lijst, items, delen=2) == items
        assert lijst.statussen == {200}
        # two parts wished, but never a page over 500: three pages at once first
        assert sorted(g[:2] for g in lijst.gevraagd[:3]) == [(1, 500), (2, 500), (3, 500)]
        assert len(lijst.gevraagd) == -(-len(items) // min(cap, 500))


def test_reading_in_parts_of_a_short_list_asks_the_parts_wished() -> None:
    items = _items(300)
    lijst = NepLijst(list(items), cap=500)
    assert _lees_in_delen(lijst, items, delen=2) == items
    assert sorted(lijst.gevraagd) == [(1, 150, 200), (2, 150, 200)]


def test_reading_in_parts_reads_on_when_the_list_grew() -> None:
    bekend = _items(20)
    lijst = NepLijst(_items(3, prefix="nieuw") + bekend, cap=500)
    gelezen = _lees_in_delen(lijst, bekend, delen=2)
    assert {i["url"] for i in bekend} <= {i["url"] for i in gelezen}
    assert [g[0] for g in sorted(lijst.gevraagd)] == [1, 2, 3]
    assert lijst.statussen == {200}


def test_reading_in_parts_ends_where_a_shrunk_list_ends() -> None:
    bekend = _items(20)
    lijst = NepLijst(bekend[5:], cap=500)
    assert _lees_in_delen(lijst, bekend, delen=2) == bekend[5:]
