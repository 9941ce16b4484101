"""The main window over the oefenomgeving: search, load, end of contact, shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.composer import Onderdeel
from klantbeeld.views.beeld import DeelStatus
from klantbeeld.views.main_window import MainWindow
from tests.views.conftest import Werkplek


def venster(qtbot: Any, w: Werkplek) -> MainWindow:
    window = MainWindow(w.model, w.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_oefenomgeving_is_unmistakable_and_search_has_focus(qtbot: Any, werkplek: Werkplek) -> None:
    window = venster(qtbot, werkplek)
    assert window.banner is not None and "OEFENOMGEVING" in window.banner.text()
    qtbot.waitUntil(lambda: window.zoekbalk.veld.hasFocus(), timeout=2000)


def test_enter_on_a_bsn_loads_every_panel(qtbot: Any, werkplek: Werkplek) -> None:
    window = venster(qtbot, werkplek)
    qtbot.keyClicks(window.zoekbalk.veld, VOORBEELD_BSN)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_Return)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    assert werkplek.model.status(Onderdeel.ZAKEN) is DeelStatus.KLAAR
    assert window.tabs.tabText(0) == "Zaken (8)"
    assert window.tabs.tabText(1).startswith("Tijdlijn (")
    assert int(window.tabs.tabText(1)[10:-1]) > 15  # contacts plus zaak events and payments


def test_end_of_contact_clears_everything(qtbot: Any, werkplek: Werkplek) -> None:
    window = venster(qtbot, werkplek)
    werkplek.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert werkplek.model.beeld is None
    assert window.zoekbalk.veld.text() == ""
    assert window.tabs.tabText(0) == "Zaken"
