"""The werkvoorraad controller over the oefenomgeving, without a window."""

from __future__ import annotations

from typing import Any

from klantbeeld.app import OEFEN_GROEPEN, OEFEN_MEDEWERKER
from klantbeeld.controllers.werkvoorraad import WerkvoorraadController
from tests.views.conftest import Werkplek

WIE = {"medewerker_naam": OEFEN_MEDEWERKER[1], "medewerker_id": "", "groepen": OEFEN_GROEPEN}


def _volg(c: WerkvoorraadController) -> list[tuple[str, bool]]:
    meldingen: list[tuple[str, bool]] = []
    c.statusGewijzigd.connect(lambda tekst, fout: meldingen.append((tekst, fout)))
    return meldingen


def test_fetch_fills_the_model_and_answered_questions_stay_out(
    qtbot: Any, werkplek: Werkplek, qtmodeltester: Any
) -> None:
    c = werkplek.sessie.werkvoorraad()
    status = _volg(c)
    bezig: list[bool] = []
    c.bezigGewijzigd.connect(bezig.append)
    c.ververs(**WIE)
    qtbot.waitUntil(lambda: c.model.rowCount() > 0, timeout=10000)
    qtmodeltester.check(c.model)
    assert status == [("Vragen laden…", False), ("", False)]
    assert bezig == [True, False]
    eerste = c.model.rijen()[0].vraag.uuid
    aantal = c.model.rowCount()
    c.markeer_beantwoord(eerste)
    assert c.model.rowCount() == aantal - 1
    # A new fetch: the server still lists it, the list does not.
    c.ververs(**WIE)
    qtbot.waitUntil(lambda: bezig[-1] is False and len(bezig) == 4, timeout=10000)
    assert eerste not in [r.vraag.uuid for r in c.model.rijen()]
    assert c.model.rowCount() == aantal - 1
    c.wis()
    assert c.model.rowCount() == 0 and status[-1] == ("", False)


def test_a_second_fetch_replaces_the_first(qtbot: Any, werkplek: Werkplek) -> None:
    c = werkplek.sessie.werkvoorraad()
    bezig: list[bool] = []
    c.bezigGewijzigd.connect(bezig.append)
    c.ververs(**WIE)
    c.ververs(**WIE)
    qtbot.waitUntil(lambda: bezig == [True, False, True, False], timeout=10000)
    assert c.model.rowCount() > 0
    assert not c.taken.bezig("vragen")


def test_failure_names_the_source(qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.down = {"klantinteracties"}
    c = eigen_werkplek.sessie.werkvoorraad()
    status = _volg(c)
    c.ververs(**WIE)
    qtbot.waitUntil(lambda: len(status) == 2, timeout=10000)
    tekst, fout = status[-1]
    assert fout and tekst.startswith("Klantinteracties niet bereikbaar — ")
    assert tekst.count("Klantinteracties") == 1  # named once, not again in the reason
    assert c.model.rowCount() == 0


def test_without_klantinteracties_it_says_so(qtbot: Any) -> None:
    c = WerkvoorraadController(None)
    status = _volg(c)
    c.ververs(**WIE)
    assert status == [("Klantinteracties is niet ingesteld.", True)]
    assert not c.taken.bezig("vragen")
