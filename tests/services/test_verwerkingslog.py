"""The verwerkingslog: one record per action before display, fail closed, delivered exactly once.

Delivery and reading back go over real HTTP on loopback to the oefenomgeving's logboek
(OTLP/HTTP protobuf in, the LDV lezen API out).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.fernet import Fernet

from klantbeeld.services.verbinding import tracecontext
from klantbeeld.services.verbinding.errors import ConfiguratieFout, KlantbeeldError
from klantbeeld.services.verbinding.http import NO_RETRY, ApiClient
from klantbeeld.services.verwerkingslog.bezorger import (
    Backoff,
    Logboekbezorger,
    SpanMaker,
    maak_exporter,
)
from klantbeeld.services.verwerkingslog.instelling import (
    OEFEN_LEZEN_PAD,
    OEFEN_PSEUDONIEM_SLEUTEL,
    OEFEN_TRACES_PAD,
    PSEUDONIEM_GEHEIM,
    LogboekAdres,
    logboek_adres,
    maak_voor_werkplek,
    pseudoniem_sleutel,
)
from klantbeeld.services.verwerkingslog.journaal import (
    NIET_VASTGELEGD,
    Status,
    VerwerkingJournaal,
    VerwerkingNietVastgelegd,
)
from klantbeeld.services.verwerkingslog.lezer import LezenApiLezer
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog, met_verwerking
from klantbeeld.services.verwerkingslog.verwerking import (
    DATA_SUBJECT_ID,
    Betrokkene,
    Handeling,
    pseudoniem,
)
from klantbeeld.services.werkplek.secrets import bewaar_geheim, wis_geheim
from klantbeeld.services.werkplek.settings import ApiNaam, Instellingen, Profiel
from tests.conftest import run
from tests.helpers import verbindingen_voor

BSN = "999993653"
BSN2 = "999990019"
KVK = "69599084"
MEDEWERKER = "anouk.de.boer@gemeente.example"
DOEL = "Vraag over de parkeervergunning beantwoorden"
GEEN_WACHT = Backoff(basis_s=0.0, max_s=0.0, max_jitter_s=0.0)


@pytest.fixture
def journaal(tmp_path: Path) -> Iterator[VerwerkingJournaal]:
    j = VerwerkingJournaal(tmp_path / "verwerkingslog.sqlite3", sleutel=Fernet.generate_key())
    yield j
    j.close()


@pytest.fixture
def vlog(journaal: VerwerkingJournaal) -> Verwerkingslog:
    return Verwerkingslog(journaal, medewerker=MEDEWERKER, doelbinding=DOEL)


def _bezorger(journaal: VerwerkingJournaal, url: str) -> Logboekbezorger:
    return Logboekbezorger(
        journaal,
        maak_exporter(url, timeout_s=0.5),
        SpanMaker(pseudoniem_sleutel=OEFEN_PSEUDONIEM_SLEUTEL),
        backoff=GEEN_WACHT,
    )


def _vijf_acties(vlog: Verwerkingslog) -> dict[Handeling, Any]:
    persoon = Betrokkene.bsn(BSN)
    return {
        Handeling.KLANTBEELD_OPENEN: vlog.open_klantbeeld(persoon),
        Handeling.BSN_TONEN: vlog.toon_bsn(BSN),
        Handeling.DOCUMENT_OPENEN: vlog.open_document(persoon, "https://oz.example/doc/1"),
        Handeling.VRAAG_BEANTWOORDEN: vlog.beantwoord_vraag(
            Betrokkene.kvk(KVK), "https://ok.example/internetaken/7", doelbinding="Terugbellen"
        ),
        Handeling.CSV_EXPORTEREN: vlog.exporteer_csv([BSN, BSN2, BSN]),
    }


def test_each_action_is_one_durable_record_with_subject_and_purpose(
    vlog: Verwerkingslog, journaal: VerwerkingJournaal
) -> None:
    gezien = _vijf_acties(vlog)
    assert journaal.wachtend() == 5
    verwacht = {
        Handeling.KLANTBEELD_OPENEN: ([("BSN", BSN)], DOEL, None),
        Handeling.BSN_TONEN: ([("BSN", BSN)], DOEL, None),
        Handeling.DOCUMENT_OPENEN: ([("BSN", BSN)], DOEL, "https://oz.example/doc/1"),
        Handeling.VRAAG_BEANTWOORDEN: (
            [("KVK-nummer", KVK)],
            "Terugbellen",
            "https://ok.example/internetaken/7",
        ),
        Handeling.CSV_EXPORTEREN: ([("BSN", BSN), ("BSN", BSN2)], DOEL, None),
    }
    for handeling, v in gezien.items():
        terug = journaal.lees(v.id)  # what is on disk, decrypted
        assert terug == v and terug.handeling is handeling
        betrokkenen, doel, obj = verwacht[handeling]
        assert [(b.soort.value, b.nummer) for b in terug.betrokkenen] == betrokkenen
        assert (terug.medewerker, terug.doelbinding, terug.object_id) == (MEDEWERKER, doel, obj)
    # Every verwerking its own trace, its span the traceparent's.
    assert len({v.trace_id for v in gezien.values()}) == 5


def test_the_number_is_encrypted_at_rest_and_never_in_a_repr(
    vlog: Verwerkingslog, journaal: VerwerkingJournaal
) -> None:
    v = vlog.open_klantbeeld(Betrokkene.bsn(BSN))
    assert BSN not in repr(v) and BSN not in str(v) and BSN not in repr(v.betrokkenen)
    journaal.close()
    for bestand in journaal.pad.parent.iterdir():
        inhoud = bestand.read_bytes()
        assert BSN.encode() not in inhoud and MEDEWERKER.encode() not in inhoud


def test_journal_full_fails_closed_and_the_work_never_starts(
    vlog: Verwerkingslog, journaal: VerwerkingJournaal
) -> None:
    # A full disk: SQLite may not grow the file by one page.
    db: sqlite3.Connection = journaal._db
    db.execute(f"PRAGMA max_page_count={db.execute('PRAGMA page_count').fetchone()[0]}")
    for _ in range(1000):  # the pages it has fill up
        try:
            vlog.toon_bsn(BSN)
        except VerwerkingNietVastgelegd:
            break
    else:
        pytest.fail("the journal never filled up")
    al = journaal.wachtend()
    begonnen: list[bool] = []

    async def laad() -> str:
        begonnen.append(True)
        return "klantbeeld"

    with pytest.raises(VerwerkingNietVastgelegd) as fout:
        run(lambda: met_verwerking(lambda: vlog.open_klantbeeld(Betrokkene.bsn(BSN)), laad))
    assert begonnen == []
    assert isinstance(fout.value, KlantbeeldError) and fout.value.bron == "Verwerkingslog"
    assert fout.value.melding == NIET_VASTGELEGD and "niet getoond" in fout.value.melding
    assert BSN not in str(fout.value)
    for actie in (lambda: vlog.toon_bsn(BSN), lambda: vlog.exporteer_csv([BSN])):
        with pytest.raises(VerwerkingNietVastgelegd):
            actie()
    assert journaal.wachtend() == al


def test_journal_that_cannot_open_or_has_another_key_fails_closed(tmp_path: Path) -> None:
    (tmp_path / "map").mkdir()
    with pytest.raises(VerwerkingNietVastgelegd):
        VerwerkingJournaal(tmp_path / "map", sleutel=Fernet.generate_key())
    pad = tmp_path / "v.sqlite3"
    VerwerkingJournaal(pad, sleutel=Fernet.generate_key()).close()
    with pytest.raises(VerwerkingNietVastgelegd, match="past niet"):
        VerwerkingJournaal(pad, sleutel=Fernet.generate_key())


def test_no_medewerker_or_no_valid_bsn_is_no_record(journaal: VerwerkingJournaal) -> None:
    vlog = Verwerkingslog(journaal, medewerker=" ")
    with pytest.raises(VerwerkingNietVastgelegd, match="medewerker"):
        vlog.open_klantbeeld(Betrokkene.bsn(BSN))
    vlog.medewerker = MEDEWERKER
    with pytest.raises(VerwerkingNietVastgelegd):
        vlog.toon_bsn("123456789")  # fails the elfproef
    assert journaal.wachtend() == 0


class _Opnemer(httpx.AsyncHTTPTransport):
    """A real HTTP transport that remembers each request's traceparent."""

    def __init__(self) -> None:
        super().__init__()
        self.gezien: list[str | None] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.gezien.append(request.headers.get("traceparent"))
        return await super().handle_async_request(request)


def test_requests_in_a_verwerking_carry_its_traceparent(
    sandbox_server: Any, vlog: Verwerkingslog
) -> None:
    opnemer = _Opnemer()

    async def main() -> tuple[str, str]:
        verbindingen = verbindingen_voor(sandbox_server, transport=opnemer)
        zaken = verbindingen.get(ApiNaam.ZAKEN)
        assert zaken is not None
        try:
            v = vlog.open_klantbeeld(Betrokkene.bsn(BSN))

            async def laad() -> str:
                import asyncio

                await asyncio.gather(  # concurrent tasks inherit it too
                    zaken.get_json("zaken", params={"pageSize": 1}),
                    zaken.get_json("zaken", params={"pageSize": 2}),
                )
                return v.traceparent

            tp = await met_verwerking(lambda: v, laad)
            await zaken.get_json("zaken", params={"pageSize": 1})  # outside: none
            return tp, v.traceparent
        finally:
            await verbindingen.aclose()

    tp, verwacht = run(main)
    assert tp == verwacht and tracecontext.lees_traceparent(tp) is not None
    assert opnemer.gezien == [verwacht, verwacht, None]
    assert tracecontext.huidig() is None


def _telling(server: Any) -> dict[str, int]:
    return dict(httpx.get(server.root + "/logboek/_oefen/ontvangen").json())


def _lezer(server: Any) -> tuple[LezenApiLezer, httpx.AsyncClient]:
    client = httpx.AsyncClient()
    api = ApiClient(
        bron="Logboek", base_url=server.root + OEFEN_LEZEN_PAD, client=client, retry=NO_RETRY
    )
    return LezenApiLezer(api, pseudoniem_sleutel=OEFEN_PSEUDONIEM_SLEUTEL), client


def test_delivered_as_otlp_and_read_back_per_bsn(
    fresh_sandbox: Any,
    vlog: Verwerkingslog,
    journaal: VerwerkingJournaal,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    gezien = _vijf_acties(vlog)
    bezorger = _bezorger(journaal, fresh_sandbox.root + OEFEN_TRACES_PAD)
    assert run(bezorger.bezorg_wat_klaarstaat) == 5
    assert journaal.wachtend() == 0
    assert all(journaal.status(v.id) is Status.BEZORGD for v in gezien.values())
    assert journaal.lees(gezien[Handeling.BSN_TONEN].id) is None  # erased once confirmed
    # 4 single spans + the export's own span with one child per person.
    assert _telling(fresh_sandbox) == {"verzoeken": 5, "spans_ontvangen": 7, "spans_bewaard": 7}

    async def lees() -> tuple[list[Any], list[Any], list[Any]]:
        lezer, client = _lezer(fresh_sandbox)
        try:
            return (
                await lezer.verwerkingen(Betrokkene.bsn(BSN)),
                await lezer.verwerkingen(Betrokkene.bsn(BSN2)),
                await lezer.verwerkingen(Betrokkene.kvk(KVK)),
            )
        finally:
            await client.aclose()

    een, twee, bedrijf = run(lees)
    assert sorted(r.handeling for r in een) == sorted(
        [
            "Klantbeeld geopend",
            "BSN getoond",
            "Document geopend",
            "Contacthistorie geëxporteerd (met BSN)",
        ]
    )
    assert {(r.medewerker, r.doelbinding) for r in een} == {(MEDEWERKER, DOEL)}
    assert [r.handeling for r in twee] == ["Contacthistorie geëxporteerd (met BSN)"]
    assert [(r.handeling, r.doelbinding) for r in bedrijf] == [("Vraag beantwoord", "Terugbellen")]
    assert [r.trace_id for r in bedrijf] == [
        f"{gezien[Handeling.VRAAG_BEANTWOORDEN].trace_id:032x}"
    ]
    # The logboek holds pseudonyms only; no log line anywhere holds a number.
    alles = json.dumps(
        httpx.post(
            fresh_sandbox.root + OEFEN_LEZEN_PAD + "/processing-activities",
            params={DATA_SUBJECT_ID: pseudoniem(OEFEN_PSEUDONIEM_SLEUTEL, Betrokkene.bsn(BSN))},
        ).json()
    )
    assert BSN not in alles and BSN2 not in alles and KVK not in alles
    assert BSN not in caplog.text and KVK not in caplog.text


def test_logboek_down_then_back_every_record_arrives_exactly_once(
    fresh_sandbox: Any, vlog: Verwerkingslog, journaal: VerwerkingJournaal
) -> None:
    fresh_sandbox.sandbox.faults.down = {"logboek"}  # 503 for everything under /logboek/
    ids = [vlog.open_klantbeeld(Betrokkene.bsn(BSN)).id for _ in range(3)]
    bezorger = _bezorger(journaal, fresh_sandbox.root + OEFEN_TRACES_PAD)
    assert run(bezorger.bezorg_wat_klaarstaat) == 0
    assert bezorger.rust_s is not None  # it rests before trying again
    assert journaal.wachtend() == 3
    fresh_sandbox.sandbox.faults.down = set()
    assert _telling(fresh_sandbox)["spans_ontvangen"] == 0
    assert run(bezorger.bezorg_wat_klaarstaat) == 3
    assert run(bezorger.bezorg_wat_klaarstaat) == 0  # nothing is sent twice
    assert _telling(fresh_sandbox) == {"verzoeken": 3, "spans_ontvangen": 3, "spans_bewaard": 3}
    assert all(journaal.status(i) is Status.BEZORGD for i in ids)


def test_logboek_stopped_then_started_delivers_once(
    tmp_path: Path, vlog: Verwerkingslog, journaal: VerwerkingJournaal
) -> None:
    from klantbeeld.sandbox.app import Sandbox
    from klantbeeld.sandbox.server import SandboxServer
    from tests.conftest import TEST_VANDAAG

    server = SandboxServer(Sandbox(db_path=tmp_path / "o.sqlite3", vandaag=TEST_VANDAAG)).start()
    poort = server.port
    server.stop()  # nobody listens on the port now
    vlog.toon_bsn(BSN)
    bezorger = _bezorger(journaal, f"http://127.0.0.1:{poort}{OEFEN_TRACES_PAD}")
    assert run(bezorger.bezorg_wat_klaarstaat) == 0
    assert journaal.wachtend() == 1
    weer = SandboxServer(
        Sandbox(db_path=tmp_path / "o2.sqlite3", vandaag=TEST_VANDAAG), port=poort
    ).start()
    try:
        assert run(bezorger.bezorg_wat_klaarstaat) == 1
        assert _telling(weer) == {"verzoeken": 1, "spans_ontvangen": 1, "spans_bewaard": 1}
    finally:
        weer.stop()


def test_a_record_sent_again_is_the_same_span(fresh_sandbox: Any, vlog: Verwerkingslog) -> None:
    v = vlog.open_document(Betrokkene.bsn(BSN), "https://oz.example/doc/9")
    maker = SpanMaker(pseudoniem_sleutel=OEFEN_PSEUDONIEM_SLEUTEL)
    exporter = maak_exporter(fresh_sandbox.root + OEFEN_TRACES_PAD, timeout_s=2)
    try:
        eerste, tweede = maker.spans(v), maker.spans(v)
        assert (
            [(s.context.trace_id, s.context.span_id) for s in eerste]
            == [(s.context.trace_id, s.context.span_id) for s in tweede]
            == [(v.trace_id, v.span_id())]
        )
        exporter.export(eerste)
        exporter.export(tweede)  # the answer to the first was "lost": sent again
    finally:
        exporter.shutdown()
    assert _telling(fresh_sandbox) == {"verzoeken": 2, "spans_ontvangen": 2, "spans_bewaard": 1}


def test_logboek_address_from_settings_or_the_oefenomgeving() -> None:
    oefen = logboek_adres(Profiel(), "http://127.0.0.1:8800/")
    assert oefen == LogboekAdres(
        "http://127.0.0.1:8800" + OEFEN_TRACES_PAD, "http://127.0.0.1:8800" + OEFEN_LEZEN_PAD
    )
    eigen = logboek_adres(
        Profiel(logboek_url="https://logboek.gemeente.nl/v1/traces"), "http://127.0.0.1:1"
    )
    assert eigen.traces_url == "https://logboek.gemeente.nl/v1/traces"
    assert logboek_adres(Profiel(), None) == LogboekAdres(None, None)
    with pytest.raises(KlantbeeldError, match="https://"):
        logboek_adres(Profiel(logboek_url="http://logboek.gemeente.nl/v1/traces"), None)


def test_traceparent_is_w3c_version_00() -> None:
    tp = tracecontext.traceparent(0x4BF92F3577B34DA6A3CE929D0E0E4736, 0x00F067AA0BA902B7)
    assert tp == "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    assert tracecontext.lees_traceparent(tp) == (
        0x4BF92F3577B34DA6A3CE929D0E0E4736,
        0x00F067AA0BA902B7,
    )
    for fout in ("00-" + "0" * 32 + "-00f067aa0ba902b7-01", "01-abc", ""):
        assert tracecontext.lees_traceparent(fout) is None
    with pytest.raises(ValueError):
        tracecontext.traceparent(0, 1)
    assert tracecontext.headers() == {}
    with tracecontext.in_verwerking(tp):
        assert tracecontext.headers() == {"traceparent": tp}
    assert tracecontext.huidig() is None


def test_the_apps_verwerkingslog_delivers_in_the_background(fresh_sandbox: Any) -> None:
    import asyncio

    async def main() -> list[Any]:
        v = maak_voor_werkplek(
            Instellingen(),
            naam=f"test-{os.urandom(4).hex()}",
            oefenomgeving=True,
            oefen_root=fresh_sandbox.root,
            journaal_sleutel=Fernet.generate_key(),
            medewerker=MEDEWERKER,
        )
        assert v.lezer is not None
        try:
            v.start()
            v.log.open_klantbeeld(Betrokkene.bsn(BSN))  # wakes the bezorger
            for _ in range(400):
                if v.log.journaal.wachtend() == 0:
                    break
                await asyncio.sleep(0.025)
            return await v.lezer.verwerkingen(Betrokkene.bsn(BSN))
        finally:
            await v.sluit()

    [regel] = run(main)
    assert (regel.medewerker, regel.handeling) == (MEDEWERKER, "Klantbeeld geopend")


def test_a_real_profile_without_pseudonym_key_shows_nothing() -> None:
    with pytest.raises(ConfiguratieFout, match="pseudoniemsleutel"):
        pseudoniem_sleutel("productie", oefenomgeving=False)
    bewaar_geheim("productie", PSEUDONIEM_GEHEIM, "geheim-van-de-gemeente")
    try:
        sleutel = pseudoniem_sleutel("productie", oefenomgeving=False)
        assert sleutel == b"geheim-van-de-gemeente"
        assert pseudoniem(sleutel, Betrokkene.bsn(BSN)) != pseudoniem(
            OEFEN_PSEUDONIEM_SLEUTEL, Betrokkene.bsn(BSN)
        )
    finally:
        wis_geheim("productie", PSEUDONIEM_GEHEIM)


def test_a_redirect_is_no_confirmation(
    fresh_sandbox: Any, vlog: Verwerkingslog, journaal: VerwerkingJournaal
) -> None:
    v = vlog.toon_bsn(BSN)
    # Starlette answers 307 to the address with the slash: the record is not delivered there.
    omweg = httpx.post(fresh_sandbox.root + OEFEN_TRACES_PAD + "/", content=b"")
    assert omweg.status_code == 307
    bezorger = _bezorger(journaal, fresh_sandbox.root + OEFEN_TRACES_PAD + "/")
    assert run(bezorger.bezorg_wat_klaarstaat) == 0
    assert journaal.status(v.id) is Status.WACHTEND
    assert _telling(fresh_sandbox)["spans_ontvangen"] == 0


def test_the_running_bezorger_rests_then_delivers_once_the_logboek_is_back(
    fresh_sandbox: Any, vlog: Verwerkingslog, journaal: VerwerkingJournaal
) -> None:
    import asyncio

    fresh_sandbox.sandbox.faults.down = {"logboek"}
    bezorger = Logboekbezorger(
        journaal,
        maak_exporter(fresh_sandbox.root + OEFEN_TRACES_PAD, timeout_s=0.5),
        SpanMaker(pseudoniem_sleutel=OEFEN_PSEUDONIEM_SLEUTEL),
        backoff=Backoff(basis_s=0.05, max_s=0.2, max_jitter_s=0.0),
    )

    async def wacht_tot(voorwaarde: Any) -> None:
        for _ in range(400):
            if voorwaarde():
                return
            await asyncio.sleep(0.025)
        pytest.fail("it did not happen")

    async def main() -> None:
        taak = asyncio.ensure_future(bezorger.run())
        try:
            ids = [vlog.open_klantbeeld(Betrokkene.bsn(BSN)).id, vlog.toon_bsn(BSN).id]
            await wacht_tot(lambda: bezorger.rust_s is not None)
            assert journaal.wachtend() == 2
            fresh_sandbox.sandbox.faults.down = set()
            await wacht_tot(lambda: journaal.wachtend() == 0)
            assert all(journaal.status(i) is Status.BEZORGD for i in ids)
        finally:
            bezorger.stop()
            await taak

    run(main)
    telling = _telling(fresh_sandbox)
    assert telling["spans_ontvangen"] == telling["spans_bewaard"] == 2


def test_a_question_from_someone_unknown_is_a_record_naming_nobody(
    vlog: Verwerkingslog, journaal: VerwerkingJournaal
) -> None:
    assert Betrokkene.van(bsn=None, kvk_nummer=KVK) == Betrokkene.kvk(KVK)
    assert Betrokkene.van(bsn=BSN, kvk_nummer=KVK) == Betrokkene.bsn(BSN)
    assert Betrokkene.van() is None
    v = vlog.beantwoord_vraag(Betrokkene.van(), "https://ok.example/internetaken/8")
    assert journaal.lees(v.id) == v and v.betrokkenen == ()
    [span] = SpanMaker(pseudoniem_sleutel=OEFEN_PSEUDONIEM_SLEUTEL).spans(v)
    assert span.attributes is not None and DATA_SUBJECT_ID not in span.attributes
    assert span.attributes["klantbeeld.object"] == "https://ok.example/internetaken/8"
    assert span.name == "vraag-beantwoorden" and span.parent is None
