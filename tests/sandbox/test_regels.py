"""The rule tables of the oefenomgeving: the seed obeys them, the filter table matches the specs."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import pytest
import yaml

from klantbeeld.sandbox import regels
from klantbeeld.sandbox.app import build_store
from klantbeeld.sandbox.filterparameters import GETYPEERDE_PARAMETERS, LIJST_PARAMETERS
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed.kcc_maand import KccMaand
from tests.conftest import SPECS, TEST_VANDAAG

SPEC_FILES = {
    "/klantinteracties/api/v1": "klantinteracties",
    "/zaken/api/v1": "zaken",
    "/catalogi/api/v1": "catalogi",
    "/documenten/api/v1": "documenten",
}


def _seeded_with_month() -> Any:
    """The base seed plus the whole month of KCC traffic the server adds after its start."""
    store = build_store(None, TEST_VANDAAG)
    KccMaand(store, TEST_VANDAAG).vul()
    return store


@pytest.fixture(scope="module")
def seeded() -> Any:
    return _seeded_with_month()


@pytest.mark.parametrize(
    ("coll", "velden"),
    [(ki.KLANTCONTACTEN, regels.KLANTCONTACT), (ki.INTERNETAKEN, regels.INTERNETAAK)],
)
def test_the_seed_obeys_the_rules_it_enforces(
    seeded: Any, coll: str, velden: tuple[regels.Veldregel, ...]
) -> None:
    objs = seeded.all(coll)
    assert len(objs) > 100
    for regel in (r for r in velden if r.soort is regels.Soort.GETAL):
        values = [o.get(regel.naam) for o in objs if o.get(regel.naam) is not None]
        assert all(regels.GEHEEL_GETAL.match(v) and len(v) <= 10 for v in values), regel.naam
        dubbel = [v for v, n in Counter(values).items() if n > 1]
        assert dubbel == [], (regel.naam, dubbel[:5])
    for obj in objs:
        _, fouten = regels.controleer(velden, obj, bezet=lambda r, w: False)
        assert fouten == [], (obj["uuid"], fouten)


def test_a_letter_nummer_is_refused_with_the_real_servers_reason(fresh_http: httpx.Client) -> None:
    http = fresh_http
    body = {"kanaal": "telefoon", "onderwerp": "x", "taal": "nld", "vertrouwelijk": False}
    r = http.post("/klantcontacten", json={**body, "nummer": "K2XDA13920"})
    assert r.status_code == 400
    assert r.json()["invalidParams"] == [
        {"name": "nummer", "code": "invalid", "reason": "Voer een geldig geheel getal in."}
    ]
    # Letters and too long: both reasons, as DRF runs every validator.
    r = http.post("/klantcontacten", json={**body, "referentienummer": "K2XDA139201"})
    assert [p["code"] for p in r.json()["invalidParams"]] == ["invalid", "max_length"]
    ok = http.post("/klantcontacten", json={**body, "referentienummer": "0123456789"})
    assert ok.status_code == 201 and ok.json()["referentienummer"] == "0123456789"
    gevonden = http.get("/klantcontacten", params={"referentienummer": "0123456789"}).json()
    assert [k["uuid"] for k in gevonden["results"]] == [ok.json()["uuid"]]
    alles = http.get("/klantcontacten", params={"referentienummer": "", "pageSize": 1}).json()
    assert alles["count"] > 1  # an empty value is no filter


def _spec_parameters(spec: dict[str, Any], path: str) -> list[dict[str, Any]]:
    ops = spec["paths"][path]
    shared = spec.get("components", {}).get("parameters", {})
    out = []
    for prm in ops["get"].get("parameters", []) + ops.get("parameters", []):
        if "$ref" in prm:
            prm = shared[prm["$ref"].rsplit("/", 1)[-1]]
        if prm["in"] == "query":
            out.append(prm)
    return out


@pytest.mark.needs_shared
def test_the_filter_table_is_the_specs_list_parameters() -> None:
    expected: dict[str, frozenset[str]] = {}
    typed: dict[str, dict[str, str]] = {}
    for prefix, name in SPEC_FILES.items():
        spec = yaml.safe_load((SPECS / name / "openapi.yaml").read_text(encoding="utf-8"))
        for path, ops in spec["paths"].items():
            if "get" not in ops or "{" in path:
                continue
            params = _spec_parameters(spec, path)
            expected[prefix + path] = frozenset(p["name"] for p in params)
            formats = {
                p["name"]: p["schema"]["format"]
                for p in params
                if p.get("schema", {}).get("format") in ("uuid", "date-time", "date")
            }
            if name == "klantinteracties" and formats:
                typed[prefix + path] = formats
    assert expected == LIJST_PARAMETERS
    assert typed == GETYPEERDE_PARAMETERS


def test_every_rule_names_its_evidence() -> None:
    tabellen = (
        regels.KLANTCONTACT,
        regels.INTERNETAAK,
        regels.DIGITAAL_ADRES,
        regels.PARTIJ,
        regels.BETROKKENE,
        regels.ACTOR,
    )
    assert all(r.bewijs for t in tabellen for r in t)
    objecten = (regels.INTERNETAAK_OBJECT, regels.DIGITAAL_ADRES_OBJECT)
    assert all(r.bewijs.startswith("OK ") for t in objecten for r in t)


def test_fields_are_read_as_drf_reads_them() -> None:
    def check(body: dict[str, Any], bezet: frozenset[str] = frozenset()) -> Any:
        return regels.controleer(
            regels.KLANTCONTACT,
            {"kanaal": "telefoon", "onderwerp": "x", "taal": "nld", "vertrouwelijk": False, **body},
            bezet=lambda r, w: w in bezet,
        )

    waarden, fouten = check({"nummer": 9289734358, "inhoud": "  tekst \n", "reactie": ""})
    assert fouten == [] and waarden["nummer"] == "9289734358"  # a JSON number (OK 141)
    assert waarden["inhoud"] == "tekst" and waarden["reactie"] == ""
    assert check({"nummer": None})[0]["nummer"] is None  # OK 35
    assert check({"nummer": "-953573601"})[1] == []  # OK 138
    codes = [(f["name"], f["code"]) for f in check({"nummer": "9740146883"}, {"9740146883"})[1]]
    assert codes == [("nummer", "unique")]
    codes = [(f["name"], f["code"]) for f in check({"onderwerp": "  ", "inhoud": None})[1]]
    assert codes == [("onderwerp", "blank"), ("inhoud", "null")]
    codes = [f["code"] for f in check({"kanaal": {"code": "x"}, "vertrouwelijk": "ja"})[1]]
    assert codes == ["invalid", "invalid"]
    assert check({"vertrouwelijk": "false"})[0]["vertrouwelijk"] is False
    with pytest.raises(regels.LegeBotsing):  # a second "" is the database's refusal (OK 140)
        check({"nummer": ""}, {""})
    # The first "" is accepted and stored (OK 139).
    assert check({"nummer": ""})[0]["nummer"] == ""
