"""The workstation's memory of the agent's habits, without Qt: defaults, round trip, bad files."""

from __future__ import annotations

from pathlib import Path

from klantbeeld.services.werkplek.werkplekstaat import Werkplekstaat, laad_werkplekstaat, onthoud


def test_onthoudt_kanaal_en_actor(tmp_path: Path) -> None:
    pad = tmp_path / "staat" / "werkplekstaat.json"
    assert laad_werkplekstaat(pad) == Werkplekstaat()
    onthoud(pad, laatste_kanaal="balie")
    onthoud(pad, laatste_actor="a-1")
    staat = laad_werkplekstaat(pad)
    assert (staat.laatste_kanaal, staat.laatste_actor) == ("balie", "a-1")


def test_een_kapot_bestand_geeft_de_standaard(tmp_path: Path) -> None:
    pad = tmp_path / "werkplekstaat.json"
    pad.write_text("{niet: json", encoding="utf-8")
    assert laad_werkplekstaat(pad).laatste_kanaal == "telefoon"
