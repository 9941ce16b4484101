"""The agent's registrations: journal first, delivery in the background, counts for the status bar.

:class:`Registraties` writes each registration to the durable journal (the agent waits only for
that), wakes the :class:`~services.registraties.bezorger.Bezorger` running as a task on the Qt loop,
and tells the screen how many wait, which were refused (with the server's text intact, to
correct and resend) and which arrived.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from klantbeeld.services.registraties.bezorger import Bezorger
from klantbeeld.services.registraties.journaal import Item, Journaal, Status
from klantbeeld.services.registraties.registratie import Medewerker, Registratie


class Registraties(QObject):
    """Owns the journal and the delivery task of this window."""

    #: How many registrations wait for delivery; carries int.
    wachtendGewijzigd = Signal(int)
    #: The refused registrations changed; carries list[Item].
    geweigerdGewijzigd = Signal(object)
    #: A registration of this session reached the server; carries its Registratie.
    bezorgd = Signal(object)

    def __init__(
        self,
        journaal: Journaal,
        bezorger: Bezorger | None,
        medewerker: Medewerker | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journaal = journaal
        self.bezorger = bezorger
        self.medewerker = medewerker
        self._taak: asyncio.Task[None] | None = None
        self._onderweg: dict[str, Registratie] = {}
        self._opzeggen = journaal.abonneer(self._gewijzigd)
        self._gepland = False
        # Another process (or a crash before) may change the journal too: look now and then.
        self._klok = QTimer(self)
        self._klok.setInterval(5000)
        self._klok.timeout.connect(self._ververs)
        self._klok.start()
        self.laatste_wachtend = -1
        #: Closes the contact's timing at a save: (gespreksduur, nawerk) in seconds, or None.
        #: The window hands in its sessions' (a save in nawerk ends that nawerk).
        self.gesprekstijden: Callable[[], tuple[float, float] | None] | None = None

    def start(self) -> None:
        """Start delivering (pending items of an earlier run go first)."""
        if self.bezorger is not None and self._taak is None:
            self._taak = asyncio.ensure_future(self.bezorger.run())
        self._ververs()

    def registreer(self, registratie: Registratie) -> str:
        """Write to the journal (fsynced) and return its id; raises OngeldigeInvoer/JournaalFout.

        A registration without contact times gets the session's (see :attr:`gesprekstijden`).
        """
        if registratie.gespreksduur_s is None and self.gesprekstijden is not None:
            tijden = self.gesprekstijden()
            if tijden is not None:
                duur, nawerk = tijden
                registratie = registratie.model_copy(
                    update={"gespreksduur_s": round(duur), "nawerk_s": round(nawerk)}
                )
        item_id = self.journaal.schrijf(registratie)
        self._onderweg[item_id] = registratie
        if self.bezorger is not None:
            self.bezorger.wek()
        self._ververs()
        return item_id

    def opnieuw_aanbieden(self, item_id: str, registratie: Registratie) -> None:
        """Resend a refused registration after the agent corrected it."""
        self.journaal.opnieuw_aanbieden(item_id, registratie)
        self._onderweg[item_id] = registratie
        if self.bezorger is not None:
            self.bezorger.wek()
        self._ververs()

    def wachtend(self) -> int:
        """How many wait for delivery."""
        return self.journaal.wachtend()

    def geweigerd(self) -> list[Item]:
        """The refused registrations, with the server's words."""
        return self.journaal.geweigerd()

    async def sluit(self) -> None:
        """Stop delivering (what is in progress finishes or stays in the journal), close."""
        self._klok.stop()
        self._opzeggen()
        if self.bezorger is not None:
            self.bezorger.stop()
        if self._taak is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._taak), timeout=3)
            except (TimeoutError, asyncio.CancelledError):
                self._taak.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await self._taak
        self.journaal.close()

    def _gewijzigd(self) -> None:
        # Called from inside journal writes: count once the write is done.
        if not self._gepland:
            self._gepland = True
            QTimer.singleShot(0, self._ververs)

    def _ververs(self, *_: Any) -> None:
        self._gepland = False
        wachtend = self.journaal.wachtend()
        if wachtend != self.laatste_wachtend:
            self.laatste_wachtend = wachtend
            self.wachtendGewijzigd.emit(wachtend)
        self.geweigerdGewijzigd.emit(self.journaal.geweigerd())
        for item_id in list(self._onderweg):
            item = self.journaal.item(item_id)
            if item is not None and item.status == Status.BEZORGD:
                self.bezorgd.emit(self._onderweg.pop(item_id))
