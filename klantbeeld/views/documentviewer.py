"""Show a downloaded document in the app: PDF pages rendered with pypdfium2, others handed on.

:class:`DocumentViewer` shows the pages of a :class:`~controllers.documenten.DocumentController`
(which renders and prints them off the loop): a scrollable, non-modal dialog opened with
``open()``, with zoom, fit to page width, print (through :class:`QPrintDialog`) and save (through
:class:`QFileDialog`, under a file name of our own: :func:`veilige_bestandsnaam`); both dialogs
are opened with ``open()``, so the asyncio loop never waits on them. :class:`AnderBestandDialoog`
offers to save a non-PDF document, or to open it with the system viewer (through
:class:`QDesktopServices`) when it is on the allow-list of :mod:`services.klantbeeld.documentsoort`,
under a name of our own.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
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

from klantbeeld.controllers import documenten
from klantbeeld.controllers.documenten import PAGINA_BREEDTE, Afdrukdoel, DocumentController

# The render and print work lives in the controller; importable from here as before.
from klantbeeld.controllers.documenten import OngeldigDocument as OngeldigDocument
from klantbeeld.controllers.documenten import render_pdf_op_achtergrond as render_pdf_op_achtergrond
from klantbeeld.services.klantbeeld.documentsoort import toegestaan, veilige_naam
from klantbeeld.views.sneltoetsen import sneltoets

#: The zoom steps of Ctrl+ and Ctrl− (1.0 = :data:`PAGINA_BREEDTE`).
ZOOM_STAPPEN = (0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
#: Pages are rendered anew for a zoom only while all of them together stay under this size.
MAX_RENDER_BYTES = 256 * 1024 * 1024


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Documentviewer)."""
    return QCoreApplication.translate("Documentviewer", text)


_ONVEILIG = re.compile(r"[^\w \-]+")
_WINDOWS_GERESERVEERD = {"con", "prn", "aux", "nul"} | {
    f"{p}{i}" for p in ("com", "lpt") for i in range(10)
}


def veilige_bestandsnaam(titel: str, extensie: str) -> str:
    """A file name of our own for a document called ``titel``: letters, digits, - and spaces.

    Never the server's name as-is: no folders, dots, control or reserved characters, at most
    80 characters, and ``extensie`` only if it is a plain 1–5 letter/digit extension.
    """
    tekst = unicodedata.normalize("NFKC", titel)
    stam = " ".join(_ONVEILIG.sub(" ", tekst).split()).strip(" -")[:80].strip(" -")
    if not stam or stam.lower() in _WINDOWS_GERESERVEERD:
        stam = f"document {stam}".strip()
    ext = extensie.lower().lstrip(".")
    return f"{stam}.{ext}" if re.fullmatch(r"[a-z0-9]{1,5}", ext) else stam


def vraag_opslagpad(
    parent: QWidget, naam: str, filters: Sequence[str], gekozen: Callable[[str], None]
) -> QFileDialog:
    """Open a save dialog (non-blocking, ``open()``) in the Documents folder proposing ``naam``.

    Qt's own dialog, so it speaks Dutch through :mod:`klantbeeld.views.vertaling`.
    """
    map_ = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not Path(map_).is_dir():
        map_ = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    dialoog = QFileDialog(parent, tr("Document opslaan"), str(Path(map_) / naam))
    dialoog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialoog.setNameFilters([*filters, tr("Alle bestanden (*)")])
    suffix = Path(naam).suffix.lstrip(".")
    if suffix:
        dialoog.setDefaultSuffix(suffix)
    dialoog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialoog.fileSelected.connect(gekozen)
    dialoog.open()
    return dialoog


def bewaar(pad: str, data: bytes) -> str | None:
    """Write ``data`` to ``pad``; return None, or the reason it failed in plain Dutch."""
    try:
        Path(pad).write_bytes(data)
    except OSError as e:
        return tr("Opslaan mislukt — {reden}").format(reden=e.strerror or str(e))
    return None


def afdrukdoel(printer: QPrinter) -> Afdrukdoel:
    """What a print job needs of ``printer``: its page rectangle and the range chosen."""
    bereik = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        bereik = (printer.fromPage(), printer.toPage())
    return Afdrukdoel(printer, printer.pageRect(QPrinter.Unit.DevicePixel).toRect(), bereik)


def druk_af(
    data: bytes, printer: QPrinter, voortgang: Callable[[int, int], None]
) -> Coroutine[Any, Any, int]:
    """The print job of :func:`controllers.documenten.druk_af` on ``printer`` (not started)."""
    return documenten.druk_af(data, afdrukdoel(printer), voortgang)


class DocumentViewer(QDialog):
    """A PDF's pages one under the other, scrollable, zoomable; print, save; Escape closes."""

    #: The path a copy of the document was saved to.
    opgeslagen = Signal(str)
    #: The number of pages sent to the printer.
    afgedrukt = Signal(int)

    def __init__(
        self,
        titel: str,
        pagina_s: Sequence[QImage],
        totaal: int | None = None,
        parent: QWidget | None = None,
        *,
        controller: DocumentController,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self._titel = titel
        #: Renders and prints the pages; this dialog shows what it emits.
        self.controller = controller
        self._data = data = controller.data
        self._beelden = list(pagina_s)
        self._totaal = totaal if totaal is not None else len(pagina_s)
        self.zoom = 1.0
        #: True while the pages follow the window's width (the default, and Ctrl+0).
        self.passend = True
        self.printdialoog: QPrintDialog | None = None
        self.opslagdialoog: QFileDialog | None = None

        layout = QVBoxLayout(self)
        kop = QLabel(titel)
        kop.setTextFormat(Qt.TextFormat.PlainText)
        kop.setProperty("rol", "kop")
        kop.setWordWrap(True)
        layout.addWidget(kop)
        balk = QHBoxLayout()
        self.info = QLabel(self._pagina_info())
        self.info.setProperty("rol", "klein")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        balk.addWidget(self.info, 1)
        self.uitzoomen = self._knop("−", "document_uitzoomen", tr("Uitzoomen"), self.zoom_uit)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("200 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.inzoomen = self._knop("+", "document_inzoomen", tr("Inzoomen"), self.zoom_in)
        self.breedte_knop = self._knop(
            tr("Paginabreedte"),
            "document_paginabreedte",
            tr("Passend op paginabreedte"),
            self.paginabreedte,
        )
        self.afdruk_knop = self._knop(
            tr("Afdrukken…"), "document_afdrukken", tr("Afdrukken"), self.afdrukken
        )
        self.opslaan_knop = self._knop(
            tr("Opslaan…"), "document_opslaan", tr("Opslaan"), self.opslaan
        )
        for widget in (self.uitzoomen, self.zoom_label, self.inzoomen, self.breedte_knop):
            balk.addWidget(widget)
        balk.addSpacing(16)
        balk.addWidget(self.afdruk_knop)
        balk.addWidget(self.opslaan_knop)
        self.afdruk_knop.setEnabled(data is not None)
        self.opslaan_knop.setEnabled(data is not None)
        layout.addLayout(balk)

        self.vlak = QScrollArea()
        self.vlak.setWidgetResizable(True)
        self.vlak.setAccessibleName(tr("Pagina's van het document"))
        self.vlak.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        inhoud = QWidget()
        pagina_layout = QVBoxLayout(inhoud)
        pagina_layout.setSpacing(12)
        self.pagina_labels: list[QLabel] = []
        for nummer in range(1, len(self._beelden) + 1):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(tr("Pagina {n}").format(n=nummer))
            pagina_layout.addWidget(label)
            self.pagina_labels.append(label)
        pagina_layout.addStretch(1)
        self.vlak.setWidget(inhoud)
        self.vlak.viewport().installEventFilter(self)
        layout.addWidget(self.vlak, 1)
        knoppen = QHBoxLayout()
        knoppen.addStretch(1)
        self.sluiten = QPushButton(tr("Sluiten"))
        self.sluiten.setAccessibleName(tr("Document sluiten"))
        self.sluiten.setAccessibleDescription(tr("Sluit dit venster; er blijft niets bewaard"))
        self.sluiten.clicked.connect(self.accept)
        knoppen.addWidget(self.sluiten)
        layout.addLayout(knoppen)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.accept)
        self.finished.connect(controller.stop_render)
        controller.paginaSGerenderd.connect(self._scherp)
        controller.afdrukVoortgang.connect(self._afdruk_voortgang)
        controller.afdrukFout.connect(self.info.setText)
        controller.afgedrukt.connect(self._afgedrukt)
        self.resize(980, 720)
        self._toon(1.0)
        self.vlak.setFocus()

    def _knop(self, tekst: str, naam: str, uitleg: str, actie: Callable[[], object]) -> QPushButton:
        toetsen = sneltoets(naam).toetsen
        knop = QPushButton(tekst)
        knop.setProperty("variant", "subtle")
        knop.setAccessibleName(uitleg)
        knop.setToolTip(f"{uitleg} ({toetsen[0]})")
        knop.setAutoDefault(False)
        knop.clicked.connect(actie)
        for toets in toetsen:
            QShortcut(QKeySequence(toets), self, actie)
        return knop

    def _pagina_info(self) -> str:
        totaal, getoond = self._totaal, len(self._beelden)
        info = tr("{n} pagina's").format(n=totaal) if totaal != 1 else tr("1 pagina")
        if totaal > getoond:
            info += tr(" — de eerste {n} worden getoond").format(n=getoond)
        return info

    # -- zoom ------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        """One zoom step larger (Ctrl++)."""
        self.passend = False
        self._toon(next((z for z in ZOOM_STAPPEN if z > self.zoom + 0.005), ZOOM_STAPPEN[-1]))

    def zoom_uit(self) -> None:
        """One zoom step smaller (Ctrl+−)."""
        self.passend = False
        kleiner = [z for z in ZOOM_STAPPEN if z < self.zoom - 0.005]
        self._toon(kleiner[-1] if kleiner else ZOOM_STAPPEN[0])

    def paginabreedte(self) -> None:
        """Pages as wide as the window, following it when it is resized (Ctrl+0)."""
        self.passend = True
        self._pas_breedte()

    def _pas_breedte(self) -> None:
        beschikbaar = self.vlak.viewport().width() - 2 * 12
        if self.vlak.verticalScrollBar().isHidden():  # it will appear once the pages are wider
            beschikbaar -= self.vlak.style().pixelMetric(
                self.vlak.style().PixelMetric.PM_ScrollBarExtent
            )
        zoom = beschikbaar / PAGINA_BREEDTE
        self._toon(min(max(zoom, ZOOM_STAPPEN[0]), ZOOM_STAPPEN[-1]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In fit-width mode the pages follow the width of the area they are shown in."""
        if watched is self.vlak.viewport() and event.type() == QEvent.Type.Resize and self.passend:
            self._pas_breedte()
        return super().eventFilter(watched, event)

    def _toon(self, zoom: float) -> None:
        self.zoom = zoom
        breedte = round(PAGINA_BREEDTE * zoom)
        for label, beeld in zip(self.pagina_labels, self._beelden, strict=True):
            if beeld.width() != breedte:
                beeld = beeld.scaledToWidth(breedte, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(QPixmap.fromImage(beeld))
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        self.uitzoomen.setEnabled(zoom > ZOOM_STAPPEN[0] + 0.005)
        self.inzoomen.setEnabled(zoom < ZOOM_STAPPEN[-1] - 0.005)
        bron = max((b.width() for b in self._beelden), default=breedte)
        if self._data is not None and breedte > bron and self._past_in_geheugen(breedte):
            self.controller.scherper(breedte, len(self._beelden))

    def _past_in_geheugen(self, breedte: int) -> bool:
        factor = (breedte / max(1, max(b.width() for b in self._beelden))) ** 2
        return sum(b.sizeInBytes() for b in self._beelden) * factor <= MAX_RENDER_BYTES

    def _scherp(self, _breedte: int, beelden: list[QImage]) -> None:
        """The pages rendered anew for a zoom: shown at the zoom of now."""
        if len(beelden) == len(self._beelden):
            self._beelden = beelden
            self._toon(self.zoom)

    # -- save and print --------------------------------------------------------------------

    def bestandsnaam(self) -> str:
        """The file name proposed on save: our own, from the title."""
        return veilige_bestandsnaam(self._titel, "pdf")

    def opslaan(self) -> None:
        """Ask where to save a copy (a non-blocking file dialog), then write it."""
        if self._data is None:
            return
        self.opslagdialoog = vraag_opslagpad(
            self, self.bestandsnaam(), [tr("PDF-documenten (*.pdf)")], self._bewaar
        )

    def _bewaar(self, pad: str) -> None:
        if not pad or self._data is None:
            return
        fout = bewaar(pad, self._data)
        self.info.setText(fout or tr("Opgeslagen als {naam}").format(naam=Path(pad).name))
        if fout is None:
            self.opgeslagen.emit(pad)

    def afdrukken(self) -> None:
        """Open the print dialog (non-blocking); on OK the pages go to the printer."""
        if self._data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.bestandsnaam())
        dialoog = QPrintDialog(printer, self)
        dialoog.setWindowTitle(tr("Afdrukken"))
        dialoog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialoog.setMinMax(1, max(1, self._totaal))
        dialoog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialoog.accepted.connect(lambda: self.start_afdrukken(printer))
        self.printdialoog = dialoog
        QDialog.open(dialoog)  # QPrintDialog.open(receiver, member) hides the plain one

    def start_afdrukken(self, printer: QPrinter) -> None:
        """Print on ``printer`` in the background; the job finishes even if the viewer closes."""
        assert self._data is not None
        self.info.setText(tr("Afdrukken…"))
        self.controller.druk_af(afdrukdoel(printer))

    def _afdruk_voortgang(self, n: int, van: int) -> None:
        self.info.setText(tr("Afdrukken: pagina {n} van {van}…").format(n=n, van=van))

    def _afgedrukt(self, aantal: int) -> None:
        self.info.setText(
            tr("1 pagina naar de printer gestuurd")
            if aantal == 1
            else tr("{n} pagina's naar de printer gestuurd").format(n=aantal)
        )
        self.afgedrukt.emit(aantal)


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
        # Our own name from the title; the extension from the sniffed content (.bin when unknown).
        self._naam = veilige_bestandsnaam(titel, self.soort.extensie if self.soort else ".bin")
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
        self.opslagdialoog = vraag_opslagpad(self, self._naam, [], self._bewaar)

    def _bewaar(self, pad: str) -> None:
        if not pad:
            return
        fout = bewaar(pad, self._data)
        if fout is None:
            self.accept()
        else:
            self.tekst.setText(fout)
