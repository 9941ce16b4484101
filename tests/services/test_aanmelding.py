"""Sign-in against a real OpenID provider (node-oidc-provider) on loopback: code + PKCE, refresh,
expiry locks, a tampered ID token refused; its identity reaches the BRP gateway's headers."""

from __future__ import annotations

import base64
import contextlib
import json
import re
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx
import keyring
import pytest

from klantbeeld.services.verbinding.auth import header_factory
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.werkplek.aanmelding import (
    REFRESH_GEHEIM,
    Aanmelding,
    OngeldigIdToken,
    Status,
    Vergrendeld,
)
from klantbeeld.services.werkplek.secrets import SERVICE, lees_geheim
from klantbeeld.services.werkplek.settings import (
    ApiNaam,
    AuthSoort,
    BrpProtocollering,
    Doelbinding,
    OidcInstelling,
)
from tests.conftest import run

PROVIDER = Path(__file__).parent.parent / "oidc"


@pytest.fixture(scope="module")
def issuer() -> Iterator[str]:
    """node-oidc-provider on 127.0.0.1 (a free port) for this module; stops when its stdin shuts."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is niet geïnstalleerd: de echte OpenID-provider kan niet starten")
    if not (PROVIDER / "node_modules" / "oidc-provider").exists():
        pytest.fail("oidc-provider is niet geïnstalleerd: draai `make oidc` (make test doet dat)")
    proces = subprocess.Popen(
        [node, "provider.mjs"],
        cwd=PROVIDER,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proces.stdout is not None and proces.stdin is not None
    regel = proces.stdout.readline()
    try:
        yield str(json.loads(regel)["issuer"])
    finally:
        proces.stdin.close()
        try:
            proces.wait(5)
        except subprocess.TimeoutExpired:
            proces.kill()
            proces.wait()


class BrowserMetSessie:
    """A stand-in for the system browser: follows the provider's redirects, fills its forms,
    counts how often it typed the password; with ``sessie`` it keeps the provider's session
    cookie between sign-ins, as a real browser does."""

    def __init__(self, login: str, *, sessie: bool = True) -> None:
        self.login = login
        self.sessie = sessie
        self.wachtwoord_getypt = 0
        self.cookies = httpx.Cookies()

    async def __call__(self, url: str) -> None:
        koekjes = self.cookies if self.sessie else httpx.Cookies()
        async with httpx.AsyncClient(follow_redirects=True, timeout=10, cookies=koekjes) as browser:
            pagina = await browser.get(url)
            for _ in range(5):
                formulier = re.search(r'<form[^>]*action="([^"]+)"', pagina.text)
                if formulier is None:
                    break
                velden = {
                    naam: unescape(waarde)
                    for naam, waarde in re.findall(
                        r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', pagina.text
                    )
                }
                if 'name="password"' in pagina.text:
                    velden.update(login=self.login, password="geheim")
                    self.wachtwoord_getypt += 1
                doel = urljoin(str(pagina.url), unescape(formulier.group(1)))
                pagina = await browser.post(doel, data=velden)
            if self.sessie:
                self.cookies = browser.cookies
            assert "U bent aangemeld" in pagina.text, pagina.text[:300]


def browser_als(login: str) -> Any:
    """A stand-in for the system browser: follows the provider's redirects, fills its forms.

    A fresh browser each time (no session cookie): the provider always asks the password.
    """
    return BrowserMetSessie(login, sessie=False)


class Knoeier(httpx.AsyncBaseTransport):
    """Passes everything on, but can change a claim in the ID token the token endpoint sends."""

    def __init__(self) -> None:
        self.binnen = httpx.AsyncHTTPTransport()
        self.knoei = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        antwoord = await self.binnen.handle_async_request(request)
        if not (self.knoei and request.url.path.endswith("/token")):
            return antwoord
        body = json.loads(await antwoord.aread())
        kop, inhoud, handtekening = body["id_token"].split(".")
        claims = json.loads(base64.urlsafe_b64decode(inhoud + "=" * (-len(inhoud) % 4)))
        claims["preferred_username"] = "iemand.anders"
        nieuw = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
        body["id_token"] = f"{kop}.{nieuw}.{handtekening}"
        return httpx.Response(antwoord.status_code, json=body)

    async def aclose(self) -> None:
        await self.binnen.aclose()


class Klok:
    """Seconds since the epoch that a test can move forward."""

    def __init__(self) -> None:
        import time

        self.nu = time.time()

    def __call__(self) -> float:
        return self.nu


@contextlib.asynccontextmanager
async def proefaanmelding(
    issuer: str, profiel: str, *, transport: httpx.AsyncBaseTransport | None = None
) -> AsyncIterator[tuple[Aanmelding, httpx.AsyncClient, Klok]]:
    """An :class:`Aanmelding` for the test provider's public client ``klantbeeld``."""
    klok = Klok()
    async with httpx.AsyncClient(timeout=10, transport=transport) as http:
        yield (
            Aanmelding(
                OidcInstelling(issuer=issuer, client_id="klantbeeld"),
                profiel=profiel,
                http=http,
                browser=browser_als("anouk.de.boer"),
                klok=klok,
                wacht_s=15,
            ),
            http,
            klok,
        )


def test_aanmelden_met_code_en_pkce_via_loopback(issuer: str) -> None:
    async def scenario() -> None:
        async with proefaanmelding(issuer, "aanmelden") as (a, http, _):
            wie = await a.aanmelden()
            assert (wie.id, wie.naam) == ("anouk.de.boer", "Medewerker anouk.de.boer")
            assert a.status is Status.AANGEMELD
            token = a.toegangstoken()
            # The token is the provider's: its userinfo endpoint knows who it belongs to.
            info = await http.get(f"{issuer}/me", headers={"Authorization": f"Bearer {token}"})
            assert info.status_code == 200 and info.json()["sub"] == "anouk.de.boer"
            # The auth kind "gebruikerstoken" sends exactly that token.
            headers = header_factory(AuthSoort.GEBRUIKERSTOKEN, toegangstoken=a.toegangstoken)
            assert headers() == {"Authorization": f"Bearer {token}"}
            # The refresh token sits in the keyring, nowhere else.
            assert lees_geheim("aanmelden", REFRESH_GEHEIM)

    run(scenario)


def test_verversen_geeft_nieuwe_tokens_voor_dezelfde_medewerker(issuer: str) -> None:
    async def scenario() -> None:
        async with proefaanmelding(issuer, "verversen") as (a, http, klok):
            await a.aanmelden()
            oud_token, oud_refresh = a.toegangstoken(), lees_geheim("verversen", REFRESH_GEHEIM)
            klok.nu += 250  # near expiry (the provider gives 300 s)
            assert await a.ververs()
            assert a.toegangstoken() != oud_token
            assert a.verloopt_over > 250
            assert a.identiteit is not None and a.identiteit.id == "anouk.de.boer"
            # The provider rotates the refresh token; the new one replaced the old.
            assert lees_geheim("verversen", REFRESH_GEHEIM) not in (None, oud_refresh)
            # A new start signs in silently with it: no browser.
            stil = Aanmelding(
                a.instelling, profiel="verversen", http=http, browser=_geen_browser, klok=klok
            )
            assert (await stil.aanmelden()).id == "anouk.de.boer"

    run(scenario)


async def _geen_browser(url: str) -> None:
    raise AssertionError("de browser mocht niet open")


def test_verlopen_en_geweigerd_verversen_vergrendelt(issuer: str) -> None:
    async def scenario() -> None:
        async with proefaanmelding(issuer, "verlopen") as (a, http, klok):
            vergrendeld: list[bool] = []
            a.bij_vergrendeling.append(lambda: vergrendeld.append(True))
            await a.aanmelden()
            # The provider ends the grant (as when IT revokes the medewerker's session).
            refresh = lees_geheim("verlopen", REFRESH_GEHEIM)
            assert refresh is not None
            ingetrokken = await http.post(
                f"{issuer}/token/revocation", data={"token": refresh, "client_id": "klantbeeld"}
            )
            assert ingetrokken.status_code == 200
            klok.nu += 301
            assert not await a.ververs()
            assert a.status is Status.VERGRENDELD and vergrendeld == [True]
            with pytest.raises(Vergrendeld):
                a.toegangstoken()
            with pytest.raises(Vergrendeld):
                header_factory(AuthSoort.GEBRUIKERSTOKEN, toegangstoken=a.toegangstoken)()
            assert lees_geheim("verlopen", REFRESH_GEHEIM) is None
            # Signing in again unlocks.
            await a.aanmelden()
            assert a.status is Status.AANGEMELD and a.toegangstoken()

    run(scenario)


def test_verlopen_zonder_verversen_vergrendelt_bij_het_volgende_verzoek(issuer: str) -> None:
    async def scenario() -> None:
        async with proefaanmelding(issuer, "zonder-verversen") as (a, _, klok):
            await a.aanmelden()
            klok.nu += 301
            with pytest.raises(Vergrendeld):
                a.toegangstoken()
            assert a.status is Status.VERGRENDELD

    run(scenario)


def test_bewaken_ververst_voor_het_verloopt(issuer: str) -> None:
    async def scenario() -> None:
        import asyncio

        async with proefaanmelding(issuer, "bewaken") as (a, _, klok):
            await a.aanmelden()
            oud = a.toegangstoken()
            klok.nu += 250  # within the margin: bewaak refreshes at once
            taak = asyncio.create_task(a.bewaak())
            try:
                for _ in range(200):
                    if a.toegangstoken() != oud:
                        break
                    await asyncio.sleep(0.05)
                assert a.toegangstoken() != oud
                assert a.status is Status.AANGEMELD
            finally:
                taak.cancel()

    run(scenario)


def test_een_vervalst_id_token_wordt_geweigerd(issuer: str) -> None:
    async def scenario() -> None:
        knoeier = Knoeier()
        async with proefaanmelding(issuer, "vervalst", transport=knoeier) as (a, _, _):
            knoeier.knoei = True
            with pytest.raises(OngeldigIdToken):
                await a.aanmelden()
            assert a.status is Status.AFGEMELD and a.identiteit is None
            with pytest.raises(Vergrendeld):
                a.toegangstoken()
            assert lees_geheim("vervalst", REFRESH_GEHEIM) is None
            # Untouched, the same provider's token is accepted.
            knoeier.knoei = False
            assert (await a.aanmelden()).id == "anouk.de.boer"

    run(scenario)


def test_geen_token_in_foutmeldingen_of_buiten_de_sleutelbos(issuer: str) -> None:
    async def scenario() -> None:
        async with proefaanmelding(issuer, "lek") as (a, _, _):
            await a.aanmelden()
            refresh = lees_geheim("lek", REFRESH_GEHEIM)
            assert refresh and refresh not in repr(vars(a))
            assert keyring.get_password(SERVICE, f"lek:{REFRESH_GEHEIM}") == refresh

    run(scenario)


def test_gebruiker_uit_het_token_en_de_gekozen_doelbinding_bereiken_de_brp(
    issuer: str, fresh_sandbox: Any
) -> None:
    """The oefenomgeving's BRP gateway refuses without the headers; with them, it logs them."""
    vereist = ["x-doelbinding", "x-verwerking", "x-gebruiker"]
    fresh_sandbox.sandbox.faults.brp_protocollering = vereist

    async def scenario() -> None:
        async with proefaanmelding(issuer, "brp") as (a, _, _):
            wie = await a.aanmelden()
        inst, geheim = fresh_sandbox.endpoints()[ApiNaam.BRP]
        zonder = maak_verbindingen({ApiNaam.BRP: (inst, geheim)}, user_id=wie.id)
        protocollering = BrpProtocollering(
            doelbindingen=[
                Doelbinding(naam="Algemene dienstverlening", raadplegen="BRPACT-AlgemeneTaken"),
                Doelbinding(naam="Wmo", raadplegen="BRPACT-Wmo", verwerking="Wmo@Melding"),
            ]
        )
        inst_gw = inst.model_copy(update={"protocollering": protocollering})
        met = maak_verbindingen({ApiNaam.BRP: (inst_gw, geheim)}, user_id=wie.id)
        try:
            from klantbeeld.services.apis.brp import BrpClient, GeenDoelbinding
            from klantbeeld.services.verbinding.errors import NietGeautoriseerd

            brp_zonder = BrpClient(zonder.clients[ApiNaam.BRP], zonder.protocollering)
            with pytest.raises(NietGeautoriseerd):
                await brp_zonder.raadpleeg("999993653")
            brp = BrpClient(met.clients[ApiNaam.BRP], met.protocollering)
            assert met.protocollering is not None
            assert met.protocollering.keuzes == ["Algemene dienstverlening", "Wmo"]
            with pytest.raises(GeenDoelbinding):  # two offered, none picked: nothing is asked
                await brp.raadpleeg("999993653")
            met.protocollering.kies("Wmo")
            assert await brp.raadpleeg("999993653") is not None
            await brp.zoek_op_postcode_en_huisnummer("2513AA", 1)
        finally:
            await zonder.aclose()
            await met.aclose()
        assert fresh_sandbox.sandbox.middleware.brp_protocol == [
            {"x-doelbinding": "BRPACT-Wmo", "x-verwerking": "Wmo@Melding", "x-gebruiker": wie.id},
            {
                "x-doelbinding": "BRPACT-ZoekenAlgemeen",
                "x-verwerking": "Wmo@Melding",
                "x-gebruiker": wie.id,
            },
        ]

    run(scenario)


def test_de_gateway_van_de_oefenomgeving_weigert_zonder_headers(fresh_sandbox: Any) -> None:
    """Set through the admin endpoint; the 403 is a problem body naming what is missing."""
    gezet = httpx.post(
        f"{fresh_sandbox.root}/_oefen/faults",
        json={"brp_protocollering": ["X-Doelbinding", "x-gebruiker"]},
        timeout=5,
    ).json()
    assert gezet["brp_protocollering"] == ["x-doelbinding", "x-gebruiker"]
    inst, sleutel = fresh_sandbox.endpoints()[ApiNaam.BRP]
    body = {
        "type": "RaadpleegMetBurgerservicenummer",
        "burgerservicenummer": ["999993653"],
        "fields": ["naam"],
    }
    url = f"{inst.base_url}/personen"
    zonder = httpx.post(url, json=body, headers={"X-API-KEY": sleutel}, timeout=5)
    assert zonder.status_code == 403
    assert zonder.headers["content-type"].startswith("application/problem+json")
    assert zonder.json()["status"] == 403
    assert "x-doelbinding, x-gebruiker" in zonder.json()["detail"]
    leeg = {"X-API-KEY": sleutel, "x-doelbinding": "BRPACT-Totaal", "x-gebruiker": ""}
    assert httpx.post(url, json=body, headers=leeg, timeout=5).status_code == 403
    vol = {**leeg, "x-gebruiker": "anouk.de.boer"}
    assert httpx.post(url, json=body, headers=vol, timeout=5).status_code == 200
    assert fresh_sandbox.sandbox.middleware.brp_protocol == [
        {"x-doelbinding": "BRPACT-Totaal", "x-gebruiker": "anouk.de.boer"}
    ]


def test_verbindingstest_met_gebruikerstoken_vraagt_geen_geheim() -> None:
    from klantbeeld.services.verbinding.verbindingstest import controleer_verbinding
    from klantbeeld.services.werkplek.settings import ApiInstelling

    inst = ApiInstelling(base_url="https://gw.example/zaken/api/v1", auth=AuthSoort.GEBRUIKERSTOKEN)
    uitslag = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, inst, ""))
    assert not uitslag.ok and "aangemelde medewerker" in uitslag.melding


def test_zonder_aanmelding_geen_echte_gegevens(tmp_path: Path) -> None:
    """A profile that wants a sign-in that fails: the app is told to use the oefenomgeving."""
    import asyncio
    import socket

    from klantbeeld.app import meld_aan
    from klantbeeld.services.werkplek.settings import Instellingen

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    instellingen = Instellingen.model_validate(
        {
            "profiel": "productie",
            "profielen": {
                "productie": {
                    "aanmelding": {"issuer": f"http://127.0.0.1:{poort}", "client_id": "kb"},
                    "bronnen": {"brp": {"url": "https://gw.example", "auth": "gebruikerstoken"}},
                }
            },
        }
    )
    loop = asyncio.new_event_loop()
    try:
        aanmelding, fout = meld_aan(instellingen, loop)
    finally:
        loop.close()
    assert aanmelding is None and fout is not None
    assert "niet bereikbaar" in fout and "oefenomgeving" in fout
    assert instellingen.medewerker_id == ""


def test_vergrendeld_gaat_er_geen_verzoek_uit(fresh_sandbox: Any) -> None:
    """Auth kind gebruikerstoken: locked, the request fails before anything reaches a server."""
    from klantbeeld.services.apis.brp import BrpClient

    inst, _ = fresh_sandbox.endpoints()[ApiNaam.BRP]
    inst = inst.model_copy(update={"auth": AuthSoort.GEBRUIKERSTOKEN})

    def verlopen() -> str:
        raise Vergrendeld()

    verbindingen = maak_verbindingen({ApiNaam.BRP: (inst, "")}, toegangstoken=verlopen)
    teller = fresh_sandbox.sandbox.middleware.counts

    async def scenario() -> None:
        try:
            with pytest.raises(Vergrendeld):
                await BrpClient(verbindingen.clients[ApiNaam.BRP]).raadpleeg("999993653")
        finally:
            await verbindingen.aclose()

    voor = teller["brp"]
    run(scenario)
    assert teller["brp"] == voor


def test_ontgrendelen_vraagt_het_wachtwoord_ook_met_een_levende_browsersessie(
    issuer: str,
) -> None:
    """Without prompt=login the provider's browser session would sign in without a password:
    anyone at an unlocked-looking desk could unlock. ``opnieuw=True`` makes it ask again."""
    from klantbeeld.services.werkplek.aanmelding import AanmeldFout

    async def scenario() -> None:
        browser = BrowserMetSessie("anouk.de.boer")
        async with proefaanmelding(issuer, "ontgrendel") as (a, _, _):
            a._browser = browser
            await a.aanmelden_in_browser()
            assert browser.wachtwoord_getypt == 1
            await a.aanmelden_in_browser()  # the session does it: no password asked
            assert browser.wachtwoord_getypt == 1
            wie = await a.aanmelden_in_browser(opnieuw=True)
            assert browser.wachtwoord_getypt == 2 and wie.id == "anouk.de.boer"
            assert a.status is Status.AANGEMELD
            # Someone else's password does not unlock this medewerker's workstation.
            browser.login = "iemand.anders"
            with pytest.raises(AanmeldFout, match="andere medewerker"):
                await a.aanmelden_in_browser(opnieuw=True)
            assert a.identiteit is not None and a.identiteit.id == "anouk.de.boer"

    run(scenario)


def test_een_oude_of_ontbrekende_auth_time_ontgrendelt_niet() -> None:
    from klantbeeld.services.werkplek.aanmelding import SPELING_S, _opnieuw_aangemeld

    assert _opnieuw_aangemeld({"auth_time": 1_000}, 1_000)
    assert _opnieuw_aangemeld({"auth_time": 1_000 - SPELING_S}, 1_000)  # clock skew
    assert not _opnieuw_aangemeld({"auth_time": 1_000 - SPELING_S - 1}, 1_000)
    assert not _opnieuw_aangemeld({}, 1_000)  # max_age asked: auth_time is required
    assert not _opnieuw_aangemeld({"auth_time": True}, 1_000)
    assert not _opnieuw_aangemeld({"auth_time": "1000"}, 1_000)
