"""Conformance harness: records HTTP exchanges and validates them against the official specs.

Every request a client sends and every response the oefenomgeving (or a recorded real server)
gives is checked with openapi-core against the documents in ``shared/specs``. The real servers
deviate from their own specs in a few documented ways (``shared/recorded/README.md``); those
deviations, and only those, are forgiven by :data:`DEVIATIONS` and the rules next to it. All
other validation errors come back as readable violation strings.

The rules, in one place (mirroring the README's table):

(a) ``null`` for a property declared ``{allOf: [$ref], nullable: true}`` (generic: the schema
    itself says nullable; strict validators read the referenced schema as not nullable), and
    ``null`` for the properties listed in :data:`DEVIATIONS` with kind ``null``.
(b) ``""`` only for the properties listed in :data:`DEVIATIONS` with kind ``empty``, and only
    against ``pattern`` / ``minLength`` / ``maxLength`` / ``format``. A property is named by
    the nearest enclosing component schema plus the dotted property path inside it, so the
    entry holds wherever that schema is used (a list page, ``_expand``, a detail).
(c) Open Zaak (Zaken, Catalogi, Documenten) answers its errors (``403``, and ``400``/``404`` in
    OZ 130-137) with ``application/json`` where the spec declares ``application/problem+json``;
    the body is then validated against the declared problem schema all the same.
(d) Open Klant declares no error status at all (every operation lists only its success
    status), and answers e.g. ``401`` without a token and ``400`` on a duplicate BSN; Open
    Zaak answers ``400`` on a zaak detail with a wrong ``expand`` (OZ 135) and ``404`` past
    the last page (OZ 137), neither declared. An undeclared 4xx is accepted when its body has
    the ZGW error shape.
(f) A ``500`` sent as ``text/html`` (Django's debug page, OK 140) is a server failure, not an
    API answer; it is not checked against the spec.

(e) Open Zaak's generated specs type some URL filters as ``integer`` (``zaak`` on
    ``/statussen``, ``/rollen``, ``/zaakinformatieobjecten``; ``zaaktype`` on ``/statustypen``
    ...) while describing them as "URL-referentie"; the real servers take (and the recorded
    clients send) a URL there. A URL is accepted for exactly such parameters.

Rows (a) and (b) also list the same serializer fields on catalogus types the README's table
does not name but the recordings show (informatieobjecttype/roltype ``eindeObject``,
catalogus ``contactpersoonBeheerEmailadres``). Anything else a validator reports is a
violation.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import jsonschema
import yaml
from jsonschema_path import SchemaPath
from jsonschema_path.handlers import default_handlers
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_core.validation.request.exceptions import ParameterValidationError
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from werkzeug.datastructures import Headers, ImmutableMultiDict

from klantbeeld.sandbox.endpoints import PATHS
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import ROOT, SPECS

#: The spec document of each API (Betalingen lives in this repo; skipped while missing).
SPEC_FILES: dict[ApiNaam, Path] = {
    ApiNaam.ZAKEN: SPECS / "zaken" / "openapi.yaml",
    ApiNaam.CATALOGI: SPECS / "catalogi" / "openapi.yaml",
    ApiNaam.DOCUMENTEN: SPECS / "documenten" / "openapi.yaml",
    ApiNaam.KLANTINTERACTIES: SPECS / "klantinteracties" / "openapi.yaml",
    ApiNaam.BRP: SPECS / "brp" / "openapi.yaml",
    ApiNaam.KVK_ZOEKEN: SPECS / "kvk" / "zoeken-openapi.yaml",
    ApiNaam.KVK_BASISPROFIEL: SPECS / "kvk" / "basisprofiel-openapi.yaml",
    ApiNaam.BETALINGEN: ROOT / "resources" / "openapi" / "betalingen.yaml",
}

OPEN_ZAAK = frozenset({ApiNaam.ZAKEN, ApiNaam.CATALOGI, ApiNaam.DOCUMENTEN})
OPEN_KLANT = frozenset({ApiNaam.KLANTINTERACTIES})


# -- the documented deviations -------------------------------------------------------------


@dataclass(frozen=True)
class Deviation:
    """One property where a real server sends ``null`` or ``""`` against its own spec."""

    kind: str  # "null" | "empty"
    schema: str  # nearest enclosing component schema name
    prop: str  # dotted property path inside that schema
    seen: str  # where the README saw it


#: The README's table, narrowed to property level. Rule (a)'s generic nullable-allOf case needs
#: no entry here; it is checked against the schema itself.
DEVIATIONS: tuple[Deviation, ...] = (
    # null where nothing says nullable (Open Zaak catalogi, README row 2)
    Deviation("null", "StatusType", "beginObject", "statustype beginObject"),
    Deviation("null", "StatusType", "eindeObject", "statustype eindeObject"),
    Deviation("null", "ZaakType", "eindeObject", "zaaktype eindeObject"),
    # ... the same serializer field on the other catalogus types (recorded 02, 03, 08)
    Deviation("null", "InformatieObjectType", "eindeObject", "informatieobjecttype (recorded)"),
    Deviation("null", "RolType", "beginObject", "roltype (recorded)"),
    Deviation("null", "RolType", "eindeObject", "roltype (recorded)"),
    # Not recorded, inferred: the same Open Zaak field on the one catalogus type not recorded.
    Deviation("null", "ResultaatType", "beginObject", "resultaattype (inferred)"),
    Deviation("null", "ResultaatType", "eindeObject", "resultaattype (inferred)"),
    # "" under a pattern / length / format (README row 3)
    Deviation("empty", "Zaak", "opdrachtgevendeOrganisatie", "zaak (minLength 9)"),
    Deviation("empty", "BronCatalogus", "rsin", "zaaktype broncatalogus.rsin"),
    Deviation("empty", "ContactPersoonRol", "emailadres", "rol contactpersoonRol (email)"),
    Deviation("empty", "NatuurlijkPersoonIdentificatie", "inpA_nummer", "rol (pattern)"),
    Deviation("empty", "Catalogus", "contactpersoonBeheerEmailadres", "catalogus (recorded 01)"),
    Deviation("empty", "DigitaalAdres", "referentie", "digitaal adres (OK 62-65)"),
    *(
        Deviation("empty", schema, prop, "partij/betrokkene adressen")
        for schema in (
            "PartijBezoekadres",
            "PartijCorrespondentieadres",
            "Bezoekadres",
            "BetrokkeneCorrespondentieadres",
        )
        for prop in ("postcode", "nummeraanduidingId", "land")
    ),
)

_NULL_VALIDATORS = frozenset({"type", "oneOf", "anyOf", "allOf", "nullable"})
_EMPTY_VALIDATORS = frozenset({"pattern", "minLength", "maxLength", "format"})

#: Error body of Open Klant for its undeclared error statuses (rule d): the ZGW Fout shape.
OPEN_KLANT_FOUT: dict[str, Any] = {
    "type": "object",
    "required": ["code", "title", "status", "detail", "instance"],
    "properties": {
        "type": {"type": "string"},
        "code": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "invalidParams": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "code", "reason"],
                "properties": {
                    "name": {"type": "string"},
                    "code": {"type": "string"},
                    "reason": {"type": "string"},
                },
            },
        },
    },
}


# -- exchanges and the recorder -------------------------------------------------------------


@dataclass
class Exchange:
    """One HTTP request and its response, as bytes and headers."""

    method: str
    url: str
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    response_headers: dict[str, str]
    response_body: bytes
    name: str = ""
    #: False for deliberately invalid requests (the error cases): only the response is checked.
    check_request: bool = True

    @property
    def path(self) -> str:
        """The URL path."""
        return urlsplit(self.url).path

    def label(self) -> str:
        """``NAME METHOD /path -> status`` for messages."""
        prefix = f"{self.name} " if self.name else ""
        return f"{prefix}{self.method} {self.path} -> {self.status}"


class Recorder(httpx.AsyncBaseTransport):
    """An httpx transport that passes everything on and keeps every exchange."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.exchanges: list[Exchange] = []
        self._check_request = True

    @contextlib.contextmanager
    def invalid_requests(self) -> Iterator[None]:
        """Exchanges recorded inside are deliberate bad requests: check their responses only."""
        self._check_request = False
        try:
            yield
        finally:
            self._check_request = True

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the inner transport and record both sides."""
        body = await request.aread()
        response = await self.inner.handle_async_request(request)
        try:
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        decoded = httpx.Response(response.status_code, headers=response.headers, content=raw)
        self.exchanges.append(
            Exchange(
                method=request.method,
                url=str(request.url),
                request_headers={k.lower(): v for k, v in request.headers.items()},
                request_body=body,
                status=response.status_code,
                response_headers={k.lower(): v for k, v in response.headers.items()},
                response_body=decoded.read(),
                check_request=self._check_request,
            )
        )
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
            request=request,
        )

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self.inner.aclose()


# -- specs ----------------------------------------------------------------------------------


def _refs_path(uri: str) -> Path:
    """``https://host/path`` -> ``SPECS/_refs/host/path`` (the only external refs are these)."""
    without_fragment = uri.split("#", 1)[0]
    return SPECS / "_refs" / without_fragment.split("://", 1)[1]


def _https_handler(uri: str) -> Any:
    return _load_yaml(_refs_path(uri))  # parsed once: the resolver asks for it on every $ref


def _json_loads(value: bytes | str) -> Any:
    return json.loads(value)


@functools.cache
def _load_yaml(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as stream:
        data: dict[str, Any] = yaml.load(stream, Loader=loader)
    return data


@dataclass
class Spec:
    """One API's spec: the openapi-core object and the raw document, served at ``prefix``."""

    api: ApiNaam
    prefix: str
    openapi: OpenAPI
    raw: dict[str, Any]
    path: Path
    finder: APICallPathFinder = field(init=False)

    def __post_init__(self) -> None:
        self.finder = APICallPathFinder(self.openapi.spec)


@functools.cache
def spec_for(api: ApiNaam) -> Spec | None:
    """The spec of ``api`` (built once per session), or None when its document is missing."""
    path = SPEC_FILES[api]
    if not path.exists():
        return None
    raw = _load_yaml(path)
    # Served under the oefenomgeving's path prefix (the specs' own servers for ZGW/Open Klant).
    data = dict(raw)
    data["servers"] = [{"url": PATHS[api]}]
    handlers: dict[str, Any] = dict(default_handlers)
    handlers["https"] = _https_handler
    handlers["http"] = _https_handler
    schema_path = SchemaPath.from_dict(data, base_uri=path.as_uri(), handlers=handlers)
    config = Config(
        spec_validator_cls=None,
        extra_media_type_deserializers={
            "application/problem+json": _json_loads,
            "application/hal+json": _json_loads,
        },
    )
    openapi = OpenAPI(schema_path, config=config)
    return Spec(api=api, prefix=PATHS[api], openapi=openapi, raw=raw, path=path)


def api_of(path: str) -> ApiNaam | None:
    """The API whose path prefix ``path`` falls under."""
    for api, prefix in PATHS.items():
        if path == prefix or path.startswith(prefix + "/"):
            return api
    return None


# -- openapi-core adapters ------------------------------------------------------------------


class _Request:
    """The openapi-core request protocol over an :class:`Exchange`."""

    def __init__(self, ex: Exchange, *, content_type: str | None = None) -> None:
        parts = urlsplit(ex.url)
        self.host_url = f"{parts.scheme}://{parts.netloc}"
        self.path = parts.path
        self.query = parts.query
        self.method = ex.method.lower()
        self.body: bytes | None = ex.request_body or None
        self.content_type = (content_type or ex.request_headers.get("content-type", "")).lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(parts.query, keep_blank_values=True)),
            header=Headers(ex.request_headers),
            cookie=ImmutableMultiDict(),
        )


class _Response:
    """The openapi-core response protocol over an :class:`Exchange`."""

    def __init__(self, ex: Exchange, *, content_type: str) -> None:
        self.status_code = ex.status
        self.data: bytes | None = ex.response_body
        self.headers = Headers(ex.response_headers)
        self.content_type = content_type.lower()


# -- raw-schema walking (to name the property an error is about) ----------------------------


def _resolve(spec: Spec, doc: dict[str, Any], node: Any) -> tuple[dict[str, Any], Any, str | None]:
    """Follow ``$ref`` chains; returns (document, node, last component name followed)."""
    name: str | None = None
    while isinstance(node, dict) and "$ref" in node:
        ref: str = node["$ref"]
        target, _, pointer = ref.partition("#")
        if target:
            doc = _load_yaml(_refs_path(target))
        node = doc
        for part in pointer.strip("/").split("/"):
            if part:
                node = node[part.replace("~1", "/").replace("~0", "~")]
        name = pointer.rsplit("/", 1)[-1]
    return doc, node, name


@dataclass
class _Trail:
    """Where in the schema a validation error sits."""

    component: str = ""
    props: list[str] = field(default_factory=list)
    prop_node: Any = None  # the (unresolved) schema of the last property descended into

    @property
    def dotted(self) -> str:
        return ".".join(self.props)


def _declared_response(spec: Spec, pattern: str, method: str, status: int) -> Any:
    operation = spec.raw["paths"][pattern][method]
    responses = operation.get("responses", {})
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in responses:
            return _resolve(spec, spec.raw, responses[key])[1]
    return None


def _trail(spec: Spec, root: Any, schema_path: Sequence[Any]) -> _Trail:
    """Walk ``schema_path`` (a jsonschema error's, without the failing keyword) from ``root``."""
    found = _walk(spec, spec.raw, root, list(schema_path)[:-1], _Trail())
    return found or _Trail()


def _walk(
    spec: Spec, doc: dict[str, Any], node: Any, tokens: list[Any], trail: _Trail
) -> _Trail | None:
    """Follow ``tokens`` through the raw schema; None when they do not fit (wrong branch)."""
    doc, node, name = _resolve(spec, doc, node)
    if name:
        trail = _Trail(component=name, props=[], prop_node=trail.prop_node)
    if not tokens:
        return trail
    token, rest = tokens[0], tokens[1:]
    if not isinstance(node, dict):
        return None
    if token == "properties" and rest:
        prop = node.get("properties", {}).get(rest[0])
        if prop is None:
            return None
        step = _Trail(trail.component, [*trail.props, str(rest[0])], prop)
        return _walk(spec, doc, prop, rest[1:], step)
    if token in ("oneOf", "anyOf", "allOf") and isinstance(node.get(token), list):
        branches = node[token]
        if rest and isinstance(rest[0], int):
            if rest[0] >= len(branches):
                return None
            return _walk(spec, doc, branches[rest[0]], rest[1:], trail)
        # A discriminator names no branch index: try each branch.
        for branch in branches:
            result = _walk(spec, doc, branch, rest, trail)
            if result is not None:
                return result
        return None
    if token == "items" and "items" in node:
        return _walk(spec, doc, node["items"], rest, trail)
    if token in node:
        return _walk(spec, doc, node[token], rest, trail)
    return None


def _is_nullable_allof(node: Any) -> bool:
    return isinstance(node, dict) and bool(node.get("nullable")) and "allOf" in node


def _allowed_leaf(spec: Spec, root: Any, err: jsonschema.ValidationError) -> bool:
    trail = _trail(spec, root, list(err.schema_path))
    if err.instance is None and err.validator in _NULL_VALIDATORS:
        if _is_nullable_allof(trail.prop_node):
            return True
        return _in_table("null", trail)
    if err.instance == "" and err.validator in _EMPTY_VALIDATORS:
        return _in_table("empty", trail)
    return False


def _in_table(kind: str, trail: _Trail) -> bool:
    return any(
        d.kind == kind and d.schema == trail.component and d.prop == trail.dotted
        for d in DEVIATIONS
    )


def _allowed(spec: Spec, root: Any, err: jsonschema.ValidationError) -> bool:
    """True if ``err`` is one of the documented deviations."""
    if err.context and err.validator in ("oneOf", "anyOf"):
        branches: dict[Any, list[jsonschema.ValidationError]] = {}
        for sub in err.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        if any(all(_allowed(spec, root, sub) for sub in subs) for subs in branches.values()):
            return True
    return _allowed_leaf(spec, root, err)


def _field(err: jsonschema.ValidationError) -> str:
    parts = [str(p) for p in err.absolute_path]
    return "/".join(parts) or "(body)"


def _schema_errors(exc: BaseException) -> list[jsonschema.ValidationError] | None:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, InvalidSchemaValue):
            return [e for e in cause.schema_errors if isinstance(e, jsonschema.ValidationError)]
        cause = cause.__cause__
    return None


def _describe(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    if exc.__cause__ is not None and str(exc.__cause__) not in text:
        text += f" ({type(exc.__cause__).__name__}: {exc.__cause__})"
    return text[:600]


# -- validation -----------------------------------------------------------------------------


def _media_type(ex: Exchange) -> str:
    return ex.response_headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _declared_media_types(spec: Spec, pattern: str, method: str, status: int) -> list[str]:
    declared = _declared_response(spec, pattern, method, status)
    if not isinstance(declared, dict):
        return []
    return list(declared.get("content", {}))


def _media_schema(spec: Spec, pattern: str, method: str, status: int, mt: str) -> Any:
    declared = _declared_response(spec, pattern, method, status)
    if not isinstance(declared, dict):
        return None
    content = declared.get("content", {})
    return content.get(mt, {}).get("schema") if mt in content else None


def _url_reference(
    spec: Spec, pattern: str, method: str, exc: BaseException, request: _Request
) -> bool:
    """Rule (e): a query parameter typed ``integer`` but described as a URL-referentie."""
    if not isinstance(exc, ParameterValidationError) or exc.location != "query":
        return False
    item = spec.raw["paths"][pattern]
    params = [*item.get("parameters", []), *item[method].get("parameters", [])]
    for param in params:
        param = _resolve(spec, spec.raw, param)[1]
        if param.get("in") != "query" or param.get("name") != exc.name:
            continue
        declared_integer = param.get("schema", {}).get("type") == "integer"
        described_as_url = str(param.get("description", "")).startswith("URL-referentie")
        values = [v for k, v in parse_qsl(request.query, keep_blank_values=True) if k == exc.name]
        is_url = bool(values) and all(v.startswith(("http://", "https://")) for v in values)
        return declared_integer and described_as_url and is_url
    return False


def _same_json(actual: str, declared: Sequence[str]) -> str:
    """``application/json`` is ``application/json; charset=utf-8`` (RFC 8259: JSON is UTF-8)."""
    bare = actual.split(";", 1)[0].strip().lower()
    if bare == "application/json" and actual.strip().lower() not in declared:
        for option in declared:
            if option.replace(" ", "").lower() == "application/json;charset=utf-8":
                return option
    return actual


def _request_media_types(spec: Spec, pattern: str, method: str) -> list[str]:
    operation = spec.raw["paths"][pattern][method]
    body = _resolve(spec, spec.raw, operation.get("requestBody", {}))[1]
    return list(body.get("content", {})) if isinstance(body, dict) else []


def _request_schema(spec: Spec, pattern: str, method: str, content_type: str) -> Any:
    operation = spec.raw["paths"][pattern][method]
    body = _resolve(spec, spec.raw, operation.get("requestBody", {}))[1]
    content = body.get("content", {}) if isinstance(body, dict) else {}
    mt = content_type.strip()
    if mt not in content:
        mt = mt.split(";", 1)[0].strip()
    if mt in content:
        return content[mt].get("schema")
    first: dict[str, Any] = next(iter(content.values()), {})
    return first.get("schema")


def _check_one(ex: Exchange, strict: bool) -> list[str]:
    api = api_of(ex.path)
    if api is None:
        return [f"{ex.label()}: no spec serves this path"]
    spec = spec_for(api)
    if spec is None:
        return []
    out: list[str] = []
    try:
        found = spec.finder.find(ex.method.lower(), ex.url.split("?", 1)[0])
    except PathError as e:
        return [f"{ex.label()}: {type(e).__name__}: not in the {api.value} spec"]
    pattern = found.path.parts[-1]
    method = ex.method.lower()

    if ex.check_request:
        request = _Request(
            ex,
            content_type=_same_json(
                ex.request_headers.get("content-type", ""),
                _request_media_types(spec, pattern, method),
            ),
        )
        request_root = _request_schema(spec, pattern, method, request.content_type)
        for exc in spec.openapi.request_validator.iter_errors(request):
            if not strict and _url_reference(spec, pattern, method, exc, request):
                continue
            out.extend(_report(spec, ex, "request", exc, request_root, strict))

    mt = _media_type(ex)
    declared = _declared_media_types(spec, pattern, method, ex.status)
    if not mt:
        mt = declared[0] if declared else "application/json"
    response_mt = _same_json(mt, declared)
    if (
        not strict
        and api in OPEN_ZAAK
        and ex.status >= 400
        and mt == "application/json"
        and "application/problem+json" in declared
    ):
        response_mt = "application/problem+json"  # rule (c): validate the body all the same
    if not strict and ex.status >= 500 and mt.startswith("text/html"):
        return out  # rule (f): a server error is Django's debug page, no API answer (OK 140)
    if not strict and api in (OPEN_KLANT | OPEN_ZAAK) and ex.status >= 400 and not declared:
        # rule (d): an error status the spec does not declare; the body has the Fout shape.
        try:
            body = json.loads(ex.response_body or b"null")
            jsonschema.validate(body, OPEN_KLANT_FOUT)
        except (ValueError, jsonschema.ValidationError) as e:
            out.append(f"{ex.label()} response: undeclared error body: {str(e)[:300]}")
        return out
    root = _media_schema(spec, pattern, method, ex.status, response_mt)
    response = _Response(ex, content_type=response_mt)
    for exc in spec.openapi.response_validator.iter_errors(_Request(ex), response):
        out.extend(_report(spec, ex, "response", exc, root, strict))
    return out


def _report(
    spec: Spec, ex: Exchange, side: str, exc: BaseException, root: Any, strict: bool
) -> list[str]:
    errors = _schema_errors(exc)
    if errors is None:
        if isinstance(exc, ResponseNotFound | MediaTypeNotFound):
            return [f"{ex.label()} {side}: {_describe(exc)}"]
        return [f"{ex.label()} {side}: {_describe(exc)}"]
    out = []
    for err in errors:
        if not strict and root is not None and _allowed(spec, root, err):
            continue
        out.append(f"{ex.label()} {side}: {_field(err)}: {err.message[:300]}")
    if not errors:
        out.append(f"{ex.label()} {side}: {_describe(exc)}")
    return out


def check_exchanges(exchanges: Iterable[Exchange], *, strict: bool = False) -> list[str]:
    """Validate every request and response; the violations, allowing only :data:`DEVIATIONS`.

    ``strict=True`` forgives nothing (used to prove the deviation filter is not vacuous).
    """
    violations: list[str] = []
    for ex in exchanges:
        violations.extend(_check_one(ex, strict))
    return violations


def assert_conformant(exchanges: Iterable[Exchange]) -> None:
    """Fail with every violation listed when any exchange breaks its spec."""
    exchanges = list(exchanges)
    assert exchanges, "no exchanges were recorded"
    violations = check_exchanges(exchanges)
    assert not violations, f"{len(violations)} spec violations:\n" + "\n".join(violations)


# -- recorded exchanges with the real servers -----------------------------------------------

_CALL = re.compile(
    r"^(?P<name>\d{2,3}-[\w-]+) (?P<method>[A-Z]+) (?P<url>\S+).*?-> (?P<status>\d{3})\b"
)

#: Where a recorded call gives only a path, the folder's server and (for Open Klant) API prefix.
_RECORDED_HOSTS = {
    "open-zaak-1.30.0": ("http://127.0.0.1:8002", ""),
    "open-klant-2.18.0": ("http://127.0.0.1:8001", PATHS[ApiNaam.KLANTINTERACTIES]),
}

#: Recorded error cases whose requests are deliberately wrong (bad secret, no token, no CRS).
_DELIBERATE = ("90-bad-jwt", "91-zaken-no-accept-crs", "97-no-token")


#: Recorded calls that no log lists (method, path, status).
_UNLOGGED = {
    "open-klant-2.18.0": [
        "90-duplicate-bsn-partij POST /klantinteracties/api/v1/partijen -> 400",
    ],
}


def _parse_headers(path: Path) -> tuple[int | None, dict[str, str]]:
    if not path.exists():
        return None, {}
    lines = path.read_text(encoding="utf-8").splitlines()
    status = int(lines[0].split()[1]) if lines and lines[0].startswith("HTTP/") else None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            key, value = line.split(":", 1)
            headers[key.strip().lower()] = value.strip()
    return status, headers


def _request_headers(api: ApiNaam | None, method: str, has_body: bool) -> dict[str, str]:
    headers = {"accept": "application/json"}
    if api in OPEN_ZAAK:
        headers["authorization"] = "Bearer recorded.jwt.token"
    elif api in OPEN_KLANT:
        headers["authorization"] = "Token recorded"
    if api is ApiNaam.ZAKEN:
        headers["accept-crs"] = "EPSG:4326"
        if method in ("POST", "PUT", "PATCH"):
            headers["content-crs"] = "EPSG:4326"
    if has_body:
        headers["content-type"] = "application/json"
    return headers


def _is_edge_case(name: str) -> bool:
    """Recorded calls 130-199 send what a spec does not allow on purpose (refusals, edge cases)."""
    return 130 <= int(name.split("-", 1)[0]) <= 199


def load_recorded(folder: Path) -> list[Exchange]:
    """Every call of one recorded folder (``calls.log`` and ``calls-extra.log``) as exchanges."""
    host, default_prefix = _RECORDED_HOSTS[folder.name]
    exchanges: list[Exchange] = []
    lines: list[str] = []
    for log_name in ("calls.log", "calls-extra.log"):
        log = folder / log_name
        if log.exists():
            lines.extend(log.read_text(encoding="utf-8").splitlines())
    lines.extend(_UNLOGGED.get(folder.name, []))
    for line in lines:
        m = _CALL.match(line.strip())
        if not m:
            continue
        name, method, url = m["name"], m["method"], m["url"]
        if not url.startswith("http"):
            path = url if api_of(url) else default_prefix + url
            url = host + path
        status, headers = _parse_headers(folder / f"{name}.response.headers")
        body = b""
        for suffix in (".response.json", ".response.body", ".bin"):
            candidate = folder / f"{name}{suffix}"
            if candidate.exists():
                body = candidate.read_bytes()
                break
        request_file = folder / f"{name}.request.json"
        request_body = request_file.read_bytes() if request_file.exists() else b""
        api = api_of(urlsplit(url).path)
        exchanges.append(
            Exchange(
                method=method,
                url=url,
                request_headers=_request_headers(api, method, bool(request_body)),
                request_body=request_body,
                status=status or int(m["status"]),
                response_headers=headers,
                response_body=body,
                name=name,
                check_request=name not in _DELIBERATE and not _is_edge_case(name),
            )
        )
    return exchanges


def json_bodies(exchanges: Iterable[Exchange]) -> Iterator[tuple[Exchange, Any]]:
    """(exchange, parsed JSON body) for every successful JSON response."""
    for ex in exchanges:
        if ex.status < 300 and ex.response_body.strip()[:1] in (b"{", b"["):
            yield ex, json.loads(ex.response_body)


def iter_items(body: Any) -> Iterator[dict[str, Any]]:
    """The objects of a response body: each result of a list page, or the object itself."""
    if isinstance(body, list):  # unpaginated ZGW lists (zaakinformatieobjecten)
        yield from (item for item in body if isinstance(item, dict))
    elif isinstance(body, dict) and isinstance(body.get("results"), list) and "count" in body:
        yield from (item for item in body["results"] if isinstance(item, dict))
    elif isinstance(body, dict):
        yield body


def headers_of(mapping: Mapping[str, str]) -> dict[str, str]:
    """Lower-cased header names."""
    return {k.lower(): v for k, v in mapping.items()}
