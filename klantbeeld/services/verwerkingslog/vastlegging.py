"""The verwerkingslog's hooks: record one processing of personal data before it is shown.

The narrow API the controllers call, one line per action, *before* the data reaches the screen
(each raises :class:`~.journaal.VerwerkingNietVastgelegd` when the record cannot be kept; the
caller then shows nothing and reports the error's ``melding``)::

    v = log.open_klantbeeld(Betrokkene.bsn(bsn))          # a klantbeeld (BSN or KVK-nummer)
    log.toon_bsn(bsn)                                     # the masked BSN revealed
    log.open_document(betrokkene, document.url)           # a document of the klant opened
    log.beantwoord_vraag(Betrokkene.van(bsn=v.bsn, kvk_nummer=v.kvk_nummer), url)  # a question
    log.exporteer_csv(bsns)                               # a team lead's CSV export with BSN

and, to load under the verwerking's ``traceparent`` (every API request in it carries it)::

    beeld = await met_verwerking(lambda: log.open_klantbeeld(b), lambda: composer.laad(...))
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

from pydantic import ValidationError

from klantbeeld.services.verbinding import tracecontext
from klantbeeld.services.verbinding.errors import OngeldigeInvoer
from klantbeeld.services.verwerkingslog.journaal import VerwerkingJournaal, VerwerkingNietVastgelegd
from klantbeeld.services.verwerkingslog.verwerking import Betrokkene, Handeling, Verwerking, tr

T = TypeVar("T")

#: The doelbinding when the agent chose none: the KCC's general task (recorded in the logboek:
#: always Dutch).
STANDAARD_DOELBINDING = "Dienstverlening KCC: vraag van de klant beantwoorden"


class Verwerkingslog:
    """Records each processing durably (encrypted, fsynced) before the data is shown."""

    def __init__(
        self,
        journaal: VerwerkingJournaal,
        *,
        medewerker: str,
        doelbinding: str = STANDAARD_DOELBINDING,
        klok: Callable[[], float] = time.time,
    ) -> None:
        self.journaal = journaal
        #: Who works here now (the sign-in may change it); never empty when recording.
        self.medewerker = medewerker
        #: The doelbinding the agent chose; each call may give its own.
        self.doelbinding = doelbinding
        self._klok = klok

    def leg_vast(
        self,
        handeling: Handeling,
        betrokkenen: Iterable[Betrokkene],
        *,
        doelbinding: str | None = None,
        object_id: str | None = None,
    ) -> Verwerking:
        """Keep one record on disk and return it; raises :class:`VerwerkingNietVastgelegd`."""
        try:
            verwerking = Verwerking(
                handeling=handeling,
                medewerker=self.medewerker,
                doelbinding=doelbinding or self.doelbinding,
                betrokkenen=tuple(betrokkenen),
                object_id=object_id,
                tijdstip=self._klok(),
            )
        except ValidationError as e:
            velden = ", ".join(str(fout["loc"][0]) for fout in e.errors() if fout["loc"])
            raise VerwerkingNietVastgelegd(tr("onvolledig: {velden}").format(velden=velden)) from e
        self.journaal.schrijf(verwerking)
        return verwerking

    # -- the five actions (and the Inzage itself) ----------------------------------------------

    def open_klantbeeld(
        self, betrokkene: Betrokkene, *, doelbinding: str | None = None
    ) -> Verwerking:
        """Before a klantbeeld (person or business) loads."""
        return self.leg_vast(Handeling.KLANTBEELD_OPENEN, [betrokkene], doelbinding=doelbinding)

    def toon_bsn(self, bsn: str, *, doelbinding: str | None = None) -> Verwerking:
        """Before the masked BSN on screen is shown whole."""
        return self.leg_vast(Handeling.BSN_TONEN, [_bsn(bsn)], doelbinding=doelbinding)

    def open_document(
        self, betrokkene: Betrokkene, document: str, *, doelbinding: str | None = None
    ) -> Verwerking:
        """Before a document (``document``: its URL or uuid) of the klant is shown."""
        return self.leg_vast(
            Handeling.DOCUMENT_OPENEN, [betrokkene], doelbinding=doelbinding, object_id=document
        )

    def beantwoord_vraag(
        self, betrokkene: Betrokkene | None, vraag: str, *, doelbinding: str | None = None
    ) -> Verwerking:
        """Before a question (``vraag``: the internetaak's URL) is opened to answer it.

        ``betrokkene``: :meth:`Betrokkene.van` the question's BSN or KVK-nummer; None when the
        sender is known by neither (the record then names nobody, as the standard allows).
        """
        betrokkenen = [betrokkene] if betrokkene is not None else []
        return self.leg_vast(
            Handeling.VRAAG_BEANTWOORDEN, betrokkenen, doelbinding=doelbinding, object_id=vraag
        )

    def exporteer_csv(self, bsns: Iterable[str], *, doelbinding: str | None = None) -> Verwerking:
        """Before a CSV with BSNs is written: one record, a log line per person in it."""
        uniek = list(dict.fromkeys(_bsn(b) for b in bsns))
        return self.leg_vast(Handeling.CSV_EXPORTEREN, uniek, doelbinding=doelbinding)

    def inzage(self, betrokkene: Betrokkene, *, doelbinding: str | None = None) -> Verwerking:
        """Before the verwerkingen of a person are listed (that is a processing too)."""
        return self.leg_vast(Handeling.INZAGE, [betrokkene], doelbinding=doelbinding)


class GeweigerdeVerwerkingslog(Verwerkingslog):
    """Stands in when the verwerkingslog could not be made (no journal, no pseudonym key):
    every record is refused, so nothing personal is shown (fail closed)."""

    def __init__(self, reden: str) -> None:  # no journal to keep anything in
        self.reden = reden
        self.medewerker = ""
        self.doelbinding = STANDAARD_DOELBINDING

    def leg_vast(
        self,
        handeling: Handeling,
        betrokkenen: Iterable[Betrokkene],
        *,
        doelbinding: str | None = None,
        object_id: str | None = None,
    ) -> Verwerking:
        """Refuse: raises :class:`VerwerkingNietVastgelegd` naming why there is no log."""
        raise VerwerkingNietVastgelegd(self.reden)


def _bsn(bsn: str) -> Betrokkene:
    try:
        return Betrokkene.bsn(bsn)
    except OngeldigeInvoer as e:
        raise VerwerkingNietVastgelegd(
            tr("geen geldig BSN: {melding}").format(melding=e.melding)
        ) from e


async def met_verwerking(
    vastleggen: Callable[[], Verwerking], werk: Callable[[], Awaitable[T]]
) -> T:
    """Record first (raises, and ``werk`` never starts, when that fails); then run ``werk``
    with every API request it makes carrying the verwerking's ``traceparent``."""
    verwerking = vastleggen()
    with tracecontext.in_verwerking(verwerking.traceparent):
        return await werk()
