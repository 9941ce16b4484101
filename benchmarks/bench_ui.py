"""The window under load: Enter to every panel painted, event-loop stalls, peak RSS, cold start.

Runs offscreen against the oefenomgeving in a separate process at 50 ms latency per request,
for the heavy person. Prints figures and, last, one JSON object with all of them.
- enter_to_painted_s: from the Enter key in the search field to every panel loaded and painted;
- max_stall_load_ms: the longest gap in a 5 ms heartbeat timer during that load, minus 5 ms;
- max_stall_scroll_ms: the same while scrolling the whole timeline, top to bottom;
- max_stall_scroll_10k_ms: the same for a 10,000-entry timeline;
- peak_rss_mb: the process's peak resident memory;
- cold_start_s: ``python -m klantbeeld --demo`` from spawn to window shown (median of 3).
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LATENCY_MS = 50.0
HEARTBEAT_MS = 5


def cold_start() -> float:
    """Median wall time from spawning the app to its window shown."""
    # As an installed app starts: with its bytecode compiled (this machine sets
    # PYTHONDONTWRITEBYTECODE, so without this every start would compile ~90 modules).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "klantbeeld"], check=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    opdracht = [sys.executable, "-m", "klantbeeld", "--demo"]
    return statistics.median(venster_tijd(opdracht, env) for _ in range(3))


def venster_tijd(opdracht: list[str], env: dict[str, str], cwd: str | None = None) -> float:
    """Seconds from spawning ``opdracht`` (Klantbeeld) until it says its window is shown."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        opdracht,
        env={**env, "KLANTBEELD_MEET_START": "1"},
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if "venster-getoond" in line:
            duur = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{opdracht[0]} showed no window (exit code {proc.wait()})")
    proc.wait(timeout=30)
    return duur


class Hartslag:
    """A 5 ms timer; the longest gap between ticks shows how long the event loop stalled."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tik)
        self.vorige = 0.0
        self.max_gat = 0.0

    def start(self) -> None:
        """Begin measuring."""
        self.vorige = time.perf_counter()
        self.max_gat = 0.0
        self.timer.start()

    def stop(self) -> float:
        """Stop; the longest stall in ms."""
        self.timer.stop()
        self._tik()
        return max(0.0, self.max_gat * 1000 - HEARTBEAT_MS)

    def _tik(self) -> None:
        nu = time.perf_counter()
        self.max_gat = max(self.max_gat, nu - self.vorige)
        self.vorige = nu


async def scroll_helemaal(view: Any, app: Any) -> None:
    """Scroll a view from top to bottom, one page at a time, letting it paint each step."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + max(1, bar.pageStep()))
        view.viewport().repaint()
        await asyncio.sleep(0)


async def meet(window: Any, model: Any, sessie: Any, app: Any) -> dict[str, Any]:
    """Search the heavy person by keyboard, wait for every panel, then scroll the timeline."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from klantbeeld.sandbox.seed.plan import ZWAAR_BSN

    hart = Hartslag()
    figures: dict[str, Any] = {}
    veld = window.zoekbalk.veld
    veld.setText(ZWAAR_BSN)
    hart.start()
    start = time.perf_counter()
    QTest.keyClick(veld, Qt.Key.Key_Return)
    while not model.is_klaar():
        await asyncio.sleep(0.001)
    window.repaint()
    figures["enter_to_painted_s"] = round(time.perf_counter() - start, 3)
    await asyncio.sleep(0.05)
    figures["max_stall_load_ms"] = round(hart.stop(), 1)
    figures["fouten"] = [f"{k.value}: {v}" for k, v in (model.beeld.fouten or {}).items()]

    window.tabs.setCurrentWidget(window.tijdlijn)
    view = getattr(window.tijdlijn, "view", None)
    if view is not None:
        hart.start()
        await scroll_helemaal(view, app)
        figures["max_stall_scroll_ms"] = round(hart.stop(), 1)
        figures["timeline_rows"] = view.model().rowCount()
        figures.update(await scroll_10k(window, app, hart))
    return figures


async def scroll_10k(window: Any, app: Any, hart: Hartslag) -> dict[str, Any]:
    """Fill the timeline with 10,000 synthetic entries and scroll it all."""
    vul = getattr(window.tijdlijn, "vul_synthetisch", None)
    if vul is None:
        return {}
    vul(10_000)
    view = window.tijdlijn.view
    await asyncio.sleep(0.05)
    hart.start()
    await scroll_helemaal(view, app)
    return {
        "max_stall_scroll_10k_ms": round(hart.stop(), 1),
        "timeline_10k_rows": view.model().rowCount(),
    }


def main() -> int:
    """Run and print figures; the last line is JSON."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from benchmarks.sandbox_proc import SandboxProcess
    from klantbeeld.app import Omgeving, warm_op
    from klantbeeld.controllers.sessie import Sessie
    from klantbeeld.services.werkplek.settings import Instellingen
    from klantbeeld.views.main_window import MainWindow
    from klantbeeld.views.models.beeld import BeeldModel
    from klantbeeld.views.sessie import op_het_scherm
    from klantbeeld.views.theme import apply_theme

    figures: dict[str, Any] = {"cold_start_s": round(cold_start(), 3)}
    sandbox = SandboxProcess("--latency-ms", str(LATENCY_MS))
    sandbox.wacht_tot_klaar()
    try:
        app = QApplication([sys.argv[0]])
        apply_theme(app)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        omgeving = Omgeving.voor_endpoints(
            Instellingen(), sandbox.endpoints(), naam="bench", oefenomgeving=True
        )
        model = BeeldModel()
        sessie = op_het_scherm(Sessie(omgeving.composer, omgeving.zoeker, model))
        window = MainWindow(model, sessie, oefenomgeving=True)
        window.resize(1366, 768)
        window.show()
        gc.freeze()  # as klantbeeld.app.main does once the window is shown
        warm_op()  # ... and this, just after
        with loop:
            figures.update(loop.run_until_complete(meet(window, model, sessie, app)))
            loop.run_until_complete(sessie.sluit())
            loop.run_until_complete(omgeving.sluit())
        window.close()
    finally:
        sandbox.stop()
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    def doel(naam: str, waarde: float | None, grens: float, eenheid: str) -> str:
        if waarde is None:
            return f"  {naam}: niet gemeten"
        return (
            f"  {naam}: {waarde}{eenheid} (doel ≤ {grens}{eenheid}, {waarde / grens:.2f}× van doel)"
        )

    print("== venster (zwaar persoon, 50 ms latency, offscreen)")
    print(f"  Enter tot alle panelen getekend: {figures['enter_to_painted_s']} s")
    print(doel("langste haperen tijdens laden", figures.get("max_stall_load_ms"), 50, " ms"))
    print(
        doel("langste haperen bij scrollen tijdlijn", figures.get("max_stall_scroll_ms"), 50, " ms")
    )
    print(
        doel(
            "langste haperen bij scrollen 10.000 regels",
            figures.get("max_stall_scroll_10k_ms"),
            50,
            " ms",
        )
    )
    print(doel("piekgeheugen (RSS)", figures["peak_rss_mb"], 300, " MB"))
    print(doel("koude start tot venster", figures["cold_start_s"], 1.5, " s"))
    for fout in figures.get("fouten", []):
        print(f"  FOUT {fout}")
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
