"""The services' language hook: Dutch as written until the app sets one; numbers per language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from klantbeeld.services import taal
from klantbeeld.services.verbinding.errors import NietIngesteld


@pytest.fixture(autouse=True)
def terug_naar_nederlands() -> Iterator[None]:
    yield
    taal.stel_in("nl")


def test_without_a_language_set_every_text_stays_as_written() -> None:
    assert taal.taal() == "nl"
    assert str(NietIngesteld("BRP")) == "BRP is niet ingesteld."
    assert taal.getal(12345) == "12.345" and taal.decimaal(1234.5) == "1.234,50"


def test_in_english_texts_go_through_the_translator_and_numbers_use_commas() -> None:
    gevraagd: list[tuple[str, str]] = []

    def vertaler(context: str, tekst: str) -> str:
        gevraagd.append((context, tekst))
        return {"{bron} is niet ingesteld.": "{bron} is not configured."}.get(tekst, tekst)

    taal.stel_in("en", vertaler)
    assert str(NietIngesteld("BRP")) == "BRP is not configured."
    # the message in "Fouten"; the source's name as the settings dialog's tabs name it
    assert gevraagd == [("Fouten", "{bron} is niet ingesteld."), ("Instellingen", "BRP")]
    assert taal.getal(12345) == "12,345" and taal.decimaal(1234.5) == "1,234.50"


def test_dutch_or_an_unknown_language_never_translates() -> None:
    def vertaler(context: str, tekst: str) -> str:
        raise AssertionError("niet vertalen")

    for code in ("nl", "fy", ""):
        taal.stel_in(code, vertaler)
        assert taal.taal() == "nl"
        assert str(NietIngesteld("KVK")) == "KVK is niet ingesteld."
