"""Over Klantbeeld: the version in the main window's status bar and its About dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from klantbeeld.views.over import OverDialoog
from tests.services.test_versie import pyproject_versie
from tests.views.conftest import Werkplek, venster


def test_the_window_shows_the_version_and_a_click_opens_over(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window = venster(qtbot, werkplek)
    knop = window.over_knop
    assert knop.isVisible()
    assert knop.text() == f"Klantbeeld {pyproject_versie()}"
    assert knop.accessibleName() == "Over Klantbeeld"
    qtbot.mouseClick(knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(OverDialoog) is not None)
    dialoog = window.findChild(OverDialoog)
    assert dialoog is not None
    qtbot.waitUntil(dialoog.isVisible)
    assert dialoog.windowTitle() == "Over Klantbeeld"
    assert dialoog.versie.text() == f"Versie {pyproject_versie()}"
    teksten = " ".join(label.text() for label in dialoog.findChildren(QLabel))
    assert "EUPL-1.2" in teksten
    assert "PySide6 " in dialoog.onderdelen.text()
    qtbot.keyClick(dialoog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(OverDialoog) is None)  # closed and deleted
