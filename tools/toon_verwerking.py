"""Prints one verwerkingslog record exactly as the oefenomgeving's logboek received it (JSON).

Starts an oefenomgeving of its own on loopback (in a temporary folder), opens the klantbeeld of
its example person as the app does (recorded first, then loaded under the record's
``traceparent``), delivers the record over OTLP/HTTP and reads it back through the logboek's
lezen API by the person's pseudonym. Fictional data only. Run: ``python tools/toon_verwerking.py``.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path
from typing import Any

import httpx
from cryptography.fernet import Fernet

from klantbeeld.sandbox.app import Sandbox
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.sandbox.server import SandboxServer
from klantbeeld.services.klantbeeld.composer import KlantbeeldComposer
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verwerkingslog.instelling import (
    OEFEN_LEZEN_PAD,
    OEFEN_PSEUDONIEM_SLEUTEL,
    logboek_adres,
    maak_verwerkingslog,
)
from klantbeeld.services.verwerkingslog.vastlegging import met_verwerking
from klantbeeld.services.verwerkingslog.verwerking import DATA_SUBJECT_ID, Betrokkene, pseudoniem
from klantbeeld.services.werkplek.settings import ApiInstelling, ApiNaam, Profiel

MEDEWERKER = "anouk.de.boer@gemeente.example"


async def een_record(
    map: Path, root: str, endpoints: dict[ApiNaam, tuple[ApiInstelling, str]]
) -> dict[str, Any]:
    """Open the example klantbeeld recorded, deliver it, and read the record back."""
    v = maak_verwerkingslog(
        pad=map / "verwerkingslog.sqlite3",
        journaal_sleutel=Fernet.generate_key(),
        pseudoniem=OEFEN_PSEUDONIEM_SLEUTEL,
        adres=logboek_adres(Profiel(), root),
        medewerker=MEDEWERKER,
    )
    verbindingen = maak_verbindingen(endpoints)
    try:
        composer = KlantbeeldComposer(verbindingen, None)
        betrokkene = Betrokkene.bsn(VOORBEELD_BSN)
        await met_verwerking(
            lambda: v.log.open_klantbeeld(betrokkene), lambda: composer.persoon(VOORBEELD_BSN)
        )
        assert v.bezorger is not None
        await v.bezorger.bezorg_wat_klaarstaat()
    finally:
        await verbindingen.aclose()
        await v.sluit()
    antwoord = httpx.post(
        root.rstrip("/") + OEFEN_LEZEN_PAD + "/processing-activities",
        params={DATA_SUBJECT_ID: pseudoniem(OEFEN_PSEUDONIEM_SLEUTEL, betrokkene)},
    )
    antwoord.raise_for_status()
    [record] = antwoord.json()["processingActivities"]
    return dict(record)


def main() -> int:
    """Print the record; returns the exit code."""
    with tempfile.TemporaryDirectory() as tmp:
        map = Path(tmp)
        server = SandboxServer(Sandbox(db_path=map / "oefen.sqlite3")).start()
        try:
            record = asyncio.run(een_record(map, server.root, server.endpoints()))
        finally:
            server.stop()
    print(json.dumps(record, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
