"""Delivers the verwerkingslog to the logboek: OpenTelemetry spans over OTLP/HTTP, exactly once.

Each record waiting in the :class:`~.journaal.VerwerkingJournaal` becomes spans built with the
OpenTelemetry SDK (a ``Tracer`` of a private ``TracerProvider``, never the global one) whose
trace and span ids come from the record's id (:class:`_VasteIds`): a resend after an answer
that got lost is the same span again, which the logboek keeps once. One betrokkene: one span
carrying ``dpl.core.data_subject_id``. Several (a CSV export): a span for the verwerking and a
child span per betrokkene under it, as the standard asks ("voor iedere Betrokkene een aparte
logregel", ``parent_span_id`` the verwerking's span).

They go out with the SDK's ``OTLPSpanExporter`` (protobuf over HTTP, ``/v1/traces``) in a
thread, never on the event loop. Only a confirmed export (2xx) marks the record delivered and
erases it; a failure (logboek down, 503, no network) waits with capped exponential backoff and
tries again, for as long as it takes (the registrations' :class:`Backoff`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import requests
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.id_generator import IdGenerator
from requests.adapters import HTTPAdapter

from klantbeeld.services.registraties.bezorger import Backoff
from klantbeeld.services.verbinding.clients import tls_context
from klantbeeld.services.verwerkingslog.journaal import VerwerkingJournaal
from klantbeeld.services.verwerkingslog.verwerking import Verwerking, attributen
from klantbeeld.versie import user_agent, versie

log = logging.getLogger(__name__)

#: The resource every span carries: which application logged it.
RESOURCE = Resource.create(
    {"service.name": "klantbeeld", "service.namespace": "kcc", "service.version": versie()}
)
_NS = 1_000_000_000


class _SysteemCertificaten(HTTPAdapter):
    """Certificates checked against the operating system's trust store, as every API client."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = tls_context()
        return super().init_poolmanager(*args, **kwargs)


def maak_exporter(url: str, *, timeout_s: float = 10.0) -> SpanExporter:
    """The OTLP/HTTP exporter to ``url`` (the full ``…/v1/traces`` endpoint).

    Its HTTP session checks certificates against the operating system's trust store (a
    municipality's own CA, as the API clients do), never follows a redirect and takes no proxy
    or credentials from the environment.
    """
    sessie = requests.Session()
    sessie.trust_env = False
    sessie.max_redirects = 0
    sessie.mount("https://", _SysteemCertificaten())
    return OTLPSpanExporter(
        endpoint=url, timeout=timeout_s, session=sessie, headers={"User-Agent": user_agent()}
    )


class _VasteIds(IdGenerator):
    """Hands out the ids set for the span about to be started (never random ones)."""

    def __init__(self) -> None:
        self.trace_id = 0
        self.span_ids: list[int] = []

    def generate_trace_id(self) -> int:
        return self.trace_id

    def generate_span_id(self) -> int:
        return self.span_ids.pop(0)


class SpanMaker:
    """Turns a verwerking into its spans with the OpenTelemetry SDK (stable ids, own provider)."""

    def __init__(self, *, pseudoniem_sleutel: bytes, register_url: str = "") -> None:
        self._sleutel = pseudoniem_sleutel
        self._register = register_url
        self._ids = _VasteIds()
        self._opvang = InMemorySpanExporter()
        provider = TracerProvider(resource=RESOURCE, id_generator=self._ids)
        provider.add_span_processor(SimpleSpanProcessor(self._opvang))
        self._tracer = provider.get_tracer("klantbeeld.verwerkingslog")

    def spans(self, v: Verwerking) -> list[ReadableSpan]:
        """The log lines of ``v``: one span, or a span with a child per betrokkene."""
        self._opvang.clear()
        start = int(v.tijdstip * _NS)
        enkel = len(v.betrokkenen) == 1
        self._ids.trace_id = v.trace_id
        self._ids.span_ids = [v.span_id()]
        hoofd = self._tracer.start_span(
            v.handeling.value,
            context=trace.set_span_in_context(trace.INVALID_SPAN),
            start_time=start,
            attributes=attributen(
                v,
                v.betrokkenen[0] if enkel else None,
                sleutel=self._sleutel,
                register_url=self._register,
            ),
        )
        if not enkel:
            ouder = trace.set_span_in_context(hoofd)
            for i, betrokkene in enumerate(v.betrokkenen):
                self._ids.span_ids = [v.span_id(i)]
                kind = self._tracer.start_span(
                    v.handeling.value,
                    context=ouder,
                    start_time=start,
                    attributes=attributen(
                        v, betrokkene, sleutel=self._sleutel, register_url=self._register
                    ),
                )
                kind.end(end_time=start)
        hoofd.end(end_time=start)
        return list(self._opvang.get_finished_spans())


class Logboekbezorger:
    """Sends what waits in the journal to the logboek until it is all confirmed."""

    def __init__(
        self,
        journaal: VerwerkingJournaal,
        exporter: SpanExporter,
        maker: SpanMaker,
        *,
        backoff: Backoff | None = None,
        poll_s: float = 30.0,
    ) -> None:
        self.journaal = journaal
        self._exporter = exporter
        self._maker = maker
        self._backoff = backoff or Backoff()
        self._poll_s = poll_s
        self._wekker = asyncio.Event()
        self._stop = False
        #: How long to rest after the last pass failed; None when it did not.
        self.rust_s: float | None = None
        journaal.abonneer(self.wek)

    def wek(self) -> None:
        """Something new waits: look now rather than at the next poll."""
        self._wekker.set()

    def stop(self) -> None:
        """End :meth:`run` after the export in progress."""
        self._stop = True
        self._wekker.set()

    async def bezorg_wat_klaarstaat(self) -> int:
        """One pass: export every record now due; returns how many the logboek confirmed.

        At the first failure the pass ends (the logboek takes nothing now) and
        :attr:`rust_s` says how long :meth:`run` waits before the next pass.
        """
        bevestigd = 0
        self.rust_s = None
        for item in self.journaal.aan_de_beurt():
            v = item.verwerking
            spans = self._maker.spans(v)
            try:
                uitkomst = await asyncio.to_thread(self._exporter.export, spans)
            except Exception as e:  # the exporter's own failure: retried like a refusal
                uitkomst, reden = SpanExportResult.FAILURE, type(e).__name__
            else:
                reden = "het logboek bevestigde niet"
            if uitkomst is SpanExportResult.SUCCESS:
                self.journaal.bezorgd(v.id)
                bevestigd += 1
                continue
            self.rust_s = self._backoff.wacht(item.pogingen + 1)
            self.journaal.mislukt(v.id, reden, wacht_s=self.rust_s)
            log.info("verwerking %s niet bezorgd (poging %d)", v.id, item.pogingen + 1)
            break
        return bevestigd

    async def run(self) -> None:
        """Deliver, then sleep until woken, the next try is due or ``poll_s`` passed."""
        try:
            while not self._stop:
                self._wekker.clear()
                await self.bezorg_wat_klaarstaat()
                wacht = self._poll_s if self.rust_s is None else self.rust_s
                volgende = self.journaal.eerstvolgende_poging()
                if self.rust_s is None and volgende is not None:
                    wacht = min(wacht, max(0.05, volgende - self.journaal.klok()))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wekker.wait(), wacht)
        finally:
            await asyncio.to_thread(self._exporter.shutdown)
