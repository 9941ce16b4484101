"""Auth headers per API: its spec's kind (ZGW JWT, Token, apikey) or the medewerker's own token."""

from __future__ import annotations

import time
from collections.abc import Callable

from klantbeeld.services.verbinding.errors import ConfiguratieFout, tr
from klantbeeld.services.werkplek.settings import AuthSoort

HeaderFactory = Callable[[], dict[str, str]]


def zgw_jwt(
    client_id: str, secret: str, *, user_id: str = "", user_representation: str = ""
) -> str:
    """An HS256 JWT with the claims the ZGW APIs (Open Zaak) read."""
    payload = {
        "iss": client_id,
        "iat": int(time.time()),
        "client_id": client_id,
        "user_id": user_id,
        "user_representation": user_representation,
    }
    import jwt  # loaded on first use: with cryptography it costs ~70 ms at start-up

    return jwt.encode(payload, secret, algorithm="HS256")


def header_factory(
    soort: AuthSoort,
    *,
    client_id: str = "",
    secret: str = "",
    user_id: str = "",
    user_representation: str = "",
    toegangstoken: Callable[[], str] | None = None,
) -> HeaderFactory:
    """A function giving the auth headers for one request (a JWT is renewed every minute).

    ``toegangstoken``: the signed-in medewerker's access token, asked per request (it is
    refreshed while the app runs); it raises when the sign-in has expired, and then no request
    goes out.
    """
    if soort is AuthSoort.GEBRUIKERSTOKEN:
        if toegangstoken is None:
            raise ConfiguratieFout(
                tr(
                    "Deze bron gebruikt het toegangstoken van de medewerker, maar er is geen "
                    "aanmelding ingesteld in dit profiel."
                )
            )
        token = toegangstoken
        return lambda: {"Authorization": f"Bearer {token()}"}
    if soort is AuthSoort.ZGW_JWT:
        cache: dict[str, tuple[float, str]] = {}

        def jwt_headers() -> dict[str, str]:
            now = time.monotonic()
            hit = cache.get("t")
            if hit is None or now - hit[0] > 60:
                hit = (
                    now,
                    zgw_jwt(
                        client_id, secret, user_id=user_id, user_representation=user_representation
                    ),
                )
                cache["t"] = hit
            return {"Authorization": f"Bearer {hit[1]}"}

        return jwt_headers
    if soort is AuthSoort.TOKEN:
        return lambda: {"Authorization": f"Token {secret}"}
    if soort is AuthSoort.APIKEY:
        return lambda: {"apikey": secret}
    if soort is AuthSoort.API_KEY_HEADER:
        return lambda: {"X-API-KEY": secret}
    return lambda: {}
