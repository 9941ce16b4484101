"""The kanaal icons at their real size (16 px): each told apart from every other at a glance."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from klantbeeld.views import icons
from klantbeeld.views.theme import KANALEN, RESOURCES

#: Share of ink two 16 px kanaal icons must differ in (icons drawn on the same plan, like the
#: telephone and the callback telephone, differ in about a quarter).
VERSCHIL = 0.45


def _inkt(naam: str) -> list[float]:
    """Alpha per pixel of icon ``naam`` at 16 px."""
    image = icons.render_pixmap(naam, 16, "#000000").toImage()
    return [image.pixelColor(x, y).alphaF() for y in range(16) for x in range(16)]


def _verschil(a: list[float], b: list[float]) -> float:
    """Share of the ink of either icon that the other does not have."""
    paren = list(zip(a, b, strict=True))
    return sum(abs(x - y) for x, y in paren) / sum(max(x, y) for x, y in paren)


@pytest.mark.usefixtures("qapp")
def test_every_kanaal_icon_is_told_apart_at_16_px() -> None:
    inkt = {n: _inkt(n) for n in (*KANALEN, icons.ONBEKEND_KANAAL_ICOON)}
    for a, b in itertools.combinations(inkt, 2):
        assert _verschil(inkt[a], inkt[b]) >= VERSCHIL, f"{a} and {b} look alike at 16 px"


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("a", "b"), [("telefoon", "terugbellen"), ("status-stap", "onbekend")])
def test_the_measure_flags_icons_that_look_alike(a: str, b: str) -> None:
    assert _verschil(_inkt(a), _inkt(b)) < VERSCHIL


def test_post_is_a_letter_and_e_mail_is_not_an_envelope() -> None:
    """Post is the envelope (its flap drawn as a V); e-mail is the @, so the two never meet."""
    post = (RESOURCES / "icons" / "post.svg").read_text(encoding="utf-8")
    e_mail = (RESOURCES / "icons" / "e-mail.svg").read_text(encoding="utf-8")
    assert "12 16l9.5-6" in post and "12 3.5l9.5 6.5" in post
    assert "<circle" in e_mail and "<rect" not in e_mail


def test_sheet_of_kanaal_icons_side_by_side(qapp: QApplication, tmp_path: Path) -> None:
    namen = (*KANALEN, icons.ONBEKEND_KANAAL_ICOON)
    sheet = icons.naast_elkaar(namen, 16, ["#000000", "#cf1b07"], gap=8)
    assert (sheet.width(), sheet.height()) == (8 + len(namen) * 24, 8 + 2 * 24)
    image = sheet.toImage()
    for kolom in range(len(namen)):
        vak = [
            image.pixelColor(8 + kolom * 24 + x, 8 + y).red() < 128
            for x in range(16)
            for y in range(16)
        ]
        assert sum(vak) > 20, f"icon {namen[kolom]} missing from the sheet"
    assert sheet.save(str(tmp_path / "kanalen.png"))
