"""Builds resources/theme/tokens.json from the Den Haag design tokens (NL Design System).

Reads the CSS custom properties of ``<shared>/design-tokens/den-haag/common.css`` and
``components.css`` (later definitions win, as in the browser), resolves ``var(--x, fallback)``
chains, converts the values to what Qt understands (``hsl()``/``rgb()`` to ``#rrggbb`` or
``rgba(r, g, b, a%)``, ``rem`` to ``px`` at 16px) and keeps only the tokens Klantbeeld uses
that carry a colour, a size, a weight, a line height or a font family. The output is sorted
and stable, so running the script twice gives the identical file; the app reads only the
JSON and runs without the shared folder. Run: ``python tools/build_theme.py [--shared DIR]``.
"""

from __future__ import annotations

import argparse
import colorsys
import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"
TOKENS_DIR = Path("design-tokens") / "den-haag"
SOURCES = ("common.css", "components.css")
OUT = ROOT / "resources" / "theme" / "tokens.json"
REM_PX = 16.0

#: Token name prefixes (without the leading ``--``) that the theme uses.
PREFIXES = (
    "denhaag-color-",
    "denhaag-typography-scale-",
    "denhaag-typography-sans-serif-",
    "denhaag-typography-weight-",
    "denhaag-space-block-",
    "denhaag-space-inline-",
    "denhaag-size-icon-",
    "denhaag-border-radius",
    "denhaag-focus-border-",
    "denhaag-process-steps-",
    "denhaag-step-marker-",
    "denhaag-contact-timeline-",
    "denhaag-timeline-step-",
    "denhaag-case-card-",
    "denhaag-alert-",
    "denhaag-tabs-",
    "denhaag-description-list-",
    "denhaag-button-",
    "denhaag-heading-",
    "denhaag-table-",
    "utrecht-document-",
    "utrecht-feedback-",
    "utrecht-form-control-",
    "utrecht-link-",
    "utrecht-badge-",
    "utrecht-table-",
)
#: Parts of a name that mark a token the desktop app has no use for.
SKIP_PARTS = (
    "-mobile",
    "-cursor",
    "-shadow",
    "-social-",
    "-close-focus-",
    "-panel-",
    "-outline-offset",
    "-tab-outline",
    "-text-decoration",
    "-indicator-bottom",
)

_DECL = re.compile(r"--([a-z0-9-]+)\s*:\s*([^;]*);")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_VAR = re.compile(r"var\(\s*--([a-z0-9-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)")
_FUNC = re.compile(r"(hsla?|rgba?)\(([^()]*)\)")
_LENGTH = re.compile(r"^(-?\d*\.?\d+)(px|rem)$")
_NUMBER = re.compile(r"^-?\d*\.?\d+$")
_HEX = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


class TokenError(ValueError):
    """A token cannot be resolved or converted."""


def parse_css(text: str) -> dict[str, str]:
    """Return the custom properties declared in ``text``, later declarations winning."""
    text = _COMMENT.sub("", text)
    return {name: value.strip() for name, value in _DECL.findall(text)}


def resolve(name: str, props: Mapping[str, str], _seen: frozenset[str] = frozenset()) -> str:
    """Resolve every ``var()`` in token ``name``, using fallbacks for undefined tokens."""
    if name in _seen:
        raise TokenError(f"cycle in var() chain at --{name}")
    if name not in props:
        raise TokenError(f"--{name} is not defined")
    return resolve_value(props[name], props, _seen | {name})


def resolve_value(value: str, props: Mapping[str, str], seen: frozenset[str] = frozenset()) -> str:
    """Replace each ``var(--x, fallback)`` in ``value`` by what it refers to."""

    def substitute(match: re.Match[str]) -> str:
        ref, fallback = match.group(1), match.group(2)
        if ref in props:
            return resolve(ref, props, seen)
        if fallback is not None:
            return resolve_value(fallback.strip(), props, seen)
        raise TokenError(f"undefined --{ref} (and no fallback)")

    previous = None
    while previous != value:
        previous, value = value, _VAR.sub(substitute, value)
    return value


def _num(text: str) -> float:
    return float(text.strip().rstrip("%").replace("deg", ""))


def _alpha(text: str) -> float:
    text = text.strip()
    return _num(text) / 100 if text.endswith("%") else _num(text)


def _format_number(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _color(r: float, g: float, b: float, a: float) -> str:
    rgb = [max(0, min(255, round(c))) for c in (r, g, b)]
    if a >= 1:
        return "#{:02x}{:02x}{:02x}".format(*rgb)
    return f"rgba({rgb[0]}, {rgb[1]}, {rgb[2]}, {_format_number(a * 100)}%)"


def convert_color(value: str) -> str | None:
    """Return a Qt colour for a CSS colour value, or ``None`` when it is not one colour."""
    value = value.strip()
    hex_match = _HEX.match(value)
    if hex_match:
        digits = hex_match.group(1).lower()
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return "#" + digits
    match = _FUNC.fullmatch(value)
    if not match:
        return None
    kind, args = match.group(1), match.group(2)
    main, _, slash_alpha = args.partition("/")
    parts = [p for p in re.split(r"[\s,]+", main.strip()) if p]
    if slash_alpha.strip():
        parts.append(slash_alpha.strip())
    if len(parts) not in (3, 4):
        raise TokenError(f"cannot read colour {value!r}")
    a = _alpha(parts[3]) if len(parts) == 4 else 1.0
    if kind.startswith("hsl"):
        h, s, li = _num(parts[0]) / 360, _num(parts[1]) / 100, _num(parts[2]) / 100
        r, g, b = colorsys.hls_to_rgb(h % 1.0, li, s)
        return _color(r * 255, g * 255, b * 255, a)
    channels = [_num(p) * 2.55 if p.endswith("%") else _num(p) for p in parts[:3]]
    return _color(channels[0], channels[1], channels[2], a)


def convert(name: str, value: str) -> str | None:
    """Return the Qt form of a resolved token value, or ``None`` if the theme cannot use it."""
    value = " ".join(value.split())
    color = convert_color(value)
    if color is not None or name.endswith("-color"):
        return color
    if name.endswith("font-family"):
        return value.replace("'", '"')
    if name.endswith("-style"):
        return value if value in ("solid", "dashed", "dotted") else None
    length = _LENGTH.match(value)
    if length:
        number, unit = float(length.group(1)), length.group(2)
        return _format_number(number * REM_PX if unit == "rem" else number) + "px"
    if _NUMBER.match(value):
        if name.endswith(("line-height", "font-weight")) or "-weight-" in name:
            return _format_number(float(value))
        return _format_number(float(value)) + "px"
    return None


def wanted(name: str) -> bool:
    """Tell whether token ``name`` belongs to the part of the design system Klantbeeld uses."""
    return name.startswith(PREFIXES) and not any(part in name for part in SKIP_PARTS)


def build(sources: Iterable[Path]) -> dict[str, object]:
    """Return the document written to tokens.json for the given CSS files."""
    props: dict[str, str] = {}
    for path in sources:
        props.update(parse_css(path.read_text(encoding="utf-8")))
    tokens: dict[str, str] = {}
    for name in sorted(props):
        if not wanted(name):
            continue
        converted = convert(name, resolve(name, props))
        if converted is not None:
            tokens[name] = converted
    return {
        "bron": "Gemeente Den Haag design tokens (NL Design System), EUPL: "
        "@gemeente-denhaag/design-tokens-common, @gemeente-denhaag/design-tokens-components",
        "gegenereerd_door": "tools/build_theme.py",
        "tokens": tokens,
    }


def render(document: Mapping[str, object]) -> str:
    """Serialise the document exactly as it is stored."""
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write tokens.json (or check it with ``--check``) from the shared design tokens."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="fail if the file would change")
    args = parser.parse_args(argv)
    folder = args.shared / TOKENS_DIR
    text = render(build(folder / name for name in SOURCES))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run tools/build_theme.py", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    count = len(json.loads(text)["tokens"])
    print(f"wrote {count} tokens to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
