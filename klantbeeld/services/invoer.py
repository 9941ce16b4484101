"""Checks on what the agent types (BSN, KVK-nummer, postcode, ...) before any request is made."""

from __future__ import annotations

import re

from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

from klantbeeld.services.errors import OngeldigeInvoer

_SCHEIDING = re.compile(r"[\s.\-]")


def _cijfers(text: str) -> str:
    return _SCHEIDING.sub("", text or "")


def valideer_bsn(text: str) -> str:
    """Nine digits passing the elfproef; spaces and dots are ignored."""
    waarde = _cijfers(text)
    if not waarde:
        raise OngeldigeInvoer("Vul een BSN in.", veld="bsn")
    if not waarde.isdigit() or len(waarde) != 9:
        raise OngeldigeInvoer("Een BSN bestaat uit 9 cijfers.", veld="bsn")
    if not stdnum_bsn.is_valid(waarde):
        raise OngeldigeInvoer("Dit BSN klopt niet — controleer de cijfers", veld="bsn")
    return waarde


def valideer_kvk(text: str) -> str:
    """A KVK-nummer: eight digits."""
    waarde = _cijfers(text)
    if not waarde.isdigit() or len(waarde) != 8:
        raise OngeldigeInvoer("Een KVK-nummer bestaat uit 8 cijfers.", veld="kvkNummer")
    return waarde


def valideer_vestigingsnummer(text: str) -> str:
    """A vestigingsnummer: twelve digits."""
    waarde = _cijfers(text)
    if not waarde.isdigit() or len(waarde) != 12:
        raise OngeldigeInvoer(
            "Een vestigingsnummer bestaat uit 12 cijfers.", veld="vestigingsnummer"
        )
    return waarde


def valideer_rsin(text: str) -> str:
    """An RSIN: nine digits passing the elfproef (same rule as a BSN)."""
    waarde = _cijfers(text)
    if not waarde.isdigit() or len(waarde) != 9 or not stdnum_bsn.is_valid(waarde):
        raise OngeldigeInvoer("Dit RSIN klopt niet — controleer de cijfers.", veld="rsin")
    return waarde


def valideer_postcode(text: str) -> str:
    """A Dutch postcode, normalised: ``2511 ab`` -> ``2511AB``."""
    waarde = (text or "").replace(" ", "").upper()
    if not stdnum_postcode.is_valid(waarde):
        raise OngeldigeInvoer(
            "Deze postcode klopt niet — gebruik vier cijfers en twee letters, zoals 2511 AB.",
            veld="postcode",
        )
    return str(stdnum_postcode.compact(waarde))


def valideer_huisnummer(value: str | int) -> int:
    """A house number: a whole number from 1 to 99999."""
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= 99999:
        raise OngeldigeInvoer(
            "Een huisnummer is een getal van 1 tot en met 99999.", veld="huisnummer"
        )
    return int(text)
