"""Small memory of the workstation between dialogs and runs (the agent's last kanaal), as JSON.

Stored in ``data_dir()/werkplekstaat.json``. It holds no personal data of citizens, only the
agent's own habits; a missing or unreadable file gives the defaults (it is a convenience, never
a reason to fail).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from klantbeeld.services.werkplek.settings import data_dir

SCHEMA_VERSION = 1
BESTAND = "werkplekstaat.json"


class Werkplekstaat(BaseModel):
    """What the workstation remembers of the agent's habits."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = SCHEMA_VERSION
    #: The kanaal of the agent's last registration (canonical key, e.g. ``telefoon``).
    laatste_kanaal: str = "telefoon"
    #: The actor (uuid) the agent last assigned a contactverzoek to.
    laatste_actor: str = ""


def werkplekstaat_pad() -> Path:
    """Where the file lives (follows ``KLANTBEELD_DATA_DIR``)."""
    return data_dir() / BESTAND


def laad_werkplekstaat(path: Path | None = None) -> Werkplekstaat:
    """Read the memory; the defaults when it is missing or unreadable."""
    path = path or werkplekstaat_pad()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Werkplekstaat.model_validate(raw)
    except (OSError, ValueError, ValidationError):
        return Werkplekstaat()


def bewaar_werkplekstaat(staat: Werkplekstaat, path: Path | None = None) -> None:
    """Write the memory atomically; a failure to write is ignored (only a convenience)."""
    path = path or werkplekstaat_pad()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(staat.model_dump_json(indent=2), encoding="utf-8")
        tmp.replace(path)


def onthoud(path: Path | None = None, **waarden: str) -> None:
    """Remember some values (``laatste_kanaal=...``, ``laatste_actor=...``)."""
    staat = laad_werkplekstaat(path)
    nieuw = staat.model_copy(update=waarden)
    if nieuw != staat:
        bewaar_werkplekstaat(nieuw, path)
