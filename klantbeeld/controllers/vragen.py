"""The Vragen tab's controller: the klant's open internetaken in a table model, completed on demand.

The rows come from the klantbeeld on screen; the actor names (``GET /actoren``) and the callback
numbers of open contactverzoeken (``GET /digitaleadressen``) are fetched once each as they go
missing, through the task runner, and :attr:`VragenController.aangevuld` tells the tab to show
them. A failed look-up leaves the short ids and an empty column: not worth a message.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from klantbeeld.controllers.taken import Taken
from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient
from klantbeeld.services.klantbeeld.composer import Klantbeeld
from klantbeeld.services.registraties.internetaken import Soort, terugbeladressen
from klantbeeld.services.verbinding.errors import KlantbeeldError
from klantbeeld.views.models.vragen_model import VraagRij, VragenModel, maak_rijen

ACTOREN = "actoren"
ADRESSEN = "adressen"


class VragenController(QObject):
    """Owns the Vragen tab's table model and the look-ups that complete its rows."""

    #: Actor names or callback numbers arrived, or a question was answered: make the rows again.
    aangevuld = Signal()

    def __init__(
        self, klantinteracties: KlantinteractiesClient | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.klantinteracties = klantinteracties
        self.model = VragenModel(self)
        self.taken = Taken(self)
        self._beeld: Klantbeeld | None = None
        #: Actor name per uuid ("" when the server has none); not personal, kept across contacts.
        self.actor_namen: dict[str, str] = {}
        #: Callback address per klantcontact uuid ("" when it has none).
        self.adressen: dict[str, str] = {}
        #: Internetaken answered in this contact: out of the table before the server knows.
        self.beantwoord: set[str] = set()

    def ververs(self, beeld: Klantbeeld | None) -> list[VraagRij]:
        """Make the rows for ``beeld`` again and fetch what they still miss; the rows."""
        if beeld is None:
            self.wis()
            return []
        self._beeld = beeld
        taken = [t for t in beeld.internetaken if t.uuid not in self.beantwoord]
        rijen = maak_rijen(taken, beeld.klantcontacten, self.actor_namen, adressen=self.adressen)
        self.model.set_rows(rijen)
        if self.klantinteracties is not None:
            if rijen and self._ontbrekende_actoren() and not self.taken.bezig(ACTOREN):
                self.taken.start(ACTOREN, self._actoren(self.klantinteracties))
            gevraagd = [u for u in self._open_contactverzoeken() if u not in self.adressen]
            if gevraagd and not self.taken.bezig(ADRESSEN):
                self.taken.start(ADRESSEN, self._adressen(self.klantinteracties, gevraagd))
        return rijen

    def markeer_beantwoord(self, taak_uuid: str) -> None:
        """The answer is in the journal: the question leaves the table now."""
        self.beantwoord.add(taak_uuid)
        self.aangevuld.emit()

    def wis(self) -> None:
        """Stop the look-ups and forget the rows and numbers (the contact ended)."""
        self.taken.annuleer_alles()
        self._beeld = None
        self.adressen.clear()
        self.beantwoord.clear()
        self.model.set_rows([])

    async def _actoren(self, client: KlantinteractiesClient) -> None:
        try:
            actoren = await client.actoren()
        except KlantbeeldError:
            actoren = []  # the short ids stay
        for actor in actoren:
            if actor.naam:
                self.actor_namen[actor.uuid] = actor.naam
        for actor_uuid in self._ontbrekende_actoren():
            self.actor_namen.setdefault(actor_uuid, "")
        self.aangevuld.emit()

    async def _adressen(self, client: KlantinteractiesClient, gevraagd: list[str]) -> None:
        try:
            gevonden = await terugbeladressen(client, gevraagd)
        except KlantbeeldError:
            gevonden = {}  # the column stays empty; the number is in the klantbeeld's kop
        for uuid in gevraagd:
            self.adressen[uuid] = gevonden.get(uuid, "")
        self.aangevuld.emit()

    def _ontbrekende_actoren(self) -> list[str]:
        beeld = self._beeld
        if beeld is None:
            return []
        return [
            a.uuid
            for t in beeld.internetaken
            for a in t.toegewezen_aan_actoren or []
            if a.uuid and a.uuid not in self.actor_namen
        ]

    def _open_contactverzoeken(self) -> list[str]:
        """The klantcontacten of the open contactverzoeken in the table."""
        return [
            rij.taak.aanleidinggevend_klantcontact.uuid
            for rij in self.model.rijen()
            if rij.soort is Soort.CONTACTVERZOEK
            and rij.taak.aanleidinggevend_klantcontact is not None
            and rij.taak.aanleidinggevend_klantcontact.uuid
        ]
