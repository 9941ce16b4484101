"""Signalen and the open vragen table over the oefenomgeving: counts, jumps, plain text, wipe."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from klantbeeld.services.apis.klantinteracties import Internetaak, Klantcontact
from klantbeeld.services.klantbeeld.composer import Deel, Klantbeeld, Onderdeel
from klantbeeld.views.main_window import TABS
from klantbeeld.views.models import vragen_model
from klantbeeld.views.models.vragen_model import (
    VragenModel,
    VragenRole,
    maak_rijen,
    wacht_tekst,
)
from klantbeeld.views.panels.signalen import (
    TAB_BETALINGEN,
    TAB_TIJDLIJN,
    TAB_VRAGEN,
    TAB_ZAKEN,
    SignalenPaneel,
    bedrag_tekst,
    bereken_signalen,
)
from klantbeeld.views.panels.vragen import VragenPaneel
from tests.views.conftest import Werkplek

SUZANNE = "999993653"
VANDAAG = date(2026, 12, 1)
MARKUP = "Ik heb <b>al drie keer</b> gebeld <script>alert('x')</script>"


def laad(qtbot: Any, w: Werkplek, bsn: str = SUZANNE) -> Klantbeeld:
    w.sessie.open_persoon(bsn)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    assert w.model.beeld is not None
    return w.model.beeld


def test_tab_indexes_follow_the_window() -> None:
    onderdelen = [o for _, o in TABS]
    assert onderdelen.index(Onderdeel.ZAKEN) == TAB_ZAKEN
    assert onderdelen.index(Onderdeel.KLANTCONTACTEN) == TAB_TIJDLIJN
    assert onderdelen.index(Onderdeel.BETALINGEN) == TAB_BETALINGEN
    assert onderdelen.index(Onderdeel.INTERNETAKEN) == TAB_VRAGEN


def test_small_helpers() -> None:
    assert bedrag_tekst(Decimal("1208.63")) == "€ 1.208,63"
    assert wacht_tekst(1) == "wacht 1 dag"
    assert wacht_tekst(6) == "wacht 6 dagen"


def test_signalen_for_suzanne(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = SignalenPaneel(werkplek.model, werkplek.sessie)
    qtbot.addWidget(paneel)
    paneel.show()
    beeld = laad(qtbot, werkplek)
    per_soort = {s.soort: s for s in bereken_signalen(beeld, VANDAAG)}
    assert per_soort["zaak_te_laat"].aantal == 1
    assert per_soort["zaak_opgeschort"].aantal == 1
    assert per_soort["betaling_te_laat"].tekst == "1 betaling te laat: € 106,42"
    assert per_soort["wacht:Contactverzoek"].tekst == "Contactverzoek wacht 1 dag"
    assert per_soort["wacht:Vraag"].tekst == "Vraag wacht 8 dagen"
    assert [c.text() for c in paneel.chips] == [s.tekst for s in paneel.signalen]
    assert len(paneel.chips) == 5
    assert not paneel.rustig.isVisible()

    tabs = {s.soort: chip for s, chip in zip(paneel.signalen, paneel.chips, strict=True)}
    for soort, tab in (
        ("zaak_te_laat", TAB_ZAKEN),
        ("betaling_te_laat", TAB_BETALINGEN),
        ("wacht:Vraag", TAB_VRAGEN),
    ):
        with qtbot.waitSignal(paneel.naarTab) as blocker:
            qtbot.mouseClick(tabs[soort], Qt.MouseButton.LeftButton)
        assert blocker.args == [tab]
    # keyboard: a focused chip is a button, space presses it
    tabs["zaak_opgeschort"].setFocus()
    with qtbot.waitSignal(paneel.naarTab) as blocker:
        qtbot.keyClick(tabs["zaak_opgeschort"], Qt.Key.Key_Space)
    assert blocker.args == [TAB_ZAKEN]

    werkplek.sessie.beeindig_contact()
    assert paneel.chips == []


def test_nothing_to_report_is_said_calmly(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = SignalenPaneel(werkplek.model, werkplek.sessie)
    qtbot.addWidget(paneel)
    paneel.show()
    model = werkplek.model
    model.begin(Klantbeeld("persoon", SUZANNE), [Onderdeel.ZAKEN, Onderdeel.BETALINGEN])
    model.neem_op(Deel(Onderdeel.ZAKEN, []))
    assert not paneel.rustig.isVisible()  # betalingen not known yet: not "nothing"
    model.neem_op(Deel(Onderdeel.BETALINGEN, []))
    assert paneel.rustig.isVisible()
    assert paneel.rustig.text() == "Geen bijzonderheden"
    model.wis()


def taak(uuid: str, dagen_geleden: int, handeling: str, toelichting: str) -> Internetaak:
    moment = datetime(2026, 12, 1, 10, tzinfo=UTC) - timedelta(days=dagen_geleden)
    return Internetaak.model_validate(
        {
            "uuid": uuid,
            "gevraagdeHandeling": handeling,
            "toelichting": toelichting,
            "status": "te_verwerken",
            "toegewezenOp": moment.isoformat(),
            "toegewezenAanActoren": [{"uuid": "ef674634-1d3d-4db3-861a-7cf3ead23008"}],
            "aanleidinggevendKlantcontact": {"uuid": f"kc-{uuid}"},
        }
    )


def test_model_rows_plain_text_and_order(qtmodeltester: Any) -> None:
    taken = [
        taak("a", 1, "Terugbellen", "Graag <i>vandaag</i>\nTweede regel"),
        taak("b", 8, "Vraag beantwoorden", ""),
    ]
    contacten = [
        Klantcontact.model_validate({"uuid": "kc-a", "onderwerp": MARKUP}),
        Klantcontact.model_validate({"uuid": "kc-b", "onderwerp": "Container"}),
    ]
    model = VragenModel()
    model.set_rows(maak_rijen(taken, contacten, {}, VANDAAG))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    oudste = model.index(0, VragenModel.COL_ONDERWERP)
    assert oudste.data() == "Container"
    assert model.index(0, VragenModel.COL_SOORT).data() == "Vraag"
    assert model.index(0, VragenModel.COL_WACHT).data() == "8 dagen — te laat"
    assert model.index(0, 0).data(VragenRole.OverTermijnRole) is True
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, VragenModel.COL_ONDERWERP).data() == (
        f"{MARKUP} — Graag <i>vandaag</i>"
    )  # literally, first line only
    assert model.index(1, VragenModel.COL_TOEGEWEZEN).data() == "ef674634"
    assert model.index(1, 0).data(VragenRole.OverTermijnRole) is False
    assert model.data(QModelIndex()) is None
    model.set_rows(maak_rijen(taken, contacten, {"ef674634-1d3d-4db3-861a-7cf3ead23008": "Bram"}))
    assert model.index(1, VragenModel.COL_TOEGEWEZEN).data() == "Bram"


def test_vandaag_can_be_pinned(monkeypatch: Any) -> None:
    monkeypatch.setattr(vragen_model, "vandaag", lambda: date(2026, 12, 9))
    rijen = maak_rijen([taak("b", 8, "Vraag beantwoorden", "")])
    assert rijen[0].dagen == 16


def test_vragen_panel_over_the_oefenomgeving(
    qtbot: Any, werkplek: Werkplek, qtmodeltester: Any
) -> None:
    paneel = VragenPaneel(werkplek.model, werkplek.sessie)
    qtbot.addWidget(paneel)
    paneel.show()
    laad(qtbot, werkplek)
    model = paneel.tabel_model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    soorten = [model.index(r, VragenModel.COL_SOORT).data() for r in range(2)]
    assert soorten == ["Vraag", "Contactverzoek"]  # oldest first
    assert model.index(0, VragenModel.COL_WACHT).data() == "8 dagen — te laat"
    assert model.index(0, VragenModel.COL_STATUS).data() == "Open"
    # actor names arrive from GET /actoren
    qtbot.waitUntil(
        lambda: model.index(0, VragenModel.COL_TOEGEWEZEN).data() == "KCC", timeout=5000
    )
    # the selected item's whole text, plain
    paneel.tabel.selectRow(1)
    assert paneel.detail.textFormat() == Qt.TextFormat.PlainText
    assert paneel.detail.text() == model.rij(1).volledige_tekst  # type: ignore[union-attr]

    werkplek.sessie.beeindig_contact()
    assert model.rowCount() == 0
    assert paneel.detail.text() == ""
    for label in paneel.findChildren(QLabel):
        assert "Moulin" not in label.text()


def test_vragen_panel_shows_its_own_failure(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    paneel = VragenPaneel(eigen_werkplek.model, eigen_werkplek.sessie)
    qtbot.addWidget(paneel)
    paneel.show()
    fresh_sandbox.sandbox.faults.down = {"klantinteracties"}
    laad(qtbot, eigen_werkplek)
    assert paneel.status.isVisible()
    assert "niet bereikbaar" in paneel.status.tekst.text()
    assert paneel.tabel_model.rowCount() == 0
    fresh_sandbox.sandbox.faults.down = set()
    qtbot.mouseClick(paneel.status.knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: paneel.tabel_model.rowCount() == 2, timeout=10000)
    assert not paneel.status.isVisible()
