"""The one task runner of the controllers: latest wins, cancel on close, busy and errors as signals.

Every piece of async work a controller starts runs here under a key ("vragen", "detail", ...).
Starting work under a key cancels what still runs under it (the latest wins); work without a key
runs beside everything else. Busy state is reported per key in ``finally`` (cancellation is not
an error), a :class:`KlantbeeldError` is reported through :attr:`Taken.fout` instead of raised,
and an async generator is consumed inside :func:`contextlib.aclosing`, so leaving it early or
cancelling it closes it on the loop rather than in the garbage collector.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from klantbeeld.services.verbinding.errors import KlantbeeldError

T = TypeVar("T")

#: How long closing waits for cancelled work to end. A cancelled request can hang in the HTTP
#: library's shielded clean-up of its connection (seen with a slow server, rarely): quitting
#: must not hang with it.
SLUIT_WACHT_S = 3.0

log = logging.getLogger(__name__)


class Taken(QObject):
    """Runs a controller's tasks; the controller listens to busy and error per key."""

    #: Work under a key started (True) or ended (False); carries (key, busy).
    bezigGewijzigd = Signal(str, bool)
    #: Work under a key failed; carries (key, the KlantbeeldError naming the source).
    fout = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._per_sleutel: dict[str, asyncio.Task[None]] = {}
        self._los: set[asyncio.Task[None]] = set()
        self._gesloten = False
        # Destroyed with its controller (say, a window closed by its parent): every task is
        # cancelled and nothing is emitted any more. The slot holds no reference to self.
        staat = self._staat = _Staat(self._per_sleutel, self._los)
        self.destroyed.connect(staat.weg)

    def start(
        self,
        sleutel: str | None,
        werk: Awaitable[T],
        klaar: Callable[[T], object] | None = None,
    ) -> asyncio.Task[None] | None:
        """Run ``werk``; with a key, cancel what runs under it first. ``klaar`` gets the result.

        None when nothing runs: the runner is closed, or there is no running loop (a widget
        built outside the app's loop shows no data rather than failing).
        """
        if sleutel is not None:
            self.annuleer(sleutel)
        if self._gesloten or self._staat.vernietigd or not _loop_draait():
            _sluit_ongestart(werk)
            return None
        task = asyncio.ensure_future(self._draai(sleutel, werk, klaar))
        task.add_done_callback(lambda t: self._afgelopen(sleutel, t, werk))
        if sleutel is None:
            self._los.add(task)
        else:
            self._per_sleutel[sleutel] = task
            self.bezigGewijzigd.emit(sleutel, True)
        return task

    def stroom(
        self,
        sleutel: str | None,
        stukken: AsyncGenerator[T, None],
        per_stuk: Callable[[T], object],
    ) -> asyncio.Task[None] | None:
        """Feed every item of ``stukken`` to ``per_stuk``; the iterator is always closed."""
        return self.start(sleutel, _verbruik(stukken, per_stuk))

    def vervolg(self, actie: Callable[[], object]) -> Callable[[], None]:
        """``actie`` as a continuation for someone else to call later (say, once the agent
        confirmed): it does nothing once this runner is closed or destroyed with its owner."""
        staat = self._staat

        def verder() -> None:
            if not staat.vernietigd and not staat.gesloten:
                actie()

        return verder

    def bezig(self, sleutel: str) -> bool:
        """True while work runs under ``sleutel``."""
        task = self._per_sleutel.get(sleutel)
        return task is not None and not task.done()

    def annuleer(self, sleutel: str) -> None:
        """Cancel what runs under ``sleutel``: no longer busy at once, free for new work."""
        task = self._per_sleutel.pop(sleutel, None)
        if task is None:
            return
        task.cancel()
        if not self._staat.vernietigd:
            self.bezigGewijzigd.emit(sleutel, False)

    def annuleer_alles(self) -> None:
        """Cancel every task; the runner stays usable."""
        for sleutel in list(self._per_sleutel):
            self.annuleer(sleutel)
        for task in list(self._los):
            task.cancel()

    async def sluit(self, *, wacht_s: float = SLUIT_WACHT_S) -> None:
        """Cancel every task and wait for them, at most ``wacht_s``; no new work starts
        afterwards. Work that does not end in that time is left behind (and logged)."""
        self._gesloten = self._staat.gesloten = True
        tasks = [*self._per_sleutel.values(), *self._los]
        self.annuleer_alles()
        if not tasks:
            return
        _, blijvers = await asyncio.wait(tasks, timeout=wacht_s)
        if blijvers:
            log.warning(
                "%d taak/taken eindigde(n) niet na annuleren; niet meer gewacht", len(blijvers)
            )

    async def _draai(
        self, sleutel: str | None, werk: Awaitable[T], klaar: Callable[[T], object] | None
    ) -> None:
        try:
            resultaat = await werk
        except KlantbeeldError as e:
            self._einde(sleutel, asyncio.current_task())
            if not self._staat.vernietigd:
                self.fout.emit(sleutel or "", e)
            return
        finally:
            self._einde(sleutel, asyncio.current_task())
        if klaar is not None and not self._staat.vernietigd:
            klaar(resultaat)

    def _einde(self, sleutel: str | None, task: asyncio.Future[None] | None) -> None:
        """Busy ends for a key only when its current task ends (not one it replaced)."""
        if sleutel is None:
            if isinstance(task, asyncio.Task):
                self._los.discard(task)
        elif task is not None and self._per_sleutel.get(sleutel) is task:
            del self._per_sleutel[sleutel]
            if not self._staat.vernietigd:
                self.bezigGewijzigd.emit(sleutel, False)

    def _afgelopen(self, sleutel: str | None, task: asyncio.Task[None], werk: Awaitable[T]) -> None:
        # Cancelled before it ever ran: its finally never ran, and ``werk`` was never awaited.
        _sluit_ongestart(werk)
        self._einde(sleutel, task)
        if not task.cancelled() and (e := task.exception()) is not None:
            loop = task.get_loop()
            loop.call_exception_handler({"message": "Fout in een taak", "exception": e})


class _Staat:
    """What the runner's ``destroyed`` slot needs, without the runner itself."""

    def __init__(self, per_sleutel: dict[str, asyncio.Task[None]], los: set[asyncio.Task[None]]):
        self.per_sleutel = per_sleutel
        self.los = los
        self.vernietigd = False
        self.gesloten = False

    def weg(self) -> None:
        self.vernietigd = True
        for task in [*self.per_sleutel.values(), *self.los]:
            if not task.done():
                task.cancel()


async def _verbruik(stukken: AsyncGenerator[T, None], per_stuk: Callable[[T], object]) -> None:
    async with contextlib.aclosing(stukken) as gen:
        async for stuk in gen:
            per_stuk(stuk)


def _sluit_ongestart(werk: Awaitable[object]) -> None:
    """Close a coroutine that will never be awaited (no "never awaited" warning)."""
    if inspect.iscoroutine(werk) and inspect.getcoroutinestate(werk) == inspect.CORO_CREATED:
        werk.close()


def _loop_draait() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
