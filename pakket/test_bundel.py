"""The built bundle (``make dist``) as a workplace would run it: `make dist-test`, not `make test`.

Starts ``dist/klantbeeld/klantbeeld`` (or ``$KLANTBEELD_BUNDEL``) offscreen, from outside the
checkout with a clean environment, on its own oefenomgeving: a screenshot of 999993653's
klantbeeld and one of the contacthistorie, each checked as an image (size, not blank, the
colours of the theme where the window's parts are).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pakket.bundel import BUNDEL, archief_pad, bundel_omgeving  # noqa: E402

BREEDTE, HOOGTE = 1366, 768

pytestmark = pytest.mark.skipif(
    not BUNDEL.is_file(), reason=f"{BUNDEL} is not built: run `make dist` first"
)


def maak_screenshot(tmp_path: Path, naam: str, *args: str) -> tuple[QImage, str]:
    """One ``klantbeeld --screenshot`` run of the bundle; the image and stderr."""
    uit = tmp_path / f"{naam}.png"
    result = subprocess.run(
        [str(BUNDEL), "--demo", "--screenshot", str(uit), "--size", f"{BREEDTE}x{HOOGTE}", *args],
        cwd=tmp_path,  # not the checkout: nothing may come from the source tree
        env=bundel_omgeving(tmp_path / f"{naam}-thuis"),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert uit.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    beeld = QImage(str(uit))
    assert not beeld.isNull()
    return beeld, result.stderr


def kleuren(beeld: QImage, stap: int = 4) -> Counter[int]:
    """How often each colour occurs on a grid of every ``stap``-th pixel."""
    return Counter(
        beeld.pixel(x, y)
        for y in range(0, beeld.height(), stap)
        for x in range(0, beeld.width(), stap)
    )


def niet_leeg(beeld: QImage) -> None:
    """The window's size, many colours (text, icons, charts), no one colour over most of it."""
    assert (beeld.width(), beeld.height()) == (BREEDTE, HOOGTE)
    telling = kleuren(beeld)
    assert len(telling) > 40, f"only {len(telling)} colours: an empty window?"
    _, meest = telling.most_common(1)[0]
    assert meest / sum(telling.values()) < 0.9


def regel_kleuren(beeld: QImage, y: int) -> set[int]:
    """The colours along one row of pixels."""
    return {beeld.pixel(x, y) for x in range(0, beeld.width(), 2)}


@pytest.mark.timeout(300)
def test_bundle_shows_the_klantbeeld_of_999993653(tmp_path: Path) -> None:
    beeld, stderr = maak_screenshot(tmp_path, "klantbeeld", "--bsn", "999993653")
    niet_leeg(beeld)
    # The oefenomgeving's bar across the top (fictional data): one colour over its full width,
    # not the window's background; the header below it has text (several colours per row).
    boven = kleuren(beeld.copy(0, 0, BREEDTE, 8), stap=1)
    balk, aantal = boven.most_common(1)[0]
    assert aantal / sum(boven.values()) > 0.8
    achtergrond = kleuren(beeld).most_common(1)[0][0]
    assert balk != achtergrond
    assert any(len(regel_kleuren(beeld, y)) > 5 for y in range(40, 200, 4))
    assert "Traceback" not in stderr


@pytest.mark.timeout(300)
def test_bundle_shows_the_contacthistorie(tmp_path: Path) -> None:
    beeld, stderr = maak_screenshot(
        tmp_path,
        "contacthistorie",
        *("--rol", "teamleider", "--view", "contacthistorie", "--tab", "overzicht"),
    )
    niet_leeg(beeld)
    # The overview's charts: the lower half holds many colours (bars, lines, labels).
    onder = kleuren(beeld.copy(0, HOOGTE // 2, BREEDTE, HOOGTE // 2))
    assert len(onder) > 20
    assert "Traceback" not in stderr


def test_bundle_knows_its_version() -> None:
    """The frozen app reads pyproject.toml's version from the metadata the spec copied in."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as f:
        verwacht = tomllib.load(f)["project"]["version"]
    result = subprocess.run(
        [str(BUNDEL), "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == f"Klantbeeld {verwacht}"


def test_archive_holds_the_bundle_and_its_desktop_file() -> None:
    """One top folder ``klantbeeld/`` with the executable, desktop file, icon and installer."""
    archief = archief_pad()
    assert archief.is_file(), f"{archief} is missing: run `make dist`"
    with tarfile.open(archief) as tar:
        namen = set(tar.getnames())
        desktop = tar.extractfile("klantbeeld/klantbeeld.desktop")
        assert desktop is not None
        tekst = desktop.read().decode()
        uitvoerbaar = tar.getmember("klantbeeld/klantbeeld")
    assert {"klantbeeld/klantbeeld.svg", "klantbeeld/installeer.sh"} <= namen
    assert uitvoerbaar.mode & 0o111
    assert "Exec=/opt/klantbeeld/klantbeeld %u" in tekst
    assert "MimeType=x-scheme-handler/klantbeeld;" in tekst
    assert {n.split("/")[0] for n in namen} == {"klantbeeld"}
    # the oefenomgeving's seed data and the theme came along
    assert any(n.endswith("resources/seed/personen.json") for n in namen)
    assert any(n.endswith("resources/theme/tokens.json") for n in namen)
    assert not any("QtWebEngine" in n or "Qt6Quick" in n for n in namen)
    # Qt's own texts in Dutch (and English), not in every language Qt has
    qm = {n.rsplit("/", 1)[1] for n in namen if n.endswith(".qm")}
    assert "qtbase_nl.qm" in qm
    assert "qtbase_de.qm" not in qm
    assert os.path.basename(archief).startswith("klantbeeld-")


@pytest.mark.timeout(300)
def test_bundle_speaks_english_with_its_own_catalog(tmp_path: Path) -> None:
    """``--taal en`` finds the compiled catalog inside the bundle (else it says so and stays
    Dutch): the oefenomgeving's bar reads differently from the Dutch one, pixel for pixel."""
    catalogus = BUNDEL.parent / "_internal" / "resources" / "translations" / "klantbeeld_en.qm"
    assert catalogus.is_file()
    nl, _ = maak_screenshot(tmp_path, "nl", "--bsn", "999993653", "--taal", "nl")
    en, stderr = maak_screenshot(tmp_path, "en", "--bsn", "999993653", "--taal", "en")
    niet_leeg(en)
    assert "Geen vertaling" not in stderr and "Traceback" not in stderr
    balk = (0, 0, BREEDTE, 24)  # the bar's text: "OEFENOMGEVING …" / "PRACTICE ENVIRONMENT …"
    assert nl.copy(*balk) != en.copy(*balk)
