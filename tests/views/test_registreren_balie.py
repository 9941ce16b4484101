"""Contact registreren at the balie: the identity check by keyboard, in the draft, on screen."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from klantbeeld.services.registraties.registratie import Identiteitsbewijs
from klantbeeld.services.werkplek.settings import Instellingen, Rol
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.registreren import RegistratieDialoog
from tests.helpers import klantcontact_van
from tests.views.conftest import Werkplek
from tests.views.test_registreren import (
    _actief,
    _bezorgd,
    _eigen_werkplekstaat,
    _open_klantbeeld,
    kies,
    registraties,
    venster,
)

__all__ = ["_eigen_werkplekstaat", "registraties", "venster"]

BALIE = Instellingen(rol=Rol.BALIE)


def _balie(venster: QMainWindow, registraties: Registraties, w: Werkplek) -> RegistratieDialoog:
    return RegistratieDialoog.toon(venster, registraties, w.sessie, BALIE)


def test_identity_by_keyboard_at_the_balie_lands_with_the_klantcontact(
    qtbot: Any,
    venster: QMainWindow,
    registraties: Registraties,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
) -> None:
    _open_klantbeeld(qtbot, eigen_werkplek, zaak=None)
    dialoog = _balie(venster, registraties, eigen_werkplek)
    deel = dialoog.identiteit
    assert dialoog.kanaal.currentData() == "balie"  # the balie role's default
    assert deel.isVisible() and deel.vastgesteld.text() == "&Identiteit vastgesteld"
    assert not deel.vastgesteld.isChecked() and not deel.document.isEnabled()
    assert [deel.document.itemText(i) for i in range(deel.document.count())] == [
        "Paspoort",
        "ID-kaart",
        "Rijbewijs",
        "Verblijfsdocument",
    ]
    _actief(qtbot, dialoog)
    # Tab from the kanaal reaches the box; Space ticks it and opens the list to the keyboard
    dialoog.kanaal.setFocus()
    QTest.keyClick(dialoog.kanaal, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is deel.vastgesteld
    QTest.keyClick(deel.vastgesteld, Qt.Key.Key_Space)
    assert deel.vastgesteld.isChecked() and deel.document.isEnabled()
    assert "Kies met welk document de identiteit is vastgesteld." in dialoog.problemen_lijst()
    QTest.keyClick(deel.vastgesteld, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is deel.document
    for _ in range(3):
        QTest.keyClick(deel.document, Qt.Key.Key_Down)
    assert deel.document.currentText() == "Rijbewijs"
    assert dialoog.problemen_lijst() == ["Vul het onderwerp in."]
    # the draft holds it at once
    concept = eigen_werkplek.sessie.concepten.concepten[dialoog.controller.sleutel]
    assert concept.identiteit_vastgesteld and concept.identiteitsbewijs == "rijbewijs"

    onderwerp = dialoog.blokken[0].onderwerp
    onderwerp.setFocus()
    QTest.keyClicks(onderwerp.lineEdit(), "Rijbewijs ophalen")
    with qtbot.waitSignal(dialoog.vastgelegd, timeout=3000) as blocker:
        QTest.keyClick(onderwerp, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    reg = blocker.args[0]
    assert reg.kanaal == "Balie" and reg.identiteitsbewijs is Identiteitsbewijs.RIJBEWIJS
    _bezorgd(qtbot, registraties)
    kc = klantcontact_van(fresh_sandbox.sandbox.store, reg)
    assert kc["metadata"]["identiteitVastgesteld"] == "rijbewijs"


def test_the_check_is_only_at_the_balie_and_a_draft_keeps_it(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    dialoog = _balie(venster, registraties, eigen_werkplek)
    deel = dialoog.identiteit
    deel.vastgesteld.setChecked(True)
    deel.document.setCurrentIndex(deel.document.findData("id-kaart"))
    dialoog.kanaal.setCurrentIndex(dialoog.kanaal.findData("telefoon"))
    assert not deel.isVisible()  # by telephone no identity is established
    assert dialoog.problemen_lijst() == ["Vul het onderwerp in."]
    dialoog.kanaal.setCurrentIndex(dialoog.kanaal.findData("balie"))
    assert deel.isVisible() and deel.bewijs() == "id-kaart"  # what was ticked stays
    dialoog.reject()  # Esc: only the tick was given, still it is asked
    assert dialoog.bevestiging is not None
    kies(dialoog.bevestiging, "Bewaren als concept")
    assert not dialoog.isVisible()

    terug = _balie(venster, registraties, eigen_werkplek)
    assert terug.herstel.isVisible()
    assert terug.identiteit.vastgesteld.isChecked()
    assert terug.identiteit.document.isEnabled() and terug.identiteit.bewijs() == "id-kaart"


def test_without_the_balie_role_the_kanaal_is_the_last_one(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    dialoog = RegistratieDialoog.toon(venster, registraties, eigen_werkplek.sessie, Instellingen())
    assert dialoog.kanaal.currentData() == "telefoon"
    assert not dialoog.identiteit.isVisible()


def test_screenshot_at_the_balie(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    _open_klantbeeld(qtbot, eigen_werkplek)
    dialoog = _balie(venster, registraties, eigen_werkplek)
    dialoog.identiteit.vastgesteld.setChecked(True)
    dialoog.identiteit.document.setCurrentIndex(0)
    dialoog.blokken[0].onderwerp.setEditText("Paspoort of ID-kaart")
    dialoog.blokken[0].vraag.setPlainText("Mevrouw haalt haar nieuwe paspoort op.")
    dialoog.resize(960, 700)  # what it opens at on a 1366×768 screen
    qtbot.wait(50)
    assert dialoog.minimumSizeHint().width() <= 960
    assert dialoog.identiteit.document.isVisible()
    uit = os.environ.get("KLANTBEELD_BALIE_PNG")
    if uit:
        dialoog.grab().save(uit)
