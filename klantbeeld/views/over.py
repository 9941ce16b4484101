"""Over Klantbeeld: the version (from :mod:`klantbeeld.versie`) and what it runs on.

The main window shows the version at the right of its status bar (:func:`voeg_over_toe`); a
click opens this dialog, non-blocking. For a support call the agent reads the version off the
screen or copies it from the dialog.
"""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from klantbeeld.versie import versie


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Over)."""
    return QCoreApplication.translate("Over", text)


def onderdelen() -> str:
    """What this Klantbeeld runs on, in one line (Python, Qt, PySide6)."""
    return f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}"


class OverDialoog(QDialog):
    """Name, version, licence and what it runs on; every text selectable to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Over Klantbeeld"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        naam = QLabel(tr("Klantbeeld"))
        naam.setProperty("rol", "titel")
        self.versie = QLabel(tr("Versie {versie}").format(versie=versie()))
        self.versie.setAccessibleName(tr("Versie van Klantbeeld"))
        omschrijving = QLabel(
            tr(
                "Werkplek voor het klantcontactcentrum van gemeenten: het klantbeeld uit de "
                "Common Ground API's."
            )
        )
        omschrijving.setWordWrap(True)
        licentie = QLabel(tr("Licentie: EUPL-1.2"))
        self.onderdelen = QLabel(onderdelen())
        self.onderdelen.setProperty("rol", "gedempt")
        for label in (naam, self.versie, omschrijving, licentie, self.onderdelen):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        sluiten = QPushButton(tr("Sluiten"))
        sluiten.setAccessibleName(tr("Over Klantbeeld sluiten"))
        sluiten.setAccessibleDescription(tr("Terug naar het hoofdvenster (Esc)"))
        sluiten.setDefault(True)
        sluiten.clicked.connect(self.accept)
        layout.addWidget(sluiten, 0, Qt.AlignmentFlag.AlignRight)

    @classmethod
    def toon(cls, parent: QWidget) -> OverDialoog:
        """Open the dialog, non-blocking (``open()``)."""
        dialoog = cls(parent)
        dialoog.open()
        return dialoog


def voeg_over_toe(venster: QMainWindow) -> QPushButton:
    """Put the version at the right of the window's status bar; a click opens Over Klantbeeld."""
    knop = QPushButton(tr("Klantbeeld {versie}").format(versie=versie()), venster)
    knop.setObjectName("over_knop")
    knop.setProperty("variant", "subtle")
    knop.setToolTip(tr("Over Klantbeeld: versie en onderdelen"))
    knop.setAccessibleName(tr("Over Klantbeeld"))
    knop.clicked.connect(lambda: OverDialoog.toon(venster))
    venster.statusBar().addPermanentWidget(knop)
    return knop
