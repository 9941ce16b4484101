"""Composes the heavy person's klantbeeld under three server models, next to the lean reference.

Models the oefenomgeving imitates (in a separate process, see ``klantbeeld.sandbox.kosten``):
- latency: every request takes 50 ms extra, nothing else;
- real: Open Zaak 1.30 / Open Klant 2.18 as recorded: a cost per request, page, row and
  expanded item, one process per server (a second request in flight gains ×1.5, more nothing);
- productie: the same costs, four worker processes per server.

Under real and productie, in the same run and interleaved (run-to-run noise hits both alike):
ours (the composer) and the lean reference — the leanest request set for the same data, as the
issue defines it: zaken with only ``status,resultaat,zaakinformatieobjecten`` ∥ klantcontacten
by BSN with only ``gingOverOnderwerpobjecten,leiddeTotInterneTaken`` ∥ partij, one page per
list, the catalog cached (warm) or fetched (cold). Each :data:`HERHALINGEN` times; medians and
ours/lean. Also a naive one-request-at-a-time client (as KISS fetches) under latency and real.

How cost grows: ours for persons with 10/100/1,000 zaken and 100/1,000/10,000 klantcontacten
(the opt-in bench seed, ``--groei``) under the productie model, each in a fresh process
(``benchmarks.bench_groei``): requests, wall, peak RSS, longest event-loop stall.

Then the window benchmarks, each in a process of its own: one klantbeeld (``bench_ui``), the
contacthistorie (``bench_contacthistorie``, ``bench_historie_ui``) and five sessions with the
heavy person open at once (``bench_sessies``: peak RSS, switching to a painted screen, the
longest stall while one loads and another is shown, each with its ratio to issue 12's target).

The last line is one JSON object with every figure. Figures only: nothing passes or fails.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.sandbox_proc import SandboxProcess
from klantbeeld.sandbox.seed.groei import GROEI
from klantbeeld.sandbox.seed.plan import ZWAAR_BSN
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.klantbeeld.composer import KlantbeeldComposer, Onderdeel
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verbinding.http import ApiClient, RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam

LATENCY_MS = 50.0
HERHALINGEN = 3
EERSTE_BEELD = {Onderdeel.PERSOON, Onderdeel.ZAKEN, Onderdeel.KLANTCONTACTEN}
BSN_FILTER_ZAKEN = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"
BSN_FILTER_CONTACTEN = "hadBetrokkene__wasPartij__partijIdentificator__objectId"
#: First paint (s) of the composer's previous strategy (plain list, then the expanded list in
#: two pages once the count was known) on the same real-cost model, measured against it in one
#: run (median of 3, development machine): the new strategy may not paint later.
EERSTE_BEELD_VOORHEEN_S = {"warm": 0.46, "cold": 0.93}


def figuren(log: RequestLog, wall: float, **extra: Any) -> dict[str, Any]:
    """A run's figures: requests and wall time, then ``extra``."""
    return {"requests": len(log.records), "wall_s": round(wall, 3), **extra}


async def compose(
    sandbox: SandboxProcess, cache_path: Path, bsn: str = ZWAAR_BSN, werkers: int = 1
) -> dict[str, Any]:
    """One klantbeeld by the composer; figures of that run."""
    log = RequestLog()
    verbindingen = maak_verbindingen(sandbox.endpoints(), log=log)
    try:
        cache = CatalogusCache(verbindingen.clients[ApiNaam.CATALOGI], path=cache_path)
        composer = KlantbeeldComposer(verbindingen, cache, werkers=werkers)
        start = time.perf_counter()
        seen: set[Onderdeel] = set()
        first_paint = None
        zaken = contacten = 0
        fouten = []
        async for deel in composer.stream_persoon(bsn):
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
    return figuren(
        log,
        wall,
        first_paint_s=round(first_paint or wall, 3),
        depth=log.critical_path_depth(),
        zaken=zaken,
        klantcontacten=contacten,
        fouten=fouten,
    )


async def lean(sandbox: SandboxProcess, cache_path: Path | None) -> dict[str, Any]:
    """The lean reference: three requests (+ the catalog's four when ``cache_path``)."""
    log = RequestLog()
    verbindingen = maak_verbindingen(sandbox.endpoints(), log=log)
    c: dict[ApiNaam, ApiClient] = verbindingen.clients
    start = time.perf_counter()
    try:
        werk: list[Any] = [
            c[ApiNaam.ZAKEN].get_json(
                "zaken",
                params={
                    BSN_FILTER_ZAKEN: ZWAAR_BSN,
                    "expand": "status,resultaat,zaakinformatieobjecten",
                    "pageSize": 500,
                },
            ),
            c[ApiNaam.KLANTINTERACTIES].get_json(
                "klantcontacten",
                params={
                    BSN_FILTER_CONTACTEN: ZWAAR_BSN,
                    "hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId": "bsn",
                    "expand": "gingOverOnderwerpobjecten,leiddeTotInterneTaken",
                    "pageSize": 500,
                },
            ),
            c[ApiNaam.KLANTINTERACTIES].get_json(
                "partijen",
                params={
                    "partijIdentificator__codeObjecttype": "natuurlijk_persoon",
                    "partijIdentificator__codeSoortObjectId": "bsn",
                    "partijIdentificator__codeRegister": "brp",
                    "partijIdentificator__objectId": ZWAAR_BSN,
                    "expand": "digitaleAdressen",
                    "pageSize": 10,
                },
            ),
        ]
        if cache_path is not None:
            werk.append(CatalogusCache(c[ApiNaam.CATALOGI], path=cache_path).laad())
        zaken, contacten, *_ = await asyncio.gather(*werk)
        wall = time.perf_counter() - start
    finally:
        await verbindingen.aclose()
    return figuren(log, wall, zaken=len(zaken["results"]), klantcontacten=len(contacten["results"]))


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
            "zaken", params={BSN_FILTER_ZAKEN: ZWAAR_BSN}, page_size=100, concurrent=False
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
            params={BSN_FILTER_CONTACTEN: ZWAAR_BSN},
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
    return figuren(log, wall, first_paint_s=round(first_paint, 3), depth=log.critical_path_depth())


def mediaan(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per figure the median over runs (numbers), else the first run's value."""
    out: dict[str, Any] = {}
    for key, value in runs[0].items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = round(statistics.median(r[key] for r in runs), 3)
        else:
            out[key] = value
    out["runs"] = len(runs)
    return out


def tegen_lean(
    sandbox: SandboxProcess, werkers: int = 1, herhalingen: int = HERHALINGEN
) -> dict[str, Any]:
    """Ours and the lean reference, cold and warm, interleaved; medians and ours/lean.

    ``werkers``: what ours is told about the servers (see ``KlantbeeldComposer.werkers``).
    """
    runs: dict[str, list[dict[str, Any]]] = {
        "cold": [],
        "warm": [],
        "lean_cold": [],
        "lean_warm": [],
    }
    for _ in range(herhalingen):
        with tempfile.TemporaryDirectory() as tmp:
            cache = Path(tmp) / "catalogus.json"
            runs["cold"].append(asyncio.run(compose(sandbox, cache, werkers=werkers)))
            runs["lean_cold"].append(asyncio.run(lean(sandbox, Path(tmp) / "lean.json")))
            runs["warm"].append(asyncio.run(compose(sandbox, cache, werkers=werkers)))
            runs["lean_warm"].append(asyncio.run(lean(sandbox, None)))
    result: dict[str, Any] = {name: mediaan(r) for name, r in runs.items()}
    result["werkers"] = werkers
    for soort in ("cold", "warm"):
        result[f"ours_over_lean_{soort}"] = round(
            result[soort]["wall_s"] / result[f"lean_{soort}"]["wall_s"], 2
        )
    return result


def regel(name: str, run: dict[str, Any]) -> str:
    """One printed line of a run's figures."""
    text = f"  {name:<14} requests={run['requests']:>4}  wall={run['wall_s']:.3f}s"
    if "first_paint_s" in run:
        text += f"  eerste beeld={run['first_paint_s']:.3f}s  diepte={run['depth']}"
    if "zaken" in run:
        text += f"  zaken={run['zaken']} contacten={run['klantcontacten']}"
    return text


def groei(sandbox: SandboxProcess) -> list[dict[str, Any]]:
    """Ours for each bench person, each in a fresh process (its own peak RSS)."""
    figures: list[dict[str, Any]] = []
    for bsn, n_zaken, n_contacten in GROEI:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_groei", sandbox.root, bsn],
            capture_output=True,
            text=True,
            timeout=600,
        )
        try:
            run: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            run = {"fout": proc.stderr.strip()[-300:]}
        figures.append({"persoon_zaken": n_zaken, "persoon_contacten": n_contacten, **run})
    return figures


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
    """Run every model and print figures; the last line is JSON."""
    figures: dict[str, Any] = {"bsn": "zwaar (plan.ZWAAR_BSN)"}
    sandbox = SandboxProcess("--groei")
    sandbox.wacht_tot_klaar()
    try:
        sandbox.faults(latency_ms=LATENCY_MS, cost_model="none")
        with tempfile.TemporaryDirectory() as tmp:
            cache_path = Path(tmp) / "catalogus.json"
            cold = asyncio.run(compose(sandbox, cache_path))
            warm = asyncio.run(compose(sandbox, cache_path))
        slow = asyncio.run(naive(sandbox))
        figures["latency"] = {"cold": cold, "warm": warm, "naive": slow}
        print("\n== model: latency 50 ms")
        for name, run in (("koude cache", cold), ("warme cache", warm), ("naïeve client", slow)):
            print(regel(name, run))
        for model, werkers in (("real", 1), ("productie", 4)):
            sandbox.faults(latency_ms=0, cost_model=model)
            result = tegen_lean(sandbox, werkers)
            print(f"\n== model: {model}, ons met werkers={werkers} (mediaan van {HERHALINGEN})")
            for name in ("cold", "lean_cold", "warm", "lean_warm"):
                print(regel(name, result[name]))
                for fout in result[name].get("fouten", []):
                    print(f"    FOUT {fout}")
            if model == "real":
                result["naive"] = asyncio.run(naive(sandbox))
                result["speedup_vs_naive"] = round(
                    result["naive"]["wall_s"] / result["warm"]["wall_s"], 1
                )
                print(regel("naïeve client", result["naive"]))
            print(
                f"  ons/lean: warm {result['ours_over_lean_warm']:.2f}×, "
                f"koud {result['ours_over_lean_cold']:.2f}×"
            )
            if model == "productie":
                # The same server when ours is not told it has workers (the default).
                onbekend = tegen_lean(sandbox, werkers=1, herhalingen=1)
                result["werkers_onbekend"] = onbekend
                print(
                    f"  ons zonder werkers (1 run): warm {onbekend['ours_over_lean_warm']:.2f}×, "
                    f"koud {onbekend['ours_over_lean_cold']:.2f}×"
                )
            figures[model] = result
        sandbox.faults(cost_model="productie")
        figures["groei"] = groei(sandbox)
        print("\n== groei (model productie, elk in een eigen proces)")
        for g in figures["groei"]:
            print(
                f"  {g['persoon_zaken']:>5} zaken {g['persoon_contacten']:>6} contacten: "
                f"requests={g.get('requests')} wall={g.get('wall_s')}s "
                f"piek-RSS={g.get('peak_rss_mb')} MB stilstand={g.get('max_stall_ms')} ms"
            )
        figures["targets"] = doelen(figures)
    finally:
        sandbox.stop()
    figures["ui"] = venster_figuren()
    figures["contacthistorie"] = venster_figuren("benchmarks.bench_contacthistorie")
    figures["contacthistorie_ui"] = venster_figuren("benchmarks.bench_historie_ui")
    figures["sessies"] = venster_figuren("benchmarks.bench_sessies")
    print(json.dumps(figures, ensure_ascii=False))
    return 0


def doelen(figures: dict[str, Any]) -> dict[str, Any]:
    """Print the targets with their figures; return which are met (figures, not a verdict)."""
    lat, real, prod = figures["latency"]["warm"], figures["real"], figures["productie"]
    wall_target = 1.3 * lat["depth"] * LATENCY_MS / 1000 + 0.050
    doel = {
        "latency_depth_le_2": lat["depth"] <= 2,
        "latency_wall_target_s": round(wall_target, 3),
        "latency_wall_met": lat["wall_s"] <= wall_target,
        "real_ours_over_lean_warm_le_1_10": real["ours_over_lean_warm"] <= 1.10,
        "real_ours_over_lean_cold_le_1_25": real["ours_over_lean_cold"] <= 1.25,
        "productie_ours_over_lean_warm_le_1_0": prod["ours_over_lean_warm"] <= 1.0,
        "productie_ours_over_lean_cold_le_1_0": prod["ours_over_lean_cold"] <= 1.0,
        "real_first_paint_warm_no_later": real["warm"]["first_paint_s"]
        <= EERSTE_BEELD_VOORHEEN_S["warm"],
        "real_first_paint_cold_no_later": real["cold"]["first_paint_s"]
        <= EERSTE_BEELD_VOORHEEN_S["cold"],
    }
    print("\n== doelen")
    print(
        f"  latency: diepte {lat['depth']} (≤ 2); wall {lat['wall_s']:.3f}s (≤ {wall_target:.3f}s)"
    )
    print(
        f"  real: ons/lean warm {real['ours_over_lean_warm']:.2f} (≤ 1.10), "
        f"koud {real['ours_over_lean_cold']:.2f} (≤ 1.25); eerste beeld warm "
        f"{real['warm']['first_paint_s']:.3f}s (≤ {EERSTE_BEELD_VOORHEEN_S['warm']}), koud "
        f"{real['cold']['first_paint_s']:.3f}s (≤ {EERSTE_BEELD_VOORHEEN_S['cold']})"
    )
    print(
        f"  productie: ons/lean warm {prod['ours_over_lean_warm']:.2f}, "
        f"koud {prod['ours_over_lean_cold']:.2f} (≤ 1.0)"
    )
    return doel


if __name__ == "__main__":
    raise SystemExit(main())
