"""A delivery's idempotency key: our own ``referentienummer``, and proof that an object is ours.

Open Klant (2.18, recorded in ``shared/recorded``) accepts for a klantcontact's ``nummer`` and
``referentienummer`` only an integer of at most 10 characters, never generates one, refuses a
second klantcontact with the same value anywhere on the server (``400``, code ``unique``) and
can be filtered on both exactly. ``nummer`` is deprecated; we use ``referentienummer`` and leave
``nummer`` out.

The key of klantcontact ``i`` of a registration is ten decimal digits (first digit 1–9) taken
from SHA-256 of the registration id (a uuid4, 122 random bits) with ``i`` and a round counter
(:func:`referentienummer`). The number is only a way to find the object again; it is never
the proof that a found object is ours. That proof is :func:`is_van_ons`: the registration id we
put in the klantcontact's ``metadata``, and — whether or not the server keeps ``metadata`` —
everything else we sent (kanaal, onderwerp, inhoud, reactie, the moment to the second).

The arithmetic, at 10 million klantcontacten on a shared server that all carry a number from
the same space of 9·10⁹ values (the worst case):

- a new number is already taken with chance 10⁷ / 9·10⁹ ≈ 1.1·10⁻³. The server then refuses it
  (``unique``); we look the holder up, see it is not ours, and move to the next round's number
  (recorded in the journal before it is sent). Five rounds all taken: (1.1·10⁻³)⁵ ≈ 2·10⁻¹⁵;
- a foreign object is taken for ours only if it holds our number *and* our registration id
  (≈ 10⁷ / 2¹²² ≈ 2·10⁻³⁰) or, on a server that drops ``metadata``, our number *and* the same
  kanaal, onderwerp, inhoud, reactie and second — a second copy of the same conversation;
- a late commit of our own write (the answer lost, the row there later) holds the number: the
  retry is refused ``unique``, the look-up proves it ours, and it counts as delivered once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from klantbeeld.services.verbinding.errors import ApiStatusError

#: How many numbers we try before giving up on an item (each refused as someone else's).
MAX_RONDES = 5

#: The key's format version, recorded in the journal's progress of each item delivered with it.
SLEUTELVERSIE = 2

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_BASIS36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def referentienummer(registratie_id: str, soort: str, index: int = 0, ronde: int = 0) -> str:
    """Ten digits, the first 1–9, from the registration id, the object kind, index and round."""
    bron = f"{registratie_id}:{soort}:{index}:{ronde}".encode("ascii")
    waarde = int.from_bytes(hashlib.sha256(bron).digest()[:8], "big")
    return str(1_000_000_000 + waarde % 9_000_000_000)


def oud_nummer(registratie_id: str, index: int | None) -> str:
    """The ``nummer`` versions before 2 sent (``K`` + 8 Crockford + index or ``T``).

    Only to look up an item that an older version may already have delivered to a server that
    accepted it (the oefenomgeving did; real Open Klant refused it).
    """
    waarde = int(registratie_id[:10], 16)
    stam = "".join(_CROCKFORD[(waarde >> (35 - 5 * i)) & 31] for i in range(8))
    return f"K{stam}{'T' if index is None else _BASIS36[index]}"


@dataclass(frozen=True)
class Verwacht:
    """What we sent in one klantcontact: what a found object must show to be ours."""

    registratie_id: str
    kanaal: str
    onderwerp: str
    inhoud: str
    reactie: str
    plaatsgevonden_op: datetime


def _moment(waarde: Any) -> datetime | None:
    if not isinstance(waarde, str):
        return None
    try:
        moment = datetime.fromisoformat(waarde.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def is_van_ons(item: Any, verwacht: Verwacht) -> bool:
    """True only when ``item`` (a klantcontact as the server returned it) is the one we sent.

    A ``metadata.registratie`` naming another registration is never ours. Otherwise every text
    we sent must be there as sent and the moment must be the same second.
    """
    if not isinstance(item, Mapping):
        return False
    metadata = item.get("metadata")
    if (
        isinstance(metadata, Mapping)
        and "registratie" in metadata
        and metadata.get("registratie") != verwacht.registratie_id
    ):
        return False
    moment = _moment(item.get("plaatsgevondenOp"))
    if moment is None or int(moment.timestamp()) != int(verwacht.plaatsgevonden_op.timestamp()):
        return False
    return (
        item.get("kanaal") == verwacht.kanaal
        and item.get("onderwerp") == verwacht.onderwerp
        and (item.get("inhoud") or "") == verwacht.inhoud
        and (item.get("reactie") or "") == verwacht.reactie
    )


def uniek_geweigerd(fout: ApiStatusError, veld: str) -> bool:
    """True for a 400 whose ``invalidParams`` say ``veld`` (or ``x.veld``) must be unique."""
    if fout.status_code != 400 or not isinstance(fout.body, Mapping):
        return False
    for param in fout.body.get("invalidParams") or []:
        if not isinstance(param, Mapping):
            continue
        naam = str(param.get("name", ""))
        if param.get("code") == "unique" and (naam == veld or naam.endswith(f".{veld}")):
            return True
    return False


def nummer_geweigerd(body: Any) -> bool:
    """True for a refusal of a ``nummer``/``referentienummer`` format (the pre-2 key's fault)."""
    if not isinstance(body, Mapping):
        return False
    for param in body.get("invalidParams") or []:
        if not isinstance(param, Mapping):
            continue
        naam = str(param.get("name", "")).rsplit(".", 1)[-1]
        if naam in ("nummer", "referentienummer") and param.get("code") in (
            "invalid",
            "max_length",
        ):
            return True
    return False
