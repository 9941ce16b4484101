"""Each source's state as the agent reads it: off ("niet ingesteld"), failing, or not knowing
the klant; and the name from Klantinteracties when the BRP gives none."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from klantbeeld.services.klantbeeld.composer import Onderdeel
from klantbeeld.services.verbinding.errors import (
    ApiTimeout,
    ApiVerbindingsfout,
    KlantbeeldError,
    NietGeautoriseerd,
    NietGevonden,
    NietIngesteld,
)
from klantbeeld.services.werkplek.settings import ApiNaam
from klantbeeld.views.deelstatus import DeelStatusBalk, Melding, foutmelding
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.models.beeld import DeelStatus
from tests.views.conftest import Werkplek, maak_werkplek, sluit_werkplek, venster

SUZANNE = "999993653"
#: A valid BSN the BRP does not know; the test gives it a partij in Klantinteracties.
ONBEKEND_BSN = "111222333"
#: The alert's left border (klantbeeld.qss, ``border-left: 4px``).
RAND_PX = 4


def laad(qtbot: Any, w: Werkplek, bsn: str) -> None:
    w.sessie.open_persoon(bsn)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)


def zichtbaar_in(balk: DeelStatusBalk, window: QWidget) -> bool:
    return balk.isVisibleTo(window)


@pytest.fixture
def zonder_brp_en_betalingen(
    sandbox_server: Any, qtbot: Any
) -> Iterator[tuple[Werkplek, MainWindow]]:
    """The window with Suzanne's klantbeeld, BRP and Betalingen not configured (no client)."""
    w = maak_werkplek(sandbox_server, zonder=(ApiNaam.BRP, ApiNaam.BETALINGEN))
    window = venster(qtbot, w)
    laad(qtbot, w, SUZANNE)
    yield w, window
    sluit_werkplek(w, qtbot)


def test_a_source_that_is_off_is_neutral_without_retry(
    zonder_brp_en_betalingen: tuple[Werkplek, MainWindow],
) -> None:
    w, window = zonder_brp_en_betalingen
    assert w.model.status(Onderdeel.PERSOON) is DeelStatus.NIET_INGESTELD
    assert w.model.status(Onderdeel.BETALINGEN) is DeelStatus.NIET_INGESTELD

    kern = window.kop.status_kern
    assert kern.tekst.text() == "BRP (Personen) is niet ingesteld"
    assert kern.tekst.property("niveau") == "neutraal"
    assert zichtbaar_in(kern, window) and not kern.knop.isVisibleTo(window)

    betalingen = window.betalingen.deelstatus
    assert betalingen.tekst.text() == "Betalingen is niet ingesteld"
    assert betalingen.tekst.property("niveau") == "neutraal"
    assert not betalingen.knop.isVisibleTo(window)
    assert not window.betalingen.view.isVisibleTo(window)  # no empty table under it
    assert window.tabs.tabText(2) == "Betalingen"  # no "(!)": nothing failed

    # The summary row stays calm about a source that is off; the rest of the klantbeeld works.
    assert not zichtbaar_in(window.signalen.status, window)
    assert window.tabs.tabText(0) == "Zaken (8)"
    assert "niet bereikbaar" not in " ".join(
        b.tekst.text() for b in window.findChildren(DeelStatusBalk) if b.isVisibleTo(window)
    )


def test_without_brp_the_header_names_the_klant_from_klantinteracties(
    zonder_brp_en_betalingen: tuple[Werkplek, MainWindow],
) -> None:
    w, window = zonder_brp_en_betalingen
    assert window.kop.naam.text() == "Suzanne Moulin"
    assert window.kop.naam_bron.isVisibleTo(window)
    assert window.kop.naam_bron.text() == "naam uit Klantinteracties"
    w.sessie.beeindig_contact()
    assert not window.kop.naam.text() and not window.kop.naam_bron.isVisibleTo(window)


def test_brp_down_red_with_retry_source_named_once_border_clear_of_text(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    window = venster(qtbot, eigen_werkplek)  # shown first: the bar is polished while hidden
    fresh_sandbox.sandbox.faults.down = {"brp"}
    laad(qtbot, eigen_werkplek, SUZANNE)
    kern = window.kop.status_kern
    tekst = kern.tekst.text()
    assert tekst.startswith("BRP (Personen) is niet bereikbaar — serverfout (503)")
    assert tekst.count("BRP") == 1
    assert kern.tekst.property("niveau") == "fout"
    assert kern.knop.isVisibleTo(window)
    # The text starts right of the red left border, not under it.
    assert kern.tekst.contentsRect().left() > RAND_PX
    assert window.kop.naam.text() == "Suzanne Moulin"
    assert window.kop.naam_bron.isVisibleTo(window)

    fresh_sandbox.sandbox.faults.down = set()
    kern.knop.click()
    qtbot.waitUntil(lambda: eigen_werkplek.model.beeld.persoon is not None, timeout=10000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not kern.isVisibleTo(window), timeout=5000)
    assert window.kop.naam.text() == "Suzanne Moulin"
    assert not window.kop.naam_bron.isVisibleTo(window)  # now from the BRP


def test_a_person_the_brp_does_not_know(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    ki = eigen_werkplek.composer.klantinteracties
    assert ki is not None
    taak = asyncio.ensure_future(
        ki.maak_partij_persoon(ONBEKEND_BSN, voornaam="Noor", achternaam="Nergens")
    )
    qtbot.waitUntil(taak.done, timeout=10000)
    taak.result()
    window = venster(qtbot, eigen_werkplek)
    laad(qtbot, eigen_werkplek, ONBEKEND_BSN)
    kern = window.kop.status_kern
    assert kern.tekst.text() == "Niet gevonden in BRP (Personen)"
    assert kern.tekst.property("niveau") == "waarschuwing"
    assert not kern.knop.isVisibleTo(window)  # asking again will not find her
    assert window.kop.naam.text() == "Noor Nergens"
    assert window.kop.naam_bron.isVisibleTo(window)


def test_no_name_anywhere_says_so(qtbot: Any, eigen_werkplek: Werkplek) -> None:
    window = venster(qtbot, eigen_werkplek)
    laad(qtbot, eigen_werkplek, ONBEKEND_BSN)  # neither in the BRP nor a partij
    assert window.kop.naam.text() == "Naam niet bekend"
    assert not window.kop.naam_bron.isVisibleTo(window)


def test_without_a_zaaksysteem_the_zaken_tab_says_so_calmly(
    qtbot: Any, sandbox_server: Any
) -> None:
    w = maak_werkplek(sandbox_server, zonder=(ApiNaam.ZAKEN,))
    try:
        window = venster(qtbot, w)
        laad(qtbot, w, SUZANNE)
        zaken = window.zaken
        assert zaken.status.tekst.text() == "Zaaksysteem is niet ingesteld"
        assert zaken.status.tekst.property("niveau") == "neutraal"
        assert not zaken.status.knop.isVisibleTo(window)
        assert not zaken.tabel.isVisibleTo(window)
        assert window.tabs.tabText(0) == "Zaken"
        assert window.zaakdetail.hint.text() == (
            "Het zaaksysteem is niet ingesteld: er zijn geen zaken te zien."
        )
        assert window.kop.naam.text() == "Suzanne Moulin"  # the rest as always
        assert not window.kop.naam_bron.isVisibleTo(window)
    finally:
        sluit_werkplek(w, qtbot)


@pytest.mark.parametrize(
    ("onderdeel", "fout", "niveau", "tekst", "opnieuw"),
    [
        (Onderdeel.BETALINGEN, NietIngesteld("Betalingen"), "neutraal",
         "Betalingen is niet ingesteld", False),
        (Onderdeel.PERSOON, NietGevonden("BRP (Personen)", "geen persoon", status_code=404),
         "waarschuwing", "Niet gevonden in BRP (Personen)", False),
        (Onderdeel.BEDRIJF, NietGevonden("KVK Handelsregister", "geen", status_code=404),
         "waarschuwing", "Niet gevonden in KVK Handelsregister", False),
        (Onderdeel.ZAKEN, ApiTimeout("Zaaksysteem", "de server antwoordde niet op tijd"),
         "fout", "Zaaksysteem antwoordde niet op tijd", True),
        (Onderdeel.ZAKEN, ApiVerbindingsfout("Zaaksysteem", "niet bereikbaar (ConnectError)"),
         "fout", "Zaaksysteem is niet bereikbaar", True),
        (Onderdeel.ZAKEN, NietGeautoriseerd("Zaaksysteem", "geen toegang", status_code=403),
         "fout", "Zaaksysteem: geen toegang", True),
        # A 404 on a list is a failing server (a wrong address), not "not found".
        (Onderdeel.ZAKEN, NietGevonden("Zaaksysteem", "niet gevonden", status_code=404),
         "fout", "Zaaksysteem: niet gevonden", True),
        (Onderdeel.KLANTCONTACTEN, KlantbeeldError("Klantinteracties: kapot"), "fout",
         "Klantinteracties: kapot", True),
    ],
)  # fmt: skip
def test_each_kind_of_trouble_in_plain_dutch_naming_the_source_once(
    onderdeel: Onderdeel, fout: KlantbeeldError, niveau: str, tekst: str, opnieuw: bool
) -> None:
    melding = foutmelding(onderdeel, fout)
    assert melding == Melding(niveau, tekst, opnieuw)
