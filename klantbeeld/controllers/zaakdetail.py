"""The zaak detail's controller: the documents and status models, and opening a document.

A document is fetched (through the session's vertrouwelijkheid check) and, when it is a PDF by
its content, its pages rendered off the loop; one at a time, the latest wins. What the pane
shows arrives as signals: a document on its way, one ready to show (:class:`GeopendDocument`),
or why it could not be opened.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage

from klantbeeld.controllers.documenten import DocumentController
from klantbeeld.controllers.taken import Taken
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.apis.zgw import InformatieObject, Informatieobjecttype, Statustype
from klantbeeld.services.klantbeeld.documentsoort import PDF, herken
from klantbeeld.views.models.documenten_model import DocumentenModel
from klantbeeld.views.models.zaken_model import StatussenModel

DOCUMENT = "document"

#: Renders a PDF's pages off the loop: (pages, page count); ([], 0) for a PDF it cannot read.
PdfRenderer = Callable[[bytes], Awaitable[tuple[list[QImage], int]]]


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Zaken)."""
    return QCoreApplication.translate("Zaken", text)


@dataclass(frozen=True)
class GeopendDocument:
    """A fetched document, ready to show."""

    document: InformatieObject
    titel: str
    data: bytes
    #: The rendered pages of a PDF; empty for any other file (or a PDF that cannot be read).
    pagina_s: list[QImage]
    totaal: int


class ZaakDetailController(QObject):
    """Owns the zaak detail's documents and status models and the opening of a document."""

    #: A document is being fetched; carries the plain Dutch message.
    documentBezig = Signal(str)
    #: A document is ready; carries a GeopendDocument.
    documentGeopend = Signal(object)
    #: A document could not be opened; carries the plain Dutch message naming why.
    documentFout = Signal(str)

    def __init__(
        self,
        catalogus: CatalogusCache | None,
        download: Callable[[InformatieObject], Awaitable[bytes]],
        render_pdf: PdfRenderer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogus = catalogus
        self._download = download
        self._render_pdf = render_pdf
        self.documenten = DocumentenModel(self, self._documenttype)
        self.statussen = StatussenModel(self, self._statustype)
        self.taken = Taken(self)
        self.taken.fout.connect(
            lambda _s, e: self.documentFout.emit(
                tr("Document niet te openen — {reden}").format(reden=str(e))
            )
        )

    def open_document(self, document: InformatieObject) -> None:
        """Fetch and prepare ``document`` (the previous one still on its way is dropped)."""
        titel = document.titel or document.bestandsnaam or tr("Document")
        self.documentBezig.emit(tr("“{titel}” ophalen…").format(titel=titel))
        self.taken.start(DOCUMENT, self._open(document, titel), self.documentGeopend.emit)

    def document(self, geopend: GeopendDocument) -> DocumentController:
        """The controller of a viewer on ``geopend``: its pages rendered anew, printed."""
        return DocumentController(geopend.data)

    def bezig(self) -> bool:
        """True while a document is on its way."""
        return self.taken.bezig(DOCUMENT)

    def stop(self) -> None:
        """Drop the document on its way (another zaak, or the contact ended)."""
        self.taken.annuleer_alles()

    async def _open(self, document: InformatieObject, titel: str) -> GeopendDocument:
        data = await self._download(document)
        pagina_s: list[QImage] = []
        totaal = 0
        if herken(data) is PDF:  # by content, never by the server's name
            pagina_s, totaal = await self._render_pdf(data)
        return GeopendDocument(document, titel, data, pagina_s, totaal)

    def _documenttype(self, url: str) -> Informatieobjecttype | None:
        cache = self.catalogus
        return cache.informatieobjecttype(url) if cache is not None and url else None

    def _statustype(self, url: str) -> Statustype | None:
        cache = self.catalogus
        return cache.statustype(url) if cache is not None and url else None
