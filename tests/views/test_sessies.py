"""Several contacts at once: one session per caller, as tabs, each ending on its own."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klantbeeld.controllers.sessies import Stand
from klantbeeld.sandbox.seed.plan import GEZIN_BSN, VOORBEELD_BSN, ZWAAR_BSN
from klantbeeld.services.werkplek.settings import Instellingen
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.registreren import RegistratieDialoog, onvastgelegd
from klantbeeld.views.werkvoorraad import WerkvoorraadDialoog
from tests.views.conftest import Werkplek
from tests.views.test_persoon import CTRL, CTRL_SHIFT, actief
from tests.views.test_werkvoorraad import instellingen, registraties, schermafdruk

__all__ = ["instellingen", "registraties"]  # the fixtures


def sessie_venster(qtbot: Any, w: Werkplek, **kw: Any) -> MainWindow:
    """The main window with up to 10 sessions, 1366×768, shown and active."""
    window = MainWindow(w.model, w.sessie, oefenomgeving=True, max_sessies=10, **kw)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    actief(qtbot, window)
    return window


def typ_en_zoek(qtbot: Any, window: MainWindow, tekst: str) -> None:
    """Type ``tekst`` in the current session's search field and press Enter."""
    window.zoekbalk.focus()
    window.zoekbalk.veld.clear()
    qtbot.keyClicks(window.zoekbalk.veld, tekst)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_Return)


def enter_in_vraag(qtbot: Any, window: MainWindow) -> None:
    """Enter on the question the bridge showed, where the keyboard focus is."""
    vraag = window.laatste_vraag
    assert vraag is not None
    qtbot.waitUntil(lambda: vraag.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def twee_bellers(qtbot: Any, w: Werkplek) -> MainWindow:
    """Suzanne in session 1; the heavy person, searched next, in session 2 (Enter: new)."""
    window = sessie_venster(qtbot, w)
    assert window.sessie_balk.isHidden()  # one session: no tabs, as before
    typ_en_zoek(qtbot, window, VOORBEELD_BSN)
    assert window.laatste_vraag is None  # an empty session: searched in it
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    typ_en_zoek(qtbot, window, ZWAAR_BSN)
    vraag = window.laatste_vraag
    assert vraag is not None and vraag.text() == "In deze sessie zoeken of in een nieuwe?"
    assert vraag.defaultButton() is not None
    assert vraag.defaultButton().text() == "&Nieuwe sessie"
    enter_in_vraag(qtbot, window)
    assert len(window.sessies.lijst) == 2 and window.sessies.index == 1
    qtbot.waitUntil(window.model.is_klaar, timeout=20000)
    actief(qtbot, window)
    return window


def test_a_second_caller_gets_a_session_of_their_own(qtbot: Any, werkplek: Werkplek) -> None:
    window = twee_bellers(qtbot, werkplek)
    assert window.sessie_balk.isVisible() and window.sessie_balk.count() == 2
    assert window.model.beeld is not None and window.model.beeld.sleutel == ZWAAR_BSN
    assert window.zoekbalk.veld.text() == ZWAAR_BSN
    # the first caller is untouched, and so is their search field
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == VOORBEELD_BSN
    assert window._zoekbalken[0].veld.text() == VOORBEELD_BSN
    assert window.sessie_balk.tabText(0).startswith("Suzanne Moulin · 0:")
    assert " · " in window.sessie_balk.tabText(1)
    schermafdruk(window, "sessies-twee.png")


def test_ctrl_tab_and_ctrl_number_switch_sessions(qtbot: Any, werkplek: Werkplek) -> None:
    window = twee_bellers(qtbot, werkplek)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_Tab, CTRL)
    assert window.sessies.index == 0 and window.model is werkplek.model
    assert window.blad_stapel.currentWidget() is window.blad and window.blad.isVisible()
    assert "Moulin" in window.kop.naam.text()
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_Backtab, CTRL_SHIFT)
    assert window.sessies.index == 1
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_1, CTRL)
    assert window.sessies.index == 0 and window.sessie_balk.currentIndex() == 0
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_2, CTRL)
    assert window.sessies.index == 1
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_9, CTRL)  # no ninth session: nothing
    assert window.sessies.index == 1


def test_ctrl_e_ends_only_the_current_session_which_enters_nawerk(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window = twee_bellers(qtbot, werkplek)
    tweede = window.sessie
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_E, CTRL)
    assert tweede.model.beeld is None and window.zoekbalk.veld.text() == ""
    assert window.sessies.stand(tweede) is Stand.NAWERK
    assert re.fullmatch(r"Nawerk [01]:\d\d", window.sessie_balk.tabText(1))
    assert "999970136" not in window.kop.naam.text()
    # the first caller is still there, on screen when switched to
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == VOORBEELD_BSN
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_1, CTRL)
    assert "Moulin" in window.kop.naam.text()
    # a search in the session in nawerk needs no question: it is empty
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_2, CTRL)
    typ_en_zoek(qtbot, window, GEZIN_BSN)
    assert window.sessies.index == 1 and len(window.sessies.lijst) == 2
    qtbot.waitUntil(lambda: window.model.beeld is not None, timeout=5000)
    assert window.sessies.stand(tweede) is Stand.CONTACT
    qtbot.waitUntil(window.model.is_klaar, timeout=10000)


def test_closing_a_tab_ends_that_session_and_removes_it(qtbot: Any, werkplek: Werkplek) -> None:
    window = twee_bellers(qtbot, werkplek)
    tweede = window.sessie
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_1, CTRL)
    window.sluit_sessie(1)
    assert len(window.sessies.lijst) == 1 and window.sessie_balk.isHidden()
    assert tweede.model.beeld is None
    assert window.sessies.index == 0 and window.model is werkplek.model
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == VOORBEELD_BSN
    assert window.blad.isVisible() and "Moulin" in window.kop.naam.text()
    assert window.zoekbalk.isVisible() and window.zoekbalk.veld.text() == VOORBEELD_BSN


def test_a_klant_asked_for_elsewhere_opens_in_its_own_session(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window = sessie_venster(qtbot, werkplek)
    typ_en_zoek(qtbot, window, VOORBEELD_BSN)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    gedaan: list[str] = []
    # as the werkvoorraad asks for a web-form question's citizen
    assert not werkplek.sessie.open_klant(
        "persoon", GEZIN_BSN, naam="Merel Kooyman", daarna=lambda: gedaan.append("antwoord")
    )
    assert window.vraag_wissel_dialoog is None  # nothing to ask: a session of its own
    assert len(window.sessies.lijst) == 2 and window.sessies.index == 1
    assert window.model.beeld is not None and window.model.beeld.sleutel == GEZIN_BSN
    assert gedaan == ["antwoord"]
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == VOORBEELD_BSN
    qtbot.waitUntil(window.model.is_klaar, timeout=10000)


def test_quitting_ends_every_session(qtbot: Any, werkplek: Werkplek) -> None:
    window = twee_bellers(qtbot, werkplek)
    sessies = list(window.sessies.lijst)
    window.close()
    assert all(s.model.beeld is None for s in sessies)


def test_one_session_only_keeps_todays_window(qtbot: Any, werkplek: Werkplek) -> None:
    window = MainWindow(werkplek.model, werkplek.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.show()
    actief(qtbot, window)
    typ_en_zoek(qtbot, window, VOORBEELD_BSN)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    typ_en_zoek(qtbot, window, GEZIN_BSN)  # replaces the klant, nothing asked
    assert window.laatste_vraag is None
    qtbot.waitUntil(
        lambda: werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == GEZIN_BSN,
        timeout=10000,
    )
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_Tab, CTRL)
    assert len(window.sessies.lijst) == 1 and window.sessie_balk.isHidden()
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)


def test_a_draft_asks_before_its_tab_closes_and_stays_with_its_session(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    w = eigen_werkplek
    window = sessie_venster(qtbot, w, registraties=registraties, instellingen=instellingen)
    w.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    tweede = window.nieuwe_sessie()
    assert tweede is not None
    tweede.open_persoon(GEZIN_BSN)
    qtbot.waitUntil(tweede.model.is_klaar, timeout=10000)
    window.registreer_contact()
    registratie = next(d for d in window.findChildren(RegistratieDialoog) if d.isVisible())
    assert registratie.sessie is tweede
    registratie.blokken[0].onderwerp.setEditText("Verhuizing")
    # the first session shown: the second one's registration waits, hidden
    window.sessies.kies(0)
    assert not registratie.isVisible() and not onvastgelegd(w.sessie, window)
    window.sessies.kies(1)
    assert registratie.isVisible()
    # closing the second tab asks first; nothing ends before the answer
    window.sessies.kies(0)
    window.sluit_sessie(1)
    vraag = window.vraag_onvastgelegd
    assert vraag is not None and vraag.text() == "U heeft dit contact nog niet vastgelegd."
    assert len(window.sessies.lijst) == 2 and tweede.model.beeld is not None
    weg = next(b for b in vraag.buttons() if b.text() == "Weggooien en beëindigen")
    qtbot.mouseClick(weg, Qt.MouseButton.LeftButton)
    assert len(window.sessies.lijst) == 1 and tweede.model.beeld is None
    assert w.model.beeld is not None and w.model.beeld.sleutel == VOORBEELD_BSN
    assert window.model is w.model


def test_a_web_form_question_from_the_werkvoorraad_opens_its_own_session(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    registraties: Registraties,
    instellingen: Instellingen,
) -> None:
    w = eigen_werkplek
    window = sessie_venster(qtbot, w, registraties=registraties, instellingen=instellingen)
    typ_en_zoek(qtbot, window, GEZIN_BSN)  # the caller on the line
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    window.toon_werkvoorraad()
    dialoog = window.findChild(WerkvoorraadDialoog)
    assert dialoog is not None
    qtbot.waitUntil(lambda: dialoog.tabel_model.rowCount() > 0, timeout=10000)
    rij = next(r for r in dialoog.tabel_model.rijen() if r.vraag.bsn == VOORBEELD_BSN)
    dialoog.open_vraag(rij.vraag)
    # no question: Suzanne and her question open in a session of their own
    assert window.vraag_wissel_dialoog is None
    antwoord = dialoog.antwoord_dialoog
    assert len(window.sessies.lijst) == 2 and window.sessies.index == 1
    assert antwoord is not None and antwoord.sessie is window.sessie
    assert window.model.beeld is not None and window.model.beeld.sleutel == VOORBEELD_BSN
    assert w.model.beeld is not None and w.model.beeld.sleutel == GEZIN_BSN  # the caller stays
    # the answer belongs to Suzanne's session: it hides while the caller's is shown
    window.sessies.kies(0)
    assert not antwoord.isVisible()
    window.sessies.kies(1)
    assert antwoord.isVisible()
    qtbot.waitUntil(window.model.is_klaar, timeout=10000)


def test_a_screen_pop_while_a_klant_is_on_screen_opens_a_new_session(
    qtbot: Any, werkplek: Werkplek
) -> None:
    from klantbeeld.services.klantbeeld.schermpop import lees_uri

    window = sessie_venster(qtbot, werkplek)
    window.toon_schermpop(lees_uri(f"klantbeeld:bsn?bsn={GEZIN_BSN}"))  # empty: in this one
    assert len(window.sessies.lijst) == 1
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    window.toon_schermpop(lees_uri(f"klantbeeld:bsn?bsn={VOORBEELD_BSN}"))
    assert len(window.sessies.lijst) == 2 and window.sessies.index == 1
    assert window.zoekbalk.veld.text() == VOORBEELD_BSN
    qtbot.waitUntil(window.model.is_klaar, timeout=10000)
    assert window.model.beeld is not None and window.model.beeld.sleutel == VOORBEELD_BSN
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == GEZIN_BSN
