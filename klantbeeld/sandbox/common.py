"""Shared plumbing of the oefenomgeving's routes: JSON in/out, pages, errors, auth, costs.

Responses answer the way the real servers do (see ``shared/recorded``): absolute URLs built
from the request host, ZGW/Open Klant error bodies (``type, code, title, status, detail,
instance, invalidParams``) with ``application/json`` or ``application/problem+json``, KVK
``{fout: [...]}`` and BRP problem details.
"""

from __future__ import annotations

import contextvars
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

import jwt
from starlette.requests import Request
from starlette.responses import Response

from klantbeeld.sandbox.filterparameters import GETYPEERDE_PARAMETERS, LIJST_PARAMETERS
from klantbeeld.sandbox.store import BASE, Obj

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500


@dataclass(frozen=True)
class Credentials:
    """The oefenomgeving's credentials, one per API family (fictional, printed on start)."""

    zgw_client_id: str = "klantbeeld-oefen"
    zgw_secret: str = "oefen-geheim-zgw-0123456789abcdef"
    klantinteracties_token: str = "oefen-token-klantinteracties-0123456789"
    kvk_apikey: str = "oefen-kvk-apikey-0123456789"
    brp_apikey: str = "oefen-brp-apikey-0123456789"
    betalingen_token: str = "oefen-token-betalingen-0123456789"


class ApiFout(Exception):
    """Raised by a route to answer with an error body; ``stijl`` picks the API's shape."""

    def __init__(
        self,
        status: int,
        code: str,
        title: str,
        detail: str = "",
        *,
        invalid_params: Sequence[dict[str, str]] = (),
        stijl: str = "zgw",
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or title)
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail or title
        self.invalid_params = list(invalid_params)
        self.stijl = stijl
        self.headers = headers or {}


FOUT_TYPES = {
    400: "ValidationError",
    401: "NotAuthenticated",
    403: "PermissionDenied",
    404: "NotFound",
    405: "MethodNotAllowed",
    412: "PreconditionFailed",
    500: "APIException",
    503: "ServiceUnavailable",
}


#: The ``type`` URIs the BRP API puts in its problem details.
BRP_FOUT_TYPES = {
    400: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1",
    401: "https://datatracker.ietf.org/doc/html/rfc7235#section-3.1",
    403: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.3",
    404: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.4",
    500: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.1",
}


def request_base(request: Request) -> str:
    """``scheme://host[:port]`` as the client addressed us."""
    return f"{request.url.scheme}://{request.url.netloc}"


def render(request: Request, data: Any) -> bytes:
    """JSON bytes with the placeholder base replaced by the request's base."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace(BASE, request_base(request)).encode("utf-8")


def json_response(
    request: Request,
    data: Any,
    status: int = 200,
    *,
    media_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> Response:
    """A JSON response the way the real servers send it."""
    return Response(
        render(request, data), status_code=status, media_type=media_type, headers=headers
    )


def error_response(request: Request, fout: ApiFout) -> Response:
    """The error body in the shape of the API that raised it."""
    if fout.stijl == "kvk":
        body: Any = {"fout": [{"code": fout.code, "omschrijving": fout.detail}]}
        # Basisprofiel declares its errors only as HAL; Zoeken accepts both.
        return json_response(
            request, body, fout.status, media_type="application/hal+json", headers=fout.headers
        )
    if fout.stijl == "brp":
        body = {
            "type": BRP_FOUT_TYPES.get(fout.status, BRP_FOUT_TYPES[500]),
            "title": fout.title,
            "status": fout.status,
            "detail": fout.detail,
            "instance": str(request.url.path),
            "code": fout.code,
        }
        if fout.invalid_params:
            body["invalidParams"] = fout.invalid_params
        return json_response(
            request, body, fout.status, media_type="application/problem+json", headers=fout.headers
        )
    body = {
        "type": f"{BASE}/ref/fouten/{FOUT_TYPES.get(fout.status, 'APIException')}/",
        "code": fout.code,
        "title": fout.title,
        "status": fout.status,
        "detail": fout.detail,
        "instance": f"urn:uuid:{uuid.uuid4()}",
    }
    if fout.invalid_params or fout.status == 400:
        body["invalidParams"] = [
            {
                "name": p.get("name", "__all__"),
                "code": p.get("code", "invalid"),
                "reason": p.get("reason", ""),
            }
            for p in fout.invalid_params
        ]
    # Open Zaak and Open Klant both send their errors as plain JSON (OZ 90, 130-137; OK 130-181).
    return json_response(request, body, fout.status, headers=fout.headers)


#: The ``title``/``detail`` of a 400: Open Klant (OK 130-177) and Open Zaak (OZ 130-135).
ONGELDIG_TITEL = {"ok": "Ongeldige invoerwaarde.", "zgw": "Ongeldige invoer."}


def ongeldige_invoer(params: Sequence[dict[str, str]], *, stijl: str = "zgw") -> ApiFout:
    """A 400 with its ``invalidParams``."""
    titel = ONGELDIG_TITEL.get(stijl, ONGELDIG_TITEL["ok"])
    return ApiFout(400, "invalid", titel, titel, invalid_params=params, stijl=stijl)


def ongeldig(name: str, reason: str, code: str = "invalid", *, stijl: str = "zgw") -> ApiFout:
    """A 400 for one invalid parameter or field."""
    return ongeldige_invoer([{"name": name, "code": code, "reason": reason}], stijl=stijl)


#: What a typed query value must parse as, and the reason when it does not (OK 154, 156).
_QUERY_TYPEN: dict[str, tuple[Callable[[str], object], str]] = {
    "uuid": (uuid.UUID, "Voer een geldige UUID in."),
    "date-time": (datetime.fromisoformat, "Voer een geldige datum/tijd in."),
    "date": (date.fromisoformat, "Voer een geldige datum in."),
}


def controleer_query(request: Request, *, stijl: str) -> None:
    """A list request's query as vng-api-common checks it: no unknown parameter, typed values.

    An unknown parameter is a 400 ``nonFieldErrors`` / ``unknown-parameters`` (OK 155, OZ 134);
    a ``uuid`` or date that does not parse is a 400 naming the parameter; an empty value is
    no filter and is not checked.
    """
    path = request.url.path
    bekend = LIJST_PARAMETERS.get(path)
    if bekend is None:
        return
    onbekend = sorted({k for k in request.query_params if k not in bekend})
    if onbekend:
        raise ongeldig(
            "nonFieldErrors",
            f"Onbekende query parameters: {', '.join(onbekend)}",
            "unknown-parameters",
            stijl=stijl,
        )
    fouten = []
    for name, soort in GETYPEERDE_PARAMETERS.get(path, {}).items():
        value = request.query_params.get(name)
        if not value:
            continue
        lees, reden = _QUERY_TYPEN[soort]
        try:
            lees(value)
        except ValueError:
            fouten.append({"name": name, "code": "invalid", "reason": reden})
    if fouten:
        raise ongeldige_invoer(fouten, stijl=stijl)


def niet_gevonden(stijl: str = "zgw") -> ApiFout:
    """A 404 in the API's shape."""
    if stijl == "kvk":
        return ApiFout(
            404, "IPD0004", "Niet gevonden", "Het kvkNummer is niet gevonden.", stijl="kvk"
        )
    return ApiFout(404, "not_found", "Niet gevonden.", "Niet gevonden.", stijl=stijl)


async def read_json(request: Request, *, stijl: str = "zgw") -> Any:
    """The request body as JSON, with the request's base mapped back to the placeholder."""
    raw = await request.body()
    try:
        text = raw.decode("utf-8").replace(request_base(request), BASE)
        return json.loads(text)
    except (UnicodeDecodeError, ValueError) as e:
        raise ApiFout(
            400,
            "parse_error",
            "Er is een fout opgetreden bij het parsen.",
            f"JSON parse error - {e}",
            stijl=stijl,
        ) from e


def internal_url(request: Request, value: str) -> str:
    """Map a URL as a client sent it (with our real host) to the stored placeholder form."""
    return value.replace(request_base(request), BASE)


# -- pages --------------------------------------------------------------------------------------


def page_params(request: Request, *, stijl: str = "zgw") -> tuple[int, int]:
    """``page`` (1-based) and ``pageSize`` as DRF reads them.

    A ``pageSize`` that is no positive integer (``0`` too) gives the default 100 and one over
    500 is capped to 500, without an error (OK 178, 180); a ``page`` that is no positive
    integer is a 404 "Ongeldige pagina." like a page past the last (OK 181, OZ 137).
    """
    try:
        size = int(request.query_params.get("pageSize", ""))
    except ValueError:
        size = DEFAULT_PAGE_SIZE
    if size <= 0:
        size = DEFAULT_PAGE_SIZE
    try:
        page = int(request.query_params.get("page", "1"))
    except ValueError:
        page = 0
    if page < 1:
        raise ongeldige_pagina(stijl)
    return page, min(size, MAX_PAGE_SIZE)


def ongeldige_pagina(stijl: str) -> ApiFout:
    """The 404 for a page that does not exist."""
    return ApiFout(404, "not_found", "Niet gevonden.", "Ongeldige pagina.", stijl=stijl)


def paginate(
    request: Request,
    items: Sequence[Obj],
    to_json: Callable[[Obj], Obj] = lambda o: o,
    *,
    stijl: str = "zgw",
) -> tuple[dict[str, Any], list[Obj]]:
    """One page in the ``count/next/previous/results`` shape, plus the page's raw items.

    ``next`` and ``previous`` keep the query as asked (also a capped ``pageSize``), with its
    parameters sorted as DRF's ``replace_query_param`` writes them (OK 178, OZ 36).
    """
    page, size = page_params(request, stijl=stijl)
    start = (page - 1) * size
    if start >= len(items) and page > 1:
        raise ongeldige_pagina(stijl)
    chunk = list(items[start : start + size])

    def link(n: int) -> str | None:
        if n < 1 or (n - 1) * size >= len(items):
            return None
        query = sorted((k, v) for k, v in request.query_params.multi_items() if k != "page")
        if n > 1:
            query = sorted([*query, ("page", str(n))])
        base = f"{request_base(request)}{request.url.path}"
        return f"{base}?{urlencode(query)}" if query else base

    body = {
        "count": len(items),
        "next": link(page + 1),
        "previous": link(page - 1) if page > 1 else None,
        "results": [to_json(o) for o in chunk],
    }
    return body, chunk


def expand_param(request: Request) -> set[str]:
    """The ``expand`` values (comma-separated, style form, explode false)."""
    raw = ",".join(request.query_params.getlist("expand"))
    return {part.strip() for part in raw.split(",") if part.strip()}


# -- auth ---------------------------------------------------------------------------------------


def check_zgw_jwt(request: Request, creds: Credentials) -> None:
    """Open Zaak: ``Authorization: Bearer <HS256 JWT>`` signed with the client's secret."""
    header = request.headers.get("authorization", "")
    if not header.startswith("Bearer "):
        raise ApiFout(
            403,
            "not_authenticated",
            "Authenticatiegegevens zijn niet opgegeven.",
            "Authenticatiegegevens zijn niet opgegeven.",
            stijl="zgw",
        )
    token = header[len("Bearer ") :].strip()
    try:
        claims = jwt.decode(
            token, creds.zgw_secret, algorithms=["HS256"], options={"verify_iat": False}
        )
    except jwt.InvalidSignatureError as e:
        raise ApiFout(
            403,
            "invalid-jwt-signature",
            "Je hebt geen toestemming om deze actie uit te voeren.",
            "Client credentials zijn niet geldig",
            stijl="zgw",
        ) from e
    except jwt.PyJWTError as e:
        raise ApiFout(
            403,
            "jwt-error",
            "Je hebt geen toestemming om deze actie uit te voeren.",
            "JWT did not validate",
            stijl="zgw",
        ) from e
    if claims.get("client_id") != creds.zgw_client_id:
        raise ApiFout(
            403,
            "permission_denied",
            "Je hebt geen toestemming om deze actie uit te voeren.",
            "Client credentials zijn niet geldig",
            stijl="zgw",
        )


def check_token(request: Request, token: str) -> None:
    """Open Klant: ``Authorization: Token <key>``; 401 without, 401 with a wrong one."""
    header = request.headers.get("authorization", "")
    if not header:
        raise ApiFout(
            401,
            "not_authenticated",
            "Authenticatiegegevens zijn niet opgegeven.",
            "Authenticatiegegevens zijn niet opgegeven.",
            stijl="ok",
            headers={"WWW-Authenticate": "Token"},
        )
    if header != f"Token {token}":
        raise ApiFout(
            401,
            "authentication_failed",
            "Ongeldige token.",
            "Ongeldige token.",
            stijl="ok",
            headers={"WWW-Authenticate": "Token"},
        )


def check_header_key(request: Request, header: str, key: str, *, stijl: str) -> None:
    """KVK (``apikey``) and BRP (``X-API-KEY``): a key in a header."""
    if request.headers.get(header) != key:
        if stijl == "kvk":
            raise ApiFout(
                401,
                "IPD0001",
                "Niet geautoriseerd",
                "De apikey ontbreekt of is ongeldig.",
                stijl="kvk",
            )
        raise ApiFout(
            401,
            "authentication",
            "Niet geauthenticeerd.",
            "De API-key ontbreekt of is ongeldig.",
            stijl="brp",
        )


# -- cost accounting (the "real cost" server model) ---------------------------------------------


@dataclass
class Cost:
    """Server milliseconds a request is charged, filled in by the routes as they work."""

    ms: float = 0.0
    items: dict[str, float] = field(default_factory=dict)

    def add(self, kind: str, n: float = 1) -> None:
        """Charge ``n`` units of ``kind`` (see :data:`REAL_COST_MS`)."""
        self.items[kind] = self.items.get(kind, 0) + n
        self.ms += REAL_COST_MS.get(kind, 0.0) * n


#: Server ms per unit, measured on Open Zaak 1.30 / Open Klant 2.18 (shared/recorded/README).
REAL_COST_MS: dict[str, float] = {
    "zaken.row": 4.5,
    "zaken.expand.zaaktype": 55,
    "zaken.expand.status": 29,
    "zaken.expand.status.statustype": 30,
    "zaken.expand.resultaat": 3,
    "zaken.expand.zaakinformatieobjecten": 20,
    "zaken.detail": 120,
    "klantcontacten.row": 1.3,
    "klantcontacten.detail": 60,
    "klantcontacten.expand.hadBetrokkenen": 30,
    "klantcontacten.expand.gingOverOnderwerpobjecten": 2.0,
    "klantcontacten.expand.leiddeTotInterneTaken": 2.1,
    "catalogi.detail": 90,
    "catalogi.row": 3.0,
    "statussen.detail": 237,
    "statussen.row": 5.0,
    "zaakinformatieobjecten.list": 178,
    "documenten.detail": 103,
    "klantinteracties.row": 1.5,
    "klantinteracties.detail": 50,
    "brp.persoon": 30,
    "kvk.request": 60,
    "betalingen.row": 1.0,
}

#: Wall floor of every request in the real-cost model (ms).
REAL_FLOOR_MS = 55.0

_current_cost: contextvars.ContextVar[Cost | None] = contextvars.ContextVar(
    "sandbox_cost", default=None
)


def charge(kind: str, n: float = 1) -> None:
    """Charge the current request (no-op outside the cost model)."""
    cost = _current_cost.get()
    if cost is not None:
        cost.add(kind, n)


def start_costing() -> tuple[Cost, contextvars.Token[Cost | None]]:
    """Begin charging the current request."""
    cost = Cost()
    return cost, _current_cost.set(cost)


def stop_costing(token: contextvars.Token[Cost | None]) -> None:
    """Stop charging."""
    _current_cost.reset(token)
