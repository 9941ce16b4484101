"""Every Tab stop of the main window shows that it has focus (WCAG 2.4.7); none is invisible.

The window at 1366×768 with a klantbeeld and a zaak open is walked with the Tab key, as an agent
does. Each stop is grabbed unfocused and focused: the two pictures must differ visibly (the
theme's focus ring), and the focused stop must be on screen (a size, shown, inside the window
and not scrolled out of sight).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.werkplek.settings import Instellingen, Rol
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.registreren import RegistratieDialoog
from tests.views.conftest import Werkplek
from tests.views.test_afgekapt import registraties  # noqa: F401 - the fixture
from tests.views.test_contacthistorie import wacht_op_maand

ZAAK = "ZAAK-2026-0000000001"
#: The window, and the widgets Tab visits in it in order.
Rondgang = tuple[MainWindow, list[QWidget]]
#: A pixel counts as changed when its red, green and blue together moved this much (of 765).
KLEURVERSCHIL = 96
#: A focus indication is visible when at least this many pixels changed (a 2 px ring around
#: even the smallest icon button is well over this).
MIN_PIXELS = 60


def zichtbaar_verschil(voor: QImage, na: QImage) -> int:
    """How many pixels differ clearly between two grabs of one widget."""
    if voor.size() != na.size():
        return voor.width() * voor.height()
    a = voor.convertToFormat(QImage.Format.Format_RGB32)
    b = na.convertToFormat(QImage.Format.Format_RGB32)
    anders = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if p == q:
                continue
            verschil = sum(abs(((p >> s) & 0xFF) - ((q >> s) & 0xFF)) for s in (0, 8, 16))
            anders += verschil >= KLEURVERSCHIL
    return anders


def naam(w: QWidget) -> str:
    tekst = w.text() if isinstance(w, QPushButton) else ""
    return f"{type(w).__name__} {tekst or w.accessibleName() or w.toolTip()!r}"


def tab_stops(qtbot: Any, begin: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``begin`` until it comes back round."""
    begin.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(begin.hasFocus)
    stops: list[QWidget] = []
    for _ in range(200):
        w = QApplication.focusWidget()
        assert w is not None
        if w in stops:
            # round to the start: no widget keeps Tab to itself (a table's cells, say)
            assert w is begin, f"Tab stays in {naam(w)}"
            break
        stops.append(w)
        QTest.keyClick(w, Qt.Key.Key_Tab)
    return stops


def op_scherm(w: QWidget, window: QWidget) -> bool:
    """Shown, with a size, inside the window and not clipped away by a scroll area."""
    if not w.isVisible() or w.width() <= 0 or w.height() <= 0:
        return False
    vak = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
    return window.rect().intersects(vak) and not w.visibleRegion().isEmpty()


def venster_met_zaak(qtbot: Any, w: Werkplek, reg: Registraties) -> MainWindow:
    window = MainWindow(w.model, w.sessie, oefenomgeving=True, registraties=reg)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    w.sessie.open_persoon(VOORBEELD_BSN, ZAAK)
    qtbot.waitUntil(w.model.is_klaar, timeout=15000)
    qtbot.waitUntil(lambda: w.model.zaak_detail is not None, timeout=15000)
    qtbot.wait(100)
    return window


@pytest.fixture
def rondgang(
    qtbot: Any,
    werkplek: Werkplek,
    registraties: Registraties,  # noqa: F811 - the imported fixture
) -> Rondgang:
    """The window with Suzanne Moulin's klantbeeld and a zaak open, and its Tab stops."""
    window = venster_met_zaak(qtbot, werkplek, registraties)
    return window, tab_stops(qtbot, window.zoekbalk.veld)


def controleer(qtbot: Any, window: QWidget, stops: list[QWidget]) -> tuple[list[str], list[str]]:
    """The stops out of sight when focused, and those that look the same focused or not."""
    onzichtbaar: list[str] = []
    zonder_focus: list[str] = []
    for i, stop in enumerate(stops):
        vorige = stops[i - 1]
        vorige.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(vorige.hasFocus)
        voor = stop.grab().toImage()
        stop.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(stop.hasFocus)
        if not op_scherm(stop, window):
            onzichtbaar.append(naam(stop))
        elif zichtbaar_verschil(voor, stop.grab().toImage()) < MIN_PIXELS:
            zonder_focus.append(naam(stop))
    return onzichtbaar, zonder_focus


@pytest.mark.parametrize("tab", [0, 1, 2, 3], ids=["zaken", "tijdlijn", "betalingen", "vragen"])
def test_every_tab_stop_shows_focus_and_is_on_screen(
    qtbot: Any, rondgang: Rondgang, tab: int
) -> None:
    window, stops = rondgang
    if tab:
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        stops = tab_stops(qtbot, window.zoekbalk.veld)
    else:
        soorten = {type(s).__name__ for s in stops}
        # the walk reaches the signalen, the tabs, the lists and the zaak pane
        assert {"QLineEdit", "QPushButton", "QTabBar", "QTableView", "QListView"} <= soorten
        assert any(s.property("signaal") for s in stops)
        assert any(window.zaakdetail.isAncestorOf(s) for s in stops)
    onzichtbaar, zonder_focus = controleer(qtbot, window, stops)
    assert onzichtbaar == [], "Tab stops out of sight when focused"
    assert zonder_focus == [], "Tab stops that show no focus"


def test_signalen_come_between_the_kop_and_the_tabs(
    rondgang: Rondgang,
) -> None:
    window, stops = rondgang
    chips = [i for i, s in enumerate(stops) if s.property("signaal")]
    assert chips == list(range(chips[0], chips[0] + len(window.signalen.chips)))
    tabbalk = stops.index(window.tabs.tabBar())
    assert chips[-1] + 1 == tabbalk  # reading order: the pills, then the tabs
    assert all(window.kop.isAncestorOf(stops[i]) for i in range(chips[0] - 2, chips[0]))


def test_no_scroll_area_is_a_tab_stop_that_draws_nothing(
    rondgang: Rondgang,
) -> None:
    window, stops = rondgang
    assert not [s for s in stops if isinstance(s, QScrollArea)]
    assert window.zaakdetail.vlak.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_contacthistorie_and_the_registration_dialog_show_focus_on_every_stop(
    qtbot: Any,
    werkplek: Werkplek,
    registraties: Registraties,  # noqa: F811 - the imported fixture
    sandbox_server: Any,
) -> None:
    wacht_op_maand(sandbox_server)
    instellingen = Instellingen(rol=Rol.TEAMLEIDER)
    window = MainWindow(
        werkplek.model,
        werkplek.sessie,
        oefenomgeving=True,
        registraties=registraties,
        instellingen=instellingen,
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    scherm = window.toon_contacthistorie()
    assert scherm is not None
    qtbot.waitUntil(lambda: not scherm.bezig, timeout=30000)
    fouten: list[str] = []
    for tab, begin in ((0, scherm.tabel), (1, scherm.tabs.tabBar())):
        scherm.tabs.setCurrentIndex(tab)
        qtbot.wait(100)
        stops = tab_stops(qtbot, begin)  # the date fields let Tab go (it walked their parts)
        assert scherm.van in stops and scherm.tot in stops
        onzichtbaar, zonder_focus = controleer(qtbot, window, stops)
        fouten += [f"out of sight: {n}" for n in onzichtbaar]
        fouten += [f"no focus shown: {n}" for n in zonder_focus]
    scherm.stop()

    window.toon_klantbeeld()
    window.registreer_contact()
    dialoog = window.findChild(RegistratieDialoog)
    assert dialoog is not None
    qtbot.waitUntil(lambda: dialoog.actor.count() > 0, timeout=10000)
    qtbot.wait(100)
    stops = tab_stops(qtbot, dialoog.blokken[0].onderwerp)
    assert len(stops) > 5
    onzichtbaar, zonder_focus = controleer(qtbot, dialoog, stops)
    fouten += [f"registration, out of sight: {n}" for n in onzichtbaar]
    fouten += [f"registration, no focus shown: {n}" for n in zonder_focus]
    assert fouten == []
