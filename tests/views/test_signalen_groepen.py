"""Signalen in two groups: the citizen's to-dos apart from ours, in words and in look."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton

from klantbeeld.services.apis.zgw import Zaak
from klantbeeld.services.klantbeeld.composer import Klantbeeld, ZaakOverzicht
from klantbeeld.views.panels.signalen import (
    VOOR_GEMEENTE,
    VOOR_INWONER,
    Signaal,
    SignalenPaneel,
    bereken_signalen,
    op_groep,
    wacht_op_inwoner,
)
from klantbeeld.views.theme import load_theme
from tests.views.conftest import Werkplek

SUZANNE = "999993653"
VANDAAG = date(2026, 12, 1)


def laad(qtbot: Any, w: Werkplek) -> SignalenPaneel:
    paneel = SignalenPaneel(w.model, w.sessie)
    qtbot.addWidget(paneel)
    paneel.resize(1340, 40)
    paneel.show()
    w.sessie.open_persoon(SUZANNE)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    return paneel


def opgeschort(reden: str) -> ZaakOverzicht:
    zaak = Zaak.model_validate(
        {
            "url": f"http://oz.test/zaken/{abs(hash(reden))}",
            "zaaktype": "http://oz.test/zaaktypen/1",
            "opschorting": {"indicatie": True, "reden": reden},
        }
    )
    return ZaakOverzicht(zaak, None, [], None, None, None, True)


def achtergrond(chip: QPushButton) -> str:
    """The colour inside the pill, beside its text (right padding, mid height)."""
    beeld = chip.grab().toImage()
    schaal = beeld.devicePixelRatio()
    x = int((chip.width() - 4) * schaal)
    y = int(chip.height() / 2 * schaal)
    return QColor(beeld.pixel(x, y)).name()


def test_who_a_suspension_waits_on() -> None:
    assert wacht_op_inwoner("Wachten op aanvullende gegevens van de aanvrager.")
    assert wacht_op_inwoner("Aanvrager heeft om uitstel gevraagd.")
    assert not wacht_op_inwoner("Advies van een externe partij nodig.")
    assert not wacht_op_inwoner("")
    assert not wacht_op_inwoner(None)
    beeld = Klantbeeld(
        "persoon",
        SUZANNE,
        zaken=[
            opgeschort("Wachten op aanvullende gegevens van de aanvrager."),
            opgeschort("Advies van een externe partij nodig."),
            opgeschort("Advies van de welstandscommissie."),
        ],
    )
    signalen = op_groep(bereken_signalen(beeld, VANDAAG))
    assert [(s.voor, s.tekst) for s in signalen] == [
        (VOOR_INWONER, "1 zaak opgeschort"),
        (VOOR_GEMEENTE, "2 zaken opgeschort"),
    ]


def test_whose_turn_by_kind() -> None:
    betaling = Signaal("betaling_te_laat", 1, "1 betaling te laat", "fout", 2, "betaling")
    te_laat = Signaal("zaak_te_laat", 1, "1 zaak te laat", "fout", 0, "zaak")
    assert (betaling.voor, te_laat.voor) == (VOOR_INWONER, VOOR_GEMEENTE)
    assert op_groep([te_laat, betaling]) == [betaling, te_laat]


def test_suzannes_signalen_in_two_groups(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = laad(qtbot, werkplek)
    voor = {s.soort: s.voor for s in paneel.signalen}
    assert voor == {
        "zaak_opgeschort": VOOR_INWONER,  # waits on the aanvrager's aanvullende gegevens
        "betaling_te_laat": VOOR_INWONER,
        "zaak_te_laat": VOOR_GEMEENTE,
        "wacht:Contactverzoek": VOOR_GEMEENTE,
        "wacht:Vraag": VOOR_GEMEENTE,
    }
    # The citizen's first, then ours; the chips in the same order as the signalen.
    assert [s.voor for s in paneel.signalen] == [VOOR_INWONER] * 2 + [VOOR_GEMEENTE] * 3
    assert [c.text() for c in paneel.chips] == [s.tekst for s in paneel.signalen]
    # In words: a heading before each group, in the layout order.
    volgorde = [
        w.text()
        for i in range(paneel._chips_layout.count())
        if (item := paneel._chips_layout.itemAt(i)) is not None
        and isinstance(w := item.widget(), QLabel | QPushButton)
    ]
    assert volgorde[0] == "Voor de inwoner:"
    assert volgorde[3] == "Voor ons:"
    assert [g.text() for g in paneel.groepen] == ["Voor de inwoner:", "Voor ons:"]
    for chip, signaal in zip(paneel.chips, paneel.signalen, strict=True):
        kop = "Voor de inwoner:" if signaal.voor == VOOR_INWONER else "Voor ons:"
        assert chip.accessibleName() == f"{kop} {signaal.tekst}"
        assert chip.property("voor") == signaal.voor
        assert chip.isVisible() and chip.width() >= chip.sizeHint().width()  # nothing cut off


def test_the_two_groups_look_different(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = laad(qtbot, werkplek)
    t = load_theme()
    per_soort = dict(zip((s.soort for s in paneel.signalen), paneel.chips, strict=True))
    # Filled for the citizen, white (outlined) for us, whatever the level.
    assert achtergrond(per_soort["betaling_te_laat"]) == QColor(t.error_bg).name()
    assert achtergrond(per_soort["zaak_opgeschort"]) == QColor(t.warning_bg).name()
    assert achtergrond(per_soort["zaak_te_laat"]) == QColor(t.surface).name()
    assert achtergrond(per_soort["wacht:Vraag"]) == QColor(t.surface).name()
    assert QColor(t.surface) != QColor(t.error_bg)
    assert QColor(t.surface) != QColor(t.warning_bg)


def test_groups_are_cleared_with_the_contact(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = laad(qtbot, werkplek)
    assert paneel.groepen
    werkplek.sessie.beeindig_contact()
    assert paneel.chips == [] and paneel.groepen == []
    assert paneel._chips_layout.count() == 0
