"""Issue 9.4: a server's say-so buys no unbounded work: pages, items, bytes and time are bounded.

Each attack runs against a hostile server of the tests' own on loopback
(:mod:`tests.services.vijandig`): an absurd ``count``, a list without end, a body far past any
cap, an answer dripped two bytes at a time, ``Retry-After: 60``. Each must end in a typed error
naming the source, after a bounded number of requests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient
from klantbeeld.services.apis.zgw import InformatieObject, ZakenClient
from klantbeeld.services.contacthistorie.rijen import Periode
from klantbeeld.services.contacthistorie.stroom import alle
from klantbeeld.services.klantbeeld.composer import Onderdeel
from klantbeeld.services.verbinding.clients import Verbindingen, maak_verbindingen
from klantbeeld.services.verbinding.errors import (
    ApiError,
    ApiTimeout,
    GrensBereikt,
    OngeldigAntwoord,
    ServerFout,
)
from klantbeeld.services.verbinding.http import (
    MAX_LIJST_ITEMS,
    ApiClient,
    Grenzen,
    RetryPolicy,
    lees_in_delen,
    retry_after_s,
)
from klantbeeld.services.werkplek.settings import ApiInstelling, ApiNaam
from tests.conftest import run
from tests.services.vijandig import (
    Antwoord,
    Verzoek,
    VijandigeServer,
    klantbeeld_met,
    pagina,
    veel_bytes,
)

BSN = "999993653"
MB = 1024 * 1024


class GeenJitter(RetryPolicy):
    """Retries without random waits."""

    def jitter(self) -> float:
        return 0.0


def verbindingen(server: VijandigeServer, grenzen: Grenzen, retry: RetryPolicy) -> Verbindingen:
    apis = {
        # A short time-out, so the deadline under test is not raised to it.
        ApiNaam.ZAKEN: ApiInstelling(base_url=f"{server.root}/zaken/api/v1", timeout_s=1.0),
        ApiNaam.DOCUMENTEN: ApiInstelling(base_url=f"{server.root}/documenten/api/v1"),
    }
    return maak_verbindingen(
        {api: (inst, "") for api, inst in apis.items()}, grenzen=grenzen, retry=retry
    )


def probeer(
    server: VijandigeServer,
    *,
    grenzen: Grenzen | None = None,
    retry: RetryPolicy | None = None,
    lijst: bool = True,
) -> ApiError | Any:
    """Read the person's zaken (or one JSON answer); the ApiError it ended in, or the result."""

    async def main() -> ApiError | Any:
        v = verbindingen(server, grenzen or Grenzen(), retry or GeenJitter(initial_delay=0.0))
        zaken = v.get(ApiNaam.ZAKEN)
        assert zaken is not None
        try:
            if lijst:
                return await ZakenClient(zaken).zaken_van_persoon(BSN)
            return await zaken.get_json("zaken/1")
        except ApiError as e:
            return e
        finally:
            await v.aclose()

    return run(main)


def zaak(n: int) -> dict[str, Any]:
    return {
        "url": f"http://127.0.0.1/zaken/api/v1/zaken/{n}",
        "uuid": str(n),
        "zaaktype": "http://127.0.0.1/catalogi/api/v1/zaaktypen/1",
    }


@pytest.fixture
def eindeloos() -> Iterator[VijandigeServer]:
    """A list without end: one zaak a page, a ``next`` always, no ``count``."""

    def handler(v: Verzoek) -> Antwoord:
        n = int(v.query.get("page", ["1"])[0])
        volgende = f"http://{v.headers['host']}{v.pad}?page={n + 1}"
        return pagina([zaak(n)], count=None, next_url=volgende)

    with VijandigeServer(handler) as server:
        yield server


def test_an_absurd_count_is_refused_after_the_first_page() -> None:
    """``count = 10^8`` with one item a page: not one further page is planned or asked."""

    def handler(v: Verzoek) -> Antwoord:
        volgende = f"http://{v.headers['host']}{v.pad}?page=2"
        return pagina([zaak(1)], count=10**8, next_url=volgende)

    with VijandigeServer(handler) as server:
        fout = probeer(server)
        assert len(server.verzoeken) == 1
    assert isinstance(fout, GrensBereikt)
    assert fout.bron == "Zaaksysteem"
    assert "100.000.000 resultaten" in fout.melding
    assert f"hoogstens {MAX_LIJST_ITEMS:,}".replace(",", ".") in fout.melding


def test_a_list_without_end_stops_at_the_page_bound(eindeloos: VijandigeServer) -> None:
    fout = probeer(eindeloos, grenzen=Grenzen(lijst_paginas=25))
    assert isinstance(fout, GrensBereikt) and fout.bron == "Zaaksysteem"
    assert "26 pagina's, hoogstens 25" in fout.melding
    assert len(eindeloos.verzoeken) == 25


def test_a_count_that_needs_too_many_pages_is_refused_before_planning_them() -> None:
    def handler(v: Verzoek) -> Antwoord:
        return pagina([zaak(1)], count=900, next_url=f"http://{v.headers['host']}{v.pad}?page=2")

    with VijandigeServer(handler) as server:
        fout = probeer(server, grenzen=Grenzen(lijst_paginas=100))
        assert len(server.verzoeken) == 1
    assert isinstance(fout, GrensBereikt) and "900 pagina's, hoogstens 100" in fout.melding


def test_a_list_stops_at_the_item_bound() -> None:
    def handler(v: Verzoek) -> Antwoord:
        n = int(v.query.get("page", ["1"])[0])
        volgende = f"http://{v.headers['host']}{v.pad}?page={n + 1}"
        return pagina([zaak(100 * n + i) for i in range(100)], count=None, next_url=volgende)

    with VijandigeServer(handler) as server:
        fout = probeer(server, grenzen=Grenzen(lijst_items=250))
        assert len(server.verzoeken) == 3
    assert isinstance(fout, GrensBereikt) and "meer dan 250 resultaten" in fout.melding


def test_a_list_stops_at_the_byte_bound() -> None:
    opvulling = "x" * 50_000

    def handler(v: Verzoek) -> Antwoord:
        n = int(v.query.get("page", ["1"])[0])
        volgende = f"http://{v.headers['host']}{v.pad}?page={n + 1}"
        return pagina([{**zaak(n), "toelichting": opvulling}], count=None, next_url=volgende)

    with VijandigeServer(handler) as server:
        fout = probeer(server, grenzen=Grenzen(lijst_bytes=200_000))
        assert len(server.verzoeken) == 4  # 4 × 50 kB passes 200,000 bytes
    assert isinstance(fout, GrensBereikt) and "meer dan 195 kB" in fout.melding


def test_a_body_past_the_cap_is_not_read_on() -> None:
    """200 MB without a Content-Length: reading stops past the cap and the stream is closed."""
    totaal = 200 * MB
    with VijandigeServer(lambda _: Antwoord(200, {}, veel_bytes(totaal))) as server:
        fout = probeer(server, grenzen=Grenzen(antwoord_bytes=1 * MB), lijst=False)
        assert len(server.verzoeken) == 1
        assert server.geschreven < totaal // 4
    assert isinstance(fout, GrensBereikt) and fout.bron == "Zaaksysteem"
    assert "groter dan 1 MB" in fout.melding


def test_a_declared_length_past_the_cap_is_refused_before_reading() -> None:
    kop = {"Content-Type": "application/json", "Content-Length": str(10**10)}
    with VijandigeServer(lambda _: Antwoord(200, kop, [b'{"results": ['])) as server:
        fout = probeer(server, lijst=False)
    assert isinstance(fout, GrensBereikt) and "groter dan 32 MB" in fout.melding


def test_a_download_past_its_cap_stops_naming_the_documents_source() -> None:
    with VijandigeServer(lambda _: Antwoord(200, {}, veel_bytes(20 * MB))) as server:

        async def main() -> ApiError | bytes:
            v = verbindingen(server, Grenzen(download_bytes=2 * MB), GeenJitter())
            docs, zaken = v.get(ApiNaam.DOCUMENTEN), v.get(ApiNaam.ZAKEN)
            assert docs is not None and zaken is not None
            document = InformatieObject(url=docs.url("enkelvoudiginformatieobjecten/1"))
            try:
                return await ZakenClient(zaken, docs).download(document)
            except ApiError as e:
                return e
            finally:
                await v.aclose()

        fout = run(main)
    assert isinstance(fout, GrensBereikt) and fout.bron == "Documentregistratie"
    assert "groter dan 2 MB" in fout.melding


def test_a_dripping_body_is_cut_off_at_the_deadline() -> None:
    """2 bytes every 0.2 s never trips a read time-out; the request's deadline does."""
    stukken = [b'{"results": [], "next": null, "count": 0}', *([b"  "] * 10_000)]
    drup = Antwoord(200, {"Content-Type": "application/json"}, stukken, pauze=0.2)
    with VijandigeServer(lambda _: drup) as server:
        fout = probeer(server, grenzen=Grenzen(deadline_s=1.0), lijst=False)
        assert len(server.verzoeken) == 1  # no retry once the deadline is spent
    assert isinstance(fout, ApiTimeout) and fout.bron == "Zaaksysteem"
    assert fout.melding == "de server antwoordde niet binnen 1 s"


def test_dripping_headers_are_cut_off_at_the_deadline() -> None:
    drup = Antwoord.json({"results": []})
    drup.kop_pauze = 0.2
    with VijandigeServer(lambda _: drup) as server:
        fout = probeer(server, grenzen=Grenzen(deadline_s=1.0), lijst=False)
    assert isinstance(fout, ApiTimeout) and "niet binnen 1 s" in fout.melding


def test_a_retry_after_past_the_deadline_gives_up_at_once_and_says_so() -> None:
    bezet = Antwoord.json({"detail": "Even niet."}, status=503, **{"Retry-After": "60"})
    with VijandigeServer(lambda _: bezet) as server:
        fout = probeer(server, retry=GeenJitter(max_retries=2), lijst=False)
        assert len(server.verzoeken) == 1
    assert isinstance(fout, ServerFout) and fout.bron == "Zaaksysteem"
    assert "de server vraagt 60 s te wachten, langer dan de 30 s" in fout.melding
    assert "Klantbeeld stopt nu" in fout.melding


def test_a_short_retry_after_is_honoured() -> None:
    antwoorden = iter(
        [
            Antwoord.json({"detail": "Even niet."}, status=503, **{"Retry-After": "0"}),
            Antwoord.json({"ok": True}),
        ]
    )
    with VijandigeServer(lambda _: next(antwoorden)) as server:
        assert probeer(server, retry=GeenJitter(max_retries=2), lijst=False) == {"ok": True}
        assert len(server.verzoeken) == 2


def test_retry_after_as_a_date_or_nonsense() -> None:
    nu = 1_445_412_480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    assert retry_after_s("Wed, 21 Oct 2015 07:29:00 GMT", nu=nu) == 60.0
    assert retry_after_s("Wed, 21 Oct 2015 07:27:00 GMT", nu=nu) == 0.0
    assert retry_after_s("120") == 120.0
    assert retry_after_s("-5") == 0.0
    for onzin in (None, "", "morgen", "nan", "Wed, 99 Foo 2015"):
        assert retry_after_s(onzin) is None, onzin


def test_a_next_that_is_no_url_is_an_invalid_answer() -> None:
    def handler(v: Verzoek) -> Antwoord:
        return Antwoord.json({"results": [zaak(1)], "next": 5})

    with VijandigeServer(handler) as server:
        fout = probeer(server)
    assert isinstance(fout, OngeldigAntwoord) and fout.bron == "Zaaksysteem"


def test_the_deadline_is_never_shorter_than_the_apis_own_time_out() -> None:
    async def main() -> tuple[float, float]:
        inst = ApiInstelling(base_url="http://127.0.0.1:9/zaken/api/v1", timeout_s=60.0)
        v = maak_verbindingen({ApiNaam.ZAKEN: (inst, "")}, grenzen=Grenzen(deadline_s=30.0))
        kort = maak_verbindingen(
            {ApiNaam.ZAKEN: (inst.model_copy(update={"timeout_s": 5.0}), "")},
            grenzen=Grenzen(deadline_s=30.0),
        )
        try:
            lang_api, kort_api = v.get(ApiNaam.ZAKEN), kort.get(ApiNaam.ZAKEN)
            assert isinstance(lang_api, ApiClient) and isinstance(kort_api, ApiClient)
            return lang_api.grenzen.deadline_s, kort_api.grenzen.deadline_s
        finally:
            await v.aclose()
            await kort.aclose()

    assert run(main) == (60.0, 30.0)


def test_pages_within_bounds_still_arrive_whole() -> None:
    """The bounds leave a normal list alone: 3 pages of 2, planned from the count."""

    def handler(v: Verzoek) -> Antwoord:
        n = int(v.query.get("page", ["1"])[0])
        volgende = f"http://{v.headers['host']}{v.pad}?page={n + 1}" if n < 3 else None
        return pagina([zaak(2 * n), zaak(2 * n + 1)], count=6, next_url=volgende)

    with VijandigeServer(handler) as server:
        zaken = probeer(server)
    assert [z.uuid for z in zaken] == [str(n) for n in range(2, 8)]
    assert json.dumps([v.query.get("page") for v in server.verzoeken[1:]]) in (
        '[["2"], ["3"]]',
        '[["3"], ["2"]]',
    )


def test_in_a_klantbeeld_an_absurd_count_fails_only_the_zaken(sandbox_server: Any) -> None:
    def handler(v: Verzoek) -> Antwoord:
        volgende = f"http://{v.headers['host']}{v.pad}?page=2"
        return pagina([zaak(1)], count=10**8, next_url=volgende)

    with VijandigeServer(handler) as server:
        beeld = klantbeeld_met(
            sandbox_server, VOORBEELD_BSN, {ApiNaam.ZAKEN: f"{server.root}/zaken/api/v1"}
        )
        assert len(server.verzoeken) == 1
    fout = beeld.fouten.get(Onderdeel.ZAKEN)
    assert isinstance(fout, GrensBereikt) and fout.bron == "Zaaksysteem"
    assert set(beeld.fouten) == {Onderdeel.ZAKEN}
    assert beeld.persoon is not None and beeld.klantcontacten and beeld.betalingen


def test_reading_a_list_again_stops_when_it_grows_without_end() -> None:
    """A server inventing a full page of new items on every ask is read only up to the bound."""
    gevraagd: list[int] = []

    async def haal(page: int, size: int) -> list[dict[str, int]]:
        gevraagd.append(page)
        return [{"id": 1000 * page + i} for i in range(size)]  # never the items first seen

    bekend = [{"id": -n} for n in range(1, 11)]
    gelezen = run(
        lambda: lees_in_delen(haal, bekend, delen=2, sleutel=lambda x: x["id"], max_paginas=40)
    )
    assert len(gevraagd) == 40 and len(gelezen) == 40 * 5


def contact(n: int) -> dict[str, Any]:
    return {"uuid": f"kc-{n}", "plaatsgevondenOp": "2026-11-20T10:00:00+01:00"}


@pytest.mark.parametrize("met_count", [True, False], ids=["count-10^8", "next-zonder-einde"])
def test_the_contact_history_of_a_period_is_bounded_too(met_count: bool) -> None:
    """``count = 10^8`` with one contact a page used to plan 10^8 pages in memory."""

    def handler(v: Verzoek) -> Antwoord:
        n = int(v.query.get("page", ["1"])[0])
        volgende = f"http://{v.headers['host']}{v.pad}?page={n + 1}"
        return pagina([contact(n)], count=10**8 if met_count else None, next_url=volgende)

    with VijandigeServer(handler) as server:

        async def main() -> ApiError | list[Any]:
            inst = ApiInstelling(base_url=f"{server.root}/klantinteracties/api/v1")
            v = maak_verbindingen(
                {ApiNaam.KLANTINTERACTIES: (inst, "")}, grenzen=Grenzen(lijst_paginas=30)
            )
            ki = v.get(ApiNaam.KLANTINTERACTIES)
            assert ki is not None
            periode = Periode(date(2026, 11, 1), date(2026, 11, 30))
            try:
                return await alle(KlantinteractiesClient(ki), periode)
            except ApiError as e:
                return e
            finally:
                await v.aclose()

        fout = run(main)
        # Refused from the count after page 1; or read on by next up to the bound.
        assert len(server.verzoeken) == (1 if met_count else 30)
    assert isinstance(fout, GrensBereikt) and fout.bron == "Klantinteracties"
