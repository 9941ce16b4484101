"""One processing of personal data as Klantbeeld records it, and how it becomes log lines.

A :class:`Verwerking` holds who (the medewerker), what (the :class:`Handeling`, one
verwerkingsactiviteit), why (the doelbinding the agent chose) and whose data (the
:class:`Betrokkene` s: BSN or KVK-nummer). It is kept whole only in the encrypted journal
(:mod:`.journaal`). What leaves the workstation for the logboek is a log line after the
standard Logboek Dataverwerkingen: a span whose ``dpl.core.data_subject_id`` is a keyed
pseudonym of the number (:func:`pseudoniem`, as the standard recommends), never the number.

Ids are derived from the record's id (:attr:`Verwerking.trace_id`, :meth:`Verwerking.span_id`):
sent twice, a record is the same span twice, and a logboek keeps it once.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from klantbeeld.services.klantbeeld.invoer import valideer_bsn, valideer_kvk
from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding import tracecontext

#: ``dpl.core`` attribute names, exactly as the standard (Logius, component Logboek) gives them.
PROCESSING_ACTIVITY_ID = "dpl.core.processing_activity_id"
DATA_SUBJECT_ID = "dpl.core.data_subject_id"
DATA_SUBJECT_ID_TYPE = "dpl.core.data_subject_id_type"
#: Klantbeeld's own attributes (outside the ``dpl.`` namespace the standard reserves).
MEDEWERKER = "klantbeeld.medewerker"
DOELBINDING = "klantbeeld.doelbinding"
OBJECT = "klantbeeld.object"
VERWERKING_ID = "klantbeeld.verwerking_id"

#: The activities' ids when no Register van Verwerkingsactiviteiten is configured.
STANDAARD_REGISTER = "urn:klantbeeld:verwerkingsactiviteit"


class Handeling(StrEnum):
    """The verwerkingsactiviteiten Klantbeeld logs; the value is the span name and the id."""

    KLANTBEELD_OPENEN = "klantbeeld-raadplegen"
    BSN_TONEN = "bsn-tonen"
    DOCUMENT_OPENEN = "document-raadplegen"
    VRAAG_BEANTWOORDEN = "vraag-beantwoorden"
    CSV_EXPORTEREN = "contacthistorie-exporteren"
    INZAGE = "verwerkingen-inzien"


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Verwerkingslog")."""
    return vertaal("Verwerkingslog", text)


def handeling_titel(handeling: Handeling) -> str:
    """What an activity is called on screen (the Inzage view), in the screen's language; the
    log line itself carries only the activity's id."""
    titels = {
        Handeling.KLANTBEELD_OPENEN: tr("Klantbeeld geopend"),
        Handeling.BSN_TONEN: tr("BSN getoond"),
        Handeling.DOCUMENT_OPENEN: tr("Document geopend"),
        Handeling.VRAAG_BEANTWOORDEN: tr("Vraag beantwoord"),
        Handeling.CSV_EXPORTEREN: tr("Contacthistorie geëxporteerd (met BSN)"),
        Handeling.INZAGE: tr("Verwerkingen ingezien"),
    }
    return titels[handeling]


class SoortNummer(StrEnum):
    """What identifies a betrokkene; the value is ``dpl.core.data_subject_id_type``."""

    BSN = "BSN"
    KVK = "KVK-nummer"


class Betrokkene(BaseModel):
    """Whose data: a BSN (elfproef) or a KVK-nummer. Its repr never shows the number."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    soort: SoortNummer
    nummer: str = Field(repr=False)

    @model_validator(mode="after")
    def _geldig(self) -> Betrokkene:
        bsn = self.soort is SoortNummer.BSN
        nummer = valideer_bsn(self.nummer) if bsn else valideer_kvk(self.nummer)
        object.__setattr__(self, "nummer", nummer)
        return self

    @classmethod
    def bsn(cls, nummer: str) -> Betrokkene:
        """A person by BSN (raises OngeldigeInvoer when it fails the elfproef)."""
        return cls(soort=SoortNummer.BSN, nummer=nummer)

    @classmethod
    def kvk(cls, nummer: str) -> Betrokkene:
        """A business by KVK-nummer."""
        return cls(soort=SoortNummer.KVK, nummer=nummer)

    @classmethod
    def van(cls, *, bsn: str | None = None, kvk_nummer: str | None = None) -> Betrokkene | None:
        """The person (BSN first) or business a record is about; None when neither is known."""
        if bsn:
            return cls.bsn(bsn)
        return cls.kvk(kvk_nummer) if kvk_nummer else None


def pseudoniem(sleutel: bytes, betrokkene: Betrokkene) -> str:
    """The keyed pseudonym (HMAC-SHA256, hex) the logboek gets instead of the number.

    The same key on every workstation of a municipality gives the same pseudonym, so the
    Inzage view finds one person's records by computing it from the BSN typed there.
    """
    bericht = f"{betrokkene.soort.value}:{betrokkene.nummer}".encode()
    return hmac.new(sleutel, bericht, hashlib.sha256).hexdigest()


def _id_bits(verwerking_id: str, wat: str, bits: int) -> int:
    digest = hashlib.sha256(f"{wat}:{verwerking_id}".encode()).digest()
    return int.from_bytes(digest[: bits // 8], "big") or 1


class Verwerking(BaseModel):
    """One record of the verwerkingslog (kept encrypted; its repr hides the betrokkenen)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    handeling: Handeling
    #: The medewerker's identification (as the identity provider or settings give it).
    medewerker: str
    doelbinding: str
    #: Whose data; empty only where nobody is known by number (a question from someone
    #: unknown): "een logregel kan naar 0 of 1 Betrokkenen verwijzen".
    betrokkenen: tuple[Betrokkene, ...] = Field(repr=False)
    #: What was looked at besides the person (a document's or internetaak's URL); no personal data.
    object_id: str | None = None
    #: When (seconds since the epoch) the record was made: before anything was shown.
    tijdstip: float

    @field_validator("medewerker", "doelbinding")
    @classmethod
    def _niet_leeg(cls, waarde: str) -> str:
        waarde = waarde.strip()
        if not waarde:
            raise ValueError("mag niet leeg zijn")
        return waarde

    @property
    def trace_id(self) -> int:
        """The 128-bit trace id of this verwerking, derived from its id (stable on resend)."""
        return _id_bits(self.id, "trace", 128)

    def span_id(self, index: int | None = None) -> int:
        """The 64-bit span id: the verwerking's own (None) or its ``index``-th betrokkene's."""
        return _id_bits(self.id, "span" if index is None else f"span{index}", 64)

    @property
    def traceparent(self) -> str:
        """The W3C ``traceparent`` requests made for this verwerking carry."""
        return tracecontext.traceparent(self.trace_id, self.span_id())


def activiteit_id(handeling: Handeling, register_url: str = "") -> str:
    """``dpl.core.processing_activity_id``: the activity's URI in the register."""
    basis = register_url.rstrip("/")
    return f"{basis}/{handeling.value}" if basis else f"{STANDAARD_REGISTER}:{handeling.value}"


def attributen(
    verwerking: Verwerking,
    betrokkene: Betrokkene | None,
    *,
    sleutel: bytes,
    register_url: str = "",
) -> dict[str, Any]:
    """A log line's attributes; with ``betrokkene`` its pseudonym and type (never the number)."""
    uit: dict[str, Any] = {
        PROCESSING_ACTIVITY_ID: activiteit_id(verwerking.handeling, register_url),
        MEDEWERKER: verwerking.medewerker,
        DOELBINDING: verwerking.doelbinding,
        VERWERKING_ID: verwerking.id,
    }
    if verwerking.object_id:
        uit[OBJECT] = verwerking.object_id
    if betrokkene is not None:
        uit[DATA_SUBJECT_ID] = pseudoniem(sleutel, betrokkene)
        uit[DATA_SUBJECT_ID_TYPE] = betrokkene.soort.value
    return uit


def een_of_meer(betrokkenen: Betrokkene | Sequence[Betrokkene]) -> tuple[Betrokkene, ...]:
    """One betrokkene or several, as a tuple."""
    return (betrokkenen,) if isinstance(betrokkenen, Betrokkene) else tuple(betrokkenen)
