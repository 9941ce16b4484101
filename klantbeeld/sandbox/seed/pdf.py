"""A tiny PDF writer for the oefenomgeving's documents: one A4 page of Helvetica text."""

from __future__ import annotations

from collections.abc import Sequence


def _escape(text: str) -> bytes:
    """A PDF literal string body in WinAnsi (Latin-1) encoding."""
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def maak_pdf(titel: str, regels: Sequence[str] = ()) -> bytes:
    """A valid single-page PDF showing ``titel`` in bold and ``regels`` below it."""
    stream = bytearray(b"BT /F2 16 Tf 56 780 Td (" + _escape(titel) + b") Tj ET\n")
    y = 750
    for regel in regels:
        stream += b"BT /F1 11 Tf 56 %d Td (" % y + _escape(regel) + b") Tj ET\n"
        y -= 16
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
