"""The oefenomgeving's KVK routes: result shape, paging and KVK error bodies."""

from __future__ import annotations

from typing import Any

import httpx


def _get(server: Any, path: str, key: bool = True, **params: Any) -> httpx.Response:
    headers = {"apikey": server.sandbox.creds.kvk_apikey} if key else {}
    return httpx.get(f"{server.root}/kvk/api{path}", params=params, headers=headers)


def test_zoeken_vorm_en_pagina(sandbox_server: Any) -> None:
    alles = _get(sandbox_server, "/v2/zoeken", plaats="'s-Gravenhage", resultatenPerPagina=2)
    body = alles.json()
    assert body["pagina"] == 1 and body["resultatenPerPagina"] == 2
    assert body["totaal"] > 2 and len(body["resultaten"]) == 2 and "volgende" in body
    item = body["resultaten"][0]
    assert {"kvkNummer", "naam", "adres", "type"} <= set(item)
    assert item["adres"]["binnenlandsAdres"]["plaats"] == "'s-Gravenhage"


def test_inactief_alleen_op_verzoek(sandbox_server: Any) -> None:
    zonder = _get(sandbox_server, "/v2/zoeken", naam="a", resultatenPerPagina=100).json()
    met = _get(sandbox_server, "/v2/zoeken", naam="a", resultatenPerPagina=100,
               inclusiefInactieveRegistraties="true").json()  # fmt: skip
    assert met["totaal"] > zonder["totaal"]
    assert {r["actief"] for r in met["resultaten"]} == {"Ja", "Nee"}


def test_fouten(sandbox_server: Any) -> None:
    r = _get(sandbox_server, "/v1/basisprofielen/12345678")
    assert r.status_code == 404 and r.json()["fout"][0]["code"]
    r = _get(sandbox_server, "/v2/zoeken", kvkNummer="1")
    assert r.status_code == 400 and "fout" in r.json()
    assert _get(sandbox_server, "/v1/basisprofielen/68750110", key=False).status_code == 401
