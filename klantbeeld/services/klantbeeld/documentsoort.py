"""Which documents may go to the system viewer: an allow-list, checked by formaat and by content.

A server names a document (``Bijlage aanvraag.pdf.exe``) and states its ``formaat``; neither
can be trusted alone. :func:`toegestaan` gives the :class:`Documentsoort` only when the first
bytes are of a type on the list (PDF, PNG, JPEG, plain text, OpenDocument, Office Open XML
without macros) *and* the formaat announces that same type. :func:`veilige_naam` gives the
name of our own it is written under. Pure functions: no Qt, no I/O. A type's
:attr:`~Documentsoort.naam` is in the screen's language (context "Documentsoort").
"""

from __future__ import annotations

import io
import re
import secrets
import zipfile
from dataclasses import dataclass

from klantbeeld.services.taal import QT_TR_NOOP, vertaal

#: How many bytes are looked at to recognise plain text.
TEKST_PROEF = 8192
#: A zip's table of contents read at most (entries), and a content-types part at most (bytes).
MAX_ZIP_DELEN = 10_000
MAX_CONTENT_TYPES = 1_000_000


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Documentsoort")."""
    return vertaal("Documentsoort", text)


@dataclass(frozen=True)
class Documentsoort:
    """A document type the system viewer may open."""

    #: Its name in Dutch, as written (:attr:`naam` says it in the screen's language).
    nederlands: str
    #: The extension our own file name gets, with the dot.
    extensie: str
    #: The MIME types (``formaat``) that announce this type.
    formaten: frozenset[str]

    @property
    def naam(self) -> str:
        """For the screen, in its language: "PDF-document" / "PDF document"."""
        return tr(self.nederlands)


PDF = Documentsoort(QT_TR_NOOP("PDF-document"), ".pdf", frozenset({"application/pdf"}))
PNG = Documentsoort(QT_TR_NOOP("PNG-afbeelding"), ".png", frozenset({"image/png"}))
JPEG = Documentsoort(QT_TR_NOOP("JPEG-afbeelding"), ".jpg", frozenset({"image/jpeg", "image/jpg"}))
TEKST = Documentsoort(QT_TR_NOOP("tekstbestand"), ".txt", frozenset({"text/plain"}))
ODT = Documentsoort(
    QT_TR_NOOP("OpenDocument-tekst"), ".odt", frozenset({"application/vnd.oasis.opendocument.text"})
)
ODS = Documentsoort(
    QT_TR_NOOP("OpenDocument-rekenblad"),
    ".ods",
    frozenset({"application/vnd.oasis.opendocument.spreadsheet"}),
)
ODP = Documentsoort(
    QT_TR_NOOP("OpenDocument-presentatie"),
    ".odp",
    frozenset({"application/vnd.oasis.opendocument.presentation"}),
)
DOCX = Documentsoort(
    QT_TR_NOOP("Word-document"),
    ".docx",
    frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}),
)
XLSX = Documentsoort(
    QT_TR_NOOP("Excel-werkblad"),
    ".xlsx",
    frozenset({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}),
)
PPTX = Documentsoort(
    QT_TR_NOOP("PowerPoint-presentatie"),
    ".pptx",
    frozenset({"application/vnd.openxmlformats-officedocument.presentationml.presentation"}),
)

#: Every type on the allow-list.
TOEGESTAAN = (PDF, PNG, JPEG, TEKST, ODT, ODS, ODP, DOCX, XLSX, PPTX)

_ODF = {
    b"application/vnd.oasis.opendocument.text": ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": ODS,
    b"application/vnd.oasis.opendocument.presentation": ODP,
}
_OOXML = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX, "ppt/presentation.xml": PPTX}
#: Parts that carry a program: macros, ActiveX, scripts.
_PROGRAMMA = re.compile(
    r"(^|/)(vbaProject\.bin|vbaData\.xml)$|(^|/)activeX/|^(Basic|Scripts)/", re.I
)
#: Control characters that do not occur in plain text (tab, newline, form feed, CR do).
_GEEN_TEKST = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def herken(data: bytes) -> Documentsoort | None:
    """The type the content is, by its first bytes (and a zip's table of contents); or None."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"PK\x03\x04"):
        return _zip_soort(data)
    return TEKST if _is_tekst(data) else None


def _is_tekst(data: bytes) -> bool:
    proef = data[:TEKST_PROEF]
    if not proef or _GEEN_TEKST.search(proef):
        return False
    try:
        proef.decode("utf-8")
    except UnicodeDecodeError as e:
        # a character cut off at the end of the sample is fine, anything else is not text
        return len(data) > TEKST_PROEF and e.start >= len(proef) - 3
    return True


def _zip_soort(data: bytes) -> Documentsoort | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            delen = z.infolist()
            if len(delen) > MAX_ZIP_DELEN:
                return None
            namen = [d.filename for d in delen]
            if any(_PROGRAMMA.search(n) for n in namen):
                return None
            if namen and namen[0] == "mimetype":
                return _ODF.get(z.read("mimetype").strip())
            if "[Content_Types].xml" not in namen:
                return None
            if z.getinfo("[Content_Types].xml").file_size > MAX_CONTENT_TYPES:
                return None
            if b"macroenabled" in z.read("[Content_Types].xml").lower():
                return None
            return next((soort for deel, soort in _OOXML.items() if deel in namen), None)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, NotImplementedError):
        return None


def _formaat(formaat: str | None) -> str:
    return (formaat or "").split(";", 1)[0].strip().lower()


def toegestaan(data: bytes, formaat: str | None) -> Documentsoort | None:
    """The type, when the content is on the allow-list and ``formaat`` announces that type."""
    soort = herken(data)
    if soort is None or _formaat(formaat) not in soort.formaten:
        return None
    return soort


def veilige_naam(soort: Documentsoort) -> str:
    """A file name of our own for ``soort``: ``document-<8 hex>.<ext>``, never the server's."""
    return f"document-{secrets.token_hex(4)}{soort.extensie}"
