"""Every interactive control of every window has an accessible name and description.

The walk checks what a screen reader gets (the accessible name, or a button's own text; the
accessible description, or the tooltip Qt falls back to) for each control a person can
operate, in every window of the app: the main window with a klantbeeld and a zaak, contact
registration, settings, the team lead's contacthistorie, the werkvoorraad, the document viewer,
F1, the citizen's view (F11), Inzage, About and the lock screen (unlocking with a click, and
with a new sign-in). A failure names the control and the file whose class built it.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from klantbeeld.app import OEFEN_GROEPEN, OEFEN_MEDEWERKER
from klantbeeld.controllers.doelbinding import DoelbindingController
from klantbeeld.controllers.inzage import InzageController
from klantbeeld.controllers.vergrendeling import Reden
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.brp import Protocollering
from klantbeeld.services.registraties.registratie import Medewerker
from klantbeeld.services.verwerkingslog.journaal import VerwerkingJournaal
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog
from klantbeeld.services.werkplek.settings import (
    DATA_ENV,
    BrpProtocollering,
    Doelbinding,
    Instellingen,
    Rol,
)
from klantbeeld.views.documentviewer import DocumentViewer
from klantbeeld.views.inzage import InzageDialoog
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.over import OverDialoog
from klantbeeld.views.vergrendeling import installeer_vergrendeling
from klantbeeld.views.werkvoorraad import WerkvoorraadDialoog
from tests.views.conftest import Werkplek, open_registraties
from tests.views.test_afgekapt import ZAAK, _dialoog, _open, _sluit_dialogen
from tests.views.test_contacthistorie import wacht_op_maand

#: What a person operates: these need a name and a description.
BEDIENING = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QTabBar,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QPushButton,
    QAbstractSlider,
)
ROOT = Path(__file__).resolve().parents[2]


def _bestand(klasse: type) -> str:
    try:
        return str(Path(inspect.getfile(klasse)).resolve().relative_to(ROOT))
    except (TypeError, ValueError):
        return klasse.__module__


def _naam_in(houder: object, w: QWidget) -> str | None:
    """The attribute under which ``houder`` keeps ``w`` (directly, or in a dict or list)."""
    for naam, waarde in getattr(houder, "__dict__", {}).items():
        binnen = list(waarde.values()) if isinstance(waarde, dict) else waarde
        if waarde is w or (isinstance(binnen, list | tuple) and any(x is w for x in binnen)):
            return str(naam)
    return None


def _eigen(o: object) -> bool:
    return not type(o).__module__.startswith(("PySide6", "builtins"))


def _maker(w: QWidget) -> str:
    """The file that built ``w``: of the own (non-Qt) objects around it (its ancestors and the
    plain objects they keep), the one whose class assigns it from a call (``self.x = Q...(``),
    else the nearest that keeps it, else the nearest own ancestor."""
    ouders = [o for o in [w, *_ouders(w)] if _eigen(o)]
    kandidaten: list[object] = []
    for ouder in ouders[1:] if ouders and ouders[0] is w else ouders:
        kandidaten += [v for v in vars(ouder).values() if _eigen(v) and not isinstance(v, QWidget)]
        kandidaten.append(ouder)
    houders = [(k, naam) for k in kandidaten if (naam := _naam_in(k, w))]
    for houder, naam in houders:
        bestand = _bestand(type(houder))
        bron = (ROOT / bestand).read_text(encoding="utf-8") if bestand.endswith(".py") else ""
        if re.search(rf"self\.{naam}\b[^=\n]*= *[\w.]+\(", bron):
            return bestand
    if houders:
        return _bestand(type(houders[0][0]))
    return _bestand(type(ouders[0])) if ouders else "?"


def _deel_van_qt(w: QWidget) -> bool:
    """Parts Qt builds inside a control (a combo's line edit and list, a scroll bar, a spin
    box's editor, a tab bar's scroll arrows): the control itself carries the name."""
    if isinstance(w, QScrollBar):
        return True
    ouder = w.parentWidget()
    if isinstance(w, QLineEdit) and isinstance(ouder, QComboBox | QAbstractSpinBox):
        return True
    if isinstance(w, QAbstractButton) and isinstance(ouder, QTabBar | QLineEdit):
        return True  # a tab bar's scroll arrows, a line edit's clear button
    if isinstance(w, QHeaderView) and isinstance(ouder, QAbstractItemView):
        return True  # the columns are read through the table's own interface
    return type(w).__name__ in ("QComboBoxListView", "QCalendarView") or any(
        type(o).__name__ == "QComboBoxPrivateContainer" for o in _ouders(w)
    )


def _ouders(w: QWidget) -> list[QWidget]:
    uit = []
    ouder = w.parentWidget()
    while ouder is not None:
        uit.append(ouder)
        ouder = ouder.parentWidget()
    return uit


def _naam(w: QWidget) -> str:
    """The accessible name: set explicitly, or the visible text of a button or of the current
    tab (what Qt reads out for those). A combo box or a field needs one set: on Linux Qt would
    otherwise read its current value as its name."""
    if w.accessibleName().strip():
        return w.accessibleName().strip()
    if isinstance(w, QAbstractButton):
        return w.text().replace("&", "").strip()
    if isinstance(w, QTabBar) and w.count():
        return w.tabText(w.currentIndex()).replace("&", "").strip()
    return ""


class Keuring:
    """Walks the visible widgets and keeps each control that lacks a name or a description."""

    def __init__(self) -> None:
        self.fouten: dict[tuple[str, str, str, str], str] = {}
        self.gekeurd = 0

    def kijk(self, waar: str) -> None:
        for w in QApplication.allWidgets():
            if not isinstance(w, BEDIENING) or not w.isVisible() or _deel_van_qt(w):
                continue
            self.gekeurd += 1
            naam = _naam(w)
            beschrijving = (w.accessibleDescription() or w.toolTip()).strip()
            mist = [d for d, v in (("name", naam), ("description", beschrijving)) if not v]
            if mist:  # each control once, in the first window where it shows
                wie = (type(w).__name__, w.objectName(), _maker(w), naam)
                self.fouten.setdefault(
                    wie,
                    f"{type(w).__name__}#{w.objectName() or '-'} {naam or w.toolTip()!r} "
                    f"made in {wie[2]}, seen in {waar}: no accessible {' or '.join(mist)}",
                )


async def _niet_aanmelden() -> None:
    """A sign-in that never completes (only the lock screen's look is checked here)."""
    raise AssertionError("not asked to sign in")


def _rapport(keuring: Keuring) -> str:
    regels = sorted(keuring.fouten.values(), key=lambda r: r.split(" made in ")[1])
    return f"{len(regels)} controls:\n" + "\n".join(regels)


def twee_doelbindingen() -> Protocollering:
    """A BRP gateway with two doelbindingen: the status bar offers the choice."""
    keuzes = [Doelbinding(naam="Algemene dienstverlening"), Doelbinding(naam="Wmo")]
    return Protocollering(BrpProtocollering(doelbindingen=keuzes), lambda: "kcc@example")


def test_every_control_in_every_window_has_a_name_and_a_description(
    qtbot: Any,
    werkplek: Werkplek,
    sandbox_server: Any,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    wacht_op_maand(sandbox_server)
    journaal = VerwerkingJournaal(tmp_path / "v.sqlite3", sleutel=Fernet.generate_key())
    log = Verwerkingslog(journaal, medewerker="teamleider@gemeente.example")
    medewerker = Medewerker(identificatie=OEFEN_MEDEWERKER[0], naam=OEFEN_MEDEWERKER[1])
    keuring = Keuring()
    with open_registraties(werkplek, tmp_path, qtbot, medewerker) as registraties:
        instellingen = Instellingen(
            medewerker_naam=OEFEN_MEDEWERKER[1], groepen=list(OEFEN_GROEPEN), rol=Rol.TEAMLEIDER
        )
        window = MainWindow(
            werkplek.model,
            werkplek.sessie,
            oefenomgeving=True,
            registraties=registraties,
            instellingen=instellingen,
            inzage=lambda: InzageController(None, log),
            doelbinding=DoelbindingController(twee_doelbindingen(), log),
        )
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        keuring.kijk("leeg")
        _open(qtbot, werkplek, bsn=VOORBEELD_BSN, zaak=ZAAK)
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            qtbot.wait(40)
            keuring.kijk(f"klantbeeld, tab {window.tabs.tabText(tab)}")
        window.tabs.setCurrentIndex(0)

        # the document viewer on the zaak's first document that can be seen
        documenten = window.zaakdetail.documenten
        rij = next(r for r in range(documenten.rowCount()) if documenten.in_te_zien(r))
        assert window.zaakdetail.open_document(rij)
        qtbot.waitUntil(lambda: window.zaakdetail.viewer is not None, timeout=10000)
        viewer = window.zaakdetail.viewer
        assert isinstance(viewer, DocumentViewer)
        qtbot.wait(200)
        keuring.kijk("documentviewer")
        viewer.close()

        window.registreer_contact()
        _dialoog(qtbot, window)
        keuring.kijk("contact registreren")
        _sluit_dialogen(window)

        instellingen_dialoog = window.toon_instellingen()
        qtbot.wait(60)
        keuring.kijk("instellingen")
        instellingen_dialoog.reject()

        window.toon_sneltoetsen()
        qtbot.wait(60)
        keuring.kijk("F1")
        _sluit_dialogen(window)

        dialoog = WerkvoorraadDialoog.toon(window, werkplek.sessie, registraties, instellingen)
        qtbot.waitUntil(lambda: dialoog.tabel_model.rowCount() > 0, timeout=10000)
        dialoog.tabel.selectRow(0)
        qtbot.wait(60)
        keuring.kijk("werkvoorraad")
        _sluit_dialogen(window)

        knop = next(
            k
            for k in window.statusBar().findChildren(QPushButton)
            if k.text() == "Inzage verwerkingslog"
        )
        knop.click()
        inzage = window.findChild(InzageDialoog)
        assert inzage is not None and inzage.isVisible()
        keuring.kijk("inzage")
        inzage.reject()

        scherm = window.toon_aan_inwoner()
        assert scherm is not None
        qtbot.waitUntil(lambda: "Mijn aanvragen" in scherm.teksten(), timeout=15000)
        keuring.kijk("inwoner (F11)")
        scherm.sluit()

        historie = window.toon_contacthistorie()
        assert historie is not None
        qtbot.waitUntil(
            lambda: not historie.bezig and historie.tijd_klaar is not None, timeout=30000
        )
        historie.tabel.selectRow(0)
        qtbot.wait(60)
        keuring.kijk("contacthistorie")
        historie.tabs.setCurrentIndex(1)
        qtbot.wait(100)
        keuring.kijk("contacthistorie, overzicht")
        historie.stop()
        window.toon_klantbeeld()

        doelbinding = window.kies_doelbinding()
        assert doelbinding is not None and doelbinding.isVisible()
        keuring.kijk("doelbinding")
        doelbinding.reject()

        window.over_knop.click()
        over = window.findChild(OverDialoog)
        assert over is not None and over.isVisible()
        keuring.kijk("over")
        over.close()

        # The lock screen hides every other window: only its own controls are seen.
        slot = installeer_vergrendeling(window, 300)
        try:
            slot.controller.vergrendel(Reden.SNELTOETS)
            assert slot.scherm.isVisible() and not window.isVisible()
            keuring.kijk("vergrendeld")
            slot.controller.ontgrendel()
        finally:
            slot.verwijder()
        slot = installeer_vergrendeling(window, 300, herauthenticatie=_niet_aanmelden)
        try:
            slot.controller.aanmelding_verlopen()
            keuring.kijk("vergrendeld, opnieuw aanmelden")
        finally:
            slot.verwijder()
    journaal.close()

    assert not keuring.fouten, _rapport(keuring)
    assert keuring.gekeurd > 100  # the walk reached the windows' controls
