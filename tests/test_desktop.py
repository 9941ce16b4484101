"""The OS registrations of ``klantbeeld:`` links: Linux installed and checked, the others parsed."""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DESKTOP = ROOT / "resources" / "desktop"


def lees_desktop(pad: Path) -> configparser.SectionProxy:
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str  # type: ignore[assignment,method-assign]
    ini.read(pad, encoding="utf-8")
    return ini["Desktop Entry"]


def test_the_desktop_file_handles_the_scheme() -> None:
    entry = lees_desktop(DESKTOP / "klantbeeld.desktop")
    assert entry["Type"] == "Application"
    assert "x-scheme-handler/klantbeeld" in entry["MimeType"].split(";")
    assert entry["Exec"].split()[-1] == "%u"  # one URL, handed over as one argument


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validate_accepts_it() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP / "klantbeeld.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_install_for_this_user(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    config.mkdir()
    (config / "mimeapps.list").write_text(
        "[Default Applications]\ntext/html=firefox.desktop\n", encoding="utf-8"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(config)}
    subprocess.run(
        [sys.executable, "tools/installeer_desktop.py", "--exec", "/opt/klantbeeld/bin/klantbeeld"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    geinstalleerd = data / "applications" / "klantbeeld.desktop"
    assert lees_desktop(geinstalleerd)["Exec"] == "/opt/klantbeeld/bin/klantbeeld %u"
    mimeapps = configparser.ConfigParser(interpolation=None)
    mimeapps.optionxform = str  # type: ignore[assignment,method-assign]
    mimeapps.read(config / "mimeapps.list", encoding="utf-8")
    standaard = mimeapps["Default Applications"]
    assert standaard["x-scheme-handler/klantbeeld"].strip(";") == "klantbeeld.desktop"
    assert standaard["text/html"] == "firefox.desktop"  # what was there stays
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(geinstalleerd)], check=True)


def test_windows_registry_keys() -> None:
    tekst = (DESKTOP / "klantbeeld.reg").read_text(encoding="utf-8")
    regels = tekst.splitlines()
    assert regels[0] == "Windows Registry Editor Version 5.00"
    assert "[HKEY_CURRENT_USER\\Software\\Classes\\klantbeeld]" in regels
    assert '"URL Protocol"=""' in regels
    command = regels.index(
        "[HKEY_CURRENT_USER\\Software\\Classes\\klantbeeld\\shell\\open\\command]"
    )
    assert regels[command + 1].endswith('\\" \\"%1\\""')  # the link as one quoted argument


def test_macos_url_types() -> None:
    fragment = (DESKTOP / "Info.plist.fragment").read_bytes()
    plist = plistlib.loads(
        b'<?xml version="1.0"?><plist version="1.0"><dict>' + fragment + b"</dict></plist>"
    )
    (soort,) = plist["CFBundleURLTypes"]
    assert soort["CFBundleURLSchemes"] == ["klantbeeld"]
