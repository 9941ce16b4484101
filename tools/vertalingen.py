"""Refreshes resources/translations/klantbeeld_<taal>.ts with pyside6-lupdate and compiles the .qm.

Klantbeeld's modules translate through a module-level helper, ``tr(text)``, that calls
``QCoreApplication.translate("<Context>", text)`` with a fixed context per module (in the
services, which cannot use Qt: ``klantbeeld.services.taal.vertaal("<Context>", text)``). lupdate's
Python parser sees those calls as context-less, so this script runs lupdate over the sources
(into a temporary file), then files every message under the context its module's helper uses
(a text used by two modules with different contexts becomes two messages), keeps the English
translations already made (same context and source; else the same source elsewhere) and drops
what no module uses any more. Run it again after adding or changing texts: ``make vertalingen``.
New texts come out ``type="unfinished"``; :mod:`tests.test_vertaling` fails until they are
translated. ``--alleen-qm`` only compiles the .qm files (the install step of the Makefile).
``--ook OTHER.ts`` also takes the finished translations of another catalog (after merging two
branches that both added texts: take one side's .ts, pass the other's here).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRONNEN = (
    "klantbeeld/views",
    "klantbeeld/controllers",
    "klantbeeld/services",
    "klantbeeld/app.py",
)
MAP = ROOT / "resources" / "translations"
TALEN = ("en",)
#: Module constants whose texts the views pass to ``tr`` where they use them (lupdate only sees
#: literals inside ``tr(...)``): (file, names, contexts). Their str values (dict values, tuple
#: items, a str; also nested, as in (text, key) pairs) are filed under each context, or the
#: file's own ``tr`` context when none given.
VERTAALDE_CONSTANTEN: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "klantbeeld/views/instellingen.py",
        (
            "MODUS_LABELS",
            "VOORBEELD_URL",
            "AUTH_LABELS",
            "AUTH_UITLEG",
            "ROL_LABELS",
        ),
        (),
    ),
    ("klantbeeld/views/sessieblad.py", ("TABS",), ()),
    ("klantbeeld/views/models/documenten_model.py", ("VERTROUWELIJKHEID_LABELS",), ()),
    ("klantbeeld/views/panels/signalen.py", ("GROEPEN",), ()),
    # errors.bronnaam translates a source's name in "Instellingen", as the dialog's tabs
    ("klantbeeld/services/werkplek/settings.py", ("BRON_TITELS", "BRON_NAMEN"), ("Instellingen",)),
    ("klantbeeld/services/verbinding/verbindingstest.py", ("API_KORT",), ()),
    ("klantbeeld/views/zoekbalk.py", ("ONGELDIG_BSN", "VREEMDE_TEKENS"), ()),
    ("klantbeeld/views/models/treffers_model.py", ("_SOORT_LABEL",), ()),
    ("klantbeeld/views/models/vragen_model.py", ("_STATUS",), ()),
    ("klantbeeld/views/panels/kop.py", ("GEHEIM_TEKST", "REDENEN_OPSCHORTING"), ()),
    ("klantbeeld/views/beantwoorden.py", ("ANTWOORD_KANALEN",), ()),
    # views.icons.kanaal_label translates in "Kanalen"; registreren/kop.py in its own context
    ("klantbeeld/services/registraties/kanalen.py", ("KANAAL_LABELS",), ("Kanalen", "Registreren")),
)
#: A module's ``tr`` helper: the views' call Qt, the services' call ``klantbeeld.services.taal``.
_CONTEXT = re.compile(r'(?:QCoreApplication\.translate|\bvertaal)\(\s*"([^"]+)",\s*text\s*\)')
_GELEEND = re.compile(r"^from (klantbeeld[\w.]*) import (?:\([^)]*|[^\n]*)\btr\b", re.MULTILINE)


def bronbestanden() -> list[Path]:
    """The Python files lupdate reads, in a stable order."""
    paden: list[Path] = []
    for bron in BRONNEN:
        pad = ROOT / bron
        paden.extend(sorted(pad.rglob("*.py")) if pad.is_dir() else [pad])
    return paden


def context_van(bestand: Path) -> str:
    """The context the module's ``tr`` helper passes to ``QCoreApplication.translate``."""
    tekst = bestand.read_text(encoding="utf-8")
    gevonden = set(_CONTEXT.findall(tekst))
    if not gevonden and (geleend := _GELEEND.search(tekst)):  # ``from klantbeeld.x import tr``
        return context_van(ROOT / (geleend.group(1).replace(".", "/") + ".py"))
    if len(gevonden) != 1:
        raise SystemExit(f"{bestand}: verwacht één tr-context, gevonden {sorted(gevonden)}")
    return gevonden.pop()


def qt_tool(naam: str) -> str:
    """The path of ``pyside6-<naam>`` next to this Python (the venv), else on PATH."""
    naast = Path(sys.executable).parent / f"pyside6-{naam}"
    return str(naast) if naast.exists() else f"pyside6-{naam}"


def lupdate(bestanden: list[Path], doel: Path) -> ET.Element:
    """Run lupdate over ``bestanden`` into ``doel`` (fresh) and return the parsed <TS> root."""
    subprocess.run(
        [
            qt_tool("lupdate"),
            "-silent",
            "-locations",
            "absolute",
            *map(str, bestanden),
            "-ts",
            str(doel),
        ],
        check=True,
    )
    return ET.parse(doel).getroot()


def bestaande(
    ts: Path, ook: tuple[Path, ...] = ()
) -> tuple[dict[tuple[str, str], ET.Element], dict[str, ET.Element]]:
    """Finished translations of ``ts`` (then of ``ook``) by (context, source) and by source."""
    per_context: dict[tuple[str, str], ET.Element] = {}
    per_bron: dict[str, ET.Element] = {}
    for pad in (ts, *ook):
        if pad.exists():
            _lees_vertalingen(pad, per_context, per_bron)
    return per_context, per_bron


def _lees_vertalingen(
    ts: Path, per_context: dict[tuple[str, str], ET.Element], per_bron: dict[str, ET.Element]
) -> None:
    """Add the finished translations of ``ts`` not known yet to both maps."""
    for ctx in ET.parse(ts).getroot().iter("context"):
        naam = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            vertaling = msg.find("translation")
            if vertaling is None or vertaling.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            bron = msg.findtext("source") or ""
            per_context.setdefault((naam, bron), vertaling)
            per_bron.setdefault(bron, vertaling)


def actuele_berichten() -> dict[str, dict[str, ET.Element]]:
    """Every text the sources translate now: context → source → <message> (no translation)."""
    contexten: dict[Path, str] = {}
    berichten: dict[str, dict[str, ET.Element]] = defaultdict(dict)
    with tempfile.TemporaryDirectory(dir=MAP) as tmp:
        nieuw = lupdate(bronbestanden(), Path(tmp) / "nieuw.ts")
    for ctx in nieuw.iter("context"):
        vaste = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            bron = msg.findtext("source") or ""
            for plek in msg.findall("location"):
                # lupdate wrote the path relative to the temporary folder, one level down
                plek.set("filename", tmp_relatief(plek.get("filename", "")))
                bestand = (MAP / plek.get("filename", "")).resolve()
                if not vaste and bestand not in contexten:
                    contexten[bestand] = context_van(bestand)
                naam = vaste or contexten[bestand]
                doel = berichten[naam].get(bron)
                if doel is None:
                    doel = ET.Element("message")
                    doel.extend(k for k in msg if k.tag in {"source", "comment"})
                    berichten[naam][bron] = doel
                doel.insert(len(doel.findall("location")), plek)
    for naam, kop, bestand, regel in (*kolomkoppen(), *constanten()):
        doel = berichten[naam].get(kop)
        if doel is None:
            doel = berichten[naam][kop] = ET.Element("message")
            ET.SubElement(doel, "source").text = kop
        plek = ET.Element("location", {"filename": os.path.relpath(bestand, MAP)})
        plek.set("line", str(regel))
        doel.insert(len(doel.findall("location")), plek)
    return berichten


def kolomkoppen() -> Iterator[tuple[str, str, Path, int]]:
    """(context, title, file, line) of every table model's ``KOPPEN``, which lupdate cannot see:
    :class:`klantbeeld.views.models.basis.Tabelmodel` translates them in the class's ``CONTEXT``."""
    for bestand in bronbestanden():
        for klasse in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            if not isinstance(klasse, ast.ClassDef):
                continue
            velden = {
                doel.id: stmt.value
                for stmt in klasse.body
                if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None
                for doel in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target])
                if isinstance(doel, ast.Name)
            }
            koppen, context = velden.get("KOPPEN"), velden.get("CONTEXT")
            if not isinstance(koppen, ast.Tuple) or not isinstance(context, ast.Constant):
                continue
            for kop in koppen.elts:
                if isinstance(kop, ast.Constant) and isinstance(kop.value, str):
                    yield str(context.value), kop.value, bestand, kop.lineno


def constanten() -> Iterator[tuple[str, str, Path, int]]:
    """(context, text, file, line) of the :data:`VERTAALDE_CONSTANTEN`."""
    for pad, namen, contexten in VERTAALDE_CONSTANTEN:
        bestand = ROOT / pad
        for stmt in ast.parse(bestand.read_text(encoding="utf-8")).body:
            doel = (
                stmt.target
                if isinstance(stmt, ast.AnnAssign)
                else (stmt.targets[0] if isinstance(stmt, ast.Assign) else None)
            )
            if not isinstance(doel, ast.Name) or doel.id not in namen or stmt.value is None:
                continue
            waarde = stmt.value
            delen = (
                waarde.values
                if isinstance(waarde, ast.Dict)
                else (waarde.elts if isinstance(waarde, ast.Tuple) else [waarde])
            )
            for deel in (k for d in delen for k in ast.walk(d)):  # also inside (text, key) pairs
                if isinstance(deel, ast.Constant) and isinstance(deel.value, str) and deel.value:
                    for context in contexten or (context_van(bestand),):
                        yield context, deel.value, bestand, deel.lineno


def ververs(taal: str, ook: tuple[Path, ...] = ()) -> tuple[int, int]:
    """Refresh ``klantbeeld_<taal>.ts``, also taking translations from ``ook``; return
    (messages, unfinished)."""
    ts = MAP / f"klantbeeld_{taal}.ts"
    per_context, per_bron = bestaande(ts, ook)
    berichten = actuele_berichten()
    root = ET.Element("TS", {"version": "2.1", "language": f"{taal}_GB", "sourcelanguage": "nl_NL"})
    open_ = 0
    for naam in sorted(berichten):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = naam
        for bron, msg in berichten[naam].items():
            oud = per_context.get((naam, bron), per_bron.get(bron))
            vertaling = ET.SubElement(msg, "translation")
            if oud is not None and (oud.text or ""):
                vertaling.text = oud.text
            else:
                vertaling.set("type", "unfinished")
                open_ += 1
            ctx.append(msg)
    ET.indent(root, space="    ")
    tekst = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + tekst + "\n", encoding="utf-8"
    )
    return sum(len(b) for b in berichten.values()), open_


def tmp_relatief(pad: str) -> str:
    """A location lupdate wrote relative to the temporary folder, made relative to MAP."""
    return pad[3:] if pad.startswith("../") else pad


def lrelease(taal: str) -> Path:
    """Compile ``klantbeeld_<taal>.ts`` into ``klantbeeld_<taal>.qm`` beside it."""
    ts = MAP / f"klantbeeld_{taal}.ts"
    qm = ts.with_suffix(".qm")
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    """Refresh the .ts files (unless ``--alleen-qm``) and compile them."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--alleen-qm", action="store_true", help="alleen de .qm-bestanden maken")
    p.add_argument(
        "--ook",
        type=Path,
        action="append",
        default=[],
        help="neem ook de vertalingen uit dit .ts-bestand over (bij het samenvoegen van takken)",
    )
    args = p.parse_args(argv)
    for taal in TALEN:
        if not args.alleen_qm:
            totaal, open_ = ververs(taal, tuple(args.ook))
            print(f"klantbeeld_{taal}.ts: {totaal} teksten, {open_} nog te vertalen")
        print(f"{lrelease(taal).relative_to(ROOT)} gemaakt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
