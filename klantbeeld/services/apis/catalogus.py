"""Catalogi 1.3 cache: zaaktypen, statustypen, resultaattypen, informatieobjecttypen by URL.

The catalogus changes rarely and is the same for every zaak, so it is fetched once (four list
requests in parallel) and kept in a JSON file; a later start reads the file and makes no
request at all while it is younger than ``max_age_s``. The file holds catalogus data only.

A zaak's ``zaaktype`` or a status's ``statustype`` URL is never fetched: it is only a key into
this cache, which is filled from the Catalogi API's own lists (their ``next`` links followed only
under the configured Catalogi root, see :mod:`services.verbinding.http`). Open Zaak names the
Catalogi root of the same server, which is configured, so it resolves; a URL on any other host
(or under another path) resolves to nothing, and nothing is sent there.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path
from typing import Any, TypeVar

from klantbeeld.services.apis.zgw import Informatieobjecttype, Resultaattype, Statustype, Zaaktype
from klantbeeld.services.verbinding.http import ApiClient, valideer

FILE_VERSION = 1
M = TypeVar("M", Zaaktype, Statustype, Resultaattype, Informatieobjecttype)

_SOORTEN: dict[str, str] = {
    "zaaktypen": "zaaktypen",
    "statustypen": "statustypen",
    "resultaattypen": "resultaattypen",
    "informatieobjecttypen": "informatieobjecttypen",
}


def _by_url(model: type[M], items: list[Any], client: ApiClient) -> dict[str, M]:
    """Items by URL; one whose URL lies outside the Catalogi root is left out."""
    out: dict[str, M] = {}
    for item in items:
        obj = valideer(model, item, client.bron)
        if client.is_eigen(obj.url):
            out[obj.url] = obj
    return out


class CatalogusCache:
    """Every zaaktype, statustype, resultaattype and informatieobjecttype, looked up by URL."""

    def __init__(
        self, catalogi: ApiClient, *, path: Path | None = None, max_age_s: float = 86400
    ) -> None:
        self._client = catalogi
        self._path = path
        self._max_age_s = max_age_s
        self._lock = asyncio.Lock()
        self._zaaktypen: dict[str, Zaaktype] = {}
        self._statustypen: dict[str, Statustype] = {}
        self._resultaattypen: dict[str, Resultaattype] = {}
        self._informatieobjecttypen: dict[str, Informatieobjecttype] = {}
        self._per_zaaktype: dict[str, list[Statustype]] = {}
        self._warm = False

    @property
    def is_warm(self) -> bool:
        """True once the catalogus is loaded (from the server or the file)."""
        return self._warm

    async def laad(self) -> None:
        """Load from the file when fresh, else fetch the four lists in parallel and save them."""
        async with self._lock:
            if self._warm:
                return
            raw = self._lees_bestand()
            if raw is None:
                lijsten = await asyncio.gather(
                    *(self._client.list_all(pad) for pad in _SOORTEN.values())
                )
                raw = dict(zip(_SOORTEN, lijsten, strict=True))
                self._vul(raw)
                self._schrijf_bestand(raw)
            else:
                self._vul(raw)
            self._warm = True

    def vergeet(self) -> None:
        """Drop what is loaded (the file stays); the next ``laad()`` reads it again."""
        self._warm = False

    # -- look-ups -----------------------------------------------------------------------------

    def zaaktypen(self) -> list[Zaaktype]:
        """Every zaaktype in the cache (empty until loaded)."""
        return list(self._zaaktypen.values())

    def zaaktype(self, url: str) -> Zaaktype | None:
        """The zaaktype at ``url``, or None when unknown."""
        return self._zaaktypen.get(url)

    def statustypen(self, zaaktype_url: str) -> list[Statustype]:
        """The statustypen of a zaaktype, sorted by volgnummer."""
        return list(self._per_zaaktype.get(zaaktype_url, []))

    def statustype(self, url: str) -> Statustype | None:
        """The statustype at ``url``, or None."""
        return self._statustypen.get(url)

    def resultaattype(self, url: str) -> Resultaattype | None:
        """The resultaattype at ``url``, or None."""
        return self._resultaattypen.get(url)

    def informatieobjecttype(self, url: str) -> Informatieobjecttype | None:
        """The informatieobjecttype at ``url``, or None."""
        return self._informatieobjecttypen.get(url)

    # -- internals ----------------------------------------------------------------------------

    def _vul(self, raw: dict[str, list[Any]]) -> None:
        client = self._client
        self._zaaktypen = _by_url(Zaaktype, raw.get("zaaktypen", []), client)
        self._statustypen = _by_url(Statustype, raw.get("statustypen", []), client)
        self._resultaattypen = _by_url(Resultaattype, raw.get("resultaattypen", []), client)
        self._informatieobjecttypen = _by_url(
            Informatieobjecttype, raw.get("informatieobjecttypen", []), client
        )
        per: dict[str, list[Statustype]] = {}
        for st in self._statustypen.values():
            if st.zaaktype:
                per.setdefault(st.zaaktype, []).append(st)
        for lijst in per.values():
            lijst.sort(key=lambda s: s.volgnummer)
        self._per_zaaktype = per

    def _lees_bestand(self) -> dict[str, list[Any]] | None:
        if self._path is None or not self._path.exists():
            return None
        try:
            if time.time() - self._path.stat().st_mtime > self._max_age_s:
                return None
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (
            not isinstance(data, dict)
            or data.get("version") != FILE_VERSION
            or data.get("base_url") != self._client.base_url
            or not isinstance(data.get("lijsten"), dict)
        ):
            return None
        lijsten: dict[str, list[Any]] = data["lijsten"]
        if not all(isinstance(lijsten.get(k), list) for k in _SOORTEN):
            return None
        return lijsten

    def _schrijf_bestand(self, raw: dict[str, list[Any]]) -> None:
        if self._path is None:
            return
        data = {"version": FILE_VERSION, "base_url": self._client.base_url, "lijsten": raw}
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self._path)
        except OSError:
            pass  # a cache that cannot be written is only slower next time
