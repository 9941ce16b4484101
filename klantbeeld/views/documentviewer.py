"""Show a downloaded document in the app: PDF pages rendered with pypdfium2, others handed on.

:func:`render_pdf` is plain work (bytes in, QImages out) that runs in a worker thread;
:class:`DocumentViewer` is a scrollable, non-modal dialog opened with ``open()``;
:class:`AnderBestandDialoog` offers to save a non-PDF document, or to open it with the system
viewer (through :class:`QDesktopServices`) when it is on the allow-list of
:mod:`klantbeeld.services.documentsoort`, under a name of our own.
"""

from __future__ import annotations

import asyncio
import atexit
import shutil
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.services.documentsoort import opslagnaam, toegestaan, veilige_naam

#: PDFium is not thread-safe: one render at a time, in one worker thread of our own.
_PDFIUM = threading.Lock()
_WERKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="klantbeeld-pdf")
#: Pages rendered at most (a long document shows its first pages and says so).
MAX_PAGINAS = 50
#: Rendered page width in pixels.
PAGINA_BREEDTE = 900


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Documentviewer)."""
    return QCoreApplication.translate("Documentviewer", text)


class OngeldigDocument(Exception):
    """The bytes are not a readable PDF."""


def render_pdf(
    data: bytes, *, breedte: int = PAGINA_BREEDTE, max_paginas: int = MAX_PAGINAS
) -> tuple[list[QImage], int]:
    """Render the first ``max_paginas`` pages at ``breedte`` pixels; return (images, page count).

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
            images: list[QImage] = []
            for i in range(min(aantal, max_paginas)):
                page = pdf[i]
                try:
                    scale = breedte / max(page.get_width(), 1.0)
                    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                    try:
                        image = QImage(
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
                images.append(image)
            return images, aantal
        finally:
            pdf.close()


async def render_pdf_op_achtergrond(data: bytes) -> tuple[list[QImage], int]:
    """:func:`render_pdf` in the PDF worker thread, so the event loop stays free."""
    return await asyncio.get_running_loop().run_in_executor(_WERKER, render_pdf, data)


class DocumentViewer(QDialog):
    """A PDF's pages one under the other, scrollable; Escape closes."""

    def __init__(
        self,
        titel: str,
        pagina_s: Sequence[QImage],
        totaal: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        layout = QVBoxLayout(self)
        kop = QLabel(titel)
        kop.setTextFormat(Qt.TextFormat.PlainText)
        kop.setProperty("rol", "kop")
        kop.setWordWrap(True)
        layout.addWidget(kop)
        totaal = totaal if totaal is not None else len(pagina_s)
        info = (tr("{n} pagina's").format(n=totaal) if totaal != 1 else tr("1 pagina")) + (
            tr(" — de eerste {n} worden getoond").format(n=len(pagina_s))
            if totaal > len(pagina_s)
            else ""
        )
        self.info = QLabel(info)
        self.info.setProperty("rol", "klein")
        layout.addWidget(self.info)
        self.vlak = QScrollArea()
        self.vlak.setWidgetResizable(True)
        self.vlak.setAccessibleName(tr("Pagina's van het document"))
        self.vlak.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        inhoud = QWidget()
        pagina_layout = QVBoxLayout(inhoud)
        pagina_layout.setSpacing(12)
        self.pagina_labels: list[QLabel] = []
        for nummer, image in enumerate(pagina_s, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(tr("Pagina {n}").format(n=nummer))
            pagina_layout.addWidget(label)
            self.pagina_labels.append(label)
        pagina_layout.addStretch(1)
        self.vlak.setWidget(inhoud)
        layout.addWidget(self.vlak, 1)
        knoppen = QHBoxLayout()
        knoppen.addStretch(1)
        self.sluiten = QPushButton(tr("Sluiten"))
        self.sluiten.setAccessibleName(tr("Document sluiten"))
        self.sluiten.clicked.connect(self.accept)
        knoppen.addWidget(self.sluiten)
        layout.addLayout(knoppen)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.accept)
        self.resize(980, 720)
        self.vlak.setFocus()


#: Folders holding documents handed to the system viewer; removed at the end of the contact.
_TIJDELIJK: list[Path] = []


def ruim_tijdelijke_documenten_op() -> None:
    """Remove documents written for the system viewer (end of contact, and on quit)."""
    while _TIJDELIJK:
        shutil.rmtree(_TIJDELIJK.pop(), ignore_errors=True)


atexit.register(ruim_tijdelijke_documenten_op)


class AnderBestandDialoog(QDialog):
    """A document the app cannot show: save it, or open it with the system viewer.

    Opening is offered only for a type on the allow-list (by ``formaat`` and by content), and
    the file is written under a name of our own. Anything else can only be saved, with a
    warning; no button of it is the default.
    """

    def __init__(
        self,
        titel: str,
        bestandsnaam: str,
        data: bytes,
        parent: QWidget | None = None,
        *,
        formaat: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._data = data
        #: The allow-listed type, or None: then the system viewer is never offered.
        self.soort = toegestaan(data, formaat)
        self._naam = opslagnaam(bestandsnaam, self.soort)
        layout = QVBoxLayout(self)
        if self.soort is not None:
            melding = tr(
                "“{titel}” ({soort}) kan hier niet getoond worden. "
                "Opslaan, of openen met het standaardprogramma?"
            ).format(titel=titel, soort=self.soort.naam)
        else:
            melding = tr(
                "Let op: “{naam}” is geen documentsoort die veilig geopend kan worden "
                "(het kan een programma zijn). U kunt het alleen opslaan; open het daarna "
                "niet als u de afzender niet vertrouwt."
            ).format(naam=Path(bestandsnaam or titel).name)
        self.tekst = QLabel(melding)
        self.tekst.setTextFormat(Qt.TextFormat.PlainText)
        self.tekst.setWordWrap(True)
        self.tekst.setProperty("niveau", "info" if self.soort is not None else "waarschuwing")
        layout.addWidget(self.tekst)
        knoppen = QHBoxLayout()
        self.openen = QPushButton(tr("Openen met standaardprogramma"))
        self.openen.setProperty("variant", "primary")
        self.openen.clicked.connect(self._open_extern)
        self.opslaan = QPushButton(tr("Opslaan…"))
        self.opslaan.setProperty("variant", "secondary")
        self.opslaan.clicked.connect(self._vraag_pad)
        self.annuleren = QPushButton(tr("Annuleren"))
        self.annuleren.setProperty("variant", "subtle")
        self.annuleren.clicked.connect(self.reject)
        for knop in (self.openen, self.opslaan, self.annuleren):
            knop.setAccessibleName(knop.text())
            knop.setAutoDefault(False)
            knoppen.addWidget(knop)
        layout.addLayout(knoppen)
        if self.soort is not None:
            self.openen.setDefault(True)
        else:
            self.openen.setEnabled(False)
            self.openen.setVisible(False)
            self.annuleren.setDefault(True)

    def _open_extern(self) -> None:
        if self.soort is None:  # never a type off the allow-list, whatever calls this
            return
        map_ = Path(tempfile.mkdtemp(prefix="klantbeeld-"))  # only this user can read it
        _TIJDELIJK.append(map_)
        pad = map_ / veilige_naam(self.soort)
        pad.write_bytes(self._data)
        pad.chmod(0o600)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(pad)))
        self.accept()

    def _vraag_pad(self) -> None:
        dialoog = QFileDialog(self, tr("Document opslaan"), self._naam)
        dialoog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialoog.fileSelected.connect(self._bewaar)
        dialoog.open()

    def _bewaar(self, pad: str) -> None:
        if pad:
            Path(pad).write_bytes(self._data)
            self.accept()
