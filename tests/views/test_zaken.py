"""The zaken list over the oefenomgeving: open first, filter, choosing a zaak, failure, clearing."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QStyleOptionViewItem, QWidget

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.klantbeeld.composer import Onderdeel
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.models.beeld import DeelStatus
from klantbeeld.views.models.zaken_model import (
    ZaakFilter,
    ZaakRol,
    ZakenFilterModel,
    ZakenModel,
    eigen_omschrijving,
    zaaktype_naam,
)
from klantbeeld.views.panels.zaken import STATUS_MAX, STATUS_MIN, ZakenPaneel
from tests.conftest import TEST_VANDAAG
from tests.views.conftest import Werkplek

ZWARE_BSN = "999970136"


def paneel(qtbot: Any, w: Werkplek) -> ZakenPaneel:
    p = ZakenPaneel(w.model, w.sessie)
    p.vandaag = lambda: TEST_VANDAAG
    qtbot.addWidget(p)
    p.resize(820, 500)
    p.show()
    return p


def laad(qtbot: Any, w: Werkplek, bsn: str = VOORBEELD_BSN) -> None:
    w.sessie.open_persoon(bsn)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)


def test_eight_zaken_open_first(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    zaken = p.zichtbare_zaken()
    assert len(zaken) == 8
    open_ = [z.is_open for z in zaken]
    assert open_ == sorted(open_, reverse=True)  # every open one before every closed one
    assert sum(open_) == 5
    assert p.status.isHidden()


def test_filter_chips_count_and_filter(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    assert p.chips[ZaakFilter.ALLE].text().replace("&", "") == "Alle (8)"
    assert p.chips[ZaakFilter.OPEN].text().replace("&", "") == "Open (5)"
    assert p.chips[ZaakFilter.AFGESLOTEN].text().replace("&", "") == "Afgesloten (3)"
    qtbot.mouseClick(p.chips[ZaakFilter.OPEN], Qt.MouseButton.LeftButton)
    assert p.aantal_zichtbaar() == 5
    assert all(z.is_open for z in p.zichtbare_zaken())
    # keyboard: focus the chip and press space
    p.chips[ZaakFilter.AFGESLOTEN].setFocus()
    qtbot.keyClick(p.chips[ZaakFilter.AFGESLOTEN], Qt.Key.Key_Space)
    assert p.aantal_zichtbaar() == 3
    assert not any(z.is_open for z in p.zichtbare_zaken())
    p.zet_filter(ZaakFilter.ALLE)
    assert p.aantal_zichtbaar() == 8


def test_columns_show_type_number_dates_status(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    m = p.zaken
    rij = m.rij_van(
        next(
            z.zaak.url
            for z in p.zichtbare_zaken()
            if z.zaak.identificatie == "ZAAK-2026-0000000001"
        )
    )

    def cel(col: int) -> Any:
        return m.index(rij, col).data()

    assert cel(ZakenModel.COL_ZAAKTYPE) == "Aanvraag omgevingsvergunning"
    assert cel(ZakenModel.COL_IDENTIFICATIE) == "ZAAK-2026-0000000001"
    assert cel(ZakenModel.COL_STARTDATUM)
    # The citizen's wording (statustekst), the internal name only on hover.
    assert cel(ZakenModel.COL_STATUS) == "Uw aanvraag is compleet en wordt beoordeeld."
    tip = m.index(rij, ZakenModel.COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Intern: Aanvraag compleet" in tip
    # Each date says what it is.
    z = p.zaken.overzicht(rij)
    assert z is not None and z.zaak.uiterlijke_einddatum_afdoening is not None
    assert cel(ZakenModel.COL_EINDDATUM).endswith(
        f"uiterlijk {z.zaak.uiterlijke_einddatum_afdoening:%d-%m-%Y}"
    )
    termijn_tip = m.index(rij, ZakenModel.COL_EINDDATUM).data(Qt.ItemDataRole.ToolTipRole)
    assert "Uiterlijk klaar:" in termijn_tip
    assert "Verwacht vóór " in termijn_tip

    def rij_waar(test: Any) -> int:
        return next(
            r for r in range(m.rowCount()) if (o := p.zaken.overzicht(r)) is not None and test(o)
        )

    te_laat = next(r for r in range(m.rowCount()) if m.index(r, 0).data(ZaakRol.TeLaatRole))
    regels = m.index(te_laat, ZakenModel.COL_EINDDATUM).data().split("\n")
    assert regels[0].startswith("uiterlijk ") and regels[1] == "te laat"
    opgeschort = rij_waar(lambda o: o.is_opgeschort)
    assert m.index(opgeschort, ZakenModel.COL_EINDDATUM).data().startswith("opgeschort\nuiterlijk ")
    verlengd = rij_waar(lambda o: o.is_open and o.zaak.verlenging is not None)
    assert m.index(verlengd, ZakenModel.COL_EINDDATUM).data().startswith("verlengd\nuiterlijk ")
    gesloten = rij_waar(lambda o: not o.is_open)
    assert m.index(gesloten, ZakenModel.COL_EINDDATUM).data().startswith("afgerond ")
    # No cell shows a bare date: every one says gepland / uiterlijk / afgerond.
    for r in range(m.rowCount()):
        for regel in m.index(r, ZakenModel.COL_EINDDATUM).data().split("\n"):
            assert regel.split(" ")[0] in (
                "gepland",
                "uiterlijk",
                "afgerond",
                "opgeschort",
                "verlengd",
                "te",
            ), regel
    # No status column shows an internal name that has a citizen's wording.
    for r in range(m.rowCount()):
        o = p.zaken.overzicht(r)
        assert o is not None and o.huidige_statustype is not None
        if o.huidige_statustype.statustekst:
            assert m.index(r, ZakenModel.COL_STATUS).data() == o.huidige_statustype.statustekst


def test_status_wording_wraps_over_two_lines(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    kolom = p.tabel.columnWidth(ZakenModel.COL_STATUS)
    fm = p.tabel.fontMetrics()
    lang = max(
        (p.filter.index(r, ZakenModel.COL_STATUS).data() for r in range(p.aantal_zichtbaar())),
        key=fm.horizontalAdvance,
    )
    assert fm.horizontalAdvance(lang) > kolom  # the seed has sentences longer than the column
    index = p.filter.index(0, ZakenModel.COL_STATUS)
    delegate = p.tabel.itemDelegateForIndex(index)
    assert delegate is not None
    opt = QStyleOptionViewItem()
    opt.initFrom(p.tabel)
    delegate.initStyleOption(opt, index)  # type: ignore[attr-defined]
    assert opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText


def test_status_column_takes_a_share_of_the_room(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    kop = p.tabel.horizontalHeader()

    def breedtes() -> tuple[int, int]:
        return kop.sectionSize(ZakenModel.COL_ZAAKTYPE), kop.sectionSize(ZakenModel.COL_STATUS)

    zaak_smal, status_smal = breedtes()  # 820 px: the zaak pane beside it
    assert STATUS_MIN <= status_smal < zaak_smal
    p.resize(1340, 500)  # the zaak pane closed
    qtbot.waitUntil(lambda: breedtes()[1] > status_smal)
    zaak_breed, status_breed = breedtes()
    assert status_breed <= STATUS_MAX and zaak_breed > zaak_smal
    p.resize(820, 500)
    qtbot.waitUntil(lambda: breedtes() == (zaak_smal, status_smal))


def test_enter_and_arrows_choose_a_zaak(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    p.tabel.setFocus()
    p.tabel.setCurrentIndex(p.filter.index(0, 0))
    qtbot.keyClick(p.tabel, Qt.Key.Key_Return)
    eerste = p.zichtbare_zaken()[0]
    assert werkplek.model.gekozen_zaak is eerste
    qtbot.keyClick(p.tabel, Qt.Key.Key_Down)
    tweede = p.zichtbare_zaken()[1]
    qtbot.waitUntil(lambda: werkplek.model.gekozen_zaak is tweede, timeout=2000)
    qtbot.waitUntil(lambda: werkplek.model.zaak_detail is not None, timeout=10000)


def test_click_chooses_a_zaak(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    rect = p.tabel.visualRect(p.filter.index(2, 0))
    qtbot.mouseClick(p.tabel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert werkplek.model.gekozen_zaak is p.zichtbare_zaken()[2]


def test_partial_rows_while_loading(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    voorlopig: list[int] = []

    def gezien(onderdeel: Onderdeel) -> None:
        if (
            onderdeel is Onderdeel.ZAKEN
            and werkplek.model.status(onderdeel) is DeelStatus.VOORLOPIG
        ):
            voorlopig.append(p.zaken.rowCount())
            assert p.zaken.index(0, ZakenModel.COL_STATUS).data() == "Status laden…"

    werkplek.model.deelGewijzigd.connect(gezien)
    laad(qtbot, werkplek)
    assert voorlopig and voorlopig[0] == 8
    assert p.zaken.index(0, ZakenModel.COL_STATUS).data() != "Status laden…"


def test_many_zaken(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek, ZWARE_BSN)
    assert p.zaken.rowCount() >= 45
    alle, open_, afgesloten = p.zaken.aantallen()
    assert alle == open_ + afgesloten


def test_item_models(qtbot: Any, werkplek: Werkplek, qtmodeltester: Any) -> None:
    laad(qtbot, werkplek)
    assert werkplek.model.beeld is not None
    model = ZakenModel()
    model.set_rows(werkplek.model.beeld.zaken)
    qtmodeltester.check(model)
    proxy = ZakenFilterModel()
    proxy.setSourceModel(model)
    proxy.zet_filter(ZaakFilter.OPEN)
    qtmodeltester.check(proxy)


def test_zaaksysteem_down_shows_failure_and_retry(
    qtbot: Any, fresh_sandbox: Any, eigen_werkplek: Werkplek
) -> None:
    w = eigen_werkplek
    window = MainWindow(w.model, w.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    server = fresh_sandbox
    server.sandbox.faults.down = {"zaken"}
    laad(qtbot, w)
    p = window.zaken
    assert w.model.status(Onderdeel.ZAKEN) is DeelStatus.FOUT
    assert p.status.isVisible()
    assert "niet bereikbaar" in p.status.tekst.text()
    assert p.status.knop.isVisible()
    # the rest of the window works
    assert w.model.status(Onderdeel.PERSOON) is DeelStatus.KLAAR
    assert w.model.status(Onderdeel.KLANTCONTACTEN) is DeelStatus.KLAAR
    server.sandbox.faults.down = set()
    qtbot.mouseClick(p.status.knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.model.status(Onderdeel.ZAKEN) is DeelStatus.KLAAR, timeout=10000)
    assert p.zaken.rowCount() == 8
    assert not p.status.isVisible()


def test_cleared_on_end_of_contact(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    werkplek.sessie.kies_zaak(p.zichtbare_zaken()[0])
    werkplek.sessie.beeindig_contact()
    assert p.zaken.rowCount() == 0
    teksten = _alle_teksten(p)
    for woord in ("ZAAK-20", "Moulin", VOORBEELD_BSN, "omgevingsvergunning"):
        assert not any(woord in t for t in teksten), woord


def _alle_teksten(root: QWidget) -> list[str]:
    out = [w.text() for w in root.findChildren(QLabel)]
    out += [w.text() for w in root.findChildren(QAbstractButton)]
    return out


def test_the_zaaks_own_omschrijving_under_the_zaaktype(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    m = p.zaken
    for rij in range(m.rowCount()):
        z = m.overzicht(rij)
        assert z is not None
        eigen = z.zaak.omschrijving or ""
        assert eigen and eigen != zaaktype_naam(z)  # the seed gives each zaak its own
        assert m.index(rij, 0).data(ZaakRol.OmschrijvingRole) == eigen
        toegankelijk = m.index(rij, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        assert toegankelijk == f"{zaaktype_naam(z)}, {eigen}, {z.zaak.identificatie}"
        assert eigen in m.index(rij, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_an_omschrijving_that_repeats_the_zaaktype_is_not_shown_twice(
    qtbot: Any, werkplek: Werkplek
) -> None:
    laad(qtbot, werkplek)
    assert werkplek.model.beeld is not None
    z = werkplek.model.beeld.zaken[0]
    herhaald = replace(
        z, zaak=z.zaak.model_copy(update={"omschrijving": " " + zaaktype_naam(z).upper()})
    )
    leeg = replace(z, zaak=z.zaak.model_copy(update={"omschrijving": None}))
    assert eigen_omschrijving(herhaald) == ""
    assert eigen_omschrijving(leeg) == ""
    zonder_type = replace(z, zaaktype=None)  # the name falls back to the omschrijving itself
    assert eigen_omschrijving(zonder_type) == ""
