"""The base URL, auth kind and credentials of every API the oefenomgeving serves."""

from __future__ import annotations

from typing import Any

from klantbeeld.sandbox.common import Credentials
from klantbeeld.services.werkplek.settings import ApiInstelling, ApiNaam, AuthSoort

#: Path of each API under the oefenomgeving's root, as the specs' servers give them.
PATHS: dict[ApiNaam, str] = {
    ApiNaam.BRP: "/haalcentraal/api/brp",
    ApiNaam.KVK_ZOEKEN: "/kvk/api/v2",
    ApiNaam.KVK_BASISPROFIEL: "/kvk/api/v1",
    ApiNaam.ZAKEN: "/zaken/api/v1",
    ApiNaam.CATALOGI: "/catalogi/api/v1",
    ApiNaam.DOCUMENTEN: "/documenten/api/v1",
    ApiNaam.KLANTINTERACTIES: "/klantinteracties/api/v1",
    ApiNaam.BETALINGEN: "/betalingen/api/v1",
}


def auth_of(api: ApiNaam, creds: Credentials) -> tuple[AuthSoort, str, str]:
    """(auth kind, client id, secret) for one API."""
    if api in (ApiNaam.ZAKEN, ApiNaam.CATALOGI, ApiNaam.DOCUMENTEN):
        return AuthSoort.ZGW_JWT, creds.zgw_client_id, creds.zgw_secret
    if api is ApiNaam.KLANTINTERACTIES:
        return AuthSoort.TOKEN, "", creds.klantinteracties_token
    if api is ApiNaam.BETALINGEN:
        return AuthSoort.TOKEN, "", creds.betalingen_token
    if api in (ApiNaam.KVK_ZOEKEN, ApiNaam.KVK_BASISPROFIEL):
        return AuthSoort.APIKEY, "", creds.kvk_apikey
    return AuthSoort.API_KEY_HEADER, "", creds.brp_apikey


def instellingen(root: str, creds: Credentials) -> dict[ApiNaam, tuple[ApiInstelling, str]]:
    """Per API: the settings to reach it at ``root`` and its secret."""
    out: dict[ApiNaam, tuple[ApiInstelling, str]] = {}
    for api, path in PATHS.items():
        soort, client_id, secret = auth_of(api, creds)
        out[api] = (
            ApiInstelling(base_url=root.rstrip("/") + path, auth=soort, client_id=client_id),
            secret,
        )
    return out


def as_json(root: str, creds: Credentials) -> dict[str, Any]:
    """One JSON object with the base URL and the credentials of every API."""
    return {
        "root": root,
        "apis": {
            api.value: {
                "base_url": inst.base_url,
                "auth": inst.auth.value,
                "client_id": inst.client_id,
                "secret": secret,
            }
            for api, (inst, secret) in instellingen(root, creds).items()
        },
    }
