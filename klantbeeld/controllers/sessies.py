"""The agent's sessions: one klantbeeld session per contact, a contact timer and nawerk each.

A KCC agent may hold several contacts at once (three chats, a second caller while wrapping up
the first). :class:`Sessies` keeps up to :attr:`Sessies.maximum` session controllers
(:class:`~klantbeeld.controllers.sessie.Sessie`), which one is shown, when each contact
started, and the nawerk (wrap-up) after a contact ended, counting down from a configurable
maximum. A new search in a session that already shows a klant asks "in deze sessie of een
nieuwe?" through the message bridge (Enter: a new one). Ending one session wipes only that
session; the others are untouched. The clock is handed in, so tests never wait for time.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from klantbeeld.controllers.meldingen import Keuze, KeuzeSoort, Vraag
from klantbeeld.controllers.sessie import ZOEK, Sessie
from klantbeeld.services.klantbeeld.zoekvraag import Zoekvraag

#: The most sessions an agent holds at once.
MAX_SESSIES = 10
#: The nawerk's default maximum, in seconds.
NAWERK_S = 60


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Sessies)."""
    return QCoreApplication.translate("Sessies", text)


class Stand(enum.Enum):
    """Where a session stands."""

    LEEG = "leeg"  # ready for the next contact
    CONTACT = "contact"  # a klantbeeld is open: the contact timer runs
    NAWERK = "nawerk"  # the contact ended: wrap-up, counting down


@dataclass
class _Tijden:
    """One session's moments, on the controller's clock (seconds)."""

    contact_start: float | None = None
    nawerk_start: float | None = None
    #: The ended contact's duration, kept while its nawerk runs.
    gesprek_s: float | None = None


class Sessies(QObject):
    """Holds the sessions, the one shown, and each one's contact timer and nawerk."""

    #: A session was added; carries its index.
    toegevoegd = Signal(int)
    #: A session was removed; carries the index it had.
    verwijderd = Signal(int)
    #: Another session is shown; carries its index.
    gekozen = Signal(int)
    #: A session's stand changed (contact started, nawerk began or ended); carries its index.
    standGewijzigd = Signal(int)
    #: A session's nawerk ended; carries (the Sessie, its nawerk in seconds).
    nawerkKlaar = Signal(object, float)

    def __init__(
        self,
        eerste: Sessie,
        parent: QObject | None = None,
        *,
        maximum: int = MAX_SESSIES,
        nawerk_s: float = NAWERK_S,
        klok: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.maximum = max(1, min(maximum, MAX_SESSIES))
        #: The nawerk's maximum, in seconds (0: no nawerk).
        self.nawerk_s = nawerk_s
        self._klok = klok
        self.lijst: list[Sessie] = []
        self._tijden: dict[Sessie, _Tijden] = {}
        self._index = 0
        self._eigen: set[Sessie] = set()
        self._voeg_toe(eerste)

    # -- reading ----------------------------------------------------------------------------

    @property
    def huidig(self) -> Sessie:
        """The session shown."""
        return self.lijst[self._index]

    @property
    def index(self) -> int:
        """The index of the session shown."""
        return self._index

    def stand(self, sessie: Sessie) -> Stand:
        """Where ``sessie`` stands."""
        tijden = self._tijden[sessie]
        if sessie.model.beeld is not None:
            return Stand.CONTACT
        return Stand.NAWERK if tijden.nawerk_start is not None else Stand.LEEG

    def bezet(self, sessie: Sessie) -> bool:
        """True while ``sessie`` holds a contact: a klantbeeld, a search under way, or nawerk."""
        return self.stand(sessie) is not Stand.LEEG or sessie.taken.bezig(ZOEK)

    def contactduur(self, sessie: Sessie) -> float:
        """Seconds since this session's contact started (0 without a contact)."""
        start = self._tijden[sessie].contact_start
        return max(0.0, self._klok() - start) if start is not None else 0.0

    def nawerk_over(self, sessie: Sessie) -> float | None:
        """Seconds of nawerk left (None: not in nawerk)."""
        start = self._tijden[sessie].nawerk_start
        if start is None:
            return None
        return max(0.0, self.nawerk_s - (self._klok() - start))

    def gesprekstijden(self, sessie: Sessie) -> tuple[float, float] | None:
        """The times a registration saved now records: (gespreksduur, nawerk) in seconds.

        During the contact: its duration so far and no nawerk. In nawerk: the contact's
        duration from its start to its end, and the nawerk from that end to now, capped at
        :attr:`nawerk_s`. Without a contact or nawerk: None.
        """
        tijden = self._tijden.get(sessie)
        if tijden is None:
            return None
        if tijden.contact_start is not None:
            return self.contactduur(sessie), 0.0
        if tijden.nawerk_start is not None and tijden.gesprek_s is not None:
            nawerk = max(0.0, self._klok() - tijden.nawerk_start)
            return tijden.gesprek_s, min(self.nawerk_s, nawerk)
        return None

    def vastgelegd(self, sessie: Sessie) -> tuple[float, float] | None:
        """A registration was saved in ``sessie``: its times; a nawerk ends with it."""
        tijden = self.gesprekstijden(sessie)
        if self.stand(sessie) is Stand.NAWERK:
            self._einde_nawerk(sessie)
        return tijden

    def kan_nieuw(self) -> bool:
        """True while another session fits."""
        return len(self.lijst) < self.maximum

    # -- changing ---------------------------------------------------------------------------

    def nieuw(self) -> Sessie | None:
        """A new, empty session, shown; None when :attr:`maximum` are open already."""
        if not self.kan_nieuw():
            return None
        sessie = self.huidig.nieuwe()
        sessie.setParent(self)
        self._eigen.add(sessie)
        self._voeg_toe(sessie)
        self.kies(len(self.lijst) - 1)
        return sessie

    def kies(self, index: int) -> None:
        """Show session ``index`` (out of range: nothing happens)."""
        if 0 <= index < len(self.lijst) and index != self._index:
            self._index = index
            self.gekozen.emit(index)

    def volgende(self, stap: int = 1) -> None:
        """Show the next session (``stap`` -1: the previous), round the end."""
        if len(self.lijst) > 1:
            self.kies((self._index + stap) % len(self.lijst))

    def zoek(self, vraag: Zoekvraag, *, nieuw: Callable[[Sessie], object] | None = None) -> None:
        """Search in the session shown when it is empty, else ask where (Enter: a new one).

        ``nieuw`` runs with the new session before its search starts (the window shows the
        search text there).
        """
        huidig = self.huidig
        if huidig.model.beeld is None or not self.kan_nieuw():
            self._zoek_in(huidig, vraag)
            return

        def in_nieuwe() -> None:
            sessie = self.nieuw()
            if sessie is None:
                return
            if nieuw is not None:
                nieuw(sessie)
            self._zoek_in(sessie, vraag)

        def in_deze() -> None:
            if huidig in self._tijden:
                self.kies(self.lijst.index(huidig))
                self._zoek_in(huidig, vraag)

        huidig.meldingen.vraag(
            Vraag(
                titel=tr("Nieuwe zoekopdracht"),
                tekst=tr("In deze sessie zoeken of in een nieuwe?"),
                toelichting=tr(
                    "In een nieuwe sessie blijft het klantbeeld van deze sessie open; "
                    "in deze sessie vervangt het zoekresultaat het."
                ),
                keuzes=(
                    Keuze(tr("&Nieuwe sessie"), KeuzeSoort.BEVESTIG, in_nieuwe),
                    Keuze(tr("In &deze sessie"), KeuzeSoort.ONHERROEPELIJK, in_deze),
                    Keuze(tr("Annuleren"), KeuzeSoort.ANNULEER),
                ),
                standaard=0,
                annuleer=2,
            )
        )

    def beeindig(self, sessie: Sessie, *, nawerk: bool = True) -> None:
        """End this session's contact (only this one's); with ``nawerk`` the wrap-up starts."""
        tijden = self._tijden[sessie]
        had_contact = tijden.contact_start is not None
        duur = self.contactduur(sessie)
        sessie.beeindig_contact()
        if nawerk and had_contact and self.nawerk_s > 0:
            tijden.gesprek_s = duur
            tijden.nawerk_start = self._klok()
            self.standGewijzigd.emit(self.lijst.index(sessie))

    def sluit(self, sessie: Sessie) -> None:
        """End this session's contact and remove it; the last one stays, empty."""
        self.beeindig(sessie, nawerk=False)
        self._einde_nawerk(sessie)
        if len(self.lijst) == 1:
            return
        index = self.lijst.index(sessie)
        del self.lijst[index]
        del self._tijden[sessie]
        if self._index > index or self._index == len(self.lijst):
            self._index -= 1
        self.verwijderd.emit(index)
        self.gekozen.emit(self._index)
        if sessie in self._eigen:  # the first one is its maker's
            self._eigen.discard(sessie)
            sessie.deleteLater()

    def beeindig_alle(self) -> None:
        """End every session's contact (on quit)."""
        for sessie in self.lijst:
            self.beeindig(sessie, nawerk=False)
            self._einde_nawerk(sessie)

    def tik(self) -> None:
        """Look at the clock: a nawerk past its maximum ends (the window calls this)."""
        for sessie in list(self.lijst):
            over = self.nawerk_over(sessie)
            if over is not None and over <= 0:
                self._einde_nawerk(sessie)

    def einde_nawerk(self, sessie: Sessie) -> None:
        """The agent is ready before the countdown ends."""
        self._einde_nawerk(sessie)

    # -- inside -----------------------------------------------------------------------------

    def _voeg_toe(self, sessie: Sessie) -> Sessie:
        self.lijst.append(sessie)
        self._tijden[sessie] = _Tijden()
        # Through a child: its slots go with this controller (a session may outlive it).
        volger = _Volger(sessie, self._gestart, self._gewist, self)
        sessie.model.gestart.connect(volger.gestart)
        sessie.model.gewist.connect(volger.gewist)
        self.toegevoegd.emit(len(self.lijst) - 1)
        return sessie

    def _zoek_in(self, sessie: Sessie, vraag: Zoekvraag) -> None:
        self._einde_nawerk(sessie)
        sessie.zoek(vraag)

    def _gestart(self, sessie: Sessie) -> None:
        tijden = self._tijden.get(sessie)
        if tijden is None:
            return
        self._einde_nawerk(sessie)
        if tijden.contact_start is None:  # a reload (F5) is the same contact
            tijden.contact_start = self._klok()
        self.standGewijzigd.emit(self.lijst.index(sessie))

    def _gewist(self, sessie: Sessie) -> None:
        tijden = self._tijden.get(sessie)
        if tijden is None:
            return
        tijden.contact_start = None
        self.standGewijzigd.emit(self.lijst.index(sessie))

    def _einde_nawerk(self, sessie: Sessie) -> None:
        tijden = self._tijden.get(sessie)
        if tijden is None or tijden.nawerk_start is None:
            return
        duur = min(self.nawerk_s, self._klok() - tijden.nawerk_start)
        tijden.nawerk_start = None
        tijden.gesprek_s = None
        self.nawerkKlaar.emit(sessie, float(duur))
        self.standGewijzigd.emit(self.lijst.index(sessie))


class _Volger(QObject):
    """Hands one session's model signals to its controller, for as long as that exists."""

    def __init__(
        self,
        sessie: Sessie,
        gestart: Callable[[Sessie], None],
        gewist: Callable[[Sessie], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._sessie = sessie
        self._gestart = gestart
        self._gewist = gewist

    def gestart(self) -> None:
        """A klantbeeld started loading in the session."""
        self._gestart(self._sessie)

    def gewist(self) -> None:
        """The session's klantbeeld was wiped."""
        self._gewist(self._sessie)
