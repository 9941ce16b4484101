"""The klantbeeld session controller wired to what only the views have: PDFs and the clipboard.

The session itself is :class:`klantbeeld.controllers.sessie.Sessie` (re-exported here for the
widgets that import it from this module); :func:`nieuwe_sessie` hands it the PDF renderer of
the document viewer and the clipboard's wipe, so ending the contact empties what Klantbeeld
copied.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from klantbeeld.controllers.meldingen import Meldingen
from klantbeeld.controllers.sessie import Sessie, Wissel
from klantbeeld.services.klantbeeld.composer import KlantbeeldComposer
from klantbeeld.services.klantbeeld.zoeken import Zoeker
from klantbeeld.views import klembord
from klantbeeld.views.documentviewer import OngeldigDocument, render_pdf_op_achtergrond
from klantbeeld.views.models.beeld import BeeldModel

__all__ = ["Sessie", "Wissel", "nieuwe_sessie"]


def nieuwe_sessie(
    composer: KlantbeeldComposer,
    zoeker: Zoeker,
    model: BeeldModel,
    parent: QObject | None = None,
    *,
    meldingen: Meldingen | None = None,
) -> Sessie:
    """A session on ``model`` that renders PDFs off the loop and wipes the clipboard at the end."""
    return Sessie(
        composer,
        zoeker,
        model,
        parent,
        meldingen=meldingen,
        render_pdf=_render_pdf,
        wis_klembord=klembord.wis_eigen,
    )


async def _render_pdf(data: bytes) -> tuple[list[QImage], int]:
    """A PDF's pages rendered off the loop; none for a PDF that cannot be read."""
    try:
        return await render_pdf_op_achtergrond(data)
    except OngeldigDocument:
        return [], 0
