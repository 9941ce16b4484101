"""Fixtures of the services tests: an oefenomgeving holding one very large klantbeeld."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import TEST_VANDAAG
from tests.services.grote_persoon import GrotePersoon, voeg_toe


@pytest.fixture(scope="session")
def groot_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, GrotePersoon]]:
    """An oefenomgeving of its own with a person of 1,200 zaken and 2,500 klantcontacten."""
    from klantbeeld.sandbox.app import Sandbox
    from klantbeeld.sandbox.server import SandboxServer

    sandbox = Sandbox(
        db_path=tmp_path_factory.mktemp("groot") / "oefen.sqlite3", vandaag=TEST_VANDAAG
    )
    persoon = voeg_toe(sandbox.store)
    server = SandboxServer(sandbox).start()
    yield server, persoon
    server.stop()
