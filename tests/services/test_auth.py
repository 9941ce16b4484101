"""Auth headers as each spec declares them."""

from __future__ import annotations

import jwt

from klantbeeld.services.verbinding.auth import header_factory
from klantbeeld.services.werkplek.settings import AuthSoort


def test_zgw_jwt_claims_and_signature() -> None:
    headers = header_factory(
        AuthSoort.ZGW_JWT,
        client_id="kcc",
        secret="geheim-van-minstens-tweeendertig-tekens",
        user_id="mw01",
        user_representation="M. Medewerker",
    )()
    scheme, token = headers["Authorization"].split(" ", 1)
    assert scheme == "Bearer"
    claims = jwt.decode(token, "geheim-van-minstens-tweeendertig-tekens", algorithms=["HS256"])
    assert claims["iss"] == claims["client_id"] == "kcc"
    assert claims["user_id"] == "mw01"
    assert claims["user_representation"] == "M. Medewerker"
    assert isinstance(claims["iat"], int)


def test_other_schemes() -> None:
    assert header_factory(AuthSoort.TOKEN, secret="t")() == {"Authorization": "Token t"}
    assert header_factory(AuthSoort.APIKEY, secret="k")() == {"apikey": "k"}
    assert header_factory(AuthSoort.API_KEY_HEADER, secret="b")() == {"X-API-KEY": "b"}
    assert header_factory(AuthSoort.GEEN)() == {}
