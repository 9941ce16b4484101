"""BrpClient against the oefenomgeving over real HTTP."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import httpx
import pytest

from klantbeeld.services.apis.brp import FIELDS_KLANTBEELD, FIELDS_ZOEKRESULTAAT, BrpClient, Persoon
from klantbeeld.services.verbinding.errors import (
    NietGeautoriseerd,
    OngeldigAntwoord,
    OngeldigeInvoer,
)
from klantbeeld.services.verbinding.http import NO_RETRY, ApiClient, RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import run
from tests.helpers import verbindingen_voor

INDICATOREN = {
    "inOnderzoek",
    "geheimhoudingPersoonsgegevens",
    "opschortingBijhouding",
    "rni",
    "verificatie",
}


class Recorder(httpx.AsyncBaseTransport):
    """Passes requests on and keeps each request body and response body."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.exchanges: list[tuple[Any, Any]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        self.exchanges.append((json.loads(request.content or b"null"), json.loads(content)))
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )


def _met_brp(server: Any, fn: Any, **kw: Any) -> Any:
    async def main() -> Any:
        v = verbindingen_voor(server, **kw)
        try:
            api = v.get(ApiNaam.BRP)
            assert api is not None
            return await fn(BrpClient(api))
        finally:
            await v.aclose()

    return run(main)


def test_raadpleeg_voorbeeld(sandbox_server: Any) -> None:
    p = _met_brp(sandbox_server, lambda c: c.raadpleeg("999993653"))
    assert p is not None
    assert p.volledige_naam == "Suzanne Moulin"
    assert p.geboortedatum == date(1985, 12, 1)
    assert p.leeftijd == 41  # TEST_VANDAAG 2026-12-01 is her 41st birthday
    assert p.adresregels == ["Boterdiep 31", "3077 AW  ROTTERDAM"]
    assert not p.is_overleden and not p.geheimhouding_persoonsgegevens
    assert [x.naam.voornamen for x in p.partners if x.naam] == ["Jean Marie"]


def test_indicatoren(sandbox_server: Any) -> None:
    async def alle(c: BrpClient) -> list[Any]:
        return [await c.raadpleeg(b) for b in ("999971104", "999970239", "999990305", "999990585")]

    geheim, overleden, rni, opgeschort = _met_brp(sandbox_server, alle)
    assert geheim.geheimhouding_persoonsgegevens is True
    assert overleden.is_overleden and overleden.overlijden.datum.datum == date(2020, 8, 1)
    assert overleden.leeftijd is None
    assert rni.rni and rni.verblijfplaats.type == "VerblijfplaatsBuitenland"
    assert "Servië" in rni.adresregels
    assert opgeschort.opschorting_bijhouding.reden.code == "E"
    assert not opgeschort.is_overleden


def test_alleen_gevraagde_velden(sandbox_server: Any) -> None:
    rec = Recorder()
    p = _met_brp(
        sandbox_server, lambda c: c.raadpleeg("999971104", fields=["naam.voornamen"]), transport=rec
    )
    ((body, antwoord),) = rec.exchanges
    assert body["fields"] == ["naam.voornamen"]
    assert body["burgerservicenummer"] == ["999971104"]
    (persoon,) = antwoord["personen"]
    assert set(persoon) - INDICATOREN == {"naam"}
    assert set(persoon["naam"]) == {"voornamen"}
    assert persoon["geheimhoudingPersoonsgegevens"] is True
    assert p.naam.voornamen == "Jeroen" and p.geboorte is None


def test_standaard_velden_gestuurd(sandbox_server: Any) -> None:
    rec = Recorder()
    _met_brp(sandbox_server, lambda c: c.raadpleeg("999993653"), transport=rec)
    ((body, antwoord),) = rec.exchanges
    assert body["fields"] == list(FIELDS_KLANTBEELD)
    persoon = antwoord["personen"][0]
    toplevel = {f.split(".")[0] for f in FIELDS_KLANTBEELD}
    assert set(persoon) <= toplevel | INDICATOREN
    # not asked, so not sent: sex, nationality, birthplace, the relatives' BSNs, ...
    for weg in ("geslacht", "nationaliteiten", "ouders", "aNummer", "burgerservicenummer"):
        assert weg not in persoon
    assert set(persoon["geboorte"]) == {"datum"}
    assert set(persoon["partners"][0]) == {"naam"}
    assert set(persoon["partners"][0]["naam"]) <= {"voornamen", "voorvoegsel", "geslachtsnaam"}
    assert set(persoon["verblijfplaats"]) <= {"type", "inOnderzoek"}


def test_zoeken_vraagt_alleen_de_keuzelijst(sandbox_server: Any) -> None:
    rec = Recorder()
    _met_brp(
        sandbox_server,
        lambda c: c.zoek_op_postcode_en_huisnummer("3077AW", 31),
        transport=rec,
    )
    ((body, antwoord),) = rec.exchanges
    assert body["fields"] == list(FIELDS_ZOEKRESULTAAT)
    for persoon in antwoord["personen"]:
        assert set(persoon) <= {"burgerservicenummer", "naam", "geboorte", "adressering"} | (
            INDICATOREN
        )
        assert set(persoon["naam"]) == {"volledigeNaam"}


def test_meer_dan_gevraagd_wordt_niet_bewaard() -> None:
    # a server that ignores ``fields``: what no screen shows is not kept in memory
    p = Persoon.model_validate(
        {
            "burgerservicenummer": "999993653",
            "naam": {"volledigeNaam": "Suzanne Moulin", "voorletters": "S."},
            "geslacht": {"code": "V", "omschrijving": "vrouw"},
            "nationaliteiten": [{"nationaliteit": {"code": "0001"}}],
            "geboorte": {
                "datum": {"type": "Datum", "datum": "1985-12-01"},
                "plaats": {"code": "1"},
            },
            "partners": [{"burgerservicenummer": "999992934", "naam": {"voornamen": "Jean"}}],
            "verblijfplaats": {"type": "Adres", "verblijfadres": {"postcode": "3077AW"}},
            "aNummer": "1234567890",
        }
    )
    gedumpt = json.dumps(p.model_dump(mode="json", by_alias=True))
    for weg in ("vrouw", "0001", "999992934", "3077AW", "1234567890", "S.", "0599"):
        assert weg not in gedumpt, weg
    assert p.volledige_naam == "Suzanne Moulin" and p.geboortedatum == date(1985, 12, 1)
    assert [x.naam.weergave for x in p.partners if x.naam] == ["Jean"]


def test_onbekend_bsn_is_none(sandbox_server: Any) -> None:
    assert _met_brp(sandbox_server, lambda c: c.raadpleeg("111222333")) is None


def test_zoeken(sandbox_server: Any) -> None:
    async def zoek(c: BrpClient) -> tuple[Any, Any, Any]:
        return (
            await c.zoek_op_naam_en_geboortedatum("MOUL*", date(1985, 12, 1)),
            await c.zoek_op_postcode_en_huisnummer("3077 aw", 31),
            await c.zoek_op_naam_en_geboortedatum("Saasveld", date(1998, 12, 1)),
        )

    naam, adres, overleden = _met_brp(sandbox_server, zoek)
    assert [p.burgerservicenummer for p in naam] == ["999993653"]
    assert naam[0].adresregels == ["Boterdiep 31", "3077 AW  ROTTERDAM"]
    assert "999993653" in [p.burgerservicenummer for p in adres]
    assert overleden == []  # deceased persons only with inclusiefOverledenPersonen


def test_ongeldig_bsn_geen_verzoek(sandbox_server: Any) -> None:
    log = RequestLog()
    with pytest.raises(OngeldigeInvoer) as info:
        _met_brp(sandbox_server, lambda c: c.raadpleeg("999993654"), log=log)
    assert "klopt niet" in info.value.melding
    assert log.records == []


def test_zonder_sleutel(sandbox_server: Any) -> None:
    async def main() -> None:
        async with httpx.AsyncClient() as http:
            api = ApiClient(
                bron="BRP (Personen)",
                base_url=sandbox_server.root + "/haalcentraal/api/brp",
                client=http,
                retry=NO_RETRY,
            )
            await BrpClient(api).raadpleeg("999993653")

    with pytest.raises(NietGeautoriseerd) as info:
        run(main)
    assert info.value.bron == "BRP (Personen)"
    assert info.value.status_code == 401


def test_kapotte_json() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=b'{"type": "Raadpleeg', headers={"content-type": "application/json"}
        )

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            api = ApiClient(bron="BRP (Personen)", base_url="http://brp.test/api", client=http)
            await BrpClient(api).raadpleeg("999993653")

    with pytest.raises(OngeldigAntwoord) as info:
        run(main)
    assert info.value.bron == "BRP (Personen)"
