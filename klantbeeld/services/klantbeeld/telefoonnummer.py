"""Phone numbers as callers and telephony platforms write them, normalised to one form.

A Dutch number comes as ``06-12345678``, ``+31 6 1234 5678``, ``+31 (0)6 12345678``,
``0031612345678`` or ``070-353 3000``; :func:`lees_telefoonnummer` makes one
:class:`Telefoonnummer` of each (``0612345678``) that knows every form a server may hold it
in. Open Klant stores a phone number as given, in one of the forms it accepts
(``0612345678``, ``+31612345678``, ``0031612345678``; never with spaces or dashes, see
recorded OK 62, 64, 174), so a look-up asks for the part all three share and keeps exact
matches only (:meth:`Telefoonnummer.is_zelfde`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from klantbeeld.services.klantbeeld.invoer import (
    ANDERE_CIJFERS,
    STUURTEKEN,
    heeft_andere_cijfers,
    heeft_stuurteken,
    tr,
)
from klantbeeld.services.taal import QT_TR_NOOP
from klantbeeld.services.verbinding.errors import OngeldigeInvoer

#: Longer than any phone number written with spaces and a "(0)": refused unread.
MAX_TEKENS = 40
#: What may separate digits: spaces, dashes, dots, slashes and brackets.
_SCHEIDING = re.compile(r"[\s\-./()\u00a0]")
#: ``+31 (0)6``: the trunk 0 some write after the country code.
_NUL_TUSSEN_HAAKJES = re.compile(r"^(\+|00)\s*31\s*\(0\)")
#: What telephony platforms send for a withheld number.
_AFGESCHERMD = frozenset({"anonymous", "anoniem", "unknown", "onbekend", "private", "restricted"})

#: The refusals' Dutch sources (raised in the screen's language, context "Invoer").
MELDING_ONGELDIG = QT_TR_NOOP(
    "Dit is geen geldig telefoonnummer. Een Nederlands nummer heeft 10 cijfers en begint met "
    "0, +31 of 0031, bijvoorbeeld 06-12345678 of 070-3533000."
)
MELDING_AFGESCHERMD = QT_TR_NOOP(
    "De beller heeft het nummer afgeschermd. Vraag naar de naam of het BSN om de klant te vinden."
)


@dataclass(frozen=True)
class Telefoonnummer:
    """One phone number: Dutch ones as ``0612345678``, others as ``+32…`` (E.164)."""

    #: The one form: ``0`` and nine digits for a Dutch number, ``+`` and digits otherwise.
    nummer: str

    @property
    def nederlands(self) -> bool:
        """True for a Dutch number (``0`` and nine digits)."""
        return not self.nummer.startswith("+")

    @property
    def vormen(self) -> tuple[str, ...]:
        """Every form a server may hold this number in (the forms Open Klant accepts)."""
        if self.nederlands:
            kern = self.nummer[1:]
            return (self.nummer, f"+31{kern}", f"0031{kern}")
        return (self.nummer, f"00{self.nummer[1:]}")

    @property
    def kern(self) -> str:
        """The digits every form contains: ask a "contains" filter for this, once."""
        return self.nummer[1:]

    @property
    def weergave(self) -> str:
        """For the screen: ``06-12345678``, ``070-3533000``; others as they are."""
        if not self.nederlands:
            return self.nummer
        netnummer = 2 if self.nummer[1] == "6" else (3 if self.nummer[1:3] in _KORT else 4)
        return f"{self.nummer[:netnummer]}-{self.nummer[netnummer:]}"

    def is_zelfde(self, adres: str) -> bool:
        """True when a stored ``adres`` is this number in any form (separators ignored)."""
        try:
            return lees_telefoonnummer(adres).nummer == self.nummer
        except OngeldigeInvoer:
            return False


#: Three-digit area codes (010 Rotterdam, 020 Amsterdam, 070 Den Haag, ...): 0 + two digits.
_KORT = frozenset({"10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38",
                   "40", "43", "45", "46", "50", "53", "55", "58", "70", "71", "72", "73",
                   "74", "75", "76", "77", "78", "79"})  # fmt: skip


def lees_telefoonnummer(tekst: str) -> Telefoonnummer:
    """The number in ``tekst``, normalised; :class:`OngeldigeInvoer` saying why not.

    Only the digits 0–9 count, and a text with a control character is refused.
    """
    ruw = (tekst or "").strip()
    if not ruw:
        raise OngeldigeInvoer(tr("Vul een telefoonnummer in."), veld="telefoonnummer")
    if len(ruw) > MAX_TEKENS:
        raise OngeldigeInvoer(tr(MELDING_ONGELDIG), veld="telefoonnummer")
    if ruw.lower() in _AFGESCHERMD:
        raise OngeldigeInvoer(tr(MELDING_AFGESCHERMD), veld="telefoonnummer")
    if heeft_stuurteken(ruw):
        raise OngeldigeInvoer(tr(STUURTEKEN), veld="telefoonnummer")
    if heeft_andere_cijfers(ruw):
        raise OngeldigeInvoer(tr(ANDERE_CIJFERS), veld="telefoonnummer")
    compact = _SCHEIDING.sub("", _NUL_TUSSEN_HAAKJES.sub(r"\g<1>31", ruw))
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+31"):
        compact = "0" + compact[3:].removeprefix("0")  # "+31 06…" as some write it
    if re.fullmatch(r"0[1-9][0-9]{8}", compact):
        return Telefoonnummer(compact)
    if re.fullmatch(r"\+[1-9][0-9]{7,14}", compact):
        return Telefoonnummer(compact)
    raise OngeldigeInvoer(tr(MELDING_ONGELDIG), veld="telefoonnummer")
