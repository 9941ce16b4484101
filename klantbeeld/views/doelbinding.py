"""Picking the doelbinding: a small dialog, opened non-blocking, and its status-bar button.

The button shows the doelbinding in use ("Doelbinding: Wmo") and opens the dialog, as does
Ctrl+Shift+D from the main window. Only shown when the BRP gateway offers more than one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.doelbinding import DoelbindingController


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Doelbinding)."""
    return QCoreApplication.translate("Doelbinding", text)


class DoelbindingDialoog(QDialog):
    """Asks what the agent consults the BRP for; OK (Enter) picks it, Esc keeps the current."""

    def __init__(self, controller: DoelbindingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("Doelbinding"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        vraag = QLabel(tr("Waarvoor raadpleegt u de BRP?"))
        vraag.setProperty("rol", "titel")
        vraag.setWordWrap(True)  # a long question (or its English) wraps, never cut off
        layout.addWidget(vraag)
        self.keuze = QComboBox()
        self.keuze.addItems(controller.keuzes)  # the site's names: plain text in a combo box
        if controller.gekozen:
            self.keuze.setCurrentText(controller.gekozen)
        self.keuze.setAccessibleName(tr("Doelbinding"))
        self.keuze.setAccessibleDescription(
            tr("Het doel waarvoor u persoonsgegevens uit de BRP bekijkt")
        )
        vraag.setBuddy(self.keuze)
        layout.addWidget(self.keuze)
        uitleg = QLabel(
            tr(
                "Dit geldt voor alles wat u vanaf nu in de BRP opvraagt, en staat bij elke "
                "raadpleging in het verwerkingslog. Wat al op het scherm staat, blijft staan."
            )
        )
        uitleg.setWordWrap(True)
        uitleg.setProperty("rol", "gedempt")
        layout.addWidget(uitleg)
        knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = knoppen.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Kiezen"))
        ok.setProperty("variant", "primary")
        ok.setAccessibleName(tr("Deze doelbinding kiezen"))
        ok.setAccessibleDescription(tr("Geldt voor de volgende raadplegingen van de BRP"))
        annuleren = knoppen.button(QDialogButtonBox.StandardButton.Cancel)
        annuleren.setText(tr("Annuleren"))
        annuleren.setAccessibleName(tr("Annuleren"))
        annuleren.setAccessibleDescription(tr("De doelbinding blijft zoals hij was"))
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        layout.addWidget(knoppen)
        self.keuze.setFocus()

    def accept(self) -> None:
        """Pick what is selected, then close."""
        self.controller.kies(self.keuze.currentText())
        super().accept()

    @classmethod
    def toon(cls, controller: DoelbindingController, parent: QWidget) -> DoelbindingDialoog:
        """Open the dialog window-modal without blocking the loop; return it."""
        dialoog = cls(controller, parent)
        dialoog.open()
        return dialoog


def doelbinding_knop(controller: DoelbindingController, venster: QWidget) -> QPushButton:
    """The status-bar button: the doelbinding in use; a click (or Ctrl+Shift+D) changes it."""
    knop = QPushButton()
    knop.setProperty("variant", "subtle")
    knop.setAccessibleName(tr("Doelbinding wijzigen"))

    def toon_naam(naam: str | None = None) -> None:
        naam = naam or controller.gekozen
        knop.setText(
            tr("Doelbinding: {naam}").format(naam=naam) if naam else tr("Doelbinding kiezen")
        )
        knop.setToolTip(tr("Waarvoor u de BRP raadpleegt; klik om te wijzigen (Ctrl+Shift+D)"))
        knop.setAccessibleDescription(knop.text())

    toon_naam()
    controller.gewijzigd.connect(toon_naam)
    knop.clicked.connect(lambda: DoelbindingDialoog.toon(controller, venster))
    return knop
