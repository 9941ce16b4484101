"""Panel (placeholder until its module lands): De zaken van de klant."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from klantbeeld.views.beeld import BeeldModel
from klantbeeld.views.sessie import Sessie


class ZakenPaneel(QWidget):
    """De zaken van de klant."""

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        layout = QVBoxLayout(self)
        label = QLabel("De zaken van de klant")
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
