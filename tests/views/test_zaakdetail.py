"""The zaak detail on the oefenomgeving: dated steps, notices, documents, contacts, clearing."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.klantinteracties import Klantcontact
from klantbeeld.services.klantbeeld.composer import ZaakOverzicht
from klantbeeld.services.klantbeeld.vertrouwelijkheid import mag_inzien
from klantbeeld.services.verbinding.errors import KlantbeeldError
from klantbeeld.views.documentviewer import AnderBestandDialoog, DocumentViewer
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.models.documenten_model import DocumentenModel, DocumentRol
from klantbeeld.views.models.zaken_model import StatussenModel, ZaakContactenModel
from klantbeeld.views.panels.zaakdetail import ZaakDetailPaneel, duur_tekst
from klantbeeld.views.statusstappen import Toestand
from klantbeeld.views.theme import load_theme
from tests.conftest import TEST_VANDAAG
from tests.views.conftest import Werkplek

#: The start of a Windows program.
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 120

OMGEVING = "ZAAK-2026-0000000001"
AFGESLOTEN = "ZAAK-2025-0000000001"
TE_LAAT = "ZAAK-2026-0000000002"
OPGESCHORT = "ZAAK-2026-0000000003"
VERLENGD = "ZAAK-2026-0000000004"


def paneel(qtbot: Any, w: Werkplek) -> ZaakDetailPaneel:
    p = ZaakDetailPaneel(w.model, w.sessie)
    p.vandaag = lambda: TEST_VANDAAG
    qtbot.addWidget(p)
    p.resize(520, 700)
    p.show()
    return p


def laad(qtbot: Any, w: Werkplek) -> None:
    w.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(w.model.is_klaar, timeout=10000)


def zaak(w: Werkplek, identificatie: str) -> ZaakOverzicht:
    assert w.model.beeld is not None
    return next(z for z in w.model.beeld.zaken if z.zaak.identificatie == identificatie)


def kies(qtbot: Any, w: Werkplek, identificatie: str) -> ZaakOverzicht:
    overzicht = zaak(w, identificatie)
    w.sessie.kies_zaak(overzicht)
    qtbot.waitUntil(lambda: w.model.zaak_detail is not None, timeout=10000)
    return overzicht


def test_calm_hint_without_a_zaak(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    assert p.hint.isVisible()
    assert p.hint.text() == "Kies een zaak om de stappen en documenten te zien"
    assert not p.vlak.isVisible()


def test_the_zaaks_own_omschrijving_under_its_type(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    overzicht = kies(qtbot, werkplek, OMGEVING)
    assert p.titel.text() == "Aanvraag omgevingsvergunning"
    assert overzicht.zaak.omschrijving
    assert p.omschrijving.text() == overzicht.zaak.omschrijving
    assert p.omschrijving.isVisible()
    werkplek.sessie.beeindig_contact()
    assert not p.omschrijving.text()


def test_steps_at_once_then_dated(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    werkplek.sessie.kies_zaak(zaak(werkplek, OMGEVING))
    # at once, from the overzicht: steps in order, the current one highlighted, no dates yet
    toestanden = [s.toestand for s in p.stappen.stappen]
    assert toestanden == [
        Toestand.BEREIKT,
        Toestand.HUIDIG,
        Toestand.LATER,
        Toestand.LATER,
        Toestand.LATER,
    ]
    assert p.stappen.stappen[0].tekst == "Wij hebben uw aanvraag ontvangen."  # the statustekst
    assert p.laadbalk.isVisible()
    qtbot.waitUntil(lambda: werkplek.model.zaak_detail is not None, timeout=10000)
    stappen = p.stappen.stappen
    assert stappen[0].datum is not None and stappen[1].datum is not None
    assert all(s.datum is None for s in stappen[2:])
    teksten = p.stappen.teksten()
    assert any(t.startswith("Afgerond op ") for t in teksten)
    assert any(t.startswith("Huidige stap · sinds ") for t in teksten)
    huidig = [lbl for lbl in p.stappen.findChildren(QLabel) if lbl.property("toestand") == "huidig"]
    assert len(huidig) == 1
    assert f"font-weight: {load_theme().weight_bold}" in huidig[0].styleSheet()
    assert not p.laadbalk.isVisible()
    assert p.titel.text() == "Aanvraag omgevingsvergunning"
    assert OMGEVING in p.sub.text()
    assert p.statussen.rowCount() == 2


def test_three_documents_with_type_date_and_level(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    kies(qtbot, werkplek, OMGEVING)
    m = p.documenten
    assert m.rowCount() == 3
    assert p.documenten_kop.text() == "Documenten (3)"
    typen = {m.index(r, DocumentenModel.COL_TYPE).data() for r in range(3)}
    assert typen == {"Besluit", "Bouwtekening", "Foto"}
    assert all(m.index(r, DocumentenModel.COL_DATUM).data() for r in range(3))
    niveaus = [m.index(r, DocumentenModel.COL_VERTROUWELIJKHEID).data() for r in range(3)]
    # confidentieel is above the default zaakvertrouwelijk
    assert "Niet in te zien: confidentieel" in niveaus
    assert sum(bool(m.index(r, 0).data(DocumentRol.InTeZienRole)) for r in range(3)) == 2


def test_document_above_level_cannot_be_opened(qtbot: Any, werkplek: Werkplek) -> None:
    werkplek.sessie.max_vertrouwelijkheid = "openbaar"
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    kies(qtbot, werkplek, OMGEVING)
    m = p.documenten
    for r in range(m.rowCount()):
        assert not m.index(r, 0).data(DocumentRol.InTeZienRole)
        assert (
            m.index(r, DocumentenModel.COL_VERTROUWELIJKHEID).data().startswith("Niet in te zien: ")
        )
        assert p.open_document(r) is False
    p.documenten_lijst.setCurrentIndex(m.index(0, 0))
    assert not p.open_knop.isEnabled()
    assert p.document_melding.text().startswith("Niet in te zien")
    assert p.viewer is None
    # the Sessie refuses too, whatever the screen does
    doc = m.document(0)
    assert doc is not None
    taak = asyncio.ensure_future(werkplek.sessie.download(doc))
    qtbot.waitUntil(taak.done, timeout=5000)
    with pytest.raises(KlantbeeldError):
        taak.result()


def test_opening_a_pdf_renders_pages(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    kies(qtbot, werkplek, OMGEVING)
    rij = next(r for r in range(p.documenten.rowCount()) if p.documenten.in_te_zien(r))
    p.documenten_lijst.setFocus()
    p.documenten_lijst.setCurrentIndex(p.documenten.index(rij, 0))
    qtbot.keyClick(p.documenten_lijst, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: p.viewer is not None, timeout=10000)
    viewer = p.viewer
    assert isinstance(viewer, DocumentViewer)
    assert viewer.isVisible()  # opened with open(), never exec()
    assert len(viewer.pagina_labels) >= 1
    pixmap = viewer.pagina_labels[0].pixmap()
    assert not pixmap.isNull() and pixmap.width() > 100
    werkplek.sessie.beeindig_contact()  # closes the document too
    assert p.viewer is None


@pytest.mark.parametrize(
    ("identificatie", "verwacht"),
    [
        (TE_LAAT, "Termijn verstreken"),
        (OPGESCHORT, "Opgeschort — reden: Wachten op aanvullende gegevens"),
        (VERLENGD, "Verlengd met 28 dagen — reden: Grote drukte"),
        (AFGESLOTEN, "resultaat: Verleend"),
    ],
)
def test_notices(qtbot: Any, werkplek: Werkplek, identificatie: str, verwacht: str) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    kies(qtbot, werkplek, identificatie)
    assert any(verwacht in t for t in p.meldingen_teksten()), p.meldingen_teksten()
    for label in p.melding_labels:
        assert label.textFormat() is Qt.TextFormat.PlainText


def test_no_notice_for_an_ordinary_zaak(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    kies(qtbot, werkplek, OMGEVING)
    assert p.meldingen_teksten() == []


def test_contacts_about_the_zaak(qtbot: Any, werkplek: Werkplek) -> None:
    p = paneel(qtbot, werkplek)
    laad(qtbot, werkplek)
    kies(qtbot, werkplek, OMGEVING)
    m = p.contacten
    assert m.rowCount() == 2
    kanalen = {m.index(r, ZaakContactenModel.COL_KANAAL).data() for r in range(2)}
    assert kanalen == {"Telefoon", "Webformulier"}
    assert m.index(0, ZaakContactenModel.COL_KANAAL).data(Qt.ItemDataRole.DecorationRole)


def test_citizen_markup_stays_plain_text(qtbot: Any, werkplek: Werkplek) -> None:
    laad(qtbot, werkplek)
    beeld = werkplek.model.beeld
    assert beeld is not None
    met_markup = [k for k in beeld.klantcontacten if "<" in (k.onderwerp or "")]
    eigen = Klantcontact.model_validate(
        {
            "uuid": "x",
            "kanaal": "E-mail",
            "onderwerp": "<b>vet</b><script>alert(1)</script>",
            "plaatsgevondenOp": datetime(2026, 11, 1, tzinfo=UTC).isoformat(),
        }
    )
    m = ZaakContactenModel()
    m.set_rows([*met_markup, eigen])
    onderwerpen = [m.index(r, ZaakContactenModel.COL_ONDERWERP).data() for r in range(m.rowCount())]
    assert "<b>vet</b><script>alert(1)</script>" in onderwerpen
    for k in met_markup:
        assert k.onderwerp in onderwerpen  # verbatim, never interpreted


def test_item_models(qtbot: Any, werkplek: Werkplek, qtmodeltester: Any) -> None:
    laad(qtbot, werkplek)
    kies(qtbot, werkplek, OMGEVING)
    detail = werkplek.model.zaak_detail
    assert detail is not None
    catalogus = werkplek.composer.catalogus
    assert catalogus is not None
    documenten = DocumentenModel(documenttype=catalogus.informatieobjecttype)
    documenten.set_rows(detail.documenten, "intern")
    qtmodeltester.check(documenten)
    statussen = StatussenModel(statustype=catalogus.statustype)
    statussen.set_rows(detail.statussen)
    qtmodeltester.check(statussen)
    contacten = ZaakContactenModel()
    contacten.set_rows(detail.klantcontacten)
    qtmodeltester.check(contacten)


def test_vertrouwelijkheid_order() -> None:
    assert mag_inzien("openbaar", "openbaar")
    assert mag_inzien("intern", "zaakvertrouwelijk")
    assert not mag_inzien("confidentieel", "zaakvertrouwelijk")
    assert not mag_inzien("geheim", "confidentieel")
    assert not mag_inzien(None, "geheim")  # unknown counts as the most confidential
    assert not mag_inzien("iets_nieuws", "geheim")
    assert duur_tekst("P28D") == "28 dagen"
    assert duur_tekst("P1M") == "1 maand"
    assert duur_tekst("raar") == ""


def test_window_fits_and_clears(qtbot: Any, werkplek: Werkplek) -> None:
    window = MainWindow(werkplek.model, werkplek.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    werkplek.sessie.open_persoon(VOORBEELD_BSN, OMGEVING)
    qtbot.waitUntil(lambda: werkplek.model.zaak_detail is not None, timeout=10000)
    p = window.zaakdetail
    p.vandaag = lambda: TEST_VANDAAG
    assert p.titel.text() == "Aanvraag omgevingsvergunning"
    assert p.vlak.horizontalScrollBar().maximum() == 0  # never scrolls sideways
    inhoud = p.vlak.widget()
    assert inhoud is not None and inhoud.width() <= p.vlak.viewport().width()
    # the zaken list shows the chosen zaak selected
    gekozen = window.zaken.tabel.currentIndex()
    assert gekozen.isValid()
    qtbot.mouseClick(window.beeindig_knop, Qt.MouseButton.LeftButton)
    teksten = _alle_teksten(window)
    for woord in ("ZAAK-20", "Moulin", VOORBEELD_BSN, "omgevingsvergunning", "Wij hebben"):
        assert not any(woord in t for t in teksten), (woord, [t for t in teksten if woord in t])
    assert p.documenten.rowCount() == 0
    assert p.contacten.rowCount() == 0
    assert p.statussen.rowCount() == 0
    assert p.hint.isVisible()


def _alle_teksten(root: QWidget) -> list[str]:
    out = [w.text() for w in root.findChildren(QLabel)]
    out += [w.text() for w in root.findChildren(QAbstractButton)]
    return out


def _zet_document(server: Any, bestandsnaam: str, formaat: str, inhoud: bytes) -> str:
    """Give the first document of OMGEVING a name, formaat and content; returns its titel."""
    store = server.sandbox.store
    zaak_obj = next(z for z in store.all("zaken") if z["identificatie"] == OMGEVING)
    zio = next(z for z in store.all("zaakinformatieobjecten") if z["zaak"] == zaak_obj["url"])
    doc = store.get("enkelvoudiginformatieobjecten", zio["informatieobject"].rsplit("/", 1)[-1])
    assert doc is not None
    doc = {
        **doc,
        "titel": "Bijlage aanvraag",
        "bestandsnaam": bestandsnaam,
        "formaat": formaat,
        "vertrouwelijkheidaanduiding": "openbaar",
    }
    store.put("enkelvoudiginformatieobjecten", doc)
    store.blobs[doc["uuid"]] = inhoud
    return str(doc["titel"])


def _open_bijlage(qtbot: Any, w: Werkplek, window: MainWindow) -> QWidget:
    """Open the klantbeeld at OMGEVING and the document "Bijlage aanvraag"; returns the viewer."""
    w.sessie.open_persoon(VOORBEELD_BSN, OMGEVING)
    qtbot.waitUntil(lambda: w.model.zaak_detail is not None, timeout=10000)
    p = window.zaakdetail
    rij = next(
        r
        for r in range(p.documenten.rowCount())
        if p.documenten.index(r, 0).data() == "Bijlage aanvraag"
    )
    assert p.open_document(rij)
    qtbot.waitUntil(lambda: p.viewer is not None, timeout=10000)
    assert p.viewer is not None
    return p.viewer


@pytest.fixture
def geopend(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was handed to the system viewer (nothing is really opened)."""
    from PySide6.QtGui import QDesktopServices

    paden: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: paden.append(url.toLocalFile()))
    return paden


def test_a_program_named_like_a_pdf_can_only_be_saved_with_a_warning(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any, geopend: list[str]
) -> None:
    _zet_document(fresh_sandbox, "Bijlage aanvraag.pdf.exe", "application/pdf", EXE)
    window = MainWindow(eigen_werkplek.model, eigen_werkplek.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.show()
    dialoog = _open_bijlage(qtbot, eigen_werkplek, window)
    assert isinstance(dialoog, AnderBestandDialoog) and dialoog.soort is None
    assert not dialoog.openen.isVisible() and not dialoog.openen.isEnabled()
    assert dialoog.annuleren.isDefault()
    assert not dialoog.opslaan.isDefault() and not dialoog.opslaan.autoDefault()
    assert "Let op" in dialoog.tekst.text() and "Bijlage aanvraag.pdf.exe" in dialoog.tekst.text()
    qtbot.keyClick(dialoog, Qt.Key.Key_Return)  # Enter: the default button, Annuleren
    assert not dialoog.isVisible()
    dialoog._open_extern()  # even when called, nothing is written or opened
    assert geopend == []


def test_the_save_dialog_proposes_a_harmless_name(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    dialoog = AnderBestandDialoog("Bijlage", "Bijlage aanvraag.pdf.exe", EXE, formaat="x")
    qtbot.addWidget(dialoog)
    dialoog._vraag_pad()
    kiezer = dialoog.findChild(QFileDialog)
    assert kiezer is not None
    assert kiezer.selectedFiles()[0].endswith("/Bijlage.bin")  # the title, never ".exe"
    kiezer.close()
    dialoog._bewaar(str(tmp_path / "opgeslagen.bin"))
    assert (tmp_path / "opgeslagen.bin").read_bytes() == EXE


def test_an_allowed_document_opens_under_our_own_name_and_is_removed_at_end_of_contact(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any, geopend: list[str]
) -> None:
    inhoud = b"Beste mevrouw,\nHierbij de bijlage.\n"
    _zet_document(fresh_sandbox, "Bijlage aanvraag.txt.exe", "text/plain", inhoud)
    window = MainWindow(eigen_werkplek.model, eigen_werkplek.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.show()
    dialoog = _open_bijlage(qtbot, eigen_werkplek, window)
    assert isinstance(dialoog, AnderBestandDialoog) and dialoog.soort is not None
    assert dialoog.openen.isVisible() and dialoog.openen.isDefault()
    qtbot.mouseClick(dialoog.openen, Qt.MouseButton.LeftButton)
    pad = Path(geopend[0])
    assert re.fullmatch(r"document-[0-9a-f]{8}\.txt", pad.name)  # never the server's name
    assert pad.read_bytes() == inhoud
    assert (pad.stat().st_mode & 0o077) == 0  # only this user may read it
    assert (pad.parent.stat().st_mode & 0o077) == 0
    window.beeindig_contact()
    assert not pad.exists() and not pad.parent.exists()


def test_a_pdf_is_shown_in_the_app_by_its_content_whatever_its_name(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any, geopend: list[str]
) -> None:
    from klantbeeld.sandbox.seed.zaken import document_pdf

    _zet_document(fresh_sandbox, "scan", "", document_pdf("Scan"))
    window = MainWindow(eigen_werkplek.model, eigen_werkplek.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(_open_bijlage(qtbot, eigen_werkplek, window), DocumentViewer)
    assert geopend == []
