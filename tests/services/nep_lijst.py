"""A paged list endpoint with a page cap of its own, paging as Open Klant and Open Zaak do.

Like the real servers (recordings OK 178-181, OZ 35-37, 137): a ``pageSize`` above the cap is
served at the cap without a word, ``next`` keeps the size asked, and a page past the last is
``404`` "Ongeldige pagina.". ``na_verzoek`` may change the list between requests (a list
that grows or shrinks while it is read).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx

from klantbeeld.services.verbinding.http import ApiClient

BASIS = "http://lijst.test/api/v1"


@dataclass
class NepLijst:
    """The list, the cap, and every page asked as (page, pageSize, status)."""

    items: list[dict[str, Any]]
    cap: int
    gevraagd: list[tuple[int, int, int]] = field(default_factory=list)
    na_verzoek: Callable[[NepLijst], None] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        page = int(params.get("page", "1"))
        gevraagd = int(params.get("pageSize", "100"))
        size = min(gevraagd, self.cap)
        start = (page - 1) * size
        if page > 1 and start >= len(self.items):
            antwoord = httpx.Response(
                404,
                json={
                    "code": "not_found",
                    "title": "Niet gevonden.",
                    "status": 404,
                    "detail": "Ongeldige pagina.",
                },
            )
        else:
            volgende = (
                f"{request.url.copy_with(query=None)}?" + urlencode({**params, "page": page + 1})
                if start + size < len(self.items)
                else None
            )
            antwoord = httpx.Response(
                200,
                json={
                    "count": len(self.items),
                    "next": volgende,
                    "previous": None,
                    "results": self.items[start : start + size],
                },
            )
        self.gevraagd.append((page, gevraagd, antwoord.status_code))
        if self.na_verzoek is not None:
            self.na_verzoek(self)
        return antwoord

    @property
    def statussen(self) -> set[int]:
        """Every status answered."""
        return {status for _, _, status in self.gevraagd}


def api_voor(
    lijst: NepLijst, *, bron: str = "Klantinteracties"
) -> tuple[ApiClient, httpx.AsyncClient]:
    """An ApiClient (and its httpx client, to close) talking to ``lijst``."""
    http = httpx.AsyncClient(transport=httpx.MockTransport(lijst))
    return ApiClient(bron=bron, base_url=BASIS, client=http), http
