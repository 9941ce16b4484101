"""The klantbeeld session controller: one caller's searches, klantbeeld and zaak, as tasks.

Its work runs on the shared task runner (:class:`~klantbeeld.controllers.taken.Taken`) under a
key per action: a new search or klantbeeld cancels the one before (the latest wins), busy and
errors arrive as the runner's signals, and the klantbeeld's stream of parts is consumed inside
``contextlib.aclosing``. Ending the contact cancels everything and wipes the screen's model,
the standard library's caches and what Klantbeeld put on the clipboard. A klant asked for from
elsewhere than the search (a question in the werkvoorraad, a contact in the history) never
replaces another klant on screen silently: :meth:`Sessie.open_klant` asks the window first
(:attr:`Sessie.wisselGevraagd`). No widget is imported here: what needs one (rendering a PDF,
the clipboard) is handed in as a callable.

With a verwerkingslog (:class:`~klantbeeld.services.verwerkingslog.vastlegging.Verwerkingslog`)
every view of personal data is recorded here *before* it is shown: opening a klantbeeld (its
load, its retries and its zaak detail carry that verwerking's ``traceparent``), revealing the
BSN, opening a document, answering a question. When a record cannot be kept nothing is shown
and the message bridge says why (fail closed).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage

from klantbeeld.controllers.inwoner import InwonerController
from klantbeeld.controllers.meldingen import Meldingen
from klantbeeld.controllers.taken import Taken
from klantbeeld.controllers.vragen import VragenController
from klantbeeld.controllers.werkvoorraad import WerkvoorraadController
from klantbeeld.controllers.zaakdetail import PdfRenderer, ZaakDetailController
from klantbeeld.services.apis.klantinteracties import Klantcontact
from klantbeeld.services.apis.zgw import InformatieObject
from klantbeeld.services.klantbeeld.composer import (
    Deel,
    Klantbeeld,
    KlantbeeldComposer,
    Onderdeel,
    ZaakDetail,
    ZaakOverzicht,
)
from klantbeeld.services.klantbeeld.vertrouwelijkheid import mag_inzien
from klantbeeld.services.klantbeeld.zoeken import Treffer, TrefferSoort, Zoeker, Zoekresultaat
from klantbeeld.services.klantbeeld.zoekvraag import Zoekvraag
from klantbeeld.services.registraties.concept import Concepten
from klantbeeld.services.registraties.registratie import Registratie
from klantbeeld.services.registraties.werkvoorraad import OpenVraag
from klantbeeld.services.verbinding import tracecontext
from klantbeeld.services.verbinding.errors import KlantbeeldError, OngeldigeInvoer
from klantbeeld.services.verbinding.oefenstatus import wacht_op_oefenmaand
from klantbeeld.services.verwerkingslog.journaal import VerwerkingNietVastgelegd
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog
from klantbeeld.services.verwerkingslog.verwerking import Betrokkene, Handeling, Verwerking
from klantbeeld.services.werkplek.vergeten import vergeet_caches
from klantbeeld.views.models.beeld import BeeldModel

#: The runner's keys: one search, one klantbeeld, one zaak in detail at a time.
ZOEK = "zoek"
BEELD = "beeld"
ZAAK = "zaak"
#: A retry of failed parts runs under this key plus the part (one retry per part at a time).
OPNIEUW = "opnieuw:"

PERSOON_DELEN = [
    Onderdeel.PERSOON,
    Onderdeel.CONTACTGEGEVENS,
    Onderdeel.ZAKEN,
    Onderdeel.KLANTCONTACTEN,
    Onderdeel.INTERNETAKEN,
    Onderdeel.BETALINGEN,
]
BEDRIJF_DELEN = [Onderdeel.BEDRIJF, *PERSOON_DELEN[1:]]


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Documentviewer, as the documents' screen)."""
    return QCoreApplication.translate("Documentviewer", text)


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
    """One caller's session: widgets call its methods and listen to its signals."""

    #: A search started (True) or ended (False).
    zoekBezig = Signal(bool)
    #: Several hits to pick from; carries Zoekresultaat.
    treffersGevonden = Signal(object)
    #: A search gave nothing usable; carries the plain Dutch message.
    zoekMelding = Signal(str)
    #: Another klant than the one on screen was asked for; carries the Wissel to confirm.
    wisselGevraagd = Signal(object)
    #: The contact ended: everything personal is wiped (model, caches, clipboard).
    beeindigd = Signal()

    def __init__(
        self,
        composer: KlantbeeldComposer,
        zoeker: Zoeker,
        model: BeeldModel,
        parent: QObject | None = None,
        *,
        meldingen: Meldingen | None = None,
        render_pdf: PdfRenderer | None = None,
        wis_klembord: Callable[[], object] | None = None,
        verwerkingslog: Verwerkingslog | None = None,
    ) -> None:
        super().__init__(parent)
        #: Records each view of personal data before it is shown (None: nothing is recorded).
        self.verwerkingslog = verwerkingslog
        #: The klantbeeld on screen and the ``traceparent`` of its recorded opening.
        self._verwerking: tuple[Klantbeeld, str] | None = None
        #: The one message bridge of this agent's window.
        self.meldingen = meldingen if meldingen is not None else Meldingen(self)
        #: Fetches the klantbeeld; kept public for the widgets that still reach it directly.
        self.composer = composer
        self.zoeker = zoeker
        self.model = model
        #: This caller's registration drafts, in memory only (forgotten at the end of the contact).
        self.concepten = Concepten()
        #: The runner of this session's work; its busy and error signals are the session's.
        self.taken = Taken(self)
        self._render_pdf = render_pdf if render_pdf is not None else _geen_pagina_s
        self._wis_klembord = wis_klembord
        self._open_zaak_na_laden: str | None = None
        #: The search that led to the klantbeeld on screen (None: opened from elsewhere).
        self.zoekvraag: Zoekvraag | None = None
        self._laatste_zoekvraag: Zoekvraag | None = None
        self._volgende_zoekvraag: Zoekvraag | None = None
        #: Documents above this vertrouwelijkheidaanduiding are listed without content.
        self.max_vertrouwelijkheid = "zaakvertrouwelijk"
        model.deelGewijzigd.connect(self._deel_gewijzigd)
        self.taken.bezigGewijzigd.connect(self._bezig)
        self.taken.fout.connect(self._fout)

    def met(
        self,
        *,
        render_pdf: PdfRenderer | None = None,
        wis_klembord: Callable[[], object] | None = None,
    ) -> Sessie:
        """This session, rendering PDFs and wiping the clipboard with these (for the screen)."""
        if render_pdf is not None:
            self._render_pdf = render_pdf
        if wis_klembord is not None:
            self._wis_klembord = wis_klembord
        return self

    def nieuwe(self, model: BeeldModel | None = None) -> Sessie:
        """Another session on the same sources, bridge and callbacks, with a model of its own."""
        sessie = Sessie(
            self.composer,
            self.zoeker,
            model if model is not None else BeeldModel(),
            meldingen=self.meldingen,
            render_pdf=self._render_pdf,
            wis_klembord=self._wis_klembord,
            verwerkingslog=self.verwerkingslog,
        )
        sessie.max_vertrouwelijkheid = self.max_vertrouwelijkheid
        return sessie

    def _bezig(self, sleutel: str, bezig: bool) -> None:
        if sleutel == ZOEK:
            self.zoekBezig.emit(bezig)

    def _fout(self, sleutel: str, fout: KlantbeeldError) -> None:
        if sleutel == ZOEK:
            self.zoekMelding.emit(str(fout))
        else:
            self.meldingen.fout(fout)

    # -- searching --------------------------------------------------------------------------

    def zoek(self, vraag: Zoekvraag) -> None:
        """Search; one hit opens its klantbeeld, several are offered to pick from."""
        self.taken.annuleer(ZOEK)
        if not vraag.geldig:
            self.zoekMelding.emit(vraag.melding or "")
            return
        self._laatste_zoekvraag = vraag
        self.taken.start(ZOEK, self.zoeker.zoek(vraag), self._na_zoeken)

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
        self._annuleer_beeld()
        vraag, self._volgende_zoekvraag = self._volgende_zoekvraag, None
        huidig = self.model.beeld
        if vraag is None and huidig is not None and huidig.sleutel == beeld.sleutel:
            vraag = self.zoekvraag  # reloaded: still the klant that search found
        self.zoekvraag = vraag
        try:
            verwerking = self._leg_vast(Handeling.KLANTBEELD_OPENEN, beeld)
        except OngeldigeInvoer as e:
            self.zoekMelding.emit(e.melding)
            self.model.wis()
            return
        except VerwerkingNietVastgelegd as e:  # fail closed: no klantbeeld without its record
            self._verwerking = None
            self.model.wis()
            self.meldingen.fout(e)
            return
        self._verwerking = (beeld, verwerking.traceparent) if verwerking is not None else None
        self.model.begin(beeld, delen)
        self._stroom(BEELD, beeld, None)

    def opnieuw(self, onderdeel: Onderdeel) -> None:
        """Fetch one failed part again while the rest stays on screen."""
        beeld = self.model.beeld
        if beeld is None:
            return
        delen = [onderdeel]
        if onderdeel is Onderdeel.KLANTCONTACTEN:
            delen.append(Onderdeel.INTERNETAKEN)
        self.model.laad_opnieuw(delen)
        self._stroom(OPNIEUW + onderdeel.value, beeld, set(delen))

    def _stroom(self, sleutel: str, beeld: Klantbeeld, delen: set[Onderdeel] | None) -> None:
        try:
            stukken = (
                self.composer.stream_persoon(beeld.sleutel, delen)
                if beeld.soort == "persoon"
                else self.composer.stream_bedrijf(beeld.sleutel, delen)
            )
        except OngeldigeInvoer as e:
            self.zoekMelding.emit(e.melding)
            self.model.wis()
            return
        with tracecontext.in_verwerking(self._traceparent(beeld)):  # the load's tasks keep it
            self.taken.start(sleutel, self._neem_op(beeld, stukken))

    def _traceparent(self, beeld: Klantbeeld | None) -> str | None:
        """The ``traceparent`` of the recorded opening of ``beeld`` (retries and the zaak
        detail are the same verwerking: no new record); None when none was recorded."""
        if self._verwerking is None or beeld is None or self._verwerking[0] is not beeld:
            return None
        return self._verwerking[1]

    def _leg_vast(
        self,
        handeling: Handeling,
        wie: Klantbeeld | Betrokkene | None,
        *,
        object_id: str | None = None,
    ) -> Verwerking | None:
        """Record one view of ``wie``'s data before it is shown (None without a
        verwerkingslog); raises :class:`VerwerkingNietVastgelegd` when it cannot be kept."""
        if self.verwerkingslog is None:
            return None
        betrokkene = _betrokkene(wie) if isinstance(wie, Klantbeeld) else wie
        betrokkenen = [betrokkene] if betrokkene is not None else []
        return self.verwerkingslog.leg_vast(handeling, betrokkenen, object_id=object_id)

    def _mag_tonen(
        self,
        handeling: Handeling,
        wie: Klantbeeld | Betrokkene | None,
        object_id: str | None = None,
    ) -> bool:
        """Record the view; False (and the message bridge says why) when it cannot be kept."""
        try:
            self._leg_vast(handeling, wie, object_id=object_id)
        except VerwerkingNietVastgelegd as e:
            self.meldingen.fout(e)
            return False
        return True

    def toon_bsn(self) -> bool:
        """Record that the masked BSN on screen is shown whole; True when it may be shown."""
        beeld = self.model.beeld
        if beeld is None or beeld.soort != "persoon":
            return False
        return self._mag_tonen(Handeling.BSN_TONEN, beeld)

    def beantwoord_vraag(self, vraag: OpenVraag) -> bool:
        """Record that a question is opened to answer it; True when it may be shown."""
        try:
            betrokkene = Betrokkene.van(bsn=vraag.bsn, kvk_nummer=vraag.kvk_nummer)
        except OngeldigeInvoer:
            betrokkene = None  # a number that is none: the record names nobody
        object_id = vraag.internetaak.url or vraag.internetaak.uuid
        return self._mag_tonen(Handeling.VRAAG_BEANTWOORDEN, betrokkene, object_id)

    async def _neem_op(self, beeld: Klantbeeld, stukken: AsyncIterator[Deel]) -> None:
        """Fold each part into the model while ``beeld`` is still the one on screen.

        The stream is closed here, also when left early or cancelled between parts: its
        clean-up awaits, which it cannot do when only the garbage collector closes it.
        """
        async with contextlib.aclosing(_als_generator(stukken)) as gen:
            async for deel in gen:
                if self.model.beeld is not beeld:
                    return  # a newer klantbeeld took over
                self.model.neem_op(deel)
                # Parts that arrived together are painted one by one: the screen never holds
                # the loop for several panels' work at once.
                await asyncio.sleep(0)

    def _annuleer_beeld(self) -> None:
        """Cancel the klantbeeld's work: its load, its retries and the zaak in detail."""
        self.taken.annuleer(BEELD)
        self.taken.annuleer(ZAAK)
        for onderdeel in Onderdeel:
            self.taken.annuleer(OPNIEUW + onderdeel.value)

    # -- a zaak in detail -------------------------------------------------------------------

    def kies_zaak(self, overzicht: ZaakOverzicht | None) -> None:
        """Open a zaak in the detail pane and load its history, documents and contacts."""
        self.taken.annuleer(ZAAK)
        self.model.kies_zaak(overzicht)
        if overzicht is not None:
            with tracecontext.in_verwerking(self._traceparent(self.model.beeld)):
                self.taken.start(ZAAK, self._zaak_detail(overzicht), self._zaak_klaar(overzicht))

    async def _zaak_detail(self, overzicht: ZaakOverzicht) -> ZaakDetail | None:
        try:
            return await self.composer.zaak_detail(overzicht)
        except KlantbeeldError:
            return None  # the pane says the detail could not be loaded

    def _zaak_klaar(self, overzicht: ZaakOverzicht) -> Callable[[ZaakDetail | None], None]:
        def klaar(detail: ZaakDetail | None) -> None:
            if self.model.gekozen_zaak is overzicht:
                self.model.zet_zaak_detail(detail)

        return klaar

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

    def inwoner(self) -> InwonerController:
        """A controller for the citizen's view of this klantbeeld (Toon aan inwoner)."""
        return InwonerController(self.composer.zaken)

    async def wacht_op_oefenmaand(self, timeout_s: float) -> None:
        """Until the oefenomgeving's month of contacts is in (at once for a real server)."""
        ki = self.composer.klantinteracties
        await wacht_op_oefenmaand(ki.api.base_url if ki is not None else None, timeout_s)

    def zaakdetail(self) -> ZaakDetailController:
        """A controller for the zaak detail pane: the catalog's names, documents to open."""
        return ZaakDetailController(self.composer.catalogus, self.download, self._render_pdf)

    def vragen(self) -> VragenController:
        """A controller for the Vragen tab, on this session's Klantinteracties."""
        return VragenController(self.composer.klantinteracties)

    # -- documents --------------------------------------------------------------------------

    async def download(self, document: InformatieObject) -> bytes:
        """The document's content through the Documenten API, if the agent may see it.

        Raises KlantbeeldError for a document above :attr:`max_vertrouwelijkheid` (checked
        here too, not only on screen), when no zaaksysteem is configured, or when its opening
        cannot be recorded in the verwerkingslog (then the message bridge says so too).
        """
        if not mag_inzien(document.vertrouwelijkheidaanduiding, self.max_vertrouwelijkheid):
            raise KlantbeeldError(tr("Niet in te zien: dit document is te vertrouwelijk."))
        if self.composer.zaken is None:
            raise KlantbeeldError(tr("Het zaaksysteem is niet ingesteld."))
        try:
            verwerking = self._leg_vast(
                Handeling.DOCUMENT_OPENEN, self.model.beeld, object_id=document.url
            )
        except VerwerkingNietVastgelegd as e:
            self.meldingen.fout(e)
            raise
        with tracecontext.in_verwerking(verwerking.traceparent if verwerking else None):
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
        there (the ``wis_klembord`` handed in); what the agent copied from another
        application since stays.
        """
        self.taken.annuleer_alles()
        self._open_zaak_na_laden = None
        self._verwerking = None
        self.zoekvraag = self._laatste_zoekvraag = self._volgende_zoekvraag = None
        self.model.wis()
        vergeet_caches()
        if self._wis_klembord is not None:
            self._wis_klembord()
        self.beeindigd.emit()

    async def sluit(self) -> None:
        """Cancel every task and wait for them (on quit)."""
        await self.taken.sluit()


async def _geen_pagina_s(_data: bytes) -> tuple[list[QImage], int]:
    """No renderer handed in: a PDF is offered to save, not shown."""
    return [], 0


async def _als_generator(stukken: AsyncIterator[Deel]) -> AsyncGenerator[Deel, None]:
    """``stukken`` as an async generator that closes it in turn (for ``aclosing``)."""
    try:
        async for deel in stukken:
            yield deel
    finally:
        if isinstance(stukken, AsyncGenerator):
            await stukken.aclose()


def _betrokkene(beeld: Klantbeeld) -> Betrokkene:
    """Whose klantbeeld it is (raises OngeldigeInvoer for a number that is none)."""
    if beeld.soort == "persoon":
        return Betrokkene.bsn(beeld.sleutel)
    return Betrokkene.kvk(beeld.sleutel)


def _zelfde_klant(beeld: Klantbeeld, registratie: Registratie) -> bool:
    """True when the registration is about the klant on screen."""
    partij = registratie.partij
    soort = "persoon" if partij.soort == "bsn" else "bedrijf" if partij.soort == "kvk" else ""
    return beeld.soort == soort and beeld.sleutel == partij.nummer
