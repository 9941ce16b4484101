"""The language of the texts the services make for the screen: a translation hook the app sets.

The services cannot use Qt, yet some of what they say reaches the screen: an error that names
the failing server, a date as said on the phone, a number with its thousands separator. Such
a module gets a helper with a fixed context, as the views have::

    def tr(text: str) -> str:
        \"\"\"``text`` in the screen's language (context "Fouten").\"\"\"
        return vertaal("Fouten", text)

``make vertalingen`` files those texts under that context in the same catalog as the views'.
Until the app calls :func:`stel_in` every text stays as written (Dutch), which is also what
tests and tools without a window get. Text that leaves the workstation (a klantcontact's
onderwerp, a journal entry, a log line) is never passed through here: other systems read it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

#: ``(context, source) -> text``: how the app translates (``QCoreApplication.translate``).
Vertaler = Callable[[str, str], str]

#: The languages the services know how to write numbers and dates in.
TALEN = ("nl", "en")


def _als_geschreven(context: str, tekst: str) -> str:
    """No translation: the Dutch source as written."""
    return tekst


_vertaler: Vertaler = _als_geschreven
_taal = "nl"


def stel_in(taal: str, vertaler: Vertaler | None = None) -> None:
    """Speak ``taal`` from now on, translating through ``vertaler`` (None: as written).

    An unknown language falls back to Dutch, the language every text is written in.
    """
    global _vertaler, _taal
    _taal = taal if taal in TALEN else "nl"
    _vertaler = vertaler if vertaler is not None and _taal != "nl" else _als_geschreven


def taal() -> str:
    """The language the screens speak now: ``"nl"`` or ``"en"``."""
    return _taal


def vertaal(context: str, tekst: str) -> str:
    """``tekst`` (Dutch, as written) in the screen's language, looked up under ``context``."""
    return _vertaler(context, tekst)


def getal(n: int) -> str:
    """A whole number with the thousands separator of the screen's language: 12.345 / 12,345."""
    tekst = f"{n:,}"
    return tekst if _taal == "en" else tekst.replace(",", ".")


def decimaal(x: float | Decimal, decimalen: int = 2) -> str:
    """A number with ``decimalen`` decimals in the screen's language: 1.234,50 / 1,234.50.

    A :class:`~decimal.Decimal` (an amount) is written exactly, never through a float.
    """
    tekst = f"{x:,.{decimalen}f}"
    if _taal == "en":
        return tekst
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def QT_TR_NOOP(tekst: str) -> str:
    """``tekst`` unchanged: marks a constant's Dutch text for ``make vertalingen`` (lupdate).

    The module translates it where it uses it, ``tr(CONSTANTE)``, in its own ``tr`` context;
    the constant itself stays the Dutch source (a key, a value tests compare with).
    """
    return tekst
