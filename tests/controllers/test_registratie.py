"""The registration's controller over the oefenomgeving, without a dialog."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from klantbeeld.controllers.meldingen import KeuzeSoort, Meldingen, Vraag
from klantbeeld.controllers.registratie import BEWAREN, WEGGOOIEN, RegistratieController
from klantbeeld.controllers.registraties import Registraties
from klantbeeld.services.registraties.concept import Concept, Concepten, VraagConcept
from klantbeeld.services.registraties.registratie import Registratie, Soort
from klantbeeld.services.registraties.registratie import Vraag as RegistratieVraag
from klantbeeld.services.werkplek.settings import DATA_ENV, Instellingen, Rol
from klantbeeld.services.werkplek.werkplekstaat import laad_werkplekstaat, onthoud
from tests.helpers import klantcontact_van, taak_van
from tests.views.conftest import Werkplek, open_registraties

BSN = "999993653"
ZAAK = "ZAAK-2026-0000000001"


@pytest.fixture(autouse=True)
def _eigen_werkplekstaat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kanaal and actor memory starts fresh in every test."""
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))


@pytest.fixture
def registraties(eigen_werkplek: Werkplek, tmp_path: Path, qtbot: Any) -> Iterator[Registraties]:
    """A journal of its own, delivering to the test's own oefenomgeving."""
    with open_registraties(eigen_werkplek, tmp_path, qtbot) as reg:
        yield reg


def _open(qtbot: Any, w: Werkplek, zaak: str | None = ZAAK) -> None:
    w.sessie.open_persoon(BSN, zaak)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    if zaak:
        qtbot.waitUntil(lambda: w.model.gekozen_zaak is not None, timeout=10000)


def _controller(w: Werkplek, registraties: Registraties, **kw: Any) -> RegistratieController:
    return RegistratieController.voor(w.sessie, registraties, Instellingen(), **kw)


def _concept(c: RegistratieController, onderwerp: str = "Parkeren", **kw: Any) -> Concept:
    vraag = VraagConcept(
        onderwerp, "Mag ik hier parkeren?", "Ja, met een vergunning.", "afgehandeld"
    )
    return Concept(kanaal="balie", vragen=[vraag], start=c.start, **kw)


def test_it_offers_the_klant_on_screen(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties
) -> None:
    _open(qtbot, eigen_werkplek)
    start = datetime.now(UTC) - timedelta(minutes=3)
    c = _controller(eigen_werkplek, registraties, start=start)
    gekozen = eigen_werkplek.model.gekozen_zaak
    assert gekozen is not None
    assert c.sleutel == f"persoon:{BSN}" and c.start == start
    assert c.partij.soort == "bsn" and c.partij.nummer == BSN and c.partij.voornaam
    assert c.zaak_voorstel == [gekozen.zaak.uuid]
    assert c.zaken[0].identificatie == ZAAK  # the zaak on screen first
    assert c.onderwerpen[0] not in Instellingen().onderwerpen  # the klant's zaaktypen first
    assert "Parkeren" in c.onderwerpen and len(set(c.onderwerpen)) == len(c.onderwerpen)
    assert c.concept is None and not c.hersteld
    anoniem = RegistratieController.voor(
        _leeg(eigen_werkplek), registraties, Instellingen(), start=None
    )
    assert anoniem.sleutel == "anoniem" and anoniem.partij.soort == "anoniem"
    assert anoniem.zaken == [] and anoniem.adressen == []


def _leeg(w: Werkplek) -> Any:
    w.sessie.beeindig_contact()
    return w.sessie


def test_actoren_arrive_once_per_session(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties
) -> None:
    c = _controller(eigen_werkplek, registraties)
    bezig: list[bool] = []
    c.actorenBezig.connect(bezig.append)
    with qtbot.waitSignal(c.actorenGeladen, timeout=10000) as s:
        c.laad_actoren()
    namen = {a.naam for a in s.args[0]}
    assert {"Team Terugbellen", "KCC"} <= namen
    assert bezig == [True, False]
    # A second registration in this session asks nothing again.
    tweede = _controller(eigen_werkplek, registraties)
    gekregen: list[object] = []
    tweede.actorenGeladen.connect(gekregen.append)
    tweede.laad_actoren()
    assert gekregen == [s.args[0]] and not tweede.taken.bezig("actoren")


def test_actoren_unreachable_names_the_source(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties, fresh_sandbox: Any
) -> None:
    fresh_sandbox.sandbox.faults.down = {"klantinteracties"}
    c = _controller(eigen_werkplek, registraties)
    with qtbot.waitSignal(c.actorenFout, timeout=10000) as s:
        c.laad_actoren()
    assert "Klantinteracties" in s.args[0]
    assert not c.taken.bezig("actoren")
    zonder = RegistratieController(
        registraties, Concepten(), Instellingen(), Meldingen(), klantinteracties=None
    )
    with qtbot.waitSignal(zonder.actorenFout, timeout=1000) as s:
        zonder.laad_actoren()
    assert s.args[0] == "Klantinteracties is niet ingesteld."


def test_every_problem_is_named(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties
) -> None:
    c = _controller(eigen_werkplek, registraties)
    assert c.problemen(_concept(c, onderwerp="")) == ["Vul het onderwerp in."]
    verzoek = _concept(c, contactverzoek=True, terugbeladres="0612345678")
    assert c.problemen(verzoek) == ["Kies aan wie het contactverzoek wordt toegewezen."]
    verzoek.vragen.append(VraagConcept("Afval", resultaat=""))
    assert c.problemen(verzoek) == [
        "Een contactverzoek hoort bij één vraag: verwijder de andere vragen, "
        "of zet het contactverzoek uit.",
        "Kies aan wie het contactverzoek wordt toegewezen.",
        "Kies het resultaat van vraag 2.",
    ]
    lang = _concept(c, onderwerp="o" * 201)
    assert any("Het onderwerp is 201 tekens" in p for p in c.problemen(lang))
    assert c.problemen(_concept(c)) == []


def test_saving_reaches_open_klant_and_forgets_the_draft(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties, fresh_sandbox: Any
) -> None:
    _open(qtbot, eigen_werkplek)
    c = _controller(eigen_werkplek, registraties)
    concept = _concept(c)
    concept.vragen[0].zaken = list(c.zaak_voorstel)
    c.bewaar(concept)
    voor = len(eigen_werkplek.model.beeld.klantcontacten)  # type: ignore[union-attr]
    with qtbot.waitSignal(c.vastgelegd, timeout=3000) as s:
        reg = c.vastleggen(concept)
    assert isinstance(reg, Registratie) and s.args[0] is reg
    assert reg.soort is Soort.CONTACT and reg.kanaal == "Balie" and reg.partij.nummer == BSN
    assert c.sleutel not in eigen_werkplek.sessie.concepten.concepten
    assert laad_werkplekstaat().laatste_kanaal == "balie"
    beeld = eigen_werkplek.model.beeld
    assert beeld is not None and len(beeld.klantcontacten) == voor + 1  # on screen at once
    qtbot.waitUntil(lambda: registraties.journaal.wachtend() == 0, timeout=15000)
    kc = klantcontact_van(fresh_sandbox.sandbox.store, reg)
    assert kc["onderwerp"] == "Parkeren" and kc["kanaal"] == "Balie"


def test_a_contactverzoek_goes_to_the_chosen_team(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties, fresh_sandbox: Any
) -> None:
    c = _controller(eigen_werkplek, registraties)
    with qtbot.waitSignal(c.actorenGeladen, timeout=10000) as s:
        c.laad_actoren()
    team = next(a for a in s.args[0] if a.naam == "Team Terugbellen")
    deadline = datetime.now(UTC) + timedelta(days=2)
    concept = _concept(c, contactverzoek=True, actor_uuid=team.uuid, terugbeladres="06 12 34 56 78")
    concept.deadline = deadline
    concept.toelichting = "Na 14:00 bellen."
    assert c.problemen(concept) == []
    reg = c.vastleggen(concept)
    assert reg is not None and reg.contactverzoek is not None
    assert reg.contactverzoek.terugbeladres is not None
    assert reg.contactverzoek.terugbeladres.adres == "0612345678"
    assert laad_werkplekstaat().laatste_actor == team.uuid
    assert c.gewenste_actor() == team.uuid  # the next one proposes the same team
    qtbot.waitUntil(lambda: registraties.journaal.wachtend() == 0, timeout=15000)
    taak = taak_van(fresh_sandbox.sandbox.store, reg)
    assert taak["toelichting"].startswith("Na 14:00 bellen.\n\nTerugbellen vóór: ")


def test_refused_by_the_journal_is_said_and_the_draft_stays(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties
) -> None:
    c = _controller(eigen_werkplek, registraties)
    te_lang = _concept(c, onderwerp="o" * 201)
    c.bewaar(te_lang)
    with qtbot.waitSignal(c.fout, timeout=1000) as s:
        assert c.vastleggen(te_lang) is None
    assert "Het onderwerp is 201 tekens" in s.args[0]
    assert registraties.journaal.wachtend() == 0
    assert eigen_werkplek.sessie.concepten.concepten[c.sleutel] is te_lang


def test_a_draft_belongs_to_its_klantbeeld(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties
) -> None:
    _open(qtbot, eigen_werkplek, zaak=None)
    c = _controller(eigen_werkplek, registraties)
    leeg = Concept(kanaal="telefoon", vragen=[VraagConcept()], start=c.start)
    c.bewaar(leeg, leeg=leeg.inhoud())
    concepten = Concepten.voor(eigen_werkplek.sessie)
    assert concepten.concepten == {}  # nothing typed: no draft
    getypt = _concept(c)
    c.bewaar(getypt, leeg=leeg.inhoud())
    assert concepten.onvastgelegd(c.sleutel)
    terug = _controller(eigen_werkplek, registraties)
    assert terug.hersteld and terug.concept is getypt
    with qtbot.waitSignal(terug.contactBeeindigd, timeout=1000):
        eigen_werkplek.sessie.beeindig_contact()
    anoniem = _controller(eigen_werkplek, registraties)
    assert anoniem.concept is None  # not the other caller's draft
    concepten.vergeet()
    assert concepten.concepten == {}


def test_a_refused_registration_is_corrected_under_its_own_key(
    eigen_werkplek: Werkplek, registraties: Registraties
) -> None:
    origineel = Registratie(
        soort=Soort.CONTACT,
        kanaal="E-mail",
        vragen=(RegistratieVraag(onderwerp="Klacht", vraag="Mijn container is niet geleegd."),),
        start=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    )
    c = _controller(eigen_werkplek, registraties, correctie=("item-1", origineel))
    assert c.sleutel == "geweigerd:item-1" and c.start == origineel.start
    assert c.concept is not None and c.concept.kanaal == "e-mail" and not c.hersteld
    reg = c.registratie(c.concept)
    assert reg.id == origineel.id and reg.start == origineel.start


def test_what_with_the_text_is_asked_through_the_bridge(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties
) -> None:
    c = _controller(eigen_werkplek, registraties)
    antwoorden: list[str] = []
    c.beantwoord.connect(antwoorden.append)
    with qtbot.waitSignal(eigen_werkplek.sessie.meldingen.gevraagd, timeout=1000) as s:
        gesteld = c.vraag_niet_vastgelegd()
    vraag = s.args[0]
    assert isinstance(vraag, Vraag) and vraag is gesteld
    assert [k.tekst for k in vraag.keuzes] == ["Verder typen", "Bewaren als concept", "Weggooien"]
    assert vraag.keuzes[vraag.standaard].soort is KeuzeSoort.ANNULEER  # Enter keeps typing
    assert vraag.annuleer == vraag.standaard
    for keuze in vraag.keuzes:
        if keuze.actie is not None:
            keuze.actie()
    assert antwoorden == ["verder", BEWAREN, WEGGOOIEN]


def test_an_answer_after_the_registration_is_gone_reaches_nobody(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties
) -> None:
    c = _controller(eigen_werkplek, registraties)
    vraag = c.vraag_niet_vastgelegd()
    with qtbot.waitSignal(c.destroyed, timeout=1000):
        c.deleteLater()
    for keuze in vraag.keuzes:
        assert keuze.actie is not None
        keuze.actie()  # no error: the question's continuation checks its runner


# -- the balie ---------------------------------------------------------------------------------


def test_the_balie_role_starts_at_the_balie(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties
) -> None:
    onthoud(laatste_kanaal="telefoon")
    balie = RegistratieController.voor(
        eigen_werkplek.sessie, registraties, Instellingen(rol=Rol.BALIE)
    )
    assert balie.standaard_kanaal() == "balie"
    assert _controller(eigen_werkplek, registraties).standaard_kanaal() == "telefoon"


def test_identity_established_at_the_balie_lands_with_the_klantcontact(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties, fresh_sandbox: Any
) -> None:
    _open(qtbot, eigen_werkplek, zaak=None)
    c = _controller(eigen_werkplek, registraties)
    concept = _concept(c, identiteit_vastgesteld=True)
    assert c.problemen(concept) == ["Kies met welk document de identiteit is vastgesteld."]
    concept.identiteitsbewijs = "paspoort"
    concept.vragen.append(VraagConcept("Afval", "Wanneer komt de container?", "", "afgehandeld"))
    assert c.problemen(concept) == []
    reg = c.vastleggen(concept)
    assert reg is not None and reg.identiteitsbewijs == "paspoort"
    qtbot.waitUntil(lambda: registraties.journaal.wachtend() == 0, timeout=15000)
    store = fresh_sandbox.sandbox.store
    for index in (0, 1):  # every klantcontact of the conversation carries it
        kc = klantcontact_van(store, reg, index)
        assert kc["metadata"]["identiteitVastgesteld"] == "paspoort"
        assert kc["kanaal"] == "Balie"
        assert "paspoort" not in kc["inhoud"].lower()  # the agent's words are untouched
    # over the API, as any other reader gets it
    client = eigen_werkplek.composer.klantinteracties
    assert client is not None
    uuid = klantcontact_van(store, reg)["uuid"]
    taak = asyncio.ensure_future(client.api.get_json(f"klantcontacten/{uuid}"))
    qtbot.waitUntil(taak.done, timeout=10000)
    assert taak.result()["metadata"]["identiteitVastgesteld"] == "paspoort"


def test_identity_is_not_sent_from_another_kanaal(
    qtbot: Any, eigen_werkplek: Werkplek, registraties: Registraties, fresh_sandbox: Any
) -> None:
    c = _controller(eigen_werkplek, registraties)
    concept = _concept(c, identiteit_vastgesteld=True)  # ticked at the balie, then switched
    concept.kanaal = "telefoon"
    assert c.problemen(concept) == []
    reg = c.vastleggen(concept)
    assert reg is not None and reg.identiteitsbewijs is None
    qtbot.waitUntil(lambda: registraties.journaal.wachtend() == 0, timeout=15000)
    kc = klantcontact_van(fresh_sandbox.sandbox.store, reg)
    assert "identiteitVastgesteld" not in kc["metadata"]
