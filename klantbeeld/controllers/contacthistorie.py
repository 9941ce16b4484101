"""The contacthistorie's controller: loads, list and verzoeken models, detail, filter, export.

A period's contacts, the open verzoeken, a contact's detail and the CSV export each run as a task
of the runner (:class:`~klantbeeld.controllers.taken.Taken`). The contacts stream in newest first
(:func:`~klantbeeld.services.contacthistorie.stroom.stroom`) and are appended to
:attr:`ContacthistorieController.model` in small chunks, the loop free between them; a new
period cancels the old load (the latest wins). The load is "klaar"
(:attr:`~ContacthistorieController.volledig`) only when the stream reached its end; a load cut
short (reloaded, stopped, failed) says so. While it loads, full garbage-collector passes are held
off and what is loaded is frozen afterwards (:func:`klantbeeld.services.werkplek.geheugen.laden`).
The texts about the state (how many, how far back, complete or not) are made here, so the screen
only shows them; the export's outcome also goes to the message bridge.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from klantbeeld.controllers.meldingen import Meldingen
from klantbeeld.controllers.taken import Taken
from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient
from klantbeeld.services.contacthistorie.export import naar_csv
from klantbeeld.services.contacthistorie.rijen import Filter, HistorieDetail, HistorieRij, Periode
from klantbeeld.services.contacthistorie.stroom import details, stroom
from klantbeeld.services.contacthistorie.verzoeken import OpenVerzoek, open_verzoeken
from klantbeeld.services.klantbeeld.composer import KlantbeeldComposer
from klantbeeld.services.taal import getal
from klantbeeld.services.verbinding.errors import KlantbeeldError, bronnaam, reden
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog
from klantbeeld.services.werkplek import geheugen
from klantbeeld.services.werkplek.settings import BRON_NAMEN, ApiNaam
from klantbeeld.views.models.historie_model import HistorieModel, OpenVerzoekenModel

LADEN = "laden"
VERZOEKEN = "verzoeken"
DETAIL = "detail"
EXPORT = "export"

#: Rows appended to the list per step; between steps the event loop runs.
STUK = 200
#: Detail requests at once when the BSN goes into the export.
BSN_GELIJKTIJDIG = 8
#: The filter lists that grow with the loaded rows.
KEUZE_SOORTEN = ("medewerker", "onderwerp", "resultaat")


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Contacthistorie)."""
    return QCoreApplication.translate("Contacthistorie", text)


class Bron(Protocol):
    """What the controller takes from the klantbeeld session: the clients and the bridge."""

    @property
    def composer(self) -> KlantbeeldComposer: ...

    @property
    def meldingen(self) -> Meldingen: ...

    @property
    def verwerkingslog(self) -> Verwerkingslog | None: ...


class ContacthistorieController(QObject):
    """Owns the contacthistorie's loads, its list and verzoeken models, filter and export."""

    #: The load's state changed (started, rows in, ended, failed, filtered).
    standGewijzigd = Signal()
    #: Rows were appended to the list; carries whether they are the load's first.
    rijenToegevoegd = Signal(bool)
    #: A load ended (complete, cut short or failed); carries the number of loaded contacts.
    geladen = Signal(int)
    #: Filter values seen for the first time; carries (soort, set of values).
    nieuweKeuzes = Signal(str, object)
    #: The chosen contact's detail arrived; carries a HistorieDetail.
    detailGeladen = Signal(object)
    #: What to say under the detail; carries the text ("" says nothing).
    detailMelding = Signal(str)
    #: The open verzoeken are in (:attr:`verzoeken`, :attr:`verzoeken_model`).
    verzoekenGeladen = Signal()
    #: What to say about the open verzoeken; carries (text, niveau).
    verzoekenMelding = Signal(str, str)
    #: How the export goes; carries (text, niveau: "info", "succes", "waarschuwing", "fout").
    exportMelding = Signal(str, str)
    #: An export ended, written or not.
    exportKlaar = Signal()

    def __init__(
        self,
        klantinteracties: KlantinteractiesClient | None,
        *,
        vandaag: date,
        meldingen: Meldingen | None = None,
        verwerkingslog: Verwerkingslog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.klantinteracties = klantinteracties
        #: Records an export with BSN before it is written (None: nothing is recorded).
        self.verwerkingslog = verwerkingslog
        self.vandaag = vandaag
        self.meldingen = meldingen
        self.model = HistorieModel(self)
        self.verzoeken_model = OpenVerzoekenModel(self)
        self.taken = Taken(self)
        self.taken.fout.connect(self._fout)
        #: The period of the last load (None before the first).
        self.periode: Periode | None = None
        self.filter = Filter()
        #: True only once a load's stream reached its end (never over partial data).
        self.volledig = False
        #: When the complete data was fetched (local time), for "opgehaald om 14:32".
        self.opgehaald: datetime | None = None
        #: Why the last load failed ("" or None: it did not).
        self.fout: str | None = None
        self.verzoeken: list[OpenVerzoek] = []
        self.gekozen: HistorieRij | None = None
        #: Seconds from the start of a load to its first rows and to its end (for the benchmark).
        self.tijd_eerste_rijen: float | None = None
        self.tijd_klaar: float | None = None
        self.laad_taak: asyncio.Task[None] | None = None
        self._bezig = False
        self._start = 0.0
        self._gezien: dict[str, set[str]] = {soort: set() for soort in KEUZE_SOORTEN}

    @classmethod
    def voor(
        cls, sessie: Bron, *, vandaag: date, parent: QObject | None = None
    ) -> ContacthistorieController:
        """The controller on a klantbeeld session's Klantinteracties client and message bridge."""
        return cls(
            sessie.composer.klantinteracties,
            vandaag=vandaag,
            meldingen=sessie.meldingen,
            verwerkingslog=sessie.verwerkingslog,
            parent=parent,
        )

    # -- loading ----------------------------------------------------------------------------

    @property
    def bezig(self) -> bool:
        """Whether a period is loading."""
        return self._bezig

    @property
    def verzoeken_klaar(self) -> bool:
        """Whether the open verzoeken are loaded (or failed, or never started)."""
        return not self.taken.bezig(VERZOEKEN)

    def laad(self, periode: Periode) -> None:
        """(Re)load ``periode``; cancels a load in progress. The open verzoeken load alongside."""
        self.taken.annuleer(LADEN)
        self.periode = periode
        self.fout = None
        self.volledig = False
        self._bezig = False
        self.model.set_rows([])
        self.kies(None)
        self.tijd_eerste_rijen = self.tijd_klaar = None
        ki = self.klantinteracties
        if ki is None:
            self.fout = tr("Klantinteracties is niet ingesteld.")
            self.standGewijzigd.emit()
            return
        self._start = time.perf_counter()
        self.laad_taak = self.taken.start(LADEN, self._laad(ki, periode))
        self._bezig = self.laad_taak is not None
        self.standGewijzigd.emit()
        if not self.taken.bezig(VERZOEKEN):
            self.taken.start(VERZOEKEN, self._laad_verzoeken(ki))

    def stop(self) -> None:
        """Cancel every task (the screen closes); what is loaded stays."""
        self.taken.annuleer_alles()
        self._bezig = False

    async def _laad(self, ki: KlantinteractiesClient, periode: Periode) -> None:
        volledig = False
        try:
            with geheugen.laden():
                async with contextlib.aclosing(stroom(ki, periode)) as paginas:
                    async for pagina in paginas:
                        for begin in range(0, len(pagina), STUK):
                            self._voeg_toe(pagina[begin : begin + STUK])
                            await asyncio.sleep(0)
            volledig = True  # the stream ended by itself: every page is in
        except KlantbeeldError as e:
            self.fout = tr("{bron} niet bereikbaar — {reden}").format(
                bron=bronnaam(BRON_NAMEN[ApiNaam.KLANTINTERACTIES]), reden=reden(e)
            )
        finally:
            # Only the current load speaks: a load replaced by a newer one (F5, another
            # period) ends cancelled while the newer one runs, and must not end it.
            if self.laad_taak is asyncio.current_task():
                self._bezig = False
                self.volledig = volledig
                if volledig:
                    self.opgehaald = datetime.now()
                self.tijd_klaar = time.perf_counter() - self._start
                self.standGewijzigd.emit()
                self.geladen.emit(self.model.aantal_geladen())

    def _voeg_toe(self, rijen: Sequence[HistorieRij]) -> None:
        self.model.voeg_toe(rijen)
        eerste = self.tijd_eerste_rijen is None and bool(rijen)
        if eerste:
            self.tijd_eerste_rijen = time.perf_counter() - self._start
        self._nieuwe_keuzes(rijen)
        self.rijenToegevoegd.emit(eerste)

    def _nieuwe_keuzes(self, rijen: Iterable[HistorieRij]) -> None:
        for soort in KEUZE_SOORTEN:
            if soort == "medewerker":
                waarden = {m for r in rijen for m in r.medewerkers}
            else:
                waarden = {str(getattr(r, soort)) for r in rijen}
            nieuw = waarden - self._gezien[soort]
            if nieuw:
                self._gezien[soort] |= nieuw
                self.nieuweKeuzes.emit(soort, nieuw)

    async def _laad_verzoeken(self, ki: KlantinteractiesClient) -> None:
        self.verzoekenMelding.emit(tr("Open verzoeken laden…"), "info")
        try:
            verzoeken = await open_verzoeken(ki, op=self.vandaag)
        except asyncio.CancelledError:
            self.verzoekenMelding.emit(tr("Open verzoeken niet geladen (onderbroken)."), "info")
            raise
        except KlantbeeldError as e:
            self.verzoekenMelding.emit(
                tr("{bron} niet bereikbaar — {reden}").format(
                    bron=bronnaam(BRON_NAMEN[ApiNaam.KLANTINTERACTIES]), reden=reden(e)
                ),
                "fout",
            )
            return
        self.verzoeken = list(verzoeken)
        self.verzoeken_model.set_rows([v for v in self.verzoeken if v.te_laat])
        self.verzoekenMelding.emit("", "info")
        self.verzoekenGeladen.emit()

    # -- filter -----------------------------------------------------------------------------

    def zet_filter(self, filter: Filter) -> None:
        """Narrow the list to ``filter`` (in memory, over what is loaded)."""
        self.filter = filter
        self.model.zet_filter(filter)

    # -- detail -----------------------------------------------------------------------------

    def kies(self, rij: HistorieRij | None) -> None:
        """Show ``rij`` in the detail: its partij, zaken and taken are fetched (latest wins)."""
        self.taken.annuleer(DETAIL)
        self.gekozen = rij
        if rij is None:
            return
        ki = self.klantinteracties
        if ki is None:
            self.detailMelding.emit(tr("Klantinteracties is niet ingesteld."))
            return
        self.detailMelding.emit(tr("Klantgegevens ophalen…"))
        self.taken.start(DETAIL, details(ki, rij), partial(self._detail_binnen, rij))

    def _detail_binnen(self, rij: HistorieRij, detail: HistorieDetail) -> None:
        if self.gekozen is rij:
            self.detailGeladen.emit(detail)

    # -- export -----------------------------------------------------------------------------

    def exporteer(self, pad: Path, *, met_bsn: bool) -> asyncio.Task[None] | None:
        """Write the filtered list to ``pad`` as CSV (the BSN only when ``met_bsn``: then
        recorded in the verwerkingslog first, and nothing is written when it cannot be)."""
        rijen = self.model.zichtbaar()
        self.exportMelding.emit(tr("Exporteren…"), "info")
        return self.taken.start(EXPORT, self._exporteer(pad, rijen, met_bsn))

    async def _exporteer(self, pad: Path, rijen: list[HistorieRij], met_bsn: bool) -> None:
        try:
            bsns: dict[str, str] = {}
            if met_bsn:
                bsns = await self._bsns(rijen)
                if bsns and self.verwerkingslog is not None:
                    # Before the file holds them; raises (nothing written) when it cannot.
                    self.verwerkingslog.exporteer_csv(bsns.values())
            inhoud = naar_csv(rijen, met_bsn=met_bsn, bsn_van=lambda r: bsns.get(r.uuid))
            pad.write_bytes(inhoud)  # a few MB at most: milliseconds
        except (KlantbeeldError, OSError) as e:
            tekst = tr("Exporteren mislukt — {reden}").format(reden=str(e))
            self.exportMelding.emit(tekst, "fout")
            if self.meldingen is not None:
                self.meldingen.fout(e if isinstance(e, KlantbeeldError) else tekst)
            return
        finally:
            self.exportKlaar.emit()
        tekst = tr("{n} contacten opgeslagen in {bestand}").format(
            n=getal(len(rijen)), bestand=pad.name
        )
        if not self.volledig:
            tekst += tr(" — let op: de periode was niet volledig geladen")
        self.exportMelding.emit(tekst, "succes" if self.volledig else "waarschuwing")
        if self.meldingen is not None:
            self.meldingen.info(tekst)

    async def _bsns(self, rijen: list[HistorieRij]) -> dict[str, str]:
        """The BSN per contact (uuid), fetched only now the team lead asked for it."""
        ki = self.klantinteracties
        if ki is None:
            return {}
        poort = asyncio.Semaphore(BSN_GELIJKTIJDIG)
        klaar = 0

        async def een(rij: HistorieRij) -> tuple[str, str | None]:
            nonlocal klaar
            async with poort:
                detail = await details(ki, rij)
            klaar += 1
            if klaar % 20 == 0:
                self.exportMelding.emit(
                    tr("BSN's ophalen: {k} van {n}…").format(k=getal(klaar), n=getal(len(rijen))),
                    "info",
                )
            return rij.uuid, detail.bsn

        paren = await asyncio.gather(*(een(r) for r in rijen))
        return {u: b for u, b in paren if b}

    def _fout(self, sleutel: str, fout: KlantbeeldError) -> None:
        if sleutel == DETAIL:
            self.detailMelding.emit(
                tr("Klantgegevens niet op te halen — {reden}").format(reden=str(fout))
            )

    # -- what the screen says ---------------------------------------------------------------

    def status_tekst(self) -> str:
        """The line above the list: how many, filtered, and complete or how far back."""
        geladen = self.model.aantal_geladen()
        zichtbaar = self.model.rowCount()
        if self._bezig:
            tekst = tr("{n} contacten geladen…").format(n=getal(geladen))
        elif self.volledig:
            tekst = tr("{n} contacten in deze periode").format(n=getal(geladen))
        elif self.periode is not None:
            tekst = tr("{n} contacten geladen (onvolledig)").format(n=getal(geladen))
        else:
            tekst = ""
        if zichtbaar != geladen or self.filter != Filter():
            tekst += tr(" — {m} na filter").format(m=getal(zichtbaar))
        if self.volledig and self.opgehaald is not None:
            tekst += tr(" — klaar, opgehaald om {tijd}").format(tijd=f"{self.opgehaald:%H:%M}")
        elif self._bezig and (stand := self._stand()):
            tekst += " " + stand
        elif not self.volledig and not self.fout and self.periode is not None:
            tekst += tr(" — laden onderbroken; F5 haalt alles opnieuw op")
        return tekst

    def status_tooltip(self) -> str:
        """When the complete data was fetched ("" while it is not complete)."""
        if self.volledig and self.opgehaald is not None:
            return tr("Opgehaald op {moment}").format(moment=f"{self.opgehaald:%d-%m-%Y %H:%M}")
        return ""

    def overzicht_stand(self) -> tuple[str, str]:
        """Above the charts: whether the figures are complete, and from when; (text, niveau)."""
        periode = self.periode
        geladen = self.model.aantal_geladen()
        if periode is None:
            return "", "info"
        if self.volledig and self.opgehaald is not None:
            return tr("Alle {n} contacten van {van} t/m {tot}, opgehaald om {tijd}.").format(
                n=getal(geladen),
                van=f"{periode.van:%d-%m-%Y}",
                tot=f"{periode.tot:%d-%m-%Y}",
                tijd=f"{self.opgehaald:%H:%M}",
            ), "info"
        if self._bezig:
            oudste = self._oudste_dag()
            return tr(
                "Nog niet compleet: de cijfers gaan over wat tot nu toe geladen is{tot}. "
                "De periode wordt verder geladen…"
            ).format(
                tot=tr(" (terug tot {dag})").format(dag=f"{oudste:%d-%m}") if oudste else ""
            ), "waarschuwing"
        return tr(
            "Niet compleet: alleen de {n} contacten die geladen waren. "
            "Vernieuwen (F5) haalt de hele periode opnieuw op."
        ).format(n=getal(geladen)), "waarschuwing"

    def voortgang(self) -> int:
        """How far back the loaded contacts reach, as a percentage of the period."""
        periode = self.periode
        alle = self.model.alle() if self.model.aantal_geladen() else []
        if periode is None or not alle:
            return 0
        oudste = alle[-1].moment
        eind = datetime.combine(periode.tot + timedelta(days=1), datetime.min.time())
        begin = datetime.combine(periode.van, datetime.min.time())
        if oudste.tzinfo is not None:
            oudste = oudste.astimezone().replace(tzinfo=None)
        totaal = (eind - begin).total_seconds() or 1.0
        return max(0, min(100, round((eind - oudste).total_seconds() / totaal * 100)))

    def _oudste_dag(self) -> date | None:
        """The day of the oldest contact loaded so far (rows arrive newest first)."""
        if not self.model.aantal_geladen():
            return None
        return self.model.alle()[-1].dag

    def _stand(self) -> str:
        """How far back the rows reach while loading: "(terug tot 27-11, 45 %)"."""
        oudste = self._oudste_dag()
        if oudste is None:
            return ""
        return tr("(terug tot {dag}, {p} %)").format(dag=f"{oudste:%d-%m}", p=self.voortgang())
