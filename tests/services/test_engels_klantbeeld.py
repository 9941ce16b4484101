"""In English the klantbeeld's and contacthistorie's services speak English, with the real catalog.

What the services build for the screen (dates with month names, amounts, refusals of bad input,
search and screen-pop messages, the citizen's view, the contacthistorie's labels) is read over
real HTTP from the oefenomgeving with the compiled English catalog installed, as ``--taal en``
does; without a language set the same calls give the Dutch they always gave. Data of the
servers and of citizens stays as written, and the CSV export is the same file in both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient
from klantbeeld.services.contacthistorie.cijfers import per_leeftijd, per_resultaat
from klantbeeld.services.contacthistorie.export import naar_csv
from klantbeeld.services.contacthistorie.rijen import HistorieRij, Periode
from klantbeeld.services.contacthistorie.stroom import alle
from klantbeeld.services.contacthistorie.verzoeken import OpenVerzoek, open_verzoeken
from klantbeeld.services.klantbeeld.composer import Klantbeeld, KlantbeeldComposer, Onderdeel
from klantbeeld.services.klantbeeld.datums import (
    DAGEN,
    MAANDEN,
    dag_en_datum,
    korte_dag,
    lange_datum,
)
from klantbeeld.services.klantbeeld.documentsoort import PDF, XLSX
from klantbeeld.services.klantbeeld.invoer import valideer_bsn, valideer_naam
from klantbeeld.services.klantbeeld.inwonerbeeld import InwonerBeeld, inwonerbeeld, zichtbare_zaken
from klantbeeld.services.klantbeeld.schermpop import OngeldigeSchermpop, lees_uri
from klantbeeld.services.klantbeeld.tijdlijn import Soort, euro, tijdlijn
from klantbeeld.services.klantbeeld.verwachting import (
    grondslag_tekst,
    verwachte_afronding,
    verwachting_tekst,
)
from klantbeeld.services.klantbeeld.zoeken import Zoekresultaat, is_niets_gevonden
from klantbeeld.services.klantbeeld.zoekvraag import herken
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verbinding.errors import KlantbeeldError, NietGevonden, OngeldigeInvoer
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import TEST_VANDAAG, run
from tests.engels import Engels
from tests.helpers import verbindingen_voor
from tests.sandbox.test_kcc_maand import wacht_op_maand
from tests.services.test_tijdlijn import voorbeeld  # noqa: F401 - the fixture
from tests.services.test_zoeken import zoek_vraag

#: A BSN that passes the elfproef and that the oefenomgeving's BRP does not know.
ONBEKEND_BSN = "111222333"
ENGELSE_MAAND = (
    "(January|February|March|April|May|June|July|August|September|October|November|December)"
)
#: An amount in English: a comma for thousands, a point before the cents.
ENGELS_BEDRAG = re.compile(r"^€ -?\d{1,3}(,\d{3})*\.\d{2}$")
NEDERLANDS_BEDRAG = re.compile(r"^€ -?\d{1,3}(\.\d{3})*,\d{2}$")


@pytest.fixture
def engels(qapp: QApplication) -> Iterator[Callable[[bool], None]]:
    """``engels(True)``: the real English catalog for Qt and the services (``--taal en``);
    ``engels(False)``: back to Dutch as written. Dutch again after the test."""
    schakelaar = Engels(qapp)
    try:
        yield lambda aan: schakelaar.aan() if aan else schakelaar.uit()
    finally:
        schakelaar.uit()


def als_getal(tekst: str) -> Decimal:
    """``€ 1,234.50`` or ``€ 1.234,50`` as the amount it says."""
    kaal = tekst.removeprefix("€ ")
    if kaal[-3] == ".":
        return Decimal(kaal.replace(",", ""))
    return Decimal(kaal.replace(".", "").replace(",", "."))


def test_dates_say_their_day_and_month_in_the_screens_language(
    engels: Callable[[bool], None],
) -> None:
    maandag = date(2024, 1, 8)
    assert lange_datum(date(2027, 1, 8)) == "8 januari 2027"
    assert dag_en_datum(maandag) == "maandag 8 januari"
    assert (DAGEN[0], MAANDEN[11], len(MAANDEN)) == ("maandag", "december", 12)
    assert korte_dag(maandag.weekday()) == "ma"  # under the contacthistorie's bars
    engels(True)
    assert lange_datum(date(2027, 1, 8)) == "8 January 2027"
    assert dag_en_datum(maandag) == "Monday 8 January"
    assert korte_dag(maandag.weekday()) == "Mon"
    # the old tuple-like names (internetaken, the kop) follow too, at each look-up
    assert (DAGEN[maandag.weekday()], MAANDEN[11], len(DAGEN)) == ("Monday", "December", 7)
    assert list(MAANDEN[:2]) == ["January", "February"]


def test_the_example_persons_timeline_amounts_and_expected_dates_in_english(
    engels: Callable[[bool], None],
    voorbeeld: Klantbeeld,  # noqa: F811 - the imported fixture
) -> None:
    nederlands = tijdlijn(voorbeeld)
    verwacht_nl = [verwachting_tekst(verwachte_afronding(z, TEST_VANDAAG)) for z in voorbeeld.zaken]
    engels(True)
    items = tijdlijn(voorbeeld)
    # dates on the timeline are numbers, as everywhere on the screens: the same in both
    assert [g.datum_tekst for g in items] == [g.datum_tekst for g in nederlands]
    # the citizens' and servers' texts stay as written
    assert [(g.onderwerp, g.tekst) for g in items] == [(g.onderwerp, g.tekst) for g in nederlands]
    betalingen = [g for g in items if g.soort is Soort.BETALING_AANGEMAAKT]
    assert len(betalingen) == len(voorbeeld.betalingen) == 5
    for g in betalingen:
        assert g.bedrag is not None and ENGELS_BEDRAG.match(euro(g.bedrag)), euro(g.bedrag)
        assert als_getal(euro(g.bedrag)) == g.bedrag
    assert euro(Decimal("1234.5")) == "€ 1,234.50" and euro(Decimal("-12")) == "€ -12.00"
    # the zaken's expected dates: English words and month names, same dates as in Dutch
    verwacht = [verwachte_afronding(z, TEST_VANDAAG) for z in voorbeeld.zaken]
    teksten = [verwachting_tekst(v) for v in verwacht]
    zin = re.compile(rf"^(Suspended: .*by |Expected by )\d{{1,2}} {ENGELSE_MAAND} \d{{4}}\)?")
    assert sum(1 for t in teksten if t) >= 4
    for v, tekst, nl in zip(verwacht, teksten, verwacht_nl, strict=True):
        assert bool(tekst) == bool(nl)
        if v.datum is not None:
            assert zin.match(tekst) and lange_datum(v.datum) in tekst, tekst
            assert re.search(r"[a-z]", nl) and nl != tekst
    assert any(t.endswith("(passed)") for t in teksten)
    assert any(t.startswith("Suspended: the term stands still (was: by ") for t in teksten)
    redenen = {grondslag_tekst(v) for v in verwacht} - {""}
    assert redenen and all(r.startswith("Calculated from the ") for r in redenen)
    engels(False)
    assert [verwachting_tekst(v) for v in verwacht] == verwacht_nl
    assert all(NEDERLANDS_BEDRAG.match(euro(g.bedrag)) for g in betalingen)
    assert euro(Decimal("1234.5")) == "€ 1.234,50"


def test_a_bad_bsn_is_refused_in_english_before_any_request(
    engels: Callable[[bool], None], sandbox_server: Any
) -> None:
    fout = "999993654"  # 999993653 with its last digit off: fails the elfproef
    assert herken(fout).melding == "Dit BSN klopt niet — controleer de cijfers."
    engels(True)
    vraag = herken(fout)
    assert not vraag.geldig and vraag.label == "BSN"
    assert vraag.melding == "This BSN is not valid — check the digits."
    with pytest.raises(OngeldigeInvoer, match=r"^This BSN is not valid — check the digits$"):
        valideer_bsn(fout)
    assert herken("12345").melding == ("5 digits is too short: a BSN has 9 digits, a KVK number 8.")
    assert herken("Jansen").melding == "Add the date of birth, for example Jansen 01-02-1980."
    assert herken("２５１１ＡＢ 1").vreemde_tekens  # full-width digits, refused in English too
    with pytest.raises(OngeldigeInvoer, match=r"^Searching with \* needs at least three"):
        valideer_naam("Ja*")

    async def open_onbekend() -> Klantbeeld:
        v = verbindingen_voor(sandbox_server)
        try:
            composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
            with pytest.raises(OngeldigeInvoer, match="This BSN is not valid"):
                composer.stream_persoon(fout)
            return await composer.persoon(ONBEKEND_BSN)
        finally:
            await v.aclose()

    beeld = run(open_onbekend)
    niet_gevonden = beeld.fouten[Onderdeel.PERSOON]
    assert isinstance(niet_gevonden, NietGevonden)
    assert niet_gevonden.melding == "no person found with this BSN"


def zoeker_voor(server: Any, tekst: str) -> Zoekresultaat:
    """Search ``tekst`` against every source of ``server``, over HTTP."""
    return zoek_vraag(server, herken(tekst))


def test_searching_says_what_it_found_or_not_in_english(
    engels: Callable[[bool], None],
    sandbox_server: Any,
    voorbeeld: Klantbeeld,  # noqa: F811 - the imported fixture
) -> None:
    niets_nl = zoeker_voor(sandbox_server, "0687650000").melding
    assert niets_nl == "Niets gevonden voor telefoonnummer “0687650000”."
    assert is_niets_gevonden(niets_nl)
    zaak = voorbeeld.zaken[0].zaak.identificatie or ""
    engels(True)
    niets = zoeker_voor(sandbox_server, "0687650000").melding
    assert niets == "Nothing found for phone number “0687650000”."
    assert is_niets_gevonden(niets) and not is_niets_gevonden("The search failed: BRP")
    # a zaaknummer finds its applicant first (the rol's kind, not the words, decides)
    treffers = zoeker_voor(sandbox_server, zaak).treffers
    assert treffers and treffers[0].sleutel == VOORBEELD_BSN
    assert treffers[0].omschrijving == f"Applicant of zaak {zaak}"


def test_the_citizens_view_in_english_keeps_the_sources_words(
    engels: Callable[[bool], None],
    sandbox_server: Any,
    voorbeeld: Klantbeeld,  # noqa: F811 - the imported fixture
) -> None:
    async def details() -> dict[str, Any]:
        v = verbindingen_voor(sandbox_server)
        try:
            composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
            return {z.zaak.url: await composer.zaak_detail(z) for z in zichtbare_zaken(voorbeeld)}
        finally:
            await v.aclose()

    gegevens = run(details)
    nl = inwonerbeeld(voorbeeld, gegevens, vandaag=TEST_VANDAAG)
    engels(True)
    en: InwonerBeeld = inwonerbeeld(voorbeeld, gegevens, vandaag=TEST_VANDAAG)
    assert [b.status for b in nl.betalingen] == [
        "Nog te betalen — de betaaldatum is voorbij",
        "Nog te betalen",
        "Nog te betalen",
        "Betaald",
        "Betaald",
    ]
    assert [b.status for b in en.betalingen] == [
        "Still to pay — the due date has passed",
        "Still to pay",
        "Still to pay",
        "Paid",
        "Paid",
    ]
    # the zaaktypen's names and the statusteksten are the catalogus's words: as written
    assert [(a.titel, a.status, a.stappen) for a in en.aanvragen] == [
        (a.titel, a.status, a.stappen) for a in nl.aanvragen
    ]
    assert [b.omschrijving for b in en.betalingen] == [b.omschrijving for b in nl.betalingen]


def test_screen_pop_messages_in_english(engels: Callable[[bool], None]) -> None:
    engels(True)
    assert (
        lees_uri("klantbeeld:bel?nummer=%2B31612345678").omschrijving
        == "Incoming call from 06-12345678"
    )
    assert lees_uri("klantbeeld:zaak?identificatie=ZAAK-1").omschrijving == "Open zaak ZAAK-1"
    with pytest.raises(OngeldigeSchermpop) as fout:
        lees_uri("klantbeeld:bel")
    assert fout.value.melding == (
        "The link lacks nummer= (for example klantbeeld:bel?nummer=0612345678)."
    )
    with pytest.raises(OngeldigeSchermpop) as fout:
        lees_uri("klantbeeld:bsn?bsn=999993654")
    assert fout.value.melding == "This BSN is not valid — check the digits"
    with pytest.raises(OngeldigeSchermpop) as fout:
        lees_uri("klantbeeld:bel?nummer=anoniem")
    assert fout.value.melding.startswith("The caller's number is withheld.")
    engels(False)
    assert lees_uri("klantbeeld:zaak?identificatie=ZAAK-1").omschrijving == "Zaak ZAAK-1 openen"


def test_document_kinds_and_a_zaak_without_its_source_in_english(
    engels: Callable[[bool], None],
    sandbox_server: Any,
    voorbeeld: Klantbeeld,  # noqa: F811 - the imported fixture
) -> None:
    assert (PDF.naam, XLSX.naam) == ("PDF-document", "Excel-werkblad")
    engels(True)
    assert (PDF.naam, XLSX.naam) == ("PDF document", "Excel worksheet")
    assert PDF.nederlands == "PDF-document"

    async def zonder_zaaksysteem() -> None:
        eindpunten = {k: w for k, w in sandbox_server.endpoints().items() if k != ApiNaam.ZAKEN}
        v = maak_verbindingen(eindpunten)
        try:
            composer = KlantbeeldComposer(v, None)
            with pytest.raises(KlantbeeldError, match=r"^The zaak system is not configured\.$"):
                await composer.zaak_detail(voorbeeld.zaken[0])
        finally:
            await v.aclose()

    run(zonder_zaaksysteem)


def test_the_contacthistorie_in_english_and_its_csv_in_one_format(
    engels: Callable[[bool], None], sandbox_server: Any
) -> None:
    wacht_op_maand(sandbox_server)
    week = Periode(date(2026, 11, 16), date(2026, 11, 20))

    async def laad() -> tuple[list[HistorieRij], list[OpenVerzoek]]:
        v = verbindingen_voor(sandbox_server)
        try:
            api = v.get(ApiNaam.KLANTINTERACTIES)
            assert api is not None
            ki = KlantinteractiesClient(api)
            rijen = await alle(ki, week)
            return rijen, await open_verzoeken(ki, op=TEST_VANDAAG, rijen=rijen)
        finally:
            await v.aclose()

    rijen, verzoeken = run(laad)
    assert rijen and verzoeken
    csv_nl = naar_csv(rijen)
    groepen_nl = [g.label for g in per_leeftijd(verzoeken)]
    engels(True)
    assert [g.label for g in per_leeftijd(verzoeken)] == [
        "today or yesterday",
        "2–3 days",
        "4–7 days",
        "8–14 days",
        "15–30 days",
        "older than 30 days",
    ]
    assert groepen_nl[0] == "vandaag of gisteren"
    assert {v.soort_naam for v in verzoeken} <= {"Contact request", "Question"}
    assert {v.soort for v in verzoeken} <= {"Contactverzoek", "Vraag"}  # the key stays
    zonder = [replace(rijen[0], resultaat="")]  # a contact without an outcome
    resultaten = per_resultaat([*rijen, *zonder])
    # our word for none in English; the registered outcomes themselves as written
    assert set(resultaten) == {r.resultaat for r in rijen if r.resultaat} | {"No result"}
    # the export is data for other tools: the same bytes whoever exports it
    assert naar_csv(rijen) == csv_nl
    assert csv_nl.startswith(b"\xef\xbb\xbfNummer;Datum;Kanaal;")
