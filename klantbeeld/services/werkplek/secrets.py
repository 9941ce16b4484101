"""Secrets (API keys, client secrets) only in a secure system keyring, with typed errors.

A keyring that keeps secrets in plain text or not at all is refused, with the reason and how to
fix it on this operating system (:class:`SleutelbosFout`): the ``keyring.backends.fail`` and
``null`` backends, everything from ``keyrings.alt`` (``PlaintextKeyring``, ``EncryptedKeyring``
that asks its password on a terminal, ...), any backend named plaintext, and any backend that
keyring itself does not recommend (priority below 1). In a chain of backends only the secure
ones are used.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding.errors import ConfiguratieFout

SERVICE = "klantbeeld"


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Sleutelbos")."""
    return vertaal("Sleutelbos", text)


def herstel_hint(platform: str | None = None) -> str:
    """How to get a working, secure keyring on ``platform`` (``sys.platform``), in plain words."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return tr(
            "Klantbeeld gebruikt Windows Referentiebeheer (Credential Manager), dat in Windows "
            "zit. Meld u aan met uw eigen Windows-account (niet als een andere gebruiker of "
            "dienst) en start Klantbeeld opnieuw; lukt het dan nog niet, vraag uw beheerder."
        )
    if platform == "darwin":
        return tr(
            "Klantbeeld gebruikt de macOS-sleutelhanger (Keychain). Ontgrendel de sleutelhanger "
            "'login' in Sleutelhangertoegang en start Klantbeeld opnieuw."
        )
    return tr(
        "Klantbeeld heeft een beveiligde sleutelbos (Secret Service) nodig. Installeer er een, "
        "bijvoorbeeld GNOME Sleutelbos (gnome-keyring) of KWallet, zorg dat die bij het "
        "aanmelden ontgrendeld wordt, en start Klantbeeld opnieuw."
    )


class SleutelbosFout(ConfiguratieFout):
    """The keyring is missing, locked or insecure; ``reden`` says which, ``hint`` how to fix."""

    def __init__(self, reden: str, *, platform: str | None = None) -> None:
        self.reden = reden
        self.hint = herstel_hint(platform)
        super().__init__(f"{reden} {self.hint}")


def _naam(backend: KeyringBackend) -> str:
    soort = type(backend)
    return f"{soort.__module__}.{soort.__name__}"


def onveilig(backend: KeyringBackend) -> str | None:
    """Why ``backend`` may not hold our secrets, in plain words; None when it may."""
    naam = _naam(backend)
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return tr("Er is geen sleutelbos gevonden ({naam}).").format(naam=naam)
    if "plaintext" in naam.lower():
        return tr("De sleutelbos {naam} bewaart geheimen onversleuteld in een bestand.").format(
            naam=naam
        )
    if module.startswith("keyrings.alt"):
        return tr("De sleutelbos {naam} is een minder veilige vervanger (keyrings.alt).").format(
            naam=naam
        )
    try:
        prioriteit = float(backend.priority)
    except Exception:  # a backend that cannot say whether it works
        return tr("De sleutelbos {naam} werkt hier niet.").format(naam=naam)
    if prioriteit < 1:
        return tr("De sleutelbos {naam} wordt door keyring zelf afgeraden.").format(naam=naam)
    return None


def _leden(backend: KeyringBackend) -> list[KeyringBackend] | None:
    """The backends of a chain (keyring's ChainerBackend), or None for a single backend."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        return list(backend.backends)
    return None


def sleutelbos() -> KeyringBackend:
    """The keyring backend our secrets go to; :class:`SleutelbosFout` when there is no safe one."""
    backend = keyring.get_keyring()
    leden = _leden(backend)
    if leden is None:
        reden = onveilig(backend)
        if reden:
            raise SleutelbosFout(reden)
        return backend
    veilig = [lid for lid in leden if onveilig(lid) is None]
    if veilig:
        return veilig[0]
    redenen = " ".join(r for lid in leden if (r := onveilig(lid)))
    raise SleutelbosFout(redenen or tr("Er is geen sleutelbos gevonden."))


def controleer_sleutelbos() -> None:
    """Raise :class:`SleutelbosFout` unless a secure keyring is there (before any real work)."""
    sleutelbos()


def _onbereikbaar(fout: KeyringError) -> str:
    return tr("De sleutelbos is niet bereikbaar: {fout}").format(fout=fout)


def _username(profiel: str, api: str) -> str:
    return f"{profiel}:{api}"


def lees_geheim(profiel: str, api: str, *, vroeger: Sequence[str] = ()) -> str | None:
    """The secret for ``api`` (a source or API name) in ``profiel``, or None when none is stored.

    ``vroeger``: names the secret had before (schema 1 kept one per API); the first found is
    copied to the new name and returned.
    """
    backend = sleutelbos()
    try:
        value: str | None = backend.get_password(SERVICE, _username(profiel, api))
        for oud in vroeger if value is None else ():
            value = backend.get_password(SERVICE, _username(profiel, oud))
            if value is not None:
                backend.set_password(SERVICE, _username(profiel, api), value)
                break
    except KeyringError as e:
        raise SleutelbosFout(_onbereikbaar(e)) from e
    return value


def bewaar_geheim(profiel: str, api: str, geheim: str) -> None:
    """Store the secret for ``api`` in ``profiel``."""
    backend = sleutelbos()
    try:
        backend.set_password(SERVICE, _username(profiel, api), geheim)
    except KeyringError as e:
        raise SleutelbosFout(
            tr("Het geheim kon niet in de sleutelbos: {fout}").format(fout=e)
        ) from e


def wis_geheim(profiel: str, api: str) -> None:
    """Remove the secret, if any."""
    backend = sleutelbos()
    try:
        backend.delete_password(SERVICE, _username(profiel, api))
    except PasswordDeleteError:
        pass
    except KeyringError as e:
        raise SleutelbosFout(_onbereikbaar(e)) from e
