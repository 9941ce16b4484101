"""The search field over the oefenomgeving: kinds while typing, messages, the pick list by keys."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.klantbeeld.zoeken import Treffer, TrefferSoort, Zoekresultaat
from klantbeeld.services.klantbeeld.zoekvraag import PostcodeVraag, herken
from klantbeeld.views.models.treffers_model import COL_TREFFER, TrefferRol, TreffersModel
from klantbeeld.views.zoekbalk import Zoekbalk
from tests.views.conftest import Werkplek

#: Two persons share this name and birth date in the seed.
TWEE_TREFFERS = "Taher 16-03-2010"
MARKUP = "<b>vet</b> <script>alert(1)</script>"


@pytest.fixture
def z(qtbot: Any, werkplek: Werkplek) -> Iterator[Zoekbalk]:
    """A Zoekbalk in a window of its own, with room under it for the pick list."""
    window = QMainWindow()
    qtbot.addWidget(window)
    centraal = QWidget()
    layout = QVBoxLayout(centraal)
    zoekbalk = Zoekbalk(werkplek.sessie)
    layout.addWidget(zoekbalk)
    layout.addWidget(QLabel("klantbeeld"), 1)
    window.setCentralWidget(centraal)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    zoekbalk.focus()
    yield zoekbalk
    window.close()


def typ(qtbot: Any, z: Zoekbalk, tekst: str) -> None:
    z.veld.clear()
    qtbot.keyClicks(z.veld, tekst)


def zoek_veel(qtbot: Any, z: Zoekbalk) -> None:
    typ(qtbot, z, TWEE_TREFFERS)
    qtbot.keyClick(z.veld, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: z.lijst_open, timeout=10000)


@pytest.mark.parametrize(
    ("tekst", "label"),
    [
        (VOORBEELD_BSN, "BSN"),
        ("68750110", "KVK-nummer"),
        ("000037178598", "Vestigingsnummer"),
        ("3077AW 31", "Postcode en huisnummer"),
        ("Moulin 01-12-1985", "Achternaam en geboortedatum"),
        ("ZAAK-2026-0000000001", "Zaaknummer"),
        ("0612345678", "Telefoonnummer"),
        ("s.moulin@example.nl", "E-mailadres"),
    ],
)
def test_the_kind_shows_while_typing(
    qtbot: Any, werkplek: Werkplek, z: Zoekbalk, tekst: str, label: str
) -> None:
    typ(qtbot, z, tekst)
    assert z.soort.isVisible()
    assert z.soort.text() == label == herken(tekst).label
    assert z.soort.property("niveau") == "info"
    assert label in z.veld.accessibleDescription()


def test_an_invalid_bsn_warns_and_keeps_the_text(
    qtbot: Any, werkplek: Werkplek, z: Zoekbalk
) -> None:
    typ(qtbot, z, "123456789")
    assert z.soort.text() == "BSN klopt niet"
    assert z.soort.property("niveau") == "waarschuwing"
    assert not z.melding.isVisible()  # not while typing
    qtbot.keyClick(z.veld, Qt.Key.Key_Return)
    assert z.melding.isVisible()
    assert z.melding.text() == "Dit BSN klopt niet — controleer de cijfers."
    assert z.melding.property("niveau") == "fout"
    assert z.melding.textFormat() is Qt.TextFormat.PlainText
    assert z.veld.text() == "123456789"
    assert werkplek.model.beeld is None


@pytest.mark.parametrize(
    ("tekst", "badge", "melding"),
    [
        ("９９９９９３６５３", "Vreemde tekens", "Alleen de cijfers 0–9 zijn toegestaan"),
        ("𝟗𝟗𝟗𝟗𝟗𝟑𝟔𝟓𝟑", "Vreemde tekens", "Alleen de cijfers 0–9 zijn toegestaan"),
        ("٦٨٧٥٠١١٠", "Vreemde tekens", "Alleen de cijfers 0–9 zijn toegestaan"),
        ("Jans\x00en 01-02-1980", "Vreemde tekens", "onzichtbaar stuurteken"),
        ("3077 AW 0", "Postcode en huisnummer", "Een huisnummer is een getal van 1 tot en met"),
    ],
)
def test_input_a_server_refuses_is_said_and_kept(
    qtbot: Any, werkplek: Werkplek, z: Zoekbalk, tekst: str, badge: str, melding: str
) -> None:
    z.veld.setText(tekst)  # pasted: keyClicks cannot type NUL or astral characters
    assert z.soort.text() == badge
    qtbot.keyClick(z.veld, Qt.Key.Key_Return)
    assert z.melding.isVisible() and melding in z.melding.text()
    assert "niet bereikbaar" not in z.melding.text()
    assert z.melding.property("niveau") == "fout"
    assert z.veld.text() == tekst
    assert werkplek.model.beeld is None and not z.bezig.isVisible()


def test_a_search_the_server_refuses_says_what_not_unreachable(
    qtbot: Any, werkplek: Werkplek, z: Zoekbalk
) -> None:
    # A huisletter the recogniser never makes reaches the BRP, which answers 400.
    z.veld.setText("3077 AW 31 é")
    vraag = PostcodeVraag("3077 AW 31 é", "3077AW", 31, huisletter="é")
    werkplek.sessie.zoek(vraag)
    qtbot.waitUntil(z.melding.isVisible, timeout=10000)
    assert z.melding.text() == (
        "BRP (Personen) weigert deze zoekvraag: de huisletter klopt niet. "
        "Controleer wat u typte en pas het aan."
    )
    assert z.melding.property("niveau") == "fout"
    assert z.veld.text() == "3077 AW 31 é"


def test_a_postcode_finds_at_least_the_person(qtbot: Any, werkplek: Werkplek, z: Zoekbalk) -> None:
    typ(qtbot, z, "3077AW 31")
    qtbot.keyClick(z.veld, Qt.Key.Key_Return)

    def gevonden() -> bool:
        beeld = werkplek.model.beeld
        if beeld is not None:
            return beeld.sleutel == VOORBEELD_BSN
        return any(
            (t := z.treffers.treffer(r)) is not None and t.sleutel == VOORBEELD_BSN
            for r in range(z.treffers.rowCount())
        )

    qtbot.waitUntil(gevonden, timeout=10000)


def test_editing_the_text_hides_a_message_about_the_old_text(
    qtbot: Any, werkplek: Werkplek, z: Zoekbalk
) -> None:
    typ(qtbot, z, "1234")
    qtbot.keyClick(z.veld, Qt.Key.Key_Return)
    assert z.melding.isVisible() and "te kort" in z.melding.text()
    qtbot.keyClicks(z.veld, "5")
    assert not z.melding.isVisible()
    assert z.veld.text() == "12345"


def test_several_hits_open_a_list_and_keys_open_the_chosen_one(
    qtbot: Any, werkplek: Werkplek, z: Zoekbalk
) -> None:
    zoek_veel(qtbot, z)
    assert z.treffers.rowCount() >= 2
    assert "klanten gevonden" in z.lijst_kop.text()
    assert z.veld.hasFocus()  # the field keeps the cursor until Down
    assert not z.bezig.isVisible()

    qtbot.keyClick(z.veld, Qt.Key.Key_Down)
    assert z.lijst.hasFocus()
    assert z.lijst.currentIndex().row() == 0
    qtbot.keyClick(z.lijst, Qt.Key.Key_Down)
    assert z.lijst.currentIndex().row() == 1
    gekozen = z.treffers.treffer(1)
    assert gekozen is not None
    qtbot.keyClick(z.lijst, Qt.Key.Key_Return)
    assert not z.lijst_open
    qtbot.waitUntil(lambda: werkplek.model.beeld is not None, timeout=5000)
    assert werkplek.model.beeld is not None
    assert werkplek.model.beeld.sleutel == gekozen.sleutel
    assert z.veld.text() == TWEE_TREFFERS
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)


def test_escape_closes_the_list_and_returns_to_the_field(
    qtbot: Any, werkplek: Werkplek, z: Zoekbalk
) -> None:
    zoek_veel(qtbot, z)
    qtbot.keyClick(z.veld, Qt.Key.Key_Down)
    assert z.lijst.hasFocus()
    qtbot.keyClick(z.lijst, Qt.Key.Key_Escape)
    assert not z.lijst_open
    assert z.veld.hasFocus()
    assert z.veld.text() == TWEE_TREFFERS
    assert werkplek.model.beeld is None
    qtbot.keyClick(z.veld, Qt.Key.Key_Down)  # the hits are still there
    assert z.lijst_open and z.lijst.hasFocus()
    qtbot.keyClick(z.lijst, Qt.Key.Key_Up)  # up from the first hit: back in the field
    assert z.veld.hasFocus()
    qtbot.keyClick(z.veld, Qt.Key.Key_Escape)
    assert not z.lijst_open


def test_the_list_lies_under_the_field_inside_the_window(
    qtbot: Any, werkplek: Werkplek, z: Zoekbalk
) -> None:
    zoek_veel(qtbot, z)
    venster = z.window()
    paneel = z.lijst_paneel
    assert paneel.parentWidget() is venster
    onder_veld = z.veld.mapTo(venster, z.veld.rect().bottomLeft()).y()
    assert paneel.geometry().top() >= onder_veld
    assert venster.rect().contains(paneel.geometry())


def test_nothing_found_names_what_was_searched(qtbot: Any, werkplek: Werkplek, z: Zoekbalk) -> None:
    typ(qtbot, z, "Bestaatniet 01-01-1950")
    qtbot.keyClick(z.veld, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: z.melding.isVisible(), timeout=10000)
    assert z.melding.text().startswith("Niets gevonden")
    assert "Bestaatniet 01-01-1950" in z.melding.text()
    assert z.veld.text() == "Bestaatniet 01-01-1950"


def test_busy_while_searching(qtbot: Any, werkplek: Werkplek, z: Zoekbalk) -> None:
    werkplek.sessie.zoekBezig.emit(True)
    assert z.bezig.isVisible()
    assert z.veld.isEnabled()
    werkplek.sessie.zoekBezig.emit(False)
    assert not z.bezig.isVisible()


def test_end_of_contact_forgets_the_hits(qtbot: Any, werkplek: Werkplek, z: Zoekbalk) -> None:
    zoek_veel(qtbot, z)
    werkplek.sessie.beeindig_contact()
    assert z.treffers.rowCount() == 0
    assert not z.lijst_open
    z.wis()
    teksten = [z.veld.text(), z.melding.text(), z.lijst_kop.text(), z.soort.text()]
    assert teksten == ["", "", "", ""]


def test_hits_are_plain_text(qtbot: Any, werkplek: Werkplek, z: Zoekbalk) -> None:
    treffer = Treffer(TrefferSoort.PERSOON, VOORBEELD_BSN, MARKUP, MARKUP)
    werkplek.sessie.treffersGevonden.emit(Zoekresultaat(herken("Jansen 01-01-1980"), [treffer]))
    assert z.lijst_open
    index = z.treffers.index(0, COL_TREFFER)
    assert index.data(TrefferRol.TITEL) == MARKUP
    assert index.data(Qt.ItemDataRole.DisplayRole) == f"{MARKUP}\n{MARKUP}"
    z.lijst.grab()  # the delegate paints without rich text (and without raising)
    assert z.lijst_kop.textFormat() is Qt.TextFormat.PlainText


def test_the_hits_model(qtmodeltester: Any) -> None:
    model = TreffersModel()
    model.set_rows(
        [
            Treffer(TrefferSoort.PERSOON, VOORBEELD_BSN, "Suzanne Moulin", "geboren 01-12-1985"),
            Treffer(TrefferSoort.BEDRIJF, "68750110", MARKUP, ""),
            Treffer(TrefferSoort.PERSOON, "999971104", "Persoon", "adres geheim"),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(1, 0).data(TrefferRol.SOORT) == "Bedrijf"
    assert isinstance(model.index(0, 0).data(TrefferRol.TREFFER), Treffer)
    assert model.data(model.index(7, 0)) is None
    model.wis()
    assert model.rowCount() == 0
