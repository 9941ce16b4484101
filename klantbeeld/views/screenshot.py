"""``--screenshot``: load a klantbeeld, wait until every panel is done, save the window as PNG."""

from __future__ import annotations

import argparse
import asyncio
import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from klantbeeld.services.zoekvraag import herken
from klantbeeld.views.beeld import BeeldModel
from klantbeeld.views.sessie import Sessie


async def maak_screenshot(
    window: QMainWindow, sessie: Sessie, model: BeeldModel, args: argparse.Namespace
) -> int:
    """Load what the arguments ask, wait for it, grab the window; 0 when saved."""
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
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        index = ["zaken", "tijdlijn", "betalingen", "vragen"].index(getattr(args, "tab", "zaken"))
        tabs.setCurrentIndex(index)
    for _ in range(5):  # let layouts and paints settle
        QApplication.processEvents()
        await asyncio.sleep(0.02)
    pixmap = window.grab()
    args.screenshot.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(args.screenshot), "PNG"):
        print(f"Screenshot niet gemaakt: {args.screenshot} is niet te schrijven.", file=sys.stderr)
        return 4
    fouten = model.beeld.fouten if model.beeld else {}
    for onderdeel, fout in fouten.items():
        print(f"Let op: {onderdeel.value}: {fout}", file=sys.stderr)
    return 0
