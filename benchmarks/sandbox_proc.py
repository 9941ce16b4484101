"""Starts the oefenomgeving as a separate process for benchmarks and reliability runs."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import httpx

from klantbeeld.sandbox.common import Credentials
from klantbeeld.sandbox.endpoints import instellingen
from klantbeeld.services.werkplek.settings import ApiInstelling, ApiNaam


class SandboxProcess:
    """``python -m klantbeeld.sandbox --port 0 --json`` in a child process."""

    def __init__(self, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "klantbeeld.sandbox",
                "--port",
                "0",
                "--json",
                "--memory",
                *extra,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("De oefenomgeving startte niet.")
        self.info: dict[str, Any] = json.loads(line)
        self.root: str = self.info["root"]

    def endpoints(self) -> dict[ApiNaam, tuple[ApiInstelling, str]]:
        """Settings and secrets for every API of the child."""
        return instellingen(self.root, Credentials())

    def faults(self, **values: Any) -> dict[str, Any]:
        """Change fault injection / server model while it runs."""
        response = httpx.post(f"{self.root}/_oefen/faults", json=values, timeout=10)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def wacht_tot_klaar(self, timeout: float = 60.0) -> float:
        """Wait until the oefenomgeving's whole seed is built (the month of KCC traffic is
        added in steps after start); returns the seconds waited. Measure steady state after."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            status = httpx.get(f"{self.root}/_oefen/status", timeout=10).json()
            if status.get("seed_klaar", True):
                break
            time.sleep(0.05)
        return time.perf_counter() - start

    def stop(self) -> None:
        """End the child."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
