"""One klantbeeld of one bench person, in a process of its own: requests, wall, peak RSS, stalls.

``python -m benchmarks.bench_groei ROOT BSN``: against a running oefenomgeving at ROOT (started
with ``--groei``; the caller picks its server model), with the catalog already cached (loaded
before the clock starts). Prints one JSON object. Figures only: nothing passes or fails.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from klantbeeld.sandbox.common import Credentials
from klantbeeld.sandbox.endpoints import instellingen
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.klantbeeld.composer import KlantbeeldComposer, Onderdeel
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verbinding.http import RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam

HARTSLAG_S = 0.005


async def meet(root: str, bsn: str, cache_path: Path) -> dict[str, Any]:
    """Compose once; figures of that run."""
    log = RequestLog()
    verbindingen = maak_verbindingen(instellingen(root, Credentials()), log=log)
    stall = 0.0
    loopt = True

    async def hartslag() -> None:
        nonlocal stall
        vorige = time.perf_counter()
        while loopt:
            await asyncio.sleep(HARTSLAG_S)
            nu = time.perf_counter()
            stall = max(stall, nu - vorige - HARTSLAG_S)
            vorige = nu

    try:
        cache = CatalogusCache(verbindingen.clients[ApiNaam.CATALOGI], path=cache_path)
        await cache.laad()
        log.clear()
        composer = KlantbeeldComposer(verbindingen, cache)
        hart = asyncio.ensure_future(hartslag())
        start = time.perf_counter()
        tellingen: dict[str, int] = {}
        fouten: list[str] = []
        async for deel in composer.stream_persoon(bsn):
            if deel.fout is not None:
                fouten.append(f"{deel.onderdeel}: {type(deel.fout).__name__}")
            elif deel.onderdeel in (Onderdeel.ZAKEN, Onderdeel.KLANTCONTACTEN):
                tellingen[deel.onderdeel.value] = len(deel.waarde)
        wall = time.perf_counter() - start
        loopt = False
        await hart
    finally:
        await verbindingen.aclose()
    return {
        "requests": len(log.records),
        "wall_s": round(wall, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "max_stall_ms": round(stall * 1000, 1),
        "zaken": tellingen.get("zaken", 0),
        "klantcontacten": tellingen.get("klantcontacten", 0),
        "fouten": fouten,
    }


def main(argv: list[str] | None = None) -> int:
    """Measure and print one JSON line."""
    root, bsn = (argv if argv is not None else sys.argv[1:])[:2]
    with tempfile.TemporaryDirectory() as tmp:
        figures = asyncio.run(meet(root, bsn, Path(tmp) / "catalogus.json"))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
