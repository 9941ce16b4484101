"""The one HTTP core every API client stands on: auth, limits, retries, pages, typed errors.

One long-lived ``httpx.AsyncClient`` per API (passed in, so tests and the app own its life),
at most ``max_in_flight`` requests in flight per server, retries only for idempotent requests
(connect errors, timeouts, 408/429/5xx, exponential backoff with capped jitter, Retry-After
honoured), and every failure raised as an :class:`~klantbeeld.services.verbinding.errors.ApiError`
naming the source.

What a server says never takes us further than the client was configured for:

- **Where**: a request only ever goes to the API's own root (scheme, host, port and path
  prefix of ``base_url``). A URL a server hands us (``next``, ``inhoud``, a resource URL) that
  points anywhere else is refused before anything is sent (:class:`VreemdAdres`): no
  credential and no query (a BSN, a phone number) leaves for a host nobody configured.
- **How much**: one answer is read as a stream and dropped past :attr:`Grenzen.antwoord_bytes`;
  a list stops at :attr:`Grenzen.lijst_items` items, :attr:`Grenzen.lijst_paginas` pages or
  :attr:`Grenzen.lijst_bytes` bytes (:class:`GrensBereikt`), and a ``count`` above that is
  refused before a single further page is planned.
- **How long**: one logical request (connect, read and every retry together) has a deadline
  (:attr:`Grenzen.deadline_s`); a server that drips its answer is cut off there, and a
  ``Retry-After`` longer than what is left means giving up at once, saying so.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import json
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx
from pydantic import BaseModel

from klantbeeld.services import taal
from klantbeeld.services.verbinding import tracecontext
from klantbeeld.services.verbinding.auth import HeaderFactory
from klantbeeld.services.verbinding.errors import (
    ApiStatusError,
    ApiTimeout,
    ApiVerbindingsfout,
    GrensBereikt,
    NietGeautoriseerd,
    NietGevonden,
    OngeldigAntwoord,
    OngeldigVerzoek,
    ServerFout,
    VreemdAdres,
    tr,
)

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
#: The largest page both real servers serve (Open Klant caps a larger ``pageSize`` to this).
MAX_PAGE_SIZE = 500
Params = Mapping[str, str | int | list[str]]
T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

#: The most items Klantbeeld reads of one list (all its pages together).
MAX_LIJST_ITEMS = 50_000
#: The most bytes all pages of one list may hold together.
MAX_LIJST_BYTES = 100 * 1024 * 1024
#: The most pages one list may take (a server serving one item a page stops here).
MAX_LIJST_PAGINAS = 2_000
#: The largest single JSON answer read; past it the stream is closed.
MAX_ANTWOORD_BYTES = 32 * 1024 * 1024
#: The largest document download.
MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024
#: How long one logical request may take: connect, read and every retry together.
DEADLINE_S = 30.0
#: The same for a document download.
DOWNLOAD_DEADLINE_S = 120.0


@dataclass(frozen=True)
class Grenzen:
    """How much of a server's say-so one client follows: bytes, items, pages and time."""

    lijst_items: int = MAX_LIJST_ITEMS
    lijst_bytes: int = MAX_LIJST_BYTES
    lijst_paginas: int = MAX_LIJST_PAGINAS
    antwoord_bytes: int = MAX_ANTWOORD_BYTES
    download_bytes: int = MAX_DOWNLOAD_BYTES
    deadline_s: float = DEADLINE_S
    download_deadline_s: float = DOWNLOAD_DEADLINE_S


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying an idempotent request again."""

    max_retries: int = 2
    initial_delay: float = 0.25
    max_delay: float = 4.0
    max_jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})

    def should_retry(self, attempt: int, *, status: int | None = None) -> bool:
        """True if attempt number ``attempt`` (0-based) may be followed by another."""
        if attempt >= self.max_retries:
            return False
        return status is None or status in self.retry_statuses

    def delay(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait before the next try; a server's readable Retry-After wins.

        However long it asks: the request's deadline decides whether waiting is worth it.
        """
        seconds = retry_after_s(retry_after)
        if seconds is not None:
            return seconds
        base: float = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return base + self.jitter()

    def jitter(self) -> float:
        """Random extra wait, in its own method so tests can pin it."""
        return float(random.uniform(0, self.max_jitter))


NO_RETRY = RetryPolicy(max_retries=0)


def retry_after_s(header: str | None, *, nu: float | None = None) -> float | None:
    """The wait a ``Retry-After`` header asks, in seconds (delta or HTTP date); None if unread."""
    if not header:
        return None
    try:
        seconds = float(header)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            return None
        seconds = moment.timestamp() - (time.time() if nu is None else nu)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


@dataclass
class RequestRecord:
    """One request as it happened, for benchmarks and diagnostics (no personal data)."""

    bron: str
    method: str
    path: str
    issued: float
    started: float = 0.0
    ended: float = 0.0
    status: int | None = None
    attempts: int = 0
    depth: int = 1  # 1 + the deepest request this one had to wait for (see RequestLog)


@dataclass
class RequestLog:
    """Collects :class:`RequestRecord` s of every client it is given to."""

    records: list[RequestRecord] = field(default_factory=list)

    def clear(self) -> None:
        """Forget what was recorded."""
        self.records.clear()

    def critical_path_depth(self) -> int:
        """The longest chain of requests that had to wait on each other.

        Causal, not by the clock: a request's depth is one more than the deepest request
        whose answer the code issuing it had awaited (tracked per task in a context
        variable, and carried from fetched pages back to the code that asked for them).
        """
        return max((r.depth for r in self.records), default=0)


class ApiClient:
    """HTTP access to one API: JSON in and out, pages, limits, retries, typed errors."""

    def __init__(
        self,
        *,
        bron: str,
        base_url: str,
        client: httpx.AsyncClient,
        auth: HeaderFactory | None = None,
        extra_headers: Mapping[str, str] | None = None,
        limiter: asyncio.Semaphore | None = None,
        max_in_flight: int = 4,
        retry: RetryPolicy | None = None,
        log: RequestLog | None = None,
        grenzen: Grenzen | None = None,
        werkers: int = 1,
    ) -> None:
        self.bron = bron
        self.base_url = base_url.rstrip("/")
        #: How many requests the server handles side by side (its worker processes).
        self.werkers = max(1, werkers)
        self.grenzen = grenzen or Grenzen()
        self._eigen = _Oorsprong.van(self.base_url)
        self._client = client
        self._auth = auth or (lambda: {})
        self._headers = dict(extra_headers or {})
        self._limiter = limiter or asyncio.Semaphore(max_in_flight)
        self._retry = retry or RetryPolicy()
        self.log = log

    # -- URLs -------------------------------------------------------------------------------

    def url(self, path: str) -> str:
        """An absolute URL for ``path``, always under this API's own root.

        An absolute URL (one a server handed us) passes only when it lies under ``base_url``
        (same scheme, host and port, and the same path prefix); anything else raises
        :class:`VreemdAdres` and nothing is sent.
        """
        url = path if _is_absoluut(path) else f"{self.base_url}/{path.lstrip('/')}"
        if not self.is_eigen(url):
            raise VreemdAdres(
                self.bron,
                tr(
                    "de server verwees naar {adres}, buiten {eigen}; "
                    "daar stuurt Klantbeeld niets heen"
                ).format(adres=_zonder_pad(url), eigen=self._eigen.tekst),
                url=_zonder_query(url),
            )
        return url

    def lijstteller(self, path: str) -> Lijstteller:
        """A fresh count of one list's pages, items and bytes against :attr:`grenzen`."""
        return Lijstteller(self, path)

    def is_eigen(self, url: str) -> bool:
        """True when ``url`` lies under this API's root (scheme, host, port and path prefix)."""
        return self._eigen.bevat(url)

    def uuid_of(self, url: str) -> str:
        """The last path segment of a resource URL."""
        return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]

    # -- requests ---------------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        expect_json: bool = True,
        max_bytes: int | None = None,
        deadline_s: float | None = None,
    ) -> httpx.Response:
        """Send one request with retries (idempotent only) and map failures to ApiError.

        The body is read as a stream up to ``max_bytes`` (:attr:`Grenzen.antwoord_bytes`);
        everything, retries included, ends within ``deadline_s`` (:attr:`Grenzen.deadline_s`)
        from the moment the first try gets its turn at the server.
        """
        if idempotent is None:
            idempotent = method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
        url = self.url(path)
        query = _flatten(params)
        cap = max_bytes or self.grenzen.antwoord_bytes
        budget = deadline_s or self.grenzen.deadline_s
        record = RequestRecord(
            self.bron, method, urlsplit(url).path, time.perf_counter(), depth=_keten.get() + 1
        )
        if self.log is not None:
            self.log.records.append(record)
        klok = asyncio.get_running_loop().time
        einde: float | None = None  # set when the first try gets its turn at the server

        def over() -> float:
            return budget if einde is None else einde - klok()

        attempt = 0
        while True:
            record.attempts = attempt + 1
            all_headers = {"Accept": "application/json", **self._headers, **self._auth()}
            all_headers.update(tracecontext.headers())  # the verwerking this belongs to
            if headers:
                all_headers.update(headers)
            verzoek = self._client.build_request(
                method, url, params=query, json=json_body, headers=all_headers
            )
            try:
                async with self._limiter:
                    if einde is None:
                        einde = klok() + budget
                    record.started = time.perf_counter()
                    response = await self._verstuur(verzoek, cap, over())
                    record.ended = time.perf_counter()
            except GrensBereikt:
                record.ended = time.perf_counter()
                raise
            except _Verlopen as e:
                record.ended = time.perf_counter()
                raise ApiTimeout(
                    self.bron,
                    tr("de server antwoordde niet binnen {n} s").format(n=seconden(budget)),
                    url=url,
                ) from e.__cause__
            except httpx.DecodingError as e:  # e.g. "gzip" that is not: a broken answer
                record.ended = time.perf_counter()
                raise OngeldigAntwoord(
                    self.bron, tr("het antwoord kon niet worden uitgepakt"), url=_zonder_query(url)
                ) from e
            except httpx.RequestError as e:  # timeouts, transport errors, redirects
                record.ended = time.perf_counter()
                wacht = self._retry.delay(attempt)
                if idempotent and self._retry.should_retry(attempt) and wacht < over():
                    await asyncio.sleep(wacht)
                    attempt += 1
                    continue
                if isinstance(e, httpx.TimeoutException):
                    raise ApiTimeout(
                        self.bron, tr("de server antwoordde niet op tijd"), url=url
                    ) from e
                soort = type(e).__name__
                raise ApiVerbindingsfout(
                    self.bron, tr("niet bereikbaar ({soort})").format(soort=soort), url=url
                ) from e
            record.status = response.status_code
            _keten.set(max(_keten.get(), record.depth))
            if response.status_code < 400:
                return response
            if idempotent and self._retry.should_retry(attempt, status=response.status_code):
                gevraagd = retry_after_s(response.headers.get("Retry-After"))
                wacht = gevraagd if gevraagd is not None else self._retry.delay(attempt)
                if wacht < over():
                    await asyncio.sleep(wacht)
                    attempt += 1
                    continue
                if gevraagd is not None:
                    raise self._status_error(
                        response,
                        url,
                        tr(
                            "de server vraagt {gevraagd} s te wachten, langer dan de "
                            "{budget} s die een verzoek mag duren; Klantbeeld stopt nu"
                        ).format(gevraagd=f"{gevraagd:.0f}", budget=seconden(budget)),
                    )
            raise self._status_error(response, url)

    async def _verstuur(self, verzoek: httpx.Request, cap: int, over: float) -> httpx.Response:
        """One try: send, read the body as a stream up to ``cap`` bytes, all within ``over`` s."""
        if over <= 0:
            raise _Verlopen
        try:
            async with asyncio.timeout(over):
                response = await self._client.send(verzoek, stream=True)
                try:
                    lengte = response.headers.get("Content-Length", "")
                    if lengte.isdigit() and int(lengte) > cap:
                        raise self._te_groot(cap, str(verzoek.url))
                    delen: list[bytes] = []
                    gelezen = 0
                    async for deel in response.aiter_bytes():
                        gelezen += len(deel)
                        if gelezen > cap:
                            raise self._te_groot(cap, str(verzoek.url))
                        delen.append(deel)
                finally:
                    await response.aclose()
        except TimeoutError as e:
            raise _Verlopen from e
        # The body read within our bounds is the response's content, as ``aread()`` would set it.
        response._content = b"".join(delen)
        return response

    def _te_groot(self, cap: int, url: str) -> GrensBereikt:
        return GrensBereikt(
            self.bron,
            tr("het antwoord is groter dan {grootte}; Klantbeeld leest het niet verder").format(
                grootte=_mb(cap)
            ),
            url=_zonder_query(url),
        )

    async def get_json(
        self, path: str, *, params: Params | None = None, headers: Mapping[str, str] | None = None
    ) -> Any:
        """GET and parse JSON."""
        response = await self.request("GET", path, params=params, headers=headers)
        return self._json(response)

    async def post_json(
        self,
        path: str,
        body: Any,
        *,
        params: Params | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = False,
    ) -> Any:
        """POST JSON and parse the JSON answer (not retried unless ``idempotent``)."""
        response = await self.request(
            "POST", path, params=params, json_body=body, headers=headers, idempotent=idempotent
        )
        return self._json(response)

    async def patch_json(
        self, path: str, body: Any, *, headers: Mapping[str, str] | None = None
    ) -> Any:
        """PATCH JSON and parse the answer (not retried)."""
        response = await self.request(
            "PATCH", path, json_body=body, headers=headers, idempotent=False
        )
        return self._json(response)

    async def get_bytes(self, path: str, *, headers: Mapping[str, str] | None = None) -> bytes:
        """GET binary content (a document download), within the download's own bounds."""
        response = await self.request(
            "GET",
            path,
            headers={"Accept": "*/*", **(headers or {})},
            max_bytes=self.grenzen.download_bytes,
            deadline_s=self.grenzen.download_deadline_s,
        )
        return response.content

    # -- pages ------------------------------------------------------------------------------

    async def iter_pages(
        self,
        path: str,
        *,
        params: Params | None = None,
        page_size: int = MAX_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
        page_size_param: str = "pageSize",
        concurrent: bool = True,
    ) -> AsyncIterator[list[Any]]:
        """Yield each page's ``results`` in order, to the list's end whatever the server's cap.

        A server may serve fewer items per page than asked (Open Klant caps ``pageSize`` at 500
        without a word and its ``next`` link keeps the size asked), so the real page size is
        the length of the first page. The first page tells ``count``; the other pages are then
        known and requested together (bounded by the per-server limit) at that real size, never
        past the last one. A list that grew meanwhile is read on by ``next``; one that shrank
        ends at the first page no longer there (``404``). With ``concurrent=False`` pages are
        followed one by one by ``next`` (for "stop past a date").

        Bounded by :class:`Grenzen`: a ``count`` past ``lijst_items`` (when reading the whole
        list) or a plan past ``lijst_paginas`` raises :class:`GrensBereikt` before any further
        page is asked; so does passing ``lijst_items``, ``lijst_paginas`` or ``lijst_bytes``
        while reading. Every ``next`` must lie under the API's own root (:meth:`url`).
        """
        base = dict(params or {})
        base[page_size_param] = page_size
        teller = self.lijstteller(path)
        first = await self._pagina(teller, path, base, headers)
        results, count, next_url = _page_parts(self.bron, first)
        if count is not None and concurrent:  # read whole: a count past the bound ends it here
            teller.controleer_count(count)
        yield results
        if next_url and concurrent and count is not None and results:
            base[page_size_param] = len(results)
            eerste = _page_number(next_url) or 2
            laatste = aantal_paginas(count, len(results))
            teller.controleer_paginas(laatste)
            tasks = [
                asyncio.ensure_future(self._pagina(teller, path, {**base, "page": n}, headers))
                for n in range(eerste, laatste + 1)
            ]
            try:
                for task in tasks:
                    try:
                        page = await task
                    except NietGevonden:  # the list shrank meanwhile: it ends here
                        return
                    results, _, next_url = _page_parts(self.bron, page)
                    yield results
            finally:
                for task in tasks:
                    task.cancel()
        while next_url:  # one by one, or the list grew meanwhile
            if not isinstance(next_url, str):
                raise OngeldigAntwoord(self.bron, tr("de link naar de volgende pagina is geen URL"))
            try:
                page = await self._pagina(teller, next_url, None, headers)
            except NietGevonden:  # the list shrank meanwhile: it ends here
                return
            results, _, next_url = _page_parts(self.bron, page)
            yield results

    async def _pagina(
        self,
        teller: Lijstteller,
        path: str,
        params: Params | None,
        headers: Mapping[str, str] | None,
    ) -> Any:
        """One page of a list, counted against the list's bounds."""
        teller.volgende_pagina()
        response = await self.request("GET", path, params=params, headers=headers)
        page = self._json(response)
        results = page.get("results") if isinstance(page, dict) else page
        teller.tel(len(results) if isinstance(results, list) else 0, len(response.content))
        return page

    async def get_page(
        self,
        path: str,
        *,
        page: int,
        page_size: int,
        params: Params | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> list[Any]:
        """The ``results`` of one page (for :func:`lees_in_delen`).

        The server may serve fewer than ``page_size`` (its cap); page ``n`` is then the n-th
        page of the size it serves.
        """
        query = {**(params or {}), "page": page, "pageSize": page_size}
        results, _, _ = _page_parts(
            self.bron, await self.get_json(path, params=query, headers=headers)
        )
        return results

    async def list_all(
        self,
        path: str,
        *,
        params: Params | None = None,
        page_size: int = MAX_PAGE_SIZE,
        headers: Mapping[str, str] | None = None,
    ) -> list[Any]:
        """Every item of a paginated list."""
        items: list[Any] = []
        async for page in self.iter_pages(
            path, params=params, page_size=page_size, headers=headers
        ):
            items.extend(page)
        return items

    # -- helpers ----------------------------------------------------------------------------

    def _json(self, response: httpx.Response) -> Any:
        try:
            return lees_json(response.content)
        except OngeldigeJson as e:
            raise OngeldigAntwoord(
                self.bron,
                tr("het antwoord is geen geldige JSON"),
                url=_zonder_query(str(response.url)),
            ) from e

    def _status_error(
        self, response: httpx.Response, url: str, toelichting: str = ""
    ) -> ApiStatusError:
        body = _error_body(response)
        status = response.status_code
        detail = _error_text(body)
        cls: type[ApiStatusError]
        if status in (401, 403):
            cls, melding = NietGeautoriseerd, tr("geen toegang (inloggegevens of rechten)")
        elif status == 404:
            cls, melding = NietGevonden, tr("niet gevonden")
        elif status >= 500:
            cls, melding = ServerFout, tr("serverfout ({status})").format(status=status)
        else:
            cls, melding = OngeldigVerzoek, tr("verzoek geweigerd ({status})").format(status=status)
        if detail:
            melding = f"{melding}: {detail}"
        if toelichting:
            melding = f"{melding}; {toelichting}"
        return cls(self.bron, melding, status_code=status, body=body, url=url)


class _Verlopen(Exception):
    """A logical request's deadline passed (internal; raised as :class:`ApiTimeout`)."""


@dataclass(frozen=True)
class _Oorsprong:
    """Scheme, host, port and path prefix of an API root: where its credential may go."""

    scheme: str
    host: str
    port: int | None
    pad: str

    @classmethod
    def van(cls, url: str) -> _Oorsprong:
        u = httpx.URL(url)
        return cls(u.scheme, u.host.lower(), _poort(u), u.path.rstrip("/"))

    @property
    def tekst(self) -> str:
        poort = f":{self.port}" if self.port is not None else ""
        return f"{self.scheme}://{self.host}{poort}{self.pad}"

    def bevat(self, url: str) -> bool:
        try:
            u = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError):
            return False
        if u.scheme != self.scheme or u.host.lower() != self.host or _poort(u) != self.port:
            return False
        if u.userinfo:
            return False
        pad = u.path  # httpx has resolved "." and ".." segments
        return pad == self.pad or pad.startswith(f"{self.pad}/") or (not self.pad and not pad)


_STANDAARDPOORT = {"http": 80, "https": 443}


def _poort(u: httpx.URL) -> int | None:
    return u.port if u.port is not None else _STANDAARDPOORT.get(u.scheme)


def _is_absoluut(path: str) -> bool:
    return "://" in path.split("?", 1)[0] or path.startswith("//")


def _zonder_query(url: str) -> str:
    return url.split("?", 1)[0].split("#", 1)[0]


def _zonder_pad(url: str) -> str:
    """``scheme://host:port`` of a URL: never its path or query (they may hold a BSN)."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    poort = f":{parts.port}" if _veilige_poort(parts) else ""
    return f"{parts.scheme}://{host}{poort}" if parts.scheme else host


def _veilige_poort(parts: Any) -> bool:
    try:
        return parts.port is not None
    except ValueError:
        return False


def _mb(n: int) -> str:
    """A size as a reader says it: ``32 MB``, ``1,5 MB`` (English ``1.5 MB``), ``195 kB``."""
    mb = 1024 * 1024
    if n >= mb:
        tekst = taal.getal(n // mb) if n % mb == 0 else taal.decimaal(n / mb, 1)
        return f"{tekst} MB"
    return f"{round(n / 1024)} kB" if n >= 1024 else f"{n} bytes"


def seconden(aantal: float) -> str:
    """A number of seconds as the screen writes it: ``30``, ``2,5`` (English ``2.5``)."""
    tekst = f"{aantal:g}"
    return tekst if "." not in tekst else taal.decimaal(aantal, len(tekst.split(".")[1]))


class Lijstteller:
    """Counts one list's pages, items and bytes against the client's :class:`Grenzen`."""

    def __init__(self, api: ApiClient, path: str) -> None:
        self._api = api
        self._url = _zonder_query(path)
        self._grenzen = api.grenzen
        self.paginas = 0
        self.items = 0
        self.bytes = 0

    def _stop(self, wat: str) -> GrensBereikt:
        return GrensBereikt(
            self._api.bron,
            tr(
                "de lijst is te groot: {wat}; Klantbeeld leest hem niet verder. "
                "Zoek gerichter, of meld het aan de beheerder."
            ).format(wat=wat),
            url=self._url,
        )

    def controleer_count(self, count: int) -> None:
        """Raise when the list says it holds more items than are read."""
        if count > self._grenzen.lijst_items:
            raise self._stop(
                tr("de server meldt {aantal} resultaten, hoogstens {grens} worden gelezen").format(
                    aantal=taal.getal(count), grens=taal.getal(self._grenzen.lijst_items)
                )
            )

    def controleer_paginas(self, aantal: int) -> None:
        """Raise when reading the list would take more than its bound of pages."""
        if aantal > self._grenzen.lijst_paginas:
            raise self._stop(
                tr("{aantal} pagina's, hoogstens {grens} worden gelezen").format(
                    aantal=taal.getal(aantal), grens=taal.getal(self._grenzen.lijst_paginas)
                )
            )

    def volgende_pagina(self) -> None:
        """Count one more page asked (raises past the bound)."""
        self.paginas += 1
        self.controleer_paginas(self.paginas)

    def tel(self, items: int, nbytes: int) -> None:
        """Count a page's items and bytes (raises past either bound)."""
        self.items += items
        self.bytes += nbytes
        if self.items > self._grenzen.lijst_items:
            grens = taal.getal(self._grenzen.lijst_items)
            raise self._stop(tr("meer dan {grens} resultaten").format(grens=grens))
        if self.bytes > self._grenzen.lijst_bytes:
            raise self._stop(tr("meer dan {grens}").format(grens=_mb(self._grenzen.lijst_bytes)))


#: Depth of the deepest request the current task has awaited (for the critical path).
_keten: contextvars.ContextVar[int] = contextvars.ContextVar("klantbeeld_keten", default=0)


async def _met_keten(aw: Awaitable[Any]) -> tuple[Any, int]:
    """Await in a task of its own and hand back the chain depth reached there."""
    result = await aw
    return result, _keten.get()


def aantal_paginas(count: int, per_page: int) -> int:
    """How many pages of ``per_page`` items hold ``count`` items: the last page, never one past."""
    return max(1, -(-count // max(1, per_page)))


async def lees_in_delen(
    haal: Callable[[int, int], Awaitable[Sequence[T]]],
    bekend: Sequence[T],
    *,
    delen: int,
    sleutel: Callable[[T], Hashable],
    max_page_size: int = MAX_PAGE_SIZE,
    max_paginas: int = MAX_LIJST_PAGINAS,
) -> list[T]:
    """Read a list again in about ``delen`` concurrent pages; ``bekend`` is what it just held.

    ``haal(page, page_size)`` fetches one page (e.g. the same list with more expanded). Every
    item arrives, whatever the server's cap:

    - a page is asked at most ``max_page_size`` long (both real servers cap at 500), so a long
      list takes more pages than ``delen``;
    - when the server serves fewer than asked, the real page size is what came back, and the
      rest is read at that size;
    - pages are planned from ``len(bekend)``, never past the last one; a list that grew
      meanwhile (an item of ``bekend`` still missing after a full last page) is read on page by
      page; one that shrank ends at the first page no longer there (``404``).

    Items seen twice (the list shifted between pages) are kept once, in list order.
    """
    count = len(bekend)
    if count == 0:
        return []
    size = max(1, min(-(-count // max(1, delen)), max_page_size))
    pages, einde = await _paginas(haal, 1, aantal_paginas(count, size), size)
    echt = len(pages[0]) if pages else size
    if not einde and 0 < echt < size and count > echt:  # the server serves fewer: read the rest
        size = echt
        meer, einde = await _paginas(haal, len(pages) + 1, aantal_paginas(count, size), size)
        pages.extend(meer)
    gezien: set[Hashable] = set()
    result: list[T] = []

    def neem(page: Sequence[T]) -> None:
        for item in page:
            key = sleutel(item)
            if key not in gezien:
                gezien.add(key)
                result.append(item)

    for page in pages:
        neem(page)
    ontbreekt = {sleutel(item) for item in bekend} - gezien
    # A list that "grows" without end (a server making up new items) is read no further than
    # ``max_paginas`` pages in all: what it held at the start is what counts.
    while ontbreekt and not einde and pages and len(pages[-1]) >= size and len(pages) < max_paginas:
        meer, einde = await _paginas(haal, len(pages) + 1, len(pages) + 1, size)
        if not meer or not meer[0]:
            break
        pages.extend(meer)
        neem(meer[0])
        ontbreekt.difference_update(sleutel(item) for item in meer[0])
    return result


async def _paginas(
    haal: Callable[[int, int], Awaitable[Sequence[T]]], eerste: int, laatste: int, size: int
) -> tuple[list[Sequence[T]], bool]:
    """Pages ``eerste``..``laatste`` concurrently, in order, up to the first past the end.

    The flag is True when a page after the first was no longer there (``404``: the list
    shrank meanwhile); a ``404`` on page 1 is a real error and raised.
    """
    uitkomsten = await asyncio.gather(
        *(haal(n, size) for n in range(eerste, laatste + 1)), return_exceptions=True
    )
    pages: list[Sequence[T]] = []
    for n, uitkomst in enumerate(uitkomsten, start=eerste):
        if isinstance(uitkomst, NietGevonden) and n > 1:
            return pages, True
        if isinstance(uitkomst, BaseException):
            raise uitkomst
        pages.append(uitkomst)
    return pages, False


def _flatten(params: Params | None) -> dict[str, str | int] | None:
    if params is None:
        return None
    out: dict[str, str | int] = {}
    for key, value in params.items():
        out[key] = ",".join(value) if isinstance(value, list) else value
    return out


class OngeldigeJson(ValueError):
    """Bytes that are not the JSON a server may send (internal; see :func:`lees_json`)."""


def _geen_getal(literal: str) -> Any:
    raise OngeldigeJson(f"{literal} is geen JSON-getal")


def lees_json(inhoud: bytes) -> Any:
    """Parse a server's answer as strict JSON (RFC 8259), raising only :class:`OngeldigeJson`.

    No ``NaN``/``Infinity`` (Python's parser would take them), no invalid UTF-8, and nesting
    too deep for the parser (``[[[…]]]`` 100,000 deep raises ``RecursionError``) is a broken
    answer like any other, not a crash. A UTF-8 byte order mark is allowed.
    """
    try:
        return json.loads(inhoud, parse_constant=_geen_getal)
    except (ValueError, RecursionError) as e:  # UnicodeDecodeError is a ValueError
        raise OngeldigeJson(str(e)[:200]) from e


def valideer(model: type[M], data: Any, bron: str, wat: str | None = None) -> M:
    """``model.model_validate(data)``; anything unreadable raises :class:`OngeldigAntwoord`.

    The one way a client turns an item of a server's answer into a model: whatever the item
    is (not an object, wrong types, nested past the validator's depth), the failure names the
    source and is never an exception the composer would take for a bug.
    """
    try:
        return model.model_validate(data)
    except (ValueError, TypeError, RecursionError) as e:  # pydantic's ValidationError too
        raise OngeldigAntwoord(
            bron, tr("onverwacht antwoord ({wat})").format(wat=wat or model.__name__)
        ) from e


def _page_parts(bron: str, page: Any) -> tuple[list[Any], int | None, str | None]:
    """``results``, ``count`` (None when not a count: absent, negative, not a whole number)
    and ``next`` of one page; a page that is not a list, or whose ``next`` is not a URL,
    raises :class:`OngeldigAntwoord`."""
    if isinstance(page, list):  # some endpoints answer an unpaginated list
        return page, len(page), None
    if not isinstance(page, dict) or not isinstance(page.get("results"), list):
        raise OngeldigAntwoord(bron, tr("het antwoord is geen lijst met resultaten"))
    count = page.get("count")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        count = None
    next_url = page.get("next")
    if next_url is not None and not isinstance(next_url, str):
        raise OngeldigAntwoord(bron, tr("de link naar de volgende pagina is geen URL"))
    return page["results"], count, next_url or None


def _page_number(url: str) -> int | None:
    try:
        values = parse_qs(urlsplit(url).query).get("page")
        return int(values[0]) if values else None
    except ValueError:
        return None


def _error_body(response: httpx.Response) -> Any:
    try:
        return lees_json(response.content)
    except OngeldigeJson:
        text = response.content[:500].decode("utf-8", "replace")
        return text or None


def _lijst(value: Any) -> list[Any]:
    """``value`` when it is a list, else nothing: a server's error body is not to be trusted."""
    return value if isinstance(value, list) else []


def _error_text(body: Any) -> str:
    """The human part of an error body: problem+json, ZGW, KVK `fout` or BRP shapes.

    Whatever shape the body has (``invalidParams`` a number, items not objects), only the
    strings in it are taken; nothing else is trusted.
    """
    if isinstance(body, str):
        return body.strip()[:200]
    if not isinstance(body, dict):
        return ""
    parts: list[str] = []
    for key in ("title", "detail"):
        value = body.get(key)
        if isinstance(value, str) and value and value not in parts:
            parts.append(value)
    for item in _lijst(body.get("invalidParams")) or _lijst(body.get("invalid-params")):
        if isinstance(item, dict):
            velden = (item.get("name"), item.get("reason"))
            parts.append(": ".join(v for v in velden if isinstance(v, str) and v))
    for item in _lijst(body.get("fout")):
        if isinstance(item, dict) and isinstance(item.get("omschrijving"), str):
            parts.append(item["omschrijving"])
    return "; ".join(p for p in parts if p)[:300]


#: How many list items are parsed into models before the event loop gets a turn.
PARSE_STUK = 250


async def parse_in_stukken(items: Sequence[Any], maak: Callable[[Any], T]) -> list[T]:
    """``[maak(item) for item in items]``, giving the event loop a turn every PARSE_STUK items.

    Validating 10,000 klantcontacten at once held the loop for 0.4–0.8 s (the screen froze);
    in slices no stall is longer than one slice.
    """
    uit: list[T] = []
    for start in range(0, len(items), PARSE_STUK):
        if start:
            await asyncio.sleep(0)
        uit.extend(maak(item) for item in items[start : start + PARSE_STUK])
    return uit


def json_dumps(value: Any) -> str:
    """Compact JSON, for logs and journals."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


Clock = Callable[[], float]
