"""The klantbeeld composer: gathers everything about one person or company, part by part.

Given a BSN or KVK number it asks every source at once (bounded by the per-server limits of
the clients), and yields each part as it arrives, so a screen can fill progressively. A part
whose source fails is yielded with its error (naming the source); the rest still arrives.

How it fetches (the cheapest way for the real servers, see shared/recorded/README.md and the
oefenomgeving's cost models, ``klantbeeld.sandbox.kosten``):
- catalog data (zaaktypen, statustypen, resultaattypen) only from the :class:`CatalogusCache`;
- zaken: the unexpanded list (cheap: the first paint) and the catalog when cold, at once; the
  plain list is painted as soon as it is in, whether the catalog is or not (a slow Catalogi
  never holds back the zaken: their type and step names fill in with a later part). Then the
  list with the per-item data (``status, resultaat, zaakinformatieobjecten``) expanded, in
  pages of :data:`PAGINA_EXPAND` — one page up to that size, never split smaller (every page
  costs the server a fixed part, ~1 s for an expanded page), and not sent before the plain
  list is in (on a one-process server it would share the CPU with it and delay the first
  paint). With ``werkers`` > 1 (a server known to run that many worker processes) it is split
  across them instead;
- klantcontacten: the same, expanding only ``gingOverOnderwerpobjecten,
  leiddeTotInterneTaken`` (never ``hadBetrokkenen``: it repeats the person searched for);
- open internetaken come with the klantcontacten; no extra request;
- document metadata only when a zaak is opened (:meth:`KlantbeeldComposer.zaak_detail`).

What a failed part says is in the screen's language (the errors' context, "Fouten"); the
sources' names are as configured. A broken answer fails only its own part (issue 9.3): every
client turns whatever a server sends into a model or an
:class:`~services.verbinding.errors.ApiError` naming the source. Should a job still crash (a bug
in Klantbeeld), its parts arrive as failed with a
:class:`~services.verbinding.errors.Verwerkingsfout` naming their source, every other part still
arrives, and only then is the original exception raised, so a bug stays visible.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from klantbeeld.services.apis.betalingen import BetalingenClient
from klantbeeld.services.apis.brp import BrpClient, Persoon
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.apis.klantinteracties import (
    Internetaak,
    Klantcontact,
    KlantinteractiesClient,
)
from klantbeeld.services.apis.kvk import Basisprofiel, KvkClient, Vestiging, VestigingKort
from klantbeeld.services.apis.zgw import (
    ZAAK_EXPAND,
    Zaak,
    ZakenClient,
)
from klantbeeld.services.klantbeeld.invoer import valideer_bsn, valideer_kvk

# The values it composes live in waarden (widgets import them from there); named here as before.
from klantbeeld.services.klantbeeld.waarden import BRON_VAN as BRON_VAN
from klantbeeld.services.klantbeeld.waarden import Deel as Deel
from klantbeeld.services.klantbeeld.waarden import Klantbeeld as Klantbeeld
from klantbeeld.services.klantbeeld.waarden import Onderdeel as Onderdeel
from klantbeeld.services.klantbeeld.waarden import ZaakDetail as ZaakDetail
from klantbeeld.services.klantbeeld.waarden import ZaakOverzicht as ZaakOverzicht
from klantbeeld.services.verbinding.clients import Verbindingen
from klantbeeld.services.verbinding.errors import (
    ApiError,
    KlantbeeldError,
    NietGevonden,
    NietIngesteld,
    Verwerkingsfout,
    tr,
)
from klantbeeld.services.verbinding.http import lees_in_delen
from klantbeeld.services.werkplek import geheugen
from klantbeeld.services.werkplek.settings import BRON_NAMEN, ApiNaam

KLANTCONTACT_EXPAND = ("gingOverOnderwerpobjecten", "leiddeTotInterneTaken")
T = TypeVar("T")
Job = Callable[["asyncio.Queue[Deel]"], Awaitable[None]]
#: Page size of the expanded lists: the real servers' per-page cost makes pages of about 100
#: the cheapest (recorded: 200 contacts in pages of 25: 14.4 s, of 100: 8.0 s, of 250: 8.6 s).
PAGINA_EXPAND = 100


class KlantbeeldComposer:
    """Composes klantbeelden from the configured APIs; one instance per session."""

    def __init__(
        self,
        verbindingen: Verbindingen,
        catalogus: CatalogusCache | None,
        *,
        werkers: int | None = None,
    ) -> None:
        self._v = verbindingen
        self.catalogus = catalogus
        #: How many requests the servers serve side by side (worker processes): above 1,
        #: expanded lists are split across them (on one process that costs more). None: as
        #: configured per source (``werkers`` in the settings, on each API client).
        self.werkers = werkers
        brp = verbindingen.get(ApiNaam.BRP)
        zaken = verbindingen.get(ApiNaam.ZAKEN)
        ki = verbindingen.get(ApiNaam.KLANTINTERACTIES)
        betalingen = verbindingen.get(ApiNaam.BETALINGEN)
        zoeken = verbindingen.get(ApiNaam.KVK_ZOEKEN)
        profiel = verbindingen.get(ApiNaam.KVK_BASISPROFIEL)
        self.brp = BrpClient(brp, verbindingen.protocollering) if brp else None
        self.zaken = ZakenClient(zaken, verbindingen.get(ApiNaam.DOCUMENTEN)) if zaken else None
        self.klantinteracties = KlantinteractiesClient(ki) if ki else None
        self.betalingen = BetalingenClient(betalingen) if betalingen else None
        self.kvk = KvkClient(zoeken, profiel) if zoeken and profiel else None

    # -- public -----------------------------------------------------------------------------

    async def persoon(self, bsn: str) -> Klantbeeld:
        """The whole klantbeeld of a person (waits for every part)."""
        beeld = Klantbeeld("persoon", valideer_bsn(bsn))
        async for deel in self.stream_persoon(bsn):
            beeld.neem_op(deel)
        return beeld

    async def bedrijf(self, kvk_nummer: str) -> Klantbeeld:
        """The whole klantbeeld of a company (waits for every part)."""
        beeld = Klantbeeld("bedrijf", valideer_kvk(kvk_nummer))
        async for deel in self.stream_bedrijf(kvk_nummer):
            beeld.neem_op(deel)
        return beeld

    def stream_persoon(
        self, bsn: str, onderdelen: Collection[Onderdeel] | None = None
    ) -> AsyncIterator[Deel]:
        """Each part of a person's klantbeeld as it arrives (raises OngeldigeInvoer first).

        ``onderdelen`` limits it to those parts (to retry one that failed).
        """
        bsn = valideer_bsn(bsn)
        jobs: dict[Onderdeel, Job] = {
            Onderdeel.PERSOON: self._job(
                Onderdeel.PERSOON, self.brp, lambda c: self._persoon(c, bsn)
            ),
            Onderdeel.CONTACTGEGEVENS: self._job(
                Onderdeel.CONTACTGEGEVENS, self.klantinteracties, lambda c: c.partij_voor_bsn(bsn)
            ),
            Onderdeel.ZAKEN: self._zaken_job(lambda c, **kw: c.zaken_van_persoon(bsn, **kw)),
            Onderdeel.KLANTCONTACTEN: self._contacten_job(
                lambda c, **kw: c.klantcontacten_van_bsn(bsn, **kw)
            ),
            Onderdeel.BETALINGEN: self._job(
                Onderdeel.BETALINGEN, self.betalingen, lambda c: c.betalingen_van_bsn(bsn)
            ),
        }
        return _run(_kies(jobs, onderdelen))

    def stream_bedrijf(
        self, kvk_nummer: str, onderdelen: Collection[Onderdeel] | None = None
    ) -> AsyncIterator[Deel]:
        """Each part of a company's klantbeeld as it arrives (raises OngeldigeInvoer first)."""
        kvk = valideer_kvk(kvk_nummer)
        jobs: dict[Onderdeel, Job] = {
            Onderdeel.BEDRIJF: self._job(
                Onderdeel.BEDRIJF, self.kvk, lambda c: self._bedrijf(c, kvk)
            ),
            Onderdeel.CONTACTGEGEVENS: self._job(
                Onderdeel.CONTACTGEGEVENS, self.klantinteracties, lambda c: c.partij_voor_kvk(kvk)
            ),
            # One query per way a company can be registered, already concurrent: not in parts.
            Onderdeel.ZAKEN: self._zaken_job(
                lambda c, **kw: c.zaken_van_bedrijf(kvk_nummer=kvk, **kw), in_delen=False
            ),
            Onderdeel.KLANTCONTACTEN: self._contacten_job(
                lambda c, **kw: c.klantcontacten_van_kvk(kvk, **kw)
            ),
            Onderdeel.BETALINGEN: self._job(
                Onderdeel.BETALINGEN, self.betalingen, lambda c: c.betalingen_van_kvk(kvk)
            ),
        }
        return _run(_kies(jobs, onderdelen))

    async def zaak_detail(self, overzicht: ZaakOverzicht) -> ZaakDetail:
        """Open a zaak: status history, full document metadata and the contacts about it."""
        detail = ZaakDetail(overzicht)
        zaak = overzicht.zaak
        if self.zaken is None:
            raise KlantbeeldError(tr("Het zaaksysteem is niet ingesteld."))

        async def statussen() -> None:
            assert self.zaken is not None
            detail.statussen = await self.zaken.statussen(zaak.url)

        async def documenten() -> None:
            assert self.zaken is not None
            detail.documenten = await self.zaken.documenten(zaak)

        async def contacten() -> None:
            if self.klantinteracties is not None and zaak.uuid:
                detail.klantcontacten = await self.klantinteracties.klantcontacten_over_zaak(
                    zaak.uuid, zaak_url=zaak.url
                )

        results = await asyncio.gather(
            statussen(), documenten(), contacten(), return_exceptions=True
        )
        for result in results:
            if isinstance(result, KlantbeeldError):
                detail.fouten.append(result)
            elif isinstance(result, BaseException):
                raise result
        return detail

    def overzicht(self, zaak: Zaak, *, volledig: bool = True) -> ZaakOverzicht:
        """A zaak with its catalog data looked up in the cache."""
        cache = self.catalogus
        zaaktype = cache.zaaktype(zaak.zaaktype) if cache and zaak.zaaktype else None
        statustypen = cache.statustypen(zaak.zaaktype) if cache and zaak.zaaktype else []
        status = zaak.expand_status
        statustype = cache.statustype(status.statustype) if cache and status else None
        resultaat = zaak.expand_resultaat
        resultaattype = (
            cache.resultaattype(resultaat.resultaattype) if cache and resultaat else None
        )
        return ZaakOverzicht(
            zaak, zaaktype, statustypen, status, statustype, resultaattype, volledig
        )

    # -- the parts --------------------------------------------------------------------------

    async def _persoon(self, brp: BrpClient, bsn: str) -> Persoon:
        persoon = await brp.raadpleeg(bsn)
        if persoon is None:
            raise NietGevonden(
                BRON_NAMEN[ApiNaam.BRP], tr("geen persoon gevonden met dit BSN"), status_code=404
            )
        return persoon

    async def _bedrijf(
        self, kvk: KvkClient, kvk_nummer: str
    ) -> tuple[Basisprofiel, Vestiging | None, list[VestigingKort]]:
        profiel, hoofd, vestigingen = await asyncio.gather(
            kvk.basisprofiel(kvk_nummer),
            kvk.hoofdvestiging(kvk_nummer),
            kvk.vestigingen(kvk_nummer),
        )
        if profiel is None:
            raise NietGevonden(
                BRON_NAMEN[ApiNaam.KVK_BASISPROFIEL],
                tr("geen inschrijving gevonden met dit KVK-nummer"),
                status_code=404,
            )
        return profiel, hoofd, vestigingen

    def _job(
        self, onderdeel: Onderdeel, client: Any, fetch: Callable[[Any], Awaitable[Any]]
    ) -> Job:
        async def job(queue: asyncio.Queue[Deel]) -> None:
            if client is None:
                await queue.put(Deel(onderdeel, fout=_niet_ingesteld(onderdeel)))
                return
            try:
                await queue.put(Deel(onderdeel, await fetch(client)))
            except KlantbeeldError as e:
                await queue.put(Deel(onderdeel, fout=e))

        return job

    def _zaken_job(
        self, fetch: Callable[..., Awaitable[list[Zaak]]], *, in_delen: bool = True
    ) -> Job:
        async def job(queue: asyncio.Queue[Deel]) -> None:
            if self.zaken is None:
                await queue.put(Deel(Onderdeel.ZAKEN, fout=_niet_ingesteld(Onderdeel.ZAKEN)))
                return
            client = self.zaken
            catalogus = asyncio.ensure_future(self._laad_catalogus())

            async def uitgebreid() -> list[Zaak]:
                if in_delen:
                    return await self._volledig(
                        lambda **kw: fetch(client, expand=ZAAK_EXPAND, **kw),
                        kaal,
                        client.api.werkers,
                    )
                return await fetch(client, expand=ZAAK_EXPAND)

            def kale(zaken: list[Zaak]) -> Deel:
                return Deel(
                    Onderdeel.ZAKEN,
                    [self.overzicht(z, volledig=False) for z in zaken],
                    voorlopig=bool(zaken),
                )

            volledig: asyncio.Future[list[Zaak]] | None = None
            try:
                try:
                    kaal = await fetch(client, expand=())
                except KlantbeeldError as e:
                    await queue.put(Deel(Onderdeel.ZAKEN, fout=e))
                    return
                # Painted now, catalog or not: a slow Catalogi never holds back the zaken.
                namen_volgen = not catalogus.done()
                await queue.put(kale(kaal))
                if not kaal:
                    return
                volledig = asyncio.ensure_future(uitgebreid())
                if namen_volgen:
                    await asyncio.wait({catalogus, volledig}, return_when=asyncio.FIRST_COMPLETED)
                    if not volledig.done():  # the catalog came first: its names now
                        await queue.put(kale(kaal))
                try:
                    zaken = await volledig
                except KlantbeeldError as e:
                    await queue.put(Deel(Onderdeel.ZAKEN, fout=e))
                    return
                await asyncio.wait({catalogus})  # the names in the last part (it cannot fail)
                await queue.put(Deel(Onderdeel.ZAKEN, [self.overzicht(z) for z in zaken]))
            except BaseException:
                catalogus.cancel()
                raise
            finally:
                if volledig is not None and not volledig.done():
                    volledig.cancel()
                await asyncio.gather(
                    catalogus, *([volledig] if volledig else []), return_exceptions=True
                )

        return job

    def _contacten_job(self, fetch: Callable[..., Awaitable[list[Klantcontact]]]) -> Job:
        async def job(queue: asyncio.Queue[Deel]) -> None:
            if self.klantinteracties is None:
                for onderdeel in (Onderdeel.KLANTCONTACTEN, Onderdeel.INTERNETAKEN):
                    await queue.put(Deel(onderdeel, fout=_niet_ingesteld(onderdeel)))
                return
            client = self.klantinteracties
            try:
                kaal = await fetch(client, expand=())
                await queue.put(Deel(Onderdeel.KLANTCONTACTEN, kaal, voorlopig=bool(kaal)))
                volledig = (
                    await self._volledig(
                        lambda **kw: fetch(client, expand=KLANTCONTACT_EXPAND, **kw),
                        kaal,
                        client.api.werkers,
                    )
                    if kaal
                    else []
                )
            except KlantbeeldError as e:
                await queue.put(Deel(Onderdeel.KLANTCONTACTEN, fout=e))
                await queue.put(Deel(Onderdeel.INTERNETAKEN, fout=e))
                return
            if kaal:
                await queue.put(Deel(Onderdeel.KLANTCONTACTEN, volledig))
            await queue.put(Deel(Onderdeel.INTERNETAKEN, open_internetaken(volledig)))

        return job

    async def _volledig(
        self, fetch: Callable[..., Awaitable[list[T]]], kaal: Sequence[T], werkers: int
    ) -> list[T]:
        """The expanded list, once the plain one ``kaal`` is in (not sooner: on one process it
        would share the CPU with what the first paint waits for): every page at once, as even as
        can be, at most PAGINA_EXPAND a page (a small last page costs the server a page's fixed
        part for a few items), or split across the server's workers when it has them."""
        werkers = self.werkers if self.werkers is not None else werkers
        delen = max(werkers, -(-len(kaal) // PAGINA_EXPAND))
        return await _in_delen(fetch, kaal, delen, PAGINA_EXPAND)

    async def _laad_catalogus(self) -> None:
        if self.catalogus is not None and not self.catalogus.is_warm:
            # On failure zaken still show, without type names; the next search tries again.
            with contextlib.suppress(ApiError):
                await self.catalogus.laad()


def open_internetaken(contacten: Sequence[Klantcontact]) -> list[Internetaak]:
    """The internetaken still to handle that came with the contacts, oldest first."""
    taken: dict[str, Internetaak] = {}
    for contact in contacten:
        for taak in contact.internetaken:
            if taak.status == "te_verwerken":
                taken.setdefault(taak.uuid, taak)
    return sorted(taken.values(), key=_taak_sleutel)


def _taak_sleutel(taak: Internetaak) -> tuple[int, float]:
    moment = taak.toegewezen_op
    return (0, moment.timestamp()) if moment is not None else (1, 0.0)


async def _in_delen(
    fetch: Callable[..., Awaitable[list[T]]], kaal: Sequence[T], delen: int, grootste: int
) -> list[T]:
    """The items of ``kaal`` again, expanded, in ``delen`` concurrent pages of at most
    ``grootste``.

    Every item arrives whatever page size the server serves (see
    :func:`~services.verbinding.http.lees_in_delen`); repeats across page edges are dropped.
    """
    if len(kaal) <= 1:
        return await fetch()
    return await lees_in_delen(
        lambda page, size: fetch(page=page, page_size=size),
        kaal,
        delen=delen,
        sleutel=_sleutel,
        max_page_size=grootste,
    )


def _sleutel(item: object) -> str:
    """What identifies an item across reads: its url, else its uuid."""
    return str(getattr(item, "url", None) or getattr(item, "uuid", None) or id(item))


#: The parts a job yields besides its own (the klantcontacten bring the internetaken).
_MEE: dict[Onderdeel, tuple[Onderdeel, ...]] = {Onderdeel.KLANTCONTACTEN: (Onderdeel.INTERNETAKEN,)}


def _kies(
    jobs: dict[Onderdeel, Job], onderdelen: Collection[Onderdeel] | None
) -> list[tuple[tuple[Onderdeel, ...], Job]]:
    """The jobs for the asked parts, each with the parts it yields (internetaken come with
    the klantcontacten)."""
    gevraagd = set(jobs if onderdelen is None else onderdelen)
    if Onderdeel.INTERNETAKEN in gevraagd:
        gevraagd.add(Onderdeel.KLANTCONTACTEN)
    return [
        ((onderdeel, *_MEE.get(onderdeel, ())), job)
        for onderdeel, job in jobs.items()
        if onderdeel in gevraagd
    ]


def _niet_ingesteld(onderdeel: Onderdeel) -> NietIngesteld:
    return NietIngesteld(BRON_NAMEN[BRON_VAN[onderdeel]])


def _verwerkingsfout(onderdeel: Onderdeel) -> Verwerkingsfout:
    return Verwerkingsfout(
        BRON_NAMEN[BRON_VAN[onderdeel]],
        tr("Klantbeeld kon het antwoord niet verwerken (een fout in Klantbeeld, gemeld)"),
    )


@dataclass(frozen=True)
class _Klaar:
    """Marks that one job ended; carries an unexpected exception and the job's parts."""

    onderdelen: tuple[Onderdeel, ...]
    fout: Exception | None = None


async def _run(jobs: Sequence[tuple[tuple[Onderdeel, ...], Job]]) -> AsyncIterator[Deel]:
    """Run the jobs concurrently and yield their parts as they arrive; cancel on close.

    A job that crashes (a bug: malformed data never gets here, the clients raise typed errors
    for it) does not hold the others back: each of its parts not yet complete arrives failed,
    with a :class:`Verwerkingsfout` naming its source, the other jobs run on, and once they
    are all done the first crash is raised, so a bug is never swallowed.
    """
    queue: asyncio.Queue[Deel | _Klaar] = asyncio.Queue()

    async def wrap(onderdelen: tuple[Onderdeel, ...], job: Job) -> None:
        try:
            await job(queue)  # type: ignore[arg-type]
        except Exception as e:  # a bug, not a source failing: surface it, after the rest
            await queue.put(_Klaar(onderdelen, e))
            return
        await queue.put(_Klaar(onderdelen))

    with geheugen.laden():  # no full collector pass while the parts fill (services.geheugen)
        tasks = [asyncio.ensure_future(wrap(onderdelen, job)) for onderdelen, job in jobs]
        compleet: set[Onderdeel] = set()
        crash: Exception | None = None
        try:
            remaining = len(tasks)
            while remaining:
                item = await queue.get()
                if isinstance(item, _Klaar):
                    remaining -= 1
                    if item.fout is not None:
                        crash = crash or item.fout
                        for onderdeel in item.onderdelen:
                            if onderdeel not in compleet:
                                yield Deel(onderdeel, fout=_verwerkingsfout(onderdeel))
                    continue
                if not item.voorlopig:
                    compleet.add(item.onderdeel)
                yield item
            if crash is not None:
                raise crash
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
