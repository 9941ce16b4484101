"""Input checks give plain Dutch messages and normalised values."""

from __future__ import annotations

from typing import Any

import pytest

from klantbeeld.services.klantbeeld.invoer import (
    valideer_bsn,
    valideer_huisnummer,
    valideer_kvk,
    valideer_naam,
    valideer_postcode,
    valideer_vestigingsnummer,
)
from klantbeeld.services.verbinding.errors import OngeldigeInvoer


def test_bsn() -> None:
    assert valideer_bsn(" 9999.93.653 ") == "999993653"
    with pytest.raises(OngeldigeInvoer) as info:
        valideer_bsn("999993654")
    assert info.value.melding == "Dit BSN klopt niet — controleer de cijfers"
    for fout in ("", "12345678", "99999365a"):
        with pytest.raises(OngeldigeInvoer):
            valideer_bsn(fout)


def test_kvk_en_vestiging() -> None:
    assert valideer_kvk("6875 0110") == "68750110"
    assert valideer_vestigingsnummer("000012345678") == "000012345678"
    with pytest.raises(OngeldigeInvoer):
        valideer_kvk("6875011")
    with pytest.raises(OngeldigeInvoer):
        valideer_vestigingsnummer("12345678")


def test_postcode_en_huisnummer() -> None:
    assert valideer_postcode("2511 ab") == "2511AB"
    for fout in ("0511AB", "2511", "2511 A1"):
        with pytest.raises(OngeldigeInvoer):
            valideer_postcode(fout)
    assert valideer_huisnummer(" 12 ") == 12
    for fout in ("0", "12a", "100000"):
        with pytest.raises(OngeldigeInvoer):
            valideer_huisnummer(fout)


@pytest.mark.parametrize(
    ("functie", "tekst"),
    [
        (valideer_bsn, "９９９９９３６５３"),  # full-width
        (valideer_bsn, "𝟗𝟗𝟗𝟗𝟗𝟑𝟔𝟓𝟑"),  # mathematical bold
        (valideer_bsn, "٩٩٩٩٩٣٦٥٣"),  # Arabic-Indic
        (valideer_kvk, "٦٨٧٥٠١١٠"),
        (valideer_kvk, "६८७५०११०"),  # Devanagari
        (valideer_vestigingsnummer, "００００３７１７８５９８"),
        (valideer_postcode, "３０７７ AW"),
        (valideer_huisnummer, "３１"),
    ],
)
def test_only_the_digits_0_to_9(functie: Any, tekst: str) -> None:
    # str.isdigit() and int() take each of these; no API does
    assert all(c.isdigit() for c in tekst.replace(" ", "").replace("AW", ""))
    with pytest.raises(OngeldigeInvoer) as info:
        functie(tekst)
    assert info.value.melding.startswith("Alleen de cijfers 0–9")


def test_spaces_and_dots_still_go() -> None:
    assert valideer_bsn("999.993.653") == valideer_bsn("9999 93653") == "999993653"
    assert valideer_kvk("68.75.01.10") == "68750110"


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("Jans\x00en", "onzichtbaar stuurteken"),
        ("Jansen\u202e", "onzichtbaar stuurteken"),
        ("Ωmega", "dit kan niet in een achternaam: Ω"),
        ("Mo*", "vanaf drie letters"),
        ("  ", "Vul een achternaam in."),
    ],
)
def test_names_the_brp_refuses(tekst: str, melding: str) -> None:
    with pytest.raises(OngeldigeInvoer) as info:
        valideer_naam(tekst)
    assert melding in info.value.melding


def test_names_the_brp_takes() -> None:
    assert valideer_naam("  van der  Ven ") == "van der Ven"
    assert valideer_naam("D’Hondt") == "D'Hondt"  # the typographic apostrophe as the BRP's own
    assert valideer_naam("Çelik-Öztürk") == "Çelik-Öztürk"
    assert valideer_naam("Moul*") == "Moul*"
