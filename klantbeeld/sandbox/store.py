"""The oefenomgeving's data: the deterministic seed in memory, with every write kept in SQLite.

Objects are stored in their API shape. URLs inside them start with :data:`BASE`, a
placeholder replaced by the request's own scheme and host when a response is sent (real
servers build absolute URLs from the request host too), and put back on the way in.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BASE = "http://oefenomgeving.invalid"

Obj = dict[str, Any]


class Store:
    """Collections of API objects by uuid, insertion-ordered; writes persisted to SQLite."""

    def __init__(self, db_path: Path | None = None) -> None:
        self._colls: dict[str, dict[str, Obj]] = {}
        self._versions: dict[str, int] = {}
        self._indexes: dict[tuple[str, str], _Index] = {}
        self.blobs: dict[str, bytes] = {}
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if db_path is not None:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS writes ("
                " seq INTEGER PRIMARY KEY AUTOINCREMENT, coll TEXT NOT NULL,"
                " uuid TEXT NOT NULL, body TEXT)"
            )

    # -- seed and journal -------------------------------------------------------------------

    def seed(self, coll: str, objs: Iterable[Obj]) -> None:
        """Add seed objects (not persisted: the seed is rebuilt on every start)."""
        target = self._colls.setdefault(coll, {})
        for obj in objs:
            target[obj["uuid"]] = obj
        self._bump(coll)

    def replay(self) -> int:
        """Lay every persisted write over the seed; returns how many were applied."""
        if self._db is None:
            return 0
        rows = self._db.execute("SELECT coll, uuid, body FROM writes ORDER BY seq").fetchall()
        for coll, uid, body in rows:
            target = self._colls.setdefault(coll, {})
            if body is None:
                target.pop(uid, None)
            else:
                target[uid] = json.loads(body)
            self._bump(coll)
        return len(rows)

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- reads ------------------------------------------------------------------------------

    def get(self, coll: str, uid: str) -> Obj | None:
        """One object, or None."""
        return self._colls.get(coll, {}).get(uid)

    def all(self, coll: str) -> list[Obj]:
        """Every object of a collection, in insertion order."""
        return list(self._colls.get(coll, {}).values())

    def count(self, coll: str) -> int:
        """How many objects a collection holds."""
        return len(self._colls.get(coll, {}))

    def version(self, coll: str) -> int:
        """Changes on every write to ``coll``; caches key on it."""
        return self._versions.get(coll, 0)

    def index(
        self, coll: str, name: str, key: Callable[[Obj], Iterable[Any]]
    ) -> dict[Any, list[Obj]]:
        """A cached multi-map ``key value -> objects``, kept up to date by put and delete.

        Bulk changes (seed, replay) make it rebuild on the next read.
        """
        version = self.version(coll)
        cached = self._indexes.get((coll, name))
        if cached is not None and cached.version == version:
            return cached.kaart
        result: dict[Any, list[Obj]] = {}
        for obj in self._colls.get(coll, {}).values():
            for k in key(obj):
                result.setdefault(k, []).append(obj)
        self._indexes[(coll, name)] = _Index(version, key, result)
        return result

    def _werk_indexen_bij(self, coll: str, oud: Obj | None, nieuw: Obj | None) -> None:
        """Update the current indexes of ``coll`` for one changed object (no full rebuild)."""
        vorige = self.version(coll)
        self._bump(coll)
        for (c, _), index in self._indexes.items():
            if c != coll or index.version != vorige:
                continue
            if oud is not None:
                for k in index.key(oud):
                    lijst = index.kaart.get(k)
                    if lijst is not None:
                        lijst[:] = [o for o in lijst if o is not oud]
            if nieuw is not None:
                for k in index.key(nieuw):
                    index.kaart.setdefault(k, []).append(nieuw)
            index.version = self.version(coll)

    # -- writes -----------------------------------------------------------------------------

    def put(self, coll: str, obj: Obj) -> Obj:
        """Create or replace an object and persist it before returning."""
        with self._lock:
            target = self._colls.setdefault(coll, {})
            oud = target.get(obj["uuid"])
            target[obj["uuid"]] = obj
            self._werk_indexen_bij(coll, oud, obj)
            self._persist(coll, obj["uuid"], obj)
        return obj

    def delete(self, coll: str, uid: str) -> bool:
        """Remove an object; False when it was not there."""
        with self._lock:
            oud = self._colls.get(coll, {}).pop(uid, None)
            found = oud is not None
            if found:
                self._werk_indexen_bij(coll, oud, None)
                self._persist(coll, uid, None)
        return found

    def _persist(self, coll: str, uid: str, obj: Obj | None) -> None:
        if self._db is None:
            return
        body = None if obj is None else json.dumps(obj, ensure_ascii=False)
        self._db.execute(
            "INSERT INTO writes (coll, uuid, body) VALUES (?, ?, ?)", (coll, uid, body)
        )

    def _bump(self, coll: str) -> None:
        self._versions[coll] = self._versions.get(coll, 0) + 1


@dataclass
class _Index:
    """One cached multi-map with the key function that built it."""

    version: int
    key: Callable[[Obj], Iterable[Any]]
    kaart: dict[Any, list[Obj]]


def new_uuid() -> str:
    """A fresh random uuid for objects created through the API."""
    return str(uuidlib.uuid4())
