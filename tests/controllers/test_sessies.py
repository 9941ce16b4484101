"""The sessions controller: several contacts at once, contact timer and nawerk, on a test clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from klantbeeld.controllers.meldingen import KeuzeSoort, Vraag
from klantbeeld.controllers.sessie import Sessie
from klantbeeld.controllers.sessies import MAX_SESSIES, Sessies, Stand
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, ZWAAR_BSN
from klantbeeld.services.klantbeeld.zoekvraag import herken
from klantbeeld.services.registraties.registratie import Registratie
from klantbeeld.services.registraties.registratie import Vraag as RegVraag
from klantbeeld.services.werkplek.settings import DATA_ENV
from klantbeeld.views.models.beeld import BeeldModel
from klantbeeld.views.registraties import Registraties
from tests.helpers import klantcontact_van
from tests.views.conftest import Werkplek, open_registraties


class Klok:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.nu = 1000.0

    def __call__(self) -> float:
        return self.nu


def _sessies(w: Werkplek, klok: Klok, **kw: Any) -> Sessies:
    eerste = Sessie(w.composer, w.zoeker, BeeldModel(), meldingen=w.sessie.meldingen)
    return Sessies(eerste, klok=klok, **kw)


def test_no_more_than_the_maximum_and_the_first_is_never_removed(werkplek: Werkplek) -> None:
    s = _sessies(werkplek, Klok(), maximum=99)
    assert s.maximum == MAX_SESSIES
    eerste = s.huidig
    nieuw = [s.nieuw() for _ in range(12)]
    assert len(s.lijst) == MAX_SESSIES and nieuw[-1] is None and nieuw[-2] is None
    assert s.index == MAX_SESSIES - 1 and s.huidig is nieuw[MAX_SESSIES - 2]
    s.volgende()
    assert s.huidig is eerste  # round the end
    s.volgende(-1)
    assert s.index == MAX_SESSIES - 1
    for sessie in list(s.lijst):
        s.sluit(sessie)
    assert len(s.lijst) == 1


def test_a_search_in_a_busy_session_asks_and_enter_opens_a_new_one(
    qtbot: Any, werkplek: Werkplek
) -> None:
    s = _sessies(werkplek, Klok())
    vragen: list[Vraag] = []
    s.huidig.meldingen.gevraagd.connect(vragen.append)
    eerste = s.huidig
    s.zoek(herken(VOORBEELD_BSN))  # an empty session: searched in it, nothing asked
    assert vragen == []
    qtbot.waitUntil(eerste.model.is_klaar, timeout=10000)
    s.zoek(herken(ZWAAR_BSN))
    (vraag,) = vragen
    assert vraag.tekst == "In deze sessie zoeken of in een nieuwe?"
    standaard = vraag.keuzes[vraag.standaard]
    assert standaard.tekst == "&Nieuwe sessie" and standaard.soort is KeuzeSoort.BEVESTIG
    assert len(s.lijst) == 1  # nothing happens before the answer
    assert standaard.actie is not None
    standaard.actie()
    assert len(s.lijst) == 2 and s.huidig is not eerste
    qtbot.waitUntil(s.huidig.model.is_klaar, timeout=20000)
    assert s.huidig.model.beeld is not None and s.huidig.model.beeld.sleutel == ZWAAR_BSN
    assert eerste.model.beeld is not None and eerste.model.beeld.sleutel == VOORBEELD_BSN
    # "in deze sessie" replaces the klant in the session shown
    s.zoek(herken(VOORBEELD_BSN))
    deze = next(k for k in vragen[1].keuzes if k.tekst == "In &deze sessie")
    assert deze.actie is not None
    deze.actie()
    qtbot.waitUntil(
        lambda: s.huidig.model.beeld is not None and s.huidig.model.beeld.sleutel == VOORBEELD_BSN,
        timeout=10000,
    )
    assert len(s.lijst) == 2


def test_contact_timer_and_nawerk_count_on_the_clock(qtbot: Any, werkplek: Werkplek) -> None:
    klok = Klok()
    s = _sessies(werkplek, klok, nawerk_s=60)
    klaar: list[tuple[object, float]] = []
    s.nawerkKlaar.connect(lambda sessie, duur: klaar.append((sessie, duur)))
    sessie = s.huidig
    assert s.stand(sessie) is Stand.LEEG and s.contactduur(sessie) == 0
    sessie.open_persoon(VOORBEELD_BSN)
    assert s.stand(sessie) is Stand.CONTACT
    klok.nu += 125
    assert s.contactduur(sessie) == 125
    sessie.open_persoon(VOORBEELD_BSN)  # F5: the same contact, the timer runs on
    assert s.contactduur(sessie) == 125
    s.beeindig(sessie)
    assert s.stand(sessie) is Stand.NAWERK and sessie.model.beeld is None
    assert s.nawerk_over(sessie) == 60
    klok.nu += 45
    s.tik()
    assert s.nawerk_over(sessie) == 15 and klaar == []
    klok.nu += 15
    s.tik()
    assert s.stand(sessie) is Stand.LEEG and s.nawerk_over(sessie) is None
    assert klaar == [(sessie, 60.0)]
    # a new contact ends the nawerk early, with its real length
    sessie.open_persoon(VOORBEELD_BSN)
    s.beeindig(sessie)
    klok.nu += 20
    sessie.open_persoon(VOORBEELD_BSN)
    assert s.stand(sessie) is Stand.CONTACT and klaar[-1] == (sessie, 20.0)
    s.sluit(sessie)  # closed: no nawerk
    assert s.stand(sessie) is Stand.LEEG


def test_ending_one_session_leaves_the_others(qtbot: Any, werkplek: Werkplek) -> None:
    s = _sessies(werkplek, Klok())
    a = s.huidig
    b = s.nieuw()
    assert b is not None
    a.open_persoon(VOORBEELD_BSN)
    b.open_persoon(ZWAAR_BSN)
    qtbot.waitUntil(lambda: a.model.is_klaar() and b.model.is_klaar(), timeout=20000)
    s.beeindig(a)
    assert a.model.beeld is None and s.stand(a) is Stand.NAWERK
    assert b.model.beeld is not None and s.stand(b) is Stand.CONTACT
    s.sluit(b)
    assert s.lijst == [a] and s.huidig is a
    s.beeindig_alle()
    assert s.stand(a) is Stand.LEEG


def test_the_settings_hold_the_maximum_and_the_nawerk() -> None:
    import pydantic

    from klantbeeld.services.werkplek.settings import Instellingen

    standaard = Instellingen()
    assert (standaard.max_sessies, standaard.nawerk_s) == (MAX_SESSIES, 60)
    assert Instellingen.model_validate({"max_sessies": 3, "nawerk_s": 0}).max_sessies == 3
    for fout in ({"max_sessies": 0}, {"max_sessies": 11}, {"nawerk_s": -1}):
        with pytest.raises(pydantic.ValidationError):
            Instellingen.model_validate(fout)


def test_a_save_in_nawerk_records_both_times_in_the_klantcontact(
    qtbot: Any,
    eigen_werkplek: Werkplek,
    fresh_sandbox: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    klok = Klok()
    s = _sessies(eigen_werkplek, klok, nawerk_s=60)
    sessie = s.huidig
    with open_registraties(eigen_werkplek, tmp_path, qtbot) as registraties:
        registraties.gesprekstijden = lambda: s.vastgelegd(s.huidig)

        def bewaar(onderwerp: str) -> Registratie:
            reg = Registratie(kanaal="Telefoon", vragen=(RegVraag(onderwerp=onderwerp),))
            item = registraties.journaal.item(registraties.registreer(reg))
            assert item is not None and item.registratie is not None
            return item.registratie

        sessie.open_persoon(VOORBEELD_BSN)
        klok.nu += 95
        tijdens = bewaar("Tijdens het gesprek")  # during the contact: no nawerk
        assert (tijdens.gespreksduur_s, tijdens.nawerk_s) == (95, 0)
        klok.nu += 30
        s.beeindig(sessie)
        klok.nu += 40
        na = bewaar("In het nawerk")  # in nawerk: the contact up to its end, then the nawerk
        assert (na.gespreksduur_s, na.nawerk_s) == (125, 40)
        assert s.stand(sessie) is Stand.LEEG  # the save ended the nawerk
        assert bewaar_buiten(registraties).gespreksduur_s is None  # no contact: not measured
        qtbot.waitUntil(lambda: registraties.journaal.wachtend() == 0, timeout=15000)
    for reg, duur, nawerk in ((tijdens, "95", "0"), (na, "125", "40")):
        metadata = klantcontact_van(fresh_sandbox.sandbox.store, reg)["metadata"]
        assert (metadata["gespreksduur_s"], metadata["nawerk_s"]) == (duur, nawerk)


def test_the_nawerk_in_a_registration_is_capped_at_the_maximum(werkplek: Werkplek) -> None:
    klok = Klok()
    s = _sessies(werkplek, klok, nawerk_s=60)
    sessie = s.huidig
    sessie.open_persoon(VOORBEELD_BSN)
    klok.nu += 10
    s.beeindig(sessie)
    klok.nu += 59
    assert s.gesprekstijden(sessie) == (10, 59)
    klok.nu += 500  # the window's tick has not run yet: still capped
    assert s.gesprekstijden(sessie) == (10, 60)


def bewaar_buiten(registraties: Registraties) -> Registratie:
    """A registration saved with no contact in the session."""
    reg = Registratie(kanaal="Balie", vragen=(RegVraag(onderwerp="Zonder gesprek"),))
    item = registraties.journaal.item(registraties.registreer(reg))
    assert item is not None and item.registratie is not None
    return item.registratie
