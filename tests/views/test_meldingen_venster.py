"""The main window shows what the message bridge emits: status-bar texts, retry, questions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from klantbeeld.controllers.meldingen import Keuze, KeuzeSoort, Vraag
from klantbeeld.services.verbinding.errors import ApiVerbindingsfout
from klantbeeld.views.panels.vragen import VragenPaneel
from tests.views.conftest import Werkplek, venster

SUZANNE = "999993653"


def test_info_and_error_with_retry_in_the_status_bar(qtbot: Any, werkplek: Werkplek) -> None:
    window = venster(qtbot, werkplek)
    brug = werkplek.sessie.meldingen
    brug.info("Gekopieerd")
    assert window.statusBar().currentMessage() == "Gekopieerd"
    assert not window.opnieuw_knop.isVisible()
    pogingen: list[int] = []
    brug.fout(
        ApiVerbindingsfout("Open Klant", "niet bereikbaar"), opnieuw=lambda: pogingen.append(1)
    )
    assert window.statusBar().currentMessage() == "Open Klant: niet bereikbaar"
    assert window.opnieuw_knop.isVisible()
    qtbot.mouseClick(window.opnieuw_knop, Qt.MouseButton.LeftButton)
    assert pogingen == [1]
    assert not window.opnieuw_knop.isVisible()
    assert window.statusBar().currentMessage() == ""


def test_a_question_becomes_one_message_box_and_runs_the_choice(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window = venster(qtbot, werkplek)
    volgorde: list[str] = []
    werkplek.sessie.meldingen.vraag(
        Vraag(
            titel="Zeker?",
            tekst="<b>Jansen</b> weg?",
            toelichting="Dit kan niet terug.",
            keuzes=(
                Keuze("Weg", KeuzeSoort.ONHERROEPELIJK, lambda: volgorde.append("weg")),
                Keuze("Annuleren", KeuzeSoort.ANNULEER, lambda: volgorde.append("annuleren")),
            ),
            standaard=1,
            annuleer=1,
            afgesloten=lambda: volgorde.append("dicht"),
        )
    )
    box = window.laatste_vraag
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "<b>Jansen</b> weg?"
    assert box.informativeText() == "Dit kan niet terug."
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().text() == "Annuleren"
    weg = next(b for b in box.buttons() if b.text() == "Weg")
    assert box.buttonRole(weg) == QMessageBox.ButtonRole.DestructiveRole
    qtbot.mouseClick(weg, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: volgorde == ["dicht", "weg"], timeout=2000)


def test_copying_a_callback_number_is_said_through_the_bridge(
    qtbot: Any, werkplek: Werkplek
) -> None:
    paneel = VragenPaneel(werkplek.model, werkplek.sessie)
    qtbot.addWidget(paneel)
    paneel.show()
    werkplek.sessie.open_persoon(SUZANNE)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    model = paneel.tabel_model

    def met_nummer() -> list[int]:
        return [r for r in range(model.rowCount()) if getattr(model.rij(r), "terugbeladres", "")]

    # The callback numbers arrive from GET /digitaleadressen after the rows.
    qtbot.waitUntil(lambda: bool(met_nummer()), timeout=10000)
    rij = met_nummer()[0]
    paneel.tabel.selectRow(rij)
    with qtbot.waitSignal(werkplek.sessie.meldingen.gemeld, timeout=1000) as s:
        assert paneel.kopieer_terugbelnummer()
    assert s.args[0].tekst == "Terugbelnummer gekopieerd"
