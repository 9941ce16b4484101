"""Controllers may use Qt signals and item models, never widgets (import-linter cannot say it)."""

from __future__ import annotations

import ast
from pathlib import Path

import klantbeeld.controllers

VERBODEN = ("PySide6.QtWidgets", "PySide6.QtPrintSupport", "shiboken6")


def test_controllers_import_no_widgets() -> None:
    map_ = Path(klantbeeld.controllers.__file__).parent
    gevonden: list[str] = []
    for pad in sorted(map_.glob("*.py")):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            namen = (
                [a.name for a in knoop.names]
                if isinstance(knoop, ast.Import)
                else [knoop.module or ""]
                if isinstance(knoop, ast.ImportFrom)
                else []
            )
            gevonden += [f"{pad.name}: {n}" for n in namen if n.startswith(VERBODEN)]
    assert gevonden == []
