"""The version from one place (pyproject.toml) and in every request's ``User-Agent``.

The ``User-Agent`` is checked where a server sees it: an oefenomgeving over real HTTP on
loopback, behind a recorder of the request headers it receives.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from starlette.types import ASGIApp, Receive, Scope, Send

import klantbeeld
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.klantbeeld.composer import KlantbeeldComposer
from klantbeeld.services.verbinding.oefenstatus import wacht_op_oefenmaand
from klantbeeld.services.verwerkingslog.bezorger import Logboekbezorger, SpanMaker, maak_exporter
from klantbeeld.services.verwerkingslog.instelling import (
    OEFEN_LEZEN_PAD,
    OEFEN_PSEUDONIEM_SLEUTEL,
    OEFEN_TRACES_PAD,
    LogboekAdres,
    maak_lezer,
)
from klantbeeld.services.verwerkingslog.journaal import VerwerkingJournaal
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog
from klantbeeld.services.verwerkingslog.verwerking import Betrokkene
from klantbeeld.services.werkplek.settings import ApiNaam
from klantbeeld.versie import ONBEKEND, user_agent, versie, versie_uit_pyproject
from tests.conftest import ROOT, TEST_VANDAAG, run
from tests.helpers import verbindingen_voor


def pyproject_versie() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


class Opnemer:
    """ASGI wrapper keeping (path, User-Agent) of every HTTP request that reaches the server."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.verzoeken: list[tuple[str, str]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            koppen = dict(scope["headers"])
            self.verzoeken.append((scope["path"], koppen.get(b"user-agent", b"").decode()))
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def opgenomen_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Opnemer]]:
    """An oefenomgeving of its own whose request headers are recorded."""
    from klantbeeld.sandbox.app import Sandbox
    from klantbeeld.sandbox.server import SandboxServer

    db = tmp_path_factory.mktemp("versie") / "oefen.sqlite3"
    sandbox = Sandbox(db_path=db, vandaag=TEST_VANDAAG)
    opnemer = Opnemer(sandbox.app)
    sandbox.app = opnemer
    server = SandboxServer(sandbox).start()
    yield server, opnemer
    server.stop()


def test_the_version_is_pyprojects() -> None:
    """Installed metadata, ``klantbeeld.__version__`` and the User-Agent: pyproject.toml's."""
    assert versie() == pyproject_versie()
    assert klantbeeld.__version__ == pyproject_versie()
    assert user_agent() == f"Klantbeeld/{pyproject_versie()}"


def test_klantbeeld_version_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from klantbeeld.app import parse_args

    with pytest.raises(SystemExit) as stop:
        parse_args(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"Klantbeeld {pyproject_versie()}"


def test_a_source_tree_reads_pyproject_itself(tmp_path: Path) -> None:
    pad = tmp_path / "pyproject.toml"
    pad.write_text('[project]\nname = "klantbeeld"\nversion = "9.8.7"\n', encoding="utf-8")
    assert versie_uit_pyproject(pad) == "9.8.7"
    assert versie_uit_pyproject(tmp_path / "weg.toml") == ONBEKEND
    pad.write_text("[project]\n", encoding="utf-8")
    assert versie_uit_pyproject(pad) == ONBEKEND


def test_every_request_of_a_klantbeeld_says_klantbeeld_and_its_version(
    opgenomen_server: tuple[Any, Opnemer],
) -> None:
    """A whole klantbeeld of 999993653 (all five APIs) and the screenshot's status poll."""
    server, opnemer = opgenomen_server
    opnemer.verzoeken.clear()

    async def laad() -> None:
        v = verbindingen_voor(server)
        try:
            composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
            async for _ in composer.stream_persoon(VOORBEELD_BSN):
                pass
        finally:
            await v.aclose()
        instelling, _ = server.endpoints()[ApiNaam.KLANTINTERACTIES]
        await wacht_op_oefenmaand(instelling.base_url, 60)

    run(laad)
    paden = {pad.split("/")[1] for pad, _ in opnemer.verzoeken}
    assert {"haalcentraal", "zaken", "catalogi", "klantinteracties", "betalingen", "_oefen"} <= (
        paden
    )
    verwacht = f"Klantbeeld/{pyproject_versie()}"
    assert {ua for _, ua in opnemer.verzoeken} == {verwacht}


def test_the_logboek_hears_klantbeeld_and_its_version_too(
    opgenomen_server: tuple[Any, Opnemer], tmp_path: Path
) -> None:
    """The verwerkingslog's OTLP delivery (requests, not httpx) and the Inzage reader."""
    server, opnemer = opgenomen_server
    opnemer.verzoeken.clear()
    journaal = VerwerkingJournaal(tmp_path / "log.sqlite3", sleutel=Fernet.generate_key())
    try:
        vlog = Verwerkingslog(journaal, medewerker="anouk.de.boer@gemeente.example")
        vlog.open_klantbeeld(Betrokkene.bsn(VOORBEELD_BSN))
        bezorger = Logboekbezorger(
            journaal,
            maak_exporter(server.root + OEFEN_TRACES_PAD, timeout_s=5),
            SpanMaker(pseudoniem_sleutel=OEFEN_PSEUDONIEM_SLEUTEL),
        )
        assert run(bezorger.bezorg_wat_klaarstaat) == 1
    finally:
        journaal.close()

    async def lees() -> int:
        adres = LogboekAdres(traces_url=None, lezen_url=server.root + OEFEN_LEZEN_PAD)
        lezer, client = maak_lezer(adres, OEFEN_PSEUDONIEM_SLEUTEL)
        assert lezer is not None and client is not None
        try:
            return len(await lezer.verwerkingen(Betrokkene.bsn(VOORBEELD_BSN)))
        finally:
            await client.aclose()

    assert run(lees) >= 1
    paden = {pad for pad, _ in opnemer.verzoeken}
    assert {"/logboek/v1/traces", "/logboek/lezenapi/v0/processing-activities"} <= paden
    assert {ua for _, ua in opnemer.verzoeken} == {f"Klantbeeld/{pyproject_versie()}"}
