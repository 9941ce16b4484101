"""The registrations the server refused, with its words whole, to correct and send again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.registraties import Registraties
from klantbeeld.services.werkplek.settings import Instellingen
from klantbeeld.views.models.registratie_model import GeweigerdModel, reden
from klantbeeld.views.registreren.dialoog import RegistratieDialoog
from klantbeeld.views.registreren.velden import tr
from klantbeeld.views.sessie import Sessie
from klantbeeld.views.tabel import maak_tabel


class GeweigerdDialoog(QDialog):
    """The registrations the server refused, its words whole, to correct and send again."""

    def __init__(
        self,
        parent: QWidget | None,
        registraties: Registraties,
        sessie: Sessie,
        instellingen: Instellingen,
    ) -> None:
        super().__init__(parent)
        self.registraties = registraties
        self.sessie = sessie
        self.instellingen = instellingen
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Geweigerd door de server"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        uitleg = QLabel(
            tr(
                "De server heeft deze registraties niet aangenomen. Lees de reden, corrigeer "
                "en verstuur opnieuw; er gaat niets verloren."
            )
        )
        uitleg.setWordWrap(True)
        layout.addWidget(uitleg)
        self.model = GeweigerdModel(self)
        self.tabel = maak_tabel(self.model, tr("Geweigerde registraties"), tab_door_cellen=True)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.tabel, 1)
        reden_label = QLabel(tr("Reden van de server (volledig):"))
        layout.addWidget(reden_label)
        self.reden = QPlainTextEdit()
        self.reden.setReadOnly(True)
        self.reden.setTabChangesFocus(True)
        self.reden.setAccessibleName(tr("Reden van de server"))
        reden_label.setBuddy(self.reden)
        layout.addWidget(self.reden, 2)
        self.leeg = QLabel(tr("Er is niets geweigerd."))
        self.leeg.setProperty("niveau", "succes")
        layout.addWidget(self.leeg)
        knoppen = QHBoxLayout()
        knoppen.addStretch(1)
        self.sluit_knop = QPushButton(tr("Sluiten"))
        self.sluit_knop.setProperty("variant", "secondary")
        self.sluit_knop.setAccessibleName(tr("Sluiten"))
        self.sluit_knop.clicked.connect(self.accept)
        self.corrigeer_knop = QPushButton(tr("Corrigeren en opnieuw versturen"))
        self.corrigeer_knop.setProperty("variant", "primary")
        self.corrigeer_knop.setAccessibleName(tr("Corrigeren en opnieuw versturen"))
        self.corrigeer_knop.clicked.connect(self.corrigeer)
        knoppen.addWidget(self.sluit_knop)
        knoppen.addWidget(self.corrigeer_knop)
        layout.addLayout(knoppen)
        self.tabel.selectionModel().currentRowChanged.connect(self._toon_reden)
        self.tabel.doubleClicked.connect(lambda *_: self.corrigeer())
        registraties.geweigerdGewijzigd.connect(self._ververs)
        self._ververs(registraties.geweigerd())

    @classmethod
    def toon(
        cls, parent: QWidget, registraties: Registraties, sessie: Sessie, instellingen: Instellingen
    ) -> GeweigerdDialoog:
        """Open it (non-blocking)."""
        dialoog = cls(parent, registraties, sessie, instellingen)
        scherm = dialoog.screen().availableGeometry()
        dialoog.resize(min(900, scherm.width() - 40), min(560, scherm.height() - 40))
        dialoog.open()
        dialoog.tabel.setFocus()
        return dialoog

    def _ververs(self, items: object) -> None:
        lijst = (
            [i for i in items if getattr(i, "registratie", None) is not None]
            if isinstance(items, list)
            else []
        )
        huidig = self.gekozen_id()
        self.model.set_rows(lijst)
        for kolom in (GeweigerdModel.COL_WANNEER, GeweigerdModel.COL_PARTIJ):
            self.tabel.setColumnWidth(kolom, self.tabel.sizeHintForColumn(kolom) + 24)
        self.tabel.setColumnWidth(GeweigerdModel.COL_ONDERWERP, 220)
        rij = next((n for n, i in enumerate(lijst) if i.id == huidig), 0)
        if lijst:
            self.tabel.selectRow(rij)
            self._toon_reden()
        else:
            self.reden.clear()
        self.tabel.setVisible(bool(lijst))
        self.reden.setVisible(bool(lijst))
        self.leeg.setVisible(not lijst)
        self.corrigeer_knop.setEnabled(bool(lijst))

    def gekozen_id(self) -> str | None:
        """The id of the selected refused item."""
        item = self.model.item(self.tabel.currentIndex().row())
        return item.id if item is not None else None

    def _toon_reden(self, *_: object) -> None:
        item = self.model.item(self.tabel.currentIndex().row())
        self.reden.setPlainText(reden(item) if item is not None else "")

    def corrigeer(self) -> RegistratieDialoog | None:
        """Open the selected item in the registration dialog, prefilled, to correct and resend."""
        item = self.model.item(self.tabel.currentIndex().row())
        if item is None or item.registratie is None:
            return None
        return RegistratieDialoog.corrigeer(
            self,
            self.registraties,
            self.sessie,
            self.instellingen,
            item.id,
            item.registratie,
        )
