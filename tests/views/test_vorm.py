"""The shape of a widget module: no tasks of its own, no lifetime guards, no composer or client.

A widget gets a controller that owns the async work and cancels it when the widget goes, so a
widget module never starts a task (``asyncio.create_task``, ``ensure_future``) and never needs
``shiboken6.isValid`` or ``contextlib.suppress(RuntimeError)`` to survive a coroutine that
outlived it. The imports half (no composer, no httpx) is the import-linter contract below.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT

VIEWS = ROOT / "klantbeeld" / "views"
CONTRACT = "Widgets never reach the composer, a client or a coroutine"

#: TEMPORARY: widget modules other branches are reshaping right now (sessie, registratie,
#: historie). The integrator empties this once those branches are merged.
NOG_TE_DOEN = {
    "sessie.py",  # the sessie branch
    "contacthistorie.py",  # the historie branch
}


def _widget_modules() -> list[Path]:
    """Every module of views/: windows, panels, dialogs and their item models."""
    return sorted(p for p in VIEWS.rglob("*.py") if p.name != "__init__.py")


def _naam(knoop: ast.expr) -> str:
    """``a.b.c`` for a name or attribute chain; "" for anything else."""
    if isinstance(knoop, ast.Name):
        return knoop.id
    if isinstance(knoop, ast.Attribute):
        voor = _naam(knoop.value)
        return f"{voor}.{knoop.attr}" if voor else knoop.attr
    return ""


def overtredingen(bron: str) -> list[str]:
    """What in ``bron`` a widget module may not do, as ``line: what``."""
    gevonden: list[str] = []
    for knoop in ast.walk(ast.parse(bron)):
        if isinstance(knoop, ast.ImportFrom) and knoop.module in ("asyncio", "shiboken6"):
            for alias in knoop.names:
                if alias.name in ("create_task", "ensure_future", "isValid"):
                    gevonden.append(f"{knoop.lineno}: from {knoop.module} import {alias.name}")
        if not isinstance(knoop, ast.Call):
            continue
        naam = _naam(knoop.func)
        laatste = naam.rsplit(".", 1)[-1]
        taak = laatste in ("create_task", "ensure_future")
        if taak or (naam in ("shiboken6.isValid", "isValid") and knoop.args):
            gevonden.append(f"{knoop.lineno}: {naam}()")
        elif laatste == "suppress" and any(
            _naam(e) == "RuntimeError"
            for a in knoop.args
            for e in (a.elts if isinstance(a, ast.Tuple) else [a])
        ):
            gevonden.append(f"{knoop.lineno}: {naam}(RuntimeError)")
    return gevonden


@pytest.mark.parametrize(
    "pad", _widget_modules(), ids=lambda p: str(p.relative_to(VIEWS)).replace("\\", "/")
)
def test_a_widget_module_starts_no_task_and_needs_no_guard(pad: Path) -> None:
    if pad.name in NOG_TE_DOEN and pad.parent == VIEWS:
        pytest.skip("temporary allow-list: another branch reshapes this module")
    assert overtredingen(pad.read_text(encoding="utf-8")) == []


def test_the_scan_finds_what_it_forbids() -> None:
    bron = """
import asyncio, contextlib, shiboken6
from asyncio import ensure_future
asyncio.create_task(werk())
asyncio.get_running_loop().create_task(werk())
ensure_future(werk())
if shiboken6.isValid(self): pass
with contextlib.suppress(RuntimeError): pass
with suppress(KeyError, RuntimeError): pass
index.isValid()
with contextlib.suppress(KeyError): pass
"""
    assert [r.split(":")[0] for r in overtredingen(bron)] == ["3", "4", "5", "6", "7", "8", "9"]


def test_the_import_contract_is_there_with_only_the_temporary_ignores() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    contract = next(c for c in contracts if c["name"] == CONTRACT)
    assert contract["type"] == "forbidden"
    assert contract["source_modules"] == ["klantbeeld.views"]
    assert set(contract["forbidden_modules"]) == {
        "klantbeeld.services.klantbeeld.composer",
        "httpx",
    }
    bronnen = {regel.split(" -> ")[0] for regel in contract.get("ignore_imports", [])}
    assert bronnen <= {
        "klantbeeld.views.sessie",
        "klantbeeld.views.registreren",
        "klantbeeld.views.contacthistorie",
    }


def test_every_table_model_is_a_rijentabel_or_a_proxy_over_one() -> None:
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel

    import klantbeeld.views.models
    from klantbeeld.views.models.basis import RijenTabel

    modellen: list[type] = []
    for info in pkgutil.iter_modules(klantbeeld.views.models.__path__):
        module = importlib.import_module(f"klantbeeld.views.models.{info.name}")
        modellen += [
            k
            for _, k in inspect.getmembers(module, inspect.isclass)
            if issubclass(k, QAbstractItemModel) and k.__module__ == module.__name__
        ]
    assert len(modellen) > 10
    eigen = [k.__name__ for k in modellen if not issubclass(k, RijenTabel | QSortFilterProxyModel)]
    assert eigen == []
