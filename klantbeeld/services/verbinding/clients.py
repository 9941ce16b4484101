"""Builds and owns the one long-lived httpx client per API, from settings and secrets.

A real server is reached only over ``https://`` with its certificate checked against the
operating system's trust store (``truststore``: a municipal PC trusts the municipality's own CA
the way its browser does); ``http://`` or unchecked certificates only on loopback (the
oefenomgeving, tests). Anything else is refused here, before a client exists
(:class:`~klantbeeld.services.verbinding.errors.OnveiligeVerbinding`), whatever the settings said.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

import httpx
import truststore

from klantbeeld.services.apis.brp import Protocollering
from klantbeeld.services.verbinding.auth import header_factory
from klantbeeld.services.verbinding.errors import OnveiligeVerbinding
from klantbeeld.services.verbinding.http import ApiClient, Grenzen, RequestLog, RetryPolicy
from klantbeeld.services.werkplek.settings import BRON_NAMEN, ApiInstelling, ApiNaam, onveilig_adres
from klantbeeld.versie import user_agent

#: APIs that one real server (Open Zaak) serves together: they share its in-flight limit.
_FAMILIE = {
    ApiNaam.ZAKEN: "openzaak",
    ApiNaam.CATALOGI: "openzaak",
    ApiNaam.DOCUMENTEN: "openzaak",
    ApiNaam.KVK_ZOEKEN: "kvk",
    ApiNaam.KVK_BASISPROFIEL: "kvk",
}

#: Headers each API wants on every request (Open Zaak answers 412 without Accept-Crs).
_EXTRA_HEADERS: dict[ApiNaam, dict[str, str]] = {
    ApiNaam.ZAKEN: {"Accept-Crs": "EPSG:4326"},
}


@dataclass
class Verbindingen:
    """The API clients of one session; ``aclose()`` on quit."""

    clients: dict[ApiNaam, ApiClient] = field(default_factory=dict)
    #: The BRP's protocollering headers and the chosen doelbinding; None when none are asked.
    protocollering: Protocollering | None = None
    _http: list[httpx.AsyncClient] = field(default_factory=list)

    def get(self, api: ApiNaam) -> ApiClient | None:
        """The client of ``api``, or None when its source is off (``uit``) in the profile."""
        return self.clients.get(api)

    async def aclose(self) -> None:
        """Close every HTTP client."""
        for client in self._http:
            await client.aclose()
        self._http.clear()


def maak_verbindingen(
    endpoints: Mapping[ApiNaam, tuple[ApiInstelling, str]],
    *,
    log: RequestLog | None = None,
    retry: RetryPolicy | None = None,
    max_in_flight: int = 4,
    user_id: str = "",
    user_representation: str = "",
    transport: httpx.AsyncBaseTransport | None = None,
    grenzen: Grenzen | None = None,
    toegangstoken: Callable[[], str] | None = None,
) -> Verbindingen:
    """One ``httpx.AsyncClient`` and :class:`ApiClient` per configured API.

    Raises :class:`OnveiligeVerbinding` (plain Dutch) for an API outside loopback at
    ``http://`` or with certificate checks off. ``grenzen`` bounds what each client follows
    of a server's say-so; a request's deadline is never shorter than the API's own time-out.
    ``toegangstoken``: the signed-in medewerker's access token (auth kind ``gebruikerstoken``);
    ``user_id`` also fills the BRP's user header.
    """
    for api, (inst, _) in endpoints.items():
        reden = onveilig_adres(inst.base_url, tls_verifieren=inst.tls_verifieren)
        if reden:
            raise OnveiligeVerbinding(BRON_NAMEN[api], reden)
    result = Verbindingen()
    limiters: dict[tuple[str, str], asyncio.Semaphore] = {}
    grenzen = grenzen or Grenzen()
    # One TLS context for all clients: building one costs ~30 ms, and each client built its own.
    tls = tls_context()
    for api, (inst, secret) in endpoints.items():
        timeout = httpx.Timeout(inst.timeout_s, connect=min(5.0, inst.timeout_s))
        http = httpx.AsyncClient(
            timeout=timeout,
            limits=httpx.Limits(
                max_connections=max_in_flight * 2, max_keepalive_connections=max_in_flight
            ),
            transport=transport,
            follow_redirects=False,
            headers={"User-Agent": user_agent()},
            # Off only on loopback, where settings say so (checked above).
            verify=tls if inst.tls_verifieren else False,
        )
        result._http.append(http)
        key = (urlsplit(inst.base_url).netloc, _FAMILIE.get(api, api.value))
        limiter = limiters.setdefault(key, asyncio.Semaphore(max_in_flight))
        result.clients[api] = ApiClient(
            bron=BRON_NAMEN[api],
            base_url=inst.base_url,
            client=http,
            auth=header_factory(
                inst.auth,
                client_id=inst.client_id,
                secret=secret,
                user_id=user_id,
                user_representation=user_representation,
                toegangstoken=toegangstoken,
            ),
            extra_headers=_EXTRA_HEADERS.get(api),
            limiter=limiter,
            retry=retry,
            log=log,
            grenzen=replace(grenzen, deadline_s=max(grenzen.deadline_s, inst.timeout_s)),
            werkers=inst.werkers,
        )
        if inst.protocollering is not None:
            result.protocollering = Protocollering(inst.protocollering, lambda: user_id)
    return result


def tls_context() -> ssl.SSLContext:
    """Certificates checked against the operating system's trust store (hostname included)."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
