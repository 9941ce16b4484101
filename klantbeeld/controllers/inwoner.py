"""The citizen's view's controller: fetches the steps and documents of the visible zaken.

Given the loaded klantbeeld, it asks the Zaken API, for each zaak the citizen may see (and
only those), its status history and document metadata — a few at a time — and hands the
finished :class:`~services.klantbeeld.inwonerbeeld.InwonerBeeld` on. A zaak whose steps or
documents fail still shows (with its current status), and the value says it is incomplete.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Signal

from klantbeeld.controllers.taken import Taken
from klantbeeld.services.apis.zgw import ZakenClient
from klantbeeld.services.klantbeeld.composer import Klantbeeld, ZaakDetail, ZaakOverzicht
from klantbeeld.services.klantbeeld.inwonerbeeld import (
    STANDAARD,
    InwonerBeeld,
    Zichtbaarheid,
    inwonerbeeld,
    zichtbare_zaken,
)
from klantbeeld.services.verbinding.errors import KlantbeeldError
from klantbeeld.views.models.vragen_model import vandaag

INWONER = "inwoner"
#: Zaken asked for at once (each costs two requests).
GELIJKTIJDIG = 4


class InwonerController(QObject):
    """Builds the citizen's view of one klantbeeld; the latest request wins."""

    #: The citizen's view is ready; carries the InwonerBeeld.
    klaar = Signal(object)
    #: Fetching started (True) or ended (False).
    bezigGewijzigd = Signal(bool)

    def __init__(
        self,
        zaken: ZakenClient | None,
        regels: Zichtbaarheid = STANDAARD,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._zaken = zaken
        self.regels = regels
        self.taken = Taken(self)
        self.taken.bezigGewijzigd.connect(lambda _s, bezig: self.bezigGewijzigd.emit(bezig))

    def laad(self, beeld: Klantbeeld) -> None:
        """Build the view of ``beeld`` (what is still on its way for an earlier one is dropped)."""
        self.taken.start(INWONER, self.bouw(beeld), self.klaar.emit)

    def stop(self) -> None:
        """Drop what is on its way (the view closed)."""
        self.taken.annuleer_alles()

    async def bouw(self, beeld: Klantbeeld) -> InwonerBeeld:
        """The citizen's view of ``beeld``, with the steps and documents of the visible zaken."""
        zichtbaar = zichtbare_zaken(beeld, self.regels)
        rij = asyncio.Semaphore(GELIJKTIJDIG)
        details = await asyncio.gather(*(self._detail(z, rij) for z in zichtbaar))
        per_zaak = {d.overzicht.zaak.url: d for d in details}
        return inwonerbeeld(beeld, per_zaak, self.regels, vandaag())

    async def _detail(self, overzicht: ZaakOverzicht, rij: asyncio.Semaphore) -> ZaakDetail:
        detail = ZaakDetail(overzicht)
        client = self._zaken
        if client is None:
            return detail
        async with rij:
            statussen, documenten = await asyncio.gather(
                client.statussen(overzicht.zaak.url),
                client.documenten(overzicht.zaak),
                return_exceptions=True,
            )
        for resultaat in (statussen, documenten):
            if isinstance(resultaat, KlantbeeldError):
                detail.fouten.append(resultaat)
            elif isinstance(resultaat, BaseException):
                raise resultaat
        if isinstance(statussen, list):
            detail.statussen = statussen
        if isinstance(documenten, list):
            detail.documenten = documenten
        return detail
