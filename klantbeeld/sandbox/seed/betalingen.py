"""Seed: payments (open, betaald, te_laat) for persons and companies, linked to zaken if any."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta
from typing import Any

from klantbeeld.sandbox.endpoints import PATHS
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, ZWAAR_BSN, SeedContext
from klantbeeld.sandbox.store import BASE, Store
from klantbeeld.services.settings import ApiNaam

COLL = "betalingen"

#: (soort, omschrijving, bedrag range in cents)
SOORTEN: list[tuple[str, str, int, int]] = [
    ("parkeerbon", "Parkeerbon", 7500, 11500),
    ("naheffingsaanslag", "Naheffingsaanslag parkeerbelasting", 7000, 8500),
    ("belastingaanslag", "Aanslag gemeentelijke belastingen", 25000, 140000),
    ("leges", "Leges paspoort/ID-kaart", 5000, 8500),
    ("leges", "Leges omgevingsvergunning", 15000, 90000),
    ("afvalstoffenheffing", "Afvalstoffenheffing", 28000, 45000),
]


def seed(store: Store, ctx: SeedContext) -> None:
    """Store betalingen: VOORBEELD_BSN gets all three statuses, ZWAAR_BSN many."""
    rng = random.Random("klantbeeld-betalingen")
    base = f"{BASE}{PATHS[ApiNaam.BETALINGEN]}/betalingen"
    zaken_bsn: dict[str, list[str]] = {}
    zaken_kvk: dict[str, list[str]] = {}
    for z in ctx.zaken:
        if z.bsn:
            zaken_bsn.setdefault(z.bsn, []).append(z.url)
        if z.kvk_nummer:
            zaken_kvk.setdefault(z.kvk_nummer, []).append(z.url)
    objs: list[dict[str, Any]] = []

    def maak(status: str, *, bsn: str = "", kvk: str = "") -> None:
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        soort, omschrijving, lo, hi = rng.choice(SOORTEN)
        cents = rng.randint(lo, hi)
        aangemaakt = ctx.vandaag - timedelta(days=rng.randint(20, 400))
        if status == "open":
            verval = ctx.vandaag + timedelta(days=rng.randint(1, 40))
            aangemaakt = min(aangemaakt, verval - timedelta(days=14))
        else:
            verval = aangemaakt + timedelta(days=rng.choice([14, 30, 42]))
            if verval >= ctx.vandaag:
                verval = ctx.vandaag - timedelta(days=rng.randint(1, 20))
        betaald = verval - timedelta(days=rng.randint(0, 10)) if status == "betaald" else None
        if betaald is not None and betaald < aangemaakt:
            betaald = aangemaakt
        zaken = zaken_bsn.get(bsn, []) if bsn else zaken_kvk.get(kvk, [])
        zaak = rng.choice(zaken) if zaken and rng.random() < 0.5 else None
        objs.append(
            {
                "url": f"{base}/{uid}",
                "uuid": uid,
                "soort": soort,
                "omschrijving": omschrijving,
                "kenmerk": "".join(str(rng.randint(0, 9)) for _ in range(16)),
                "bedrag": f"{cents // 100}.{cents % 100:02d}",
                "valuta": "EUR",
                "vervaldatum": verval.isoformat(),
                "status": status,
                "betaaldatum": betaald.isoformat() if betaald else None,
                "zaak": zaak,
                "bsn": bsn,
                "kvkNummer": kvk,
                "aangemaaktOp": datetime.combine(
                    aangemaakt, time(9, rng.randint(0, 59))
                ).isoformat()
                + "Z",
            }
        )

    for status in ("open", "betaald", "te_laat", "betaald", "open"):
        maak(status, bsn=VOORBEELD_BSN)
    for i in range(30):
        maak(("open", "betaald", "betaald", "te_laat")[i % 4], bsn=ZWAAR_BSN)
    for p in ctx.personen:
        if p.bsn in (VOORBEELD_BSN, ZWAAR_BSN) or p.overleden or rng.random() < 0.4:
            continue
        for _ in range(rng.randint(1, 4)):
            maak(rng.choice(["open", "betaald", "betaald", "te_laat"]), bsn=p.bsn)
    for b in ctx.bedrijven:
        for _ in range(rng.randint(0, 5)):
            maak(rng.choice(["open", "betaald", "te_laat"]), kvk=b.kvk_nummer)
    store.seed(COLL, objs)
