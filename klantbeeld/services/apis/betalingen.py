"""Betalingen client (our own API, resources/openapi/betalingen.yaml): payments per BSN or KVK."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from klantbeeld.services.klantbeeld.invoer import valideer_bsn, valideer_kvk
from klantbeeld.services.verbinding.errors import tr
from klantbeeld.services.verbinding.http import ApiClient, valideer

#: The statuses the screen knows; others (a server may add them) are shown as they come.
BEKENDE_STATUSSEN = ("open", "betaald", "te_laat")


def _leeg(value: Any) -> Any:
    return None if value == "" else value


class Betaling(BaseModel):
    """One payment: what, how much, due when, and whether it was paid."""

    model_config = ConfigDict(populate_by_name=True, extra="allow")

    url: str = ""
    uuid: str = ""
    soort: str = ""
    omschrijving: str = ""
    kenmerk: str = ""
    bedrag: Decimal | None = None
    valuta: str = "EUR"
    vervaldatum: date | None = None
    status: str = ""
    betaaldatum: date | None = None
    zaak: str | None = None
    bsn: str | None = None
    kvk_nummer: str | None = Field(default=None, alias="kvkNummer")
    aangemaakt_op: datetime | None = Field(default=None, alias="aangemaaktOp")

    @field_validator("vervaldatum", "betaaldatum", "zaak", "bsn", "kvk_nummer", "aangemaakt_op",
                     mode="before")  # fmt: skip
    @classmethod
    def _leeg_is_none(cls, value: Any) -> Any:
        return _leeg(value)

    @field_validator("bedrag", mode="before")
    @classmethod
    def _bedrag(cls, value: Any) -> Any:
        if value in (None, ""):
            return None
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return None

    @property
    def is_open(self) -> bool:
        """Not yet paid (open or overdue)."""
        return self.status in ("open", "te_laat")

    @property
    def is_te_laat(self) -> bool:
        """Overdue."""
        return self.status == "te_laat"


class BetalingenClient:
    """Reads payments (``GET /betalingen``)."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def _lijst(self, params: dict[str, str]) -> list[Betaling]:
        items = await self.api.list_all("betalingen", params=params)
        return [valideer(Betaling, item, self.api.bron, tr("betaling")) for item in items]

    async def betalingen_van_bsn(self, bsn: str) -> list[Betaling]:
        """GET /betalingen?bsn=..., every page."""
        return await self._lijst({"bsn": valideer_bsn(bsn)})

    async def betalingen_van_kvk(self, kvk_nummer: str) -> list[Betaling]:
        """GET /betalingen?kvkNummer=..., every page."""
        return await self._lijst({"kvkNummer": valideer_kvk(kvk_nummer)})
