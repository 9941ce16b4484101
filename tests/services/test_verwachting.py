"""Expected dates of a zaak: durations, planned/deadline choice, verlenging, opschorting."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from klantbeeld.services.apis.zgw import Statustype, Zaak, Zaaktype
from klantbeeld.services.klantbeeld.composer import ZaakOverzicht
from klantbeeld.services.klantbeeld.datums import lange_datum
from klantbeeld.services.klantbeeld.verwachting import (
    Duur,
    Grondslag,
    Verwachting,
    grondslag_tekst,
    lees_duur,
    termijnen,
    verwachte_afronding,
    verwachte_stap,
    verwachting_tekst,
)

VANDAAG = date(2026, 12, 6)
CAT = "http://oz.test/catalogi/api/v1"


def statustypen(*doorlooptijden: str | None) -> list[Statustype]:
    n = len(doorlooptijden)
    return [
        Statustype(
            url=f"{CAT}/statustypen/{i}",
            omschrijving=f"Stap {i}",
            statustekst=f"Uw aanvraag is bij stap {i}.",
            volgnummer=i,
            isEindstatus=i == n,
            doorlooptijd=d,
        )
        for i, d in enumerate(doorlooptijden, start=1)
    ]


def overzicht(
    *,
    doorlooptijd: str | None = "P8W",
    typen: list[Statustype] | None = None,
    **zaak: Any,
) -> ZaakOverzicht:
    """A zaak (fields as the API names them) of a zaaktype with ``doorlooptijd``."""
    data: dict[str, Any] = {
        "url": "http://oz.test/zaken/api/v1/zaken/1",
        "zaaktype": f"{CAT}/zaaktypen/1",
        "startdatum": "2026-11-13",
    }
    data.update(zaak)
    st = typen if typen is not None else statustypen(None, None, None)
    return ZaakOverzicht(
        zaak=Zaak.model_validate(data),
        zaaktype=Zaaktype(url=f"{CAT}/zaaktypen/1", doorlooptijd=doorlooptijd),
        statustypen=st,
        huidige_status=None,
        huidige_statustype=st[0] if st else None,
        resultaattype=None,
        volledig=True,
    )


@pytest.mark.parametrize(
    ("tekst", "duur"),
    [
        ("P8W", Duur(dagen=56)),
        ("P28D", Duur(dagen=28)),
        ("P1M15D", Duur(maanden=1, dagen=15)),
        ("P1Y", Duur(jaren=1)),
        ("P2W3D", Duur(dagen=17)),
        ("PT36H", Duur(dagen=2)),  # rounded up: never promise early
        ("P1DT1S", Duur(dagen=2)),
        ("p10d", Duur(dagen=10)),
        (" P0D ", Duur()),
    ],
)
def test_reads_iso_durations(tekst: str, duur: Duur) -> None:
    assert lees_duur(tekst) == duur


@pytest.mark.parametrize("tekst", [None, "", "P", "PT", "8W", "P8", "P-1D", "P1.5D", "P1DT", "x"])
def test_invalid_or_absent_durations_are_none(tekst: str | None) -> None:
    assert lees_duur(tekst) is None


def test_months_clamp_to_the_end_of_the_month() -> None:
    assert Duur(maanden=1).na(date(2027, 1, 31)) == date(2027, 2, 28)
    assert Duur(maanden=1).na(date(2028, 1, 31)) == date(2028, 2, 29)
    assert Duur(jaren=1).na(date(2028, 2, 29)) == date(2029, 2, 28)
    assert Duur(maanden=13, dagen=1).na(date(2026, 12, 31)) == date(2028, 2, 1)


def test_planned_date_ahead_is_the_expectation() -> None:
    z = overzicht(einddatumGepland="2027-01-08", uiterlijkeEinddatumAfdoening="2027-01-22")
    v = verwachte_afronding(z, VANDAAG)
    assert v == Verwachting(datum=date(2027, 1, 8), grondslag=Grondslag.GEPLAND)
    assert v.bekend
    assert verwachting_tekst(v) == "Verwacht vóór 8 januari 2027"
    assert grondslag_tekst(v) == "Berekend uit de geplande einddatum van de zaak."


def test_past_planned_date_falls_back_to_the_deadline() -> None:
    z = overzicht(einddatumGepland="2026-12-01", uiterlijkeEinddatumAfdoening="2027-01-22")
    v = verwachte_afronding(z, VANDAAG)
    assert (v.datum, v.grondslag, v.verlopen) == (date(2027, 1, 22), Grondslag.UITERLIJK, False)


def test_a_deadline_before_the_plan_wins() -> None:
    z = overzicht(einddatumGepland="2027-03-01", uiterlijkeEinddatumAfdoening="2027-01-22")
    assert verwachte_afronding(z, VANDAAG).datum == date(2027, 1, 22)


def test_past_every_date_is_verlopen() -> None:
    z = overzicht(einddatumGepland="2026-11-01", uiterlijkeEinddatumAfdoening="2026-11-27")
    v = verwachte_afronding(z, VANDAAG)
    assert (v.datum, v.verlopen) == (date(2026, 11, 27), True)
    assert verwachting_tekst(v) == "Verwacht vóór 27 november 2026 (verlopen)"
    # Today itself is not yet past.
    assert not verwachte_afronding(z, date(2026, 11, 27)).verlopen


def test_only_a_past_planned_date() -> None:
    z = overzicht(doorlooptijd=None, startdatum=None, einddatumGepland="2026-11-01")
    v = verwachte_afronding(z, VANDAAG)
    assert (v.datum, v.grondslag, v.verlopen) == (date(2026, 11, 1), Grondslag.GEPLAND, True)


def test_no_dates_at_all_means_nothing_known() -> None:
    z = overzicht(doorlooptijd=None)
    v = verwachte_afronding(z, VANDAAG)
    assert v == Verwachting()
    assert not v.bekend
    assert verwachting_tekst(v) == ""
    assert grondslag_tekst(v) == ""


def test_no_zaaktype_and_no_dates() -> None:
    z = dataclasses.replace(overzicht(), zaaktype=None)
    assert verwachte_afronding(z, VANDAAG).datum is None


def test_deadline_from_the_zaaktypes_doorlooptijd() -> None:
    z = overzicht(doorlooptijd="P8W")
    v = verwachte_afronding(z, VANDAAG)
    assert (v.datum, v.grondslag) == (date(2027, 1, 8), Grondslag.DOORLOOPTIJD)
    assert grondslag_tekst(v) == "Berekend uit de startdatum plus de doorlooptijd van het zaaktype."


def test_startdatum_missing_uses_registratiedatum() -> None:
    z = overzicht(doorlooptijd="P10D", startdatum=None, registratiedatum="2026-12-01")
    assert verwachte_afronding(z, VANDAAG).datum == date(2026, 12, 11)


def test_verlenging_is_added_to_a_computed_deadline_only() -> None:
    verlenging = {"reden": "Advies duurt langer", "duur": "P28D"}
    berekend = overzicht(doorlooptijd="P8W", verlenging=verlenging)
    v = verwachte_afronding(berekend, VANDAAG)
    assert (v.datum, v.verlengd) == (date(2027, 2, 5), True)
    assert grondslag_tekst(v).endswith("met de verlenging.")
    # The zaak's own deadline already holds the verlenging (ZAC moves it): taken as it is.
    eigen = overzicht(uiterlijkeEinddatumAfdoening="2027-02-05", verlenging=verlenging)
    v = verwachte_afronding(eigen, VANDAAG)
    assert (v.datum, v.grondslag) == (date(2027, 2, 5), Grondslag.UITERLIJK)
    assert grondslag_tekst(v) == (
        "Berekend uit de uiterlijke einddatum van de zaak; de zaak is verlengd."
    )
    # An unreadable verlenging duur adds nothing and does not count as verlengd.
    vreemd = overzicht(doorlooptijd="P8W", verlenging={"reden": "?", "duur": "lang"})
    assert verwachte_afronding(vreemd, VANDAAG).datum == date(2027, 1, 8)


def test_opgeschort_promises_no_date() -> None:
    z = overzicht(
        einddatumGepland="2027-01-08",
        opschorting={"indicatie": True, "reden": "Wachten op gegevens"},
    )
    v = verwachte_afronding(z, VANDAAG)
    assert (v.datum, v.opgeschort, v.bekend) == (date(2027, 1, 8), True, False)
    assert verwachting_tekst(v) == "Opgeschort: de termijn staat stil (was: vóór 8 januari 2027)"
    leeg = overzicht(doorlooptijd=None, opschorting={"indicatie": True})
    assert verwachting_tekst(verwachte_afronding(leeg, VANDAAG)) == (
        "Opgeschort: nog geen datum te verwachten"
    )


def test_a_closed_zaak_expects_nothing() -> None:
    z = overzicht(einddatum="2026-12-01", einddatumGepland="2027-01-08")
    assert verwachte_afronding(z, VANDAAG) == Verwachting()
    assert verwachte_stap(z, z.statustypen[-1], VANDAAG) == Verwachting()


def test_the_last_step_is_the_zaaks_end() -> None:
    z = overzicht(einddatumGepland="2027-01-08")
    assert verwachte_stap(z, z.statustypen[2], VANDAAG).datum == date(2027, 1, 8)
    # A step in between without its own doorlooptijd: nothing can be known.
    assert verwachte_stap(z, z.statustypen[1], VANDAAG) == Verwachting()


def test_a_step_with_its_own_doorlooptijd() -> None:
    typen = statustypen(None, "P2W", "P10W", None)
    z = overzicht(
        typen=typen, einddatumGepland="2027-01-08", uiterlijkeEinddatumAfdoening="2027-01-15"
    )
    v = verwachte_stap(z, typen[1], VANDAAG)
    assert (v.datum, v.grondslag, v.verlopen) == (date(2026, 11, 27), Grondslag.STATUSTYPE, True)
    assert grondslag_tekst(v) == "Berekend uit de startdatum plus de doorlooptijd van deze stap."
    # Never after the end of the zaak.
    assert verwachte_stap(z, typen[2], VANDAAG).datum == date(2027, 1, 8)


def test_termijnen_say_which_date_is_which() -> None:
    z = overzicht(einddatumGepland="2027-01-08", uiterlijkeEinddatumAfdoening="2027-01-22")
    t = termijnen(z)
    assert (t.gepland, t.uiterlijk, t.uiterlijk_grondslag) == (
        date(2027, 1, 8),
        date(2027, 1, 22),
        Grondslag.UITERLIJK,
    )
    assert termijnen(overzicht()).uiterlijk_grondslag is Grondslag.DOORLOOPTIJD
    assert termijnen(overzicht(doorlooptijd="P8W", startdatum=None)).uiterlijk is None


def test_long_date() -> None:
    assert lange_datum(date(2027, 3, 1)) == "1 maart 2027"
