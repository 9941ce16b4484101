"""Reading one person's records back from a logboek, for the Inzage view.

:class:`LogboekLezer` is the interface the Inzage controller needs: the records of one
betrokkene, newest first. :class:`LezenApiLezer` reads them through the "LDV lezen API"
(Logius, extensie Lezen 1.1: ``POST /processing-activities`` with ``dpl.core.data_subject_id``),
which the oefenomgeving's logboek serves; a municipality's logboek with another export format
gets its own implementation of the interface. The number itself never leaves the workstation:
the query carries its pseudonym (:func:`~.verwerking.pseudoniem`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from klantbeeld.services.verbinding.errors import OngeldigAntwoord
from klantbeeld.services.verbinding.http import ApiClient
from klantbeeld.services.verwerkingslog.verwerking import (
    DATA_SUBJECT_ID,
    DOELBINDING,
    MEDEWERKER,
    OBJECT,
    PROCESSING_ACTIVITY_ID,
    Betrokkene,
    Handeling,
    handeling_titel,
    pseudoniem,
    tr,
)


@dataclass(frozen=True)
class Inzageregel:
    """Who looked when and why: one log line as the Inzage view lists it."""

    tijdstip: datetime
    medewerker: str
    handeling: str
    doelbinding: str
    object_id: str = ""
    trace_id: str = ""


class LogboekLezer(Protocol):
    """Reads a logboek's records of one betrokkene."""

    async def verwerkingen(self, betrokkene: Betrokkene) -> list[Inzageregel]:
        """The records about ``betrokkene``, newest first."""
        ...


def _handeling(activiteit: str) -> str:
    naam = activiteit.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    try:
        return handeling_titel(Handeling(naam))
    except ValueError:
        return naam or tr("Onbekende verwerking")


def _tekst(attributen: dict[str, Any], sleutel: str) -> str:
    waarde = attributen.get(sleutel)
    return waarde if isinstance(waarde, str) else ""


def inzageregel(item: Any, bron: str) -> Inzageregel:
    """One ``ProcessingActivity`` of the lezen API as an :class:`Inzageregel`."""
    if not isinstance(item, dict) or not isinstance(item.get("attributes"), dict):
        raise OngeldigAntwoord(bron, tr("onverwacht antwoord (dataverwerking)"))
    attributen: dict[str, Any] = item["attributes"]
    start = item.get("startTime")
    if isinstance(start, str) and start.isdigit():
        start = int(start)
    if not isinstance(start, int) or isinstance(start, bool):
        raise OngeldigAntwoord(bron, tr("een dataverwerking zonder starttijd"))
    return Inzageregel(
        tijdstip=datetime.fromtimestamp(start / 1000, tz=UTC),
        medewerker=_tekst(attributen, MEDEWERKER) or tr("(niet vastgelegd)"),
        handeling=_handeling(_tekst(attributen, PROCESSING_ACTIVITY_ID)),
        doelbinding=_tekst(attributen, DOELBINDING),
        object_id=_tekst(attributen, OBJECT),
        trace_id=str(item.get("traceId") or ""),
    )


class LezenApiLezer:
    """A :class:`LogboekLezer` over the LDV lezen API (``api``: its root, ``…/lezenapi/v0``)."""

    def __init__(self, api: ApiClient, *, pseudoniem_sleutel: bytes) -> None:
        self._api = api
        self._sleutel = pseudoniem_sleutel

    async def verwerkingen(self, betrokkene: Betrokkene) -> list[Inzageregel]:
        """``POST /processing-activities?dpl.core.data_subject_id=<pseudonym>``, newest first."""
        data = await self._api.post_json(
            "processing-activities",
            None,
            params={DATA_SUBJECT_ID: pseudoniem(self._sleutel, betrokkene)},
            idempotent=True,
        )
        items = data.get("processingActivities") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise OngeldigAntwoord(
                self._api.bron, tr("het antwoord is geen lijst van dataverwerkingen")
            )
        regels = [inzageregel(item, self._api.bron) for item in items]
        return sorted(regels, key=lambda r: r.tijdstip, reverse=True)
