"""Reading a period of the contacthistorie: ``GET /klantcontacten`` streamed page by page.

:func:`stroom`: ``GET /klantcontacten`` without a partij filter, newest first as Open Klant
orders them (the API has no date-range filter): a small first page so the first rows show at
once, then large pages, several in flight once ``count`` tells how many there are, stopping as
soon as a page reaches past the start of the period. Rows newer than the period are skipped.

What is fetched, deliberately: the plain list, no ``expand``. Open Klant embeds the handling
medewerkers (``hadBetrokkenActoren``) and keeps ``metadata`` (the wrap-up ``resultaat``) on
every row for free; ``hadBetrokkenen`` costs 30 ms per contact on the real server (≈6.5
minutes of server time for a month of 13,000) and ``gingOverOnderwerpobjecten`` 2 ms (≈26 s),
while the list itself costs 1.3 ms per row. So a :class:`~.rijen.HistorieRij` carries no person
and no zaak links: the citizen's name, partij (BSN/KVK for the klantbeeld link), digitale
adressen, zaken and internetaken of one contact come from :func:`details`, one request with
everything expanded, when the team lead opens that contact. Nothing personal is logged.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from typing import Any

from klantbeeld.services.apis.klantinteracties import (
    Betrokkene,
    Klantcontact,
    KlantinteractiesClient,
    Partij,
)
from klantbeeld.services.contacthistorie.rijen import HistorieDetail, HistorieRij, Periode, rij_van
from klantbeeld.services.verbinding.errors import NietGevonden, OngeldigAntwoord, tr
from klantbeeld.services.verbinding.http import MAX_PAGE_SIZE, ApiClient, aantal_paginas, valideer

#: Everything :func:`details` expands (one request per opened contact).
DETAIL_EXPAND = (
    "hadBetrokkenen",
    "hadBetrokkenen.wasPartij",
    "hadBetrokkenen.digitaleAdressen",
    "gingOverOnderwerpobjecten",
    "leiddeTotInterneTaken",
)
#: Rows parsed in one go while streaming (the event loop runs other work between slices).
BROK = 100


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
        raise OngeldigAntwoord(bron, tr("onverwacht antwoord (pagina zonder results)"))
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
) -> AsyncGenerator[list[HistorieRij], None]:
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
        raise OngeldigAntwoord(ki.api.bron, tr("onverwacht antwoord (klantcontact)"))
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
