"""Secrets only in a secure keyring: none or a plaintext one is refused, with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from klantbeeld.services.werkplek import secrets
from klantbeeld.services.werkplek.secrets import SleutelbosFout, herstel_hint, onveilig
from tests.conftest import MemoryKeyring


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's PlaintextKeyring (same module, name and priority)."""

    priority = 0.5  # type: ignore[assignment]


PlaintextKeyring.__module__ = "keyrings.alt.file"


class EncryptedKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's EncryptedKeyring: asks its password on a terminal."""


EncryptedKeyring.__module__ = "keyrings.alt.file"


class Afgeraden(MemoryKeyring):
    """A backend keyring itself does not recommend."""

    priority = 0.2  # type: ignore[assignment]


class Keten(chainer.ChainerBackend):
    """keyring's chain of backends, with the members given (instead of the ones installed)."""

    leden: ClassVar[list[KeyringBackend]] = []

    @property  # type: ignore[misc]
    def backends(self) -> list[KeyringBackend]:
        return self.leden


@pytest.fixture
def sleutelbos() -> Iterator[None]:
    """Restore the test keyring after a test that sets another."""
    oud = keyring.get_keyring()
    yield
    keyring.set_keyring(oud)


def test_secrets_live_in_keyring() -> None:
    assert secrets.lees_geheim("test", "zaken") is None
    secrets.bewaar_geheim("test", "zaken", "s3cret")
    assert secrets.lees_geheim("test", "zaken") == "s3cret"
    secrets.wis_geheim("test", "zaken")
    secrets.wis_geheim("test", "zaken")  # twice is fine
    assert secrets.lees_geheim("test", "zaken") is None


def test_a_secret_under_its_schema_1_name_is_found_and_copied() -> None:
    secrets.bewaar_geheim("migratie", "catalogi", "oud-geheim")
    vroeger = ("zaken", "catalogi", "documenten")
    assert secrets.lees_geheim("migratie", "openzaak", vroeger=vroeger) == "oud-geheim"
    assert secrets.lees_geheim("migratie", "openzaak") == "oud-geheim"  # now under the new name
    secrets.bewaar_geheim("migratie", "openzaak", "nieuw")
    assert secrets.lees_geheim("migratie", "openzaak", vroeger=vroeger) == "nieuw"


@pytest.mark.parametrize(
    ("backend", "reden"),
    [
        (fail.Keyring(), "geen sleutelbos"),
        (null.Keyring(), "geen sleutelbos"),
        (PlaintextKeyring(), "onversleuteld"),
        (EncryptedKeyring(), "keyrings.alt"),
        (Afgeraden(), "afgeraden"),
    ],
)
def test_no_keyring_or_an_insecure_one_is_refused(
    sleutelbos: None, backend: KeyringBackend, reden: str
) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(SleutelbosFout, match=reden) as fout:
        secrets.bewaar_geheim("productie", "openzaak", "s3cret")
    assert fout.value.hint == herstel_hint()
    assert str(fout.value).endswith(fout.value.hint)
    with pytest.raises(SleutelbosFout):
        secrets.lees_geheim("productie", "openzaak")
    with pytest.raises(SleutelbosFout):
        secrets.controleer_sleutelbos()
    if isinstance(backend, MemoryKeyring):
        assert backend.values == {}  # nothing written in plain text


def test_a_chain_uses_only_its_secure_members(sleutelbos: None) -> None:
    veilig, plat = MemoryKeyring(), PlaintextKeyring()
    Keten.leden = [plat, veilig]
    keyring.set_keyring(Keten())
    secrets.bewaar_geheim("productie", "openzaak", "s3cret")
    assert veilig.values == {("klantbeeld", "productie:openzaak"): "s3cret"}
    assert plat.values == {}
    plat.values[("klantbeeld", "productie:brp")] = "uit-een-bestand"
    assert secrets.lees_geheim("productie", "brp") is None  # never read from plain text

    Keten.leden = [plat]
    with pytest.raises(SleutelbosFout, match="onversleuteld"):
        secrets.lees_geheim("productie", "openzaak")
    Keten.leden = []
    with pytest.raises(SleutelbosFout, match="geen sleutelbos"):
        secrets.controleer_sleutelbos()


def test_the_test_keyring_is_secure() -> None:
    assert onveilig(MemoryKeyring()) is None


@pytest.mark.parametrize(
    ("platform", "woorden"),
    [
        ("linux", ("Secret Service", "GNOME Sleutelbos", "KWallet", "ontgrendeld")),
        ("win32", ("Credential Manager", "Windows")),
        ("darwin", ("Keychain", "Sleutelhangertoegang")),
    ],
)
def test_the_fix_is_said_per_operating_system(platform: str, woorden: tuple[str, ...]) -> None:
    hint = herstel_hint(platform)
    for woord in woorden:
        assert woord in hint
    fout = SleutelbosFout("Er is geen sleutelbos gevonden.", platform=platform)
    assert fout.hint == hint
