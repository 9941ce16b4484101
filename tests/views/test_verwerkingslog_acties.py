"""The verwerkingslog in the app: each of the five views of personal data is one record, made
before the data is shown, and nothing is shown when it cannot be made (fail closed).

Real HTTP on loopback against an oefenomgeving of its own; the records are read from the local
journal and, once delivered, back from the oefenomgeving's logboek.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import Awaitable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from cryptography.fernet import Fernet
from PySide6.QtWidgets import QWidget

from klantbeeld.controllers.contacthistorie import ContacthistorieController
from klantbeeld.controllers.meldingen import Melding, Niveau
from klantbeeld.controllers.sessie import Sessie
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.contacthistorie.rijen import Filter
from klantbeeld.services.klantbeeld.composer import Onderdeel, ZaakDetail
from klantbeeld.services.verwerkingslog.instelling import (
    OEFEN_LEZEN_PAD,
    OEFEN_PSEUDONIEM_SLEUTEL,
    Verwerkingslogging,
    logboek_adres,
    maak_verwerkingslog,
)
from klantbeeld.services.verwerkingslog.journaal import NIET_VASTGELEGD
from klantbeeld.services.verwerkingslog.vastlegging import (
    STANDAARD_DOELBINDING,
    GeweigerdeVerwerkingslog,
)
from klantbeeld.services.verwerkingslog.verwerking import (
    DATA_SUBJECT_ID,
    Betrokkene,
    Handeling,
    Verwerking,
    pseudoniem,
)
from klantbeeld.services.werkplek.settings import Profiel
from klantbeeld.views.panels.kop import KopPaneel
from klantbeeld.views.werkvoorraad import beantwoord_in_klantbeeld
from tests.conftest import TEST_VANDAAG
from tests.controllers.test_contacthistorie import TWEE_DAGEN, geladen
from tests.sandbox.test_kcc_maand import wacht_op_maand
from tests.views.conftest import Werkplek, maak_werkplek, sluit_werkplek

T = TypeVar("T")
MEDEWERKER = "anouk.de.boer@gemeente.example"
#: A zaak of VOORBEELD_BSN with documents.
OMGEVING = "ZAAK-2026-0000000001"


class Opnemer(httpx.AsyncHTTPTransport):
    """A real HTTP transport that remembers each request's path and traceparent."""

    def __init__(self) -> None:
        super().__init__()
        self.gezien: list[tuple[str, str | None]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.gezien.append((request.url.path, request.headers.get("traceparent")))
        return await super().handle_async_request(request)


@dataclass
class Gelogd:
    """A werkplek whose session records into a real verwerkingslog on the oefenomgeving."""

    w: Werkplek
    v: Verwerkingslogging
    opnemer: Opnemer
    meldingen: list[Melding]

    @property
    def sessie(self) -> Sessie:
        return self.w.sessie

    def records(self) -> list[Verwerking]:
        """Every record in the local journal (nothing is delivered in these tests until asked)."""
        return [w.verwerking for w in self.v.log.journaal.aan_de_beurt(maximaal=1000)]


def wacht(qtbot: Any, werk: Awaitable[T], timeout: int = 15000) -> T:
    """Run ``werk`` on the test's qasync loop and return its result."""
    taak = asyncio.ensure_future(werk)
    qtbot.waitUntil(taak.done, timeout=timeout)
    return taak.result()


@pytest.fixture
def gelogd(fresh_sandbox: Any, tmp_path: Path, qtbot: Any) -> Iterator[Gelogd]:
    v = maak_verwerkingslog(
        pad=tmp_path / "verwerkingslog-oefenomgeving.sqlite3",
        journaal_sleutel=Fernet.generate_key(),
        pseudoniem=OEFEN_PSEUDONIEM_SLEUTEL,
        adres=logboek_adres(Profiel(), fresh_sandbox.root),
        medewerker=MEDEWERKER,
    )
    opnemer = Opnemer()
    w = maak_werkplek(fresh_sandbox, transport=opnemer, verwerkingslog=v.log)
    meldingen: list[Melding] = []
    w.sessie.meldingen.gemeld.connect(meldingen.append)
    yield Gelogd(w, v, opnemer, meldingen)
    sluit_werkplek(w, qtbot)
    wacht(qtbot, v.sluit())


def open_voorbeeld(qtbot: Any, g: Gelogd) -> None:
    g.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(g.w.model.is_klaar, timeout=15000)


def zaak_in_detail(qtbot: Any, g: Gelogd) -> ZaakDetail:
    """Open :data:`OMGEVING` of the klantbeeld on screen in detail; its detail once loaded."""
    beeld = g.w.model.beeld
    assert beeld is not None
    g.sessie.kies_zaak(next(z for z in beeld.zaken if z.zaak.identificatie == OMGEVING))
    qtbot.waitUntil(lambda: g.w.model.zaak_detail is not None, timeout=15000)
    assert g.w.model.zaak_detail is not None
    return g.w.model.zaak_detail


def zelfde(v: Verwerking, handeling: Handeling, *betrokkenen: Betrokkene) -> bool:
    """The record is this handeling about these betrokkenen, by the medewerker, for a purpose."""
    return (
        v.handeling is handeling
        and v.betrokkenen == betrokkenen
        and v.medewerker == MEDEWERKER
        and v.doelbinding == STANDAARD_DOELBINDING
    )


def test_opening_a_klantbeeld_is_one_record_and_every_request_of_it_carries_its_traceparent(
    qtbot: Any, gelogd: Gelogd
) -> None:
    open_voorbeeld(qtbot, gelogd)
    [record] = gelogd.records()
    assert zelfde(record, Handeling.KLANTBEELD_OPENEN, Betrokkene.bsn(VOORBEELD_BSN))
    gezien = list(gelogd.opnemer.gezien)
    assert len(gezien) > 3 and {tp for _pad, tp in gezien} == {record.traceparent}

    # A part again and the zaak in detail: the same verwerking, no new record.
    gelogd.sessie.opnieuw(Onderdeel.ZAKEN)
    qtbot.waitUntil(gelogd.w.model.is_klaar, timeout=15000)
    zaak_in_detail(qtbot, gelogd)
    assert gelogd.records() == [record]
    later = gelogd.opnemer.gezien[len(gezien) :]
    assert later and {tp for _pad, tp in later} == {record.traceparent}


def test_revealing_the_bsn_is_one_record_and_masking_it_none(qtbot: Any, gelogd: Gelogd) -> None:
    paneel = KopPaneel(gelogd.w.model, gelogd.sessie)
    qtbot.addWidget(paneel)
    open_voorbeeld(qtbot, gelogd)
    paneel.toggle_bsn()
    assert paneel.bsn_zichtbaar() and VOORBEELD_BSN in paneel.nummer.tekst.text()
    paneel.toggle_bsn()  # masked again: nothing shown, nothing recorded
    assert not paneel.bsn_zichtbaar()
    geopend, getoond = gelogd.records()
    assert zelfde(getoond, Handeling.BSN_TONEN, Betrokkene.bsn(VOORBEELD_BSN))
    assert geopend.handeling is Handeling.KLANTBEELD_OPENEN


def test_opening_a_document_is_one_record_naming_it(qtbot: Any, gelogd: Gelogd) -> None:
    open_voorbeeld(qtbot, gelogd)
    doc = zaak_in_detail(qtbot, gelogd).documenten[0]
    voor = len(gelogd.opnemer.gezien)
    c = gelogd.sessie.zaakdetail()
    with qtbot.waitSignal(c.documentGeopend, timeout=15000):
        c.open_document(doc)
    geopend, document = gelogd.records()
    assert zelfde(document, Handeling.DOCUMENT_OPENEN, Betrokkene.bsn(VOORBEELD_BSN))
    assert document.object_id == doc.url
    # The download is that verwerking's, not the klantbeeld's.
    assert {tp for _p, tp in gelogd.opnemer.gezien[voor:]} == {document.traceparent}
    assert document.traceparent != geopend.traceparent


def test_answering_a_question_is_one_record_naming_it(qtbot: Any, gelogd: Gelogd) -> None:
    open_voorbeeld(qtbot, gelogd)
    beeld = gelogd.w.model.beeld
    assert beeld is not None and beeld.internetaken
    taak = beeld.internetaken[0]
    venster = QWidget()
    qtbot.addWidget(venster)
    dialoog = beantwoord_in_klantbeeld(venster, gelogd.sessie, taak)
    assert dialoog is not None and dialoog.isVisible()
    geopend, vraag = gelogd.records()
    assert geopend.handeling is Handeling.KLANTBEELD_OPENEN
    assert zelfde(vraag, Handeling.VRAAG_BEANTWOORDEN, Betrokkene.bsn(VOORBEELD_BSN))
    assert vraag.object_id == taak.url
    dialoog.close()


def test_the_team_leads_csv_with_bsn_is_one_record_naming_each_person(
    qtbot: Any, gelogd: Gelogd, fresh_sandbox: Any, tmp_path: Path
) -> None:
    wacht_op_maand(fresh_sandbox)
    c = ContacthistorieController.voor(gelogd.sessie, vandaag=TEST_VANDAAG)
    geladen(qtbot, c, TWEE_DAGEN)
    c.zet_filter(Filter(kanalen=frozenset({"balie"})))
    pad = tmp_path / "balie.csv"
    with qtbot.waitSignal(c.exportKlaar, timeout=30000):
        c.exporteer(pad, met_bsn=True)
    regels = list(csv.reader(io.StringIO(pad.read_text(encoding="utf-8-sig")), delimiter=";"))
    kolom = regels[0].index("BSN")
    bsns = {r[kolom] for r in regels[1:] if r[kolom]}
    assert bsns
    [record] = gelogd.records()
    assert record.handeling is Handeling.CSV_EXPORTEREN
    assert {b.nummer for b in record.betrokkenen} == bsns
    assert len(record.betrokkenen) == len(bsns)


def test_an_unwritable_journal_shows_nothing_and_says_why(qtbot: Any, gelogd: Gelogd) -> None:
    gelogd.v.log.journaal._db.execute("PRAGMA query_only = 1")  # every write now fails
    gelogd.sessie.open_persoon(VOORBEELD_BSN)
    assert gelogd.w.model.beeld is None
    assert gelogd.opnemer.gezien == []  # no source was asked
    [melding] = gelogd.meldingen
    assert melding.niveau is Niveau.FOUT and NIET_VASTGELEGD in melding.tekst
    assert VOORBEELD_BSN not in melding.tekst
    assert gelogd.records() == []


def test_without_a_verwerkingslog_every_opening_call_refuses(qtbot: Any, gelogd: Gelogd) -> None:
    # As the app does when the verwerkingslog cannot be made: a log that refuses every record.
    paneel = KopPaneel(gelogd.w.model, gelogd.sessie)
    qtbot.addWidget(paneel)
    open_voorbeeld(qtbot, gelogd)  # recorded while the log still worked
    doc = zaak_in_detail(qtbot, gelogd).documenten[0]
    beeld = gelogd.w.model.beeld
    assert beeld is not None
    gelogd.sessie.verwerkingslog = GeweigerdeVerwerkingslog("geen sleutelbos")

    paneel.toggle_bsn()
    assert not paneel.bsn_zichtbaar() and VOORBEELD_BSN not in paneel.nummer.tekst.text()
    assert beantwoord_in_klantbeeld(QWidget(), gelogd.sessie, beeld.internetaken[0]) is None
    c = gelogd.sessie.zaakdetail()
    with qtbot.waitSignal(c.documentFout, timeout=5000) as fout:
        c.open_document(doc)
    assert NIET_VASTGELEGD in fout.args[0]
    voor = len(gelogd.opnemer.gezien)
    gelogd.sessie.open_persoon(VOORBEELD_BSN)
    assert gelogd.w.model.beeld is None and len(gelogd.opnemer.gezien) == voor
    assert len(gelogd.meldingen) == 4  # BSN, question, document, klantbeeld: each says why
    assert all("geen sleutelbos" in m.tekst and m.niveau is Niveau.FOUT for m in gelogd.meldingen)
    assert len(gelogd.records()) == 1  # only the opening made before


def test_the_logboek_receives_each_record_once_with_its_pseudonym(
    qtbot: Any, gelogd: Gelogd, fresh_sandbox: Any
) -> None:
    paneel = KopPaneel(gelogd.w.model, gelogd.sessie)
    qtbot.addWidget(paneel)
    open_voorbeeld(qtbot, gelogd)
    paneel.toggle_bsn()
    assert gelogd.v.bezorger is not None
    # Delivered on a loop of its own: the exporter's thread must not outlive the test (the
    # session's qasync loop, never closed in the tests, would keep it as a QThread).
    with ThreadPoolExecutor(1) as pool:
        bezorgd = pool.submit(asyncio.run, gelogd.v.bezorger.bezorg_wat_klaarstaat())
        assert bezorgd.result(timeout=30) == 2
    antwoord = httpx.post(
        fresh_sandbox.root + OEFEN_LEZEN_PAD + "/processing-activities",
        params={
            DATA_SUBJECT_ID: pseudoniem(OEFEN_PSEUDONIEM_SLEUTEL, Betrokkene.bsn(VOORBEELD_BSN))
        },
    ).json()
    tekst = json.dumps(antwoord, indent=2)
    print(tekst)  # the note shows one record as the logboek received it (pytest -s)
    assert VOORBEELD_BSN not in tekst
    namen = sorted(item["name"] for item in _items(antwoord))
    assert namen == sorted([Handeling.KLANTBEELD_OPENEN.value, Handeling.BSN_TONEN.value])
    for item in _items(antwoord):
        assert item["attributes"]["klantbeeld.medewerker"] == MEDEWERKER
        assert item["attributes"]["klantbeeld.doelbinding"] == STANDAARD_DOELBINDING


def _items(antwoord: Any) -> list[dict[str, Any]]:
    return list(antwoord["processingActivities"])
