"""BetalingenClient against the oefenomgeving over real HTTP."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, VOORBEELD_KVK, ZWAAR_BSN
from klantbeeld.services.apis.betalingen import Betaling, BetalingenClient
from klantbeeld.services.verbinding.errors import OngeldigeInvoer
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import TEST_VANDAAG, run
from tests.helpers import verbindingen_voor


def _met(server: Any, fn: Any) -> Any:
    async def main() -> Any:
        v = verbindingen_voor(server)
        try:
            api = v.get(ApiNaam.BETALINGEN)
            assert api is not None
            return await fn(BetalingenClient(api))
        finally:
            await v.aclose()

    return run(main)


def test_voorbeeld_heeft_alle_statussen(sandbox_server: Any) -> None:
    items: list[Betaling] = _met(sandbox_server, lambda c: c.betalingen_van_bsn(VOORBEELD_BSN))
    assert {b.status for b in items} == {"open", "betaald", "te_laat"}
    assert all(b.bsn == VOORBEELD_BSN for b in items)
    for b in items:
        assert b.bedrag is not None and b.bedrag > Decimal(0) and b.valuta == "EUR"
        assert (b.betaaldatum is not None) == (b.status == "betaald")
        assert b.url.startswith(sandbox_server.root)
        if b.status == "te_laat":
            assert b.vervaldatum is not None and b.vervaldatum < TEST_VANDAAG


def test_zwaar_en_bedrijf(sandbox_server: Any) -> None:
    async def main(c: BetalingenClient) -> tuple[Any, Any]:
        return await c.betalingen_van_bsn(ZWAAR_BSN), await c.betalingen_van_kvk(VOORBEELD_KVK)

    zwaar, bedrijf = _met(sandbox_server, main)
    assert len(zwaar) >= 20
    assert all(b.kvk_nummer == VOORBEELD_KVK for b in bedrijf)


def test_ongeldig_bsn() -> None:
    with pytest.raises(OngeldigeInvoer):
        run(lambda: BetalingenClient(None).betalingen_van_bsn("123"))  # type: ignore[arg-type]


def test_onbekende_status_wordt_verdragen() -> None:
    b = Betaling.model_validate(
        {"status": "kwijtgescholden", "bedrag": "1.00", "betaaldatum": "", "zaak": None}
    )
    assert b.status == "kwijtgescholden" and not b.is_open and b.betaaldatum is None
