"""``--screenshot``: load a klantbeeld, wait until every panel is done, save the window as PNG.

It always ends: with 0 and the PNG, or with a non-zero code and the reason in Dutch on stderr.
Loading waits at most ``--timeout`` seconds; a watchdog thread ends the process if it is still
running :data:`SLUIT_MARGE_S` seconds after that (closing included). Nothing here calls
``processEvents()``: inside a task it runs other tasks' steps re-entrantly ("Cannot enter into
task"), their wake-ups are lost and closing then waits for them forever. The running qasync loop
paints between awaits.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading

from PySide6.QtWidgets import QMainWindow

from klantbeeld.services.klantbeeld.zoekvraag import herken
from klantbeeld.services.verbinding.errors import NietIngesteld
from klantbeeld.views.beeld import BeeldModel
from klantbeeld.views.sessie import Sessie

#: After ``--timeout``, this many seconds more for grabbing and closing before the watchdog ends it.
SLUIT_MARGE_S = 20.0
#: Exit code when the watchdog had to end the process.
VASTGELOPEN = 7
#: How often (and how long each time) the loop may paint before the window is grabbed.
RUST_RONDES = 5
RUST_S = 0.02


def start_waakhond(seconden: float) -> threading.Timer:
    """End the process with :data:`VASTGELOPEN` and a reason if it still runs after ``seconden``."""

    def afbreken() -> None:
        sys.stderr.write(
            f"Screenshot afgebroken: Klantbeeld was na {seconden:.0f} s nog niet klaar "
            "(vastgelopen bij het laden of het afsluiten).\n"
        )
        if os.environ.get("KLANTBEELD_WAAKHOND_STAPEL"):  # where it hangs, for a developer
            import faulthandler

            faulthandler.dump_traceback(sys.stderr, all_threads=True)
            if lus is not None:
                for taak in asyncio.all_tasks(lus):
                    taak.print_stack(file=sys.stderr)
        sys.stderr.flush()
        os._exit(VASTGELOPEN)

    try:
        lus: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        lus = None
    timer = threading.Timer(seconden, afbreken)
    timer.daemon = True
    timer.start()
    return timer


async def maak_screenshot(
    window: QMainWindow, sessie: Sessie, model: BeeldModel, args: argparse.Namespace
) -> int:
    """Load what the arguments ask, wait for it, grab the window; 0 when saved.

    Starts the watchdog first: the process ends within ``--timeout`` + :data:`SLUIT_MARGE_S`.
    """
    start_waakhond(args.timeout + SLUIT_MARGE_S)
    if getattr(args, "view", "klantbeeld") == "contacthistorie":
        return await _contacthistorie(window, sessie, args)
    if args.bsn:
        sessie.open_persoon(args.bsn, args.zaak)
    elif args.kvk:
        sessie.open_bedrijf(args.kvk, args.zaak)
    elif args.zaak:
        sessie.zoek(herken(args.zaak))
    deadline = asyncio.get_running_loop().time() + args.timeout
    wil_beeld = bool(args.bsn or args.kvk or args.zaak)
    while True:
        klaar = not wil_beeld or model.is_klaar()
        if klaar and args.zaak and model.gekozen_zaak is None and model.beeld is not None:
            bekend = {z.zaak.identificatie for z in model.beeld.zaken}
            if args.zaak.upper() not in bekend:
                print(
                    f"Screenshot niet gemaakt: zaak {args.zaak} hoort niet bij dit klantbeeld.",
                    file=sys.stderr,
                )
                return 5
        if klaar and args.zaak and (model.gekozen_zaak is None or model.zaak_detail_laden):
            klaar = False
        if klaar:
            break
        if asyncio.get_running_loop().time() > deadline:
            print(
                f"Screenshot niet gemaakt: het klantbeeld was na {args.timeout:.0f} s nog "
                "niet compleet.",
                file=sys.stderr,
            )
            return 3
        await asyncio.sleep(0.05)
    if getattr(args, "view", "klantbeeld") == "inwoner" and not await _inwoner(window, deadline):
        return 3
    tabs = getattr(window, "tabs", None)
    if tabs is not None and getattr(args, "view", "klantbeeld") != "inwoner":
        index = ["zaken", "tijdlijn", "betalingen", "vragen"].index(getattr(args, "tab", "zaken"))
        tabs.setCurrentIndex(index)
    for _ in range(RUST_RONDES):  # let layouts and paints settle (the loop runs them)
        await asyncio.sleep(RUST_S)
    if not _bewaar(window, args):
        return 4
    fouten = model.beeld.fouten if model.beeld else {}
    for onderdeel, fout in fouten.items():
        soort = "Niet ingesteld" if isinstance(fout, NietIngesteld) else "Let op"
        print(f"{soort}: {onderdeel.value}: {fout}", file=sys.stderr)
    return 0


def _bewaar(window: QMainWindow, args: argparse.Namespace) -> bool:
    pixmap = window.grab()
    args.screenshot.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(args.screenshot), "PNG"):
        print(f"Screenshot niet gemaakt: {args.screenshot} is niet te schrijven.", file=sys.stderr)
        return False
    return True


async def _contacthistorie(window: QMainWindow, sessie: Sessie, args: argparse.Namespace) -> int:
    """The team lead's contact history: open it, wait until the period is loaded, grab."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + args.timeout
    await sessie.wacht_op_oefenmaand(args.timeout)
    toon = getattr(window, "toon_contacthistorie", None)
    scherm = toon() if toon is not None else None
    if scherm is None:
        print(
            "Screenshot niet gemaakt: de contacthistorie is alleen voor teamleiders "
            "(gebruik --rol teamleider).",
            file=sys.stderr,
        )
        return 6
    while scherm.bezig or scherm.tijd_klaar is None or not scherm.verzoeken_klaar:
        if loop.time() > deadline:
            print(
                f"Let op: na {args.timeout:.0f} s nog niet alles geladen; "
                "screenshot van wat er is.",
                file=sys.stderr,
            )
            break
        await asyncio.sleep(0.05)
    if getattr(args, "tab", "") == "overzicht":
        scherm.tabs.setCurrentIndex(1)
        scherm.ververs_overzicht()
    await asyncio.sleep(0.3)  # let layouts, charts and paints settle
    return 0 if _bewaar(window, args) else 4


async def _inwoner(window: QMainWindow, deadline: float) -> bool:
    """Switch to the citizen's view (F11) and wait until it shows its value."""
    toon = getattr(window, "toon_aan_inwoner", None)
    scherm = toon() if toon is not None else None
    if scherm is None:
        print("Screenshot niet gemaakt: er is geen klantbeeld om aan de inwoner te tonen.",
              file=sys.stderr)  # fmt: skip
        return False
    gevuld: list[object] = []
    scherm.controller.klaar.connect(gevuld.append)
    while not gevuld:
        if asyncio.get_running_loop().time() > deadline:
            print("Screenshot niet gemaakt: wat de inwoner ziet was niet op tijd compleet.",
                  file=sys.stderr)  # fmt: skip
            return False
        await asyncio.sleep(0.05)
    return True
