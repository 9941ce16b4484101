"""When seeded things happen: the oefenomgeving's "now", office hours per kanaal, the open-work age.

The seed's "now" is the start of the working day of the pinned date (``KLANTBEELD_OEFEN_DATUM``,
08:00 in the Netherlands): nothing seeded happens after it, whatever the clock says when the
oefenomgeving runs. Telefoon and Balie only happen on weekdays within :data:`OPENINGSTIJDEN`;
E-mail, Live Chat and Brief are registered by the KCC in office hours too; the citizen's own
contactformulier may arrive any time of day, any day.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

#: Local time of the seed (stored in UTC, as the real servers do).
TIJDZONE = ZoneInfo("Europe/Amsterdam")
#: The hour "now" falls on, on the pinned date.
NU_TIJD = time(8, 0)
#: Weekday office hours per kanaal, local time (start inclusive, end exclusive).
OPENINGSTIJDEN: dict[str, tuple[time, time]] = {
    "Telefoon": (time(8, 30), time(17, 0)),
    "Balie": (time(9, 0), time(16, 30)),  # on appointment
    "E-mail": (time(8, 30), time(17, 0)),
    "Live Chat": (time(8, 30), time(17, 0)),
    "Brief": (time(8, 30), time(17, 0)),
}
#: The citizen's own web form: any day, any hour (local).
ALTIJD = (time(0, 0), time.max)
#: Open work (internetaken) is at most this old, except the documented overdue ones.
OPEN_HOOGSTENS = timedelta(days=21)
#: The day span the seed's generators map their drawn hour into (8:00-17:00 local).
_BRON = (time(8, 0), time(17, 0))


def nu(vandaag: date) -> datetime:
    """The seed's "now" (aware, local): nothing seeded happens after it."""
    return datetime.combine(vandaag, NU_TIJD, tzinfo=TIJDZONE)


def venster(kanaal: str) -> tuple[time, time]:
    """The local hours within which a contact on ``kanaal`` can take place."""
    return OPENINGSTIJDEN.get(kanaal, ALTIJD)


def alleen_werkdagen(kanaal: str) -> bool:
    """True for kanalen served by people on weekdays only (all but the contactformulier)."""
    return kanaal in OPENINGSTIJDEN


def werkdag_op_of_voor(dag: date) -> date:
    """``dag`` itself on a weekday, else the Friday before it."""
    while dag.weekday() >= 5:
        dag -= timedelta(days=1)
    return dag


def _seconden(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def in_venster(lokaal: datetime, kanaal: str) -> datetime:
    """Map a local moment drawn within 8:00-17:00 into ``kanaal``'s hours, same day, same order.

    Keeps the shape of a drawn distribution (a morning peak stays a morning peak) without
    drawing anything new, so seeds stay deterministic.
    """
    begin, eind = venster(kanaal)
    if begin <= lokaal.time() < eind:
        return lokaal
    bron_begin, bron_eind = (_seconden(t) for t in _BRON)
    doel_begin, doel_eind = _seconden(begin), _seconden(eind)
    s = min(max(_seconden(lokaal.time()), bron_begin), bron_eind - 1)
    doel = doel_begin + (s - bron_begin) * (doel_eind - doel_begin) // (bron_eind - bron_begin)
    middernacht = lokaal.replace(hour=0, minute=0, second=0, microsecond=0)
    return middernacht + timedelta(seconds=doel)


def moment_op(dag: date, kanaal: str, rng: random.Random) -> datetime:
    """A moment (aware, UTC) on ``dag`` (or the weekday before) within ``kanaal``'s hours."""
    if alleen_werkdagen(kanaal):
        dag = werkdag_op_of_voor(dag)
    begin, eind = venster(kanaal)
    s = rng.randrange(_seconden(begin), _seconden(eind))
    lokaal = datetime.combine(dag, time(s // 3600, s // 60 % 60, s % 60), tzinfo=TIJDZONE)
    return lokaal.astimezone(UTC)


def past_in_venster(moment: datetime, kanaal: str) -> bool:
    """True when ``moment`` (aware) is a possible time for a contact on ``kanaal``."""
    lokaal = moment.astimezone(TIJDZONE)
    if alleen_werkdagen(kanaal) and lokaal.weekday() >= 5:
        return False
    begin, eind = venster(kanaal)
    return begin <= lokaal.time() < eind
