"""Panel (placeholder until its module lands): the header of the klantbeeld."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from klantbeeld.views.beeld import BeeldModel
from klantbeeld.views.sessie import Sessie


class KopPaneel(QWidget):
    """De kop van het klantbeeld."""

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        layout = QVBoxLayout(self)
        label = QLabel("De kop van het klantbeeld")
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
