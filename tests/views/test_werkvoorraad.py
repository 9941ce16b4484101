"""Te beantwoorden vragen over the oefenomgeving: the queue, opening one, answering, plain text."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from klantbeeld.app import OEFEN_GROEPEN, OEFEN_MEDEWERKER
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.services.registraties.bezorger import Backoff, Bezorger
from klantbeeld.services.registraties.journaal import Journaal
from klantbeeld.services.registraties.registratie import Medewerker
from klantbeeld.services.werkplek.settings import Instellingen
from klantbeeld.views.beantwoorden import MAX_ANTWOORD, BeantwoordDialoog, bevestiging
from klantbeeld.views.bevestiging import BevestigingDock, Bezorging
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.models.werkvoorraad_model import WerkvoorraadModel, WerkvoorraadRole
from klantbeeld.views.panels.vragen import VragenPaneel
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.registreren import RegistratieDialoog, onvastgelegd
from klantbeeld.views.werkvoorraad import WerkvoorraadDialoog
from tests.views.conftest import Werkplek

SUZANNE = "999993653"
#: The caller on the line when the agent opens the werkvoorraad.
BELLER = "999993847"
MARKUP = "Ik heb <b>al drie keer</b> gebeld <script>alert('x')</script>"
#: Where to save screenshots of the queue and the answer dialog (unset: not saved).
SCHERMAFDRUK_ENV = "KLANTBEELD_SCHERMAFDRUKKEN"


class Venster(QMainWindow):
    """Stands in for the main window: the parent that owns the registrations."""

    def __init__(self, registraties: Registraties) -> None:
        super().__init__()
        self.registraties = registraties


@pytest.fixture
def registraties(eigen_werkplek: Werkplek, tmp_path: Path, qtbot: Any) -> Iterator[Registraties]:
    """A real journal and bezorger delivering to the werkplek's own oefenomgeving."""
    client = eigen_werkplek.composer.klantinteracties
    assert client is not None
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    bezorger = Bezorger(journaal, client, backoff=Backoff(0.0, 0.0, 0.0), poll_s=0.05)
    ident, naam = OEFEN_MEDEWERKER
    regs = Registraties(journaal, bezorger, Medewerker(identificatie=ident, naam=naam))
    yield regs
    taak = asyncio.ensure_future(regs.sluit())
    qtbot.waitUntil(taak.done, timeout=10000)


@pytest.fixture
def instellingen() -> Instellingen:
    """Anouk de Boer with her teams, as in the oefenomgeving."""
    return Instellingen(medewerker_naam=OEFEN_MEDEWERKER[1], groepen=list(OEFEN_GROEPEN))


def open_wachtrij(
    qtbot: Any, w: Werkplek, registraties: Registraties, instellingen: Instellingen
) -> tuple[Venster, WerkvoorraadDialoog]:
    venster = Venster(registraties)
    qtbot.addWidget(venster)
    venster.resize(1366, 768)
    venster.show()
    dialoog = WerkvoorraadDialoog.toon(venster, w.sessie, registraties, instellingen)
    qtbot.waitUntil(lambda: dialoog.tabel_model.rowCount() > 0, timeout=10000)
    return venster, dialoog


def verwachte_taken(server: Any) -> set[str]:
    """The open internetaken of Anouk and her teams, straight from the store."""
    store = server.sandbox.store
    namen = {OEFEN_MEDEWERKER[1], *OEFEN_GROEPEN}
    actoren = {a["uuid"] for a in store.all(ki.ACTOREN) if a["naam"] in namen}
    return {
        t["uuid"]
        for t in store.all(ki.INTERNETAKEN)
        if t["status"] == "te_verwerken"
        and any(a["uuid"] in actoren for a in t["toegewezenAanActoren"])
    }


def rij_van(dialoog: WerkvoorraadDialoog, bsn: str) -> int:
    return next(i for i, r in enumerate(dialoog.tabel_model.rijen()) if r.vraag.bsn == bsn)


def schermafdruk(widget: QWidget, naam: str) -> None:
    map_ = os.environ.get(SCHERMAFDRUK_ENV)
    if map_:
        QApplication.processEvents()
        widget.grab().save(str(Path(map_) / naam))


def voeg_vraag_toe(server: Any, onderwerp: str, inhoud: str) -> tuple[str, str]:
    """An Open Inwoner-shaped question of Suzanne for KCC; returns (klantcontact, internetaak)."""
    store = server.sandbox.store
    ident = next(
        i for i in store.all(ki.IDENTIFICATOREN) if i["partijIdentificator"]["objectId"] == SUZANNE
    )
    partij = ident["identificeerdePartij"]["uuid"]
    kcc = next(a["uuid"] for a in store.all(ki.ACTOREN) if a["naam"] == "KCC")
    kc = "5f0c6a0e-0000-4000-8000-00000000c0de"
    store.put(
        ki.KLANTCONTACTEN,
        ki.klantcontact_obj(
            kc,
            kanaal=ki.KANAAL_FORMULIER,
            onderwerp=onderwerp,
            inhoud=inhoud,
            plaatsgevonden_op="2026-11-29T10:00:00Z",
        ),
    )
    store.put(
        ki.BETROKKENEN,
        ki.betrokkene_obj(
            "5f0c6a0e-0000-4000-8000-00000000be70",
            klantcontact_uuid=kc,
            partij_uuid=partij,
            contactnaam={"voornaam": "Suzanne", "achternaam": "Moulin"},
        ),
    )
    taak = "5f0c6a0e-0000-4000-8000-0000000074a4"
    store.put(
        ki.INTERNETAKEN,
        ki.internetaak_obj(
            taak,
            klantcontact_uuid=kc,
            actor_uuids=[kcc],
            gevraagde_handeling="Vraag beantwoorden",
            toelichting="",
            status="te_verwerken",
            toegewezen_op="2026-11-29T10:05:00Z",
            afgehandeld_op=None,
        ),
    )
    return kc, taak


# -- the queue ----------------------------------------------------------------------------------


def test_queue_has_the_open_questions_oldest_first_with_ages(
    qtbot: Any,
    qtmodeltester: Any,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    _, dialoog = open_wachtrij(qtbot, eigen_werkplek, registraties, instellingen)
    model = dialoog.tabel_model
    rijen = model.rijen()
    assert {r.vraag.uuid for r in rijen} == verwachte_taken(fresh_sandbox)
    assert len(rijen) >= 20
    momenten = [r.vraag.ontvangen for r in rijen]
    assert all(m is not None for m in momenten)
    assert momenten == sorted(momenten)  # type: ignore[type-var]
    dagen = [r.dagen for r in rijen]
    assert dagen == sorted(dagen, reverse=True)  # type: ignore[type-var]
    # Suzanne's web-form question: her name, the team, the age in days, over the term.
    rij = rijen[rij_van(dialoog, SUZANNE)]
    assert rij.vraag.kanaal == ki.KANAAL_FORMULIER
    assert rij.van == "Suzanne Moulin"
    assert rij.team == "KCC"
    row = rij_van(dialoog, SUZANNE)
    wacht = model.data(model.index(row, WerkvoorraadModel.COL_WACHT))
    assert wacht == f"{rij.dagen} dagen — te laat"
    assert model.data(model.index(row, 0), WerkvoorraadRole.TeLaatRole) is True
    wacht_index = model.index(row, WerkvoorraadModel.COL_WACHT)
    assert model.data(wacht_index, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert dialoog.aantal.text() == f"{len(rijen)} vragen"
    assert not dialoog.isModal()
    qtmodeltester.check(model)
    schermafdruk(dialoog, "werkvoorraad.png")


def test_a_source_down_says_so_and_retry_recovers(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    fresh_sandbox.sandbox.faults.down = {"klantinteracties"}
    venster = Venster(registraties)
    qtbot.addWidget(venster)
    dialoog = WerkvoorraadDialoog.toon(venster, eigen_werkplek.sessie, registraties, instellingen)
    qtbot.waitUntil(lambda: dialoog.opnieuw_knop.isVisible(), timeout=10000)
    assert dialoog.status.text().startswith("Klantinteracties niet bereikbaar")
    fresh_sandbox.sandbox.faults.down = set()
    qtbot.mouseClick(dialoog.opnieuw_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialoog.tabel_model.rowCount() > 0, timeout=10000)
    assert not dialoog.opnieuw_knop.isVisible()


# -- opening and answering ----------------------------------------------------------------------


def test_enter_opens_the_klantbeeld_and_the_answer_lands_linked_and_verwerkt(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    w = eigen_werkplek
    registraties.start()
    venster, dialoog = open_wachtrij(qtbot, w, registraties, instellingen)
    row = rij_van(dialoog, SUZANNE)
    vraag = dialoog.tabel_model.rijen()[row].vraag
    assert vraag.klantcontact is not None
    dialoog.tabel.setFocus()
    dialoog.tabel.selectRow(row)
    qtbot.keyClick(dialoog.tabel, Qt.Key.Key_Return)
    antwoord = dialoog.antwoord_dialoog
    assert antwoord is not None and antwoord.isVisible()
    assert not antwoord.isModal()
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    assert w.model.beeld is not None and w.model.beeld.sleutel == SUZANNE
    # The question in full, the default channel for a web-form question: e-mail.
    assert antwoord.vraag_tekst.toPlainText() == vraag.tekst
    assert antwoord.onderwerp.text() == vraag.onderwerp
    assert antwoord.gekozen_kanaal() == "e-mail"
    tekst = "Beste mevrouw Moulin,\n\nUw vergunning wordt deze week beoordeeld."
    antwoord.antwoord.setPlainText(tekst)
    assert antwoord.teller.text() == f"{len(tekst)} van {MAX_ANTWOORD} tekens"
    schermafdruk(antwoord, "beantwoorden.png")
    qtbot.mouseClick(antwoord.beantwoord_knop, Qt.MouseButton.LeftButton)
    # Confirmed at once, and the row is gone before the server knows.
    assert antwoord.bevestiging.text() == bevestiging("e-mail")
    assert antwoord.bevestiging.text() == (
        "Antwoord via e-mail vastgelegd; de inwoner ziet het als beantwoord in Mijn gemeente "
        "(Open Inwoner) zodra het verzonden is, meestal binnen een minuut."
    )
    # ... and a confirmation that lasts in the main window, turning to "verzonden"
    dock = venster.findChild(BevestigingDock, "bevestigingDock")
    assert dock is not None and dock.paneel is not None and dock.isVisible()
    paneel = dock.paneel
    assert paneel.titel.text() == "Antwoord vastgelegd"
    assert "Antwoord via: e-mail" in paneel.tekst()
    assert "zodra het verzonden is, meestal binnen een minuut" in paneel.tekst()
    assert vraag.uuid not in {r.vraag.uuid for r in dialoog.tabel_model.rijen()}
    schermafdruk(antwoord, "beantwoord.png")
    qtbot.waitUntil(lambda: registraties.journaal.wachtend() == 0, timeout=15000)
    qtbot.waitUntil(lambda: paneel.status is Bezorging.VERZONDEN, timeout=10000)
    assert "De inwoner ziet het antwoord nu in Mijn gemeente." in paneel.tekst()
    store = fresh_sandbox.sandbox.store
    links = [
        o
        for o in store.all(ki.ONDERWERPOBJECTEN)
        if (o.get("wasKlantcontact") or {}).get("uuid") == vraag.klantcontact.uuid
    ]
    assert len(links) == 1
    antwoord_kc = store.get(ki.KLANTCONTACTEN, links[0]["klantcontact"]["uuid"])
    assert antwoord_kc is not None
    assert antwoord_kc["reactie"] == tekst
    assert antwoord_kc["kanaal"] == "e-mail"
    taak = store.get(ki.INTERNETAKEN, vraag.uuid)
    assert taak is not None and taak["status"] == "verwerkt"
    # Refreshing keeps it out: the server now agrees.
    dialoog.ververs()
    qtbot.waitUntil(lambda: dialoog.ververs_knop.isEnabled(), timeout=10000)
    assert vraag.uuid not in {r.vraag.uuid for r in dialoog.tabel_model.rijen()}


def test_citizen_markup_is_shown_literally(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    _, taak = voeg_vraag_toe(fresh_sandbox, MARKUP, MARKUP + "\nTweede regel <i>ook</i>")
    _, dialoog = open_wachtrij(qtbot, eigen_werkplek, registraties, instellingen)
    model = dialoog.tabel_model
    row = next(i for i, r in enumerate(model.rijen()) if r.vraag.uuid == taak)
    assert model.data(model.index(row, WerkvoorraadModel.COL_ONDERWERP)) == MARKUP
    assert model.data(model.index(row, WerkvoorraadModel.COL_VAN)) == "Suzanne Moulin"
    antwoord = dialoog.open_vraag(model.rijen()[row].vraag)
    assert antwoord is not None
    assert antwoord.onderwerp.textFormat() == Qt.TextFormat.PlainText
    assert antwoord.onderwerp.text() == MARKUP
    assert antwoord.vraag_tekst.toPlainText() == MARKUP + "\nTweede regel <i>ook</i>"
    for label in antwoord.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text()


def test_a_too_long_answer_is_named_never_cut(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    _, dialoog = open_wachtrij(qtbot, eigen_werkplek, registraties, instellingen)
    antwoord = dialoog.open_vraag(dialoog.tabel_model.rijen()[0].vraag)
    assert antwoord is not None
    tekst = "x" * (MAX_ANTWOORD + 3)
    antwoord.antwoord.setPlainText(tekst)
    assert "3 te veel" in antwoord.teller.text()
    qtbot.mouseClick(antwoord.beantwoord_knop, Qt.MouseButton.LeftButton)
    assert antwoord.melding.isVisible()
    assert "3 tekens korter" in antwoord.melding.text()
    assert antwoord.antwoord.toPlainText() == tekst
    assert antwoord.registratie is None
    assert registraties.journaal.wachtend() == 0
    assert dialoog.tabel_model.rowCount() > 0
    # An empty answer is refused too.
    antwoord.antwoord.setPlainText("   ")
    qtbot.mouseClick(antwoord.beantwoord_knop, Qt.MouseButton.LeftButton)
    assert antwoord.melding.text() == "Schrijf eerst het antwoord."


def test_beantwoorden_from_the_vragen_tab(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    registraties: Registraties,
) -> None:
    w = eigen_werkplek
    venster = Venster(registraties)
    qtbot.addWidget(venster)
    paneel = VragenPaneel(w.model, w.sessie, venster)
    venster.show()
    w.sessie.open_persoon(SUZANNE)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    rijen = paneel.tabel_model.rijen()
    row = next(i for i, r in enumerate(rijen) if r.soort == "Vraag")
    assert not paneel.beantwoord_knop.isEnabled() or paneel.tabel.currentIndex().isValid()
    paneel.tabel.setFocus()
    paneel.tabel.selectRow(row)
    assert paneel.beantwoord_knop.isEnabled()
    qtbot.keyClick(paneel.tabel, Qt.Key.Key_Return)
    dialogen = [d for d in venster.findChildren(BeantwoordDialoog) if d.isVisible()]
    assert len(dialogen) == 1
    vraag = dialogen[0].vraag
    assert vraag.uuid == rijen[row].taak.uuid
    assert vraag.bsn == SUZANNE
    assert vraag.klantcontact is not None
    assert dialogen[0].vraag_tekst.toPlainText() == (vraag.klantcontact.inhoud or "")
    assert dialogen[0].beantwoord_knop.isEnabled()
    # answered: out of the tab at once (the server agrees once it is delivered)
    dialogen[0].antwoord.setPlainText("Het besluit volgt deze week.")
    dialogen[0].beantwoorden()
    assert vraag.uuid not in {r.taak.uuid for r in paneel.tabel_model.rijen()}


def test_end_of_contact_wipes_queue_and_answer(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    w = eigen_werkplek
    venster, dialoog = open_wachtrij(qtbot, w, registraties, instellingen)
    row = rij_van(dialoog, SUZANNE)
    naam = dialoog.tabel_model.rijen()[row].van
    antwoord = dialoog.open_vraag(dialoog.tabel_model.rijen()[row].vraag)
    assert antwoord is not None
    antwoord.antwoord.setPlainText("Concept")
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    w.sessie.beeindig_contact()
    assert dialoog.tabel_model.rowCount() == 0
    assert not dialoog.isVisible()
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in venster.findChildren(BeantwoordDialoog)))
    teksten: list[str] = []
    for widget in QApplication.allWidgets():
        for attr in ("text", "toPlainText"):
            functie = getattr(widget, attr, None)
            if callable(functie):
                with contextlib.suppress(TypeError):
                    teksten.append(str(functie()))
    alles = "\n".join(teksten)
    assert naam not in alles
    assert SUZANNE not in alles


# -- never another citizen under the agent -----------------------------------------------------


def hoofdvenster_met_beller(
    qtbot: Any, w: Werkplek, registraties: Registraties, instellingen: Instellingen
) -> MainWindow:
    """The real main window at 1366×768 with the caller found through the search field."""
    window = MainWindow(
        w.model, w.sessie, oefenomgeving=True, registraties=registraties, instellingen=instellingen
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.zoekbalk.veld.hasFocus, timeout=2000)
    qtbot.keyClicks(window.zoekbalk.veld, BELLER)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_Return)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    return window


def wachtrij_van(qtbot: Any, window: MainWindow, *, f6: bool = True) -> WerkvoorraadDialoog:
    """F6, as the agent presses it (or its button), and the questions loaded."""
    if f6:
        qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_F6)
    else:
        window.toon_werkvoorraad()
    dialoog = window.findChild(WerkvoorraadDialoog)
    assert dialoog is not None
    qtbot.waitUntil(lambda: dialoog.tabel_model.rowCount() > 0, timeout=10000)
    return dialoog


def druk_enter_in_vraag(qtbot: Any, window: MainWindow) -> None:
    """Enter on the question, where the keyboard focus is."""
    vraag = window.vraag_wissel_dialoog
    assert vraag is not None
    qtbot.waitUntil(lambda: vraag.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vraag_wissel_dialoog is None, timeout=2000)


def test_f6_enter_on_another_citizens_question_asks_and_enter_keeps_the_caller(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    w = eigen_werkplek
    window = hoofdvenster_met_beller(qtbot, w, registraties, instellingen)
    assert w.model.beeld is not None and w.model.beeld.persoon is not None
    beller = w.model.beeld.persoon.volledige_naam
    dialoog = wachtrij_van(qtbot, window)
    dialoog.tabel.setFocus()
    dialoog.tabel.selectRow(rij_van(dialoog, SUZANNE))
    qtbot.keyClick(dialoog.tabel, Qt.Key.Key_Return)
    # Asked, naming both; nothing switched yet, no answer dialog.
    vraag = window.vraag_wissel_dialoog
    assert vraag is not None and vraag.isVisible()
    assert vraag.text() == (
        f"Er staat nog een klantbeeld open van {beller}.\n\n"
        "Contact beëindigen en Suzanne Moulin openen?"
    )
    assert vraag.textFormat() == Qt.TextFormat.PlainText
    assert vraag.defaultButton() is vraag.escapeButton()  # Enter is "Annuleren"
    assert w.model.beeld.sleutel == BELLER
    assert window.zoekbalk.veld.text() == BELLER
    assert not any(d.isVisible() for d in window.findChildren(BeantwoordDialoog))
    schermafdruk(window, "wissel-venster.png")
    schermafdruk(vraag, "wissel-vraag.png")
    # Enter: the caller stays, with the search field still theirs.
    druk_enter_in_vraag(qtbot, window)
    assert w.model.beeld is not None and w.model.beeld.sleutel == BELLER
    assert window.zoekbalk.veld.text() == BELLER
    assert not any(d.isVisible() for d in window.findChildren(BeantwoordDialoog))
    # Chosen deliberately: the contact ends, Suzanne and her question open, the field says so.
    qtbot.keyClick(dialoog.tabel, Qt.Key.Key_Return)
    vraag = window.vraag_wissel_dialoog
    assert vraag is not None
    door = next(b for b in vraag.buttons() if b.text() == "Contact &beëindigen en openen")
    qtbot.mouseClick(door, Qt.MouseButton.LeftButton)
    assert w.model.beeld is not None and w.model.beeld.sleutel == SUZANNE
    assert window.zoekbalk.veld.text() == SUZANNE
    antwoord = [d for d in window.findChildren(BeantwoordDialoog) if d.isVisible()]
    assert len(antwoord) == 1 and antwoord[0].vraag.bsn == SUZANNE
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)


def test_a_switch_over_an_unsaved_contact_defaults_to_saving_it(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    w = eigen_werkplek
    window = hoofdvenster_met_beller(qtbot, w, registraties, instellingen)
    window.registreer_contact()
    registratie = window.findChild(RegistratieDialoog)
    assert registratie is not None
    registratie.blokken[0].onderwerp.setEditText("Verhuizing")
    dialoog = wachtrij_van(qtbot, window, f6=False)  # the registration dialog has the keys
    assert dialoog.open_vraag(dialoog.tabel_model.rijen()[rij_van(dialoog, SUZANNE)].vraag) is None
    vraag = window.vraag_wissel_dialoog
    assert vraag is not None and vraag.isVisible()
    assert "U heeft dit contact nog niet vastgelegd." in vraag.text()
    assert vraag.defaultButton() is not None and vraag.defaultButton().text() == "Vastleggen"
    schermafdruk(vraag, "wissel-vraag-concept.png")
    druk_enter_in_vraag(qtbot, window)
    # Nothing lost, nobody switched: the registration is there to save.
    assert w.model.beeld is not None and w.model.beeld.sleutel == BELLER
    assert registratie.isVisible()
    assert registratie.blokken[0].onderwerp.currentText() == "Verhuizing"
    assert onvastgelegd(w.sessie, window)
    assert not any(d.isVisible() for d in window.findChildren(BeantwoordDialoog))
