"""``klantbeeld --screenshot`` as a user runs it: a separate process against a slow server.

The app runs as ``python -m klantbeeld`` with settings pointing at an oefenomgeving in its own
process (``--latency-ms 150``, as slow as a real server far away); its secrets come from a
keyring backend that reads them from the environment (:mod:`tests.views.sleutelbos`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from klantbeeld.services.verwerkingslog.instelling import PSEUDONIEM_GEHEIM
from klantbeeld.services.werkplek.settings import ApiInstelling, Instellingen, bewaar_instellingen
from tests.conftest import ROOT, TEST_VANDAAG
from tests.views.sleutelbos import GEHEIMEN_ENV

#: How many times the screenshot is made, and how many at once (2 cores, shared).
RUNS = 20
TEGELIJK = 5
#: Per run: the app's own limit, and the test's (generous; it only stops a hung process).
APP_TIMEOUT_S = 40
PROCES_TIMEOUT_S = 90


@dataclass
class TraagServer:
    """An oefenomgeving in a child process, and the settings and secrets to reach it."""

    proc: subprocess.Popen[str]
    config_dir: Path
    geheimen: dict[str, str]


@pytest.fixture(scope="module")
def traag_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TraagServer]:
    """``python -m klantbeeld.sandbox --port 0 --json --latency-ms 150``, once per module."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "klantbeeld.sandbox",
            *("--port", "0", "--json", "--memory", "--latency-ms", "150"),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "KLANTBEELD_OEFEN_DATUM": TEST_VANDAAG.isoformat()},
    )
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        profiel = "traag"
        apis: dict[str, Any] = info["apis"]
        instellingen = Instellingen.model_validate(
            {
                "profiel": profiel,
                # Who looks: the verwerkingslog records nothing (so shows nothing) without one.
                "medewerker_id": "test.agent@gemeente.example",
                "apis": {
                    naam: ApiInstelling(
                        base_url=api["base_url"], auth=api["auth"], client_id=api["client_id"]
                    )
                    for naam, api in apis.items()
                },
            }
        )
        config_dir = tmp_path_factory.mktemp("traag-config")
        bewaar_instellingen(instellingen, config_dir / "settings.json")
        geheimen = {f"{profiel}:{naam}": api["secret"] for naam, api in apis.items()}
        # A real profile shows personal data only with the verwerkingslog's pseudonym key.
        geheimen[f"{profiel}:{PSEUDONIEM_GEHEIM}"] = "test-pseudoniemsleutel"
        yield TraagServer(proc, config_dir, geheimen)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def maak_screenshot(
    server: TraagServer, uit: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    """One ``python -m klantbeeld --screenshot`` run; its own data folder (a cold cache)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KLANTBEELD_CONFIG_DIR": str(server.config_dir),
        "KLANTBEELD_DATA_DIR": str(uit.parent / f"{uit.stem}-data"),
        "PYTHON_KEYRING_BACKEND": "tests.views.sleutelbos.OmgevingsSleutelbos",
        GEHEIMEN_ENV: json.dumps(server.geheimen),
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "klantbeeld",
            *("--screenshot", str(uit), "--size", "1366x768"),
            *("--timeout", str(APP_TIMEOUT_S)),
            *extra,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=PROCES_TIMEOUT_S,
    )


@pytest.mark.slow
def test_screenshot_always_exits_against_a_slow_server(
    traag_server: TraagServer, tmp_path: Path
) -> None:
    """20 runs (five at a time, as on a busy machine): each saves its PNG and exits 0."""

    def run(n: int) -> tuple[Path, int | str, str]:
        uit = tmp_path / f"shot-{n}.png"
        extra = ("--bsn", "999993653") + (("--zaak", "ZAAK-2026-0000000001") if n % 2 else ())
        try:
            result = maak_screenshot(traag_server, uit, *extra)
        except subprocess.TimeoutExpired as e:
            return uit, "hing", str(e.stderr or "")[-2000:]
        return uit, result.returncode, result.stderr

    with ThreadPoolExecutor(TEGELIJK) as pool:
        resultaten = list(pool.map(run, range(RUNS)))
    for uit, code, stderr in resultaten:
        assert code == 0, f"{uit.name}: {code}\n{stderr[-2000:]}"
        assert "Cannot enter into task" not in stderr
        assert uit.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_not_complete_in_time_says_why(
    traag_server: TraagServer, tmp_path: Path
) -> None:
    """Too short a --timeout for a slow server: no PNG, exit 3, the reason in Dutch."""
    uit = tmp_path / "te-kort.png"
    result = maak_screenshot(traag_server, uit, "--bsn", "999993653", "--timeout", "0.2")
    assert result.returncode == 3, result.stderr[-6000:]
    assert "Screenshot niet gemaakt: het klantbeeld was na" in result.stderr
    assert "nog niet compleet" in result.stderr
    assert not uit.exists()


def test_watchdog_ends_a_stuck_process_with_a_reason() -> None:
    """Whatever hangs, the watchdog ends the process: exit 7 and the reason on stderr."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time\n"
            "from klantbeeld.views.screenshot import start_waakhond\n"
            "start_waakhond(0.5)\n"
            "time.sleep(60)\n",
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=PROCES_TIMEOUT_S,
    )
    assert result.returncode == 7
    assert "Screenshot afgebroken: Klantbeeld was na" in result.stderr
    assert "nog niet klaar" in result.stderr


def test_screenshot_of_what_the_citizen_sees(traag_server: TraagServer, tmp_path: Path) -> None:
    """``--view inwoner``: the citizen's view (F11) once it shows its value, or why not."""
    uit = tmp_path / "inwoner.png"
    result = maak_screenshot(traag_server, uit, "--bsn", "999993653", "--view", "inwoner")
    assert result.returncode == 0, result.stderr[-2000:]
    assert uit.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    zonder = maak_screenshot(traag_server, tmp_path / "leeg.png", "--view", "inwoner")
    assert zonder.returncode == 3
    assert "geen klantbeeld om aan de inwoner te tonen" in zonder.stderr
