"""Raw Klantinteracties clients for the oefenomgeving of the session or of one test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest


def klantinteracties_client(server: Any) -> httpx.Client:
    """A raw client on ``/klantinteracties/api/v1`` of ``server`` with its token."""
    token = server.sandbox.creds.klantinteracties_token
    return httpx.Client(
        base_url=server.root + "/klantinteracties/api/v1",
        headers={"Authorization": f"Token {token}"},
    )


@pytest.fixture
def http(sandbox_server: Any) -> Iterator[httpx.Client]:
    with klantinteracties_client(sandbox_server) as client:
        yield client


@pytest.fixture
def fresh_http(fresh_sandbox: Any) -> Iterator[httpx.Client]:
    with klantinteracties_client(fresh_sandbox) as client:
        yield client
