"""No full collector pass while a klantbeeld loads; frozen data is let go of at end of contact."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from klantbeeld.services.werkplek import geheugen
from klantbeeld.services.werkplek.vergeten import vergeet_caches


class _Kring:
    """An object in a reference cycle: only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.zelf = self


def test_no_full_pass_while_loading_and_the_thresholds_come_back() -> None:
    voor = gc.get_threshold()
    volle: list[Any] = []

    def cb(fase: str, info: dict[str, Any]) -> None:
        if fase == "start" and info["generation"] == 2:
            volle.append(info)

    gc.callbacks.append(cb)
    try:
        with geheugen.laden(), geheugen.laden():  # nested and concurrent loads count
            rommel = [[object() for _ in range(50)] for _ in range(20_000)]
            del rommel
            assert gc.get_threshold()[2] > voor[2]
        assert not volle
        assert gc.get_threshold() == voor
    finally:
        gc.callbacks.remove(cb)
        gc.unfreeze()


def test_a_contacts_frozen_cycle_is_collected_at_the_end_of_the_contact() -> None:
    with geheugen.laden():
        kring = _Kring()
    ref = weakref.ref(kring)
    assert gc.get_freeze_count() > 0  # what was loaded is out of the full passes' way
    del kring
    gc.collect()
    assert ref() is not None  # frozen: the collector does not reach it
    vergeet_caches()  # end of contact
    assert ref() is None
    gc.unfreeze()
