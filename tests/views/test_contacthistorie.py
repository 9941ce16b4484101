"""Contacthistorie view: progressive loading, filters, charts, export, role, plain text, privacy."""

from __future__ import annotations

import asyncio
import csv
import io
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from klantbeeld.controllers.contacthistorie import DETAIL
from klantbeeld.services.contacthistorie.cijfers import per_resultaat, top_onderwerpen
from klantbeeld.services.contacthistorie.rijen import Filter, HistorieRij, Periode, filter_rijen
from klantbeeld.services.contacthistorie.stroom import alle
from klantbeeld.services.werkplek.settings import Instellingen, Rol
from klantbeeld.views.contacthistorie import ContacthistorieScherm
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.models.historie_model import (
    COL_DATUM,
    COL_ONDERWERP,
    HistorieModel,
    HistorieRol,
    OpenVerzoekenModel,
)
from tests.conftest import TEST_VANDAAG
from tests.views.conftest import Werkplek, maak_werkplek

MARKUP = "<b>vet</b> <script>alert('x')</script> &amp; <i>schuin</i>"


def wacht_op_maand(server: Any, timeout: float = 30.0) -> None:
    """The oefenomgeving builds its month of contacts in steps: wait until complete."""
    eind = time.monotonic() + timeout
    while time.monotonic() < eind:
        status = httpx.get(f"{server.root}/_oefen/status", timeout=5).json()
        if status.get("seed_klaar", True):
            return
        time.sleep(0.05)


def teamleider() -> Instellingen:
    return Instellingen(rol=Rol.TEAMLEIDER)


def teamleider_venster(werkplek: Werkplek, server: Any, qtbot: Any) -> MainWindow:
    """The main window at 1366×768 for a team lead, the oefenomgeving's month complete."""
    wacht_op_maand(server)
    window = MainWindow(
        werkplek.model, werkplek.sessie, oefenomgeving=True, instellingen=teamleider()
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def scherm_geladen(werkplek: Werkplek, server: Any, qtbot: Any) -> ContacthistorieScherm:
    wacht_op_maand(server)
    scherm = ContacthistorieScherm(werkplek.sessie, teamleider(), vandaag=TEST_VANDAAG)
    qtbot.addWidget(scherm)
    scherm.resize(1366, 700)
    scherm.show()
    scherm.laad()
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=30000)
    qtbot.waitUntil(lambda: scherm.verzoeken_klaar, timeout=10000)
    return scherm


def wacht_tot(klaar: Callable[[], bool], timeout: float) -> None:
    """Run the event loop until ``klaar()`` (outside a test: no qtbot)."""
    eind = time.monotonic() + timeout
    while not klaar():
        assert time.monotonic() < eind, "timed out"
        QTest.qWait(10)


@pytest.fixture(scope="module")
def geladen_scherm(
    qapp: Any, qloop: qasync.QEventLoop, sandbox_server: Any
) -> Iterator[ContacthistorieScherm]:
    """One screen with the month loaded for the tests that only read and filter it (a load
    costs seconds); :func:`scherm` puts it back as loaded before each test."""
    asyncio.events._set_running_loop(qloop)
    w = maak_werkplek(sandbox_server)
    wacht_op_maand(sandbox_server)
    s = ContacthistorieScherm(w.sessie, teamleider(), vandaag=TEST_VANDAAG)
    s.resize(1366, 700)
    s.show()
    s.laad()
    wacht_tot(lambda: not s.bezig and s.verzoeken_klaar, timeout=30)
    c = s.controller
    assert c is not None
    wacht_tot(lambda: not c.taken.bezig(DETAIL), timeout=10)  # nothing in flight between tests
    asyncio.events._set_running_loop(None)
    yield s
    asyncio.events._set_running_loop(qloop)
    s.stop()
    s.close()
    s.deleteLater()
    taak = asyncio.ensure_future(w.verbindingen.aclose())
    wacht_tot(taak.done, timeout=5)
    asyncio.events._set_running_loop(None)


@pytest.fixture
def scherm(geladen_scherm: ContacthistorieScherm) -> Iterator[ContacthistorieScherm]:
    """The loaded screen, as a fresh load leaves it: no filter, no sort, the list showing."""
    s = geladen_scherm
    s.wis_filters()
    s.bsn_keuze.setChecked(False)
    s.tabel.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
    s.tabs.setCurrentIndex(0)
    s.tabel.selectRow(0)
    yield s
    c = s.controller
    assert c is not None
    wacht_tot(lambda: not c.taken.bezig(DETAIL), timeout=10)  # nothing cut off mid-request
    s.stop()
    s.export_melding.setVisible(False)


def rij(n: int, **velden: Any) -> HistorieRij:
    basis: dict[str, Any] = {
        "uuid": f"uuid-{n}",
        "url": f"http://x/klantcontacten/uuid-{n}",
        "moment": datetime(2026, 3, 1, 12, tzinfo=UTC) - timedelta(minutes=n),
        "kanaal": "Telefoon",
        "onderwerp": f"Onderwerp {n % 7}",
        "inhoud": f"Tekst {n}",
        "medewerker": "Anouk de Boer",
        "resultaat": "Zelfstandig afgehandeld",
        "contact_gelukt": True,
        "nummer": f"{n:010d}",
        "kanaal_sleutel": "telefoon",
    }
    basis.update(velden)
    return HistorieRij(**basis)


# -- loading ----------------------------------------------------------------------------------


def test_rows_arrive_in_pages_newest_first_without_resets(
    werkplek: Werkplek, sandbox_server: Any, qtbot: Any
) -> None:
    wacht_op_maand(sandbox_server)
    scherm = ContacthistorieScherm(werkplek.sessie, teamleider(), vandaag=TEST_VANDAAG)
    qtbot.addWidget(scherm)
    invoegingen: list[int] = []
    resets: list[int] = []
    scherm.historie_model.rowsInserted.connect(lambda _p, a, b: invoegingen.append(b - a + 1))
    scherm.historie_model.modelReset.connect(lambda: resets.append(1))
    scherm.laad()
    resets.clear()  # the one reset of starting a period
    qtbot.waitUntil(lambda: scherm.historie_model.rowCount() > 0, timeout=10000)
    assert scherm.bezig, "the first rows show before the month is in"
    assert "contacten geladen…" in scherm.aantal.text()
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=30000)
    model = scherm.historie_model
    assert resets == []
    assert len(invoegingen) > 10 and sum(invoegingen) == model.rowCount()
    momenten = [r.moment for r in model.zichtbaar()]
    assert momenten == sorted(momenten, reverse=True)
    assert all(scherm.periode.bevat(m) for m in momenten)
    ki = werkplek.composer.klantinteracties
    assert ki is not None
    taak = asyncio.ensure_future(alle(ki, scherm.periode))
    qtbot.waitUntil(taak.done, timeout=30000)
    assert [r.uuid for r in model.alle()] == [r.uuid for r in taak.result()]
    assert model.rowCount() > 10_000
    assert "klaar" in scherm.aantal.text()
    assert scherm.tijd_eerste_rijen is not None and scherm.tijd_klaar is not None
    scherm.stop()


def test_a_new_period_cancels_the_load_and_starts_over(
    werkplek: Werkplek, sandbox_server: Any, qtbot: Any
) -> None:
    wacht_op_maand(sandbox_server)
    scherm = ContacthistorieScherm(werkplek.sessie, teamleider(), vandaag=TEST_VANDAAG)
    qtbot.addWidget(scherm)
    scherm.laad()
    qtbot.waitUntil(lambda: scherm.historie_model.rowCount() > 0, timeout=10000)
    scherm.van.setDate(scherm.tot.date().addDays(-2))
    scherm.laad()
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=30000)
    assert scherm.historie_model.rowCount() > 0
    assert all(scherm.periode.bevat(r.moment) for r in scherm.historie_model.alle())
    assert scherm.periode == Periode(TEST_VANDAAG - timedelta(days=2), TEST_VANDAAG)
    scherm.stop()


# -- filters ----------------------------------------------------------------------------------


def test_filter_counts_match_the_services(scherm: ContacthistorieScherm, qtbot: Any) -> None:
    model = scherm.historie_model
    alle_rijen = model.alle()
    assert model.rowCount() == len(alle_rijen)

    scherm.chips["telefoon"].setChecked(True)
    telefoon = filter_rijen(alle_rijen, Filter(kanalen=frozenset({"telefoon"})))
    assert 0 < model.rowCount() == len(telefoon) < len(alle_rijen)
    assert all(r.kanaal_sleutel == "telefoon" for r in model.zichtbaar())

    scherm.chips["e-mail"].setChecked(True)
    twee = filter_rijen(alle_rijen, Filter(kanalen=frozenset({"telefoon", "e-mail"})))
    assert model.rowCount() == len(twee)

    index = scherm.resultaat.findData("Doorverbonden")
    assert index > 0
    scherm.resultaat.setCurrentIndex(index)
    verwacht = filter_rijen(
        alle_rijen,
        Filter(kanalen=frozenset({"telefoon", "e-mail"}), resultaten=frozenset({"Doorverbonden"})),
    )
    assert 0 < model.rowCount() == len(verwacht)

    medewerker = model.zichtbaar()[0].medewerkers[0]
    scherm.medewerker.setCurrentIndex(scherm.medewerker.findData(medewerker))
    assert model.rowCount() == len(filter_rijen(alle_rijen, scherm.huidig_filter()))
    assert all(medewerker in r.medewerkers for r in model.zichtbaar())

    scherm.wis_filters()
    assert model.rowCount() == len(alle_rijen)

    onderwerp = alle_rijen[0].onderwerp
    scherm.onderwerp.setCurrentIndex(scherm.onderwerp.findData(onderwerp))
    assert model.rowCount() == len(
        filter_rijen(alle_rijen, Filter(onderwerpen=frozenset({onderwerp})))
    )
    scherm.wis_filters()

    woord = alle_rijen[5].nummer
    scherm.tekst.setText(woord)
    qtbot.waitUntil(lambda: model.rowCount() < len(alle_rijen), timeout=2000)
    assert model.rowCount() == len(filter_rijen(alle_rijen, Filter(tekst=woord))) >= 1
    assert "na filter" in scherm.aantal.text()


def test_sorting_works_on_what_is_loaded(scherm: ContacthistorieScherm) -> None:
    model = scherm.historie_model
    scherm.tabel.sortByColumn(COL_ONDERWERP, Qt.SortOrder.AscendingOrder)
    onderwerpen = [model.data(model.index(i, COL_ONDERWERP)) for i in range(model.rowCount())]
    assert onderwerpen == sorted(onderwerpen, key=str.casefold)
    scherm.tabel.sortByColumn(COL_DATUM, Qt.SortOrder.AscendingOrder)
    momenten = [r.moment for r in model.zichtbaar()]
    assert momenten == sorted(momenten)


# -- charts -----------------------------------------------------------------------------------


def test_charts_reflect_the_filtered_rows(scherm: ContacthistorieScherm, qtbot: Any) -> None:
    scherm.tabs.setCurrentIndex(1)
    scherm.ververs_overzicht()
    rijen = scherm.historie_model.zichtbaar()
    assert scherm.dag_grafiek.totaal() == len(rijen)
    assert scherm.resultaat_grafiek.totaal() == len(rijen)
    assert dict(scherm.resultaat_grafiek.waarden()) == per_resultaat(rijen)
    assert scherm.onderwerp_grafiek.waarden() == top_onderwerpen(rijen, n=10)
    assert scherm.eerste_contact.getal.text().endswith("%")
    # the seeded contacts were not registered through Klantbeeld: no times, and it says so
    tijden = scherm.overzicht.tijden
    assert tijden.getal.text() == "—" and "via Klantbeeld" in tijden.uitleg.text()
    assert sum(a for _, a in scherm.leeftijd_grafiek.waarden()) > 0
    assert scherm.verzoeken_model.rowCount() > 0  # some open ones are past their term

    scherm.chips["chat"].setChecked(True)
    gefilterd = scherm.historie_model.rowCount()
    qtbot.waitUntil(lambda: scherm.dag_grafiek.totaal() == gefilterd, timeout=3000)
    assert scherm.resultaat_grafiek.totaal() == gefilterd
    assert set(scherm.dag_grafiek.per_kanaal()) == {"Chat"}


# -- export -----------------------------------------------------------------------------------


def lees_csv(pad: Path) -> list[list[str]]:
    inhoud = pad.read_bytes()
    assert inhoud.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    tekst = inhoud.decode("utf-8-sig")
    assert "\r\n" in tekst
    return list(csv.reader(io.StringIO(tekst, newline=""), delimiter=";"))


def test_export_writes_bom_semicolons_and_no_bsn_by_default(
    scherm: ContacthistorieScherm, qtbot: Any, tmp_path: Path
) -> None:
    scherm.chips["balie"].setChecked(True)
    assert not scherm.bsn_keuze.isChecked()
    pad = tmp_path / "historie.csv"
    taak = scherm.exporteer_naar(pad)
    assert taak is not None
    qtbot.waitUntil(taak.done, timeout=10000)
    regels = lees_csv(pad)
    assert regels[0][:3] == ["Nummer", "Datum", "Kanaal"]
    assert "BSN" not in regels[0]
    assert len(regels) - 1 == scherm.historie_model.rowCount()
    assert {r[2] for r in regels[1:]} == {"Balie"}
    assert "opgeslagen" in scherm.export_melding.text()


def test_export_with_bsn_only_when_asked(
    scherm: ContacthistorieScherm, qtbot: Any, tmp_path: Path
) -> None:
    scherm.tekst.setText(scherm.historie_model.alle()[3].nummer)
    qtbot.waitUntil(lambda: scherm.historie_model.rowCount() <= 3, timeout=2000)
    scherm.bsn_keuze.setChecked(True)
    assert scherm.export_melding.isVisibleTo(scherm)
    assert "BSN" in scherm.export_melding.text()
    pad = tmp_path / "met-bsn.csv"
    taak = scherm.exporteer_naar(pad)
    assert taak is not None
    qtbot.waitUntil(taak.done, timeout=10000)
    regels = lees_csv(pad)
    assert regels[0][-1] == "BSN"
    assert len(regels) - 1 == scherm.historie_model.rowCount()


# -- role -------------------------------------------------------------------------------------


def test_the_agent_role_cannot_open_the_view(werkplek: Werkplek, qtbot: Any) -> None:
    window = MainWindow(werkplek.model, werkplek.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    assert window.historie_knop is None
    assert window.toon_contacthistorie() is None
    assert window.contacthistorie is None
    assert window.stapel.count() == 1

    scherm = ContacthistorieScherm(werkplek.sessie, Instellingen(), vandaag=TEST_VANDAAG)
    qtbot.addWidget(scherm)
    assert not scherm.toegestaan
    assert "alleen voor teamleiders" in scherm.weigering.text()
    scherm.laad()
    assert not scherm.bezig
    assert not hasattr(scherm, "historie_model")


def test_the_team_lead_opens_it_and_goes_to_a_klantbeeld(
    werkplek: Werkplek, sandbox_server: Any, qtbot: Any
) -> None:
    window = teamleider_venster(werkplek, sandbox_server, qtbot)
    assert window.historie_knop is not None
    scherm = window.toon_contacthistorie()
    assert scherm is not None and window.stapel.currentWidget() is scherm
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=30000)
    assert window.width() <= 1366
    # About one in ten month contacts is with a seeded citizen or company: find one.
    for row in range(60):
        scherm.tabel.selectRow(row)
        qtbot.waitUntil(lambda: bool(scherm.detail_melding.text()) or scherm.open_knop.isEnabled())
        qtbot.waitUntil(lambda: scherm.detail_melding.text() != "Klantgegevens ophalen…")
        if scherm.open_knop.isEnabled():
            break
    assert scherm.open_knop.isEnabled()
    qtbot.mouseClick(scherm.open_knop, Qt.MouseButton.LeftButton)
    assert window.stapel.currentIndex() == 0
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    assert werkplek.model.beeld is not None
    scherm.stop()


# -- plain text and privacy -------------------------------------------------------------------


def test_the_detail_pane_shows_citizen_markup_literally(werkplek: Werkplek, qtbot: Any) -> None:
    scherm = ContacthistorieScherm(werkplek.sessie, teamleider(), vandaag=TEST_VANDAAG)
    qtbot.addWidget(scherm)
    scherm.historie_model.set_rows([rij(1, onderwerp=MARKUP, inhoud=MARKUP)])
    scherm.tabel.selectRow(0)
    assert scherm.detail_titel.text() == MARKUP
    assert scherm.detail_titel.textFormat() == Qt.TextFormat.PlainText
    assert scherm.detail_inhoud.toPlainText() == MARKUP
    model = scherm.historie_model
    assert model.data(model.index(0, COL_ONDERWERP)) == MARKUP
    assert model.data(model.index(0, 0), HistorieRol.INHOUD) == MARKUP
    for label in scherm.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    scherm.stop()


def test_ending_the_contact_clears_the_detail_pane(werkplek: Werkplek, qtbot: Any) -> None:
    scherm = ContacthistorieScherm(werkplek.sessie, teamleider(), vandaag=TEST_VANDAAG)
    qtbot.addWidget(scherm)
    scherm.historie_model.set_rows([rij(1, contactnaam="Pia Pauw")])
    scherm.tabel.selectRow(0)
    assert scherm.detail_velden["klant"].text() == "Pia Pauw"
    werkplek.sessie.beeindig_contact()
    teksten = [w.text() for w in scherm.findChildren(QLabel)]
    assert not any("Pia Pauw" in t for t in teksten)
    assert scherm.detail_inhoud.toPlainText() == ""
    scherm.stop()


# -- models -----------------------------------------------------------------------------------


def test_models_pass_the_model_tester(scherm: ContacthistorieScherm, qtmodeltester: Any) -> None:
    model = HistorieModel()
    model.set_rows(scherm.historie_model.alle()[:300])
    qtmodeltester.check(model)
    verzoeken = OpenVerzoekenModel()
    verzoeken.set_rows(scherm._verzoeken)
    assert verzoeken.rowCount() > 0
    qtmodeltester.check(verzoeken)


def test_pages_are_inserted_also_when_sorted(qtbot: Any) -> None:
    model = HistorieModel()
    model.set_rows([rij(i) for i in range(10)])
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.sort(COL_ONDERWERP, Qt.SortOrder.AscendingOrder)
    bewaard = model.index(3, 0)
    uuid = model.data(bewaard, HistorieRol.UUID)
    from PySide6.QtCore import QPersistentModelIndex

    vast = QPersistentModelIndex(bewaard)
    model.voeg_toe([rij(i) for i in range(10, 30)])
    assert resets == []
    assert model.rowCount() == 30
    onderwerpen = [model.data(model.index(i, COL_ONDERWERP)) for i in range(30)]
    assert onderwerpen == sorted(onderwerpen)
    assert model.data(model.index(vast.row(), 0), HistorieRol.UUID) == uuid
    model.sort(-1)
    assert [r.uuid for r in model.zichtbaar()] == [f"uuid-{i}" for i in range(30)]
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(99, 0)) is None
