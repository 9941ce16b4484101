"""Plain text out of whatever a server says: markup stripped, one short line for a message.

A server's error page (Django's HTML debug page, a proxy's "502 Bad Gateway") must never reach
the screen as markup, nor as 300 KB of it. :func:`korte_reden` gives the first meaningful line
of such a text; :func:`een_regel` keeps every line, joined, for a message built from parts.
Both are pure functions: no Qt, no I/O.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

#: At most this many characters of a reason go on screen.
MAX_TEKENS = 200

#: Elements whose text is never shown (code, styling, metadata).
_VERBORGEN = frozenset({"script", "style", "template", "noscript", "svg", "math"})
#: Elements that start a new line.
_BLOK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "title",
        "tr", "ul", "body", "head", "html", "center",
    }
)  # fmt: skip
#: Looks like markup: a tag, a comment, a doctype, or an entity.
_OPMAAK = re.compile(r"<[!/?a-zA-Z]|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
#: A tag cut off at the end (a body shortened before it got here).
_AFGEBROKEN = re.compile(r"<[!/?a-zA-Z][^<>]*\Z")
#: Invisible characters that only confuse (bidi overrides and isolates, zero-width).
_ONZICHTBAAR = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)


class _Tekst(HTMLParser):
    """Collects the text of an HTML fragment, a line per block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.delen: list[str] = []
        self._verborgen = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VERBORGEN:
            self._verborgen += 1
        elif tag in _BLOK:
            self.delen.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOK:
            self.delen.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VERBORGEN:
            self._verborgen = max(0, self._verborgen - 1)
        elif tag in _BLOK:
            self.delen.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._verborgen:
            self.delen.append(data.replace("\n", " "))


def _zonder_stuurtekens(tekst: str) -> str:
    return "".join(
        c
        for c in tekst
        if c == "\n" or (c not in _ONZICHTBAAR and unicodedata.category(c) not in ("Cc", "Cs"))
    )


def regels(tekst: str) -> list[str]:
    """The non-empty lines of ``tekst`` as plain text: markup and control characters removed.

    Text that holds no markup keeps its own lines; in an HTML text every block is a line.
    """
    if _OPMAAK.search(tekst):
        parser = _Tekst()
        try:
            parser.feed(_AFGEBROKEN.sub("", tekst))
            parser.close()
            tekst = "".join(parser.delen)
        except Exception:  # the parser is lenient; never let a body break a message
            tekst = re.sub(r"<[^>]*>?", " ", html.unescape(tekst))
    tekst = _zonder_stuurtekens(tekst.replace("\r\n", "\n").replace("\r", "\n"))
    uit = (" ".join(r.split()) for r in tekst.split("\n"))
    return [r for r in uit if r]


def _kort(tekst: str, max_tekens: int) -> str:
    if len(tekst) <= max_tekens:
        return tekst
    return tekst[: max(0, max_tekens - 1)].rstrip() + "…"


def korte_reden(tekst: str | None, *, max_tekens: int = MAX_TEKENS) -> str:
    """The first meaningful line of ``tekst`` in plain text, at most ``max_tekens`` long.

    "Meaningful": a line with at least one letter or digit (so not a rule of dashes).
    """
    for regel in regels(tekst or ""):
        if any(c.isalnum() for c in regel):
            return _kort(regel, max_tekens)
    return ""


def een_regel(tekst: str | None, *, max_tekens: int = MAX_TEKENS) -> str:
    """Every line of ``tekst`` in plain text on one line (joined by " — "), at most ``max_tekens``.


    Text without markup or line breaks comes back as it was (only shortened).
    """
    delen = regels(tekst or "")
    samen = "".join(
        (" " if delen[i - 1].endswith(":") else " — ") + regel if i else regel
        for i, regel in enumerate(delen)
    )
    return _kort(samen, max_tekens)
