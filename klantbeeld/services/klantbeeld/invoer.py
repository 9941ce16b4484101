"""Checks on what the agent types (BSN, KVK-nummer, postcode, ...) before any request is made.

A refusal is an :class:`OngeldigeInvoer` whose ``melding`` is in the screen's language (context
"Invoer"); the values it returns are never translated (they go to the servers).
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

from klantbeeld.services.taal import QT_TR_NOOP, vertaal
from klantbeeld.services.verbinding.errors import OngeldigeInvoer

_SCHEIDING = re.compile(r"[\s.\-]")
#: Only the ASCII digits: ``str.isdigit()`` and ``int()`` also take "９" and "٣".
_ALLEEN_CIJFERS = re.compile(r"[0-9]+")
#: What a geslachtsnaam or voornamen filter of BRP Personen 2.x may hold (its own pattern).
_BRP_NAAM = re.compile(r"[a-zA-Z0-9À-ž .\-']+")
_APOSTROFFEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'"})

#: Said when a number holds digits from another script (full-width, Arabic-Indic, ...);
#: the Dutch source: raised as ``tr(ANDERE_CIJFERS)``.
ANDERE_CIJFERS = QT_TR_NOOP(
    "Alleen de cijfers 0–9 zijn toegestaan; hier staan tekens die op cijfers lijken. "
    "Typ het nummer opnieuw met gewone cijfers."
)
#: Said when the text holds an invisible control character (NUL, bidi override, ...).
STUURTEKEN = QT_TR_NOOP(
    "De tekst bevat een onzichtbaar stuurteken. Typ hem opnieuw in plaats van hem te plakken."
)


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Invoer")."""
    return vertaal("Invoer", text)


def _cijfers(text: str) -> str:
    return _SCHEIDING.sub("", text or "")


def alleen_cijfers(text: str) -> bool:
    """True when ``text`` is one or more of the digits 0–9 (no other script's digits)."""
    return _ALLEEN_CIJFERS.fullmatch(text) is not None


def heeft_andere_cijfers(text: str) -> bool:
    """True when ``text`` holds a digit that is not one of 0–9 (``"９"``, ``"٣"``, ``"𝟗"``)."""
    return any(c.isdigit() and not "0" <= c <= "9" for c in text)


def heeft_stuurteken(text: str) -> bool:
    """True when ``text`` holds a control or format character (NUL, zero-width, bidi, ...)."""
    return any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in text)


def _nummer(text: str, melding: str, veld: str, lengte: int) -> str:
    waarde = _cijfers(text)
    if heeft_andere_cijfers(waarde):
        raise OngeldigeInvoer(tr(ANDERE_CIJFERS), veld=veld)
    if not alleen_cijfers(waarde) or len(waarde) != lengte:
        raise OngeldigeInvoer(melding, veld=veld)
    return waarde


def valideer_bsn(text: str) -> str:
    """Nine digits passing the elfproef; spaces and dots are ignored."""
    if not _cijfers(text):
        raise OngeldigeInvoer(tr("Vul een BSN in."), veld="bsn")
    waarde = _nummer(text, tr("Een BSN bestaat uit 9 cijfers."), "bsn", 9)
    if not stdnum_bsn.is_valid(waarde):
        raise OngeldigeInvoer(tr("Dit BSN klopt niet — controleer de cijfers"), veld="bsn")
    return waarde


def valideer_kvk(text: str) -> str:
    """A KVK-nummer: eight digits."""
    return _nummer(text, tr("Een KVK-nummer bestaat uit 8 cijfers."), "kvkNummer", 8)


def valideer_vestigingsnummer(text: str) -> str:
    """A vestigingsnummer: twelve digits."""
    melding = tr("Een vestigingsnummer bestaat uit 12 cijfers.")
    return _nummer(text, melding, "vestigingsnummer", 12)


def valideer_rsin(text: str) -> str:
    """An RSIN: nine digits passing the elfproef (same rule as a BSN)."""
    melding = tr("Dit RSIN klopt niet — controleer de cijfers.")
    waarde = _nummer(text, melding, "rsin", 9)
    if not stdnum_bsn.is_valid(waarde):
        raise OngeldigeInvoer(melding, veld="rsin")
    return waarde


def valideer_postcode(text: str) -> str:
    """A Dutch postcode, normalised: ``2511 ab`` -> ``2511AB``."""
    waarde = (text or "").replace(" ", "").upper()
    if heeft_andere_cijfers(waarde):
        raise OngeldigeInvoer(tr(ANDERE_CIJFERS), veld="postcode")
    if not re.fullmatch(r"[1-9][0-9]{3}[A-Z]{2}", waarde) or not stdnum_postcode.is_valid(waarde):
        raise OngeldigeInvoer(
            tr("Deze postcode klopt niet — gebruik vier cijfers en twee letters, zoals 2511 AB."),
            veld="postcode",
        )
    return str(stdnum_postcode.compact(waarde))


def valideer_huisnummer(value: str | int) -> int:
    """A house number: a whole number from 1 to 99999."""
    text = str(value).strip()
    if heeft_andere_cijfers(text):
        raise OngeldigeInvoer(tr(ANDERE_CIJFERS), veld="huisnummer")
    if not alleen_cijfers(text) or not 1 <= int(text) <= 99999:
        raise OngeldigeInvoer(
            tr("Een huisnummer is een getal van 1 tot en met 99999."), veld="huisnummer"
        )
    return int(text)


def valideer_naam(text: str, veld: str = "geslachtsnaam") -> str:
    """A name to search the BRP with: the characters its API takes; a trailing ``*`` from 3 on."""
    waarde = " ".join((text or "").translate(_APOSTROFFEN).split())
    wat = tr("voornaam") if veld == "voornamen" else tr("achternaam")
    if not waarde:
        raise OngeldigeInvoer(tr("Vul een {wat} in.").format(wat=wat), veld=veld)
    if heeft_stuurteken(waarde):
        raise OngeldigeInvoer(tr(STUURTEKEN), veld=veld)
    kern = waarde[:-1] if waarde.endswith("*") else waarde
    vreemd = sorted({c for c in kern if not _BRP_NAAM.fullmatch(c)})
    if vreemd:
        raise OngeldigeInvoer(
            tr(
                "De BRP zoekt alleen met Latijnse letters (ook met accent), spaties, punten, "
                "koppeltekens en apostroffen; dit kan niet in een {wat}: {tekens}"
            ).format(wat=wat, tekens=" ".join(vreemd)),
            veld=veld,
        )
    if len(waarde) > 200:
        raise OngeldigeInvoer(
            tr("Deze {wat} is te lang om mee te zoeken.").format(wat=wat), veld=veld
        )
    if kern != waarde and len(kern.strip()) < 3:
        raise OngeldigeInvoer(tr("Zoeken met * kan pas vanaf drie letters."), veld=veld)
    return waarde
