"""The contacthistorie's export controls: "BSN opnemen", "Exporteren (CSV)…" and their messages.

Choosing the file is a non-blocking dialog; the writing is the controller's
(:meth:`~klantbeeld.controllers.contacthistorie.ContacthistorieController.exporteer`), whose
messages show in a line above the list. With "BSN opnemen" on, every message is a warning.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QPushButton, QWidget

from klantbeeld.controllers.contacthistorie import ContacthistorieController
from klantbeeld.services.contacthistorie.rijen import Periode
from klantbeeld.views.contacthistorie.overzicht import polijst


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Contacthistorie)."""
    return QCoreApplication.translate("Contacthistorie", text)


class ExportBediening(QObject):
    """The export's checkbox, button and message line (placed by the screen)."""

    def __init__(self, controller: ContacthistorieController, venster: QWidget) -> None:
        super().__init__(venster)
        self.controller = controller
        self._venster = venster
        self.bsn_keuze = QCheckBox(tr("BSN opnemen"))
        self.bsn_keuze.setAccessibleName(tr("BSN opnemen in de export"))
        self.bsn_keuze.setToolTip(
            tr("Alleen als het echt nodig is: het bestand bevat dan BSN's. Bewaar het beveiligd.")
        )
        self.bsn_keuze.toggled.connect(self._bsn_gewijzigd)
        self.knop = QPushButton(tr("Exporteren (CSV)…"))
        self.knop.setProperty("variant", "secondary")
        self.knop.setAccessibleName(tr("De gefilterde lijst exporteren als CSV"))
        self.knop.setToolTip(tr("De gefilterde lijst als CSV voor Excel (Ctrl+S)"))
        self.melding = QLabel()
        self.melding.setTextFormat(Qt.TextFormat.PlainText)
        self.melding.setWordWrap(True)
        # A level from the start: the alert's padding and left border are part of its box when
        # it first shows (set only later, the border was drawn over the first digit).
        self.melding.setProperty("niveau", "info")
        self.melding.setVisible(False)
        controller.exportMelding.connect(self.toon_melding)
        controller.exportKlaar.connect(self._klaar)

    def kies_bestand(self, periode: Periode) -> QFileDialog:
        """Ask where to save the filtered list (non-blocking); saving starts when chosen."""
        dialoog = QFileDialog(self._venster, tr("Contacthistorie exporteren"))
        dialoog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialoog.setNameFilter(tr("CSV voor Excel (*.csv)"))
        dialoog.setDefaultSuffix("csv")
        dialoog.selectFile(f"contacthistorie-{periode.van:%Y%m%d}-{periode.tot:%Y%m%d}.csv")
        dialoog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialoog.fileSelected.connect(self._gekozen)
        dialoog.open()
        return dialoog

    def _gekozen(self, pad: str) -> None:
        self.exporteer_naar(Path(pad))

    def exporteer_naar(self, pad: Path) -> asyncio.Task[None] | None:
        """Write the filtered list to ``pad`` as CSV (BSN only when "BSN opnemen" is on)."""
        self.knop.setEnabled(False)
        return self.controller.exporteer(pad, met_bsn=self.bsn_keuze.isChecked())

    def toon_melding(self, tekst: str, niveau: str) -> None:
        """Show how the export goes (a warning while the BSN goes in)."""
        if self.bsn_keuze.isChecked() and niveau == "info":
            niveau = "waarschuwing"
        self.melding.setText(tekst)
        self.melding.setProperty("niveau", niveau)
        self.melding.setVisible(True)
        polijst(self.melding)

    def _klaar(self) -> None:
        self.knop.setEnabled(self.controller.model.rowCount() > 0)

    def _bsn_gewijzigd(self, aan: bool) -> None:
        if aan:
            self.melding.setText(
                tr(
                    "Let op: de export bevat dan het BSN van iedere klant. Doe dit alleen als het "
                    "echt nodig is en bewaar het bestand op een beveiligde plek."
                )
            )
            self.melding.setProperty("niveau", "waarschuwing")
        self.melding.setVisible(aan)
        polijst(self.melding)
