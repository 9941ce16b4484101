"""Start-up: sources mixed per profile, and no keyring (or a plaintext one) is no crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from klantbeeld.app import Omgeving, maak_registraties
from klantbeeld.sandbox.endpoints import PATHS
from klantbeeld.services.werkplek import secrets
from klantbeeld.services.werkplek.secrets import herstel_hint
from klantbeeld.services.werkplek.settings import (
    ApiInstelling,
    ApiNaam,
    Bron,
    BronInstelling,
    Instellingen,
    Modus,
    Profiel,
)
from tests.conftest import ROOT, run
from tests.services.test_secrets import PlaintextKeyring

#: Never contacted; on loopback, as the real oefenomgeving is (plain http only there).
NEP_OEFEN = "http://127.0.0.1:9/oefen"


class NepOefenomgeving:
    """An oefenomgeving that only says where it would be: shows which APIs were routed to it."""

    def endpoints(self) -> dict[ApiNaam, tuple[ApiInstelling, str]]:
        return {api: (ApiInstelling(base_url=NEP_OEFEN + p), "oefen") for api, p in PATHS.items()}


@pytest.fixture
def sleutelbos() -> Iterator[None]:
    oud = keyring.get_keyring()
    yield
    keyring.set_keyring(oud)


def gemengd_profiel(root: str) -> Instellingen:
    """BRP and Open Zaak by their server root, Open Klant by its API root, KVK fictional, no
    payments."""
    return Instellingen(
        profiel="gemengd",
        profielen={
            "gemengd": Profiel(
                bronnen={
                    Bron.BRP: BronInstelling(url=root),
                    Bron.KVK: BronInstelling(modus=Modus.OEFENOMGEVING),
                    Bron.OPENZAAK: BronInstelling(url=root, client_id="klantbeeld-oefen"),
                    Bron.KLANTINTERACTIES: BronInstelling(url=root + "/klantinteracties/api/v1/"),
                    Bron.BETALINGEN: BronInstelling(modus=Modus.UIT),
                }
            )
        },
    )


def test_each_source_on_its_own_server_off_or_fictional(sandbox_server: Any) -> None:
    creds = sandbox_server.sandbox.creds
    secrets.bewaar_geheim("gemengd", "brp", creds.brp_apikey)
    secrets.bewaar_geheim("gemengd", "openzaak", creds.zgw_secret)  # once for three APIs
    secrets.bewaar_geheim("gemengd", "klantinteracties", creds.klantinteracties_token)
    omgeving = Omgeving.maak(gemengd_profiel(sandbox_server.root), oefen_server=NepOefenomgeving())
    v = omgeving.verbindingen
    assert not omgeving.oefenomgeving and omgeving.naam == "gemengd"
    assert omgeving.fictief == (Bron.KVK,)
    assert omgeving.meldingen == ()
    assert v.get(ApiNaam.BETALINGEN) is None  # off: no client at all
    assert omgeving.composer.betalingen is None
    for api in (ApiNaam.KVK_ZOEKEN, ApiNaam.KVK_BASISPROFIEL):
        client = v.get(api)
        assert client is not None and client.base_url.startswith(NEP_OEFEN)
    assert omgeving.journaal_naam == "gemengd"
    assert set(omgeving.oefen) == set(PATHS)  # for "Verbinding testen" in the settings dialog

    async def lees() -> dict[ApiNaam, Any]:
        uit: dict[ApiNaam, Any] = {}
        for api, pad in (
            (ApiNaam.ZAKEN, "zaken"),
            (ApiNaam.CATALOGI, "zaaktypen"),
            (ApiNaam.DOCUMENTEN, "enkelvoudiginformatieobjecten"),
            (ApiNaam.KLANTINTERACTIES, "klantcontacten"),
        ):
            client = v.get(api)
            assert client is not None
            uit[api] = await client.get_json(pad, params={"pageSize": 1})
        await v.aclose()
        return uit

    # Over real HTTP: the server root reached all three Open Zaak APIs with the one secret.
    antwoorden = run(lees)
    assert all(a["count"] > 0 for a in antwoorden.values())
    zaken = v.get(ApiNaam.ZAKEN)
    assert zaken is not None and zaken.base_url == sandbox_server.root + "/zaken/api/v1"


def test_a_source_without_its_secret_is_named_at_start(sandbox_server: Any) -> None:
    inst = gemengd_profiel(sandbox_server.root).model_copy(update={"profiel": "zonder"})
    inst.profielen["zonder"] = inst.profielen["gemengd"]
    omgeving = Omgeving.maak(inst, oefen_server=NepOefenomgeving())
    run(omgeving.verbindingen.aclose)
    assert len(omgeving.meldingen) == 1
    assert "BRP, Open Zaak, Klantinteracties" in omgeving.meldingen[0]
    assert "Instellingen (Ctrl+,)" in omgeving.meldingen[0]


def test_without_a_keyring_the_app_works_on_the_oefenomgeving(
    sleutelbos: None, sandbox_server: Any
) -> None:
    keyring.set_keyring(fail.Keyring())
    omgeving = Omgeving.maak(gemengd_profiel(sandbox_server.root), oefen_server=NepOefenomgeving())
    run(omgeving.verbindingen.aclose)
    assert omgeving.oefenomgeving and omgeving.naam == "oefenomgeving"
    assert omgeving.fictief == tuple(Bron)
    assert all(c.base_url.startswith(NEP_OEFEN) for c in omgeving.verbindingen.clients.values())
    (melding,) = omgeving.meldingen
    assert "Profiel 'gemengd' kan niet gebruikt worden: Er is geen sleutelbos gevonden" in melding
    assert "oefenomgeving, met fictieve gegevens" in melding
    assert melding.endswith(herstel_hint())


def test_a_plaintext_keyring_is_refused_for_a_real_profile_and_its_journal(
    sleutelbos: None, sandbox_server: Any, tmp_path: Path
) -> None:
    plat = PlaintextKeyring()
    keyring.set_keyring(plat)
    omgeving = Omgeving.maak(gemengd_profiel(sandbox_server.root), oefen_server=NepOefenomgeving())
    run(omgeving.verbindingen.aclose)
    assert omgeving.oefenomgeving
    assert "onversleuteld" in omgeving.meldingen[0]

    # A real profile's journal never gets its key from a plaintext keyring.
    echt = Omgeving.voor_endpoints(
        Instellingen(),
        {
            ApiNaam.KLANTINTERACTIES: (
                ApiInstelling(base_url=sandbox_server.root + "/klantinteracties/api/v1"),
                "",
            )
        },
        naam="productie",
        oefenomgeving=False,
    )
    registraties, reden = maak_registraties(echt)
    run(echt.verbindingen.aclose)
    assert registraties is None
    assert reden is not None and reden.startswith("Registreren kan niet veilig:")
    assert "onversleuteld" in reden
    assert plat.values == {}


def test_the_journal_follows_where_klantinteracties_is() -> None:
    leeg = Instellingen()
    oefen = Omgeving.voor_endpoints(leeg, {}, naam="oefenomgeving", oefenomgeving=True)
    assert oefen.journaal_naam == "oefenomgeving"
    gemengd = Omgeving.voor_endpoints(
        leeg, {}, naam="productie", oefenomgeving=False, fictief=(Bron.KLANTINTERACTIES,)
    )
    # Practice contacts never wait in the journal a real Klantinteracties will be sent later.
    assert gemengd.journaal_naam == "productie-oefenomgeving"


def test_start_without_keyring_does_not_crash(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(
        json.dumps(
            {
                "schema_version": 2,
                "profiel": "productie",
                "profielen": {
                    "productie": {
                        "bronnen": {
                            "openzaak": {"url": "https://openzaak.gemeente.example"},
                            "brp": {"url": "https://gw.gemeente.example", "auth": "x-api-key"},
                        }
                    }
                },
            }
        )
    )
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "KLANTBEELD_CONFIG_DIR": str(config),
        "KLANTBEELD_SITE_CONFIG_DIR": str(tmp_path / "site"),
        "KLANTBEELD_DATA_DIR": str(tmp_path / "data"),
        "KLANTBEELD_MEET_START": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "klantbeeld"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "venster-getoond" in proc.stdout
    assert "Er is geen sleutelbos gevonden" in proc.stderr
    assert "GNOME Sleutelbos" in proc.stderr or sys.platform != "linux"
