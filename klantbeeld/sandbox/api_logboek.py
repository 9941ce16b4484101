"""The oefenomgeving's Logboek Dataverwerkingen: receives OTLP/HTTP traces, reads them back.

- ``POST /logboek/v1/traces``: OTLP/HTTP, as an OpenTelemetry collector takes it: protobuf
  (``application/x-protobuf``, the SDK exporter's default) or OTLP JSON (``application/json``,
  ids in hex), optionally gzip. Each span is kept once by (trace id, span id): a record sent
  again is the same span and is not kept twice. Answers ``ExportTraceServiceResponse``.
- ``POST /logboek/lezenapi/v0/processing-activities``: the LDV lezen API (Logius, extensie
  Lezen 1.1): the kept spans filtered by ``traceId``, ``dpl.core.processingActivityId`` and/or
  ``dpl.core.data_subject_id`` (at least one, else ``400``), as ``processingActivities``. This
  is the oefenomgeving's reader; a real logboek's export may differ (Klantbeeld reads through
  :class:`klantbeeld.services.verwerkingslog.lezer.LogboekLezer`).
- ``GET /logboek/_oefen/ontvangen``: how many requests and spans arrived and how many are kept
  (for tests: "exactly once" is every span received once).

What is kept lives as long as the oefenomgeving runs (fictional data).
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
from typing import Any

from google.protobuf import json_format
from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from opentelemetry.proto.common.v1.common_pb2 import AnyValue
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

PROTOBUF = "application/x-protobuf"
_STATUS = {0: "Unset", 1: "Ok", 2: "Error"}
#: The lezen API's filters, by query name -> what they match in a kept span.
_FILTERS = ("traceId", "dpl.core.processingActivityId", "dpl.core.data_subject_id")
#: The most dataverwerkingen one lezen answer holds (the extensie advises a maximum).
MAX_ANTWOORD = 1000


def _waarde(v: AnyValue) -> Any:
    soort = v.WhichOneof("value")
    if soort == "array_value":
        return [_waarde(x) for x in v.array_value.values]
    if soort == "kvlist_value":
        return {kv.key: _waarde(kv.value) for kv in v.kvlist_value.values}
    if soort == "bytes_value":
        return v.bytes_value.hex()
    return getattr(v, soort) if soort else None


def _hex_naar_b64(span: dict[str, Any]) -> None:
    """OTLP JSON gives ids in hex; protobuf's JSON mapping wants base64."""
    for veld in ("traceId", "spanId", "parentSpanId"):
        waarde = span.get(veld)
        if isinstance(waarde, str) and waarde:
            span[veld] = base64.b64encode(bytes.fromhex(waarde)).decode("ascii")


class Logboek:
    """What the oefenomgeving's logboek received; safe to use from the server's thread."""

    def __init__(self) -> None:
        self._slot = threading.Lock()
        self._spans: dict[tuple[str, str], dict[str, Any]] = {}
        self.verzoeken = 0
        self.spans_ontvangen = 0

    def neem(self, verzoek: ExportTraceServiceRequest) -> int:
        """Keep every span of ``verzoek`` once; returns how many arrived."""
        aantal = 0
        with self._slot:
            self.verzoeken += 1
            for rs in verzoek.resource_spans:
                resource = {kv.key: _waarde(kv.value) for kv in rs.resource.attributes}
                for ss in rs.scope_spans:
                    for span in ss.spans:
                        aantal += 1
                        sleutel = (span.trace_id.hex(), span.span_id.hex())
                        self._spans.setdefault(sleutel, _als_dataverwerking(span, resource))
            self.spans_ontvangen += aantal
        return aantal

    def zoek(self, filters: dict[str, str]) -> list[dict[str, Any]]:
        """The kept spans matching every filter given, oldest first."""
        with self._slot:
            spans = list(self._spans.values())
        uit = []
        for span in spans:
            attributen = span["attributes"]
            if "traceId" in filters and span["traceId"] != filters["traceId"]:
                continue
            activiteit = filters.get("dpl.core.processingActivityId")
            if activiteit and attributen.get("dpl.core.processing_activity_id") != activiteit:
                continue
            betrokkene = filters.get("dpl.core.data_subject_id")
            if betrokkene and attributen.get("dpl.core.data_subject_id") != betrokkene:
                continue
            uit.append(span)
        return sorted(uit, key=lambda s: (s["startTime"], s["spanId"]))[:MAX_ANTWOORD]

    def telling(self) -> dict[str, int]:
        """Requests received, spans received (duplicates too) and spans kept."""
        with self._slot:
            return {
                "verzoeken": self.verzoeken,
                "spans_ontvangen": self.spans_ontvangen,
                "spans_bewaard": len(self._spans),
            }


def _als_dataverwerking(span: Any, resource: dict[str, Any]) -> dict[str, Any]:
    """One span as the lezen API's ``ProcessingActivity`` (times in ms since the epoch)."""
    return {
        "traceId": span.trace_id.hex(),
        "spanId": span.span_id.hex(),
        "parentSpanId": span.parent_span_id.hex(),
        "name": span.name,
        "status": _STATUS.get(span.status.code, "Unset"),
        "startTime": span.start_time_unix_nano // 1_000_000,
        "endTime": span.end_time_unix_nano // 1_000_000,
        "attributes": {kv.key: _waarde(kv.value) for kv in span.attributes},
        "resource": resource,
    }


def _probleem(status: int, titel: str) -> JSONResponse:
    return JSONResponse(
        {"status": status, "title": titel, "errors": {}},
        status_code=status,
        media_type="application/problem+json",
    )


def routes(logboek: Logboek) -> list[BaseRoute]:
    """The logboek's routes under ``/logboek``."""

    async def traces(request: Request) -> Response:
        body = await request.body()
        if request.headers.get("content-encoding", "").lower() == "gzip":
            try:
                body = gzip.decompress(body)
            except (OSError, EOFError):
                return _probleem(400, "De gzip-inhoud is niet te lezen.")
        soort = request.headers.get("content-type", "").split(";")[0].strip().lower()
        verzoek = ExportTraceServiceRequest()
        try:
            if soort == PROTOBUF:
                verzoek.ParseFromString(body)
            elif soort == "application/json":
                data = json.loads(body)
                for rs in data.get("resourceSpans", []):
                    for ss in rs.get("scopeSpans", []):
                        for span in ss.get("spans", []):
                            _hex_naar_b64(span)
                json_format.ParseDict(data, verzoek)
            else:
                return _probleem(415, "Alleen application/x-protobuf of application/json.")
        except (DecodeError, ValueError, TypeError, AttributeError, json_format.ParseError):
            return _probleem(400, "Het verzoek is geen geldig ExportTraceServiceRequest.")
        logboek.neem(verzoek)
        antwoord = ExportTraceServiceResponse()
        if soort == PROTOBUF:
            return Response(antwoord.SerializeToString(), media_type=PROTOBUF)
        return JSONResponse(json_format.MessageToDict(antwoord))

    async def lezen(request: Request) -> Response:
        filters = {k: request.query_params[k] for k in _FILTERS if request.query_params.get(k)}
        if not filters:
            return _probleem(
                400, "Geef traceId, dpl.core.processingActivityId of dpl.core.data_subject_id."
            )
        return JSONResponse({"processingActivities": logboek.zoek(filters)})

    async def ontvangen(request: Request) -> Response:
        return JSONResponse(logboek.telling())

    return [
        Route("/logboek/v1/traces", traces, methods=["POST"]),
        Route("/logboek/lezenapi/v0/processing-activities", lezen, methods=["POST"]),
        Route("/logboek/_oefen/ontvangen", ontvangen, methods=["GET"]),
    ]
