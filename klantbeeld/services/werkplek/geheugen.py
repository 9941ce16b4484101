"""Keeps full garbage-collector passes out of a klantbeeld's load, and its data out of the freeze.

A full (generation 2) pass scans every tracked object; with a large klantbeeld in memory (10,000
klantcontacten, 1,000 zaken) one pass held the event loop for 0.4–0.9 s — the screen froze in the
middle of filling. While any load runs (:func:`laden`) full passes are held off (young passes go
on, and reference counting frees almost everything); when the last load ends, what is loaded is
frozen (``gc.freeze``), so later full passes skip it. At the end of a contact
(:func:`vergeet_bevroren`) everything is unfrozen and collected, so nothing of that contact is
kept out of the collector's reach, and what survives (the application itself) is frozen again.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: Generation-2 threshold while loading: in effect no full pass.
_GEEN_VOLLE_PAS = 1_000_000

_bezig = 0
_drempels: tuple[int, int, int] | None = None


@contextlib.contextmanager
def laden() -> Iterator[None]:
    """While this runs (nested and concurrent loads count), no full collector pass."""
    global _bezig, _drempels
    if _bezig == 0:
        _drempels = gc.get_threshold()
        gc.set_threshold(_drempels[0], _drempels[1], _GEEN_VOLLE_PAS)
    _bezig += 1
    try:
        yield
    finally:
        _bezig -= 1
        if _bezig == 0 and _drempels is not None:
            gc.set_threshold(*_drempels)
            _drempels = None
            gc.freeze()


def vergeet_bevroren() -> None:
    """End of contact: unfreeze, collect everything unreachable, freeze what the app still holds."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
