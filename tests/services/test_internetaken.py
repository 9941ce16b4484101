"""One classification of internetaken for every reader, the proposed deadline, the sentence."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from klantbeeld.services.apis.klantinteracties import Internetaak
from klantbeeld.services.registraties.internetaken import (
    CONTACT_OPNEMEN,
    TIJDZONE,
    Soort,
    deadline_probleem,
    deadline_regel,
    deadline_van,
    is_te_laat,
    kies_terugbeladres,
    soort,
    soort_van_tekst,
    terugbel_zin,
    voorgestelde_deadline,
)


@pytest.mark.parametrize(
    ("handeling", "toelichting", "verwacht"),
    [
        (CONTACT_OPNEMEN, "Liefst na 14:00.", Soort.CONTACTVERZOEK),  # KISS, and us now
        ("contact opnemen  met betrokkene", "", Soort.CONTACTVERZOEK),
        ("Terugbellen", "", Soort.CONTACTVERZOEK),  # older tools, first seed
        ("Terugmailen", "", Soort.CONTACTVERZOEK),
        # our own older shape: the onderwerp as handeling, the deadline line in the toelichting
        (
            "Paspoort aanvragen",
            "Wil weten\n\nTerugbellen vóór: 10-12-2024 17:00",
            Soort.CONTACTVERZOEK,
        ),
        ("Vraag beantwoorden", "", Soort.VRAAG),  # Open Inwoner's web form
        ("Paspoort aanvragen", "Wanneer is hij klaar?", Soort.VRAAG),
        (None, None, Soort.VRAAG),
    ],
)
def test_one_classification_for_every_shape(
    handeling: str | None, toelichting: str | None, verwacht: Soort
) -> None:
    assert soort_van_tekst(handeling, toelichting) is verwacht
    taak = Internetaak.model_validate(
        {"uuid": "t1", "gevraagdeHandeling": handeling, "toelichting": toelichting}
    )
    assert soort(taak) is verwacht


def test_deadline_line_round_trips_in_dutch_time() -> None:
    moment = datetime(2024, 12, 10, 17, 0, tzinfo=TIJDZONE)
    assert deadline_regel(moment) == "Terugbellen vóór: 10-12-2024 17:00"
    assert deadline_van("Bel na 14:00\n\n" + deadline_regel(moment)) == moment
    assert deadline_van("geen deadline") is None


def test_proposed_deadline_is_the_next_working_day_or_the_teams_term() -> None:
    vrijdag = datetime(2024, 12, 6, 10, 0, tzinfo=TIJDZONE)
    assert voorgestelde_deadline(vrijdag) == datetime(2024, 12, 9, 17, 0, tzinfo=TIJDZONE)
    assert voorgestelde_deadline(vrijdag, "team terugbellen") == datetime(
        2024, 12, 9, 12, 0, tzinfo=TIJDZONE
    )
    assert voorgestelde_deadline(vrijdag, "Belastingen") == datetime(
        2024, 12, 10, 17, 0, tzinfo=TIJDZONE
    )


def test_a_deadline_in_the_past_is_refused_in_plain_dutch() -> None:
    nu = datetime(2024, 12, 6, 10, 0, tzinfo=TIJDZONE)
    melding = deadline_probleem(nu - timedelta(days=60), nu)
    assert melding is not None and melding.startswith("De deadline ligt in het verleden.")
    assert deadline_probleem(nu + timedelta(hours=1), nu) is None
    assert deadline_probleem(None, nu) is None


def test_the_sentence_for_the_citizen() -> None:
    dinsdag = datetime(2024, 12, 10, 17, 0, tzinfo=TIJDZONE)
    assert terugbel_zin(dinsdag) == "U wordt uiterlijk dinsdag 10 december vóór 17:00 teruggebeld"
    assert terugbel_zin(dinsdag, "email").startswith("U krijgt uiterlijk dinsdag 10 december")


def test_callback_address_prefers_a_phone_number() -> None:
    assert kies_terugbeladres([("email", "a@b.nl"), ("telefoonnummer", "0612345678")]) == (
        "0612345678"
    )
    assert kies_terugbeladres([("email", "a@b.nl")]) == "a@b.nl"
    assert kies_terugbeladres([]) is None


def test_late_is_past_the_deadline_when_there_is_one_else_past_the_term() -> None:
    def taak(handeling: str, toelichting: str = "") -> Internetaak:
        return Internetaak.model_validate(
            {"uuid": "t", "gevraagdeHandeling": handeling, "toelichting": toelichting}
        )

    op = date(2024, 12, 11)
    met_deadline = taak(CONTACT_OPNEMEN, "Bel na 14:00\n\nTerugbellen vóór: 10-12-2024 17:00")
    assert is_te_laat(met_deadline, 0, op)  # assigned today, but its deadline passed
    assert not is_te_laat(met_deadline, 9, date(2024, 12, 10))  # on the day itself: not yet
    assert is_te_laat(taak(CONTACT_OPNEMEN), 3, op)  # no deadline: the 2-day term
    assert not is_te_laat(taak("Vraag beantwoorden"), 3, op)  # a question: 5 days
    assert not is_te_laat(taak("Vraag beantwoorden"), None, op)
