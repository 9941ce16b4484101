"""Server and citizen text on screen as plain text: never markup, never an image or a link.

Qt shows a tooltip, a label in ``AutoText`` and a message box text as rich text whenever
:func:`Qt.mightBeRichText` says so, and rich text loads images (``<img src="file:///…">``) and
draws links. Every text that comes from a server or a citizen goes through this module:

- :func:`tooltip` for ``setToolTip`` and a model's ``ToolTipRole``;
- :func:`platte_label` (a new label) or :func:`maak_plat` (an existing one) for labels;
- :func:`is_veilig` and :func:`lijkt_opmaak` say how Qt would show a text (tests use them).

Item delegates paint ``DisplayRole`` with ``QPainter.drawText`` or the style, which never
interprets markup, so cell texts need nothing here.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

#: The wrapper that makes Qt take an escaped text as (harmless) rich text, keeping its lines.
_BEGIN = '<p style="white-space: pre-wrap">'
_EIND = "</p>"
#: Longer plain texts are wrapped too: Qt word-wraps a rich-text tooltip, never a plain one.
_LANG = 100


def lijkt_opmaak(tekst: str) -> bool:
    """True when Qt would take ``tekst`` for rich text in a tooltip or an ``AutoText`` label."""
    return bool(Qt.mightBeRichText(tekst))


def tooltip(tekst: str | None) -> str:
    """``tekst`` as a tooltip Qt shows character for character ("" for None).

    A short text Qt would not take for rich text is returned as it is. Anything else is escaped
    and wrapped, so ``<b>`` shows as ``<b>`` instead of bold, ``<img>`` loads nothing, and a long
    text wraps.
    """
    if not tekst:
        return ""
    if len(tekst) <= _LANG and not lijkt_opmaak(tekst):
        return tekst
    return _BEGIN + html.escape(tekst, quote=False) + _EIND


def is_veilig(tekst: str | None) -> bool:
    """True when Qt, rendering ``tekst`` as a tooltip or an ``AutoText`` label, draws no markup.

    That is: plain text in Qt's eyes, or exactly one :func:`tooltip` wrapper around a text
    without any ``<`` or ``>``.
    """
    if not tekst or not lijkt_opmaak(tekst):
        return True
    if not (tekst.startswith(_BEGIN) and tekst.endswith(_EIND)):
        return False
    binnen = tekst[len(_BEGIN) : -len(_EIND)]
    return "<" not in binnen and ">" not in binnen


def maak_plat(label: QLabel | QMessageBox) -> None:
    """Show ``label``'s text (now and later) as plain text."""
    label.setTextFormat(Qt.TextFormat.PlainText)


def platte_label(tekst: str = "", parent: QWidget | None = None) -> QLabel:
    """A new label that shows ``tekst`` as plain text."""
    label = QLabel(parent)
    maak_plat(label)
    label.setText(tekst)
    return label
