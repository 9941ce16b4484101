"""The contact history screen under load: first rows, the whole month, event-loop stalls.

Runs offscreen against the oefenomgeving in a separate process at 50 ms latency per request,
as a team lead opening "Contacthistorie" for the last 30 days. Prints figures and, last, one
JSON object with all of them:
- open_screen_ms: building the screen, the first time it opens (the loop is busy meanwhile);
- first_rows_s: from opening the screen to the first rows in the list (target ≤ 1 s);
- month_s: to every contact of the period loaded;
- rows: how many contacts the period has;
- max_stall_load_ms: the longest gap in a 5 ms heartbeat timer while loading (after the
  screen is built), minus 5 ms (target ≤ 50 ms);
- max_stall_filter_ms / max_stall_overzicht_ms: the same for one filter change over the whole
  month, and for drawing the charts;
- max_stall_sort_ms: the same for sorting the month by onderwerp.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_ui import Hartslag

LATENCY_MS = 50.0


def wacht_op_seed(root: str, timeout: float = 120.0) -> None:
    """Wait until the oefenomgeving says its month of contacts is seeded (when it says so)."""
    import httpx

    eind = time.monotonic() + timeout
    while time.monotonic() < eind:
        try:
            status = httpx.get(f"{root}/_oefen/status", timeout=5).json()
        except (httpx.HTTPError, ValueError):
            status = {}
        if status.get("seed_klaar", True):
            return
        time.sleep(0.2)


async def meet(window: Any) -> dict[str, Any]:
    """Open the screen, measure the load, then one filter change, the charts and a sort."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from klantbeeld.views.models.historie_model import COL_ONDERWERP

    hart = Hartslag()
    figures: dict[str, Any] = {}
    start = time.perf_counter()
    scherm = window.toon_contacthistorie()
    # Building the screen (once per session) is measured apart from the loading.
    figures["open_screen_ms"] = round((time.perf_counter() - start) * 1000, 1)
    hart.start()
    while scherm.tijd_eerste_rijen is None and scherm.bezig:
        await asyncio.sleep(0.001)
    figures["first_rows_s"] = round(time.perf_counter() - start, 3)
    while scherm.bezig:
        await asyncio.sleep(0.005)
    figures["month_s"] = round(time.perf_counter() - start, 3)
    await asyncio.sleep(0.05)
    figures["max_stall_load_ms"] = round(hart.stop(), 1)
    figures["rows"] = scherm.historie_model.aantal_geladen()
    if scherm.fout.text():
        figures["fout"] = scherm.fout.text()

    hart.start()
    scherm.chips["telefoon"].setChecked(True)
    QApplication.processEvents()
    await asyncio.sleep(0.05)
    figures["max_stall_filter_ms"] = round(hart.stop(), 1)
    figures["rows_telefoon"] = scherm.historie_model.rowCount()
    scherm.chips["telefoon"].setChecked(False)
    await asyncio.sleep(0.05)

    hart.start()
    scherm.tabs.setCurrentIndex(1)
    scherm.ververs_overzicht()
    window.repaint()
    await asyncio.sleep(0.05)
    figures["max_stall_overzicht_ms"] = round(hart.stop(), 1)
    scherm.tabs.setCurrentIndex(0)

    hart.start()
    scherm.tabel.sortByColumn(COL_ONDERWERP, Qt.SortOrder.AscendingOrder)
    window.repaint()
    await asyncio.sleep(0.05)
    figures["max_stall_sort_ms"] = round(hart.stop(), 1)
    scherm.stop()
    return figures


def main() -> int:
    """Run and print figures; the last line is JSON."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from benchmarks.sandbox_proc import SandboxProcess
    from klantbeeld.app import Omgeving
    from klantbeeld.controllers.sessie import Sessie
    from klantbeeld.services.werkplek.settings import Instellingen, Rol
    from klantbeeld.views.main_window import MainWindow
    from klantbeeld.views.models.beeld import BeeldModel
    from klantbeeld.views.sessie import op_het_scherm
    from klantbeeld.views.theme import apply_theme

    figures: dict[str, Any] = {}
    sandbox = SandboxProcess("--latency-ms", str(LATENCY_MS))
    try:
        wacht_op_seed(sandbox.root)
        app = QApplication([sys.argv[0]])
        apply_theme(app)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        instellingen = Instellingen(rol=Rol.TEAMLEIDER)
        omgeving = Omgeving.voor_endpoints(
            instellingen, sandbox.endpoints(), naam="bench", oefenomgeving=True
        )
        model = BeeldModel()
        sessie = op_het_scherm(Sessie(omgeving.composer, omgeving.zoeker, model))
        window = MainWindow(model, sessie, oefenomgeving=True, instellingen=instellingen)
        window.resize(1366, 768)
        window.show()
        with loop:
            figures.update(loop.run_until_complete(meet(window)))
            loop.run_until_complete(sessie.sluit())
            loop.run_until_complete(omgeving.sluit())
        window.close()
    finally:
        sandbox.stop()

    def doel(naam: str, waarde: float | None, grens: float, eenheid: str) -> str:
        if waarde is None:
            return f"  {naam}: niet gemeten"
        return (
            f"  {naam}: {waarde}{eenheid} (doel ≤ {grens}{eenheid}, {waarde / grens:.2f}× van doel)"
        )

    print("== contacthistorie (teamleider, 30 dagen, 50 ms latency, offscreen)")
    print(f"  contacten in de periode: {figures.get('rows')}")
    print(doel("eerste regels zichtbaar", figures.get("first_rows_s"), 1.0, " s"))
    print(f"  hele maand geladen: {figures.get('month_s')} s")
    print(f"  scherm opbouwen (eenmalig): {figures.get('open_screen_ms')} ms")
    print(doel("langste haperen tijdens laden", figures.get("max_stall_load_ms"), 50, " ms"))
    print(doel("langste haperen bij filteren", figures.get("max_stall_filter_ms"), 50, " ms"))
    print(doel("langste haperen grafieken", figures.get("max_stall_overzicht_ms"), 50, " ms"))
    print(doel("langste haperen bij sorteren", figures.get("max_stall_sort_ms"), 50, " ms"))
    if "fout" in figures:
        print(f"  FOUT {figures['fout']}")
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
