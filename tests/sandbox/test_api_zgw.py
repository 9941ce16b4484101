"""The oefenomgeving's Zaken, Catalogi and Documenten routes over raw HTTP, shaped as Open Zaak."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import httpx
import pytest

from klantbeeld.sandbox.seed import plan
from klantbeeld.services.verbinding.auth import zgw_jwt
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import RECORDED, TEST_VANDAAG

OZ = RECORDED / "open-zaak-1.30.0"
BSN_PARAM = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"


def _recorded(name: str) -> Any:
    return json.loads((OZ / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def http(sandbox_server: Any) -> Iterator[httpx.Client]:
    """A raw client with a valid JWT and Accept-Crs."""
    creds = sandbox_server.sandbox.creds
    token = zgw_jwt(creds.zgw_client_id, creds.zgw_secret)
    with httpx.Client(
        base_url=sandbox_server.root,
        headers={"Authorization": f"Bearer {token}", "Accept-Crs": "EPSG:4326"},
        timeout=10,
    ) as client:
        yield client


def _base(server: Any, api: ApiNaam) -> str:
    inst, _ = server.endpoints()[api]
    return str(inst.base_url)


def _zaken(http: httpx.Client, server: Any, **params: Any) -> dict[str, Any]:
    r = http.get(f"{_base(server, ApiNaam.ZAKEN)}/zaken", params=params)
    assert r.status_code == 200, r.text
    assert r.headers["content-crs"] == "EPSG:4326"
    body: dict[str, Any] = r.json()
    return body


@pytest.mark.needs_shared
def test_zaken_zonder_accept_crs_geeft_412(sandbox_server: Any, http: httpx.Client) -> None:
    url = f"{_base(sandbox_server, ApiNaam.ZAKEN)}/zaken"
    headers = {"Authorization": http.headers["Authorization"]}
    r = httpx.get(url, headers=headers)
    assert r.status_code == 412
    body = r.json()
    verwacht = _recorded("91-zaken-no-accept-crs.response.json")
    assert set(body) == set(verwacht)
    for key in ("code", "title", "status", "detail"):
        assert body[key] == verwacht[key]
    assert body["type"].endswith("/ref/fouten/PreconditionFailed/")
    detail = httpx.get(f"{url}/00000000-0000-4000-8000-000000000000", headers=headers)
    assert detail.status_code == 412


@pytest.mark.needs_shared
def test_verkeerd_geheim_geeft_403_zoals_open_zaak(sandbox_server: Any) -> None:
    token = zgw_jwt(
        sandbox_server.sandbox.creds.zgw_client_id, "een-fout-geheim-0123456789abcdef-0123"
    )
    r = httpx.get(
        f"{_base(sandbox_server, ApiNaam.ZAKEN)}/zaken",
        headers={"Authorization": f"Bearer {token}", "Accept-Crs": "EPSG:4326"},
    )
    assert r.status_code == 403
    assert r.headers["content-type"].startswith("application/json")
    verwacht = _recorded("90-bad-jwt.response.json")
    assert {k: r.json()[k] for k in ("code", "title", "status", "detail")} == {
        k: verwacht[k] for k in ("code", "title", "status", "detail")
    }
    zonder = httpx.get(f"{_base(sandbox_server, ApiNaam.CATALOGI)}/zaaktypen")
    assert zonder.status_code == 403


@pytest.mark.needs_shared
def test_velden_als_open_zaak(sandbox_server: Any, http: httpx.Client) -> None:
    body = _zaken(http, sandbox_server, **{BSN_PARAM: plan.VOORBEELD_BSN})
    assert set(body) == {"count", "next", "previous", "results"}
    zaak = body["results"][0]
    assert set(zaak) == set(_recorded("18-get-zaak.response.json"))
    assert zaak["_expand"] == {}
    assert zaak["opdrachtgevendeOrganisatie"] == ""
    assert zaak["zaakgeometrie"] is None
    assert zaak["url"].startswith(sandbox_server.root)
    z = _base(sandbox_server, ApiNaam.ZAKEN)
    paren = [
        (f"{z}/statussen", {"zaak": zaak["url"]}, "20-list-statussen-for-zaak.response.json"),
        (f"{z}/rollen", {"zaak": zaak["url"]}, "21-list-rollen-for-zaak.response.json"),
    ]
    for url, params, bestand in paren:
        r = http.get(url, params=params)
        assert r.status_code == 200
        assert r.json()["count"] >= 1
        assert set(r.json()["results"][0]) == set(_recorded(bestand)["results"][0])
    met_docs = next(
        z for z in body["results"] if z["zaakinformatieobjecten"] and z["einddatum"] is None
    )
    zios = http.get(f"{z}/zaakinformatieobjecten", params={"zaak": met_docs["url"]}).json()
    assert isinstance(zios, list) and len(zios) == len(met_docs["zaakinformatieobjecten"])
    assert set(zios[0]) == set(_recorded("22-list-zaakinformatieobjecten.response.json")[0])
    doc = http.get(zios[0]["informatieobject"]).json()
    assert set(doc) == set(_recorded("23-get-document.response.json"))
    assert doc["formaat"] == "application/pdf"
    oios = http.get(
        f"{_base(sandbox_server, ApiNaam.DOCUMENTEN)}/objectinformatieobjecten",
        params={"object": met_docs["url"]},
    ).json()
    assert {o["informatieobject"] for o in oios} == {z["informatieobject"] for z in zios}
    assert set(oios[0]) == set(_recorded("24-list-objectinformatieobjecten.response.json")[0])
    download = http.get(doc["inhoud"])
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.content.startswith(b"%PDF-") and download.content.rstrip().endswith(b"%%EOF")
    assert len(download.content) == doc["bestandsomvang"]
    zaaktype = http.get(zaak["zaaktype"]).json()
    assert set(zaaktype) == set(_recorded("25-get-zaaktype-published.response.json"))
    statustype = http.get(zaaktype["statustypen"][0]).json()
    assert set(statustype) == set(_recorded("05-create-statustype-1.response.json"))
    assert statustype["beginObject"] is None and statustype["eindeObject"] is None


def test_expand_vorm(sandbox_server: Any, http: httpx.Client) -> None:
    body = _zaken(
        http,
        sandbox_server,
        **{
            BSN_PARAM: plan.VOORBEELD_BSN,
            "expand": "zaaktype,status,status.statustype,resultaat,resultaat.resultaattype,"
            "rollen,zaakinformatieobjecten",
        },
    )
    for zaak in body["results"]:
        exp = zaak["_expand"]
        assert exp["zaaktype"]["url"] == zaak["zaaktype"]
        assert exp["status"]["url"] == zaak["status"]
        assert exp["status"]["_expand"]["statustype"]["url"] == exp["status"]["statustype"]
        assert [r["url"] for r in exp["rollen"]] == zaak["rollen"]
        assert [z["url"] for z in exp["zaakinformatieobjecten"]] == zaak["zaakinformatieobjecten"]
        if zaak["resultaat"] is None:
            assert exp["resultaat"] is None
        else:
            rt = exp["resultaat"]["_expand"]["resultaattype"]
            assert rt["url"] == exp["resultaat"]["resultaattype"]
    fout = http.get(
        f"{_base(sandbox_server, ApiNaam.ZAKEN)}/zaken", params={"expand": "bestaatniet"}
    )
    assert fout.status_code == 400


def test_filters(sandbox_server: Any, http: httpx.Client) -> None:
    alle = _zaken(http, sandbox_server, **{BSN_PARAM: plan.ZWAAR_BSN, "pageSize": 500})
    n = alle["count"]
    assert n >= 40 and len(alle["results"]) == n
    open_ = _zaken(http, sandbox_server, **{BSN_PARAM: plan.ZWAAR_BSN, "einddatum__isnull": "true"})
    dicht = _zaken(
        http, sandbox_server, **{BSN_PARAM: plan.ZWAAR_BSN, "einddatum__isnull": "false"}
    )
    assert open_["count"] + dicht["count"] == n and open_["count"] and dicht["count"]
    assert all(z["einddatum"] is None for z in open_["results"])
    grens = (TEST_VANDAAG.replace(year=TEST_VANDAAG.year - 1)).isoformat()
    recent = _zaken(http, sandbox_server, **{BSN_PARAM: plan.ZWAAR_BSN, "startdatum__gte": grens})
    assert 0 < recent["count"] < n
    assert all(z["startdatum"] >= grens for z in recent["results"])
    geordend = _zaken(
        http, sandbox_server, **{BSN_PARAM: plan.ZWAAR_BSN, "ordering": "-startdatum"}
    )
    datums = [date.fromisoformat(z["startdatum"]) for z in geordend["results"]]
    assert datums == sorted(datums, reverse=True)
    eerste = alle["results"][0]
    op_id = _zaken(http, sandbox_server, identificatie=eerste["identificatie"])
    assert [z["url"] for z in op_id["results"]] == [eerste["url"]]
    deel = _zaken(http, sandbox_server, identificatie__icontains=eerste["identificatie"][-6:])
    assert eerste["url"] in {z["url"] for z in deel["results"]}
    per_type = _zaken(http, sandbox_server, zaaktype=eerste["zaaktype"], pageSize=500)
    assert per_type["results"] and all(
        z["zaaktype"] == eerste["zaaktype"] for z in per_type["results"]
    )
    initiator = _zaken(
        http,
        sandbox_server,
        **{BSN_PARAM: plan.ZWAAR_BSN, "rol__omschrijvingGeneriek": "initiator"},
    )
    assert initiator["count"] == n
    # An unknown parameter is refused, as vng-api-common does (recorded OZ 134).
    r = http.get(
        f"{_base(sandbox_server, ApiNaam.ZAKEN)}/zaken",
        params={BSN_PARAM: plan.ZWAAR_BSN, "x": "1"},
    )
    assert r.status_code == 400
    assert r.headers["content-type"] == "application/json"
    assert r.json()["invalidParams"] == [
        {
            "name": "nonFieldErrors",
            "code": "unknown-parameters",
            "reason": "Onbekende query parameters: x",
        }
    ]
    geen = _zaken(http, sandbox_server, **{BSN_PARAM: "999999999"})
    assert geen == {"count": 0, "next": None, "previous": None, "results": []}


@pytest.mark.parametrize(
    ("param", "waarde"),
    [
        ("startdatum__gte", "gisteren"),
        ("einddatum__isnull", "misschien"),
        ("rol__omschrijvingGeneriek", "baas"),
        ("zaaktype", "geen-url"),
        ("ordering", "naam"),
    ],
)
def test_foute_filterwaarde_geeft_400(
    sandbox_server: Any, http: httpx.Client, param: str, waarde: str
) -> None:
    r = http.get(f"{_base(sandbox_server, ApiNaam.ZAKEN)}/zaken", params={param: waarde})
    assert r.status_code == 400
    body = r.json()
    assert body["status"] == 400
    assert [p["name"] for p in body["invalidParams"]] == [param]


def test_paginering(sandbox_server: Any, http: httpx.Client) -> None:
    eerste = _zaken(http, sandbox_server, pageSize=7)
    assert eerste["count"] >= 300 and len(eerste["results"]) == 7
    assert eerste["previous"] is None and "page=2" in eerste["next"]
    tweede = http.get(eerste["next"]).json()
    assert tweede["previous"] is not None
    assert not {z["url"] for z in eerste["results"]} & {z["url"] for z in tweede["results"]}
    statussen = http.get(
        f"{_base(sandbox_server, ApiNaam.ZAKEN)}/statussen", params={"pageSize": 100000}
    ).json()
    assert statussen["count"] > 500 and len(statussen["results"]) == 500  # capped as Open Zaak


def test_statussen_en_laatste(sandbox_server: Any, http: httpx.Client) -> None:
    zaak = _zaken(http, sandbox_server, **{BSN_PARAM: plan.VOORBEELD_BSN})["results"][1]
    z = _base(sandbox_server, ApiNaam.ZAKEN)
    alle = http.get(f"{z}/statussen", params={"zaak": zaak["url"]}).json()["results"]
    tijden = [s["datumStatusGezet"] for s in alle]
    assert tijden == sorted(tijden, reverse=True)  # Open Zaak: newest first
    laatste = http.get(
        f"{z}/statussen", params={"zaak": zaak["url"], "indicatieLaatstGezetteStatus": "true"}
    ).json()["results"]
    assert [s["url"] for s in laatste] == [zaak["status"]]
    detail = http.get(zaak["status"])
    assert detail.status_code == 200 and detail.json()["zaak"] == zaak["url"]
    assert http.get(f"{z}/statussen/00000000-0000-4000-8000-000000000000").status_code == 404


def test_catalogus(sandbox_server: Any, http: httpx.Client) -> None:
    c = _base(sandbox_server, ApiNaam.CATALOGI)
    catalogussen = http.get(f"{c}/catalogussen").json()
    assert catalogussen["count"] == 1
    zaaktypen = http.get(f"{c}/zaaktypen").json()["results"]
    assert len(zaaktypen) >= 15
    omschrijvingen = " ".join(z["omschrijving"] for z in zaaktypen).lower()
    for woord in ("parkeervergunning", "omgevingsvergunning", "wmo", "naturalisatie", "woz"):
        assert woord in omschrijvingen
    for zt in zaaktypen:
        assert "uuid" not in zt
        st = http.get(f"{c}/statustypen", params={"zaaktype": zt["url"]}).json()["results"]
        assert 3 <= len(st) <= 6
        assert all(s["statustekst"] for s in st)
        rt = http.get(f"{c}/resultaattypen", params={"zaaktype": zt["url"]}).json()["results"]
        assert rt and {r["url"] for r in rt} == set(zt["resultaattypen"])
        rol = http.get(
            f"{c}/roltypen", params={"zaaktype": zt["url"], "omschrijvingGeneriek": "initiator"}
        ).json()["results"]
        assert len(rol) == 1
        iot = http.get(f"{c}/informatieobjecttypen", params={"zaaktype": zt["url"]}).json()
        assert {i["url"] for i in iot["results"]} == set(zt["informatieobjecttypen"])


def test_vertrouwelijkheid_gevarieerd(sandbox_server: Any, http: httpx.Client) -> None:
    d = _base(sandbox_server, ApiNaam.DOCUMENTEN)
    docs = http.get(f"{d}/enkelvoudiginformatieobjecten", params={"pageSize": 500}).json()
    soorten = {doc["vertrouwelijkheidaanduiding"] for doc in docs["results"]}
    assert soorten == {
        "openbaar",
        "beperkt_openbaar",
        "intern",
        "zaakvertrouwelijk",
        "vertrouwelijk",
        "confidentieel",
        "geheim",
    }
