"""The klant's zaken: open first, filtered Alle / Open / Afgesloten; choosing one opens it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.services.klantbeeld.waarden import Onderdeel, ZaakOverzicht
from klantbeeld.views.deelstatus import DeelStatusBalk
from klantbeeld.views.delegate import Index, PlatteDelegate
from klantbeeld.views.models import vragen_model
from klantbeeld.views.models.beeld import BeeldModel, DeelStatus
from klantbeeld.views.models.zaken_model import (
    ZaakFilter,
    ZaakRol,
    ZakenFilterModel,
    ZakenModel,
)
from klantbeeld.views.tabel import maak_tabel

#: Row height: two text lines (zaaktype; zaaknummer and the zaak's own omschrijving).
RIJ_HOOGTE = 46
#: The status column's share of the room beside the dates, and its bounds in px.
STATUS_AANDEEL = 0.45
STATUS_MIN = 200
STATUS_MAX = 440
#: Wait this long after the arrow keys stop before opening the zaak under the cursor.
KIES_VERTRAGING_MS = 150


#: Rows measured when sizing columns to their contents.
RESIZE_PRECISIE = 25


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Zaken)."""
    return QCoreApplication.translate("Zaken", text)


class ZaakDelegate(PlatteDelegate):
    """The zaak cell: zaaktype on the first line; under it the zaaknummer and, where it says
    more than the zaaktype, the zaak's own omschrijving (plain text, elided)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines."""
        return QSize(240, RIJ_HOOGTE)

    def teken(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        """Icon, zaaktype and zaaknummer with drawText."""
        t = self._theme
        is_open = bool(index.data(ZaakRol.IsOpenRole))
        geselecteerd = self.gekozen(opt)
        hoofd = t.selection_text if geselecteerd else (t.text if is_open else t.muted_text)
        neven = t.selection_text if geselecteerd else t.muted_text
        r = self._icoon_links(painter, opt, "zaak", hoofd, 5)
        zaaktype = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        nummer = str(index.model().index(index.row(), ZakenModel.COL_IDENTIFICATIE).data() or "")
        omschrijving = str(index.data(ZaakRol.OmschrijvingRole) or "")
        tweede = f"{nummer} · {omschrijving}" if nummer and omschrijving else nummer or omschrijving
        painter.save()
        try:
            font = t.font(weight=t.weight_semibold if is_open else t.weight_regular)
            fm = QFontMetrics(font)
            regel = fm.height()
            painter.setFont(font)
            painter.setPen(QColor(hoofd))
            painter.drawText(
                QRect(r.left(), r.top(), r.width(), regel),
                Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(zaaktype, Qt.TextElideMode.ElideRight, r.width()),
            )
            klein = t.font()
            painter.setFont(klein)
            painter.setPen(QColor(neven))
            painter.drawText(
                QRect(r.left(), r.top() + regel + 1, r.width(), regel),
                Qt.AlignmentFlag.AlignLeft,
                QFontMetrics(klein).elidedText(tweede, Qt.TextElideMode.ElideRight, r.width()),
            )
        finally:
            painter.restore()


class OmloopDelegate(QStyledItemDelegate):
    """A cell whose text wraps over the row's two lines; what does not fit is elided (the
    tooltip gives the whole). For the status as the citizen sees it, a sentence."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """As the style draws it, with word wrap on."""
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight


class ZakenPaneel(QWidget):
    """De zaken van de klant: a filterable table; click, Enter or the arrow keys open one."""

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        #: Today, for the past-deadline mark (replaceable in tests).
        self.vandaag: Callable[[], date] = vragen_model.vandaag
        self.zaken = ZakenModel(self, vandaag=lambda: self.vandaag())
        self.filter = ZakenFilterModel(self)
        self.filter.setSourceModel(self.zaken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.status = DeelStatusBalk(model, [Onderdeel.ZAKEN])
        self.status.opnieuw.connect(sessie.opnieuw)
        layout.addWidget(self.status)

        chips = QHBoxLayout()
        chips.setSpacing(6)
        self.chips: dict[ZaakFilter, QPushButton] = {}
        self._chipgroep = QButtonGroup(self)
        self._chipgroep.setExclusive(True)
        for waarde in ZaakFilter:
            knop = QPushButton()
            knop.setProperty("chip", "true")
            knop.setCheckable(True)
            knop.setAccessibleDescription(tr("Toon alleen deze zaken in de lijst"))
            knop.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self._chipgroep.addButton(knop, int(waarde))
            chips.addWidget(knop)
            self.chips[waarde] = knop
        self.chips[ZaakFilter.ALLE].setChecked(True)
        self._chipgroep.idToggled.connect(self._chip_gekozen)
        chips.addStretch(1)
        layout.addLayout(chips)

        self.tabel = maak_tabel(
            self.filter,
            tr("Zaken van de klant"),
            afwisselend=True,
            raster=False,
            rijhoogte=RIJ_HOOGTE,
            horizontaal_schuiven=False,
        )
        kop = self.tabel.horizontalHeader()
        kop.setHighlightSections(False)
        kop.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measure a screenful of rows, not every row: the columns hold short, even
        # values, and measuring all of them stalled the loop on each refresh.
        kop.setResizeContentsPrecision(RESIZE_PRECISIE)
        kop.setSectionResizeMode(ZakenModel.COL_ZAAKTYPE, QHeaderView.ResizeMode.Stretch)
        # The citizen's wording is a sentence: it takes a share of the room the dates leave.
        kop.setSectionResizeMode(ZakenModel.COL_STATUS, QHeaderView.ResizeMode.Interactive)
        kop.resizeSection(ZakenModel.COL_STATUS, STATUS_MIN)
        kop.sectionResized.connect(self._kolom_gewijzigd)
        self.tabel.setColumnHidden(ZakenModel.COL_IDENTIFICATIE, True)  # under the zaaktype
        self.tabel.setItemDelegateForColumn(ZakenModel.COL_ZAAKTYPE, ZaakDelegate(self.tabel))
        self.tabel.setItemDelegateForColumn(ZakenModel.COL_STATUS, OmloopDelegate(self.tabel))
        self.tabel.clicked.connect(self._kies_index)
        self.tabel.activated.connect(self._kies_index)
        self.tabel.selectionModel().currentRowChanged.connect(self._cursor_verplaatst)
        self.tabel.installEventFilter(self)
        self.tabel.viewport().installEventFilter(self)
        layout.addWidget(self.tabel, 1)

        self.leeg = QLabel()
        self.leeg.setTextFormat(Qt.TextFormat.PlainText)
        self.leeg.setProperty("rol", "gedempt")
        self.leeg.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.leeg.setWordWrap(True)
        layout.addWidget(self.leeg, 1)
        # Takes the room only when the table and the message are hidden (zaken not configured).
        layout.addStretch(0)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(KIES_VERTRAGING_MS)
        self._timer.timeout.connect(self._kies_huidige)
        self._stil = False  # selecting programmatically: do not open

        self.setTabOrder(self.chips[ZaakFilter.ALLE], self.chips[ZaakFilter.OPEN])
        self.setTabOrder(self.chips[ZaakFilter.OPEN], self.chips[ZaakFilter.AFGESLOTEN])
        self.setTabOrder(self.chips[ZaakFilter.AFGESLOTEN], self.tabel)

        model.deelGewijzigd.connect(self._deel_gewijzigd)
        model.gestart.connect(self._ververs)
        model.gewist.connect(self._wis)
        model.zaakGekozen.connect(self._zaak_gekozen)
        self._ververs()

    # -- reading -----------------------------------------------------------------------------

    def aantal_zichtbaar(self) -> int:
        """How many zaken the current filter shows."""
        return self.filter.rowCount()

    def zichtbare_zaken(self) -> list[ZaakOverzicht]:
        """The zaken in the order on screen."""
        rows = (
            self.filter.index(r, 0).data(ZaakRol.OverzichtRole)
            for r in range(self.aantal_zichtbaar())
        )
        return [z for z in rows if isinstance(z, ZaakOverzicht)]

    def zet_filter(self, waarde: ZaakFilter) -> None:
        """Show all / open / afgesloten zaken (as the chips do)."""
        self.chips[waarde].setChecked(True)

    # -- reacting ----------------------------------------------------------------------------

    def _deel_gewijzigd(self, onderdeel: Onderdeel) -> None:
        if onderdeel is Onderdeel.ZAKEN:
            self._ververs()

    def _ververs(self) -> None:
        beeld = self.model.beeld
        zaken = beeld.zaken if beeld is not None else []
        gekozen = self.model.gekozen_zaak
        self.zaken.set_rows(zaken)
        self._na_wijziging()
        if gekozen is not None:
            # A zaak chosen from its partial row: open the complete one once it is here.
            nieuw = next((z for z in zaken if z.zaak.url == gekozen.zaak.url), None)
            if nieuw is not None and nieuw.volledig and not gekozen.volledig:
                self.sessie.kies_zaak(nieuw)

    def _na_wijziging(self) -> None:
        """Chip counts, the empty message and the selection after new rows or a new filter."""
        beeld = self.model.beeld
        heeft_zaken = self.zaken.rowCount() > 0
        self._chip_teksten()
        leeg_tekst = ""
        if beeld is None:
            leeg_tekst = tr("Zoek een klant om de zaken te zien.")
        elif not heeft_zaken and self.model.status(Onderdeel.ZAKEN) is DeelStatus.KLAAR:
            leeg_tekst = tr("Geen zaken bekend bij deze klant.")
        elif heeft_zaken and self.aantal_zichtbaar() == 0:
            leeg_tekst = (
                tr("Geen open zaken.")
                if self.filter.filter is ZaakFilter.OPEN
                else tr("Geen afgesloten zaken.")
            )
        # Zaken not configured: the status bar says so; no empty table or filters under it.
        aan = self.model.status(Onderdeel.ZAKEN) is not DeelStatus.NIET_INGESTELD
        self.leeg.setText(leeg_tekst)
        self.leeg.setVisible(bool(leeg_tekst))
        self.tabel.setVisible(not leeg_tekst and aan)
        for knop in self.chips.values():
            knop.setEnabled(heeft_zaken)
            knop.setVisible(aan)
        gekozen = self.model.gekozen_zaak
        if gekozen is not None:
            self._selecteer(gekozen.zaak.url)

    def _chip_teksten(self) -> None:
        alle, open_, afgesloten = self.zaken.aantallen()
        teksten = {
            ZaakFilter.ALLE: (tr("A&lle ({n})"), tr("Alle zaken"), alle),
            ZaakFilter.OPEN: (tr("&Open ({n})"), tr("Open zaken"), open_),
            ZaakFilter.AFGESLOTEN: (tr("A&fgesloten ({n})"), tr("Afgesloten zaken"), afgesloten),
        }
        for waarde, (tekst, naam, n) in teksten.items():
            knop = self.chips[waarde]
            knop.setText(
                tekst.format(n=n) if self.model.beeld is not None else tekst.replace(" ({n})", "")
            )
            knop.setAccessibleName(f"{naam}: {n}")

    def _chip_gekozen(self, knop_id: int, aan: bool) -> None:
        if not aan:
            return
        self.filter.zet_filter(ZaakFilter(knop_id))
        self._na_wijziging()

    def _zaak_gekozen(self, zaak: ZaakOverzicht | None) -> None:
        if zaak is None:
            self._stil = True
            try:
                self.tabel.clearSelection()
            finally:
                self._stil = False
            return
        self._selecteer(zaak.zaak.url)

    def _selecteer(self, url: str) -> None:
        rij = self.zaken.rij_van(url)
        if rij < 0:
            return
        index = self.filter.mapFromSource(self.zaken.index(rij, 0))
        if not index.isValid():
            return
        self._stil = True
        try:
            self.tabel.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tabel.scrollTo(index)
        finally:
            self._stil = False

    def _cursor_verplaatst(
        self, huidig: QModelIndex | QPersistentModelIndex, _vorig: object = None
    ) -> None:
        if self._stil or not huidig.isValid():
            return
        self._timer.start()

    def _kies_huidige(self) -> None:
        self._kies_index(self.tabel.currentIndex())

    def _kies_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._timer.stop()
        if not index.isValid():
            return
        zaak = index.data(ZaakRol.OverzichtRole)
        if not isinstance(zaak, ZaakOverzicht):
            return
        huidig = self.model.gekozen_zaak
        if huidig is zaak:
            return
        self.sessie.kies_zaak(zaak)

    def _kolom_gewijzigd(self, kolom: int, _oud: int, _nieuw: int) -> None:
        if kolom in (ZakenModel.COL_STARTDATUM, ZakenModel.COL_EINDDATUM):
            self._status_breedte()

    def _status_breedte(self) -> None:
        """Give the status its share of what the dates leave; the zaaktype takes the rest."""
        kop = self.tabel.horizontalHeader()
        vast = sum(
            kop.sectionSize(k) for k in (ZakenModel.COL_STARTDATUM, ZakenModel.COL_EINDDATUM)
        )
        vrij = self.tabel.viewport().width() - vast
        breedte = max(STATUS_MIN, min(STATUS_MAX, int(vrij * STATUS_AANDEEL)))
        if kop.sectionSize(ZakenModel.COL_STATUS) != breedte:
            kop.resizeSection(ZakenModel.COL_STATUS, breedte)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter/Return on the table opens the zaak at once (no delay); a resize shares the
        room between the zaaktype and the status."""
        if watched is self.tabel.viewport() and event.type() == QEvent.Type.Resize:
            self._status_breedte()
        if watched is self.tabel and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._kies_index(self.tabel.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _wis(self) -> None:
        self._timer.stop()
        self.zaken.set_rows([])
        self.chips[ZaakFilter.ALLE].setChecked(True)
        self._ververs()
