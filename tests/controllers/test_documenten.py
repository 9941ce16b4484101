"""The document viewer's controller over a PDF of the oefenomgeving, without a viewer."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QPdfWriter

from klantbeeld.controllers import documenten
from klantbeeld.controllers.documenten import Afdrukdoel, DocumentController
from tests.controllers.test_zaakdetail import _documenten
from tests.views.conftest import Werkplek
from tests.views.test_documentviewer import _pagina_s


def _pdf(qtbot: Any, werkplek: Werkplek) -> bytes:
    c = werkplek.sessie.zaakdetail()
    c.documenten.set_rows(_documenten(qtbot, werkplek), werkplek.sessie.max_vertrouwelijkheid)
    rij = next(r for r in range(c.documenten.rowCount()) if c.documenten.in_te_zien(r))
    doc = c.documenten.document(rij)
    assert doc is not None
    with qtbot.waitSignal(c.documentGeopend, timeout=10000) as s:
        c.open_document(doc)
    data: bytes = s.args[0].data
    assert data.startswith(b"%PDF")
    return data


def test_pages_are_rendered_anew_at_a_width_latest_wins(qtbot: Any, werkplek: Werkplek) -> None:
    c = DocumentController(_pdf(qtbot, werkplek))
    gerenderd: list[tuple[int, int]] = []
    c.paginaSGerenderd.connect(lambda breedte, beelden: gerenderd.append((breedte, len(beelden))))
    c.scherper(1200, 1)
    c.scherper(1400, 1)  # replaces the render at 1200
    qtbot.waitUntil(lambda: not c.rendert(), timeout=10000)
    assert gerenderd == [(1400, 1)]


def test_an_unreadable_pdf_renders_nothing_and_says_nothing(qtbot: Any) -> None:
    c = DocumentController(b"%PDF-1.7 kapot")
    gerenderd: list[object] = []
    c.paginaSGerenderd.connect(lambda *a: gerenderd.append(a))
    c.scherper(1200, 1)
    qtbot.waitUntil(lambda: not c.rendert(), timeout=10000)
    assert gerenderd == []


def test_a_print_job_finishes_after_its_owner_let_go(
    qtbot: Any, werkplek: Werkplek, tmp_path: Path
) -> None:
    data = _pdf(qtbot, werkplek)
    origineel = tmp_path / "origineel.pdf"
    origineel.write_bytes(data)
    uit = tmp_path / "afdruk.pdf"
    schrijver = QPdfWriter(str(uit))
    vak = QRect(0, 0, 1000, 1400)
    c = DocumentController(data)
    afgedrukt: list[int] = []
    c.afgedrukt.connect(afgedrukt.append)
    c.druk_af(Afdrukdoel(schrijver, vak))
    del c  # the viewer closed: the job goes on
    gc.collect()
    qtbot.waitUntil(lambda: not documenten._AFDRUKKEND, timeout=20000)
    assert afgedrukt == [_pagina_s(origineel)]
    del schrijver  # the PDF is finished when its writer goes
    gc.collect()
    assert _pagina_s(uit) == _pagina_s(origineel)


def test_a_print_job_on_a_page_range(qtbot: Any, werkplek: Werkplek, tmp_path: Path) -> None:
    uit = tmp_path / "pagina-1.pdf"
    schrijver = QPdfWriter(str(uit))
    c = DocumentController(_pdf(qtbot, werkplek))
    with qtbot.waitSignal(c.afgedrukt, timeout=20000) as s:
        c.druk_af(Afdrukdoel(schrijver, QRect(0, 0, 1000, 1400), bereik=(1, 1)))
    assert s.args == [1]
