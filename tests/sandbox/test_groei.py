"""The opt-in bench seed: persons with exactly 10/100/1,000 zaken and 100/1,000/10,000 contacts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from klantbeeld.sandbox.app import Sandbox, build_store
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed.groei import GROEI
from klantbeeld.sandbox.server import SandboxServer
from klantbeeld.services.verbinding.auth import header_factory
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import TEST_VANDAAG


@pytest.fixture(scope="module")
def groei_server() -> Iterator[SandboxServer]:
    server = SandboxServer(Sandbox(vandaag=TEST_VANDAAG, groei=True)).start()
    yield server
    server.stop()


def _count(server: SandboxServer, api: ApiNaam, pad: str, params: dict[str, Any]) -> int:
    inst, secret = server.endpoints()[api]
    headers = {
        **header_factory(inst.auth, client_id=inst.client_id, secret=secret)(),
        "Accept-Crs": "EPSG:4326",
    }
    response = httpx.get(
        f"{inst.base_url}/{pad}", params={**params, "pageSize": 1}, headers=headers, timeout=30
    )
    assert response.status_code == 200
    count: int = response.json()["count"]
    return count


@pytest.mark.parametrize(("bsn", "n_zaken", "n_contacten"), GROEI)
def test_bench_persons_have_exactly_their_zaken_and_contacts(
    groei_server: SandboxServer, bsn: str, n_zaken: int, n_contacten: int
) -> None:
    zaken = _count(
        groei_server,
        ApiNaam.ZAKEN,
        "zaken",
        {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": bsn},
    )
    contacten = _count(
        groei_server,
        ApiNaam.KLANTINTERACTIES,
        "klantcontacten",
        {"hadBetrokkene__wasPartij__partijIdentificator__objectId": bsn},
    )
    assert (zaken, contacten) == (n_zaken, n_contacten)


def test_bench_seed_is_opt_in_deterministic_and_consistent() -> None:
    gewoon = build_store(None, TEST_VANDAAG)
    een, twee = (
        build_store(None, TEST_VANDAAG, groei=True),
        build_store(None, TEST_VANDAAG, groei=True),
    )
    extra = een.count("zaken") - gewoon.count("zaken")
    assert extra == sum(n for _, n, _ in GROEI)
    assert [z["uuid"] for z in een.all("zaken")] == [z["uuid"] for z in twee.all("zaken")]
    # Its zaken use the base seed's catalogus; its contacts' numbers are unique.
    zaaktypen = {z["url"] for z in een.all("zaaktypen")}
    assert all(z["zaaktype"] in zaaktypen for z in een.all("zaken"))
    nummers = Counter(kc["nummer"] for kc in een.all(ki.KLANTCONTACTEN))
    assert max(nummers.values()) == 1
    identificaties = Counter(z["identificatie"] for z in een.all("zaken"))
    assert max(identificaties.values()) == 1
