"""Waits until the oefenomgeving has seeded its month of contacts (``GET /_oefen/status``)."""

from __future__ import annotations

import asyncio

import httpx

from klantbeeld.versie import user_agent

#: How long one status request may take (s).
STATUS_TIMEOUT_S = 5.0
#: How long to wait between two status requests (s).
STATUS_INTERVAL_S = 0.2


async def wacht_op_oefenmaand(klantinteracties_url: str | None, timeout: float) -> None:
    """On the oefenomgeving: wait (at most ``timeout`` s) until its month of contacts is seeded.

    ``klantinteracties_url`` is the Klantinteracties API root in use; anything that is not the
    oefenomgeving (another server, no answer, no status) returns at once. The oefenomgeving
    builds the month in steps after start-up; only ``--screenshot`` of the contacthistorie waits.
    """
    if klantinteracties_url is None or "/klantinteracties" not in klantinteracties_url:
        return
    root = klantinteracties_url.split("/klantinteracties", 1)[0]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    async with httpx.AsyncClient(
        timeout=STATUS_TIMEOUT_S, headers={"User-Agent": user_agent()}
    ) as client:
        while loop.time() < deadline:
            try:
                status = (await client.get(f"{root}/_oefen/status")).json()
            except (httpx.HTTPError, ValueError):
                return  # not an oefenomgeving after all
            if not isinstance(status, dict) or status.get("seed_klaar", True):
                return
            await asyncio.sleep(STATUS_INTERVAL_S)
