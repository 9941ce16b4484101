"""Settings on disk: profiles of sources, one Open Zaak server, migration, the site file's locks."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from klantbeeld.services.verbinding.errors import ConfiguratieFout
from klantbeeld.services.werkplek.settings import (
    SCHEMA_VERSION,
    ApiNaam,
    AuthSoort,
    Bron,
    BronInstelling,
    Instellingen,
    Modus,
    Profiel,
    api_roots,
    bewaar_instellingen,
    laad_instellingen,
    lees_configuratie,
    lees_gebruiker,
    settings_path,
    site_settings_path,
)

OZ = "https://openzaak.gemeente.example"


def schrijf(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_no_file_means_oefenomgeving(tmp_path: Path) -> None:
    instellingen = laad_instellingen(tmp_path / "settings.json", tmp_path / "site.json")
    assert instellingen.oefenomgeving
    assert instellingen.schema_version == SCHEMA_VERSION == 2
    assert all(instellingen.modus(b) is Modus.OEFENOMGEVING for b in Bron)
    assert instellingen.apis == {}


def test_round_trip_without_secrets_and_only_what_was_set(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    inst = Instellingen(
        profiel="acceptatie",
        profielen={
            "acceptatie": Profiel(
                bronnen={
                    Bron.OPENZAAK: BronInstelling(url=OZ, client_id="kcc"),
                    Bron.KVK: BronInstelling(modus=Modus.OEFENOMGEVING),
                }
            )
        },
    )
    bewaar_instellingen(inst, path)
    terug = laad_instellingen(path, tmp_path / "site.json")
    assert terug == inst
    assert not terug.oefenomgeving
    data = json.loads(path.read_text())
    assert data["schema_version"] == SCHEMA_VERSION
    assert "onderwerpen" not in data and "rol" not in data  # defaults are not frozen in the file
    assert "geheim" not in path.read_text()


def test_env_redirects_both_config_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLANTBEELD_CONFIG_DIR", str(tmp_path / "user"))
    monkeypatch.setenv("KLANTBEELD_SITE_CONFIG_DIR", str(tmp_path / "site"))
    assert settings_path() == tmp_path / "user" / "settings.json"
    assert site_settings_path() == tmp_path / "site" / "settings.json"


def test_unreadable_or_newer_settings_are_typed_errors(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{kapot")
    with pytest.raises(ConfiguratieFout):
        lees_gebruiker(path)
    path.write_text('{"schema_version": 99}')
    with pytest.raises(ConfiguratieFout, match="nieuwere versie"):
        lees_gebruiker(path)
    schrijf(path, {"profielen": {"p": {"bronnen": {"openzaak": {"modus": "ingesteld"}}}}})
    with pytest.raises(ConfiguratieFout, match="url"):
        lees_gebruiker(path)


@pytest.mark.parametrize(
    "url",
    [
        OZ,
        OZ + "/",
        OZ + "/zaken/api/v1",
        OZ + "/catalogi/api/v1/",
        OZ + "/documenten/api/v1?x=1",
    ],
)
def test_one_open_zaak_url_gives_all_three_api_roots(url: str) -> None:
    assert api_roots(Bron.OPENZAAK, url) == {
        ApiNaam.ZAKEN: OZ + "/zaken/api/v1",
        ApiNaam.CATALOGI: OZ + "/catalogi/api/v1",
        ApiNaam.DOCUMENTEN: OZ + "/documenten/api/v1",
    }


def test_api_roots_under_a_prefix_and_behind_a_gateway() -> None:
    assert api_roots(Bron.OPENZAAK, "https://gw.example/openzaak")[ApiNaam.CATALOGI] == (
        "https://gw.example/openzaak/catalogi/api/v1"
    )
    assert api_roots(Bron.KVK, "https://api.kvk.nl/test/api/v2") == {
        ApiNaam.KVK_ZOEKEN: "https://api.kvk.nl/test/api/v2",
        ApiNaam.KVK_BASISPROFIEL: "https://api.kvk.nl/test/api/v1",
    }
    # One API behind the municipality's gateway: its URL as typed.
    assert api_roots(Bron.BRP, "https://gw.example/brp/v2") == {
        ApiNaam.BRP: "https://gw.example/brp/v2"
    }
    assert api_roots(Bron.BRP, "https://gw.example") == {
        ApiNaam.BRP: "https://gw.example/haalcentraal/api/brp"
    }


def test_one_credential_for_open_zaak() -> None:
    profiel = Profiel(
        bronnen={Bron.OPENZAAK: BronInstelling(url=OZ, client_id="kcc", timeout_s=20)}
    )
    endpoints = profiel.endpoints()
    assert set(endpoints) == {ApiNaam.ZAKEN, ApiNaam.CATALOGI, ApiNaam.DOCUMENTEN}
    assert {(e.auth, e.client_id, e.timeout_s) for e in endpoints.values()} == {
        (AuthSoort.ZGW_JWT, "kcc", 20)
    }


def test_modus_per_source_and_the_default_for_sources_not_listed() -> None:
    gemengd = Profiel(
        bronnen={
            Bron.BRP: BronInstelling(url="https://gw.example"),
            Bron.KVK: BronInstelling(modus=Modus.OEFENOMGEVING),
        }
    )
    assert gemengd.echt
    assert gemengd.modus(Bron.BRP) is Modus.INGESTELD
    assert gemengd.modus(Bron.KVK) is Modus.OEFENOMGEVING
    # A real profile does not silently show fictional data for a source it does not mention.
    assert gemengd.modus(Bron.BETALINGEN) is Modus.UIT
    assert set(gemengd.endpoints()) == {ApiNaam.BRP}
    oefen = Profiel(bronnen={Bron.BETALINGEN: BronInstelling(modus=Modus.UIT)})
    assert oefen.modus(Bron.BRP) is Modus.OEFENOMGEVING
    assert oefen.modus(Bron.BETALINGEN) is Modus.UIT


@pytest.mark.parametrize("naam", ["test", "acceptatie", "productie", "productie-zuid", "Site_2.a"])
def test_profiles_have_any_name(naam: str) -> None:
    assert Instellingen(profiel=naam, profielen={naam: Profiel()}).profiel == naam


@pytest.mark.parametrize(
    "naam", ["", "../x", "a:b", "met spatie", "x" * 41, "eind.", "oefenomgeving", "p-oefenomgeving"]
)
def test_a_profile_name_is_no_path_separator_or_reserved(naam: str) -> None:
    with pytest.raises(ValueError, match="profielnaam"):
        Instellingen(profiel=naam)


def test_a_schema_1_file_is_migrated(tmp_path: Path) -> None:
    path = schrijf(
        tmp_path / "settings.json",
        {
            "schema_version": 1,
            "profiel": "productie",
            "rol": "teamleider",
            "apis": {
                "zaken": {"base_url": OZ + "/zaken/api/v1", "auth": "zgw-jwt", "client_id": "k"},
                "catalogi": {"base_url": OZ + "/catalogi/api/v1", "auth": "zgw-jwt"},
                "documenten": {"base_url": "https://dms.example/documenten/api/v1"},
                "klantinteracties": {
                    "base_url": "https://klant.example/klantinteracties/api/v1",
                    "auth": "token",
                    "timeout_s": 15,
                },
            },
        },
    )
    inst = laad_instellingen(path, tmp_path / "site.json")
    assert inst.profiel == "productie" and inst.rol == "teamleider"
    profiel = inst.actief_profiel
    assert profiel.modus(Bron.OPENZAAK) is Modus.INGESTELD
    assert profiel.modus(Bron.KLANTINTERACTIES) is Modus.INGESTELD
    for bron in (Bron.BRP, Bron.KVK, Bron.BETALINGEN):  # schema 1 had no client for these
        assert profiel.modus(bron) is Modus.UIT
    apis = inst.apis
    assert apis[ApiNaam.ZAKEN].base_url == OZ + "/zaken/api/v1"
    assert apis[ApiNaam.ZAKEN].client_id == "k"
    # A documents API elsewhere than the derived root is kept as it was.
    assert apis[ApiNaam.DOCUMENTEN].base_url == "https://dms.example/documenten/api/v1"
    assert apis[ApiNaam.KLANTINTERACTIES].timeout_s == 15

    bewaar_instellingen(inst, path)
    assert json.loads(path.read_text())["schema_version"] == 2
    assert json.loads((tmp_path / "settings.v1.json").read_text())["schema_version"] == 1
    assert laad_instellingen(path, tmp_path / "site.json") == inst


# -- the site file ---------------------------------------------------------------------------

SITE_PRODUCTIE = {
    "bronnen": {
        "openzaak": {"url": OZ, "client_id": "klantbeeld"},
        "klantinteracties": {"url": "https://openklant.gemeente.example"},
        "brp": {"modus": "uit"},
    }
}


def test_a_site_profile_is_locked(tmp_path: Path) -> None:
    site = schrijf(
        tmp_path / "site" / "settings.json", {"profielen": {"productie": SITE_PRODUCTIE}}
    )
    user = schrijf(
        tmp_path / "settings.json",
        {
            "profiel": "productie",
            "profielen": {
                "productie": {
                    "bronnen": {
                        "openzaak": {"url": "https://elders.example", "tls_verifieren": False},
                        "brp": {"url": "https://gw.example"},
                    }
                }
            },
        },
    )
    conf = lees_configuratie(user, site)
    inst = conf.effectief
    assert inst.apis[ApiNaam.ZAKEN].base_url == OZ + "/zaken/api/v1"
    assert inst.apis[ApiNaam.ZAKEN].tls_verifieren
    assert inst.modus(Bron.BRP) is Modus.UIT
    assert conf.vergrendeling.profiel_vast("productie")
    assert str(site) in conf.vergrendeling.reden
    assert any("productie" in m and "beheerder" in m for m in conf.meldingen)
    assert conf.gebruiker.profielen["productie"].bronnen[Bron.BRP].url == "https://gw.example"


def test_the_allowed_profiles_cannot_be_widened(tmp_path: Path) -> None:
    site = schrijf(
        tmp_path / "site" / "settings.json",
        {
            "profiel": "productie",
            "profielen": {"productie": SITE_PRODUCTIE},
            "beleid": {"profielen": ["productie", "acceptatie"]},
        },
    )
    user = schrijf(
        tmp_path / "settings.json",
        {
            "profiel": "eigen",
            "profielen": {
                "eigen": {"bronnen": {"openzaak": {"url": "https://elders.example"}}},
                "acceptatie": {"bronnen": {"openzaak": {"url": "https://acc.example"}}},
            },
            # A user file cannot give itself a policy.
            "beleid": {"profielen": None, "tls_verplicht": False},
        },
    )
    conf = lees_configuratie(user, site)
    assert conf.effectief.profiel == "productie"
    assert set(conf.effectief.profielen) == {"productie", "acceptatie"}
    assert conf.vergrendeling.toegestane_profielen == ("productie", "acceptatie")
    assert not conf.vergrendeling.profiel_toegestaan("eigen")
    assert conf.vergrendeling.tls_verplicht
    assert any("'eigen'" in m and "niet toegestaan" in m for m in conf.meldingen)
    # The user's own allowed profile stays usable (and editable).
    user2 = schrijf(tmp_path / "s2.json", {**json.loads(user.read_text()), "profiel": "acceptatie"})
    # Without a user file: the first allowed profile, and nothing to say.
    site2 = schrijf(tmp_path / "site2.json", {"beleid": {"profielen": ["acceptatie", "productie"]}})
    zonder = lees_configuratie(tmp_path / "geen.json", site2)
    assert zonder.effectief.profiel == "acceptatie" and zonder.meldingen == ()
    conf2 = lees_configuratie(user2, site)
    assert conf2.effectief.profiel == "acceptatie"
    assert not conf2.vergrendeling.profiel_vast("acceptatie")
    assert conf2.effectief.apis[ApiNaam.ZAKEN].base_url == "https://acc.example/zaken/api/v1"


@pytest.mark.parametrize("verplicht", [True, False])
def test_tls_verification_cannot_be_turned_off_when_the_site_demands_it(
    tmp_path: Path, verplicht: bool
) -> None:
    site = schrijf(tmp_path / "site.json", {"beleid": {"tls_verplicht": verplicht}})
    user = schrijf(
        tmp_path / "settings.json",
        {
            "profiel": "test",
            "profielen": {"test": {"bronnen": {"openzaak": {"url": OZ, "tls_verifieren": False}}}},
        },
    )
    conf = lees_configuratie(user, site)
    # A real server's certificate is always checked (issue 9): a site that does not demand it
    # cannot let it off either; an own CA belongs in the operating system's trust store.
    assert {e.tls_verifieren for e in conf.effectief.apis.values()} == {True}
    assert any("certificaten worden altijd gecontroleerd" in m for m in conf.meldingen)
    zonder = lees_configuratie(user, tmp_path / "geen-site.json")
    assert {e.tls_verifieren for e in zonder.effectief.apis.values()} == {True}
    assert zonder.meldingen == ("Profiel 'test': certificaten worden altijd gecontroleerd.",)


def test_a_site_file_verifies_tls_unless_it_says_otherwise(tmp_path: Path) -> None:
    site = schrijf(tmp_path / "site.json", {"rol": "medewerker"})
    assert lees_configuratie(tmp_path / "geen.json", site).vergrendeling.tls_verplicht


def test_the_vertrouwelijkheid_ceiling(tmp_path: Path) -> None:
    site = schrijf(tmp_path / "site.json", {"beleid": {"max_vertrouwelijkheid": "vertrouwelijk"}})
    hoog = schrijf(tmp_path / "hoog.json", {"max_vertrouwelijkheid": "zeer_geheim"})
    laag = schrijf(tmp_path / "laag.json", {"max_vertrouwelijkheid": "intern"})
    assert lees_configuratie(hoog, site).effectief.max_vertrouwelijkheid == "vertrouwelijk"
    assert lees_configuratie(laag, site).effectief.max_vertrouwelijkheid == "intern"


def test_the_idle_lock_the_user_may_shorten_but_never_lengthen(tmp_path: Path) -> None:
    geen = tmp_path / "geen.json"
    # BIO: 5 minutes unless a file says otherwise; a user without a site file chooses freely.
    assert lees_configuratie(geen, tmp_path / "geen-site.json").effectief.vergrendelen_na_min == 5
    lang = schrijf(tmp_path / "lang.json", {"vergrendelen_na_min": 15})
    kort = schrijf(tmp_path / "kort.json", {"vergrendelen_na_min": 1})
    assert lees_configuratie(lang, geen).effectief.vergrendelen_na_min == 15
    # The site's own value is the longest a user may set...
    site = schrijf(tmp_path / "site.json", {"vergrendelen_na_min": 3})
    assert lees_configuratie(geen, site).effectief.vergrendelen_na_min == 3
    conf = lees_configuratie(lang, site)
    assert conf.effectief.vergrendelen_na_min == 3
    assert any("na 3 minuten" in m for m in conf.meldingen)
    assert lees_configuratie(kort, site).effectief.vergrendelen_na_min == 1
    # ... or a ceiling apart from it.
    plafond = schrijf(tmp_path / "plafond.json", {"beleid": {"max_vergrendelen_na_min": 10}})
    assert lees_configuratie(geen, plafond).effectief.vergrendelen_na_min == 5
    assert lees_configuratie(lang, plafond).effectief.vergrendelen_na_min == 10
    # Never off: zero or more than an hour is refused.
    with pytest.raises(ConfiguratieFout):
        lees_configuratie(schrijf(tmp_path / "nul.json", {"vergrendelen_na_min": 0}), geen)


def test_site_values_are_defaults_the_user_may_override(tmp_path: Path) -> None:
    site = schrijf(
        tmp_path / "site.json",
        {"profiel": "productie", "onderwerpen": ["Afval"], "rol": "teamleider"},
    )
    leeg = lees_configuratie(tmp_path / "geen.json", site).effectief
    assert (leeg.profiel, leeg.onderwerpen, leeg.rol) == ("productie", ["Afval"], "teamleider")
    user = schrijf(tmp_path / "settings.json", {"rol": "medewerker"})
    conf = lees_configuratie(user, site)
    assert conf.effectief.rol == "medewerker" and conf.effectief.onderwerpen == ["Afval"]
    # Saving the user's layer never copies the site's values into the user file.
    bewaar_instellingen(conf.gebruiker.model_copy(update={"medewerker_id": "k1"}), user)
    data = json.loads(user.read_text())
    assert "onderwerpen" not in data and "profiel" not in data
    assert lees_configuratie(user, site).effectief.onderwerpen == ["Afval"]


def test_the_site_file_in_the_readme_is_valid(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (voorbeeld,) = re.findall(r"```json\n(.*?)```", readme, re.S)
    site = tmp_path / "site.json"
    site.write_text(voorbeeld, encoding="utf-8")
    conf = lees_configuratie(tmp_path / "geen.json", site)
    assert conf.effectief.profiel == "productie"
    assert conf.vergrendeling.toegestane_profielen == ("productie", "acceptatie")
    assert conf.effectief.apis[ApiNaam.CATALOGI].base_url == (
        "https://openzaak.gemeente.nl/catalogi/api/v1"
    )
    assert conf.effectief.modus(Bron.BETALINGEN) is Modus.UIT
    # The site's sign-in and BRP protocollering, which a user file cannot change.
    aanmelding = conf.effectief.actief_profiel.aanmelding
    assert aanmelding is not None and aanmelding.client_id == "klantbeeld"
    brp = conf.effectief.apis[ApiNaam.BRP]
    assert brp.auth is AuthSoort.GEBRUIKERSTOKEN and not brp.auth.vraagt_geheim
    assert brp.protocollering is not None
    assert [d.naam for d in brp.protocollering.doelbindingen] == [
        "Algemene dienstverlening",
        "Wmo",
    ]
    wmo = brp.protocollering.doelbindingen[1]
    assert wmo.waarde("RaadpleegMetBurgerservicenummer") == "BRPACT-Wmo"
    assert wmo.waarde("ZoekMetPostcodeEnHuisnummer") == "BRPACT-ZoekenAlgemeen"
    assert conf.effectief.apis[ApiNaam.ZAKEN].protocollering is None


def test_schema_1_settings_built_in_code_are_migrated_too() -> None:
    from klantbeeld.services.werkplek.settings import ApiInstelling

    inst = Instellingen(
        profiel="acceptatie",
        apis={  # type: ignore[call-arg]
            ApiNaam.ZAKEN: ApiInstelling(
                base_url=OZ + "/zaken/api/v1", auth=AuthSoort.ZGW_JWT, client_id="kcc"
            )
        },
    )
    assert not inst.oefenomgeving
    assert inst.apis[ApiNaam.DOCUMENTEN].base_url == OZ + "/documenten/api/v1"
    assert inst.apis[ApiNaam.DOCUMENTEN].client_id == "kcc"
    assert inst.modus(Bron.BRP) is Modus.UIT
