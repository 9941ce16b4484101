"""The clipboard, Klantbeeld's way: every copy goes through here, and end of contact clears it.

:func:`kopieer` puts text on the clipboard and, where the platform has one (X11), in the
primary selection, and remembers what it put there. Text Klantbeeld puts there otherwise (a
label's text selected with the mouse, Ctrl+C in a field or table) is remembered too while the
application owns that clipboard. :func:`wis_eigen` empties each mode that still holds what we
put there, and leaves alone what the user has copied from another application since.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication

#: The modes we look after: the clipboard and (X11) the primary selection.
MODI = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)

#: Per mode, the text Klantbeeld put there last.
_eigen: dict[QClipboard.Mode, str] = {}
#: The clipboard whose changes we follow (one per application).
_gevolgd: QClipboard | None = None
#: True while we set the text ourselves (its change signal is ours, not a foreign copy).
_bezig = False


def klembord() -> QClipboard:
    """The application's clipboard, followed from the first use on."""
    global _gevolgd
    cb = QGuiApplication.clipboard()
    if _gevolgd is not cb:
        _gevolgd = cb
        cb.changed.connect(_gewijzigd)
    return cb


def _ondersteund(cb: QClipboard, modus: QClipboard.Mode) -> bool:
    if modus is QClipboard.Mode.Selection:
        return cb.supportsSelection()
    return modus is QClipboard.Mode.Clipboard


def _bezit(cb: QClipboard, modus: QClipboard.Mode) -> bool:
    """True when the platform says this application owns ``modus``."""
    if modus is QClipboard.Mode.Selection:
        return cb.ownsSelection()
    return cb.ownsClipboard()


def _gewijzigd(modus: QClipboard.Mode) -> None:
    """Someone changed ``modus``: ours when we own it, else another application's copy."""
    if _bezig or _gevolgd is None:
        return
    if _bezit(_gevolgd, modus):
        _eigen[modus] = _gevolgd.text(modus)
    else:
        _eigen.pop(modus, None)


def volg() -> None:
    """Start following the clipboard (so a selection made before any copy is known too)."""
    klembord()


def kopieer(tekst: str) -> None:
    """Put ``tekst`` on the clipboard and, where supported, in the selection; remember it."""
    global _bezig
    cb = klembord()
    _bezig = True
    try:
        for modus in MODI:
            if _ondersteund(cb, modus):
                cb.setText(tekst, modus)
                _eigen[modus] = tekst
    finally:
        _bezig = False


def wis_eigen() -> int:
    """Empty each mode that still holds what Klantbeeld put there (end of contact, on quit).

    Returns how many modes were emptied; the record is forgotten either way.
    """
    global _bezig
    cb = klembord()
    gewist = 0
    _bezig = True
    try:
        for modus in MODI:
            if not _ondersteund(cb, modus):
                continue
            eigen = _eigen.get(modus)
            if (eigen is not None and cb.text(modus) == eigen) or _bezit(cb, modus):
                cb.clear(modus)
                gewist += 1
    finally:
        _bezig = False
        _eigen.clear()
    return gewist


def heeft_eigen() -> bool:
    """True while something Klantbeeld put there may still be on the clipboard or selection."""
    return bool(_eigen)
