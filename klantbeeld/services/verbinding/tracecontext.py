"""W3C Trace Context: the ``traceparent`` of the verwerking a request belongs to.

While a processing of personal data runs (a klantbeeld loads, a document is fetched), its
``traceparent`` sits in a context variable (:func:`in_verwerking`); every request
:class:`~klantbeeld.services.verbinding.http.ApiClient` sends meanwhile carries it
(:func:`headers`), so the servers' own logboeken can tie their processing to ours (Logboek
Dataverwerkingen: "Als de Applicatie een verzoek aan een andere Applicatie kan versturen,
MOET de Applicatie metagegevens volgens de W3C Trace Context standaard meegeven").

The context variable is copied into every task started inside the block (asyncio copies the
context), so the composer's concurrent requests all carry it; outside any block nothing is sent.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator

_TRACEPARENT = re.compile(r"00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})")

#: The ``traceparent`` of the verwerking now running in this context; None outside one.
_huidig: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "klantbeeld_traceparent", default=None
)


def traceparent(trace_id: int, span_id: int, *, sampled: bool = True) -> str:
    """``00-<trace id>-<span id>-<flags>`` (version 00); both ids must be non-zero."""
    if not 0 < trace_id < 1 << 128 or not 0 < span_id < 1 << 64:
        raise ValueError("trace id en span id moeten niet nul zijn en passen")
    return f"00-{trace_id:032x}-{span_id:016x}-{'01' if sampled else '00'}"


def lees_traceparent(waarde: str) -> tuple[int, int] | None:
    """(trace id, span id) of a version-00 ``traceparent``; None when it is not one."""
    match = _TRACEPARENT.fullmatch(waarde.strip())
    if match is None:
        return None
    trace_id, span_id = int(match[1], 16), int(match[2], 16)
    return (trace_id, span_id) if trace_id and span_id else None


def huidig() -> str | None:
    """The ``traceparent`` in effect here, or None."""
    return _huidig.get()


def headers() -> dict[str, str]:
    """``{"traceparent": ...}`` inside a verwerking, else empty: merged into every request."""
    waarde = _huidig.get()
    return {"traceparent": waarde} if waarde else {}


@contextlib.contextmanager
def in_verwerking(waarde: str | None) -> Iterator[None]:
    """Requests made inside this block (and tasks started in it) carry ``waarde``."""
    token = _huidig.set(waarde)
    try:
        yield
    finally:
        _huidig.reset(token)
