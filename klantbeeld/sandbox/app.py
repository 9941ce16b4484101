"""Assembles the oefenomgeving: seed the store, mount every API, wrap in fault injection."""

from __future__ import annotations

import os
from datetime import date
from html import escape as html_escape
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from klantbeeld.sandbox import (
    api_betalingen,
    api_brp,
    api_klantinteracties,
    api_kvk,
    api_logboek,
    api_zgw,
)
from klantbeeld.sandbox.common import ApiFout, Credentials, error_response
from klantbeeld.sandbox.context import SandboxContext
from klantbeeld.sandbox.faults import FaultMiddleware, Faults
from klantbeeld.sandbox.regels import LegeBotsing
from klantbeeld.sandbox.seed import build_seed
from klantbeeld.sandbox.seed.groei import seed as seed_groei
from klantbeeld.sandbox.seed.kcc_maand import KccMaand
from klantbeeld.sandbox.store import Store

#: Fix the oefenomgeving's "today" (YYYY-MM-DD) for reproducible runs; default: the real date.
DATE_ENV = "KLANTBEELD_OEFEN_DATUM"


def oefen_vandaag() -> date:
    """The oefenomgeving's today."""
    value = os.environ.get(DATE_ENV)
    return date.fromisoformat(value) if value else date.today()


def build_store(db_path: Path | None, vandaag: date | None = None, *, groei: bool = False) -> Store:
    """A store with the deterministic seed and every persisted write laid over it.

    ``groei`` adds the bench persons of :mod:`klantbeeld.sandbox.seed.groei` (opt-in).
    """
    store = Store(db_path)
    vandaag = vandaag or oefen_vandaag()
    build_seed(store, vandaag)
    if groei:
        seed_groei(store, vandaag)
    store.replay()
    return store


class Sandbox:
    """One oefenomgeving: its ASGI app, its store and its fault settings."""

    def __init__(
        self,
        *,
        db_path: Path | None = None,
        faults: Faults | None = None,
        creds: Credentials | None = None,
        vandaag: date | None = None,
        groei: bool = False,
    ) -> None:
        self.vandaag = vandaag or oefen_vandaag()
        self.store = build_store(db_path, self.vandaag, groei=groei)
        self.creds = creds or Credentials()
        self.faults = faults or Faults()
        self.ctx = SandboxContext(store=self.store, creds=self.creds, vandaag=self.vandaag)
        routes: list[BaseRoute] = [
            Route("/_oefen/status", self._status, methods=["GET"]),
            Route("/_oefen/faults", self._faults, methods=["GET", "POST"]),
        ]
        for module in (api_brp, api_kvk, api_zgw, api_klantinteracties, api_betalingen):
            routes.extend(module.routes(self.ctx))
        #: The Logboek Dataverwerkingen: what the verwerkingslog delivered (OTLP/HTTP).
        self.logboek = api_logboek.Logboek()
        routes.extend(api_logboek.routes(self.logboek))
        inner = Starlette(
            routes=routes,
            exception_handlers={ApiFout: self._on_fout, LegeBotsing: self._on_botsing},
        )
        self.middleware = FaultMiddleware(inner, self.faults)
        #: A month of KCC traffic, added in steps on the server's loop from the first request.
        self.maand = KccMaand(self.store, self.vandaag)
        self.app = self.maand.bij_eerste_verzoek(self.middleware)

    async def _on_fout(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiFout)
        return error_response(request, exc)

    async def _on_botsing(self, request: Request, exc: Exception) -> Response:
        """A second ``""`` in a unique column: Django's 500 debug page (OK 140)."""
        assert isinstance(exc, LegeBotsing)
        tabel = exc.tabel.replace(" ", "")
        html = (
            f"<h1>IntegrityError\n       at {html_escape(request.url.path)}</h1>\n"
            '<pre class="exception_value">duplicate key value violates unique constraint '
            f"&quot;klantinteracties_{tabel}_{exc.veld.lower()}_uniq&quot;\n"
            f"DETAIL:  Key ({exc.veld.lower()})=() already exists.</pre>\n"
        )
        return Response(html, status_code=500, media_type="text/html; charset=utf-8")

    async def _status(self, request: Request) -> Response:
        counts: dict[str, Any] = dict(self.middleware.counts)
        return JSONResponse(
            {
                "ok": True,
                "vandaag": self.vandaag.isoformat(),
                "requests": counts,
                "seed_klaar": self.maand.klaar,
                "seed_maand_contacten": self.maand.contacten,
            }
        )

    async def _faults(self, request: Request) -> Response:
        if request.method == "POST":
            try:
                self.faults.update(await request.json())
            except ValueError as e:
                return JSONResponse({"detail": str(e)}, status_code=400)
            if "reset_counts" in request.query_params:
                self.middleware.counts.clear()
        return JSONResponse(self.faults.to_json())
