"""The PDF viewer on a document of the oefenomgeving: zoom, fit width, save and print."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)

from klantbeeld.views import documentviewer
from klantbeeld.views.documentviewer import (
    PAGINA_BREEDTE,
    ZOOM_STAPPEN,
    AnderBestandDialoog,
    DocumentViewer,
    veilige_bestandsnaam,
)
from klantbeeld.views.vertaling import installeer_qt_vertaling
from tests.views.conftest import Werkplek
from tests.views.test_zaakdetail import OMGEVING, kies, laad, paneel


@pytest.fixture
def pdf(qtbot: Any, werkplek: Werkplek) -> Iterator[tuple[DocumentViewer, bytes]]:
    """The viewer on the first PDF of the omgevingsvergunning, and that PDF's bytes."""
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    kies(qtbot, werkplek, OMGEVING)
    rij = next(r for r in range(p.documenten.rowCount()) if p.documenten.in_te_zien(r))
    assert p.open_document(rij)
    qtbot.waitUntil(lambda: p.viewer is not None, timeout=10000)
    viewer = p.viewer
    assert isinstance(viewer, DocumentViewer)
    doc = p.documenten.document(rij)
    assert doc is not None
    taak = asyncio.ensure_future(werkplek.sessie.download(doc))
    qtbot.waitUntil(taak.done, timeout=5000)
    yield viewer, taak.result()
    werkplek.sessie.beeindig_contact()


def _breedte(viewer: DocumentViewer) -> int:
    return viewer.pagina_labels[0].pixmap().width()


def test_zoom_by_keyboard_and_fit_width(qtbot: Any, pdf: tuple[DocumentViewer, bytes]) -> None:
    viewer, _ = pdf
    viewer.resize(1000, 700)
    qtbot.waitUntil(lambda: abs(_breedte(viewer) - (viewer.vlak.viewport().width() - 24)) < 24)
    assert viewer.passend  # opens fitted to the page width
    viewer.vlak.setFocus()
    passend, breed = viewer.zoom, _breedte(viewer)
    qtbot.keyClick(viewer.vlak, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert not viewer.passend and viewer.zoom < passend
    klein = _breedte(viewer)
    assert klein < breed
    qtbot.keyClick(viewer.vlak, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer.vlak, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert _breedte(viewer) > klein
    assert viewer.zoom_label.text() == f"{round(viewer.zoom * 100)} %"
    for _ in ZOOM_STAPPEN:
        viewer.zoom_in()
    assert viewer.zoom == ZOOM_STAPPEN[-1] and not viewer.inzoomen.isEnabled()
    # above 100 % the pages are rendered anew, sharp, not blown up
    groot = round(PAGINA_BREEDTE * ZOOM_STAPPEN[-1])
    qtbot.waitUntil(lambda: viewer._beelden[0].width() == groot, timeout=10000)
    assert _breedte(viewer) == groot
    qtbot.keyClick(viewer.vlak, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.passend
    viewer.resize(700, 700)
    qtbot.waitUntil(lambda: abs(_breedte(viewer) - (viewer.vlak.viewport().width() - 24)) < 24)
    # fitted: no sideways scrolling
    qtbot.waitUntil(lambda: viewer.vlak.horizontalScrollBar().maximum() == 0, timeout=2000)


@pytest.fixture
def nederlands(qapp: QApplication) -> Iterator[None]:
    vertalers = installeer_qt_vertaling(qapp)
    assert vertalers, "Qt's Dutch translations (qtbase_nl) are missing"
    yield
    for vertaler in vertalers:
        qapp.removeTranslator(vertaler)


def _teksten(dialoog: QWidget) -> set[str]:
    teksten = set()
    for widget in dialoog.findChildren(QWidget):
        for naam in ("text", "title"):
            tekst = getattr(widget, naam, None)
            if callable(tekst) and isinstance(waarde := tekst(), str) and waarde.strip():
                teksten.add(waarde.replace("&", ""))
    return teksten


def test_qt_dialogs_speak_dutch(qtbot: Any, nederlands: None) -> None:
    assert QCoreApplication.translate("QFileDialog", "Save As") == "Opslaan als"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert QCoreApplication.translate("Sneltoetsen", "Tijdlijn") == "Tijdlijn"  # ours untouched
    opslaan = QFileDialog(None, "Document opslaan")
    opslaan.setOption(QFileDialog.Option.DontUseNativeDialog)
    opslaan.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    afdrukken = QPrintDialog(QPrinter())
    for dialoog in (opslaan, afdrukken):
        qtbot.addWidget(dialoog)
    teksten = _teksten(opslaan) | _teksten(afdrukken)
    assert {"Zoeken in:", "Bestandsnaam:", "Bestandstype:", "Opslaan", "Annuleren"} <= teksten
    assert {"Afdrukken", "Afdrukbereik", "Dubbelzijdig afdrukken", "Paginaset:"} <= teksten
    engels = {"Look in:", "Files of type:", "Save", "Cancel", "Print", "Page Set:", "Off"}
    assert not teksten & engels


@pytest.mark.usefixtures("nederlands")
def test_save_asks_without_blocking_under_a_name_of_our_own(
    qtbot: Any, pdf: tuple[DocumentViewer, bytes], tmp_path: Path
) -> None:
    viewer, data = pdf
    viewer.setWindowTitle("ignored")  # the name comes from the document's title
    qtbot.keyClick(viewer.vlak, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialoog = viewer.opslagdialoog
    assert isinstance(dialoog, QFileDialog) and dialoog.isVisible()
    # the loop is not blocked while the dialog is open
    taak = asyncio.ensure_future(asyncio.sleep(0.01, result="loopt"))
    qtbot.waitUntil(taak.done, timeout=2000)
    voorstel = Path(dialoog.selectedFiles()[0]).name
    assert voorstel == viewer.bestandsnaam() and voorstel.endswith(".pdf")
    assert "/" not in voorstel and ".." not in voorstel
    knoppen = dialoog.findChild(QDialogButtonBox)
    assert knoppen is not None
    teksten = {k.text().replace("&", "") for k in knoppen.buttons()}
    assert "Opslaan" in teksten and "Annuleren" in teksten  # Qt's own dialog, in Dutch
    doel = tmp_path / "kopie.pdf"
    dialoog.setDirectory(str(tmp_path))
    naamveld = dialoog.findChild(QLineEdit, "fileNameEdit")
    assert naamveld is not None
    naamveld.clear()
    qtbot.keyClicks(naamveld, "kopie")  # the .pdf is added
    with qtbot.waitSignal(viewer.opgeslagen, timeout=5000) as signaal:
        qtbot.keyClick(naamveld, Qt.Key.Key_Return)
    assert signaal.args == [str(doel)]
    assert doel.read_bytes() == data
    assert viewer.info.text() == "Opgeslagen als kopie.pdf"


def test_save_failure_is_said(
    qtbot: Any, pdf: tuple[DocumentViewer, bytes], tmp_path: Path
) -> None:
    viewer, _ = pdf
    viewer._bewaar(str(tmp_path / "bestaat-niet" / "kopie.pdf"))
    assert viewer.info.text().startswith("Opslaan mislukt — ")


def _pagina_s(pad: Path) -> int:
    document = pdfium.PdfDocument(str(pad))
    try:
        return len(document)
    finally:
        document.close()


def test_print_dialog_opens_without_blocking_and_prints_every_page(
    qtbot: Any,
    pdf: tuple[DocumentViewer, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    viewer, data = pdf
    origineel = tmp_path / "origineel.pdf"
    origineel.write_bytes(data)
    qtbot.keyClick(viewer.vlak, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialoog = viewer.printdialoog
    assert dialoog is not None and dialoog.isVisible()
    taak = asyncio.ensure_future(asyncio.sleep(0.01, result="loopt"))
    qtbot.waitUntil(taak.done, timeout=2000)
    # OK hands the dialog's printer on (recorded here: a test never prints on a real printer)
    gekozen: list[QPrinter] = []
    monkeypatch.setattr(viewer, "start_afdrukken", gekozen.append)
    dialoog.accept()
    assert gekozen == [dialoog.printer()]
    monkeypatch.undo()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    uit = tmp_path / "afdruk.pdf"
    printer.setOutputFileName(str(uit))
    with qtbot.waitSignal(viewer.afgedrukt, timeout=20000) as signaal:
        viewer.start_afdrukken(printer)
    assert signaal.args == [_pagina_s(origineel)]
    assert _pagina_s(uit) == _pagina_s(origineel)
    assert "naar de printer gestuurd" in viewer.info.text()


def test_print_honours_the_page_range(
    qtbot: Any, pdf: tuple[DocumentViewer, bytes], tmp_path: Path
) -> None:
    _, data = pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    uit = tmp_path / "pagina-1.pdf"
    printer.setOutputFileName(str(uit))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)
    taak = asyncio.ensure_future(documentviewer.druk_af(data, printer, lambda n, van: None))
    qtbot.waitUntil(taak.done, timeout=20000)
    assert taak.result() == 1 and _pagina_s(uit) == 1


@pytest.mark.parametrize(
    ("titel", "extensie", "naam"),
    [
        (
            "Besluit omgevingsvergunning: bouw (def.)",
            "pdf",
            "Besluit omgevingsvergunning bouw def.pdf",
        ),
        ("../../etc/passwd", "pdf", "etc passwd.pdf"),
        ("C:\\Windows\\win.ini", ".PDF", "C Windows win ini.pdf"),
        ("CON", "pdf", "document CON.pdf"),
        ("", "pdf", "document.pdf"),
        ("brief\x00\n", "docx", "brief.docx"),
        ("Brief", "exe;rm -rf", "Brief"),
        ("Aanvraag één", "pdf", "Aanvraag één.pdf"),
    ],
)
def test_file_names_are_our_own(titel: str, extensie: str, naam: str) -> None:
    assert veilige_bestandsnaam(titel, extensie) == naam


def test_long_titles_are_shortened() -> None:
    assert len(veilige_bestandsnaam("a" * 300, "pdf")) == 80 + len(".pdf")


def test_other_files_are_offered_under_a_name_of_our_own(qtbot: Any) -> None:
    dialoog = AnderBestandDialoog("Brief aan burger", "../../.bashrc;.docx", b"inhoud")
    qtbot.addWidget(dialoog)
    # not a document type we know by its content: saved, never as what its name claims
    assert dialoog._naam == "Brief aan burger.bin"
    pdf = AnderBestandDialoog("Brief", "x.exe", b"%PDF-1.7\n...", formaat="application/pdf")
    qtbot.addWidget(pdf)
    assert pdf._naam == "Brief.pdf"


def test_a_printer_that_cannot_start_is_said(
    qtbot: Any, pdf: tuple[DocumentViewer, bytes], tmp_path: Path
) -> None:
    viewer, _ = pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "bestaat-niet" / "afdruk.pdf"))
    viewer.start_afdrukken(printer)
    qtbot.waitUntil(lambda: viewer.info.text().startswith("Afdrukken mislukt — "), timeout=10000)
