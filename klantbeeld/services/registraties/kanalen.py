"""The kanaal vocabulary: free-text kanaal values from Klantinteracties reduced to six kanalen.

Open Klant keeps ``kanaal`` as free text ("Telefoon", "telefonisch", "E-mail", "Live Chat",
"contactformulier", ...). :func:`kanaal_sleutel` maps a value to one of :data:`KANALEN` (or
``None``); :func:`kanaal_label` gives the Dutch label (the views show it in their language,
context "Kanalen"; it is also the value a registration sends). The one source of truth for the views
(icons, charts, filters) and the services (contacthistorie filters and counts); no Qt here.
"""

from __future__ import annotations

import re

from klantbeeld.services.taal import vertaal

#: The canonical kanalen, in the order the app lists them.
KANALEN = ("telefoon", "e-mail", "chat", "balie", "post", "webformulier")

#: Kanaal values (lowercase, with synonyms) to canonical kanalen (also the icon names).
KANAAL_SLEUTELS: dict[str, str] = {
    "telefoon": "telefoon",
    "telefonisch": "telefoon",
    "telefonie": "telefoon",
    "e-mail": "e-mail",
    "email": "e-mail",
    "mail": "e-mail",
    "chat": "chat",
    "livechat": "chat",
    "balie": "balie",
    "loket": "balie",
    "post": "post",
    "brief": "post",
    "webformulier": "webformulier",
    "contactformulier": "webformulier",
    "formulier": "webformulier",
    "e-formulier": "webformulier",
}

#: Dutch display label per canonical kanaal.
KANAAL_LABELS: dict[str, str] = {
    "telefoon": "Telefoon",
    "e-mail": "E-mail",
    "chat": "Chat",
    "balie": "Balie",
    "post": "Post",
    "webformulier": "Webformulier",
}

_NOT_WORD = re.compile(r"[\s_\-.]+")
_COMPACT: dict[str, str] = {_NOT_WORD.sub("", key): value for key, value in KANAAL_SLEUTELS.items()}
assert set(KANAAL_LABELS) == set(KANALEN)


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Kanalen", as the views' kanaal labels)."""
    return vertaal("Kanalen", text)


def kanaal_sleutel(value: str | None) -> str | None:
    """Return the canonical kanaal for a free-text kanaal value, or ``None`` if unknown."""
    if not value:
        return None
    text = value.strip().lower()
    name = KANAAL_SLEUTELS.get(text) or _COMPACT.get(_NOT_WORD.sub("", text))
    if name is None:
        return None
    return name if name in KANAAL_LABELS else None


def kanaal_label(value: str | None) -> str:
    """Return the Dutch display label for a kanaal value; unknown values title-cased; none at
    all: "Onbekend" in the screen's language."""
    sleutel = kanaal_sleutel(value)
    if sleutel is not None:
        return KANAAL_LABELS[sleutel]
    text = " ".join((value or "").split())
    return text.title() if text else tr("Onbekend")
