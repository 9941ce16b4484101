"""Typed errors of the services layer, each naming the source that failed.

The tree::

    KlantbeeldError
    ├── OngeldigeInvoer                 bad input before any request (BSN elfproef, KVK length)
    ├── ConfiguratieFout                settings or secrets missing or unusable
    │   ├── NietIngesteld               a source that is off: no client (not a failure)
    │   └── OnveiligeVerbinding         http:// or TLS verification off for a real server
    └── ApiError                        anything that went wrong talking to an API
        ├── ApiVerbindingsfout          no connection (refused, DNS, dropped)
        │   └── ApiTimeout              the server took too long
        ├── OngeldigAntwoord            the answer was not the JSON we expect
        │   └── VreemdAdres             it pointed us to a URL outside the API's own root
        ├── GrensBereikt                a list or answer larger than we will read
        ├── Verwerkingsfout             Klantbeeld failed on what the source answered (a bug)
        └── ApiStatusError              the server answered with an error status
            ├── OngeldigVerzoek         400: the server refused what we sent
            ├── NietGeautoriseerd       401/403: credentials wrong or missing
            ├── NietGevonden            404
            └── ServerFout              5xx

Every ApiError carries ``bron``: the human name of the source ("BRP", "Zaaksysteem", ...),
so a screen can say which server failed. ``bron`` stays the Dutch name (code compares it);
:func:`bronnaam` gives the name the screen uses in its language, and ``str(error)`` uses it.
"""

from __future__ import annotations

from typing import Any

from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding.tekst import een_regel

#: At most this many characters of a server's message go into an error.
MAX_MELDING = 300


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Fouten")."""
    return vertaal("Fouten", text)


def bronnaam(bron: str) -> str:
    """The name of source ``bron`` as the screen calls it in its language ("Betalingen":
    "Payments"); translated as the settings dialog's tabs are (context "Instellingen", where
    ``make vertalingen`` files ``BRON_NAMEN`` and ``BRON_TITELS``). Unknown names as written."""
    return vertaal("Instellingen", bron)


class KlantbeeldError(Exception):
    """Base of every error the services raise on purpose."""


class OngeldigeInvoer(KlantbeeldError):
    """The user's input cannot be used; ``melding`` is plain Dutch for the screen."""

    def __init__(self, melding: str, *, veld: str | None = None) -> None:
        super().__init__(melding)
        self.melding = melding
        self.veld = veld


class ConfiguratieFout(KlantbeeldError):
    """Settings or secrets are missing or cannot be used."""


class NietIngesteld(ConfiguratieFout):
    """A source is not configured (switched off): its parts are absent, nothing failed."""

    def __init__(self, bron: str) -> None:
        super().__init__(tr("{bron} is niet ingesteld.").format(bron=bronnaam(bron)))
        self.bron = bron


class OnveiligeVerbinding(ConfiguratieFout):
    """A real server configured without protection: ``http://`` or certificates not checked."""

    def __init__(self, bron: str, reden: str) -> None:
        super().__init__(f"{bronnaam(bron)}: {reden}")
        self.bron = bron
        self.reden = reden


class ApiError(KlantbeeldError):
    """Talking to an API failed; ``bron`` names the source.

    ``melding`` is made plain, one line and short (:func:`een_regel`): whatever a server put in
    it (an HTML error page) reaches the screen as text, never as markup.
    """

    def __init__(self, bron: str, melding: str, *, url: str | None = None) -> None:
        melding = een_regel(melding, max_tekens=MAX_MELDING)
        super().__init__(f"{bronnaam(bron)}: {melding}")
        self.bron = bron
        self.melding = melding
        self.url = url


class ApiVerbindingsfout(ApiError):
    """The server could not be reached or dropped the connection."""


class ApiTimeout(ApiVerbindingsfout):
    """The server did not answer in time."""


class OngeldigAntwoord(ApiError):
    """The server answered, but not with the JSON the API promises."""


class VreemdAdres(OngeldigAntwoord):
    """The server named a URL outside the root configured for this API (a server fault).

    Nothing is sent there: no credential, no query. ``url`` is the address it named.
    """


class GrensBereikt(ApiError):
    """The server offered more than Klantbeeld reads (items, pages or bytes): it stopped."""


class Verwerkingsfout(ApiError):
    """Klantbeeld itself failed on what this source answered: a bug, not the server's fault.

    The composer shows the part as failed with this (its source named) so the rest of the
    klantbeeld still fills, and raises the original exception once every other part is in.
    """


class ApiStatusError(ApiError):
    """The server answered with an error status; ``body`` holds its parsed error body."""

    def __init__(
        self,
        bron: str,
        melding: str,
        *,
        status_code: int,
        body: Any = None,
        url: str | None = None,
    ) -> None:
        super().__init__(bron, melding, url=url)
        self.status_code = status_code
        self.body = body


class OngeldigVerzoek(ApiStatusError):
    """400 (or 412/422): the server refused the request as sent."""


class NietGeautoriseerd(ApiStatusError):
    """401 or 403: credentials missing, wrong, or without the needed rights."""


class NietGevonden(ApiStatusError):
    """404: the requested object does not exist."""


class ServerFout(ApiStatusError):
    """5xx: the server failed."""


def reden(fout: KlantbeeldError) -> str:
    """What went wrong, without the source's name: for a message that names it already
    ("Klantinteracties niet bereikbaar — serverfout (503)", not "— Klantinteracties: ...")."""
    return fout.melding if isinstance(fout, ApiError) else str(fout)
