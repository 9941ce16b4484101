"""A screen-pop in the window: opens the klant, but never takes the keyboard from a dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from klantbeeld.controllers.meldingen import Melding
from klantbeeld.services.klantbeeld.schermpop import lees_uri
from klantbeeld.views.schermpop import SchermpopAfhandeling
from tests.views.conftest import Werkplek, venster

SUZANNE = "999993653"


def afhandeling_voor(qtbot: Any, werkplek: Werkplek) -> tuple[Any, SchermpopAfhandeling]:
    window = venster(qtbot, werkplek)
    return window, SchermpopAfhandeling(window, window.toon_schermpop, werkplek.sessie.meldingen)


def test_a_call_opens_the_caller_found_by_number(qtbot: Any, werkplek: Werkplek) -> None:
    window, afhandeling = afhandeling_voor(qtbot, werkplek)
    afhandeling.ontvang(lees_uri("klantbeeld:bel?nummer=%2B31%206%201234%205678"))
    qtbot.waitUntil(lambda: werkplek.model.beeld is not None, timeout=10_000)
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == SUZANNE
    assert afhandeling.wachtend is None
    assert [v.waarde for v in afhandeling.geschiedenis] == ["0612345678"]
    assert window.zoekbalk.veld.text() == "0612345678"  # the search field says what was searched


def test_a_call_during_a_dialog_waits_for_one_key(qtbot: Any, werkplek: Werkplek) -> None:
    window, afhandeling = afhandeling_voor(qtbot, werkplek)
    meldingen: list[Melding] = []
    werkplek.sessie.meldingen.gemeld.connect(meldingen.append)
    dialoog = QDialog(window)
    veld = QLineEdit(dialoog)
    QVBoxLayout(dialoog).addWidget(veld)
    dialoog.open()  # window-modal, as the registration dialog and the bridge's questions
    veld.setFocus()
    qtbot.keyClicks(veld, "Bel")

    afhandeling.ontvang(lees_uri("klantbeeld:bel?nummer=0612345678"))
    qtbot.keyClicks(veld, "t terug")
    assert veld.text() == "Belt terug"  # the agent types on: nothing took the keyboard
    assert dialoog.isVisible()
    assert werkplek.model.beeld is None and afhandeling.geschiedenis == []
    assert afhandeling.wachtend is not None
    (melding,) = meldingen
    assert melding.tekst == "Inkomend gesprek van 06-12345678 — druk op F9 om te openen."
    assert window.statusBar().currentMessage() == melding.tekst
    assert window.opnieuw_knop.text() == "Openen (F9)"

    dialoog.accept()
    window.activateWindow()  # the agent is back in the main window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: werkplek.model.beeld is not None, timeout=10_000)
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == SUZANNE
    assert afhandeling.wachtend is None
    # a second F9 opens nothing more
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_F9)
    assert len(afhandeling.geschiedenis) == 1


def test_the_button_beside_the_message_opens_it_too(qtbot: Any, werkplek: Werkplek) -> None:
    window, afhandeling = afhandeling_voor(qtbot, werkplek)
    dialoog = QDialog(window)
    dialoog.open()
    afhandeling.ontvang(lees_uri("klantbeeld:bsn?bsn=999993653"))
    assert afhandeling.wachtend is not None and werkplek.model.beeld is None
    dialoog.reject()
    qtbot.mouseClick(window.opnieuw_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: werkplek.model.beeld is not None, timeout=10_000)
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == SUZANNE
    # a later retry message has the usual button text again
    werkplek.sessie.meldingen.fout("x", opnieuw=lambda: None)
    assert window.opnieuw_knop.text() == "Opnieuw proberen"


def test_a_zaak_pop_opens_its_aanvrager_and_the_zaak(qtbot: Any, werkplek: Werkplek) -> None:
    _window, afhandeling = afhandeling_voor(qtbot, werkplek)
    afhandeling.ontvang(lees_uri("klantbeeld:zaak?identificatie=ZAAK-2026-0000000001"))
    qtbot.waitUntil(lambda: werkplek.model.gekozen_zaak is not None, timeout=10_000)
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == SUZANNE
    assert werkplek.model.gekozen_zaak.zaak.identificatie == "ZAAK-2026-0000000001"
