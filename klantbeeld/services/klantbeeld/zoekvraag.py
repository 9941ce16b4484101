"""Recognises what an agent typed in the one search field: BSN, KVK, postcode, name, ...

:func:`herken` is the one place a search text is checked: it gives a :data:`Zoekvraag`, one
small frozen dataclass per kind with typed values (:class:`PostcodeVraag` has an ``int``
huisnummer, :class:`NaamVraag` a ``date``), or an :class:`OngeldigeVraag` saying why not.
What consumes it (services.zoeken, the views) matches on the class and never re-parses text.

Pure and synchronous, so the search field can show on every keystroke which kind it sees
and, for bad input, a plain message in the screen's language ("Dit BSN klopt niet —
controleer de cijfers"; context "Invoer", as the checks of :mod:`.invoer`).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import ClassVar

from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

from klantbeeld.services.klantbeeld.invoer import (
    ANDERE_CIJFERS,
    STUURTEKEN,
    alleen_cijfers,
    heeft_andere_cijfers,
    heeft_stuurteken,
    tr,
    valideer_huisnummer,
    valideer_naam,
)
from klantbeeld.services.klantbeeld.telefoonnummer import lees_telefoonnummer
from klantbeeld.services.taal import QT_TR_NOOP
from klantbeeld.services.verbinding.errors import OngeldigeInvoer


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


#: What the field shows for each kind it recognised (Dutch sources: :attr:`_Vraag.label`
#: gives them in the screen's language).
LABELS: dict[ZoekSoort, str] = {
    ZoekSoort.LEEG: "",
    ZoekSoort.BSN: "BSN",
    ZoekSoort.KVK: QT_TR_NOOP("KVK-nummer"),
    ZoekSoort.VESTIGING: QT_TR_NOOP("Vestigingsnummer"),
    ZoekSoort.POSTCODE: QT_TR_NOOP("Postcode en huisnummer"),
    ZoekSoort.NAAM_GEBOORTEDATUM: QT_TR_NOOP("Achternaam en geboortedatum"),
    ZoekSoort.ZAAKNUMMER: QT_TR_NOOP("Zaaknummer"),
    ZoekSoort.TELEFOON: QT_TR_NOOP("Telefoonnummer"),
    ZoekSoort.EMAIL: QT_TR_NOOP("E-mailadres"),
    ZoekSoort.ONBEKEND: QT_TR_NOOP("Niet herkend"),
}

#: Every kind of search, in one sentence (the Dutch source; :func:`hulp` in the screen's).
HULP = QT_TR_NOOP(
    "Zoek op BSN, KVK-nummer, vestigingsnummer, postcode + huisnummer, "
    "achternaam + geboortedatum, zaaknummer, telefoonnummer of e-mailadres."
)


def hulp() -> str:
    """:data:`HULP` in the screen's language."""
    return tr(HULP)


class _Vraag:
    """What every kind of search has in common: the text as typed, its kind, its message."""

    #: The kind each class of search is.
    SOORT: ClassVar[ZoekSoort] = ZoekSoort.ONBEKEND
    tekst: str

    @property
    def soort(self) -> ZoekSoort:
        """The kind recognised (or, for a refused text, the kind it looks like)."""
        return self.SOORT

    @property
    def melding(self) -> str | None:
        """Why it cannot be searched; None when it can."""
        return None

    @property
    def waarden(self) -> dict[str, str]:
        """The normalised values as text (dates as ISO), for display and tests."""
        uit: dict[str, str] = {}
        for veld in fields(self):  # type: ignore[arg-type]
            waarde = getattr(self, veld.name)
            if veld.name != "tekst" and waarde is not None:
                uit[veld.name] = waarde.isoformat() if isinstance(waarde, date) else str(waarde)
        return uit

    @property
    def geldig(self) -> bool:
        """True when it can be searched as it stands."""
        return self.melding is None and self.soort not in (ZoekSoort.LEEG, ZoekSoort.ONBEKEND)

    @property
    def vreemde_tekens(self) -> bool:
        """True when refused for its characters: another script's digits or a control one."""
        return self.melding in (tr(ANDERE_CIJFERS), tr(STUURTEKEN))

    @property
    def label(self) -> str:
        """The kind as the agent reads it, in the screen's language."""
        label = LABELS[self.soort]
        return tr(label) if label else ""


@dataclass(frozen=True)
class BsnVraag(_Vraag):
    """A valid BSN (9 digits, eleven-test passed)."""

    SOORT: ClassVar[ZoekSoort] = ZoekSoort.BSN
    tekst: str
    bsn: str


@dataclass(frozen=True)
class KvkVraag(_Vraag):
    """A KVK-nummer (8 digits)."""

    SOORT: ClassVar[ZoekSoort] = ZoekSoort.KVK
    tekst: str
    kvk_nummer: str


@dataclass(frozen=True)
class VestigingVraag(_Vraag):
    """A vestigingsnummer (12 digits)."""

    SOORT: ClassVar[ZoekSoort] = ZoekSoort.VESTIGING
    tekst: str
    vestigingsnummer: str


@dataclass(frozen=True)
class PostcodeVraag(_Vraag):
    """A postcode (``2511AB``) and huisnummer, perhaps a huisletter and a toevoeging."""

    SOORT: ClassVar[ZoekSoort] = ZoekSoort.POSTCODE
    tekst: str
    postcode: str
    huisnummer: int
    huisletter: str | None = None
    huisnummertoevoeging: str | None = None


@dataclass(frozen=True)
class NaamVraag(_Vraag):
    """A geslachtsnaam and a geboortedatum (not in the future)."""

    SOORT: ClassVar[ZoekSoort] = ZoekSoort.NAAM_GEBOORTEDATUM
    tekst: str
    geslachtsnaam: str
    geboortedatum: date


@dataclass(frozen=True)
class ZaaknummerVraag(_Vraag):
    """A zaak's identificatie, upper case (``ZAAK-2026-0000123``)."""

    SOORT: ClassVar[ZoekSoort] = ZoekSoort.ZAAKNUMMER
    tekst: str
    identificatie: str


@dataclass(frozen=True)
class TelefoonVraag(_Vraag):
    """A phone number, Dutch ones as ``0612345678`` (see services.klantbeeld.telefoonnummer)."""

    SOORT: ClassVar[ZoekSoort] = ZoekSoort.TELEFOON
    tekst: str
    telefoonnummer: str


@dataclass(frozen=True)
class EmailVraag(_Vraag):
    """An e-mail address, lower case."""

    SOORT: ClassVar[ZoekSoort] = ZoekSoort.EMAIL
    tekst: str
    email: str


@dataclass(frozen=True)
class OngeldigeVraag(_Vraag):
    """Nothing to search: empty, not recognised, or a kind recognised with a message why not."""

    tekst: str
    herkend: ZoekSoort
    reden: str | None = None

    @property
    def soort(self) -> ZoekSoort:
        return self.herkend

    @property
    def melding(self) -> str | None:
        return self.reden

    @property
    def waarden(self) -> dict[str, str]:
        return {}


#: A search that can be run, each kind with its own typed values.
GeldigeVraag = (
    BsnVraag
    | KvkVraag
    | VestigingVraag
    | PostcodeVraag
    | NaamVraag
    | ZaaknummerVraag
    | TelefoonVraag
    | EmailVraag
)

#: What :func:`herken` makes of a text: a search to run, or why there is none.
Zoekvraag = GeldigeVraag | OngeldigeVraag


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
        return OngeldigeVraag(t, ZoekSoort.LEEG)
    if heeft_stuurteken(t):
        zonder = "".join(c for c in t if not heeft_stuurteken(c))
        return _afgewezen(zonder, t, tr(STUURTEKEN))
    if heeft_andere_cijfers(t):
        return _afgewezen(_ascii_cijfers(t), t, tr(ANDERE_CIJFERS))
    return _herken(t)


def _afgewezen(gelijkend: str, t: str, melding: str) -> Zoekvraag:
    """The kind ``gelijkend`` looks like, for ``t`` as typed, refused with ``melding``."""
    soort = _herken(" ".join(gelijkend.split())).soort if gelijkend.strip() else ZoekSoort.ONBEKEND
    return OngeldigeVraag(t, soort, melding)


def _ascii_cijfers(t: str) -> str:
    return "".join(str(unicodedata.digit(c, 0)) if c.isdigit() else c for c in t)


def _herken(t: str) -> Zoekvraag:
    if "@" in t:
        if _EMAIL.match(t):
            return EmailVraag(t, t.lower())
        return OngeldigeVraag(t, ZoekSoort.EMAIL, tr("Dit e-mailadres is niet compleet."))
    compact = re.sub(r"[\s.\-()]", "", t)
    if _TELEFOON.match(compact) and not (alleen_cijfers(compact) and len(compact) in (8, 9, 12)):
        with contextlib.suppress(OngeldigeInvoer):  # "0000371785": digits, not a number
            return TelefoonVraag(t, lees_telefoonnummer(compact).nummer)
    if alleen_cijfers(compact):
        return _cijfers(t, compact)
    m = _POSTCODE.match(t)
    if m:
        postcode = f"{m['pc']}{m['letters'].upper()}"
        if not stdnum_postcode.is_valid(postcode):
            return OngeldigeVraag(t, ZoekSoort.POSTCODE, tr("Deze postcode bestaat niet."))
        try:
            huisnummer = valideer_huisnummer(m["nr"])
        except OngeldigeInvoer as e:
            return OngeldigeVraag(t, ZoekSoort.POSTCODE, e.melding)
        return PostcodeVraag(
            t,
            postcode,
            huisnummer,
            huisletter=m["letter"].upper() if m["letter"] else None,
            huisnummertoevoeging=m["toev"].upper() if m["toev"] else None,
        )
    if _POSTCODE_ALLEEN.match(t):
        return OngeldigeVraag(
            t, ZoekSoort.POSTCODE, tr("Voeg het huisnummer toe, bijvoorbeeld 2511 AB 12.")
        )
    if _ZAAKNUMMER.match(t) and not _DATUM.search(t):
        return ZaaknummerVraag(t, t.upper())
    datum = _DATUM.search(t)
    if datum:
        naam = (t[: datum.start()] + " " + t[datum.end() :]).strip(" ,")
        if not naam or not _NAAM.match(naam):
            return OngeldigeVraag(
                t,
                ZoekSoort.NAAM_GEBOORTEDATUM,
                tr("Typ de achternaam en de geboortedatum, bijvoorbeeld Jansen 01-02-1980."),
            )
        try:
            naam = valideer_naam(naam)
        except OngeldigeInvoer as e:
            return OngeldigeVraag(t, ZoekSoort.NAAM_GEBOORTEDATUM, e.melding)
        try:
            geboren = _datum(datum)
        except ValueError:
            return OngeldigeVraag(
                t, ZoekSoort.NAAM_GEBOORTEDATUM, tr("Deze geboortedatum bestaat niet.")
            )
        if geboren > date.today():
            return OngeldigeVraag(
                t, ZoekSoort.NAAM_GEBOORTEDATUM, tr("Deze geboortedatum ligt in de toekomst.")
            )
        return NaamVraag(t, naam, geboren)
    if _NAAM.match(t):
        return OngeldigeVraag(
            t,
            ZoekSoort.NAAM_GEBOORTEDATUM,
            tr("Voeg de geboortedatum toe, bijvoorbeeld {naam} 01-02-1980.").format(naam=t),
        )
    return OngeldigeVraag(t, ZoekSoort.ONBEKEND, tr("Niet herkend. {hulp}").format(hulp=hulp()))


def _cijfers(t: str, cijfers: str) -> Zoekvraag:
    n = len(cijfers)
    if n == 9:
        if stdnum_bsn.is_valid(cijfers):
            return BsnVraag(t, cijfers)
        return OngeldigeVraag(t, ZoekSoort.BSN, tr("Dit BSN klopt niet — controleer de cijfers."))
    if n == 8:
        return KvkVraag(t, cijfers)
    if n == 12:
        return VestigingVraag(t, cijfers)
    if n < 8:
        return OngeldigeVraag(
            t,
            ZoekSoort.ONBEKEND,
            tr("{n} cijfers is te kort: een BSN heeft 9 cijfers, een KVK-nummer 8.").format(n=n),
        )
    return OngeldigeVraag(
        t,
        ZoekSoort.ONBEKEND,
        tr(
            "{n} cijfers past niet: een BSN heeft 9 cijfers, een KVK-nummer "
            "8, een vestigingsnummer 12."
        ).format(n=n),
    )


def _datum(m: re.Match[str]) -> date:
    if m["j"]:
        return date(int(m["j"]), int(m["m"]), int(m["d"]))
    if m["j2"]:
        return date(int(m["j2"]), int(m["m2"]), int(m["d2"]))
    return date(int(m["j3"]), int(m["m3"]), int(m["d3"]))
