"""Oefenomgeving: Zaken 1.5, Catalogi 1.3 and Documenten 1.4, answering as Open Zaak 1.30 does.

Read-only routes a klantbeeld needs. ZGW JWT auth (403 as recorded), ``412`` on ``GET /zaken``
and ``GET /zaken/{uuid}`` without ``Accept-Crs: EPSG:4326``, ``count/next/previous/results``
pages (``pageSize`` up to 500), the ``_expand`` object of ``ExpandZaak`` (nested expansions sit
in the expanded object's own ``_expand``), ``400`` ``unknown-parameters`` for a query parameter
the list does not know, and ``400`` with ``invalidParams`` for filter values that do not parse
(all as plain JSON, as recorded in OZ 130-137).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from klantbeeld.sandbox import regels
from klantbeeld.sandbox.common import (
    ApiFout,
    charge,
    check_zgw_jwt,
    controleer_query,
    expand_param,
    internal_url,
    json_response,
    niet_gevonden,
    ongeldig,
    paginate,
)
from klantbeeld.sandbox.context import SandboxContext
from klantbeeld.sandbox.endpoints import PATHS
from klantbeeld.sandbox.seed.zaken import document_pdf, zichtbaar
from klantbeeld.sandbox.store import Obj
from klantbeeld.services.klantbeeld.vertrouwelijkheid import VERTROUWELIJKHEDEN
from klantbeeld.services.werkplek.settings import ApiNaam

CRS = "EPSG:4326"
ROL_OMSCHRIJVING_GENERIEK = (
    "adviseur",
    "behandelaar",
    "belanghebbende",
    "beslisser",
    "initiator",
    "klantcontacter",
    "mede_initiator",
    "zaakcoordinator",
)
BETROKKENE_TYPES = (
    "medewerker",
    "natuurlijk_persoon",
    "niet_natuurlijk_persoon",
    "organisatorische_eenheid",
    "vestiging",
)
ZAAK_ORDERING = (
    "archiefactiedatum",
    "einddatum",
    "identificatie",
    "publicatiedatum",
    "registratiedatum",
    "startdatum",
)
ZAAK_EXPAND = frozenset(
    {
        "zaaktype",
        "status",
        "status.statustype",
        "resultaat",
        "resultaat.resultaattype",
        "rollen",
        "rollen.roltype",
        "zaakinformatieobjecten",
        "zaakobjecten",
        "eigenschappen",
        "hoofdzaak",
        "deelzaken",
    }
)
#: Rol query parameters (without the ``rol__`` prefix) -> path into the rol.
ROL_FILTERS: dict[str, tuple[str, ...]] = {
    "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": ("natuurlijk_persoon", "inpBsn"),
    "betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie": (
        "natuurlijk_persoon",
        "anpIdentificatie",
    ),
    "betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer": (
        "natuurlijk_persoon",
        "inpA_nummer",
    ),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId": (
        "niet_natuurlijk_persoon",
        "innNnpId",
    ),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie": (
        "niet_natuurlijk_persoon",
        "annIdentificatie",
    ),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer": (
        "niet_natuurlijk_persoon",
        "kvkNummer",
    ),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer": (
        "niet_natuurlijk_persoon",
        "vestigingsNummer",
    ),
    "betrokkeneIdentificatie__vestiging__vestigingsNummer": ("vestiging", "vestigingsNummer"),
    "betrokkeneIdentificatie__vestiging__kvkNummer": ("vestiging", "kvkNummer"),
    "betrokkeneIdentificatie__medewerker__identificatie": ("medewerker", "identificatie"),
    "betrokkeneIdentificatie__organisatorischeEenheid__identificatie": (
        "organisatorische_eenheid",
        "identificatie",
    ),
}


#: Date lookups of django-filter: suffix -> comparison.
DATUM_VERGELIJKINGEN: tuple[tuple[str, Callable[[date, date], bool]], ...] = (
    ("", operator.eq),
    ("__gt", operator.gt),
    ("__gte", operator.ge),
    ("__lt", operator.lt),
    ("__lte", operator.le),
)


def _sorteer(veld: str) -> Callable[[Obj], tuple[bool, str]]:
    """Sort key on ``veld`` with nulls last (ascending), as PostgreSQL orders."""
    return lambda z: (z.get(veld) is None, str(z.get(veld) or ""))


# -- parameter parsing --------------------------------------------------------------------------


def _datum(request: Request, name: str) -> date | None:
    value = request.query_params.get(name)
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise ongeldig(name, "Voer een geldige datum in.") from e


def _bool(request: Request, name: str) -> bool | None:
    value = request.query_params.get(name)
    if value is None or value == "":
        return None
    if value.lower() in ("true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    raise ongeldig(
        name, f"Selecteer een geldige keuze. {value} is geen beschikbare keuze.", "invalid_choice"
    )


def _keuze(request: Request, name: str, choices: Iterable[str]) -> str | None:
    value = request.query_params.get(name)
    if value is None or value == "":
        return None
    if value not in choices:
        raise ongeldig(
            name,
            f"Selecteer een geldige keuze. {value} is geen beschikbare keuze.",
            "invalid_choice",
        )
    return value


def _url(request: Request, name: str) -> str | None:
    value = request.query_params.get(name)
    if value is None or value == "":
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ongeldig(name, "Voer een geldige URL in.")
    return internal_url(request, value)


def _niet_te_lang(name: str, veld: str, value: str) -> None:
    """A rol filter longer than its model field is a 400 ``max_length`` (OZ 132)."""
    lengte = regels.ROL_FILTER_MAX.get(veld)
    if lengte is not None and len(value) > lengte:
        raise ongeldig(name, "De waarde is te lang.", "max_length")


def _uuid_of(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


def _check_crs(request: Request) -> None:
    crs = request.headers.get("accept-crs")
    if crs is None:
        raise ApiFout(
            412,
            "precondition_failed",
            "Voorwaarde is niet vervuld",
            "'Accept-Crs' header ontbreekt",
        )
    if crs != CRS:
        raise ApiFout(
            406,
            "not_acceptable",
            "CRS niet ondersteund",
            "CRS-header waarde wordt niet ondersteund",
        )


# -- routes -------------------------------------------------------------------------------------


def routes(ctx: SandboxContext) -> list[BaseRoute]:
    """Every read route of Zaken, Catalogi and Documenten."""
    store = ctx.store
    zaken_base = PATHS[ApiNaam.ZAKEN]
    cat_base = PATHS[ApiNaam.CATALOGI]
    doc_base = PATHS[ApiNaam.DOCUMENTEN]

    def auth(request: Request) -> None:
        check_zgw_jwt(request, ctx.creds)

    def by_url(coll: str, url: str | None) -> Obj | None:
        if not url:
            return None
        return store.get(coll, _uuid_of(url))

    def by_zaak(coll: str) -> dict[Any, list[Obj]]:
        return store.index(coll, "zaak", lambda o: [o["zaak"]])

    def rol_keys(rol: Obj) -> list[tuple[str, str]]:
        keys = [
            ("omschrijvingGeneriek", rol.get("omschrijvingGeneriek", "")),
            ("betrokkeneType", rol.get("betrokkeneType", "")),
            ("roltype", rol.get("roltype", "")),
            ("betrokkene", rol.get("betrokkene", "")),
        ]
        ident = rol.get("betrokkeneIdentificatie") or {}
        for param, (soort, veld) in ROL_FILTERS.items():
            if rol.get("betrokkeneType") == soort and ident.get(veld):
                keys.append((param, str(ident[veld])))
        return keys

    def rollen_index() -> dict[Any, list[Obj]]:
        return store.index("rollen", "keys", rol_keys)

    def out(coll: str) -> Callable[[Obj], Obj]:
        return lambda o: zichtbaar(coll, o)

    # -- zaken ------------------------------------------------------------------------------

    def expand_zaak(zaak: Obj, expand: set[str]) -> Obj:
        result: Obj = {}
        if "zaaktype" in expand:
            charge("zaken.expand.zaaktype")
            zt = by_url("zaaktypen", zaak["zaaktype"])
            result["zaaktype"] = zichtbaar("zaaktypen", zt) if zt else None
        if "status" in expand or "status.statustype" in expand:
            charge("zaken.expand.status")
            status = by_url("statussen", zaak.get("status"))
            if status is not None and "status.statustype" in expand:
                charge("zaken.expand.status.statustype")
                st = by_url("statustypen", status["statustype"])
                status = {
                    **status,
                    "_expand": {"statustype": zichtbaar("statustypen", st) if st else None},
                }
            result["status"] = status
        if "resultaat" in expand or "resultaat.resultaattype" in expand:
            charge("zaken.expand.resultaat")
            resultaat = by_url("resultaten", zaak.get("resultaat"))
            if resultaat is not None and "resultaat.resultaattype" in expand:
                rt = by_url("resultaattypen", resultaat["resultaattype"])
                resultaat = {
                    **resultaat,
                    "_expand": {"resultaattype": zichtbaar("resultaattypen", rt) if rt else None},
                }
            result["resultaat"] = resultaat
        if "rollen" in expand or "rollen.roltype" in expand:
            rollen = [r for u in zaak.get("rollen", []) if (r := by_url("rollen", u))]
            if "rollen.roltype" in expand:
                rollen = [
                    {
                        **r,
                        "_expand": {
                            "roltype": zichtbaar("roltypen", rt)
                            if (rt := by_url("roltypen", r["roltype"]))
                            else None
                        },
                    }
                    for r in rollen
                ]
            result["rollen"] = rollen
        if "zaakinformatieobjecten" in expand:
            charge("zaken.expand.zaakinformatieobjecten")
            result["zaakinformatieobjecten"] = [
                z
                for u in zaak.get("zaakinformatieobjecten", [])
                if (z := by_url("zaakinformatieobjecten", u))
            ]
        for leeg in ("zaakobjecten", "eigenschappen", "deelzaken"):
            if leeg in expand:
                result[leeg] = []
        if "hoofdzaak" in expand:
            result["hoofdzaak"] = None
        return {**zaak, "_expand": result}

    def zaak_expand_param(request: Request) -> set[str] | None:
        """The paths to expand; ``None`` when only children without their parent were asked.

        Open Zaak then answers without an ``_expand`` key at all (OZ 136).
        """
        expand = expand_param(request)
        for value in expand:
            if value not in ZAAK_EXPAND:
                raise ongeldig(
                    "expand",
                    f"Selecteer een geldige keuze. {value} is geen beschikbare keuze.",
                    "invalid_choice",
                )
        bereikbaar = {e for e in expand if "." not in e or e.rsplit(".", 1)[0] in expand}
        return None if expand and not bereikbaar else bereikbaar

    def filter_zaken(request: Request) -> list[Obj]:
        q = request.query_params
        candidates: set[str] | None = None  # zaak urls
        index = rollen_index()
        for name, value in q.items():
            if not name.startswith("rol__") or value == "":
                continue
            param = name[len("rol__") :]
            _niet_te_lang(name, param, value)
            if param == "omschrijvingGeneriek":
                _keuze(request, name, ROL_OMSCHRIJVING_GENERIEK)
            elif param == "betrokkeneType":
                _keuze(request, name, BETROKKENE_TYPES)
            elif param not in ROL_FILTERS and param not in ("betrokkene",):
                continue  # unknown: ignored as DRF does
            urls = {r["zaak"] for r in index.get((param, value), [])}
            candidates = urls if candidates is None else candidates & urls
        if candidates is not None:
            zaken = [z for u in candidates if (z := by_url("zaken", u))]
            order = {z["uuid"]: i for i, z in enumerate(store.all("zaken"))}
            zaken.sort(key=lambda z: order.get(z["uuid"], 0))
        else:
            zaken = store.all("zaken")
        for name, keuzes in (
            ("archiefstatus", regels.ARCHIEFSTATUSSEN),
            ("archiefnominatie", regels.ARCHIEFNOMINATIES),
        ):
            keuze = _keuze(request, name, keuzes)
            if keuze:
                zaken = [z for z in zaken if z.get(name) == keuze]
        identificatie = q.get("identificatie")
        if identificatie:
            zaken = [z for z in zaken if z["identificatie"] == identificatie]
        bevat = q.get("identificatie__icontains")
        if bevat:
            zaken = [z for z in zaken if bevat.lower() in z["identificatie"].lower()]
        zaaktype = _url(request, "zaaktype")
        if zaaktype:
            zaken = [z for z in zaken if z["zaaktype"] == zaaktype]
        for name in ("bronorganisatie", "omschrijving"):
            if q.get(name):
                zaken = [z for z in zaken if z.get(name) == q[name]]
        open_ = _bool(request, "einddatum__isnull")
        if open_ is not None:
            zaken = [z for z in zaken if (z["einddatum"] is None) == open_]
        for veld in ("startdatum", "einddatum", "registratiedatum", "uiterlijkeEinddatumAfdoening"):
            for suffix, test in DATUM_VERGELIJKINGEN:
                grens = _datum(request, veld + suffix)
                if grens is not None:
                    zaken = [
                        z for z in zaken if z.get(veld) and test(date.fromisoformat(z[veld]), grens)
                    ]
        maximaal = _keuze(request, "maximaleVertrouwelijkheidaanduiding", VERTROUWELIJKHEDEN)
        if maximaal:
            niveaus = list(VERTROUWELIJKHEDEN)
            grens_niveau = niveaus.index(maximaal)
            zaken = [
                z for z in zaken if niveaus.index(z["vertrouwelijkheidaanduiding"]) <= grens_niveau
            ]
        ordering = ",".join(q.getlist("ordering"))
        for veld in reversed([v.strip() for v in ordering.split(",") if v.strip()]):
            if veld.lstrip("-") not in ZAAK_ORDERING:
                raise ongeldig(
                    "ordering",
                    f"Selecteer een geldige keuze. {veld} is geen beschikbare keuze.",
                    "invalid_choice",
                )
            zaken = sorted(zaken, key=_sorteer(veld.lstrip("-")), reverse=veld.startswith("-"))
        return zaken

    async def zaken_lijst(request: Request) -> Response:
        auth(request)
        _check_crs(request)
        expand = zaak_expand_param(request)
        zaken = filter_zaken(request)
        body, chunk = paginate(request, zaken)
        charge("zaken.row", len(chunk))
        body["results"] = [met_expand(z, expand) for z in chunk]
        return json_response(request, body, headers={"Content-Crs": CRS})

    async def zaak_detail(request: Request) -> Response:
        auth(request)
        _check_crs(request)
        expand = zaak_expand_param(request)
        zaak = store.get("zaken", request.path_params["uuid"])
        if zaak is None:
            raise niet_gevonden()
        charge("zaken.detail")
        return json_response(request, met_expand(zaak, expand), headers={"Content-Crs": CRS})

    def met_expand(zaak: Obj, expand: set[str] | None) -> Obj:
        if expand is None:
            return dict(zaak)
        return expand_zaak(zaak, expand) if expand else {**zaak, "_expand": {}}

    def detail(coll: str, kind: str | None = None) -> Callable[[Request], Any]:
        async def handler(request: Request) -> Response:
            auth(request)
            obj = store.get(coll, request.path_params["uuid"])
            if obj is None:
                raise niet_gevonden()
            if kind:
                charge(kind)
            return json_response(request, zichtbaar(coll, obj))

        return handler

    def zaak_filter(request: Request, coll: str) -> list[Obj]:
        zaak = _url(request, "zaak")
        if zaak is None:
            return store.all(coll)
        return list(by_zaak(coll).get(zaak, []))

    async def statussen(request: Request) -> Response:
        auth(request)
        items = zaak_filter(request, "statussen")
        laatste = _bool(request, "indicatieLaatstGezetteStatus")
        if laatste is not None:
            items = [s for s in items if s["indicatieLaatstGezetteStatus"] == laatste]
        statustype = _url(request, "statustype")
        if statustype:
            items = [s for s in items if s["statustype"] == statustype]
        items = sorted(items, key=lambda s: s["datumStatusGezet"], reverse=True)
        body, chunk = paginate(request, items)
        charge("statussen.row", len(chunk))
        return json_response(request, body)

    async def rollen(request: Request) -> Response:
        auth(request)
        items = zaak_filter(request, "rollen")
        _keuze(request, "omschrijvingGeneriek", ROL_OMSCHRIJVING_GENERIEK)
        _keuze(request, "betrokkeneType", BETROKKENE_TYPES)
        for name, value in request.query_params.items():
            _niet_te_lang(name, name, value)
            if value and (
                name in ROL_FILTERS or name in ("omschrijvingGeneriek", "betrokkeneType")
            ):
                items = [r for r in items if (name, value) in rol_keys(r)]
        body, _ = paginate(request, items)
        return json_response(request, body)

    async def resultaten(request: Request) -> Response:
        auth(request)
        items = zaak_filter(request, "resultaten")
        rt = _url(request, "resultaattype")
        if rt:
            items = [r for r in items if r["resultaattype"] == rt]
        body, _ = paginate(request, items)
        return json_response(request, body)

    async def zaakinformatieobjecten(request: Request) -> Response:
        auth(request)
        items = zaak_filter(request, "zaakinformatieobjecten")
        io = _url(request, "informatieobject")
        if io:
            items = [z for z in items if z["informatieobject"] == io]
        charge("zaakinformatieobjecten.list")
        return json_response(request, items)

    # -- catalogi ---------------------------------------------------------------------------

    def catalogus_lijst(coll: str, filters: tuple[str, ...]) -> Callable[[Request], Any]:
        async def handler(request: Request) -> Response:
            auth(request)
            items = store.all(coll)
            status = _keuze(request, "status", ("alles", "concept", "definitief"))
            if status == "concept":
                items = [o for o in items if o.get("concept")]
            for name in filters:
                if name in ("zaaktype", "catalogus"):
                    value = _url(request, name)
                else:
                    value = request.query_params.get(name) or None
                if value is None:
                    continue
                if name == "zaaktype" and coll == "informatieobjecttypen":
                    items = [o for o in items if value in o.get("zaaktypen", [])]
                elif name.endswith("__icontains"):
                    veld = name[: -len("__icontains")]
                    items = [o for o in items if value.lower() in str(o.get(veld, "")).lower()]
                else:
                    items = [o for o in items if str(o.get(name)) == value]
            body, chunk = paginate(request, items, out(coll))
            charge("catalogi.row", len(chunk))
            return json_response(request, body)

        return handler

    # -- documenten -------------------------------------------------------------------------

    async def download(request: Request) -> Response:
        auth(request)
        doc = store.get("enkelvoudiginformatieobjecten", request.path_params["uuid"])
        if doc is None:
            raise niet_gevonden()
        charge("documenten.detail")
        blob = store.blobs.get(doc["uuid"])
        content = blob if blob is not None else document_pdf(doc["titel"])
        return Response(
            content,
            media_type="application/octet-stream",
            headers={"Content-Disposition": f'attachment; filename="{doc["bestandsnaam"]}"'},
        )

    async def objectinformatieobjecten(request: Request) -> Response:
        auth(request)
        items = store.all("objectinformatieobjecten")
        obj = _url(request, "object")
        if obj:
            items = [
                o
                for o in store.index(
                    "objectinformatieobjecten", "object", lambda o: [o["object"]]
                ).get(obj, [])
            ]
        io = _url(request, "informatieobject")
        if io:
            items = [o for o in items if o["informatieobject"] == io]
        return json_response(request, [zichtbaar("objectinformatieobjecten", o) for o in items])

    async def documenten_lijst(request: Request) -> Response:
        auth(request)
        items = store.all("enkelvoudiginformatieobjecten")
        obj = _url(request, "objectinformatieobjecten__object")
        if obj:
            oios = store.index("objectinformatieobjecten", "object", lambda o: [o["object"]])
            urls = {o["informatieobject"] for o in oios.get(obj, [])}
            items = [d for d in items if d["url"] in urls]
        for name in ("identificatie", "bronorganisatie", "titel", "vertrouwelijkheidaanduiding"):
            value = request.query_params.get(name)
            if value:
                items = [d for d in items if d.get(name) == value]
        body, _ = paginate(
            request,
            items,
            lambda d: {**zichtbaar("enkelvoudiginformatieobjecten", d), "_expand": {}},
        )
        return json_response(request, body)

    async def document_detail(request: Request) -> Response:
        auth(request)
        doc = store.get("enkelvoudiginformatieobjecten", request.path_params["uuid"])
        if doc is None:
            raise niet_gevonden()
        charge("documenten.detail")
        return json_response(
            request, {**zichtbaar("enkelvoudiginformatieobjecten", doc), "_expand": {}}
        )

    def lijst(handler: Callable[[Request], Any]) -> Callable[[Request], Any]:
        """A list route whose query is checked first, as vng-api-common does (OZ 134)."""

        async def checked(request: Request) -> Response:
            auth(request)
            controleer_query(request, stijl="zgw")
            response: Response = await handler(request)
            return response

        return checked

    z, c, d = zaken_base, cat_base, doc_base
    routes: list[BaseRoute] = [
        Route(f"{z}/zaken", zaken_lijst, methods=["GET"]),
        Route(f"{z}/zaken/{{uuid}}", zaak_detail, methods=["GET"]),
        Route(f"{z}/statussen", statussen, methods=["GET"]),
        Route(f"{z}/statussen/{{uuid}}", detail("statussen", "statussen.detail"), methods=["GET"]),
        Route(f"{z}/rollen", rollen, methods=["GET"]),
        Route(f"{z}/rollen/{{uuid}}", detail("rollen"), methods=["GET"]),
        Route(f"{z}/resultaten", resultaten, methods=["GET"]),
        Route(f"{z}/resultaten/{{uuid}}", detail("resultaten"), methods=["GET"]),
        Route(f"{z}/zaakinformatieobjecten", zaakinformatieobjecten, methods=["GET"]),
        Route(
            f"{z}/zaakinformatieobjecten/{{uuid}}",
            detail("zaakinformatieobjecten"),
            methods=["GET"],
        ),
        Route(
            f"{c}/catalogussen",
            catalogus_lijst("catalogussen", ("domein", "rsin")),
            methods=["GET"],
        ),
        Route(
            f"{c}/catalogussen/{{uuid}}", detail("catalogussen", "catalogi.detail"), methods=["GET"]
        ),
        Route(
            f"{c}/zaaktypen",
            catalogus_lijst(
                "zaaktypen",
                (
                    "catalogus",
                    "identificatie",
                    "identificatie__icontains",
                    "omschrijving__icontains",
                ),
            ),
            methods=["GET"],
        ),
        Route(f"{c}/zaaktypen/{{uuid}}", detail("zaaktypen", "catalogi.detail"), methods=["GET"]),
        Route(
            f"{c}/statustypen",
            catalogus_lijst("statustypen", ("zaaktype", "zaaktypeIdentificatie")),
            methods=["GET"],
        ),
        Route(
            f"{c}/statustypen/{{uuid}}", detail("statustypen", "catalogi.detail"), methods=["GET"]
        ),
        Route(
            f"{c}/resultaattypen",
            catalogus_lijst("resultaattypen", ("zaaktype", "zaaktypeIdentificatie")),
            methods=["GET"],
        ),
        Route(
            f"{c}/resultaattypen/{{uuid}}",
            detail("resultaattypen", "catalogi.detail"),
            methods=["GET"],
        ),
        Route(
            f"{c}/informatieobjecttypen",
            catalogus_lijst(
                "informatieobjecttypen",
                ("catalogus", "zaaktype", "omschrijving", "omschrijving__icontains"),
            ),
            methods=["GET"],
        ),
        Route(
            f"{c}/informatieobjecttypen/{{uuid}}",
            detail("informatieobjecttypen", "catalogi.detail"),
            methods=["GET"],
        ),
        Route(
            f"{c}/roltypen",
            catalogus_lijst(
                "roltypen",
                ("zaaktype", "zaaktypeIdentificatie", "omschrijving", "omschrijvingGeneriek"),
            ),
            methods=["GET"],
        ),
        Route(f"{c}/roltypen/{{uuid}}", detail("roltypen", "catalogi.detail"), methods=["GET"]),
        Route(f"{d}/enkelvoudiginformatieobjecten", documenten_lijst, methods=["GET"]),
        Route(f"{d}/enkelvoudiginformatieobjecten/{{uuid}}", document_detail, methods=["GET"]),
        Route(f"{d}/enkelvoudiginformatieobjecten/{{uuid}}/download", download, methods=["GET"]),
        Route(f"{d}/objectinformatieobjecten", objectinformatieobjecten, methods=["GET"]),
    ]
    return [
        Route(r.path, lijst(r.endpoint), methods=["GET"])
        if isinstance(r, Route) and "{" not in r.path
        else r
        for r in routes
    ]
