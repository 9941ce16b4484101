"""No text cut off at 1366×768 unless a tooltip gives the whole: every main screen, measured.

A label, button or line-edit placeholder is cut when its text is wider than the room it gets
(Qt clips a label, it never wraps it by itself); a cell is cut when its DisplayRole text is wider
than its column (for a wrapping cell: than the lines its row holds). Either is allowed only when
the widget's or the cell's tooltip holds the whole text.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QWidget,
)

from klantbeeld.app import OEFEN_GROEPEN, OEFEN_MEDEWERKER
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services import taal
from klantbeeld.services.registraties.registratie import Medewerker
from klantbeeld.services.werkplek.settings import DATA_ENV, Instellingen, Rol
from klantbeeld.views.grafieken import BalkenGrafiek
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.platte_tekst import lijkt_opmaak
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.registreren import RegistratieDialoog
from klantbeeld.views.werkvoorraad import WerkvoorraadDialoog
from tests.views.conftest import Werkplek, open_registraties
from tests.views.test_contacthistorie import wacht_op_maand
from tests.views.test_platte_tekst import _getoond

ZAAK = "ZAAK-2026-0000000001"
ZWAAR_BSN = "999970136"
KVK = "68750110"
#: Rounding of font metrics: a text this much wider than its room is not called cut.
SPELING = 1
#: An alert (``QLabel[niveau]``) has a 4 px left border: its text starts after it.
RAND_ALERT = 5


def _heel_in(tekst: str, tip: object) -> bool:
    """True when the tooltip ``tip`` holds all of ``tekst`` (whitespace aside)."""
    if not isinstance(tip, str) or not tip:
        return False
    return " ".join(tekst.split()) in " ".join(_getoond(tip).split())


def _zonder_ampersand(tekst: str) -> str:
    """A button's or label's text as drawn: ``&&`` is one ampersand, a lone ``&`` marks a key."""
    return tekst.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Meting:
    """Walks the visible widgets and keeps each text that is cut without a tooltip."""

    def __init__(self) -> None:
        self.fouten: list[str] = []
        #: How many texts were measured, per kind: proves the walk reached them.
        self.gemeten = {"label": 0, "knop": 0, "veld": 0, "cel": 0, "kop": 0, "grafiek": 0}

    def kijk(self, waar: str) -> None:
        for w in QApplication.allWidgets():
            if w.isVisible() and not w.visibleRegion().isEmpty():
                self._widget(w, waar)

    def _fout(self, waar: str, w: QWidget, wat: str, nodig: int, ruimte: int) -> None:
        self.fouten.append(
            f"{waar}: {type(w).__name__} {wat[:70]!r} needs {nodig}px, has {ruimte}px"
        )

    def _widget(self, w: QWidget, waar: str) -> None:
        if isinstance(w, QLabel):
            self._label(w, waar)
        elif isinstance(w, QAbstractButton) and w.text():
            self._knop(w, waar)
        elif isinstance(w, QLineEdit) and not isinstance(w.parent(), QComboBox):
            self._veld(w, waar)
        elif isinstance(w, BalkenGrafiek):
            self._grafiek(w, waar)
        elif isinstance(w, QHeaderView) and w.model():
            self._koppen(w, waar)
        elif isinstance(w, QAbstractItemView) and w.model():
            self._view(w, waar)

    def _grafiek(self, grafiek: BalkenGrafiek, waar: str) -> None:
        """A bar chart shortens long labels to fit: hovering each bar must give it whole."""
        tips = {grafiek.tip_bij(y) for y in range(0, grafiek.height(), 2)}
        for label, aantal in grafiek.waarden():
            self.gemeten["grafiek"] += 1
            getal = taal.getal(aantal)  # the separator of the language shown
            if not any(_getoond(tip).startswith(f"{label}: {getal}") for tip in tips):
                self._fout(waar, grafiek, f"bar {label}", 0, 0)

    def _koppen(self, kop: QHeaderView, waar: str) -> None:
        model = kop.model()
        font = kop.font()
        font.setBold(True)  # the theme draws column titles semibold
        fm = QFontMetrics(font)
        for sectie in range(kop.count()):
            if kop.isSectionHidden(sectie) or kop.sectionSize(sectie) <= 0:
                continue
            tekst = model.headerData(sectie, kop.orientation(), Qt.ItemDataRole.DisplayRole)
            if not isinstance(tekst, str) or not tekst:
                continue
            self.gemeten["kop"] += 1
            nodig = fm.horizontalAdvance(tekst) + 2 * 8  # the section's padding (space_xs)
            tip = model.headerData(sectie, kop.orientation(), Qt.ItemDataRole.ToolTipRole)
            if nodig > kop.sectionSize(sectie) + SPELING and not _heel_in(tekst, tip):
                self._fout(waar, kop, f"column title {tekst}", nodig, kop.sectionSize(sectie))

    def _label(self, label: QLabel, waar: str) -> None:
        tekst = label.text()
        if tekst and label.property("niveau") and label.contentsRect().left() < RAND_ALERT:
            # the alert's thick left border is drawn over the first character
            self._fout(waar, label, f"alert without its padding: {tekst}", 0, 0)
        if not tekst or label.wordWrap():
            return
        if label.textFormat() != Qt.TextFormat.PlainText and lijkt_opmaak(tekst):
            tekst = _getoond(tekst)
        if label.textFormat() != Qt.TextFormat.PlainText or label.buddy() is not None:
            tekst = _zonder_ampersand(tekst)
        fm = QFontMetrics(label.font())
        ruimte = label.contentsRect().width() - 2 * label.margin() - max(0, label.indent())
        self.gemeten["label"] += 1
        for regel in tekst.splitlines():
            nodig = fm.horizontalAdvance(regel)
            if nodig > ruimte + SPELING and not _heel_in(regel, label.toolTip()):
                self._fout(waar, label, regel, nodig, ruimte)

    def _knop(self, knop: QAbstractButton, waar: str) -> None:
        self.gemeten["knop"] += 1
        nodig = knop.sizeHint().width()
        tekst = _zonder_ampersand(knop.text())
        if knop.width() + SPELING < nodig and not _heel_in(tekst, knop.toolTip()):
            self._fout(waar, knop, tekst, nodig, knop.width())

    def _veld(self, veld: QLineEdit, waar: str) -> None:
        tekst = veld.placeholderText()
        if not tekst or veld.text():
            return
        self.gemeten["veld"] += 1
        opt = QStyleOptionFrame()
        veld.initStyleOption(opt)
        vak = veld.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, veld)
        marges = veld.textMargins()
        links = veld.cursorRect().left()
        rechts = vak.right() - marges.right()
        # a widget inside the field on its right (the "BSN" hint, a clear button) takes room
        for kind in veld.findChildren(QWidget):
            if kind.isVisible() and kind.x() > veld.width() // 2:
                rechts = min(rechts, kind.x())
        ruimte = rechts - links - 2
        nodig = QFontMetrics(veld.font()).horizontalAdvance(tekst)
        if nodig > ruimte + SPELING and not _heel_in(tekst, veld.toolTip()):
            self._fout(waar, veld, f"placeholder {tekst}", nodig, ruimte)

    def _view(self, view: QAbstractItemView, waar: str) -> None:
        model = view.model()
        viewport = view.viewport().rect()
        try:
            kolommen = model.columnCount(QModelIndex())
        except TypeError:  # a list model: columnCount is private in the binding
            kolommen = 1
        for rij in range(model.rowCount(QModelIndex())):
            for kol in range(kolommen):
                index = model.index(rij, kol)
                vak = view.visualRect(index)
                if vak.isEmpty() or not vak.intersects(viewport):
                    continue
                tekst = index.data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(tekst, str) or not tekst.strip():
                    continue
                self.gemeten["cel"] += 1
                self._cel(view, index, tekst, vak.width(), vak.height(), waar)

    def _cel(
        self,
        view: QAbstractItemView,
        index: QModelIndex,
        tekst: str,
        breedte: int,
        hoogte: int,
        waar: str,
    ) -> None:
        font = index.data(Qt.ItemDataRole.FontRole) or view.font()
        fm = QFontMetrics(font)
        ruimte = breedte - 2 * 8  # the item padding (space_xs) on both sides
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            ruimte -= view.iconSize().width() + 4 if view.iconSize().isValid() else 20
        regels = tekst.splitlines() or [tekst]
        plaats = max(1, hoogte // fm.lineSpacing())
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        wrapt = isinstance(view, QTableView) and view.wordWrap()
        if wrapt and len(regels) == 1:
            nodig = fm.horizontalAdvance(tekst)
            past = nodig <= ruimte * plaats * 0.85 + SPELING
        else:
            nodig = max(fm.horizontalAdvance(r) for r in regels)
            past = nodig <= ruimte + SPELING
        if not past and not _heel_in(tekst, tip):
            self._fout(waar, view, tekst, nodig, ruimte)


@pytest.fixture
def registraties(
    werkplek: Werkplek, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Registraties]:
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    medewerker = Medewerker(identificatie=OEFEN_MEDEWERKER[0], naam=OEFEN_MEDEWERKER[1])
    with open_registraties(werkplek, tmp_path, qtbot, medewerker) as reg:
        yield reg


def _venster(qtbot: Any, w: Werkplek, registraties: Registraties, rol: Rol) -> MainWindow:
    instellingen = Instellingen(
        medewerker_naam=OEFEN_MEDEWERKER[1], groepen=list(OEFEN_GROEPEN), rol=rol
    )
    window = MainWindow(
        w.model, w.sessie, oefenomgeving=True, registraties=registraties, instellingen=instellingen
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    if schaal := os.environ.get("QT_SCALE_FACTOR"):  # run scaled by tests/views/test_schaal.py
        assert window.devicePixelRatio() == pytest.approx(float(schaal))
    return window


def _open(
    qtbot: Any, w: Werkplek, *, bsn: str = "", kvk: str = "", zaak: str | None = None
) -> None:
    if bsn:
        w.sessie.open_persoon(bsn, zaak)
    else:
        w.sessie.open_bedrijf(kvk, zaak)
    qtbot.waitUntil(w.model.is_klaar, timeout=20000)
    if zaak:
        qtbot.waitUntil(lambda: w.model.zaak_detail is not None, timeout=20000)
    qtbot.wait(100)


def _elke_tab(qtbot: Any, window: MainWindow, meting: Meting, waar: str) -> None:
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(60)
        meting.kijk(f"{waar}, tab {window.tabs.tabText(tab)}")
    window.tabs.setCurrentIndex(0)


def _sluit_dialogen(window: QWidget) -> None:
    for dialoog in window.findChildren(QDialog):
        dialoog.close()


def _dialoog(qtbot: Any, window: MainWindow) -> RegistratieDialoog:
    dialoog = window.findChild(RegistratieDialoog)
    assert dialoog is not None
    qtbot.waitUntil(lambda: dialoog.actor.count() > 0, timeout=10000)
    qtbot.wait(100)
    return dialoog


def _rapport(meting: Meting) -> str:
    return "\n".join(dict.fromkeys(meting.fouten))


def test_the_agents_screens_cut_no_text_without_a_tooltip(
    qtbot: Any, werkplek: Werkplek, registraties: Registraties
) -> None:
    window = _venster(qtbot, werkplek, registraties, Rol.MEDEWERKER)
    meting = Meting()
    meting.kijk("leeg")

    _open(qtbot, werkplek, bsn=VOORBEELD_BSN, zaak=ZAAK)
    _elke_tab(qtbot, window, meting, VOORBEELD_BSN)

    window.registreer_contact()
    _dialoog(qtbot, window)
    meting.kijk("Contact registreren")
    _sluit_dialogen(window)
    window.maak_contactverzoek()
    _dialoog(qtbot, window)
    meting.kijk("Contactverzoek")
    _sluit_dialogen(window)

    window.toon_sneltoetsen()
    qtbot.wait(60)
    meting.kijk("F1")
    _sluit_dialogen(window)

    dialoog = WerkvoorraadDialoog.toon(window, werkplek.sessie, registraties, window.instellingen)
    qtbot.waitUntil(lambda: dialoog.tabel_model.rowCount() > 0, timeout=10000)
    dialoog.tabel.selectRow(0)
    qtbot.wait(60)
    meting.kijk("werkvoorraad")
    _sluit_dialogen(window)

    _open(qtbot, werkplek, bsn=ZWAAR_BSN)
    _elke_tab(qtbot, window, meting, ZWAAR_BSN)
    _open(qtbot, werkplek, kvk=KVK)
    _elke_tab(qtbot, window, meting, KVK)

    assert meting.fouten == [], _rapport(meting)
    geen_grafiek = {k: v for k, v in meting.gemeten.items() if k != "grafiek"}
    assert all(geen_grafiek.values()), meting.gemeten  # the walk measured every kind


def test_the_team_leads_contacthistorie_cuts_no_text_without_a_tooltip(
    qtbot: Any,
    werkplek: Werkplek,
    registraties: Registraties,
    sandbox_server: Any,
    tmp_path: Path,
) -> None:
    wacht_op_maand(sandbox_server)
    window = _venster(qtbot, werkplek, registraties, Rol.TEAMLEIDER)
    scherm = window.toon_contacthistorie()
    assert scherm is not None
    qtbot.waitUntil(
        lambda: not scherm.bezig and scherm.tijd_klaar is not None and scherm.verzoeken_klaar,
        timeout=30000,
    )
    scherm.tabel.selectRow(0)
    taak = scherm.exporteer_naar(tmp_path / "historie.csv")
    assert taak is not None
    qtbot.waitUntil(taak.done, timeout=10000)
    qtbot.wait(100)
    assert scherm.export_melding.isVisible()
    meting = Meting()
    meting.kijk("contacthistorie")
    scherm.tabs.setCurrentIndex(1)
    scherm.ververs_overzicht()
    qtbot.wait(200)
    meting.kijk("contacthistorie, overzicht")
    scherm.stop()
    assert meting.fouten == [], _rapport(meting)
    assert meting.gemeten["grafiek"] and meting.gemeten["cel"], meting.gemeten
