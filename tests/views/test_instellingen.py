"""The settings dialog: sources with a modus, one Open Zaak server, profiles by name, locked fields.

Also the oefenomgeving bar that names the fictional sources, and Ctrl+, in the window.
"""

from __future__ import annotations

import json
import re
import socket
import sys
from pathlib import Path
from typing import Any

import keyring
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from klantbeeld.services.werkplek import secrets
from klantbeeld.services.werkplek.settings import (
    SCHEMA_VERSION,
    ApiNaam,
    AuthSoort,
    Bron,
    BronInstelling,
    Configuratie,
    Instellingen,
    Modus,
    Profiel,
    Rol,
    SiteInstellingen,
    lees_gebruiker,
    voeg_samen,
)
from klantbeeld.views.instellingen import InstellingenDialoog
from klantbeeld.views.main_window import MainWindow, oefen_balk
from tests.views.conftest import Werkplek

GEHEIM = "een-geheim-dat-nergens-in-een-bestand-mag-0123456789"
OZ = "https://openzaak.gemeente.example"
SITE_PAD = Path("/etc/xdg/klantbeeld/settings.json")


def dialoog(
    qtbot: Any, instellingen: Instellingen | Configuratie | None = None, **kwargs: Any
) -> InstellingenDialoog:
    d = InstellingenDialoog(instellingen or Instellingen(), **kwargs)
    qtbot.addWidget(d)
    d.open()
    return d


def kies_profiel(d: InstellingenDialoog, naam: str) -> None:
    """What the agent does: pick a name from the list, or type a new one and press Enter."""
    index = d.profiel.findData(naam)
    if index >= 0:
        d.profiel.setCurrentIndex(index)
        return
    edit = d.profiel.lineEdit()
    assert edit is not None
    edit.setText(naam)
    edit.editingFinished.emit()


def stel_in(d: InstellingenDialoog, bron: Bron, url: str, **velden: str) -> None:
    f = d.formulieren[bron]
    f.modus.setCurrentIndex(f.modus.findData(Modus.INGESTELD))
    f.url.setText(url)
    for naam, waarde in velden.items():
        getattr(f, naam).setText(waarde)


def test_one_open_zaak_server_with_one_secret(qtbot: Any, tmp_path: Path) -> None:
    pad = tmp_path / "settings.json"
    d = dialoog(qtbot, pad=pad)
    kies_profiel(d, "acceptatie")
    d.medewerker_id.setText("kcc-017")
    d.rol.setCurrentIndex(d.rol.findData(Rol.TEAMLEIDER))
    d.vertrouwelijkheid.setCurrentIndex(d.vertrouwelijkheid.findData("vertrouwelijk"))
    stel_in(d, Bron.OPENZAAK, OZ, client_id="klantbeeld", geheim=GEHEIM)
    oz = d.formulieren[Bron.OPENZAAK]
    oz.timeout.setValue(20)
    assert (d.max_sessies.value(), d.nawerk_s.value()) == (10, 60)  # the defaults
    assert (d.max_sessies.minimum(), d.max_sessies.maximum()) == (1, 10)
    d.max_sessies.setValue(3)
    d.nawerk_s.setValue(90)
    # The agent sees where the three APIs are before saving.
    assert oz.roots.text().splitlines() == [
        f"Zaken: {OZ}/zaken/api/v1",
        f"Catalogi: {OZ}/catalogi/api/v1",
        f"Documenten: {OZ}/documenten/api/v1",
    ]
    kvk = d.formulieren[Bron.KVK]
    kvk.modus.setCurrentIndex(kvk.modus.findData(Modus.UIT))
    with qtbot.waitSignal(d.bewaard, timeout=2000):
        d.bewaar()
    assert d.result() == QDialog.DialogCode.Accepted

    tekst = pad.read_text(encoding="utf-8")
    assert GEHEIM not in tekst
    assert json.loads(tekst)["schema_version"] == SCHEMA_VERSION
    opgeslagen = lees_gebruiker(pad)
    assert opgeslagen.profiel == "acceptatie"
    assert opgeslagen.rol is Rol.TEAMLEIDER and opgeslagen.max_vertrouwelijkheid == "vertrouwelijk"
    assert (opgeslagen.max_sessies, opgeslagen.nawerk_s) == (3, 90)
    profiel = opgeslagen.profielen["acceptatie"]
    assert profiel.modus(Bron.OPENZAAK) is Modus.INGESTELD
    assert profiel.modus(Bron.KVK) is Modus.UIT
    assert profiel.modus(Bron.BRP) is Modus.OEFENOMGEVING
    apis = opgeslagen.apis
    assert {apis[a].base_url for a in (ApiNaam.ZAKEN, ApiNaam.CATALOGI, ApiNaam.DOCUMENTEN)} == {
        f"{OZ}/zaken/api/v1",
        f"{OZ}/catalogi/api/v1",
        f"{OZ}/documenten/api/v1",
    }
    assert apis[ApiNaam.ZAKEN].auth is AuthSoort.ZGW_JWT and apis[ApiNaam.ZAKEN].timeout_s == 20
    assert keyring.get_password("klantbeeld", "acceptatie:openzaak") == GEHEIM
    for oud in ("zaken", "catalogi", "documenten"):
        assert keyring.get_password("klantbeeld", f"acceptatie:{oud}") is None
    assert secrets.lees_geheim("oefen", "openzaak") is None  # keyed per profile


def test_a_bad_or_missing_url_keeps_the_dialog_open_and_writes_nothing(
    qtbot: Any, tmp_path: Path
) -> None:
    pad = tmp_path / "settings.json"
    d = dialoog(qtbot, pad=pad)
    stel_in(d, Bron.BRP, "brp.gemeente.example/api")
    d.bewaar()
    assert d.isVisible()
    assert d.melding.isVisible() and d.melding.text().startswith("BRP: ")
    assert "https://" in d.melding.text()
    assert d.tabs.currentWidget() is d.formulieren[Bron.BRP]
    stel_in(d, Bron.BRP, "https://gw.example")
    stel_in(d, Bron.BETALINGEN, "")
    d.bewaar()
    assert d.melding.text() == "Betalingen: Vul het adres in, of kies 'Uit'."
    assert not pad.exists()


def test_any_profile_name_and_switching_keeps_the_edits(qtbot: Any, tmp_path: Path) -> None:
    pad = tmp_path / "settings.json"
    d = dialoog(qtbot, pad=pad)
    kies_profiel(d, "productie-zuid")
    stel_in(d, Bron.KLANTINTERACTIES, "https://openklant.zuid.example")
    kies_profiel(d, "test")
    assert d.formulieren[Bron.KLANTINTERACTIES].url.text() == ""
    assert d.formulieren[Bron.KLANTINTERACTIES].gekozen_modus is Modus.OEFENOMGEVING
    stel_in(d, Bron.BRP, "https://gw.test.example")
    kies_profiel(d, "productie-zuid")
    assert d.formulieren[Bron.KLANTINTERACTIES].url.text() == "https://openklant.zuid.example"
    assert d.profiel_uitleg.text() == "Een nieuwe naam typen maakt een nieuw profiel."
    with qtbot.waitSignal(d.bewaard, timeout=2000):
        d.bewaar()
    opgeslagen = lees_gebruiker(pad)
    assert opgeslagen.profiel == "productie-zuid"
    assert set(opgeslagen.profielen) == {"productie-zuid", "test"}  # untouched ones not saved
    assert opgeslagen.profielen["test"].modus(Bron.BRP) is Modus.INGESTELD


def test_a_profile_name_that_cannot_be_is_refused(qtbot: Any, tmp_path: Path) -> None:
    pad = tmp_path / "settings.json"
    d = dialoog(qtbot, pad=pad)
    edit = d.profiel.lineEdit()
    assert edit is not None
    edit.setText("../elders")
    d.bewaar()
    assert d.isVisible() and "profielnaam" in d.melding.text()
    assert not pad.exists()


def test_existing_settings_fill_the_form(qtbot: Any) -> None:
    inst = Instellingen(
        profiel="productie",
        profielen={
            "productie": Profiel(
                bronnen={
                    Bron.KLANTINTERACTIES: BronInstelling(
                        url="https://klant.example/klantinteracties/api/v1", timeout_s=15
                    ),
                    Bron.BETALINGEN: BronInstelling(modus=Modus.UIT),
                }
            )
        },
        medewerker_naam="B. Collega",
        max_sessies=4,
        nawerk_s=0,
    )
    secrets.bewaar_geheim("productie", "klantinteracties", GEHEIM)
    d = dialoog(qtbot, inst)
    ki = d.formulieren[Bron.KLANTINTERACTIES]
    assert ki.url.text() == "https://klant.example/klantinteracties/api/v1"
    assert ki.roots.text() == "https://klant.example/klantinteracties/api/v1"
    assert ki.auth_soort is AuthSoort.TOKEN and not ki.client_id.isEnabled()
    assert ki.geheim.text() == ""  # never shown
    assert "Opgeslagen" in ki.geheim.placeholderText()
    betalingen = d.formulieren[Bron.BETALINGEN]
    assert betalingen.gekozen_modus is Modus.UIT
    assert not betalingen.url.isEnabled() and not betalingen.test_knop.isEnabled()
    assert "niet ingesteld" in betalingen.roots.text()
    # Sources a real profile does not mention are off, not fictional.
    assert d.formulieren[Bron.BRP].gekozen_modus is Modus.UIT
    assert d.formulieren[Bron.BRP].auth_soort is AuthSoort.API_KEY_HEADER  # the spec's default
    kies_profiel(d, "acceptatie")
    assert "Nog geen geheim" in ki.geheim.placeholderText()
    assert d.medewerker_naam.text() == "B. Collega"
    assert d.max_sessies.value() == 4
    assert d.nawerk_s.value() == 0 and d.nawerk_s.text() == "geen nawerk"


def site_configuratie(gebruiker: Instellingen | None = None) -> Configuratie:
    site = SiteInstellingen.model_validate(
        {
            "profiel": "productie",
            "profielen": {
                "productie": {
                    "bronnen": {
                        "openzaak": {"url": OZ, "client_id": "klantbeeld"},
                        "brp": {"modus": "uit"},
                    }
                }
            },
            "beleid": {
                "profielen": ["productie", "acceptatie"],
                "max_vertrouwelijkheid": "vertrouwelijk",
            },
        }
    )
    return voeg_samen(site, gebruiker or Instellingen(), site_pad=SITE_PAD)


def test_what_the_administrator_locked_is_shown_locked_with_the_reason(
    qtbot: Any, tmp_path: Path
) -> None:
    pad = tmp_path / "settings.json"
    d = dialoog(qtbot, site_configuratie(), pad=pad)
    assert not d.profiel.isEditable()
    assert [d.profiel.itemText(i) for i in range(d.profiel.count())] == ["productie", "acceptatie"]
    assert str(SITE_PAD) in d.slot.text() and d.slot.isVisibleTo(d)
    oz = d.formulieren[Bron.OPENZAAK]
    assert oz.url.text() == OZ
    for veld in (oz.modus, oz.url, oz.auth, oz.client_id, oz.timeout, oz.tls):
        assert not veld.isEnabled()
    assert oz.tls.isChecked()
    assert oz.geheim.isEnabled()  # the secret is the agent's own
    assert not oz.slot.isHidden() and str(SITE_PAD) in oz.slot.text()
    assert d.profiel_uitleg.text() == "Profiel vastgelegd door uw beheerder."
    hoogste = d.vertrouwelijkheid.itemData(d.vertrouwelijkheid.count() - 1)
    assert hoogste == "vertrouwelijk"

    oz.geheim.setText(GEHEIM)
    with qtbot.waitSignal(d.bewaard, timeout=2000):
        d.bewaar()
    assert keyring.get_password("klantbeeld", "productie:openzaak") == GEHEIM
    data = json.loads(pad.read_text())
    assert data["profielen"] == {}  # the site's profile is not copied into the user file

    # An own profile under the site file: editable, but certificates are always checked.
    d2 = dialoog(qtbot, site_configuratie(), pad=pad)
    kies_profiel(d2, "acceptatie")
    ki = d2.formulieren[Bron.KLANTINTERACTIES]
    stel_in(d2, Bron.KLANTINTERACTIES, "https://acc.example")
    assert ki.url.isEnabled() and not ki.tls.isEnabled() and ki.tls.isChecked()
    assert "altijd gecontroleerd" in ki.tls.toolTip()


def test_verbinding_testen_one_source_over_real_http(qtbot: Any, sandbox_server: Any) -> None:
    creds = sandbox_server.sandbox.creds
    d = dialoog(qtbot)
    stel_in(
        d,
        Bron.OPENZAAK,
        sandbox_server.root,
        client_id=creds.zgw_client_id,
        geheim=creds.zgw_secret,
    )
    oz = d.formulieren[Bron.OPENZAAK]
    with qtbot.waitSignal(d.getest, timeout=5000) as signaal:
        qtbot.mouseClick(oz.test_knop, Qt.MouseButton.LeftButton)
        assert d.isVisible()  # the dialog stays usable while it tests
    assert signaal.args[0].ok
    assert re.fullmatch(
        r"Verbonden \(Zaken \d+ ms, Catalogi \d+ ms, Documenten \d+ ms\)", oz.uitslag.text()
    )
    assert oz.uitslag.property("niveau") == "succes"
    assert oz.test_knop.isEnabled()

    oz.geheim.setText("fout-geheim-0123456789abcdef0123456789")
    with qtbot.waitSignal(d.getest, timeout=5000):
        d.test(Bron.OPENZAAK)
    assert oz.uitslag.text().startswith("Zaken: Geen toegang: de sleutel of het geheim klopt niet")
    assert oz.uitslag.property("niveau") == "fout"
    assert oz.uitslag.textFormat() is Qt.TextFormat.PlainText


def test_a_source_on_the_oefenomgeving_tests_the_oefenomgeving(
    qtbot: Any, sandbox_server: Any
) -> None:
    d = dialoog(qtbot, oefen=sandbox_server.endpoints())
    kvk = d.formulieren[Bron.KVK]
    assert kvk.gekozen_modus is Modus.OEFENOMGEVING
    assert not kvk.url.isEnabled()
    with qtbot.waitSignal(d.getest, timeout=5000):
        d.test(Bron.KVK)
    assert kvk.uitslag.text().startswith("Verbonden (Zoeken ")
    assert kvk.uitslag.text().endswith("oefenomgeving")


def test_a_closed_port_is_named(qtbot: Any) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    d = dialoog(qtbot)
    stel_in(d, Bron.BETALINGEN, f"http://127.0.0.1:{poort}/betalingen/api/v1", geheim=GEHEIM)
    with qtbot.waitSignal(d.getest, timeout=5000):
        d.test(Bron.BETALINGEN)
    assert d.formulieren[Bron.BETALINGEN].uitslag.text() == "Niet bereikbaar: verbinding geweigerd"


def test_closing_cancels_a_running_test(qtbot: Any) -> None:
    # A silent server on loopback: it accepts the connection and never answers.
    stil = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    stil.bind(("127.0.0.1", 0))
    stil.listen(8)
    try:
        d = dialoog(qtbot)
        poort = stil.getsockname()[1]
        stel_in(d, Bron.OPENZAAK, f"http://127.0.0.1:{poort}", client_id="kcc", geheim=GEHEIM)
        taak = d.test(Bron.OPENZAAK)
        assert taak is not None
        qtbot.wait(200)  # the request is in flight: connected, waiting for an answer
        assert not taak.done()
        d.reject()
        qtbot.waitUntil(taak.done, timeout=2000)
        assert taak.cancelled()
    finally:
        stil.close()


def test_the_dialog_fits_a_1366_by_768_screen(qtbot: Any) -> None:
    d = dialoog(qtbot, site_configuratie())
    d.tabs.setCurrentWidget(d.formulieren[Bron.OPENZAAK])
    # 768 less a title bar and a task bar: what the dialog needs and what it opens with.
    nodig = d.minimumSizeHint()
    assert nodig.width() <= 1366 and nodig.height() <= 680, nodig
    assert d.width() <= 1366 and d.height() <= 680
    assert "certificaten altijd controleren" in d.slot.text()


# -- the oefenomgeving bar --------------------------------------------------------------------


def test_the_bar_names_the_fictional_sources() -> None:
    alles = oefen_balk(None, alles=True)
    assert alles is not None and alles.text() == "OEFENOMGEVING — fictieve gegevens"
    gemengd = oefen_balk(["BRP", "KVK"], alles=False)
    assert gemengd is not None
    assert gemengd.text() == "OEFENOMGEVING — fictieve gegevens: BRP, KVK"
    assert gemengd.accessibleName() == "Oefenomgeving: fictieve gegevens van BRP, KVK"
    assert oefen_balk([], alles=False) is None  # all real: no bar


def test_the_window_shows_the_bar_and_what_is_missing(qtbot: Any, werkplek: Werkplek) -> None:
    window = MainWindow(
        werkplek.model,
        werkplek.sessie,
        oefenomgeving=False,
        fictief=["Betalingen"],
        meldingen=["Voor Open Zaak is nog geen geheim opgeslagen."],
    )
    qtbot.addWidget(window)
    assert window.banner is not None
    assert window.banner.text().endswith(": Betalingen")
    assert window.start_melding is not None
    assert window.start_melding.text() == "Voor Open Zaak is nog geen geheim opgeslagen."
    echt = MainWindow(werkplek.model, werkplek.sessie, oefenomgeving=False)
    qtbot.addWidget(echt)
    assert echt.banner is None and echt.start_melding is None


def test_ctrl_comma_opens_the_dialog_without_blocking(
    qtbot: Any, werkplek: Werkplek, sandbox_server: Any
) -> None:
    window = MainWindow(
        werkplek.model,
        werkplek.sessie,
        oefenomgeving=True,
        oefen_endpoints=sandbox_server.endpoints(),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    (sneltoets,) = [s for s in window._shortcuts if s.key() == QKeySequence("Ctrl+,")]
    sneltoets.activated.emit()  # what the shortcut does (key delivery is Qt's business)
    geopend = [d for d in window.findChildren(InstellingenDialoog) if d.isVisible()]
    assert len(geopend) == 1  # returned at once: opened with .open(), not exec()
    d = geopend[0]
    assert d.isModal()
    # The running oefenomgeving can be tested from the dialog the window opened.
    with qtbot.waitSignal(d.getest, timeout=5000):
        d.test(Bron.BETALINGEN)
    assert d.formulieren[Bron.BETALINGEN].uitslag.text().endswith("oefenomgeving")
    d.reject()
    qtbot.mouseClick(window.instellingen_knop, Qt.MouseButton.LeftButton)
    assert any(d.isVisible() for d in window.findChildren(InstellingenDialoog))
    assert window.instellingen_knop.accessibleName() == "Instellingen"


def test_without_a_keyring_a_secret_is_refused_not_stored(qtbot: Any, tmp_path: Path) -> None:
    from keyring.backends import fail

    pad = tmp_path / "settings.json"
    oud = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        d = dialoog(qtbot, pad=pad)
        stel_in(d, Bron.KLANTINTERACTIES, "https://openklant.example", geheim=GEHEIM)
        assert "Nog geen geheim" in d.formulieren[Bron.KLANTINTERACTIES].geheim.placeholderText()
        d.bewaar()
    finally:
        keyring.set_keyring(oud)
    assert d.isVisible()
    assert d.melding.text().startswith("Bewaren lukte niet: Er is geen sleutelbos gevonden")
    assert "GNOME Sleutelbos" in d.melding.text() or sys.platform != "linux"
    assert not pad.exists()
