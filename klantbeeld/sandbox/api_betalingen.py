"""Oefenomgeving: the Betalingen API (ours; resources/openapi/betalingen.yaml), ZGW-style."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from klantbeeld.sandbox.common import (
    charge,
    check_token,
    internal_url,
    json_response,
    niet_gevonden,
    ongeldig,
    paginate,
)
from klantbeeld.sandbox.context import SandboxContext
from klantbeeld.sandbox.endpoints import PATHS
from klantbeeld.sandbox.seed.betalingen import COLL
from klantbeeld.services.werkplek.settings import ApiNaam

STATUSSEN = ("open", "betaald", "te_laat")


def routes(ctx: SandboxContext) -> list[BaseRoute]:
    """``GET /betalingen`` and ``GET /betalingen/{uuid}``."""
    base = PATHS[ApiNaam.BETALINGEN]

    async def lijst(request: Request) -> Response:
        check_token(request, ctx.creds.betalingen_token)
        q = request.query_params
        bsn, kvk, status, zaak = q.get("bsn"), q.get("kvkNummer"), q.get("status"), q.get("zaak")
        if bsn is not None and not re.fullmatch(r"[0-9]{9}", bsn):
            raise ongeldig("bsn", "Een BSN bestaat uit 9 cijfers.", stijl="ok")
        if kvk is not None and not re.fullmatch(r"[0-9]{8}", kvk):
            raise ongeldig("kvkNummer", "Een KVK-nummer bestaat uit 8 cijfers.", stijl="ok")
        if status is not None and status not in STATUSSEN:
            raise ongeldig(
                "status",
                f"Selecteer een geldige keuze. {status} is geen beschikbare keuze.",
                "invalid_choice",
                stijl="ok",
            )
        items = ctx.store.all(COLL)
        if bsn is not None:
            items = ctx.store.index(COLL, "bsn", lambda o: [o["bsn"]]).get(bsn, [])
        if kvk is not None:
            items = [o for o in items if o["kvkNummer"] == kvk]
        if status is not None:
            items = [o for o in items if o["status"] == status]
        if zaak is not None:
            intern = internal_url(request, zaak)
            items = [o for o in items if o["zaak"] == intern]
        items = sorted(items, key=lambda o: o["vervaldatum"], reverse=True)
        body, chunk = paginate(request, items, stijl="ok")
        charge("betalingen.row", len(chunk))
        return json_response(request, body)

    async def detail(request: Request) -> Response:
        check_token(request, ctx.creds.betalingen_token)
        obj = ctx.store.get(COLL, str(request.path_params["uuid"]))
        if obj is None:
            raise niet_gevonden("ok")
        charge("betalingen.row")
        return json_response(request, obj)

    return [
        Route(f"{base}/betalingen", lijst, methods=["GET"]),
        Route(f"{base}/betalingen/{{uuid}}", detail, methods=["GET"]),
    ]
