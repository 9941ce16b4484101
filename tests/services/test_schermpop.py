"""Screen-pops: URIs and command lines checked as untrusted input; phone look-up over HTTP."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from klantbeeld.sandbox.filterparameters import LIJST_PARAMETERS
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.klantbeeld.schermpop import (
    MAX_BYTES,
    Actie,
    Frames,
    OngeldigeSchermpop,
    Schermpop,
    lees_argumenten,
    lees_bericht,
    lees_uri,
    verpak,
)
from klantbeeld.services.klantbeeld.telefoonnummer import Telefoonnummer, lees_telefoonnummer
from klantbeeld.services.klantbeeld.zoeken import TrefferSoort, Zoeker, Zoekresultaat
from klantbeeld.services.klantbeeld.zoekvraag import TelefoonVraag, ZaaknummerVraag, herken
from klantbeeld.services.verbinding.errors import OngeldigeInvoer
from tests.conftest import run
from tests.helpers import ki_client, ki_verbindingen

# -- phone numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tekst", "nummer"),
    [
        ("0612345678", "0612345678"),
        ("06-12345678", "0612345678"),
        ("06 1234 5678", "0612345678"),
        ("06 - 123 456 78", "0612345678"),
        ("+31612345678", "0612345678"),
        ("+31 6 1234 5678", "0612345678"),
        ("+31 (0)6 12345678", "0612345678"),
        ("+31 06 12345678", "0612345678"),
        ("0031612345678", "0612345678"),
        ("0031 6 12345678", "0612345678"),
        ("0031 (0)6-12345678", "0612345678"),
        ("(06) 12345678", "0612345678"),
        ("070-3533000", "0703533000"),
        ("070 353 3000", "0703533000"),
        ("+31 70 353 3000", "0703533000"),
        ("010-2671234", "0102671234"),
        ("0299-123456", "0299123456"),
        ("+32 2 555 12 12", "+3225551212"),
        ("0032 2 555 12 12", "+3225551212"),
        ("\u00a006\u00a012345678 ", "0612345678"),
    ],
)
def test_every_way_of_writing_a_number_gives_one_form(tekst: str, nummer: str) -> None:
    assert lees_telefoonnummer(tekst).nummer == nummer


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("", "Vul een telefoonnummer in."),
        ("   ", "Vul een telefoonnummer in."),
        ("061234567", "geen geldig telefoonnummer"),  # nine digits
        ("06123456789", "geen geldig telefoonnummer"),  # eleven
        ("612345678", "geen geldig telefoonnummer"),  # no 0 / +31
        ("0000612345678", "geen geldig telefoonnummer"),  # no country code 0
        ("+31 6 1234 567", "geen geldig telefoonnummer"),
        ("06-1234abcd", "geen geldig telefoonnummer"),
        ("06;rm -rf /", "geen geldig telefoonnummer"),
        ("+", "geen geldig telefoonnummer"),
        ("0" * 41, "geen geldig telefoonnummer"),
        ("０６１２３４５６７８", "Alleen de cijfers 0–9"),
        ("06\u202e12345678", "onzichtbaar stuurteken"),
        ("anonymous", "afgeschermd"),
        ("Onbekend", "afgeschermd"),
    ],
)
def test_malformed_numbers_say_why(tekst: str, melding: str) -> None:
    with pytest.raises(OngeldigeInvoer) as e:
        lees_telefoonnummer(tekst)
    assert melding in e.value.melding


def test_a_number_knows_the_forms_a_server_holds_it_in() -> None:
    mobiel = Telefoonnummer("0612345678")
    assert mobiel.vormen == ("0612345678", "+31612345678", "0031612345678")
    assert all(mobiel.kern in vorm for vorm in mobiel.vormen)
    assert mobiel.weergave == "06-12345678"
    assert Telefoonnummer("0703533000").weergave == "070-3533000"
    assert Telefoonnummer("0299123456").weergave == "0299-123456"
    assert all(mobiel.is_zelfde(v) for v in mobiel.vormen)
    # the kern inside another number, or an e-mail, is not this number
    assert not mobiel.is_zelfde("+4961234567891")
    assert not mobiel.is_zelfde("0612345678@example.nl")
    buitenland = Telefoonnummer("+3225551212")
    assert buitenland.vormen == ("+3225551212", "003225551212")
    assert all(buitenland.kern in v for v in buitenland.vormen)


def test_the_search_field_knows_the_same_forms() -> None:
    for tekst in ("+31 (0)6 12345678", "0031 6 12345678", "06-12345678"):
        vraag = herken(tekst)
        assert isinstance(vraag, TelefoonVraag) and vraag.telefoonnummer == "0612345678"
    # digits that only look like a number (a vestigingsnummer half typed) are no phone number
    assert herken("0000371785").soort is not TelefoonVraag.SOORT


# -- klantbeeld: URIs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uri", "verwacht"),
    [
        ("klantbeeld:bel?nummer=%2B31612345678", Schermpop(Actie.BEL, "0612345678")),
        ("klantbeeld:bel?nummer=+31612345678", Schermpop(Actie.BEL, "0612345678")),
        ("klantbeeld:bel?nummer=06-12345678", Schermpop(Actie.BEL, "0612345678")),
        ("klantbeeld:bel?nummer=0031%206%2012345678", Schermpop(Actie.BEL, "0612345678")),
        ("KLANTBEELD:BEL?nummer=070-3533000", Schermpop(Actie.BEL, "0703533000")),
        ("klantbeeld://bel/?nummer=0612345678", Schermpop(Actie.BEL, "0612345678")),
        ("  klantbeeld:bel?nummer=0612345678\n", Schermpop(Actie.BEL, "0612345678")),
        ("klantbeeld:bsn?bsn=999993653", Schermpop(Actie.BSN, "999993653")),
        ("klantbeeld:bsn?bsn=9999.93.653", Schermpop(Actie.BSN, "999993653")),
        (
            "klantbeeld:bsn?bsn=999993653&zaak=ZAAK-2026-0000000001",
            Schermpop(Actie.BSN, "999993653", "ZAAK-2026-0000000001"),
        ),
        (
            "klantbeeld:zaak?identificatie=ZAAK-2026-0000000001",
            Schermpop(Actie.ZAAK, "ZAAK-2026-0000000001"),
        ),
    ],
)
def test_uris_are_read(uri: str, verwacht: Schermpop) -> None:
    verzoek = lees_uri(uri)
    assert verzoek == verwacht
    assert lees_uri(verzoek.uri()) == verzoek  # what a second launch sends reads back the same


@pytest.mark.parametrize(
    ("uri", "melding"),
    [
        ("https://example.nl/bel?nummer=0612345678", "geen Klantbeeld-link"),
        ("bel?nummer=0612345678", "geen Klantbeeld-link"),
        ("klantbeeld:wis?alles=ja", "kent de opdracht “wis” niet; wel: bel, bsn, zaak"),
        ("klantbeeld:?nummer=0612345678", "kent de opdracht"),
        ("klantbeeld:bel", "ontbreekt nummer="),
        ("klantbeeld:bel?nummer=", "ontbreekt nummer="),
        ("klantbeeld:bel?nummer", "ontbreekt een waarde"),
        ("klantbeeld:bel?nummer=123", "geen geldig telefoonnummer"),
        ("klantbeeld:bel?nummer=0612345678&nummer=0687654321", "twee keer"),
        ("klantbeeld:bel?nummer=0612345678&exec=calc", "onbekend onderdeel: exec"),
        ("klantbeeld:bel?nummer=0612345678#x", "geen deel na een #"),
        ("klantbeeld:bel?nummer=06%0012345678", "onzichtbaar stuurteken"),
        ("klantbeeld:bel?nummer=%FF%FE", "tekens die Klantbeeld niet kan lezen"),
        ("klantbeeld:bel?nummer=%EF%BC%90612345678", "Alleen de cijfers 0–9"),
        ("klantbeeld:bsn?bsn=123456789", "Dit BSN klopt niet"),
        ("klantbeeld:bsn?bsn=99999365", "9 cijfers"),
        ("klantbeeld:bsn?bsn=999993653&zaak=../../etc", "zaaknummer klopt niet"),
        ("klantbeeld:zaak?identificatie=" + "Z" * 41, "zaaknummer klopt niet"),
        ("klantbeeld:zaak?identificatie=%3Cscript%3E", "zaaknummer klopt niet"),
        ("klantbeeld:bel?nummer=" + "0" * MAX_BYTES, "te groot"),
    ],
)
def test_malformed_uris_are_refused_with_a_reason(uri: str, melding: str) -> None:
    with pytest.raises(OngeldigeSchermpop) as e:
        lees_uri(uri)
    assert melding in e.value.melding


def test_command_line_forms() -> None:
    assert lees_argumenten() is None
    assert lees_argumenten(bel="06 1234 5678") == Schermpop(Actie.BEL, "0612345678")
    assert lees_argumenten(bsn="999993653", zaak="Z-1") == Schermpop(Actie.BSN, "999993653", "Z-1")
    assert lees_argumenten(zaak="ZAAK-2026-0000000001") == Schermpop(
        Actie.ZAAK, "ZAAK-2026-0000000001"
    )
    assert lees_argumenten(uri="klantbeeld:bel?nummer=0612345678") == Schermpop(
        Actie.BEL, "0612345678"
    )
    for kwargs in (
        {"bel": "0612345678", "bsn": "999993653"},
        {"uri": "klantbeeld:bsn?bsn=999993653", "bel": "0612345678"},
        {"bel": "0612345678", "zaak": "Z-1"},
        {"bel": "x" * (MAX_BYTES + 1)},
    ):
        with pytest.raises(OngeldigeSchermpop):
            lees_argumenten(**kwargs)


def test_what_each_request_searches() -> None:
    assert lees_uri("klantbeeld:bel?nummer=%2B31612345678").zoekvraag() == herken("0612345678")
    zaak = lees_uri("klantbeeld:zaak?identificatie=ZAAK-2026-0000000001").zoekvraag()
    assert zaak == ZaaknummerVraag("ZAAK-2026-0000000001", "ZAAK-2026-0000000001")
    # an identificatie the search field would not recognise is still searched as a zaak
    assert lees_uri("klantbeeld:zaak?identificatie=0014-2026").zoekvraag() == ZaaknummerVraag(
        "0014-2026", "0014-2026"
    )
    assert (
        lees_uri("klantbeeld:bel?nummer=0612345678").omschrijving
        == "Inkomend gesprek van 06-12345678"
    )


# -- the wire ----------------------------------------------------------------------------------


def test_frames_arrive_in_pieces_and_oversized_ones_are_refused() -> None:
    frame = verpak({"uri": "klantbeeld:bel?nummer=0612345678"})
    frames = Frames()
    assert frames.voeg_toe(frame[:3]) == []
    assert frames.voeg_toe(frame[3:10]) == []
    assert frames.voeg_toe(frame[10:] + frame) == [{"uri": "klantbeeld:bel?nummer=0612345678"}] * 2
    with pytest.raises(OngeldigeSchermpop, match="te groot"):
        Frames().voeg_toe((MAX_BYTES + 1).to_bytes(4, "big"))
    with pytest.raises(OngeldigeSchermpop, match="onleesbaar"):
        Frames().voeg_toe((3).to_bytes(4, "big") + b"\xff\xfe{")
    with pytest.raises(OngeldigeSchermpop, match="onleesbaar"):
        Frames().voeg_toe((2).to_bytes(4, "big") + b"[]")
    with pytest.raises(OngeldigeSchermpop, match="te groot"):
        verpak({"uri": "x" * MAX_BYTES})
    for bericht in ({"uri": 5}, {"uri": "klantbeeld:bsn?bsn=999993653", "x": 1}, {"status": True}):
        with pytest.raises(OngeldigeSchermpop, match="onleesbaar"):
            lees_bericht(bericht)


# -- look-up over HTTP -----------------------------------------------------------------------


def telefoons(store: Any) -> dict[str, str]:
    """BSN -> the phone number its partij gave, for every seeded person with one."""
    bsn_van = {
        i["identificeerdePartij"]["uuid"]: i["partijIdentificator"]["objectId"]
        for i in store.all(ki.IDENTIFICATOREN)
        if i["partijIdentificator"]["codeSoortObjectId"] == "bsn"
    }
    uit: dict[str, str] = {}
    for a in store.all(ki.DIGITALEADRESSEN):
        partij = (a.get("verstrektDoorPartij") or {}).get("uuid")
        if a["soortDigitaalAdres"] == "telefoonnummer" and partij in bsn_van:
            uit.setdefault(bsn_van[partij], a["adres"])
    return uit


class Opname(httpx.AsyncHTTPTransport):
    """A real transport that notes every URL it sends."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[httpx.URL] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(request.url)
        return await super().handle_async_request(request)


def zoek_telefoon(server: Any, tekst: str, opname: Opname | None = None) -> Zoekresultaat:
    vraag = herken(tekst)
    assert isinstance(vraag, TelefoonVraag), vraag

    async def main() -> Zoekresultaat:
        v = ki_verbindingen(server, transport=opname)
        try:
            zoeker = Zoeker(brp=None, kvk=None, zaken=None, klantinteracties=ki_client(v))
            return await zoeker.zoek(vraag)
        finally:
            await v.aclose()

    return run(main)


def _schrijfwijzen(nummer: str) -> list[str]:
    kern = nummer[1:]
    return [nummer, f"+31{kern}", f"0031 {kern[0]} {kern[1:]}", f"{nummer[:2]}-{nummer[2:]}"]


def test_seeded_callers_are_found_by_their_number_in_every_form(sandbox_server: Any) -> None:
    nummers = telefoons(sandbox_server.sandbox.store)
    assert nummers[VOORBEELD_BSN] == "0612345678"
    gekozen = [VOORBEELD_BSN, *sorted(b for b in nummers if b != VOORBEELD_BSN)[:2]]
    for bsn in gekozen:
        for tekst in _schrijfwijzen(nummers[bsn]):
            resultaat = zoek_telefoon(sandbox_server, tekst)
            assert not resultaat.fouten
            assert [(t.soort, t.sleutel) for t in resultaat.treffers] == [
                (TrefferSoort.PERSOON, bsn)
            ], tekst


def test_one_request_with_filters_the_real_server_has(sandbox_server: Any) -> None:
    opname = Opname()
    zoek_telefoon(sandbox_server, "+31 6 1234 5678", opname)
    lijst = [u for u in opname.urls if u.path.endswith("/digitaleadressen")]
    assert len(lijst) == 1
    params = dict(lijst[0].params)
    # adres__icontains (icontains) and soortDigitaalAdres (exact) are Open Klant's own filters
    assert (
        {"soortDigitaalAdres", "adres__icontains"}
        <= set(params)
        <= LIJST_PARAMETERS["/klantinteracties/api/v1/digitaleadressen"]
    )
    assert params["soortDigitaalAdres"] == "telefoonnummer"
    assert params["adres__icontains"] == "612345678"


def test_a_number_stored_in_another_form_gives_the_candidates(fresh_sandbox: Any) -> None:
    store = fresh_sandbox.sandbox.store
    nummers = telefoons(store)
    ander = next(b for b in sorted(nummers) if b != VOORBEELD_BSN)
    partij_van_ander = next(
        i["identificeerdePartij"]["uuid"]
        for i in store.all(ki.IDENTIFICATOREN)
        if i["partijIdentificator"]["objectId"] == ander
    )

    async def deel_nummer() -> None:
        v = ki_verbindingen(fresh_sandbox)
        try:
            # the other person gave the example number too, stored the international way
            await ki_client(v).maak_digitaal_adres(
                partij_uuid=partij_van_ander, soort="telefoonnummer", adres="+31612345678"
            )
        finally:
            await v.aclose()

    run(deel_nummer)
    for tekst in ("0612345678", "+31612345678", "0031 6 12345678"):
        resultaat = zoek_telefoon(fresh_sandbox, tekst)
        assert sorted(t.sleutel for t in resultaat.treffers) == sorted([VOORBEELD_BSN, ander])
        assert all("06-12345678" in t.omschrijving for t in resultaat.treffers)


def test_an_unknown_number_finds_nobody(sandbox_server: Any) -> None:
    resultaat = zoek_telefoon(sandbox_server, "0687650000")
    assert resultaat.treffers == [] and not resultaat.fouten
    assert resultaat.melding == "Niets gevonden voor telefoonnummer “0687650000”."


def test_a_number_given_in_an_earlier_contact_finds_its_partij(fresh_sandbox: Any) -> None:
    store = fresh_sandbox.sandbox.store
    bsn_van = {
        i["identificeerdePartij"]["uuid"]: i["partijIdentificator"]["objectId"]
        for i in store.all(ki.IDENTIFICATOREN)
        if i["partijIdentificator"]["codeSoortObjectId"] == "bsn"
    }
    betrokkene = next(
        b for b in store.all(ki.BETROKKENEN) if (b.get("wasPartij") or {}).get("uuid") in bsn_van
    )
    bsn = bsn_van[betrokkene["wasPartij"]["uuid"]]

    async def noteer() -> None:
        v = ki_verbindingen(fresh_sandbox)
        try:  # noted with the contact only (as KISS does), not given by the partij itself
            await ki_client(v).maak_digitaal_adres(
                betrokkene_uuid=betrokkene["uuid"], soort="telefoonnummer", adres="0031611122233"
            )
        finally:
            await v.aclose()

    run(noteer)
    resultaat = zoek_telefoon(fresh_sandbox, "06-11122233")
    assert [(t.soort, t.sleutel) for t in resultaat.treffers] == [(TrefferSoort.PERSOON, bsn)]
