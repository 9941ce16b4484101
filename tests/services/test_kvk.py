"""KvkClient against the oefenomgeving over real HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from klantbeeld.services.apis.kvk import KvkClient
from klantbeeld.services.verbinding.errors import OngeldigeInvoer
from klantbeeld.services.verbinding.http import RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import run
from tests.helpers import verbindingen_voor


def _met_kvk(server: Any, fn: Any, **kw: Any) -> Any:
    async def main() -> Any:
        v = verbindingen_voor(server, **kw)
        try:
            zoeken, profiel = v.get(ApiNaam.KVK_ZOEKEN), v.get(ApiNaam.KVK_BASISPROFIEL)
            assert zoeken is not None and profiel is not None
            return await fn(KvkClient(zoeken, profiel))
        finally:
            await v.aclose()

    return run(main)


def test_zoek_op_kvk_en_naam(sandbox_server: Any) -> None:
    async def main(c: KvkClient) -> tuple[Any, Any]:
        return await c.zoek(kvk_nummer="68750110"), await c.zoek(naam="bakkerij")

    op_nummer, op_naam = _met_kvk(sandbox_server, main)
    assert op_nummer and {r.kvk_nummer for r in op_nummer} == {"68750110"}
    assert "hoofdvestiging" in {r.type for r in op_nummer}
    assert {r.kvk_nummer for r in op_naam} == {"69599084"}
    assert all(r.naam.startswith("Bakkerij Van der Spek") for r in op_naam)
    assert op_naam[0].bezoekadres is not None and op_naam[0].bezoekadres.postcode


def test_basisprofiel_en_vestigingen(sandbox_server: Any) -> None:
    async def main(c: KvkClient) -> tuple[Any, Any, Any]:
        return (
            await c.basisprofiel("68750110"),
            await c.hoofdvestiging("68750110"),
            await c.vestigingen("68750110"),
        )

    profiel, hoofd, vestigingen = _met_kvk(sandbox_server, main)
    assert profiel.naam == "Hofstad Bouw & Onderhoud B.V."
    assert profiel.rechtsvorm == "Besloten Vennootschap" and profiel.rsin and len(profiel.rsin) == 9
    assert hoofd.ind_hoofdvestiging == "Ja" and hoofd.bezoekadres is not None
    assert len(hoofd.vestigingsnummer) == 12
    assert [v.vestigingsnummer for v in vestigingen if v.is_hoofdvestiging] == [
        hoofd.vestigingsnummer
    ]


def test_onbekend_nummer(sandbox_server: Any) -> None:
    async def main(c: KvkClient) -> tuple[Any, Any, Any]:
        return (
            await c.basisprofiel("12345678"),
            await c.zoek(kvk_nummer="12345678"),
            await c.vestigingen("12345678"),
        )

    assert _met_kvk(sandbox_server, main) == (None, [], [])


def test_ongeldig_nummer_geen_verzoek(sandbox_server: Any) -> None:
    log = RequestLog()
    with pytest.raises(OngeldigeInvoer):
        _met_kvk(sandbox_server, lambda c: c.basisprofiel("1234"), log=log)
    assert log.records == []
