"""Dates as said to a citizen, in the screen's language (``8 januari 2027`` / ``8 January 2027``).

The names of days and months follow :func:`klantbeeld.services.taal.taal` at the moment a text
is made: :func:`dag`, :func:`maand`, or :data:`DAGEN` and :data:`MAANDEN` (indexed like the
tuples they once were). Short durations (``4:07``) are the same in every language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import overload

from klantbeeld.services import taal

#: The days of the week, Monday first (``date.weekday()``), per language.
_DAGEN: dict[str, tuple[str, ...]] = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
#: The days of the week, short (under a chart's bars), per language.
_KORTE_DAGEN: dict[str, tuple[str, ...]] = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
#: The months, January first, per language.
_MAANDEN: dict[str, tuple[str, ...]] = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


class Namen(Sequence[str]):
    """A tuple of names that reads the screen's language on every look-up (``MAANDEN[0]``)."""

    def __init__(self, per_taal: dict[str, tuple[str, ...]]) -> None:
        self._per_taal = per_taal

    def _nu(self) -> tuple[str, ...]:
        return self._per_taal.get(taal.taal(), self._per_taal["nl"])

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._nu()[index]

    def __len__(self) -> int:
        return len(self._per_taal["nl"])

    def __repr__(self) -> str:
        return repr(self._nu())


#: ``DAGEN[date.weekday()]``: ``maandag`` / ``Monday``, in the screen's language.
DAGEN = Namen(_DAGEN)
#: ``MAANDEN[maand - 1]``: ``januari`` / ``January``, in the screen's language.
MAANDEN = Namen(_MAANDEN)
#: ``KORTE_DAGEN[date.weekday()]``: ``ma`` / ``Mon``, in the screen's language.
KORTE_DAGEN = Namen(_KORTE_DAGEN)


def dag(weekdag: int) -> str:
    """The name of a day of the week (``date.weekday()``: 0 is Monday): ``maandag`` / ``Monday``."""
    return DAGEN[weekdag]


def korte_dag(weekdag: int) -> str:
    """A day of the week, short (``date.weekday()``: 0 is Monday): ``ma`` / ``Mon``."""
    return KORTE_DAGEN[weekdag]


def maand(nummer: int) -> str:
    """The name of a month (1 is January): ``januari`` / ``January``."""
    return MAANDEN[nummer - 1]


def lange_datum(dag: date) -> str:
    """A date as said on the phone: ``8 januari 2027`` / ``8 January 2027``."""
    return f"{dag.day} {maand(dag.month)} {dag.year}"


def dag_en_datum(datum: date) -> str:
    """A weekday and date without the year: ``maandag 8 januari`` / ``Monday 8 January``."""
    return f"{dag(datum.weekday())} {datum.day} {maand(datum.month)}"


def minuten_seconden(seconden: int) -> str:
    """``4:07``: whole seconds as minutes and seconds (a tab's timer, an average duration)."""
    minuten, rest = divmod(seconden, 60)
    return f"{minuten}:{rest:02d}"
