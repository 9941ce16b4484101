"""Registratie: shapes per soort, client-chosen nummers, and the field-limit rule in plain Dutch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from klantbeeld.services.registraties.internetaken import TIJDZONE
from klantbeeld.services.registraties.registratie import (
    LIMIETEN,
    AntwoordOp,
    Contactverzoek,
    Partij,
    Registratie,
    Soort,
    Terugbeladres,
    Vraag,
)

ACTOR = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"


def _contact(**kwargs: object) -> Registratie:
    data: dict[str, object] = {
        "kanaal": "telefoon",
        "vragen": (Vraag(onderwerp="Parkeren", vraag="Hoe?"),),
    }
    data.update(kwargs)
    return Registratie.model_validate(data)


def _verzoek(toelichting: str = "Graag na 14:00", **cv: object) -> Registratie:
    return Registratie(
        soort=Soort.CONTACTVERZOEK,
        kanaal="telefoon",
        vragen=(Vraag(onderwerp="Terugbellen over vergunning"),),
        contactverzoek=Contactverzoek.model_validate(
            {
                "actor_uuids": (ACTOR,),
                "toelichting": toelichting,
                "terugbeladres": Terugbeladres(soort="telefoonnummer", adres="0612345678"),
                "deadline": datetime(2099, 12, 3, 17, 0, tzinfo=TIJDZONE),
                **cv,
            }
        ),
    )


def test_a_plain_contact_has_no_problems() -> None:
    assert _contact().controleer() == []


def test_referentienummers_are_ten_digits_unique_per_question_and_stable() -> None:
    reg = _contact(vragen=tuple(Vraag(onderwerp=f"v{i}") for i in range(12)))
    nummers = reg.nummers()["klantcontacten"]
    # Real Open Klant takes only an integer of at most 10 characters (recordings 131-135)
    assert all(len(n) == 10 and n.isascii() and n.isdigit() and n[0] != "0" for n in nummers)
    assert len(set(nummers)) == 12
    assert reg.internetaak_referentienummer() not in nummers
    again = Registratie.model_validate_json(reg.model_dump_json())
    assert again.nummers() == reg.nummers()
    assert _contact().nummers() != _contact().nummers()  # a fresh id each time
    # the next round gives another number (a number held by someone else is left)
    assert (
        reg.referentienummer(0, 1) != reg.referentienummer(0)
        and len(reg.referentienummer(0, 1)) == 10
    )


def test_too_long_text_is_named_with_the_excess_never_cut() -> None:
    lang = "x" * (LIMIETEN["inhoud"] + 34)
    reg = _contact(vragen=(Vraag(onderwerp="o" * 201, vraag=lang),))
    problemen = reg.controleer()
    assert any("Het onderwerp is 201 tekens" in p and "1 teken korter" in p for p in problemen)
    assert any("De vraag is 1034 tekens" in p and "34 tekens korter" in p for p in problemen)
    assert reg.vragen[0].vraag == lang  # the model keeps every character


def test_problems_name_the_question_when_there_are_several() -> None:
    reg = _contact(vragen=(Vraag(onderwerp="ok"), Vraag(onderwerp="", antwoord="a" * 4001)))
    problemen = reg.controleer()
    assert "Vul het onderwerp van vraag 2 in." in problemen
    assert any(p.startswith("Het antwoord van vraag 2 is 4001 tekens") for p in problemen)


def test_contactverzoek_toelichting_counts_the_deadline_line() -> None:
    assert _verzoek().controleer() == []
    assert "Terugbellen vóór: 03-12-2099 17:00" in _verzoek().toelichting_tekst()
    assert _verzoek().gevraagde_handeling() == "Contact opnemen met betrokkene"
    # 990 characters fit alone, but not with the deadline line added
    problemen = _verzoek("t" * 990).controleer()
    assert any(p.startswith("De toelichting (met de deadline) is") for p in problemen)


def test_contactverzoek_checks_the_callback_address() -> None:
    slecht = _verzoek(terugbeladres=Terugbeladres(soort="telefoonnummer", adres="0800-1234"))
    assert any("geen geldig telefoonnummer" in p for p in slecht.controleer())
    mail = _verzoek(terugbeladres=Terugbeladres(soort="email", adres="geen-adres"))
    assert any("geen geldig e-mailadres" in p for p in mail.controleer())


def test_soort_must_fit_its_parts() -> None:
    with pytest.raises(ValidationError):
        Registratie(soort=Soort.CONTACTVERZOEK, kanaal="telefoon", vragen=(Vraag(onderwerp="x"),))
    with pytest.raises(ValidationError):
        Registratie(soort=Soort.ANTWOORD, kanaal="telefoon", vragen=(Vraag(onderwerp="x"),))
    ok = Registratie(
        soort=Soort.ANTWOORD,
        kanaal="e-mail",
        vragen=(Vraag(onderwerp="x", antwoord="Het is geregeld."),),
        antwoord_op=AntwoordOp(klantcontact_uuid=ACTOR, internetaak_uuid=ACTOR),
    )
    assert ok.controleer() == []
    with pytest.raises(ValidationError):
        _contact(vragen=())


def test_partij_keys_are_checked() -> None:
    assert Partij.bsn("9999 93 653").nummer == "999993653"
    assert Partij.kvk("68750110").soort == "kvk"
    with pytest.raises(ValidationError):
        Partij(soort="bsn", nummer="123456789")  # elfproef fails
    with pytest.raises(ValidationError):
        Partij(soort="anoniem", nummer="999993653")
    with pytest.raises(ValidationError):
        Vraag(onderwerp="x", zaak_uuids=("geen-uuid",))


def test_start_needs_a_timezone() -> None:
    with pytest.raises(ValidationError):
        _contact(start=datetime(2026, 12, 1, 10, 0))


def test_a_contactverzoek_with_a_deadline_in_the_past_is_refused() -> None:
    verleden = datetime.now(UTC) - timedelta(days=60)
    problemen = _verzoek(deadline=verleden).controleer()
    assert any(p.startswith("De deadline ligt in het verleden.") for p in problemen)


def test_a_contactverzoek_says_how_to_reach_the_citizen() -> None:
    problemen = _verzoek("", terugbeladres=None).controleer()
    assert any(p.startswith("Geef een terugbelnummer of e-mailadres") for p in problemen)
    assert _verzoek("Bellen via de zoon: 0612345678", terugbeladres=None).controleer() == []
