"""The doelbinding in the window: picked at start, changed mid-session with Ctrl+Shift+D."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klantbeeld.controllers.doelbinding import DoelbindingController
from klantbeeld.services.apis.brp import GeenDoelbinding, Protocollering
from klantbeeld.services.verwerkingslog.journaal import VerwerkingJournaal
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog
from klantbeeld.services.verwerkingslog.verwerking import Betrokkene
from klantbeeld.services.werkplek.settings import BrpProtocollering, Doelbinding
from klantbeeld.views.doelbinding import DoelbindingDialoog
from klantbeeld.views.main_window import MainWindow
from tests.views.conftest import Werkplek
from tests.views.test_persoon import actief

RAADPLEEG = "RaadpleegMetBurgerservicenummer"


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Verwerkingslog]:
    journaal = VerwerkingJournaal(tmp_path / "v.sqlite3", sleutel=Fernet.generate_key())
    try:
        yield Verwerkingslog(journaal, medewerker="kcc@gemeente.example")
    finally:
        journaal.close()


def protocollering(*namen: str) -> Protocollering:
    keuzes = [Doelbinding(naam=n, raadplegen=f"BRPACT-{n}") for n in namen]
    return Protocollering(BrpProtocollering(doelbindingen=keuzes), lambda: "kcc@gemeente.example")


def venster(qtbot: Any, w: Werkplek, doelbinding: DoelbindingController) -> MainWindow:
    window = MainWindow(w.model, w.sessie, oefenomgeving=True, doelbinding=doelbinding)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    actief(qtbot, window)
    return window


def open_dialoog() -> DoelbindingDialoog:
    (dialoog,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, DoelbindingDialoog) and w.isVisible()
    ]
    return dialoog


def test_the_agent_picks_then_changes_the_doelbinding_by_keyboard(
    qtbot: Any, werkplek: Werkplek, log: Verwerkingslog
) -> None:
    prot = protocollering("Algemene dienstverlening", "Wmo", "Wonen")
    controller = DoelbindingController(prot, log)
    window = venster(qtbot, werkplek, controller)
    knop = window.doelbinding_knop
    assert knop is not None and knop.isVisible() and knop.text() == "Doelbinding kiezen"
    with pytest.raises(GeenDoelbinding):  # none picked: the BRP is asked nothing
        prot.headers(RAADPLEEG)

    # At start (as app.py does): non-blocking, the choice has the keyboard.
    dialoog = window.kies_doelbinding()
    assert dialoog is not None and dialoog.isVisible() and dialoog.isModal()
    qtbot.waitUntil(dialoog.keuze.hasFocus, timeout=2000)
    qtbot.keyClick(dialoog.keuze, Qt.Key.Key_Down)
    qtbot.keyClick(dialoog.keuze, Qt.Key.Key_Return)
    assert controller.gekozen == "Wmo" and not dialoog.isVisible()
    assert prot.headers(RAADPLEEG)["x-doelbinding"] == "BRPACT-Wmo"
    assert knop.text() == "Doelbinding: Wmo"
    eerst = log.open_klantbeeld(Betrokkene.bsn("999993653"))

    # Mid-session: Ctrl+Shift+D from the main window; the current one is preselected.
    actief(qtbot, window)
    qtbot.keyClick(
        window.zoekbalk.veld,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialoog = open_dialoog()
    assert dialoog.keuze.currentText() == "Wmo"
    qtbot.keyClick(dialoog.keuze, Qt.Key.Key_Down)
    qtbot.keyClick(dialoog.keuze, Qt.Key.Key_Return)
    assert controller.gekozen == "Wonen" and knop.text() == "Doelbinding: Wonen"
    assert prot.headers(RAADPLEEG)["x-doelbinding"] == "BRPACT-Wonen"
    daarna = log.open_klantbeeld(Betrokkene.bsn("999993653"))
    assert log.journaal.lees(eerst.id).doelbinding == "Wmo"
    assert log.journaal.lees(daarna.id).doelbinding == "Wonen"

    # Esc keeps what was picked.
    window.kies_doelbinding()
    dialoog = open_dialoog()
    qtbot.keyClick(dialoog.keuze, Qt.Key.Key_Up)
    qtbot.keyClick(dialoog, Qt.Key.Key_Escape)
    assert controller.gekozen == "Wonen"


def test_with_one_doelbinding_there_is_nothing_to_pick(
    qtbot: Any, werkplek: Werkplek, log: Verwerkingslog
) -> None:
    controller = DoelbindingController(protocollering("Algemene dienstverlening"), log)
    assert controller.gekozen == "Algemene dienstverlening" and not controller.te_kiezen
    assert log.doelbinding == "Algemene dienstverlening"  # the one in use is the one recorded
    window = venster(qtbot, werkplek, controller)
    assert window.doelbinding_knop is None and window.kies_doelbinding() is None
