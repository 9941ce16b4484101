"""Dates in plain Dutch as said to a citizen (``8 januari 2027``); short durations (``4:07``)."""

from __future__ import annotations

from datetime import date

DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MAANDEN = (
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
)


def lange_datum(dag: date) -> str:
    """A date as said on the phone: ``8 januari 2027``."""
    return f"{dag.day} {MAANDEN[dag.month - 1]} {dag.year}"


def minuten_seconden(seconden: int) -> str:
    """``4:07``: whole seconds as minutes and seconds (a tab's timer, an average duration)."""
    minuten, rest = divmod(seconden, 60)
    return f"{minuten}:{rest:02d}"
