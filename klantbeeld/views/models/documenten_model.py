"""Item model for a zaak's documents, and which vertrouwelijkheid an agent may open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from klantbeeld.services.apis.zgw import InformatieObject, Informatieobjecttype
from klantbeeld.services.klantbeeld.vertrouwelijkheid import mag_inzien
from klantbeeld.views.icons import icon
from klantbeeld.views.models.basis import RijenModel
from klantbeeld.views.models.zaken_model import datum
from klantbeeld.views.platte_tekst import tooltip
from klantbeeld.views.theme import load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Documenten)."""
    return QCoreApplication.translate("Documenten", text)


#: The vertrouwelijkheidaanduidingen of the ZGW standard as the agent reads them (translated:
#: the API's value is a key of the standard, not the source's own words).
VERTROUWELIJKHEID_LABELS: dict[str, str] = {
    "openbaar": "Openbaar",
    "beperkt_openbaar": "Beperkt openbaar",
    "intern": "Intern",
    "zaakvertrouwelijk": "Zaakvertrouwelijk",
    "vertrouwelijk": "Vertrouwelijk",
    "confidentieel": "Confidentieel",
    "geheim": "Geheim",
    "zeer_geheim": "Zeer geheim",
}


def vertrouwelijkheid_label(aanduiding: str | None) -> str:
    """``beperkt_openbaar`` as the agent reads it, in the screen's language: ``Beperkt
    openbaar``, "Restricted public"; a value the standard does not have as the server sent it."""
    if not aanduiding:
        return tr("Onbekend")
    if aanduiding in VERTROUWELIJKHEID_LABELS:
        return tr(VERTROUWELIJKHEID_LABELS[aanduiding])
    tekst = aanduiding.replace("_", " ").strip()
    return tekst[:1].upper() + tekst[1:]


def is_pdf(document: InformatieObject) -> bool:
    """True when the document is a PDF (by formaat or bestandsnaam)."""
    formaat = (document.formaat or "").lower()
    naam = (document.bestandsnaam or "").lower()
    return "pdf" in formaat or naam.endswith(".pdf")


class DocumentRol(IntEnum):
    """Custom roles of :class:`DocumentenModel`."""

    DocumentRole = Qt.ItemDataRole.UserRole + 1  #: the InformatieObject
    InTeZienRole = Qt.ItemDataRole.UserRole + 2  #: bool: at or below the agent's level


class DocumentenModel(RijenModel[InformatieObject]):
    """A zaak's documents: titel, type, datum, vertrouwelijkheid.

    Documents above the agent's vertrouwelijkheid are listed greyed, marked "Niet in te zien".
    """

    COL_TITEL = 0
    COL_TYPE = 1
    COL_DATUM = 2
    COL_VERTROUWELIJKHEID = 3
    KOPPEN = ("Titel", "Soort", "Datum", "Vertrouwelijkheid")
    CONTEXT = "Documenten"

    def __init__(
        self,
        parent: QObject | None = None,
        documenttype: Callable[[str], Informatieobjecttype | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._maximum = "openbaar"
        self._documenttype = documenttype or (lambda _url: None)
        self._theme = load_theme()

    def set_rows(
        self,
        rijen: Sequence[InformatieObject],
        maximum: str = "openbaar",
        documenttype: Callable[[str], Informatieobjecttype | None] | None = None,
    ) -> None:
        """Replace the documents, newest first; ``maximum`` is the highest level the agent may
        open (the lowest when not given)."""
        self._maximum = maximum
        if documenttype is not None:
            self._documenttype = documenttype
        super().set_rows(
            sorted(
                rijen,
                key=lambda d: d.creatiedatum.toordinal() if d.creatiedatum else 0,
                reverse=True,
            )
        )

    def document(self, row: int) -> InformatieObject | None:
        """The document at ``row``, or None."""
        return self.rij(row)

    def in_te_zien(self, row: int) -> bool:
        """True when the agent may open the document at ``row``."""
        doc = self.document(row)
        return doc is not None and self._mag(doc)

    def _mag(self, doc: InformatieObject) -> bool:
        return mag_inzien(doc.vertrouwelijkheidaanduiding, self._maximum)

    def _data(self, rij: InformatieObject, col: int, role: int) -> Any:
        doc = rij
        zien = self._mag(doc)
        if role == DocumentRol.DocumentRole:
            return doc
        if role == DocumentRol.InTeZienRole:
            return zien
        if role == Qt.ItemDataRole.DisplayRole:
            return self._tekst(doc, col, zien)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(doc, col, zien)) or None
        if role == Qt.ItemDataRole.ForegroundRole and not zien:
            return QBrush(QColor(self._theme.disabled_text))
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_TITEL:
            kleur = self._theme.disabled_text if not zien else None
            return icon("document" if zien else "geheim", kleur)
        return None

    def _tooltip(self, doc: InformatieObject, col: int, zien: bool) -> str:
        if not zien:
            return tr("Niet in te zien: dit document is {niveau}.").format(
                niveau=vertrouwelijkheid_label(doc.vertrouwelijkheidaanduiding).lower()
            )
        if col == self.COL_TITEL:
            return tr("{titel} — Enter of dubbelklik om te openen").format(
                titel=self._tekst(doc, col, zien)
            )
        return self._tekst(doc, col, zien)

    def _tekst(self, doc: InformatieObject, col: int, zien: bool) -> str:
        if col == self.COL_TITEL:
            return doc.titel or doc.bestandsnaam or tr("(zonder titel)")
        if col == self.COL_TYPE:
            soort = self._documenttype(doc.informatieobjecttype or "")
            return (soort.omschrijving if soort else "") or ""
        if col == self.COL_DATUM:
            return datum(doc.creatiedatum)
        if col == self.COL_VERTROUWELIJKHEID:
            label = vertrouwelijkheid_label(doc.vertrouwelijkheidaanduiding)
            if not zien:
                return tr("Niet in te zien: {niveau}").format(niveau=label.lower())
            return label
        return ""
