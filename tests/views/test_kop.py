"""The header over the oefenomgeving: person, geheimhouding, overleden, company, copy, wipe."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from klantbeeld.services.klantbeeld.composer import Onderdeel
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.models.beeld import DeelStatus
from klantbeeld.views.panels.kop import KopPaneel, leeftijd_op, maskeer_bsn
from tests.views.conftest import Werkplek

SUZANNE = "999993653"
GEHEIM = "999971104"
OVERLEDEN = "999970239"
RNI_OVERLEDEN = "999990305"
KVK = "68750110"


def teksten(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` shows or tells assistive technology."""
    uit: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        uit += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel | QAbstractButton):
            uit.append(w.text())
        if isinstance(w, QAbstractButton) and hasattr(w, "menu") and w.menu() is not None:
            uit += [a.text() for a in w.menu().actions()]
    return [t for t in uit if t]


def kop(qtbot: Any, w: Werkplek) -> KopPaneel:
    paneel = KopPaneel(w.model, w.sessie)
    qtbot.addWidget(paneel)
    paneel.resize(1340, 110)
    paneel.show()
    return paneel


def laad(qtbot: Any, w: Werkplek, *, bsn: str | None = None, kvk: str | None = None) -> None:
    if bsn:
        w.sessie.open_persoon(bsn)
    else:
        assert kvk
        w.sessie.open_bedrijf(kvk)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)


def test_helpers() -> None:
    assert maskeer_bsn("999993653") == "*****3653"
    assert leeftijd_op(date(1985, 12, 1), date(2026, 12, 1)) == 41
    assert leeftijd_op(date(1985, 12, 2), date(2026, 12, 1)) == 40


def test_person_header_name_age_masked_bsn_address(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = kop(qtbot, werkplek)
    laad(qtbot, werkplek, bsn=SUZANNE)
    assert paneel.naam.text() == "Suzanne Moulin"
    assert "1 december 1985" in paneel.geboorte.text()
    assert "41 jaar" in paneel.geboorte.text()
    assert paneel.nummer.tekst.text() == "BSN *****3653"
    assert SUZANNE not in " ".join(teksten(paneel))
    assert "Boterdiep 31" in paneel.adres.text()
    assert "Jean Marie Beaudelaire" in paneel.relaties.volledige_tekst()

    qtbot.mouseClick(paneel.bsn_knop, Qt.MouseButton.LeftButton)
    assert paneel.nummer.tekst.text() == f"BSN {SUZANNE}"
    paneel.toggle_bsn()
    assert paneel.nummer.tekst.text() == "BSN *****3653"


def test_ctrl_b_reveals_the_bsn_in_the_window(qtbot: Any, werkplek: Werkplek) -> None:
    window = MainWindow(werkplek.model, werkplek.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    laad(qtbot, werkplek, bsn=SUZANNE)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.kop.nummer.tekst.text() == f"BSN {SUZANNE}", timeout=2000)
    # compact: read in one glance, also with the longest name and most indicators
    assert window.kop.height() <= 110
    laad(qtbot, werkplek, bsn=RNI_OVERLEDEN)
    assert window.kop.nummer.tekst.text() == "BSN *****0305"  # masked again for a new caller
    window.kop.adjustSize()
    assert window.kop.sizeHint().height() <= 110


def test_geheimhouding_hides_the_address_everywhere(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = kop(qtbot, werkplek)
    laad(qtbot, werkplek, bsn=GEHEIM)
    alles = " ".join(teksten(paneel))
    assert "Geheimhouding: adres niet bekendmaken" in alles
    assert "Lipariweg" not in alles
    assert "1044" not in alles
    for w in QApplication.allWidgets():  # not even in a hidden widget
        assert "Lipariweg" not in " ".join(teksten(w))


def test_overleden_shows_the_date(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = kop(qtbot, werkplek)
    laad(qtbot, werkplek, bsn=OVERLEDEN)
    assert "Overleden op 1 augustus 2020" in teksten(paneel)
    assert "jaar" not in paneel.geboorte.text()  # no age for the deceased


def test_rni_and_opschorting_indicators(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = kop(qtbot, werkplek)
    laad(qtbot, werkplek, bsn="999990585")
    alles = teksten(paneel)
    assert "Niet-ingezetene (RNI)" in alles
    assert any(t.startswith("Bijhouding opgeschort: emigratie") for t in alles)
    laad(qtbot, werkplek, bsn="999970008")
    assert "Gegevens in onderzoek" in teksten(paneel)


def test_company_header(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = kop(qtbot, werkplek)
    laad(qtbot, werkplek, kvk=KVK)
    assert paneel.naam.text() == "Hofstad Bouw & Onderhoud B.V."
    assert paneel.nummer.tekst.text() == f"KVK {KVK}"
    assert "Besloten Vennootschap" in paneel.rechtsvorm.text()
    assert "Spui 196" in paneel.adres.text()
    assert paneel.vestigingen_knop.text() == "1 vestiging"
    assert paneel.vestigingen_knop.menu() is not None
    assert len(paneel.vestigingen_knop.menu().actions()) == 1
    assert not paneel.bsn_knop.isVisible()
    assert [v.waarde() for v in paneel.contactvelden] == ["0708750110", "info1@bedrijf.example"]


def test_contact_details_copy_to_the_clipboard(qtbot: Any, werkplek: Werkplek) -> None:
    paneel = kop(qtbot, werkplek)
    laad(qtbot, werkplek, bsn=SUZANNE)
    waarden = [v.waarde() for v in paneel.contactvelden]
    assert waarden == ["0612345678", "s.moulin@example.nl"]
    veld = paneel.contactvelden[1]
    with qtbot.waitSignal(veld.gekopieerd):
        qtbot.mouseClick(veld.knop, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "s.moulin@example.nl"
    assert veld.knop.text() == "Gekopieerd"
    qtbot.waitUntil(lambda: veld.knop.text() == "", timeout=3000)
    assert veld.knop.accessibleName() == "Kopieer e-mailadres"


def test_failure_per_source_with_retry(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    paneel = kop(qtbot, eigen_werkplek)
    fresh_sandbox.sandbox.faults.down = {"klantinteracties"}
    laad(qtbot, eigen_werkplek, bsn=SUZANNE)
    assert eigen_werkplek.model.status(Onderdeel.CONTACTGEGEVENS) is DeelStatus.FOUT
    assert paneel.naam.text() == "Suzanne Moulin"  # the BRP part still shows
    assert paneel.status_contact.isVisible()
    assert "niet bereikbaar" in paneel.status_contact.tekst.text()
    fresh_sandbox.sandbox.faults.down = set()
    qtbot.mouseClick(paneel.status_contact.knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(paneel.contactvelden) == 2, timeout=10000)
    assert not paneel.status_contact.isVisible()


@pytest.mark.parametrize("bsn", [SUZANNE, OVERLEDEN])
def test_end_of_contact_clears_every_personal_value(
    qtbot: Any, werkplek: Werkplek, bsn: str
) -> None:
    paneel = kop(qtbot, werkplek)
    laad(qtbot, werkplek, bsn=bsn)
    persoon = werkplek.model.beeld.persoon if werkplek.model.beeld else None
    assert persoon is not None
    geheim = [bsn, bsn[-4:], persoon.volledige_naam, *persoon.adresregels]
    geheim += [a.adres or "" for a in werkplek.model.beeld.partij.digitale_adressen]  # type: ignore[union-attr]
    paneel.toggle_bsn()
    werkplek.sessie.beeindig_contact()
    alles = " ".join(teksten(paneel))
    for waarde in geheim:
        assert waarde not in alles, waarde
    assert not paneel.naam.text()
