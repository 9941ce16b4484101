"""A small hostile HTTP server of the tests' own on loopback: it answers what a test scripts.

Plain asyncio streams in a thread of its own, so it can do what no well-behaved framework does:
drip an answer two bytes at a time, send a body far past any cap, declare a huge
``Content-Length``, answer with ``Retry-After``. Every request that reaches it is recorded
(method, path, query, headers), so a test can assert what did *not* arrive: no
``Authorization``, no BSN. It only ever listens on a loopback address.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import ssl
import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.klantbeeld.composer import Klantbeeld, KlantbeeldComposer
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verbinding.http import NO_RETRY
from klantbeeld.services.werkplek.settings import ApiNaam


@dataclass(frozen=True)
class Verzoek:
    """One request as it reached the hostile server."""

    method: str
    pad: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    #: The request body as sent (for a handler that passes the request on).
    body: bytes = b""

    @property
    def doel(self) -> str:
        """Path and query as sent (to look for a BSN anywhere in it)."""
        rest = "&".join(f"{k}={v}" for k, vs in self.query.items() for v in vs)
        return f"{self.pad}?{rest}" if rest else self.pad


@dataclass
class Antwoord:
    """What to answer: status, headers and the body, as chunks with a pause before each."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    stukken: Iterable[bytes] = ()
    #: Seconds to wait before each chunk (a drip); 0: as fast as the socket takes it.
    pauze: float = 0.0
    #: Seconds to wait between the bytes of the status line and headers (a slow start).
    kop_pauze: float = 0.0

    @classmethod
    def json(cls, data: Any, status: int = 200, **headers: str) -> Antwoord:
        """A complete JSON answer with its Content-Length."""
        body = json.dumps(data).encode()
        kop = {"Content-Type": "application/json", "Content-Length": str(len(body))}
        return cls(status, {**kop, **headers}, [body])


#: What answers a request: at once, or (a proxy) after awaiting something in the server's loop.
Handler = Callable[[Verzoek], Antwoord | Awaitable[Antwoord]]

_REDENEN = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class VijandigeServer:
    """Serves ``handler``'s answers on ``host`` (loopback only) until ``stop()``."""

    def __init__(
        self, handler: Handler, *, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None
    ) -> None:
        assert host.startswith("127."), "a hostile test server only listens on loopback"
        self.handler = handler
        self.host = host
        self._tls = tls
        self.verzoeken: list[Verzoek] = []
        #: Body bytes written to clients in all (to show a reader stopped early).
        self.geschreven = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    @property
    def root(self) -> str:
        """``http://host:port`` (``https`` when serving TLS)."""
        return f"{'https' if self._tls else 'http'}://{self.host}:{self.port}"

    def start(self) -> VijandigeServer:
        """Listen; returns when the socket is bound."""
        self._thread.start()
        klaar = asyncio.run_coroutine_threadsafe(self._open(), self._loop)
        self.port = klaar.result(timeout=10)
        return self

    def stop(self) -> None:
        """Stop listening and end the thread."""

        async def sluit() -> None:
            if self._server is not None:
                self._server.close()
                for task in asyncio.all_tasks():
                    if task is not asyncio.current_task():
                        task.cancel()

        asyncio.run_coroutine_threadsafe(sluit(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def in_eigen_lus(self, aw: Coroutine[Any, Any, Any]) -> Any:
        """Run a coroutine in the server's own loop (to close what a handler opened there)."""
        return asyncio.run_coroutine_threadsafe(aw, self._loop).result(timeout=10)

    def __enter__(self) -> VijandigeServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    async def _open(self) -> int:
        self._server = await asyncio.start_server(self._verbinding, self.host, 0, ssl=self._tls)
        return int(self._server.sockets[0].getsockname()[1])

    async def _verbinding(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(
            ConnectionError, asyncio.IncompleteReadError, ssl.SSLError, asyncio.CancelledError
        ):
            try:
                while await self._een_verzoek(reader, writer):
                    pass
            finally:
                writer.close()

    async def _een_verzoek(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        regel = await reader.readline()
        if not regel:
            return False
        method, doel, _ = regel.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while (kop := await reader.readline()) not in (b"\r\n", b"\n", b""):
            naam, _, waarde = kop.decode("latin-1").partition(":")
            headers[naam.strip().lower()] = waarde.strip()
        body = b""
        if headers.get("content-length", "0").isdigit():
            body = await reader.readexactly(int(headers.get("content-length", "0")))
        delen = urlsplit(doel)
        verzoek = Verzoek(method, delen.path, parse_qs(delen.query), headers, body)
        self.verzoeken.append(verzoek)
        uitkomst = self.handler(verzoek)
        antwoord = await uitkomst if inspect.isawaitable(uitkomst) else uitkomst
        kop_tekst = f"HTTP/1.1 {antwoord.status} {_REDENEN.get(antwoord.status, 'X')}\r\n"
        kop_tekst += "".join(f"{k}: {v}\r\n" for k, v in antwoord.headers.items())
        chunked = "Content-Length" not in antwoord.headers
        if chunked:
            kop_tekst += "Transfer-Encoding: chunked\r\n"
        kop_bytes = (kop_tekst + "\r\n").encode("latin-1")
        if antwoord.kop_pauze:
            for i in range(0, len(kop_bytes), 2):
                writer.write(kop_bytes[i : i + 2])
                await writer.drain()
                await asyncio.sleep(antwoord.kop_pauze)
        else:
            writer.write(kop_bytes)
        for stuk in antwoord.stukken:
            if antwoord.pauze:
                await asyncio.sleep(antwoord.pauze)
            writer.write(f"{len(stuk):x}\r\n".encode() + stuk + b"\r\n" if chunked else stuk)
            await writer.drain()
            self.geschreven += len(stuk)
        if chunked:
            writer.write(b"0\r\n\r\n")
        await writer.drain()
        return True


def pagina(results: list[Any], *, count: int | None, next_url: str | None) -> Antwoord:
    """One page of a ZGW-style list."""
    data: dict[str, Any] = {"results": results, "next": next_url, "previous": None}
    if count is not None:
        data["count"] = count
    return Antwoord.json(data)


def veel_bytes(totaal: int, stuk: int = 64 * 1024) -> Iterator[bytes]:
    """``totaal`` bytes of a JSON string that never ends, in chunks of ``stuk``."""
    yield b'{"results": ["'
    geschreven = 0
    while geschreven < totaal:
        yield b"x" * stuk
        geschreven += stuk


def klantbeeld_met(oefen: Any, bsn: str, vervangen: dict[ApiNaam, str]) -> Klantbeeld:
    """A person's klantbeeld from the oefenomgeving, some APIs on other roots (a hostile one)."""

    async def main() -> Klantbeeld:
        endpoints = dict(oefen.endpoints())
        for api, root in vervangen.items():
            inst, geheim = endpoints[api]
            endpoints[api] = (inst.model_copy(update={"base_url": root}), geheim)
        v = maak_verbindingen(endpoints, retry=NO_RETRY)
        try:
            catalogi = v.get(ApiNaam.CATALOGI)
            composer = KlantbeeldComposer(v, CatalogusCache(catalogi) if catalogi else None)
            beeld = Klantbeeld("persoon", bsn)
            async for deel in composer.stream_persoon(bsn):
                beeld.neem_op(deel)
            return beeld
        finally:
            await v.aclose()

    return asyncio.run(main())
