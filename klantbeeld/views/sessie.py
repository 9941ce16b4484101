"""The klantbeeld session controller wired to what only the views have: PDFs and the clipboard.

The session itself is :class:`klantbeeld.controllers.sessie.Sessie` (re-exported here for the
widgets that import it from this module); :func:`op_het_scherm` hands it the PDF renderer of
the document viewer and the clipboard's wipe, so ending the contact empties what Klantbeeld
copied.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

from klantbeeld.controllers.sessie import Sessie, Wissel
from klantbeeld.views import klembord
from klantbeeld.views.documentviewer import OngeldigDocument, render_pdf_op_achtergrond

__all__ = ["Sessie", "Wissel", "op_het_scherm"]


def op_het_scherm(sessie: Sessie) -> Sessie:
    """``sessie``, rendering PDFs off the loop and wiping the clipboard at the end of contact."""
    return sessie.met(render_pdf=_render_pdf, wis_klembord=klembord.wis_eigen)


async def _render_pdf(data: bytes) -> tuple[list[QImage], int]:
    """A PDF's pages rendered off the loop; none for a PDF that cannot be read."""
    try:
        return await render_pdf_op_achtergrond(data)
    except OngeldigDocument:
        return [], 0
