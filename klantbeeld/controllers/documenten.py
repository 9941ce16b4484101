"""The document viewer's controller: renders a PDF's pages off the loop and prints them.

:func:`render_pdf` is plain work (bytes in, QImages out) that runs in the one PDF worker thread;
:func:`druk_af` prints a PDF page by page on an :class:`Afdrukdoel`. A
:class:`DocumentController` owns that work for one open document (the download is the zaak
detail's: :class:`~controllers.zaakdetail.GeopendDocument`): pages rendered anew for a zoom (the
latest zoom wins, dropped when the viewer closes) and print jobs, which finish even when the
viewer closes. Results arrive as signals, so a viewer that is gone is simply no longer told.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter

from klantbeeld.controllers.taken import Taken

#: PDFium is not thread-safe: one render at a time, in one worker thread of our own.
_PDFIUM = threading.Lock()
_WERKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="klantbeeld-pdf")
#: Pages rendered at most (a long document shows its first pages and says so).
MAX_PAGINAS = 50
#: Rendered page width in pixels (zoom 100 %).
PAGINA_BREEDTE = 900
#: Widest page rendered for the printer, in pixels (about 300 dpi on A4).
MAX_PRINT_BREEDTE = 2480

RENDER = "render"


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Documentviewer)."""
    return QCoreApplication.translate("Documentviewer", text)


class OngeldigDocument(Exception):
    """The bytes are not a readable PDF."""


def _render_pagina(pdf: Any, index: int, breedte: int) -> QImage:
    """Page ``index`` of an open PDFium document at ``breedte`` pixels wide (hold _PDFIUM)."""
    page = pdf[index]
    try:
        scale = breedte / max(page.get_width(), 1.0)
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
        try:
            return QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            ).copy()  # own the pixels before PDFium frees its buffer
        finally:
            bitmap.close()
    finally:
        page.close()


def render_pdf(
    data: bytes,
    *,
    breedte: int = PAGINA_BREEDTE,
    max_paginas: int = MAX_PAGINAS,
    vanaf: int = 0,
) -> tuple[list[QImage], int]:
    """Render pages ``vanaf``… (at most ``max_paginas``) at ``breedte`` px; return (images, count).

    Safe to call from a worker thread (QImage, not QPixmap). Raises :class:`OngeldigDocument`.
    """
    import pypdfium2 as pdfium  # loaded on first use: it costs ~25 ms at start-up

    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as e:
            raise OngeldigDocument(str(e)) from e
        try:
            aantal = len(pdf)
            tot = min(aantal, vanaf + max_paginas)
            return [_render_pagina(pdf, i, breedte) for i in range(vanaf, tot)], aantal
        finally:
            pdf.close()


async def render_pdf_op_achtergrond(
    data: bytes, *, breedte: int = PAGINA_BREEDTE, max_paginas: int = MAX_PAGINAS, vanaf: int = 0
) -> tuple[list[QImage], int]:
    """:func:`render_pdf` in the PDF worker thread, so the event loop stays free."""
    werk = functools.partial(
        render_pdf, data, breedte=breedte, max_paginas=max_paginas, vanaf=vanaf
    )
    return await asyncio.get_running_loop().run_in_executor(_WERKER, werk)


@dataclass(frozen=True)
class Afdrukdoel:
    """Where a print job goes: the printer, as the print dialog left it."""

    #: The printer (a QPrinter; its print support is the viewer's business).
    apparaat: QPagedPaintDevice
    #: The page rectangle in device pixels.
    vak: QRect
    #: (from, to) pages chosen in the dialog, 1-based, to 0 meaning the last; None: all pages.
    bereik: tuple[int, int] | None = None


async def druk_af(data: bytes, doel: Afdrukdoel, voortgang: Callable[[int, int], None]) -> int:
    """Print the PDF ``data`` on ``doel``, one page rendered at a time in the PDF worker.

    Honours the page range chosen in the print dialog; ``voortgang(n, van)`` after each page.
    Returns the number of pages printed. Raises :class:`OngeldigDocument`, or ``OSError``
    when the printer cannot be started.
    """
    _, aantal = await render_pdf_op_achtergrond(data, max_paginas=0)
    eerste, laatste = 1, aantal
    if doel.bereik is not None:
        van, tot = doel.bereik
        eerste, laatste = max(1, van), min(aantal, tot or aantal)
    pagina_s = range(eerste - 1, laatste)
    vak = doel.vak
    breedte = max(1, min(vak.width(), MAX_PRINT_BREEDTE))
    painter = QPainter()
    if not painter.begin(doel.apparaat):
        raise OSError(tr("de printer kon niet gestart worden"))
    try:
        for n, index in enumerate(pagina_s, start=1):
            beelden, _ = await render_pdf_op_achtergrond(
                data, breedte=breedte, max_paginas=1, vanaf=index
            )
            if n > 1:
                doel.apparaat.newPage()
            beeld = beelden[0]
            doel_maat = beeld.size().scaled(vak.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, doel_maat.width(), doel_maat.height()), beeld)
            voortgang(n, len(pagina_s))
    finally:
        painter.end()
    return len(pagina_s)


#: Controllers with a print job still running: kept alive until it ends (the viewer may be gone).
_AFDRUKKEND: set[DocumentController] = set()


class DocumentController(QObject):
    """Owns the rendering and printing of one open PDF; the viewer only shows what it emits."""

    #: The pages rendered anew at a zoom's width; carries (width, list of QImage).
    paginaSGerenderd = Signal(int, object)
    #: A print job went on a page; carries (page, of pages).
    afdrukVoortgang = Signal(int, int)
    #: A print job ended; carries the number of pages sent to the printer.
    afgedrukt = Signal(int)
    #: A print job failed; carries the plain Dutch message.
    afdrukFout = Signal(str)

    def __init__(self, data: bytes | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The document's bytes (None: nothing to render, print or save).
        self.data = data
        self.taken = Taken(self)

    def scherper(self, breedte: int, aantal: int) -> None:
        """Render the first ``aantal`` pages anew at ``breedte`` (a zoom above 100 % stays sharp).

        The render of an earlier zoom still running is dropped; an unreadable PDF says nothing.
        """
        if self.data is None:
            return
        self.taken.start(
            RENDER,
            _render_of_niets(self.data, breedte, aantal),
            functools.partial(self._gerenderd, breedte),
        )

    def _gerenderd(self, breedte: int, beelden: list[QImage] | None) -> None:
        if beelden is not None:
            self.paginaSGerenderd.emit(breedte, beelden)

    def stop_render(self) -> None:
        """Drop a render still running (the viewer closed); print jobs go on."""
        self.taken.annuleer(RENDER)

    def rendert(self) -> bool:
        """True while pages are being rendered anew."""
        return self.taken.bezig(RENDER)

    def druk_af(self, doel: Afdrukdoel) -> None:
        """Print on ``doel`` in the background; the job finishes even if the viewer closes."""
        if self.data is None:
            return
        _AFDRUKKEND.add(self)
        self.taken.start(None, self._druk_af(self.data, doel))

    async def _druk_af(self, data: bytes, doel: Afdrukdoel) -> None:
        try:
            aantal = await druk_af(data, doel, self.afdrukVoortgang.emit)
        except (OngeldigDocument, OSError) as e:
            self.afdrukFout.emit(tr("Afdrukken mislukt — {reden}").format(reden=str(e)))
        else:
            self.afgedrukt.emit(aantal)
        finally:
            _AFDRUKKEND.discard(self)


async def _render_of_niets(data: bytes, breedte: int, aantal: int) -> list[QImage] | None:
    """The first ``aantal`` pages at ``breedte``, or None for a PDF that cannot be read."""
    try:
        beelden, _ = await render_pdf_op_achtergrond(data, breedte=breedte, max_paginas=aantal)
    except OngeldigDocument:
        return None
    return beelden
