"""Opt-in bench seed: three persons with 10/100/1,000 zaken and 100/1,000/10,000 klantcontacten.

For ``make bench``'s "how cost grows" figures (``python -m klantbeeld.sandbox --groei``); not
part of the normal seed, so the oefenomgeving's start-up stays fast. Built right after the
base seed, deterministically: the same "today" gives the same objects. The three are BRP test
persons the base seed gives a partij but no zaken; their klantcontacten are topped up to exactly
the number asked (half of them about one of their zaken), their zaken have no documents.
"""

from __future__ import annotations

import gc
import random
from datetime import UTC, date, datetime, time, timedelta

from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed import personen, zaken
from klantbeeld.sandbox.seed.plan import SeedContext, SeedZaak
from klantbeeld.sandbox.seed.zaaktypen import ZAAKTYPEN
from klantbeeld.sandbox.store import Obj, Store

#: (bsn, zaken, klantcontacten): BRP test persons outside the plan's cast.
GROEI: tuple[tuple[str, int, int], ...] = (
    ("999970070", 10, 100),
    ("999970082", 100, 1_000),
    ("999970112", 1_000, 10_000),
)
#: First ``nummer`` of the bench contacts and first zaak volgnummer (apart from other seeds).
NUMMER_START = 5_000_000
_ZAAK_COLLS = ("zaken", "statussen", "rollen", "resultaten")
_KI_COLLS = (ki.KLANTCONTACTEN, ki.BETROKKENEN, ki.ONDERWERPOBJECTEN, ki.ACTORKLANTCONTACTEN)


def seed(store: Store, vandaag: date) -> None:
    """Add the three persons' zaken and klantcontacten to a store holding the base seed."""
    scratch = Store()
    bouw_ctx = SeedContext(vandaag=vandaag)
    personen.seed(scratch, bouw_ctx)
    zb = zaken._Bouwer(scratch, bouw_ctx)
    zb.catalogus()  # the same catalogus as the base seed: the same random source, first
    zb.rng = random.Random("klantbeeld-groei-zaken")
    zb.volgnummers = {jaar: NUMMER_START for jaar in range(vandaag.year - 10, 2100)}
    codes = [z.code for z in ZAAKTYPEN if z.code not in zaken.ALLEEN_BEDRIJF]
    soorten = ("open", "gesloten", "gesloten", "gesloten", "te_laat", "opgeschort")
    kb = ki._Bouwer(bouw_ctx)
    kb.rng = random.Random("klantbeeld-groei-klantcontacten")
    kb.nummer = NUMMER_START
    kb.medewerkers = sorted(
        a["uuid"] for a in store.all(ki.ACTOREN) if a.get("soortActor") == "medewerker"
    )
    for bsn, n_zaken, n_contacten in GROEI:
        eigen: list[SeedZaak] = []
        for _ in range(n_zaken):
            code = zb.rng.choice(codes)
            eigen.append(zb.zaak(code, _soort(zb.rng, soorten, code), bsn=bsn, documenten=0))
        partij = _partij_van(store, bsn)
        if partij is None:
            continue
        al = _contacten_van(store, partij["uuid"])
        naam = (partij.get("partijIdentificatie") or {}).get("contactnaam")
        for i in range(max(0, n_contacten - al)):
            zaak = eigen[i % len(eigen)] if eigen and i % 2 == 0 else None
            moment = datetime.combine(
                vandaag - timedelta(days=kb.rng.randint(1, 1500)),
                time(kb.rng.randint(8, 16), kb.rng.randint(0, 59)),
                tzinfo=UTC,
            )
            kb.contact(
                partij_uuid=partij["uuid"],
                contactnaam=naam,
                kanaal=kb.rng.choice(ki.KANALEN[:-1]),
                moment=moment,
                zaak=zaak,
            )
    for coll in _ZAAK_COLLS:
        store.seed(coll, zb.colls.get(coll, []))
    for coll in _KI_COLLS:
        store.seed(coll, kb.colls.get(coll, []))
    gc.freeze()  # as the month's seed: keep ~10^5 objects out of the cyclic collector


def _soort(rng: random.Random, soorten: tuple[str, ...], code: str) -> str:
    soort = rng.choice(soorten)
    zt = next(z for z in ZAAKTYPEN if z.code == code)
    return "open" if soort == "verlengd" and not zt.verlenging_mogelijk else soort


def _partij_van(store: Store, bsn: str) -> Obj | None:
    for ident in store.all(ki.IDENTIFICATOREN):
        if (ident.get("partijIdentificator") or {}).get("objectId") == bsn:
            return store.get(ki.PARTIJEN, ident["identificeerdePartij"]["uuid"])
    return None


def _contacten_van(store: Store, partij_uuid: str) -> int:
    return sum(
        1
        for b in store.all(ki.BETROKKENEN)
        if (b.get("wasPartij") or {}).get("uuid") == partij_uuid
    )
