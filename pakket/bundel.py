"""After PyInstaller: the Linux bundle's desktop files, and the archive to unpack.

``make dist`` runs it on ``dist/klantbeeld`` (the one-dir bundle of klantbeeld.spec):
it adds ``klantbeeld.desktop`` (``Exec`` and ``Icon`` set to where the workplace team unpacks
the bundle, ``/opt/klantbeeld`` unless told otherwise), the icon, and ``installeer.sh`` (for
one user, wherever unpacked: the menu entry and the ``klantbeeld:`` link handler), then packs
``dist/klantbeeld-<version>-linux-x86_64.tar.gz`` with one top folder ``klantbeeld/``.
"""

from __future__ import annotations

import argparse
import os
import platform
import plistlib
import shutil
import stat
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / "desktop"
#: The bundle's executable as ``make dist`` leaves it (``$KLANTBEELD_BUNDEL`` to test another).
BUNDEL = Path(os.environ.get("KLANTBEELD_BUNDEL", ROOT / "dist" / "klantbeeld" / "klantbeeld"))
#: Where a workplace team puts the bundle on every desktop (``tar -xzf … -C /opt``).
STANDAARD_MAP = "/opt/klantbeeld"

INSTALLEER = """\
#!/bin/sh
# Klantbeeld in the applications menu and as the handler of klantbeeld: links, for this user,
# from wherever this folder was unpacked. (For all users: unpack to /opt, then copy
# klantbeeld.desktop to /usr/share/applications and run update-desktop-database there.)
set -eu
hier=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\\"$hier/klantbeeld\\" %u|" -e "s|^Icon=.*|Icon=$hier/klantbeeld.svg|" \\
    "$hier/klantbeeld.desktop" > "$apps/klantbeeld.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
if command -v xdg-mime >/dev/null; then
    xdg-mime default klantbeeld.desktop x-scheme-handler/klantbeeld
else
    echo "xdg-mime ontbreekt (pakket xdg-utils): klantbeeld:-links zijn nog niet gekoppeld." >&2
fi
echo "Geïnstalleerd: $apps/klantbeeld.desktop (klantbeeld:-links openen Klantbeeld)"
"""


def desktop_tekst(map_: str) -> str:
    """resources/desktop/klantbeeld.desktop with ``Exec`` and ``Icon`` in the bundle at ``map_``."""
    regels = []
    for regel in (DESKTOP / "klantbeeld.desktop").read_text(encoding="utf-8").splitlines():
        if regel.startswith("Exec="):
            regel = f"Exec={map_}/klantbeeld %u"
        elif regel.startswith("Icon="):
            regel = f"Icon={map_}/klantbeeld.svg"
        regels.append(regel)
    return "\n".join(regels) + "\n"


def url_types() -> list[dict[str, object]]:
    """``CFBundleURLTypes`` of resources/desktop/Info.plist.fragment, for the macOS ``.app``."""
    fragment = (DESKTOP / "Info.plist.fragment").read_text(encoding="utf-8")
    inhoud = fragment.split("-->", 1)[1]  # after the explaining comment
    plist = (
        f'<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict>{inhoud}</dict></plist>'
    )
    types: list[dict[str, object]] = plistlib.loads(plist.encode())["CFBundleURLTypes"]
    return types


def archief_naam(versie: str) -> str:
    """``klantbeeld-<version>-linux-<machine>.tar.gz``."""
    return f"klantbeeld-{versie}-linux-{platform.machine()}.tar.gz"


def archief_pad() -> Path:
    """Where ``make dist`` puts the archive of this version."""
    from klantbeeld.versie import versie

    return BUNDEL.parent.parent / archief_naam(versie())


def bundel_omgeving(thuis: Path) -> dict[str, str]:
    """A clean environment for the bundle, as on a fresh desktop: no venv, no PYTHONPATH.

    Its own home, settings and data under ``thuis``; offscreen (no display needed).
    """
    thuis.mkdir(parents=True, exist_ok=True)
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(thuis),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(thuis),
        "KLANTBEELD_CONFIG_DIR": str(thuis / "config"),
        "KLANTBEELD_SITE_CONFIG_DIR": str(thuis / "site-config"),
        "KLANTBEELD_DATA_DIR": str(thuis / "data"),
    }


def vul_aan(bundel: Path, map_: str = STANDAARD_MAP) -> None:
    """Put the desktop file, the icon and installeer.sh beside the bundle's executable."""
    (bundel / "klantbeeld.desktop").write_text(desktop_tekst(map_), encoding="utf-8")
    shutil.copy2(DESKTOP / "klantbeeld.svg", bundel / "klantbeeld.svg")
    script = bundel / "installeer.sh"
    script.write_text(INSTALLEER, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def pak_in(bundel: Path, doel: Path) -> Path:
    """The bundle as a .tar.gz with one top folder ``klantbeeld/``."""
    with tarfile.open(doel, "w:gz", compresslevel=6) as tar:
        tar.add(bundel, arcname="klantbeeld")
    return doel


def main(argv: list[str] | None = None) -> int:
    """``python packaging/bundel.py dist/klantbeeld VERSION``."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("bundel", type=Path, help="de map van PyInstaller (dist/klantbeeld)")
    p.add_argument("versie", help="de versie (pyproject.toml)")
    p.add_argument("--map", default=STANDAARD_MAP, help="waar de bundel komt te staan")
    args = p.parse_args(argv)
    vul_aan(args.bundel, args.map)
    doel = pak_in(args.bundel, args.bundel.parent / archief_naam(args.versie))
    print(f"{doel} ({doel.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
