"""Test helpers: API clients bound to a running oefenomgeving."""

from __future__ import annotations

from typing import Any

import httpx

from klantbeeld.services.clients import Verbindingen, maak_verbindingen
from klantbeeld.services.http import NO_RETRY, RequestLog


def verbindingen_voor(
    server: Any,
    *,
    log: RequestLog | None = None,
    retry: bool = False,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Verbindingen:
    """Clients for every API of ``server`` (create inside the running event loop)."""
    return maak_verbindingen(
        server.endpoints(), log=log, retry=None if retry else NO_RETRY, transport=transport
    )


def klantcontact_van(store: Any, reg: Any, index: int = 0) -> dict[str, Any]:
    """The oefenomgeving's klantcontact of vraag ``index`` of a delivered registration."""
    from klantbeeld.sandbox.seed import klantinteracties as ki

    return next(
        kc
        for kc in store.all(ki.KLANTCONTACTEN)
        if (kc.get("metadata") or {}).get("registratie") == reg.id
        and kc.get("onderwerp") == reg.vragen[index].onderwerp
    )


def taak_van(store: Any, reg: Any) -> dict[str, Any]:
    """The oefenomgeving's internetaak of a delivered contactverzoek (through its klantcontact)."""
    from klantbeeld.sandbox.seed import klantinteracties as ki

    kc = klantcontact_van(store, reg)["uuid"]
    return next(
        t
        for t in store.all(ki.INTERNETAKEN)
        if (t.get("aanleidinggevendKlantcontact") or {}).get("uuid") == kc
    )
