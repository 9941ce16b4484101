"""Guards the Qt binding: PySide6 6.12.0 on CPython 3.11 leaks None refs; we pin 6.11.3.

That release drops a reference to None on every void call and aborts the interpreter after a
while (``Fatal Python error: none_dealloc``).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_references_to_none(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    painter = QPainter(image)
    for _ in range(2000):
        painter.save()
        painter.restore()
    painter.end()
    after = sys.getrefcount(None)
    assert before - after < 100, f"PySide6 lost {before - after} references to None"
