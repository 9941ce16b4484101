"""The medewerker signs in with the municipality's OpenID provider (code + PKCE, RFC 8252).

The flow, as RFC 8252 asks of a native app: the system browser opens the provider's sign-in
page (the app never sees a password); the provider sends the browser back to a one-time listener
on the loopback address (``http://127.0.0.1:<any port>/aangemeld``); the app trades the code,
with its PKCE verifier (S256), for tokens. The client is public: no secret on the desktop.

The ID token is validated before anything is believed: its signature against the provider's
JWKS, ``iss``, ``aud`` (and ``azp``), ``exp``, ``iat``, the ``nonce`` of this sign-in and the
``at_hash`` (authlib's :class:`~authlib.oidc.core.CodeIDToken` with joserfc). The medewerker's
identity (:class:`Identiteit`) comes from it.

While the app runs, :meth:`Aanmelding.bewaak` refreshes the tokens silently before they expire;
when that fails and the access token has expired, the session is locked
(:attr:`Status.VERGRENDELD`): :meth:`Aanmelding.toegangstoken` raises :class:`Vergrendeld`, so no
request with the medewerker's token goes out, until the medewerker signs in again. The refresh
token lives only in the keyring (:mod:`klantbeeld.services.werkplek.secrets`); no token is ever
logged or put in an error message.

Built on authlib's protocol pieces (PKCE, tokens, ID token claims) with the app's own httpx
client (the operating system's trust store); the browser is injected, so tests drive it.

Unlocking the workstation signs in again with ``prompt=login`` and ``max_age=0``: the provider
must ask for the password even when its browser session is still alive, and the new ID token's
``auth_time`` must be from this sign-in (a provider that says it did not re-authenticate does
not unlock), and it must be the same medewerker.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding.errors import ConfiguratieFout, KlantbeeldError
from klantbeeld.services.werkplek.secrets import bewaar_geheim, lees_geheim, wis_geheim
from klantbeeld.services.werkplek.settings import OidcInstelling, onveilig_adres
from klantbeeld.versie import user_agent

#: The keyring name of the refresh token (per profile).
REFRESH_GEHEIM = "aanmelding-refresh"
#: The loopback path the provider sends the browser back to (registered without a port).
REDIRECT_PAD = "/aangemeld"
#: Refresh this many seconds before the access token expires.
MARGE_S = 60.0
#: Clock skew accepted on ``exp``/``iat`` of an ID token.
SPELING_S = 60


def _opnieuw_aangemeld(claims: dict[str, Any], na: float) -> bool:
    """True when the ID token says the medewerker signed in (``auth_time``) at or after ``na``
    (give or take the clock skew). With ``max_age`` asked, OIDC Core 3.1.2.1 makes ``auth_time``
    required: a token without it proves nothing."""
    moment = claims.get("auth_time")
    if isinstance(moment, bool) or not isinstance(moment, int | float):
        return False
    return moment >= na - SPELING_S


#: Opens a URL in the system browser (tests: follow it with an HTTP client).
Browser = Callable[[str], Awaitable[None]]


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Aanmelding")."""
    return vertaal("Aanmelding", text)


class AanmeldFout(KlantbeeldError):
    """Signing in or refreshing failed; the message is plain words and holds no token."""


class OngeldigIdToken(AanmeldFout):
    """The provider's ID token is not to be believed (signature, issuer, audience, nonce, ...)."""


class Vergrendeld(AanmeldFout):
    """The sign-in has expired (or there is none): sign in again before any data is asked."""

    def __init__(self) -> None:
        super().__init__(tr("Uw aanmelding is verlopen. Meld u opnieuw aan om verder te werken."))


class Status(StrEnum):
    """Where a session stands."""

    AFGEMELD = "afgemeld"
    AANGEMELD = "aangemeld"
    VERGRENDELD = "vergrendeld"


@dataclass(frozen=True)
class Identiteit:
    """Who signed in, from the validated ID token."""

    #: ``user_id``, the BRP's user header, the actor: the configured claim (``sub`` if absent).
    id: str
    #: ``user_representation``: the name shown.
    naam: str
    #: The provider's stable subject; a refresh must keep it.
    sub: str


async def systeembrowser(url: str) -> None:
    """Open ``url`` in the system browser (never an embedded one: RFC 8252 section 8.12)."""
    import webbrowser

    if not await asyncio.to_thread(webbrowser.open, url):
        raise AanmeldFout(tr("De browser kon niet worden geopend om u aan te melden."))


class _Terugkeer:
    """The one-time listener on loopback that the provider sends the browser back to."""

    def __init__(self) -> None:
        self.antwoord: asyncio.Future[dict[str, str]] = asyncio.get_running_loop().create_future()
        self._server: asyncio.Server | None = None

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._verzoek, "127.0.0.1", 0)
        poort = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{poort}{REDIRECT_PAD}"

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()

    async def _verzoek(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            regel = await asyncio.wait_for(reader.readline(), 10)
            while (await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b"\n", b""):
                pass
            delen = regel.decode("latin-1").split()
            doel = urlsplit(delen[1]) if len(delen) >= 2 and delen[0] == "GET" else None
            if doel is None or doel.path != REDIRECT_PAD or self.antwoord.done():
                await _antwoord(writer, 404, tr("Niet gevonden."))
                return
            velden = {k: v[0] for k, v in parse_qs(doel.query).items()}
            self.antwoord.set_result(velden)
            tekst = (
                tr("U bent aangemeld bij Klantbeeld. U kunt dit venster sluiten.")
                if "code" in velden
                else tr("Aanmelden is niet gelukt. Ga terug naar Klantbeeld.")
            )
            await _antwoord(writer, 200, tekst)
        except (OSError, TimeoutError, ValueError):
            pass
        finally:
            writer.close()


async def _antwoord(writer: asyncio.StreamWriter, status: int, tekst: str) -> None:
    html = f"<!doctype html><meta charset=utf-8><title>Klantbeeld</title><p>{tekst}</p>"
    data = html.encode()
    reden = "OK" if status == 200 else "Not Found"
    kop = (
        f"HTTP/1.1 {status} {reden}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(data)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
    )
    writer.write(kop.encode() + data)
    await writer.drain()


class Aanmelding:
    """One medewerker's sign-in with one provider: tokens in memory, refresh token in keyring.

    ``http``: the client for the provider (default: its own, with the OS trust store, closed
    by :meth:`aclose`); ``browser``: opens the sign-in page (:func:`systeembrowser`); ``klok``:
    seconds since the epoch (tests move it); ``bij_vergrendeling``: called once when the
    session locks.
    """

    def __init__(
        self,
        instelling: OidcInstelling,
        *,
        profiel: str,
        http: httpx.AsyncClient | None = None,
        browser: Browser = systeembrowser,
        klok: Callable[[], float] = time.time,
        wacht_s: float = 300.0,
    ) -> None:
        reden = onveilig_adres(instelling.issuer)
        if reden:
            melding = tr("De aanmeldserver kan niet gebruikt worden: {reden}.")
            raise ConfiguratieFout(melding.format(reden=reden))
        self.instelling = instelling
        self.profiel = profiel
        self._eigen_http = http is None
        self._http = http or _maak_http()
        self._browser = browser
        self._klok = klok
        self._wacht_s = wacht_s
        self._metadata: dict[str, Any] | None = None
        self._jwks: dict[str, Any] | None = None
        self._toegangstoken: str | None = None
        self._verloopt = 0.0
        self.identiteit: Identiteit | None = None
        self.status = Status.AFGEMELD
        self.bij_vergrendeling: list[Callable[[], None]] = []
        self._lock = asyncio.Lock()

    # -- what the rest of the app asks -------------------------------------------------------

    def toegangstoken(self) -> str:
        """The medewerker's access token for a request; :class:`Vergrendeld` when expired."""
        if self.status is not Status.AANGEMELD or self._toegangstoken is None:
            raise Vergrendeld()
        if self._klok() >= self._verloopt:
            self._vergrendel()
            raise Vergrendeld()
        return self._toegangstoken

    @property
    def verloopt_over(self) -> float:
        """Seconds until the access token expires (0 when there is none)."""
        return max(0.0, self._verloopt - self._klok()) if self._toegangstoken else 0.0

    # -- signing in ----------------------------------------------------------------------------

    async def aanmelden(self) -> Identiteit:
        """Sign in: silently with the refresh token in the keyring, else through the browser."""
        if lees_geheim(self.profiel, REFRESH_GEHEIM) and await self.ververs():
            assert self.identiteit is not None
            return self.identiteit
        return await self.aanmelden_in_browser()

    async def aanmelden_in_browser(self, *, opnieuw: bool = False) -> Identiteit:
        """Authorization code + PKCE through the browser and a loopback redirect.

        ``opnieuw`` (unlocking): the provider must ask for the password again (``prompt=login``,
        ``max_age=0``); an ``auth_time`` from before this request does not sign in.
        """
        from authlib.common.security import generate_token
        from authlib.oauth2.rfc7636 import create_s256_code_challenge

        meta = await self._ontdek()
        state, nonce, verifier = generate_token(32), generate_token(32), generate_token(64)
        terugkeer = _Terugkeer()
        redirect_uri = await terugkeer.start()
        gevraagd = self._klok()
        try:
            velden_query = {
                "response_type": "code",
                "client_id": self.instelling.client_id,
                "redirect_uri": redirect_uri,
                "scope": self.instelling.scopes,
                "state": state,
                "nonce": nonce,
                "code_challenge": create_s256_code_challenge(verifier),
                "code_challenge_method": "S256",
            }
            if opnieuw:
                velden_query |= {"prompt": "login", "max_age": "0"}
            query = urlencode(velden_query)
            await self._browser(f"{meta['authorization_endpoint']}?{query}")
            try:
                velden = await asyncio.wait_for(asyncio.shield(terugkeer.antwoord), self._wacht_s)
            except TimeoutError as e:
                raise AanmeldFout(tr("Aanmelden duurde te lang; probeer het opnieuw.")) from e
        finally:
            await terugkeer.stop()
        if not secrets.compare_digest(velden.get("state", ""), state):
            raise AanmeldFout(
                tr("Het antwoord van de aanmeldserver hoort niet bij deze aanmelding.")
            )
        if "error" in velden or "code" not in velden:
            reden = velden.get("error") or tr("geen code")
            raise AanmeldFout(
                tr("De aanmeldserver weigerde de aanmelding ({reden}).").format(reden=reden)
            )
        tokens = await self._token(
            {
                "grant_type": "authorization_code",
                "code": velden["code"],
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            }
        )
        await self._neem_aan(tokens, nonce=nonce, aangemeld_na=gevraagd if opnieuw else None)
        assert self.identiteit is not None
        return self.identiteit

    async def ververs(self) -> bool:
        """Refresh the tokens with the stored refresh token; False (and locked when the access
        token has expired) when the provider refuses or cannot be reached."""
        async with self._lock:
            refresh = lees_geheim(self.profiel, REFRESH_GEHEIM)
            if not refresh:
                self._na_mislukte_verversing()
                return False
            try:
                tokens = await self._token(
                    {"grant_type": "refresh_token", "refresh_token": refresh}
                )
                await self._neem_aan(tokens, nonce=None)
            except AanmeldFout as e:
                if not isinstance(e, _Onbereikbaar):
                    wis_geheim(self.profiel, REFRESH_GEHEIM)
                self._na_mislukte_verversing()
                return False
            return True

    async def bewaak(self, *, opnieuw_s: float = 15.0) -> None:
        """Run while the app runs: refresh before expiry; lock when it can no longer be done."""
        while self.status is Status.AANGEMELD:
            await asyncio.sleep(max(0.0, self.verloopt_over - MARGE_S))
            if self.status is not Status.AANGEMELD:
                return
            if not await self.ververs() and self.status is Status.AANGEMELD:
                await asyncio.sleep(min(opnieuw_s, max(self.verloopt_over, 0.1)))

    async def aclose(self) -> None:
        """Close the HTTP client when this object made it."""
        if self._eigen_http:
            await self._http.aclose()

    async def afmelden(self) -> None:
        """Forget every token (the refresh token leaves the keyring too)."""
        wis_geheim(self.profiel, REFRESH_GEHEIM)
        self._toegangstoken, self._verloopt = None, 0.0
        self.status = Status.AFGEMELD

    # -- the provider --------------------------------------------------------------------------

    async def _ontdek(self) -> dict[str, Any]:
        if self._metadata is None:
            issuer = self.instelling.issuer.rstrip("/")
            meta = await self._json("GET", f"{issuer}/.well-known/openid-configuration")
            if meta.get("issuer") != self.instelling.issuer:
                raise AanmeldFout(tr("De aanmeldserver noemt zich anders dan ingesteld (issuer)."))
            for sleutel in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                adres = meta.get(sleutel)
                if not isinstance(adres, str) or onveilig_adres(adres):
                    raise AanmeldFout(
                        tr("De aanmeldserver geeft geen veilig adres ({sleutel}).").format(
                            sleutel=sleutel
                        )
                    )
            self._metadata = meta
        return self._metadata

    async def _token(self, velden: dict[str, str]) -> dict[str, Any]:
        meta = await self._ontdek()
        data = {**velden, "client_id": self.instelling.client_id}
        return await self._json("POST", meta["token_endpoint"], data=data)

    async def _json(
        self, methode: str, url: str, *, data: dict[str, str] | None = None
    ) -> dict[str, Any]:
        try:
            antwoord = await self._http.request(
                methode, url, data=data, headers={"Accept": "application/json"}
            )
        except httpx.HTTPError as e:
            raise _Onbereikbaar(
                tr("De aanmeldserver is niet bereikbaar ({soort}).").format(soort=type(e).__name__)
            ) from None
        try:
            body = antwoord.json()
        except ValueError:
            body = None
        if antwoord.status_code >= 500:
            raise _Onbereikbaar(
                tr("De aanmeldserver gaf een fout ({status}).").format(status=antwoord.status_code)
            )
        if antwoord.status_code != 200 or not isinstance(body, dict):
            fout = body.get("error") if isinstance(body, dict) else None
            raise AanmeldFout(
                tr("De aanmeldserver weigerde het verzoek ({reden}).").format(
                    reden=fout or antwoord.status_code
                )
            )
        return body

    async def _sleutels(self, *, opnieuw: bool = False) -> dict[str, Any]:
        if self._jwks is None or opnieuw:
            meta = await self._ontdek()
            self._jwks = await self._json("GET", meta["jwks_uri"])
        return self._jwks

    async def _neem_aan(
        self, tokens: dict[str, Any], *, nonce: str | None, aangemeld_na: float | None = None
    ) -> None:
        """Validate and take a token response: identity, access token, refresh token.

        ``aangemeld_na``: the medewerker must have signed in (``auth_time``) after this moment.
        """
        toegang = tokens.get("access_token")
        if not isinstance(toegang, str) or str(tokens.get("token_type", "")).lower() != "bearer":
            raise AanmeldFout(tr("De aanmeldserver gaf geen bruikbaar toegangstoken."))
        id_token = tokens.get("id_token")
        if isinstance(id_token, str):
            claims = await self.valideer_id_token(id_token, nonce=nonce, toegangstoken=toegang)
            if aangemeld_na is not None and not _opnieuw_aangemeld(claims, aangemeld_na):
                raise AanmeldFout(
                    tr(
                        "De aanmeldserver vroeg niet opnieuw om uw wachtwoord; het scherm "
                        "blijft vergrendeld."
                    )
                )
            claims = await self._aangevuld(claims, toegang)
            identiteit = self._identiteit(claims)
            if self.identiteit is not None and identiteit.sub != self.identiteit.sub:
                raise OngeldigIdToken(tr("Het ververste ID-token is van een andere medewerker."))
        elif nonce is None and self.identiteit is not None:
            identiteit = self.identiteit  # a refresh may leave the ID token out
        else:
            raise OngeldigIdToken(tr("De aanmeldserver gaf geen ID-token."))
        try:
            duur = float(tokens.get("expires_in", 300))
        except (TypeError, ValueError):
            duur = 300.0
        refresh = tokens.get("refresh_token")
        if isinstance(refresh, str) and refresh:
            bewaar_geheim(self.profiel, REFRESH_GEHEIM, refresh)
        self.identiteit = identiteit
        self._toegangstoken = toegang
        self._verloopt = self._klok() + duur
        self.status = Status.AANGEMELD

    async def valideer_id_token(
        self, id_token: str, *, nonce: str | None, toegangstoken: str | None = None
    ) -> dict[str, Any]:
        """The claims of ``id_token`` once signature, iss, aud, exp, iat, nonce and at_hash hold.

        Raises :class:`OngeldigIdToken` otherwise. A key id the JWKS does not know makes it
        fetch the JWKS once more (the provider rotated its keys).
        """
        from authlib.oidc.core import CodeIDToken
        from joserfc import jwt
        from joserfc.errors import InvalidKeyIdError, JoseError
        from joserfc.jwk import KeySet
        from joserfc.jws import JWSRegistry

        meta = await self._ontdek()
        algoritmen = meta.get("id_token_signing_alg_values_supported") or ["RS256"]
        # Signed by the provider's own key only: no "none", no HMAC (a public client has no
        # secret to share, so an HMAC token proves nothing).
        algoritmen = [a for a in algoritmen if a != "none" and not a.startswith("HS")]
        registry = JWSRegistry(algorithms=algoritmen)
        try:
            try:
                sleutels = KeySet.import_key_set(cast(Any, await self._sleutels()))
                token = jwt.decode(id_token, sleutels, registry=registry)
            except InvalidKeyIdError:
                sleutels = KeySet.import_key_set(cast(Any, await self._sleutels(opnieuw=True)))
                token = jwt.decode(id_token, sleutels, registry=registry)
            params: dict[str, Any] = {"client_id": self.instelling.client_id}
            if nonce is not None:
                params["nonce"] = nonce
            if toegangstoken is not None:
                params["access_token"] = toegangstoken
            claims = CodeIDToken(
                token.claims,
                token.header,
                {
                    "iss": {"essential": True, "value": self.instelling.issuer},
                    "aud": {"essential": True, "value": self.instelling.client_id},
                },
                params,
            )
            claims.validate(now=int(self._klok()), leeway=SPELING_S)
        except (JoseError, ValueError) as e:
            raise OngeldigIdToken(
                tr("Het ID-token van de aanmeldserver is ongeldig ({soort}).").format(
                    soort=type(e).__name__
                )
            ) from None
        if nonce is not None and "nonce" not in claims:
            raise OngeldigIdToken(tr("Het ID-token hoort niet bij deze aanmelding (nonce)."))
        return dict(claims)

    async def _aangevuld(self, claims: dict[str, Any], toegang: str) -> dict[str, Any]:
        """The ID token's claims, with the id and name from the userinfo endpoint when the ID
        token leaves them out (a provider may keep profile claims there); its ``sub`` must be
        the ID token's (OpenID Connect Core 5.3.2)."""
        nodig = (self.instelling.id_claim, self.instelling.naam_claim)
        meta = await self._ontdek()
        adres = meta.get("userinfo_endpoint")
        if all(c in claims for c in nodig) or not isinstance(adres, str) or onveilig_adres(adres):
            return claims
        try:
            antwoord = await self._http.get(adres, headers={"Authorization": f"Bearer {toegang}"})
            info = antwoord.json() if antwoord.status_code == 200 else None
        except (httpx.HTTPError, ValueError):
            info = None
        if not isinstance(info, dict) or info.get("sub") != claims["sub"]:
            return claims
        return {**{c: info[c] for c in nodig if c in info}, **claims}

    def _identiteit(self, claims: dict[str, Any]) -> Identiteit:
        sub = str(claims["sub"])
        ident = str(claims.get(self.instelling.id_claim) or sub)
        naam = str(claims.get(self.instelling.naam_claim) or ident)
        return Identiteit(id=ident, naam=naam, sub=sub)

    def _na_mislukte_verversing(self) -> None:
        if self.status is Status.AANGEMELD and self._klok() >= self._verloopt:
            self._vergrendel()

    def _vergrendel(self) -> None:
        self._toegangstoken = None
        if self.status is Status.VERGRENDELD:
            return
        self.status = Status.VERGRENDELD
        for terugroep in list(self.bij_vergrendeling):
            terugroep()


def _maak_http() -> httpx.AsyncClient:
    """The client for the provider: certificates checked against the OS trust store."""
    from klantbeeld.services.verbinding.clients import tls_context

    return httpx.AsyncClient(
        timeout=httpx.Timeout(15.0), verify=tls_context(), headers={"User-Agent": user_agent()}
    )


class _Onbereikbaar(AanmeldFout):
    """The provider could not be reached or failed (5xx): the refresh token stays."""
