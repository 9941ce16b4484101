"""Finding the caller: every search kind against the oefenomgeving over HTTP."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, VOORBEELD_KVK
from klantbeeld.services.apis.brp import BrpClient
from klantbeeld.services.apis.klantinteracties import KlantinteractiesClient
from klantbeeld.services.apis.kvk import KvkClient
from klantbeeld.services.apis.zgw import ZakenClient
from klantbeeld.services.klantbeeld.zoeken import (
    Treffer,
    TrefferSoort,
    Zoeker,
    Zoekresultaat,
    foutmelding,
)
from klantbeeld.services.klantbeeld.zoekvraag import (
    NaamVraag,
    PostcodeVraag,
    VestigingVraag,
    Zoekvraag,
    herken,
)
from klantbeeld.services.verbinding.errors import (
    ApiTimeout,
    NietGeautoriseerd,
    OngeldigeInvoer,
    OngeldigVerzoek,
    ServerFout,
)
from klantbeeld.services.verbinding.http import RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import run
from tests.helpers import verbindingen_voor


def zoek(server: Any, tekst: str) -> Zoekresultaat:
    vraag = herken(tekst)
    assert vraag.geldig, vraag.melding
    return zoek_vraag(server, vraag)


def zoek_vraag(server: Any, vraag: Zoekvraag, log: RequestLog | None = None) -> Zoekresultaat:
    """Run ``vraag`` as it is, also one the recogniser would have refused."""

    async def main() -> Zoekresultaat:
        v = verbindingen_voor(server, log=log)
        c = v.clients
        try:
            zoeker = Zoeker(
                brp=BrpClient(c[ApiNaam.BRP]),
                kvk=KvkClient(c[ApiNaam.KVK_ZOEKEN], c[ApiNaam.KVK_BASISPROFIEL]),
                zaken=ZakenClient(c[ApiNaam.ZAKEN]),
                klantinteracties=KlantinteractiesClient(c[ApiNaam.KLANTINTERACTIES]),
            )
            return await zoeker.zoek(vraag)
        finally:
            await v.aclose()

    return run(main)


@pytest.mark.parametrize(
    "tekst",
    [
        "999993653",
        "Moulin 01-12-1985",
        "3077 AW 31",
        "ZAAK-2026-0000000001",
        "06-12345678",
        "s.moulin@example.nl",
    ],
)
def test_every_kind_finds_the_example_person(sandbox_server: Any, tekst: str) -> None:
    resultaat = zoek(sandbox_server, tekst)
    assert not resultaat.fouten
    assert any(
        t.soort is TrefferSoort.PERSOON and t.sleutel == VOORBEELD_BSN for t in resultaat.treffers
    ), resultaat.treffers


def test_zaaknummer_hit_remembers_the_zaak(sandbox_server: Any) -> None:
    treffer = zoek(sandbox_server, "ZAAK-2026-0000000001").treffers[0]
    assert treffer.zaak_identificatie == "ZAAK-2026-0000000001"
    assert "Aanvrager" in treffer.omschrijving


def test_name_hit_shows_birth_date_and_address(sandbox_server: Any) -> None:
    treffer = zoek(sandbox_server, "Moulin 01-12-1985").treffers[0]
    assert treffer.titel.endswith("Moulin")
    assert "01-12-1985" in treffer.omschrijving and "Rotterdam" in treffer.omschrijving.title()


def test_company_by_kvk_and_by_vestigingsnummer(sandbox_server: Any) -> None:
    assert zoek(sandbox_server, VOORBEELD_KVK).treffers[0].soort is TrefferSoort.BEDRIJF

    async def vestiging() -> str:
        v = verbindingen_voor(sandbox_server)
        try:
            kvk = KvkClient(v.clients[ApiNaam.KVK_ZOEKEN], v.clients[ApiNaam.KVK_BASISPROFIEL])
            return (await kvk.vestigingen(VOORBEELD_KVK))[0].vestigingsnummer or ""
        finally:
            await v.aclose()

    nummer = run(vestiging)
    hits = zoek(sandbox_server, nummer).treffers
    assert [(t.soort, t.sleutel) for t in hits] == [(TrefferSoort.BEDRIJF, VOORBEELD_KVK)]


def test_nothing_found_says_what_was_searched(sandbox_server: Any) -> None:
    resultaat = zoek(sandbox_server, "Bestaatniet 01-01-1950")
    assert resultaat.treffers == []
    assert (
        resultaat.melding == "Niets gevonden voor achternaam en geboortedatum "
        "“Bestaatniet 01-01-1950”."
    )


def test_a_failing_source_is_named(fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.down = {"brp"}
    resultaat = zoek(fresh_sandbox, "Moulin 01-12-1985")
    assert resultaat.melding is not None and "BRP" in resultaat.melding


def test_a_refused_search_says_what_was_wrong_not_unreachable(sandbox_server: Any) -> None:
    # A huisletter the recogniser never makes: the BRP refuses it with 400 (the KVK finds
    # nothing). That is bad input, not an outage.
    vraag = PostcodeVraag("3077 AW 31 é", "3077AW", 31, huisletter="é")
    resultaat = zoek_vraag(sandbox_server, vraag)
    (fout,) = resultaat.fouten
    assert isinstance(fout, OngeldigVerzoek) and fout.status_code == 400
    assert resultaat.melding == (
        "BRP (Personen) weigert deze zoekvraag: de huisletter klopt niet. "
        "Controleer wat u typte en pas het aan."
    )


def test_huisnummer_0_is_refused_before_any_request(sandbox_server: Any) -> None:
    assert herken("3077 AW 0").melding == "Een huisnummer is een getal van 1 tot en met 99999."
    # past the recogniser too: the clients' own checks refuse it, and say why
    log = RequestLog()
    vraag = PostcodeVraag("3077 AW 0", "3077AW", 0)
    resultaat = zoek_vraag(sandbox_server, vraag, log)
    assert all(isinstance(f, OngeldigeInvoer) for f in resultaat.fouten) and resultaat.fouten
    assert resultaat.melding == "Een huisnummer is een getal van 1 tot en met 99999."
    assert log.records == []


@pytest.mark.parametrize(
    "vraag",
    [
        NaamVraag("x", "Jans\x00en", date(1980, 2, 1)),
        NaamVraag("x", "Ωmega", date(1980, 2, 1)),
        PostcodeVraag("x", "３０７７AW", 31),
        # past the types too (a huisnummer as another script's digits): the clients refuse it
        PostcodeVraag("x", "3077AW", "３１"),  # type: ignore[arg-type]
        VestigingVraag("x", "٠٠٠٠٣٧١٧٨٥٩٨"),
    ],
)
def test_input_no_server_takes_never_leaves(sandbox_server: Any, vraag: Zoekvraag) -> None:
    log = RequestLog()
    resultaat = zoek_vraag(sandbox_server, vraag, log)
    assert resultaat.fouten and all(isinstance(f, OngeldigeInvoer) for f in resultaat.fouten)
    assert resultaat.melding is not None and "niet bereikbaar" not in resultaat.melding
    assert log.records == []


def test_only_an_outage_is_niet_bereikbaar() -> None:
    geweigerd = OngeldigVerzoek(
        "Klantinteracties",
        "verzoek geweigerd (400)",
        status_code=400,
        body={"invalidParams": [{"name": "adres__icontains", "code": "max_length"}]},
    )
    assert foutmelding([geweigerd]).startswith(
        "Klantinteracties weigert deze zoekvraag: het telefoonnummer of e-mailadres klopt niet."
    )
    kvk = OngeldigVerzoek("KVK", "x", status_code=400, body={"fout": [{"omschrijving": "x"}]})
    assert foutmelding([kvk]).startswith("KVK weigert deze zoekvraag: de zoekvraag klopt niet.")
    geen_toegang = NietGeautoriseerd("BRP (Personen)", "x", status_code=403)
    assert "BRP (Personen) geeft geen toegang" in foutmelding([geen_toegang])
    weg = [ApiTimeout("BRP (Personen)", "x"), ServerFout("KVK", "x", status_code=502)]
    assert foutmelding(weg) == (
        "Zoeken lukte niet: BRP (Personen), KVK niet bereikbaar. Probeer het opnieuw."
    )
    # bad input is said first, also when another source was down
    assert foutmelding([*weg, OngeldigeInvoer("Vul een BSN in.")]) == "Vul een BSN in."


def test_hits_with_a_failed_source_warn_in_kind() -> None:
    treffer = Treffer(TrefferSoort.BEDRIJF, VOORBEELD_KVK, "Bedrijf")
    vraag = herken("3077 AW 31")
    storing = Zoekresultaat(vraag, [treffer], [ApiTimeout("BRP (Personen)", "x")])
    assert storing.waarschuwing == (
        "Let op: BRP (Personen) niet bereikbaar; de lijst is misschien niet compleet."
    )
    invoer = Zoekresultaat(vraag, [treffer], [OngeldigeInvoer("Deze postcode klopt niet.")])
    assert invoer.waarschuwing == (
        "Let op: Deze postcode klopt niet. De lijst is misschien niet compleet."
    )
    assert Zoekresultaat(vraag, [treffer]).waarschuwing is None
