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
