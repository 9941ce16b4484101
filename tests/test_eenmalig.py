"""One app per user: screen-pops from separate processes reach the running app, checked.

The app runs as a user starts it (``python -m klantbeeld --demo``, offscreen, its own
oefenomgeving); each screen-pop is another ``python -m klantbeeld …`` process, as a
telephony platform starts it. What the app opened is asked over the same socket with a
``status`` request that only exists when the app was started with ``KLANTBEELD_SCHERMPOP_STATUS=1``;
it names the klant of every session (the app runs with its default of several sessions, as a
user's app does).
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from klantbeeld.eenmalig import STATUS_ENV, Ontvanger, server_naam, stuur
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.klantbeeld.schermpop import MAX_BYTES
from tests.conftest import ROOT, TEST_VANDAAG
from tests.services.test_schermpop import telefoons

#: Generous limits that only stop a hung process; nothing passes or fails on a time.
START_S = 60
PROCES_S = 30

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket file checks")


@dataclass
class App:
    """The running app, its environment and its socket's name."""

    proc: subprocess.Popen[str]
    env: dict[str, str]
    naam: str

    def klantbeeld(self, *args: str) -> subprocess.CompletedProcess[str]:
        """A second launch, as telephony starts it."""
        return subprocess.run(
            [sys.executable, "-m", "klantbeeld", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=PROCES_S,
        )

    def status(self) -> dict[str, Any]:
        antwoord = stuur({"status": True}, self.naam)
        assert antwoord is not None and antwoord["ok"], antwoord
        return antwoord

    def wacht_op(self, klaar: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """Poll the status until ``klaar``; the app's own limits end a search that hangs."""
        eind = time.monotonic() + START_S
        while True:
            status = self.status()
            if klaar(status) or time.monotonic() > eind:
                return status
            time.sleep(0.1)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """The app, started with a screen-pop while none ran: it handles that one itself."""
    basis = tmp_path_factory.mktemp("eenmalig")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KLANTBEELD_CONFIG_DIR": str(basis / "config"),
        "KLANTBEELD_SITE_CONFIG_DIR": str(basis / "site"),
        "KLANTBEELD_DATA_DIR": str(basis / "data"),
        "KLANTBEELD_OEFEN_DATUM": TEST_VANDAAG.isoformat(),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        STATUS_ENV: "1",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "klantbeeld", "--demo", "--bel", "+31 6 1234 5678"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    draaiend = App(proc, env, server_naam(basis / "data"))
    try:
        eind = time.monotonic() + START_S
        while stuur({"status": True}, draaiend.naam) is None:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < eind, "the app did not start listening"
            time.sleep(0.1)
        yield draaiend
    finally:
        proc.terminate()
        proc.wait(timeout=PROCES_S)


def test_the_first_launch_handles_its_own_screen_pop(app: App) -> None:
    status = app.wacht_op(lambda s: s["klant"] is not None)
    assert status["geopend"] == ["klantbeeld:bel?nummer=0612345678"]
    assert status["klant"] == ["persoon", VOORBEELD_BSN]
    assert status["zoekveld"] == "0612345678"


def test_the_socket_is_only_the_users(app: App) -> None:
    pad = Path(tempfile.gettempdir()) / app.naam
    modus = pad.stat().st_mode
    assert stat.S_ISSOCK(modus)
    assert modus & 0o077 == 0, oct(modus)  # no group or other access
    assert pad.stat().st_uid == os.getuid()


def test_malformed_screen_pops_open_nothing_and_say_why(app: App) -> None:
    voor = app.wacht_op(lambda s: s["klant"] is not None)
    # checked by the second launch itself: it says why and sends nothing
    for args, melding in [
        (("klantbeeld:wis?alles=ja",), "kent de opdracht “wis” niet"),
        (("--bel", "06-1234"), "geen geldig telefoonnummer"),
        (("--bsn", "123456789"), "Dit BSN klopt niet"),
        (("klantbeeld:bel?nummer=0612345678&exec=calc",), "onbekend onderdeel"),
        (("klantbeeld:bel?nummer=" + "0" * 3000,), "te groot"),
    ]:
        result = app.klantbeeld(*args)
        assert result.returncode == 2, result
        assert melding in result.stderr and result.stdout == ""
    # sent straight to the socket by another program: the app checks again and answers
    pad = str(Path(tempfile.gettempdir()) / app.naam)
    script = (
        "import json, socket, sys\n"
        "from klantbeeld.eenmalig import stuur\n"
        "for uri in sys.argv[2:]:\n"
        "    print(json.dumps(stuur({'uri': uri}, sys.argv[1])))\n"
    )
    slecht = ["klantbeeld:wis?x=1", "klantbeeld:bel?nummer=%00", "https://example.nl/"]
    uit = subprocess.run(
        [sys.executable, "-c", script, app.naam, *slecht],
        cwd=ROOT,
        env=app.env,
        capture_output=True,
        text=True,
        timeout=PROCES_S,
        check=True,
    ).stdout.splitlines()
    assert len(uit) == 3 and all('"ok": false' in regel for regel in uit), uit
    assert "kent de opdracht" in uit[0] and "stuurteken" in uit[1] and "geen Klantbeeld" in uit[2]
    # raw bytes: a length over the cap, and a frame that is no JSON
    for data in (
        (MAX_BYTES + 1).to_bytes(4, "big") + b"x" * 10,
        (4).to_bytes(4, "big") + b"\xff{[}",
    ):
        with socket.socket(socket.AF_UNIX) as sok:
            sok.settimeout(PROCES_S)
            sok.connect(pad)
            sok.sendall(data)
            antwoord = sok.recv(4096)
        assert b'"ok": false' in antwoord
    na = app.status()
    assert na["geopend"] == voor["geopend"] and na["klant"] == voor["klant"]
    assert na["sessies"] == voor["sessies"]  # no session opened either
    assert na["wachtend"] is None


def test_three_screen_pops_from_other_processes_open_three_sessions_with_the_right_klant(
    app: App, sandbox_server: Any
) -> None:
    # the same seed as the app's own oefenomgeving (same pinned date): persons with a number
    nummers = telefoons(sandbox_server.sandbox.store)
    bellers = sorted(b for b in nummers if b != VOORBEELD_BSN)[:2]
    assert len(bellers) == 2
    kern = [nummers[b][1:] for b in bellers]
    voor = app.wacht_op(lambda s: s["klant"] is not None)
    assert len(voor["sessies"]) == 1  # the first launch's own pop, in the first session
    # three callers in a row, each launch handing over at once: no waiting for a klantbeeld
    for args in (
        (f"klantbeeld:bel?nummer=%2B31{kern[0]}",),
        ("--bel", f"0031 {kern[1][0]} {kern[1][1:]}"),
        ("klantbeeld:bel?nummer=06-12345678",),
    ):
        result = app.klantbeeld(*args)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "Doorgegeven aan Klantbeeld."
    verwacht = [["persoon", bsn] for bsn in (VOORBEELD_BSN, *bellers, VOORBEELD_BSN)]
    status = app.wacht_op(lambda s: s["sessies"] == verwacht)
    # a session per caller, each with its own klant; the one on screen is the last caller's
    assert status["sessies"] == verwacht
    assert status["klant"] == ["persoon", VOORBEELD_BSN]
    assert len(status["geopend"]) == len(voor["geopend"]) + 3
    assert app.proc.poll() is None  # still the one app


def test_a_stale_socket_of_a_crashed_app_is_replaced(qapp: Any, tmp_path: Path) -> None:
    naam = server_naam(tmp_path)
    pad = Path(tempfile.gettempdir()) / naam
    dood = socket.socket(socket.AF_UNIX)
    dood.bind(str(pad))  # bound, never listening: what a crash leaves behind
    dood.close()
    ontvanger = Ontvanger(naam)
    try:
        assert ontvanger.start()
        assert ontvanger.pad == str(pad)
        assert pad.stat().st_mode & 0o077 == 0
    finally:
        ontvanger.sluit()


def test_a_macos_open_url_event_is_a_screen_pop_too(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtGui import QFileOpenEvent

    ontvanger = Ontvanger(server_naam(tmp_path))
    verzoeken: list[Any] = []
    redenen: list[str] = []
    ontvanger.verzoek.connect(verzoeken.append)
    ontvanger.geweigerd.connect(redenen.append)
    try:
        assert ontvanger.start()
        for url in (
            "klantbeeld:bel?nummer=%2B31612345678",
            "klantbeeld:wis?x=1",
            "file:///tmp/brief.pdf",  # not ours: left to whoever handles files
        ):
            QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl(url)))
    finally:
        ontvanger.sluit()
    assert [v.uri() for v in verzoeken] == ["klantbeeld:bel?nummer=0612345678"]
    assert len(redenen) == 1 and "kent de opdracht “wis” niet" in redenen[0]


def test_a_live_socket_of_another_app_is_left_alone(qapp: Any, tmp_path: Path) -> None:
    naam = server_naam(tmp_path)
    levend = socket.socket(socket.AF_UNIX)
    levend.bind(str(Path(tempfile.gettempdir()) / naam))
    levend.listen(1)  # an app that started at the same moment and answers
    tweede = Ontvanger(naam)
    try:
        assert not tweede.start()
        assert (Path(tempfile.gettempdir()) / naam).exists()
    finally:
        tweede.sluit()
        levend.close()
        (Path(tempfile.gettempdir()) / naam).unlink()
