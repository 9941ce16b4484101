"""Forgets at the end of a contact what the standard library kept of it behind our back."""

from __future__ import annotations

import urllib.parse

from klantbeeld.services.werkplek import geheugen


def vergeet_caches() -> None:
    """Empty urllib.parse's caches: ``urlsplit`` keeps the last URLs it split, query and all.

    Those URLs hold BSNs, phone numbers and e-mail addresses (``?bsn=999993653``), from our
    clients and from the oefenomgeving alike. Every ``functools.lru_cache`` in the module is
    emptied (what ``urllib.parse.clear_cache()`` does, which typeshed does not know). httpx
    parses URLs itself and caches nothing.
    """
    for obj in list(vars(urllib.parse).values()):
        cache_clear = getattr(obj, "cache_clear", None)
        if callable(cache_clear):
            cache_clear()
    # What a load froze out of the collector's reach (services.geheugen) is let go of too.
    geheugen.vergeet_bevroren()
