"""In English the registraties and the verwerkingslog speak English on screen; what they send stays
Dutch.

With the real English catalog (the compiled ``.qm`` in a ``QTranslator``, the services' hook set
as ``--taal en`` sets it), over real HTTP against the oefenomgeving on loopback: the signal chips
and questions of 999993653, a registration the journal refuses, a refusal of our own check kept
in the journal, the sentence to say and the Inzage's lines read English. What goes to Open Klant
(klantcontact, internetaak, digitaal adres, partij, status) and to the logboek is the same, byte
for byte, as in Dutch; a server's own words stay as the server wrote them.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from PySide6.QtWidgets import QApplication

from klantbeeld.sandbox.app import Sandbox
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.sandbox.server import SandboxServer
from klantbeeld.services import taal as services_taal
from klantbeeld.services.apis.klantinteracties import NieuwKlantcontact
from klantbeeld.services.registraties.bezorger import Backoff, Bezorger, Uitkomst
from klantbeeld.services.registraties.concept import (
    RESULTAAT_CONTACTVERZOEK,
    Concept,
    VraagConcept,
    registratie_van,
)
from klantbeeld.services.registraties.internetaken import (
    CONTACT_OPNEMEN,
    TIJDZONE,
    Soort,
    soort_tekst,
    terugbel_zin,
)
from klantbeeld.services.registraties.journaal import Journaal, Status, eigen_redenen
from klantbeeld.services.registraties.kanalen import kanaal_label
from klantbeeld.services.registraties.referentie import MAX_RONDES
from klantbeeld.services.registraties.registratie import (
    Medewerker,
    Partij,
    Registratie,
    Vraag,
    identiteitsbewijzen,
)
from klantbeeld.services.registraties.werkvoorraad import (
    OpenVraag,
    antwoord_registratie,
    te_beantwoorden,
)
from klantbeeld.services.verbinding.errors import OngeldigeInvoer
from klantbeeld.services.verwerkingslog.instelling import OEFEN_TRACES_PAD
from klantbeeld.services.verwerkingslog.journaal import (
    NIET_VASTGELEGD,
    VerwerkingJournaal,
    VerwerkingNietVastgelegd,
)
from klantbeeld.services.verwerkingslog.lezer import Inzageregel
from klantbeeld.services.verwerkingslog.vastlegging import STANDAARD_DOELBINDING, Verwerkingslog
from klantbeeld.services.verwerkingslog.verwerking import Betrokkene
from klantbeeld.views.panels.signalen import bereken_signalen
from tests.conformance import Recorder
from tests.conftest import TEST_VANDAAG, run
from tests.engels import in_het_engels
from tests.helpers import ki_client, ki_verbindingen, strengere_toelichting
from tests.services.test_composer import _beeld
from tests.services.test_verwerkingslog import BSN, KVK, _bezorger, _lezer, _vijf_acties

MEDEWERKER = Medewerker(
    identificatie="testagent@gemeente.example", naam="Test Agent", telefoonnummer="0201234567"
)
NUL = Backoff(0.0, 0.0, 0.0)
ANOUK = "Anouk de Boer"
GROEPEN = ["KCC", "Team Terugbellen", "Team Webformulieren"]
#: One moment for every registration, so two deliveries send the same bytes.
START = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
EIND = datetime(2026, 12, 1, 9, 41, tzinfo=UTC)
DEADLINE = datetime(2099, 12, 4, 17, 0, tzinfo=TIJDZONE)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DAG = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MAAND = "(January|February|March|April|May|June|July|August|September|October|November|December)"


@pytest.fixture
def engels(qapp: QApplication) -> Iterator[QApplication]:
    """The whole test in English."""
    with in_het_engels(qapp):
        yield qapp


def _vragen(server: Any) -> list[OpenVraag]:
    async def go() -> list[OpenVraag]:
        v = ki_verbindingen(server)
        try:
            return await te_beantwoorden(ki_client(v), medewerker_naam=ANOUK, groepen=GROEPEN)
        finally:
            await v.aclose()

    return run(go)


def _bezorg(
    server: Any, journaal: Journaal, keer: int = 1, recorder: Recorder | None = None
) -> list[Uitkomst | None]:
    async def go() -> list[Uitkomst | None]:
        v = ki_verbindingen(server, transport=recorder)
        try:
            bezorger = Bezorger(journaal, ki_client(v), backoff=NUL)
            return [await bezorger.bezorg_een() for _ in range(keer)]
        finally:
            await v.aclose()
            if recorder is not None:
                await recorder.aclose()

    return run(go)


# -- what the agent reads --------------------------------------------------------------------


def test_the_signal_chips_and_questions_of_999993653_read_english(
    sandbox_server: Any, qapp: QApplication
) -> None:
    beeld, _ = run(lambda: _beeld(sandbox_server, VOORBEELD_BSN))
    nederlands = {s.soort: s.tekst for s in bereken_signalen(beeld, TEST_VANDAAG)}
    with in_het_engels(qapp):
        engels = {s.soort: s.tekst for s in bereken_signalen(beeld, TEST_VANDAAG)}
        soorten = [(s.tekst, s.meervoud) for s in Soort]
    assert nederlands["wacht:Contactverzoek"] == "Contactverzoek wacht 1 dag"
    assert nederlands["wacht:Vraag"] == "Vraag wacht 8 dagen"
    assert engels["wacht:Contactverzoek"] == "Contact request waiting 1 day"
    assert engels["wacht:Vraag"] == "Question waiting 8 days"
    assert soorten == [("Contact request", "contact requests"), ("Question", "questions")]
    # the kinds stay Dutch values: code and Open Klant compare them
    assert [s.value for s in Soort] == ["Contactverzoek", "Vraag"]


def test_the_werkvoorraad_and_an_answer_too_long_read_english(
    sandbox_server: Any, engels: QApplication
) -> None:
    vragen = _vragen(sandbox_server)
    suzanne = next(v for v in vragen if v.bsn == VOORBEELD_BSN)
    assert suzanne.soort.tekst == "Question"
    reg = antwoord_registratie(suzanne, kanaal="e-mail", antwoord="a" * 4001, medewerker=MEDEWERKER)
    assert reg.controleer() == [
        "The answer is 4001 characters; Open Klant keeps at most 4000. Make it 1 character shorter."
    ]
    services_taal.stel_in("nl")
    assert reg.controleer() == [
        "Het antwoord is 4001 tekens; Open Klant bewaart er hoogstens 4000. "
        "Maak het 1 teken korter."
    ]


def test_a_registration_the_journal_refuses_says_why_in_english(
    engels: QApplication, tmp_path: Path
) -> None:
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    concept = Concept(
        kanaal="telefoon",
        vragen=[VraagConcept(onderwerp="", vraag="x" * 1034), VraagConcept(onderwerp="Afval")],
        start=START,
    )
    reg = registratie_van(concept, Partij.bsn(VOORBEELD_BSN), MEDEWERKER)
    with pytest.raises(OngeldigeInvoer) as fout:
        journaal.schrijf(reg)
    assert fout.value.melding.splitlines() == [
        "Fill in the subject of question 1.",
        "The question of question 1 is 1034 characters; Open Klant keeps at most 1000. "
        "Make it 34 characters shorter, or put the rest in a separate question.",
    ]
    verzoek = Concept(
        kanaal="telefoon",
        vragen=[VraagConcept(onderwerp="Bezwaar", resultaat=RESULTAAT_CONTACTVERZOEK)],
        start=START,
        contactverzoek=True,
        actor_uuid="00000000-0000-0000-0000-000000000001",
        terugbeladres="0900 1234",
        deadline=datetime(2020, 1, 1, 12, 0, tzinfo=TIJDZONE),
    )
    with pytest.raises(OngeldigeInvoer) as fout:
        journaal.schrijf(registratie_van(verzoek, Partij(), MEDEWERKER))
    verleden, nummer = fout.value.melding.splitlines()
    assert re.fullmatch(
        rf"The deadline is in the past\. Choose a moment in the future, for example {_DAG} "
        rf"\d{{1,2}} {_MAAND} \d\d:\d\d\.",
        verleden,
    )
    assert nummer.startswith("The callback number is not a valid phone number")
    assert journaal.tellingen()["wachtend"] == 0  # nothing kept: the words stay in the dialog


def test_what_the_agent_says_and_picks_reads_english(engels: QApplication) -> None:
    dinsdag = datetime(2024, 12, 10, 17, 0, tzinfo=TIJDZONE)
    assert terugbel_zin(dinsdag) == (
        "You will be called back by Tuesday 10 December, before 17:00 at the latest"
    )
    assert terugbel_zin(None, "email") == "A colleague will email you as soon as possible"
    assert list(identiteitsbewijzen().values()) == [
        "Passport",
        "ID card",
        "Driving licence",
        "Residence document",
    ]
    assert kanaal_label(None) == "Unknown"
    # the contacthistorie's open verzoeken carry the kind as its (Dutch) value
    assert (soort_tekst("Contactverzoek"), soort_tekst("Vraag")) == ("Contact request", "Question")
    assert soort_tekst("Iets anders") == "Iets anders"
    services_taal.stel_in("nl")
    assert terugbel_zin(dinsdag) == "U wordt uiterlijk dinsdag 10 december vóór 17:00 teruggebeld"


def test_our_own_refusal_is_kept_dutch_and_shown_english_a_servers_as_written(
    fresh_sandbox: Any, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = fresh_sandbox
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    reg = Registratie(
        partij=Partij(),
        kanaal="Telefoon",
        vragen=(Vraag(onderwerp="Paspoort aanvragen"),),
        start=START,
        medewerker=MEDEWERKER,
    )
    # Someone else's klantcontacten hold every number this registration could get.

    async def bezet() -> None:
        v = ki_verbindingen(server)
        try:
            for ronde in range(MAX_RONDES):
                await ki_client(v).registreer_klantcontact(
                    klantcontact=NieuwKlantcontact(
                        kanaal="Balie",
                        onderwerp=f"Iets anders {ronde}",
                        inhoud="",
                        indicatie_contact_gelukt=True,
                        plaatsgevonden_op=START,
                        referentienummer=reg.referentienummer(0, ronde),
                    )
                )
        finally:
            await v.aclose()

    run(bezet)
    journaal.schrijf(reg)
    strengere_toelichting(monkeypatch)
    te_lang = registratie_van(_concept("Bezwaar", "t" * 600, _actor(server)), Partij(), MEDEWERKER)
    journaal.schrijf(te_lang)
    with in_het_engels(qapp):
        assert _bezorg(server, journaal, 2) == [Uitkomst.GEWEIGERD] * 2
        eigen, van_de_server = journaal.geweigerd()
        assert eigen.weigering is not None and van_de_server.weigering is not None
        assert eigen.weigering.tekst == (
            "Open Klant refused 5 reference numbers in a row as already in use; the "
            "registration has not been sent."
        )
        assert (
            "toelichting: Zorg ervoor dat dit veld niet meer dan 400 karakters bevat."
            in van_de_server.weigering.tekst
        )
    # the journal keeps our reason in Dutch, as written; Dutch shows it as such
    assert eigen.weigering.melding == eigen_redenen()["nummers"]
    assert eigen.weigering.tekst.startswith("Open Klant weigert 5 referentienummers na elkaar")
    assert eigen.status is Status.GEWEIGERD


# -- what leaves the workstation ----------------------------------------------------------------


def _concept(onderwerp: str, toelichting: str = "", actor: str = "") -> Concept:
    return Concept(
        kanaal="telefoon",
        vragen=[
            VraagConcept(
                onderwerp=onderwerp,
                vraag="Kan ik teruggebeld worden?",
                resultaat=RESULTAAT_CONTACTVERZOEK if actor else "afgehandeld",
            )
        ],
        start=START,
        contactverzoek=bool(actor),
        actor_uuid=actor,
        terugbeladres="06 1234 5678" if actor else "",
        deadline=DEADLINE if actor else None,
        toelichting=toelichting,
    )


def _actor(server: Any) -> str:
    return str(
        next(
            a["uuid"]
            for a in server.sandbox.store.all(ki.ACTOREN)
            if a["soortActor"] == "organisatorische_eenheid"
        )
    )


def _registraties(server: Any) -> list[Registratie]:
    """A balie contact with identity, a contactverzoek and an answer, as the dialogs make them."""
    balie = Concept(
        kanaal="balie",
        vragen=[VraagConcept(onderwerp="Paspoort aanvragen", vraag="Wat kost het?")],
        start=START,
        identiteit_vastgesteld=True,
        identiteitsbewijs="id-kaart",
    )
    vraag = next(v for v in _vragen(server) if v.bsn == VOORBEELD_BSN)
    regs = [
        registratie_van(balie, Partij.bsn("999970021", voornaam="Test"), MEDEWERKER),
        registratie_van(_concept("Bezwaar", "Na 14:00.", _actor(server)), Partij(), MEDEWERKER),
        antwoord_registratie(vraag, kanaal="e-mail", antwoord="Het is geregeld.", medewerker=None),
    ]
    return [
        r.model_copy(update={"id": f"{i:032x}", "start": START, "eind": EIND})
        for i, r in enumerate(regs, 1)
    ]


def _verstuurd(server: Any, tmp_path: Path) -> list[tuple[str, str, Any]]:
    """Every write the registrations make, with the server's own uuids and address left out."""
    journaal = Journaal(
        tmp_path / f"j-{os.urandom(4).hex()}.sqlite3", sleutel=Fernet.generate_key()
    )
    for reg in _registraties(server):
        journaal.schrijf(reg)
    recorder = Recorder()
    assert _bezorg(server, journaal, 3, recorder) == [Uitkomst.BEZORGD] * 3
    uit = []
    for x in recorder.exchanges:
        if x.method == "GET":
            continue
        pad = _UUID.sub("<uuid>", x.url.removeprefix(server.root))
        body = _UUID.sub("<uuid>", x.request_body.decode("utf-8").replace(server.root, "<root>"))
        uit.append((x.method, pad, json.loads(body) if body else None))
    return uit


def test_what_is_sent_to_open_klant_is_the_same_dutch_in_english(
    fresh_sandbox: Any, qapp: QApplication, tmp_path: Path
) -> None:
    nederlands = _verstuurd(fresh_sandbox, tmp_path)
    tweede = SandboxServer(
        Sandbox(db_path=tmp_path / "tweede.sqlite3", vandaag=TEST_VANDAAG)
    ).start()
    try:
        with in_het_engels(qapp):
            engels = _verstuurd(tweede, tmp_path)
    finally:
        tweede.stop()
    assert engels == nederlands
    tekst = json.dumps(engels, ensure_ascii=False)
    for nl in (
        '"kanaal": "Balie"',
        '"kanaal": "Telefoon"',
        '"identiteitVastgesteld": "id-kaart"',
        f'"resultaat": "{RESULTAAT_CONTACTVERZOEK}"',
        f'"gevraagdeHandeling": "{CONTACT_OPNEMEN}"',
        "Terugbellen vóór: 04-12-2099 17:00",
        '"omschrijving": "Terugbellen"',
        '"status": "verwerkt"',
    ):
        assert nl in tekst, nl


def test_the_verwerkingslog_speaks_english_and_the_logboek_keeps_what_was_sent(
    fresh_sandbox: Any, engels: QApplication, tmp_path: Path
) -> None:
    with pytest.raises(VerwerkingNietVastgelegd) as fout:
        VerwerkingJournaal(tmp_path / "kapot.sqlite3", sleutel=b"geen sleutel")
    assert fout.value.melding.startswith("This data is not shown: the consultation could not")
    assert str(fout.value).endswith("(the processing log's key is invalid)")
    assert NIET_VASTGELEGD.startswith("Deze gegevens worden niet getoond")

    journaal = VerwerkingJournaal(tmp_path / "v.sqlite3", sleutel=Fernet.generate_key())
    _vijf_acties(Verwerkingslog(journaal, medewerker="anouk.de.boer@gemeente.example"))
    bezorger = _bezorger(journaal, fresh_sandbox.root + OEFEN_TRACES_PAD)
    assert run(bezorger.bezorg_wat_klaarstaat) == 5

    async def lees() -> tuple[list[Inzageregel], list[Inzageregel]]:
        lezer, client = _lezer(fresh_sandbox)
        try:
            return (
                await lezer.verwerkingen(Betrokkene.bsn(BSN)),
                await lezer.verwerkingen(Betrokkene.kvk(KVK)),
            )
        finally:
            await client.aclose()

    persoon, bedrijf = run(lees)
    assert sorted(r.handeling for r in persoon) == [
        "BSN shown",
        "Contact history exported (with BSN)",
        "Document opened",
        "Klantbeeld opened",
    ]
    # the logboek holds what was sent: the doelbinding as the agent's KCC words, Dutch
    assert {r.doelbinding for r in persoon} == {STANDAARD_DOELBINDING}
    assert [(r.handeling, r.doelbinding) for r in bedrijf] == [("Question answered", "Terugbellen")]
