"""The Inzage view: a team lead or privacy officer types a BSN and sees who looked, when, why.

The dialog only shows and forwards: its :class:`~klantbeeld.controllers.inzage.InzageController`
checks the BSN, records the look-up and reads the logboek. It opens non-blocking
(:meth:`InzageDialoog.toon`); :func:`inzage_knop` is the one widget the main window adds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.inzage import InzageController


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Inzage)."""
    return QCoreApplication.translate("Inzage", text)


class InzageDialoog(QDialog):
    """BSN field, the list of verwerkingen and one status line."""

    def __init__(self, controller: InzageController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("Inzage verwerkingslog"))
        self.setAccessibleName(tr("Inzage verwerkingslog"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        uitleg = QLabel(
            tr(
                "Wie heeft de gegevens van deze persoon bekeken, wanneer en waarom? "
                "Deze inzage wordt zelf ook vastgelegd."
            )
        )
        uitleg.setWordWrap(True)
        layout.addWidget(uitleg)
        rij = QHBoxLayout()
        self.bsn = QLineEdit()
        self.bsn.setPlaceholderText(tr("BSN"))
        self.bsn.setAccessibleName(tr("BSN"))
        self.bsn.setAccessibleDescription(tr("9 cijfers; Enter zoekt"))
        self.bsn.setMaxLength(20)
        self.bsn.returnPressed.connect(self.zoek)
        rij.addWidget(self.bsn, 1)
        self.zoek_knop = QPushButton(tr("Opzoeken"))
        self.zoek_knop.setProperty("variant", "primary")
        self.zoek_knop.setAccessibleDescription(tr("Zoek de verwerkingen van dit BSN op"))
        self.zoek_knop.clicked.connect(self.zoek)
        rij.addWidget(self.zoek_knop)
        layout.addLayout(rij)
        self.tabel = QTableView()
        self.tabel.setModel(controller.model)
        self.tabel.setAccessibleName(tr("Verwerkingen"))
        self.tabel.setAccessibleDescription(tr("Wie wanneer de gegevens van dit BSN verwerkte"))
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().setVisible(False)
        self.tabel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.tabel, 1)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status van de inzage"))
        layout.addWidget(self.status)
        controller.statusGewijzigd.connect(self._status)
        controller.bezigGewijzigd.connect(lambda bezig: self.zoek_knop.setEnabled(not bezig))

    @classmethod
    def toon(cls, parent: QWidget, maak: Callable[[], InzageController]) -> InzageDialoog:
        """Open it (non-blocking), or bring the open one forward."""
        dialoog = parent.findChild(InzageDialoog)
        if dialoog is None:  # findChild only finds a live one
            dialoog = cls(maak(), parent)
        dialoog.show()
        dialoog.raise_()
        dialoog.activateWindow()
        dialoog.bsn.setFocus()
        return dialoog

    def zoek(self) -> None:
        """Forward the BSN typed to the controller."""
        self.controller.zoek(self.bsn.text())

    def _status(self, tekst: str, fout: bool) -> None:
        self.status.setText(tekst)
        self.status.setProperty("niveau", "fout" if fout else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def done(self, result: int) -> None:
        """Closing forgets the person shown (nothing stays on screen)."""
        self.controller.wis()
        self.bsn.clear()
        super().done(result)


def inzage_knop(venster: QWidget, maak: Callable[[], InzageController]) -> QPushButton:
    """The status-bar button that opens the Inzage view (the main window adds it)."""
    knop = QPushButton(tr("Inzage verwerkingslog"))
    knop.setProperty("variant", "subtle")
    knop.setToolTip(tr("Wie heeft de gegevens van een persoon bekeken, wanneer en waarom"))
    knop.setAccessibleName(tr("Inzage verwerkingslog"))
    knop.clicked.connect(lambda: InzageDialoog.toon(venster, maak))
    return knop
