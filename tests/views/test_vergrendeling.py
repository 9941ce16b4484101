"""The workstation lock on a real klantbeeld: nothing personal while locked; drafts kept."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from klantbeeld.controllers.vergrendeling import Reden, VergrendelingController
from klantbeeld.services.werkplek.aanmelding import AanmeldFout, Aanmelding, Status, Vergrendeld
from klantbeeld.services.werkplek.settings import DATA_ENV, OidcInstelling
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.registreren import RegistratieDialoog
from klantbeeld.views.sneltoetsen import sneltoets
from klantbeeld.views.vergrendeling import Vergrendelaar, installeer_vergrendeling
from tests.services.test_aanmelding import Klok, browser_als, issuer
from tests.views.conftest import Werkplek, open_registraties

__all__ = ["issuer"]  # the real OpenID provider's fixture

BSN = "999993653"
VRAAG = "Wanneer wordt mijn paspoort bezorgd? (concept)"


@pytest.fixture
def werkplek_met_dialoog(
    werkplek: Werkplek, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, RegistratieDialoog, str]]:
    """A window showing a klantbeeld, an open registration dialog with a draft; the name shown."""
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    with open_registraties(werkplek, tmp_path, qtbot) as registraties:
        window = MainWindow(
            werkplek.model, werkplek.sessie, oefenomgeving=True, registraties=registraties
        )
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.zoekbalk.veld.setText(BSN)
        werkplek.sessie.open_persoon(BSN)
        qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
        beeld = werkplek.model.beeld
        assert beeld is not None and beeld.persoon is not None
        naam = beeld.persoon.volledige_naam or ""
        assert naam
        window.registreer_contact()
        dialoog = window.findChild(RegistratieDialoog)
        assert dialoog is not None and dialoog.isVisible()
        dialoog.blokken[0].vraag.setPlainText(VRAAG)
        yield window, dialoog, naam
        if shiboken6.isValid(dialoog):
            dialoog.close()


@pytest.fixture
def maak_slot(qtbot: Any) -> Iterator[Any]:
    """Installs the lock on a window; removed after the test."""
    gemaakt: list[Vergrendelaar] = []

    def maak(window: QWidget, wachttijd_s: float = 300, **kw: Any) -> Vergrendelaar:
        slot = installeer_vergrendeling(window, wachttijd_s, **kw)
        gemaakt.append(slot)
        return slot

    yield maak
    for slot in gemaakt:
        slot.verwijder()


def zichtbare_teksten() -> list[str]:
    """Every text any visible widget of any visible window shows (labels, fields, lists)."""
    teksten: list[str] = []
    for venster in QApplication.topLevelWidgets():
        if not venster.isVisible():
            continue
        teksten.append(venster.windowTitle())
        for w in [venster, *venster.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            if isinstance(w, QLabel | QLineEdit | QAbstractButton):
                teksten.append(w.text())
            elif isinstance(w, QPlainTextEdit | QTextEdit):
                teksten.append(w.toPlainText())
            elif isinstance(w, QAbstractItemView) and w.model() is not None:
                model = w.model()
                for rij in range(model.rowCount()):
                    for kolom in range(model.columnCount()):
                        teksten.append(str(model.index(rij, kolom).data() or ""))
            teksten.append(w.toolTip())
            teksten.append(w.accessibleName())
    return teksten


def toegankelijke_vensters() -> list[str]:
    """The names of the application's windows that the accessibility tree shows (not invisible)."""
    app = QAccessible.queryAccessibleInterface(QApplication.instance())
    assert app is not None
    namen = []
    for i in range(app.childCount()):
        kind = app.child(i)
        if kind is not None and not kind.state().invisible:
            namen.append(kind.text(QAccessible.Text.Name))
    return namen


def vergrendel_met_sneltoets(qtbot: Any, doel: QWidget) -> None:
    (toets,) = sneltoets("vergrendel").toetsen
    assert toets == "Ctrl+Shift+L"
    qtbot.keyClick(
        doel, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def test_sneltoets_verbergt_alles_ook_de_open_registratie(
    werkplek_met_dialoog: tuple[MainWindow, RegistratieDialoog, str], maak_slot: Any, qtbot: Any
) -> None:
    window, dialoog, naam = werkplek_met_dialoog
    slot = maak_slot(window)
    # Before: the name and the BSN are on screen (so the check below can fail).
    voor = "\n".join(zichtbare_teksten())
    assert naam in voor and VRAAG in voor
    # The shortcut works from inside the (window-modal) registration dialog.
    dialoog.blokken[0].vraag.setFocus()
    vergrendel_met_sneltoets(qtbot, dialoog.blokken[0].vraag)
    assert slot.controller.vergrendeld and slot.controller.reden is Reden.SNELTOETS
    zichtbaar = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert zichtbaar == [slot.scherm]
    tekst = "\n".join(zichtbare_teksten())
    for geheim in (naam, *naam.split(), BSN, BSN[-4:], VRAAG):
        assert geheim not in tekst
    # Nothing of the app but the lock window is in the accessibility tree; no focus behind it.
    assert toegankelijke_vensters() == [slot.scherm.windowTitle()]
    focus = QApplication.focusWidget()
    assert focus is None or focus.window() is slot.scherm
    # Pixel for pixel the same as a lock screen over nothing at all.
    leeg_venster = QWidget()
    qtbot.addWidget(leeg_venster)
    leeg_venster.resize(window.size())
    leeg = Vergrendelaar(VergrendelingController(300), leeg_venster)
    try:
        leeg.controller.vergrendel(Reden.SNELTOETS)
        leeg.scherm.resize(slot.scherm.size())
        assert _beeld(leeg.scherm) == _beeld(slot.scherm)
    finally:
        leeg.verwijder()


def test_ontgrendelen_geeft_alles_terug_met_concepten(
    werkplek_met_dialoog: tuple[MainWindow, RegistratieDialoog, str], maak_slot: Any, qtbot: Any
) -> None:
    window, dialoog, naam = werkplek_met_dialoog
    modaliteit = dialoog.windowModality()
    assert modaliteit is not Qt.WindowModality.NonModal
    slot = maak_slot(window)
    slot.controller.vergrendel()
    assert not window.isVisible() and not dialoog.isVisible()
    # Enter on the lock screen unlocks (no sign-in on the oefenomgeving).
    assert slot.scherm.knop.text() == "Ontgrendelen"
    qtbot.keyClick(slot.scherm.knop, Qt.Key.Key_Return)
    assert not slot.controller.vergrendeld
    assert window.isVisible() and dialoog.isVisible() and not slot.scherm.isVisible()
    # Drafts and what was typed are still there; the dialog is modal again.
    assert dialoog.blokken[0].vraag.toPlainText() == VRAAG
    assert window.zoekbalk.veld.text() == BSN
    assert dialoog.windowModality() == modaliteit
    assert naam in "\n".join(zichtbare_teksten())


def test_na_de_wachttijd_vergrendelt_het_scherm(qtbot: Any, maak_slot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    slot = maak_slot(window, 0.1)
    qtbot.waitUntil(lambda: slot.controller.vergrendeld, timeout=5000)
    assert slot.controller.reden is Reden.INACTIEF
    assert not window.isVisible() and slot.scherm.isVisible()


def test_alleen_echte_invoer_telt_als_activiteit(qtbot: Any, maak_slot: Any) -> None:
    klok = [0.0]
    window = QLineEdit()
    qtbot.addWidget(window)
    window.show()
    slot = maak_slot(window)
    controller = VergrendelingController(300, klok=lambda: klok[0])
    slot.controller.vergrendeldGewijzigd.disconnect()
    # A second lock on the same window, with a clock the test moves.
    proef = Vergrendelaar(controller, window)
    try:
        klok[0] = 200.0
        # Made by the program (say, a screen-pop typing the number): not the agent.
        QApplication.sendEvent(
            window,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier, "1"),
        )
        window.setText("0612345678")
        klok[0] = 301.0
        controller.controleer()
        assert controller.vergrendeld
        controller.ontgrendel()
        # The agent typing does count.
        klok[0] = 500.0
        qtbot.keyClick(window, Qt.Key.Key_2)
        klok[0] = 750.0
        controller.controleer()
        assert not controller.vergrendeld
    finally:
        proef.verwijder()


def test_een_venster_dat_opent_terwijl_vergrendeld_blijft_verborgen(
    qtbot: Any, maak_slot: Any
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    weg = QDialog(window)
    weg.show()
    slot = maak_slot(window)
    slot.controller.vergrendel()
    assert not weg.isVisible()
    verwijderd: list[bool] = []
    weg.destroyed.connect(lambda: verwijderd.append(True))
    weg.deleteLater()  # deleted while locked: unlocking must not touch it
    qtbot.waitUntil(lambda: bool(verwijderd), timeout=5000)
    nieuw = QDialog(window)
    nieuw.setWindowTitle("Inkomend gesprek")
    nieuw.show()
    assert not nieuw.isVisible()
    gesloten = QDialog(window)
    gesloten.show()
    gesloten.reject()  # closed while locked: it does not come back
    slot.controller.ontgrendel()
    assert window.isVisible() and nieuw.isVisible() and not gesloten.isVisible()


def test_de_app_kan_stoppen_terwijl_vergrendeld(qtbot: Any, maak_slot: Any) -> None:
    """Qt's quit (the session ends) first closes every window; the lock window must let it."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    slot = maak_slot(window)
    slot.controller.vergrendel()
    assert slot.scherm.close()
    assert slot.controller.vergrendeld and not window.isVisible()


def test_mislukt_opnieuw_aanmelden_blijft_vergrendeld(
    werkplek_met_dialoog: tuple[MainWindow, RegistratieDialoog, str], maak_slot: Any, qtbot: Any
) -> None:
    window, dialoog, naam = werkplek_met_dialoog
    pogingen: list[bool] = []

    async def aanmelden() -> None:
        pogingen.append(True)
        if len(pogingen) == 1:
            raise AanmeldFout("Aanmelden duurde te lang; probeer het opnieuw.")

    slot = maak_slot(window, herauthenticatie=aanmelden)
    slot.controller.aanmelding_verlopen()
    assert slot.scherm.knop.text() == "Opnieuw aanmelden"
    assert "verlopen" in slot.scherm.uitleg.text()
    qtbot.mouseClick(slot.scherm.knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "te lang" in slot.scherm.status.text(), timeout=5000)
    assert slot.controller.vergrendeld and not window.isVisible() and not dialoog.isVisible()
    assert naam not in "\n".join(zichtbare_teksten())
    qtbot.mouseClick(slot.scherm.knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not slot.controller.vergrendeld, timeout=5000)
    assert len(pogingen) == 2
    assert window.isVisible() and dialoog.blokken[0].vraag.toPlainText() == VRAAG


def test_het_vergrendelscherm_op_1366x768(qtbot: Any, maak_slot: Any, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    slot = maak_slot(window)
    slot.controller.vergrendel()
    slot.controller.gesprek_binnen()  # with a call waiting: the fullest the card gets
    assert slot.scherm.size().width() == 1366 and slot.scherm.size().height() == 768
    beeld = slot.scherm.grab()
    doel = Path(os.environ.get("KLANTBEELD_SCHERMAFDRUK", tmp_path)) / "vergrendeld.png"
    assert beeld.save(str(doel))
    knop = slot.scherm.knop
    assert knop.isVisible()
    qtbot.waitUntil(knop.hasFocus, timeout=5000)  # Enter unlocks at once


def _beeld(w: QWidget) -> QImage:
    return w.grab().toImage()


def test_met_een_echte_aanmelding_ontgrendelt_alleen_opnieuw_aanmelden(
    issuer: str, qtbot: Any, maak_slot: Any
) -> None:
    """Against the real OpenID provider: expiry locks; only a completed browser sign-in unlocks."""
    klok = Klok()
    browser: dict[str, Any] = {"doe": browser_als("anouk.de.boer")}

    async def systeembrowser(url: str) -> None:
        await browser["doe"](url)

    async def niemand_meldt_aan(url: str) -> None:
        """The browser opens, but the agent walks away: no sign-in comes back."""

    http = httpx.AsyncClient(timeout=10)
    aanmelding = Aanmelding(
        OidcInstelling(issuer=issuer, client_id="klantbeeld"),
        profiel="slot",
        http=http,
        browser=systeembrowser,
        klok=klok,
        wacht_s=1,
    )
    try:
        eerst = asyncio.ensure_future(aanmelding.aanmelden())
        qtbot.waitUntil(eerst.done, timeout=15000)
        assert eerst.result().id == "anouk.de.boer"
        window = QWidget()
        qtbot.addWidget(window)
        window.show()
        slot = maak_slot(window, herauthenticatie=aanmelding.aanmelden_in_browser)
        aanmelding.bij_vergrendeling.append(slot.controller.aanmelding_verlopen)
        klok.nu += 301  # the provider's access token lives 300 s
        with pytest.raises(Vergrendeld):
            aanmelding.toegangstoken()
        assert slot.controller.vergrendeld and not window.isVisible()
        assert slot.controller.reden is Reden.AANMELDING_VERLOPEN
        browser["doe"] = niemand_meldt_aan
        qtbot.mouseClick(slot.scherm.knop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "te lang" in slot.scherm.status.text(), timeout=15000)
        assert slot.controller.vergrendeld and not window.isVisible()
        assert aanmelding.status is Status.VERGRENDELD
        browser["doe"] = browser_als("anouk.de.boer")
        qtbot.mouseClick(slot.scherm.knop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not slot.controller.vergrendeld, timeout=15000)
        assert window.isVisible() and aanmelding.status is Status.AANGEMELD
        assert aanmelding.toegangstoken()
    finally:
        dicht = asyncio.ensure_future(http.aclose())
        qtbot.waitUntil(dicht.done, timeout=5000)


def test_een_gesprek_terwijl_vergrendeld_wacht_en_het_slotscherm_zegt_het_zonder_wie(
    werkplek: Werkplek, maak_slot: Any, qtbot: Any
) -> None:
    from klantbeeld.services.klantbeeld.schermpop import lees_uri
    from klantbeeld.views.schermpop import SchermpopAfhandeling
    from tests.views.conftest import venster

    window = venster(qtbot, werkplek)
    slot = maak_slot(window)
    afhandeling = SchermpopAfhandeling(window, window.toon_schermpop, werkplek.sessie.meldingen)
    afhandeling.wacht.connect(lambda _v: slot.controller.gesprek_binnen())  # as app.py does
    slot.controller.vergrendel()
    assert not slot.scherm.gesprek.isVisible()

    afhandeling.ontvang(lees_uri("klantbeeld:bel?nummer=0612345678"))
    # Nothing opened behind the lock; the lock screen says a call waits, not whose.
    assert afhandeling.wachtend is not None and afhandeling.geschiedenis == []
    assert werkplek.model.beeld is None
    assert slot.scherm.gesprek.isVisible()
    assert "F9" in slot.scherm.gesprek.text()
    tekst = "\n".join(zichtbare_teksten())
    for geheim in ("0612345678", "06-12345678", "12345678", "5678"):
        assert geheim not in tekst
    assert toegankelijke_vensters() == [slot.scherm.windowTitle()]

    qtbot.keyClick(slot.scherm.knop, Qt.Key.Key_Return)  # unlock
    assert not slot.controller.vergrendeld and not slot.controller.gesprek_wacht
    assert not slot.scherm.gesprek.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_F9)  # the waiting call opens
    qtbot.waitUntil(lambda: werkplek.model.beeld is not None, timeout=10_000)
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == BSN
