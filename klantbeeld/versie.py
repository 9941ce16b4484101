"""Klantbeeld's version, from one place: ``[project] version`` in pyproject.toml.

Read at run time from the installed package's metadata (``importlib.metadata``). The bundle
built by ``make dist`` carries a copy of that metadata (``copy_metadata`` in klantbeeld.spec), so
the frozen app reads it the same way. A source tree that was never installed reads
pyproject.toml itself. No Qt here: the services use it for the ``User-Agent``.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import metadata
from pathlib import Path

#: The distribution name in pyproject.toml.
PAKKET = "klantbeeld"
#: What :func:`versie` says when neither metadata nor pyproject.toml can be read.
ONBEKEND = "0+onbekend"


@functools.cache
def versie() -> str:
    """The version of this Klantbeeld, e.g. ``0.1.0``."""
    try:
        return metadata.version(PAKKET)
    except metadata.PackageNotFoundError:
        return versie_uit_pyproject(Path(__file__).resolve().parent.parent / "pyproject.toml")


def versie_uit_pyproject(pad: Path) -> str:
    """``[project] version`` of this pyproject.toml, or :data:`ONBEKEND`."""
    try:
        with pad.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError):
        return ONBEKEND


def user_agent() -> str:
    """The ``User-Agent`` of every request Klantbeeld sends: ``Klantbeeld/<version>``."""
    return f"Klantbeeld/{versie()}"
