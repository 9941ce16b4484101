"""Panel (placeholder until its module lands): Eén tijdlijn van alle contacten en gebeurtenissen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from klantbeeld.views.beeld import BeeldModel
from klantbeeld.views.sessie import Sessie


class TijdlijnPaneel(QWidget):
    """Eén tijdlijn van alle contacten en gebeurtenissen."""

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        layout = QVBoxLayout(self)
        label = QLabel("Eén tijdlijn van alle contacten en gebeurtenissen")
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
