"""Every recorded refusal and accepted write of the real servers, replayed on the oefenomgeving.

The recordings (``shared/recorded``, numbers 30-69 and 130-199) are sent in their call order
(``calls.log``) to a fresh oefenomgeving, which must answer as the real server did: the same
status and content type; for a ``400`` the same ``invalidParams`` (name, code and reason) and
the same ``code``/``title``/``detail``; for a ``404`` "Ongeldige pagina."; for the one ``500``
an HTML page; for a ``201`` a ``Location`` header exactly when the real server sent one; for
an object the same keys under ``_expand`` (or none); for a list the same ``count`` where the
list holds only what the replay itself wrote, and the same ``next``/``previous`` query.

The recordings name objects of the real servers. They are mapped like this:

- Hosts: ``127.0.0.1:8001`` (Open Klant) and ``127.0.0.1:8002`` (Open Zaak) become the
  oefenomgeving's own root, in URLs and in request bodies (a zaak URL in an onderwerpobject).
- uuids: every object the replay creates answers with its own uuid. Recorded and replayed
  response bodies are walked side by side and each recorded ``uuid`` is mapped to the one the
  oefenomgeving gave; later request bodies and URLs use the mapped uuid. A uuid never created
  (``00000000-…``, the "unknown" ones) stays as it is.
- BSN 999993653: the oefenomgeving already has a partij for it (the voorbeeld person), so the
  replay's "first partij for this BSN" (OK 30) uses a BSN without one; OK 130 then hits the
  partij OK 30 made, as on the real server.
- The 502 extra POSTs after OK 66 ("not stored") are sent with the body of OK 66.
- Open Zaak: BSN 999990408 (40 zaken) becomes the heavy person (45 zaken), and zaak
  ``1f03f4b4-…`` / ``ZAAK-2024-0000000014`` become a closed zaak of that person with a
  resultaat. The page past the last (OZ 137: page 5 of 40 zaken in tens) becomes page 6.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from klantbeeld.sandbox.seed import plan
from klantbeeld.services.verbinding.auth import zgw_jwt
from tests.conformance import Exchange, load_recorded
from tests.conftest import RECORDED, TEST_VANDAAG

pytestmark = pytest.mark.skipif(not RECORDED.exists(), reason="shared/recorded is not present")

OK = "open-klant-2.18.0"
OZ = "open-zaak-1.30.0"
HOSTS = ("http://127.0.0.1:8001", "http://127.0.0.1:8002")
REPLAY_BSN = "999912340"
OZ_BSN = "999990408"
OZ_ZAAK = "1f03f4b4-a53b-4b28-b9b4-9ddd6946b7fc"
OZ_IDENTIFICATIE = "ZAAK-2024-0000000014"
#: OK 66 is the first of 503 identical POSTs; the other 502 were not stored.
EXTRA_NA = {"66-create-klantcontact-paginatest-1-of-503": 502}
#: Lists that hold only what the replay wrote: their ``count`` must be the recorded one.
SAME_COUNT = frozenset({40, 41, 42, 43, 44, 46, 51, 60, 61, 67, 157, 158, 160, 178, 179, 180, 181})
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _param(p: dict[str, str]) -> tuple[str, str, str]:
    """An ``invalidParams`` entry as compared: name, code and the exact reason."""
    return p["name"], p["code"], p["reason"]


def _expand_keys(body: dict[str, Any]) -> list[str] | None:
    """The keys under ``_expand``; ``None`` when the body has no ``_expand`` at all."""
    expand = body.get("_expand")
    return None if expand is None else sorted(expand)


def nummer(ex: Exchange) -> int:
    """The call's number (``133`` for ``133-create-…``)."""
    return int(ex.name.split("-", 1)[0])


def replayed(folder: str) -> list[Exchange]:
    """The calls of 30-69 and 130-199, in call order."""
    return [
        ex
        for ex in load_recorded(RECORDED / folder)
        if 30 <= nummer(ex) <= 69 or 130 <= nummer(ex) <= 199
    ]


@dataclass
class Replay:
    """One replay against one oefenomgeving, with its mappings and tallies."""

    server: Any
    http: httpx.Client
    vervang: dict[str, str] = field(default_factory=dict)
    refusals: list[str] = field(default_factory=list)
    accepted_writes: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def map(self, text: str) -> str:
        for host in HOSTS:
            text = text.replace(host, self.server.root)
        for old, new in self.vervang.items():
            text = text.replace(old, new)
        return text

    def learn(self, recorded: Any, ours: Any) -> None:
        """Map every recorded ``uuid`` to the one at the same place in our answer."""
        if isinstance(recorded, dict) and isinstance(ours, dict):
            uid, mine = recorded.get("uuid"), ours.get("uuid")
            if isinstance(uid, str) and isinstance(mine, str) and uid != mine:
                self.vervang.setdefault(uid, mine)
            for key, value in recorded.items():
                self.learn(value, ours.get(key))
        elif isinstance(recorded, list) and isinstance(ours, list):
            for a, b in zip(recorded, ours, strict=False):
                self.learn(a, b)

    def send(self, ex: Exchange, url: str | None = None) -> httpx.Response:
        body = self.map(ex.request_body.decode("utf-8")) if ex.request_body else None
        return self.http.request(
            ex.method,
            url or self.map(ex.url),
            content=body,
            headers={"Content-Type": "application/json"} if body else None,
        )

    def play(self, ex: Exchange) -> None:
        url = self.map(ex.url)
        if nummer(ex) == 137:  # the page past the last, for the oefenomgeving's person
            url = url.replace("page=5", "page=6")
        r = self.send(ex, url)
        for _ in range(EXTRA_NA.get(ex.name, 0)):
            assert self.send(ex).status_code == 201
        self.compare(ex, r)

    def compare(self, ex: Exchange, r: httpx.Response) -> None:
        wrong = self.problems.append
        label = ex.name
        if r.status_code != ex.status:
            wrong(f"{label}: status {r.status_code}, recorded {ex.status}: {r.text[:300]}")
            return
        if ex.status >= 400:
            self.refusals.append(label)
        elif ex.method in ("POST", "PATCH"):
            self.accepted_writes.append(label)
        else:
            self.others.append(label)
        recorded_type = ex.response_headers.get("content-type", "").split(";")[0]
        if r.headers.get("content-type", "").split(";")[0] != recorded_type:
            wrong(
                f"{label}: content type {r.headers.get('content-type')}, recorded {recorded_type}"
            )
        if ex.status >= 500:
            return
        recorded = json.loads(ex.response_body)
        ours = r.json()
        if ex.status in (400, 404):
            for key in ("code", "title", "status", "detail"):
                if ours.get(key) != recorded.get(key):
                    wrong(f"{label}: {key} {ours.get(key)!r}, recorded {recorded.get(key)!r}")
            if sorted(ours) != sorted(recorded):
                wrong(f"{label}: keys {sorted(ours)}, recorded {sorted(recorded)}")
            mine = sorted(_param(p) for p in ours.get("invalidParams", []))
            real = sorted(_param(p) for p in recorded.get("invalidParams", []))
            if mine != real:
                wrong(f"{label}: invalidParams {mine}, recorded {real}")
            return
        if ex.status == 201 and ("location" in r.headers) != ("location" in ex.response_headers):
            wrong(f"{label}: Location header present: {'location' in r.headers}")
        self.learn(recorded, ours)
        if isinstance(recorded, dict) and "uuid" in recorded:
            # Expanded as the real server expands: the same keys under _expand, or none (OZ 136).
            keys = [_expand_keys(body) for body in (recorded, ours)]
            if keys[0] != keys[1]:
                wrong(f"{label}: _expand {keys[1]}, recorded {keys[0]}")
        if isinstance(recorded, dict) and "count" in recorded:
            self.compare_list(ex, recorded, ours)

    def compare_list(self, ex: Exchange, recorded: dict[str, Any], ours: dict[str, Any]) -> None:
        label = ex.name
        if nummer(ex) in SAME_COUNT and ours["count"] != recorded["count"]:
            self.problems.append(f"{label}: count {ours['count']}, recorded {recorded['count']}")
        if len(ours["results"]) != len(recorded["results"]) and nummer(ex) in SAME_COUNT:
            self.problems.append(f"{label}: {len(ours['results'])} results on the page")
        for link in ("next", "previous"):
            real, mine = recorded.get(link), ours.get(link)
            query_of = [urlsplit(self.map(u)).query if u else None for u in (real, mine)]
            if query_of[0] != query_of[1]:
                self.problems.append(f"{label}: {link} {mine!r}, recorded {real!r}")


@pytest.fixture(scope="module")
def replay_server() -> Iterator[Any]:
    """An oefenomgeving of its own, in memory (the replay writes over 500 objects)."""
    from klantbeeld.sandbox.app import Sandbox
    from klantbeeld.sandbox.server import SandboxServer

    server = SandboxServer(Sandbox(vandaag=TEST_VANDAAG)).start()
    yield server
    server.stop()


def _client(server: Any, folder: str) -> httpx.Client:
    creds = server.sandbox.creds
    if folder == OK:
        headers = {"Authorization": f"Token {creds.klantinteracties_token}"}
    else:
        token = zgw_jwt(creds.zgw_client_id, creds.zgw_secret)
        headers = {"Authorization": f"Bearer {token}", "Accept-Crs": "EPSG:4326"}
    return httpx.Client(headers=headers, timeout=30)


def _vrije_bsn(http: httpx.Client, root: str) -> str:
    r = http.get(
        f"{root}/klantinteracties/api/v1/partijen",
        params={"partijIdentificator__objectId": REPLAY_BSN},
    )
    assert r.status_code == 200 and r.json()["count"] == 0, r.text
    return REPLAY_BSN


def _gesloten_zaak(http: httpx.Client, root: str) -> dict[str, Any]:
    r = http.get(
        f"{root}/zaken/api/v1/zaken",
        params={
            "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": plan.ZWAAR_BSN,
            "pageSize": 100,
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert 40 < body["count"] <= 50  # page 6 in tens is past the last (OZ 137)
    return next(z for z in body["results"] if z["resultaat"] and z["einddatum"])


def test_open_klant_answers_every_recorded_write_and_refusal_as_recorded(
    replay_server: Any,
) -> None:
    with _client(replay_server, OK) as http:
        replay = Replay(replay_server, http)
        replay.vervang["999993653"] = _vrije_bsn(http, replay_server.root)
        for ex in replayed(OK):
            replay.play(ex)
    print(
        f"\nOpen Klant replay: {len(replay.refusals)} refusals, "
        f"{len(replay.accepted_writes)} accepted writes (+502 repeats of OK 66), "
        f"{len(replay.others)} reads"
    )
    assert replay.problems == [], "\n".join(replay.problems)
    # Every numbered call was replayed: 41 refusals (130-181), 30 writes, 20 reads.
    assert len(replay.refusals) == 41
    assert len(replay.accepted_writes) == 30
    assert len(replay.others) == 20
    # The refusals include every 400 the new recordings hold, and the one 500 (OK 140).
    assert "140-create-klantcontact-nummer-empty-string-again" in replay.refusals


def test_open_zaak_answers_every_recorded_read_and_refusal_as_recorded(
    replay_server: Any,
) -> None:
    with _client(replay_server, OZ) as http:
        replay = Replay(replay_server, http)
        zaak = _gesloten_zaak(http, replay_server.root)
        replay.vervang.update(
            {
                OZ_BSN: plan.ZWAAR_BSN,
                OZ_ZAAK: zaak["uuid"],
                OZ_IDENTIFICATIE: zaak["identificatie"],
            }
        )
        for ex in replayed(OZ):
            replay.play(ex)
    print(f"\nOpen Zaak replay: {len(replay.refusals)} refusals, {len(replay.others)} reads")
    assert replay.problems == [], "\n".join(replay.problems)
    assert len(replay.refusals) == 7  # OZ 130-135, 137
    assert len(replay.others) == 8  # OZ 30-36, 136
