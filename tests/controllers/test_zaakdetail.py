"""The zaak detail's controller over the oefenomgeving, without a pane."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtGui import QImage

from klantbeeld.controllers.zaakdetail import GeopendDocument, ZaakDetailController
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.zgw import InformatieObject
from klantbeeld.services.verbinding.errors import ApiVerbindingsfout
from tests.views.conftest import Werkplek

OMGEVING = "ZAAK-2026-0000000001"


def _documenten(qtbot: Any, w: Werkplek) -> list[InformatieObject]:
    w.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)
    assert w.model.beeld is not None
    overzicht = next(z for z in w.model.beeld.zaken if z.zaak.identificatie == OMGEVING)
    w.sessie.kies_zaak(overzicht)
    qtbot.waitUntil(lambda: w.model.zaak_detail is not None, timeout=10000)
    assert w.model.zaak_detail is not None
    return list(w.model.zaak_detail.documenten)


def test_a_pdf_is_fetched_and_rendered(qtbot: Any, werkplek: Werkplek, qtmodeltester: Any) -> None:
    documenten = _documenten(qtbot, werkplek)
    c = werkplek.sessie.zaakdetail()
    c.documenten.set_rows(documenten, werkplek.sessie.max_vertrouwelijkheid)
    qtmodeltester.check(c.documenten)
    rij = next(r for r in range(c.documenten.rowCount()) if c.documenten.in_te_zien(r))
    doc = c.documenten.document(rij)
    assert doc is not None
    meldingen: list[str] = []
    c.documentBezig.connect(meldingen.append)
    with qtbot.waitSignal(c.documentGeopend, timeout=10000) as s:
        c.open_document(doc)
    assert meldingen == [f"“{doc.titel or doc.bestandsnaam}” ophalen…"]
    geopend = s.args[0]
    assert isinstance(geopend, GeopendDocument) and geopend.document is doc
    assert geopend.data.startswith(b"%PDF")
    assert geopend.totaal >= 1 and not geopend.pagina_s[0].isNull()
    assert not c.bezig()


def _fake(
    werkplek: Werkplek, download: Any, pagina_s: list[QImage] | None = None
) -> ZaakDetailController:
    async def render(_data: bytes) -> tuple[list[QImage], int]:
        return (pagina_s or []), len(pagina_s or [])

    return ZaakDetailController(werkplek.composer.catalogus, download, render)


def test_failure_is_said_with_its_reason(qtbot: Any, werkplek: Werkplek) -> None:
    async def kapot(_doc: InformatieObject) -> bytes:
        raise ApiVerbindingsfout("Open Zaak", "niet bereikbaar")

    c = _fake(werkplek, kapot)
    doc = InformatieObject.model_validate({"url": "http://x/1", "titel": "Brief"})
    with qtbot.waitSignal(c.documentFout, timeout=2000) as s:
        c.open_document(doc)
    assert s.args[0] == "Document niet te openen — Open Zaak: niet bereikbaar"


def test_the_latest_document_wins_and_stop_drops_it(qtbot: Any, werkplek: Werkplek) -> None:
    poort = asyncio.Event()

    async def traag(doc: InformatieObject) -> bytes:
        await poort.wait()
        return f"tekst van {doc.titel}".encode()

    c = _fake(werkplek, traag)
    geopend: list[GeopendDocument] = []
    c.documentGeopend.connect(geopend.append)
    a = InformatieObject.model_validate({"url": "http://x/1", "titel": "A"})
    b = InformatieObject.model_validate({"url": "http://x/2", "titel": "B"})
    c.open_document(a)
    c.open_document(b)
    poort.set()
    qtbot.waitUntil(lambda: not c.bezig(), timeout=2000)
    qtbot.wait(10)
    assert [g.titel for g in geopend] == ["B"]
    assert geopend[0].pagina_s == []  # not a PDF: no rendering
    poort.clear()
    c.open_document(a)
    c.stop()
    assert not c.bezig()
    poort.set()
    qtbot.wait(20)
    assert [g.titel for g in geopend] == ["B"]
