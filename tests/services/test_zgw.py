"""ZakenClient over real HTTP against the oefenomgeving, and the models on recorded Open Zaak."""

from __future__ import annotations

import json
from typing import Any

import pytest

from klantbeeld.sandbox.seed import plan
from klantbeeld.services.apis.zgw import (
    InformatieObject,
    Informatieobjecttype,
    Rol,
    Roltype,
    Status,
    Statustype,
    Zaak,
    ZaakInformatieObject,
    Zaaktype,
    ZakenClient,
)
from klantbeeld.services.verbinding.errors import NietGeautoriseerd, NietGevonden
from klantbeeld.services.verbinding.http import RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import RECORDED, TEST_VANDAAG, run
from tests.helpers import verbindingen_voor

OZ = RECORDED / "open-zaak-1.30.0"


def _client(server: Any, log: RequestLog | None = None) -> tuple[Any, ZakenClient]:
    verbindingen = verbindingen_voor(server, log=log)
    zaken = verbindingen.get(ApiNaam.ZAKEN)
    docs = verbindingen.get(ApiNaam.DOCUMENTEN)
    assert zaken is not None and docs is not None
    return verbindingen, ZakenClient(zaken, docs)


def test_voorbeeld_persoon_heeft_zaken_van_elke_soort(sandbox_server: Any) -> None:
    async def main() -> list[Zaak]:
        verbindingen, client = _client(sandbox_server)
        try:
            return await client.zaken_van_persoon(plan.VOORBEELD_BSN)
        finally:
            await verbindingen.aclose()

    zaken = run(main)
    assert len(zaken) == 8
    open_ = [z for z in zaken if z.einddatum is None]
    gesloten = [z for z in zaken if z.einddatum is not None]
    assert gesloten and all(z.expand_resultaat is not None for z in gesloten)
    assert all(z.expand_resultaat is None for z in open_)
    assert any(z.expand_zaakinformatieobjecten for z in open_)
    assert any(
        z.uiterlijke_einddatum_afdoening is not None
        and z.uiterlijke_einddatum_afdoening < TEST_VANDAAG
        for z in open_
    )
    assert any(z.opschorting is not None and z.opschorting.indicatie for z in zaken)
    assert any(z.verlenging is not None and z.verlenging.duur for z in zaken)
    for zaak in zaken:
        status = zaak.expand_status
        assert status is not None and status.url == zaak.status
        assert zaak.identificatie and zaak.identificatie.startswith("ZAAK-")


def test_zware_persoon_heeft_minstens_40_zaken(sandbox_server: Any) -> None:
    async def main() -> list[Zaak]:
        verbindingen, client = _client(sandbox_server)
        try:
            return await client.zaken_van_persoon(plan.ZWAAR_BSN, expand=())
        finally:
            await verbindingen.aclose()

    zaken = run(main)
    assert len(zaken) >= 40
    assert len({z.url for z in zaken}) == len(zaken)
    assert all(z.raw_expand == {} for z in zaken)


def test_zaken_van_bedrijf_op_kvk_en_vestiging(sandbox_server: Any) -> None:
    async def main() -> tuple[list[Zaak], list[Zaak], list[Zaak]]:
        verbindingen, client = _client(sandbox_server)
        try:
            alle = await client.zaken_van_bedrijf(kvk_nummer=plan.VOORBEELD_KVK, expand=("rollen",))
            vestigingen = [
                r.betrokkene_identificatie["vestigingsNummer"]
                for z in alle
                for r in z.expand_rollen
                if r.betrokkene_type == "vestiging" and r.betrokkene_identificatie
            ]
            assert vestigingen
            per_vestiging = await client.zaken_van_bedrijf(vestigingsnummer=vestigingen[0])
            rsin = next(
                r.betrokkene_identificatie["innNnpId"]
                for z in alle
                for r in z.expand_rollen
                if r.betrokkene_type == "niet_natuurlijk_persoon" and r.betrokkene_identificatie
            )
            per_rsin = await client.zaken_van_bedrijf(rsin=rsin)
            return alle, per_vestiging, per_rsin
        finally:
            await verbindingen.aclose()

    alle, per_vestiging, per_rsin = run(main)
    assert len(alle) == 7
    assert per_vestiging and {z.url for z in per_vestiging} < {z.url for z in alle}
    assert per_rsin and {z.url for z in per_rsin} <= {z.url for z in alle}
    assert len(per_rsin) + len({z.url for z in per_vestiging}) <= len(alle)


def test_zaak_op_identificatie_en_op_url(sandbox_server: Any) -> None:
    async def main() -> tuple[Zaak | None, Zaak, Zaak | None]:
        verbindingen, client = _client(sandbox_server)
        try:
            zaken = await client.zaken_van_persoon(plan.VOORBEELD_BSN, expand=())
            ident = zaken[0].identificatie
            assert ident
            gevonden = await client.zaak_op_identificatie(ident)
            detail = await client.zaak(
                zaken[0].url, expand=("zaaktype", "status", "status.statustype")
            )
            geen = await client.zaak_op_identificatie("ZAAK-1900-0000000000")
            return gevonden, detail, geen
        finally:
            await verbindingen.aclose()

    gevonden, detail, geen = run(main)
    assert gevonden is not None and gevonden.url == detail.url
    assert geen is None
    assert detail.expand_zaaktype is not None and detail.expand_zaaktype.url == detail.zaaktype
    status = detail.expand_status
    assert status is not None and status.expand_statustype is not None
    assert status.expand_statustype.url == status.statustype
    assert status.expand_statustype.statustekst


def test_statussen_oudste_eerst(sandbox_server: Any) -> None:
    async def main() -> list[list[Status]]:
        verbindingen, client = _client(sandbox_server)
        try:
            zaken = await client.zaken_van_persoon(plan.ZWAAR_BSN, expand=())
            return [await client.statussen(z.url) for z in zaken[:10]]
        finally:
            await verbindingen.aclose()

    historie = run(main)
    assert any(len(h) >= 2 for h in historie)
    for statussen in historie:
        tijden = [s.datum_status_gezet for s in statussen]
        assert tijden == sorted(tijden)  # type: ignore[type-var]
        assert [s.indicatie_laatst_gezette_status for s in statussen][-1] is True


def test_documenten_metadata_en_download(sandbox_server: Any) -> None:
    async def main() -> tuple[list[InformatieObject], list[InformatieObject], bytes]:
        verbindingen, client = _client(sandbox_server)
        try:
            zaken = await client.zaken_van_persoon(plan.VOORBEELD_BSN)
            met = next(z for z in zaken if len(z.expand_zaakinformatieobjecten) == 3)
            docs = await client.documenten(met)
            # without the expand the client lists the links itself
            kaal = await client.zaak(met.url, expand=())
            docs2 = await client.documenten(kaal)
            inhoud = await client.download(docs[0])
            return docs, docs2, inhoud
        finally:
            await verbindingen.aclose()

    docs, docs2, inhoud = run(main)
    assert len(docs) == 3
    assert [d.url for d in docs] == [d.url for d in docs2]
    for doc in docs:
        assert doc.formaat == "application/pdf"
        assert doc.bestandsnaam and doc.bestandsnaam.endswith(".pdf")
        assert doc.titel and doc.creatiedatum is not None
        assert doc.vertrouwelijkheidaanduiding and doc.informatieobjecttype
    assert inhoud.startswith(b"%PDF")
    assert len(inhoud) == docs[0].bestandsomvang
    assert (docs[0].titel or "").encode("cp1252") in inhoud


def test_paginering_met_kleine_pagina_geeft_alles(sandbox_server: Any) -> None:
    async def main() -> tuple[list[Any], list[Any], RequestLog]:
        log = RequestLog()
        verbindingen, _ = _client(sandbox_server, log)
        zaken = verbindingen.get(ApiNaam.ZAKEN)
        assert zaken is not None
        try:
            params = {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": plan.ZWAAR_BSN}
            klein = await zaken.list_all("zaken", params=params, page_size=7)
            groot = await zaken.list_all("zaken", params=params)
            return klein, groot, log
        finally:
            await verbindingen.aclose()

    klein, groot, log = run(main)
    assert [z["url"] for z in klein] == [z["url"] for z in groot]
    assert len(log.records) == -(-len(groot) // 7) + 1


def test_verkeerd_geheim_geeft_niet_geautoriseerd(sandbox_server: Any) -> None:
    from klantbeeld.services.verbinding.clients import maak_verbindingen
    from klantbeeld.services.verbinding.http import NO_RETRY

    endpoints = dict(sandbox_server.endpoints())
    inst, _ = endpoints[ApiNaam.ZAKEN]
    endpoints = {ApiNaam.ZAKEN: (inst, "een-verkeerd-geheim-van-voldoende-lengte")}

    async def main() -> None:
        verbindingen = maak_verbindingen(endpoints, retry=NO_RETRY)
        zaken = verbindingen.get(ApiNaam.ZAKEN)
        assert zaken is not None
        try:
            await ZakenClient(zaken).zaken_van_persoon(plan.VOORBEELD_BSN)
        finally:
            await verbindingen.aclose()

    with pytest.raises(NietGeautoriseerd) as info:
        run(main)
    assert info.value.bron == "Zaaksysteem"
    assert info.value.status_code == 403
    assert info.value.body["code"] == "invalid-jwt-signature"


def test_onbekende_zaak_geeft_niet_gevonden(sandbox_server: Any) -> None:
    async def main() -> None:
        verbindingen, client = _client(sandbox_server)
        try:
            await client.zaak("zaken/00000000-0000-4000-8000-000000000000")
        finally:
            await verbindingen.aclose()

    with pytest.raises(NietGevonden) as info:
        run(main)
    assert info.value.bron == "Zaaksysteem"


# -- the models on what the real Open Zaak sent -------------------------------------------------


def _recorded(name: str) -> Any:
    return json.loads((OZ / name).read_text(encoding="utf-8"))


@pytest.mark.needs_shared
@pytest.mark.parametrize(
    ("model", "bestand", "pad"),
    [
        (Zaak, "18-get-zaak.response.json", None),
        (Zaak, "19-list-zaken-by-bsn.response.json", "results"),
        (Status, "20-list-statussen-for-zaak.response.json", "results"),
        (Rol, "21-list-rollen-for-zaak.response.json", "results"),
        (ZaakInformatieObject, "22-list-zaakinformatieobjecten.response.json", ""),
        (InformatieObject, "23-get-document.response.json", None),
        (Zaaktype, "25-get-zaaktype-published.response.json", None),
        (Zaaktype, "04-create-zaaktype.response.json", None),
        (Statustype, "05-create-statustype-1.response.json", None),
        (Status, "14-create-status-1.response.json", None),
        (Informatieobjecttype, "02-create-informatieobjecttype.response.json", None),
        (Roltype, "08-create-roltype.response.json", None),
    ],
)
def test_recorded_round_trip(model: Any, bestand: str, pad: str | None) -> None:
    raw = _recorded(bestand)
    items = raw if pad == "" else raw[pad] if pad else [raw]
    if not isinstance(items, list):
        items = [items]
    assert items
    for item in items:
        parsed = model.model_validate(item)
        assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == item


@pytest.mark.needs_shared
def test_model_verdraagt_null_en_lege_strings() -> None:
    raw = _recorded("18-get-zaak.response.json")
    raw.update(
        {
            "startdatum": "",
            "einddatumGepland": None,
            "opschorting": None,
            "vertrouwelijkheidaanduiding": "een_nieuwe_waarde",
            "laatsteBetaaldatum": "",
        }
    )
    zaak = Zaak.model_validate(raw)
    assert zaak.startdatum is None and zaak.opschorting is None
    assert zaak.vertrouwelijkheidaanduiding == "een_nieuwe_waarde"
    assert zaak.expand_status is None and zaak.expand_zaakinformatieobjecten == []
    assert zaak.model_extra is not None and "processobject" in zaak.model_extra
