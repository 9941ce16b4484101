"""Before the window opens: what Qt's platform plugin lacks on Linux, and the exact fix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from klantbeeld import qtbibliotheken as q

LDD = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f)
"""
DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
UBUNTU = "ID=ubuntu\nID_LIKE=debian\n"
FEDORA = "ID=fedora\nVERSION_ID=40\n"
MINT = 'ID=linuxmint\nID_LIKE="ubuntu debian"\n'
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def test_only_what_the_linker_cannot_find_is_named_once() -> None:
    assert q.niet_gevonden(LDD) == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    assert q.niet_gevonden("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == ()


@pytest.mark.parametrize(
    ("tekst", "familie"),
    [
        (DEBIAN, "debian"),
        (UBUNTU, "debian"),
        (MINT, "debian"),
        (FEDORA, "fedora"),
        ("ID=arch\n", "arch"),
        ('ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n', "suse"),
        ("ID=nixos\n", ""),
        ("", ""),
    ],
)
def test_the_family_comes_from_os_release(tekst: str, familie: str) -> None:
    assert q.familie(tekst) == familie


@LINUX
def test_the_fresh_debian_case_names_the_two_packages_not_xcb_cursor(tmp_path: Path) -> None:
    """The newcomer's machine: xcb-cursor present, icccm and keysyms missing."""
    ontbrekend = q.wat_ontbreekt({"DISPLAY": ":0"}, ldd=lambda _: LDD, os_release=DEBIAN)
    assert ontbrekend is not None
    assert ontbrekend.pakketten == ("libxcb-icccm4", "libxcb-keysyms1")
    assert ontbrekend.opdracht == "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1"
    assert "cursor" not in ontbrekend.melding()
    fedora = q.wat_ontbreekt({"DISPLAY": ":0"}, ldd=lambda _: LDD, os_release=FEDORA)
    assert fedora is not None
    assert fedora.opdracht == "sudo dnf install -y xcb-util-keysyms xcb-util-wm"
    onbekend = q.wat_ontbreekt({"DISPLAY": ":0"}, ldd=lambda _: LDD, os_release="ID=nixos\n")
    assert onbekend is not None and "libxcb-icccm.so.4" in onbekend.opdracht


@LINUX
@pytest.mark.parametrize(
    "omgeving", [{"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "vnc"}, {}]
)
def test_nothing_is_checked_for_plugins_that_need_no_desktop_libraries(
    omgeving: dict[str, str],
) -> None:
    gevraagd: list[Path] = []

    def ldd(pad: Path) -> str:
        gevraagd.append(pad)
        return LDD

    uitkomst = q.wat_ontbreekt(omgeving, ldd=ldd, os_release=DEBIAN)
    if omgeving:
        assert uitkomst is None and gevraagd == []
    else:  # no platform chosen: Qt's default on X11 is xcb
        assert [p.name for p in gevraagd] == ["libqxcb.so"]


@LINUX
def test_on_this_machine_the_check_agrees_with_ldd_itself() -> None:
    """No fake: what the check reports is exactly what ldd says the xcb plugin lacks."""
    plugin = q.plugin_pad("xcb")
    if plugin is None or shutil.which("ldd") is None:
        pytest.skip("no xcb plugin or no ldd here")
    echt = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    ontbrekend = q.wat_ontbreekt({"DISPLAY": ":0"})
    verwacht = tuple(sorted({r.split()[0] for r in echt.splitlines() if "not found" in r}))
    assert (ontbrekend.bibliotheken if ontbrekend else ()) == verwacht
    for bibliotheek in verwacht:  # every one we can meet has a package to name
        assert bibliotheek in q.PAKKETTEN


@LINUX
def test_consent_installs_through_apt_updating_the_lists_once_when_needed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ontbrekend = q.Ontbrekend(("libxcb-icccm.so.4",), ("libxcb-icccm4",), "debian")
    na_installatie = [ontbrekend, None]
    monkeypatch.setattr(q, "wat_ontbreekt", lambda: na_installatie.pop(0))
    opdrachten: list[list[str]] = []
    uitkomsten = [100, 0, 0]  # install fails (no lists yet), update works, install works

    def draai(opdracht: list[str]) -> int:
        opdrachten.append(opdracht)
        return uitkomsten.pop(0)

    assert q.controleer(invoer=lambda _: "j", draai=draai, interactief=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    assert opdrachten == [
        [*sudo, "apt-get", "install", "-y", "libxcb-icccm4"],
        [*sudo, "apt-get", "update"],
        [*sudo, "apt-get", "install", "-y", "libxcb-icccm4"],
    ]


@LINUX
@pytest.mark.parametrize(("antwoord", "interactief"), [("n", True), ("", True), ("j", False)])
def test_without_consent_or_a_terminal_nothing_is_installed(
    monkeypatch: pytest.MonkeyPatch, antwoord: str, interactief: bool
) -> None:
    ontbrekend = q.Ontbrekend(("libxcb-icccm.so.4",), ("libxcb-icccm4",), "debian")
    monkeypatch.setattr(q, "wat_ontbreekt", lambda: ontbrekend)
    opdrachten: list[list[str]] = []
    assert not q.controleer(
        invoer=lambda _: antwoord,
        draai=lambda o: opdrachten.append(o) or 0,
        interactief=interactief,
    )
    assert opdrachten == []


@LINUX
def test_the_app_stops_before_qt_with_the_exact_command(tmp_path: Path) -> None:
    """A real start with an X display asked for: exit 3 and the fix, instead of Qt's abort."""
    if q.wat_ontbreekt({"DISPLAY": ":0"}) is None:
        pytest.skip("nothing is missing on this machine: Qt would really try the display")
    omgeving = {
        k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY"}
    }
    omgeving["DISPLAY"] = ":97"
    klaar = subprocess.run(
        [sys.executable, "-m", "klantbeeld", "--demo"],
        env=omgeving,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert klaar.returncode == 3
    assert "Installeer ze met:" in klaar.stderr
    assert "apt-get install -y" in klaar.stderr
    assert "xcb-cursor0 or libxcb-cursor0" not in klaar.stderr
