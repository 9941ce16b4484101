"""The contacthistorie's status line: how many contacts, progress, the failure and "Opnieuw".

The texts are the controller's (:meth:`~klantbeeld.controllers.contacthistorie.
ContacthistorieController.status_tekst`); the line only shows them, with the export controls at
its end.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from klantbeeld.controllers.contacthistorie import ContacthistorieController
from klantbeeld.views.icons import icon


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Contacthistorie)."""
    return QCoreApplication.translate("Contacthistorie", text)


class StatusRegel(QObject):
    """The line between the filters and the tabs (its layout goes into the screen's)."""

    def __init__(self, einde: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.regel = status = QHBoxLayout()
        self.aantal = QLabel()
        self.aantal.setTextFormat(Qt.TextFormat.PlainText)
        self.aantal.setAccessibleName(tr("Aantal contacten"))
        status.addWidget(self.aantal)
        self.vernieuw_knop = QPushButton(icon("vernieuwen"), tr("Vernieuwen"))
        self.vernieuw_knop.setProperty("variant", "subtle")
        self.vernieuw_knop.setAccessibleName(tr("De contacten opnieuw ophalen"))
        self.vernieuw_knop.setToolTip(tr("De contacten opnieuw ophalen (F5)"))
        status.addWidget(self.vernieuw_knop)
        self.voortgang = QProgressBar()
        self.voortgang.setRange(0, 100)
        self.voortgang.setTextVisible(False)
        self.voortgang.setMaximumWidth(180)
        self.voortgang.setMaximumHeight(8)
        self.voortgang.setAccessibleName(tr("Voortgang van het laden"))
        status.addWidget(self.voortgang)
        self.fout = QLabel()
        self.fout.setTextFormat(Qt.TextFormat.PlainText)
        self.fout.setWordWrap(True)
        self.fout.setProperty("niveau", "fout")
        status.addWidget(self.fout, 1)
        self.opnieuw_knop = QPushButton(tr("Opnieuw proberen"))
        self.opnieuw_knop.setProperty("variant", "secondary")
        self.opnieuw_knop.setAccessibleName(tr("Opnieuw proberen"))
        status.addWidget(self.opnieuw_knop)
        status.addStretch(0)
        for w in einde:
            status.addWidget(w)

    def toon(self, c: ContacthistorieController) -> None:
        """Show the controller's state: count, progress while loading, why it failed."""
        self.aantal.setText(c.status_tekst())
        self.aantal.setToolTip(c.status_tooltip())
        self.voortgang.setVisible(c.bezig)
        if c.bezig:
            self.voortgang.setValue(c.voortgang())
        self.fout.setText(c.fout or "")
        self.fout.setVisible(bool(c.fout))
        self.opnieuw_knop.setVisible(bool(c.fout))
