"""Fault injection and server models for the oefenomgeving: latency, errors, drops, costs.

``latency``: every request takes ``latency_ms`` extra. Cost models (see
:mod:`klantbeeld.sandbox.kosten`): each API answers as the real servers were measured to — a
cost per request, per page, per row and per expanded item, and one capacity per server (Open
Zaak serves Zaken, Catalogi and Documenten; Open Klant another): ``real`` is one process (as
recorded), ``productie`` four worker processes. ``time_scale`` below 1 runs a model faster
(tests). Each modelled answer carries a ``Server-Timing`` header with its modelled server
time, as the recorded servers' debug toolbar sent one. Errors (5xx, before the work), dropped
connections and timeouts (after the work: the write is done, the client does not hear it) are
drawn from a seeded RNG. A late commit (``late_rate``, writes only) drops the connection before
any work and does the write ``late_ms`` later, after the client has given up: its look-up
before a retry cannot see it yet (as a real server whose worker commits after the proxy gave up).

``brp_protocollering``: header names a BRP gateway demands (``x-doelbinding``, ``x-verwerking``,
``x-gebruiker``, ...). A BRP request without any of them, or with one empty, is refused as a
gateway refuses it: ``403`` with a problem body naming what is missing, before the BRP sees it.
What the accepted requests carried is kept in :attr:`FaultMiddleware.brp_protocol` (the
gateway's audit log), so tests can say which doelbinding and user reached the BRP.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from klantbeeld.sandbox.common import start_costing, stop_costing
from klantbeeld.sandbox.kosten import MODELLEN, Capaciteit, Kosten, kosten

#: Path prefix -> server (the real deployment: Open Zaak serves three APIs).
SERVERS: dict[str, str] = {
    "/zaken/": "openzaak",
    "/catalogi/": "openzaak",
    "/documenten/": "openzaak",
    "/klantinteracties/": "openklant",
    "/haalcentraal/": "brp",
    "/kvk/": "kvk",
    "/betalingen/": "betalingen",
    "/logboek/": "logboek",
}

#: Names accepted by ``--down``: an API or a whole server.
DOWN_NAMES: dict[str, tuple[str, ...]] = {
    "brp": ("/haalcentraal/",),
    "kvk": ("/kvk/",),
    "zaken": ("/zaken/",),
    "catalogi": ("/catalogi/",),
    "documenten": ("/documenten/",),
    "openzaak": ("/zaken/", "/catalogi/", "/documenten/"),
    "klantinteracties": ("/klantinteracties/",),
    "openklant": ("/klantinteracties/",),
    "betalingen": ("/betalingen/",),
    "logboek": ("/logboek/",),
}


@dataclass
class Faults:
    """What the oefenomgeving does wrong on purpose; changeable while it runs."""

    latency_ms: float = 0.0
    error_rate: float = 0.0
    drop_rate: float = 0.0
    timeout_rate: float = 0.0
    timeout_s: float = 30.0
    late_rate: float = 0.0  # writes only: the connection drops, the write lands late_ms later
    late_ms: float = 1000.0
    down: set[str] = field(default_factory=set)
    cost_model: str = "none"  # "none" | a name in kosten.MODELLEN ("real", "productie")
    time_scale: float = 1.0  # cost models only: < 1 runs the model faster
    seed: int = 1
    #: Headers the BRP's gateway demands on every request; empty: no gateway.
    brp_protocollering: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """For the admin endpoint and ``--json``."""
        return {
            "latency_ms": self.latency_ms,
            "error_rate": self.error_rate,
            "drop_rate": self.drop_rate,
            "timeout_rate": self.timeout_rate,
            "timeout_s": self.timeout_s,
            "late_rate": self.late_rate,
            "late_ms": self.late_ms,
            "down": sorted(self.down),
            "cost_model": self.cost_model,
            "time_scale": self.time_scale,
            "brp_protocollering": list(self.brp_protocollering),
        }

    def update(self, data: dict[str, Any]) -> None:
        """Apply a partial update from the admin endpoint."""
        for key in (
            "latency_ms",
            "error_rate",
            "drop_rate",
            "timeout_rate",
            "timeout_s",
            "time_scale",
            "late_rate",
            "late_ms",
        ):
            if key in data:
                setattr(self, key, float(data[key]))
        if "down" in data:
            self.down = set(data["down"])
        if "brp_protocollering" in data:
            self.brp_protocollering = [str(h).lower() for h in data["brp_protocollering"]]
        if "cost_model" in data:
            model = str(data["cost_model"])
            if model != "none" and model not in MODELLEN:
                raise ValueError(f"onbekend kostenmodel: {model}")
            self.cost_model = model


def server_of(path: str) -> str | None:
    """The server a path belongs to, or None for the admin paths."""
    for prefix, server in SERVERS.items():
        if path.startswith(prefix):
            return server
    return None


def is_down(path: str, down: set[str]) -> bool:
    """True when ``--down`` covers this path."""
    return any(path.startswith(p) for name in down for p in DOWN_NAMES.get(name, (name,)))


class FaultMiddleware:
    """Pure ASGI middleware applying :class:`Faults` and counting requests per server."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults
        self.rng = random.Random(faults.seed)
        self.counts: Counter[str] = Counter()
        self._capaciteit: dict[tuple[str, str, float], Capaciteit] = {}
        #: Writes still to land (late commits); kept so they are not garbage collected.
        self._laat: set[asyncio.Task[None]] = set()
        #: The demanded protocollering headers of every BRP request the gateway let through.
        self.brp_protocol: list[dict[str, str]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        server = server_of(path)
        if server is None:
            await self.app(scope, receive, send)
            return
        self.counts[server] += 1
        self.counts["total"] += 1
        f = self.faults
        if is_down(path, f.down):
            await _plain(
                send,
                503,
                {"detail": "Service tijdelijk niet beschikbaar (oefenomgeving: uitgeschakeld)."},
            )
            return
        if server == "brp" and f.brp_protocollering and not await self._gateway(scope, send):
            return
        if f.latency_ms:
            await asyncio.sleep(f.latency_ms / 1000)
        roll = self.rng.random()
        if roll < f.error_rate:
            status = self.rng.choice([500, 502, 503])
            await _plain(send, status, {"detail": f"Gesimuleerde serverfout ({status})."})
            return
        roll -= f.error_rate
        drop = roll < f.drop_rate
        roll -= f.drop_rate
        timeout = 0 <= roll < f.timeout_rate
        roll -= f.timeout_rate
        if 0 <= roll < f.late_rate and scope.get("method") in ("POST", "PUT", "PATCH"):
            await self._laat_vastleggen(scope, receive)
            return
        if f.cost_model in MODELLEN:
            await self._costed(server, scope, receive, send, drop=drop, timeout=timeout)
        elif drop or timeout:
            await self._faulty(scope, receive, send, drop=drop, timeout=timeout)
        else:
            await self.app(scope, receive, send)

    async def _gateway(self, scope: Scope, send: Send) -> bool:
        """The BRP gateway's check: True when every demanded header is there, else a 403."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        gezien = {naam: headers.get(naam, "").strip() for naam in self.faults.brp_protocollering}
        ontbreekt = [naam for naam, waarde in gezien.items() if not waarde]
        if not ontbreekt:
            self.brp_protocol.append(gezien)
            return True
        await _plain(
            send,
            403,
            {
                "type": "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.3",
                "title": "U bent niet geautoriseerd voor deze operatie.",
                "status": 403,
                "detail": f"Verplichte protocolleringsheaders ontbreken: {', '.join(ontbreekt)}.",
                "instance": scope["path"],
                "code": "authorization",
            },
            media_type=b"application/problem+json",
        )
        return False

    async def _costed(
        self, server: str, scope: Scope, receive: Receive, send: Send, *, drop: bool, timeout: bool
    ) -> None:
        f = self.faults
        began = time.perf_counter()
        cost, token = start_costing()
        try:
            messages = await _collect(self.app, scope, receive)
        finally:
            stop_costing(token)
        k = kosten(cost.items)
        # The oefenomgeving's own time counts against the model's.
        spent_ms = (time.perf_counter() - began) * 1000 / f.time_scale
        rest = max(0.0, k.alleen_ms - spent_ms)
        sleutel = (f.cost_model, server, f.time_scale)
        capaciteit = self._capaciteit.get(sleutel)
        if capaciteit is None:
            capaciteit = Capaciteit(MODELLEN[f.cost_model], f.time_scale)
            self._capaciteit[sleutel] = capaciteit
        await capaciteit.werk(
            Kosten(k.server_ms, rest * k.parallel_ms / k.alleen_ms, rest * k.werk_ms / k.alleen_ms)
        )
        timing = f'total;dur={k.server_ms:.1f};desc="oefenomgeving {f.cost_model}"'
        head = messages[0]
        head["headers"] = [*head.get("headers", []), (b"server-timing", timing.encode())]
        await self._deliver(messages, send, drop=drop, timeout=timeout)

    async def _laat_vastleggen(self, scope: Scope, receive: Receive) -> None:
        """Read the request, drop the connection unanswered, do the write ``late_ms`` later."""
        delen: list[bytes] = []
        while True:
            message = await receive()
            delen.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(delen)

        async def opnieuw() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        async def later() -> None:
            await asyncio.sleep(self.faults.late_ms / 1000)
            await _collect(self.app, scope, opnieuw)

        taak = asyncio.ensure_future(later())
        self._laat.add(taak)
        taak.add_done_callback(self._laat.discard)
        raise ConnectionAbortedError("oefenomgeving: antwoord kwijt, het werk komt later")

    async def _faulty(
        self, scope: Scope, receive: Receive, send: Send, *, drop: bool, timeout: bool
    ) -> None:
        messages = await _collect(self.app, scope, receive)
        await self._deliver(messages, send, drop=drop, timeout=timeout)

    async def _deliver(
        self, messages: list[Message], send: Send, *, drop: bool, timeout: bool
    ) -> None:
        if timeout:
            await asyncio.sleep(self.faults.timeout_s)
        if drop:
            # The work is done; the client never hears it: send the head, then vanish.
            await send(messages[0])
            raise ConnectionAbortedError("oefenomgeving: verbinding bewust verbroken")
        for message in messages:
            await send(message)


async def _collect(app: ASGIApp, scope: Scope, receive: Receive) -> list[Message]:
    messages: list[Message] = []

    async def capture(message: Message) -> None:
        messages.append(message)

    await app(scope, receive, capture)
    return messages


async def _plain(
    send: Send, status: int, body: dict[str, Any], *, media_type: bytes = b"application/json"
) -> None:
    data = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", media_type),
                (b"content-length", str(len(data)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})
