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
from typing import Any
from urllib.parse import urlencode

import jwt
from starlette.requests import Request
from starlette.responses import Response

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
    # Open Zaak sends errors as problem+json, except 403 (plain JSON, as recorded);
    # Open Klant ("ok") always sends plain JSON.
    media = (
        "application/problem+json"
        if fout.stijl == "zgw" and fout.status != 403
        else "application/json"
    )
    return json_response(request, body, fout.status, media_type=media, headers=fout.headers)


def ongeldig(name: str, reason: str, code: str = "invalid", *, stijl: str = "zgw") -> ApiFout:
    """A 400 for one invalid parameter or field."""
    return ApiFout(
        400,
        "invalid",
        "Ongeldige invoerwaarde.",
        "Ongeldige invoerwaarde.",
        invalid_params=[{"name": name, "code": code, "reason": reason}],
        stijl=stijl,
    )


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
    """``page`` (1-based) and ``pageSize`` (capped at 500, as the servers do)."""
    try:
        page = int(request.query_params.get("page", "1"))
        size = int(request.query_params.get("pageSize", str(DEFAULT_PAGE_SIZE)))
    except ValueError as e:
        raise ongeldig("page", "Ongeldige pagina.", stijl=stijl) from e
    if page < 1:
        raise niet_gevonden(stijl)
    return page, max(1, min(size, MAX_PAGE_SIZE))


def paginate(
    request: Request,
    items: Sequence[Obj],
    to_json: Callable[[Obj], Obj] = lambda o: o,
    *,
    stijl: str = "zgw",
) -> tuple[dict[str, Any], list[Obj]]:
    """One page in the ``count/next/previous/results`` shape, plus the page's raw items."""
    page, size = page_params(request, stijl=stijl)
    start = (page - 1) * size
    if start >= len(items) and page > 1:
        raise ApiFout(404, "not_found", "Niet gevonden.", "Ongeldige pagina.", stijl=stijl)
    chunk = list(items[start : start + size])

    def link(n: int) -> str | None:
        if n < 1 or (n - 1) * size >= len(items):
            return None
        query = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        if n > 1:
            query.append(("page", str(n)))
        return (
            f"{request_base(request)}{request.url.path}?{urlencode(query)}"
            if query
            else (f"{request_base(request)}{request.url.path}")
        )

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
