"""The oefenomgeving's Betalingen API: ZGW paging, filters, errors."""

from __future__ import annotations

from typing import Any

import httpx

from klantbeeld.sandbox.seed.plan import ZWAAR_BSN


def _get(server: Any, path: str, **params: Any) -> httpx.Response:
    headers = {"Authorization": f"Token {server.sandbox.creds.betalingen_token}"}
    return httpx.get(f"{server.root}/betalingen/api/v1{path}", params=params, headers=headers)


def test_paging_en_filter(sandbox_server: Any) -> None:
    body = _get(sandbox_server, "/betalingen", bsn=ZWAAR_BSN, pageSize=10).json()
    assert body["count"] >= 20 and len(body["results"]) == 10
    assert body["next"].startswith(sandbox_server.root) and body["previous"] is None
    te_laat = _get(sandbox_server, "/betalingen", bsn=ZWAAR_BSN, status="te_laat").json()
    assert te_laat["count"] and {b["status"] for b in te_laat["results"]} == {"te_laat"}
    een = body["results"][0]
    assert _get(sandbox_server, f"/betalingen/{een['uuid']}").json() == een


def test_fouten(sandbox_server: Any) -> None:
    r = _get(sandbox_server, "/betalingen", status="kwijt")
    assert r.status_code == 400 and r.json()["invalidParams"][0]["name"] == "status"
    assert _get(sandbox_server, "/betalingen/onbekend").status_code == 404
    r = httpx.get(f"{sandbox_server.root}/betalingen/api/v1/betalingen")
    assert r.status_code == 401
