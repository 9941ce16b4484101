"""Screen-pop requests from telephony: a ``klantbeeld:`` URI or the command line, checked.

A telephony platform opens ``klantbeeld:bel?nummer=%2B31612345678`` (or runs ``klantbeeld
--bel 0612345678``) on an incoming call; ``klantbeeld:bsn?bsn=…`` and
``klantbeeld:zaak?identificatie=…`` do the same for a known person or zaak. What arrives comes
from another program and is untrusted: :func:`lees_uri` and :func:`lees_argumenten` give one
:class:`Schermpop` or raise :class:`OngeldigeSchermpop` with a plain message in the screen's
language (context "Schermpop"), and nothing else happens. The running app and a second launch
talk over a local socket in frames of a 4-byte length and UTF-8 JSON (:func:`verpak`,
:class:`Frames`), capped at :data:`MAX_BYTES`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import quote, unquote

from klantbeeld.services.klantbeeld.invoer import (
    ANDERE_CIJFERS,
    STUURTEKEN,
    heeft_andere_cijfers,
    heeft_stuurteken,
    valideer_bsn,
)
from klantbeeld.services.klantbeeld.invoer import tr as invoer_tr
from klantbeeld.services.klantbeeld.telefoonnummer import Telefoonnummer, lees_telefoonnummer
from klantbeeld.services.klantbeeld.zoekvraag import (
    BsnVraag,
    GeldigeVraag,
    TelefoonVraag,
    ZaaknummerVraag,
    herken,
)
from klantbeeld.services.taal import QT_TR_NOOP, vertaal
from klantbeeld.services.verbinding.errors import OngeldigeInvoer

#: The URI scheme registered with the operating system.
SCHEMA = "klantbeeld"
#: Longest request (URI or frame) read at all: anything larger is refused unread.
MAX_BYTES = 2048
#: A zaak's identificatie: at most 40 characters (ZGW), letters, digits and ``-_.``.
_ZAAK = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,39}")

#: Refusals said more than once (Dutch sources; raised in the screen's language).
MELDING_TE_GROOT = QT_TR_NOOP("Het verzoek is te groot; Klantbeeld leest het niet.")
MELDING_GEEN_SCHEMA = QT_TR_NOOP("Dit is geen Klantbeeld-link: die begint met klantbeeld:")
MELDING_ONLEESBAAR = QT_TR_NOOP("Het verzoek is onleesbaar.")
MELDING_EEN_TEGELIJK = QT_TR_NOOP("Geef één verzoek tegelijk: een link, --bel of --bsn.")


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Schermpop", as the screen-pop's view)."""
    return vertaal("Schermpop", text)


class Actie(StrEnum):
    """What a screen-pop asks for."""

    BEL = "bel"
    BSN = "bsn"
    ZAAK = "zaak"


#: Per action: its one required parameter, and the optional ones.
PARAMETERS: dict[Actie, tuple[str, frozenset[str]]] = {
    Actie.BEL: ("nummer", frozenset()),
    Actie.BSN: ("bsn", frozenset({"zaak"})),
    Actie.ZAAK: ("identificatie", frozenset()),
}


class OngeldigeSchermpop(OngeldigeInvoer):
    """A screen-pop request that cannot be used; ``melding`` says why, in plain words."""


@dataclass(frozen=True)
class Schermpop:
    """One checked request: the action and its normalised value."""

    actie: Actie
    #: ``0612345678`` (a phone number), a BSN, or a zaak's identificatie.
    waarde: str
    #: A zaak to open with the person (``bsn`` only).
    zaak: str | None = None

    @property
    def telefoonnummer(self) -> Telefoonnummer | None:
        """The caller's number (``bel`` only)."""
        return Telefoonnummer(self.waarde) if self.actie is Actie.BEL else None

    @property
    def omschrijving(self) -> str:
        """What it asks for, in the agent's words ("Inkomend gesprek van 06-12345678")."""
        if self.actie is Actie.BEL:
            return tr("Inkomend gesprek van {nummer}").format(
                nummer=Telefoonnummer(self.waarde).weergave
            )
        if self.actie is Actie.BSN and self.zaak:
            return tr("Klantbeeld openen voor een BSN, zaak {zaak}").format(zaak=self.zaak)
        if self.actie is Actie.BSN:
            return tr("Klantbeeld openen voor een BSN")
        return tr("Zaak {zaak} openen").format(zaak=self.waarde)

    def zoekvraag(self) -> GeldigeVraag:
        """The search this request is, as if the agent had typed it."""
        vraag = herken(self.waarde)
        if self.actie is Actie.BEL:
            if isinstance(vraag, TelefoonVraag) and vraag.telefoonnummer == self.waarde:
                return vraag
            return TelefoonVraag(self.waarde, self.waarde)
        if self.actie is Actie.BSN:
            return BsnVraag(self.waarde, self.waarde)
        if isinstance(vraag, ZaaknummerVraag):
            return vraag
        return ZaaknummerVraag(self.waarde, self.waarde)

    def uri(self) -> str:
        """As a ``klantbeeld:`` URI (what a second launch hands to the running app)."""
        naam, _ = PARAMETERS[self.actie]
        query = f"{naam}={quote(self.waarde, safe='')}"
        if self.zaak:
            query += f"&zaak={quote(self.zaak, safe='')}"
        return f"{SCHEMA}:{self.actie.value}?{query}"


def _fout(melding: str, veld: str | None = None) -> OngeldigeSchermpop:
    """The refusal, ``melding`` already in the screen's language."""
    return OngeldigeSchermpop(melding, veld=veld)


def _controleer_tekst(tekst: str) -> None:
    if len(tekst.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise _fout(tr(MELDING_TE_GROOT))
    if heeft_stuurteken(tekst):
        raise _fout(invoer_tr(STUURTEKEN))
    if heeft_andere_cijfers(tekst):
        raise _fout(invoer_tr(ANDERE_CIJFERS))


def _maak(actie: Actie, waarde: str, zaak: str | None = None) -> Schermpop:
    """Check and normalise one action's value(s)."""
    try:
        match actie:
            case Actie.BEL:
                return Schermpop(actie, lees_telefoonnummer(waarde).nummer)
            case Actie.BSN:
                return Schermpop(actie, valideer_bsn(waarde), _zaak(zaak) if zaak else None)
            case Actie.ZAAK:
                return Schermpop(actie, _zaak(waarde))
    except OngeldigeSchermpop:
        raise
    except OngeldigeInvoer as e:
        raise _fout(e.melding, e.veld) from e
    raise _fout(tr("Klantbeeld kent deze opdracht niet."))  # pragma: no cover (every Actie)


def _zaak(tekst: str) -> str:
    waarde = tekst.strip()
    if not _ZAAK.fullmatch(waarde):
        raise _fout(
            tr(
                "Dit zaaknummer klopt niet: hoogstens 40 letters, cijfers, punten, "
                "koppel- en liggende streepjes."
            ),
            "identificatie",
        )
    return waarde


def lees_uri(uri: str) -> Schermpop:
    """The request in a ``klantbeeld:`` URI (``klantbeeld://bel?…`` is read the same way).

    A literal ``+`` in a value stays a ``+`` (``nummer=+31…``); ``%2B`` is the same.
    Unknown actions, unknown or repeated parameters and fragments are refused.
    """
    if not isinstance(uri, str):
        raise _fout(tr(MELDING_GEEN_SCHEMA))
    tekst = uri.strip() if len(uri) <= 2 * MAX_BYTES else uri
    _controleer_tekst(tekst)
    schema, dubbele_punt, rest = tekst.partition(":")
    if not dubbele_punt or schema.lower() != SCHEMA:
        raise _fout(tr(MELDING_GEEN_SCHEMA))
    if "#" in rest:
        raise _fout(tr("Een Klantbeeld-link heeft geen deel na een #."))
    pad, _, query = rest.partition("?")
    naam = pad.removeprefix("//").rstrip("/").lower()
    try:
        actie = Actie(naam)
    except ValueError:
        bekend = ", ".join(a.value for a in Actie)
        raise _fout(
            tr("Klantbeeld kent de opdracht “{naam}” niet; wel: {bekend}.").format(
                naam=naam[:20], bekend=bekend
            )
        ) from None
    waarden: dict[str, str] = {}
    for deel in query.split("&") if query else []:
        sleutel, is_, waarde = deel.partition("=")
        sleutel = unquote(sleutel, errors="replace")
        if not is_:
            raise _fout(
                tr("In de link ontbreekt een waarde bij “{naam}”.").format(naam=sleutel[:20])
            )
        if sleutel in waarden:
            raise _fout(tr("“{naam}” staat twee keer in de link.").format(naam=sleutel[:20]))
        try:
            waarden[sleutel] = unquote(waarde, errors="strict")
        except UnicodeDecodeError:
            raise _fout(tr("De link bevat tekens die Klantbeeld niet kan lezen.")) from None
    nodig, mag = PARAMETERS[actie]
    vreemd = sorted(set(waarden) - {nodig} - mag)
    if vreemd:
        raise _fout(tr("De link bevat een onbekend onderdeel: {naam}.").format(naam=vreemd[0][:20]))
    if not waarden.get(nodig, "").strip():
        raise _fout(
            tr("In de link ontbreekt {naam}= (bijvoorbeeld {voorbeeld}).").format(
                naam=nodig, voorbeeld=_voorbeeld(actie)
            )
        )
    _controleer_tekst("".join(waarden.values()))
    return _maak(actie, waarden[nodig], waarden.get("zaak"))


def _voorbeeld(actie: Actie) -> str:
    return {
        Actie.BEL: "klantbeeld:bel?nummer=0612345678",
        Actie.BSN: "klantbeeld:bsn?bsn=999993653",
        Actie.ZAAK: "klantbeeld:zaak?identificatie=ZAAK-2026-0000000001",
    }[actie]


def lees_argumenten(
    *,
    uri: str | None = None,
    bel: str | None = None,
    bsn: str | None = None,
    zaak: str | None = None,
) -> Schermpop | None:
    """The request on a command line (a URI, ``--bel``, ``--bsn`` with or without ``--zaak``,
    or ``--zaak``); None when there is none. More than one request at once is refused."""
    gegeven = [x for x in (uri, bel, bsn) if x is not None]
    if len(gegeven) > 1:
        raise _fout(tr(MELDING_EEN_TEGELIJK))
    for tekst in (uri, bel, bsn, zaak):
        if tekst is not None:
            _controleer_tekst(tekst)
    if uri is not None:
        if zaak is not None:
            raise _fout(tr(MELDING_EEN_TEGELIJK))
        return lees_uri(uri)
    if bel is not None:
        if zaak is not None:
            raise _fout(tr("--zaak hoort bij --bsn, niet bij --bel."))
        return _maak(Actie.BEL, bel)
    if bsn is not None:
        return _maak(Actie.BSN, bsn, zaak)
    if zaak is not None:
        return _maak(Actie.ZAAK, zaak)
    return None


# -- the wire: length-prefixed JSON frames ---------------------------------------------------


def verpak(bericht: dict[str, Any]) -> bytes:
    """One frame: 4 bytes big-endian length, then the UTF-8 JSON."""
    data = json.dumps(bericht, ensure_ascii=False).encode("utf-8")
    if len(data) > MAX_BYTES:
        raise _fout(tr(MELDING_TE_GROOT))
    return len(data).to_bytes(4, "big") + data


class Frames:
    """Reads frames from a byte stream as it arrives; refuses one larger than the cap."""

    def __init__(self, maximum: int = MAX_BYTES) -> None:
        self.maximum = maximum
        self._buffer = bytearray()

    def voeg_toe(self, data: bytes) -> list[dict[str, Any]]:
        """Add what arrived; the complete frames so far. Raises on a bad or oversized frame."""
        self._buffer += data
        uit: list[dict[str, Any]] = []
        while len(self._buffer) >= 4:
            lengte = int.from_bytes(self._buffer[:4], "big")
            if lengte > self.maximum:
                self._buffer.clear()
                raise _fout(tr(MELDING_TE_GROOT))
            if len(self._buffer) < 4 + lengte:
                break
            data_frame = bytes(self._buffer[4 : 4 + lengte])
            del self._buffer[: 4 + lengte]
            try:
                bericht = json.loads(data_frame.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as e:
                raise _fout(tr(MELDING_ONLEESBAAR)) from e
            if not isinstance(bericht, dict):
                raise _fout(tr(MELDING_ONLEESBAAR))
            uit.append(bericht)
        return uit


def lees_bericht(bericht: dict[str, Any]) -> Schermpop:
    """The request in a frame ``{"uri": "klantbeeld:…"}``."""
    uri = bericht.get("uri")
    if set(bericht) != {"uri"} or not isinstance(uri, str):
        raise _fout(tr(MELDING_ONLEESBAAR))
    return lees_uri(uri)
