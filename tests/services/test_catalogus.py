"""CatalogusCache over real HTTP: cold fetch, warm from file without a request, look-ups."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from klantbeeld.sandbox.seed import plan
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.apis.zgw import ZakenClient
from klantbeeld.services.verbinding.http import RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import run
from tests.helpers import verbindingen_voor


def test_koud_dan_warm_uit_bestand(sandbox_server: Any, tmp_path: Path) -> None:
    pad = tmp_path / "catalogus.json"

    async def main() -> tuple[int, int, dict[str, Any]]:
        log = RequestLog()
        verbindingen = verbindingen_voor(sandbox_server, log=log)
        catalogi = verbindingen.get(ApiNaam.CATALOGI)
        zaken_api = verbindingen.get(ApiNaam.ZAKEN)
        assert catalogi is not None and zaken_api is not None
        try:
            koud = CatalogusCache(catalogi, path=pad)
            assert not koud.is_warm
            await koud.laad()
            assert koud.is_warm
            koud_requests = len(log.records)
            log.clear()
            warm = CatalogusCache(catalogi, path=pad)
            await warm.laad()
            assert warm.is_warm
            warm_requests = len(log.records)
            zaken = await ZakenClient(zaken_api).zaken_van_persoon(plan.VOORBEELD_BSN)
            feiten: dict[str, Any] = {}
            for zaak in zaken:
                zaaktype = warm.zaaktype(zaak.zaaktype)
                assert zaaktype is not None and zaaktype.omschrijving
                typen = warm.statustypen(zaak.zaaktype)
                assert 3 <= len(typen) <= 6
                assert [t.volgnummer for t in typen] == sorted(t.volgnummer for t in typen)
                assert typen[-1].is_eindstatus and not any(t.is_eindstatus for t in typen[:-1])
                status = zaak.expand_status
                assert status is not None
                statustype = warm.statustype(status.statustype)
                assert statustype is not None and statustype.statustekst
                resultaat = zaak.expand_resultaat
                if resultaat is not None:
                    rt = warm.resultaattype(resultaat.resultaattype)
                    assert rt is not None and rt.omschrijving
                    feiten["resultaat"] = rt.omschrijving
                for link in zaak.expand_zaakinformatieobjecten:
                    feiten["zio"] = link.informatieobject
            return koud_requests, warm_requests, feiten
        finally:
            await verbindingen.aclose()

    koud_requests, warm_requests, feiten = run(main)
    assert koud_requests == 4
    assert warm_requests == 0
    assert "resultaat" in feiten
    data = json.loads(pad.read_text(encoding="utf-8"))
    assert len(data["lijsten"]["zaaktypen"]) >= 15
    assert set(data["lijsten"]) == {
        "zaaktypen",
        "statustypen",
        "resultaattypen",
        "informatieobjecttypen",
    }


def test_verlopen_of_ander_server_bestand_wordt_opnieuw_gehaald(
    sandbox_server: Any, tmp_path: Path
) -> None:
    pad = tmp_path / "catalogus.json"
    pad.write_text(
        json.dumps(
            {
                "version": 1,
                "base_url": "http://elders.invalid/catalogi/api/v1",
                "lijsten": {
                    "zaaktypen": [],
                    "statustypen": [],
                    "resultaattypen": [],
                    "informatieobjecttypen": [],
                },
            }
        ),
        encoding="utf-8",
    )

    async def main() -> tuple[int, int]:
        log = RequestLog()
        verbindingen = verbindingen_voor(sandbox_server, log=log)
        catalogi = verbindingen.get(ApiNaam.CATALOGI)
        assert catalogi is not None
        try:
            cache = CatalogusCache(catalogi, path=pad)
            await cache.laad()
            eerst = len(log.records)
            log.clear()
            oud = CatalogusCache(catalogi, path=pad, max_age_s=-1)
            await oud.laad()
            return eerst, len(log.records)
        finally:
            await verbindingen.aclose()

    eerst, daarna = run(main)
    assert eerst == 4
    assert daarna == 4
    assert len(json.loads(pad.read_text(encoding="utf-8"))["lijsten"]["zaaktypen"]) >= 15


def test_onbekende_url_geeft_none(sandbox_server: Any) -> None:
    async def main() -> CatalogusCache:
        verbindingen = verbindingen_voor(sandbox_server)
        catalogi = verbindingen.get(ApiNaam.CATALOGI)
        assert catalogi is not None
        try:
            cache = CatalogusCache(catalogi)
            await cache.laad()
            return cache
        finally:
            await verbindingen.aclose()

    cache = run(main)
    onbekend = "http://127.0.0.1:1/catalogi/api/v1/zaaktypen/onbekend"
    assert cache.zaaktype(onbekend) is None
    assert cache.statustypen(onbekend) == []
    assert cache.statustype(onbekend) is None
    assert cache.resultaattype(onbekend) is None
    assert cache.informatieobjecttype(onbekend) is None
