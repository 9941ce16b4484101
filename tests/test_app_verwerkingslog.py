"""Start-up builds the verwerkingslog; when it cannot, the app says why and shows nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from klantbeeld.app import OEFEN_MEDEWERKER, Omgeving, verwerkingslog_voor
from klantbeeld.services.verwerkingslog.instelling import OEFEN_TRACES_PAD
from klantbeeld.services.verwerkingslog.journaal import VerwerkingNietVastgelegd
from klantbeeld.services.verwerkingslog.vastlegging import GeweigerdeVerwerkingslog
from klantbeeld.services.verwerkingslog.verwerking import Betrokkene
from klantbeeld.services.werkplek.settings import Instellingen
from tests.conftest import run

BSN = "999993653"


def _oefen(server: Any) -> Omgeving:
    return Omgeving.maak(Instellingen(), demo=True, oefen_server=server)


def test_on_the_oefenomgeving_it_records_as_its_agent_into_its_logboek(
    fresh_sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLANTBEELD_DATA_DIR", str(tmp_path))
    omgeving = _oefen(fresh_sandbox)
    assert omgeving.oefen_root == fresh_sandbox.root
    v, log = verwerkingslog_voor(omgeving)
    assert v is not None and log is v.log and v.lezer is not None
    assert log.medewerker == OEFEN_MEDEWERKER[0]
    assert v.adres.traces_url == fresh_sandbox.root.rstrip("/") + OEFEN_TRACES_PAD
    assert v.log.journaal.pad == tmp_path / "verwerkingslog-oefenomgeving.sqlite3"
    log.open_klantbeeld(Betrokkene.bsn(BSN))
    assert v.bezorger is not None

    async def bezorg() -> int:
        try:
            return await v.bezorger.bezorg_wat_klaarstaat() if v.bezorger else 0
        finally:
            await v.sluit()
            await omgeving.verbindingen.aclose()

    assert run(bezorg) == 1
    ontvangen = httpx.get(fresh_sandbox.root + "/logboek/_oefen/ontvangen").json()
    assert ontvangen["spans_bewaard"] == 1
    assert omgeving.meldingen == ()


def test_a_journal_that_cannot_open_refuses_every_record_and_says_why(
    sandbox_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLANTBEELD_DATA_DIR", str(tmp_path))
    (tmp_path / "verwerkingslog-oefenomgeving.sqlite3").mkdir()  # in the way of the file
    omgeving = _oefen(sandbox_server)
    run(omgeving.verbindingen.aclose)
    v, log = verwerkingslog_voor(omgeving)
    assert v is None and isinstance(log, GeweigerdeVerwerkingslog)
    (melding,) = omgeving.meldingen
    assert melding.startswith("Het verwerkingslog kan niet worden bijgehouden:")
    assert "toont Klantbeeld geen persoonsgegevens" in melding
    acties: list[Callable[[], object]] = [
        lambda: log.open_klantbeeld(Betrokkene.bsn(BSN)),
        lambda: log.toon_bsn(BSN),
        lambda: log.exporteer_csv([BSN]),
    ]
    for actie in acties:
        with pytest.raises(VerwerkingNietVastgelegd) as fout:
            actie()
        assert fout.value.reden == melding and BSN not in str(fout.value)


def test_the_doelbinding_the_agent_picked_for_the_brp_is_the_one_recorded(tmp_path: Path) -> None:
    from cryptography.fernet import Fernet

    from klantbeeld.app import doelbinding_voor
    from klantbeeld.services.apis.brp import Protocollering
    from klantbeeld.services.verwerkingslog.journaal import VerwerkingJournaal
    from klantbeeld.services.verwerkingslog.vastlegging import STANDAARD_DOELBINDING, Verwerkingslog
    from klantbeeld.services.werkplek.settings import BrpProtocollering, Doelbinding

    journaal = VerwerkingJournaal(tmp_path / "v.sqlite3", sleutel=Fernet.generate_key())
    try:
        log = Verwerkingslog(journaal, medewerker="kcc@gemeente.example")
        twee = BrpProtocollering(doelbindingen=[Doelbinding(naam="Wmo"), Doelbinding(naam="Wonen")])
        protocollering = Protocollering(twee, lambda: "kcc@gemeente.example")
        doelbinding = doelbinding_voor(protocollering, log)
        assert doelbinding is not None and doelbinding.te_kiezen
        eerst = log.open_klantbeeld(Betrokkene.bsn(BSN))  # none picked: the KCC's general task
        doelbinding.kies("Wonen")
        daarna = log.open_klantbeeld(Betrokkene.bsn(BSN))
        doelbinding.kies("Wmo")  # mid-session: the next record carries the new one
        later = log.open_klantbeeld(Betrokkene.bsn(BSN))
        assert journaal.lees(eerst.id).doelbinding == STANDAARD_DOELBINDING
        assert journaal.lees(daarna.id).doelbinding == "Wonen"
        assert journaal.lees(later.id).doelbinding == "Wmo"
        assert protocollering.headers("RaadpleegMetBurgerservicenummer")["x-gebruiker"]
    finally:
        journaal.close()
