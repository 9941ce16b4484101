"""The one search field (placeholder until its module lands): recognise, search, pick a hit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from klantbeeld.services.zoekvraag import herken
from klantbeeld.views.sessie import Sessie


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Zoekbalk)."""
    return QCoreApplication.translate("Zoekbalk", text)


class Zoekbalk(QWidget):
    """The search field with the kind it recognised and an inline message."""

    def __init__(self, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessie = sessie
        self.veld = QLineEdit()
        self.veld.setObjectName("zoekveld")
        self.veld.setPlaceholderText(
            tr(
                "Zoek op BSN, KVK-nummer, postcode + huisnummer, naam + geboortedatum, "
                "zaaknummer, telefoon of e-mail"
            )
        )
        self.veld.setAccessibleName(tr("Zoeken"))
        self.soort = QLabel()
        self.melding = QLabel()
        self.melding.setTextFormat(Qt.TextFormat.PlainText)
        rij = QHBoxLayout()
        rij.addWidget(self.veld, 1)
        rij.addWidget(self.soort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(rij)
        layout.addWidget(self.melding)
        self.veld.textChanged.connect(self._herken)
        self.veld.returnPressed.connect(self._zoek)
        sessie.zoekMelding.connect(self.melding.setText)

    def _herken(self, tekst: str) -> None:
        self.soort.setText(herken(tekst).label)

    def _zoek(self) -> None:
        self.melding.clear()
        self.sessie.zoek(herken(self.veld.text()))

    def focus(self) -> None:
        """Put the cursor in the field with its text selected."""
        self.veld.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.veld.selectAll()

    def wis(self) -> None:
        """Empty the field and its message (contact ended)."""
        self.veld.clear()
        self.melding.clear()
