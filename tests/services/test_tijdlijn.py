"""The timeline merge: order, kinds and counts for the example person; formats."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.betalingen import Betaling
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.apis.klantinteracties import Klantcontact
from klantbeeld.services.klantbeeld.composer import Klantbeeld, KlantbeeldComposer
from klantbeeld.services.klantbeeld.tijdlijn import (
    Soort,
    eerste_regel,
    euro,
    sorteer,
    tijdlijn,
    uit_betalingen,
    uit_klantcontacten,
)
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import run
from tests.helpers import verbindingen_voor


@pytest.fixture(scope="module")
def voorbeeld(sandbox_server: Any) -> Klantbeeld:
    """The composed klantbeeld of the example person."""

    async def compose() -> Klantbeeld:
        v = verbindingen_voor(sandbox_server)
        try:
            composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
            return await composer.persoon(VOORBEELD_BSN)
        finally:
            await v.aclose()

    return run(compose)


def test_newest_first_and_every_key_once(voorbeeld: Klantbeeld) -> None:
    items = tijdlijn(voorbeeld)
    momenten = [g.moment for g in items]
    assert momenten == sorted(momenten, reverse=True)
    assert len({g.sleutel for g in items}) == len(items)


def test_kinds_and_counts_for_the_example_person(voorbeeld: Klantbeeld) -> None:
    items = tijdlijn(voorbeeld)
    soorten = Counter(g.soort for g in items)
    assert soorten[Soort.KLANTCONTACT] == 15
    assert soorten[Soort.ZAAK_GESTART] == 8
    assert soorten[Soort.ZAAK_STATUS] == 8
    assert soorten[Soort.ZAAK_AFGESLOTEN] == 3
    documenten = sum(len(z.zaak.expand_zaakinformatieobjecten) for z in voorbeeld.zaken)
    assert soorten[Soort.DOCUMENT] == documenten == 8
    assert soorten[Soort.BETALING_AANGEMAAKT] == 5
    assert soorten[Soort.BETALING_BETAALD] == 2
    assert soorten[Soort.BETALING_TE_LAAT] == 1
    # two open internetaken (a callback request and a question) and one handled callback
    assert soorten[Soort.TERUGBELVERZOEK] == 2
    assert soorten[Soort.VRAAG] == 1
    assert soorten[Soort.TERUGBELVERZOEK_AFGEHANDELD] == 1
    assert len(items) == 54


def test_links_to_zaken_and_raw_text(voorbeeld: Klantbeeld) -> None:
    items = tijdlijn(voorbeeld)
    identificaties = {z.zaak.identificatie for z in voorbeeld.zaken}
    gekoppeld = [g for g in items if g.zaak_uuid]
    assert gekoppeld and all(g.zaak_identificatie in identificaties for g in gekoppeld)
    contacten = {c.uuid: c for c in voorbeeld.klantcontacten}
    for g in items:
        if g.soort is Soort.KLANTCONTACT:
            contact = contacten[g.sleutel.split(":", 1)[1]]
            assert g.onderwerp == (contact.onderwerp or "")
            assert g.tekst == (contact.inhoud or "")
    assert any("<b>" in g.tekst for g in items)


def test_open_zaak_has_its_documents_and_status(voorbeeld: Klantbeeld) -> None:
    zaak = next(z for z in voorbeeld.zaken if z.zaak.identificatie == "ZAAK-2026-0000000001")
    eigen = [g for g in tijdlijn(voorbeeld) if g.sleutel.startswith(f"zaak:{zaak.zaak.uuid}:")]
    soorten = Counter(g.soort for g in eigen)
    assert soorten == {Soort.ZAAK_GESTART: 1, Soort.ZAAK_STATUS: 1, Soort.DOCUMENT: 3}
    gestart = next(g for g in eigen if g.soort is Soort.ZAAK_GESTART)
    assert gestart.alleen_datum and gestart.datum_tekst == "08-11-2026"
    assert all(g.zaak_identificatie == "ZAAK-2026-0000000001" for g in eigen)


def test_date_only_events_fall_around_the_timed_ones_of_their_day() -> None:
    betaling = Betaling(
        uuid="b1",
        omschrijving="Parkeerbon",
        bedrag=Decimal("12.5"),
        status="te_laat",
        vervaldatum=date(2026, 11, 17),
        aangemaakt_op=datetime(2026, 11, 5, 9, 38, tzinfo=UTC),
    )
    contact = Klantcontact(
        uuid="k1",
        kanaal="Telefoon",
        onderwerp="Vraag",
        inhoud="regel een\nregel twee",
        plaatsgevonden_op=datetime(2026, 11, 17, 12, 0, tzinfo=UTC),
    )
    items = sorteer([*uit_betalingen([betaling]), *uit_klantcontacten([contact])])
    assert [g.soort for g in items] == [
        Soort.BETALING_TE_LAAT,  # end of 17-11
        Soort.KLANTCONTACT,  # 17-11 13:00
        Soort.BETALING_AANGEMAAKT,
    ]
    assert items[0].datum_tekst == "17-11-2026"
    assert items[1].datum_tekst == "17-11-2026 13:00"  # Amsterdam time
    assert items[1].eerste_regel == "regel een"
    assert items[0].bedrag == Decimal("12.5")


def test_formats() -> None:
    assert euro(Decimal("1234.56")) == "€ 1.234,56"
    assert euro(Decimal("0.5")) == "€ 0,50"
    assert euro(Decimal("1234567")) == "€ 1.234.567,00"
    assert euro(Decimal("-12")) == "€ -12,00"
    assert euro(None) == ""
    assert eerste_regel("\n  \n eerste \n tweede") == "eerste"
    assert eerste_regel("") == ""


def test_contacts_name_the_medewerker_who_handled_them(voorbeeld: Klantbeeld) -> None:
    contacten = [g for g in tijdlijn(voorbeeld) if g.soort is Soort.KLANTCONTACT]
    assert sum(1 for g in contacten if g.medewerker) >= len(contacten) // 2
    namen = {naam for c in voorbeeld.klantcontacten for naam in c.medewerkers}
    assert {g.medewerker for g in contacten if g.medewerker} <= namen
