"""Qt test fixtures: one session-wide qasync loop, and a window wired to the oefenomgeving.

pytest-qt has no asyncio support: async work is started as tasks on the qasync loop and the
tests wait with ``qtbot.waitUntil`` / ``qtbot.waitSignal`` while Qt's loop runs. The loop is
marked running only during a view test (the services tests use ``asyncio.run``), and tasks left
behind are cancelled after each test. Never ``loop.stop()`` here: it quits the QApplication.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync
from cryptography.fernet import Fernet
from PySide6.QtWidgets import QApplication

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.klantbeeld.composer import KlantbeeldComposer
from klantbeeld.services.klantbeeld.zoeken import Zoeker
from klantbeeld.services.registraties.bezorger import Backoff, Bezorger
from klantbeeld.services.registraties.journaal import Journaal
from klantbeeld.services.registraties.registratie import Medewerker
from klantbeeld.services.verbinding.clients import Verbindingen
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog
from klantbeeld.services.werkplek.settings import ApiNaam
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.models.beeld import BeeldModel
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.sessie import op_het_scherm
from klantbeeld.views.theme import apply_theme
from tests.helpers import verbindingen_voor


@pytest.fixture(scope="session")
def qloop(qapp: QApplication) -> qasync.QEventLoop:
    """The one qasync loop of the test session."""
    apply_theme(qapp)
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    return loop


@pytest.fixture(autouse=True)
def aloop(qloop: qasync.QEventLoop, qtbot: Any) -> Iterator[qasync.QEventLoop]:
    """Make the qasync loop the running loop for this test; cancel leftovers afterwards."""
    asyncio.set_event_loop(qloop)
    asyncio.events._set_running_loop(qloop)
    yield qloop
    leftovers = [t for t in asyncio.all_tasks(qloop) if not t.done()]
    for task in leftovers:
        task.cancel()
    if leftovers:
        qtbot.waitUntil(lambda: all(t.done() for t in leftovers), timeout=5000)
    asyncio.events._set_running_loop(None)


@dataclass
class Werkplek:
    """What a window needs, wired to an oefenomgeving over loopback HTTP."""

    verbindingen: Verbindingen
    composer: KlantbeeldComposer
    zoeker: Zoeker
    model: BeeldModel
    sessie: Sessie


def maak_werkplek(
    server: Any,
    *,
    zonder: Collection[ApiNaam] = (),
    transport: httpx.AsyncBaseTransport | None = None,
    verwerkingslog: Verwerkingslog | None = None,
) -> Werkplek:
    """Clients, composer, zoeker, model and sessie for ``server``.

    ``zonder``: sources that are off (not configured): they get no client, as in the app;
    ``transport``: the clients' HTTP transport; ``verwerkingslog``: the session's.
    """
    v = verbindingen_voor(server, transport=transport)
    for api in zonder:
        del v.clients[api]
    composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
    zoeker = Zoeker(
        brp=composer.brp,
        kvk=composer.kvk,
        zaken=composer.zaken,
        klantinteracties=composer.klantinteracties,
    )
    model = BeeldModel()
    sessie = Sessie(composer, zoeker, model, verwerkingslog=verwerkingslog)
    return Werkplek(v, composer, zoeker, model, op_het_scherm(sessie))


def venster(qtbot: Any, w: Werkplek) -> MainWindow:
    """The main window on ``w``, 1366×768, shown."""
    window = MainWindow(w.model, w.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def sluit_werkplek(werkplek: Werkplek, qtbot: Any) -> None:
    """Cancel the session's tasks, wait for them, and close the clients (as the app quits).

    Not ``beeindig_contact``: its full garbage-collector pass (services.werkplek.geheugen) over
    the whole test process took 0.1–0.3 s per test, and no test checks anything after this.
    """

    async def sluit() -> None:
        await werkplek.sessie.sluit()
        await werkplek.verbindingen.aclose()

    task = asyncio.ensure_future(sluit())
    qtbot.waitUntil(task.done, timeout=5000)


@pytest.fixture
def werkplek(sandbox_server: Any, qtbot: Any) -> Iterator[Werkplek]:
    """A werkplek on the shared oefenomgeving."""
    w = maak_werkplek(sandbox_server)
    yield w
    sluit_werkplek(w, qtbot)


@pytest.fixture
def eigen_werkplek(fresh_sandbox: Any, qtbot: Any) -> Iterator[Werkplek]:
    """A werkplek on an oefenomgeving of its own (for faults and writes)."""
    w = maak_werkplek(fresh_sandbox)
    yield w
    sluit_werkplek(w, qtbot)


@contextlib.contextmanager
def open_registraties(
    w: Werkplek, tmp_path: Path, qtbot: Any, medewerker: Medewerker | None = None
) -> Iterator[Registraties]:
    """Registraties with a journal in ``tmp_path`` delivering to ``w``'s Open Klant; closed after.

    The caller points ``DATA_ENV`` somewhere harmless first (``monkeypatch.setenv``).
    """
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    client = w.composer.klantinteracties
    assert client is not None
    medewerker = medewerker or Medewerker(
        identificatie="testagent@gemeente.example", naam="Test Agent"
    )
    reg = Registraties(journaal, Bezorger(journaal, client, backoff=Backoff(0, 0, 0)), medewerker)
    reg.start()
    try:
        yield reg
    finally:
        task = asyncio.ensure_future(reg.sluit())
        qtbot.waitUntil(task.done, timeout=5000)
