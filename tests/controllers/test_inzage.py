"""The Inzage controller over the oefenomgeving's logboek (real HTTP), without a window."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from opentelemetry.sdk.trace.export import SpanExportResult

from klantbeeld.controllers.inzage import InzageController
from klantbeeld.services.verwerkingslog.bezorger import SpanMaker, maak_exporter
from klantbeeld.services.verwerkingslog.instelling import (
    OEFEN_PSEUDONIEM_SLEUTEL,
    OEFEN_TRACES_PAD,
    logboek_adres,
    maak_lezer,
)
from klantbeeld.services.verwerkingslog.journaal import NIET_VASTGELEGD, VerwerkingJournaal
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog
from klantbeeld.services.verwerkingslog.verwerking import Betrokkene, Handeling
from klantbeeld.services.werkplek.settings import Profiel

BSN = "999993653"
ANDER = "999990019"


@pytest.fixture
def journaal(tmp_path: Path) -> Iterator[VerwerkingJournaal]:
    j = VerwerkingJournaal(tmp_path / "v.sqlite3", sleutel=Fernet.generate_key())
    yield j
    j.close()


@pytest.fixture
def inzage(
    fresh_sandbox: Any, journaal: VerwerkingJournaal, qtbot: Any
) -> Iterator[InzageController]:
    """The controller on the fresh oefenomgeving's logboek, as a team lead."""
    lezer, client = maak_lezer(
        logboek_adres(Profiel(), fresh_sandbox.root), OEFEN_PSEUDONIEM_SLEUTEL
    )
    log = Verwerkingslog(journaal, medewerker="teamleider@gemeente.example")
    yield InzageController(lezer, log)
    assert client is not None
    dicht = asyncio.ensure_future(client.aclose())
    qtbot.waitUntil(dicht.done, timeout=5000)


def _volg(c: InzageController) -> list[tuple[str, bool]]:
    status: list[tuple[str, bool]] = []
    c.statusGewijzigd.connect(lambda tekst, fout: status.append((tekst, fout)))
    return status


def _bezorg(journaal: VerwerkingJournaal, server: Any) -> None:
    """Deliver what waits, here and now (the bezorger's own tests cover its loop)."""
    maker = SpanMaker(pseudoniem_sleutel=OEFEN_PSEUDONIEM_SLEUTEL)
    exporter = maak_exporter(server.root + OEFEN_TRACES_PAD, timeout_s=2)
    try:
        for item in journaal.aan_de_beurt():
            assert exporter.export(maker.spans(item.verwerking)) is SpanExportResult.SUCCESS
            journaal.bezorgd(item.verwerking.id)
    finally:
        exporter.shutdown()
    assert journaal.wachtend() == 0


def test_lists_who_looked_when_and_why_and_records_the_look_up(
    qtbot: Any,
    fresh_sandbox: Any,
    journaal: VerwerkingJournaal,
    inzage: InzageController,
    qtmodeltester: Any,
) -> None:
    agent = Verwerkingslog(journaal, medewerker="anouk.de.boer@gemeente.example")
    agent.open_klantbeeld(Betrokkene.bsn(BSN), doelbinding="Vraag over afval")
    agent.toon_bsn(BSN)
    agent.open_klantbeeld(Betrokkene.bsn(ANDER))
    _bezorg(journaal, fresh_sandbox)
    c = inzage
    status = _volg(c)
    c.zoek("9999 93 653")
    qtbot.waitUntil(lambda: len(status) == 2, timeout=10000)
    assert status == [("Verwerkingen opzoeken…", False), ("2 verwerkingen.", False)]
    qtmodeltester.check(c.model)
    rijen = c.model.rijen()
    assert {(r.medewerker, r.handeling, r.doelbinding) for r in rijen} == {
        ("anouk.de.boer@gemeente.example", "Klantbeeld geopend", "Vraag over afval"),
        ("anouk.de.boer@gemeente.example", "BSN getoond", agent.doelbinding),
    }
    assert rijen[0].tijdstip >= rijen[1].tijdstip
    # The look-up itself is a verwerking, recorded before the logboek was asked.
    assert journaal.wachtend() == 1
    [inzage] = [v.verwerking for v in journaal.aan_de_beurt()]
    assert inzage.handeling is Handeling.INZAGE
    assert [b.nummer for b in inzage.betrokkenen] == [BSN]


def test_a_wrong_bsn_asks_nothing(
    qtbot: Any, fresh_sandbox: Any, journaal: VerwerkingJournaal, inzage: InzageController
) -> None:
    c = inzage
    status = _volg(c)
    voor = fresh_sandbox.sandbox.middleware.counts["logboek"]
    c.zoek("123456789")
    assert status == [("Dit BSN klopt niet — controleer de cijfers", True)]
    assert not c.taken.bezig("inzage") and journaal.wachtend() == 0
    assert fresh_sandbox.sandbox.middleware.counts["logboek"] == voor


def test_no_record_no_list(
    qtbot: Any, fresh_sandbox: Any, journaal: VerwerkingJournaal, inzage: InzageController
) -> None:
    c = inzage
    journaal.close()  # the journal is gone: nothing can be recorded
    status = _volg(c)
    voor = fresh_sandbox.sandbox.middleware.counts["logboek"]
    c.zoek(BSN)
    qtbot.waitUntil(lambda: len(status) == 2, timeout=10000)
    assert status[-1] == (NIET_VASTGELEGD, True)
    assert fresh_sandbox.sandbox.middleware.counts["logboek"] == voor  # the logboek never asked
    assert c.model.rowCount() == 0


def test_logboek_down_names_it(
    qtbot: Any, fresh_sandbox: Any, journaal: VerwerkingJournaal, inzage: InzageController
) -> None:
    fresh_sandbox.sandbox.faults.down = {"logboek"}
    c = inzage
    status = _volg(c)
    c.zoek(BSN)
    qtbot.waitUntil(lambda: len(status) == 2, timeout=15000)
    tekst, fout = status[-1]
    assert fout and tekst.startswith("Het logboek is niet te lezen — Logboek: serverfout (503)")
    assert BSN not in tekst
