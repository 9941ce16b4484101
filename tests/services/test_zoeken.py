"""Finding the caller: every search kind against the oefenomgeving over HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, VOORBEELD_KVK
from klantbeeld.services.brp import BrpClient
from klantbeeld.services.klantinteracties import KlantinteractiesClient
from klantbeeld.services.kvk import KvkClient
from klantbeeld.services.settings import ApiNaam
from klantbeeld.services.zgw import ZakenClient
from klantbeeld.services.zoeken import TrefferSoort, Zoeker, Zoekresultaat
from klantbeeld.services.zoekvraag import herken
from tests.conftest import run
from tests.helpers import verbindingen_voor


def zoek(server: Any, tekst: str) -> Zoekresultaat:
    vraag = herken(tekst)
    assert vraag.geldig, vraag.melding

    async def main() -> Zoekresultaat:
        v = verbindingen_voor(server)
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
