"""The Linux bundle's desktop integration (pakket/bundel.py), without building the bundle."""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path

from pakket.bundel import archief_naam, pak_in, url_types, vul_aan


def nep_bundel(map_: Path) -> Path:
    """A folder shaped like PyInstaller's: an executable ``klantbeeld`` and ``_internal``."""
    (map_ / "_internal").mkdir(parents=True)
    uitvoerbaar = map_ / "klantbeeld"
    uitvoerbaar.write_text("#!/bin/sh\n", encoding="utf-8")
    uitvoerbaar.chmod(0o755)
    return map_


def test_the_bundle_gets_a_desktop_file_for_opt_and_an_archive(tmp_path: Path) -> None:
    bundel = nep_bundel(tmp_path / "dist" / "klantbeeld")
    vul_aan(bundel)
    desktop = (bundel / "klantbeeld.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/klantbeeld/klantbeeld %u" in desktop
    assert "Icon=/opt/klantbeeld/klantbeeld.svg" in desktop
    assert "MimeType=x-scheme-handler/klantbeeld;" in desktop
    assert (bundel / "klantbeeld.svg").read_bytes().startswith(b"<svg")
    archief = pak_in(bundel, tmp_path / archief_naam("1.2.3"))
    assert archief.name.startswith("klantbeeld-1.2.3-linux-")
    with tarfile.open(archief) as tar:
        leden = {m.name: m for m in tar.getmembers()}
    assert {n.split("/")[0] for n in leden} == {"klantbeeld"}
    assert leden["klantbeeld/installeer.sh"].mode & 0o111
    assert leden["klantbeeld/klantbeeld"].mode & 0o111


def test_installeer_sh_points_the_menu_and_the_links_at_where_it_was_unpacked(
    tmp_path: Path,
) -> None:
    bundel = nep_bundel(tmp_path / "met spatie" / "klantbeeld")
    vul_aan(bundel)
    data, config = tmp_path / "data", tmp_path / "config"
    result = subprocess.run(
        ["sh", str(bundel / "installeer.sh")],
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "XDG_DATA_HOME": str(data),
            "XDG_CONFIG_HOME": str(config),
        },
        capture_output=True,
        text=True,
        check=True,
    )
    geinstalleerd = (data / "applications" / "klantbeeld.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundel}/klantbeeld" %u' in geinstalleerd
    assert f"Icon={bundel}/klantbeeld.svg" in geinstalleerd
    assert "MimeType=x-scheme-handler/klantbeeld;" in geinstalleerd
    assert "Geïnstalleerd" in result.stdout


def test_the_mac_app_registers_the_klantbeeld_scheme() -> None:
    """What the spec's BUNDLE writes into Info.plist, from Info.plist.fragment."""
    [soort] = url_types()
    assert soort["CFBundleURLSchemes"] == ["klantbeeld"]
    assert soort["CFBundleTypeRole"] == "Viewer"
