"""Server and citizen text never becomes markup: HTML in every text field, on every screen."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyledItemDelegate,
    QWidget,
)

from klantbeeld.app import OEFEN_GROEPEN, OEFEN_MEDEWERKER
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.sandbox.store import Store
from klantbeeld.services.werkplek.settings import DATA_ENV, Instellingen
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.panels.tijdlijn import KolomDelegate, OnderwerpDelegate
from klantbeeld.views.panels.zaakdetail import DocumentDelegate
from klantbeeld.views.panels.zaken import OmloopDelegate, ZaakDelegate
from klantbeeld.views.platte_tekst import is_veilig, lijkt_opmaak, platte_label, tooltip
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.registreren import RegistratieDialoog
from klantbeeld.views.werkvoorraad import WerkvoorraadDialoog
from klantbeeld.views.zoekbalk import TrefferDelegate
from tests.views.conftest import Werkplek, maak_werkplek, open_registraties, sluit_werkplek

#: What a hostile server or citizen writes: a local file as image, bold, a link.
GIF = '<img src="file:///etc/passwd"><b>vet</b><a href="http://aanval.invalid/">klik</a>'

#: Free-text fields of the seed, in every collection (codes, urls and dates stay as they are).
TEKSTVELDEN = frozenset(
    {
        "titel", "beschrijving", "bestandsnaam", "auteur", "omschrijving", "toelichting",
        "statustoelichting", "statustekst", "onderwerp", "inhoud", "reactie", "naam",
        "volledigeNaam", "voornamen", "geslachtsnaam", "voornaam", "achternaam",
        "officieleStraatnaam", "korteStraatnaam", "woonplaats", "adresregel1", "adresregel2",
        "gevraagdeHandeling", "interneNotitie", "roltoelichting", "aardRelatieWeergave",
    }
)  # fmt: skip

#: Delegates that paint a cell with the style or ``QPainter.drawText``: never rich text.
PLATTE_DELEGATES = (
    QStyledItemDelegate,
    DocumentDelegate,
    ZaakDelegate,
    OnderwerpDelegate,
    KolomDelegate,
    TrefferDelegate,
    OmloopDelegate,  # a QStyledItemDelegate with word wrap: plain text still
)


def _vergiftig(waarde: Any) -> Any:
    if isinstance(waarde, dict):
        return {
            k: (f"{GIF}{v}" if k in TEKSTVELDEN and isinstance(v, str) else _vergiftig(v))
            for k, v in waarde.items()
        }
    if isinstance(waarde, list):
        return [_vergiftig(v) for v in waarde]
    return waarde


def vergiftig(store: Store) -> int:
    """Put :data:`GIF` before every free-text field of every object; returns how many changed."""
    aantal = 0
    for coll in list(store._colls):
        if coll == "ki.actoren":  # the generated KCC month finds its afdelingen by name
            continue
        nieuw = []
        for obj in store.all(coll):
            gif = _vergiftig(copy.deepcopy(obj))
            if gif != obj:
                aantal += 1
                nieuw.append(gif)
        store.seed(coll, nieuw)
    return aantal


# -- the helper ---------------------------------------------------------------------------------


def _getoond(tip: str) -> str:
    """What Qt shows for a tooltip: the text itself, or the rendered rich text."""
    if not lijkt_opmaak(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


@pytest.mark.parametrize(
    "tekst",
    [GIF, "a & b", "a &lt; b", "Regel 1\n<b>regel 2</b>", "  <i>x</i> ", "kort", "<qt>", "x " * 80],
)
def test_a_tooltip_shows_the_text_character_for_character(tekst: str) -> None:
    tip = tooltip(tekst)
    assert is_veilig(tip)
    assert _getoond(tip) == tekst


def test_is_veilig_catches_markup() -> None:
    assert not is_veilig(GIF)
    assert not is_veilig("<p style=\"white-space: pre-wrap\"><img src='x'></p>")
    assert is_veilig("gewoon") and is_veilig("") and is_veilig(None)
    assert tooltip(None) == ""


def test_a_plain_label_shows_markup_as_text(qtbot: Any) -> None:
    label = platte_label(GIF)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == GIF


# -- every screen with a hostile seed -----------------------------------------------------------


def _rendert_gif(tekst: str, opmaak: Qt.TextFormat) -> bool:
    """True when a text in format ``opmaak`` holding the hostile markup is drawn as rich text."""
    if "<img" not in tekst:
        return False
    if opmaak == Qt.TextFormat.PlainText:
        return False
    return opmaak == Qt.TextFormat.RichText or lijkt_opmaak(tekst)


def _kolommen(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: columnCount is private in the binding
        return 1


def _modelteksten(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[tuple[str, Any]]:
    for rij in range(model.rowCount(parent)):
        for kol in range(_kolommen(model, parent)):
            index = model.index(rij, kol, parent)
            yield "display", model.data(index, Qt.ItemDataRole.DisplayRole)
            yield "tooltip", model.data(index, Qt.ItemDataRole.ToolTipRole)
            if kol == 0 and model.rowCount(index) > 0:
                yield from _modelteksten(model, index)


class Schouw:
    """Walks every widget on screen and keeps what would render the hostile markup."""

    def __init__(self) -> None:
        self.fouten: list[str] = []
        #: How often the hostile text was seen (shown as text): proves the seed reached the screen.
        self.gezien = {"label": 0, "tooltip": 0, "cel": 0, "celtip": 0}

    def kijk(self, waar: str) -> None:
        for w in QApplication.allWidgets():
            if not w.isVisible():
                continue
            self._widget(w, waar)

    def _fout(self, waar: str, w: QWidget, wat: str, tekst: str) -> None:
        self.fouten.append(f"{waar}: {type(w).__name__} {w.objectName()!r} {wat}: {tekst[:80]!r}")

    def _widget(self, w: QWidget, waar: str) -> None:
        tip = w.toolTip()
        if "<img" in tip or "&lt;img" in tip:
            self.gezien["tooltip"] += 1
        if not is_veilig(tip) and _rendert_gif(tip, Qt.TextFormat.AutoText):
            self._fout(waar, w, "toolTip", tip)
        if isinstance(w, QLabel):
            if "<img" in w.text():
                self.gezien["label"] += 1
            if _rendert_gif(w.text(), w.textFormat()):
                self._fout(waar, w, "label", w.text())
        if isinstance(w, QMessageBox):
            for tekst in (w.text(), w.informativeText()):
                if _rendert_gif(tekst, w.textFormat()):
                    self._fout(waar, w, "message box", tekst)
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            self._view(w, waar)

    def _view(self, view: QAbstractItemView, waar: str) -> None:
        model = view.model()
        for kol in range(max(1, _kolommen(model, QModelIndex()))):
            delegate = view.itemDelegateForColumn(kol) or view.itemDelegate()
            if type(delegate) not in PLATTE_DELEGATES:
                self._fout(waar, view, "delegate", type(delegate).__name__)
        for soort, waarde in _modelteksten(model, QModelIndex()):
            if not isinstance(waarde, str) or "<img" not in waarde:
                continue
            if soort == "display":
                self.gezien["cel"] += 1
            elif not is_veilig(waarde):
                self._fout(waar, view, f"{type(model).__name__} ToolTipRole", waarde)
        for soort, waarde in _modelteksten(model, QModelIndex()):
            if soort == "tooltip" and isinstance(waarde, str) and "&lt;img" in waarde:
                self.gezien["celtip"] += 1


@pytest.fixture
def giftige_werkplek(fresh_sandbox: Any, qtbot: Any) -> Iterator[Werkplek]:
    """A werkplek on an oefenomgeving whose every free text holds :data:`GIF`."""
    assert vergiftig(fresh_sandbox.sandbox.store) > 1000
    w = maak_werkplek(fresh_sandbox)
    yield w
    sluit_werkplek(w, qtbot)


@pytest.fixture
def registraties(
    giftige_werkplek: Werkplek, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Registraties]:
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    with open_registraties(giftige_werkplek, tmp_path, qtbot) as reg:
        yield reg


def test_hostile_markup_in_every_text_field_is_shown_as_text_everywhere(
    qtbot: Any, giftige_werkplek: Werkplek, registraties: Registraties
) -> None:
    w = giftige_werkplek
    window = MainWindow(w.model, w.sessie, oefenomgeving=True, registraties=registraties)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    schouw = Schouw()

    w.sessie.open_persoon(VOORBEELD_BSN, "ZAAK-2026-0000000001")
    qtbot.waitUntil(w.model.is_klaar, timeout=15000)
    qtbot.waitUntil(lambda: w.model.zaak_detail is not None, timeout=15000)
    qtbot.wait(50)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        schouw.kijk(f"tab {window.tabs.tabText(tab)}")
    window.tabs.setCurrentIndex(0)

    window.toon_sneltoetsen()
    qtbot.wait(20)
    schouw.kijk("F1")
    for dialoog in window.findChildren(QDialog):
        if not isinstance(dialoog, RegistratieDialoog):
            dialoog.close()

    window.registreer_contact()
    dialoog = window.findChild(RegistratieDialoog)
    assert dialoog is not None
    qtbot.waitUntil(lambda: dialoog.actor.count() > 0, timeout=10000)
    schouw.kijk("Contact registreren")
    dialoog.blokken[0].onderwerp.setEditText(GIF)
    window.beeindig_contact()
    vraag = window.vraag_onvastgelegd
    assert isinstance(vraag, QMessageBox) and vraag.isVisible()
    schouw.kijk("bevestiging")

    assert schouw.fouten == [], "\n".join(sorted(set(schouw.fouten))[:20])
    # the test can fail: the hostile text reached labels, tooltips and cells
    assert all(schouw.gezien.values()), schouw.gezien


def test_hostile_markup_in_the_werkvoorraad_is_shown_as_text(
    qtbot: Any, giftige_werkplek: Werkplek, registraties: Registraties
) -> None:
    w = giftige_werkplek
    instellingen = Instellingen(medewerker_naam=OEFEN_MEDEWERKER[1], groepen=list(OEFEN_GROEPEN))
    window = MainWindow(
        w.model, w.sessie, oefenomgeving=True, registraties=registraties, instellingen=instellingen
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    dialoog = WerkvoorraadDialoog.toon(window, w.sessie, registraties, instellingen)
    qtbot.waitUntil(lambda: dialoog.tabel_model.rowCount() > 0, timeout=10000)
    dialoog.tabel.selectRow(0)
    qtbot.wait(50)
    schouw = Schouw()
    schouw.kijk("werkvoorraad")
    assert schouw.fouten == [], "\n".join(sorted(set(schouw.fouten))[:20])
    assert schouw.gezien["cel"] > 0, schouw.gezien  # the test can fail
