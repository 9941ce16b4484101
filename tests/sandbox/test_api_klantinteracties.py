"""Oefenomgeving Klantinteracties: response shapes as recorded from Open Klant 2.18, over HTTP."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import httpx
import pytest

from klantbeeld.sandbox.seed import build_seed
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, ZWAAR_BSN
from klantbeeld.sandbox.store import Store
from tests.conftest import RECORDED

OK = RECORDED / "open-klant-2.18.0"


def _recorded(name: str) -> Any:
    return json.loads((OK / f"{name}.response.json").read_text(encoding="utf-8"))


def _zoek_partij(http: httpx.Client, bsn: str, **extra: str) -> dict[str, Any]:
    r = http.get(
        "/partijen",
        params={
            "partijIdentificator__codeSoortObjectId": "bsn",
            "partijIdentificator__objectId": bsn,
            **extra,
        },
    )
    assert r.status_code == 200
    body: dict[str, Any] = r.json()
    return body


@pytest.mark.needs_shared
def test_partij_heeft_de_vorm_van_open_klant(http: httpx.Client, sandbox_server: Any) -> None:
    body = _zoek_partij(http, VOORBEELD_BSN)
    recorded = _recorded("03-search-partij-by-bsn")
    assert body["count"] == 1 and body["next"] is None
    partij, echt = body["results"][0], recorded["results"][0]
    assert list(partij) == list(echt)
    assert partij["voorkeursDigitaalAdres"] is None
    assert partij["bezoekadres"] == echt["bezoekadres"]
    assert list(partij["partijIdentificatoren"][0]) == list(echt["partijIdentificatoren"][0])
    assert partij["url"].startswith(sandbox_server.root + "/klantinteracties/api/v1/partijen/")
    assert partij["_expand"] == {}


def test_partij_expand(http: httpx.Client) -> None:
    partij = _zoek_partij(http, VOORBEELD_BSN, expand="betrokkenen,digitaleAdressen")["results"][0]
    exp = partij["_expand"]
    assert len(exp["betrokkenen"]) == len(partij["betrokkenen"]) > 0
    assert {a["soortDigitaalAdres"] for a in exp["digitaleAdressen"]} == {"email", "telefoonnummer"}
    r = http.get(f"/partijen/{partij['uuid']}", params={"expand": "nietBestaand"})
    assert r.status_code == 400


@pytest.mark.needs_shared
def test_klantcontacten_vorm_en_expand(http: httpx.Client) -> None:
    r = http.get(
        "/klantcontacten",
        params={
            "hadBetrokkene__wasPartij__partijIdentificator__objectId": ZWAAR_BSN,
            "hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId": "bsn",
            "expand": "gingOverOnderwerpobjecten,leiddeTotInterneTaken,hadBetrokkenen",
            "pageSize": 500,
        },
    )
    body = r.json()
    assert body["count"] >= 200 and len(body["results"]) == body["count"]
    echt = _recorded("10-list-klantcontacten-by-bsn")["results"][0]
    kc = next(k for k in body["results"] if k["gingOverOnderwerpobjecten"])
    assert list(kc) == list(echt)
    assert list(kc["_expand"]["hadBetrokkenen"][0]) == list(echt["_expand"]["hadBetrokkenen"][0])
    ow = kc["_expand"]["gingOverOnderwerpobjecten"][0]
    assert ow["onderwerpobjectidentificator"]["codeObjecttype"] == ki.ZAAK_CODE_OBJECTTYPE
    assert ow["onderwerpobjectidentificator"]["codeSoortObjectId"] == "uuid"
    met_taak = [k for k in body["results"] if k["leiddeTotInterneTaken"]]
    assert len(met_taak) >= 10
    taak = met_taak[0]["_expand"]["leiddeTotInterneTaken"][0]
    assert list(taak) == list(echt["_expand"]["leiddeTotInterneTaken"][0])


def test_klantcontact_detail_met_partij(http: httpx.Client) -> None:
    lijst = http.get(
        "/klantcontacten",
        params={"hadBetrokkene__wasPartij__partijIdentificator__objectId": VOORBEELD_BSN},
    ).json()
    uid = lijst["results"][0]["uuid"]
    r = http.get(
        f"/klantcontacten/{uid}",
        params={"expand": "hadBetrokkenen,hadBetrokkenen.wasPartij,gingOverOnderwerpobjecten"},
    )
    assert r.status_code == 200
    bet = r.json()["_expand"]["hadBetrokkenen"][0]
    partij = bet["_expand"]["wasPartij"]
    assert partij["partijIdentificatoren"][0]["partijIdentificator"]["objectId"] == VOORBEELD_BSN
    assert http.get("/klantcontacten/00000000-0000-4000-8000-000000000000").status_code == 404


def test_markup_wordt_letterlijk_bewaard(http: httpx.Client) -> None:
    body = http.get("/klantcontacten", params={"pageSize": 500}).json()
    pages = [body]
    while body["next"]:
        body = http.get(body["next"]).json()
        pages.append(body)
    inhoud = [k["inhoud"] for p in pages for k in p["results"]]
    assert any("<script>" in i for i in inhoud)


@pytest.mark.needs_shared
def test_zonder_token_401(sandbox_server: Any) -> None:
    r = httpx.get(sandbox_server.root + "/klantinteracties/api/v1/klantcontacten")
    echt = _recorded("97-no-token")
    assert r.status_code == 401
    assert r.headers["content-type"] == "application/json"
    assert r.headers["www-authenticate"] == "Token"
    body = r.json()
    assert list(body) == list(echt)
    assert {k: body[k] for k in ("code", "title", "status", "detail")} == {
        k: echt[k] for k in ("code", "title", "status", "detail")
    }


@pytest.mark.needs_shared
def test_dubbele_bsn_partij(http: httpx.Client) -> None:
    request = json.loads((OK / "90-duplicate-bsn-partij.request.json").read_text("utf-8"))
    r = http.post("/partijen", json=request)
    echt = _recorded("90-duplicate-bsn-partij")
    assert r.status_code == 400
    assert r.json()["invalidParams"] == echt["invalidParams"]


def test_validatie_klantcontact(fresh_http: httpx.Client) -> None:
    r = fresh_http.post("/klantcontacten", json={"inhoud": "x"})
    assert r.status_code == 400
    namen = {p["name"] for p in r.json()["invalidParams"]}
    assert namen == {"kanaal", "onderwerp", "taal", "vertrouwelijk"}
    r = fresh_http.post("/maak-klantcontact", json={"klantcontact": {"kanaal": "Telefoon"}})
    assert r.status_code == 400
    assert "klantcontact.onderwerp" in {p["name"] for p in r.json()["invalidParams"]}


def test_metadata_alleen_tekst_tot_255_tekens(fresh_http: httpx.Client) -> None:
    """The spec: ``metadata`` is an object of strings, each at most 255 characters."""
    basis = {"kanaal": "telefoon", "onderwerp": "x", "taal": "nld", "vertrouwelijk": False}
    goed = {"resultaat": "Afgehandeld", "gespreksduur_s": "247", "lang": "x" * 255}
    r = fresh_http.post("/klantcontacten", json={**basis, "metadata": goed})
    assert r.status_code == 201 and r.json()["metadata"] == goed
    for metadata, naam, code in (
        ({"gespreksduur_s": 247}, "metadata.gespreksduur_s", "invalid"),
        ({"a": {"b": "c"}}, "metadata.a", "invalid"),
        ({"lang": "x" * 256}, "metadata.lang", "max_length"),
        (["resultaat"], "metadata", "invalid"),
    ):
        r = fresh_http.post("/klantcontacten", json={**basis, "metadata": metadata})
        assert r.status_code == 400, metadata
        assert [(p["name"], p["code"]) for p in r.json()["invalidParams"]] == [(naam, code)]


@pytest.mark.needs_shared
def test_opgenomen_volgorde_schrijven(fresh_http: httpx.Client) -> None:
    """Replays the recorded 04–08 requests and compares the response shapes."""
    req = {
        n: json.loads((OK / f"{n}.request.json").read_text("utf-8"))
        for n in (
            "01-create-partij",
            "04-create-klantcontact",
            "05-create-betrokkene",
            "06-create-onderwerpobject",
            "07-create-actor",
            "08-create-internetaak",
        )
    }
    partij_req = json.loads(json.dumps(req["01-create-partij"]))
    partij_req["partijIdentificatoren"][0]["partijIdentificator"]["objectId"] = "999970021"
    partij = fresh_http.post("/partijen", json=partij_req)
    assert partij.status_code == 201
    assert partij.json()["partijIdentificatie"]["volledigeNaam"] == "Jan de Vries"
    assert list(partij.json()) == list(_recorded("01-create-partij"))
    kc = fresh_http.post("/klantcontacten", json=req["04-create-klantcontact"])
    assert kc.status_code == 201
    assert kc.json()["plaatsgevondenOp"] == "2026-11-20T09:15:00Z"
    assert list(kc.json()) == list(_recorded("04-create-klantcontact"))
    bet_req = {
        **req["05-create-betrokkene"],
        "wasPartij": {"uuid": partij.json()["uuid"]},
        "hadKlantcontact": {"uuid": kc.json()["uuid"]},
    }
    bet = fresh_http.post("/betrokkenen", json=bet_req)
    assert bet.status_code == 201 and list(bet.json()) == list(_recorded("05-create-betrokkene"))
    assert bet.json()["volledigeNaam"] == "Jan de Vries"
    ow_req = {**req["06-create-onderwerpobject"], "klantcontact": {"uuid": kc.json()["uuid"]}}
    ow = fresh_http.post("/onderwerpobjecten", json=ow_req)
    assert ow.status_code == 201 and list(ow.json()) == list(_recorded("06-create-onderwerpobject"))
    actor = fresh_http.post("/actoren", json=req["07-create-actor"])
    assert actor.status_code == 201 and actor.json()["actorIdentificatie"]["functie"]
    taak_req = {
        **req["08-create-internetaak"],
        "aanleidinggevendKlantcontact": {"uuid": kc.json()["uuid"]},
        "toegewezenAanActoren": [{"uuid": actor.json()["uuid"]}],
    }
    taak = fresh_http.post("/internetaken", json=taak_req)
    assert taak.status_code == 201 and list(taak.json()) == list(_recorded("08-create-internetaak"))
    assert taak.json()["toegewezenAanActor"]["uuid"] == actor.json()["uuid"]
    lijst = fresh_http.get(
        "/internetaken", params={"toegewezenAanActor__uuid": actor.json()["uuid"]}
    )
    assert [t["uuid"] for t in lijst.json()["results"]] == [taak.json()["uuid"]]
    detail = fresh_http.get(f"/klantcontacten/{kc.json()['uuid']}").json()
    assert [b["uuid"] for b in detail["hadBetrokkenen"]] == [bet.json()["uuid"]]
    assert [t["uuid"] for t in detail["leiddeTotInterneTaken"]] == [taak.json()["uuid"]]
    fout = fresh_http.patch(f"/internetaken/{taak.json()['uuid']}", json={"status": "klaar"})
    assert fout.status_code == 400


def test_seed_is_deterministisch_en_compleet() -> None:
    a, b = Store(), Store()
    build_seed(a, date(2026, 12, 1))
    build_seed(b, date(2026, 12, 1))
    assert a.all(ki.KLANTCONTACTEN) == b.all(ki.KLANTCONTACTEN)
    assert a.all(ki.INTERNETAKEN) == b.all(ki.INTERNETAKEN)
    kanalen = {k["kanaal"] for k in a.all(ki.KLANTCONTACTEN)}
    assert kanalen == set(ki.KANALEN)
    soorten = {x["soortActor"] for x in a.all(ki.ACTOREN)}
    assert soorten == {"medewerker", "organisatorische_eenheid"}
    medewerkers = [x for x in a.all(ki.ACTOREN) if x["soortActor"] == "medewerker"]
    assert len(medewerkers) >= 15
    verlopen = [
        t
        for t in a.all(ki.INTERNETAKEN)
        if t["status"] == "te_verwerken" and t["toegewezenOp"] < "2026-11-26"
    ]
    assert verlopen


def test_digitaleadressen_filters_as_open_klant(http: httpx.Client) -> None:
    """Open Klant's filterset: adres exact, adres__icontains and omschrijving "contains"."""

    def adressen(**params: str) -> list[dict[str, Any]]:
        r = http.get("/digitaleadressen", params={"pageSize": "500", **params})
        assert r.status_code == 200, r.text
        return list(r.json()["results"])

    telefoon = adressen(soortDigitaalAdres="telefoonnummer", adres__icontains="612345678")
    assert telefoon and all("612345678" in a["adres"] for a in telefoon)
    assert all(a["soortDigitaalAdres"] == "telefoonnummer" for a in telefoon)
    exact = adressen(adres="0612345678")
    assert exact and all(a["adres"] == "0612345678" for a in exact)
    assert adressen(adres="612345678") == []  # exact: a part finds nothing
    mobiel = adressen(omschrijving="OBIE")
    assert mobiel and all("obie" in a["omschrijving"].lower() for a in mobiel)
    r = http.get("/digitaleadressen", params={"adres__startswith": "06"})
    assert r.status_code == 400
    assert r.json()["invalidParams"][0]["code"] == "unknown-parameters"
