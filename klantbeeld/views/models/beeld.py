"""The klantbeeld on screen: one Qt object every panel reads from and subscribes to.

Data flows one way: the session controller (:class:`~klantbeeld.controllers.sessie.Sessie`)
feeds arriving parts in, the panels listen to :attr:`BeeldModel.deelGewijzigd` and read
:attr:`BeeldModel.beeld`. Nothing here talks to a server.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from klantbeeld.services.klantbeeld.waarden import (
    Deel,
    Klantbeeld,
    Onderdeel,
    ZaakDetail,
    ZaakOverzicht,
)
from klantbeeld.services.verbinding.errors import KlantbeeldError, NietIngesteld


class DeelStatus(StrEnum):
    """Where one part of the klantbeeld stands."""

    LEEG = "leeg"  # no klantbeeld open
    LADEN = "laden"
    VOORLOPIG = "voorlopig"  # shown, more detail coming
    KLAAR = "klaar"
    FOUT = "fout"
    NIET_INGESTELD = "niet ingesteld"  # its source is off: nothing to show, nothing failed


#: The states in which a part is done (nothing more will arrive).
KLAAR_STATUSSEN = (DeelStatus.KLAAR, DeelStatus.FOUT, DeelStatus.NIET_INGESTELD)


class BeeldModel(QObject):
    """The current klantbeeld, its parts' states, and the zaak opened in detail."""

    #: A new klantbeeld starts loading (soort and sleutel known, no data yet).
    gestart = Signal()
    #: One part changed (data, loading state or error); carries the Onderdeel.
    deelGewijzigd = Signal(object)
    #: Every part is done (loaded or failed).
    klaar = Signal()
    #: The zaak opened in detail changed; carries ZaakOverzicht or None.
    zaakGekozen = Signal(object)
    #: The opened zaak's detail arrived (or failed); carries ZaakDetail or None.
    zaakDetailGewijzigd = Signal(object)
    #: Everything cleared (contact ended).
    gewist = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.beeld: Klantbeeld | None = None
        self._status: dict[Onderdeel, DeelStatus] = {}
        self.gekozen_zaak: ZaakOverzicht | None = None
        self.zaak_detail: ZaakDetail | None = None
        self.zaak_detail_laden = False

    # -- reading ----------------------------------------------------------------------------

    def status(self, onderdeel: Onderdeel) -> DeelStatus:
        """Where ``onderdeel`` stands."""
        if self.beeld is None:
            return DeelStatus.LEEG
        return self._status.get(onderdeel, DeelStatus.LEEG)

    def fout(self, onderdeel: Onderdeel) -> KlantbeeldError | None:
        """The error of a failed part."""
        return self.beeld.fouten.get(onderdeel) if self.beeld else None

    def onderdelen(self) -> list[Onderdeel]:
        """The parts of the current klantbeeld."""
        return list(self._status)

    def is_klaar(self) -> bool:
        """True when every part is loaded, failed or not configured."""
        return bool(self._status) and all(s in KLAAR_STATUSSEN for s in self._status.values())

    # -- feeding (only the Sessie calls these) ----------------------------------------------

    def begin(self, beeld: Klantbeeld, onderdelen: list[Onderdeel]) -> None:
        """A new klantbeeld: every listed part starts loading."""
        self.beeld = beeld
        self._status = dict.fromkeys(onderdelen, DeelStatus.LADEN)
        self.kies_zaak(None)
        self.gestart.emit()
        for onderdeel in onderdelen:
            self.deelGewijzigd.emit(onderdeel)

    def laad_opnieuw(self, onderdelen: list[Onderdeel]) -> None:
        """Some parts load again (retry)."""
        for onderdeel in onderdelen:
            self._status[onderdeel] = DeelStatus.LADEN
            self.deelGewijzigd.emit(onderdeel)

    def neem_op(self, deel: Deel) -> None:
        """Fold an arrived part in and tell the panels."""
        if self.beeld is None:
            return
        self.beeld.neem_op(deel)
        if isinstance(deel.fout, NietIngesteld):
            self._status[deel.onderdeel] = DeelStatus.NIET_INGESTELD
        elif deel.fout is not None:
            self._status[deel.onderdeel] = DeelStatus.FOUT
        elif deel.voorlopig:
            self._status[deel.onderdeel] = DeelStatus.VOORLOPIG
        else:
            self._status[deel.onderdeel] = DeelStatus.KLAAR
        self.deelGewijzigd.emit(deel.onderdeel)
        if self.is_klaar():
            self.klaar.emit()

    def kies_zaak(self, zaak: ZaakOverzicht | None) -> None:
        """Open a zaak in the detail pane (None closes it)."""
        self.gekozen_zaak = zaak
        self.zaak_detail = None
        self.zaak_detail_laden = zaak is not None
        self.zaakGekozen.emit(zaak)

    def zet_zaak_detail(self, detail: ZaakDetail | None) -> None:
        """The opened zaak's detail arrived."""
        self.zaak_detail = detail
        self.zaak_detail_laden = False
        self.zaakDetailGewijzigd.emit(detail)

    def wis(self) -> None:
        """Forget everything personal."""
        self.beeld = None
        self._status = {}
        self.gekozen_zaak = None
        self.zaak_detail = None
        self.zaak_detail_laden = False
        self.gewist.emit()
