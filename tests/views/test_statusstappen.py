"""The zaak's steps over the oefenomgeving: later steps say when they are expected."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.klantbeeld.composer import ZaakOverzicht
from klantbeeld.services.klantbeeld.datums import lange_datum
from klantbeeld.views.panels.zaakdetail import ZaakDetailPaneel
from klantbeeld.views.statusstappen import StatusStappen, Toestand
from klantbeeld.views.theme import load_theme
from tests.conftest import TEST_VANDAAG
from tests.views.conftest import Werkplek

OMGEVING = "ZAAK-2026-0000000001"
AFGESLOTEN = "ZAAK-2025-0000000001"
TE_LAAT = "ZAAK-2026-0000000002"
OPGESCHORT = "ZAAK-2026-0000000003"
VERLENGD = "ZAAK-2026-0000000004"


def zaak(qtbot: Any, w: Werkplek, identificatie: str) -> ZaakOverzicht:
    if w.model.beeld is None:
        w.sessie.open_persoon(VOORBEELD_BSN)
        qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    assert w.model.beeld is not None
    return next(z for z in w.model.beeld.zaken if z.zaak.identificatie == identificatie)


def stappen(qtbot: Any, overzicht: ZaakOverzicht) -> StatusStappen:
    s = StatusStappen()
    s.vandaag = lambda: TEST_VANDAAG
    qtbot.addWidget(s)
    s.resize(480, 400)
    s.show()
    s.toon(overzicht)
    return s


def onder_regels(s: StatusStappen) -> list[QLabel]:
    """The small line under each later step that has one."""
    return [lbl for lbl in s.findChildren(QLabel) if lbl.property("verwachting")]


def test_the_last_step_says_when_it_is_expected(qtbot: Any, werkplek: Werkplek) -> None:
    overzicht = zaak(qtbot, werkplek, OMGEVING)
    gepland = overzicht.zaak.einddatum_gepland
    assert gepland is not None and gepland >= TEST_VANDAAG
    s = stappen(qtbot, overzicht)
    later = [st for st in s.stappen if st.toestand is Toestand.LATER]
    assert later, "the oefenomgeving's omgevingsvergunning has steps still to come"
    laatste = later[-1]
    assert laatste.verwachting is not None and laatste.verwachting.datum == gepland
    # Steps in between have no date of their own in the catalogus: none is made up.
    assert all(st.verwachting is not None and st.verwachting.datum is None for st in later[:-1])
    regels = onder_regels(s)
    assert len(regels) == 1
    assert regels[0].text().startswith(f"Verwacht vóór {lange_datum(gepland)}")
    # The eindstatus informs the citizen (informeren): the agent can say so.
    assert regels[0].text().endswith("de inwoner krijgt dan bericht")
    assert regels[0].toolTip() == "Berekend uit de geplande einddatum van de zaak."
    assert regels[0].property("verwachting") == "verwacht"
    tekst = s.teksten()
    assert any(t.startswith("Verwacht vóór ") for t in tekst)
    # Screen readers get it with the step.
    rij = regels[0].parentWidget()
    assert rij is not None and "Verwacht vóór" in rij.accessibleName()


def test_a_late_zaak_says_verlopen_in_the_error_colour(qtbot: Any, werkplek: Werkplek) -> None:
    overzicht = zaak(qtbot, werkplek, TE_LAAT)
    uiterlijk = overzicht.zaak.uiterlijke_einddatum_afdoening
    assert uiterlijk is not None and uiterlijk < TEST_VANDAAG
    s = stappen(qtbot, overzicht)
    regels = onder_regels(s)
    assert [r.text().split(" · ")[0] for r in regels] == [
        f"Verwacht vóór {lange_datum(uiterlijk)} (verlopen)"
    ]
    assert regels[0].property("verwachting") == "verlopen"
    assert load_theme().error_text in regels[0].styleSheet()


def test_an_opgeschorte_zaak_promises_no_date(qtbot: Any, werkplek: Werkplek) -> None:
    overzicht = zaak(qtbot, werkplek, OPGESCHORT)
    assert overzicht.is_opgeschort
    s = stappen(qtbot, overzicht)
    regels = onder_regels(s)
    assert len(regels) == 1
    assert regels[0].text().startswith("Opgeschort: de termijn staat stil (was: vóór ")
    assert load_theme().warning_text in regels[0].styleSheet()


def test_a_closed_zaak_has_no_expectations(qtbot: Any, werkplek: Werkplek) -> None:
    s = stappen(qtbot, zaak(qtbot, werkplek, AFGESLOTEN))
    assert all(st.toestand is Toestand.BEREIKT for st in s.stappen)
    assert onder_regels(s) == []
    assert not any("Verwacht" in t for t in s.teksten())


def test_the_zaak_pane_shows_the_expectation(qtbot: Any, werkplek: Werkplek) -> None:
    p = ZaakDetailPaneel(werkplek.model, werkplek.sessie)
    qtbot.addWidget(p)
    p.resize(520, 700)
    p.show()
    overzicht = zaak(qtbot, werkplek, VERLENGD)
    werkplek.sessie.kies_zaak(overzicht)
    qtbot.waitUntil(lambda: werkplek.model.zaak_detail is not None, timeout=10000)
    uiterlijk = overzicht.zaak.uiterlijke_einddatum_afdoening
    gepland = overzicht.zaak.einddatum_gepland
    assert uiterlijk is not None and gepland is not None
    # A verlengde zaak: both its dates moved with the verlenging, as ZAC does.
    assert gepland > TEST_VANDAAG
    verwacht = f"Verwacht vóór {lange_datum(min(gepland, uiterlijk))}"
    assert any(t.startswith(verwacht) for t in p.stappen.teksten()), p.stappen.teksten()
