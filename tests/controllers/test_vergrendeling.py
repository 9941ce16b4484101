"""The workstation lock's logic without widgets: idle time, locking, unlocking by signing in."""

from __future__ import annotations

from typing import Any

import pytest

from klantbeeld.controllers.vergrendeling import Reden, VergrendelingController
from klantbeeld.services.werkplek.aanmelding import AanmeldFout


class Klok:
    """Monotonic seconds a test moves by hand."""

    def __init__(self) -> None:
        self.nu = 1000.0

    def __call__(self) -> float:
        return self.nu


class Herauthenticatie:
    """A stand-in for the browser sign-in: counts the calls, fails while told to."""

    def __init__(self, *, mislukt: bool) -> None:
        self.mislukt = mislukt
        self.aanroepen = 0

    async def __call__(self) -> None:
        self.aanroepen += 1
        if self.mislukt:
            raise AanmeldFout("Aanmelden is niet gelukt: de aanmeldserver weigerde de aanmelding.")


def test_na_de_wachttijd_zonder_invoer_vergrendelt_het(qtbot: Any) -> None:
    c = VergrendelingController(0.05)
    with qtbot.waitSignal(c.vergrendeldGewijzigd, timeout=5000) as signaal:
        pass
    assert signaal.args == [True]
    assert c.vergrendeld and c.reden is Reden.INACTIEF


def test_invoer_schuift_de_vergrendeling_op(qtbot: Any) -> None:
    klok = Klok()
    c = VergrendelingController(300, klok=klok)
    klok.nu += 200
    c.invoer()
    klok.nu += 200  # 400 s since the start, 200 s since the last input
    c.controleer()
    assert not c.vergrendeld
    klok.nu += 100
    c.controleer()
    assert c.vergrendeld and c.reden is Reden.INACTIEF
    # Input while locked does not count: it stays locked.
    c.invoer()
    c.controleer()
    assert c.vergrendeld


def test_de_wachttijd_moet_positief_zijn() -> None:
    with pytest.raises(ValueError):
        VergrendelingController(0)


def test_zonder_aanmelding_ontgrendelt_het_direct_en_telt_opnieuw(qtbot: Any) -> None:
    klok = Klok()
    c = VergrendelingController(300, klok=klok)
    c.vergrendel()
    assert c.vergrendeld and c.reden is Reden.SNELTOETS and not c.met_aanmelding
    c.vergrendel(Reden.INACTIEF)  # already locked: nothing changes
    assert c.reden is Reden.SNELTOETS
    klok.nu += 1000
    with qtbot.waitSignal(c.vergrendeldGewijzigd, timeout=1000) as signaal:
        c.ontgrendel()
    assert signaal.args == [False] and not c.vergrendeld and c.reden is None
    # The idle time starts at the unlocking, not at the last input before the lock.
    klok.nu += 299
    c.controleer()
    assert not c.vergrendeld


def test_met_aanmelding_blijft_het_vergrendeld_als_aanmelden_mislukt(qtbot: Any) -> None:
    aanmelden = Herauthenticatie(mislukt=True)
    c = VergrendelingController(300, herauthenticatie=aanmelden)
    assert c.met_aanmelding
    c.aanmelding_verlopen()
    assert c.vergrendeld and c.reden is Reden.AANMELDING_VERLOPEN
    with qtbot.waitSignal(c.mislukt, timeout=5000) as fout:
        c.ontgrendel()
    assert "niet gelukt" in fout.args[0]
    assert aanmelden.aanroepen == 1
    assert c.vergrendeld and not c.bezig
    # Signing in again, now successfully, unlocks.
    aanmelden.mislukt = False
    with qtbot.waitSignal(c.vergrendeldGewijzigd, timeout=5000) as signaal:
        c.ontgrendel()
    assert signaal.args == [False] and aanmelden.aanroepen == 2 and not c.vergrendeld


def test_ontgrendelen_terwijl_al_aangemeld_wordt_niet_dubbel_gestart(qtbot: Any) -> None:
    aanmelden = Herauthenticatie(mislukt=False)
    c = VergrendelingController(300, herauthenticatie=aanmelden)
    c.ontgrendel()  # not locked: nothing to do
    assert aanmelden.aanroepen == 0
    c.vergrendel()
    with qtbot.waitSignal(c.vergrendeldGewijzigd, timeout=5000):
        c.ontgrendel()
        assert c.bezig
        c.ontgrendel()  # a second Enter while the browser is open
    assert aanmelden.aanroepen == 1
