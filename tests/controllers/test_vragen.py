"""The Vragen tab's controller over the oefenomgeving, without a panel."""

from __future__ import annotations

from typing import Any

from klantbeeld.controllers.vragen import VragenController
from klantbeeld.views.models.vragen_model import VragenModel
from tests.views.conftest import Werkplek

SUZANNE = "999993653"


def _laad(qtbot: Any, w: Werkplek) -> None:
    w.sessie.open_persoon(SUZANNE)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)


def test_rows_then_names_and_numbers_arrive(
    qtbot: Any, werkplek: Werkplek, qtmodeltester: Any
) -> None:
    _laad(qtbot, werkplek)
    c = werkplek.sessie.vragen()
    aangevuld: list[int] = []
    c.aangevuld.connect(lambda: aangevuld.append(1))
    rijen = c.ververs(werkplek.model.beeld)
    assert len(rijen) == 2 and c.model.rowCount() == 2
    assert c.taken.bezig("actoren") and c.taken.bezig("adressen")
    qtbot.waitUntil(lambda: len(aangevuld) == 2, timeout=10000)
    assert not c.taken.bezig("actoren") and not c.taken.bezig("adressen")
    c.ververs(werkplek.model.beeld)
    qtmodeltester.check(c.model)
    assert c.model.index(0, VragenModel.COL_TOEGEWEZEN).data() == "KCC"
    assert any(r.terugbeladres for r in c.model.rijen())
    # Everything known: a new klantbeeld part fetches nothing again.
    c.ververs(werkplek.model.beeld)
    assert not c.taken.bezig("actoren") and not c.taken.bezig("adressen")


def test_answered_leaves_and_end_of_contact_forgets(qtbot: Any, werkplek: Werkplek) -> None:
    _laad(qtbot, werkplek)
    c = werkplek.sessie.vragen()
    c.ververs(werkplek.model.beeld)
    eerste = c.model.rijen()[0].taak.uuid
    with qtbot.waitSignal(c.aangevuld, timeout=1000):
        c.markeer_beantwoord(eerste)
    assert [r.taak.uuid for r in c.ververs(werkplek.model.beeld)] != [eerste]
    assert eerste not in [r.taak.uuid for r in c.model.rijen()]
    c.wis()
    assert c.model.rowCount() == 0 and not c.beantwoord and not c.adressen
    assert not c.taken.bezig("actoren") and not c.taken.bezig("adressen")


def test_without_klantinteracties_only_the_rows(qtbot: Any, werkplek: Werkplek) -> None:
    _laad(qtbot, werkplek)
    c = VragenController(None)
    assert len(c.ververs(werkplek.model.beeld)) == 2
    assert not c.taken.bezig("actoren") and not c.taken.bezig("adressen")
    assert c.ververs(None) == [] and c.model.rowCount() == 0
