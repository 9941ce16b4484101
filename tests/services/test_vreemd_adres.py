"""Issue 9.1: a credential, a BSN or a phone number never leaves for a host a server names.

The configured server is a hostile one of the tests' own on 127.0.0.1; the host it points to
(``next``, ``inhoud``, a zaaktype) is a second one on 127.0.0.2 that records whatever reaches
it. Every part must fail with the source named, and not one request may reach the second host.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.betalingen import BetalingenClient
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient
from klantbeeld.services.apis.zgw import InformatieObject, Zaak, ZakenClient
from klantbeeld.services.klantbeeld.composer import Onderdeel
from klantbeeld.services.verbinding.clients import Verbindingen, maak_verbindingen
from klantbeeld.services.verbinding.errors import VreemdAdres
from klantbeeld.services.verbinding.http import NO_RETRY, ApiClient
from klantbeeld.services.werkplek.settings import (
    API_PADEN,
    BRON_NAMEN,
    ApiInstelling,
    ApiNaam,
    AuthSoort,
    Bron,
)
from tests.conftest import run
from tests.services.vijandig import Antwoord, Verzoek, VijandigeServer, klantbeeld_met, pagina

BSN = "999993653"
TELEFOON = "0612345678"
GEHEIM = "een-geheim-van-minstens-32-tekens-lang!!"

#: How each API authenticates: the credential that must never reach the second host.
AUTH = {
    ApiNaam.ZAKEN: AuthSoort.ZGW_JWT,
    ApiNaam.CATALOGI: AuthSoort.ZGW_JWT,
    ApiNaam.DOCUMENTEN: AuthSoort.ZGW_JWT,
    ApiNaam.KLANTINTERACTIES: AuthSoort.TOKEN,
    ApiNaam.BETALINGEN: AuthSoort.TOKEN,
}
PADEN = {
    api: pad
    for bron in (Bron.OPENZAAK, Bron.KLANTINTERACTIES, Bron.BETALINGEN)
    for api, pad in API_PADEN[bron].items()
}


@pytest.fixture
def elders() -> Iterator[VijandigeServer]:
    """The second host: answers an empty page to anything, and records who came."""
    with VijandigeServer(lambda _: pagina([], count=0, next_url=None), host="127.0.0.2") as s:
        yield s


def verbindingen(root: str) -> Verbindingen:
    return maak_verbindingen(
        {
            api: (ApiInstelling(base_url=root + pad, auth=AUTH[api], client_id="kcc"), GEHEIM)
            for api, pad in PADEN.items()
        },
        retry=NO_RETRY,
    )


def api(v: Verbindingen, naam: ApiNaam) -> ApiClient:
    client = v.get(naam)
    assert client is not None
    return client


def verwijst_door(elders: VijandigeServer, *, met_count: bool) -> Callable[[Verzoek], Antwoord]:
    """A server whose lists go on at the second host, the query (BSN, phone) echoed there.

    ``met_count``: the first page tells a count of 2 and its page 2 (on this server) links on
    to the second host (the "list grew meanwhile" path); else page 1 links there directly.
    """

    def handler(v: Verzoek) -> Antwoord:
        query = "&".join(f"{k}={w}" for k, ws in v.query.items() if k != "page" for w in ws)
        daar = f"{elders.root}{v.pad}?{query}&page=3"
        if not met_count:
            return pagina([], count=None, next_url=daar)
        if v.query.get("page") == ["2"]:
            return pagina([{}], count=2, next_url=daar)
        hier = f"http://127.0.0.1:{v.headers['host'].rsplit(':', 1)[1]}{v.pad}?{query}&page=2"
        return pagina([{}], count=2, next_url=hier)

    return handler


#: Each part that reads a list, with the source it must name.
DELEN: dict[str, tuple[ApiNaam, Callable[[Verbindingen], Awaitable[Any]]]] = {
    "zaken": (
        ApiNaam.ZAKEN,
        lambda v: ZakenClient(api(v, ApiNaam.ZAKEN)).zaken_van_persoon(BSN),
    ),
    "statussen": (
        ApiNaam.ZAKEN,
        lambda v: ZakenClient(api(v, ApiNaam.ZAKEN)).statussen(
            api(v, ApiNaam.ZAKEN).url("zaken/0b5e5a43")
        ),
    ),
    "catalogus": (ApiNaam.CATALOGI, lambda v: CatalogusCache(api(v, ApiNaam.CATALOGI)).laad()),
    "digitale adressen": (
        ApiNaam.KLANTINTERACTIES,
        lambda v: KlantinteractiesClient(
            api(v, ApiNaam.KLANTINTERACTIES)
        ).partijen_met_digitaal_adres(TELEFOON),
    ),
    "betalingen": (
        ApiNaam.BETALINGEN,
        lambda v: BetalingenClient(api(v, ApiNaam.BETALINGEN)).betalingen_van_bsn(BSN),
    ),
}


@pytest.mark.parametrize("met_count", [False, True], ids=["next", "lijst-groeide"])
@pytest.mark.parametrize("deel", list(DELEN))
def test_a_next_link_to_another_host_is_refused_and_nothing_reaches_it(
    elders: VijandigeServer, deel: str, met_count: bool
) -> None:
    naam, lees = DELEN[deel]
    with VijandigeServer(verwijst_door(elders, met_count=met_count)) as hier:

        async def main() -> VreemdAdres:
            v = verbindingen(hier.root)
            try:
                with pytest.raises(VreemdAdres) as fout:
                    await lees(v)
                return fout.value
            finally:
                await v.aclose()

        fout = run(main)
        assert hier.verzoeken, "the configured server was asked first"
        assert all("authorization" in v.headers for v in hier.verzoeken)
    assert elders.verzoeken == []  # so: no Authorization, no BSN, no phone number there
    assert fout.bron == BRON_NAMEN[naam]
    assert "127.0.0.2" in fout.melding and "daar stuurt Klantbeeld niets heen" in fout.melding
    # The message names the host only: never the path or query the server put in the link.
    assert BSN not in str(fout) and TELEFOON not in str(fout)


def test_a_document_whose_inhoud_is_elsewhere_is_not_downloaded(elders: VijandigeServer) -> None:
    with VijandigeServer(lambda _: Antwoord(200, {"Content-Length": "2"}, [b"%P"])) as hier:

        async def main() -> VreemdAdres:
            v = verbindingen(hier.root)
            docs = api(v, ApiNaam.DOCUMENTEN)
            document = InformatieObject.model_validate(
                {
                    "url": docs.url("enkelvoudiginformatieobjecten/07e70462"),
                    "inhoud": f"{elders.root}/documenten/api/v1/enkelvoudiginformatieobjecten/"
                    "07e70462/download?versie=1",
                }
            )
            zaken = ZakenClient(api(v, ApiNaam.ZAKEN), docs)
            try:
                with pytest.raises(VreemdAdres) as fout:
                    await zaken.download(document)
                # Its own inhoud, under the Documenten root, is fetched as before.
                eigen = document.model_copy(update={"inhoud": document.url + "/download"})
                assert await zaken.download(eigen) == b"%P"
                return fout.value
            finally:
                await v.aclose()

        fout = run(main)
    assert elders.verzoeken == []
    assert fout.bron == "Documentregistratie"
    assert [v.pad for v in hier.verzoeken] == [
        "/documenten/api/v1/enkelvoudiginformatieobjecten/07e70462/download"
    ]


def test_a_zaaktype_on_another_host_is_never_fetched_nor_resolved(
    elders: VijandigeServer,
) -> None:
    def catalogus(v: Verzoek) -> Antwoord:
        eigen = f"http://{v.headers['host']}/catalogi/api/v1/zaaktypen/1"
        vreemd = f"{elders.root}/catalogi/api/v1/zaaktypen/2"
        if v.pad.endswith("/zaaktypen"):
            items = [{"url": eigen, "omschrijving": "Eigen"}, {"url": vreemd, "omschrijving": "X"}]
            return pagina(items, count=2, next_url=None)
        return pagina([], count=0, next_url=None)

    with VijandigeServer(catalogus) as hier:

        async def main() -> tuple[str | None, str | None]:
            v = verbindingen(hier.root)
            try:
                cache = CatalogusCache(api(v, ApiNaam.CATALOGI))
                await cache.laad()
                eigen = cache.zaaktype(f"{hier.root}/catalogi/api/v1/zaaktypen/1")
                vreemd = cache.zaaktype(f"{elders.root}/catalogi/api/v1/zaaktypen/2")
                return (eigen.omschrijving if eigen else None), (vreemd and vreemd.omschrijving)
            finally:
                await v.aclose()

        assert run(main) == ("Eigen", None)
    assert elders.verzoeken == []


@pytest.mark.parametrize(
    ("url", "eigen"),
    [
        ("https://oz.example/zaken/api/v1/zaken/1", True),
        ("https://OZ.example:443/zaken/api/v1/zaken?page=2", True),  # case and default port
        ("https://oz.example/zaken/api/v1", True),
        ("http://oz.example/zaken/api/v1/zaken/1", False),  # another scheme
        ("https://oz.example:8443/zaken/api/v1/zaken/1", False),  # another port
        ("https://oz.example.evil/zaken/api/v1/zaken/1", False),
        ("https://oz.example/zaken/api/v1evil/zaken", False),  # a prefix that only looks alike
        ("https://oz.example/zaken/api/v1/../../catalogi/api/v1/zaaktypen", False),
        ("https://oz.example/catalogi/api/v1/zaaktypen/1", False),  # Catalogi: not for Zaken
        ("https://oz.example@elders.example/zaken/api/v1/zaken", False),
        ("//elders.example/zaken/api/v1/zaken", False),
    ],
)
def test_only_the_apis_own_root_is_its_own(url: str, eigen: bool) -> None:
    zaken = ApiClient(
        bron="Zaaksysteem",
        base_url="https://oz.example/zaken/api/v1/",
        client=httpx.AsyncClient(),
    )
    assert zaken.is_eigen(url) is eigen
    if eigen:
        assert zaken.url(url) == url
    else:
        with pytest.raises(VreemdAdres, match=r"^Zaaksysteem: de server verwees naar"):
            zaken.url(url)


def test_the_catalogi_root_of_the_same_server_is_the_catalogi_clients_own() -> None:
    """Open Zaak: a zaak's zaaktype is on the Catalogi root of the same, configured server."""
    catalogi = ApiClient(
        bron="Zaaktypecatalogus",
        base_url="https://oz.example/catalogi/api/v1",
        client=httpx.AsyncClient(),
    )
    assert catalogi.is_eigen("https://oz.example/catalogi/api/v1/zaaktypen/1")
    assert not catalogi.is_eigen("https://elders.example/catalogi/api/v1/zaaktypen/1")


def test_in_a_klantbeeld_only_the_misled_parts_fail_and_name_their_source(
    sandbox_server: Any, elders: VijandigeServer
) -> None:
    """Zaken and Betalingen on a server that links on to 127.0.0.2; the rest is the real thing."""
    with VijandigeServer(verwijst_door(elders, met_count=False)) as hier:
        beeld = klantbeeld_met(
            sandbox_server,
            VOORBEELD_BSN,
            {
                ApiNaam.ZAKEN: f"{hier.root}/zaken/api/v1",
                ApiNaam.BETALINGEN: f"{hier.root}/betalingen/api/v1",
            },
        )
    assert elders.verzoeken == []
    assert set(beeld.fouten) == {Onderdeel.ZAKEN, Onderdeel.BETALINGEN}
    assert {type(f) for f in beeld.fouten.values()} == {VreemdAdres}
    assert {f.bron for f in beeld.fouten.values() if isinstance(f, VreemdAdres)} == {
        "Zaaksysteem",
        "Betalingen",
    }
    assert beeld.persoon is not None and beeld.klantcontacten


def test_a_zaak_linking_a_document_elsewhere_gets_no_request_there(
    elders: VijandigeServer,
) -> None:
    def zaken(v: Verzoek) -> Antwoord:
        host = v.headers["host"]
        return Antwoord.json(
            [
                {
                    "url": f"http://{host}/zaken/api/v1/zaakinformatieobjecten/1",
                    "informatieobject": f"{elders.root}/documenten/api/v1/"
                    "enkelvoudiginformatieobjecten/1",
                }
            ]
        )

    with VijandigeServer(zaken) as hier:

        async def main() -> VreemdAdres:
            v = verbindingen(hier.root)
            client = ZakenClient(api(v, ApiNaam.ZAKEN), api(v, ApiNaam.DOCUMENTEN))
            zaak = Zaak.model_validate(
                {
                    "url": api(v, ApiNaam.ZAKEN).url("zaken/1"),
                    "zaaktype": api(v, ApiNaam.CATALOGI).url("zaaktypen/1"),
                    "zaakinformatieobjecten": [
                        api(v, ApiNaam.ZAKEN).url("zaakinformatieobjecten/1")
                    ],
                }
            )
            try:
                with pytest.raises(VreemdAdres) as fout:
                    await client.documenten(zaak)
                return fout.value
            finally:
                await v.aclose()

        fout = run(main)
        assert [v.pad for v in hier.verzoeken] == ["/zaken/api/v1/zaakinformatieobjecten"]
    assert elders.verzoeken == []
    assert fout.bron == "Documentregistratie"
