"""The agent's session: runs searches and klantbeeld loads as tasks, feeding the BeeldModel.

Every user action gets its own ``asyncio.Task`` handle; starting a new search or klantbeeld
cancels the one before (the latest wins), and ending the contact cancels everything and wipes
the screen and what Klantbeeld put on the clipboard. Busy state is reset in ``finally``
(cancellation is not an error). A klant asked for from elsewhere than the search (a question in
the werkvoorraad, a contact in the history) never replaces another klant on screen silently:
:meth:`Sessie.open_klant` asks the window first (:attr:`Sessie.wisselGevraagd`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from klantbeeld.controllers.meldingen import Meldingen
from klantbeeld.controllers.vragen import VragenController
from klantbeeld.controllers.werkvoorraad import WerkvoorraadController
from klantbeeld.controllers.zaakdetail import ZaakDetailController
from klantbeeld.services.apis.klantinteracties import Klantcontact
from klantbeeld.services.apis.zgw import InformatieObject
from klantbeeld.services.klantbeeld.composer import (
    Klantbeeld,
    KlantbeeldComposer,
    Onderdeel,
    ZaakOverzicht,
)
from klantbeeld.services.klantbeeld.vertrouwelijkheid import mag_inzien
from klantbeeld.services.klantbeeld.zoeken import Treffer, TrefferSoort, Zoeker, Zoekresultaat
from klantbeeld.services.klantbeeld.zoekvraag import Zoekvraag
from klantbeeld.services.registraties.concept import Concepten
from klantbeeld.services.registraties.registratie import Registratie
from klantbeeld.services.verbinding.errors import KlantbeeldError, OngeldigeInvoer
from klantbeeld.services.werkplek.vergeten import vergeet_caches
from klantbeeld.views import klembord
from klantbeeld.views.beeld import BeeldModel
from klantbeeld.views.documentviewer import OngeldigDocument, render_pdf_op_achtergrond

PERSOON_DELEN = [
    Onderdeel.PERSOON,
    Onderdeel.CONTACTGEGEVENS,
    Onderdeel.ZAKEN,
    Onderdeel.KLANTCONTACTEN,
    Onderdeel.INTERNETAKEN,
    Onderdeel.BETALINGEN,
]
BEDRIJF_DELEN = [Onderdeel.BEDRIJF, *PERSOON_DELEN[1:]]


@dataclass(frozen=True)
class Wissel:
    """A klant to show, asked for from elsewhere than the search, and what to do once shown."""

    soort: Literal["persoon", "bedrijf"]
    #: BSN or KVK-nummer.
    sleutel: str
    #: The klant's name as the asker knows it ("" when unknown).
    naam: str = ""
    #: Run once the klantbeeld is on its way (e.g. open the answer dialog).
    daarna: Callable[[], object] | None = None

    def is_van(self, beeld: Klantbeeld | None) -> bool:
        """True when ``beeld`` is this klant's klantbeeld."""
        return beeld is not None and (beeld.soort, beeld.sleutel) == (self.soort, self.sleutel)


class Sessie(QObject):
    """Owns the tasks of one agent's work; widgets call its methods and listen to its signals."""

    #: A search started (True) or ended (False).
    zoekBezig = Signal(bool)
    #: Several hits to pick from; carries Zoekresultaat.
    treffersGevonden = Signal(object)
    #: A search gave nothing usable; carries the plain Dutch message.
    zoekMelding = Signal(str)
    #: Another klant than the one on screen was asked for; carries the Wissel to confirm.
    wisselGevraagd = Signal(object)

    def __init__(
        self,
        composer: KlantbeeldComposer,
        zoeker: Zoeker,
        model: BeeldModel,
        parent: QObject | None = None,
        *,
        meldingen: Meldingen | None = None,
    ) -> None:
        super().__init__(parent)
        #: The one message bridge of this agent's window.
        self.meldingen = meldingen if meldingen is not None else Meldingen(self)
        #: The registrations typed but not saved, per klantbeeld (in memory only).
        self.concepten = Concepten()
        self.composer = composer
        self.zoeker = zoeker
        self.model = model
        self._zoektaak: asyncio.Task[None] | None = None
        self._beeldtaak: asyncio.Task[None] | None = None
        self._zaaktaak: asyncio.Task[None] | None = None
        self._extra: set[asyncio.Task[None]] = set()
        self._open_zaak_na_laden: str | None = None
        #: The search that led to the klantbeeld on screen (None: opened from elsewhere).
        self.zoekvraag: Zoekvraag | None = None
        self._laatste_zoekvraag: Zoekvraag | None = None
        self._volgende_zoekvraag: Zoekvraag | None = None
        #: Documents above this vertrouwelijkheidaanduiding are listed without content.
        self.max_vertrouwelijkheid = "zaakvertrouwelijk"
        model.deelGewijzigd.connect(self._deel_gewijzigd)

    # -- searching --------------------------------------------------------------------------

    def zoek(self, vraag: Zoekvraag) -> None:
        """Search; one hit opens its klantbeeld, several are offered to pick from."""
        self._cancel(self._zoektaak)
        if not vraag.geldig:
            self.zoekMelding.emit(vraag.melding or "")
            return
        self._laatste_zoekvraag = vraag
        self._zoektaak = self._start(self._zoek(vraag))

    async def _zoek(self, vraag: Zoekvraag) -> None:
        self.zoekBezig.emit(True)
        try:
            resultaat = await self.zoeker.zoek(vraag)
        finally:
            self.zoekBezig.emit(False)
        self._na_zoeken(resultaat)

    def _na_zoeken(self, resultaat: Zoekresultaat) -> None:
        if len(resultaat.treffers) == 1 and not resultaat.fouten:
            self.open(resultaat.treffers[0])
        elif resultaat.treffers:
            self.treffersGevonden.emit(resultaat)
        else:
            self.zoekMelding.emit(resultaat.melding or "")

    # -- the klantbeeld ---------------------------------------------------------------------

    def open(self, treffer: Treffer) -> None:
        """Open the klantbeeld of a hit of the last search (and its zaak, when found by it)."""
        self._open_zaak_na_laden = treffer.zaak_identificatie
        self._volgende_zoekvraag = self._laatste_zoekvraag
        if treffer.soort is TrefferSoort.PERSOON:
            self.open_persoon(treffer.sleutel)
        else:
            self.open_bedrijf(treffer.sleutel)

    def open_persoon(self, bsn: str, zaak_identificatie: str | None = None) -> None:
        """Load a person's klantbeeld; the previous load is cancelled."""
        if zaak_identificatie:
            self._open_zaak_na_laden = zaak_identificatie
        self._laad(Klantbeeld("persoon", bsn), PERSOON_DELEN)

    def open_bedrijf(self, kvk_nummer: str, zaak_identificatie: str | None = None) -> None:
        """Load a company's klantbeeld; the previous load is cancelled."""
        if zaak_identificatie:
            self._open_zaak_na_laden = zaak_identificatie
        self._laad(Klantbeeld("bedrijf", kvk_nummer), BEDRIJF_DELEN)

    def open_klant(
        self,
        soort: Literal["persoon", "bedrijf"],
        sleutel: str,
        *,
        naam: str = "",
        daarna: Callable[[], object] | None = None,
    ) -> bool:
        """Show this klant, never silently in place of another one on screen.

        With no klantbeeld, or this klant's, on screen it is shown (not reloaded) and
        ``daarna`` runs at once: True. Otherwise the window is asked to confirm
        (:attr:`wisselGevraagd`) and nothing changes yet: False.
        """
        wissel = Wissel(soort, sleutel, naam, daarna)
        huidig = self.model.beeld
        if huidig is not None and not wissel.is_van(huidig):
            self.wisselGevraagd.emit(wissel)
            return False
        self.voer_uit(wissel, herladen=huidig is None)
        return True

    def voer_uit(self, wissel: Wissel, *, herladen: bool = True) -> None:
        """Show the klant of a confirmed switch and run what was to follow."""
        if herladen or not wissel.is_van(self.model.beeld):
            if wissel.soort == "persoon":
                self.open_persoon(wissel.sleutel)
            else:
                self.open_bedrijf(wissel.sleutel)
        if wissel.daarna is not None:
            wissel.daarna()

    def _laad(self, beeld: Klantbeeld, delen: list[Onderdeel]) -> None:
        self._cancel(self._beeldtaak)
        self._cancel(self._zaaktaak)
        vraag, self._volgende_zoekvraag = self._volgende_zoekvraag, None
        huidig = self.model.beeld
        if vraag is None and huidig is not None and huidig.sleutel == beeld.sleutel:
            vraag = self.zoekvraag  # reloaded: still the klant that search found
        self.zoekvraag = vraag
        self.model.begin(beeld, delen)
        self._beeldtaak = self._start(self._stroom(beeld, None))

    def opnieuw(self, onderdeel: Onderdeel) -> None:
        """Fetch one failed part again while the rest stays on screen."""
        beeld = self.model.beeld
        if beeld is None:
            return
        delen = [onderdeel]
        if onderdeel is Onderdeel.KLANTCONTACTEN:
            delen.append(Onderdeel.INTERNETAKEN)
        self.model.laad_opnieuw(delen)
        task = self._start(self._stroom(beeld, set(delen)))
        self._extra.add(task)
        task.add_done_callback(self._extra.discard)

    async def _stroom(self, beeld: Klantbeeld, delen: set[Onderdeel] | None) -> None:
        try:
            stream = (
                self.composer.stream_persoon(beeld.sleutel, delen)
                if beeld.soort == "persoon"
                else self.composer.stream_bedrijf(beeld.sleutel, delen)
            )
        except OngeldigeInvoer as e:
            self.zoekMelding.emit(e.melding)
            self.model.wis()
            return
        try:
            async for deel in stream:
                if self.model.beeld is not beeld:
                    break  # a newer klantbeeld took over
                self.model.neem_op(deel)
                # Parts that arrived together are painted one by one: the screen never holds
                # the loop for several panels' work at once.
                await asyncio.sleep(0)
        finally:
            # Closed here, also when left early or cancelled between parts: its clean-up
            # awaits, which it cannot do when only the garbage collector closes it.
            if isinstance(stream, AsyncGenerator):
                await stream.aclose()

    # -- a zaak in detail -------------------------------------------------------------------

    def kies_zaak(self, overzicht: ZaakOverzicht | None) -> None:
        """Open a zaak in the detail pane and load its history, documents and contacts."""
        self._cancel(self._zaaktaak)
        self.model.kies_zaak(overzicht)
        if overzicht is not None:
            self._zaaktaak = self._start(self._zaak_detail(overzicht))

    async def _zaak_detail(self, overzicht: ZaakOverzicht) -> None:
        try:
            detail = await self.composer.zaak_detail(overzicht)
        except KlantbeeldError:
            detail = None
        if self.model.gekozen_zaak is overzicht:
            self.model.zet_zaak_detail(detail)

    def _deel_gewijzigd(self, onderdeel: Onderdeel) -> None:
        if onderdeel is not Onderdeel.ZAKEN or not self._open_zaak_na_laden:
            return
        beeld = self.model.beeld
        if beeld is None:
            return
        for overzicht in beeld.zaken:
            if overzicht.zaak.identificatie == self._open_zaak_na_laden and overzicht.volledig:
                self._open_zaak_na_laden = None
                self.kies_zaak(overzicht)
                return

    # -- feature controllers ----------------------------------------------------------------

    def werkvoorraad(self) -> WerkvoorraadController:
        """A controller for the werkvoorraad window, on this session's Klantinteracties."""
        return WerkvoorraadController(self.composer.klantinteracties)

    def zaakdetail(self) -> ZaakDetailController:
        """A controller for the zaak detail pane: the catalog's names, documents to open."""
        return ZaakDetailController(self.composer.catalogus, self.download, _render_pdf)

    def vragen(self) -> VragenController:
        """A controller for the Vragen tab, on this session's Klantinteracties."""
        return VragenController(self.composer.klantinteracties)

    # -- documents --------------------------------------------------------------------------

    async def download(self, document: InformatieObject) -> bytes:
        """The document's content through the Documenten API, if the agent may see it.

        Raises KlantbeeldError for a document above :attr:`max_vertrouwelijkheid` (checked
        here too, not only on screen) or when no zaaksysteem is configured.
        """
        if not mag_inzien(document.vertrouwelijkheidaanduiding, self.max_vertrouwelijkheid):
            raise KlantbeeldError("Niet in te zien: dit document is te vertrouwelijk.")
        if self.composer.zaken is None:
            raise KlantbeeldError("Het zaaksysteem is niet ingesteld.")
        return await self.composer.zaken.download(document)

    # -- registrations ----------------------------------------------------------------------

    def toon_lokaal(self, registratie: Registratie) -> None:
        """Put a just-journalled contact in the timeline at once (replaced once delivered)."""
        beeld = self.model.beeld
        if beeld is None or not _zelfde_klant(beeld, registratie):
            return
        nieuw = [
            Klantcontact.model_validate(
                {
                    "uuid": f"lokaal-{registratie.id}-{n}",
                    "kanaal": registratie.kanaal,
                    "onderwerp": vraag.onderwerp,
                    "inhoud": vraag.vraag,
                    "plaatsgevondenOp": registratie.start.isoformat(),
                    "indicatieContactGelukt": True,
                    "_expand": {},
                    "klantbeeldLokaal": True,
                }
            )
            for n, vraag in enumerate(registratie.vragen)
        ]
        beeld.klantcontacten = [*nieuw, *beeld.klantcontacten]
        self.model.deelGewijzigd.emit(Onderdeel.KLANTCONTACTEN)

    def na_bezorging(self, registratie: Registratie) -> None:
        """A registration reached the server: show the server's version of the contacts."""
        beeld = self.model.beeld
        if beeld is not None and _zelfde_klant(beeld, registratie):
            self.opnieuw(Onderdeel.KLANTCONTACTEN)

    # -- end of contact ---------------------------------------------------------------------

    def beeindig_contact(self) -> None:
        """Cancel everything and wipe all personal data from the screen, memory and clipboard.

        The clipboard and selection are emptied where they still hold what Klantbeeld put
        there; what the agent copied from another application since stays.
        """
        for task in (self._zoektaak, self._beeldtaak, self._zaaktaak, *self._extra):
            self._cancel(task)
        self._extra.clear()
        self._open_zaak_na_laden = None
        self.zoekvraag = self._laatste_zoekvraag = self._volgende_zoekvraag = None
        self.model.wis()
        vergeet_caches()
        klembord.wis_eigen()

    async def sluit(self) -> None:
        """Cancel every task and wait for them (on quit)."""
        tasks = [t for t in (self._zoektaak, self._beeldtaak, self._zaaktaak, *self._extra) if t]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- helpers ----------------------------------------------------------------------------

    def _start(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        return asyncio.ensure_future(coro)

    @staticmethod
    def _cancel(task: asyncio.Task[None] | None) -> None:
        if task is not None and not task.done():
            with contextlib.suppress(RuntimeError):
                task.cancel()


async def _render_pdf(data: bytes) -> tuple[list[QImage], int]:
    """A PDF's pages rendered off the loop; none for a PDF that cannot be read."""
    try:
        return await render_pdf_op_achtergrond(data)
    except OngeldigDocument:
        return [], 0


def _zelfde_klant(beeld: Klantbeeld, registratie: Registratie) -> bool:
    """True when the registration is about the klant on screen."""
    partij = registratie.partij
    soort = "persoon" if partij.soort == "bsn" else "bedrijf" if partij.soort == "kvk" else ""
    return beeld.soort == soort and beeld.sleutel == partij.nummer
