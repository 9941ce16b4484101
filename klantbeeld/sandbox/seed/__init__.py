"""Deterministic seed data of the oefenomgeving, built in order: people, companies, zaken, ..."""

from __future__ import annotations

from datetime import date

from klantbeeld.sandbox.seed import (
    bedrijven,
    betalingen,
    kcc_maand,
    klantinteracties,
    personen,
    zaken,
)
from klantbeeld.sandbox.seed.plan import SeedContext
from klantbeeld.sandbox.store import Store


def build_seed(store: Store, vandaag: date) -> SeedContext:
    """Fill ``store`` with the seed; the same ``vandaag`` always gives the same data.

    The month of KCC traffic (:mod:`~klantbeeld.sandbox.seed.kcc_maand`) is not part of it:
    it is added in steps once the server runs.
    """
    ctx = SeedContext(vandaag=vandaag)
    for step in (personen, bedrijven, zaken, klantinteracties, betalingen):
        step.seed(store, ctx)
    kcc_maand.resultaten_voor_basisseed(store)
    return ctx
