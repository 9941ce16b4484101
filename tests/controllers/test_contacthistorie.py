"""The contacthistorie's controller over the oefenomgeving, without a screen."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from klantbeeld.controllers.contacthistorie import ContacthistorieController
from klantbeeld.controllers.meldingen import Melding, Niveau
from klantbeeld.services.contacthistorie.rijen import Filter, HistorieDetail, Periode, filter_rijen
from klantbeeld.services.contacthistorie.stroom import alle
from tests.conftest import TEST_VANDAAG
from tests.sandbox.test_kcc_maand import wacht_op_maand
from tests.views.conftest import Werkplek
from tests.views.test_contacthistorie import rij

#: Two days: enough rows to page and filter, quick to load.
TWEE_DAGEN = Periode(TEST_VANDAAG - timedelta(days=2), TEST_VANDAAG)


def controller(w: Werkplek) -> ContacthistorieController:
    return ContacthistorieController.voor(w.sessie, vandaag=TEST_VANDAAG)


def geladen(qtbot: Any, c: ContacthistorieController, periode: Periode = TWEE_DAGEN) -> int:
    """Load ``periode`` and wait for its end; the number of contacts it says it loaded."""
    with qtbot.waitSignal(c.geladen, timeout=30000) as s:
        c.laad(periode)
    qtbot.waitUntil(lambda: c.verzoeken_klaar, timeout=10000)
    aantal: int = s.args[0]
    return aantal


@pytest.fixture
def twee_dagen(qtbot: Any, werkplek: Werkplek, sandbox_server: Any) -> ContacthistorieController:
    """A controller with :data:`TWEE_DAGEN` loaded."""
    wacht_op_maand(sandbox_server)
    c = controller(werkplek)
    geladen(qtbot, c)
    return c


def test_a_period_streams_in_complete_with_its_filter_lists_and_open_verzoeken(
    qtbot: Any, werkplek: Werkplek, sandbox_server: Any, qtmodeltester: Any
) -> None:
    wacht_op_maand(sandbox_server)
    c = controller(werkplek)
    stukken: list[bool] = []
    keuzes: dict[str, set[str]] = {}
    c.rijenToegevoegd.connect(stukken.append)
    c.nieuweKeuzes.connect(lambda soort, nieuw: keuzes.setdefault(soort, set()).update(nieuw))
    aantal = geladen(qtbot, c)
    ki = werkplek.composer.klantinteracties
    assert ki is not None
    taak = asyncio.ensure_future(alle(ki, TWEE_DAGEN))
    qtbot.waitUntil(taak.done, timeout=30000)
    verwacht = taak.result()
    assert aantal == len(verwacht) == c.model.rowCount() > 100
    assert [r.uuid for r in c.model.alle()] == [r.uuid for r in verwacht]
    assert stukken[0] is True and len(stukken) > 1 and not any(stukken[1:])
    assert keuzes["medewerker"] == {m for r in verwacht for m in r.medewerkers}
    assert keuzes["resultaat"] == {r.resultaat for r in verwacht}
    assert c.volledig and not c.bezig and c.opgehaald is not None and c.fout is None
    assert c.status_tekst().endswith(f"klaar, opgehaald om {c.opgehaald:%H:%M}")
    assert 0 < c.voortgang() <= 100
    assert c.tijd_eerste_rijen is not None and c.tijd_klaar is not None
    assert c.verzoeken and c.verzoeken_model.rowCount() == sum(v.te_laat for v in c.verzoeken)
    qtmodeltester.check(c.model)
    qtmodeltester.check(c.verzoeken_model)


def test_the_filter_narrows_the_list_and_the_status_says_so(
    qtbot: Any, twee_dagen: ContacthistorieController
) -> None:
    c = twee_dagen
    filter_ = Filter(kanalen=frozenset({"telefoon"}))
    c.zet_filter(filter_)
    verwacht = filter_rijen(c.model.alle(), filter_)
    assert 0 < c.model.rowCount() == len(verwacht) < c.model.aantal_geladen()
    assert f" — {len(verwacht)} na filter" in c.status_tekst().replace(".", "")
    c.zet_filter(Filter())
    assert "na filter" not in c.status_tekst()


def test_a_new_period_wins_and_a_stopped_load_says_it_is_incomplete(
    qtbot: Any, werkplek: Werkplek, sandbox_server: Any
) -> None:
    wacht_op_maand(sandbox_server)
    c = controller(werkplek)
    einden: list[int] = []
    c.geladen.connect(einden.append)
    c.laad(Periode(TEST_VANDAAG - timedelta(days=29), TEST_VANDAAG))
    qtbot.waitUntil(lambda: c.model.rowCount() > 0, timeout=10000)
    een_dag = Periode(TEST_VANDAAG - timedelta(days=1), TEST_VANDAAG - timedelta(days=1))
    geladen(qtbot, c, een_dag)
    assert einden == [c.model.aantal_geladen()], "the replaced load ends without a word"
    assert c.volledig and all(een_dag.bevat(r.moment) for r in c.model.alle())

    c.laad(Periode(TEST_VANDAAG - timedelta(days=29), TEST_VANDAAG))
    qtbot.waitUntil(lambda: c.model.rowCount() > 0, timeout=10000)
    taak = c.laad_taak
    assert taak is not None and c.bezig
    assert "klaar" not in c.status_tekst()
    assert c.overzicht_stand()[0].startswith("Nog niet compleet:")
    c.stop()
    assert not c.bezig
    qtbot.waitUntil(taak.done, timeout=5000)
    assert not c.volledig
    tekst = c.status_tekst()
    assert "(onvolledig)" in tekst and "onderbroken" in tekst and "klaar" not in tekst
    stand, niveau = c.overzicht_stand()
    assert niveau == "waarschuwing" and stand.startswith("Niet compleet:")


def test_the_detail_of_the_chosen_contact_arrives_and_the_latest_choice_wins(
    qtbot: Any, twee_dagen: ContacthistorieController
) -> None:
    c = twee_dagen
    eerste, tweede = c.model.alle()[:2]
    binnen: list[HistorieDetail] = []
    meldingen: list[str] = []
    c.detailGeladen.connect(binnen.append)
    c.detailMelding.connect(meldingen.append)
    c.kies(eerste)
    with qtbot.waitSignal(c.detailGeladen, timeout=10000):
        c.kies(tweede)
    qtbot.wait(50)
    assert [d.rij.uuid for d in binnen] == [tweede.uuid]
    assert meldingen == ["Klantgegevens ophalen…", "Klantgegevens ophalen…"]
    c.kies(eerste)
    c.kies(None)
    qtbot.wait(200)
    assert [d.rij.uuid for d in binnen] == [tweede.uuid]


def lees_csv(pad: Path) -> list[list[str]]:
    tekst = pad.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(tekst, newline=""), delimiter=";"))


def test_the_export_writes_the_filtered_rows_and_tells_the_bridge(
    qtbot: Any, werkplek: Werkplek, twee_dagen: ContacthistorieController, tmp_path: Path
) -> None:
    c = twee_dagen
    c.zet_filter(Filter(kanalen=frozenset({"balie"})))
    berichten: list[tuple[str, str]] = []
    gemeld: list[Melding] = []
    c.exportMelding.connect(lambda tekst, niveau: berichten.append((tekst, niveau)))
    werkplek.sessie.meldingen.gemeld.connect(gemeld.append)
    pad = tmp_path / "balie.csv"
    with qtbot.waitSignal(c.exportKlaar, timeout=10000):
        c.exporteer(pad, met_bsn=False)
    regels = lees_csv(pad)
    assert "BSN" not in regels[0] and len(regels) - 1 == c.model.rowCount() > 0
    assert {r[2] for r in regels[1:]} == {"Balie"}
    qtbot.waitUntil(lambda: len(berichten) == 2)
    assert berichten[0] == ("Exporteren…", "info")
    assert berichten[1][1] == "succes" and berichten[1][0].endswith("opgeslagen in balie.csv")
    assert [(m.tekst, m.niveau) for m in gemeld] == [(berichten[1][0], Niveau.INFO)]

    with qtbot.waitSignal(c.exportKlaar, timeout=10000):
        c.exporteer(tmp_path, met_bsn=False)  # a folder: cannot be written
    assert berichten[-1][1] == "fout" and berichten[-1][0].startswith("Exporteren mislukt — ")
    assert gemeld[-1].niveau is Niveau.FOUT


def test_a_failing_server_is_named_and_never_klaar(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    httpx.post(
        f"{fresh_sandbox.root}/_oefen/faults", json={"down": ["klantinteracties"]}, timeout=5
    )
    c = controller(eigen_werkplek)
    verzoeken: list[tuple[str, str]] = []
    c.verzoekenMelding.connect(lambda tekst, niveau: verzoeken.append((tekst, niveau)))
    aantal = geladen(qtbot, c)
    assert aantal == 0 and not c.volledig
    assert c.fout is not None and c.fout.startswith("Klantinteracties niet bereikbaar — ")
    assert c.fout.count("Klantinteracties") == 1  # named once, not again in the reason
    assert "klaar" not in c.status_tekst()
    assert verzoeken[-1][1] == "fout" and verzoeken[-1][0].startswith("Klantinteracties")


def test_without_klantinteracties_it_says_so_and_loads_nothing(qtbot: Any) -> None:
    c = ContacthistorieController(None, vandaag=TEST_VANDAAG)
    meldingen: list[str] = []
    c.detailMelding.connect(meldingen.append)
    c.laad(TWEE_DAGEN)
    assert not c.bezig and c.laad_taak is None
    assert c.fout == "Klantinteracties is niet ingesteld."
    assert c.status_tekst() == "0 contacten geladen (onvolledig)"
    assert meldingen == []
    c.kies(rij(1))
    assert meldingen == ["Klantinteracties is niet ingesteld."]
