"""The Betalingen panel over the oefenomgeving: total due, order, kenmerk, zaak link, clearing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.betalingen import Betaling
from klantbeeld.services.klantbeeld.composer import Onderdeel
from klantbeeld.views.models.beeld import DeelStatus
from klantbeeld.views.models.betalingen_model import (
    COL_BEDRAG,
    COL_KENMERK,
    COL_STATUS,
    COL_ZAAK,
    BetalingenModel,
    BetalingRol,
    te_betalen,
)
from klantbeeld.views.panels.betalingen import BetalingenPaneel
from tests.views.conftest import Werkplek


def paneel(qtbot: Any, w: Werkplek) -> BetalingenPaneel:
    p = BetalingenPaneel(w.model, w.sessie)
    qtbot.addWidget(p)
    p.resize(860, 500)
    p.show()
    w.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    return p


def kolom(p: BetalingenPaneel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    m = p.betalingen_model
    return [m.index(r, col).data(role) for r in range(m.rowCount())]


def test_total_due_and_order(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    assert kolom(p, 0, BetalingRol.STATUS) == ["te_laat", "open", "open", "betaald", "betaald"]
    betalingen = werkplek.model.beeld.betalingen  # type: ignore[union-attr]
    due = sum((b.bedrag or Decimal(0) for b in betalingen if b.status != "betaald"), Decimal(0))
    assert due == Decimal("612.08")
    assert p.totaal.text() == "Nog te betalen: € 612,08"
    assert "€ 106,42 te laat" in p.te_laat.text()
    assert kolom(p, COL_BEDRAG)[0] == "€ 106,42"
    statussen = kolom(p, COL_STATUS)
    assert statussen[0].startswith("Te laat") and statussen[-1].startswith("Betaald op ")
    assert kolom(p, COL_STATUS, Qt.ItemDataRole.ForegroundRole)[0] is not None
    open_verval = [
        p.betalingen_model.betaling(r).vervaldatum  # type: ignore[union-attr]
        for r in (1, 2)
    ]
    assert open_verval == sorted(open_verval)  # type: ignore[type-var]
    identificaties = {z.zaak.identificatie for z in werkplek.model.beeld.zaken}  # type: ignore[union-attr]
    assert {z for z in kolom(p, COL_ZAAK) if z} <= identificaties


def test_kenmerk_copy_and_zaak_link(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    view = p.view
    view.setFocus()
    view.setCurrentIndex(p.betalingen_model.index(0, COL_KENMERK))
    assert p.kopieer.isEnabled()
    kenmerk = p.betalingen_model.index(0, 0).data(BetalingRol.KENMERK)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == kenmerk
    QGuiApplication.clipboard().clear()
    p.kopieer.click()
    assert QGuiApplication.clipboard().text() == kenmerk
    assert " " in kolom(p, COL_KENMERK)[0]  # grouped in fours for reading aloud
    rij = next(r for r, z in enumerate(kolom(p, COL_ZAAK)) if z)
    zaak = kolom(p, COL_ZAAK)[rij]
    view.setCurrentIndex(p.betalingen_model.index(rij, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert werkplek.model.gekozen_zaak is not None
    assert werkplek.model.gekozen_zaak.zaak.identificatie == zaak
    werkplek.sessie.kies_zaak(None)
    rect = view.visualRect(p.betalingen_model.index(rij, COL_ZAAK))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert werkplek.model.gekozen_zaak is not None


def test_model_checks_and_sorting(qtmodeltester: Any) -> None:
    b = [
        Betaling(uuid="1", status="betaald", bedrag=Decimal("5"), betaaldatum=date(2026, 1, 1)),
        Betaling(uuid="2", status="open", bedrag=Decimal("1234.56"), vervaldatum=date(2026, 3, 1)),
        Betaling(uuid="3", status="te_laat", bedrag=Decimal("10"), vervaldatum=date(2026, 1, 9)),
        Betaling(uuid="4", status="open", bedrag=None, vervaldatum=date(2026, 2, 1)),
        Betaling(uuid="5", status="kwijtgescholden"),
        Betaling(uuid="6", status="betaald", betaaldatum=date(2026, 5, 1)),
    ]
    model = BetalingenModel()
    model.set_rows(b)
    qtmodeltester.check(model)
    assert [x.uuid for x in model.betalingen()] == ["3", "4", "2", "6", "1", "5"]
    assert te_betalen(b) == (Decimal("1244.56"), Decimal("10"))
    assert model.index(2, COL_BEDRAG).data() == "€ 1.234,56"
    assert model.index(1, COL_BEDRAG).data() == ""
    assert model.index(5, COL_STATUS).data() == "Kwijtgescholden"
    assert model.data(model.index(99, 0)) is None


def test_not_configured_and_cleared(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    assert werkplek.model.status(Onderdeel.BETALINGEN) is DeelStatus.KLAAR
    werkplek.sessie.beeindig_contact()
    assert p.betalingen_model.rowCount() == 0
    assert p.totaal.text() == "" and not p.te_laat.isVisible()
    teksten = [w.text() for w in p.findChildren(QLabel)]
    teksten += [w.text() for w in p.findChildren(QPushButton)]
    for tekst in teksten:
        assert "€" not in tekst
        assert VOORBEELD_BSN not in tekst


def test_unreachable_source_shows_in_the_panel(
    qtbot: Any, fresh_sandbox: Any, eigen_werkplek: Werkplek
) -> None:
    w = eigen_werkplek
    p = BetalingenPaneel(w.model, w.sessie)
    qtbot.addWidget(p)
    p.show()
    fresh_sandbox.sandbox.faults.down = {"betalingen"}
    w.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(w.model.is_klaar, timeout=20000)
    assert w.model.status(Onderdeel.BETALINGEN) is DeelStatus.FOUT
    assert p.deelstatus.isVisible()
    assert "niet bereikbaar" in p.deelstatus.tekst.text()
    assert p.betalingen_model.rowCount() == 0
    assert p.totaal.text() == ""
    fresh_sandbox.sandbox.faults.down = set()
    with qtbot.waitSignal(w.model.deelGewijzigd, timeout=10000):
        p.deelstatus.knop.click()
    qtbot.waitUntil(lambda: p.betalingen_model.rowCount() == 5, timeout=10000)
    assert p.totaal.text() == "Nog te betalen: € 612,08"
