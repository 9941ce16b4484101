"""The screenshot's wait for the oefenomgeving's month, over real HTTP on loopback."""

from __future__ import annotations

import socket
from typing import Any

import httpx

from klantbeeld.services.verbinding.oefenstatus import wacht_op_oefenmaand
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import run


def test_it_returns_once_the_oefenomgeving_has_its_month(sandbox_server: Any) -> None:
    instelling, _ = sandbox_server.endpoints()[ApiNaam.KLANTINTERACTIES]
    run(lambda: wacht_op_oefenmaand(instelling.base_url, 120))
    status = httpx.get(f"{sandbox_server.root}/_oefen/status", timeout=5).json()
    assert status["seed_klaar"] is True


def test_a_server_that_is_not_there_is_not_waited_for() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    # returns at once (connection refused) rather than polling until the timeout
    run(lambda: wacht_op_oefenmaand(f"http://127.0.0.1:{poort}/klantinteracties/api/v1", 3600))
