"""The task runner: latest wins, busy and errors per key, cancel on close, generators closed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Any

import pytest

from klantbeeld.controllers.taken import Taken
from klantbeeld.services.verbinding.errors import ApiError, ApiVerbindingsfout


async def _wacht(poort: asyncio.Event, waarde: str) -> str:
    await poort.wait()
    return waarde


def test_latest_wins(qtbot: Any) -> None:
    taken = Taken()
    poort = asyncio.Event()
    uitkomsten: list[str] = []
    eerste = taken.start("vragen", _wacht(poort, "oud"), uitkomsten.append)
    tweede = taken.start("vragen", _wacht(poort, "nieuw"), uitkomsten.append)
    assert eerste is not None and tweede is not None
    assert taken.bezig("vragen")
    qtbot.waitUntil(eerste.done)
    assert eerste.cancelled()
    assert taken.bezig("vragen")
    poort.set()
    qtbot.waitUntil(tweede.done)
    assert uitkomsten == ["nieuw"]
    assert not taken.bezig("vragen")


def test_other_keys_run_beside(qtbot: Any) -> None:
    taken = Taken()
    poort = asyncio.Event()
    uitkomsten: list[str] = []
    a = taken.start("a", _wacht(poort, "a"), uitkomsten.append)
    b = taken.start("b", _wacht(poort, "b"), uitkomsten.append)
    poort.set()
    qtbot.waitUntil(lambda: a is not None and b is not None and a.done() and b.done())
    assert sorted(uitkomsten) == ["a", "b"]


def test_busy_once_per_key_even_when_replaced(qtbot: Any) -> None:
    taken = Taken()
    poort = asyncio.Event()
    meldingen: list[tuple[str, bool]] = []
    taken.bezigGewijzigd.connect(lambda k, b: meldingen.append((k, b)))
    taken.start("vragen", _wacht(poort, "oud"))
    laatste = taken.start("vragen", _wacht(poort, "nieuw"))
    poort.set()
    assert laatste is not None
    qtbot.waitUntil(laatste.done)
    qtbot.wait(10)
    # Replaced: not busy at once, then busy with the new one; its late end says nothing.
    assert meldingen == [("vragen", True), ("vragen", False), ("vragen", True), ("vragen", False)]


async def _faalt() -> str:
    await asyncio.sleep(0)
    raise ApiVerbindingsfout("Klantinteracties", "geen antwoord")


def test_error_reported_with_source_and_busy_reset(qtbot: Any) -> None:
    taken = Taken()
    klaar: list[str] = []
    with qtbot.waitSignal(taken.fout, timeout=2000) as fout:
        taken.start("vragen", _faalt(), klaar.append)
    sleutel, fout_obj = fout.args
    assert sleutel == "vragen"
    assert isinstance(fout_obj, ApiVerbindingsfout)
    assert fout_obj.bron == "Klantinteracties"
    assert klaar == []
    assert not taken.bezig("vragen")


def test_close_cancels_everything_and_refuses_new_work(qtbot: Any) -> None:
    taken = Taken()
    poort = asyncio.Event()
    a = taken.start("a", _wacht(poort, "a"))
    los = taken.start(None, _wacht(poort, "los"))
    sluiten = asyncio.ensure_future(taken.sluit())
    qtbot.waitUntil(sluiten.done)
    assert a is not None and a.cancelled()
    assert los is not None and los.cancelled()
    werk = _wacht(poort, "te laat")
    assert taken.start("a", werk) is None
    assert werk.cr_frame is None  # closed, never left to warn "never awaited"


def test_generator_closed_when_cancelled_midway(qtbot: Any) -> None:
    taken = Taken()
    gesloten: list[bool] = []
    poort = asyncio.Event()

    async def stukken() -> AsyncGenerator[int, None]:
        try:
            yield 1
            await poort.wait()
            yield 2
        finally:
            await asyncio.sleep(0)  # clean-up that awaits: only possible on the loop
            gesloten.append(True)

    ontvangen: list[int] = []
    task = taken.stroom("beeld", stukken(), ontvangen.append)
    qtbot.waitUntil(lambda: ontvangen == [1])
    taken.annuleer("beeld")
    assert task is not None
    qtbot.waitUntil(task.done)
    assert gesloten == [True]
    assert ontvangen == [1]


def test_generator_closed_when_consumer_fails(qtbot: Any) -> None:
    taken = Taken()
    gesloten: list[bool] = []

    async def stukken() -> AsyncGenerator[int, None]:
        try:
            yield 1
            yield 2
        finally:
            gesloten.append(True)

    def per_stuk(n: int) -> None:
        raise ApiError("Open Zaak", "kapot stuk")

    with qtbot.waitSignal(taken.fout, timeout=2000):
        taken.stroom("beeld", stukken(), per_stuk)
    assert gesloten == [True]


def test_without_running_loop_nothing_starts() -> None:
    asyncio.events._set_running_loop(None)
    taken = Taken()
    werk = _wacht(asyncio.Event(), "x")
    assert taken.start("a", werk) is None
    assert werk.cr_frame is None


def test_unexpected_error_goes_to_the_loop(qtbot: Any, aloop: Any) -> None:
    gezien: list[BaseException] = []
    oud = aloop.get_exception_handler()
    aloop.set_exception_handler(lambda _l, ctx: gezien.append(ctx["exception"]))
    try:

        async def stuk() -> None:
            raise ValueError("bug")

        task = Taken().start("a", stuk())
        assert task is not None
        qtbot.waitUntil(lambda: len(gezien) == 1)
    finally:
        aloop.set_exception_handler(oud)
    assert isinstance(gezien[0], ValueError)


@pytest.mark.parametrize("sleutel", ["a", None])
def test_cancelled_before_start_leaves_no_busy(qtbot: Any, sleutel: str | None) -> None:
    taken = Taken()
    meldingen: list[tuple[str, bool]] = []
    taken.bezigGewijzigd.connect(lambda k, b: meldingen.append((k, b)))
    task = taken.start(sleutel, _wacht(asyncio.Event(), "x"))
    assert task is not None
    taken.annuleer_alles()
    if sleutel:
        assert not taken.bezig(sleutel)  # at once, not when the task gets round to ending
    qtbot.waitUntil(task.done)
    qtbot.wait(10)
    if sleutel:
        assert meldingen == [(sleutel, True), (sleutel, False)]
        assert not taken.bezig(sleutel)
    else:
        assert meldingen == []


def test_destroyed_with_its_owner_cancels_and_stays_silent(qtbot: Any) -> None:
    from PySide6.QtCore import QObject

    eigenaar = QObject()
    taken = Taken(eigenaar)
    poort = asyncio.Event()
    klaar: list[str] = []
    task = taken.start("a", _wacht(poort, "te laat"), klaar.append)
    assert task is not None
    qtbot.wait(1)
    eigenaar.deleteLater()
    qtbot.waitUntil(task.done)
    # Not an error out of an emit on a deleted object: cancelled, and the result never used.
    assert task.cancelled() and klaar == []


def test_close_does_not_hang_on_work_that_ignores_its_cancellation(qtbot: Any) -> None:
    """A cancelled request stuck in a shielded clean-up must not keep the app from quitting."""
    taken = Taken()
    nooit = asyncio.Event()

    async def koppig() -> None:
        try:
            await nooit.wait()
        except asyncio.CancelledError:
            await nooit.wait()  # swallows the cancellation and waits on

    taak = taken.start("koppig", koppig())
    gewoon = taken.start("gewoon", _wacht(asyncio.Event(), "gewoon"))
    sluiten = asyncio.ensure_future(taken.sluit(wacht_s=0.2))
    qtbot.waitUntil(sluiten.done, timeout=3000)
    assert gewoon is not None and gewoon.cancelled()
    assert taak is not None and not taak.done()
    taak.cancel()  # the test's own tidy-up: let the stubborn one go
    nooit.set()
