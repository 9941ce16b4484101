"""Item model of the Inzage view: when, who, what and why, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from klantbeeld.services.verwerkingslog.lezer import Inzageregel
from klantbeeld.views.models.basis import RijenModel

COL_WANNEER, COL_WIE, COL_WAT, COL_WAAROM = range(4)


def wanneer(regel: Inzageregel) -> str:
    """The moment in local time as a Dutch reader writes it: ``01-12-2026 14:03:07``."""
    return regel.tijdstip.astimezone().strftime("%d-%m-%Y %H:%M:%S")


class InzageModel(RijenModel[Inzageregel]):
    """One row per log line about the person asked for."""

    KOPPEN = ("Wanneer", "Medewerker", "Wat", "Doelbinding")
    CONTEXT = "Inzage"

    def _data(self, rij: Inzageregel, col: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (wanneer(rij), rij.medewerker, rij.handeling, rij.doelbinding)[col]
