"""Seed: bedrijven (placeholder until its module lands)."""

from __future__ import annotations

from klantbeeld.sandbox.seed.plan import SeedContext
from klantbeeld.sandbox.store import Store


def seed(store: Store, ctx: SeedContext) -> None:
    """Add nothing yet."""
