"""One panel's loading and failure state: "Laden…", or the failing source with a retry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from klantbeeld.services.composer import Onderdeel
from klantbeeld.views.beeld import BeeldModel, DeelStatus


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Klantbeeld)."""
    return QCoreApplication.translate("Klantbeeld", text)


class DeelStatusBalk(QWidget):
    """Shows loading / "Zaaksysteem niet bereikbaar — Opnieuw proberen" for some parts."""

    #: The agent asked to retry; carries the Onderdeel that failed.
    opnieuw = Signal(object)

    def __init__(
        self, model: BeeldModel, onderdelen: list[Onderdeel], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._onderdelen = onderdelen
        self._mislukt: Onderdeel | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tekst = QLabel()
        self.tekst.setTextFormat(Qt.TextFormat.PlainText)
        self.tekst.setWordWrap(True)
        self.knop = QPushButton(tr("Opnieuw proberen"))
        self.knop.setProperty("variant", "secondary")
        self.knop.setAccessibleName(tr("Opnieuw proberen"))
        self.knop.clicked.connect(self._klik)
        layout.addWidget(self.tekst, 1)
        layout.addWidget(self.knop)
        model.deelGewijzigd.connect(self._ververs)
        model.gestart.connect(self._ververs)
        model.gewist.connect(self._ververs)
        self._ververs()

    def _klik(self) -> None:
        if self._mislukt is not None:
            self.opnieuw.emit(self._mislukt)

    def _ververs(self, *_: object) -> None:
        statussen = {o: self._model.status(o) for o in self._onderdelen}
        fouten = [o for o, s in statussen.items() if s is DeelStatus.FOUT]
        if fouten:
            self._mislukt = fouten[0]
            fout = self._model.fout(fouten[0])
            melding = self._model.foutmelding(fouten[0])
            niet_ingesteld = fout is not None and "niet ingesteld" in str(fout)
            self.tekst.setText(
                melding
                if niet_ingesteld
                else tr("{bron} niet bereikbaar — {melding}").format(
                    bron=self._model.bron(fouten[0]), melding=melding
                )
            )
            self.tekst.setProperty("niveau", "fout")
            self.knop.setVisible(not niet_ingesteld)
            self.setVisible(True)
        elif any(s is DeelStatus.LADEN for s in statussen.values()):
            self._mislukt = None
            self.tekst.setText(tr("Laden…"))
            self.tekst.setProperty("niveau", "info")
            self.knop.setVisible(False)
            self.setVisible(True)
        else:
            self._mislukt = None
            self.setVisible(False)
        self.tekst.style().unpolish(self.tekst)
        self.tekst.style().polish(self.tekst)
