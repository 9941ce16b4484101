"""Klantbeeld: the KCC workstation for Dutch municipalities."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``klantbeeld.__version__``, read only when asked (see :mod:`klantbeeld.versie`)."""
    if name == "__version__":
        from klantbeeld.versie import versie

        return versie()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
