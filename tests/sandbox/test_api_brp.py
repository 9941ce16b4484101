"""The oefenomgeving's BRP route: seed file, field selection and BRP-style validation errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, SHARED


def _post(server: Any, body: Any, *, key: bool = True) -> httpx.Response:
    headers = {"X-API-KEY": server.sandbox.creds.brp_apikey} if key else {}
    return httpx.post(f"{server.root}/haalcentraal/api/brp/personen", json=body, headers=headers)


@pytest.mark.skipif(not (SHARED / "specs/brp/testdata/test-data.json").exists(), reason="no shared")
def test_seed_json_is_wat_het_script_maakt(tmp_path: Path) -> None:
    out = tmp_path / "personen.json"
    subprocess.run(
        [sys.executable, str(ROOT / "tools/maak_personen_seed.py"), "--shared", str(SHARED),
         "--out", str(out)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert out.read_text(encoding="utf-8") == (ROOT / "resources/seed/personen.json").read_text(
        encoding="utf-8"
    )


def test_validatiefouten(sandbox_server: Any) -> None:
    r = _post(
        sandbox_server,
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": ["12345678"],
            "fields": ["naam", "geheimhoudingPersoonsgegevens", "bestaatNiet"],
        },
    )
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/problem+json")
    namen = {p["name"]: p["code"] for p in r.json()["invalidParams"]}
    assert namen == {"fields[1]": "field", "fields[2]": "field"}
    r = _post(sandbox_server, {"type": "RaadpleegMetBurgerservicenummer",
                                "burgerservicenummer": ["1234"], "fields": ["naam"]})  # fmt: skip
    assert r.json()["invalidParams"][0]["name"] == "burgerservicenummer[0]"
    r = _post(sandbox_server, {"type": "ZoekMetIets", "fields": ["naam"]})
    assert r.json()["invalidParams"] == [
        {"name": "type", "code": "value", "reason": "Waarde is geen geldige zoek type."}
    ]
    r = _post(sandbox_server, {"type": "RaadpleegMetBurgerservicenummer",
                                "burgerservicenummer": ["999993653"]})  # fmt: skip
    assert r.json()["invalidParams"][0]["name"] == "fields"


@pytest.mark.parametrize(
    ("veld", "waarde"),
    [
        ("huisletter", "é"),
        ("huisletter", "AB"),
        ("huisnummertoevoeging", "bis-1"),
        ("huisnummertoevoeging", "１"),
        ("burgerservicenummer", "９９９９９３６５３"),
        ("postcode", "３０７７AW"),
        ("geslachtsnaam", "Jans\x00en"),
    ],
)
def test_filters_als_de_spec_ze_toestaat(sandbox_server: Any, veld: str, waarde: str) -> None:
    # the real BRP holds every filter to its pattern; only the digits 0-9 are digits
    body: dict[str, Any] = {
        "type": "ZoekMetPostcodeEnHuisnummer",
        "postcode": "3077AW",
        "huisnummer": 31,
        "fields": ["naam.volledigeNaam"],
        veld: waarde,
    }
    if veld == "burgerservicenummer":
        body = {"type": "RaadpleegMetBurgerservicenummer", veld: [waarde], "fields": ["leeftijd"]}
    r = _post(sandbox_server, body)
    assert r.status_code == 400
    assert [p["name"].split("[")[0] for p in r.json()["invalidParams"]] == [veld]
    body[veld] = {"huisletter": "a", "huisnummertoevoeging": "bis"}.get(veld, body[veld])
    if veld in ("huisletter", "huisnummertoevoeging"):
        assert _post(sandbox_server, body).status_code == 200


def test_zoek_velden_beperkt_en_overleden(sandbox_server: Any) -> None:
    body = {
        "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
        "geslachtsnaam": "saasveld",
        "geboortedatum": "1998-12-01",
        "fields": ["burgerservicenummer"],
    }
    assert _post(sandbox_server, body).json()["personen"] == []
    met = _post(sandbox_server, {**body, "inclusiefOverledenPersonen": True}).json()["personen"]
    assert [p["burgerservicenummer"] for p in met] == ["999970239"]
    assert met[0]["opschortingBijhouding"]["reden"]["code"] == "O"
    r = _post(sandbox_server, {**body, "fields": ["verblijfplaats"]})
    assert r.status_code == 400  # not in PersoonBeperkt


def test_zonder_sleutel(sandbox_server: Any) -> None:
    r = _post(sandbox_server, {"type": "RaadpleegMetBurgerservicenummer"}, key=False)
    assert r.status_code == 401
