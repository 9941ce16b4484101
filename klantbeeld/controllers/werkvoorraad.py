"""The werkvoorraad controller: fetches the questions for me and my teams into its table model.

One fetch at a time through the task runner (a new one replaces the running one); its state
reaches the window as a status text (busy, not configured, the source that failed) and the
questions answered here stay out of the list until the server agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from klantbeeld.controllers.taken import Taken
from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient
from klantbeeld.services.registraties.werkvoorraad import OpenVraag, te_beantwoorden
from klantbeeld.services.verbinding.errors import KlantbeeldError, bronnaam, reden
from klantbeeld.services.werkplek.settings import BRON_NAMEN, ApiNaam
from klantbeeld.views.models.werkvoorraad_model import WerkvoorraadModel, maak_rijen

TAAK = "vragen"


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Werkvoorraad)."""
    return QCoreApplication.translate("Werkvoorraad", text)


class WerkvoorraadController(QObject):
    """Owns the fetch of the werkvoorraad and the table model its window shows."""

    #: What to say about the list; carries (text, is an error). "" says nothing.
    statusGewijzigd = Signal(str, bool)
    #: A fetch started (True) or ended (False).
    bezigGewijzigd = Signal(bool)

    def __init__(
        self, klantinteracties: KlantinteractiesClient | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.klantinteracties = klantinteracties
        self.model = WerkvoorraadModel(self)
        self.taken = Taken(self)
        self.taken.bezigGewijzigd.connect(lambda _sleutel, bezig: self.bezigGewijzigd.emit(bezig))
        self.taken.fout.connect(self._fout)
        #: Internetaken answered here: kept out of the list until the server agrees.
        self.beantwoord: set[str] = set()

    def ververs(self, *, medewerker_naam: str, medewerker_id: str, groepen: Sequence[str]) -> None:
        """Fetch the questions again (the previous fetch is cancelled)."""
        self.taken.annuleer(TAAK)
        if self.klantinteracties is None:
            self.statusGewijzigd.emit(tr("Klantinteracties is niet ingesteld."), True)
            return
        self.statusGewijzigd.emit(tr("Vragen laden…"), False)
        self.taken.start(
            TAAK,
            te_beantwoorden(
                self.klantinteracties,
                medewerker_naam=medewerker_naam,
                medewerker_id=medewerker_id,
                groepen=list(groepen),
            ),
            self._binnen,
        )

    def na_wissel(self, actie: Callable[[], object]) -> Callable[[], None]:
        """``actie`` for the session to run once it shows a question's klant (the agent may
        confirm the switch later): dropped if this controller's window is gone by then."""
        return self.taken.vervolg(actie)

    def markeer_beantwoord(self, taak_uuid: str) -> None:
        """The answer is in the journal: the question leaves the list now."""
        self.beantwoord.add(taak_uuid)
        self.model.verwijder(taak_uuid)

    def wis(self) -> None:
        """Stop fetching and forget every question (citizens' names and texts)."""
        self.taken.annuleer_alles()
        self.model.set_rows([])
        self.statusGewijzigd.emit("", False)

    def annuleer(self) -> None:
        """Stop fetching (the window closed); what is listed stays."""
        self.taken.annuleer_alles()

    def _binnen(self, vragen: list[OpenVraag]) -> None:
        self.model.set_rows(maak_rijen([v for v in vragen if v.uuid not in self.beantwoord]))
        self.statusGewijzigd.emit("", False)

    def _fout(self, _sleutel: str, fout: KlantbeeldError) -> None:
        bron = bronnaam(BRON_NAMEN[ApiNaam.KLANTINTERACTIES])
        self.statusGewijzigd.emit(
            tr("{bron} niet bereikbaar — {reden}").format(bron=bron, reden=reden(fout)), True
        )
