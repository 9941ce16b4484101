"""Architecture rules: services and sandbox never import Qt; every module says what it is for."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "klantbeeld"
BIN = Path(sys.executable).parent


def _modules(sub: str) -> list[str]:
    base = PACKAGE / sub
    out = []
    for path in sorted(base.rglob("*.py")):
        if path.name == "__main__.py":
            continue
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out.append(".".join(parts))
    return out


def test_import_linter_contracts_hold() -> None:
    lint_imports = BIN / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Services never import Qt KEPT" in result.stdout


def _import_without_qt(modules: list[str]) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(
        """
        import importlib, importlib.abc, sys

        BLOCKED = ("PySide6", "shiboken6", "qasync")

        class Blocker(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in BLOCKED:
                    raise ImportError(f"blocked: {name}")
                return None

        sys.meta_path.insert(0, Blocker())
        failed = []
        for name in sys.argv[1:]:
            try:
                importlib.import_module(name)
            except Exception as e:
                failed.append(f"{name}: {type(e).__name__}: {e}")
        leaked = [m for m in sys.modules if m.split(".")[0] in BLOCKED]
        if failed or leaked:
            sys.exit(" | ".join(failed) + f" | leaked: {leaked}")
        print("ok", len(sys.argv) - 1)
        """
    )
    return subprocess.run(
        [sys.executable, "-c", script, *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_services_import_with_qt_absent() -> None:
    modules = _modules("services")
    assert "klantbeeld.services.verbinding.http" in modules
    result = _import_without_qt(modules)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(modules)}"


def test_the_qt_blocker_really_blocks() -> None:
    """The check above can fail: importing Qt under the blocker is an error."""
    result = _import_without_qt(["PySide6.QtCore"])
    assert result.returncode != 0
    assert "blocked: PySide6" in result.stderr


def test_every_module_opens_with_a_one_line_docstring() -> None:
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        doc = ast.get_docstring(tree, clean=False)
        first = doc.splitlines()[0].strip() if doc else ""
        if not first or not first.endswith((".", ":", "?", "!")):
            missing.append(str(path.relative_to(ROOT)))
    assert not missing, "modules without a one-line docstring summary: " + ", ".join(missing)
