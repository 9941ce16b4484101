"""The work queue service over the oefenomgeving: whose questions, the shape, the answer."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.klantinteracties import (
    Internetaak,
    Klantcontact,
    KlantinteractiesClient,
)
from klantbeeld.services.registraties.registratie import LIMIETEN, Medewerker, Soort
from klantbeeld.services.registraties.werkvoorraad import (
    OpenVraag,
    antwoord_kanaal_standaard,
    antwoord_registratie,
    te_beantwoorden,
)
from klantbeeld.services.verbinding.http import RequestLog
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import TEST_VANDAAG, run
from tests.helpers import verbindingen_voor

ANOUK = "Anouk de Boer"
GROEPEN = ["KCC", "Team Terugbellen", "Team Webformulieren"]


def _open_taken(server: Any, namen: set[str]) -> set[str]:
    store = server.sandbox.store
    actoren = {a["uuid"] for a in store.all(ki.ACTOREN) if a["naam"] in namen}
    return {
        t["uuid"]
        for t in store.all(ki.INTERNETAKEN)
        if t["status"] == "te_verwerken"
        and any(a["uuid"] in actoren for a in t["toegewezenAanActoren"])
    }


def _haal(server: Any, log: RequestLog | None = None, **kwargs: Any) -> list[OpenVraag]:
    async def go() -> list[OpenVraag]:
        v = verbindingen_voor(server, log=log)
        try:
            api = v.get(ApiNaam.KLANTINTERACTIES)
            assert api is not None
            return await te_beantwoorden(KlantinteractiesClient(api), **kwargs)
        finally:
            await v.aclose()

    return run(go)


def test_my_and_my_groups_open_questions_oldest_first(sandbox_server: Any) -> None:
    vragen = _haal(sandbox_server, medewerker_naam=ANOUK, groepen=GROEPEN)
    assert {v.uuid for v in vragen} == _open_taken(sandbox_server, {ANOUK, *GROEPEN})
    assert len({v.uuid for v in vragen}) == len(vragen)  # merged without doubles
    momenten = [v.ontvangen for v in vragen]
    assert None not in momenten
    assert momenten == sorted(m for m in momenten if m is not None)
    dagen = [v.dagen(TEST_VANDAAG) for v in vragen]
    assert all(d is not None and d >= 0 for d in dagen)
    # Every web-form question knows who sent it: a BSN and a name from Klantinteracties.
    formulier = [v for v in vragen if v.kanaal == ki.KANAAL_FORMULIER]
    assert len(formulier) >= 20
    assert all(v.bsn and v.naam for v in formulier)
    suzanne = next(v for v in formulier if v.bsn == VOORBEELD_BSN)
    assert suzanne.naam == "Suzanne Moulin"
    assert suzanne.toegewezen_aan == ("KCC",)
    assert suzanne.klantcontact is not None and suzanne.tekst == suzanne.klantcontact.inhoud


def test_requests_stay_few_and_concurrent_per_actor(sandbox_server: Any) -> None:
    log = RequestLog()
    vragen = _haal(sandbox_server, log=log, medewerker_naam=ANOUK, groepen=GROEPEN)
    paden = [r.path for r in log.records]
    assert sum(p.endswith("actoren") for p in paden) == 1
    assert sum(p.endswith("internetaken") for p in paden) == 4  # Anouk + three groups
    assert sum("klantcontacten/" in p for p in paden) == len(vragen)
    # actoren, then the taken side by side, then the klantcontacten side by side: never a chain.
    assert log.critical_path_depth() <= 3


def test_only_groups_or_unknown_names(sandbox_server: Any) -> None:
    alleen_kcc = _haal(sandbox_server, medewerker_naam="", groepen=["kcc"])
    assert {v.uuid for v in alleen_kcc} == _open_taken(sandbox_server, {"KCC"})
    assert _haal(sandbox_server, medewerker_naam="Niemand", groepen=["Bestaat niet"]) == []


def _vraag(kanaal: str = ki.KANAAL_FORMULIER, *, bsn: str | None = VOORBEELD_BSN) -> OpenVraag:
    taak = Internetaak.model_validate(
        {
            "uuid": "8c1f7a55-1a4e-4a5e-9d9e-6f3f1e0c2b11",
            "gevraagdeHandeling": "Vraag beantwoorden",
            "status": "te_verwerken",
            "toegewezenOp": "2026-11-20T10:00:00Z",
        }
    )
    kc = Klantcontact.model_validate(
        {
            "uuid": "0b9c3b7e-4a55-4c2e-8a57-7b0f5d1c9e22",
            "kanaal": kanaal,
            "onderwerp": "Parkeervergunning <b>aanvragen</b>",
            "inhoud": "Hoe lang duurt het?",
            "plaatsgevondenOp": "2026-11-19T09:00:00Z",
        }
    )
    return OpenVraag(taak, kc, "Suzanne Moulin", bsn, None, ("KCC",))


def test_age_counts_from_the_question() -> None:
    vraag = _vraag()
    assert vraag.ontvangen == datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
    assert vraag.dagen(date(2026, 12, 1)) == 12


def test_antwoord_registratie_links_the_question_and_keeps_text_whole() -> None:
    vraag = _vraag()
    medewerker = Medewerker(identificatie="anouk.de.boer@gemeente.example", naam=ANOUK)
    reg = antwoord_registratie(
        vraag, kanaal="e-mail", antwoord="Vier weken.", medewerker=medewerker
    )
    assert reg.soort is Soort.ANTWOORD
    assert reg.partij.soort == "bsn" and reg.partij.nummer == VOORBEELD_BSN
    assert reg.antwoord_op is not None
    assert reg.antwoord_op.klantcontact_uuid == "0b9c3b7e-4a55-4c2e-8a57-7b0f5d1c9e22"
    assert reg.antwoord_op.internetaak_uuid == vraag.uuid
    assert reg.vragen[0].onderwerp == "Parkeervergunning <b>aanvragen</b>"
    assert reg.vragen[0].antwoord == "Vier weken."
    assert reg.controleer() == []
    te_lang = "y" * (LIMIETEN["reactie"] + 1)
    reg = antwoord_registratie(vraag, kanaal="e-mail", antwoord=te_lang, medewerker=None)
    assert reg.vragen[0].antwoord == te_lang
    assert any("1 teken korter" in p for p in reg.controleer())
    anoniem = antwoord_registratie(_vraag(bsn=None), kanaal="post", antwoord="x", medewerker=None)
    assert anoniem.partij.soort == "anoniem"
    with pytest.raises(ValueError):
        antwoord_registratie(
            OpenVraag(vraag.internetaak), kanaal="e-mail", antwoord="x", medewerker=None
        )


def test_default_answer_channel() -> None:
    kanalen = ["e-mail", "telefoon", "post"]
    assert antwoord_kanaal_standaard(_vraag(ki.KANAAL_FORMULIER), kanalen) == "e-mail"
    assert antwoord_kanaal_standaard(_vraag("Telefoon"), kanalen) == "telefoon"
    assert antwoord_kanaal_standaard(_vraag("Brief"), kanalen) == "post"
    assert antwoord_kanaal_standaard(_vraag("E-mail"), kanalen) == "e-mail"
    assert antwoord_kanaal_standaard(_vraag("Live Chat"), kanalen) == "e-mail"
