"""Oefenomgeving: KVK Zoeken 2 (``GET /zoeken``) and Basisprofiel 1 (``/basisprofielen/...``).

Auth is header ``apikey``; errors are ``{fout: [{code, omschrijving}]}`` as KVK sends them,
including ``404 IPD5200`` when a search finds nothing.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from klantbeeld.sandbox.common import (
    ApiFout,
    charge,
    check_header_key,
    json_response,
    niet_gevonden,
)
from klantbeeld.sandbox.context import SandboxContext
from klantbeeld.sandbox.endpoints import PATHS
from klantbeeld.sandbox.seed.bedrijven import COLL
from klantbeeld.sandbox.store import BASE
from klantbeeld.services.werkplek.settings import ApiNaam

_VESTIGING_PUBLIEK = (
    "vestigingsnummer",
    "kvkNummer",
    "rsin",
    "indNonMailing",
    "formeleRegistratiedatum",
    "materieleRegistratie",
    "statutaireNaam",
    "eersteHandelsnaam",
    "indHoofdvestiging",
    "indCommercieleVestiging",
    "voltijdWerkzamePersonen",
    "totaalWerkzamePersonen",
    "deeltijdWerkzamePersonen",
    "handelsnamen",
    "adressen",
    "websites",
    "sbiActiviteiten",
)


def _fout(status: int, code: str, omschrijving: str) -> ApiFout:
    return ApiFout(status, code, omschrijving, omschrijving, stijl="kvk")


def _param(request: Request, name: str, pattern: str | None = None) -> str | None:
    value = request.query_params.get(name)
    if value is None or value == "":
        return None
    if pattern and not re.fullmatch(pattern, value):
        raise _fout(400, "IPD1002", f"De parameter {name} heeft een ongeldige waarde.")
    return value


def _int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or not lo <= int(raw) <= hi:
        raise _fout(400, "IPD1002", f"De parameter {name} heeft een ongeldige waarde.")
    return int(raw)


def routes(ctx: SandboxContext) -> list[BaseRoute]:
    """Zoeken and Basisprofiel routes."""
    zoeken_base = PATHS[ApiNaam.KVK_ZOEKEN]
    profiel_base = PATHS[ApiNaam.KVK_BASISPROFIEL]

    def auth(request: Request) -> None:
        check_header_key(request, "apikey", ctx.creds.kvk_apikey, stijl="kvk")
        charge("kvk.request")

    def profiel_url(kvk: str, suffix: str = "") -> str:
        return f"{BASE}{profiel_base}/basisprofielen/{kvk}{suffix}"

    def bedrijf(kvk: str) -> dict[str, Any]:
        obj = ctx.store.get(COLL, kvk)
        if obj is None:
            raise niet_gevonden("kvk")
        return obj

    def vestiging_json(b: dict[str, Any], v: dict[str, Any]) -> dict[str, Any]:
        out = {k: v[k] for k in _VESTIGING_PUBLIEK if k in v}
        if b.get("rsin"):
            out["rsin"] = b["rsin"]
        if b.get("statutaireNaam"):
            out["statutaireNaam"] = b["statutaireNaam"]
        out["links"] = [
            {
                "rel": "self",
                "href": f"{BASE}{profiel_base}/vestigingsprofielen/{v['vestigingsnummer']}",
            }
        ]
        return out

    def eigenaar_json(b: dict[str, Any]) -> dict[str, Any]:
        hoofd = b["vestigingen"][0]
        out: dict[str, Any] = {
            "rechtsvorm": b["rechtsvorm"],
            "uitgebreideRechtsvorm": b["rechtsvorm"],
            "adressen": hoofd["adressen"],
            "websites": hoofd["websites"],
            "links": [
                {"rel": "self", "href": profiel_url(b["kvkNummer"], "/eigenaar")},
                {"rel": "basisprofiel", "href": profiel_url(b["kvkNummer"])},
            ],
        }
        if b.get("rsin"):
            out = {"rsin": b["rsin"], **out}
        return out

    async def zoeken(request: Request) -> Response:
        auth(request)
        kvk = _param(request, "kvkNummer", r"[0-9]{8}")
        rsin = _param(request, "rsin", r"[0-9]{9}")
        vnr = _param(request, "vestigingsnummer", r"[0-9]{12}")
        naam = _param(request, "naam")
        straat = _param(request, "straatnaam")
        plaats = _param(request, "plaats")
        postcode = _param(request, "postcode", r"[1-9][0-9]{3} ?[A-Za-z]{2}")
        huisnummer = _param(request, "huisnummer", r"[0-9]{1,5}")
        huisletter = _param(request, "huisletter", r"[A-Za-z]")
        soort = _param(request, "type")
        inactief = request.query_params.get("inclusiefInactieveRegistraties") == "true"
        pagina = _int(request, "pagina", 1, 1, 1000)
        per_pagina = _int(request, "resultatenPerPagina", 10, 1, 100)
        soorten = set((soort or "").split(",")) - {""}
        if soorten - {"hoofdvestiging", "nevenvestiging", "rechtspersoon"}:
            raise _fout(400, "IPD1002", "De parameter type heeft een ongeldige waarde.")
        if huisnummer and not postcode:
            raise _fout(400, "IPD1004", "Huisnummer kan alleen met postcode worden opgegeven.")

        items: list[dict[str, Any]] = []
        for b in ctx.store.all(COLL):
            if not inactief and not b.get("actief", True):
                continue
            if kvk and b["kvkNummer"] != kvk:
                continue
            if rsin and b.get("rsin") != rsin:
                continue
            kandidaten: list[tuple[str, dict[str, Any] | None]] = [
                ("hoofdvestiging" if v["indHoofdvestiging"] == "Ja" else "nevenvestiging", v)
                for v in b["vestigingen"]
            ]
            if b.get("rsin"):
                kandidaten.append(("rechtspersoon", None))
            for typ, v in kandidaten:
                if soorten and typ not in soorten:
                    continue
                if vnr and (v is None or v["vestigingsnummer"] != vnr):
                    continue
                adres = (v or b["vestigingen"][0])["adressen"][0]
                itemnaam = v["eersteHandelsnaam"] if v else b.get("statutaireNaam") or b["naam"]
                if naam and naam.casefold() not in itemnaam.casefold():
                    continue
                if straat and straat.casefold() not in adres["straatnaam"].casefold():
                    continue
                if plaats and plaats.casefold() != adres["plaats"].casefold():
                    continue
                if postcode and postcode.replace(" ", "").upper() != adres["postcode"]:
                    continue
                if huisnummer and int(huisnummer) != adres["huisnummer"]:
                    continue
                if huisletter and huisletter.upper() != adres["huisletter"].upper():
                    continue
                item: dict[str, Any] = {"kvkNummer": b["kvkNummer"]}
                if b.get("rsin"):
                    item["rsin"] = b["rsin"]
                if v is not None:
                    item["vestigingsnummer"] = v["vestigingsnummer"]
                item["naam"] = itemnaam
                binnen = {
                    "type": "bezoekadres",
                    "straatnaam": adres["straatnaam"],
                    "huisnummer": adres["huisnummer"],
                    "postcode": adres["postcode"],
                    "plaats": adres["plaats"],
                }
                if adres["huisletter"]:
                    binnen["huisletter"] = adres["huisletter"]
                item["adres"] = {"binnenlandsAdres": binnen}
                item["type"] = typ
                if inactief:
                    item["actief"] = "Ja" if b.get("actief", True) else "Nee"
                links = {"basisprofiel": {"href": profiel_url(b["kvkNummer"])}}
                if v is not None:
                    links["vestigingsprofiel"] = {
                        "href": f"{BASE}{profiel_base}/vestigingsprofielen/{v['vestigingsnummer']}"
                    }
                item["links"] = [{"rel": k, "href": x["href"]} for k, x in links.items()]
                items.append(item)
        if not items:
            raise _fout(404, "IPD5200", "Geen resultaten gevonden.")
        start = (pagina - 1) * per_pagina
        chunk = items[start : start + per_pagina]

        def link(n: int) -> str:
            query = [(k, v) for k, v in request.query_params.multi_items() if k != "pagina"]
            query.append(("pagina", str(n)))
            return f"{BASE}{zoeken_base}/zoeken?{urlencode(query)}"

        body: dict[str, Any] = {
            "pagina": pagina,
            "resultatenPerPagina": per_pagina,
            "totaal": len(items),
            "resultaten": chunk,
        }
        if pagina > 1:
            body["vorige"] = link(pagina - 1)
        if start + per_pagina < len(items):
            body["volgende"] = link(pagina + 1)
        body["links"] = [{"rel": "self", "href": link(pagina)}]
        return json_response(request, body)

    def _kvk(request: Request) -> str:
        kvk = str(request.path_params["kvkNummer"])
        if not re.fullmatch(r"[0-9]{8}", kvk):
            raise _fout(400, "IPD1002", "Het kvkNummer moet uit 8 cijfers bestaan.")
        return kvk

    async def basisprofiel(request: Request) -> Response:
        auth(request)
        b = bedrijf(_kvk(request))
        hoofd = b["vestigingen"][0]
        hv = vestiging_json(b, hoofd)
        hv.pop("rsin", None)
        hv.pop("handelsnamen", None)
        body: dict[str, Any] = {
            "kvkNummer": b["kvkNummer"],
            "indNonMailing": b["indNonMailing"],
            "naam": b["naam"],
            "formeleRegistratiedatum": b["formeleRegistratiedatum"],
            "materieleRegistratie": b["materieleRegistratie"],
            "totaalWerkzamePersonen": b["totaalWerkzamePersonen"],
        }
        if b.get("statutaireNaam"):
            body["statutaireNaam"] = b["statutaireNaam"]
        body["handelsnamen"] = b["handelsnamen"]
        body["sbiActiviteiten"] = b["sbiActiviteiten"]
        body["links"] = [
            {"rel": "self", "href": profiel_url(b["kvkNummer"])},
            {"rel": "vestigingen", "href": profiel_url(b["kvkNummer"], "/vestigingen")},
        ]
        body["_embedded"] = {"hoofdvestiging": hv, "eigenaar": eigenaar_json(b)}
        return json_response(request, body)

    async def hoofdvestiging(request: Request) -> Response:
        auth(request)
        b = bedrijf(_kvk(request))
        return json_response(request, vestiging_json(b, b["vestigingen"][0]))

    async def eigenaar(request: Request) -> Response:
        auth(request)
        return json_response(request, eigenaar_json(bedrijf(_kvk(request))))

    async def vestigingen(request: Request) -> Response:
        auth(request)
        b = bedrijf(_kvk(request))
        lijst = []
        for v in b["vestigingen"]:
            adres = v["adressen"][0]
            lijst.append(
                {
                    "vestigingsnummer": v["vestigingsnummer"],
                    "kvkNummer": b["kvkNummer"],
                    "eersteHandelsnaam": v["eersteHandelsnaam"],
                    "indHoofdvestiging": v["indHoofdvestiging"],
                    "indAdresAfgeschermd": adres["indAfgeschermd"],
                    "indCommercieleVestiging": v["indCommercieleVestiging"],
                    "volledigAdres": adres["volledigAdres"],
                    "links": vestiging_json(b, v)["links"],
                }
            )
        commercieel = sum(1 for v in b["vestigingen"] if v["indCommercieleVestiging"] == "Ja")
        body = {
            "kvkNummer": b["kvkNummer"],
            "aantalCommercieleVestigingen": commercieel,
            "aantalNietCommercieleVestigingen": len(lijst) - commercieel,
            "totaalAantalVestigingen": len(lijst),
            "vestigingen": lijst,
            "links": [{"rel": "self", "href": profiel_url(b["kvkNummer"], "/vestigingen")}],
        }
        return json_response(request, body)

    p = f"{profiel_base}/basisprofielen/{{kvkNummer}}"
    return [
        Route(f"{zoeken_base}/zoeken", zoeken, methods=["GET"]),
        Route(p, basisprofiel, methods=["GET"]),
        Route(f"{p}/hoofdvestiging", hoofdvestiging, methods=["GET"]),
        Route(f"{p}/vestigingen", vestigingen, methods=["GET"]),
        Route(f"{p}/eigenaar", eigenaar, methods=["GET"]),
    ]
