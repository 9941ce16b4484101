"""Contacthistorie over real HTTP: streaming a period, filters, counts, open verzoeken, CSV."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.services.apis.klantinteracties import Internetaak, KlantinteractiesClient
from klantbeeld.services.contacthistorie.cijfers import (
    eerste_contact_aandeel,
    per_dag_per_kanaal,
    per_leeftijd,
    per_resultaat,
    top_onderwerpen,
)
from klantbeeld.services.contacthistorie.export import CSV_KOLOMMEN, naar_csv
from klantbeeld.services.contacthistorie.rijen import (
    GEEN_RESULTAAT,
    Filter,
    HistorieDetail,
    HistorieRij,
    Periode,
    filter_rijen,
)
from klantbeeld.services.contacthistorie.rijen import keuzes as filterkeuzes
from klantbeeld.services.contacthistorie.stroom import _paginaplan, alle, details, stroom
from klantbeeld.services.contacthistorie.verzoeken import OpenVerzoek, open_verzoek, open_verzoeken
from klantbeeld.services.registraties.kanalen import kanaal_sleutel
from klantbeeld.services.verbinding.http import MAX_PAGE_SIZE, RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import TEST_VANDAAG, run
from tests.helpers import verbindingen_voor
from tests.sandbox.test_kcc_maand import wacht_op_maand
from tests.services.grote_persoon import GrotePersoon
from tests.services.nep_lijst import BASIS, NepLijst, api_voor

NL = ZoneInfo("Europe/Amsterdam")
#: The whole month before the test date.
MAAND = Periode(TEST_VANDAAG - timedelta(days=32), TEST_VANDAAG)
#: One week in the middle of it.
WEEK = Periode(date(2026, 11, 16), date(2026, 11, 20))


def dag(kc: dict[str, Any]) -> date:
    moment = datetime.fromisoformat(str(kc["plaatsgevondenOp"]).replace("Z", "+00:00"))
    return moment.astimezone(NL).date()


async def laad(
    server: Any, periode: Periode, log: RequestLog | None = None, **opties: Any
) -> list[list[HistorieRij]]:
    verbindingen = verbindingen_voor(server, log=log)
    try:
        api = verbindingen.get(ApiNaam.KLANTINTERACTIES)
        assert api is not None
        return [b async for b in stroom(KlantinteractiesClient(api), periode, **opties)]
    finally:
        await verbindingen.aclose()


def verwacht(server: Any, periode: Periode) -> list[dict[str, Any]]:
    """The period's klantcontacten straight from the store, newest first."""
    kcs = [kc for kc in server.sandbox.store.all(ki.KLANTCONTACTEN) if kc.get("plaatsgevondenOp")]
    binnen = [kc for kc in kcs if periode.van <= dag(kc) <= periode.tot]
    return sorted(binnen, key=lambda kc: (kc["plaatsgevondenOp"], kc["uuid"]), reverse=True)


def medewerker_van(server: Any) -> dict[str, str]:
    """klantcontact uuid -> the handling medewerker's name, from the store."""
    store = server.sandbox.store
    namen = {a["uuid"]: a["naam"] for a in store.all(ki.ACTOREN)}
    return {
        link["klantcontact"]["uuid"]: namen[link["actor"]["uuid"]]
        for link in store.all(ki.ACTORKLANTCONTACTEN)
    }


@pytest.fixture(scope="module")
def maand(sandbox_server: Any) -> Iterator[list[HistorieRij]]:
    """Every row of the month, loaded once."""
    wacht_op_maand(sandbox_server)
    batches = run(lambda: laad(sandbox_server, MAAND))
    yield [r for b in batches for r in b]


# -- streaming ---------------------------------------------------------------------------------


def test_stream_gives_the_period_newest_first_in_a_small_first_batch(
    sandbox_server: Any, maand: list[HistorieRij]
) -> None:
    wacht_op_maand(sandbox_server)
    log = RequestLog()
    batches = run(lambda: laad(sandbox_server, WEEK, log))
    rijen = [r for b in batches for r in b]
    assert [r.uuid for r in rijen] == [kc["uuid"] for kc in verwacht(sandbox_server, WEEK)]
    assert 2500 <= len(rijen) <= 3500
    momenten = [r.moment for r in rijen]
    assert momenten == sorted(momenten, reverse=True)
    assert all(WEEK.van <= r.dag <= WEEK.tot for r in rijen)
    # Paging stopped past the week: the rows newer than it, the week, and what was in flight.
    nieuwer = sum(1 for r in maand if r.dag > WEEK.tot) + sum(
        1
        for kc in sandbox_server.sandbox.store.all(ki.KLANTCONTACTEN)
        if kc.get("plaatsgevondenOp") and dag(kc) > TEST_VANDAAG
    )
    nodig = -(-(nieuwer + len(rijen)) // 500)
    assert len(log.records) <= 1 + 4 + nodig + 3
    totaal = sandbox_server.sandbox.store.count(ki.KLANTCONTACTEN)
    assert len(log.records) < 1 + 4 + totaal // 500 - 5  # nowhere near every page


def test_first_batch_comes_from_a_small_page(sandbox_server: Any) -> None:
    wacht_op_maand(sandbox_server)
    log = RequestLog()
    recent = Periode(TEST_VANDAAG - timedelta(days=3), TEST_VANDAAG)
    batches = run(lambda: laad(sandbox_server, recent, log))
    assert 0 < len(batches[0]) <= 100
    assert sum(len(b) for b in batches) == len(verwacht(sandbox_server, recent))
    assert len(log.records) <= 1 + 4 + 3 + 3  # about 1,800 rows: a handful of pages


def test_the_whole_month_matches_the_store(sandbox_server: Any, maand: list[HistorieRij]) -> None:
    assert [r.uuid for r in maand] == [kc["uuid"] for kc in verwacht(sandbox_server, MAAND)]
    assert len({r.uuid for r in maand}) == len(maand) > 12_000
    rij = next(r for r in maand if r.resultaat)
    kc = sandbox_server.sandbox.store.get(ki.KLANTCONTACTEN, rij.uuid)
    assert rij.resultaat == kc["metadata"]["resultaat"]
    assert rij.inhoud == kc["inhoud"] and rij.onderwerp == kc["onderwerp"]
    assert rij.medewerker == medewerker_van(sandbox_server)[rij.uuid]
    assert rij.partij_uuid is None and rij.zaak_uuids == ()  # not fetched in the list


def test_odd_page_sizes_still_give_every_row_once(sandbox_server: Any) -> None:
    wacht_op_maand(sandbox_server)
    batches = run(lambda: laad(sandbox_server, WEEK, eerste_pagina=70, pagina=300, gelijktijdig=2))
    assert [r.uuid for b in batches for r in b] == [
        kc["uuid"] for kc in verwacht(sandbox_server, WEEK)
    ]


def test_a_period_past_the_servers_page_cap_is_read_to_its_end(
    groot_server: tuple[Any, GrotePersoon],
) -> None:
    """2,500 contacts of one person, a month of traffic after them; pages asked over the cap."""
    server, groot = groot_server
    wacht_op_maand(server)
    periode = Periode(groot.van, groot.tot)
    for pagina in (MAX_PAGE_SIZE, 2 * MAX_PAGE_SIZE):
        log = RequestLog()
        batches = run(lambda: laad(server, periode, log, pagina=pagina))  # noqa: B023
        uuids = [r.uuid for b in batches for r in b]
        assert uuids == [kc["uuid"] for kc in verwacht(server, periode)]
        assert set(groot.klantcontact_uuids) <= set(uuids)
        # never a page past the last one (pages still in flight at the end were cancelled)
        assert {r.status for r in log.records} <= {200, None}


def _nep_contacten(aantal: int) -> list[dict[str, Any]]:
    """Klantcontacten one hour apart, newest first, as the list sends them."""
    begin = datetime(2026, 11, 30, 12, tzinfo=UTC)
    return [
        {
            "uuid": f"00000000-0000-4000-8000-{n:012d}",
            "url": f"{BASIS}/klantcontacten/{n}",
            "kanaal": "telefoon",
            "onderwerp": f"Vraag {n}",
            "inhoud": "",
            "plaatsgevondenOp": (begin - timedelta(hours=n)).isoformat(),
        }
        for n in range(aantal)
    ]


@pytest.mark.parametrize("cap", [40, 100, 300, 1000])
def test_the_stream_reads_every_row_whatever_the_servers_cap(cap: int) -> None:
    items = _nep_contacten(2345)
    lijst = NepLijst(items, cap=cap)
    periode = Periode(date(2026, 1, 1), date(2026, 12, 31))

    async def main() -> list[HistorieRij]:
        api, http = api_voor(lijst)
        async with http:
            return await alle(KlantinteractiesClient(api), periode, pagina=1000)

    assert [r.uuid for r in run(main)] == [i["uuid"] for i in items]
    assert lijst.statussen == {200}  # never a page past the last one


def test_the_stream_reads_on_when_the_list_grew_meanwhile() -> None:
    items = _nep_contacten(200)  # two full pages when counted

    def groei(lijst: NepLijst) -> None:
        if len(lijst.gevraagd) == 1:  # a new contact on top: the oldest moves to page 3
            lijst.items.insert(0, {**items[0], "uuid": "nieuw", "url": f"{BASIS}/nieuw"})

    lijst = NepLijst(list(items), cap=100, na_verzoek=groei)
    periode = Periode(date(2026, 1, 1), date(2026, 12, 31))

    async def main() -> list[HistorieRij]:
        api, http = api_voor(lijst)
        async with http:
            ki_client = KlantinteractiesClient(api)
            return await alle(ki_client, periode, eerste_pagina=50, pagina=100)

    assert {i["uuid"] for i in items} <= {r.uuid for r in run(main)}
    assert (3, 100, 200) in lijst.gevraagd  # by the last page's ``next``
    assert lijst.statussen == {200}


def test_paginaplan_fills_the_gap_without_fetching_rows_twice() -> None:
    assert _paginaplan(100, 500, 1400) == [
        (2, 100, 0),
        (3, 100, 0),
        (4, 100, 0),
        (5, 100, 0),
        (2, 500, 0),
        (3, 500, 0),
    ]
    assert _paginaplan(100, 500, 250) == [(2, 100, 0), (3, 100, 0)]
    assert _paginaplan(70, 300, 700) == [(1, 300, 70), (2, 300, 0), (3, 300, 0)]


# -- filters -----------------------------------------------------------------------------------


def test_filters_give_the_counts_the_store_gives(
    sandbox_server: Any, maand: list[HistorieRij]
) -> None:
    kcs = verwacht(sandbox_server, MAAND)
    wie = medewerker_van(sandbox_server)

    def aantal(pred: Any) -> int:
        return sum(1 for kc in kcs if pred(kc))

    def resultaat(kc: dict[str, Any]) -> str:
        return str((kc.get("metadata") or {}).get("resultaat") or "")

    telefoon = filter_rijen(maand, Filter(kanalen=frozenset({"telefoon"})))
    assert len(telefoon) == aantal(lambda kc: kanaal_sleutel(kc["kanaal"]) == "telefoon")
    chat_of_balie = filter_rijen(maand, Filter(kanalen=frozenset({"chat", "balie"})))
    assert len(chat_of_balie) == aantal(lambda kc: kc["kanaal"] in ("Live Chat", "Balie"))
    lotte = filter_rijen(maand, Filter(medewerkers=frozenset({"Lotte Vos"})))
    assert len(lotte) == aantal(lambda kc: wie.get(kc["uuid"]) == "Lotte Vos") > 500
    paspoort = filter_rijen(maand, Filter(onderwerpen=frozenset({"Paspoort aanvragen"})))
    assert len(paspoort) == aantal(lambda kc: kc["onderwerp"] == "Paspoort aanvragen") > 500
    niet = filter_rijen(maand, Filter(resultaten=frozenset({"Niet gelukt"})))
    assert len(niet) == aantal(lambda kc: resultaat(kc) == "Niet gelukt")
    assert all(not r.contact_gelukt for r in niet)
    zonder = filter_rijen(maand, Filter(resultaten=frozenset({""})))
    assert len(zonder) == aantal(lambda kc: not resultaat(kc))
    tekst = filter_rijen(maand, Filter(tekst="  GROENE container "))
    assert len(tekst) == aantal(
        lambda kc: "groene" in kc["inhoud"].lower() and "container" in kc["inhoud"].lower()
    )
    assert tekst
    samen = Filter(
        kanalen=frozenset({"telefoon"}),
        medewerkers=frozenset({"Lotte Vos", "Kees Bos"}),
        resultaten=frozenset({"Zelfstandig afgehandeld"}),
        periode=WEEK,
    )
    assert len(filter_rijen(maand, samen)) == aantal(
        lambda kc: (
            kc["kanaal"] == "Telefoon"
            and wie.get(kc["uuid"]) in ("Lotte Vos", "Kees Bos")
            and resultaat(kc) == "Zelfstandig afgehandeld"
            and WEEK.van <= dag(kc) <= WEEK.tot
        )
    )
    assert filter_rijen(maand, Filter()) == maand and Filter().leeg


def test_keuzes_lists_every_filter_value(maand: list[HistorieRij]) -> None:
    keuzes = filterkeuzes(maand)
    assert keuzes["kanalen"] == sorted(
        ["telefoon", "e-mail", "chat", "balie", "post", "webformulier"]
    )
    assert len(keuzes["medewerkers"]) == 15
    assert "Wmo-voorziening" in keuzes["onderwerpen"]


# -- the overview ------------------------------------------------------------------------------


def test_counts_reflect_the_data(sandbox_server: Any, maand: list[HistorieRij]) -> None:
    kcs = verwacht(sandbox_server, MAAND)
    per_dag = per_dag_per_kanaal(maand)
    assert list(per_dag) == sorted(per_dag)
    assert sum(sum(k.values()) for k in per_dag.values()) == len(maand)
    maandag = date(2026, 11, 23)
    verwacht_dag = Counter(kanaal_sleutel(kc["kanaal"]) for kc in kcs if dag(kc) == maandag)
    assert per_dag[maandag] == dict(verwacht_dag)
    assert per_dag[maandag]["telefoon"] > per_dag[maandag]["post"]

    resultaten = per_resultaat(maand)
    verwacht_res = Counter(
        (kc.get("metadata") or {}).get("resultaat") or GEEN_RESULTAAT for kc in kcs
    )
    assert resultaten == dict(verwacht_res)
    assert next(iter(resultaten)) == "Zelfstandig afgehandeld"

    top = top_onderwerpen(maand)
    assert len(top) == 10
    teller = Counter(kc["onderwerp"] for kc in kcs)
    assert top == sorted(teller.items(), key=lambda kv: (-kv[1], kv[0]))[:10]

    met = [kc for kc in kcs if (kc.get("metadata") or {}).get("resultaat")]
    zelf = [kc for kc in met if kc["metadata"]["resultaat"] == "Zelfstandig afgehandeld"]
    assert eerste_contact_aandeel(maand) == pytest.approx(len(zelf) / len(met))
    assert 0.65 <= eerste_contact_aandeel(maand) <= 0.75
    # The overview follows the filter.
    chat = filter_rijen(maand, Filter(kanalen=frozenset({"chat"})))
    assert {k for d in per_dag_per_kanaal(chat).values() for k in d} == {"chat"}
    assert sum(per_resultaat(chat).values()) == len(chat)


def test_counts_of_nothing() -> None:
    assert per_dag_per_kanaal([]) == {} and per_resultaat([]) == {}
    assert top_onderwerpen([]) == [] and eerste_contact_aandeel([]) == 0.0


# -- details -----------------------------------------------------------------------------------


def test_details_name_the_partij_for_the_klantbeeld_link(
    sandbox_server: Any, maand: list[HistorieRij]
) -> None:
    store = sandbox_server.sandbox.store
    bets = {b["hadKlantcontact"]["uuid"]: b for b in store.all(ki.BETROKKENEN)}
    bsn_van = {
        i["identificeerdePartij"]["uuid"]: i["partijIdentificator"]["objectId"]
        for i in store.all(ki.IDENTIFICATOREN)
        if i["partijIdentificator"]["codeSoortObjectId"] == "bsn"
    }
    bekend = next(r for r in maand if (p := bets[r.uuid]["wasPartij"]) and p["uuid"] in bsn_van)
    anoniem = next(
        r for r in maand if not bets[r.uuid]["wasPartij"] and bets[r.uuid]["volledigeNaam"]
    )

    async def go() -> tuple[HistorieDetail, HistorieDetail]:
        verbindingen = verbindingen_voor(sandbox_server)
        try:
            api = verbindingen.get(ApiNaam.KLANTINTERACTIES)
            assert api is not None
            ki_client = KlantinteractiesClient(api)
            return await details(ki_client, bekend), await details(ki_client, anoniem)
        finally:
            await verbindingen.aclose()

    a, b = run(go)
    partij = bets[bekend.uuid]["wasPartij"]["uuid"]
    assert a.partij_uuid == partij and a.bsn == bsn_van[partij] and a.kvk_nummer is None
    assert a.contactnaam == bets[bekend.uuid]["volledigeNaam"]
    assert a.rij.uuid == bekend.uuid and a.rij.partij_uuid == partij
    assert b.bsn is None and b.partij_uuid is None
    assert b.contactnaam == bets[anoniem.uuid]["volledigeNaam"]


# -- open contactverzoeken ---------------------------------------------------------------------


def taak(handeling: str, toegewezen: datetime | None) -> Internetaak:
    return Internetaak.model_validate(
        {
            "uuid": "t1",
            "gevraagdeHandeling": handeling,
            "status": "te_verwerken",
            "toegewezenOp": toegewezen.isoformat() if toegewezen else None,
            "toegewezenAanActoren": [{"uuid": "a1"}, {"uuid": "a2"}],
            "aanleidinggevendKlantcontact": {"uuid": "k1"},
        }
    )


def test_age_term_and_holder_of_one_open_item() -> None:
    op = date(2026, 12, 1)
    # 23:30 UTC on 28 November is already 29 November in the Netherlands.
    laat = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    v = open_verzoek(taak("Terugbellen", laat), op=op, actor_namen={"a1": "Parkeren"})
    assert (v.soort, v.dagen, v.termijn_dagen, v.te_laat) == ("Contactverzoek", 3, 2, True)
    assert v.actoren == ("Parkeren", "onbekende actor") and v.klantcontact_uuid == "k1"
    op_tijd = open_verzoek(taak("Terugbellen", laat + timedelta(days=1)), op=op, actor_namen={})
    assert (op_tijd.dagen, op_tijd.te_laat) == (2, False)
    vraag = open_verzoek(taak("Vraag beantwoorden", laat), op=op, actor_namen={})
    assert (vraag.soort, vraag.termijn_dagen, vraag.te_laat) == ("Vraag", 5, False)
    onbekend = open_verzoek(taak("Terugmailen", None), op=op, actor_namen={})
    assert (onbekend.soort, onbekend.dagen, onbekend.te_laat) == ("Contactverzoek", None, False)


def test_age_groups() -> None:
    def v(dagen: int | None) -> OpenVerzoek:
        return OpenVerzoek(
            uuid=str(dagen), nummer="", gevraagde_handeling="Terugbellen", toelichting="",
            soort="Contactverzoek", onderwerp="", klantcontact_uuid=None, toegewezen_op=None,
            dagen=dagen, termijn_dagen=2, te_laat=dagen is not None and dagen > 2, actoren=(),
        )  # fmt: skip

    groepen = per_leeftijd([v(d) for d in (0, 1, 2, 3, 4, 7, 8, 14, 15, 30, 31, 400, None, -1)])
    assert [g.aantal for g in groepen] == [3, 2, 2, 2, 2, 3]
    assert [g.te_laat for g in groepen] == [0, 1, 2, 2, 2, 2]
    assert next(g.label for g in groepen) == "vandaag of gisteren"


def test_open_verzoeken_ages_overdue_and_holders(
    sandbox_server: Any, maand: list[HistorieRij]
) -> None:
    store = sandbox_server.sandbox.store
    log = RequestLog()

    async def go() -> list[OpenVerzoek]:
        verbindingen = verbindingen_voor(sandbox_server, log=log)
        try:
            api = verbindingen.get(ApiNaam.KLANTINTERACTIES)
            assert api is not None
            return await open_verzoeken(KlantinteractiesClient(api), op=TEST_VANDAAG, rijen=maand)
        finally:
            await verbindingen.aclose()

    verzoeken = run(go)
    open_ = {t["uuid"]: t for t in store.all(ki.INTERNETAKEN) if t["status"] == "te_verwerken"}
    assert {v.uuid for v in verzoeken} == set(open_)
    namen = {a["uuid"]: a["naam"] for a in store.all(ki.ACTOREN)}
    kcs = {kc["uuid"]: kc for kc in store.all(ki.KLANTCONTACTEN)}
    for v in verzoeken:
        t = open_[v.uuid]
        toegewezen = datetime.fromisoformat(t["toegewezenOp"].replace("Z", "+00:00"))
        assert v.dagen == (TEST_VANDAAG - toegewezen.astimezone(NL).date()).days
        assert v.te_laat is (v.dagen > v.termijn_dagen)  # type: ignore[operator]
        assert v.actoren == tuple(namen[a["uuid"]] for a in t["toegewezenAanActoren"])
        assert v.onderwerp == kcs[t["aanleidinggevendKlantcontact"]["uuid"]]["onderwerp"]
    dagen = [v.dagen for v in verzoeken]
    assert dagen == sorted(dagen, reverse=True)  # type: ignore[type-var]
    te_laat = [v for v in verzoeken if v.te_laat]
    assert te_laat and len(te_laat) < len(verzoeken)
    assert {"Parkeren", "Wijkbeheer", "Belastingen"} & {a for v in te_laat for a in v.actoren}
    # Onderwerpen of contacts already loaded are not fetched again.
    in_maand = {r.uuid for r in maand}
    buiten = {t["aanleidinggevendKlantcontact"]["uuid"] for t in open_.values()} - in_maand
    details = [r for r in log.records if "/klantcontacten/" in r.path]
    assert len(details) == len(buiten)
    groepen = per_leeftijd(verzoeken)
    assert sum(g.aantal for g in groepen) == len(verzoeken)
    assert sum(g.te_laat for g in groepen) == len(te_laat)


# -- CSV ---------------------------------------------------------------------------------------


def rij(**velden: Any) -> HistorieRij:
    standaard: dict[str, Any] = {
        "uuid": "u1",
        "url": "http://x/klantcontacten/u1",
        "moment": datetime(2026, 7, 1, 8, 5, tzinfo=UTC),
        "kanaal": "Live Chat",
        "onderwerp": "Parkeren",
        "inhoud": "Vraag",
        "medewerker": "Lotte Vos",
        "resultaat": "Zelfstandig afgehandeld",
        "contact_gelukt": True,
        "nummer": "0001000001",
    }
    standaard.update(velden)
    return HistorieRij(**standaard)


def lees(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    tekst = data[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(tekst, newline=""), delimiter=";"))


def test_csv_for_dutch_excel(maand: list[HistorieRij]) -> None:
    data = naar_csv(maand[:200])
    assert data.startswith(b"\xef\xbb\xbfNummer;Datum;Kanaal;Onderwerp;Inhoud;")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    rijen = lees(data)
    assert rijen[0] == list(CSV_KOLOMMEN) and "BSN" not in rijen[0]
    assert len(rijen) == 201
    eerste = maand[0]
    assert rijen[1][0] == eerste.nummer
    assert rijen[1][1] == eerste.moment.astimezone(NL).strftime("%d-%m-%Y %H:%M")
    assert rijen[1][2] == eerste.kanaal_label and rijen[1][4] == eerste.inhoud


def test_csv_dates_in_dutch_time_and_special_characters_quoted() -> None:
    zomer = rij(moment=datetime(2026, 7, 1, 8, 5, tzinfo=UTC))
    winter = rij(moment=datetime(2026, 1, 5, 23, 30, tzinfo=UTC), contact_gelukt=False)
    lastig = rij(onderwerp='Rij; met "quotes"', inhoud="regel 1\nregel 2; é ü 😀")
    data = naar_csv([zomer, winter, lastig])
    assert b'"Rij; met ""quotes"""' in data  # RFC 4180
    rijen = lees(data)
    assert rijen[1][1] == "01-07-2026 10:05" and rijen[2][1] == "06-01-2026 00:30"
    assert rijen[1][7] == "Ja" and rijen[2][7] == "Nee"
    assert rijen[3][3] == 'Rij; met "quotes"' and rijen[3][4] == "regel 1\nregel 2; é ü 😀"
    assert rijen[1][2] == "Chat"


def test_csv_has_bsn_only_when_asked() -> None:
    rijen_in = [rij(uuid="a"), rij(uuid="b")]
    zonder = lees(naar_csv(rijen_in, bsn_van=lambda r: "999993653"))
    assert all(len(r) == len(CSV_KOLOMMEN) for r in zonder)
    assert "999993653" not in str(zonder)
    met = lees(
        naar_csv(rijen_in, met_bsn=True, bsn_van=lambda r: "999993653" if r.uuid == "a" else None)
    )
    assert met[0][-1] == "BSN" and met[1][-1] == "999993653" and met[2][-1] == ""
    assert lees(naar_csv(rijen_in, met_bsn=True))[1][-1] == ""


@pytest.mark.parametrize(
    "kwaad", ['=HYPERLINK("http://x")', "+31 6 123", "-2+3", "@SUM(A1)", "\t=1"]
)
def test_csv_guards_against_formula_injection(kwaad: str) -> None:
    rijen = lees(naar_csv([rij(onderwerp=kwaad, inhoud=kwaad, medewerker=kwaad)]))
    assert rijen[1][3] == rijen[1][4] == rijen[1][5] == "'" + kwaad
    assert lees(naar_csv([rij(onderwerp="Gewoon = tekst")]))[1][3] == "Gewoon = tekst"
