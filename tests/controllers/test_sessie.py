"""The klantbeeld session controller over the oefenomgeving, without a widget."""

from __future__ import annotations

import asyncio
import urllib.parse
from collections.abc import AsyncIterator, Collection
from typing import Any

from klantbeeld.controllers.meldingen import Meldingen
from klantbeeld.controllers.sessie import BEELD, ZAAK, ZOEK, Sessie
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, ZWAAR_BSN
from klantbeeld.services.klantbeeld.composer import Deel, Onderdeel
from klantbeeld.services.klantbeeld.zoekvraag import herken
from klantbeeld.views.models.beeld import BeeldModel, DeelStatus
from tests.views.conftest import Werkplek


def _sessie(w: Werkplek, gewist: list[str] | None = None) -> Sessie:
    """A session of its own on ``w``'s sources; ``gewist`` records each clipboard wipe."""
    return Sessie(
        w.composer,
        w.zoeker,
        BeeldModel(),
        meldingen=Meldingen(),
        wis_klembord=(lambda: gewist.append("klembord")) if gewist is not None else None,
    )


def _volg_stromen(w: Werkplek, monkeypatch: Any) -> dict[str, list[str]]:
    """Record, per BSN, when its klantbeeld stream starts and when it is closed."""
    log: dict[str, list[str]] = {}
    echt = w.composer.stream_persoon

    def stream(bsn: str, onderdelen: Collection[Onderdeel] | None = None) -> AsyncIterator[Deel]:
        binnen = echt(bsn, onderdelen)

        async def gevolgd() -> AsyncIterator[Deel]:
            log.setdefault(bsn, []).append("start")
            try:
                async for deel in binnen:
                    yield deel
            finally:
                log[bsn].append("gesloten")

        return gevolgd()

    monkeypatch.setattr(w.composer, "stream_persoon", stream)
    return log


def test_the_latest_klantbeeld_wins_and_the_replaced_stream_is_closed(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any, monkeypatch: Any
) -> None:
    fresh_sandbox.sandbox.faults.latency_ms = 150  # the first load is still under way ...
    log = _volg_stromen(eigen_werkplek, monkeypatch)
    s = _sessie(eigen_werkplek)
    s.open_persoon(ZWAAR_BSN)
    qtbot.waitUntil(lambda: log.get(ZWAAR_BSN) == ["start"], timeout=5000)
    s.open_persoon(VOORBEELD_BSN)  # ... when the agent opens another klant
    qtbot.waitUntil(s.model.is_klaar, timeout=15000)
    beeld = s.model.beeld
    assert beeld is not None and beeld.sleutel == VOORBEELD_BSN
    assert len(beeld.zaken) == 8
    # the heavy person's stream was closed on the loop, not left to the garbage collector
    qtbot.waitUntil(lambda: log[ZWAAR_BSN] == ["start", "gesloten"], timeout=5000)
    qtbot.waitUntil(lambda: not s.taken.bezig(BEELD), timeout=5000)
    assert log[VOORBEELD_BSN] == ["start", "gesloten"]


def test_a_new_search_cancels_the_running_one(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    fresh_sandbox.sandbox.faults.latency_ms = 150
    s = _sessie(eigen_werkplek)
    bezig: list[bool] = []
    treffers: list[object] = []
    s.zoekBezig.connect(bezig.append)
    s.treffersGevonden.connect(treffers.append)
    s.zoek(herken("Moulin 01-12-1985"))  # a search over the sources, still running ...
    assert s.taken.bezig(ZOEK)
    s.zoek(herken(VOORBEELD_BSN))  # ... when the agent searches a BSN
    qtbot.waitUntil(s.model.is_klaar, timeout=15000)
    qtbot.wait(400)  # the first search's hits would land now
    assert treffers == []
    assert s.model.beeld is not None and s.model.beeld.sleutel == VOORBEELD_BSN
    assert bezig[0] is True and bezig[-1] is False and not s.taken.bezig(ZOEK)


def test_busy_and_a_failing_source_are_reported(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    fresh_sandbox.sandbox.faults.down = {"brp"}
    s = _sessie(eigen_werkplek)
    bezig: list[bool] = []
    s.zoekBezig.connect(bezig.append)
    with qtbot.waitSignal(s.zoekMelding, timeout=10000) as melding:
        s.zoek(herken("Moulin 01-12-1985"))
    assert "BRP" in melding.args[0] and "niet bereikbaar" in melding.args[0]
    assert bezig == [True, False]
    # a part whose source is down arrives failed, naming it; the rest still arrives
    fresh_sandbox.sandbox.faults.down = {"zaken"}
    s.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(s.model.is_klaar, timeout=15000)
    assert s.model.status(Onderdeel.ZAKEN) is DeelStatus.FOUT
    fout = s.model.fout(Onderdeel.ZAKEN)
    assert fout is not None and str(fout).startswith("Zaaksysteem")
    assert s.model.status(Onderdeel.PERSOON) is DeelStatus.KLAAR
    # trying again once the source is back fills the part in
    fresh_sandbox.sandbox.faults.down = set()
    s.opnieuw(Onderdeel.ZAKEN)
    assert s.model.status(Onderdeel.ZAKEN) is DeelStatus.LADEN
    qtbot.waitUntil(lambda: s.model.status(Onderdeel.ZAKEN) is DeelStatus.KLAAR, timeout=10000)
    assert s.model.beeld is not None and len(s.model.beeld.zaken) == 8


def test_closing_cancels_everything_and_starts_nothing_new(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any, monkeypatch: Any
) -> None:
    fresh_sandbox.sandbox.faults.latency_ms = 150
    log = _volg_stromen(eigen_werkplek, monkeypatch)
    s = _sessie(eigen_werkplek)
    s.open_persoon(ZWAAR_BSN)
    qtbot.waitUntil(lambda: log.get(ZWAAR_BSN) == ["start"], timeout=5000)
    assert s.taken.bezig(BEELD)
    sluiten = asyncio.ensure_future(s.sluit())
    qtbot.waitUntil(sluiten.done, timeout=5000)
    assert log[ZWAAR_BSN] == ["start", "gesloten"]
    assert not s.taken.bezig(BEELD) and not s.model.is_klaar()
    s.open_persoon(VOORBEELD_BSN)  # after closing, nothing runs any more
    assert not s.taken.bezig(BEELD)
    qtbot.wait(300)
    assert VOORBEELD_BSN not in log


def test_end_of_contact_cancels_and_wipes_model_caches_and_clipboard(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    gewist: list[str] = []
    s = _sessie(eigen_werkplek, gewist)
    s.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(s.model.is_klaar, timeout=10000)
    assert s.model.beeld is not None
    zaak = s.model.beeld.zaken[0]
    fresh_sandbox.sandbox.faults.latency_ms = 300  # the zaak's detail is still on its way ...
    s.kies_zaak(zaak)
    assert s.taken.bezig(ZAAK)
    assert urllib.parse.urlsplit.cache_info().currsize > 0
    with qtbot.waitSignal(s.beeindigd, timeout=1000):
        s.beeindig_contact()  # ... when the contact ends
    assert s.model.beeld is None and s.model.gekozen_zaak is None
    assert s.zoekvraag is None and not s.taken.bezig(ZAAK)
    assert gewist == ["klembord"]
    assert urllib.parse.urlsplit.cache_info().currsize == 0
    qtbot.wait(600)  # the cancelled detail never lands
    assert s.model.zaak_detail is None


def test_another_session_shares_the_sources_not_the_klant(qtbot: Any, werkplek: Werkplek) -> None:
    gewist: list[str] = []
    a = _sessie(werkplek, gewist)
    b = a.nieuwe()
    assert b.model is not a.model and b.meldingen is a.meldingen
    a.open_persoon(VOORBEELD_BSN)
    b.open_persoon(ZWAAR_BSN)
    qtbot.waitUntil(lambda: a.model.is_klaar() and b.model.is_klaar(), timeout=20000)
    b.beeindig_contact()
    assert b.model.beeld is None and gewist == ["klembord"]
    assert a.model.beeld is not None and a.model.beeld.sleutel == VOORBEELD_BSN
