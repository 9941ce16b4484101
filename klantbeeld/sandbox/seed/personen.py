"""Seed: the BRP persons of the plan, from resources/seed/personen.json (BRP Personen 2.x shape)."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from klantbeeld.sandbox.seed.plan import SeedContext, SeedPersoon
from klantbeeld.sandbox.store import Store

#: The committed seed file (made by tools/maak_personen_seed.py).
#: (klantbeeld/sandbox/seed/personen.py -> the repository root holding resources/).
PERSONEN_JSON = Path(__file__).resolve().parents[3] / "resources" / "seed" / "personen.json"

#: Store collection holding ``{"uuid": bsn, "persoon": {...}}``.
COLL = "brp.personen"


@cache
def laad() -> dict[str, Any]:
    """The parsed seed document: ``personen``, ``velden``, ``veldenBeperkt``."""
    data: dict[str, Any] = json.loads(PERSONEN_JSON.read_text(encoding="utf-8"))
    return data


def seed(store: Store, ctx: SeedContext) -> None:
    """Store every person and hand them on as :class:`SeedPersoon`."""
    personen = laad()["personen"]
    store.seed(COLL, ({"uuid": p["burgerservicenummer"], "persoon": p} for p in personen))
    for p in personen:
        naam = p.get("naam", {})
        ctx.personen.append(
            SeedPersoon(
                bsn=p["burgerservicenummer"],
                voornamen=naam.get("voornamen", ""),
                geslachtsnaam=naam.get("geslachtsnaam", ""),
                volledige_naam=naam.get("volledigeNaam", ""),
                overleden="overlijden" in p,
                geheim=bool(p.get("geheimhoudingPersoonsgegevens")),
                overlijdensdatum=brp_datum((p.get("overlijden") or {}).get("datum")),
                vertrekdatum=vertrekdatum(p),
            )
        )


def brp_datum(waarde: dict[str, Any] | None) -> date | None:
    """A BRP date (``Datum``, ``JaarMaandDatum``, ``JaarDatum``) as its first possible day."""
    if not waarde:
        return None
    if waarde.get("datum"):
        return date.fromisoformat(str(waarde["datum"]))
    if waarde.get("jaar"):
        return date(int(waarde["jaar"]), int(waarde.get("maand") or 1), 1)
    return None


def vertrekdatum(persoon: dict[str, Any]) -> date | None:
    """Since when a living person lives abroad: opschorting for emigratie (E) or RNI (R)."""
    opschorting = persoon.get("opschortingBijhouding") or {}
    if (opschorting.get("reden") or {}).get("code") in ("E", "R"):
        return brp_datum(opschorting.get("datum"))
    return None
