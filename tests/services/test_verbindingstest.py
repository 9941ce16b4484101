"""Verbinding testen: against the oefenomgeving, with a wrong secret, a closed port, no JSON."""

from __future__ import annotations

import re
import socket
from typing import Any

import httpx
import pytest

from klantbeeld.services.verbinding.verbindingstest import (
    PROEFVRAGEN,
    controleer_bron,
    controleer_verbinding,
)
from klantbeeld.services.werkplek.settings import (
    ApiInstelling,
    ApiNaam,
    AuthSoort,
    Bron,
    BronInstelling,
)
from tests.conftest import run

FOUT_GEHEIM = "fout-geheim-0123456789abcdef0123456789"


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.mark.parametrize("api", list(ApiNaam))
def test_every_api_of_the_oefenomgeving_connects(sandbox_server: Any, api: ApiNaam) -> None:
    inst, geheim = sandbox_server.endpoints()[api]
    uitslag = run(lambda: controleer_verbinding(api, inst, geheim))
    assert uitslag.ok, uitslag.melding
    assert uitslag.melding.startswith("Verbonden (")
    if api is ApiNaam.KVK_ZOEKEN:  # KVK answers "nothing found" with 404 and a `fout` list
        assert uitslag.status in (200, 404)
    else:
        assert uitslag.melding.endswith(" ms)") and uitslag.status == 200


@pytest.mark.parametrize("api", [ApiNaam.KLANTINTERACTIES, ApiNaam.BRP, ApiNaam.KVK_ZOEKEN])
def test_a_wrong_secret_says_401(sandbox_server: Any, api: ApiNaam) -> None:
    inst, _ = sandbox_server.endpoints()[api]
    uitslag = run(lambda: controleer_verbinding(api, inst, FOUT_GEHEIM))
    assert not uitslag.ok
    assert uitslag.status == 401
    assert uitslag.melding.startswith("Geen toegang: de sleutel of het geheim klopt niet (401)")


def test_a_wrong_zgw_secret_says_403(sandbox_server: Any) -> None:
    inst, _ = sandbox_server.endpoints()[ApiNaam.ZAKEN]
    uitslag = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, inst, FOUT_GEHEIM))
    assert not uitslag.ok and uitslag.status == 403
    assert uitslag.melding.startswith("Geen toegang: de sleutel of het geheim klopt niet")
    assert "(403)" in uitslag.melding


def test_a_closed_port_is_not_reachable() -> None:
    inst = ApiInstelling(
        base_url=f"http://127.0.0.1:{_vrije_poort()}/zaken/api/v1", auth=AuthSoort.GEEN
    )
    uitslag = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, inst, ""))
    assert not uitslag.ok
    assert uitslag.melding == "Niet bereikbaar: verbinding geweigerd"


def test_a_page_that_is_not_json() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, text="<html>Inloggen</html>", headers={"Content-Type": "text/html"}
        )

    inst = ApiInstelling(base_url="https://zaken.example/api/v1")
    uitslag = run(
        lambda: controleer_verbinding(
            ApiNaam.ZAKEN, inst, "", transport=httpx.MockTransport(handler)
        )
    )
    assert not uitslag.ok
    assert uitslag.melding.startswith("Onverwacht antwoord: geen JSON")


def test_a_timeout_names_the_seconds() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("te traag", request=request)

    inst = ApiInstelling(base_url="https://zaken.example/api/v1", timeout_s=10)
    uitslag = run(
        lambda: controleer_verbinding(
            ApiNaam.ZAKEN, inst, "", transport=httpx.MockTransport(handler)
        )
    )
    assert uitslag.melding == "Time-out na 10 s"


def test_the_requests_are_the_cheap_authenticated_ones() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"results": [], "personen": [], "resultaten": []})

    for api in (ApiNaam.ZAKEN, ApiNaam.BRP):
        inst = ApiInstelling(
            base_url="https://x.example/api", auth=AuthSoort.ZGW_JWT, client_id="kcc"
        )
        run(
            lambda api=api, inst=inst: controleer_verbinding(  # type: ignore[misc]
                api, inst, FOUT_GEHEIM, transport=httpx.MockTransport(handler)
            )
        )
    zaken, brp = seen
    assert zaken.url.path == "/api/zaken" and zaken.url.params["pageSize"] == "1"
    assert zaken.headers["Accept-Crs"] == "EPSG:4326"
    assert zaken.headers["Authorization"].startswith("Bearer ")
    assert brp.method == "POST" and b"RaadpleegMetBurgerservicenummer" in brp.content
    assert set(PROEFVRAGEN) == set(ApiNaam)


def test_a_bad_url_is_said_before_any_request() -> None:
    inst = ApiInstelling(base_url="zaken.example/api")
    uitslag = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, inst, ""))
    assert not uitslag.ok and "https://" in uitslag.melding


def test_a_missing_secret_or_client_id_is_said_before_any_request() -> None:
    inst = ApiInstelling(base_url="https://zaken.example/api/v1", auth=AuthSoort.ZGW_JWT)
    uitslag = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, inst, ""))
    assert uitslag.melding == "Vul eerst het geheim of de sleutel in."
    uitslag = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, inst, FOUT_GEHEIM))
    assert uitslag.melding == "Vul eerst de client-id in."


def test_open_zaak_by_its_server_root_tests_all_three_apis(sandbox_server: Any) -> None:
    creds = sandbox_server.sandbox.creds
    inst = BronInstelling(url=sandbox_server.root + "/", client_id=creds.zgw_client_id)
    apis = inst.endpoints(Bron.OPENZAAK)
    uitslag = run(lambda: controleer_bron(Bron.OPENZAAK, apis, creds.zgw_secret))
    assert uitslag.ok, uitslag.melding
    assert re.fullmatch(
        r"Verbonden \(Zaken \d+ ms, Catalogi \d+ ms, Documenten \d+ ms\)", uitslag.melding
    )

    fout = run(lambda: controleer_bron(Bron.OPENZAAK, apis, FOUT_GEHEIM))
    assert not fout.ok and fout.api is ApiNaam.ZAKEN and fout.status == 403
    for naam in ("Zaken: Geen toegang", "; Catalogi: Geen toegang", "; Documenten: Geen toegang"):
        assert naam in fout.melding


def test_one_api_of_a_source_failing_is_named(sandbox_server: Any) -> None:
    creds = sandbox_server.sandbox.creds
    inst = BronInstelling(
        url=sandbox_server.root,
        client_id=creds.zgw_client_id,
        api_urls={ApiNaam.DOCUMENTEN: f"http://127.0.0.1:{_vrije_poort()}/documenten/api/v1"},
    )
    apis = inst.endpoints(Bron.OPENZAAK)
    uitslag = run(lambda: controleer_bron(Bron.OPENZAAK, apis, creds.zgw_secret))
    assert not uitslag.ok and uitslag.api is ApiNaam.DOCUMENTEN
    assert uitslag.melding == "Documenten: Niet bereikbaar: verbinding geweigerd"
