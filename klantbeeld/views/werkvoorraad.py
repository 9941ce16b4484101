"""Te beantwoorden vragen: the queue of citizens' questions for me and my teams, oldest first.

A non-modal window (one per main window; F6 brings it back and refreshes it). The questions
are fetched as a task of their own (:func:`services.registraties.werkvoorraad.te_beantwoorden`);
while it runs the window says so, and a failure names the source with "Opnieuw proberen".
Arrows choose, Enter (or double-click, or "Openen en beantwoorden") opens the citizen's
klantbeeld in the main window and the answer dialog beside it; with another klant on screen the
window asks first. An answered question leaves the list at once; the server's state follows
after delivery. When the contact ends the list is
emptied and the window closes (it holds citizens' names).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.werkvoorraad import WerkvoorraadController
from klantbeeld.services.apis.klantinteracties import Internetaak
from klantbeeld.services.registraties.werkvoorraad import OpenVraag, uit_klantbeeld
from klantbeeld.services.werkplek.settings import Instellingen
from klantbeeld.views.beantwoorden import BeantwoordDialoog
from klantbeeld.views.icons import icon
from klantbeeld.views.models.werkvoorraad_model import WerkvoorraadModel
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.sessie import Sessie
from klantbeeld.views.tabel import maak_tabel
from klantbeeld.views.theme import load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Werkvoorraad)."""
    return QCoreApplication.translate("Werkvoorraad", text)


class WerkvoorraadDialoog(QDialog):
    """The queue of citizens' questions for me and my teams."""

    def __init__(
        self,
        sessie: Sessie,
        controller: WerkvoorraadController,
        registraties: Registraties | None,
        instellingen: Instellingen,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessie = sessie
        self.controller = controller
        controller.setParent(self)
        self.registraties = registraties
        self.instellingen = instellingen
        self.antwoord_dialoog: BeantwoordDialoog | None = None
        theme = load_theme()
        self.setWindowTitle(tr("Te beantwoorden vragen"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.space_sm)

        boven = QHBoxLayout()
        self.uitleg = QLabel()
        self.uitleg.setTextFormat(Qt.TextFormat.PlainText)
        self.uitleg.setWordWrap(True)
        self.uitleg.setProperty("rol", "gedempt")
        boven.addWidget(self.uitleg, 1)
        self.ververs_knop = QPushButton(icon("vernieuwen"), tr("Vernieuwen"))
        self.ververs_knop.setProperty("variant", "subtle")
        self.ververs_knop.setToolTip(tr("Haal de vragen opnieuw op (F5)"))
        self.ververs_knop.setAccessibleName(tr("Vernieuwen"))
        self.ververs_knop.setAutoDefault(False)
        self.ververs_knop.clicked.connect(self.ververs)
        boven.addWidget(self.ververs_knop, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(boven)

        status = QHBoxLayout()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status van de lijst"))
        status.addWidget(self.status, 1)
        self.opnieuw_knop = QPushButton(tr("Opnieuw proberen"))
        self.opnieuw_knop.setProperty("variant", "secondary")
        self.opnieuw_knop.setAccessibleName(tr("Opnieuw proberen"))
        self.opnieuw_knop.setAutoDefault(False)
        self.opnieuw_knop.clicked.connect(self.ververs)
        status.addWidget(self.opnieuw_knop)
        layout.addLayout(status)

        self.tabel_model: WerkvoorraadModel = controller.model
        self.tabel = maak_tabel(
            self.tabel_model, tr("Te beantwoorden vragen, oudste eerst"), afwisselend=True
        )
        kop = self.tabel.horizontalHeader()
        kop.setStretchLastSection(False)
        kop.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        kop.setSectionResizeMode(WerkvoorraadModel.COL_ONDERWERP, QHeaderView.ResizeMode.Stretch)
        for col, breedte in ((WerkvoorraadModel.COL_ONTVANGEN, 9), (WerkvoorraadModel.COL_VAN, 13)):
            kop.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            kop.resizeSection(col, theme.font_size * breedte)
        # Enter, Return and double-click all arrive as activated (no default button competes).
        self.tabel.activated.connect(self._geactiveerd)
        layout.addWidget(self.tabel, 1)

        knoppen = QHBoxLayout()
        self.aantal = QLabel()
        self.aantal.setProperty("rol", "gedempt")
        knoppen.addWidget(self.aantal, 1)
        self.sluit_knop = QPushButton(tr("Sluiten"))
        self.sluit_knop.setProperty("variant", "secondary")
        self.sluit_knop.setAccessibleName(tr("Sluiten"))
        self.sluit_knop.setAccessibleDescription(tr("Sluit de werkvoorraad"))
        self.sluit_knop.setAutoDefault(False)
        self.sluit_knop.clicked.connect(self.close)
        knoppen.addWidget(self.sluit_knop)
        self.open_knop = QPushButton(tr("Openen en beantwoorden"))
        self.open_knop.setProperty("variant", "primary")
        self.open_knop.setToolTip(tr("Open het klantbeeld en beantwoord de vraag (Enter)"))
        self.open_knop.setAccessibleName(tr("Openen en beantwoorden"))
        self.open_knop.setAutoDefault(False)
        self.open_knop.clicked.connect(self.open_gekozen)
        knoppen.addWidget(self.open_knop)
        layout.addLayout(knoppen)
        ververs = QShortcut(QKeySequence("F5"), self)
        ververs.activated.connect(self.ververs)

        self.setTabOrder(self.tabel, self.open_knop)
        self.setTabOrder(self.open_knop, self.sluit_knop)
        self.setTabOrder(self.sluit_knop, self.ververs_knop)

        self._gekozen_uuid: str | None = None
        self.tabel_model.modelAboutToBeReset.connect(self._onthoud_keuze)
        self.tabel_model.modelReset.connect(self._herstel_keuze)
        self.tabel_model.modelReset.connect(self._na_wijziging)
        controller.statusGewijzigd.connect(lambda tekst, fout: self._toon_status(tekst, fout=fout))
        controller.bezigGewijzigd.connect(lambda bezig: self.ververs_knop.setEnabled(not bezig))
        self.tabel_model.rowsRemoved.connect(self._na_wijziging)
        sessie.model.gewist.connect(self.wis)
        self._zet_uitleg()
        self._toon_status("", fout=False)
        self._na_wijziging()
        self.resize(theme.font_size * 64, theme.font_size * 34)

    # -- public -----------------------------------------------------------------------------

    @classmethod
    def toon(
        cls,
        parent: QWidget,
        sessie: Sessie,
        registraties: Registraties | None,
        instellingen: Instellingen,
    ) -> WerkvoorraadDialoog:
        """Open it (non-blocking), or bring the open one forward, and fetch the questions."""
        dialoog = parent.findChild(WerkvoorraadDialoog)
        if dialoog is None:
            dialoog = cls(sessie, sessie.werkvoorraad(), registraties, instellingen, parent)
        dialoog.show()
        dialoog.raise_()
        dialoog.activateWindow()
        dialoog.tabel.setFocus()
        dialoog.ververs()
        return dialoog

    def ververs(self) -> None:
        """Fetch the questions again (the previous fetch is cancelled)."""
        self.controller.ververs(
            medewerker_naam=self._medewerker_naam(),
            medewerker_id=self._medewerker_id(),
            groepen=self.instellingen.groepen,
        )

    def open_gekozen(self) -> None:
        """Open the selected question: the klantbeeld, and the answer dialog."""
        rij = self.tabel_model.rij(self.tabel.currentIndex().row())
        if rij is not None:
            self.open_vraag(rij.vraag)

    def open_vraag(self, vraag: OpenVraag) -> BeantwoordDialoog | None:
        """Show the citizen's klantbeeld with this question, ready to answer.

        With another klant on screen the window asks first (the agent may still be talking
        to them): then None, and the answer dialog opens once the agent confirms.
        """
        if vraag.bsn or vraag.kvk_nummer:
            soort: Literal["persoon", "bedrijf"] = "persoon" if vraag.bsn else "bedrijf"
            sleutel = vraag.bsn or vraag.kvk_nummer or ""
            daarna = self.controller.na_wissel(lambda: self._toon_antwoord(vraag))
            if not self.sessie.open_klant(soort, sleutel, naam=vraag.naam, daarna=daarna):
                return None
            return self.antwoord_dialoog
        return self._toon_antwoord(vraag)

    def _toon_antwoord(self, vraag: OpenVraag) -> BeantwoordDialoog:
        """The answer dialog beside the klantbeeld (already on screen)."""
        if self.antwoord_dialoog is not None:
            self.antwoord_dialoog.close()
        ouder = self.parentWidget()
        dialoog = BeantwoordDialoog.toon(ouder, self.sessie, self.registraties, vraag)
        dialoog.beantwoord.connect(self.markeer_beantwoord)
        dialoog.finished.connect(self._antwoord_klaar)
        dialoog.destroyed.connect(lambda _o=None, d=dialoog: self._antwoord_weg(d))
        self.antwoord_dialoog = dialoog
        # Out of the way while answering: the klantbeeld and the answer share the screen.
        self.hide()
        return dialoog

    def markeer_beantwoord(self, taak_uuid: str) -> None:
        """The answer is in the journal: the question leaves the list now."""
        self.controller.markeer_beantwoord(taak_uuid)

    def wis(self) -> None:
        """Forget every question (citizens' names and texts) and close (the contact ended)."""
        self.controller.wis()
        self.hide()

    # -- inside -----------------------------------------------------------------------------

    def _onthoud_keuze(self) -> None:
        gekozen = self.tabel_model.rij(self.tabel.currentIndex().row())
        self._gekozen_uuid = gekozen.vraag.uuid if gekozen else None

    def _herstel_keuze(self) -> None:
        """After a fetch the question chosen before stays chosen (else the first)."""
        rijen = self.tabel_model.rijen()
        uuid, self._gekozen_uuid = self._gekozen_uuid, None
        keuze = next((i for i, r in enumerate(rijen) if r.vraag.uuid == uuid), 0)
        if rijen:
            self.tabel.selectRow(keuze)

    def _medewerker_naam(self) -> str:
        m = self.registraties.medewerker if self.registraties else None
        return self.instellingen.medewerker_naam or (m.naam if m else "")

    def _medewerker_id(self) -> str:
        m = self.registraties.medewerker if self.registraties else None
        return self.instellingen.medewerker_id or (m.identificatie if m else "")

    def _zet_uitleg(self) -> None:
        wie = [n for n in (self._medewerker_naam(), *self.instellingen.groepen) if n]
        if wie:
            self.uitleg.setText(
                tr("Vragen van inwoners voor {wie}. Oudste eerst; Enter opent de vraag.").format(
                    wie=", ".join(wie)
                )
            )
        else:
            self.uitleg.setText(
                tr("Stel bij Instellingen uw naam en teams in om hun vragen te zien.")
            )

    def _toon_status(self, tekst: str, *, fout: bool) -> None:
        self.status.setText(tekst)
        self.status.setProperty("niveau", "fout" if fout else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(tekst))
        self.opnieuw_knop.setVisible(fout)

    def _na_wijziging(self, *_: object) -> None:
        n = self.tabel_model.rowCount()
        if n == 0:
            self.aantal.setText(tr("Geen vragen te beantwoorden."))
        elif n == 1:
            self.aantal.setText(tr("1 vraag"))
        else:
            self.aantal.setText(tr("{n} vragen").format(n=n))
        self.open_knop.setEnabled(n > 0)

    def _geactiveerd(self, index: QModelIndex) -> None:
        rij = self.tabel_model.rij(index.row())
        if rij is not None:
            self.open_vraag(rij.vraag)

    def _antwoord_weg(self, dialoog: BeantwoordDialoog) -> None:
        if self.antwoord_dialoog is dialoog:
            self.antwoord_dialoog = None

    def _antwoord_klaar(self, *_: object) -> None:
        self.antwoord_dialoog = None
        if self.tabel_model.rowCount() and self.sessie.model.beeld is not None:
            self.show()
            self.raise_()
            self.tabel.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the fetch when the window goes."""
        self.controller.annuleer()
        super().closeEvent(event)


def beantwoord_in_klantbeeld(
    venster: QWidget, sessie: Sessie, taak: Internetaak
) -> BeantwoordDialoog | None:
    """Open the answer dialog for an internetaak of the klantbeeld on screen (the Vragen tab).

    The registrations are the window's (``venster.registraties``); an open work queue drops
    the question as soon as it is answered.
    """
    beeld = sessie.model.beeld
    if beeld is None:
        return None
    registraties = getattr(venster, "registraties", None)
    dialoog = BeantwoordDialoog.toon(
        venster,
        sessie,
        registraties if isinstance(registraties, Registraties) else None,
        uit_klantbeeld(beeld, taak),
    )
    for rij in venster.findChildren(WerkvoorraadDialoog):
        dialoog.beantwoord.connect(rij.markeer_beantwoord)
    return dialoog
