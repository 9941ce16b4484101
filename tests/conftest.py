"""Shared fixtures: an oefenomgeving on loopback, isolated settings, an in-memory keyring."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Awaitable, Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import keyring
import pytest
from keyring.backend import KeyringBackend

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KLANTBEELD_SHARED", ROOT.parent / "shared"))
SPECS = SHARED / "specs"
RECORDED = SHARED / "recorded"
#: The oefenomgeving's "today" in tests, so dates and counts are reproducible.
TEST_VANDAAG = date(2026, 12, 1)

T = TypeVar("T")


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the tests end."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.values:
            raise keyring.errors.PasswordDeleteError(username)
        del self.values[(service, username)]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "needs_shared: reads ../shared (official specs, recorded real exchanges)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Modules with a test marked ``slow`` first; without ../shared, its tests skip.

    ``make test`` runs two xdist workers that take whole modules in this order: a long module
    started last would keep one worker busy while the other has nothing left to do.
    """
    traag = {item.nodeid.split("::")[0] for item in items if "slow" in item.keywords}
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in traag)  # stable
    if SPECS.exists() and RECORDED.exists():
        return
    skip = pytest.mark.skip(reason=f"{SHARED} is not present (official specs and recordings)")
    for item in items:
        if "needs_shared" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say in the summary how many tests skipped for want of ../shared, and the line to run them."""
    overgeslagen = [
        r
        for r in terminalreporter.stats.get("skipped", [])
        if "shared" in str(getattr(r, "longrepr", "")) and "not present" in str(r.longrepr)
    ]
    if not overgeslagen:
        return
    terminalreporter.write_sep("-", f"{len(overgeslagen)} tests need ../shared and were skipped")
    terminalreporter.write_line(
        f"{SHARED} is not there (the official specs and the recorded real servers). To run them:"
    )
    terminalreporter.write_line("    KLANTBEELD_SHARED=/path/to/shared make test")


@pytest.fixture(scope="session", autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    base = tmp_path_factory.mktemp("klantbeeld-home")
    os.environ["KLANTBEELD_CONFIG_DIR"] = str(base / "config")
    os.environ["KLANTBEELD_SITE_CONFIG_DIR"] = str(base / "site-config")
    os.environ["KLANTBEELD_DATA_DIR"] = str(base / "data")
    os.environ["KLANTBEELD_OEFEN_DATUM"] = TEST_VANDAAG.isoformat()
    keyring.set_keyring(MemoryKeyring())
    yield


@pytest.fixture(scope="session")
def sandbox_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One oefenomgeving over real HTTP on 127.0.0.1 for the whole session."""
    from klantbeeld.sandbox.app import Sandbox
    from klantbeeld.sandbox.server import SandboxServer

    db = tmp_path_factory.mktemp("oefen") / "oefen.sqlite3"
    server = SandboxServer(Sandbox(db_path=db, vandaag=TEST_VANDAAG)).start()
    yield server
    server.stop()


#: Oefenomgevingen of finished tests that are still shutting down (see :func:`fresh_sandbox`).
_STOPPEND: list[threading.Thread] = []


@pytest.fixture(scope="session", autouse=True)
def _gestopte_oefenomgevingen() -> Iterator[None]:
    """At the end of the session every oefenomgeving has stopped and closed its store."""
    yield
    for thread in _STOPPEND:
        thread.join(timeout=15)


@pytest.fixture
def fresh_sandbox(tmp_path: Path) -> Iterator[Any]:
    """An oefenomgeving of its own, for tests that write or inject faults.

    It stops after the test in a thread of its own: uvicorn's shutdown waits out ticks of
    0.1 s (~0.3 s in all), which no test needs to wait for; its port and database are its own.
    """
    from klantbeeld.sandbox.app import Sandbox
    from klantbeeld.sandbox.server import SandboxServer

    server = SandboxServer(
        Sandbox(db_path=tmp_path / "oefen.sqlite3", vandaag=TEST_VANDAAG)
    ).start()
    yield server
    stopper = threading.Thread(target=server.stop, name="oefenomgeving-stop", daemon=True)
    stopper.start()
    _STOPPEND.append(stopper)


def run(factory: Callable[[], Awaitable[T]]) -> T:
    """Run one coroutine to completion in a fresh event loop (services tests need no Qt)."""

    async def main() -> T:
        return await factory()

    return asyncio.run(main())


@pytest.fixture
def runner() -> Callable[[Callable[[], Awaitable[Any]]], Any]:
    """``runner(lambda: coro())`` runs it in a fresh loop."""
    return run
