"""The main window over the oefenomgeving: search, load, end of contact, shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.klantbeeld.composer import Onderdeel
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.models.beeld import DeelStatus
from tests.views.conftest import Werkplek, venster


def test_oefenomgeving_is_unmistakable_and_search_has_focus(qtbot: Any, werkplek: Werkplek) -> None:
    window = venster(qtbot, werkplek)
    assert window.banner is not None and "OEFENOMGEVING" in window.banner.text()
    qtbot.waitUntil(lambda: window.zoekbalk.veld.hasFocus(), timeout=2000)


def test_enter_on_a_bsn_loads_every_panel(qtbot: Any, werkplek: Werkplek) -> None:
    window = venster(qtbot, werkplek)
    qtbot.keyClicks(window.zoekbalk.veld, VOORBEELD_BSN)
    qtbot.keyClick(window.zoekbalk.veld, Qt.Key.Key_Return)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    assert werkplek.model.status(Onderdeel.ZAKEN) is DeelStatus.KLAAR
    assert window.tabs.tabText(0) == "Zaken (8)"
    assert window.tabs.tabText(1).startswith("Tijdlijn (")
    assert int(window.tabs.tabText(1)[10:-1]) > 15  # contacts plus zaak events and payments


def test_end_of_contact_clears_everything(qtbot: Any, werkplek: Werkplek) -> None:
    window = venster(qtbot, werkplek)
    werkplek.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert werkplek.model.beeld is None
    assert window.zoekbalk.veld.text() == ""
    assert window.tabs.tabText(0) == "Zaken"


def _alle_teksten(window: MainWindow) -> str:
    """Every text the window holds: labels, fields, buttons, and every item model's cells."""
    from PySide6.QtCore import QAbstractItemModel, QModelIndex
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit

    teksten: list[str] = [window.windowTitle()]
    for widget in window.findChildren(QLabel):
        teksten.append(widget.text())
    for widget in window.findChildren(QLineEdit):
        teksten.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        teksten.append(widget.text())
        teksten.append(widget.toolTip())
    modellen: list[QAbstractItemModel] = [
        v.model() for v in window.findChildren(QAbstractItemView) if v.model()
    ]
    for model in modellen:
        for rij in range(model.rowCount(QModelIndex())):
            for kol in range(model.columnCount(QModelIndex())):
                waarde = model.data(model.index(rij, kol))
                if waarde is not None:
                    teksten.append(str(waarde))
    return "\n".join(teksten)


def test_end_of_contact_leaves_no_personal_data_in_any_widget(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window = venster(qtbot, werkplek)
    werkplek.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    zaak = werkplek.model.beeld.zaken[0] if werkplek.model.beeld else None
    werkplek.sessie.kies_zaak(zaak)
    qtbot.waitUntil(lambda: werkplek.model.zaak_detail is not None, timeout=10000)
    voor = _alle_teksten(window)
    persoonlijk = [
        "Moulin",
        "Suzanne",
        "Boterdiep",
        "3077",
        "0612345678",
        "s.moulin@example.nl",
        "3653",
        "ZAAK-2026-0000000001",
    ]
    assert all(p in voor for p in ["Moulin", "Boterdiep", "0612345678"])  # the test can fail
    window.beeindig_contact()
    na = _alle_teksten(window)
    for p in persoonlijk:
        assert p not in na, f"{p!r} is still on screen after Contact beëindigen"


def test_a_new_search_cancels_the_old_one(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    from klantbeeld.sandbox.seed.plan import ZWAAR_BSN

    fresh_sandbox.sandbox.faults.latency_ms = 150  # the first load is still under way ...
    window = venster(qtbot, eigen_werkplek)
    eigen_werkplek.sessie.open_persoon(ZWAAR_BSN)
    eigen_werkplek.sessie.open_persoon(VOORBEELD_BSN)  # ... when the agent searches again
    qtbot.waitUntil(eigen_werkplek.model.is_klaar, timeout=15000)
    beeld = eigen_werkplek.model.beeld
    assert beeld is not None and beeld.sleutel == VOORBEELD_BSN
    assert len(beeld.zaken) == 8 and len(beeld.klantcontacten) == 15
    qtbot.wait(400)  # anything of the heavy person still arriving would land now
    assert eigen_werkplek.model.beeld is beeld and len(beeld.zaken) == 8
    assert window.tabs.tabText(0) == "Zaken (8)"


def test_no_label_renders_citizen_markup_as_html(qtbot: Any, werkplek: Werkplek) -> None:
    from PySide6.QtWidgets import QLabel

    window = venster(qtbot, werkplek)
    werkplek.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
    beeld = werkplek.model.beeld
    assert beeld is not None
    assert any("<" in (c.inhoud or "") for c in beeld.klantcontacten)  # the seed has markup
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()[:60]


def test_f1_lists_every_shortcut_and_navigation_uncut_at_1366x768(
    qtbot: Any, werkplek: Werkplek
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QStyle

    from klantbeeld.views.sneltoetsen import OVERZICHT, SneltoetsenDialoog

    window = venster(qtbot, werkplek)
    (f1,) = [s for s in window._shortcuts if s.key() == QKeySequence("F1")]
    f1.activated.emit()  # what the key does (its delivery is Qt's business)
    qtbot.waitUntil(lambda: window.findChild(SneltoetsenDialoog) is not None, timeout=2000)
    dialoog = window.findChild(SneltoetsenDialoog)
    assert dialoog is not None and dialoog.isVisible()
    qtbot.waitExposed(dialoog)
    assert dialoog.width() <= 1366 and dialoog.height() <= 768
    tabel, model = dialoog.tabel, dialoog.model
    toetsen = {model.item(r, 0).text() for r in range(model.rowCount())}
    teksten = {model.item(r, 1).text() for r in range(model.rowCount())}
    assert model.rowCount() == len(OVERZICHT) + sum(len(g) for _, g in OVERZICHT)
    assert "Contact registreren" in teksten and "Ctrl+F of F2" in toetsen
    assert {"Tab of Shift+Tab", "↑ ↓ of PgUp PgDn", "Enter", "Ctrl++ of Ctrl+="} <= toetsen
    fm = tabel.fontMetrics()
    marge = 2 * (
        tabel.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tabel) + 1
    )
    for r in range(model.rowCount()):
        if r in dialoog.koppen:
            continue
        toets, tekst = model.item(r, 0).text(), model.item(r, 1).text()
        assert fm.horizontalAdvance(toets) + marge <= tabel.columnWidth(0), f"{toets} cut off"
        nodig = fm.boundingRect(
            QRect(0, 0, tabel.columnWidth(1) - marge, 10_000), Qt.TextFlag.TextWordWrap, tekst
        )
        assert nodig.height() <= tabel.rowHeight(r), f"{tekst} cut off"
    dialoog.close()
