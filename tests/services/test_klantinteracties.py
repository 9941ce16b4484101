"""Tests of the Klantinteracties client against the oefenomgeving over real HTTP."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel

from klantbeeld.sandbox.seed.klantinteracties import (
    KANALEN,
    VOORBEELD_TELEFOON,
    ZONDER_PARTIJ,
)
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, VOORBEELD_KVK, ZWAAR_BSN
from klantbeeld.services.apis.klantinteracties import (
    Actor,
    Betrokkene,
    Internetaak,
    Klantcontact,
    KlantinteractiesClient,
    Onderwerpobject,
    Partij,
)
from klantbeeld.services.verbinding.errors import NietGeautoriseerd, OngeldigVerzoek
from klantbeeld.services.verbinding.http import RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import RECORDED, run
from tests.helpers import verbindingen_voor

OK = RECORDED / "open-klant-2.18.0"


def _client(server: Any, log: RequestLog | None = None) -> tuple[Any, KlantinteractiesClient]:
    verbindingen = verbindingen_voor(server, log=log)
    api = verbindingen.get(ApiNaam.KLANTINTERACTIES)
    assert api is not None
    return verbindingen, KlantinteractiesClient(api)


def test_partij_voor_bsn_met_digitale_adressen(sandbox_server: Any) -> None:
    async def go() -> Partij | None:
        verbindingen, client = _client(sandbox_server)
        try:
            return await client.partij_voor_bsn(VOORBEELD_BSN)
        finally:
            await verbindingen.aclose()

    partij = run(go)
    assert partij is not None
    assert partij.bsn == VOORBEELD_BSN
    assert partij.soort_partij == "persoon"
    soorten = {a.soort_digitaal_adres: a.adres for a in partij.digitale_adressen}
    assert soorten["telefoonnummer"] == VOORBEELD_TELEFOON
    assert "email" in soorten


def test_geen_partij_voor_bsn_zonder_partij(sandbox_server: Any) -> None:
    async def go() -> Partij | None:
        verbindingen, client = _client(sandbox_server)
        try:
            return await client.partij_voor_bsn(ZONDER_PARTIJ[0])
        finally:
            await verbindingen.aclose()

    assert run(go) is None


def test_partij_voor_kvk(sandbox_server: Any) -> None:
    async def go() -> tuple[Partij | None, list[Klantcontact]]:
        verbindingen, client = _client(sandbox_server)
        try:
            return (
                await client.partij_voor_kvk(VOORBEELD_KVK),
                await client.klantcontacten_van_kvk(VOORBEELD_KVK),
            )
        finally:
            await verbindingen.aclose()

    partij, contacten = run(go)
    assert partij is not None and partij.kvk_nummer == VOORBEELD_KVK
    assert partij.soort_partij == "organisatie"
    assert len(contacten) >= 6


def test_zwaar_bsn_in_een_verzoek(sandbox_server: Any) -> None:
    log = RequestLog()

    async def go() -> list[Klantcontact]:
        verbindingen, client = _client(sandbox_server, log)
        try:
            return await client.klantcontacten_van_bsn(ZWAAR_BSN)
        finally:
            await verbindingen.aclose()

    contacten = run(go)
    assert len(contacten) >= 200
    assert len(log.records) == 1
    assert sum(1 for c in contacten if c.zaak_uuids) >= 100
    tijden = [c.plaatsgevonden_op for c in contacten]
    assert all(t is not None for t in tijden)
    assert tijden == sorted(tijden, reverse=True)  # type: ignore[type-var]


def test_voorbeeld_bsn_alle_kanalen_en_open_vraag(sandbox_server: Any) -> None:
    async def go() -> list[Klantcontact]:
        verbindingen, client = _client(sandbox_server)
        try:
            return await client.klantcontacten_van_bsn(VOORBEELD_BSN)
        finally:
            await verbindingen.aclose()

    contacten = run(go)
    assert {c.kanaal for c in contacten} >= set(KANALEN)
    taken = [t for c in contacten for t in c.internetaken]
    assert any(t.status == "te_verwerken" for t in taken)
    assert any(t.gevraagde_handeling == "Contact opnemen met betrokkene" for t in taken)


def test_contacten_over_zaak_en_per_telefoonnummer(sandbox_server: Any) -> None:
    async def go() -> tuple[list[Klantcontact], list[Klantcontact], list[Klantcontact]]:
        verbindingen, client = _client(sandbox_server)
        try:
            zwaar = await client.klantcontacten_van_bsn(ZWAAR_BSN)
            zaak = next(u for c in zwaar for u in c.zaak_uuids)
            over = await client.klantcontacten_over_zaak(zaak)
            tel = await client.klantcontacten_met_digitaal_adres(VOORBEELD_TELEFOON)
            return zwaar, over, tel
        finally:
            await verbindingen.aclose()

    zwaar, over, tel = run(go)
    zaak = next(u for c in zwaar for u in c.zaak_uuids)
    assert over and all(zaak in c.zaak_uuids for c in over)
    assert tel and all(c.kanaal in ("Telefoon",) for c in tel)


def test_internetaken_filters(sandbox_server: Any) -> None:
    async def go() -> tuple[list[Internetaak], list[Internetaak], list[Actor]]:
        verbindingen, client = _client(sandbox_server)
        try:
            open_ = await client.internetaken(status="te_verwerken")
            medewerkers = await client.actoren(soort="medewerker")
            per_actor = await client.internetaken(actor_uuid=medewerkers[0].uuid)
            return open_, per_actor, medewerkers
        finally:
            await verbindingen.aclose()

    open_, per_actor, medewerkers = run(go)
    assert open_ and all(t.status == "te_verwerken" and t.afgehandeld_op is None for t in open_)
    assert len(medewerkers) >= 15
    assert all(
        any(a.uuid == medewerkers[0].uuid for a in t.toegewezen_aan_actoren or [])
        for t in per_actor
    )


def test_niet_geautoriseerd(sandbox_server: Any) -> None:
    import httpx

    url = sandbox_server.root + "/klantinteracties/api/v1/partijen"
    raw = httpx.get(url)
    assert raw.status_code == 401
    assert raw.json()["code"] == "not_authenticated"

    async def go() -> None:
        verbindingen, client = _client(sandbox_server)
        client.api._auth = lambda: {"Authorization": "Token fout"}
        try:
            await client.partij_voor_bsn(VOORBEELD_BSN)
        finally:
            await verbindingen.aclose()

    with pytest.raises(NietGeautoriseerd) as info:
        run(go)
    assert info.value.bron == "Klantinteracties"
    assert info.value.status_code == 401


def test_schrijven_en_na_herstart_bewaard(fresh_sandbox: Any) -> None:
    bsn = ZONDER_PARTIJ[1]

    async def go() -> tuple[Partij, Klantcontact, list[Klantcontact], Internetaak, Internetaak]:
        verbindingen, client = _client(fresh_sandbox)
        try:
            partij = await client.maak_partij_persoon(bsn, voornaam="Test", achternaam="Persoon")
            with pytest.raises(OngeldigVerzoek) as dubbel:
                await client.maak_partij_persoon(bsn)
            assert dubbel.value.status_code == 400
            assert "moet uniek zijn" in dubbel.value.body["invalidParams"][0]["reason"]
            zaak = "45c8af1f-6630-4b40-ab5a-eb51f445b63f"
            zaak2 = "11111111-2222-4333-8444-555555555555"
            kc = await client.maak_klantcontact(
                kanaal="Telefoon",
                onderwerp="Vraag <b>over</b> afval",
                inhoud="Container niet geleegd.",
                partij_uuid=partij.uuid,
                zaak_uuids=[zaak, zaak2],
            )
            lijst = await client.klantcontacten_van_bsn(bsn)
            actor = (await client.actoren(soort="medewerker"))[0]
            taak = await client.maak_internetaak(
                klantcontact_uuid=kc.uuid,
                actor_uuids=[actor.uuid],
                gevraagde_handeling="Terugbellen",
                toelichting="Voor 17:00",
            )
            klaar = await client.zet_internetaak_status(taak.uuid, "verwerkt")
            adres = await client.maak_digitaal_adres(
                partij_uuid=partij.uuid, soort="telefoonnummer", adres="0687654321"
            )
            assert adres.verstrekt_door_partij is not None
            return partij, kc, lijst, taak, klaar
        finally:
            await verbindingen.aclose()

    partij, kc, lijst, taak, klaar = run(go)
    assert kc.onderwerp == "Vraag <b>over</b> afval"
    assert sorted(kc.zaak_uuids) == sorted(
        ["45c8af1f-6630-4b40-ab5a-eb51f445b63f", "11111111-2222-4333-8444-555555555555"]
    )
    assert [c.uuid for c in lijst] == [kc.uuid]
    assert taak.status == "te_verwerken" and taak.afgehandeld_op is None
    assert klaar.status == "verwerkt" and klaar.afgehandeld_op is not None

    # Restart on the same database file: every write is still there.
    from klantbeeld.sandbox.app import Sandbox
    from klantbeeld.sandbox.server import SandboxServer
    from tests.conftest import TEST_VANDAAG

    db = fresh_sandbox.sandbox.store._db
    assert db is not None
    path = db.execute("PRAGMA database_list").fetchone()[2]
    fresh_sandbox.stop()
    again = SandboxServer(Sandbox(db_path=__import__("pathlib").Path(path), vandaag=TEST_VANDAAG))
    again.start()
    try:

        async def go2() -> tuple[Partij | None, list[Klantcontact], list[Internetaak]]:
            verbindingen, client = _client(again)
            try:
                return (
                    await client.partij_voor_bsn(bsn),
                    await client.klantcontacten_van_bsn(bsn),
                    await client.internetaken(klantcontact_uuid=kc.uuid),
                )
            finally:
                await verbindingen.aclose()

        partij2, lijst2, taken2 = run(go2)
    finally:
        again.stop()
    assert partij2 is not None and partij2.uuid == partij.uuid
    assert len(partij2.digitale_adressen) == 1
    assert [c.uuid for c in lijst2] == [kc.uuid]
    assert [(t.uuid, t.status) for t in taken2] == [(taak.uuid, "verwerkt")]


def _objects(data: Any, model: type[BaseModel]) -> list[dict[str, Any]]:
    if isinstance(data, dict) and "results" in data:
        return list(data["results"])
    return [data]


RECORDED_MODELS: list[tuple[str, type[BaseModel]]] = [
    ("01-create-partij", Partij),
    ("02-get-partij-expanded", Partij),
    ("03-search-partij-by-bsn", Partij),
    ("04-create-klantcontact", Klantcontact),
    ("05-create-betrokkene", Betrokkene),
    ("06-create-onderwerpobject", Onderwerpobject),
    ("07-create-actor", Actor),
    ("08-create-internetaak", Internetaak),
    ("09-list-klantcontacten-for-partij", Klantcontact),
    ("10-list-klantcontacten-by-bsn", Klantcontact),
    ("11-get-klantcontact-expanded", Klantcontact),
    ("12-list-internetaken-for-actor", Internetaak),
]


@pytest.mark.needs_shared
@pytest.mark.parametrize(("name", "model"), RECORDED_MODELS)
def test_opgenomen_antwoorden_zonder_verlies(name: str, model: type[BaseModel]) -> None:
    data = json.loads((OK / f"{name}.response.json").read_text(encoding="utf-8"))
    for obj in _objects(data, model):
        parsed = model.model_validate(obj)
        assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == obj


@pytest.mark.needs_shared
def test_a_zaak_is_recognised_by_its_uuid_and_by_its_url() -> None:
    """Recordings OK 48 (objectId = the zaak's uuid) and OK 50 (objectId = its URL)."""
    zaak = "6ebdc89d-6a70-41e1-b025-9778d3cf9559"
    for name in ("48-create-onderwerpobject-zaak-uuid", "50-create-onderwerpobject-zaak-url"):
        data = json.loads((OK / f"{name}.response.json").read_text("utf-8"))
        assert Onderwerpobject.model_validate(data).zaak_uuid == zaak
    url = f"http://127.0.0.1:8002/zaken/api/v1/zaken/{zaak}/"
    for soort in ("", "zgw-Zaak", "anders"):  # a Zaken API URL is a zaak whatever the type says
        ident = {"objectId": url, "codeObjecttype": soort}
        ow = Onderwerpobject.model_validate({"onderwerpobjectidentificator": ident})
        assert ow.zaak_uuid == zaak
    ander = {"objectId": "http://producten.test/api/producten/12", "codeObjecttype": "product"}
    assert Onderwerpobject.model_validate({"onderwerpobjectidentificator": ander}).zaak_uuid is None


@pytest.mark.needs_shared
def test_opgenomen_klantcontact_helpers() -> None:
    data = json.loads((OK / "11-get-klantcontact-expanded.response.json").read_text("utf-8"))
    kc = Klantcontact.model_validate(data)
    assert kc.zaak_uuids == ["45c8af1f-6630-4b40-ab5a-eb51f445b63f"]
    assert [t.status for t in kc.internetaken] == ["te_verwerken"]
    partij = Partij.model_validate(
        json.loads((OK / "01-create-partij.response.json").read_text("utf-8"))
    )
    assert partij.bsn == "999993653" and partij.kvk_nummer is None
    assert partij.naam == "Jan de Vries" and partij.digitale_adressen == []
