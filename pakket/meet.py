"""Prints the bundle's size and how long it takes to show its window (`make dist-test`).

Start time: from launching ``dist/klantbeeld/klantbeeld --demo`` until its window is on screen
(offscreen; ``KLANTBEELD_MEET_START`` makes the app say so and stop). The first start has a
fresh home (no settings, no oefenomgeving database yet); the others reuse it. Beside it, the
same from the checkout (``python -m klantbeeld``), for comparison. Figures only, no pass/fail.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_ui import venster_tijd
from pakket.bundel import BUNDEL, archief_pad, bundel_omgeving

#: Starts after the first, for the median.
HERHALINGEN = 3


def grootte(map_: Path) -> int:
    """Bytes of every file under ``map_``."""
    return sum(p.stat().st_size for p in map_.rglob("*") if p.is_file() and not p.is_symlink())


def reeks(opdracht: list[str], omgeving: dict[str, str], cwd: Path) -> tuple[float, float]:
    """The first start and the median of the next :data:`HERHALINGEN`."""
    opdracht = [*opdracht, "--demo"]
    eerste = venster_tijd(opdracht, omgeving, str(cwd))
    daarna = [venster_tijd(opdracht, omgeving, str(cwd)) for _ in range(HERHALINGEN)]
    return eerste, statistics.median(daarna)


def main() -> int:
    """Print size and start times."""
    if not BUNDEL.is_file():
        print(f"{BUNDEL} is er niet: eerst `make dist`.", file=sys.stderr)
        return 1
    map_ = BUNDEL.parent
    archief = archief_pad()
    print(f"bundel   {map_}: {grootte(map_) / 1e6:.0f} MB")
    if archief.is_file():
        print(f"archief  {archief.name}: {archief.stat().st_size / 1e6:.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        thuis = Path(tmp)
        eerste, mediaan = reeks([str(BUNDEL)], bundel_omgeving(thuis / "bundel"), thuis)
        print(f"start    bundel: eerste {eerste:.2f} s, daarna mediaan {mediaan:.2f} s")
        omgeving = {**bundel_omgeving(thuis / "checkout"), "PYTHONDONTWRITEBYTECODE": ""}
        root = Path(__file__).resolve().parent.parent
        eerste, mediaan = reeks([sys.executable, "-m", "klantbeeld"], omgeving, root)
        print(
            f"start    checkout (python -m klantbeeld): eerste {eerste:.2f} s, "
            f"daarna mediaan {mediaan:.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
