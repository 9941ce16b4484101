"""Klantbeeld's line icons (resources/icons/*.svg) as coloured QIcons, and the kanaal vocabulary.

The SVGs are 24×24 line drawings stroked in ``currentColor``; :func:`icon` substitutes a real
colour and renders them at the sizes Qt asks for most, once per name and colour.
Kanaal values from the Klantinteracties API are free text ("Telefonisch", "E-mail", "brief",
...): :func:`kanaal_sleutel` reduces them to one of :data:`klantbeeld.views.theme.KANALEN`,
:func:`kanaal_icoon` and :func:`kanaal_label` give the icon name and the Dutch label (the
vocabulary itself lives in :mod:`services.registraties.kanalen`, shared with the services).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from klantbeeld.services.registraties.kanalen import KANAAL_LABELS as KANAAL_LABELS
from klantbeeld.services.registraties.kanalen import KANAAL_SLEUTELS
from klantbeeld.services.registraties.kanalen import kanaal_label as nederlands_kanaal_label
from klantbeeld.services.registraties.kanalen import kanaal_sleutel as kanaal_sleutel
from klantbeeld.views.theme import KANALEN, RESOURCES, load_theme


def kanaal_label(value: str | None) -> str:
    """The agent's word for a kanaal in the screens' language (its KANAAL_LABELS text, translated
    in the context "Kanalen"; a kanaal not in the list keeps its own text)."""
    return QCoreApplication.translate("Kanalen", nederlands_kanaal_label(value))


ICONS_DIR = RESOURCES / "icons"
#: Pixel sizes rendered into every icon (16/20/24 at 1× and 2×, plus 48 for large views).
ICON_SIZES = (16, 20, 24, 32, 40, 48)
#: Every icon name, as the file names in resources/icons without ``.svg``.
ICON_NAMES = (
    "telefoon",
    "e-mail",
    "chat",
    "balie",
    "post",
    "webformulier",
    "zaak",
    "document",
    "betaling",
    "vraag",
    "terugbellen",
    "status-stap",
    "waarschuwing",
    "geheim",
    "overleden",
    "kopieer",
    "zoek",
    "filter",
    "sluiten",
    "vernieuwen",
    "instellingen",
    "onbekend",
)
#: Icon for a kanaal value that matches none of the known kanalen.
ONBEKEND_KANAAL_ICOON = "onbekend"

#: Kanaal values (lowercase, with synonyms) to icon names (the canonical kanalen are icon names).
KANAAL_ICONEN = KANAAL_SLEUTELS
assert set(KANAAL_LABELS) == set(KANALEN)


@cache
def _svg(name: str) -> str:
    path = ICONS_DIR / f"{name}.svg"
    if name not in ICON_NAMES or not path.is_file():
        raise KeyError(f"no icon named {name!r}")
    return path.read_text(encoding="utf-8")


def render_pixmap(name: str, size: int, color: str) -> QPixmap:
    """Return icon ``name`` drawn in ``color`` on a transparent ``size``×``size`` pixmap."""
    data = _svg(name).replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return pixmap


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """Return icon ``name`` in ``color`` (the theme's text colour by default), cached."""
    fill = color or load_theme().text
    result = QIcon()
    for size in ICON_SIZES:
        result.addPixmap(render_pixmap(name, size, fill))
    return result


def naast_elkaar(names: Sequence[str], size: int, colors: Sequence[str], gap: int = 8) -> QPixmap:
    """Return icons ``names`` at ``size`` px side by side on white, one row per colour.

    The sheet to judge at a glance whether icons are told apart at their real size
    (``python -m klantbeeld.views.icons sheet.png`` writes the kanaal icons at 16 px).
    """
    sheet = QPixmap(len(names) * (size + gap) + gap, len(colors) * (size + gap) + gap)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    try:
        for row, color in enumerate(colors):
            for column, name in enumerate(names):
                x, y = gap + column * (size + gap), gap + row * (size + gap)
                painter.drawPixmap(x, y, render_pixmap(name, size, color))
    finally:
        painter.end()
    return sheet


def kanaal_icoon(value: str | None) -> str:
    """Return the icon name for a kanaal value (a neutral icon for unknown values)."""
    return kanaal_sleutel(value) or ONBEKEND_KANAAL_ICOON


if __name__ == "__main__":  # pragma: no cover - a tool for judging the icons by eye
    import sys

    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    _theme = load_theme()
    _names = (*KANALEN, ONBEKEND_KANAAL_ICOON)
    naast_elkaar(_names, 16, [_theme.text, _theme.muted_text]).save(sys.argv[1])
