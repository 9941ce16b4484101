"""The workstation lock's logic: idle time, locked or not, and unlocking (re-authenticating).

The screen locks after :attr:`VergrendelingController.wachttijd_s` without input from the agent
(the view reports every keystroke, click and wheel turn with :meth:`invoer`), at the agent's
request (the shortcut), or when the medewerker's sign-in expires. Unlocking either needs a new
sign-in (``herauthenticatie``: a coroutine, the browser flow, run on the task runner; it raises
a :class:`~klantbeeld.services.verbinding.errors.KlantbeeldError` when it fails, and the lock
stays), or, without a sign-in (the oefenomgeving), only the agent's "Ontgrendelen". Nothing is
cleared while locked: the view only hides what is on screen.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from klantbeeld.controllers.taken import Taken

#: The task runner's key for the re-authentication.
ONTGRENDELEN = "ontgrendelen"

#: Signs the medewerker in again (the browser flow); raises a KlantbeeldError when it fails.
Herauthenticatie = Callable[[], Awaitable[object]]


class Reden(StrEnum):
    """Why the screen locked."""

    INACTIEF = "inactief"
    SNELTOETS = "sneltoets"
    AANMELDING_VERLOPEN = "aanmelding_verlopen"


class VergrendelingController(QObject):
    """Locks after ``wachttijd_s`` without input; unlocks only through :meth:`ontgrendel`.

    ``klok``: monotonic seconds (tests may move it); the timer only wakes the check up, the
    clock decides whether the idle time has passed.
    """

    #: Locked (True) or unlocked (False).
    vergrendeldGewijzigd = Signal(bool)
    #: Unlocking (the re-authentication) started (True) or ended (False).
    bezigGewijzigd = Signal(bool)
    #: Unlocking failed; carries why, in plain Dutch. The screen stays locked.
    mislukt = Signal(str)
    #: A call came in while locked (True) or the lock ended with it still waiting (False).
    gesprekWacht = Signal(bool)

    def __init__(
        self,
        wachttijd_s: float,
        *,
        herauthenticatie: Herauthenticatie | None = None,
        klok: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if wachttijd_s <= 0:
            raise ValueError("de wachttijd moet groter zijn dan 0")
        self.wachttijd_s = wachttijd_s
        self._herauthenticatie = herauthenticatie
        self._klok = klok
        self._laatste_invoer = klok()
        self._vergrendeld = False
        #: Why the screen is locked (None while unlocked).
        self.reden: Reden | None = None
        #: A screen-pop came in while locked: it waits for F9 once unlocked.
        self.gesprek_wacht = False
        self.taken = Taken(self)
        self.taken.bezigGewijzigd.connect(lambda _s, bezig: self.bezigGewijzigd.emit(bezig))
        self.taken.fout.connect(lambda _s, fout: self.mislukt.emit(str(fout)))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.controleer)
        self._wek_over(wachttijd_s)

    @property
    def vergrendeld(self) -> bool:
        """True while the screen is locked."""
        return self._vergrendeld

    @property
    def met_aanmelding(self) -> bool:
        """True when unlocking means signing in again (else the agent only confirms)."""
        return self._herauthenticatie is not None

    @property
    def bezig(self) -> bool:
        """True while the re-authentication runs."""
        return self.taken.bezig(ONTGRENDELEN)

    def invoer(self) -> None:
        """The agent typed, clicked or scrolled: the idle time starts again."""
        if not self._vergrendeld:
            self._laatste_invoer = self._klok()

    def vergrendel(self, reden: Reden = Reden.SNELTOETS) -> None:
        """Lock now (nothing happens when already locked)."""
        if self._vergrendeld:
            return
        self._vergrendeld = True
        self.reden = reden
        self._timer.stop()
        self.vergrendeldGewijzigd.emit(True)

    def gesprek_binnen(self) -> None:
        """A call (a screen-pop) came in: while locked the lock screen says one waits."""
        if self._vergrendeld and not self.gesprek_wacht:
            self.gesprek_wacht = True
            self.gesprekWacht.emit(True)

    def aanmelding_verlopen(self) -> None:
        """The sign-in expired (``Aanmelding.bij_vergrendeling``): lock."""
        self.vergrendel(Reden.AANMELDING_VERLOPEN)

    def ontgrendel(self) -> None:
        """Unlock: sign in again where signed in (the lock stays when that fails), else at once."""
        if not self._vergrendeld or self.bezig:
            return
        if self._herauthenticatie is None:
            self._open()
            return
        self.taken.start(ONTGRENDELEN, self._herauthenticatie(), lambda _: self._open())

    def stop(self) -> None:
        """Stop the timer and a running re-authentication (on quit)."""
        self._timer.stop()
        self.taken.annuleer_alles()

    def _open(self) -> None:
        self._vergrendeld = False
        self.reden = None
        if self.gesprek_wacht:
            self.gesprek_wacht = False
            self.gesprekWacht.emit(False)
        self._laatste_invoer = self._klok()
        self._wek_over(self.wachttijd_s)
        self.vergrendeldGewijzigd.emit(False)

    def controleer(self) -> None:
        """Lock when the idle time has passed (the timer calls this; it wakes up again)."""
        if self._vergrendeld:
            return
        over = self.wachttijd_s - (self._klok() - self._laatste_invoer)
        if over <= 0:
            self.vergrendel(Reden.INACTIEF)
        else:
            self._wek_over(over)

    def _wek_over(self, seconden: float) -> None:
        self._timer.start(max(1, math.ceil(seconden * 1000)))
