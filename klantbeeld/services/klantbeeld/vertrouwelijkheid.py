"""The vertrouwelijkheidaanduidingen of the ZGW standard and which of them an agent may open."""

from __future__ import annotations

#: The vertrouwelijkheidaanduidingen of the ZGW standard, from least to most confidential.
VERTROUWELIJKHEDEN = (
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
)


def rang(aanduiding: str) -> int:
    """The place of ``aanduiding`` on the scale (0: openbaar); ValueError for an unknown one."""
    return VERTROUWELIJKHEDEN.index(aanduiding)


def mag_inzien(aanduiding: str | None, maximum: str) -> bool:
    """True when a document of ``aanduiding`` is at or below the agent's ``maximum``.

    An unknown or missing aanduiding counts as the most confidential (never shown by mistake);
    an unknown ``maximum`` lets nothing through.
    """
    if maximum not in VERTROUWELIJKHEDEN or aanduiding not in VERTROUWELIJKHEDEN:
        return False
    return rang(aanduiding) <= rang(maximum)
