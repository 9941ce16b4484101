"""Seed: payments (open, betaald, te_laat) for persons and companies, linked to a fitting zaak.

Persons pay person things (a passport fee), companies company things (a terras permit); a
payment belongs to a zaak only when the zaak is of the kind the payment is for.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta
from typing import Any

from klantbeeld.sandbox.endpoints import PATHS
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, ZWAAR_BSN, SeedContext, SeedZaak
from klantbeeld.sandbox.store import BASE, Store
from klantbeeld.services.werkplek.settings import ApiNaam

COLL = "betalingen"

#: (soort, omschrijving, bedrag range in cents, zaaktype codes it may belong to) for persons.
SOORTEN: list[tuple[str, str, int, int, tuple[str, ...]]] = [
    ("parkeerbon", "Parkeerbon", 7500, 11500, ()),
    ("naheffingsaanslag", "Naheffingsaanslag parkeerbelasting", 7000, 8500, ()),
    ("belastingaanslag", "Aanslag gemeentelijke belastingen", 25000, 140000, ("WOZBEZW",)),
    ("leges", "Leges paspoort/ID-kaart", 5000, 8500, ("REISDOC",)),
    ("leges", "Leges omgevingsvergunning", 15000, 90000, ("OMGVERG",)),
    ("afvalstoffenheffing", "Afvalstoffenheffing", 28000, 45000, ()),
]
#: What someone living abroad still pays (indices in :data:`SOORTEN`): OZB, a passport.
VANUIT_BUITENLAND = (2, 3)
#: The same for companies.
SOORTEN_BEDRIJF: list[tuple[str, str, int, int, tuple[str, ...]]] = [
    ("naheffingsaanslag", "Naheffingsaanslag parkeerbelasting", 7000, 8500, ()),
    ("belastingaanslag", "Aanslag OZB niet-woning", 80000, 450000, ("WOZBEZW",)),
    ("belastingaanslag", "Aanslag reclamebelasting", 20000, 120000, ()),
    ("leges", "Leges omgevingsvergunning", 15000, 90000, ("OMGVERG",)),
    ("leges", "Leges kapvergunning", 7000, 20000, ("KAPVERG",)),
    ("leges", "Leges terrasvergunning", 30000, 150000, ("TERRAS",)),
    ("leges", "Leges evenementenvergunning", 10000, 60000, ("EVENT",)),
]


def seed(store: Store, ctx: SeedContext) -> None:
    """Store betalingen: VOORBEELD_BSN gets all three statuses, ZWAAR_BSN many."""
    rng = random.Random("klantbeeld-betalingen")
    base = f"{BASE}{PATHS[ApiNaam.BETALINGEN]}/betalingen"
    zaken_bsn: dict[str, list[SeedZaak]] = {}
    zaken_kvk: dict[str, list[SeedZaak]] = {}
    for z in ctx.zaken:
        if z.bsn:
            zaken_bsn.setdefault(z.bsn, []).append(z)
        if z.kvk_nummer:
            zaken_kvk.setdefault(z.kvk_nummer, []).append(z)
    objs: list[dict[str, Any]] = []

    def maak(status: str, *, bsn: str = "", kvk: str = "", buitenland: bool = False) -> None:
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        soorten = SOORTEN_BEDRIJF if kvk else SOORTEN
        index = rng.randrange(len(soorten))
        if buitenland:  # mapped, not drawn again, so the seed stays as it was for others
            index = VANUIT_BUITENLAND[index % len(VANUIT_BUITENLAND)]
        soort, omschrijving, lo, hi, codes = soorten[index]
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
        eigen = zaken_bsn.get(bsn, []) if bsn else zaken_kvk.get(kvk, [])
        getrokken = rng.choice(eigen) if eigen and rng.random() < 0.5 else None
        # Only a zaak of the kind the payment is for (the draw above keeps the seed stable).
        passend = [z.url for z in eigen if z.zaaktype_code in codes]
        zaak = None
        if getrokken is not None and passend:
            zaak = getrokken.url if getrokken.url in passend else passend[0]
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
            maak(
                rng.choice(["open", "betaald", "betaald", "te_laat"]),
                bsn=p.bsn,
                buitenland=p.woont_in_buitenland(ctx.vandaag),
            )
    for b in ctx.bedrijven:
        for _ in range(rng.randint(0, 5)):
            maak(rng.choice(["open", "betaald", "te_laat"]), kvk=b.kvk_nummer)
    store.seed(COLL, objs)
