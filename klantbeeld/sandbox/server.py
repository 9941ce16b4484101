"""Runs the oefenomgeving on loopback with uvicorn, in a background thread or in front."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import uvicorn

from klantbeeld.sandbox.app import Sandbox
from klantbeeld.sandbox.endpoints import as_json, instellingen
from klantbeeld.services.werkplek.settings import ApiInstelling, ApiNaam


class SandboxServer:
    """An oefenomgeving served over real HTTP on 127.0.0.1; ``start()`` returns when it listens."""

    def __init__(self, sandbox: Sandbox, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sandbox = sandbox
        self.host = host
        self._port = port
        config = uvicorn.Config(
            sandbox.app,
            host=host,
            port=port,
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_keep_alive=30,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The port actually listened on (resolved when started on port 0)."""
        servers = getattr(self._server, "servers", None)
        if servers:
            sock = servers[0].sockets[0]
            return int(sock.getsockname()[1])
        return self._port

    @property
    def root(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://{self.host}:{self.port}"

    def endpoints(self) -> dict[ApiNaam, tuple[ApiInstelling, str]]:
        """Per API: settings and secret to reach this server."""
        return instellingen(self.root, self.sandbox.creds)

    def as_json(self) -> dict[str, Any]:
        """Base URLs and credentials of every API, as one JSON object."""
        return as_json(self.root, self.sandbox.creds)

    def start(self, timeout: float = 20.0) -> SandboxServer:
        """Serve in a daemon thread; returns once the socket listens."""
        self._thread = threading.Thread(target=self._run, name="oefenomgeving", daemon=True)
        self._thread.start()
        for _ in range(int(timeout * 100)):
            if self._server.started:
                return self
            if not self._thread.is_alive():
                break
            threading.Event().wait(0.01)
        raise RuntimeError("De oefenomgeving kon niet starten.")

    def _run(self) -> None:
        asyncio.run(self._server.serve())

    def stop(self) -> None:
        """Stop serving and close the store."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.sandbox.store.close()

    def serve_forever(self) -> None:
        """Serve in the foreground until interrupted."""
        self._server.run()
