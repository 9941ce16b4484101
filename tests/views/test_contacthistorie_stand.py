"""Contacthistorie: "klaar" only over complete data, progress while loading, F5, fetch time."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from klantbeeld.sandbox.seed import klantinteracties as ki_seed
from klantbeeld.services.contacthistorie.stroom import alle
from klantbeeld.views.contacthistorie import ContacthistorieScherm
from tests.conftest import TEST_VANDAAG
from tests.views.conftest import Werkplek
from tests.views.test_contacthistorie import teamleider, teamleider_venster, wacht_op_maand

OPGEHAALD = re.compile(r" — klaar, opgehaald om \d\d:\d\d$")


def nieuw_scherm(werkplek: Werkplek, qtbot: Any) -> ContacthistorieScherm:
    scherm = ContacthistorieScherm(werkplek.sessie, teamleider(), vandaag=TEST_VANDAAG)
    qtbot.addWidget(scherm)
    scherm.resize(1366, 700)
    scherm.show()
    return scherm


def f5(scherm: ContacthistorieScherm) -> QShortcut:
    (sc,) = [s for s in scherm.sneltoetsen if s.key() == QKeySequence("F5")]
    return sc


def standen(scherm: ContacthistorieScherm) -> list[tuple[bool, str, str]]:
    """(loading, count text, text above the charts) after every batch of rows."""
    uit: list[tuple[bool, str, str]] = []
    scherm.historie_model.rowsInserted.connect(
        lambda *_: uit.append((scherm.bezig, scherm.aantal.text(), scherm.overzicht_stand.text()))
    )
    return uit


def test_a_reload_midway_never_says_klaar_before_the_new_load_ends(
    werkplek: Werkplek, sandbox_server: Any, qtbot: Any
) -> None:
    wacht_op_maand(sandbox_server)
    scherm = nieuw_scherm(werkplek, qtbot)
    scherm.laad()
    qtbot.waitUntil(lambda: scherm.historie_model.rowCount() > 500, timeout=10000)
    gezien = standen(scherm)
    f5(scherm).activated.emit()  # F5 while the month is still coming in
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=30000)
    tussen = [s for s in gezien if s[0]]
    assert len(tussen) > 5, "the reload streams its rows again"
    assert all("klaar" not in tekst for _, tekst, _ in tussen)
    assert all(re.search(r"\(terug tot \d\d-\d\d, \d+ %\)$", tekst) for _, tekst, _ in tussen)
    assert all(stand.startswith("Nog niet compleet:") for _, _, stand in tussen)
    assert scherm.volledig and OPGEHAALD.search(scherm.aantal.text())
    assert scherm.overzicht_stand.text().startswith("Alle ")
    assert "opgehaald om" in scherm.overzicht_stand.text()
    ki = werkplek.composer.klantinteracties
    assert ki is not None
    taak = asyncio.ensure_future(alle(ki, scherm.periode))
    qtbot.waitUntil(taak.done, timeout=30000)
    assert [r.uuid for r in scherm.historie_model.alle()] == [r.uuid for r in taak.result()]
    scherm.stop()


def test_a_stopped_load_says_it_is_incomplete(
    werkplek: Werkplek, sandbox_server: Any, qtbot: Any, tmp_path: Path
) -> None:
    wacht_op_maand(sandbox_server)
    scherm = nieuw_scherm(werkplek, qtbot)
    scherm.laad()
    qtbot.waitUntil(lambda: scherm.historie_model.rowCount() > 0, timeout=10000)
    taak = scherm._taak
    assert taak is not None
    scherm.stop()
    qtbot.waitUntil(taak.done, timeout=5000)
    assert not scherm.bezig and not scherm.volledig
    tekst = scherm.aantal.text()
    assert "klaar" not in tekst and "(onvolledig)" in tekst and "onderbroken" in tekst
    assert scherm.overzicht_stand.text().startswith("Niet compleet:")
    # what is loaded can be exported, but the confirmation says it is not the whole period
    export = scherm.exporteer_naar(tmp_path / "deel.csv")
    assert export is not None
    qtbot.waitUntil(export.done, timeout=10000)
    assert scherm.export_melding.text().endswith("let op: de periode was niet volledig geladen")


def test_a_failing_server_is_never_klaar(
    eigen_werkplek: Werkplek, fresh_sandbox: Any, qtbot: Any
) -> None:
    httpx.post(
        f"{fresh_sandbox.root}/_oefen/faults", json={"down": ["klantinteracties"]}, timeout=5
    )
    scherm = nieuw_scherm(eigen_werkplek, qtbot)
    scherm.laad()
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=10000)
    assert not scherm.volledig and "klaar" not in scherm.aantal.text()
    assert scherm.fout.isVisible() and scherm.opnieuw_knop.isVisible()
    httpx.post(f"{fresh_sandbox.root}/_oefen/faults", json={"down": []}, timeout=5)
    wacht_op_maand(fresh_sandbox)
    scherm.opnieuw_knop.click()
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=30000)
    assert scherm.volledig and OPGEHAALD.search(scherm.aantal.text())
    scherm.stop()


def maand(server: Any) -> dict[str, Any]:
    status: dict[str, Any] = httpx.get(f"{server.root}/_oefen/status", timeout=5).json()
    return status


def test_f7_right_after_start_shows_progress_and_ends_complete(
    eigen_werkplek: Werkplek, fresh_sandbox: Any, qtbot: Any
) -> None:
    """The oefenomgeving builds its month in steps after start; the list grows while read."""
    maand(fresh_sandbox)  # the first request: the month starts building now
    scherm = nieuw_scherm(eigen_werkplek, qtbot)
    periode = scherm.periode
    er_al = {
        kc["uuid"]
        for kc in fresh_sandbox.sandbox.store.all(ki_seed.KLANTCONTACTEN)
        if periode.van.isoformat()
        <= str(kc.get("plaatsgevondenOp"))[:10]
        <= periode.tot.isoformat()
    }
    gezien = standen(scherm)
    scherm.laad()
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=60000)
    assert gezien and all("klaar" not in tekst for bezig, tekst, _ in gezien if bezig)
    assert scherm.volledig and OPGEHAALD.search(scherm.aantal.text())
    geladen = {r.uuid for r in scherm.historie_model.alle()}
    # every contact the server held when the load began is in: "klaar" was not over part
    assert not er_al - geladen, f"{len(er_al - geladen)} of {len(er_al)} contacts missing"
    scherm.stop()


def _zichtbaar(sc: QShortcut) -> bool:
    ouder = sc.parent()
    return isinstance(ouder, QWidget) and ouder.isVisible()


def test_f5_reloads_the_contacthistorie_inside_the_main_window(
    werkplek: Werkplek, sandbox_server: Any, qtbot: Any
) -> None:
    window = teamleider_venster(werkplek, sandbox_server, qtbot)

    def live(toets: str) -> list[QShortcut]:
        return [
            sc
            for sc in window.findChildren(QShortcut)
            if sc.key() == QKeySequence(toets) and sc.isEnabled() and _zichtbaar(sc)
        ]

    scherm = window.toon_contacthistorie()
    assert scherm is not None
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=30000)
    eerst = scherm.opgehaald
    for toets in ("F5", "Ctrl+F", "Alt+1", "Alt+2"):
        assert live(toets) == [s for s in scherm.sneltoetsen if s.key() == QKeySequence(toets)]
    (sc,) = live("F5")
    sc.activated.emit()
    assert scherm.bezig and "klaar" not in scherm.aantal.text()
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=30000)
    assert scherm.volledig and scherm.opgehaald is not None and eerst is not None
    assert scherm.opgehaald >= eerst
    window.toon_klantbeeld()
    (terug,) = live("F5")
    assert terug in window._shortcuts  # the klantbeeld's F5 again
    scherm.stop()


@pytest.mark.parametrize("hoogte", [160, 220, 420])
def test_day_chart_value_labels_fit_its_height(qtbot: Any, hoogte: int) -> None:
    """A low day chart (the overview at 1366×768) shows fewer, round values, never "..."."""
    from datetime import timedelta

    from PySide6.QtGui import QFontMetrics

    from klantbeeld.views.grafieken import DagKanaalGrafiek

    grafiek = DagKanaalGrafiek()
    qtbot.addWidget(grafiek)
    grafiek.resize(900, hoogte)
    grafiek.show()
    van = TEST_VANDAAG - timedelta(days=29)
    grafiek.zet({TEST_VANDAAG: {"telefoon": 640, "chat": 80}}, van, TEST_VANDAAG)
    qtbot.waitExposed(grafiek)
    grafiek.resize(900, hoogte + 1)  # a resize after the first layout, as in the window
    qtbot.waitUntil(lambda: grafiek.chart.plotArea().height() > 0)
    stappen = grafiek.as_y.tickCount() - 1
    regel = QFontMetrics(grafiek.as_y.labelsFont()).height()
    assert grafiek.chart.plotArea().height() / stappen >= regel, "value labels would overlap"
    assert round(grafiek.as_y.max()) % stappen == 0  # round steps: 0, 250, 500, …
