"""Settings on disk and secrets in keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantbeeld.services import secrets
from klantbeeld.services.errors import ConfiguratieFout
from klantbeeld.services.settings import (
    ApiInstelling,
    ApiNaam,
    AuthSoort,
    Instellingen,
    bewaar_instellingen,
    laad_instellingen,
    settings_path,
)


def test_no_file_means_oefenomgeving(tmp_path: Path) -> None:
    instellingen = laad_instellingen(tmp_path / "settings.json")
    assert instellingen.oefenomgeving
    assert instellingen.schema_version == 1


def test_round_trip_without_secrets(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    inst = Instellingen(
        profiel="acceptatie",
        apis={
            ApiNaam.ZAKEN: ApiInstelling(
                base_url="https://zaken.example/api/v1", auth=AuthSoort.ZGW_JWT, client_id="kcc"
            )
        },
    )
    bewaar_instellingen(inst, path)
    assert laad_instellingen(path) == inst
    assert not laad_instellingen(path).oefenomgeving
    assert "geheim" not in path.read_text()


def test_env_redirects_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLANTBEELD_CONFIG_DIR", str(tmp_path))
    assert settings_path() == tmp_path / "settings.json"


def test_unreadable_or_newer_settings_are_typed_errors(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{kapot")
    with pytest.raises(ConfiguratieFout):
        laad_instellingen(path)
    path.write_text('{"schema_version": 99}')
    with pytest.raises(ConfiguratieFout, match="nieuwere versie"):
        laad_instellingen(path)


def test_secrets_live_in_keyring() -> None:
    assert secrets.lees_geheim("test", "zaken") is None
    secrets.bewaar_geheim("test", "zaken", "s3cret")
    assert secrets.lees_geheim("test", "zaken") == "s3cret"
    secrets.wis_geheim("test", "zaken")
    secrets.wis_geheim("test", "zaken")  # twice is fine
    assert secrets.lees_geheim("test", "zaken") is None
