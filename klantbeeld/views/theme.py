"""The Klantbeeld look: a typed theme built from the Den Haag design tokens, its QSS and palette.

Every colour and size the widgets use comes from ``resources/theme/tokens.json`` (written by
``tools/build_theme.py`` from MijnDenHaag's NL Design System tokens), so agent and citizen see
the same visual language. The agent screen is denser than a citizen web page: body text takes
one step down the Den Haag type scale (``s``, 14px) and headings follow from there.

Style hooks for widgets (set with ``setObjectName`` / ``setProperty``):

- ``QLineEdit#zoekveld``: the large search field.
- ``QPushButton[variant="primary" | "secondary" | "subtle"]``; ``QPushButton[chip="true"]``
  (checkable filter chips).
- ``QLabel#oefenBanner``: the oefenomgeving bar.
- ``QLabel/QFrame[niveau="info" | "waarschuwing" | "fout" | "succes"]``: alerts;
  ``niveau="neutraal"``: a plain fact in the same box (a source that is not configured).
- ``QLabel[rol="titel" | "kop" | "gedempt" | "klein"]``: title, section heading, muted, small.
- ``QFrame[rol="kaart"]``: a white card on the window background.
- ``QPushButton[signaal="fout" | "waarschuwing"][voor="inwoner" | "gemeente"]``: a signaal
  pill, filled for the citizen's to-dos, white and outlined for ours;
  ``QLabel[rol="signaalgroep"]``: the group heading before them.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from types import MappingProxyType

from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

#: The resources folder next to the package (``klantbeeld/../resources``). Derived from this
#: file rather than ``klantbeeld.__file__``, which is ``None`` when the editable install
#: resolves ``klantbeeld`` as a namespace package (run from outside the repository).
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
THEME_DIR = RESOURCES / "theme"
TOKENS_FILE = THEME_DIR / "tokens.json"
QSS_TEMPLATE = THEME_DIR / "klantbeeld.qss"

#: Families tried after the Den Haag font (which is rarely installed on a KCC desktop).
FALLBACK_FAMILIES = ("Source Sans Pro", "Source Sans 3", "Noto Sans", "DejaVu Sans", "sans-serif")
#: The canonical kanalen, in the order the app lists them.
KANALEN = ("telefoon", "e-mail", "chat", "balie", "post", "webformulier")
#: Smallest font size the dense agent screen goes down to, in px.
MIN_FONT_PX = 12

_P = "denhaag-color-"


def _px(value: str) -> int:
    return round(float(value.removesuffix("px")))


def _families(css_value: str) -> tuple[str, ...]:
    names = [part.strip().strip("\"'") for part in css_value.split(",")]
    named = [name for name in names if name and name not in ("sans-serif", "serif")]
    ordered = [*named, *FALLBACK_FAMILIES]
    return tuple(dict.fromkeys(ordered))


@dataclass(frozen=True, slots=True)
class Theme:
    """Named colours (``#rrggbb``), sizes (px) and fonts for every Klantbeeld widget."""

    # typography
    font_family: str
    font_families: tuple[str, ...]
    font_size: int
    font_size_small: int
    font_size_large: int
    font_size_title: int
    font_size_header: int
    line_height: float
    weight_regular: int
    weight_semibold: int
    weight_bold: int
    # spacing and shapes
    space_3xs: int
    space_2xs: int
    space_xs: int
    space_sm: int
    space_md: int
    space_lg: int
    space_xl: int
    radius: int
    focus_width: int
    focus_style: str
    icon_size: int
    icon_size_large: int
    # base colours
    primary: str
    primary_hover: str
    on_primary: str
    text: str
    heading: str
    muted_text: str
    placeholder: str
    disabled_text: str
    disabled_bg: str
    background: str
    surface: str
    surface_alt: str
    row_alt: str
    hover: str
    border: str
    border_strong: str
    input_border: str
    input_focus_border: str
    focus: str
    link: str
    link_hover: str
    selection: str
    selection_text: str
    table_header_text: str
    # tabs (denhaag-tabs)
    tab_text: str
    tab_selected: str
    tab_border: str
    tab_border_width: int
    # feedback (denhaag-alert / utrecht-feedback)
    success: str
    success_bg: str
    success_text: str
    warning: str
    warning_bg: str
    warning_text: str
    error: str
    error_bg: str
    error_text: str
    info: str
    info_bg: str
    info_text: str
    # the oefenomgeving bar
    banner_bg: str
    banner_text: str
    banner_border: str
    # status steps (denhaag-process-steps / step-marker)
    step_reached: str
    step_current: str
    step_current_text: str
    step_upcoming: str
    step_upcoming_text: str
    step_warning: str
    step_error: str
    step_connector: str
    step_connector_reached: str
    step_marker_size: int
    step_marker_border: int
    step_heading: str
    step_heading_current: str
    # contact timeline (denhaag-contact-timeline / timeline-step)
    timeline_line: str
    timeline_dot: str
    timeline_dot_active: str
    timeline_dot_completed: str
    timeline_date_width: int
    timeline_channel_width: int
    timeline_icon_size: int
    timeline_meta_gap: int
    # zaak card (denhaag-case-card)
    card_bg: str
    card_title: str
    card_subtitle: str
    card_archived_bg: str
    card_archived_text: str
    #: Accent colour per canonical kanaal (see :data:`KANALEN`), for icons and markers.
    kanaal_kleuren: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_tokens(cls, tokens: Mapping[str, str]) -> Theme:
        """Build the theme from the flat token mapping in tokens.json."""

        def c(name: str) -> str:
            return (
                tokens[_P + name] if not name.startswith(("denhaag-", "utrecht-")) else tokens[name]
            )

        def px(name: str) -> int:
            return _px(tokens[name])

        def scale(step: str) -> int:
            return max(MIN_FONT_PX, px(f"denhaag-typography-scale-{step}-font-size"))

        families = _families(tokens["denhaag-typography-sans-serif-font-family"])
        kanalen = {
            "telefoon": c("blue-3"),
            "e-mail": c("green-3"),
            "chat": c("orange-4"),
            "balie": c("ocher-5"),
            "post": c("red-4"),
            "webformulier": c("grey-4"),
        }
        return cls(
            font_family=families[0],
            font_families=families,
            font_size=scale("s"),
            font_size_small=scale("xs"),
            font_size_large=scale("base"),
            font_size_title=scale("lg"),
            font_size_header=scale("xl"),
            line_height=float(tokens["denhaag-typography-scale-base-line-height"]),
            weight_regular=int(tokens["denhaag-typography-weight-regular"]),
            weight_semibold=int(tokens["denhaag-typography-weight-semibold"]),
            weight_bold=int(tokens["denhaag-typography-weight-bold"]),
            space_3xs=px("denhaag-space-block-3xs"),
            space_2xs=px("denhaag-space-block-2xs"),
            space_xs=px("denhaag-space-block-xs"),
            space_sm=px("denhaag-space-block-sm"),
            space_md=px("denhaag-space-block-md"),
            space_lg=px("denhaag-space-block-lg"),
            space_xl=px("denhaag-space-block-xl"),
            radius=px("denhaag-border-radius"),
            focus_width=px("denhaag-focus-border-width"),
            focus_style=tokens["denhaag-focus-border-style"],
            icon_size=px("denhaag-size-icon-xs"),
            icon_size_large=px("denhaag-size-icon-md"),
            primary=c("denhaag-button-primary-action-background-color"),
            primary_hover=c("denhaag-button-primary-action-hover-background-color"),
            on_primary=c("denhaag-button-primary-action-color"),
            text=c("utrecht-document-color"),
            heading=c("denhaag-heading-color"),
            muted_text=c("grey-4"),
            placeholder=c("utrecht-form-control-placeholder-color"),
            disabled_text=c("utrecht-form-control-disabled-color"),
            disabled_bg=c("utrecht-form-control-disabled-background-color"),
            background=c("warmgrey-1"),
            surface=c("utrecht-document-background-color"),
            surface_alt=c("grey-1"),
            row_alt=c("utrecht-table-row-alternate-odd-background-color"),
            hover=c("grey-1"),
            border=c("denhaag-tabs-border-color"),
            border_strong=c("grey-3"),
            input_border=c("utrecht-form-control-border-color"),
            input_focus_border=c("utrecht-form-control-focus-border-color"),
            focus=c("denhaag-focus-border-color"),
            link=c("utrecht-link-color"),
            link_hover=c("utrecht-link-hover-color"),
            selection=c("blue-1"),
            selection_text=c("blue-5"),
            table_header_text=c("denhaag-table-heading-color"),
            tab_text=c("denhaag-tabs-tab-color"),
            # denhaag-tabs-tab-selected-color (green-3) is 4.4:1 on the warm grey window
            # background; one step darker keeps AA for the tab text.
            tab_selected=c("green-4"),
            tab_border=c("denhaag-tabs-border-color"),
            tab_border_width=px("denhaag-tabs-tab-indicator-border-width"),
            success=c("denhaag-alert-success-icon-color"),
            success_bg=c("denhaag-alert-success-background-color"),
            success_text=c("denhaag-alert-success-paragraph-color"),
            warning=c("utrecht-feedback-warning-color"),
            warning_bg=c("denhaag-alert-warning-background-color"),
            warning_text=c("denhaag-alert-warning-paragraph-color"),
            error=c("denhaag-alert-error-icon-color"),
            error_bg=c("denhaag-alert-error-background-color"),
            error_text=c("denhaag-alert-error-paragraph-color"),
            info=c("denhaag-alert-info-icon-color"),
            info_bg=c("denhaag-alert-info-background-color"),
            info_text=c("denhaag-alert-info-paragraph-color"),
            banner_bg=c("ocher-3"),
            banner_text=c("black"),
            banner_border=c("orange-4"),
            step_reached=c("denhaag-step-marker-checked-border-color"),
            step_current=c("denhaag-step-marker-current-background-color"),
            step_current_text=c("denhaag-step-marker-current-color"),
            # the not-checked border (grey-2) is 1.5:1 on white; the marker's ring must reach
            # 3:1 (WCAG 1.4.11), so it takes the next step of the grey scale
            step_upcoming=c("grey-3"),
            step_upcoming_text=c("denhaag-step-marker-not-checked-color"),
            step_warning=c("denhaag-step-marker-warning-background-color"),
            step_error=c("denhaag-step-marker-error-background-color"),
            step_connector=c("denhaag-step-marker-connector-not-checked-outline-color"),
            step_connector_reached=c("denhaag-step-marker-connector-checked-outline-color"),
            step_marker_size=px("denhaag-step-marker-size"),
            step_marker_border=px("denhaag-step-marker-border-width"),
            step_heading=c("denhaag-process-steps-step-heading-color"),
            step_heading_current=c("denhaag-process-steps-step-heading-current-color"),
            timeline_line=c("denhaag-step-marker-connector-default-outline-color"),
            timeline_dot=c("denhaag-timeline-step-icon-color"),
            timeline_dot_active=c("denhaag-timeline-step-icon-active-color"),
            timeline_dot_completed=c("denhaag-timeline-step-icon-completed-color"),
            timeline_date_width=px("denhaag-contact-timeline-step-header-date-width"),
            timeline_channel_width=px("denhaag-contact-timeline-step-header-channel-width"),
            timeline_icon_size=px("denhaag-timeline-step-icon-size"),
            timeline_meta_gap=px("denhaag-contact-timeline-step-meta-gap"),
            card_bg=c("denhaag-case-card-background-background-color"),
            card_title=c("denhaag-case-card-title-color"),
            card_subtitle=c("denhaag-case-card-subtitle-color"),
            card_archived_bg=c("denhaag-case-card-archived-background-background-color"),
            card_archived_text=c("denhaag-case-card-archived-color"),
            kanaal_kleuren=MappingProxyType(kanalen),
        )

    def kanaal_kleur(self, kanaal: str) -> str:
        """Return the accent colour of a canonical kanaal, the muted text colour otherwise."""
        return self.kanaal_kleuren.get(kanaal, self.muted_text)

    @property
    def font_family_css(self) -> str:
        """Return the font families as a QSS ``font-family`` value."""
        return ", ".join(
            name if name in ("sans-serif", "serif") else f'"{name}"' for name in self.font_families
        )

    def font(self, pixel_size: int | None = None, weight: int | None = None) -> QFont:
        """Return a QFont in the theme's families (body size and regular weight by default)."""
        font = QFont()
        font.setFamilies(list(self.font_families))
        font.setPixelSize(pixel_size or self.font_size)
        font.setWeight(QFont.Weight(weight or self.weight_regular))
        return font

    def kolomkop_breedte(self, titel: str) -> int:
        """Width a table column needs for ``titel`` uncut: semibold, with the section's padding
        (``QHeaderView::section`` in the QSS) and a pixel of its border."""
        font = self.font(weight=self.weight_semibold)
        return QFontMetrics(font).horizontalAdvance(titel) + 2 * self.space_xs + 2


def load_tokens(path: Path | None = None) -> dict[str, str]:
    """Read the flat token mapping from tokens.json."""
    document = json.loads((path or TOKENS_FILE).read_text(encoding="utf-8"))
    tokens: dict[str, str] = document["tokens"]
    return tokens


@cache
def load_theme() -> Theme:
    """Return the application theme (read once from resources/theme/tokens.json)."""
    return Theme.from_tokens(load_tokens())


def qss_values(theme: Theme) -> dict[str, str]:
    """Return the ``${name}`` substitutions the QSS template may use."""
    values: dict[str, str] = {}
    for f in fields(theme):
        value = getattr(theme, f.name)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            values[f.name] = str(value)
    values["font_family_css"] = theme.font_family_css
    # an item's focus ring replaces as much of its padding, so its text keeps the same width
    values["item_focus_padding_v"] = str(max(0, theme.space_2xs - theme.focus_width))
    values["item_focus_padding_h"] = str(max(0, theme.space_xs - theme.focus_width))
    return values


def build_qss(theme: Theme, template: str | None = None) -> str:
    """Return the application style sheet: the QSS template filled in from ``theme``."""
    text = template if template is not None else QSS_TEMPLATE.read_text(encoding="utf-8")
    return string.Template(text).substitute(qss_values(theme))


def build_palette(theme: Theme) -> QPalette:
    """Return a QPalette matching the theme, for widgets the style sheet does not reach."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.background,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.row_alt,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.placeholder,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.BrightText: theme.on_primary,
        QPalette.ColorRole.Highlight: theme.selection,
        QPalette.ColorRole.HighlightedText: theme.selection_text,
        QPalette.ColorRole.ToolTipBase: theme.heading,
        QPalette.ColorRole.ToolTipText: theme.surface,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.LinkVisited: theme.link,
        QPalette.ColorRole.Accent: theme.primary,
        QPalette.ColorRole.Light: theme.surface,
        QPalette.ColorRole.Midlight: theme.surface_alt,
        QPalette.ColorRole.Mid: theme.border,
        QPalette.ColorRole.Dark: theme.border_strong,
        QPalette.ColorRole.Shadow: theme.muted_text,
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor(theme.disabled_text))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor(theme.disabled_bg))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor(theme.disabled_bg))
    return palette


def apply_theme(app: QApplication, theme: Theme | None = None) -> Theme:
    """Give ``app`` the Klantbeeld font, palette and style sheet; return the theme applied."""
    theme = theme or load_theme()
    app.setFont(theme.font())
    app.setPalette(build_palette(theme))
    app.setStyleSheet(build_qss(theme))
    return theme


def relative_luminance(color: str) -> float:
    """Return the WCAG 2 relative luminance of a colour such as ``#238541``."""
    qcolor = QColor(color)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(qcolor.redF())
        + 0.7152 * channel(qcolor.greenF())
        + 0.0722 * channel(qcolor.blueF())
    )


def contrast_ratio(foreground: str, background: str) -> float:
    """Return the WCAG 2 contrast ratio (1 to 21) between two colours."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
