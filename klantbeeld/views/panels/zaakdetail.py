"""Panel (placeholder until its module lands): one zaak in detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from klantbeeld.views.beeld import BeeldModel
from klantbeeld.views.sessie import Sessie


class ZaakDetailPaneel(QWidget):
    """Een zaak in detail: stappen, historie, documenten, contacten."""

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        layout = QVBoxLayout(self)
        label = QLabel("Een zaak in detail: stappen, historie, documenten, contacten")
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
