"""The one way Klantbeeld puts text on the clipboard, and takes its own text off at end of contact.

:func:`kopieer` puts a value on the clipboard (and, on X11, the primary selection) and keeps a
record of what it put there; :func:`wis_eigen` clears each of them that still holds our text,
so a citizen's phone number does not outlive the contact, while whatever the agent copied
elsewhere afterwards is left alone. Nothing is logged.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication

#: What we put on each clipboard mode (in memory only); cleared by :func:`wis_eigen`.
_EIGEN: dict[QClipboard.Mode, str] = {}


def _modi(bord: QClipboard) -> list[QClipboard.Mode]:
    modi = [QClipboard.Mode.Clipboard]
    if bord.supportsSelection():
        modi.append(QClipboard.Mode.Selection)
    return modi


def kopieer(tekst: str) -> None:
    """Put ``tekst`` on the clipboard (and the selection where there is one), remembered."""
    bord = QGuiApplication.clipboard()
    for modus in _modi(bord):
        bord.setText(tekst, modus)
        _EIGEN[modus] = tekst


def wis_eigen() -> int:
    """Clear every clipboard mode that still holds what :func:`kopieer` put there.

    Returns how many were cleared. The record is forgotten either way.
    """
    bord = QGuiApplication.clipboard()
    gewist = 0
    for modus, tekst in list(_EIGEN.items()):
        if bord.text(modus) == tekst:
            bord.clear(modus)
            gewist += 1
    _EIGEN.clear()
    return gewist


def heeft_eigen() -> bool:
    """True while something we copied may still be on a clipboard."""
    return bool(_EIGEN)
