"""``python -m klantbeeld.sandbox``: run the oefenomgeving as a server and print how to reach it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from klantbeeld.sandbox.app import Sandbox
from klantbeeld.sandbox.faults import DOWN_NAMES, Faults
from klantbeeld.sandbox.kosten import MODELLEN
from klantbeeld.sandbox.server import SandboxServer
from klantbeeld.services.werkplek.settings import data_dir


def default_db() -> Path:
    """The oefenomgeving's database under the user data dir."""
    return data_dir() / "oefenomgeving.sqlite3"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    p = argparse.ArgumentParser(
        prog="python -m klantbeeld.sandbox",
        description="De oefenomgeving van Klantbeeld als server.",
    )
    p.add_argument("--port", type=int, default=8800, help="poort op 127.0.0.1 (0 = vrij)")
    p.add_argument(
        "--json",
        action="store_true",
        help="druk één JSON-object af met de adressen en inloggegevens",
    )
    p.add_argument("--latency-ms", type=float, default=0.0, help="extra vertraging per verzoek")
    p.add_argument("--error-rate", type=float, default=0.0, help="aandeel 5xx-antwoorden (0-1)")
    p.add_argument(
        "--drop-rate",
        type=float,
        default=0.0,
        help="aandeel verbroken verbindingen, na het werk (0-1)",
    )
    p.add_argument(
        "--timeout-rate",
        type=float,
        default=0.0,
        help="aandeel antwoorden dat pas na --timeout-s komt (0-1)",
    )
    p.add_argument("--timeout-s", type=float, default=30.0)
    p.add_argument(
        "--late-rate",
        type=float,
        default=0.0,
        help="aandeel schrijfverzoeken zonder antwoord, pas na --late-ms vastgelegd (0-1)",
    )
    p.add_argument("--late-ms", type=float, default=1000.0)
    p.add_argument(
        "--down",
        default="",
        help=f"uitgeschakelde API's, komma-gescheiden: {', '.join(DOWN_NAMES)}",
    )
    p.add_argument(
        "--cost-model",
        choices=["none", *MODELLEN],
        default="none",
        help=(
            "'real': zo traag als de gemeten echte servers (één proces per server); "
            "'productie': als een productieserver met vier werkprocessen"
        ),
    )
    p.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        help="kostenmodel sneller laten lopen (0.1 = tien keer zo snel)",
    )
    p.add_argument("--seed", type=int, default=1, help="zaad voor de foutinjectie")
    p.add_argument(
        "--groei",
        action="store_true",
        help="voeg de benchmarkpersonen toe (10/100/1000 zaken, 100/1000/10000 contacten)",
    )
    p.add_argument("--db", type=Path, default=None, help="SQLite-bestand voor schrijfacties")
    p.add_argument("--memory", action="store_true", help="schrijfacties niet bewaren")
    p.add_argument("--reset", action="store_true", help="wis eerder bewaarde schrijfacties")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Start the server in the foreground."""
    args = parse_args(argv)
    down = {d.strip() for d in args.down.split(",") if d.strip()}
    unknown = down - set(DOWN_NAMES)
    if unknown:
        print(f"Onbekende API bij --down: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    db = None if args.memory else (args.db or default_db())
    if db is not None and args.reset and db.exists():
        db.unlink()
    faults = Faults(
        latency_ms=args.latency_ms,
        error_rate=args.error_rate,
        drop_rate=args.drop_rate,
        timeout_rate=args.timeout_rate,
        timeout_s=args.timeout_s,
        late_rate=args.late_rate,
        late_ms=args.late_ms,
        down=down,
        cost_model=args.cost_model,
        time_scale=args.time_scale,
        seed=args.seed,
    )
    server = SandboxServer(Sandbox(db_path=db, faults=faults, groei=args.groei), port=args.port)
    server.start()
    info = server.as_json()
    if args.json:
        print(json.dumps(info), flush=True)
    else:
        print("Oefenomgeving van Klantbeeld — fictieve gegevens", flush=True)
        print(f"Adres: {info['root']}   (stoppen: Ctrl+C)")
        for api, entry in info["apis"].items():
            cred = f"client_id={entry['client_id']} " if entry["client_id"] else ""
            print(
                f"  {api:<17} {entry['base_url']}\n  {'':<17} auth={entry['auth']} "
                f"{cred}geheim={entry['secret']}"
            )
        if db is not None:
            print(f"Schrijfacties bewaard in {db} (wissen: --reset)", flush=True)
    try:
        while True:
            threading_wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def threading_wait() -> None:
    """Sleep in the main thread until interrupted."""
    import time

    time.sleep(3600)


if __name__ == "__main__":
    raise SystemExit(main())
