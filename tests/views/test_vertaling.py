"""In English no visible text is Dutch: the klantbeeld, registering, F1, settings, contacthistorie.

Every Dutch text Klantbeeld could show is known: the sources of the English catalog, and every
string literal in the views and controllers (a text shown without ``tr`` is one of those). A
visible text equal to one of them, while its English differs, is a failure. Server and citizen
data (names, zaak texts) are never equal to one of ours and are not checked.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services import taal as services_taal
from klantbeeld.services.werkplek.settings import (
    DATA_ENV,
    STANDAARD_ONDERWERPEN,
    STANDAARD_RESULTATEN,
    Instellingen,
    Rol,
)
from klantbeeld.views.instellingen import VOORGESTELDE_PROFIELEN
from klantbeeld.views.vertaling import (
    TALEN,
    TERMEN,
    VERTALINGEN,
    gecompileerd,
    kies_taal,
    systeemtaal,
)
from tests.views.conftest import Werkplek, open_registraties

ROOT = Path(__file__).resolve().parents[2]
TS = VERTALINGEN / "klantbeeld_en.ts"
#: Texts that are the same word in both languages (not in the catalog, so named here).
ZELFDE = frozenset({"Status", "BSN", "KVK", "Klantbeeld", "Deadline", "CSV", "E-mail", "Open"})
#: A key as F1 and tooltips name it (Ctrl+F, Esc, Alt+1): the same in both languages.
TOETS = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)*(.|F\d+|Enter|Esc|Tab|PgUp|PgDn|Home|End|Space)$")
#: Data in lists to choose from, not texts of the screens: the municipality's own resultaten and
#: onderwerpen (settings, stored with every contact as written), profile names, each language
#: in its own name, and a medewerker of the oefenomgeving (also a column-width sample in code).
#: They are not translated.
GEGEVENS = frozenset(
    {
        *STANDAARD_RESULTATEN,
        *STANDAARD_ONDERWERPEN,
        *VOORGESTELDE_PROFIELEN,
        *TALEN.values(),
        "Chantal Visser",
    }
)


def catalogus() -> dict[tuple[str, str], str]:
    """(context, Dutch source) → English, from the committed .ts."""
    uit: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        for msg in ctx.iter("message"):
            vertaling = msg.find("translation")
            assert vertaling is not None
            uit[(ctx.findtext("name") or "", msg.findtext("source") or "")] = vertaling.text or ""
    return uit


def letterlijke_teksten() -> set[str]:
    """Every string literal of the views and controllers (f-string parts excluded)."""
    teksten: set[str] = set()
    for bestand in [
        *(ROOT / "klantbeeld" / "views").rglob("*.py"),
        *(ROOT / "klantbeeld" / "controllers").rglob("*.py"),
    ]:
        for knoop in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Constant) and isinstance(knoop.value, str):
                teksten.add(knoop.value)
    return teksten


def nederlands() -> set[str]:
    """The Dutch texts that must not be seen in English, without their ``&`` mnemonics."""
    vertalingen = catalogus()
    engels = {en.replace("&", "") for en in vertalingen.values()} | ZELFDE
    kandidaten = {bron for (_, bron), en in vertalingen.items() if en != bron}
    kandidaten |= {
        t for t in letterlijke_teksten() if re.search(r"[a-zë]{2}", t) and not TOETS.match(t)
    }
    return {t.replace("&", "").strip() for t in kandidaten} - engels - {""}


def varianten(tekst: str) -> Iterator[str]:
    """``tekst`` and its parts as a screen composes them: lines, without counts and colons."""
    tekst = re.sub(r"<[^>]+>", "", tekst).replace("&", "")
    for regel in {tekst, *tekst.splitlines(), *re.split(r"\s+·\s+|\s+—\s+", tekst)}:
        regel = regel.strip()
        yield regel
        yield re.sub(r"\s*\(\d+\)$", "", regel)
        yield regel.rstrip(":").rstrip()


def model_teksten(model: QAbstractItemModel | None, *, cellen: bool) -> Iterator[str]:
    """Header texts and tooltips of ``model``, and with ``cellen`` its first rows' cells."""
    if model is None:
        return
    for orientatie, n in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, 0),
    ):
        for i in range(n):
            for rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                waarde = model.headerData(i, orientatie, rol)
                if isinstance(waarde, str):
                    yield waarde
    for r in range(min(model.rowCount(), 60) if cellen else 0):
        for c in range(model.columnCount()):
            for rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                waarde = model.index(r, c).data(rol)
                if isinstance(waarde, str):
                    yield waarde


def zichtbare_teksten(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of ``top`` and its visible widgets a user can read."""
    for w in [top, *top.findChildren(QWidget)]:
        if w is not top and not w.isVisibleTo(top):
            continue
        waar = f"{type(w).__name__} {w.objectName()}".strip()
        teksten: list[str] = [w.toolTip(), w.windowTitle() if w.isWindow() else ""]
        if isinstance(w, QLabel | QAbstractButton):
            teksten.append(w.text())
        if isinstance(w, QLineEdit):
            teksten += [w.text() if w.text() not in GEGEVENS else "", w.placeholderText()]
        if isinstance(w, QTextEdit | QPlainTextEdit):
            teksten += [w.placeholderText(), w.toPlainText()]
        if isinstance(w, QGroupBox):
            teksten.append(w.title())
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                teksten += [w.tabText(i), w.tabToolTip(i)]
        if isinstance(w, QComboBox):
            teksten += [w.itemText(i) for i in range(w.count()) if w.itemText(i) not in GEGEVENS]
            teksten.append(w.lineEdit().placeholderText() if w.lineEdit() else "")
        if isinstance(w, QAbstractItemView):  # cells only of our own static lists (F1)
            teksten += model_teksten(w.model(), cellen=isinstance(w.model(), QStandardItemModel))
        for actie in w.actions():
            teksten += [actie.text(), actie.toolTip()]
        yield from ((waar, t) for t in teksten if t)


def nederlandse_resten(toppen: Iterable[QWidget]) -> list[str]:
    """Every visible text of ``toppen`` that is Dutch (see the module's docstring)."""
    dutch = nederlands()
    fouten = []
    for top in toppen:
        for waar, tekst in zichtbare_teksten(top):
            if any(v in dutch for v in varianten(tekst)):
                fouten.append(f"{type(top).__name__} / {waar}: {tekst!r}")
    return sorted(set(fouten))


@pytest.fixture
def engels(qapp: QApplication) -> Iterator[QTranslator]:
    """Klantbeeld in English for one test, as ``--taal en`` installs it; removed afterwards."""
    pad = gecompileerd("en")
    assert pad is not None, "pyside6-lrelease made no klantbeeld_en.qm"
    vertaler = QTranslator()
    assert vertaler.load(str(pad))
    qapp.installTranslator(vertaler)
    services_taal.stel_in("en", QCoreApplication.translate)  # the services' texts follow
    try:
        yield vertaler
    finally:
        services_taal.stel_in("nl")
        qapp.removeTranslator(vertaler)


def test_the_catalog_covers_every_text_of_the_sources_and_all_are_translated() -> None:
    spec = importlib.util.spec_from_file_location("vertalingen", ROOT / "tools" / "vertalingen.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    nu = {(ctx, bron) for ctx, berichten in tool.actuele_berichten().items() for bron in berichten}
    vertalingen = catalogus()
    assert nu - set(vertalingen) == set(), "nieuwe teksten: draai `make vertalingen` en vertaal"
    assert set(vertalingen) - nu == set(), "vervallen teksten: draai `make vertalingen`"
    open_ = sorted(bron for (_, bron), en in vertalingen.items() if not en)
    assert open_ == [], f"nog niet vertaald: {open_[:10]}"
    mnemonics = [b for (_, b), en in vertalingen.items() if ("&" in b) != ("&" in en)]
    assert mnemonics == [], "a mnemonic (&) lost or added"


def test_the_catalog_translates_a_text_of_the_window(engels: QTranslator) -> None:
    assert QCoreApplication.translate("Hoofdvenster", "Contact registreren") == "Register contact"
    assert QCoreApplication.translate("Hoofdvenster", "Zoek in de maan") == "Zoek in de maan"


def test_the_language_comes_from_the_command_line_then_the_setting_then_the_system() -> None:
    engels_systeem = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert systeemtaal(engels_systeem) == "en"
    assert systeemtaal(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)) == "nl"
    assert systeemtaal(QLocale(QLocale.Language.German)) == "nl"
    assert kies_taal("en", "nl") == "en"
    assert kies_taal(None, "en") == "en"
    assert kies_taal(None, "") == systeemtaal()
    assert Instellingen().taal == "" and Instellingen(taal="en").taal == "en"


def test_no_visible_text_is_dutch_in_english(
    qtbot: Any,
    engels: QTranslator,
    werkplek: Werkplek,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from klantbeeld.views.main_window import MainWindow
    from klantbeeld.views.registreren import RegistratieDialoog

    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    with open_registraties(werkplek, tmp_path, qtbot) as registraties:
        window = MainWindow(
            werkplek.model,
            werkplek.sessie,
            oefenomgeving=True,
            instellingen=Instellingen(rol=Rol.TEAMLEIDER),
            registraties=registraties,
        )
        fouten = in_het_engels(qtbot, window, werkplek)
        for dialoog in window.findChildren(RegistratieDialoog):
            dialoog.reject()
    assert fouten == [], "\n".join(fouten)


def in_het_engels(qtbot: Any, window: QWidget, werkplek: Werkplek) -> list[str]:
    """The Dutch texts left on every screen of ``window`` with 999993653 open."""
    from klantbeeld.views.instellingen import InstellingenDialoog
    from klantbeeld.views.main_window import MainWindow
    from klantbeeld.views.registreren import RegistratieDialoog
    from klantbeeld.views.sneltoetsen import SneltoetsenDialoog

    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    leeg = nederlandse_resten([window])
    werkplek.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    toppen: list[QWidget] = [window]
    for i in range(window.tabs.count()):  # every tab, as the agent sees it
        window.tabs.setCurrentIndex(i)
        toppen.append(window.tabs.widget(i))
    window.toon_sneltoetsen()  # F1
    f1 = window.findChild(SneltoetsenDialoog)
    assert f1 is not None
    qtbot.mouseClick(window.registreer_knop, Qt.MouseButton.LeftButton)
    registreren = window.findChildren(RegistratieDialoog)
    assert len(registreren) == 1
    instellingen = InstellingenDialoog(Instellingen())
    qtbot.addWidget(instellingen)
    toppen += [f1, *registreren, instellingen]
    historie = window.toon_contacthistorie()
    assert historie is not None
    qtbot.waitUntil(lambda: historie.historie_model.rowCount() > 0, timeout=15000)
    toppen.append(historie)
    return leeg + nederlandse_resten(toppen)


def test_a_dutch_term_kept_in_english_is_explained_on_hover(qtbot: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from klantbeeld.views.vertaling import TermUitleg, uitleg_van

    assert uitleg_van("Zaken (8)").startswith("Zaken: cases")
    assert uitleg_van("Show BSN") == TERMEN["BSN"] and uitleg_van("Payments (5)") == ""
    tabs = QTabBar()
    qtbot.addWidget(tabs)
    tabs.addTab("Zaken (8)")
    tabs.addTab("Payments (5)")
    tabs.show()
    qtbot.waitExposed(tabs)
    uitleg = TermUitleg()

    def zweef(index: int) -> bool:
        midden = tabs.tabRect(index).center()
        vraag = QHelpEvent(QEvent.Type.ToolTip, midden, tabs.mapToGlobal(midden))
        return uitleg.eventFilter(tabs, vraag)

    assert zweef(0) and QToolTip.text() == TERMEN["Zaken"]
    assert not zweef(1)  # nothing Dutch: Qt's own handling (none)
    tabs.setTabToolTip(0, "eigen uitleg")
    assert not zweef(0)  # a tooltip of its own wins
    QToolTip.hideText()
    assert not uitleg.eventFilter(tabs, QEvent(QEvent.Type.Enter))


def test_a_missing_or_stale_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    import os
    import shutil

    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    qm = gecompileerd("en", tmp_path)
    assert qm == ts.with_suffix(".qm") and qm.stat().st_size > 0  # missing: compiled
    os.utime(qm, (1, 1))  # older than the .ts: compiled again
    assert gecompileerd("en", tmp_path) == qm and qm.stat().st_mtime > 1
    vertaler = QTranslator()
    assert vertaler.load(str(qm))
    assert vertaler.translate("Hoofdvenster", "Contact beëindigen") == "End contact"
    assert gecompileerd("de", tmp_path) is None  # no catalog: the source language stays


def test_the_language_chosen_in_the_settings_is_saved_and_comes_back(
    qtbot: Any, tmp_path: Path
) -> None:
    from klantbeeld.services.werkplek.settings import lees_gebruiker
    from klantbeeld.views.instellingen import InstellingenDialoog

    pad = tmp_path / "settings.json"
    d = InstellingenDialoog(Instellingen(), pad=pad)
    qtbot.addWidget(d)
    d.open()
    assert d.taal.currentData() == ""  # as the system, until chosen
    assert [d.taal.itemText(i) for i in range(1, d.taal.count())] == ["Nederlands", "English"]
    d.taal.setCurrentIndex(d.taal.findData("en"))
    with qtbot.waitSignal(d.bewaard, timeout=2000):
        d.bewaar()
    assert lees_gebruiker(pad).taal == "en"
    terug = InstellingenDialoog(lees_gebruiker(pad), pad=pad)
    qtbot.addWidget(terug)
    assert terug.taal.currentData() == "en"
    assert kies_taal(None, lees_gebruiker(pad).taal) == "en"
