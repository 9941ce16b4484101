"""Before the window opens on Linux: which system libraries Qt's platform plugin lacks, and the fix.

Qt loads its platform plugin (``xcb`` on X11, ``wayland`` on Wayland) only when the first window
is made; when a library that plugin needs is missing, Qt aborts with a message that names
``xcb-cursor0`` whatever is really missing. So before that we ask the dynamic linker (``ldd``)
what the plugin lacks — only that — and either install it through apt with the user's consent
(Debian, Ubuntu and their kin) or print the one exact command for the user's distribution.
Windows and macOS need nothing: the PySide6 wheel carries everything there. Nothing here imports
Qt, so it runs before Qt can abort.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

#: The shared objects Qt's Linux platform plugins need that a desktop may lack, with the package
#: that brings each one per family of distributions (Debian/Ubuntu, Fedora/RHEL, Arch, openSUSE).
PAKKETTEN: Mapping[str, Mapping[str, str]] = {
    "libxcb-cursor.so.0": {
        "debian": "libxcb-cursor0",
        "fedora": "xcb-util-cursor",
        "arch": "xcb-util-cursor",
        "suse": "libxcb-cursor0",
    },
    "libxcb-icccm.so.4": {
        "debian": "libxcb-icccm4",
        "fedora": "xcb-util-wm",
        "arch": "xcb-util-wm",
        "suse": "libxcb-icccm4",
    },
    "libxcb-keysyms.so.1": {
        "debian": "libxcb-keysyms1",
        "fedora": "xcb-util-keysyms",
        "arch": "xcb-util-keysyms",
        "suse": "libxcb-keysyms1",
    },
    "libxcb-image.so.0": {
        "debian": "libxcb-image0",
        "fedora": "xcb-util-image",
        "arch": "xcb-util-image",
        "suse": "libxcb-image0",
    },
    "libxcb-render-util.so.0": {
        "debian": "libxcb-render-util0",
        "fedora": "xcb-util-renderutil",
        "arch": "xcb-util-renderutil",
        "suse": "libxcb-render-util0",
    },
    "libxcb-util.so.1": {
        "debian": "libxcb-util1",
        "fedora": "xcb-util",
        "arch": "xcb-util",
        "suse": "libxcb-util1",
    },
    "libxkbcommon-x11.so.0": {
        "debian": "libxkbcommon-x11-0",
        "fedora": "libxkbcommon-x11",
        "arch": "libxkbcommon-x11",
        "suse": "libxkbcommon-x11-0",
    },
    "libxkbcommon.so.0": {
        "debian": "libxkbcommon0",
        "fedora": "libxkbcommon",
        "arch": "libxkbcommon",
        "suse": "libxkbcommon0",
    },
    "libX11-xcb.so.1": {
        "debian": "libx11-xcb1",
        "fedora": "libX11-xcb",
        "arch": "libx11",
        "suse": "libX11-xcb1",
    },
    "libEGL.so.1": {
        "debian": "libegl1",
        "fedora": "libglvnd-egl",
        "arch": "libglvnd",
        "suse": "libEGL1",
    },
    "libGL.so.1": {
        "debian": "libgl1",
        "fedora": "libglvnd-glx",
        "arch": "libglvnd",
        "suse": "libGL1",
    },
    "libOpenGL.so.0": {
        "debian": "libopengl0",
        "fedora": "libglvnd-opengl",
        "arch": "libglvnd",
        "suse": "libOpenGL0",
    },
    "libfontconfig.so.1": {
        "debian": "libfontconfig1",
        "fedora": "fontconfig",
        "arch": "fontconfig",
        "suse": "libfontconfig1",
    },
    "libfreetype.so.6": {
        "debian": "libfreetype6",
        "fedora": "freetype",
        "arch": "freetype2",
        "suse": "libfreetype6",
    },
    "libdbus-1.so.3": {
        "debian": "libdbus-1-3",
        "fedora": "dbus-libs",
        "arch": "dbus",
        "suse": "libdbus-1-3",
    },
    "libglib-2.0.so.0": {
        "debian": "libglib2.0-0",
        "fedora": "glib2",
        "arch": "glib2",
        "suse": "libglib-2_0-0",
    },
    "libwayland-client.so.0": {
        "debian": "libwayland-client0",
        "fedora": "libwayland-client",
        "arch": "wayland",
        "suse": "libwayland-client0",
    },
    "libwayland-cursor.so.0": {
        "debian": "libwayland-cursor0",
        "fedora": "libwayland-cursor",
        "arch": "wayland",
        "suse": "libwayland-cursor0",
    },
}

#: The command that installs packages, per family.
INSTALLEER: Mapping[str, str] = {
    "debian": "sudo apt-get install -y",
    "fedora": "sudo dnf install -y",
    "arch": "sudo pacman -S --needed",
    "suse": "sudo zypper install -y",
}

_NIET_GEVONDEN = re.compile(r"^\s*(\S+)\s*=>\s*not found\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Ontbrekend:
    """What the platform plugin lacks: shared objects, the packages that bring them, the fix."""

    #: The missing shared objects, as the linker names them, sorted.
    bibliotheken: tuple[str, ...]
    #: The packages for this distribution that bring them (empty when the family is unknown).
    pakketten: tuple[str, ...]
    #: The distribution family (``debian``, ``fedora``, ``arch``, ``suse``) or ``""``.
    familie: str

    @property
    def opdracht(self) -> str:
        """The one command that installs what is missing, or a hint when the family is unknown."""
        if self.familie and self.pakketten:
            return f"{INSTALLEER[self.familie]} {' '.join(self.pakketten)}"
        return "installeer de pakketten die " + ", ".join(self.bibliotheken) + " leveren"

    def melding(self) -> str:
        """Plain Dutch for the terminal: what is missing and the exact fix."""
        return (
            "Klantbeeld kan geen venster openen: Qt mist deze systeembibliotheken: "
            + ", ".join(self.bibliotheken)
            + ".\nInstalleer ze met:\n\n    "
            + self.opdracht
            + "\n\nen start Klantbeeld daarna opnieuw."
        )


def niet_gevonden(ldd_uitvoer: str) -> tuple[str, ...]:
    """The shared objects ``ldd`` reports as ``not found``, each once, sorted."""
    return tuple(sorted(set(_NIET_GEVONDEN.findall(ldd_uitvoer))))


def familie(os_release: str) -> str:
    """The distribution family from ``/etc/os-release`` text (``ID`` and ``ID_LIKE``)."""
    velden: dict[str, str] = {}
    for regel in os_release.splitlines():
        sleutel, _, waarde = regel.partition("=")
        velden[sleutel.strip()] = waarde.strip().strip('"').lower()
    namen = [velden.get("ID", ""), *velden.get("ID_LIKE", "").split()]
    for naam in namen:
        if naam in {"debian", "ubuntu", "linuxmint", "pop", "raspbian"}:
            return "debian"
        if naam in {"fedora", "rhel", "centos", "rocky", "almalinux"}:
            return "fedora"
        if naam in {"arch", "manjaro", "endeavouros"}:
            return "arch"
        if naam.startswith("opensuse") or naam in {"suse", "sles"}:
            return "suse"
    return ""


def pakketten_voor(bibliotheken: Iterable[str], fam: str) -> tuple[str, ...]:
    """The packages of family ``fam`` that bring ``bibliotheken`` (unknown ones are left out)."""
    gevonden = {PAKKETTEN[b][fam] for b in bibliotheken if b in PAKKETTEN and fam in PAKKETTEN[b]}
    return tuple(sorted(gevonden))


def plugin_pad(platform: str) -> Path | None:
    """The PySide6 platform plugin file for ``platform`` (``xcb`` or ``wayland``), if installed."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    map_ = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"
    kandidaten = [map_ / f"libq{platform}.so"]
    if platform == "wayland":
        kandidaten.append(map_ / "libqwayland-generic.so")
    return next((p for p in kandidaten if p.is_file()), None)


def gekozen_platform(omgeving: Mapping[str, str]) -> str | None:
    """The platform plugin Qt will load here, or None when it needs no system libraries."""
    gekozen = omgeving.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if gekozen:
        return gekozen if gekozen in {"xcb", "wayland"} else None
    if omgeving.get("WAYLAND_DISPLAY") and not omgeving.get("DISPLAY"):
        return "wayland"
    return "xcb"


def wat_ontbreekt(
    omgeving: Mapping[str, str] | None = None,
    *,
    ldd: Callable[[Path], str] | None = None,
    os_release: str | None = None,
) -> Ontbrekend | None:
    """What Qt's platform plugin lacks on this Linux desktop, or None when nothing is missing."""
    if not sys.platform.startswith("linux"):
        return None
    platform = gekozen_platform(os.environ if omgeving is None else omgeving)
    if platform is None:
        return None
    plugin = plugin_pad(platform)
    if plugin is None:
        return None
    uitvoer = (ldd or _ldd)(plugin)
    ontbreekt = niet_gevonden(uitvoer)
    if not ontbreekt:
        return None
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
        except OSError:
            os_release = ""
    fam = familie(os_release)
    return Ontbrekend(ontbreekt, pakketten_voor(ontbreekt, fam), fam)


def _ldd(pad: Path) -> str:
    if shutil.which("ldd") is None:
        return ""
    try:
        klaar = subprocess.run(
            ["ldd", str(pad)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return klaar.stdout


def controleer(
    *,
    invoer: Callable[[str], str] = input,
    draai: Callable[[list[str]], int] | None = None,
    interactief: bool | None = None,
) -> bool:
    """Check before the window opens; True when Qt can start (possibly after installing).

    On Debian/Ubuntu at a terminal the user is asked whether to install the packages with apt;
    anywhere else, or when declined, the exact command is printed and False returned.
    """
    ontbrekend = wat_ontbreekt()
    if ontbrekend is None:
        return True
    print(ontbrekend.melding(), file=sys.stderr)
    if interactief is None:
        interactief = sys.stdin.isatty() and sys.stderr.isatty()
    if ontbrekend.familie != "debian" or not ontbrekend.pakketten or not interactief:
        return False
    try:
        antwoord = invoer("Nu installeren met apt? [j/N] ").strip().lower()
    except EOFError:
        antwoord = ""
    if antwoord not in {"j", "ja", "y", "yes"}:
        return False
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    installeer = [*sudo, "apt-get", "install", "-y", *ontbrekend.pakketten]
    uitvoeren = draai or _draai
    # A fresh machine may not have the package lists yet: then update once and try again.
    if uitvoeren(installeer) != 0 and (
        uitvoeren([*sudo, "apt-get", "update"]) != 0 or uitvoeren(installeer) != 0
    ):
        return False
    return wat_ontbreekt() is None


def _draai(opdracht: list[str]) -> int:
    return subprocess.run(opdracht, check=False).returncode
