"""The Inzage view: opened from its button, a BSN in, who looked out; closing forgets it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QPushButton

from klantbeeld.controllers.inzage import InzageController
from klantbeeld.services.verwerkingslog.instelling import (
    OEFEN_PSEUDONIEM_SLEUTEL,
    logboek_adres,
    maak_lezer,
)
from klantbeeld.services.verwerkingslog.journaal import VerwerkingJournaal
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog
from klantbeeld.services.werkplek.settings import Profiel
from klantbeeld.views.inzage import InzageDialoog, inzage_knop


def test_open_search_and_close(qtbot: Any, sandbox_server: Any, tmp_path: Path) -> None:
    journaal = VerwerkingJournaal(tmp_path / "v.sqlite3", sleutel=Fernet.generate_key())
    lezer, client = maak_lezer(
        logboek_adres(Profiel(), sandbox_server.root), OEFEN_PSEUDONIEM_SLEUTEL
    )
    log = Verwerkingslog(journaal, medewerker="teamleider@gemeente.example")
    venster = QMainWindow()
    qtbot.addWidget(venster)
    knop = inzage_knop(venster, lambda: InzageController(lezer, log))
    venster.statusBar().addPermanentWidget(knop)
    qtbot.mouseClick(knop, Qt.MouseButton.LeftButton)
    dialoog = venster.findChild(InzageDialoog)
    assert dialoog is not None and dialoog.isVisible()
    dialoog.bsn.setText("12345")
    qtbot.mouseClick(dialoog.zoek_knop, Qt.MouseButton.LeftButton)
    assert dialoog.status.text() == "Een BSN bestaat uit 9 cijfers."
    assert dialoog.status.property("niveau") == "fout"
    dialoog.bsn.setText("999993653")
    qtbot.keyClick(dialoog.bsn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialoog.status.property("niveau") == "", timeout=10000)
    qtbot.waitUntil(lambda: dialoog.zoek_knop.isEnabled(), timeout=10000)
    assert dialoog.status.text().endswith(("verwerking.", "verwerkingen.", "van dit BSN."))
    assert journaal.wachtend() == 1  # the look-up itself was recorded
    # A second click brings the same dialog forward.
    qtbot.mouseClick(knop, Qt.MouseButton.LeftButton)
    assert venster.findChildren(InzageDialoog) == [dialoog]
    dialoog.reject()
    assert dialoog.bsn.text() == "" and dialoog.controller.model.rowCount() == 0
    assert dialoog.status.text() == ""
    dicht = asyncio.ensure_future(client.aclose()) if client is not None else None
    if dicht is not None:
        qtbot.waitUntil(dicht.done, timeout=5000)
    journaal.close()


def test_the_main_window_offers_it_to_team_leads_only(
    qtbot: Any, werkplek: Any, tmp_path: Path
) -> None:
    from klantbeeld.services.werkplek.settings import Instellingen, Rol
    from klantbeeld.views.main_window import MainWindow

    journaal = VerwerkingJournaal(tmp_path / "v.sqlite3", sleutel=Fernet.generate_key())
    log = Verwerkingslog(journaal, medewerker="teamleider@gemeente.example")

    def maak() -> InzageController:
        return InzageController(None, log)

    gezien = {}
    for rol in Rol:
        venster = MainWindow(
            werkplek.model,
            werkplek.sessie,
            oefenomgeving=True,
            instellingen=Instellingen(rol=rol),
            inzage=maak,
        )
        qtbot.addWidget(venster)
        knoppen = [
            k
            for k in venster.statusBar().findChildren(QPushButton)
            if k.text() == "Inzage verwerkingslog"
        ]
        gezien[rol] = len(knoppen)
        if knoppen:
            qtbot.mouseClick(knoppen[0], Qt.MouseButton.LeftButton)
            dialoog = venster.findChild(InzageDialoog)
            assert dialoog is not None
            dialoog.bsn.setText("999993653")
            dialoog.zoek()
            assert dialoog.status.text() == "Er is geen logboek ingesteld om in te zien."
            dialoog.reject()
    assert gezien == {Rol.MEDEWERKER: 0, Rol.TEAMLEIDER: 1, Rol.BALIE: 0}
    journaal.close()
