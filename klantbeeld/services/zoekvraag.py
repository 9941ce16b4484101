"""Recognises what an agent typed in the one search field: BSN, KVK, postcode, name, ...

Pure and synchronous, so the search field can show on every keystroke which kind it sees
and, for bad input, a plain Dutch message ("Dit BSN klopt niet — controleer de cijfers").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

from klantbeeld.services.errors import OngeldigeInvoer
from klantbeeld.services.invoer import (
    ANDERE_CIJFERS,
    STUURTEKEN,
    alleen_cijfers,
    heeft_andere_cijfers,
    heeft_stuurteken,
    valideer_huisnummer,
    valideer_naam,
)


class ZoekSoort(StrEnum):
    """The kinds of search the field recognises."""

    LEEG = "leeg"
    BSN = "bsn"
    KVK = "kvk"
    VESTIGING = "vestigingsnummer"
    POSTCODE = "postcode_huisnummer"
    NAAM_GEBOORTEDATUM = "naam_geboortedatum"
    ZAAKNUMMER = "zaaknummer"
    TELEFOON = "telefoonnummer"
    EMAIL = "email"
    ONBEKEND = "onbekend"


#: What the field shows for each kind it recognised.
LABELS: dict[ZoekSoort, str] = {
    ZoekSoort.LEEG: "",
    ZoekSoort.BSN: "BSN",
    ZoekSoort.KVK: "KVK-nummer",
    ZoekSoort.VESTIGING: "Vestigingsnummer",
    ZoekSoort.POSTCODE: "Postcode en huisnummer",
    ZoekSoort.NAAM_GEBOORTEDATUM: "Achternaam en geboortedatum",
    ZoekSoort.ZAAKNUMMER: "Zaaknummer",
    ZoekSoort.TELEFOON: "Telefoonnummer",
    ZoekSoort.EMAIL: "E-mailadres",
    ZoekSoort.ONBEKEND: "Niet herkend",
}

HULP = (
    "Zoek op BSN, KVK-nummer, vestigingsnummer, postcode + huisnummer, "
    "achternaam + geboortedatum, zaaknummer, telefoonnummer of e-mailadres."
)


@dataclass(frozen=True)
class Zoekvraag:
    """A recognised search: its kind, normalised values, and a message if it cannot be used."""

    soort: ZoekSoort
    tekst: str
    waarden: dict[str, str] = field(default_factory=dict)
    melding: str | None = None

    @property
    def geldig(self) -> bool:
        """True when it can be searched as it stands."""
        return self.melding is None and self.soort not in (ZoekSoort.LEEG, ZoekSoort.ONBEKEND)

    @property
    def vreemde_tekens(self) -> bool:
        """True when refused for its characters: another script's digits or a control one."""
        return self.melding in (ANDERE_CIJFERS, STUURTEKEN)

    @property
    def label(self) -> str:
        """The kind as the agent reads it."""
        return LABELS[self.soort]


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
# [0-9], never \d: \d also matches "９" and "٣", which no API takes.
_ZAAKNUMMER = re.compile(r"^(?=.*[0-9])[A-Za-z]{1,10}[-_][A-Za-z0-9-_]{2,40}$")
_POSTCODE = re.compile(
    r"^(?P<pc>[1-9][0-9]{3})\s*(?P<letters>[A-Za-z]{2})[\s,]+(?P<nr>[0-9]{1,5})"
    r"(?:\s*(?P<letter>[A-Za-z])(?![A-Za-z0-9]))?(?:[\s-]*(?P<toev>[A-Za-z0-9]{1,4}))?$"
)
_POSTCODE_ALLEEN = re.compile(r"^[1-9][0-9]{3}\s*[A-Za-z]{2}$")
_DATUM = re.compile(
    r"(?<![\w-])(?:(?P<d>[0-9]{1,2})[-/.](?P<m>[0-9]{1,2})[-/.](?P<j>[0-9]{4})"
    r"|(?P<j2>[0-9]{4})-(?P<m2>[0-9]{2})-(?P<d2>[0-9]{2})"
    r"|(?P<d3>[0-9]{2})(?P<m3>[0-9]{2})(?P<j3>[0-9]{4}))(?![\w-])"
)
_NAAM = re.compile(r"^[^\W\d_][^\d@]*$")
_TELEFOON = re.compile(r"^(?:\+31|0031|0)[0-9]{9}$|^\+[0-9]{8,15}$")


def herken(tekst: str) -> Zoekvraag:
    """What ``tekst`` is, with normalised values (or a message saying what is wrong).

    Only the digits 0–9 count as digits, and a text with an invisible control character is
    refused: both would reach a server that refuses them (and say nothing useful).
    """
    t = " ".join(tekst.split())
    if not t:
        return Zoekvraag(ZoekSoort.LEEG, t)
    if heeft_stuurteken(t):
        zonder = "".join(c for c in t if not heeft_stuurteken(c))
        return _afgewezen(zonder, t, STUURTEKEN)
    if heeft_andere_cijfers(t):
        return _afgewezen(_ascii_cijfers(t), t, ANDERE_CIJFERS)
    return _herken(t)


def _afgewezen(gelijkend: str, t: str, melding: str) -> Zoekvraag:
    """The kind ``gelijkend`` looks like, for ``t`` as typed, refused with ``melding``."""
    soort = _herken(" ".join(gelijkend.split())).soort if gelijkend.strip() else ZoekSoort.ONBEKEND
    return Zoekvraag(soort, t, melding=melding)


def _ascii_cijfers(t: str) -> str:
    return "".join(str(unicodedata.digit(c, 0)) if c.isdigit() else c for c in t)


def _herken(t: str) -> Zoekvraag:
    if "@" in t:
        if _EMAIL.match(t):
            return Zoekvraag(ZoekSoort.EMAIL, t, {"email": t.lower()})
        return Zoekvraag(ZoekSoort.EMAIL, t, melding="Dit e-mailadres is niet compleet.")
    compact = re.sub(r"[\s.\-()]", "", t)
    if _TELEFOON.match(compact) and not (alleen_cijfers(compact) and len(compact) in (8, 9, 12)):
        return Zoekvraag(ZoekSoort.TELEFOON, t, {"telefoonnummer": _telefoon(compact)})
    if alleen_cijfers(compact):
        return _cijfers(t, compact)
    m = _POSTCODE.match(t)
    if m:
        postcode = f"{m['pc']}{m['letters'].upper()}"
        if not stdnum_postcode.is_valid(postcode):
            return Zoekvraag(ZoekSoort.POSTCODE, t, melding="Deze postcode bestaat niet.")
        try:
            huisnummer = valideer_huisnummer(m["nr"])
        except OngeldigeInvoer as e:
            return Zoekvraag(ZoekSoort.POSTCODE, t, melding=e.melding)
        waarden = {"postcode": postcode, "huisnummer": str(huisnummer)}
        if m["letter"]:
            waarden["huisletter"] = m["letter"].upper()
        if m["toev"]:
            waarden["huisnummertoevoeging"] = m["toev"].upper()
        return Zoekvraag(ZoekSoort.POSTCODE, t, waarden)
    if _POSTCODE_ALLEEN.match(t):
        return Zoekvraag(
            ZoekSoort.POSTCODE, t, melding="Voeg het huisnummer toe, bijvoorbeeld 2511 AB 12."
        )
    if _ZAAKNUMMER.match(t) and not _DATUM.search(t):
        return Zoekvraag(ZoekSoort.ZAAKNUMMER, t, {"identificatie": t.upper()})
    datum = _DATUM.search(t)
    if datum:
        naam = (t[: datum.start()] + " " + t[datum.end() :]).strip(" ,")
        if not naam or not _NAAM.match(naam):
            return Zoekvraag(
                ZoekSoort.NAAM_GEBOORTEDATUM,
                t,
                melding="Typ de achternaam en de geboortedatum, bijvoorbeeld Jansen 01-02-1980.",
            )
        try:
            naam = valideer_naam(naam)
        except OngeldigeInvoer as e:
            return Zoekvraag(ZoekSoort.NAAM_GEBOORTEDATUM, t, melding=e.melding)
        try:
            geboren = _datum(datum)
        except ValueError:
            return Zoekvraag(
                ZoekSoort.NAAM_GEBOORTEDATUM, t, melding="Deze geboortedatum bestaat niet."
            )
        if geboren > date.today():
            return Zoekvraag(
                ZoekSoort.NAAM_GEBOORTEDATUM, t, melding="Deze geboortedatum ligt in de toekomst."
            )
        return Zoekvraag(
            ZoekSoort.NAAM_GEBOORTEDATUM,
            t,
            {"geslachtsnaam": naam, "geboortedatum": geboren.isoformat()},
        )
    if _NAAM.match(t):
        return Zoekvraag(
            ZoekSoort.NAAM_GEBOORTEDATUM,
            t,
            melding=f"Voeg de geboortedatum toe, bijvoorbeeld {t} 01-02-1980.",
        )
    return Zoekvraag(ZoekSoort.ONBEKEND, t, melding=f"Niet herkend. {HULP}")


def _cijfers(t: str, cijfers: str) -> Zoekvraag:
    n = len(cijfers)
    if n == 9:
        if stdnum_bsn.is_valid(cijfers):
            return Zoekvraag(ZoekSoort.BSN, t, {"bsn": cijfers})
        return Zoekvraag(ZoekSoort.BSN, t, melding="Dit BSN klopt niet — controleer de cijfers.")
    if n == 8:
        return Zoekvraag(ZoekSoort.KVK, t, {"kvk_nummer": cijfers})
    if n == 12:
        return Zoekvraag(ZoekSoort.VESTIGING, t, {"vestigingsnummer": cijfers})
    if n < 8:
        return Zoekvraag(
            ZoekSoort.ONBEKEND,
            t,
            melding=f"{n} cijfers is te kort: een BSN heeft 9 cijfers, een KVK-nummer 8.",
        )
    return Zoekvraag(
        ZoekSoort.ONBEKEND,
        t,
        melding=f"{n} cijfers past niet: een BSN heeft 9 cijfers, een KVK-nummer "
        "8, een vestigingsnummer 12.",
    )


def _telefoon(compact: str) -> str:
    if compact.startswith("0031"):
        return "0" + compact[4:]
    if compact.startswith("+31"):
        return "0" + compact[3:]
    return compact


def _datum(m: re.Match[str]) -> date:
    if m["j"]:
        return date(int(m["j"]), int(m["m"]), int(m["d"]))
    if m["j2"]:
        return date(int(m["j2"]), int(m["m2"]), int(m["d2"]))
    return date(int(m["j3"]), int(m["m3"]), int(m["d3"]))
