"""In English the connection's messages read English: real HTTP, the real catalog (the .qm).

Each test switches the services to English as ``--taal en`` does (the ``engels`` fixture of
tests/views/test_vertaling.py: the compiled catalog in Qt, the services' hook on it), makes the
failure happen for real (a wrong secret against the oefenomgeving, a closed port, a server that
answers too late, a list too long, an unusable keyring) and reads the message the agent would
see. The failing source's name follows the screen's (as the settings dialog's tabs call it),
while ``bron`` stays the Dutch name code compares.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends.fail import Keyring as GeenSleutelbos

from klantbeeld.app import echte_endpoints, lees_instellingen
from klantbeeld.services.apis.zgw import ZakenClient
from klantbeeld.services.klantbeeld.waarden import Onderdeel
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verbinding.errors import (
    ApiError,
    ApiTimeout,
    ApiVerbindingsfout,
    GrensBereikt,
    NietGeautoriseerd,
    NietIngesteld,
    bronnaam,
)
from klantbeeld.services.verbinding.http import NO_RETRY, ApiClient, Grenzen
from klantbeeld.services.verbinding.verbindingstest import controleer_bron, controleer_verbinding
from klantbeeld.services.werkplek.aanmelding import AanmeldFout, Aanmelding
from klantbeeld.services.werkplek.secrets import SleutelbosFout, controleer_sleutelbos
from klantbeeld.services.werkplek.settings import (
    BRON_NAMEN,
    ApiInstelling,
    ApiNaam,
    AuthSoort,
    Bron,
    BronInstelling,
    Instellingen,
    Modus,
    OidcInstelling,
    Profiel,
    voeg_samen,
)
from klantbeeld.views.deelstatus import foutmelding
from tests.conftest import run
from tests.services.vijandig import Antwoord, VijandigeServer, pagina
from tests.views.test_vertaling import engels  # noqa: F401  (the fixture: English for one test)

pytestmark = pytest.mark.usefixtures("engels")

FOUT_GEHEIM = "fout-geheim-0123456789abcdef0123456789"
#: A word of Dutch that any untranslated message of these modules holds.
NEDERLANDS = re.compile(
    r"\b(niet|geen|het|de|een|verbinding|geweigerd|bereikbaar|antwoord|sleutelbos|gevonden)\b"
)


def _vrije_poort() -> int:
    """A port on loopback nobody listens on (a closed port: the connection is refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort: int = s.getsockname()[1]
    return poort


def engels_zonder_nederlands(tekst: str) -> str:
    """``tekst``, after checking it holds no Dutch word of these messages."""
    assert not NEDERLANDS.search(tekst), f"Dutch left in: {tekst!r}"
    return tekst


async def _fout_van(
    api: ApiNaam,
    inst: ApiInstelling,
    geheim: str,
    pad: str = "",
    *,
    doe: Callable[[ApiClient], Awaitable[Any]] | None = None,
    grenzen: Grenzen | None = None,
) -> ApiError:
    """The ApiError one GET of ``pad`` (or ``doe`` with the client) ends in, through a client
    built as the app builds it."""
    verbindingen = maak_verbindingen({api: (inst, geheim)}, retry=NO_RETRY, grenzen=grenzen)
    client = verbindingen.clients[api]
    try:
        await (doe(client) if doe is not None else client.get_json(pad))
    except ApiError as e:
        return e
    finally:
        await verbindingen.aclose()
    raise AssertionError("the request did not fail")


# -- the HTTP core's errors --------------------------------------------------------------------


def test_a_refused_credential_reads_english_and_names_the_source_as_the_screen_does(
    sandbox_server: Any,
) -> None:
    inst, _ = sandbox_server.endpoints()[ApiNaam.BETALINGEN]
    fout = run(lambda: _fout_van(ApiNaam.BETALINGEN, inst, FOUT_GEHEIM, "betalingen"))
    assert isinstance(fout, NietGeautoriseerd) and fout.status_code == 401
    assert fout.bron == BRON_NAMEN[ApiNaam.BETALINGEN] == "Betalingen"  # code compares this
    # Ours in English; the server's own reason after ": " stays as the server wrote it.
    assert isinstance(fout.body, dict) and fout.body["detail"] == "Ongeldige token."
    assert fout.melding == "no access (credentials or permissions): Ongeldige token."
    assert str(fout) == f"Payments: {fout.melding}"


def test_an_unreachable_server_reads_english_on_the_screen_and_in_the_error() -> None:
    inst = ApiInstelling(base_url=f"http://127.0.0.1:{_vrije_poort()}/zaken/api/v1")
    fout = run(lambda: _fout_van(ApiNaam.ZAKEN, inst, "", "zaken"))
    assert isinstance(fout, ApiVerbindingsfout) and fout.bron == "Zaaksysteem"
    assert str(fout) == "Zaak system: not reachable (ConnectError)"
    melding = foutmelding(Onderdeel.ZAKEN, fout)  # what the panel's status bar says
    assert melding.tekst == "Zaak system is not reachable" and melding.opnieuw


def test_a_server_that_answers_too_late_reads_english(fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.update({"timeout_rate": 1.0, "timeout_s": 3.0})
    inst, geheim = fresh_sandbox.endpoints()[ApiNaam.KLANTINTERACTIES]
    kort = inst.model_copy(update={"timeout_s": 0.5})
    fout = run(lambda: _fout_van(ApiNaam.KLANTINTERACTIES, kort, geheim, "klantcontacten"))
    assert isinstance(fout, ApiTimeout) and fout.bron == "Klantinteracties"
    assert str(fout) == "Klantinteracties: the server did not answer in time"
    assert foutmelding(Onderdeel.KLANTCONTACTEN, fout).tekst == (
        "Klantinteracties did not answer in time"
    )


def test_the_deadline_and_the_limits_say_their_numbers_the_english_way() -> None:
    drup = Antwoord.json({"results": []})
    drup.kop_pauze = 0.3
    with VijandigeServer(lambda _: drup) as server:
        inst = ApiInstelling(base_url=f"{server.root}/zaken/api/v1", timeout_s=1.0)
        grenzen = Grenzen(deadline_s=1.5)
        fout = run(lambda: _fout_van(ApiNaam.ZAKEN, inst, "", "zaken/1", grenzen=grenzen))
    assert isinstance(fout, ApiTimeout)
    assert fout.melding == "the server did not answer within 1.5 s"

    veel = pagina([{"url": "x"}], count=123_456, next_url=None)
    with VijandigeServer(lambda _: veel) as server:
        inst = ApiInstelling(base_url=f"{server.root}/zaken/api/v1")
        grens = run(
            lambda: _fout_van(
                ApiNaam.ZAKEN, inst, "", doe=lambda c: ZakenClient(c).zaken_van_persoon("999993653")
            )
        )
    assert isinstance(grens, GrensBereikt) and grens.bron == "Zaaksysteem"
    assert grens.melding.startswith(
        "the list is too large: the server reports 123,456 results, at most 50,000 are read;"
    )
    engels_zonder_nederlands(grens.melding)


def test_a_source_that_is_off_is_named_as_the_settings_tab_names_it() -> None:
    assert str(NietIngesteld("Betalingen")) == "Payments is not configured."
    assert bronnaam("Klantinteracties") == "Klantinteracties"  # a Dutch term kept
    assert bronnaam("Logboek van ergens") == "Logboek van ergens"  # unknown: as written


# -- the connection test (Instellingen, "Verbinding testen") ----------------------------------


def test_the_connection_test_reads_english_for_each_outcome(sandbox_server: Any) -> None:
    creds = sandbox_server.sandbox.creds
    openzaak = BronInstelling(url=sandbox_server.root, client_id=creds.zgw_client_id)
    apis = openzaak.endpoints(Bron.OPENZAAK)
    goed = run(lambda: controleer_bron(Bron.OPENZAAK, apis, creds.zgw_secret))
    assert goed.ok, goed.melding
    assert re.fullmatch(
        r"Connected \(Zaken \d+ ms, Catalogi \d+ ms, Documents \d+ ms\)", goed.melding
    )

    inst, _ = sandbox_server.endpoints()[ApiNaam.KLANTINTERACTIES]
    fout = run(lambda: controleer_verbinding(ApiNaam.KLANTINTERACTIES, inst, FOUT_GEHEIM))
    assert not fout.ok and fout.status == 401
    assert fout.melding.startswith("No access: the key or the secret is wrong (401)")

    dicht = ApiInstelling(base_url=f"http://127.0.0.1:{_vrije_poort()}/zaken/api/v1")
    weg = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, dicht, ""))
    assert weg.melding == "Not reachable: connection refused"

    zonder = ApiInstelling(base_url="https://zaken.example/api/v1", auth=AuthSoort.ZGW_JWT)
    leeg = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, zonder, ""))
    assert leeg.melding == "Enter the secret or the key first."

    onveilig = ApiInstelling(base_url="http://zaken.example/api/v1")
    nee = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, onveilig, ""))
    assert nee.melding.startswith("This address cannot be used: the address starts with http://")


def test_a_connection_test_that_times_out_says_the_seconds_in_english(fresh_sandbox: Any) -> None:
    fresh_sandbox.sandbox.faults.update({"timeout_rate": 1.0, "timeout_s": 3.0})
    inst, geheim = fresh_sandbox.endpoints()[ApiNaam.BETALINGEN]
    kort = inst.model_copy(update={"timeout_s": 0.5})
    uitslag = run(lambda: controleer_verbinding(ApiNaam.BETALINGEN, kort, geheim))
    assert not uitslag.ok and uitslag.melding == "Time-out after 0.5 s"


def test_one_failing_api_of_open_zaak_is_named_in_english(sandbox_server: Any) -> None:
    creds = sandbox_server.sandbox.creds
    openzaak = BronInstelling(
        url=sandbox_server.root,
        client_id=creds.zgw_client_id,
        api_urls={ApiNaam.DOCUMENTEN: f"http://127.0.0.1:{_vrije_poort()}/documenten/api/v1"},
    )
    apis = openzaak.endpoints(Bron.OPENZAAK)
    uitslag = run(lambda: controleer_bron(Bron.OPENZAAK, apis, creds.zgw_secret))
    assert uitslag.melding == "Documents: Not reachable: connection refused"


# -- the workstation: settings, keyring, sign-in, start-up -------------------------------------


def test_what_the_settings_overrule_reads_english() -> None:
    profiel = Profiel(
        bronnen={
            Bron.BETALINGEN: BronInstelling(
                modus=Modus.INGESTELD, url="http://betalingen.example/api"
            )
        }
    )
    conf = voeg_samen(None, Instellingen(profielen={"test": profiel}, profiel="test"))
    (melding,) = conf.meldingen
    assert melding.startswith(
        "Profile 'test': Payments is off: the address starts with http://, so keys and personal"
    )


def test_an_unusable_keyring_says_why_and_how_to_fix_it_in_english() -> None:
    vorige = keyring.get_keyring()
    keyring.set_keyring(GeenSleutelbos())
    try:
        with pytest.raises(SleutelbosFout) as fout:
            controleer_sleutelbos()
    finally:
        keyring.set_keyring(vorige)
    assert fout.value.reden == "No keyring was found (keyring.backends.fail.Keyring)."
    assert "restart Klantbeeld" in fout.value.hint
    engels_zonder_nederlands(fout.value.reden)


def test_an_unreachable_sign_in_server_reads_english() -> None:
    oidc = OidcInstelling(issuer=f"http://127.0.0.1:{_vrije_poort()}/realm", client_id="kcc")

    async def meld_aan() -> AanmeldFout:
        aanmelding = Aanmelding(oidc, profiel="test")
        try:
            await aanmelding.aanmelden_in_browser()
        except AanmeldFout as e:
            return e
        finally:
            await aanmelding.aclose()
        raise AssertionError("signed in without a server")

    fout = run(meld_aan)
    assert str(fout) == "The sign-in server cannot be reached (ConnectError)."


def test_the_start_up_messages_read_english(tmp_path: Path, monkeypatch: Any) -> None:
    instellingen = Instellingen(
        profielen={
            "productie": Profiel(
                bronnen={
                    b: BronInstelling(modus=Modus.UIT) for b in Bron if b is not Bron.BETALINGEN
                }
                | {Bron.BETALINGEN: BronInstelling(url="https://betalingen.example/api")}
            )
        },
        profiel="productie",
    )
    _, meldingen = echte_endpoints(instellingen)
    assert meldingen == [
        "No secret or key is stored yet for Payments in profile 'productie'; "
        "enter it in Settings (Ctrl+,)."
    ]

    kapot = tmp_path / "settings.json"
    kapot.write_text("{kapot", encoding="utf-8")
    monkeypatch.setenv("KLANTBEELD_CONFIG_DIR", str(tmp_path))
    _, (melding,) = lees_instellingen()
    assert melding.startswith(f"Settings in {kapot} cannot be read: ")
    assert melding.endswith(" Klantbeeld therefore works on the practice environment.")
