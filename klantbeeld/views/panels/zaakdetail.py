"""One zaak in detail: its steps as the citizen sees them, notices, documents, contacts, history.

The steps show at once from the zaak's overzicht; dates, documents and contacts follow when
:attr:`BeeldModel.zaak_detail` arrives. Documents open inside the app (PDF) or are handed to
the system viewer; documents above the agent's vertrouwelijkheid are listed without content.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.zaakdetail import GeopendDocument, ZaakDetailController
from klantbeeld.services.apis.zgw import InformatieObject
from klantbeeld.services.klantbeeld.waarden import Onderdeel, ZaakDetail, ZaakOverzicht
from klantbeeld.views.beeld import BeeldModel, DeelStatus
from klantbeeld.views.delegate import Index, PlatteDelegate
from klantbeeld.views.documentviewer import (
    AnderBestandDialoog,
    DocumentViewer,
)
from klantbeeld.views.icons import icon
from klantbeeld.views.models.documenten_model import (
    DocumentenModel,
    DocumentRol,
    vertrouwelijkheid_label,
)
from klantbeeld.views.models.zaken_model import (
    StatussenModel,
    ZaakContactenModel,
    datum,
    eigen_omschrijving,
    zaaktype_naam,
)
from klantbeeld.views.platte_tekst import platte_label
from klantbeeld.views.sessie import Sessie
from klantbeeld.views.statusstappen import StatusStappen
from klantbeeld.views.tabel import maak_tabel
from klantbeeld.views.theme import load_theme

_DUUR = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Zaakdetail)."""
    return QCoreApplication.translate("Zaakdetail", text)


def duur_tekst(duur: str | None) -> str:
    """An ISO 8601 duration such as ``P28D`` in plain Dutch (``28 dagen``); "" when unknown."""
    m = _DUUR.match((duur or "").strip())
    if not m or not any(m.groups()):
        return ""
    eenheden = (
        (tr("1 jaar"), tr("{n} jaar")),
        (tr("1 maand"), tr("{n} maanden")),
        (tr("1 week"), tr("{n} weken")),
        (tr("1 dag"), tr("{n} dagen")),
    )
    delen = []
    for waarde, (een, meer) in zip(m.groups(), eenheden, strict=True):
        if waarde:
            n = int(waarde)
            delen.append(een if n == 1 else meer.format(n=n))
    return tr(" en ").join(delen)


def meldingen(overzicht: ZaakOverzicht, vandaag: date) -> list[tuple[str, str]]:
    """The notices for a zaak as (niveau, plain text): late, opgeschort, verlengd, afgesloten."""
    zaak = overzicht.zaak
    out: list[tuple[str, str]] = []
    if overzicht.is_te_laat(vandaag) and zaak.uiterlijke_einddatum_afdoening is not None:
        dagen = (vandaag - zaak.uiterlijke_einddatum_afdoening).days
        out.append(
            (
                "fout",
                tr(
                    "Termijn verstreken: deze zaak had uiterlijk {datum} klaar moeten zijn "
                    "({dagen} dagen te laat)."
                ).format(datum=datum(zaak.uiterlijke_einddatum_afdoening), dagen=dagen),
            )
        )
    if overzicht.is_opgeschort:
        reden = (zaak.opschorting.reden if zaak.opschorting else "") or tr("geen reden opgegeven")
        out.append(("waarschuwing", tr("Opgeschort — reden: {reden}").format(reden=reden)))
    if zaak.verlenging is not None and (zaak.verlenging.reden or zaak.verlenging.duur):
        duur = duur_tekst(zaak.verlenging.duur)
        reden = zaak.verlenging.reden or tr("geen reden opgegeven")
        tekst = (
            tr("Verlengd met {duur} — reden: {reden}").format(duur=duur, reden=reden)
            if duur
            else tr("Verlengd — reden: {reden}").format(reden=reden)
        )
        out.append(("info", tekst))
    if not overzicht.is_open:
        resultaat = overzicht.resultaattype.omschrijving if overzicht.resultaattype else ""
        toelichting = ""
        expand = zaak.expand_resultaat
        if expand is not None and expand.toelichting:
            toelichting = f" ({expand.toelichting})"
        tekst = tr("Afgesloten op {datum}").format(datum=datum(zaak.einddatum))
        if resultaat:
            tekst += tr(" — resultaat: {resultaat}").format(resultaat=resultaat) + toelichting
        out.append(("succes", tekst))
    return out


def _label(tekst: str = "", rol: str | None = None) -> QLabel:
    label = platte_label(tekst)
    label.setWordWrap(True)
    if rol:
        label.setProperty("rol", rol)
    return label


def _tabel(naam: str, model: QAbstractItemModel, rek: int, passend: tuple[int, ...]) -> QTableView:
    """A table as tall as its rows; column ``rek`` takes the room, ``passend`` fit their text."""
    tabel = maak_tabel(model, naam, raster=False, rijhoogte=28, horizontaal_schuiven=False)
    tabel.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    kop = tabel.horizontalHeader()
    kop.setHighlightSections(False)
    kop.setMinimumSectionSize(40)
    kop.setSectionResizeMode(rek, QHeaderView.ResizeMode.Stretch)
    for col in passend:
        kop.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    kop.setResizeContentsPrecision(25)
    return tabel


def _pas_hoogte(tabel: QTableView | QListView) -> None:
    """Make a view exactly as tall as its rows (the pane scrolls, not the view)."""
    model = tabel.model()
    rijen = model.rowCount() if model is not None else 0
    hoogte = 2 * tabel.frameWidth()
    if isinstance(tabel, QTableView):
        hoogte += tabel.horizontalHeader().sizeHint().height()
        hoogte += rijen * tabel.verticalHeader().defaultSectionSize()
    elif rijen:
        hoogte += rijen * tabel.sizeHintForRow(0)
    tabel.setFixedHeight(hoogte)


class DocumentDelegate(PlatteDelegate):
    """Two lines per document: titel and datum, then soort and vertrouwelijkheid (plain text)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two text lines and some room."""
        regel = QFontMetrics(self._theme.font()).height()
        return QSize(200, 2 * regel + 12)

    def teken(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        """Icon and texts with drawText (never rich text)."""
        t = self._theme

        def tekst(col: int) -> str:
            waarde = index.model().index(index.row(), col).data(Qt.ItemDataRole.DisplayRole)
            return str(waarde) if waarde else ""

        zien = bool(index.data(DocumentRol.InTeZienRole))
        geselecteerd = self.gekozen(opt)
        hoofd = QColor(t.selection_text if geselecteerd else (t.text if zien else t.disabled_text))
        neven = QColor(t.selection_text if geselecteerd else t.muted_text)
        r = self._icoon_links(painter, opt, "document" if zien else "geheim", hoofd.name(), 6)
        painter.save()
        try:
            font = t.font(weight=t.weight_semibold if zien else t.weight_regular)
            fm = QFontMetrics(font)
            regel = fm.height()
            datum_tekst = tekst(DocumentenModel.COL_DATUM)
            datum_breedte = fm.horizontalAdvance(datum_tekst) + t.space_xs
            painter.setFont(font)
            painter.setPen(hoofd)
            titel = fm.elidedText(
                tekst(DocumentenModel.COL_TITEL),
                Qt.TextElideMode.ElideRight,
                r.width() - datum_breedte,
            )
            painter.drawText(
                QRect(r.left(), r.top(), r.width(), regel), Qt.AlignmentFlag.AlignLeft, titel
            )
            painter.setFont(t.font())
            painter.setPen(neven)
            painter.drawText(
                QRect(r.left(), r.top(), r.width(), regel), Qt.AlignmentFlag.AlignRight, datum_tekst
            )
            klein = t.font()
            painter.setFont(klein)
            delen = [tekst(DocumentenModel.COL_TYPE), tekst(DocumentenModel.COL_VERTROUWELIJKHEID)]
            onder = QFontMetrics(klein).elidedText(
                " · ".join(d for d in delen if d), Qt.TextElideMode.ElideRight, r.width()
            )
            painter.drawText(
                QRect(r.left(), r.top() + regel + 2, r.width(), regel),
                Qt.AlignmentFlag.AlignLeft,
                onder,
            )
        finally:
            painter.restore()


class ZaakDetailPaneel(QWidget):
    """Een zaak in detail: stappen, meldingen, documenten, contacten, historie."""

    def __init__(
        self,
        model: BeeldModel,
        sessie: Sessie,
        parent: QWidget | None = None,
        *,
        controller: ZaakDetailController | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        self.controller = controller if controller is not None else sessie.zaakdetail()
        self.controller.setParent(self)
        self.controller.documentBezig.connect(self.document_melding_tekst)
        self.controller.documentFout.connect(self.document_melding_tekst)
        self.controller.documentGeopend.connect(self._toon_document)
        self._theme = load_theme()
        #: Today, for the past-deadline notice (replaceable in tests).
        self.vandaag = date.today
        #: The document window opened last (None when closed or wiped).
        self.viewer: QDialog | None = None
        self.setMinimumWidth(360)

        buiten = QVBoxLayout(self)
        buiten.setContentsMargins(8, 8, 0, 0)
        self.hint = _label(tr("Kies een zaak om de stappen en documenten te zien"), "gedempt")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buiten.addWidget(self.hint, 1)

        self.vlak = QScrollArea()
        self.vlak.setWidgetResizable(True)
        self.vlak.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.vlak.setFrameShape(QFrame.Shape.NoFrame)
        self.vlak.setAccessibleName(tr("Zaakdetail"))
        # No Tab stop of its own (it would draw nothing for it): Tab goes to its buttons and
        # lists, and the area scrolls to each.
        self.vlak.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_in_beeld)
        buiten.addWidget(self.vlak, 1)
        inhoud = QWidget()
        self.vlak.setWidget(inhoud)
        lay = QVBoxLayout(inhoud)
        lay.setContentsMargins(0, 0, 8, 8)
        lay.setSpacing(self._theme.space_xs)

        kop = QHBoxLayout()
        self.titel = _label("", "kop")
        self.titel.setAccessibleName(tr("Zaaktype"))
        kop.addWidget(self.titel, 1)
        self.sluit_knop = QPushButton()
        self.sluit_knop.setIcon(icon("sluiten"))
        self.sluit_knop.setProperty("variant", "subtle")
        self.sluit_knop.setToolTip(tr("Zaak sluiten"))
        self.sluit_knop.setAccessibleName(tr("Zaak sluiten"))
        self.sluit_knop.clicked.connect(lambda: self.sessie.kies_zaak(None))
        kop.addWidget(self.sluit_knop, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(kop)
        # The zaak's own omschrijving, where it says more than the zaaktype above it.
        self.omschrijving = _label()
        self.omschrijving.setAccessibleName(tr("Omschrijving van de zaak"))
        self.omschrijving.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.omschrijving)
        self.sub = _label("", "gedempt")
        lay.addWidget(self.sub)

        self.meldingen_box = QVBoxLayout()
        self.meldingen_box.setSpacing(4)
        lay.addLayout(self.meldingen_box)
        self.melding_labels: list[QLabel] = []

        self.laadbalk = QWidget()
        lb = QHBoxLayout(self.laadbalk)
        lb.setContentsMargins(0, 0, 0, 0)
        self.laadtekst = _label()
        lb.addWidget(self.laadtekst, 1)
        self.opnieuw_knop = QPushButton(tr("Opnieuw proberen"))
        self.opnieuw_knop.setProperty("variant", "secondary")
        self.opnieuw_knop.setAccessibleName(tr("Zaakdetail opnieuw laden"))
        self.opnieuw_knop.clicked.connect(self._opnieuw)
        lb.addWidget(self.opnieuw_knop, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.laadbalk)

        lay.addWidget(_label(tr("Stappen"), "kop"))
        self.stappen = StatusStappen()
        lay.addWidget(self.stappen)

        self.documenten_kop = _label(tr("Documenten"), "kop")
        lay.addWidget(self.documenten_kop)
        self.documenten: DocumentenModel = self.controller.documenten
        self.documenten_lijst = QListView()
        self.documenten_lijst.setAccessibleName(tr("Documenten van de zaak"))
        self.documenten_lijst.setAccessibleDescription(tr("Enter opent het gekozen document"))
        self.documenten_lijst.setModel(self.documenten)
        self.documenten_lijst.setModelColumn(DocumentenModel.COL_TITEL)
        self.documenten_lijst.setItemDelegate(DocumentDelegate(self.documenten_lijst))
        self.documenten_lijst.setUniformItemSizes(True)
        self.documenten_lijst.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documenten_lijst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documenten_lijst.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documenten_lijst.activated.connect(self._document_gekozen)
        self.documenten_lijst.doubleClicked.connect(self._document_gekozen)
        lay.addWidget(self.documenten_lijst)
        doc_rij = QHBoxLayout()
        self.document_melding = _label("", "klein")
        doc_rij.addWidget(self.document_melding, 1)
        self.open_knop = QPushButton(tr("Document openen"))
        self.open_knop.setIcon(icon("document"))
        self.open_knop.setProperty("variant", "secondary")
        self.open_knop.setAccessibleName(tr("Gekozen document openen"))
        self.open_knop.setAccessibleDescription(tr("Toont het document in een eigen venster"))
        self.open_knop.clicked.connect(
            lambda: self._document_gekozen(self.documenten_lijst.currentIndex())
        )
        doc_rij.addWidget(self.open_knop, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(doc_rij)
        self.documenten_lijst.selectionModel().currentRowChanged.connect(self._knop_status)

        self.contacten_kop = _label(tr("Contacten over deze zaak"), "kop")
        lay.addWidget(self.contacten_kop)
        self.contacten = ZaakContactenModel(self)
        self.contacten_tabel = _tabel(
            tr("Contacten over deze zaak"),
            self.contacten,
            ZaakContactenModel.COL_ONDERWERP,
            (ZaakContactenModel.COL_DATUM, ZaakContactenModel.COL_KANAAL),
        )
        lay.addWidget(self.contacten_tabel)
        self.contacten_leeg = _label("", "gedempt")
        lay.addWidget(self.contacten_leeg)

        lay.addWidget(_label(tr("Statushistorie"), "kop"))
        self.statussen: StatussenModel = self.controller.statussen
        self.historie_tabel = _tabel(
            tr("Statushistorie"),
            self.statussen,
            StatussenModel.COL_TOELICHTING,
            (StatussenModel.COL_DATUM, StatussenModel.COL_STATUS),
        )
        lay.addWidget(self.historie_tabel)
        self.historie_leeg = _label("", "gedempt")
        lay.addWidget(self.historie_leeg)
        lay.addStretch(1)

        model.zaakGekozen.connect(self._zaak_gekozen)
        model.zaakDetailGewijzigd.connect(self._detail_gewijzigd)
        model.gewist.connect(self.wis)
        model.deelGewijzigd.connect(self._deel_gewijzigd)
        self._toon(model.gekozen_zaak)

    def sizeHint(self) -> QSize:
        """Room for the steps and the documents next to the zaken list."""
        return QSize(500, 480)

    # -- showing ---------------------------------------------------------------------------

    def _zaak_gekozen(self, overzicht: ZaakOverzicht | None) -> None:
        self._stop_taak()
        self._toon(overzicht)

    def _focus_in_beeld(self, _oud: QWidget | None, nieuw: QWidget | None) -> None:
        """Scroll the pane to what Tab focused inside it (Tab from outside skips the area's own
        scrolling, so the close button could be focused out of sight)."""
        inhoud = self.vlak.widget()
        if nieuw is not None and inhoud is not None and inhoud.isAncestorOf(nieuw):
            self.vlak.ensureWidgetVisible(nieuw, 0, 0)

    def _toon(self, overzicht: ZaakOverzicht | None) -> None:
        self.hint.setVisible(overzicht is None)
        self.vlak.setVisible(overzicht is not None)
        self._hint_tekst()
        self.document_melding.clear()
        if overzicht is None:
            self._leeg_maken()
            return
        zaak = overzicht.zaak
        self.titel.setText(zaaktype_naam(overzicht))
        self.omschrijving.setText(eigen_omschrijving(overzicht))
        self.omschrijving.setVisible(bool(self.omschrijving.text()))
        delen = [zaak.identificatie or ""]
        if zaak.startdatum:
            delen.append(tr("gestart {d}").format(d=datum(zaak.startdatum)))
        if overzicht.is_open:
            if zaak.einddatum_gepland:
                delen.append(tr("gepland klaar {d}").format(d=datum(zaak.einddatum_gepland)))
            uiterlijk = zaak.uiterlijke_einddatum_afdoening
            if uiterlijk and uiterlijk != zaak.einddatum_gepland:
                delen.append(
                    tr("uiterlijk {d}").format(d=datum(zaak.uiterlijke_einddatum_afdoening))
                )
        self.sub.setText(" · ".join(d for d in delen if d))
        self._zet_meldingen(meldingen(overzicht, self.vandaag()))
        self.stappen.toon(overzicht)
        detail = self.model.zaak_detail
        if detail is not None and detail.overzicht is overzicht:
            self._detail_gewijzigd(detail)
        else:
            self._vul_lijsten(None)
            self._laadstatus()
        self.vlak.verticalScrollBar().setValue(0)

    def _detail_gewijzigd(self, detail: ZaakDetail | None) -> None:
        gekozen = self.model.gekozen_zaak
        if gekozen is None:
            return
        if detail is not None and detail.overzicht is gekozen:
            self.stappen.zet_statussen(detail.statussen)
            self._vul_lijsten(detail)
        else:
            self._vul_lijsten(None)
        self._laadstatus()

    def _vul_lijsten(self, detail: ZaakDetail | None) -> None:
        geladen = detail is not None
        documenten = detail.documenten if detail else []
        contacten = detail.klantcontacten if detail else []
        statussen = detail.statussen if detail else []
        self.documenten.set_rows(documenten, self.sessie.max_vertrouwelijkheid)
        self.contacten.set_rows(contacten)
        self.statussen.set_rows(statussen)
        self.documenten_kop.setText(
            tr("Documenten ({n})").format(n=len(documenten)) if geladen else tr("Documenten")
        )
        self.contacten_kop.setText(
            tr("Contacten over deze zaak ({n})").format(n=len(contacten))
            if geladen
            else tr("Contacten over deze zaak")
        )
        for tabel, leeg, tekst, rijen in (
            (self.documenten_lijst, None, "", documenten),
            (
                self.contacten_tabel,
                self.contacten_leeg,
                tr("Geen contacten over deze zaak."),
                contacten,
            ),
            (self.historie_tabel, self.historie_leeg, tr("Nog geen statushistorie."), statussen),
        ):
            tabel.setVisible(bool(rijen))
            _pas_hoogte(tabel)
            if leeg is not None:
                leeg.setText(tekst if geladen and not rijen else "")
                leeg.setVisible(geladen and not rijen)
        if geladen and not documenten:
            self.document_melding.setText(tr("Geen documenten bij deze zaak."))
        self.open_knop.setVisible(bool(documenten))
        if documenten:
            self.documenten_lijst.setCurrentIndex(self.documenten.index(0, 0))
        self._knop_status()

    def _laadstatus(self) -> None:
        gekozen = self.model.gekozen_zaak
        detail = self.model.zaak_detail
        if gekozen is None:
            self.laadbalk.setVisible(False)
            return
        if self.model.zaak_detail_laden:
            tekst, niveau, knop = tr("Datums, documenten en contacten laden…"), "info", False
        elif detail is None:
            tekst = tr("Zaaksysteem niet bereikbaar — de details van deze zaak ontbreken.")
            niveau, knop = "fout", True
        elif detail.fouten:
            reden = "; ".join(str(f) for f in detail.fouten)
            tekst = tr("Niet alles kon geladen worden — {reden}").format(reden=reden)
            niveau, knop = "fout", True
        else:
            self.laadbalk.setVisible(False)
            return
        self.laadtekst.setText(tekst)
        self.laadtekst.setProperty("niveau", niveau)
        self.laadtekst.style().unpolish(self.laadtekst)
        self.laadtekst.style().polish(self.laadtekst)
        self.opnieuw_knop.setVisible(knop)
        self.laadbalk.setVisible(True)

    def _zet_meldingen(self, lijst: list[tuple[str, str]]) -> None:
        for label in self.melding_labels:
            self.meldingen_box.removeWidget(label)
            label.setParent(None)  # gone from the widget tree at once
            label.deleteLater()
        self.melding_labels = []
        for niveau, tekst in lijst:
            label = _label(tekst)
            label.setProperty("niveau", niveau)
            label.setAccessibleName(tekst)
            self.meldingen_box.addWidget(label)
            self.melding_labels.append(label)

    def _hint_tekst(self) -> None:
        status = self.model.status(Onderdeel.ZAKEN)
        if status is DeelStatus.FOUT:
            self.hint.setText(tr("De zaken konden niet geladen worden; zie het tabblad Zaken."))
        elif status is DeelStatus.NIET_INGESTELD:
            self.hint.setText(tr("Het zaaksysteem is niet ingesteld: er zijn geen zaken te zien."))
        elif self.model.beeld is None:
            self.hint.setText(tr("Zoek een klant; kies dan een zaak om de stappen te zien."))
        else:
            self.hint.setText(tr("Kies een zaak om de stappen en documenten te zien"))

    def _deel_gewijzigd(self, onderdeel: Onderdeel) -> None:
        if onderdeel is Onderdeel.ZAKEN:
            self._hint_tekst()

    def _opnieuw(self) -> None:
        gekozen = self.model.gekozen_zaak
        if gekozen is not None:
            self.sessie.kies_zaak(gekozen)

    def meldingen_teksten(self) -> list[str]:
        """The notices on screen (late, opgeschort, verlengd, afgesloten)."""
        return [label.text() for label in self.melding_labels]

    # -- documents -------------------------------------------------------------------------

    def _knop_status(self, *_: object) -> None:
        index = self.documenten_lijst.currentIndex()
        zien = bool(index.isValid() and index.data(DocumentRol.InTeZienRole))
        self.open_knop.setEnabled(zien)
        if index.isValid() and not zien:
            doc = index.data(DocumentRol.DocumentRole)
            niveau = vertrouwelijkheid_label(
                doc.vertrouwelijkheidaanduiding if isinstance(doc, InformatieObject) else None
            ).lower()
            self.document_melding.setText(
                tr("Niet in te zien: dit document is {niveau}.").format(niveau=niveau)
            )
        elif not self.controller.bezig() and self.documenten.rowCount():
            self.document_melding.clear()

    def open_document(self, row: int) -> bool:
        """Open the document at ``row``; False (and a message) when the agent may not see it."""
        doc = self.documenten.document(row)
        if doc is None:
            return False
        if not self.documenten.in_te_zien(row):
            self._knop_status()
            return False
        self.controller.open_document(doc)
        return True

    def _document_gekozen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_document(index.row())

    def document_melding_tekst(self, tekst: str) -> None:
        """Say how opening a document goes (on its way, or why it failed)."""
        self.document_melding.setText(tekst)

    def _toon_document(self, geopend: GeopendDocument) -> None:
        if self.model.gekozen_zaak is None:
            return
        self.document_melding.clear()
        self._sluit_viewer()
        titel, data, doc = geopend.titel, geopend.data, geopend.document
        if geopend.pagina_s:
            dialoog: QDialog = DocumentViewer(
                titel,
                geopend.pagina_s,
                geopend.totaal,
                self.window(),
                controller=self.controller.document(geopend),
            )
        else:
            dialoog = AnderBestandDialoog(
                titel, doc.bestandsnaam or titel, data, self.window(), formaat=doc.formaat
            )
        # Closed, or gone with its window: either way no longer this pane's viewer.
        dialoog.finished.connect(lambda _r, d=dialoog: self._viewer_dicht(d))
        dialoog.destroyed.connect(lambda _o=None, d=dialoog: self._viewer_dicht(d))
        self.viewer = dialoog
        dialoog.open()

    def _viewer_dicht(self, dialoog: QDialog) -> None:
        if self.viewer is dialoog:
            self.viewer = None

    def _sluit_viewer(self) -> None:
        viewer, self.viewer = self.viewer, None
        if viewer is not None:
            viewer.close()

    def _stop_taak(self) -> None:
        self.controller.stop()

    # -- clearing --------------------------------------------------------------------------

    def _leeg_maken(self) -> None:
        self.titel.clear()
        self.omschrijving.clear()
        self.omschrijving.setVisible(False)
        self.sub.clear()
        self._zet_meldingen([])
        self.stappen.wis()
        self.document_melding.clear()
        self.laadtekst.clear()
        self.laadbalk.setVisible(False)
        self._vul_lijsten(None)

    def wis(self) -> None:
        """Forget the zaak: every personal value off the screen, documents closed."""
        self._stop_taak()
        self._sluit_viewer()
        self._toon(None)
