"""Server models of the oefenomgeving: what a request costs and how a server shares its capacity.

Calibrated on the recorded Open Zaak 1.30 / Open Klant 2.18 (``shared/recorded/README.md``,
"What the real servers cost"). A request has two parts:

- a **parallel** part that does not use the server's capacity: the wall floor (55 ms) and the
  server's own waiting (SQL, the ~12 % of its elapsed time that is not CPU in the recorded
  ``Server-Timing`` headers);
- **work** that does: the CPU share of the server time, times :data:`ONGETIMED_FACTOR`, plus
  :data:`ONGETIMED_MS` (what the debug toolbar does not time: whole requests took longer).

Server time is the table per request, per row and per expanded item (``REAL_COST_MS``), shaped
per page: a page of ``s`` items costs ``A + s + s²/S`` item-units (a fixed part per page — the
count and one prefetch per expand — and a part growing faster than the page), normalised so the
table holds at the page size it was measured at (:data:`GEMETEN_PAGINA`). Fitted to the
page-size run (klantcontacten in pages of 25: 14.4 s, 100: 8.0 s, 250: 8.6 s).

A server shares ``werkers`` CPUs between the requests in it (one process: one, as the GIL
shares it): while their CPU shares add up to more, all slow down alike; beyond ``drukte``
requests every doubling makes them ``verdringing`` slower still (32 identical GETs: 7.4 s at 1 in
flight, 4.8 s at 2 and 4, 5.3 s at 8, 5.9 s at 16; the model gives the same ratios, see the
tests).
:class:`Verwerker` is that as a pure, clock-free calculation; :class:`Capaciteit` runs it on
the event loop; :func:`simuleer` on a virtual clock.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Mapping
from dataclasses import dataclass

from klantbeeld.sandbox.common import REAL_COST_MS, REAL_FLOOR_MS

#: Share of the server's elapsed time that is CPU, i.e. serialised in one process (recorded
#: ``Server-Timing``: total CPU time / elapsed time, 0.83–0.92 over the recorded reads).
CPU_AANDEEL = 0.88
#: Work per request outside the toolbar's timer (routing, auth, rendering the response) ...
ONGETIMED_MS = 10.0
#: ... and in proportion to the timed work: whole requests took this much longer than the
#: toolbar's elapsed time plus the floor (32 detail GETs: 231 ms each against 120 + 55).
ONGETIMED_FACTOR = 1.15
#: Page shape ``A + s + s²/S`` (in item-units): the fixed part per page ...
PAGINA_VAST = 71.0
#: ... and the page size at which the quadratic part equals the linear one.
PAGINA_KWADRAAT = 183.0
#: The page size each list's per-item cost in ``REAL_COST_MS`` was measured at.
GEMETEN_PAGINA: dict[str, int] = {"zaken": 40, "klantcontacten": 200}
GEMETEN_PAGINA_STANDAARD = 100


@dataclass(frozen=True)
class ServerModel:
    """How one server shares its capacity between the requests in it."""

    naam: str
    #: CPUs the server's requests share (worker processes, each with its own GIL).
    werkers: int
    #: Requests in the server beyond which it slows down (contention) ...
    drukte: int
    #: ... by this share of extra work per doubling.
    verdringing: float

    def tempo(self, n: int) -> float:
        """Speed of every request (1 = full) from contention when ``n`` are in the server."""
        if n <= 0:
            return 1.0
        vertraging = 1.0 + self.verdringing * max(0.0, math.log2(n / self.drukte))
        return 1.0 / vertraging


#: ``--cost-model real``: one process per server (as recorded: a development server).
EEN_PROCES = ServerModel("real", werkers=1, drukte=5, verdringing=0.14)
#: ``--cost-model productie``: uwsgi with four worker processes (of four threads each).
PRODUCTIE = ServerModel("productie", werkers=4, drukte=16, verdringing=0.14)
MODELLEN: dict[str, ServerModel] = {m.naam: m for m in (EEN_PROCES, PRODUCTIE)}


@dataclass(frozen=True)
class Kosten:
    """What one request costs in the model (ms)."""

    server_ms: float  # what the debug toolbar's Server-Timing "elapsed" would say
    parallel_ms: float  # wall time that does not use the server's capacity
    werk_ms: float  # work that does

    @classmethod
    def van_server_ms(cls, ms: float) -> Kosten:
        """The request whose server time is ``ms``."""
        return cls(
            server_ms=ms,
            parallel_ms=REAL_FLOOR_MS + (1 - CPU_AANDEEL) * ms,
            werk_ms=ONGETIMED_MS + CPU_AANDEEL * ms * ONGETIMED_FACTOR,
        )

    @property
    def alleen_ms(self) -> float:
        """Wall time with nothing else in flight."""
        return self.parallel_ms + self.werk_ms


def pagina_vorm(s: float, gemeten: int) -> float:
    """Cost per item on a page of ``s`` items, relative to a page of ``gemeten`` items."""

    def per_item(n: float) -> float:
        return (PAGINA_VAST + n + n * n / PAGINA_KWADRAAT) / n

    return per_item(s) / per_item(gemeten) if s > 0 else 1.0


def server_ms(items: Mapping[str, float]) -> float:
    """Server time of a request that charged ``items`` (kind -> units), pages shaped."""
    totaal = 0.0
    per_lijst: dict[str, float] = {}
    for kind, n in items.items():
        ms = REAL_COST_MS.get(kind, 0.0) * n
        lijst = kind.split(".", 1)[0]
        if f"{lijst}.row" in items:
            per_lijst[lijst] = per_lijst.get(lijst, 0.0) + ms
        else:
            totaal += ms
    for lijst, ms in per_lijst.items():
        gemeten = GEMETEN_PAGINA.get(lijst, GEMETEN_PAGINA_STANDAARD)
        totaal += ms * pagina_vorm(items[f"{lijst}.row"], gemeten)
    return totaal


def kosten(items: Mapping[str, float]) -> Kosten:
    """Split a request's cost into its parallel part and its work."""
    return Kosten.van_server_ms(server_ms(items))


class Verwerker:
    """A server's shared capacity by a :class:`ServerModel`, on a clock the caller passes in (ms).

    Each request in the server needs its standalone time (:attr:`Kosten.alleen_ms`), of which
    the share ``werk / alleen`` is CPU. The requests progress at one common rate: full speed
    while their CPU shares add up to at most ``werkers``, else slowed so that they do (the
    GIL's time slices, shared alike), and slower still past ``drukte`` requests. So a small
    request is never stuck behind a big one, and two identical requests overlap only their
    waiting: 32 identical GETs take 0.65 of the time at two in flight, as recorded.
    """

    def __init__(self, model: ServerModel) -> None:
        self.model = model
        self.rest: dict[int, float] = {}  # remaining standalone ms per request
        self.cpu: dict[int, float] = {}  # CPU share per request
        self._nu = 0.0

    def voeg_toe(self, sleutel: int, kosten: Kosten, nu: float) -> list[int]:
        """A request enters the server at ``nu``; returns the requests that finished by then."""
        klaar = self.bij(nu)
        self.rest[sleutel] = max(0.0, kosten.alleen_ms)
        self.cpu[sleutel] = kosten.werk_ms / kosten.alleen_ms if kosten.alleen_ms > 0 else 0.0
        return klaar + self.bij(nu)

    def verwijder(self, sleutel: int, nu: float) -> list[int]:
        """A request leaves early (its client went away)."""
        klaar = self.bij(nu)
        self.rest.pop(sleutel, None)
        self.cpu.pop(sleutel, None)
        return klaar

    def tempo(self) -> float:
        """Standalone ms each request in the server progresses per ms of wall time."""
        vraag = sum(self.cpu.values())
        vol = 1.0 if vraag <= self.model.werkers else self.model.werkers / vraag
        return vol * self.model.tempo(len(self.rest))

    def bij(self, nu: float) -> list[int]:
        """Advance to ``nu``; returns (and forgets) the requests done by then."""
        klaar: list[int] = []
        while self.rest:
            tempo = self.tempo()
            kleinste = min(self.rest.values())
            if self._nu + kleinste / tempo > nu + 1e-9:
                gedaan = max(0.0, nu - self._nu) * tempo
                for sleutel in self.rest:
                    self.rest[sleutel] -= gedaan
                break
            self._nu += kleinste / tempo
            for sleutel in list(self.rest):
                self.rest[sleutel] -= kleinste
                if self.rest[sleutel] <= 1e-9:
                    del self.rest[sleutel]
                    del self.cpu[sleutel]
                    klaar.append(sleutel)
        self._nu = max(self._nu, nu)
        return klaar

    def volgende(self) -> float | None:
        """When the next request finishes if nothing else arrives, or None when idle."""
        if not self.rest:
            return None
        return self._nu + min(self.rest.values()) / self.tempo()


class Capaciteit:
    """One server's :class:`Verwerker` on the running event loop (``tijdschaal`` < 1 speeds up)."""

    def __init__(self, model: ServerModel, tijdschaal: float = 1.0) -> None:
        self.verwerker = Verwerker(model)
        self.tijdschaal = tijdschaal
        self._wachtend: dict[int, asyncio.Future[None]] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._volgnummer = 0

    def _nu(self) -> float:
        return asyncio.get_running_loop().time() * 1000 / self.tijdschaal

    async def werk(self, kosten: Kosten) -> None:
        """Wait until this server has served a request of these ``kosten``."""
        self._volgnummer += 1
        sleutel = self._volgnummer
        klaar: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._wachtend[sleutel] = klaar
        try:
            self._meld(self.verwerker.voeg_toe(sleutel, kosten, self._nu()))
            await klaar
        finally:
            if self._wachtend.pop(sleutel, None) is not None:
                self._meld(self.verwerker.verwijder(sleutel, self._nu()))

    def _meld(self, klaar: list[int]) -> None:
        for sleutel in klaar:
            future = self._wachtend.pop(sleutel, None)
            if future is not None and not future.done():
                future.set_result(None)
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        volgende = self.verwerker.volgende()
        if volgende is not None:
            wacht = max(0.0, volgende - self._nu()) * self.tijdschaal / 1000
            self._timer = asyncio.get_running_loop().call_later(wacht, self._tik)

    def _tik(self) -> None:
        self._timer = None
        self._meld(self.verwerker.bij(self._nu()))


def simuleer(model: ServerModel, verzoeken: list[Kosten], gelijktijdig: int) -> float:
    """Wall ms for ``verzoeken`` to one server, at most ``gelijktijdig`` in flight.

    The next request is sent as soon as one is answered. The same :class:`Verwerker` the
    oefenomgeving runs, on a virtual clock.
    """
    verwerker = Verwerker(model)
    wachtrij = list(enumerate(verzoeken))
    nu = 0.0
    bezig = 0

    def stuur() -> None:
        nonlocal bezig
        while wachtrij and bezig < gelijktijdig:
            i, k = wachtrij.pop(0)
            bezig += 1
            bezig -= len(verwerker.voeg_toe(i, k, nu))

    stuur()
    while bezig:
        volgende = verwerker.volgende()
        assert volgende is not None
        nu = volgende
        bezig -= len(verwerker.bij(nu))
        stuur()
    return nu
