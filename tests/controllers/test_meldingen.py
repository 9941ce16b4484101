"""The message bridge without a window: what it emits for info, errors and questions."""

from __future__ import annotations

from typing import Any

from klantbeeld.controllers.meldingen import (
    INFO_DUUR_MS,
    Keuze,
    KeuzeSoort,
    Meldingen,
    Niveau,
    Vraag,
)
from klantbeeld.services.verbinding.errors import ApiTimeout


def test_info_is_short_lived(qtbot: Any) -> None:
    brug = Meldingen()
    with qtbot.waitSignal(brug.gemeld, timeout=1000) as s:
        brug.info("Terugbelnummer gekopieerd")
    melding = s.args[0]
    assert (melding.tekst, melding.niveau, melding.duur_ms) == (
        "Terugbelnummer gekopieerd",
        Niveau.INFO,
        INFO_DUUR_MS,
    )
    assert melding.bron is None and melding.opnieuw is None


def test_error_names_its_source_stays_and_can_retry(qtbot: Any) -> None:
    brug = Meldingen()
    pogingen: list[int] = []
    with qtbot.waitSignal(brug.gemeld, timeout=1000) as s:
        brug.fout(
            ApiTimeout("Open Zaak", "geen antwoord binnen 10 s"), opnieuw=lambda: pogingen.append(1)
        )
    melding = s.args[0]
    assert melding.niveau is Niveau.FOUT
    assert melding.bron == "Open Zaak"
    assert melding.tekst == "Open Zaak: geen antwoord binnen 10 s"
    assert melding.duur_ms == 0
    assert melding.opnieuw is not None
    melding.opnieuw()
    assert pogingen == [1]


def test_plain_error_text_has_no_source(qtbot: Any) -> None:
    brug = Meldingen()
    with qtbot.waitSignal(brug.gemeld, timeout=1000) as s:
        brug.fout("Het zaaksysteem is niet ingesteld.")
    assert s.args[0].bron is None and s.args[0].niveau is Niveau.FOUT


def test_question_is_passed_on_as_is(qtbot: Any) -> None:
    brug = Meldingen()
    vraag = Vraag(
        titel="Zeker?",
        tekst="Doorgaan?",
        keuzes=(Keuze("Ja", KeuzeSoort.BEVESTIG), Keuze("Nee", KeuzeSoort.ANNULEER)),
        standaard=1,
        annuleer=1,
    )
    with qtbot.waitSignal(brug.gevraagd, timeout=1000) as s:
        brug.vraag(vraag)
    assert s.args[0] is vraag
