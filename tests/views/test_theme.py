"""Tests for the theme built from the Den Haag design tokens, its style sheet and the icons."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from klantbeeld.views import icons
from klantbeeld.views.theme import (
    KANALEN,
    RESOURCES,
    TOKENS_FILE,
    Theme,
    apply_theme,
    build_palette,
    build_qss,
    load_theme,
    load_tokens,
)
from tests.conftest import ROOT, SHARED

TOKENS_SOURCE = SHARED / "design-tokens" / "den-haag"


def _load_build_theme() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_theme", ROOT / "tools" / "build_theme.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_theme() -> ModuleType:
    return _load_build_theme()


@pytest.fixture
def theme() -> Theme:
    return load_theme()


@pytest.fixture
def qt_messages() -> Iterator[list[str]]:
    """Collect Qt's log messages during the test (pytest-qt's qtlog misses them here)."""
    messages: list[str] = []

    def handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        messages.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield messages
    finally:
        qInstallMessageHandler(previous)


def _stylesheet_problems(messages: list[str]) -> list[str]:
    return [m for m in messages if re.search(r"style ?sheet|parse|unknown property", m, re.I)]


# ---- tokens ---------------------------------------------------------------------------------


def test_tokens_are_plain_qt_values() -> None:
    tokens = load_tokens()
    assert TOKENS_FILE.is_relative_to(RESOURCES)
    assert len(tokens) > 100
    for name, value in tokens.items():
        assert "var(" not in value, name
        assert "rem" not in value and "hsl" not in value, name
        if name.endswith("-color"):
            assert re.fullmatch(r"#[0-9a-f]{6}|rgba\(\d+, \d+, \d+, [\d.]+%\)", value), name


@pytest.mark.skipif(not TOKENS_SOURCE.is_dir(), reason="no shared design tokens on this machine")
def test_tokens_json_is_reproducible(build_theme: ModuleType) -> None:
    document = build_theme.build(TOKENS_SOURCE / name for name in build_theme.SOURCES)
    assert build_theme.render(document) == TOKENS_FILE.read_text(encoding="utf-8")


def test_token_values_are_converted(build_theme: ModuleType) -> None:
    assert build_theme.convert_color("hsl(138 58% 33%)") == "#238541"
    assert build_theme.convert_color("hsla(0, 0%, 18%, 1)") == "#2e2e2e"
    assert build_theme.convert_color("rgb(0 0 0 / 50%)") == "rgba(0, 0, 0, 50%)"
    assert build_theme.convert_color("rgba(0, 0, 0, 0.1)") == "rgba(0, 0, 0, 10%)"
    assert build_theme.convert_color("#ABC") == "#aabbcc"
    assert build_theme.convert("x-padding", ".75rem") == "12px"
    assert build_theme.convert("x-padding", "0.40625rem") == "6.5px"
    assert build_theme.convert("x-line-height", "1.5") == "1.5"
    assert build_theme.convert("x-align", "flex-start") is None


def test_var_chains_resolve_with_fallbacks(build_theme: ModuleType) -> None:
    props = build_theme.parse_css(
        ":root { --a: var(--b); --b: var(--missing, var(--c)); --c: 2rem; /* x */"
        " --d: var(--nope, 4px); --e: var(--e); }"
    )
    assert build_theme.resolve("a", props) == "2rem"
    assert build_theme.resolve("d", props) == "4px"
    with pytest.raises(build_theme.TokenError):
        build_theme.resolve("e", props)


# ---- theme and style sheet ------------------------------------------------------------------


def test_theme_sizes_suit_a_dense_agent_screen(theme: Theme) -> None:
    assert 14 <= theme.font_size <= 15
    assert theme.font_size_small >= 12
    assert theme.font_size < theme.font_size_large < theme.font_size_header
    assert theme.font_families[0] == theme.font_family
    assert {"Noto Sans", "DejaVu Sans", "sans-serif"} <= set(theme.font_families)
    assert theme.focus_width >= 2


def test_theme_colours_are_valid(theme: Theme) -> None:
    for name, value in vars_of(theme).items():
        if isinstance(value, str) and value.startswith("#"):
            assert QColor(value).isValid(), name
    assert set(theme.kanaal_kleuren) == set(KANALEN)
    assert theme.kanaal_kleur("onbekend") == theme.muted_text


def vars_of(theme: Theme) -> dict[str, object]:
    return {name: getattr(theme, name) for name in theme.__dataclass_fields__}


def test_qss_is_fully_substituted(theme: Theme) -> None:
    qss = build_qss(theme)
    assert "${" not in qss.replace("$${", "")
    assert re.search(r"\$\w", qss) is None
    assert "#oefenBanner" in qss and 'niveau="waarschuwing"' in qss
    assert '[chip="true"]:checked' in qss and 'variant="primary"' in qss
    assert theme.font_family_css in qss


def _styled_widgets() -> QWidget:
    root = QWidget()
    layout = QVBoxLayout(root)
    banner = QLabel("OEFENOMGEVING")
    banner.setObjectName("oefenBanner")
    layout.addWidget(banner)
    search = QLineEdit()
    search.setObjectName("zoekveld")
    layout.addWidget(search)
    for variant in ("primary", "secondary", "subtle", ""):
        button = QPushButton(variant or "standaard")
        if variant:
            button.setProperty("variant", variant)
        layout.addWidget(button)
    chip = QPushButton("Telefoon")
    chip.setProperty("chip", True)
    chip.setCheckable(True)
    chip.setChecked(True)
    layout.addWidget(chip)
    for niveau in ("info", "waarschuwing", "fout", "succes", "neutraal"):
        alert = QLabel(niveau)
        alert.setProperty("niveau", niveau)
        layout.addWidget(alert)
        frame = QFrame()
        frame.setProperty("niveau", niveau)
        QVBoxLayout(frame).addWidget(QLabel(niveau))
        layout.addWidget(frame)
    for rol in ("titel", "kop", "gedempt", "klein"):
        label = QLabel(rol)
        label.setProperty("rol", rol)
        layout.addWidget(label)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Zaken")
    tabs.addTab(QWidget(), "Contactmomenten")
    layout.addWidget(tabs)
    table = QTableView()
    table.setModel(QStandardItemModel(3, 3, table))
    layout.addWidget(table)
    layout.addWidget(QComboBox())
    layout.addWidget(QCheckBox("Alleen open zaken"))
    return root


def test_qt_accepts_the_style_sheet(qtbot: QtBot, qt_messages: list[str], theme: Theme) -> None:
    root = _styled_widgets()
    qtbot.addWidget(root)
    root.setStyleSheet(build_qss(theme))
    root.show()
    for widget in root.findChildren(QWidget):
        widget.ensurePolished()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(10)
    banner = root.findChild(QLabel, "oefenBanner")
    assert banner is not None
    assert banner.palette().color(banner.backgroundRole()).name() == theme.banner_bg
    assert _stylesheet_problems(qt_messages) == []


def test_broken_style_sheets_are_detected(qtbot: QtBot, qt_messages: list[str]) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    label.setStyleSheet("QLabel { color: ; {{ }")
    label.ensurePolished()
    assert _stylesheet_problems(qt_messages)


def test_apply_theme_sets_palette_font_and_style(
    qapp: QApplication, qtbot: QtBot, qt_messages: list[str]
) -> None:
    before = (qapp.styleSheet(), qapp.palette(), qapp.font())
    try:
        theme = apply_theme(qapp)
        widget = _styled_widgets()
        qtbot.addWidget(widget)
        widget.show()
        qtbot.wait(10)
        assert qapp.styleSheet() == build_qss(theme)
        assert qapp.palette().color(qapp.palette().ColorRole.Window).name() == theme.background
        assert qapp.font().pixelSize() == theme.font_size
        heading = QLabel("kop")
        qtbot.addWidget(heading)
        font = heading.font()
        font.setPixelSize(30)
        heading.setFont(font)
        heading.ensurePolished()
        assert heading.font().pixelSize() == 30, "the style sheet must not override setFont()"
        assert _stylesheet_problems(qt_messages) == []
    finally:
        qapp.setStyleSheet(before[0])
        qapp.setPalette(before[1])
        qapp.setFont(before[2])


def test_palette_disabled_text_is_distinct(theme: Theme) -> None:
    palette = build_palette(theme)
    disabled = palette.color(palette.ColorGroup.Disabled, palette.ColorRole.Text).name()
    assert disabled == theme.disabled_text


# ---- contrast: tests/views/test_contrast.py ---------------------------------------------


# ---- icons ----------------------------------------------------------------------------------


def test_every_icon_file_is_listed() -> None:
    files = {path.stem for path in (RESOURCES / "icons").glob("*.svg")}
    assert files == set(icons.ICON_NAMES)
    for name in icons.ICON_NAMES:
        svg = (RESOURCES / "icons" / f"{name}.svg").read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in svg and "currentColor" in svg, name


@pytest.fixture
def _fresh_icon_cache(qapp: QApplication) -> Iterator[None]:
    icons.icon.cache_clear()
    yield
    icons.icon.cache_clear()


@pytest.mark.usefixtures("_fresh_icon_cache")
@pytest.mark.parametrize("name", icons.ICON_NAMES)
def test_every_icon_renders(name: str) -> None:
    qicon = icons.icon(name, "#cf1b07")
    assert not qicon.isNull()
    image = qicon.pixmap(24, 24).toImage()
    assert not image.isNull() and image.width() == 24
    painted = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert len(painted) > 20, f"{name} draws (almost) nothing"
    assert all(c.red() > 150 and c.green() < 80 for c in painted), "colour not substituted"


@pytest.mark.usefixtures("_fresh_icon_cache")
def test_icons_are_cached_and_unknown_names_fail() -> None:
    assert icons.icon("zoek") is icons.icon("zoek")
    assert icons.icon("zoek") is not icons.icon("zoek", "#ffffff")
    with pytest.raises(KeyError):
        icons.icon("bestaat-niet")


# ---- kanalen --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "icon_name", "label"),
    [
        ("telefoon", "telefoon", "Telefoon"),
        ("Telefonisch", "telefoon", "Telefoon"),
        ("e-mail", "e-mail", "E-mail"),
        ("Email", "e-mail", "E-mail"),
        (" MAIL ", "e-mail", "E-mail"),
        ("e_mail", "e-mail", "E-mail"),
        ("chat", "chat", "Chat"),
        ("balie", "balie", "Balie"),
        ("post", "post", "Post"),
        ("Brief", "post", "Post"),
        ("webformulier", "webformulier", "Webformulier"),
        ("contactformulier", "webformulier", "Webformulier"),
        ("Formulier", "webformulier", "Webformulier"),
        ("web formulier", "webformulier", "Webformulier"),
    ],
)
def test_kanaal_synonyms(value: str, icon_name: str, label: str) -> None:
    assert icons.kanaal_icoon(value) == icon_name
    assert icons.kanaal_label(value) == label
    assert icons.kanaal_sleutel(value) in KANALEN


def test_kanaal_iconen_keys_are_lowercase_and_known() -> None:
    for key, name in icons.KANAAL_ICONEN.items():
        assert key == key.lower()
        assert name in icons.ICON_NAMES
    for required in (
        "telefoon", "telefonisch", "e-mail", "email", "mail", "chat", "balie", "post",
        "brief", "webformulier", "contactformulier", "formulier",
    ):  # fmt: skip
        assert required in icons.KANAAL_ICONEN


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("sociale media", "Sociale Media"),
        ("  whatsApp ", "Whatsapp"),
        ("", "Onbekend"),
        (None, "Onbekend"),
    ],
)
def test_unknown_kanaal_never_crashes(value: str | None, label: str) -> None:
    assert icons.kanaal_label(value) == label
    assert icons.kanaal_icoon(value) == icons.ONBEKEND_KANAAL_ICOON
    assert icons.kanaal_sleutel(value) is None


def test_tokens_json_is_small_and_committed_shape() -> None:
    document = json.loads(TOKENS_FILE.read_text(encoding="utf-8"))
    assert set(document) == {"bron", "gegenereerd_door", "tokens"}
    assert TOKENS_FILE.stat().st_size < 64_000
    assert isinstance(Path(TOKENS_FILE), Path)
