"""The oefenomgeving's logboek: OTLP/HTTP in (protobuf and JSON), the LDV lezen API out."""

from __future__ import annotations

import gzip
import json
import os
from typing import Any

import httpx
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

TRACES = "/logboek/v1/traces"
LEZEN = "/logboek/lezenapi/v0/processing-activities"


def _json_verzoek(trace_id: str, span_id: str, betrokkene: str) -> dict[str, Any]:
    return {
        "resourceSpans": [
            {
                "resource": {
                    "attributes": [{"key": "service.name", "value": {"stringValue": "test"}}]
                },
                "scopeSpans": [
                    {
                        "spans": [
                            {
                                "traceId": trace_id,
                                "spanId": span_id,
                                "name": "klantbeeld-raadplegen",
                                "kind": 1,
                                "startTimeUnixNano": "1764068470669000000",
                                "endTimeUnixNano": "1764068470669000000",
                                "attributes": [
                                    {
                                        "key": "dpl.core.data_subject_id",
                                        "value": {"stringValue": betrokkene},
                                    },
                                    {
                                        "key": "dpl.core.processing_activity_id",
                                        "value": {"stringValue": "urn:x:klantbeeld-raadplegen"},
                                    },
                                ],
                                "status": {"code": 1},
                            }
                        ]
                    }
                ],
            }
        ]
    }


def test_otlp_json_with_hex_ids_is_kept_once_and_read_back(sandbox_server: Any) -> None:
    trace_id, span_id, wie = os.urandom(16).hex(), os.urandom(8).hex(), os.urandom(8).hex()
    verzoek = _json_verzoek(trace_id, span_id, wie)
    for _ in range(2):
        r = httpx.post(sandbox_server.root + TRACES, json=verzoek)
        assert r.status_code == 200, r.text
    r = httpx.post(sandbox_server.root + LEZEN, params={"dpl.core.data_subject_id": wie})
    assert r.status_code == 200
    [item] = r.json()["processingActivities"]
    assert (item["traceId"], item["spanId"], item["status"]) == (trace_id, span_id, "Ok")
    assert item["startTime"] == 1764068470669 and item["name"] == "klantbeeld-raadplegen"
    assert item["attributes"]["dpl.core.data_subject_id"] == wie
    by_trace = httpx.post(sandbox_server.root + LEZEN, params={"traceId": trace_id}).json()
    assert [i["spanId"] for i in by_trace["processingActivities"]] == [span_id]


def test_otlp_protobuf_gzip_answers_in_protobuf(sandbox_server: Any) -> None:
    body = ExportTraceServiceRequest()
    span = body.resource_spans.add().scope_spans.add().spans.add()
    span.trace_id, span.span_id, span.name = os.urandom(16), os.urandom(8), "bsn-tonen"
    r = httpx.post(
        sandbox_server.root + TRACES,
        content=gzip.compress(body.SerializeToString()),
        headers={"Content-Type": "application/x-protobuf", "Content-Encoding": "gzip"},
    )
    assert r.status_code == 200 and r.headers["content-type"] == "application/x-protobuf"
    ExportTraceServiceResponse().ParseFromString(r.content)
    teruggelezen = httpx.post(sandbox_server.root + LEZEN, params={"traceId": span.trace_id.hex()})
    assert [i["name"] for i in teruggelezen.json()["processingActivities"]] == ["bsn-tonen"]


def test_what_is_not_otlp_is_refused(sandbox_server: Any) -> None:
    voor = httpx.get(sandbox_server.root + "/logboek/_oefen/ontvangen").json()
    kapot = httpx.post(
        sandbox_server.root + TRACES,
        content=b"\xff\xff\xff",
        headers={"Content-Type": "application/x-protobuf"},
    )
    assert kapot.status_code == 400
    assert httpx.post(sandbox_server.root + TRACES, content=b"x").status_code == 415
    assert (
        httpx.post(
            sandbox_server.root + TRACES,
            content=json.dumps(
                {"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": "zz"}]}]}]}
            ),
            headers={"Content-Type": "application/json"},
        ).status_code
        == 400
    )
    assert httpx.get(sandbox_server.root + "/logboek/_oefen/ontvangen").json() == voor


def test_lezen_needs_a_filter(sandbox_server: Any) -> None:
    r = httpx.post(sandbox_server.root + LEZEN)
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/problem+json")
