"""Test helpers: API clients bound to a running oefenomgeving."""

from __future__ import annotations

from typing import Any

import httpx

from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient
from klantbeeld.services.verbinding.clients import Verbindingen, maak_verbindingen
from klantbeeld.services.verbinding.http import NO_RETRY, RequestLog, RetryPolicy
from klantbeeld.services.werkplek.settings import ApiNaam


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


def ki_verbindingen(
    server: Any,
    *,
    timeout_s: float = 10.0,
    transport: httpx.AsyncBaseTransport | None = None,
    retry: RetryPolicy = NO_RETRY,
) -> Verbindingen:
    """Only the Klantinteracties client of ``server`` (create inside the running event loop)."""
    inst, geheim = server.endpoints()[ApiNaam.KLANTINTERACTIES]
    inst = inst.model_copy(update={"timeout_s": timeout_s})
    return maak_verbindingen(
        {ApiNaam.KLANTINTERACTIES: (inst, geheim)}, retry=retry, transport=transport
    )


def ki_client(v: Verbindingen) -> KlantinteractiesClient:
    """The resource client over the Klantinteracties connection of ``v``."""
    client = v.get(ApiNaam.KLANTINTERACTIES)
    assert client is not None
    return KlantinteractiesClient(client)


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


def strengere_toelichting(monkeypatch: Any, maximum: int = 400) -> None:
    """Make the in-process oefenomgeving a stricter server: internetaak toelichting ≤ ``maximum``.

    Real Open Klant 2.18 takes 1000 (OK 58, 167); a server that takes less is how a refusal the
    client's own checks cannot foresee is tested (one row of the rule table changed).
    """
    import dataclasses

    from klantbeeld.sandbox import regels

    monkeypatch.setattr(
        regels,
        "INTERNETAAK",
        tuple(
            dataclasses.replace(r, max=maximum) if r.naam == "toelichting" else r
            for r in regels.INTERNETAAK
        ),
    )
