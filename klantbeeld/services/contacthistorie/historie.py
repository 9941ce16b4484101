"""Contacthistorie for team leads: every klantcontact of a period, streamed, counted, exported.

Reading (:func:`stroom`): ``GET /klantcontacten`` without a partij filter, newest first as Open
Klant orders them (the API has no date-range filter): a small first page so the first rows
show at once, then large pages, several in flight once ``count`` tells how many there are,
stopping as soon as a page reaches past the start of the period. Rows newer than the period
are skipped.

What is fetched, deliberately: the plain list, no ``expand``. Open Klant embeds the handling
medewerkers (``hadBetrokkenActoren``) and keeps ``metadata`` (the wrap-up ``resultaat``) on
every row for free; ``hadBetrokkenen`` costs 30 ms per contact on the real server (≈6.5
minutes of server time for a month of 13,000) and ``gingOverOnderwerpobjecten`` 2 ms (≈26 s),
while the list itself costs 1.3 ms per row. So a :class:`HistorieRij` carries no person and
no zaak links: the citizen's name, partij (BSN/KVK for the klantbeeld link), digitale
adressen, zaken and internetaken of one contact come from :func:`details`, one request with
everything expanded, when the team lead opens that contact.

Everything else is pure: :class:`Filter` and :func:`filter_rijen`; the counts for the
overview (:func:`per_dag_per_kanaal`, :func:`per_resultaat`, :func:`top_onderwerpen`,
:func:`eerste_contact_aandeel`); open contactverzoeken by age (:func:`open_verzoeken`,
:func:`per_leeftijd`); and the CSV export (:func:`naar_csv`: UTF-8 with BOM, semicolons, CRLF,
no BSN unless asked, formula injection guarded). Kanalen are normalised with
:func:`services.registraties.kanalen.kanaal_sleutel`, as the views do. No Qt here; nothing
personal is logged; nothing is written to disk (the CSV is returned as bytes for the view to
save where the team lead chooses).
"""

from __future__ import annotations

import asyncio
import csv
import gc
import io
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from klantbeeld.services.apis.klantinteracties import (
    Betrokkene,
    Internetaak,
    Klantcontact,
    KlantinteractiesClient,
    Onderwerpobject,
    Partij,
)
from klantbeeld.services.registraties.internetaken import TERMIJN_DAGEN, is_te_laat
from klantbeeld.services.registraties.internetaken import soort as soort_van_taak
from klantbeeld.services.registraties.kanalen import kanaal_label, kanaal_sleutel
from klantbeeld.services.verbinding.errors import NietGevonden, OngeldigAntwoord
from klantbeeld.services.verbinding.http import MAX_PAGE_SIZE, ApiClient, aantal_paginas, valideer

#: Days are Dutch days.
TIJDZONE = ZoneInfo("Europe/Amsterdam")
#: Key for contacts whose kanaal is none of the known kanalen.
OVERIG_KANAAL = "overig"
#: Key for contacts without a wrap-up outcome (e.g. questions Open Inwoner left).
GEEN_RESULTAAT = "Geen resultaat"
#: Outcomes (lower case) that mean "handled at first contact".
EERSTE_CONTACT = frozenset({"zelfstandig afgehandeld", "afgehandeld"})
#: Everything :func:`details` expands (one request per opened contact).
DETAIL_EXPAND = (
    "hadBetrokkenen",
    "hadBetrokkenen.wasPartij",
    "hadBetrokkenen.digitaleAdressen",
    "gingOverOnderwerpobjecten",
    "leiddeTotInterneTaken",
)
#: Age groups of open items: (label, from days, to days inclusive or None).
LEEFTIJDEN: tuple[tuple[str, int, int | None], ...] = (
    ("vandaag of gisteren", 0, 1),
    ("2–3 dagen", 2, 3),
    ("4–7 dagen", 4, 7),
    ("8–14 dagen", 8, 14),
    ("15–30 dagen", 15, 30),
    ("ouder dan 30 dagen", 31, None),
)
#: Rows parsed in one go while streaming (the event loop runs other work between slices).
BROK = 100
#: Cells starting with one of these are formulas to Excel: prefixed with ``'``.
_FORMULE_TEKENS = ("=", "+", "-", "@", "\t", "\r")


# -- values ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Periode:
    """From ``van`` to ``tot``, both inclusive, in Dutch (Europe/Amsterdam) days."""

    van: date
    tot: date

    def bevat(self, moment: datetime) -> bool:
        """True if ``moment`` falls on one of the period's days."""
        return self.van <= dag_van(moment) <= self.tot


@dataclass(frozen=True, slots=True)
class HistorieRij:
    """One klantcontact as the contacthistorie lists it (no person data: see :func:`details`).

    ``dag`` (the Dutch day) and the lower-cased search text are worked out once, when the row
    is made: filters and counts run over a month of rows on every change.
    """

    uuid: str
    url: str
    moment: datetime
    kanaal: str
    onderwerp: str
    #: The whole text (citizen words: plain text, never markup).
    inhoud: str
    #: The handling medewerker(s), names joined with ", " ("" when none).
    medewerker: str
    #: ``metadata.resultaat`` ("" when none).
    resultaat: str
    contact_gelukt: bool
    nummer: str = ""
    #: Filled only when the list was asked with ``hadBetrokkenen`` expanded (costly; not so
    #: by default): the betrokkene's partij and name.
    partij_uuid: str | None = None
    contactnaam: str | None = None
    #: Filled only when ``gingOverOnderwerpobjecten`` was expanded.
    zaak_uuids: tuple[str, ...] = ()
    vertrouwelijk: bool = False
    #: The answer the agent gave (``reactie``, "" when none).
    reactie: str = ""
    #: When the contact ended (``metadata.eind``, as our registrations write it), if known.
    eind: datetime | None = None
    #: The canonical kanaal (:data:`services.registraties.kanalen.KANALEN`) or ``"overig"``;
    #: worked out from ``kanaal`` when not given.
    kanaal_sleutel: str = ""
    #: The Dutch day of the contact (worked out from ``moment``).
    dag: date = field(init=False, compare=False)
    _zoektekst: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.kanaal_sleutel:
            object.__setattr__(self, "kanaal_sleutel", kanaal_sleutel(self.kanaal) or OVERIG_KANAAL)
        object.__setattr__(self, "dag", dag_van(self.moment))
        tekst = " ".join(
            (
                self.onderwerp,
                self.inhoud,
                self.medewerker,
                self.resultaat,
                self.kanaal,
                kanaal_label(self.kanaal),
                self.nummer,
                self.contactnaam or "",
            )
        )
        object.__setattr__(self, "_zoektekst", tekst.casefold())

    @property
    def duur(self) -> timedelta | None:
        """How long the contact took (``eind`` − ``moment``), if the end is known and later."""
        if self.eind is None or self.eind < self.moment:
            return None
        return self.eind - self.moment

    @property
    def kanaal_label(self) -> str:
        """The kanaal's Dutch label ("Telefoon", "Chat", ...)."""
        return kanaal_label(self.kanaal)

    @property
    def medewerkers(self) -> tuple[str, ...]:
        """The handling medewerkers' names."""
        return tuple(n for n in self.medewerker.split(", ") if n)

    def bevat_tekst(self, woorden: Sequence[str]) -> bool:
        """True if every (case-folded) word occurs in the row's texts."""
        return all(w in self._zoektekst for w in woorden)


@dataclass(frozen=True)
class HistorieDetail:
    """Everything about one contact for the detail pane (one request, fully expanded)."""

    rij: HistorieRij
    reactie: str = ""
    #: The name the betrokkene gave, or the partij's name ("" for an anonymous contact).
    contactnaam: str = ""
    organisatienaam: str = ""
    partij_uuid: str | None = None
    #: For the link to that person's or company's klantbeeld.
    bsn: str | None = None
    kvk_nummer: str | None = None
    #: Phone numbers and e-mail addresses the betrokkene left with this contact.
    digitale_adressen: tuple[str, ...] = ()
    zaak_uuids: tuple[str, ...] = ()
    internetaken: tuple[Internetaak, ...] = ()


@dataclass(frozen=True)
class Filter:
    """What the team lead narrows the list to; an empty set means "all"."""

    #: Canonical kanalen (``"telefoon"``, ``"chat"``, ..., ``"overig"``).
    kanalen: frozenset[str] = frozenset()
    medewerkers: frozenset[str] = frozenset()
    onderwerpen: frozenset[str] = frozenset()
    #: Outcomes as written; ``""`` selects the contacts without one.
    resultaten: frozenset[str] = frozenset()
    #: Words that must all occur (case-insensitive) in onderwerp, inhoud, medewerker,
    #: resultaat, kanaal, nummer or contactnaam.
    tekst: str = ""
    periode: Periode | None = None

    @property
    def leeg(self) -> bool:
        """True when it lets every row through."""
        return self == Filter()


@dataclass(frozen=True)
class OpenVerzoek:
    """An open contactverzoek or question (internetaak ``te_verwerken``), with its age."""

    uuid: str
    nummer: str
    gevraagde_handeling: str
    toelichting: str
    #: "Contactverzoek" or "Vraag" (:func:`klantbeeld.services.registraties.internetaken.soort`).
    soort: str
    #: The klantcontact's onderwerp ("" when it could not be read).
    onderwerp: str
    klantcontact_uuid: str | None
    toegewezen_op: datetime | None
    #: Calendar days since it was assigned (None when unknown).
    dagen: int | None
    termijn_dagen: int
    te_laat: bool
    #: Who holds it: the names of the actoren it is assigned to.
    actoren: tuple[str, ...]


@dataclass(frozen=True)
class LeeftijdGroep:
    """Open items of one age group."""

    label: str
    van: int
    tot: int | None
    verzoeken: tuple[OpenVerzoek, ...]

    @property
    def aantal(self) -> int:
        """How many open items."""
        return len(self.verzoeken)

    @property
    def te_laat(self) -> int:
        """How many of them are past their term."""
        return sum(1 for v in self.verzoeken if v.te_laat)


# -- reading -----------------------------------------------------------------------------------


def dag_van(moment: datetime) -> date:
    """The Dutch day of a moment (naive moments are taken as UTC, as Open Klant sends)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(TIJDZONE).date()


def _tijd(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _tekst(value: Any) -> str:
    return value if isinstance(value, str) else ""


def rij_van(data: Mapping[str, Any]) -> HistorieRij | None:
    """A row from one klantcontact as the API sends it; None without a uuid or a date.

    Read straight from the JSON (no model per row: a month is 13,000 rows, parsed while the
    screen stays responsive); fields of the wrong type count as empty.
    """
    uid = data.get("uuid")
    moment = _tijd(data.get("plaatsgevondenOp"))
    if not isinstance(uid, str) or not uid or moment is None:
        return None
    metadata = data.get("metadata")
    resultaat = metadata.get("resultaat") if isinstance(metadata, dict) else None
    eind = _tijd(metadata.get("eind")) if isinstance(metadata, dict) else None
    actoren = data.get("hadBetrokkenActoren")
    namen = [
        str(a["naam"])
        for a in (actoren if isinstance(actoren, list) else [])
        if isinstance(a, dict) and a.get("naam")
    ]
    partij_uuid: str | None = None
    contactnaam: str | None = None
    zaak_uuids: tuple[str, ...] = ()
    expand = data.get("_expand")
    if isinstance(expand, dict) and expand:
        bets = expand.get("hadBetrokkenen")
        if isinstance(bets, list) and bets and isinstance(bets[0], dict):
            try:
                bet: Betrokkene | None = Betrokkene.model_validate(bets[0])
            except (ValueError, RecursionError):  # of the wrong shape: counts as empty
                bet = None
            if bet is not None:
                partij_uuid = bet.was_partij.uuid if bet.was_partij else None
                contactnaam = bet.volledige_naam or bet.organisatienaam or ""
        onderwerpen = expand.get("gingOverOnderwerpobjecten")
        if isinstance(onderwerpen, list) and onderwerpen:
            try:
                objecten = [Onderwerpobject.model_validate(o) for o in onderwerpen]
            except (ValueError, RecursionError):
                objecten = []
            zaak_uuids = tuple(u for o in objecten if (u := o.zaak_uuid))
    return HistorieRij(
        uuid=uid,
        url=_tekst(data.get("url")),
        moment=moment,
        kanaal=_tekst(data.get("kanaal")),
        onderwerp=_tekst(data.get("onderwerp")),
        inhoud=_tekst(data.get("inhoud")),
        medewerker=", ".join(namen),
        resultaat=str(resultaat or ""),
        contact_gelukt=data.get("indicatieContactGelukt") is not False,
        nummer=_tekst(data.get("nummer")),
        partij_uuid=partij_uuid,
        contactnaam=contactnaam,
        zaak_uuids=zaak_uuids,
        vertrouwelijk=data.get("vertrouwelijk") is True,
        reactie=_tekst(data.get("reactie")),
        eind=eind,
    )


def _paginaplan(eerste: int, pagina: int, count: int) -> list[tuple[int, int, int]]:
    """The requests after page 1 of size ``eerste``: (page, pageSize, rows to skip).

    When ``pagina`` is a multiple of ``eerste`` the gap up to ``pagina`` is filled with pages
    of size ``eerste`` (no row fetched twice); otherwise page 1 is fetched again at size
    ``pagina`` and its first ``eerste`` rows skipped.
    """
    plan: list[tuple[int, int, int]] = []
    if pagina <= eerste:
        pagina = eerste
    elif pagina % eerste == 0:
        plan.extend(
            (n, eerste, 0) for n in range(2, pagina // eerste + 1) if (n - 1) * eerste < count
        )
    else:
        plan.append((1, pagina, eerste))
    paginas = -(-count // pagina)
    plan.extend((n, pagina, 0) for n in range(2, paginas + 1))
    return plan


def _rest_van_plan(laatst_gevraagd: int, echt: int, count: int) -> list[tuple[int, int, int]]:
    """The pages still to ask once the server turned out to serve ``echt`` rows per page.

    Every page asked larger became a page of ``echt`` rows (page ``n`` holds rows
    ``(n-1)*echt`` up to ``n*echt``), so the pages asked so far stay in order; what is left
    are the pages after the last one asked, at that size, up to the last page of ``count``.
    """
    return [(n, echt, 0) for n in range(laatst_gevraagd + 1, aantal_paginas(count, echt) + 1)]


def _resultaten(bron: str, page: Any) -> tuple[list[Any], int | None, str | None]:
    if not isinstance(page, dict) or not isinstance(page.get("results"), list):
        raise OngeldigAntwoord(bron, "onverwacht antwoord (pagina zonder results)")
    count = page.get("count")
    verder = page.get("next")
    return (
        page["results"],
        count if isinstance(count, int) else None,
        verder if isinstance(verder, str) and verder else None,
    )


async def stroom(
    ki: KlantinteractiesClient,
    periode: Periode,
    *,
    eerste_pagina: int = 100,
    pagina: int = MAX_PAGE_SIZE,
    gelijktijdig: int = 4,
    expand: Sequence[str] = (),
) -> AsyncIterator[list[HistorieRij]]:
    """``GET /klantcontacten`` (all citizens), newest first: the rows of ``periode`` in batches.

    The first batch comes from a page of ``eerste_pagina`` rows; then pages of ``pagina``
    rows, up to ``gelijktijdig`` in flight, yielded in order, in batches of at most
    :data:`BROK` rows (the event loop is let go between them, so a screen stays responsive).
    Paging stops at the first row older than ``periode.van`` (pages still in flight are
    cancelled). Rows seen twice (the list shifts when contacts are added meanwhile) are
    yielded once. Empty batches are not yielded. ``expand`` is passed on as is (default none:
    see the module docstring for why).

    Whatever the server's cap, the list is read to its end: ``pagina`` is asked at most
    :data:`~services.verbinding.http.MAX_PAGE_SIZE` (both real servers cap there), a page that
    comes back shorter than asked while ``next`` says more follows gives the real page size
    and the rest is read at that size, pages are never planned past the last one of
    ``count``, and a list that grew meanwhile is read on by ``next``.
    """
    api: ApiClient = ki.api
    params: dict[str, str | int | list[str]] = {}
    if expand:
        params["expand"] = ",".join(expand)
    gezien: set[str] = set()

    voorbij = False  # a row older than the period was seen: nothing after it can count

    def deel(results: Sequence[Any]) -> list[HistorieRij]:
        """The rows of one slice that fall in the period (seen before: left out)."""
        nonlocal voorbij
        rijen: list[HistorieRij] = []
        for item in results:
            rij = rij_van(item) if isinstance(item, dict) else None
            if rij is None:
                continue
            if rij.dag < periode.van:
                voorbij = True
                break
            if rij.uuid in gezien or rij.dag > periode.tot:
                continue
            gezien.add(rij.uuid)
            rijen.append(rij)
        return rijen

    async def pagina_rijen(results: list[Any], skip: int = 0) -> AsyncIterator[list[HistorieRij]]:
        """The page in slices of :data:`BROK` rows, the loop free between slices."""
        for start in range(skip, len(results), BROK):
            if start > skip:
                await asyncio.sleep(0)
            rijen = deel(results[start : start + BROK])
            if rijen:
                yield rijen
            if voorbij:
                return

    teller = api.lijstteller("klantcontacten")

    async def volg(url: str | None) -> AsyncIterator[list[HistorieRij]]:
        """On by ``next``, page by page, to the end of the list or of the period (or the bound)."""
        while url is not None:
            teller.volgende_pagina()
            try:
                page = await api.get_json(url)
            except NietGevonden:  # the list shrank meanwhile: nothing more
                return
            results, _, url = _resultaten(api.bron, page)
            async for rijen in pagina_rijen(results):
                yield rijen
            if voorbij or not results:
                return

    teller.volgende_pagina()
    eerste = await api.get_json("klantcontacten", params={**params, "pageSize": eerste_pagina})
    results, count, verder = _resultaten(api.bron, eerste)
    async for rijen in pagina_rijen(results):
        yield rijen
    if voorbij or not results or verder is None:
        return
    if count is None:  # nothing to plan by
        async for rijen in volg(verder):
            yield rijen
        return
    # ``count`` is the server's say-so: pages are planned for at most ``lijst_items`` rows of
    # it; a period reaching further back is read on by ``next`` (bounded in pages).
    count = min(count, api.grenzen.lijst_items)
    if len(results) < eerste_pagina:  # the server serves fewer even now: that is its page size
        eerste_pagina = pagina = len(results)
    plan = _paginaplan(eerste_pagina, min(pagina, MAX_PAGE_SIZE), count)
    teller.controleer_paginas(len(plan) + 1)
    taken: list[asyncio.Task[Any]] = []
    volgende = 0

    def vul() -> None:
        nonlocal volgende
        while volgende < len(plan) and len(taken) < gelijktijdig:
            page, size, _ = plan[volgende]
            query = {**params, "page": page, "pageSize": size}
            taken.append(asyncio.ensure_future(api.get_json("klantcontacten", params=query)))
            volgende += 1

    try:
        gedaan = 0
        vul()
        while taken:
            taak = taken.pop(0)
            _, size, skip = plan[gedaan]
            gedaan += 1
            try:
                page = await taak
            except NietGevonden:  # the list shrank meanwhile: nothing more
                return
            results, _, verder = _resultaten(api.bron, page)
            if verder is not None and 0 < len(results) < size:
                # Served fewer than asked: the rest at the size the server serves.
                plan[volgende:] = _rest_van_plan(plan[volgende - 1][0], len(results), count)
                teller.controleer_paginas(len(plan) + 1)
            vul()
            async for rijen in pagina_rijen(results, skip):
                yield rijen
            # The month's rows live as long as the view: keep full garbage collections from
            # scanning them again and again (each full pass over a month cost 55-75 ms, the
            # longest stalls of the loop). Frozen objects are still freed when unreferenced.
            gc.freeze()
            if voorbij or not results:
                return
    finally:
        for taak in taken:
            taak.cancel()
    async for rijen in volg(verder):  # the list grew meanwhile
        yield rijen


async def alle(ki: KlantinteractiesClient, periode: Periode, **opties: Any) -> list[HistorieRij]:
    """Every row of ``periode`` (:func:`stroom` collected), newest first."""
    uit: list[HistorieRij] = []
    async for rijen in stroom(ki, periode, **opties):
        uit.extend(rijen)
    return uit


def _naam(partij: Partij | None) -> str:
    return partij.naam if partij is not None else ""


async def details(ki: KlantinteractiesClient, rij: HistorieRij) -> HistorieDetail:
    """``GET /klantcontacten/{uuid}`` with everything expanded: who, their partij, zaken, taken."""
    data = await ki.api.get_json(
        f"klantcontacten/{rij.uuid}", params={"expand": ",".join(DETAIL_EXPAND)}
    )
    if not isinstance(data, dict):
        raise OngeldigAntwoord(ki.api.bron, "onverwacht antwoord (klantcontact)")
    kc = valideer(Klantcontact, data, ki.api.bron, "klantcontact")
    nieuw = rij_van(data) or rij
    expand = data.get("_expand")
    items = expand.get("hadBetrokkenen") if isinstance(expand, dict) else None
    betrokkene: Betrokkene | None = None
    partij: Partij | None = None
    adressen: list[str] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        bet = valideer(Betrokkene, item, ki.api.bron, "betrokkene")
        sub = item.get("_expand") if isinstance(item.get("_expand"), dict) else {}
        assert isinstance(sub, dict)
        partij_data = sub.get("wasPartij")
        p = valideer(Partij, partij_data, ki.api.bron) if isinstance(partij_data, dict) else None
        digitaal = sub.get("digitaleAdressen")
        for adres in digitaal if isinstance(digitaal, list) else []:
            if isinstance(adres, dict) and adres.get("adres"):
                adressen.append(str(adres["adres"]))
        if betrokkene is None or (bet.initiator and not betrokkene.initiator):
            betrokkene, partij = bet, p
    contactnaam = ""
    if betrokkene is not None:
        contactnaam = betrokkene.volledige_naam or ""
    return HistorieDetail(
        rij=nieuw,
        reactie=str(data.get("reactie") or ""),
        contactnaam=contactnaam or _naam(partij),
        organisatienaam=(betrokkene.organisatienaam or "") if betrokkene else "",
        partij_uuid=partij.uuid if partij else None,
        bsn=partij.bsn if partij else None,
        kvk_nummer=partij.kvk_nummer if partij else None,
        digitale_adressen=tuple(dict.fromkeys(adressen)),
        zaak_uuids=tuple(kc.zaak_uuids),
        internetaken=tuple(kc.internetaken),
    )


# -- filters and counts ------------------------------------------------------------------------


def filter_rijen(rijen: Iterable[HistorieRij], filter: Filter) -> list[HistorieRij]:
    """The rows that pass ``filter``, in their order (pure)."""
    woorden = filter.tekst.casefold().split()
    uit: list[HistorieRij] = []
    for rij in rijen:
        if filter.kanalen and rij.kanaal_sleutel not in filter.kanalen:
            continue
        if filter.medewerkers and not (set(rij.medewerkers) & filter.medewerkers):
            continue
        if filter.onderwerpen and rij.onderwerp not in filter.onderwerpen:
            continue
        if filter.resultaten and rij.resultaat not in filter.resultaten:
            continue
        if filter.periode is not None and not (filter.periode.van <= rij.dag <= filter.periode.tot):
            continue
        if woorden and not rij.bevat_tekst(woorden):
            continue
        uit.append(rij)
    return uit


def keuzes(rijen: Iterable[HistorieRij]) -> dict[str, list[str]]:
    """The values each filter can take in these rows, sorted (for the filter lists)."""
    kanalen: set[str] = set()
    medewerkers: set[str] = set()
    onderwerpen: set[str] = set()
    resultaten: set[str] = set()
    for rij in rijen:
        kanalen.add(rij.kanaal_sleutel)
        medewerkers.update(rij.medewerkers)
        onderwerpen.add(rij.onderwerp)
        resultaten.add(rij.resultaat)
    return {
        "kanalen": sorted(kanalen),
        "medewerkers": sorted(medewerkers),
        "onderwerpen": sorted(onderwerpen),
        "resultaten": sorted(resultaten),
    }


def per_dag_per_kanaal(rijen: Iterable[HistorieRij]) -> dict[date, dict[str, int]]:
    """Contacts per Dutch day (oldest first) per canonical kanaal (for a stacked chart)."""
    tellingen: dict[date, Counter[str]] = {}
    for rij in rijen:
        tellingen.setdefault(rij.dag, Counter())[rij.kanaal_sleutel] += 1
    return {dag: dict(tellingen[dag]) for dag in sorted(tellingen)}


def per_resultaat(rijen: Iterable[HistorieRij]) -> dict[str, int]:
    """Contacts per outcome, most first (:data:`GEEN_RESULTAAT` for those without one)."""
    tellingen = Counter(rij.resultaat or GEEN_RESULTAAT for rij in rijen)
    return dict(tellingen.most_common())


def top_onderwerpen(rijen: Iterable[HistorieRij], n: int = 10) -> list[tuple[str, int]]:
    """The ``n`` most frequent onderwerpen with their counts (ties: alphabetical)."""
    tellingen = Counter(rij.onderwerp for rij in rijen if rij.onderwerp)
    return sorted(tellingen.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def eerste_contact_aandeel(rijen: Iterable[HistorieRij]) -> float:
    """Share (0–1) of contacts with an outcome that were handled at first contact.

    "Zelfstandig afgehandeld" (or the registration's ``afgehandeld``) over the contacts that
    have an outcome at all; 0.0 when none has.
    """
    met = 0
    eerste = 0
    for rij in rijen:
        resultaat = rij.resultaat.strip().casefold()
        if not resultaat:
            continue
        met += 1
        if resultaat in EERSTE_CONTACT:
            eerste += 1
    return eerste / met if met else 0.0


# -- open contactverzoeken ---------------------------------------------------------------------


def open_verzoek(
    taak: Internetaak,
    *,
    op: date,
    actor_namen: Mapping[str, str],
    onderwerp: str = "",
) -> OpenVerzoek:
    """One open internetaak with its age on ``op`` and whether it is past its term (pure)."""
    soort = soort_van_taak(taak)
    termijn = TERMIJN_DAGEN[soort]
    dagen = (op - dag_van(taak.toegewezen_op)).days if taak.toegewezen_op else None
    actoren = tuple(
        actor_namen.get(a.uuid or "", "") or "onbekende actor"
        for a in taak.toegewezen_aan_actoren or []
    )
    kc = taak.aanleidinggevend_klantcontact
    return OpenVerzoek(
        uuid=taak.uuid,
        nummer=taak.nummer or "",
        gevraagde_handeling=taak.gevraagde_handeling or "",
        toelichting=taak.toelichting or "",
        soort=soort,
        onderwerp=onderwerp,
        klantcontact_uuid=kc.uuid if kc else None,
        toegewezen_op=taak.toegewezen_op,
        dagen=dagen,
        termijn_dagen=termijn,
        te_laat=is_te_laat(taak, dagen, op),
        actoren=actoren,
    )


async def open_verzoeken(
    ki: KlantinteractiesClient,
    *,
    op: date | None = None,
    rijen: Iterable[HistorieRij] = (),
    gelijktijdig: int = 4,
) -> list[OpenVerzoek]:
    """Every internetaak ``te_verwerken`` with age, term and holder, oldest first.

    ``GET /internetaken?status=te_verwerken`` and ``GET /actoren`` together; the onderwerp
    comes from the already loaded ``rijen`` where the contact is among them, else from
    ``GET /klantcontacten/{uuid}`` (at most ``gelijktijdig`` at a time).
    """
    dag = op or datetime.now(TIJDZONE).date()
    taken, actoren = await asyncio.gather(ki.internetaken(status="te_verwerken"), ki.actoren())
    namen = {a.uuid: a.naam or "" for a in actoren}
    bekend = {r.uuid: r.onderwerp for r in rijen}
    nodig = {
        u
        for t in taken
        if (
            u := (t.aanleidinggevend_klantcontact.uuid if t.aanleidinggevend_klantcontact else None)
        )
        and u not in bekend
    }
    slot = asyncio.Semaphore(gelijktijdig)

    async def onderwerp_van(uuid: str) -> tuple[str, str]:
        async with slot:
            try:
                data = await ki.api.get_json(f"klantcontacten/{uuid}")
            except NietGevonden:
                return uuid, ""
        return uuid, str(data.get("onderwerp") or "") if isinstance(data, dict) else ""

    bekend.update(await asyncio.gather(*(onderwerp_van(u) for u in sorted(nodig))))
    uit = [
        open_verzoek(
            t,
            op=dag,
            actor_namen=namen,
            onderwerp=bekend.get(
                t.aanleidinggevend_klantcontact.uuid or ""
                if t.aanleidinggevend_klantcontact
                else "",
                "",
            ),
        )
        for t in taken
    ]
    uit.sort(key=lambda v: (v.dagen is None, -(v.dagen or 0), v.nummer))
    return uit


def per_leeftijd(verzoeken: Iterable[OpenVerzoek]) -> list[LeeftijdGroep]:
    """Open items in the age groups of :data:`LEEFTIJDEN` (youngest group first; pure).

    Items of unknown age go to the oldest group.
    """
    groepen: list[list[OpenVerzoek]] = [[] for _ in LEEFTIJDEN]
    for v in verzoeken:
        index = len(LEEFTIJDEN) - 1
        if v.dagen is not None:
            for i, (_, van, tot) in enumerate(LEEFTIJDEN):
                if v.dagen >= van and (tot is None or v.dagen <= tot):
                    index = i
                    break
            else:
                index = 0  # negative ages (clock skew): the youngest group
        groepen[index].append(v)
    return [
        LeeftijdGroep(label=label, van=van, tot=tot, verzoeken=tuple(groep))
        for (label, van, tot), groep in zip(LEEFTIJDEN, groepen, strict=True)
    ]


# -- CSV ---------------------------------------------------------------------------------------


def _cel(waarde: str) -> str:
    """A cell Excel will not run as a formula (citizen text is untrusted)."""
    return "'" + waarde if waarde.startswith(_FORMULE_TEKENS) else waarde


def _duur(duur: timedelta | None) -> str:
    """``u:mm:ss`` (Dutch Excel reads it as a time), "" when unknown."""
    if duur is None:
        return ""
    minuten, seconden = divmod(round(duur.total_seconds()), 60)
    return f"{minuten // 60}:{minuten % 60:02d}:{seconden:02d}"


def datum_tijd(moment: datetime) -> str:
    """``dd-mm-jjjj hh:mm`` in Dutch time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(TIJDZONE).strftime("%d-%m-%Y %H:%M")


#: Column headers of the export, in order (BSN last, only when asked).
CSV_KOLOMMEN = (
    "Nummer",
    "Datum",
    "Kanaal",
    "Onderwerp",
    "Inhoud",
    "Medewerker",
    "Resultaat",
    "Contact gelukt",
    "Reactie",
    "Duur",
)


def naar_csv(
    rijen: Iterable[HistorieRij],
    *,
    met_bsn: bool = False,
    bsn_van: Callable[[HistorieRij], str | None] | None = None,
) -> bytes:
    """The rows as a CSV file for Dutch Excel: UTF-8 with BOM, ``;``, CRLF, RFC 4180 quoting.

    No BSN column unless ``met_bsn`` (then ``bsn_van(rij)`` per row, empty when unknown).
    Every text cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading ``'``.
    """
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    kolommen = [*CSV_KOLOMMEN, "BSN"] if met_bsn else list(CSV_KOLOMMEN)
    schrijver.writerow(kolommen)
    for rij in rijen:
        cellen = [
            _cel(rij.nummer),
            datum_tijd(rij.moment),
            _cel(rij.kanaal_label),
            _cel(rij.onderwerp),
            _cel(rij.inhoud),
            _cel(rij.medewerker),
            _cel(rij.resultaat),
            "Ja" if rij.contact_gelukt else "Nee",
            _cel(rij.reactie),
            _duur(rij.duur),
        ]
        if met_bsn:
            cellen.append(_cel((bsn_van(rij) if bsn_van else None) or ""))
        schrijver.writerow(cellen)
    return buffer.getvalue().encode("utf-8-sig")
