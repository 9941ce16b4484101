"""Composes the heavy person's klantbeeld under two server models and prints the figures.

Models the oefenomgeving imitates (in a separate process):
- latency: every request takes 50 ms extra;
- real cost: each API answers as Open Zaak 1.30 / Open Klant 2.18 were measured to (a floor
  per request, a cost per row and per expanded item, two requests served at a time).

For each: requests, wall time, time to first useful paint (header + zaken + contacts lists),
critical-path depth, with a cold and a warm catalog cache, and the same for a naive
one-request-at-a-time client (as KISS fetches: per zaak its status, statustype and zaaktype;
per contact its own request). The last line is one JSON object with every figure.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.sandbox_proc import SandboxProcess
from klantbeeld.sandbox.seed.plan import ZWAAR_BSN
from klantbeeld.services.catalogus import CatalogusCache
from klantbeeld.services.clients import maak_verbindingen
from klantbeeld.services.composer import KlantbeeldComposer, Onderdeel
from klantbeeld.services.http import ApiClient, RequestLog
from klantbeeld.services.settings import ApiNaam

LATENCY_MS = 50.0
EERSTE_BEELD = {Onderdeel.PERSOON, Onderdeel.ZAKEN, Onderdeel.KLANTCONTACTEN}


async def compose(sandbox: SandboxProcess, cache_path: Path) -> dict[str, Any]:
    """One klantbeeld of the heavy person; figures of that run."""
    log = RequestLog()
    verbindingen = maak_verbindingen(sandbox.endpoints(), log=log)
    try:
        cache = CatalogusCache(verbindingen.clients[ApiNaam.CATALOGI], path=cache_path)
        composer = KlantbeeldComposer(verbindingen, cache)
        start = time.perf_counter()
        seen: set[Onderdeel] = set()
        first_paint = None
        zaken = contacten = 0
        fouten = []
        async for deel in composer.stream_persoon(ZWAAR_BSN):
            if deel.fout is not None:
                fouten.append(f"{deel.onderdeel}: {deel.fout}")
            seen.add(deel.onderdeel)
            if first_paint is None and seen >= EERSTE_BEELD:
                first_paint = time.perf_counter() - start
            if deel.onderdeel is Onderdeel.ZAKEN and deel.waarde is not None:
                zaken = len(deel.waarde)
            if deel.onderdeel is Onderdeel.KLANTCONTACTEN and deel.waarde is not None:
                contacten = len(deel.waarde)
        wall = time.perf_counter() - start
    finally:
        await verbindingen.aclose()
    return {
        "requests": len(log.records),
        "wall_s": round(wall, 3),
        "first_paint_s": round(first_paint or wall, 3),
        "depth": log.critical_path_depth(),
        "zaken": zaken,
        "klantcontacten": contacten,
        "fouten": fouten,
    }


async def naive(sandbox: SandboxProcess) -> dict[str, Any]:
    """A KISS-like client: one request at a time, per zaak and per contact."""
    log = RequestLog()
    verbindingen = maak_verbindingen(sandbox.endpoints(), log=log, max_in_flight=1)
    c: dict[ApiNaam, ApiClient] = verbindingen.clients
    start = time.perf_counter()
    first_paint = None
    try:
        await c[ApiNaam.BRP].post_json(
            "personen",
            {
                "type": "RaadpleegMetBurgerservicenummer",
                "burgerservicenummer": [ZWAAR_BSN],
                "fields": ["naam", "geboorte", "verblijfplaats"],
            },
            idempotent=True,
        )
        zaken: list[Any] = []
        async for page in c[ApiNaam.ZAKEN].iter_pages(
            "zaken",
            params={"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": ZWAAR_BSN},
            page_size=100,
            concurrent=False,
        ):
            zaken.extend(page)
        for zaak in zaken:
            if zaak.get("status"):
                status = await c[ApiNaam.ZAKEN].get_json(zaak["status"])
                await c[ApiNaam.CATALOGI].get_json(status["statustype"])
            await c[ApiNaam.CATALOGI].get_json(zaak["zaaktype"])
        contacten: list[Any] = []
        async for page in c[ApiNaam.KLANTINTERACTIES].iter_pages(
            "klantcontacten",
            params={"hadBetrokkene__wasPartij__partijIdentificator__objectId": ZWAAR_BSN},
            page_size=100,
            concurrent=False,
        ):
            contacten.extend(page)
        first_paint = time.perf_counter() - start
        for contact in contacten:
            await c[ApiNaam.KLANTINTERACTIES].get_json(
                contact["url"],
                params={"expand": ["gingOverOnderwerpobjecten", "leiddeTotInterneTaken"]},
            )
        wall = time.perf_counter() - start
    finally:
        await verbindingen.aclose()
    return {
        "requests": len(log.records),
        "wall_s": round(wall, 3),
        "first_paint_s": round(first_paint, 3),
        "depth": log.critical_path_depth(),
    }


def ratio(value: float, target: float) -> str:
    """``value / target`` as text (≤ 1.00 meets the target)."""
    return f"{value / target:.2f}× van doel" if target else ""


def venster_figuren(module: str = "benchmarks.bench_ui") -> dict[str, Any]:
    """Run a window benchmark in a process of its own (clean RSS); echo it, return its JSON."""
    print()
    proc = subprocess.run(
        [sys.executable, "-m", module], capture_output=True, text=True, timeout=600
    )
    lines = proc.stdout.strip().splitlines()
    for line in lines[:-1]:
        print(line)
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except (IndexError, ValueError):
        print(f"  venster-benchmark mislukt: {proc.stderr.strip()[-500:]}")
        return {"fout": "venster-benchmark mislukt"}
    return result


def main() -> int:
    """Run both models and print figures; the last line is JSON."""
    figures: dict[str, Any] = {"bsn": "zwaar (plan.ZWAAR_BSN)"}
    sandbox = SandboxProcess()
    sandbox.wacht_tot_klaar()
    try:
        for model in ("latency", "real"):
            if model == "latency":
                sandbox.faults(latency_ms=LATENCY_MS, cost_model="none")
            else:
                sandbox.faults(latency_ms=0, cost_model="real")
            with tempfile.TemporaryDirectory() as tmp:
                cache_path = Path(tmp) / "catalogus.json"
                cold = asyncio.run(compose(sandbox, cache_path))
                warm = asyncio.run(compose(sandbox, cache_path))
            slow = asyncio.run(naive(sandbox))
            figures[model] = {
                "cold": cold,
                "warm": warm,
                "naive": slow,
                "speedup_vs_naive": round(slow["wall_s"] / warm["wall_s"], 1),
            }
            print(f"\n== model: {model}")
            for name, run in (
                ("koude cache", cold),
                ("warme cache", warm),
                ("naïeve client", slow),
            ):
                print(
                    f"  {name:<14} requests={run['requests']:>4}  wall={run['wall_s']:.3f}s  "
                    f"eerste beeld={run['first_paint_s']:.3f}s  diepte={run['depth']}"
                    + (
                        f"  zaken={run['zaken']} contacten={run['klantcontacten']}"
                        if "zaken" in run
                        else ""
                    )
                )
                for fout in run.get("fouten", []):
                    print(f"    FOUT {fout}")
            print(f"  sneller dan naïef: {figures[model]['speedup_vs_naive']}×")
        lat, real = figures["latency"]["warm"], figures["real"]["warm"]
        wall_target = 1.3 * lat["depth"] * LATENCY_MS / 1000 + 0.050
        print("\n== doelen (warme cache)")
        print(
            f"  latency: diepte {lat['depth']} (doel ≤ 2, {ratio(lat['depth'], 2)}); "
            f"requests {lat['requests']} (doel ≤ 12, {ratio(lat['requests'], 12)}); "
            f"wall {lat['wall_s']:.3f}s (doel ≤ {wall_target:.3f}s, "
            f"{ratio(lat['wall_s'], wall_target)})"
        )
        print(
            f"  real cost: wall {real['wall_s']:.3f}s (doel ≤ 3 s, {ratio(real['wall_s'], 3)}); "
            f"eerste beeld {real['first_paint_s']:.3f}s (doel ≤ 0.6 s, "
            f"{ratio(real['first_paint_s'], 0.6)}); "
            f"{figures['real']['speedup_vs_naive']}× sneller dan naïef (doel ≥ 20×)"
        )
        figures["targets"] = {
            "latency_depth_le_2": lat["depth"] <= 2,
            "latency_requests_le_12": lat["requests"] <= 12,
            "latency_wall_target_s": round(wall_target, 3),
            "latency_wall_met": lat["wall_s"] <= wall_target,
            "real_wall_le_3s": real["wall_s"] <= 3,
            "real_first_paint_le_0_6s": real["first_paint_s"] <= 0.6,
            "real_speedup_ge_20": figures["real"]["speedup_vs_naive"] >= 20,
        }
    finally:
        sandbox.stop()
    figures["ui"] = venster_figuren()
    figures["contacthistorie"] = venster_figuren("benchmarks.bench_contacthistorie")
    figures["contacthistorie_ui"] = venster_figuren("benchmarks.bench_historie_ui")
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
