"""Fault injection, server models and the command line of the oefenomgeving."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

from klantbeeld.sandbox.common import REAL_FLOOR_MS
from klantbeeld.sandbox.faults import Faults, is_down, server_of
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN


def _zaken(server: Any, **params: Any) -> httpx.Response:
    inst, secret = server.endpoints()[next(k for k in server.endpoints() if k.value == "zaken")]
    from klantbeeld.services.verbinding.auth import header_factory

    headers = {
        **header_factory(inst.auth, client_id=inst.client_id, secret=secret)(),
        "Accept-Crs": "EPSG:4326",
    }
    return httpx.get(
        f"{inst.base_url}/zaken",
        params={"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": VOORBEELD_BSN, **params},
        headers=headers,
        timeout=10,
    )


def test_paths_map_to_servers_and_down_names() -> None:
    assert server_of("/catalogi/api/v1/zaaktypen") == "openzaak"
    assert server_of("/klantinteracties/api/v1/partijen") == "openklant"
    assert server_of("/_oefen/status") is None
    assert is_down("/documenten/api/v1/x", {"openzaak"})
    assert not is_down("/klantinteracties/api/v1/x", {"openzaak"})


def test_down_answers_503_for_that_api_only(fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.down = {"zaken"}
    assert _zaken(fresh_sandbox).status_code == 503
    status = httpx.get(f"{fresh_sandbox.root}/_oefen/status", timeout=5).json()
    assert status["ok"] and status["requests"]["openzaak"] == 1


def test_error_rate_one_gives_5xx(fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.error_rate = 1.0
    assert _zaken(fresh_sandbox).status_code in (500, 502, 503)


def test_dropped_connection_is_a_transport_error(fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.drop_rate = 1.0
    with pytest.raises(httpx.TransportError):
        _zaken(fresh_sandbox)


def test_timeout_rate_delays_past_the_client_timeout(fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.timeout_rate = 1.0
    fresh_sandbox.sandbox.faults.timeout_s = 2.0
    inst = fresh_sandbox.endpoints()
    assert inst  # the server is up
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{fresh_sandbox.root}/zaken/api/v1/zaken", timeout=0.2)


def test_real_cost_model_charges_rows_and_expansions(fresh_sandbox: Any) -> None:
    faults: Faults = fresh_sandbox.sandbox.faults
    faults.cost_model = "real"
    start = time.perf_counter()
    plain = _zaken(fresh_sandbox)
    plain_s = time.perf_counter() - start
    start = time.perf_counter()
    expanded = _zaken(fresh_sandbox, expand="status,resultaat,zaakinformatieobjecten")
    expanded_s = time.perf_counter() - start
    assert plain.status_code == expanded.status_code == 200
    n = plain.json()["count"]
    # floor + 4.5 ms per zaak vs floor + (4.5 + 29 + 3 + 20) ms per zaak: the model, not a race
    assert plain_s >= (REAL_FLOOR_MS + 4.5 * n) / 1000
    assert expanded_s >= (REAL_FLOOR_MS + 56.5 * n) / 1000


def test_admin_endpoint_changes_faults(fresh_sandbox: Any) -> None:
    answer = httpx.post(
        f"{fresh_sandbox.root}/_oefen/faults", json={"latency_ms": 5, "down": ["brp"]}, timeout=5
    ).json()
    assert answer["latency_ms"] == 5 and answer["down"] == ["brp"]
    assert fresh_sandbox.sandbox.faults.down == {"brp"}


def test_command_line_prints_json_and_serves() -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "klantbeeld.sandbox",
            "--port",
            "0",
            "--json",
            "--memory",
            "--down",
            "brp",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        assert set(info["apis"]) >= {"brp", "zaken", "klantinteracties", "kvk_zoeken", "betalingen"}
        zaken = info["apis"]["zaken"]
        assert zaken["auth"] == "zgw-jwt" and zaken["client_id"] and zaken["secret"]
        status = httpx.get(f"{info['root']}/_oefen/status", timeout=5).json()
        assert status["ok"]
        faults = httpx.get(f"{info['root']}/_oefen/faults", timeout=5).json()
        assert faults["down"] == ["brp"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_command_line_rejects_unknown_down_name() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "klantbeeld.sandbox", "--down", "nope", "--memory"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Onbekende API" in result.stderr
