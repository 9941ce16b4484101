"""Every colour pair the app draws meets WCAG 2.2 AA, computed from the theme's tokens.

Text (and the number in a stat tile) needs 4.5:1 against what it stands on; a part of the
interface that is no text (focus ring, input border, alert bar, status marker, chart bar,
kanaal icon) needs 3:1 against each background it can be drawn on (WCAG 1.4.3 and 1.4.11).
Disabled controls are exempt. Each pair names where it is drawn, so a failing test lists them
all at once. The ratio is the WCAG relative-luminance formula, checked by hand below.
"""

from __future__ import annotations

import pytest

from klantbeeld.views.theme import KANALEN, Theme, contrast_ratio, load_theme, relative_luminance

AA_TEKST = 4.5
AA_VORM = 3.0

#: (foreground, background, where) for text.
TEKST = [
    ("text", "background", "body text on the window"),
    ("text", "surface", "body text on a card, field or table"),
    ("text", "row_alt", "text in an alternate table row"),
    ("text", "surface_alt", "text in a muted box"),
    ("text", "hover", "text of a hovered button or chip"),
    ("text", "card_bg", "text on a zaak card"),
    ("heading", "background", "headings on the window"),
    ("heading", "surface", "headings and chart titles on a card or chart"),
    ("muted_text", "background", "muted text on the window"),
    ("muted_text", "surface", "muted text on a card"),
    ("muted_text", "surface_alt", "a neutraal alert"),
    ("muted_text", "row_alt", "muted text in an alternate row"),
    ("placeholder", "surface", "placeholder in a field"),
    ("table_header_text", "surface_alt", "column titles"),
    ("banner_text", "banner_bg", "the oefenomgeving bar"),
    ("on_primary", "primary", "primary button"),
    ("on_primary", "primary_hover", "primary button, hovered"),
    ("primary", "surface", "secondary button and stat-tile number"),
    ("primary_hover", "success_bg", "secondary button, hovered"),
    ("selection_text", "selection", "selected row and checked chip"),
    ("info_text", "info_bg", "info alert"),
    ("warning_text", "warning_bg", "warning alert and signaal pill"),
    ("error_text", "error_bg", "error alert and signaal pill"),
    ("success_text", "success_bg", "success alert"),
    ("tab_text", "background", "tab on the window"),
    ("tab_text", "surface", "tab in a dialog"),
    ("tab_selected", "background", "selected tab on the window"),
    ("tab_selected", "surface", "selected tab in a dialog"),
    ("link", "surface", "link and subtle button on a card"),
    ("link", "background", "link and subtle button on the window"),
    ("link_hover", "hover", "subtle button, hovered"),
    ("surface", "heading", "tooltip"),
    ("error", "surface", "overdue date or amount in a table"),
    ("error", "row_alt", "overdue date or amount in an alternate row"),
    ("step_current_text", "step_current", "number in the current status step"),
    ("step_upcoming_text", "surface", "number in an upcoming status step"),
    ("step_heading", "surface", "status step heading"),
    ("step_heading_current", "surface", "current status step heading"),
    ("card_title", "card_bg", "zaak card title"),
    ("card_subtitle", "card_bg", "zaak card subtitle"),
    ("card_archived_text", "card_archived_bg", "archived zaak card"),
    ("disabled_text", "disabled_bg", "disabled control (exempt, yet it holds)"),
]

#: (foreground, background, where) for interface parts that are no text.
VORM = [
    ("focus", "background", "focus ring on the window"),
    ("focus", "surface", "focus ring on a card or dialog"),
    ("focus", "surface_alt", "focus ring in a muted box"),
    ("focus", "row_alt", "focus ring of a cell in an alternate row"),
    ("focus", "hover", "focus ring of a hovered button"),
    ("focus", "selection", "focus ring of the selected row"),
    ("input_focus_border", "primary", "focus ring on the primary button"),
    ("input_focus_border", "surface", "focused field"),
    ("input_border", "surface", "field border"),
    ("input_border", "background", "field border on the window"),
    ("error", "surface", "invalid field border and chart highlight"),
    ("info", "info_bg", "info alert bar"),
    ("warning", "warning_bg", "warning alert bar and pill border"),
    ("error", "error_bg", "error alert bar and pill border"),
    ("success", "success_bg", "success alert bar"),
    ("tab_selected", "background", "selected tab indicator"),
    ("step_reached", "surface", "reached status step"),
    ("step_current", "surface", "current status step"),
    ("step_warning", "surface", "status step with a warning"),
    ("step_error", "surface", "status step with an error"),
    ("step_upcoming", "surface", "upcoming status step"),
    ("step_upcoming", "background", "upcoming status step on the window"),
    ("step_connector_reached", "surface", "line between reached steps"),
    ("timeline_dot", "surface", "timeline dot"),
    ("timeline_dot_active", "surface", "active timeline dot"),
    ("timeline_dot_completed", "surface", "completed timeline dot"),
    ("primary", "surface", "bar of the 'per resultaat' chart"),
    ("heading", "surface", "bar of the 'top 10 onderwerpen' chart"),
    ("warning", "surface", "bar of the 'open verzoeken' chart"),
]

#: Backgrounds a kanaal icon or chart bar is drawn on.
KANAAL_ACHTERGRONDEN = ("surface", "background", "row_alt", "hover", "selection")


def _kleur(theme: Theme, naam: str) -> str:
    """A theme colour by field name, or a kanaal's accent colour by kanaal."""
    return theme.kanaal_kleur(naam) if naam in KANALEN else str(getattr(theme, naam))


def _te_laag(theme: Theme, paren: list[tuple[str, str, str]], minimum: float) -> list[str]:
    """Each pair below ``minimum``, with both colours, its ratio and where it is drawn."""
    uit = []
    for voor, achter, waar in paren:
        v, a = _kleur(theme, voor), _kleur(theme, achter)
        ratio = contrast_ratio(v, a)
        if ratio < minimum:
            uit.append(f"{voor} {v} on {achter} {a}: {ratio:.2f}:1 < {minimum}:1 ({waar})")
    return uit


def test_text_meets_4_5_to_1() -> None:
    assert _te_laag(load_theme(), TEKST, AA_TEKST) == []


def test_interface_parts_and_chart_bars_meet_3_to_1() -> None:
    assert _te_laag(load_theme(), VORM, AA_VORM) == []


def test_kanaal_colours_meet_3_to_1_on_every_background_they_sit_on() -> None:
    theme = load_theme()
    paren = [
        (kanaal, achter, f"kanaal {kanaal} icon or chart bar")
        for kanaal in KANALEN
        for achter in KANAAL_ACHTERGRONDEN
    ]
    assert _te_laag(theme, paren, AA_VORM) == []


def test_the_check_catches_a_pair_below_the_line() -> None:
    """The check itself fails on too little contrast: WCAG's own examples."""
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == pytest.approx(0.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    theme = load_theme()
    assert _te_laag(theme, [("surface", "surface", "same colour")], AA_VORM) != []
