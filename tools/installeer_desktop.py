"""Install Klantbeeld as the handler of ``klantbeeld:`` links for this user (Linux desktops).

``make install-desktop`` runs it: the ``.desktop`` file from ``resources/desktop`` goes to
``$XDG_DATA_HOME/applications`` (default ``~/.local/share/applications``) with ``Exec`` set to
this checkout's ``klantbeeld``, and ``x-scheme-handler/klantbeeld`` is made its default in
``$XDG_CONFIG_HOME/mimeapps.list`` — through ``xdg-mime default`` when that is installed, else
by writing the same line ``xdg-mime`` would.
"""

from __future__ import annotations

import argparse
import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRON = ROOT / "resources" / "desktop" / "klantbeeld.desktop"
NAAM = "klantbeeld.desktop"
MIME = "x-scheme-handler/klantbeeld"


def xdg_map(variabele: str, standaard: str) -> Path:
    """An XDG base folder: the variable when set and absolute, else its default under $HOME."""
    waarde = os.environ.get(variabele, "")
    return Path(waarde) if waarde and Path(waarde).is_absolute() else Path.home() / standaard


def installeer(uitvoer: str) -> Path:
    """Write the .desktop file with ``Exec=<uitvoer> %u`` and make it the scheme's default."""
    applicaties = xdg_map("XDG_DATA_HOME", ".local/share") / "applications"
    applicaties.mkdir(parents=True, exist_ok=True)
    doel = applicaties / NAAM
    regels = [
        f"Exec={uitvoer} %u" if r.startswith("Exec=") else r
        for r in BRON.read_text(encoding="utf-8").splitlines()
    ]
    doel.write_text("\n".join(regels) + "\n", encoding="utf-8")
    if shutil.which("update-desktop-database"):
        subprocess.run(["update-desktop-database", str(applicaties)], check=False)
    if shutil.which("xdg-mime"):
        subprocess.run(["xdg-mime", "default", NAAM, MIME], check=True)
    else:
        zet_standaard(xdg_map("XDG_CONFIG_HOME", ".config") / "mimeapps.list")
    return doel


def zet_standaard(mimeapps: Path) -> None:
    """Make Klantbeeld the default for the scheme in ``mimeapps.list``; other lines stay."""
    lijst = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    lijst.optionxform = str  # type: ignore[assignment,method-assign]
    if mimeapps.exists():
        lijst.read(mimeapps, encoding="utf-8")
    if not lijst.has_section("Default Applications"):
        lijst.add_section("Default Applications")
    lijst.set("Default Applications", MIME, NAAM)
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    with mimeapps.open("w", encoding="utf-8") as f:
        lijst.write(f, space_around_delimiters=False)


def main(argv: list[str] | None = None) -> int:
    """Install for this user; ``--exec`` names the command (default: this venv's klantbeeld)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    standaard = Path(sys.executable).parent / "klantbeeld"
    p.add_argument("--exec", dest="uitvoer", default=str(standaard), help="het commando")
    args = p.parse_args(argv)
    doel = installeer(args.uitvoer)
    print(f"Geïnstalleerd: {doel} (klantbeeld:-links openen Klantbeeld)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
