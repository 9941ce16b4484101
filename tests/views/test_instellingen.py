"""The settings dialog: secrets only in keyring, connection tests as tasks, Ctrl+, in the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import keyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from klantbeeld.services import secrets
from klantbeeld.services.settings import (
    SCHEMA_VERSION,
    ApiInstelling,
    ApiNaam,
    AuthSoort,
    Instellingen,
    Rol,
    laad_instellingen,
)
from klantbeeld.views.instellingen import InstellingenDialoog
from klantbeeld.views.main_window import MainWindow
from tests.views.conftest import Werkplek

GEHEIM = "een-geheim-dat-nergens-in-een-bestand-mag-0123456789"


def dialoog(
    qtbot: Any, instellingen: Instellingen | None = None, **kwargs: Any
) -> InstellingenDialoog:
    d = InstellingenDialoog(instellingen or Instellingen(), **kwargs)
    qtbot.addWidget(d)
    d.open()
    return d


def test_save_writes_the_file_without_the_secret(qtbot: Any, tmp_path: Path) -> None:
    pad = tmp_path / "settings.json"
    d = dialoog(qtbot, pad=pad)
    d.profiel.setCurrentIndex(d.profiel.findData("acceptatie"))
    d.medewerker_id.setText("kcc-017")
    d.medewerker_naam.setText("A. Medewerker")
    d.rol.setCurrentIndex(d.rol.findData(Rol.TEAMLEIDER))
    d.vertrouwelijkheid.setCurrentIndex(d.vertrouwelijkheid.findData("vertrouwelijk"))
    zaken = d.formulieren[ApiNaam.ZAKEN]
    zaken.url.setText("https://openzaak.gemeente.example/zaken/api/v1")
    zaken.client_id.setText("klantbeeld")
    zaken.geheim.setText(GEHEIM)
    zaken.timeout.setValue(20)
    with qtbot.waitSignal(d.bewaard, timeout=2000):
        d.bewaar()
    assert d.result() == QDialog.DialogCode.Accepted

    tekst = pad.read_text(encoding="utf-8")
    assert GEHEIM not in tekst
    data = json.loads(tekst)
    assert data["schema_version"] == SCHEMA_VERSION
    opgeslagen = laad_instellingen(pad)
    assert opgeslagen.profiel == "acceptatie"
    assert opgeslagen.rol is Rol.TEAMLEIDER
    assert opgeslagen.max_vertrouwelijkheid == "vertrouwelijk"
    assert opgeslagen.medewerker_id == "kcc-017"
    assert list(opgeslagen.apis) == [ApiNaam.ZAKEN]  # empty URLs: not used
    inst = opgeslagen.apis[ApiNaam.ZAKEN]
    assert inst.auth is AuthSoort.ZGW_JWT and inst.client_id == "klantbeeld"
    assert inst.timeout_s == 20
    assert secrets.lees_geheim("acceptatie", "zaken") == GEHEIM
    assert keyring.get_password("klantbeeld", "acceptatie:zaken") == GEHEIM
    assert secrets.lees_geheim("oefen", "zaken") is None  # keyed per profile


def test_a_bad_url_keeps_the_dialog_open_and_writes_nothing(qtbot: Any, tmp_path: Path) -> None:
    pad = tmp_path / "settings.json"
    d = dialoog(qtbot, pad=pad)
    brp = d.formulieren[ApiNaam.BRP]
    brp.url.setText("brp.gemeente.example/api")
    d.bewaar()
    assert d.isVisible()
    assert d.melding.isVisible() and d.melding.text().startswith("BRP: ")
    assert "https://" in d.melding.text()
    assert d.tabs.currentWidget() is brp
    assert not pad.exists()


def test_existing_settings_fill_the_form(qtbot: Any) -> None:
    inst = Instellingen(
        profiel="productie",
        apis={
            ApiNaam.KLANTINTERACTIES: ApiInstelling(
                base_url="https://klant.example/api/v1", auth=AuthSoort.TOKEN, timeout_s=15
            )
        },
        medewerker_naam="B. Collega",
    )
    secrets.bewaar_geheim("productie", "klantinteracties", GEHEIM)
    d = dialoog(qtbot, inst)
    ki = d.formulieren[ApiNaam.KLANTINTERACTIES]
    assert ki.url.text() == "https://klant.example/api/v1"
    assert ki.auth_soort is AuthSoort.TOKEN and not ki.client_id.isEnabled()
    assert ki.geheim.text() == ""  # never shown
    assert "Opgeslagen" in ki.geheim.placeholderText()
    d.profiel.setCurrentIndex(d.profiel.findData("acceptatie"))
    assert "Nog geen geheim" in ki.geheim.placeholderText()
    assert d.formulieren[ApiNaam.BRP].auth_soort is AuthSoort.API_KEY_HEADER  # the spec's default
    assert d.medewerker_naam.text() == "B. Collega"


def test_verbinding_testen_against_the_oefenomgeving(qtbot: Any, sandbox_server: Any) -> None:
    d = dialoog(qtbot)
    inst, geheim = sandbox_server.endpoints()[ApiNaam.KLANTINTERACTIES]
    ki = d.formulieren[ApiNaam.KLANTINTERACTIES]
    ki.url.setText(inst.base_url)
    ki.auth.setCurrentIndex(ki.auth.findData(inst.auth))
    ki.geheim.setText(geheim)
    with qtbot.waitSignal(d.getest, timeout=5000) as signaal:
        qtbot.mouseClick(ki.test_knop, Qt.MouseButton.LeftButton)
        assert d.isVisible()  # the dialog stays usable while it tests
    assert signaal.args[0].ok
    assert ki.uitslag.text().startswith("Verbonden (")
    assert ki.uitslag.property("niveau") == "succes"
    assert ki.test_knop.isEnabled()

    ki.geheim.setText("fout-geheim-0123456789abcdef0123456789")
    with qtbot.waitSignal(d.getest, timeout=5000):
        d.test(ApiNaam.KLANTINTERACTIES)
    assert ki.uitslag.text().startswith("Geen toegang: de sleutel of het geheim klopt niet (401)")
    assert ki.uitslag.property("niveau") == "fout"
    assert ki.uitslag.textFormat() is Qt.TextFormat.PlainText


def test_an_empty_url_tests_the_oefenomgeving(qtbot: Any, sandbox_server: Any) -> None:
    d = dialoog(qtbot, oefen=sandbox_server.endpoints())
    zaken = d.formulieren[ApiNaam.ZAKEN]
    assert sandbox_server.root in zaken.url.placeholderText()
    assert d.oefen_melding.isVisibleTo(d)
    with qtbot.waitSignal(d.getest, timeout=5000):
        d.test(ApiNaam.ZAKEN)
    assert zaken.uitslag.text().startswith("Verbonden (")
    assert zaken.uitslag.text().endswith("oefenomgeving")


def test_a_closed_port_is_named(qtbot: Any) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    d = dialoog(qtbot)
    betalingen = d.formulieren[ApiNaam.BETALINGEN]
    betalingen.url.setText(f"http://127.0.0.1:{poort}/betalingen/api/v1")
    betalingen.geheim.setText(GEHEIM)
    with qtbot.waitSignal(d.getest, timeout=5000):
        d.test(ApiNaam.BETALINGEN)
    assert betalingen.uitslag.text() == "Niet bereikbaar: verbinding geweigerd"


def test_closing_cancels_a_running_test(qtbot: Any) -> None:
    d = dialoog(qtbot)
    zaken = d.formulieren[ApiNaam.ZAKEN]
    zaken.url.setText("http://10.255.255.1/zaken/api/v1")
    zaken.client_id.setText("kcc")
    zaken.geheim.setText(GEHEIM)
    d.test(ApiNaam.ZAKEN)
    taak = d._taken[ApiNaam.ZAKEN]
    d.reject()
    qtbot.waitUntil(taak.done, timeout=2000)
    assert taak.cancelled()


def test_ctrl_comma_opens_the_dialog_without_blocking(qtbot: Any, werkplek: Werkplek) -> None:
    window = MainWindow(werkplek.model, werkplek.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    (sneltoets,) = [s for s in window._shortcuts if s.key() == QKeySequence("Ctrl+,")]
    sneltoets.activated.emit()  # what the shortcut does (key delivery is Qt's business)
    geopend = [d for d in window.findChildren(InstellingenDialoog) if d.isVisible()]
    assert len(geopend) == 1  # returned at once: opened with .open(), not exec()
    d = geopend[0]
    assert d.oefen_melding.isVisibleTo(d)
    assert d.isModal()
    d.reject()
    qtbot.mouseClick(window.instellingen_knop, Qt.MouseButton.LeftButton)
    assert any(d.isVisible() for d in window.findChildren(InstellingenDialoog))
    assert window.instellingen_knop.accessibleName() == "Instellingen"
