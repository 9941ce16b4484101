"""Oefenomgeving routes: betalingen (placeholder until its module lands)."""

from __future__ import annotations

from starlette.routing import BaseRoute

from klantbeeld.sandbox.context import SandboxContext


def routes(ctx: SandboxContext) -> list[BaseRoute]:
    """No routes yet."""
    return []
