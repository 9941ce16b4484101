"""What kind of internetaak this is (contactverzoek or vraag), its deadline, and what to say.

One classification for every reader of Open Klant (Vragen tab, werkvoorraad, contacthistorie,
tijdlijn, signalen): :func:`soort`. It recognises

- KISS's convention for a contactverzoek in Open Klant 2, which we follow when we write one:
  ``gevraagdeHandeling`` :data:`CONTACT_OPNEMEN`, ``aanleidinggevendKlantcontact`` the contact
  whose onderwerp is the subject, ``toelichting`` the agent's note, the callback address as a
  digitaal adres of that contact's betrokkene, the actoren a medewerker and/or a team;
- older free-text handelingen of the same thing ("Terugbellen", "Terugmailen", "… terugkoppelen"),
  and our own older shape (the onderwerp as handeling, a ``Terugbellen vóór:`` line in the
  toelichting);
- everything else, such as a question from the web form as Open Inwoner leaves it (handeling
  "Vraag beantwoorden" on a ``contactformulier`` contact), is a :attr:`Soort.VRAAG`.

The deadline of a contactverzoek has no field in Open Klant 0.9: it travels as the last line
of the toelichting (:data:`DEADLINE_REGEL`), which every reader shows and :func:`deadline_van`
reads back. :func:`voorgestelde_deadline` proposes one per team (:data:`TEAM_TERMIJNEN`).
No Qt here.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from klantbeeld.services.apis.klantinteracties import Internetaak, KlantinteractiesClient
from klantbeeld.services.klantbeeld.datums import dag_en_datum
from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding.errors import NietGevonden

TIJDZONE = ZoneInfo("Europe/Amsterdam")

#: KISS's gevraagdeHandeling of a contactverzoek (Open Klant 2); we write the same.
CONTACT_OPNEMEN = "Contact opnemen met betrokkene"

#: The toelichting's deadline line as we write it (``Terugbellen vóór: 10-12-2024 17:00``).
DEADLINE_REGEL = "Terugbellen vóór: "
_DEADLINE = re.compile(r"Terugbellen vóór:\s*(\d{2})-(\d{2})-(\d{4})\s+(\d{2}):(\d{2})")

#: Free-text handelingen (older tools, the oefenomgeving's first seed) that mean "contact the
#: citizen": a word in the handeling, lower case.
_CONTACT_WOORDEN = ("terugbel", "bellen", "terugmail", "mailen", "contact opnemen", "terugkoppel")


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Internetaken")."""
    return vertaal("Internetaken", text)


class Soort(StrEnum):
    """The two kinds of open work in Open Klant, in the agent's words."""

    CONTACTVERZOEK = "Contactverzoek"
    VRAAG = "Vraag"

    @property
    def tekst(self) -> str:
        """The kind as the screens name it, in their language (the value stays Dutch: code
        compares it)."""
        return tr("Contactverzoek") if self is Soort.CONTACTVERZOEK else tr("Vraag")

    @property
    def meervoud(self) -> str:
        """The plural, lower case, in the screens' language: ``contactverzoeken``, ``vragen``."""
        return tr("contactverzoeken") if self is Soort.CONTACTVERZOEK else tr("vragen")


def soort_tekst(waarde: str) -> str:
    """The screens' word for a kind given by its value (``"Contactverzoek"``); else ``waarde``."""
    try:
        return Soort(waarde).tekst
    except ValueError:
        return waarde


#: KCC terms in calendar days per kind (past it, an item without its own deadline is te laat).
TERMIJN_DAGEN: Mapping[str, int] = {Soort.CONTACTVERZOEK: 2, Soort.VRAAG: 5}


def soort_van_tekst(gevraagde_handeling: str | None, toelichting: str | None = "") -> Soort:
    """:func:`soort` on the two texts alone (for callers without an :class:`Internetaak`)."""
    handeling = " ".join((gevraagde_handeling or "").split()).lower()
    if handeling == CONTACT_OPNEMEN.lower():
        return Soort.CONTACTVERZOEK
    if any(woord in handeling for woord in _CONTACT_WOORDEN):
        return Soort.CONTACTVERZOEK
    if _DEADLINE.search(toelichting or ""):  # our own older shape: the onderwerp as handeling
        return Soort.CONTACTVERZOEK
    return Soort.VRAAG


def soort(taak: Internetaak) -> Soort:
    """Contactverzoek (someone must contact the citizen) or vraag (to answer)."""
    return soort_van_tekst(taak.gevraagde_handeling, taak.toelichting)


def is_contactverzoek(taak: Internetaak) -> bool:
    """True for a contactverzoek (a callback request)."""
    return soort(taak) is Soort.CONTACTVERZOEK


def deadline_van(toelichting: str | None) -> datetime | None:
    """The deadline written in a toelichting (our :data:`DEADLINE_REGEL`), else None."""
    gevonden = _DEADLINE.search(toelichting or "")
    if gevonden is None:
        return None
    dag, maand, jaar, uur, minuut = (int(g) for g in gevonden.groups())
    try:
        return datetime(jaar, maand, dag, uur, minuut, tzinfo=TIJDZONE)
    except ValueError:
        return None


def is_te_laat(taak: Internetaak, dagen: int | None, op: date) -> bool:
    """Past its deadline (when its toelichting has one), else waiting longer than its term.

    ``dagen``: how long it has waited on ``op`` (None when unknown). One rule for every reader.
    """
    deadline = deadline_van(taak.toelichting)
    if deadline is not None:
        return deadline.astimezone(TIJDZONE).date() < op
    return dagen is not None and dagen > TERMIJN_DAGEN[soort(taak)]


def deadline_regel(deadline: datetime) -> str:
    """``Terugbellen vóór: 10-12-2024 17:00`` (Dutch time)."""
    return DEADLINE_REGEL + deadline.astimezone(TIJDZONE).strftime("%d-%m-%Y %H:%M")


# -- the proposed deadline -------------------------------------------------------------------


@dataclass(frozen=True)
class Termijn:
    """How soon a team calls back: so many working days on, before this time."""

    werkdagen: int = 1
    tijd: time = time(17, 0)


#: The default: the next working day, before 17:00.
STANDAARD_TERMIJN = Termijn()

#: Teams (actor names in Open Klant, as the oefenomgeving has them) with their own term.
TEAM_TERMIJNEN: Mapping[str, Termijn] = {
    "Team Terugbellen": Termijn(1, time(12, 0)),
    "KCC": Termijn(1, time(17, 0)),
    "Team Webformulieren": Termijn(2, time(17, 0)),
    "Belastingen": Termijn(2, time(17, 0)),
    "Wmo-loket": Termijn(3, time(17, 0)),
}


def termijn_van(team: str | None) -> Termijn:
    """The team's term (by name, case and spaces ignored), else :data:`STANDAARD_TERMIJN`."""
    sleutel = " ".join((team or "").split()).lower()
    for naam, termijn in TEAM_TERMIJNEN.items():
        if naam.lower() == sleutel:
            return termijn
    return STANDAARD_TERMIJN


def voorgestelde_deadline(nu: datetime, team: str | None = None) -> datetime:
    """The team's term after ``nu``: so many working days on (Mon–Fri), at its time (NL)."""
    termijn = termijn_van(team)
    dag = nu.astimezone(TIJDZONE).date()
    over = max(1, termijn.werkdagen)
    while over:
        dag += timedelta(days=1)
        if dag.weekday() < 5:
            over -= 1
    return datetime.combine(dag, termijn.tijd, tzinfo=TIJDZONE)


def deadline_probleem(deadline: datetime | None, nu: datetime) -> str | None:
    """Why a deadline cannot be used (in the screen's language), or None when it can."""
    if deadline is None:
        return None
    if deadline.tzinfo is None:
        return tr("De deadline heeft geen tijdzone.")
    if deadline <= nu:
        return tr(
            "De deadline ligt in het verleden. Kies een moment in de toekomst, bijvoorbeeld "
            "{moment}."
        ).format(moment=datum_tijd_tekst(voorgestelde_deadline(nu)))
    return None


# -- what the agent says (in the screen's language) --------------------------------------------


def datum_tekst(moment: datetime) -> str:
    """``dinsdag 10 december`` (Dutch time; English: ``Tuesday 10 December``; no locale needed)."""
    return dag_en_datum(moment.astimezone(TIJDZONE).date())


def datum_tijd_tekst(moment: datetime) -> str:
    """``dinsdag 10 december 17:00``."""
    return f"{datum_tekst(moment)} {moment.astimezone(TIJDZONE):%H:%M}"


def terugbel_zin(deadline: datetime | None, via: str = "telefoonnummer") -> str:
    """The sentence the agent can say: ``U wordt uiterlijk dinsdag 10 december vóór 17:00
    teruggebeld`` (by e-mail: ``U krijgt uiterlijk … een e-mail``), in the screen's language."""
    if deadline is None:
        return (
            tr("U krijgt zo snel mogelijk een e-mail van een collega")
            if via == "email"
            else tr("U wordt zo snel mogelijk teruggebeld")
        )
    datum, tijd = datum_tekst(deadline), f"{deadline.astimezone(TIJDZONE):%H:%M}"
    if via == "email":
        return tr("U krijgt uiterlijk {datum} vóór {tijd} een e-mail van een collega").format(
            datum=datum, tijd=tijd
        )
    return tr("U wordt uiterlijk {datum} vóór {tijd} teruggebeld").format(datum=datum, tijd=tijd)


# -- the callback address of a contactverzoek ------------------------------------------------

#: Read with a contactverzoek's klantcontact: its betrokkenen with their digitale adressen.
ADRES_EXPAND = ("hadBetrokkenen", "hadBetrokkenen.digitaleAdressen")


def _adressen(data: Any) -> list[tuple[str, str]]:
    """``(soort, adres)`` of the betrokkenen's digitale adressen, the initiator's first."""
    expand = data.get("_expand") if isinstance(data, dict) else None
    betrokkenen = expand.get("hadBetrokkenen") if isinstance(expand, dict) else None
    if not isinstance(betrokkenen, list):
        return []
    uit: list[tuple[str, str]] = []
    for bet in sorted(
        (b for b in betrokkenen if isinstance(b, dict)), key=lambda b: not b.get("initiator")
    ):
        sub = bet.get("_expand")
        adressen = sub.get("digitaleAdressen") if isinstance(sub, dict) else None
        for adres in adressen if isinstance(adressen, list) else []:
            if isinstance(adres, dict) and adres.get("adres"):
                uit.append((str(adres.get("soortDigitaalAdres") or ""), str(adres["adres"])))
    return uit


def kies_terugbeladres(adressen: Iterable[tuple[str, str]]) -> str | None:
    """The number to call back on: the first phone number, else the first e-mail address."""
    lijst = list(adressen)
    for gewenst in ("telefoonnummer", "email"):
        for soort_adres, adres in lijst:
            if soort_adres == gewenst:
                return adres
    return None


async def terugbeladressen(
    ki: KlantinteractiesClient, klantcontact_uuids: Iterable[str], *, gelijktijdig: int = 4
) -> dict[str, str]:
    """The callback address per klantcontact (only those that have one).

    ``GET /klantcontacten/{uuid}?expand=hadBetrokkenen,hadBetrokkenen.digitaleAdressen`` per
    contact, at most ``gelijktijdig`` at a time. A contact that is gone is skipped; other
    errors are raised (``KlantbeeldError``).
    """
    rem = asyncio.Semaphore(gelijktijdig)

    async def een(uuid: str) -> tuple[str, str | None]:
        async with rem:
            try:
                data = await ki.api.get_json(
                    f"klantcontacten/{uuid}", params={"expand": ",".join(ADRES_EXPAND)}
                )
            except NietGevonden:
                return uuid, None
        return uuid, kies_terugbeladres(_adressen(data))

    paren = await asyncio.gather(*(een(u) for u in dict.fromkeys(klantcontact_uuids)))
    return {u: a for u, a in paren if a}
