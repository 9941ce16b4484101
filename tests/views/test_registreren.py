"""Contact registreren over a real oefenomgeving: validation, memory, delivery, refusal, resend."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from klantbeeld.controllers.meldingen import Vraag
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.services.registraties.bezorger import Backoff, Bezorger
from klantbeeld.services.registraties.internetaken import TIJDZONE
from klantbeeld.services.registraties.journaal import Journaal
from klantbeeld.services.registraties.registratie import Medewerker, Registratie
from klantbeeld.services.werkplek.settings import DATA_ENV, Instellingen
from klantbeeld.services.werkplek.werkplekstaat import laad_werkplekstaat
from klantbeeld.views.bevestiging import Bezorging
from klantbeeld.views.klembord import wis_eigen
from klantbeeld.views.models.registratie_model import (
    GeweigerdModel,
    ZaakKeuze,
    ZakenKeuzeModel,
)
from klantbeeld.views.models.vragen_model import VragenModel
from klantbeeld.views.panels.signalen import bereken_signalen
from klantbeeld.views.panels.vragen import VragenPaneel
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.registreren import (
    GeweigerdDialoog,
    RegistratieDialoog,
    duur_tekst,
)
from tests.helpers import klantcontact_van, strengere_toelichting, taak_van
from tests.views.conftest import Werkplek

BSN = "999993653"
ZAAK = "ZAAK-2026-0000000001"
MARKUP = "<b>Dringend</b><script>alert(1)</script> & meer"
MEDEWERKER = Medewerker(identificatie="testagent@gemeente.example", naam="Test Agent")
NUL = Backoff(0.0, 0.0, 0.0)


@pytest.fixture(autouse=True)
def _eigen_werkplekstaat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kanaal memory starts fresh in every test."""
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))


@pytest.fixture
def registraties(eigen_werkplek: Werkplek, tmp_path: Path, qtbot: Any) -> Iterator[Registraties]:
    """A journal of its own and a real bezorger to the test's own oefenomgeving."""
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    client = eigen_werkplek.composer.klantinteracties
    assert client is not None
    reg = Registraties(journaal, Bezorger(journaal, client, backoff=NUL), MEDEWERKER)
    reg.start()
    yield reg
    task = asyncio.ensure_future(reg.sluit())
    qtbot.waitUntil(task.done, timeout=5000)


@pytest.fixture
def venster(qtbot: Any) -> QMainWindow:
    """A main window for the dialogs' parent and status bar."""
    window = QMainWindow()
    window.resize(1366, 768)
    qtbot.addWidget(window)
    window.show()
    return window


def _open_klantbeeld(qtbot: Any, w: Werkplek, zaak: str | None = ZAAK) -> None:
    w.sessie.open_persoon(BSN, zaak)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    if zaak:
        qtbot.waitUntil(lambda: w.model.gekozen_zaak is not None, timeout=10000)


def _dialoog(
    venster: QMainWindow, registraties: Registraties, w: Werkplek, **kw: Any
) -> RegistratieDialoog:
    return RegistratieDialoog.toon(venster, registraties, w.sessie, Instellingen(), **kw)


def _bewaard(qtbot: Any, dialoog: RegistratieDialoog) -> Registratie:
    with qtbot.waitSignal(dialoog.vastgelegd, timeout=3000) as blocker:
        assert dialoog.vastleggen(), dialoog.problemen.text()
    reg = blocker.args[0]
    assert isinstance(reg, Registratie)
    return reg


def _bezorgd(qtbot: Any, registraties: Registraties) -> None:
    qtbot.waitUntil(lambda: registraties.journaal.wachtend() == 0, timeout=15000)


def _wacht(qtbot: Any, coro: Any) -> Any:
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=10000)
    return task.result()


def kies(vraag: Vraag, tekst: str) -> None:
    """Answer a question of the message bridge as the window does: closed, then the choice."""
    if vraag.afgesloten is not None:
        vraag.afgesloten()
    keuze = next(k for k in vraag.keuzes if k.tekst == tekst)
    if keuze.actie is not None:
        keuze.actie()


def _kies_actor(qtbot: Any, dialoog: RegistratieDialoog, naam: str) -> str:
    qtbot.waitUntil(lambda: dialoog.actor.count() > 0, timeout=10000)
    index = next(i for i in range(dialoog.actor.count()) if dialoog.actor.itemText(i) == naam)
    dialoog.actor.setCurrentIndex(index)
    return str(dialoog.actor.currentData())


# -- validation: the words stay whole -----------------------------------------------------------


def test_every_problem_is_named_and_the_text_stays(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    dialoog = _dialoog(venster, registraties, eigen_werkplek)
    blok = dialoog.blokken[0]
    assert dialoog.partij.soort == "anoniem"
    assert "Anonieme beller" in dialoog.partij_label.text()
    assert dialoog.opslaan_knop.text() == "Nog niet vast te leggen: 1 punt"
    assert not dialoog.problemen.isVisible()  # no nagging before the first attempt

    assert not dialoog.vastleggen()
    assert dialoog.problemen.text() == "Vul het onderwerp in."
    assert blok.onderwerp.hasFocus() or not dialoog.isActiveWindow()

    blok.onderwerp.setEditText("Parkeren")
    lang = "x" * 1001
    blok.vraag.setPlainText(lang)
    assert blok.vraag.teller.text() == "1001 / 1000 — 1 te veel"
    assert blok.vraag.teller.te_lang
    assert "De vraag is 1001 tekens; Open Klant bewaart er hoogstens 1000" in (
        dialoog.problemen.text()
    )
    assert "1 teken korter" in dialoog.problemen.text()
    assert dialoog.opslaan_knop.text() == "Nog niet vast te leggen: 1 punt"
    assert "1001 tekens" in dialoog.opslaan_knop.toolTip()
    assert not dialoog.vastleggen()
    assert blok.vraag.toPlainText() == lang  # never cut
    assert registraties.journaal.wachtend() == 0 and dialoog.isVisible()

    blok.onderwerp.setEditText("o" * 201)
    assert blok.onderwerp_teller.text() == "201 / 200 — 1 te veel"
    assert "Het onderwerp is 201 tekens" in dialoog.problemen.text()
    blok.onderwerp.setEditText("Parkeren")
    blok.vraag.setPlainText("x" * 1000)
    blok.resultaat.setEditText("")
    assert "Kies het resultaat." in dialoog.problemen.text()
    blok.resultaat.setCurrentIndex(0)
    assert dialoog.opslaan_knop.text() == "Vastleggen"
    assert not dialoog.problemen.isVisible()


def test_contactverzoek_problems(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    dialoog = _dialoog(venster, registraties, eigen_werkplek, contactverzoek=True)
    assert dialoog.windowTitle() == "Contactverzoek maken"
    assert dialoog.verzoek.isVisibleTo(dialoog)
    assert not dialoog.nog_een_knop.isEnabled()  # one question per contactverzoek
    dialoog.blokken[0].onderwerp.setEditText("Terugbellen over afval")
    assert dialoog.blokken[0].resultaat.currentText() == "Contactverzoek gemaakt"
    assert not dialoog.vastleggen()
    assert "Kies aan wie het contactverzoek wordt toegewezen." in dialoog.problemen.text()
    _kies_actor(qtbot, dialoog, "Team Terugbellen (afdeling of team)")
    dialoog.terugbel.setEditText("0900-1234")
    assert "geen geldig telefoonnummer" in dialoog.problemen.text()
    dialoog.terugbel.setEditText("iemand@")
    assert "geen geldig e-mailadres" in dialoog.problemen.text()
    dialoog.terugbel.setEditText("06 12 34 56 78")
    dialoog.toelichting.setPlainText("t" * 980)  # the deadline line is sent with it
    regel = f"\n\nTerugbellen vóór: {dialoog._deadline().strftime('%d-%m-%Y %H:%M')}"
    verzonden = 980 + len(regel)
    assert dialoog.toelichting.teller.text() == f"{verzonden} / 1000 — {verzonden - 1000} te veel"
    assert dialoog.toelichting.teller.te_lang
    assert "De toelichting (met de deadline) is" in dialoog.problemen.text()
    dialoog.toelichting.setPlainText("Na 14:00 bellen.")
    assert dialoog.problemen_lijst() == []
    dialoog.verzoek_keuze.setChecked(False)
    assert dialoog.nog_een_knop.isEnabled()
    assert dialoog.windowTitle() == "Contact registreren"


# -- memory, proposals, drafts -----------------------------------------------------------------


def test_kanaal_is_remembered_between_dialogs(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    eerste = _dialoog(venster, registraties, eigen_werkplek)
    assert eerste.kanaal.currentData() == "telefoon"
    eerste.kanaal.setCurrentIndex(eerste.kanaal.findData("balie"))
    eerste.blokken[0].onderwerp.setEditText("Paspoort of ID-kaart")
    reg = _bewaard(qtbot, eerste)
    assert reg.kanaal == "Balie"
    assert laad_werkplekstaat().laatste_kanaal == "balie"
    # the confirmation stays in the window (not a status-bar text that vanishes)
    assert eerste.bevestiging_paneel is not None
    assert eerste.bevestiging_paneel.titel.text() == "Contact vastgelegd"
    tweede = _dialoog(venster, registraties, eigen_werkplek)
    assert tweede is not eerste
    assert tweede.kanaal.currentData() == "balie"


def test_zaak_on_screen_is_proposed_and_duration_counts_from_the_klantbeeld(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    from klantbeeld.views.registreren import ContactKlok

    ContactKlok.voor(eigen_werkplek.model)  # as the window does when it is built
    _open_klantbeeld(qtbot, eigen_werkplek)
    start = ContactKlok.voor(eigen_werkplek.model).start
    assert start is not None
    dialoog = _dialoog(venster, registraties, eigen_werkplek)
    assert dialoog.start == start
    assert re.fullmatch(r"Gestart \d\d:\d\d · duur \d\d:\d\d", dialoog.duur.text())
    gekozen = eigen_werkplek.model.gekozen_zaak
    assert gekozen is not None
    blok = dialoog.blokken[0]
    assert blok.zaken_model.gekozen() == [gekozen.zaak.uuid]
    assert blok.zaken_model.keuzes()[0].identificatie == ZAAK  # the zaak on screen first
    assert blok.zaken_model.rowCount() == 8
    assert "Suzanne" in dialoog.partij_label.text() and "*****3653" in dialoog.partij_label.text()
    assert BSN not in dialoog.partij_label.text()
    # onderwerp suggestions: the klant's zaaktypen first, then the configured list
    eerste = blok.onderwerp.itemText(0)
    assert eerste and eerste not in Instellingen().onderwerpen
    assert blok.onderwerp.findText("Parkeren") >= 0
    assert duur_tekst(192) == "03:12" and duur_tekst(3792) == "1:03:12"


def test_escape_empty_closes_typed_asks_and_a_draft_comes_back(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    leeg = _dialoog(venster, registraties, eigen_werkplek)
    qtbot.keyClick(leeg, Qt.Key.Key_Escape)
    assert not leeg.isVisible() and leeg.bevestiging is None

    dialoog = _dialoog(venster, registraties, eigen_werkplek)
    dialoog.blokken[0].onderwerp.setEditText("Afval en containers")
    dialoog.blokken[0].vraag.setPlainText(MARKUP)
    dialoog.reject()  # Esc
    vraag = dialoog.bevestiging
    assert vraag is not None and dialoog.isVisible()
    kies(vraag, "Verder typen")
    assert dialoog.isVisible()
    dialoog.reject()
    assert dialoog.bevestiging is not None
    kies(dialoog.bevestiging, "Bewaren als concept")
    assert not dialoog.isVisible()

    terug = _dialoog(venster, registraties, eigen_werkplek)
    assert terug.herstel.isVisible()
    assert terug.blokken[0].onderwerp.currentText() == "Afval en containers"
    assert terug.blokken[0].vraag.toPlainText() == MARKUP  # citizen markup stays text
    terug.reject()
    assert terug.bevestiging is not None
    kies(terug.bevestiging, "Weggooien")
    assert not terug.isVisible()
    opnieuw = _dialoog(venster, registraties, eigen_werkplek)
    assert not opnieuw.herstel.isVisible()
    assert opnieuw.blokken[0].vraag.toPlainText() == ""


def test_a_draft_belongs_to_its_klantbeeld_and_end_of_contact_closes_the_dialog(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    _open_klantbeeld(qtbot, eigen_werkplek, zaak=None)
    dialoog = _dialoog(venster, registraties, eigen_werkplek)
    dialoog.blokken[0].onderwerp.setEditText("Verhuizing")
    eigen_werkplek.sessie.beeindig_contact()
    assert not dialoog.isVisible()
    assert "Suzanne" not in dialoog.partij_label.text()
    anoniem = _dialoog(venster, registraties, eigen_werkplek)
    assert anoniem.blokken[0].onderwerp.currentText() == ""  # not the other caller's draft
    anoniem.reject()
    _open_klantbeeld(qtbot, eigen_werkplek, zaak=None)
    terug = _dialoog(venster, registraties, eigen_werkplek)
    assert terug.blokken[0].onderwerp.currentText() == "Verhuizing"


# -- delivery ----------------------------------------------------------------------------------


def test_two_questions_become_two_klantcontacten_and_show_at_once(
    qtbot: Any,
    venster: QMainWindow,
    registraties: Registraties,
    eigen_werkplek: Werkplek,
) -> None:
    _open_klantbeeld(qtbot, eigen_werkplek)
    voor = len(eigen_werkplek.model.beeld.klantcontacten)  # type: ignore[union-attr]
    dialoog = _dialoog(venster, registraties, eigen_werkplek)
    eerste = dialoog.blokken[0]
    eerste.onderwerp.setEditText("Omgevingsvergunning")
    eerste.vraag.setPlainText("Hoe staat mijn aanvraag ervoor?")
    eerste.antwoord.setPlainText("In behandeling; besluit volgt.")
    qtbot.keyClick(dialoog.nog_een_knop, Qt.Key.Key_Space)
    assert len(dialoog.blokken) == 2 and dialoog.blokken[1].titel.text() == "Vraag 2"
    tweede = dialoog.blokken[1]
    assert tweede.zaken_model.gekozen() == []
    tweede.onderwerp.setEditText("Afval en containers")
    tweede.vraag.setPlainText(MARKUP)
    tweede.resultaat.setEditText("Doorverbonden")
    with qtbot.waitSignal(dialoog.vastgelegd, timeout=3000) as blocker:
        qtbot.keyClick(tweede.vraag, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    reg: Registratie = blocker.args[0]
    assert not dialoog.isVisible()
    assert [v.onderwerp for v in reg.vragen] == ["Omgevingsvergunning", "Afval en containers"]
    assert reg.partij.soort == "bsn" and reg.partij.nummer == BSN
    assert reg.eind is not None and reg.start <= reg.eind
    beeld = eigen_werkplek.model.beeld
    assert beeld is not None
    assert len(beeld.klantcontacten) == voor + 2  # in the timeline at once
    assert beeld.klantcontacten[1].inhoud == MARKUP

    _bezorgd(qtbot, registraties)
    client = eigen_werkplek.composer.klantinteracties
    assert client is not None
    contacten = _wacht(qtbot, client.klantcontacten_van_bsn(BSN))
    per_nummer = {kc.referentienummer: kc for kc in contacten}
    kc1 = per_nummer[reg.referentienummer(0)]
    kc2 = per_nummer[reg.referentienummer(1)]
    gekozen = eigen_werkplek.model.gekozen_zaak
    assert gekozen is not None
    assert kc1.zaak_uuids == [gekozen.zaak.uuid] and kc2.zaak_uuids == []
    assert kc2.inhoud == MARKUP and kc1.kanaal == "Telefoon"


def test_anonymous_contact_is_delivered(
    qtbot: Any,
    venster: QMainWindow,
    registraties: Registraties,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
) -> None:
    dialoog = _dialoog(venster, registraties, eigen_werkplek)
    assert dialoog.blokken[0].zaken_model.rowCount() == 0
    assert dialoog.blokken[0].geen_zaken.isVisibleTo(dialoog)
    dialoog.blokken[0].onderwerp.setEditText("Melding openbare ruimte")
    reg = _bewaard(qtbot, dialoog)
    assert reg.partij.soort == "anoniem"
    _bezorgd(qtbot, registraties)
    kc = klantcontact_van(fresh_sandbox.sandbox.store, reg)
    assert kc["referentienummer"] == reg.referentienummer(0)


def test_contactverzoek_lands_as_internetaak_for_the_chosen_actor(
    qtbot: Any,
    venster: QMainWindow,
    registraties: Registraties,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
) -> None:
    _open_klantbeeld(qtbot, eigen_werkplek, zaak=None)
    dialoog = _dialoog(venster, registraties, eigen_werkplek, contactverzoek=True)
    beeld = eigen_werkplek.model.beeld
    assert beeld is not None and beeld.partij is not None
    bekend = {a.adres for a in beeld.partij.digitale_adressen}
    assert dialoog.terugbel.currentText() in bekend  # the klant's known number proposed
    actor = _kies_actor(qtbot, dialoog, "Team Terugbellen (afdeling of team)")
    dialoog.blokken[0].onderwerp.setEditText("Belastingen en WOZ")
    dialoog.terugbel.setEditText("06 1234 5678")
    dialoog.toelichting.setPlainText("Graag na 14:00 bellen.")
    deadline = dialoog._deadline()
    reg = _bewaard(qtbot, dialoog)
    assert reg.contactverzoek is not None
    assert reg.contactverzoek.terugbeladres is not None
    assert reg.contactverzoek.terugbeladres.adres == "0612345678"
    assert laad_werkplekstaat().laatste_actor == actor
    _bezorgd(qtbot, registraties)
    taak = taak_van(fresh_sandbox.sandbox.store, reg)
    assert [a["uuid"] for a in taak["toegewezenAanActoren"]] == [actor]
    assert f"Terugbellen vóór: {deadline.strftime('%d-%m-%Y %H:%M')}" in taak["toelichting"]
    assert "Graag na 14:00 bellen." in taak["toelichting"]
    # the next contactverzoek proposes the same actor
    volgende = _dialoog(venster, registraties, eigen_werkplek, contactverzoek=True)
    qtbot.waitUntil(lambda: volgende.actor.count() > 0, timeout=5000)
    assert volgende.actor.currentData() == actor


def test_a_refused_item_shows_its_text_and_is_corrected_and_resent(
    qtbot: Any,
    venster: QMainWindow,
    registraties: Registraties,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    strengere_toelichting(monkeypatch)
    dialoog = _dialoog(venster, registraties, eigen_werkplek, contactverzoek=True)
    _kies_actor(qtbot, dialoog, "Team Terugbellen (afdeling of team)")
    dialoog.blokken[0].onderwerp.setEditText("Klacht")
    dialoog.terugbel.setEditText("0612345678")
    lang = MARKUP + " " + "Uitleg. " * 60  # fits Open Klant (1000), not this server (400)
    dialoog.toelichting.setPlainText(lang)
    reg = _bewaard(qtbot, dialoog)
    qtbot.waitUntil(lambda: bool(registraties.geweigerd()), timeout=15000)
    item = registraties.geweigerd()[0]
    assert item.weigering is not None

    lijst = GeweigerdDialoog.toon(venster, registraties, eigen_werkplek.sessie, Instellingen())
    qtmodeltester.check(lijst.model)
    assert lijst.model.rowCount() == 1
    assert lijst.reden.toPlainText() == item.weigering.tekst  # the server's words, whole
    assert "toelichting" in lijst.reden.toPlainText()
    rij = lijst.model.index(0, GeweigerdModel.COL_PARTIJ)
    assert lijst.model.data(rij) == "Anoniem"
    assert lijst.model.data(lijst.model.index(0, GeweigerdModel.COL_ONDERWERP)) == "Klacht"
    uit = os.environ.get("KLANTBEELD_GEWEIGERD_PNG")
    if uit:
        lijst.resize(900, 560)
        qtbot.wait(50)
        lijst.grab().save(uit)

    correctie = lijst.corrigeer()
    assert correctie is not None
    assert correctie.windowTitle() == "Geweigerde registratie corrigeren"
    assert correctie.toelichting.toPlainText() == lang  # prefilled, markup as text
    assert correctie.blokken[0].onderwerp.currentText() == "Klacht"
    qtbot.waitUntil(lambda: correctie.actor.currentIndex() >= 0, timeout=5000)
    correctie.toelichting.setPlainText(MARKUP)
    with qtbot.waitSignal(correctie.vastgelegd, timeout=3000) as blocker:
        assert correctie.vastleggen(), correctie.problemen.text()
    assert blocker.args[0].id == reg.id
    qtbot.waitUntil(lambda: not registraties.geweigerd(), timeout=15000)
    _bezorgd(qtbot, registraties)
    qtbot.waitUntil(lambda: lijst.leeg.isVisible(), timeout=5000)
    taak = taak_van(fresh_sandbox.sandbox.store, reg)
    assert taak["toelichting"].startswith(MARKUP)


# -- models, plain text, picture ----------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    zaken = ZakenKeuzeModel()
    zaken.set_rows(
        [
            ZaakKeuze("0f6d7c1e-0000-4000-8000-000000000001", ZAAK, "Omgevingsvergunning", True),
            ZaakKeuze("0f6d7c1e-0000-4000-8000-000000000002", "ZAAK-2025-1", MARKUP, False),
        ],
        ["0f6d7c1e-0000-4000-8000-000000000002"],
    )
    qtmodeltester.check(zaken)
    assert zaken.gekozen() == ["0f6d7c1e-0000-4000-8000-000000000002"]
    zaken.setData(zaken.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert len(zaken.gekozen()) == 2
    assert zaken.data(zaken.index(5)) is None
    leeg = GeweigerdModel()
    qtmodeltester.check(leeg)


def test_free_text_labels_are_plain_text(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    dialoog = _dialoog(venster, registraties, eigen_werkplek)
    dialoog.blokken[0].onderwerp.setEditText(MARKUP)
    dialoog.vastleggen()
    for label in (dialoog.partij_label, dialoog.problemen, dialoog.actor_melding):
        assert label.textFormat() is Qt.TextFormat.PlainText
    rich = [
        label.text()
        for label in dialoog.findChildren(QLabel)
        if "<" in label.text() and label.textFormat() is not Qt.TextFormat.PlainText
    ]
    assert rich == []


def test_screenshot_of_the_dialog(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    _open_klantbeeld(qtbot, eigen_werkplek)
    dialoog = _dialoog(venster, registraties, eigen_werkplek, contactverzoek=True)
    qtbot.waitUntil(lambda: dialoog.actor.count() > 0, timeout=10000)
    dialoog.blokken[0].onderwerp.setEditText("Omgevingsvergunning")
    dialoog.blokken[0].vraag.setPlainText("Wanneer krijg ik een besluit over mijn aanbouw?")
    dialoog.toelichting.setPlainText("x" * 1010)
    dialoog.vastleggen()
    assert "De toelichting (met de deadline) is" in dialoog.problemen.text()
    assert "Kies aan wie" in dialoog.problemen.text()  # both named, not only the first
    dialoog.resize(960, 700)  # what it opens at on a 1366×768 screen
    qtbot.wait(50)
    assert dialoog.minimumSizeHint().width() <= 960
    uit = os.environ.get("KLANTBEELD_REGISTREREN_PNG")
    if uit:
        dialoog.grab().save(uit)


def test_the_window_opens_it_with_its_button_and_ctrl_t(
    qtbot: Any, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    from klantbeeld.views.main_window import MainWindow

    window = MainWindow(
        eigen_werkplek.model, eigen_werkplek.sessie, oefenomgeving=True, registraties=registraties
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.registreer_knop, Qt.MouseButton.LeftButton)
    dialogen = window.findChildren(RegistratieDialoog)
    assert len(dialogen) == 1 and dialogen[0].isVisible()
    window.maak_contactverzoek()  # Ctrl+T while open: the same dialog, now with a verzoek
    assert window.findChildren(RegistratieDialoog) == dialogen
    assert dialogen[0].verzoek_keuze.isChecked()
    dialogen[0].reject()  # nothing typed: closes without asking
    assert not dialogen[0].isVisible() and dialogen[0].bevestiging is None


def test_actoren_unreachable_is_said_with_a_retry(
    qtbot: Any,
    venster: QMainWindow,
    registraties: Registraties,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
) -> None:
    fresh_sandbox.sandbox.faults.down = {"klantinteracties"}
    dialoog = _dialoog(venster, registraties, eigen_werkplek, contactverzoek=True)
    qtbot.waitUntil(lambda: dialoog.actor_melding.isVisibleTo(dialoog), timeout=10000)
    assert dialoog.actor_melding.text().startswith("Afdelingen en medewerkers niet bereikbaar")
    assert dialoog.actor_opnieuw.isVisibleTo(dialoog)
    fresh_sandbox.sandbox.faults.down = set()
    qtbot.mouseClick(dialoog.actor_opnieuw, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialoog.actor.count() > 0, timeout=10000)
    assert not dialoog.actor_melding.isVisibleTo(dialoog)


def _verhuizing_getypt(
    qtbot: Any, registraties: Registraties, w: Werkplek
) -> tuple[Any, RegistratieDialoog]:
    """The main window on Suzanne's klantbeeld, "Verhuizing" typed in its registration dialog."""
    from klantbeeld.views.main_window import MainWindow

    window = MainWindow(w.model, w.sessie, oefenomgeving=True, registraties=registraties)
    qtbot.addWidget(window)
    window.show()
    _open_klantbeeld(qtbot, w, zaak=None)
    window.registreer_contact()
    dialoog = window.findChild(RegistratieDialoog)
    assert dialoog is not None
    dialoog.blokken[0].onderwerp.setEditText("Verhuizing")
    return window, dialoog


def test_ending_a_contact_with_unsaved_text_asks_first_then_forgets_it(
    qtbot: Any, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from klantbeeld.views.registreren import Concepten

    window, _dialoog = _verhuizing_getypt(qtbot, registraties, eigen_werkplek)
    window.beeindig_contact()
    vraag = window.vraag_onvastgelegd
    assert isinstance(vraag, QMessageBox) and vraag.isVisible()
    assert eigen_werkplek.model.beeld is not None  # nothing thrown away yet
    weg = next(b for b in vraag.buttons() if b.text() == "Weggooien en beëindigen")
    weg.click()
    qtbot.waitUntil(lambda: eigen_werkplek.model.beeld is None, timeout=2000)
    assert Concepten.voor(eigen_werkplek.sessie).concepten == {}  # no personal data kept


# -- contactverzoek by keyboard, KISS's shape, the lasting confirmation, the Vragen tab ---------


def _actief(qtbot: Any, dialoog: RegistratieDialoog) -> None:
    dialoog.activateWindow()
    qtbot.waitUntil(dialoog.isActiveWindow, timeout=3000)


def _focus(widget: Any) -> Any:
    """The widget that has focus, lifted to the dialog field it belongs to."""
    huidig = QApplication.focusWidget()
    while huidig is not None and huidig is not widget and huidig.parent() is not None:
        if isinstance(huidig, RegistratieDialoog):
            break
        huidig = huidig.parentWidget()
    return huidig


def test_a_contactverzoek_typed_by_keyboard_arrives_whole_as_kiss_writes_it(
    qtbot: Any,
    venster: QMainWindow,
    registraties: Registraties,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
) -> None:
    _open_klantbeeld(qtbot, eigen_werkplek, zaak=None)
    dialoog = _dialoog(venster, registraties, eigen_werkplek, contactverzoek=True)
    _kies_actor(qtbot, dialoog, "Team Terugbellen (afdeling of team)")
    _actief(qtbot, dialoog)
    onderwerp = dialoog.blokken[0].onderwerp
    onderwerp.setFocus()
    QTest.keyClicks(onderwerp.lineEdit(), "Afvalcontainer niet geleegd")
    dialoog.terugbel.setFocus()
    regel = dialoog.terugbel.lineEdit()
    regel.selectAll()
    QTest.keyClicks(regel, "06 1234 5678")
    # Tab from the number to the deadline, and Tab again leaves the deadline for the note
    QTest.keyClick(regel, Qt.Key.Key_Tab)
    assert _focus(dialoog.deadline) is dialoog.deadline
    deadline_voor = dialoog.deadline.dateTime()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert _focus(dialoog.toelichting) is dialoog.toelichting
    notitie = "Mevrouw is na 14:00 thuis; container staat al 2 weken vol."
    QTest.keyClicks(dialoog.toelichting, notitie)
    assert dialoog.deadline.dateTime() == deadline_voor  # nothing went into the date
    # Shift+Tab goes back to the deadline, and again back to the number
    QTest.keyClick(dialoog.toelichting, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focus(dialoog.deadline) is dialoog.deadline
    with qtbot.waitSignal(dialoog.vastgelegd, timeout=3000) as blocker:
        QTest.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    reg = blocker.args[0]
    assert isinstance(reg, Registratie) and reg.contactverzoek is not None
    assert reg.contactverzoek.toelichting == notitie

    # the confirmation lasts and says what to tell the citizen; it waits, then "verzonden"
    paneel = dialoog.bevestiging_paneel
    assert paneel is not None
    tekst = paneel.tekst()
    assert "Contactverzoek vastgelegd" in tekst and "Team Terugbellen" in tekst
    assert "U wordt uiterlijk" in tekst and "teruggebeld" in tekst
    assert "*****3653" in tekst and "0612345678" in tekst
    _bezorgd(qtbot, registraties)
    qtbot.waitUntil(lambda: paneel.status is Bezorging.VERZONDEN, timeout=10000)
    store = fresh_sandbox.sandbox.store
    kc = klantcontact_van(store, reg)
    assert paneel.referentienummer == kc["referentienummer"]
    assert f"Referentienummer voor de inwoner: {kc['referentienummer']}" in paneel.tekst()

    # Open Klant holds it as KISS writes a contactverzoek, the agent's note whole
    taak = taak_van(store, reg)
    assert taak["gevraagdeHandeling"] == "Contact opnemen met betrokkene"
    assert kc["onderwerp"] == "Afvalcontainer niet geleegd"
    assert taak["toelichting"].startswith(notitie + "\n\nTerugbellen vóór: ")
    # the callback number as a digitaal adres of the contact's betrokkene (KISS)
    bets = {
        b["uuid"] for b in store.all(ki.BETROKKENEN) if b["hadKlantcontact"]["uuid"] == kc["uuid"]
    }
    adressen = [
        a["adres"]
        for a in store.all(ki.DIGITALEADRESSEN)
        if (a.get("verstrektDoorBetrokkene") or {}).get("uuid") in bets
    ]
    assert adressen == ["0612345678"]

    # every reader sees a contactverzoek; the Vragen tab shows the number, copyable
    vragen = VragenPaneel(eigen_werkplek.model, eigen_werkplek.sessie)
    qtbot.addWidget(vragen)
    vragen.show()
    _open_klantbeeld(qtbot, eigen_werkplek, zaak=None)
    model = vragen.tabel_model

    def rij_van_taak() -> int:
        return next((r for r, rij in enumerate(model.rijen()) if rij.taak.uuid == taak["uuid"]), -1)

    qtbot.waitUntil(lambda: rij_van_taak() >= 0, timeout=10000)
    rij = rij_van_taak()
    assert model.index(rij, VragenModel.COL_SOORT).data() == "Contactverzoek"
    qtbot.waitUntil(
        lambda: model.index(rij_van_taak(), VragenModel.COL_TERUGBELLEN).data() == "0612345678",
        timeout=10000,
    )
    beeld = eigen_werkplek.model.beeld
    assert beeld is not None
    assert any(s.soort == "wacht:Contactverzoek" for s in bereken_signalen(beeld))
    vragen.tabel.selectRow(rij_van_taak())
    vragen.tabel.setFocus()
    klembord = QApplication.clipboard()
    klembord.clear()
    QTest.keySequence(vragen.tabel, QKeySequence(QKeySequence.StandardKey.Copy))
    assert klembord.text() == "0612345678"
    # end of contact clears what Klantbeeld put there, and nothing else
    assert wis_eigen() == 1 or klembord.supportsSelection()
    assert klembord.text() == ""
    klembord.setText("door de agent zelf gekopieerd")
    assert wis_eigen() == 0 and klembord.text() == "door de agent zelf gekopieerd"


def test_a_deadline_in_the_past_is_refused_with_the_reason(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    dialoog = _dialoog(venster, registraties, eigen_werkplek, contactverzoek=True)
    _kies_actor(qtbot, dialoog, "Team Terugbellen (afdeling of team)")
    dialoog.blokken[0].onderwerp.setEditText("Klacht")
    dialoog.terugbel.setEditText("0612345678")
    voorstel = dialoog._deadline()
    assert voorstel > datetime.now(UTC)  # a sensible default: the team's term
    assert voorstel.astimezone(TIJDZONE).hour == 12  # Team Terugbellen calls back before noon
    dialoog.deadline.zet(datetime.now(UTC) - timedelta(days=60))
    assert dialoog.problemen.isVisible()  # named at once, not only on saving
    assert "De deadline ligt in het verleden" in dialoog.problemen.text()
    assert not dialoog.vastleggen()
    assert registraties.journaal.wachtend() == 0 and dialoog.isVisible()
    # the agent's own choice is kept when the team changes
    eigen = datetime.now(UTC) + timedelta(days=3)
    dialoog.deadline.zet(eigen)
    _kies_actor(qtbot, dialoog, "KCC (afdeling of team)")
    assert abs((dialoog._deadline() - eigen).total_seconds()) < 60


def test_the_header_warns_for_a_deceased_person_and_an_onderwerp_proposes_its_zaak(
    qtbot: Any, venster: QMainWindow, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    eigen_werkplek.sessie.open_persoon("999970239")  # overleden in the oefenomgeving
    qtbot.waitUntil(eigen_werkplek.model.is_klaar, timeout=10000)
    dialoog = _dialoog(venster, registraties, eigen_werkplek)
    assert dialoog.persoon_waarschuwing.isVisible()
    assert dialoog.persoon_waarschuwing.text().startswith("Overleden")
    assert dialoog.persoon_waarschuwing.property("niveau") == "fout"
    dialoog.reject()

    _open_klantbeeld(qtbot, eigen_werkplek, zaak=None)
    dialoog = _dialoog(venster, registraties, eigen_werkplek)
    assert not dialoog.persoon_waarschuwing.isVisible()
    blok = dialoog.blokken[0]
    keuzes = blok.zaken_model.keuzes()
    soort = next(k.omschrijving for k in keuzes if k.omschrijving)
    passend = {k.uuid for k in keuzes if k.omschrijving == soort}
    assert blok.zaken_model.gekozen() == []
    blok.onderwerp.setEditText(soort)
    assert len(blok.zaken_model.gekozen()) == 1 and blok.zaken_model.gekozen()[0] in passend
    blok.onderwerp.setEditText("Iets anders")
    assert blok.zaken_model.gekozen() == []  # only our own proposal is taken back


def test_the_question_about_unsaved_text_is_the_windows_message_box(
    qtbot: Any, registraties: Registraties, eigen_werkplek: Werkplek
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, dialoog = _verhuizing_getypt(qtbot, registraties, eigen_werkplek)
    dialoog.reject()
    box = window.laatste_vraag
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert [b.text() for b in box.buttons()].count("Bewaren als concept") == 1
    assert box.defaultButton() is not None and box.defaultButton().text() == "Verder typen"
    next(b for b in box.buttons() if b.text() == "Bewaren als concept").click()
    qtbot.waitUntil(lambda: not dialoog.isVisible(), timeout=2000)
    assert eigen_werkplek.sessie.concepten.onvastgelegd(f"persoon:{BSN}")

    # A question still open when the contact ends: answering it later reaches nobody.
    window.registreer_contact()
    tweede = next(d for d in window.findChildren(RegistratieDialoog) if d.isVisible())
    assert tweede is not dialoog and tweede.herstel.isVisible()
    tweede.reject()
    box = window.laatste_vraag
    assert isinstance(box, QMessageBox) and box.isVisible()
    eigen_werkplek.sessie.beeindig_contact()
    assert not tweede.isVisible()
    next(b for b in box.buttons() if b.text() == "Weggooien").click()
    qtbot.wait(20)
    assert eigen_werkplek.sessie.concepten.onvastgelegd(f"persoon:{BSN}")  # nothing thrown away
