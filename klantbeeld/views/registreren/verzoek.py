"""The contactverzoek's section: who calls back, on which number, before when, and a note.

The deadline proposed is the chosen team's term; the agent's own choice is never overwritten.
The toelichting is counted as it is sent (the agent's words plus the deadline line).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QWidget,
)

from klantbeeld.services.apis.klantinteracties import Actor
from klantbeeld.services.registraties.concept import toelichting_zoals_verzonden
from klantbeeld.services.registraties.internetaken import voorgestelde_deadline
from klantbeeld.services.registraties.registratie import LIMIETEN
from klantbeeld.views.registreren.velden import (
    DeadlineVeld,
    TekstVeld,
    geteld,
    kaart,
    kop_met_teller,
    tr,
    veldlabel,
    vrije_keuze,
)


class VerzoekDeel(QFrame):
    """The contactverzoek's fields, shown while "Contactverzoek maken" is checked."""

    #: Something in the section changed.
    gewijzigd = Signal()
    #: The agent asked to fetch the actoren again.
    opnieuwGevraagd = Signal()

    def __init__(self, adressen: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = kaart(self)
        self.actor = QComboBox()
        self.actor.setAccessibleName(tr("Toewijzen aan"))
        self.actor.setPlaceholderText(tr("Laden…"))
        self.actor_melding = QLabel()
        self.actor_melding.setTextFormat(Qt.TextFormat.PlainText)
        self.actor_melding.setWordWrap(True)
        self.actor_melding.setVisible(False)
        self.actor_opnieuw = QPushButton(tr("Opnieuw proberen"))
        self.actor_opnieuw.setProperty("variant", "secondary")
        self.actor_opnieuw.setAccessibleName(tr("Afdelingen en medewerkers opnieuw laden"))
        self.actor_opnieuw.clicked.connect(self.opnieuwGevraagd)
        self.actor_opnieuw.setVisible(False)
        grid.addWidget(veldlabel(tr("&Toewijzen aan"), self.actor), 0, 0)
        grid.addWidget(self.actor, 1, 0)
        grid.addWidget(self.actor_melding, 2, 0)
        grid.addWidget(self.actor_opnieuw, 3, 0, Qt.AlignmentFlag.AlignLeft)

        self.terugbel = vrije_keuze()
        self.terugbel.setAccessibleName(tr("Terugbelnummer of e-mailadres"))
        self.terugbel.setPlaceholderText(tr("0612345678 of naam@voorbeeld.nl"))
        self.terugbel_teller = geteld(self.terugbel, LIMIETEN["adres"])
        rij = kop_met_teller(tr("Terugbellen &op"), self.terugbel, self.terugbel_teller)
        grid.addLayout(rij, 0, 1)
        grid.addWidget(self.terugbel, 1, 1)

        self.deadline = DeadlineVeld()
        self.deadline.setAccessibleName(tr("Deadline"))
        self.deadline.setToolTip(
            tr(
                "Voorstel: de termijn van het gekozen team. Pijltjestoetsen wijzigen, "
                "Tab gaat verder."
            )
        )
        self._zet_deadline(voorgestelde_deadline(datetime.now(UTC)))
        grid.addWidget(veldlabel(tr("&Deadline"), self.deadline), 0, 2)
        grid.addWidget(self.deadline, 1, 2)

        self.toelichting = TekstVeld(
            LIMIETEN["toelichting"],
            tr("Toelichting voor wie terugbelt"),
            tr("Wat moet de collega weten? Wanneer is de klant bereikbaar?"),
            regels=3,
        )
        rij = kop_met_teller(tr("Toe&lichting"), self.toelichting, self.toelichting.teller)
        grid.addLayout(rij, 2, 1, 1, 2)
        grid.addWidget(self.toelichting, 3, 1, 1, 2)
        # The team names are long ("Team Terugbellen (afdeling of team)"): room for them.
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 0)
        self.actor.currentTextChanged.connect(self.actor.setToolTip)

        for adres in adressen:
            self.terugbel.addItem(adres)
        self.terugbel.setCurrentIndex(0 if self.terugbel.count() else -1)
        self.actor.currentIndexChanged.connect(self._team_gekozen)
        self.actor.currentIndexChanged.connect(self.gewijzigd)
        self.terugbel.editTextChanged.connect(self.gewijzigd)
        self.deadline.dateTimeChanged.connect(self.gewijzigd)
        self.toelichting.textChanged.connect(self.gewijzigd)
        self.toelichting.textChanged.connect(self._tel_toelichting)
        self.deadline.dateTimeChanged.connect(self._tel_toelichting)
        self.toelichting.teller.setToolTip(tr("De deadline gaat mee in de toelichting en telt mee"))

    def _tel_toelichting(self, *_: object) -> None:
        """Count the toelichting as it is sent: the agent's words plus the deadline line."""
        self.toelichting.teller.tel(
            len(toelichting_zoals_verzonden(self.toelichting.tekst(), self.deadline.moment()))
        )

    def _zet_deadline(self, moment: datetime) -> None:
        """Propose ``moment``; the agent's own choice is never overwritten afterwards."""
        self.deadline.blockSignals(True)
        self.deadline.zet(moment)
        self.deadline.blockSignals(False)
        self._voorstel_deadline = self.deadline.dateTime()

    def _team_gekozen(self, *_: object) -> None:
        """A team has its own term: propose its deadline unless the agent chose one."""
        if self.deadline.dateTime() != self._voorstel_deadline:
            return
        team = self.team() if self.actor.currentIndex() >= 0 else ""
        self._zet_deadline(voorgestelde_deadline(datetime.now(UTC), team))
        self._tel_toelichting()

    def team(self) -> str:
        """The chosen actor's name, without its kind (``Team Terugbellen``); "" for none."""
        if self.actor.currentIndex() < 0:
            return ""
        return self.actor.currentText().rsplit(" (", 1)[0]

    def toon_actoren(self, actoren: Sequence[Actor], gewenst: str) -> None:
        """List the teams, then the medewerkers; keep the chosen one, else choose ``gewenst``."""
        gekozen = self.actor.currentData() or gewenst
        self.actor.blockSignals(True)
        self.actor.clear()
        groepen = [a for a in actoren if a.soort_actor == "organisatorische_eenheid"]
        mensen = [a for a in actoren if a.soort_actor == "medewerker"]
        for titel, lijst in ((tr("Afdeling of team"), groepen), (tr("Medewerker"), mensen)):
            for actor in sorted(lijst, key=lambda a: (a.naam or "").lower()):
                self.actor.addItem(f"{actor.naam} ({titel.lower()})", actor.uuid)
        self.actor.setPlaceholderText(tr("Kies wie contact opneemt"))
        self.actor.setCurrentIndex(self.actor.findData(gekozen) if gekozen else -1)
        self.actor.blockSignals(False)
        self._team_gekozen()
        self.verberg_melding()
        self.gewijzigd.emit()

    def bezig(self, bezig: bool) -> None:
        """The actoren are being fetched: the earlier message goes."""
        if bezig:
            self.verberg_melding()

    def verberg_melding(self) -> None:
        """Hide the "not reachable" message and its retry button (a look-up starts)."""
        self.actor_melding.setVisible(False)
        self.actor_opnieuw.setVisible(False)

    def actor_fout(self, melding: str) -> None:
        """Say the actoren cannot be fetched, with a way to try again."""
        self.actor.setPlaceholderText(tr("Niet beschikbaar"))
        self.actor_melding.setText(
            tr("Afdelingen en medewerkers niet bereikbaar — {melding}").format(melding=melding)
        )
        self.actor_melding.setProperty("niveau", "fout")
        self.actor_melding.setVisible(True)
        self.actor_opnieuw.setVisible(True)

    def tab_stops(self) -> list[QWidget]:
        """The section's fields in Tab order."""
        return [self.actor, self.actor_opnieuw, self.terugbel, self.deadline, self.toelichting]

    def focus_op_probleem(self) -> None:
        """Focus what to correct: no actor chosen, a note too long, else the number."""
        if self.actor.currentIndex() < 0:
            self.actor.setFocus()
        elif self.toelichting.teller.te_lang:
            self.toelichting.setFocus()
        else:
            self.terugbel.setFocus()

    def wis(self) -> None:
        """Forget the typed note and number (end of contact)."""
        self.toelichting.clear()
        self.terugbel.clear()
        self.terugbel.setEditText("")
