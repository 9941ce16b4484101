"""The "Contact registreren" dialog: kanaal, questions, linked zaken, and a contactverzoek.

:class:`RegistratieDialoog` records one conversation: kanaal, one or more questions (each its
own klantcontact), linked zaken, and optionally a contactverzoek for a colleague. It opens with
``.open()``, never blocks, saves with Ctrl+Enter and keeps every typed word: too-long text is
refused with the reason (never cut), and a dialog closed without saving leaves a draft in memory
(per klantbeeld) that the next opening restores. What it shows and saves comes from its
:class:`~controllers.registratie.RegistratieController`; the dialog only shows and forwards.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.meldingen import Vraag
from klantbeeld.controllers.registratie import BEWAREN, WEGGOOIEN, RegistratieController
from klantbeeld.controllers.registraties import Registraties
from klantbeeld.services.apis.klantinteracties import Actor
from klantbeeld.services.registraties.concept import (
    RESULTAAT_CONTACTVERZOEK,
    duur_tekst,
)
from klantbeeld.services.registraties.registratie import Registratie
from klantbeeld.services.werkplek.settings import Instellingen
from klantbeeld.views.bevestiging import (
    BevestigingPaneel,
    Vastgelegd,
    hoofdvenster,
    toon_bevestiging,
)
from klantbeeld.views.registreren.concepten import lees, vul
from klantbeeld.views.registreren.klok import ContactKlok
from klantbeeld.views.registreren.kop import Kop
from klantbeeld.views.registreren.problemen import Voet
from klantbeeld.views.registreren.velden import is_opslaan_toets, tr
from klantbeeld.views.registreren.verzoek import VerzoekDeel
from klantbeeld.views.registreren.vraagblok import VraagBlok
from klantbeeld.views.registreren.vragen import VragenDeel
from klantbeeld.views.sessie import Sessie


class RegistratieDialoog(QDialog):
    """Records a contact (and optionally a contactverzoek); opened with ``toon()``."""

    #: Saved in the journal; carries the Registratie.
    vastgelegd = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        controller: RegistratieController,
        sessie: Sessie,
        *,
        contactverzoek: bool = False,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.setParent(self)  # its look-ups and late answers end with the dialog
        self.sessie = sessie
        self.registraties = controller.registraties
        self.correctie = controller.correctie
        self.partij = controller.partij
        self.start = controller.start
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._opgeslagen = False
        self._weggooien = False
        self._poging = False
        #: The open question "what with the text?" (None when none is open).
        self.bevestiging: Vraag | None = None
        #: The lasting confirmation shown after saving (in the main window).
        self.bevestiging_paneel: BevestigingPaneel | None = None
        self._vul_actor = ""

        self.setWindowTitle(
            tr("Geweigerde registratie corrigeren") if self.correctie else tr("Contact registreren")
        )
        self.setAccessibleName(self.windowTitle())
        buiten = QVBoxLayout(self)
        buiten.setContentsMargins(16, 12, 16, 12)
        buiten.setSpacing(8)
        self.kop = kop = Kop(buiten, controller.beeld, self.partij)
        self.partij_label, self.kanaal, self.duur = kop.partij_label, kop.kanaal, kop.duur
        self.persoon_waarschuwing, self.herstel = kop.persoon_waarschuwing, kop.herstel
        self.identiteit = kop.identiteit

        # the questions and the contactverzoek, scrolling when long
        self.vragen = VragenDeel(controller)
        self.blokken = self.vragen.blokken
        self.vragen.gewijzigd.connect(self._gewijzigd)
        self.vragen.verwijderd.connect(self._verwijderd)
        self.nog_een_knop = self.vragen.nog_een_knop
        self.nog_een_knop.clicked.connect(self.nog_een_vraag)
        self.verzoek_keuze = QCheckBox(tr("Contactverzoek maken: een collega neemt contact op"))
        self.verzoek_keuze.setAccessibleName(tr("Contactverzoek maken"))
        self.verzoek_keuze.setAccessibleDescription(tr("Een collega neemt contact op met de klant"))
        self.verzoek = VerzoekDeel(controller.adressen)
        self.actor, self.terugbel = self.verzoek.actor, self.verzoek.terugbel
        self.actor_melding, self.actor_opnieuw = (
            self.verzoek.actor_melding,
            self.verzoek.actor_opnieuw,
        )
        self.deadline, self.toelichting = self.verzoek.deadline, self.verzoek.toelichting
        self.verzoek.gewijzigd.connect(self._gewijzigd)
        self.verzoek.opnieuwGevraagd.connect(lambda: controller.laad_actoren(opnieuw=True))
        self.vlak = self.vragen.schuifvlak(self.verzoek_keuze, self.verzoek)
        buiten.addWidget(self.vlak, 1)

        # problems and buttons
        self._voet = Voet(buiten)
        self.problemen = self._voet.label
        self.annuleer_knop, self.opslaan_knop = self._voet.annuleer_knop, self._voet.knop
        self.annuleer_knop.clicked.connect(self.reject)
        self.opslaan_knop.clicked.connect(self.vastleggen)

        for toets, actie in (
            ("Ctrl+Return", self.vastleggen),
            ("Ctrl+Enter", self.vastleggen),
            ("Ctrl+N", self.nog_een_vraag),
        ):
            sc = QShortcut(QKeySequence(toets), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(actie)

        # fill: a correction, a draft, or fresh
        concept = controller.concept
        if concept is not None:
            vul(self, concept, contactverzoek)
            if controller.hersteld:
                self.herstel.setText(tr("Concept hersteld: wat u eerder typte staat er weer."))
                self.herstel.setVisible(True)
        else:
            kop.kies_kanaal(controller.standaard_kanaal())
            self.vragen.nieuw(zaken_voorstel=controller.zaak_voorstel)
            self.verzoek_keuze.setChecked(contactverzoek)
        self._leeg = lees(self).inhoud()
        self.kanaal.currentIndexChanged.connect(self._gewijzigd)
        self.identiteit.gewijzigd.connect(self._gewijzigd)
        self.verzoek_keuze.toggled.connect(self._verzoek_aan)
        self._verzoek_aan(self.verzoek_keuze.isChecked(), voorstel=concept is None)
        self._tab_volgorde()

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tik)
        self._timer.start()
        self._tik()
        controller.contactBeeindigd.connect(self._gewist)
        controller.actorenBezig.connect(self.verzoek.bezig)
        controller.actorenGeladen.connect(self._toon_actoren)
        controller.actorenFout.connect(self._actor_fout)
        controller.fout.connect(self._voet.fout)
        controller.beantwoord.connect(self._beantwoord)
        controller.laad_actoren()
        self._controleer()

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def toon(
        cls,
        parent: QWidget,
        registraties: Registraties,
        sessie: Sessie,
        instellingen: Instellingen,
        *,
        contactverzoek: bool = False,
    ) -> RegistratieDialoog:
        """Open it (non-blocking); an open one is brought forward instead of a second."""
        for bestaand in parent.findChildren(RegistratieDialoog):
            if bestaand.isVisible() and bestaand.correctie is None:
                if contactverzoek:
                    bestaand.verzoek_keuze.setChecked(True)
                bestaand.raise_()
                bestaand.activateWindow()
                return bestaand
        start = ContactKlok.voor(sessie.model).start
        controller = RegistratieController.voor(sessie, registraties, instellingen, start=start)
        dialoog = cls(parent, controller, sessie, contactverzoek=contactverzoek)
        dialoog._toon()
        return dialoog

    @classmethod
    def corrigeer(
        cls,
        parent: QWidget,
        registraties: Registraties,
        sessie: Sessie,
        instellingen: Instellingen,
        item_id: str,
        registratie: Registratie,
    ) -> RegistratieDialoog:
        """Open prefilled with a refused registration; saving resends it (same id)."""
        correctie = (item_id, registratie)
        controller = RegistratieController.voor(
            sessie, registraties, instellingen, correctie=correctie
        )
        dialoog = cls(parent, controller, sessie)
        dialoog._toon()
        return dialoog

    def _toon(self) -> None:
        scherm = self.screen().availableGeometry()
        self.resize(min(960, scherm.width() - 40), min(700, scherm.height() - 40))
        self.open()
        if self.blokken:
            self.blokken[0].onderwerp.setFocus()

    # -- the questions -----------------------------------------------------------------------

    def nog_een_vraag(self) -> None:
        """Add a question block (each question becomes its own klantcontact)."""
        if not self.nog_een_knop.isEnabled():
            return
        blok = self.vragen.nieuw()
        self._tab_volgorde()
        self._gewijzigd()
        blok.onderwerp.setFocus()
        # Once laid out; a timer owned by the block dies with it (and with the dialog).
        QTimer.singleShot(0, blok, lambda: self.vlak.ensureWidgetVisible(blok))

    def _verwijderd(self, focus: VraagBlok) -> None:
        self._tab_volgorde()
        self._gewijzigd()
        focus.onderwerp.setFocus()

    def _verzoek_aan(self, aan: bool, *, voorstel: bool = True) -> None:
        self.verzoek.setVisible(aan)
        self.setWindowTitle(
            tr("Geweigerde registratie corrigeren")
            if self.correctie
            else tr("Contactverzoek maken")
            if aan
            else tr("Contact registreren")
        )
        resultaten = self.controller.resultaten
        if aan and voorstel and self.blokken and RESULTAAT_CONTACTVERZOEK in resultaten:
            self.blokken[0].resultaat.setEditText(RESULTAAT_CONTACTVERZOEK)
        self.vragen.verzoek = aan
        self.vragen.bijwerken()
        self._tab_volgorde()
        self._gewijzigd()

    def _tab_volgorde(self) -> None:
        volgorde: list[QWidget] = [self.kanaal, *self.identiteit.tab_stops()]
        for blok in self.blokken:
            volgorde += blok.tab_stops()
        volgorde += [self.nog_een_knop, self.verzoek_keuze, *self.verzoek.tab_stops()]
        volgorde += [self.annuleer_knop, self.opslaan_knop]
        for eerste, tweede in itertools.pairwise(volgorde):
            QWidget.setTabOrder(eerste, tweede)

    # -- actoren -----------------------------------------------------------------------------

    def _toon_actoren(self, actoren: list[Actor]) -> None:
        self.verzoek.toon_actoren(actoren, self.controller.gewenste_actor(self._vul_actor))

    def _actor_fout(self, melding: str) -> None:
        self.verzoek.actor_fout(melding)
        self._controleer()

    # -- the draft ---------------------------------------------------------------------------

    def _deadline(self) -> datetime:
        return self.deadline.moment()

    def is_leeg(self) -> bool:
        """True when nothing was typed since the dialog opened empty."""
        return lees(self).inhoud() == self._leeg and not self.herstel.isVisible()

    def _gewijzigd(self, *_: object) -> None:
        if not hasattr(self, "_leeg") or self._opgeslagen or self._weggooien:
            return
        self.controller.bewaar(lees(self), leeg=self._leeg)
        self._controleer()

    # -- checking and saving -----------------------------------------------------------------

    def problemen_lijst(self) -> list[str]:
        """Every reason it cannot be saved yet, in plain Dutch (empty: it can)."""
        return self.controller.problemen(lees(self))

    def _controleer(self) -> list[str]:
        problemen = self.problemen_lijst()
        self._voet.toon(problemen, poging=self._poging)
        return problemen

    def vastleggen(self) -> bool:
        """Save to the journal (or resend a correction); False and the reasons shown if not."""
        if self._opgeslagen:
            return False
        self._poging = True
        if self._controleer():
            self._focus_op_probleem()
            return False
        reg = self.controller.vastleggen(lees(self))
        if reg is None:  # the controller said why
            return False
        self._opgeslagen = True
        venster = hoofdvenster(self)
        if venster is not None:
            self.bevestiging_paneel = toon_bevestiging(
                venster, self.registraties, self.sessie, self.vastgelegd_als(reg)
            )
        self.vastgelegd.emit(reg)
        self.accept()
        return True

    def vastgelegd_als(self, reg: Registratie) -> Vastgelegd:
        """What the confirmation says about ``reg``: for whom, which zaken, which team."""
        team = self.verzoek.team() if reg.contactverzoek is not None else ""
        return Vastgelegd(
            registratie=reg,
            voor=self.partij_label.text(),
            zaken=self.controller.zaak_labels(reg),
            team=team,
        )

    def _focus_op_probleem(self) -> None:
        if self.identiteit.zonder_document():
            self.identiteit.document.setFocus()
        elif not self.vragen.focus_op_probleem() and self.verzoek_keuze.isChecked():
            self.verzoek.focus_op_probleem()

    # -- closing -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter saves from any field (also when no shortcut caught it)."""
        if is_opslaan_toets(event):
            event.accept()
            self.vastleggen()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc/Annuleren: close at once when empty, else ask before throwing the text away."""
        if self._opgeslagen or self._weggooien or self.is_leeg():
            if self.is_leeg() and not self.herstel.isVisible():
                self.controller.vergeet()
            super().reject()
            return
        if self.bevestiging is None:
            self.bevestiging = self.controller.vraag_niet_vastgelegd()

    def _beantwoord(self, keuze: str) -> None:
        """The agent answered "what with the text?": go on typing, keep a draft, or throw away.

        An answer given after the dialog closed (the contact ended meanwhile) changes nothing.
        """
        if self.bevestiging is None:
            return
        self.bevestiging = None
        if keuze == WEGGOOIEN:
            self._weggooien = True
            self.controller.vergeet()
            super().reject()
        elif keuze == BEWAREN:
            self.controller.bewaar(lees(self))
            self._weggooien = True  # closing now keeps the draft
            super().reject()

    def done(self, result: int) -> None:
        """Stop the clock and the look-ups; a draft stays unless saved or thrown away."""
        self._timer.stop()
        self.controller.stop()
        self.bevestiging = None  # a question still open is answered for nobody
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button acts like Esc."""
        if self._opgeslagen or self._weggooien or self.is_leeg():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def _tik(self) -> None:
        seconden = (datetime.now(UTC) - self.start).total_seconds()
        begin = self.start.astimezone().strftime("%H:%M")
        self.duur.setText(
            tr("Gestart {tijd} · duur {duur}").format(tijd=begin, duur=duur_tekst(seconden))
        )

    def _gewist(self) -> None:
        """End of contact while open: keep the draft in memory, clear the screen, close."""
        if self.correctie is not None:
            return
        if not self.is_leeg() and not self._opgeslagen:
            self.controller.bewaar(lees(self))
        self._weggooien = True
        self.partij_label.clear()
        for blok in self.blokken:
            blok.wis()
        self.verzoek.wis()
        super().reject()
