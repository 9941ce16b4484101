"""The oefenomgeving's store: indexes follow writes, writes survive a restart."""

from __future__ import annotations

from pathlib import Path

from klantbeeld.sandbox.store import Store


def _by_kleur(obj: dict[str, object]) -> list[object]:
    return [obj["kleur"]]


def test_indexes_follow_puts_and_deletes_without_rebuilding(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    store.seed(
        "dingen", [{"uuid": str(i), "kleur": "rood" if i % 2 else "blauw"} for i in range(10)]
    )
    index = store.index("dingen", "kleur", _by_kleur)
    assert len(index["rood"]) == 5
    store.put("dingen", {"uuid": "1", "kleur": "groen"})  # was rood
    store.put("dingen", {"uuid": "99", "kleur": "rood"})
    store.delete("dingen", "2")  # was blauw
    again = store.index("dingen", "kleur", _by_kleur)
    assert again is index  # updated in place, not rebuilt
    assert sorted(o["uuid"] for o in again["rood"]) == ["3", "5", "7", "9", "99"]
    assert [o["uuid"] for o in again["groen"]] == ["1"]
    assert len(again["blauw"]) == 4
    store.close()

    herstart = Store(tmp_path / "s.sqlite3")
    herstart.seed(
        "dingen", [{"uuid": str(i), "kleur": "rood" if i % 2 else "blauw"} for i in range(10)]
    )
    assert herstart.replay() == 3
    fresh = herstart.index("dingen", "kleur", _by_kleur)
    assert sorted(o["uuid"] for o in fresh["rood"]) == ["3", "5", "7", "9", "99"]
    assert herstart.get("dingen", "2") is None
    herstart.close()
