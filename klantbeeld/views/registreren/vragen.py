"""The questions of one contact, each its own klantcontact; "+ Nog een vraag" adds one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from klantbeeld.controllers.registratie import RegistratieController
from klantbeeld.services.registraties.registratie import MAX_VRAGEN
from klantbeeld.views.registreren.velden import tr
from klantbeeld.views.registreren.vraagblok import VraagBlok


class VragenDeel(QWidget):
    """The question blocks; the dialog places :attr:`nog_een_knop` below them."""

    #: Something in a question changed, or a question was added.
    gewijzigd = Signal()
    #: A question was removed; carries the VraagBlok to put the focus in.
    verwijderd = Signal(object)

    def __init__(self, controller: RegistratieController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._keuzes = (controller.onderwerpen, controller.resultaten, controller.zaken)
        self.blokken: list[VraagBlok] = []
        #: A contactverzoek belongs to one question: no more questions while it is on.
        self.verzoek = False
        self.nog_een_knop = QPushButton(tr("+ Nog een vraag"))
        self.nog_een_knop.setProperty("variant", "secondary")
        self.nog_een_knop.setToolTip(tr("Elke vraag wordt een eigen klantcontact (Ctrl+N)"))
        self.nog_een_knop.setAccessibleName(tr("Nog een vraag toevoegen"))

    def schuifvlak(self, *onder: QWidget) -> QScrollArea:
        """The questions, "+ Nog een vraag" and then ``onder``, in one area that scrolls."""
        inhoud = QWidget()
        layout = QVBoxLayout(inhoud)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self)
        layout.addWidget(self.nog_een_knop, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in onder:
            layout.addWidget(widget)
        layout.addStretch(1)
        vlak = QScrollArea()
        vlak.setWidgetResizable(True)
        vlak.setFrameShape(QFrame.Shape.NoFrame)
        vlak.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        vlak.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        vlak.setWidget(inhoud)
        return vlak

    def nieuw(self, zaken_voorstel: list[str] | None = None) -> VraagBlok:
        """Add a question block (``zaken_voorstel``: the zaken checked in it)."""
        onderwerpen, resultaten, zaken = self._keuzes
        blok = VraagBlok(len(self.blokken) + 1, onderwerpen, resultaten, zaken)
        if zaken_voorstel:
            blok.zaken_model.set_rows(zaken, zaken_voorstel)
        blok.gewijzigd.connect(self.gewijzigd)
        blok.verwijderen.connect(self._verwijder)
        self.blokken.append(blok)
        self._layout.addWidget(blok)
        self.bijwerken()
        return blok

    def _verwijder(self, blok: VraagBlok) -> None:
        if len(self.blokken) <= 1 or blok not in self.blokken:
            return
        index = self.blokken.index(blok)
        self.blokken.remove(blok)
        self._layout.removeWidget(blok)
        blok.deleteLater()
        for n, b in enumerate(self.blokken, 1):
            b.nummer(n)
        self.bijwerken()
        self.verwijderd.emit(self.blokken[min(index, len(self.blokken) - 1)])

    def bijwerken(self) -> None:
        """Removing only with more than one; adding only below the maximum, without a verzoek."""
        for blok in self.blokken:
            blok.verwijder_knop.setVisible(len(self.blokken) > 1)
        self.nog_een_knop.setEnabled(len(self.blokken) < MAX_VRAGEN and not self.verzoek)
        self.nog_een_knop.setToolTip(
            tr("Een contactverzoek hoort bij één vraag")
            if self.verzoek
            else tr("Elke vraag wordt een eigen klantcontact (Ctrl+N)")
        )

    def focus_op_probleem(self) -> bool:
        """Focus the first field to correct (no onderwerp, or too long); False if none."""
        for blok in self.blokken:
            if not blok.onderwerp.currentText().strip() or blok.onderwerp_teller.te_lang:
                blok.onderwerp.setFocus()
                return True
            for veld in (blok.vraag, blok.antwoord):
                if veld.teller.te_lang:
                    veld.setFocus()
                    return True
        return False
