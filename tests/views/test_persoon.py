"""The person on screen: never switched silently, Ctrl+E from every focus, the clipboard wiped.

Also the keyboard around the klantbeeld: Esc closes the zaak pane, Alt+1..4 go into a tab, the
phone number and e-mail address copy by keyboard. Over the oefenomgeving, offscreen at 1366×768.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from klantbeeld.sandbox.seed.plan import GEZIN_BSN, VOORBEELD_BSN
from klantbeeld.services.contacthistorie.rijen import HistorieDetail
from klantbeeld.views import klembord
from klantbeeld.views.main_window import MainWindow
from tests.views.conftest import Werkplek, venster
from tests.views.test_contacthistorie import rij, teamleider_venster

SUZANNE_TELEFOON = "0612345678"
SUZANNE_EMAIL = "s.moulin@example.nl"
ZAAKNUMMER = "ZAAK-2026-0000000001"  # one of Suzanne's zaken
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _leeg_klembord() -> Iterator[None]:
    """Every test starts and ends with an empty clipboard and nothing remembered."""
    QGuiApplication.clipboard().clear()
    klembord.wis_eigen()
    yield
    QGuiApplication.clipboard().clear()
    klembord.wis_eigen()


def zoek(qtbot: Any, window: MainWindow, tekst: str) -> None:
    """Type ``tekst`` in the search field and press Enter, as the agent does; wait for it."""
    window.zoekbalk.focus()
    qtbot.keyClicks(window.zoekbalk.veld, tekst)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.beeld is not None, timeout=10000)
    qtbot.waitUntil(window.model.is_klaar, timeout=10000)


def actief(qtbot: Any, window: MainWindow) -> None:
    """The window has the keyboard (its shortcuts only work then)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def met_suzanne(qtbot: Any, werkplek: Werkplek) -> MainWindow:
    """The window, active, with Suzanne found through the search field."""
    window = venster(qtbot, werkplek)
    actief(qtbot, window)
    zoek(qtbot, window, VOORBEELD_BSN)
    return window


# -- the search field matches the person shown --------------------------------------------------


def test_the_search_field_always_names_the_klant_on_screen(qtbot: Any, werkplek: Werkplek) -> None:
    window = venster(qtbot, werkplek)
    # Found through a zaaknummer: the field keeps what the agent searched.
    zoek(qtbot, window, ZAAKNUMMER)
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == VOORBEELD_BSN
    assert window.zoekbalk.veld.text() == ZAAKNUMMER
    # F5 reloads the same klant: still the same search.
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_F5)
    assert window.zoekbalk.veld.text() == ZAAKNUMMER
    # Opened from elsewhere, after confirming: the field holds the new klant's BSN.
    assert not werkplek.sessie.open_klant("persoon", GEZIN_BSN, naam="Merel Kooyman")
    vraag = window.vraag_wissel_dialoog
    assert vraag is not None and vraag.isVisible()
    assert werkplek.model.beeld.sleutel == VOORBEELD_BSN  # not yet
    door = next(b for b in vraag.buttons() if b.text() == "Contact &beëindigen en openen")
    qtbot.mouseClick(door, Qt.MouseButton.LeftButton)
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == GEZIN_BSN
    assert window.zoekbalk.veld.text() == GEZIN_BSN
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    # With nothing on screen it opens at once, and a stale text in the field is replaced.
    actief(qtbot, window)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_E, CTRL)
    assert werkplek.model.beeld is None
    qtbot.keyClicks(window.zoekbalk.veld, "12345")
    assert werkplek.sessie.open_klant("persoon", VOORBEELD_BSN)
    assert window.vraag_wissel_dialoog is None
    assert window.zoekbalk.veld.text() == VOORBEELD_BSN
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    # The same klant asked for again: nothing to ask, nothing reloaded.
    assert werkplek.sessie.open_klant("persoon", VOORBEELD_BSN)
    assert window.vraag_wissel_dialoog is None and werkplek.model.is_klaar()


def test_a_klant_from_the_contact_history_asks_before_replacing_the_caller(
    qtbot: Any, werkplek: Werkplek, sandbox_server: Any
) -> None:
    window = teamleider_venster(werkplek, sandbox_server, qtbot)
    actief(qtbot, window)
    zoek(qtbot, window, VOORBEELD_BSN)
    scherm = window.toon_contacthistorie()
    assert scherm is not None
    # A contact of Merel Kooyman chosen in the history (its partij is known).
    scherm._detail = HistorieDetail(rij=rij(1), contactnaam="Merel Kooyman", bsn=GEZIN_BSN)
    assert scherm.open_klantbeeld()
    vraag = window.vraag_wissel_dialoog
    assert vraag is not None and "Contact beëindigen en Merel Kooyman openen?" in vraag.text()
    assert window.stapel.currentWidget() is scherm  # still in the history, nothing switched
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == VOORBEELD_BSN
    door = next(b for b in vraag.buttons() if b.text() == "Contact &beëindigen en openen")
    qtbot.mouseClick(door, Qt.MouseButton.LeftButton)
    assert window.stapel.currentIndex() == 0
    assert werkplek.model.beeld is not None and werkplek.model.beeld.sleutel == GEZIN_BSN
    assert window.zoekbalk.veld.text() == GEZIN_BSN
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    scherm.stop()


# -- Ctrl+E from every focus --------------------------------------------------------------------


class X11Toetsen(QObject):
    """What a text field does with Ctrl+E on X11, KDE and GNOME: it takes it as its own key.

    Ctrl+E is "end of line" there (QKeySequence.MoveToEndOfLine), and the field accepts the
    ShortcutOverride, so no window shortcut fires. The offscreen platform has Windows' key
    bindings (End only); installed on the application, this gives every text field the X11
    behaviour, before the widget's own event filters see the event (as Qt's own code would).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)
            and event.key() == Qt.Key.Key_E
            and event.modifiers() == CTRL
        ):
            event.accept()
        return False


@pytest.fixture
def x11_toetsen(qapp: QApplication) -> Iterator[None]:
    """Text fields take Ctrl+E, as on X11."""
    filter_ = X11Toetsen()
    qapp.installEventFilter(filter_)
    yield
    qapp.removeEventFilter(filter_)


def focusbare_widgets(window: MainWindow) -> list[QWidget]:
    """Every widget of the window (not of a dialog) the agent can put the focus on now."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.window() is window
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisible()
        and w.isEnabled()
    ]


@pytest.mark.usefixtures("x11_toetsen")
def test_ctrl_e_reaches_end_of_contact_from_every_focus(qtbot: Any, werkplek: Werkplek) -> None:
    window = met_suzanne(qtbot, werkplek)
    assert werkplek.model.beeld is not None
    werkplek.sessie.kies_zaak(werkplek.model.beeld.zaken[0])
    qtbot.waitUntil(lambda: werkplek.model.zaak_detail is not None, timeout=10000)
    qtbot.waitUntil(window.zaakdetail.isVisible, timeout=2000)
    # Count the shortcut instead of ending the contact, so every widget stays to be tried.
    ctrl_e = next(sc for sc in window._shortcuts if sc.key().toString() == "Ctrl+E")
    ctrl_e.activated.disconnect()
    keren: list[QWidget] = []
    widgets = focusbare_widgets(window)
    assert window.zoekbalk.veld in widgets and window.zaakdetail.sluit_knop in widgets
    assert len(widgets) > 25
    niet: list[str] = []
    for widget in widgets:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is window
        ctrl_e.activated.connect(lambda f=focus: keren.append(f))
        qtbot.keyClick(focus, Qt.Key.Key_E, CTRL)
        ctrl_e.activated.disconnect()
        if not keren or keren[-1] is not focus:
            niet.append(f"{type(focus).__name__} {focus.accessibleName()!r}")
    assert niet == []


@pytest.mark.usefixtures("x11_toetsen")
def test_ctrl_e_right_after_a_search_ends_the_contact(qtbot: Any, werkplek: Werkplek) -> None:
    window = met_suzanne(qtbot, werkplek)
    assert window.zoekbalk.veld.hasFocus()
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_E, CTRL)
    assert werkplek.model.beeld is None
    assert window.zoekbalk.veld.text() == ""
    # Ctrl+E keeps working in the field for the next caller.
    zoek(qtbot, window, VOORBEELD_BSN)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_E, CTRL)
    assert werkplek.model.beeld is None


# -- the clipboard ------------------------------------------------------------------------------


def test_phone_and_email_copy_by_keyboard_and_end_of_contact_clears_them(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window = met_suzanne(qtbot, werkplek)
    cb = QGuiApplication.clipboard()
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_T, CTRL_SHIFT)
    assert cb.text() == SUZANNE_TELEFOON
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_M, CTRL_SHIFT)
    assert cb.text() == SUZANNE_EMAIL
    # The copy buttons: in the Tab order right after the header's other buttons, named.
    knoppen = [v.knop for v in window.kop.contactvelden]
    assert [k.accessibleName() for k in knoppen] == [
        "Kopieer telefoonnummer",
        "Kopieer e-mailadres",
    ]
    assert knoppen[0].toolTip() == "Telefoonnummer kopiëren (Ctrl+Shift+T)"
    window.kop.bsn_knop.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.kop.bsn_knop, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is knoppen[0]
    qtbot.keyClick(knoppen[0], Qt.Key.Key_Space)
    assert cb.text() == SUZANNE_TELEFOON
    qtbot.keyClick(knoppen[0], Qt.Key.Key_E, CTRL)
    assert werkplek.model.beeld is None
    assert cb.text() == ""


def test_end_of_contact_leaves_what_was_copied_elsewhere_since(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window = met_suzanne(qtbot, werkplek)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_T, CTRL_SHIFT)
    cb = QGuiApplication.clipboard()
    assert cb.text() == SUZANNE_TELEFOON
    # Another application puts its own text there (offscreen: Klantbeeld does not own it).
    cb.setText("notitie uit een andere toepassing")
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_E, CTRL)
    assert werkplek.model.beeld is None
    assert cb.text() == "notitie uit een andere toepassing"


class NepKlembord:
    """A clipboard with a selection (as on X11), and who owns each mode."""

    def __init__(self) -> None:
        self.teksten = {QClipboard.Mode.Clipboard: "", QClipboard.Mode.Selection: ""}
        self.van_ons = {QClipboard.Mode.Clipboard: False, QClipboard.Mode.Selection: False}

    def supportsSelection(self) -> bool:
        return True

    def ownsClipboard(self) -> bool:
        return self.van_ons[QClipboard.Mode.Clipboard]

    def ownsSelection(self) -> bool:
        return self.van_ons[QClipboard.Mode.Selection]

    def text(self, modus: QClipboard.Mode = QClipboard.Mode.Clipboard) -> str:
        return self.teksten[modus]

    def setText(self, tekst: str, modus: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        self.teksten[modus] = tekst
        self.van_ons[modus] = True

    def clear(self, modus: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        self.teksten[modus] = ""

    def van_elders(self, modus: QClipboard.Mode, tekst: str) -> None:
        """Another application copies (or selects) ``tekst``."""
        self.teksten[modus] = tekst
        self.van_ons[modus] = False
        klembord._gewijzigd(modus)

    def door_ons(self, modus: QClipboard.Mode, tekst: str) -> None:
        """Klantbeeld itself, not through kopieer(): a label's text selected with the mouse."""
        self.teksten[modus] = tekst
        self.van_ons[modus] = True
        klembord._gewijzigd(modus)


@pytest.fixture
def nep(monkeypatch: pytest.MonkeyPatch) -> NepKlembord:
    """The clipboard helper working on a clipboard with a selection."""
    nep = NepKlembord()
    monkeypatch.setattr(klembord, "klembord", lambda: nep)
    monkeypatch.setattr(klembord, "_gevolgd", nep)
    monkeypatch.setattr(klembord, "_eigen", {})
    return nep


def test_kopieer_fills_clipboard_and_selection_and_wis_eigen_empties_both(
    nep: NepKlembord,
) -> None:
    klembord.kopieer(SUZANNE_TELEFOON)
    assert nep.teksten == {
        QClipboard.Mode.Clipboard: SUZANNE_TELEFOON,
        QClipboard.Mode.Selection: SUZANNE_TELEFOON,
    }
    assert klembord.heeft_eigen()
    assert klembord.wis_eigen() == 2
    assert nep.teksten == {QClipboard.Mode.Clipboard: "", QClipboard.Mode.Selection: ""}
    assert not klembord.heeft_eigen()


def test_a_selected_kvk_number_is_cleared_but_not_a_foreign_copy(nep: NepKlembord) -> None:
    klembord.kopieer(SUZANNE_TELEFOON)
    # The agent selects a KVK number in a label (X11 primary selection)...
    nep.door_ons(QClipboard.Mode.Selection, "68750110")
    # ... and copies a note from another application.
    nep.van_elders(QClipboard.Mode.Clipboard, "notitie")
    assert klembord.wis_eigen() == 1
    assert nep.teksten == {QClipboard.Mode.Clipboard: "notitie", QClipboard.Mode.Selection: ""}


def test_the_same_text_copied_elsewhere_is_left_alone(nep: NepKlembord) -> None:
    klembord.kopieer("0612345678")
    nep.van_elders(QClipboard.Mode.Clipboard, "0612345678")
    klembord.wis_eigen()
    assert nep.teksten[QClipboard.Mode.Clipboard] == "0612345678"
    assert nep.teksten[QClipboard.Mode.Selection] == ""


# -- the zaak pane and the tabs -----------------------------------------------------------------


def test_esc_closes_the_zaak_pane_and_returns_to_the_list(qtbot: Any, werkplek: Werkplek) -> None:
    window = met_suzanne(qtbot, werkplek)
    tabel = window.zaken.tabel
    tabel.setFocus(Qt.FocusReason.TabFocusReason)
    tabel.selectRow(0)
    qtbot.keyClick(tabel, Qt.Key.Key_Return)
    qtbot.waitUntil(window.zaakdetail.isVisible, timeout=2000)
    qtbot.keyClick(tabel, Qt.Key.Key_Escape)
    assert werkplek.model.gekozen_zaak is None
    assert not window.zaakdetail.isVisible()
    assert tabel.hasFocus()
    # From inside the pane too.
    qtbot.keyClick(tabel, Qt.Key.Key_Return)
    qtbot.waitUntil(window.zaakdetail.isVisible, timeout=2000)
    window.zaakdetail.sluit_knop.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.zaakdetail.sluit_knop, Qt.Key.Key_Escape)
    assert werkplek.model.gekozen_zaak is None
    assert tabel.hasFocus()
    # Esc in the search field is the field's: the klantbeeld stays.
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_Escape)
    assert werkplek.model.beeld is not None


def test_alt_1_to_4_put_the_focus_in_the_tab(qtbot: Any, werkplek: Werkplek) -> None:
    window = met_suzanne(qtbot, werkplek)
    lijsten = [
        window.zaken.tabel,
        window.tijdlijn.view,
        window.betalingen.view,
        window.vragen.tabel,
    ]
    for toets, index in (
        (Qt.Key.Key_2, 1),
        (Qt.Key.Key_3, 2),
        (Qt.Key.Key_4, 3),
        (Qt.Key.Key_1, 0),
    ):
        qtbot.keyClick(QApplication.focusWidget(), toets, Qt.KeyboardModifier.AltModifier)
        assert window.tabs.currentIndex() == index
        assert QApplication.focusWidget() is lijsten[index]
