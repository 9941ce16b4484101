"""The oefenomgeving's answers and the clients' requests, validated against the official specs."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import httpx
import pytest

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, VOORBEELD_KVK, ZWAAR_BSN
from klantbeeld.services.verbinding.clients import Verbindingen
from klantbeeld.services.verbinding.errors import ApiError
from klantbeeld.services.verbinding.http import ApiClient
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conformance import Exchange, Recorder, check_exchanges
from tests.conftest import run
from tests.helpers import verbindingen_voor

GEHEIM_BSN = "999971104"
PERSONEN = (VOORBEELD_BSN, ZWAAR_BSN, GEHEIM_BSN)

Scenario = Callable[[Verbindingen, Recorder], Awaitable[None]]


def _drive(server: Any, scenario: Scenario) -> list[Exchange]:
    """Run ``scenario`` with clients whose traffic a :class:`Recorder` keeps."""
    recorder = Recorder()

    async def main() -> None:
        verbindingen = verbindingen_voor(server, transport=recorder)
        try:
            await scenario(verbindingen, recorder)
        finally:
            await verbindingen.aclose()
            await recorder.aclose()

    run(main)
    return recorder.exchanges


def _api(v: Verbindingen, api: ApiNaam) -> ApiClient:
    client = v.get(api)
    assert client is not None
    return client


def _module(name: str) -> Any:
    return importlib.import_module(name)


def assert_conformant(exchanges: list[Exchange]) -> None:
    """Every recorded exchange conforms to its spec (with only the documented deviations)."""
    assert exchanges, "no exchanges were recorded"
    violations = check_exchanges(exchanges)
    assert not violations, f"{len(violations)} spec violations:\n" + "\n".join(violations)


# -- raw reads: every endpoint the clients use, through the shared ApiClient ------------------


def test_zgw_reads_conform(sandbox_server: Any) -> None:
    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        zaken_api = _api(v, ApiNaam.ZAKEN)
        cat = _api(v, ApiNaam.CATALOGI)
        doc = _api(v, ApiNaam.DOCUMENTEN)
        expand = (
            "zaaktype,status,status.statustype,resultaat,resultaat.resultaattype,"
            "rollen,zaakinformatieobjecten"
        )
        for bsn in PERSONEN:
            page = await zaken_api.get_json(
                "zaken",
                params={
                    "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": bsn,
                    "expand": expand,
                    "pageSize": 500,
                },
            )
        page = await zaken_api.get_json(
            "zaken",
            params={"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": VOORBEELD_BSN},
        )
        assert page["results"], "VOORBEELD_BSN has zaken"
        zaak = page["results"][0]
        await zaken_api.get_json(zaak["url"], params={"expand": "status,status.statustype"})
        await zaken_api.get_json(
            "zaken", params={"identificatie": zaak["identificatie"], "expand": "zaaktype"}
        )
        for path in ("statussen", "rollen", "zaakinformatieobjecten", "resultaten"):
            await zaken_api.get_json(path, params={"zaak": zaak["url"]})
        await cat.get_json(zaak["zaaktype"])
        for path in ("statustypen", "roltypen", "resultaattypen", "informatieobjecttypen"):
            await cat.get_json(
                path,
                params={"zaaktype": zaak["zaaktype"]} if path != "informatieobjecttypen" else {},
            )
        await cat.get_json("zaaktypen")
        zios = await zaken_api.get_json("zaakinformatieobjecten", params={"zaak": zaak["url"]})
        for zio in (zios if isinstance(zios, list) else zios.get("results", []))[:2]:
            info = await doc.get_json(zio["informatieobject"])
            await doc.get_bytes(info["url"] + "/download")
        await doc.get_json("enkelvoudiginformatieobjecten", params={"pageSize": 5})

    assert_conformant(_drive(sandbox_server, scenario))


def test_klantinteracties_reads_conform(sandbox_server: Any) -> None:
    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        ki = _api(v, ApiNaam.KLANTINTERACTIES)
        for bsn in PERSONEN:
            partijen = await ki.get_json(
                "partijen",
                params={
                    "partijIdentificator__codeSoortObjectId": "bsn",
                    "partijIdentificator__objectId": bsn,
                    "expand": "betrokkenen,digitaleAdressen",
                },
            )
            for partij in partijen["results"][:1]:
                await ki.get_json(partij["url"], params={"expand": "betrokkenen,digitaleAdressen"})
                await ki.get_json(
                    "klantcontacten",
                    params={
                        "hadBetrokkene__wasPartij__uuid": partij["uuid"],
                        "expand": "gingOverOnderwerpobjecten,leiddeTotInterneTaken,hadBetrokkenen",
                        "pageSize": 250,
                    },
                )
                await ki.get_json(
                    "digitaleadressen", params={"verstrektDoorPartij__uuid": partij["uuid"]}
                )
                await ki.get_json("betrokkenen", params={"wasPartij__uuid": partij["uuid"]})
        contacten = await ki.get_json(
            "klantcontacten",
            params={"hadBetrokkene__wasPartij__partijIdentificator__objectId": VOORBEELD_BSN},
        )
        for kc in contacten["results"][:1]:
            await ki.get_json(
                kc["url"],
                params={
                    "expand": "hadBetrokkenen,hadBetrokkenen.wasPartij,gingOverOnderwerpobjecten"
                },
            )
            await ki.get_json("onderwerpobjecten", params={"klantcontact__uuid": kc["uuid"]})
        await ki.get_json("internetaken", params={"status": "te_verwerken"})
        await ki.get_json("actoren")
        await ki.get_json(
            "partij-identificatoren", params={"partijIdentificatorObjectId": VOORBEELD_BSN}
        )

    assert_conformant(_drive(sandbox_server, scenario))


def test_brp_and_kvk_raw_reads_conform(sandbox_server: Any) -> None:
    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        brp = _api(v, ApiNaam.BRP)
        fields = ["burgerservicenummer", "naam", "geboorte", "verblijfplaats", "overlijden"]
        await brp.post_json(
            "personen",
            {
                "type": "RaadpleegMetBurgerservicenummer",
                "burgerservicenummer": list(PERSONEN),
                "fields": fields,
            },
        )
        zoeken = _api(v, ApiNaam.KVK_ZOEKEN)
        profiel = _api(v, ApiNaam.KVK_BASISPROFIEL)
        await zoeken.get_json("zoeken", params={"kvkNummer": VOORBEELD_KVK})
        for suffix in ("", "/hoofdvestiging", "/vestigingen", "/eigenaar"):
            await profiel.get_json(f"basisprofielen/{VOORBEELD_KVK}{suffix}")

    assert_conformant(_drive(sandbox_server, scenario))


# -- the real clients -------------------------------------------------------------------------


def test_brp_client_conforms(sandbox_server: Any) -> None:
    brp_mod = _module("klantbeeld.services.apis.brp")

    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        client = brp_mod.BrpClient(_api(v, ApiNaam.BRP))
        gevonden = []
        for bsn in PERSONEN:
            gevonden.append(await client.raadpleeg(bsn))
        persoon = gevonden[0]
        assert persoon is not None
        naam = persoon.naam.geslachtsnaam if persoon.naam else None
        geboren = persoon.geboortedatum
        if naam and isinstance(geboren, date):
            assert await client.zoek_op_naam_en_geboortedatum(naam, geboren)
        # the klantbeeld no longer asks for the verblijfadres: VOORBEELD_BSN's own address
        assert await client.zoek_op_postcode_en_huisnummer("3077AW", 31)

    assert_conformant(_drive(sandbox_server, scenario))


def test_kvk_client_conforms(sandbox_server: Any) -> None:
    kvk_mod = _module("klantbeeld.services.apis.kvk")

    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        client = kvk_mod.KvkClient(_api(v, ApiNaam.KVK_ZOEKEN), _api(v, ApiNaam.KVK_BASISPROFIEL))
        assert await client.zoek(kvk_nummer=VOORBEELD_KVK)
        assert await client.basisprofiel(VOORBEELD_KVK) is not None
        assert await client.hoofdvestiging(VOORBEELD_KVK) is not None
        assert await client.vestigingen(VOORBEELD_KVK)
        profiel = await client.basisprofiel(VOORBEELD_KVK)
        if profiel.naam:
            await client.zoek(naam=profiel.naam)

    assert_conformant(_drive(sandbox_server, scenario))


# -- error cases over raw HTTP: the oefenomgeving's error bodies conform too -------------------


def test_error_responses_conform(sandbox_server: Any) -> None:
    root = sandbox_server.root

    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        zaken_api = _api(v, ApiNaam.ZAKEN)
        ki = _api(v, ApiNaam.KLANTINTERACTIES)
        async with httpx.AsyncClient(transport=rec) as raw:
            with rec.invalid_requests():
                # 401/403: no or wrong credentials
                await raw.get(f"{root}/zaken/api/v1/zaken", headers={"Accept-Crs": "EPSG:4326"})
                await raw.get(
                    f"{root}/zaken/api/v1/zaken",
                    headers={"Accept-Crs": "EPSG:4326", "Authorization": "Bearer niet.geldig.jwt"},
                )
                await raw.get(f"{root}/klantinteracties/api/v1/partijen")
                await raw.get(
                    f"{root}/klantinteracties/api/v1/partijen",
                    headers={"Authorization": "Token fout"},
                )
                # 400: an invalid body
                with contextlib.suppress(ApiError):
                    await ki.post_json("klantcontacten", {"kanaal": 12})
            # 412: no Accept-Crs (a valid request by the spec, which marks the header optional)
            auth = zaken_api._auth()
            await raw.get(f"{root}/zaken/api/v1/zaken", headers=dict(auth))
            # 404: unknown resources
            for call in (
                zaken_api.get_json("zaken/00000000-0000-4000-8000-000000000000"),
                ki.get_json("partijen/00000000-0000-4000-8000-000000000000"),
                _api(v, ApiNaam.KVK_BASISPROFIEL).get_json("basisprofielen/00000019"),
            ):
                with contextlib.suppress(ApiError):
                    await call

    exchanges = _drive(sandbox_server, scenario)
    statuses = sorted({ex.status for ex in exchanges})
    assert {400, 401, 403, 404, 412} <= set(statuses), statuses
    assert_conformant(exchanges)


@pytest.mark.needs_shared
def test_the_harness_catches_a_sandbox_answer_that_breaks_the_spec(sandbox_server: Any) -> None:
    """A real sandbox exchange, altered, is reported: the sandbox tests above can fail."""

    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        await _api(v, ApiNaam.ZAKEN).get_json(
            "zaken",
            params={"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": VOORBEELD_BSN},
        )

    exchanges = _drive(sandbox_server, scenario)
    assert check_exchanges(exchanges) == []
    broken = exchanges[0]
    broken.response_body = broken.response_body.replace(b'"count":', b'"count":"x","c":', 1)
    assert check_exchanges([broken])


def test_zaken_client_and_catalogus_conform(sandbox_server: Any, tmp_path: Any) -> None:
    zgw = _module("klantbeeld.services.apis.zgw")
    catalogus = _module("klantbeeld.services.apis.catalogus")

    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        client = zgw.ZakenClient(_api(v, ApiNaam.ZAKEN), _api(v, ApiNaam.DOCUMENTEN))
        cache = catalogus.CatalogusCache(_api(v, ApiNaam.CATALOGI), path=tmp_path / "cat.json")
        await cache.laad()
        zaken = []
        for bsn in PERSONEN:
            zaken.extend(await client.zaken_van_persoon(bsn))
        assert zaken
        await client.zaken_van_bedrijf(kvk_nummer=VOORBEELD_KVK)
        zaak = zaken[0]
        assert await client.zaak_op_identificatie(zaak.identificatie) is not None
        await client.statussen(zaak.url)
        documenten = []
        for z in zaken[:5]:
            documenten.extend(await client.documenten(z))
        for document in documenten[:2]:
            await client.download(document)

    assert_conformant(_drive(sandbox_server, scenario))


def test_klantinteracties_client_reads_and_writes_conform(fresh_sandbox: Any) -> None:
    ki_mod = _module("klantbeeld.services.apis.klantinteracties")
    nieuw_bsn = "999990019"

    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        client = ki_mod.KlantinteractiesClient(_api(v, ApiNaam.KLANTINTERACTIES))
        partij = await client.partij_voor_bsn(VOORBEELD_BSN)
        assert partij is not None
        await client.partij_voor_kvk(VOORBEELD_KVK)
        assert await client.klantcontacten_van_bsn(VOORBEELD_BSN)
        await client.klantcontacten_van_kvk(VOORBEELD_KVK)
        await client.internetaken(status="te_verwerken")
        await client.actoren()
        nieuw = await client.partij_voor_bsn(nieuw_bsn)
        if nieuw is None:
            nieuw = await client.maak_partij_persoon(
                nieuw_bsn, voornaam="Test", achternaam="Persoon"
            )
        await client.maak_klantcontact(
            kanaal="telefoon",
            onderwerp="Vraag over afval",
            inhoud="Beller vroeg naar de ophaaldag.",
            partij_uuid=nieuw.uuid,
        )

    exchanges = _drive(fresh_sandbox, scenario)
    assert any(ex.method == "POST" for ex in exchanges)
    assert_conformant(exchanges)


def test_betalingen_client_conforms(sandbox_server: Any) -> None:
    mod = _module("klantbeeld.services.apis.betalingen")

    async def scenario(v: Verbindingen, rec: Recorder) -> None:
        client = mod.BetalingenClient(_api(v, ApiNaam.BETALINGEN))
        for bsn in PERSONEN:
            await client.betalingen_van_bsn(bsn)
        await client.betalingen_van_kvk(VOORBEELD_KVK)

    assert_conformant(_drive(sandbox_server, scenario))
