"""End of contact: nothing of the caller stays behind in the standard library's caches."""

from __future__ import annotations

import gc
import types
import urllib.parse
from typing import Any

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.klantbeeld.zoekvraag import herken
from tests.views.conftest import Werkplek


def in_url_caches(waarde: str) -> list[str]:
    """The caches of urllib.parse (every ``functools.lru_cache`` in it) holding ``waarde``."""
    gevonden: list[str] = []
    for naam, obj in vars(urllib.parse).items():
        if not hasattr(obj, "cache_info"):
            continue
        stapel: list[tuple[object, int]] = [(obj, 0)]
        gezien: set[int] = set()
        while stapel:
            o, diepte = stapel.pop()
            if id(o) in gezien or diepte > 5:
                continue
            gezien.add(id(o))
            if isinstance(o, bytes):
                o = o.decode("latin-1")
            if isinstance(o, str):
                if waarde in o and naam not in gevonden:
                    gevonden.append(naam)
                continue
            if isinstance(o, type | types.FunctionType | types.ModuleType):
                continue
            stapel.extend((r, diepte + 1) for r in gc.get_referents(o))
    return gevonden


def test_in_url_caches_finds_a_split_url() -> None:
    urllib.parse.urlsplit("http://127.0.0.1/partijen?bsn=123456782")
    assert in_url_caches("123456782") == ["urlsplit"]
    urllib.parse.clear_cache()
    assert in_url_caches("123456782") == []


def test_ending_the_contact_empties_the_url_caches(qtbot: Any, werkplek: Werkplek) -> None:
    werkplek.sessie.zoek(herken(VOORBEELD_BSN))
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    # the klantbeeld's requests (ours and the oefenomgeving's side) left the BSN behind
    assert in_url_caches(VOORBEELD_BSN) == ["urlsplit"]
    werkplek.sessie.beeindig_contact()
    assert in_url_caches(VOORBEELD_BSN) == []
    assert urllib.parse.urlsplit.cache_info().currsize == 0
