"""Verbinding testen: one cheap authenticated request per API, answered in plain Dutch.

The settings dialog calls :func:`controleer_bron` for one source (all its APIs: Open Zaak is
Zaken, Catalogi and Documenten) with the URL, auth kind and secret as typed (not yet saved);
:func:`controleer_verbinding` tests one API. It builds one client exactly as the app would
(:func:`~services.verbinding.clients.maak_verbindingen`), sends one request without retries,
and never raises: every outcome is a :class:`Testuitslag` whose ``melding`` says what happened
("Verbonden (123 ms)", "Geen toegang: de sleutel of het geheim klopt niet (401)",
"Niet bereikbaar: verbinding geweigerd", "Time-out na 10 s", "Onverwacht antwoord: geen JSON"),
in the screen's language (:mod:`klantbeeld.services.taal`); the server's own words stay its own.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import jwt

from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verbinding.errors import (
    ApiStatusError,
    ApiTimeout,
    ApiVerbindingsfout,
    KlantbeeldError,
    NietGeautoriseerd,
    NietGevonden,
    ServerFout,
    tr,
)
from klantbeeld.services.verbinding.http import NO_RETRY, seconden
from klantbeeld.services.werkplek.settings import (
    API_PADEN,
    ApiInstelling,
    ApiNaam,
    AuthSoort,
    Bron,
    onveilig_adres,
)

#: A BSN of the public test set (the oefenomgeving's Suzanne Moulin); asked for its BSN only.
PROEF_BSN = "999993653"
#: The KVK test company (present in KVK's test environment and in the oefenomgeving).
PROEF_KVK = "68750110"


@dataclass(frozen=True)
class Proefvraag:
    """The one request that proves an API answers and accepts our credentials."""

    methode: str
    pad: str
    params: dict[str, str | int] | None = None
    body: Any = None
    #: A key the JSON answer must hold, to know it is this API and not some other page.
    verwacht: str = ""


#: Per API the cheapest request that still needs authentication.
PROEFVRAGEN: dict[ApiNaam, Proefvraag] = {
    ApiNaam.BRP: Proefvraag(
        "POST",
        "personen",
        body={
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": [PROEF_BSN],
            "fields": ["burgerservicenummer"],
        },
        verwacht="personen",
    ),
    ApiNaam.KVK_ZOEKEN: Proefvraag("GET", "zoeken", {"naam": "test"}, verwacht="resultaten"),
    ApiNaam.KVK_BASISPROFIEL: Proefvraag(
        "GET", f"basisprofielen/{PROEF_KVK}", verwacht="kvkNummer"
    ),
    ApiNaam.ZAKEN: Proefvraag("GET", "zaken", {"pageSize": 1}, verwacht="results"),
    ApiNaam.CATALOGI: Proefvraag("GET", "zaaktypen", {"pageSize": 1}, verwacht="results"),
    ApiNaam.DOCUMENTEN: Proefvraag(
        "GET", "enkelvoudiginformatieobjecten", {"pageSize": 1}, verwacht="results"
    ),
    ApiNaam.KLANTINTERACTIES: Proefvraag(
        "GET", "klantcontacten", {"pageSize": 1}, verwacht="results"
    ),
    ApiNaam.BETALINGEN: Proefvraag("GET", "betalingen", {"pageSize": 1}, verwacht="results"),
}

#: KVK answers 404 with a ``fout`` list when a search finds nothing: the key was accepted.
_KVK = (ApiNaam.KVK_ZOEKEN, ApiNaam.KVK_BASISPROFIEL)


@dataclass(frozen=True)
class Testuitslag:
    """What one connection test found: ``ok`` and a plain Dutch ``melding`` for the screen."""

    api: ApiNaam
    ok: bool
    melding: str
    status: int | None = None
    duur_ms: int | None = None


async def controleer_verbinding(
    api: ApiNaam,
    instelling: ApiInstelling,
    geheim: str,
    *,
    user_id: str = "",
    user_representation: str = "",
    transport: httpx.AsyncBaseTransport | None = None,
) -> Testuitslag:
    """Send the API's :data:`PROEFVRAGEN` request once; never raises (cancellation aside).

    Nothing is sent to a server the app would refuse (``http://`` or certificates unchecked
    outside loopback): the outcome says why.
    """
    fout = controleer_url(instelling.base_url) or _onveilig(instelling)
    if fout:
        return Testuitslag(api, False, fout)
    if instelling.auth is AuthSoort.GEBRUIKERSTOKEN:
        return Testuitslag(
            api,
            False,
            tr(
                "Deze bron gebruikt het token van de aangemelde medewerker; "
                "start Klantbeeld opnieuw en meld u aan om de verbinding te testen."
            ),
        )
    if instelling.auth.vraagt_geheim and not geheim:
        return Testuitslag(api, False, tr("Vul eerst het geheim of de sleutel in."))
    if instelling.auth is AuthSoort.ZGW_JWT and not instelling.client_id:
        return Testuitslag(api, False, tr("Vul eerst de client-id in."))
    proef = PROEFVRAGEN[api]
    verbindingen = maak_verbindingen(
        {api: (instelling, geheim)},
        retry=NO_RETRY,
        user_id=user_id,
        user_representation=user_representation,
        transport=transport,
    )
    client = verbindingen.clients[api]
    begin = time.perf_counter()
    try:
        response = await client.request(
            proef.methode,
            proef.pad,
            params=proef.params,
            json_body=proef.body,
            idempotent=False,
        )
        duur = round((time.perf_counter() - begin) * 1000)
        return _beoordeel(api, proef, response, duur)
    except ApiTimeout as e:
        return Testuitslag(api, False, _timeout_melding(e, instelling))
    except ApiVerbindingsfout as e:
        reden = _verbindingsreden(e)
        return Testuitslag(api, False, tr("Niet bereikbaar: {reden}").format(reden=reden))
    except ApiStatusError as e:
        duur = round((time.perf_counter() - begin) * 1000)
        return _status_uitslag(api, e, duur)
    except KlantbeeldError as e:
        return Testuitslag(api, False, tr("Onverwachte fout: {fout}").format(fout=e))
    except httpx.HTTPError as e:  # an URL httpx cannot use, a bad header value, ...
        return Testuitslag(api, False, tr("De instellingen kloppen niet: {fout}").format(fout=e))
    except jwt.PyJWTError as e:
        melding = tr("Met dit geheim kan geen JWT gemaakt worden: {fout}").format(fout=e)
        return Testuitslag(api, False, melding)
    finally:
        await verbindingen.aclose()


#: The short name of each API in a combined outcome ("Zaken 12 ms, Catalogi 9 ms, ..."), passed
#: through ``tr`` where used (``make vertalingen`` files these texts).
API_KORT: dict[ApiNaam, str] = {
    ApiNaam.BRP: "BRP",
    ApiNaam.KVK_ZOEKEN: "Zoeken",
    ApiNaam.KVK_BASISPROFIEL: "Basisprofiel",
    ApiNaam.ZAKEN: "Zaken",
    ApiNaam.CATALOGI: "Catalogi",
    ApiNaam.DOCUMENTEN: "Documenten",
    ApiNaam.KLANTINTERACTIES: "Klantinteracties",
    ApiNaam.BETALINGEN: "Betalingen",
}


async def controleer_bron(
    bron: Bron,
    apis: Mapping[ApiNaam, ApiInstelling],
    geheim: str,
    *,
    user_id: str = "",
    user_representation: str = "",
    transport: httpx.AsyncBaseTransport | None = None,
) -> Testuitslag:
    """Test every API of ``bron`` at once; one outcome naming each API when there are several.

    ``ok`` only when all answer. Its ``api`` is the first that failed (else the first API).
    """
    volgorde = [api for api in API_PADEN[bron] if api in apis]
    uitslagen = await asyncio.gather(
        *(
            controleer_verbinding(
                api,
                apis[api],
                geheim,
                user_id=user_id,
                user_representation=user_representation,
                transport=transport,
            )
            for api in volgorde
        )
    )
    if len(uitslagen) == 1:
        return uitslagen[0]
    fout = [u for u in uitslagen if not u.ok]
    if fout:
        eerste = fout[0]
        melding = "; ".join(f"{tr(API_KORT[u.api])}: {u.melding}" for u in fout)
        return Testuitslag(eerste.api, False, melding, eerste.status, eerste.duur_ms)
    delen = ", ".join(f"{tr(API_KORT[u.api])} {u.duur_ms} ms" for u in uitslagen)
    duur = max((u.duur_ms or 0) for u in uitslagen)
    verbonden = tr("Verbonden ({delen})").format(delen=delen)
    return Testuitslag(uitslagen[0].api, True, verbonden, uitslagen[0].status, duur)


def controleer_url(base_url: str) -> str | None:
    """Plain words when ``base_url`` cannot be a base URL of an API; None when it can.

    Outside loopback (the oefenomgeving, a test server on this PC) only ``https://``, in every
    profile: a key or token must never travel in clear.
    """
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        return tr("De basis-URL klopt niet.")
    if url.scheme not in ("http", "https") or not url.host:
        return tr("De basis-URL moet beginnen met https:// en een servernaam hebben.")
    reden = onveilig_adres(base_url)
    if reden:
        return tr("Dit adres kan niet: {reden}.").format(reden=reden)
    return None


def _onveilig(instelling: ApiInstelling) -> str | None:
    reden = onveilig_adres(instelling.base_url, tls_verifieren=instelling.tls_verifieren)
    return tr("Dit kan niet: {reden}.").format(reden=reden) if reden else None


def _beoordeel(api: ApiNaam, proef: Proefvraag, response: httpx.Response, duur: int) -> Testuitslag:
    status = response.status_code
    if 300 <= status < 400:
        waar = response.headers.get("Location", "")
        melding = tr("Onverwacht antwoord: doorverwezen naar {waar} ({status}) — klopt het adres?")
        return Testuitslag(api, False, melding.format(waar=waar, status=status), status, duur)
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        soort = response.headers.get("Content-Type", "").split(";")[0] or tr("onbekend")
        melding = tr("Onverwacht antwoord: geen JSON (maar {soort})").format(soort=soort)
        return Testuitslag(api, False, melding, status, duur)
    if proef.verwacht and not (isinstance(body, dict) and proef.verwacht in body):
        return Testuitslag(
            api,
            False,
            tr("Onverwacht antwoord: geen '{veld}' in het antwoord — klopt de basis-URL?").format(
                veld=proef.verwacht
            ),
            status,
            duur,
        )
    return Testuitslag(api, True, _verbonden(duur), status, duur)


def _verbonden(duur: int) -> str:
    """``Verbonden (123 ms)``."""
    return tr("Verbonden ({duur} ms)").format(duur=duur)


def _status_uitslag(api: ApiNaam, e: ApiStatusError, duur: int) -> Testuitslag:
    code = e.status_code
    detail = _detail(e)
    if isinstance(e, NietGeautoriseerd):
        reden = (
            tr("de sleutel of het geheim klopt niet")
            if code == 401
            else tr("de sleutel of het geheim klopt niet, of deze sleutel heeft geen rechten")
        )
        melding = tr("Geen toegang: {reden} ({code})").format(reden=reden, code=code)
        return Testuitslag(api, False, melding + detail, code, duur)
    if isinstance(e, NietGevonden):
        if api in _KVK and isinstance(e.body, dict) and e.body.get("fout"):
            melding = tr("{verbonden}; de proefvraag vond niets").format(verbonden=_verbonden(duur))
            return Testuitslag(api, True, melding, code, duur)
        melding = tr("Niet gevonden (404): klopt de basis-URL?")
        return Testuitslag(api, False, melding + detail, code, duur)
    if isinstance(e, ServerFout):
        melding = tr("Serverfout ({code})").format(code=code)
        return Testuitslag(api, False, melding + detail, code, duur)
    melding = tr("Verzoek geweigerd ({code})").format(code=code)
    return Testuitslag(api, False, melding + detail, code, duur)


def _detail(e: ApiStatusError) -> str:
    """The server's own words, as the HTTP core put them after the first ': '."""
    _, _, detail = e.melding.partition(": ")
    return f" — {detail}" if detail else ""


def _oorzaken(e: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    x: BaseException | None = e
    while x is not None and x not in chain and len(chain) < 10:
        chain.append(x)
        x = x.__cause__ or x.__context__
    return chain


def _timeout_melding(e: ApiTimeout, instelling: ApiInstelling) -> str:
    if any(isinstance(x, httpx.ConnectTimeout) for x in _oorzaken(e)):
        connect = min(5.0, instelling.timeout_s)
        return tr("Time-out: geen verbinding binnen {n} s").format(n=seconden(connect))
    return tr("Time-out na {n} s").format(n=seconden(instelling.timeout_s))


def _verbindingsreden(e: ApiVerbindingsfout) -> str:
    for x in _oorzaken(e):
        if isinstance(x, ConnectionRefusedError):
            return tr("verbinding geweigerd")
        if isinstance(x, socket.gaierror):
            return tr("de servernaam is onbekend")
        if isinstance(x, ssl.SSLCertVerificationError):
            return tr("het certificaat klopt niet ({reden})").format(reden=x.verify_message)
        if isinstance(x, ssl.SSLError):
            return tr("de beveiligde verbinding (TLS) mislukte")
        if isinstance(x, httpx.UnsupportedProtocol):
            return tr("de basis-URL moet met https:// of http:// beginnen")
        if isinstance(x, httpx.RemoteProtocolError | ConnectionResetError):
            return tr("de server verbrak de verbinding")
    laatste = _oorzaken(e)[-1]
    return str(laatste) or type(laatste).__name__
