"""The search field's recogniser: every kind, and every kind of bad input."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from klantbeeld.services.klantbeeld.invoer import ANDERE_CIJFERS, STUURTEKEN
from klantbeeld.services.klantbeeld.zoekvraag import ZoekSoort, herken


@pytest.mark.parametrize(
    ("tekst", "soort", "waarden"),
    [
        ("999993653", ZoekSoort.BSN, {"bsn": "999993653"}),
        (" 9999 93 653 ", ZoekSoort.BSN, {"bsn": "999993653"}),
        ("68750110", ZoekSoort.KVK, {"kvk_nummer": "68750110"}),
        ("000038509504", ZoekSoort.VESTIGING, {"vestigingsnummer": "000038509504"}),
        ("2511 AB 12", ZoekSoort.POSTCODE, {"postcode": "2511AB", "huisnummer": "12"}),
        (
            "2511ab 12a",
            ZoekSoort.POSTCODE,
            {"postcode": "2511AB", "huisnummer": "12", "huisletter": "A"},
        ),
        (
            "2511AB 12-bis",
            ZoekSoort.POSTCODE,
            {"postcode": "2511AB", "huisnummer": "12", "huisnummertoevoeging": "BIS"},
        ),
        (
            "Moulin 01-12-1985",
            ZoekSoort.NAAM_GEBOORTEDATUM,
            {"geslachtsnaam": "Moulin", "geboortedatum": "1985-12-01"},
        ),
        (
            "van der Ven 7/7/1975",
            ZoekSoort.NAAM_GEBOORTEDATUM,
            {"geslachtsnaam": "van der Ven", "geboortedatum": "1975-07-07"},
        ),
        (
            "1985-12-01 Moulin",
            ZoekSoort.NAAM_GEBOORTEDATUM,
            {"geslachtsnaam": "Moulin", "geboortedatum": "1985-12-01"},
        ),
        ("ZAAK-2026-0000123", ZoekSoort.ZAAKNUMMER, {"identificatie": "ZAAK-2026-0000123"}),
        ("zaak-2026-0000123", ZoekSoort.ZAAKNUMMER, {"identificatie": "ZAAK-2026-0000123"}),
        ("ZAAK-2026-0000000001", ZoekSoort.ZAAKNUMMER, {"identificatie": "ZAAK-2026-0000000001"}),
        (
            "Jansen 01021980",
            ZoekSoort.NAAM_GEBOORTEDATUM,
            {"geslachtsnaam": "Jansen", "geboortedatum": "1980-02-01"},
        ),
        ("06-12345678", ZoekSoort.TELEFOON, {"telefoonnummer": "0612345678"}),
        ("+31 6 1234 5678", ZoekSoort.TELEFOON, {"telefoonnummer": "0612345678"}),
        ("070 353 3000", ZoekSoort.TELEFOON, {"telefoonnummer": "0703533000"}),
        ("S.Moulin@Example.nl", ZoekSoort.EMAIL, {"email": "s.moulin@example.nl"}),
    ],
)
def test_recognises(tekst: str, soort: ZoekSoort, waarden: dict[str, str]) -> None:
    vraag = herken(tekst)
    assert vraag.soort is soort
    assert vraag.geldig, vraag.melding
    assert vraag.waarden == waarden


@pytest.mark.parametrize(
    ("tekst", "soort", "melding"),
    [
        ("123456789", ZoekSoort.BSN, "Dit BSN klopt niet — controleer de cijfers."),
        ("1234", ZoekSoort.ONBEKEND, "te kort"),
        ("12345678901", ZoekSoort.ONBEKEND, "past niet"),
        ("2511 AB", ZoekSoort.POSTCODE, "Voeg het huisnummer toe"),
        ("Jansen", ZoekSoort.NAAM_GEBOORTEDATUM, "Voeg de geboortedatum toe"),
        ("Jansen 31-02-1980", ZoekSoort.NAAM_GEBOORTEDATUM, "bestaat niet"),
        ("Jansen 01-01-2999", ZoekSoort.NAAM_GEBOORTEDATUM, "toekomst"),
        ("iemand@", ZoekSoort.EMAIL, "niet compleet"),
        ("?!", ZoekSoort.ONBEKEND, "Niet herkend"),
        # only the digits 0-9: what looks like a number in another script is said so
        ("９９９９９３６５３", ZoekSoort.BSN, "Alleen de cijfers 0–9"),
        ("𝟗𝟗𝟗𝟗𝟗𝟑𝟔𝟓𝟑", ZoekSoort.BSN, "Alleen de cijfers 0–9"),
        ("٦٨٧٥٠١١٠", ZoekSoort.KVK, "Alleen de cijfers 0–9"),
        ("٣٠٧٧ AW 31", ZoekSoort.POSTCODE, "Alleen de cijfers 0–9"),
        ("3077 AW ３１", ZoekSoort.POSTCODE, "Alleen de cijfers 0–9"),
        ("Jansen 01-02-１９８０", ZoekSoort.NAAM_GEBOORTEDATUM, "Alleen de cijfers 0–9"),
        ("０６１２３４５６７８", ZoekSoort.TELEFOON, "Alleen de cijfers 0–9"),
        # what a server would refuse is refused here, saying what is wrong
        ("3077 AW 0", ZoekSoort.POSTCODE, "Een huisnummer is een getal van 1 tot en met 99999."),
        ("Jans\x00en 01-02-1980", ZoekSoort.NAAM_GEBOORTEDATUM, "onzichtbaar stuurteken"),
        ("999993653\u200b", ZoekSoort.BSN, "onzichtbaar stuurteken"),
        ("Ωmega 01-02-1980", ZoekSoort.NAAM_GEBOORTEDATUM, "kan niet in een achternaam: Ω"),
    ],
)
def test_bad_input_gets_a_plain_dutch_message(tekst: str, soort: ZoekSoort, melding: str) -> None:
    vraag = herken(tekst)
    assert vraag.soort is soort
    assert not vraag.geldig
    assert vraag.melding is not None and melding in vraag.melding
    assert vraag.tekst == " ".join(tekst.split())  # nothing the agent typed is lost


def test_empty_is_not_searchable() -> None:
    assert herken("   ").soort is ZoekSoort.LEEG
    assert not herken("").geldig


def test_a_typographic_apostrophe_becomes_the_brps_own() -> None:
    assert herken("D’Hondt 01-02-1980").waarden["geslachtsnaam"] == "D'Hondt"


def test_refused_characters_are_flagged() -> None:
    assert herken("９９９９９３６５３").vreemde_tekens
    assert herken("Jans\x00en 01-02-1980").vreemde_tekens
    assert not herken("123456789").vreemde_tekens


#: The zero of every script's decimal digits Unicode knows (Nd), except ASCII's own.
NULLEN = [
    chr(c)
    for c in range(0x80, sys.maxunicode + 1)
    if unicodedata.category(chr(c)) == "Nd" and unicodedata.digit(chr(c)) == 0
]


@pytest.mark.parametrize(
    "sjabloon",
    ["999993653", "68750110", "000037178598", "3077 AW 31", "Jansen 01-02-1980", "0612345678"],
)
def test_no_other_scripts_digits_in_any_kind(sjabloon: str) -> None:
    assert herken(sjabloon).geldig
    assert len(NULLEN) > 60  # Arabic-Indic, Devanagari, full-width, mathematical, ...
    for nul in NULLEN:
        tekst = "".join(chr(ord(nul) + int(c)) if c.isdigit() else c for c in sjabloon)
        vraag = herken(tekst)
        assert not vraag.geldig and vraag.melding == ANDERE_CIJFERS, (hex(ord(nul)), vraag)


def test_control_characters_are_refused_and_whitespace_is_a_space() -> None:
    for c in map(chr, [*range(0x20), *range(0x7F, 0xA0), 0x200B, 0x200E, 0x202E, 0xFEFF]):
        vraag = herken(f"Jan{c}sen 01-02-1980")
        if c.isspace():
            assert vraag.waarden["geslachtsnaam"] == "Jan sen", repr(c)
        else:
            assert not vraag.geldig and vraag.melding == STUURTEKEN, repr(c)
