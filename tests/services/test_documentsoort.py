"""The system viewer's allow-list: by formaat and by content, never by the server's name."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from klantbeeld.sandbox.seed.zaken import document_pdf
from klantbeeld.services.klantbeeld.documentsoort import (
    DOCX,
    JPEG,
    ODT,
    PDF,
    PNG,
    TEKST,
    XLSX,
    herken,
    toegestaan,
    veilige_naam,
)

#: The start of a Windows program.
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def maak_zip(delen: dict[str, bytes], *, odf: bytes | None = None) -> bytes:
    """A zip with ``delen``; with ``odf`` an OpenDocument ("mimetype" first, stored)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        if odf is not None:
            z.writestr("mimetype", odf, compress_type=zipfile.ZIP_STORED)
        for naam, inhoud in delen.items():
            z.writestr(naam, inhoud)
    return buf.getvalue()


def docx(*, macro: bool = False) -> bytes:
    """A minimal Word document (a macro-enabled one with ``macro``)."""
    soort = "application/vnd.ms-word.document.macroEnabled.main+xml" if macro else WORD
    delen = {
        "[Content_Types].xml": f'<Types><Override ContentType="{soort}"/></Types>'.encode(),
        "word/document.xml": b"<w:document/>",
    }
    if macro:
        delen["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0"
    return maak_zip(delen)


ODT_BYTES = maak_zip(
    {"content.xml": b"<office:document-content/>"},
    odf=b"application/vnd.oasis.opendocument.text",
)

ODT_MACRO = maak_zip(
    {"Basic/Standard/Module1.xml": b"<script:module/>"},
    odf=b"application/vnd.oasis.opendocument.text",
)


@pytest.mark.parametrize(
    ("data", "soort"),
    [
        (document_pdf("Brief"), PDF),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, PNG),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, JPEG),
        ("Beste mevrouw Moulin,\n\tgroet — één".encode(), TEKST),
        (docx(), DOCX),
        (ODT_BYTES, ODT),
        (maak_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"}), XLSX),
        (EXE, None),
        (b"#!/bin/sh\nrm -rf ~\x00", None),
        (b"\x1b[31m rood", None),
        (docx(macro=True), None),
        (ODT_MACRO, None),
        (maak_zip({"a.txt": b"x"}), None),
        (b"PK\x03\x04 kapot", None),
        (b"", None),
        ("tekst".encode("utf-16"), None),
    ],
)  # fmt: skip
def test_herken_by_content(data: bytes, soort: object) -> None:
    assert herken(data) is soort


def test_formaat_and_content_must_agree() -> None:
    pdf = document_pdf("Brief")
    assert toegestaan(pdf, "application/pdf") is PDF
    assert toegestaan(pdf, "Application/PDF; charset=binary") is PDF
    assert toegestaan(pdf, "image/png") is None  # says PNG, is PDF
    assert toegestaan(pdf, None) is None and toegestaan(pdf, "") is None
    assert toegestaan(EXE, "application/pdf") is None  # says PDF, is a program
    assert toegestaan(docx(), WORD) is DOCX
    assert toegestaan(docx(macro=True), WORD) is None


def test_names_are_our_own() -> None:
    naam = veilige_naam(PDF)
    assert re.fullmatch(r"document-[0-9a-f]{8}\.pdf", naam)
    assert veilige_naam(PDF) != naam
