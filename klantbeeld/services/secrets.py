"""Secrets (API keys, client secrets) through keyring only, with typed errors."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

from klantbeeld.services.errors import ConfiguratieFout

SERVICE = "klantbeeld"


def _username(profiel: str, api: str) -> str:
    return f"{profiel}:{api}"


def lees_geheim(profiel: str, api: str) -> str | None:
    """The secret for ``api`` in ``profiel``, or None when none is stored."""
    try:
        value: str | None = keyring.get_password(SERVICE, _username(profiel, api))
    except KeyringError as e:
        raise ConfiguratieFout(f"De sleutelbos is niet bereikbaar: {e}") from e
    return value


def bewaar_geheim(profiel: str, api: str, geheim: str) -> None:
    """Store the secret for ``api`` in ``profiel``."""
    try:
        keyring.set_password(SERVICE, _username(profiel, api), geheim)
    except KeyringError as e:
        raise ConfiguratieFout(f"Het geheim kon niet in de sleutelbos: {e}") from e


def wis_geheim(profiel: str, api: str) -> None:
    """Remove the secret, if any."""
    try:
        keyring.delete_password(SERVICE, _username(profiel, api))
    except keyring.errors.PasswordDeleteError:
        pass
    except KeyringError as e:
        raise ConfiguratieFout(f"De sleutelbos is niet bereikbaar: {e}") from e
