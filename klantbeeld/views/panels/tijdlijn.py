"""The Tijdlijn panel: every contact, zaak event, payment and internetaak in one list.

Newest first, filterable by kanaal or kind (checkable chips) and by text. A row shows the
onderwerp and the first line of the text; Enter, Space or a click expands it to the whole text,
wrapped in the row. The zaak column opens that zaak (click, or → then Enter; Ctrl+Enter from
anywhere in the row). Text from citizens is drawn as plain text by :class:`OnderwerpDelegate`
(``QPainter.drawText``, never rich text). Rows are measured only when visible: collapsed rows
have one fixed height, so a 10,000-row timeline scrolls without stalls.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.services.klantbeeld.tijdlijn import Gebeurtenis, Soort, maak, tijdlijn
from klantbeeld.services.klantbeeld.waarden import Onderdeel
from klantbeeld.views.deelstatus import DeelStatusBalk
from klantbeeld.views.delegate import Index, PlatteDelegate
from klantbeeld.views.icons import icon
from klantbeeld.views.models.beeld import BeeldModel
from klantbeeld.views.models.tijdlijn_model import (
    COL_DATUM,
    COL_ONDERWERP,
    COL_SOORT,
    COL_ZAAK,
    GROEPEN,
    SOORTGROEPEN,
    TijdlijnFilter,
    TijdlijnModel,
    TijdlijnRij,
    bron_rij,
    groep_label,
)
from klantbeeld.views.theme import KANALEN, load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Tijdlijn)."""
    return QCoreApplication.translate("Tijdlijn", text)


#: The parts the timeline is made of.
DELEN = (Onderdeel.KLANTCONTACTEN, Onderdeel.ZAKEN, Onderdeel.INTERNETAKEN, Onderdeel.BETALINGEN)
PADDING = 6


def _rij(index: QModelIndex | QPersistentModelIndex) -> TijdlijnRij | None:
    """The precomputed row behind a (proxy) index.

    Delegates read rows directly instead of ``index.data(role)``: in PySide 6.12 a Python
    ``data()`` returning ``None``, read back from Python through ``QModelIndex.data``, loses a
    reference to ``None`` each time, which crashes the interpreter after enough paints.
    """
    if not index.isValid():
        return None
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    if not isinstance(model, TijdlijnModel) or not 0 <= index.row() < model.rowCount():
        return None
    return model.rij(index.row())


def _zaak_uuid(index: QModelIndex | QPersistentModelIndex) -> str | None:
    rij = _rij(index)
    return rij.gebeurtenis.zaak_uuid if rij is not None else None


def _uitgevouwen(index: QModelIndex | QPersistentModelIndex) -> bool:
    rij = _rij(index)
    return rij is not None and rij.uitgevouwen


class OnderwerpDelegate(PlatteDelegate):
    """Draws onderwerp (bold) over the text's first line, or the whole text wrapped; plain text.

    A collapsed row has one fixed height (no measuring); an expanded row is measured against
    the column's width when the view asks for it, which it does only for visible rows.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view=view)
        self._view: QTreeView = view
        self._vet = QFont(view.font())
        self._vet.setBold(True)
        self._fm = QFontMetrics(view.font())
        self._fm_vet = QFontMetrics(self._vet)
        self._ingeklapt = QSize(200, PADDING * 2 + self._fm_vet.height() + self._fm.height() + 2)

    def _breedte(self) -> int:
        return max(40, self._view.columnWidth(COL_ONDERWERP) - 2 * PADDING - 16)

    def _volledig(self, rij: TijdlijnRij) -> str:
        tekst = rij.tekst
        medewerker = rij.gebeurtenis.medewerker
        if medewerker:
            tekst += ("\n" if tekst else "") + tr("Medewerker: {naam}").format(naam=medewerker)
        return tekst

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Fixed when collapsed; the wrapped text's height when expanded."""
        rij = _rij(index)
        if rij is None or not rij.uitgevouwen:
            return self._ingeklapt
        tekst = self._volledig(rij)
        rect = self._fm.boundingRect(
            QRect(0, 0, self._breedte(), 1_000_000),
            int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextExpandTabs),
            tekst,
        )
        hoogte = PADDING * 2 + self._fm_vet.height() + 2 + max(rect.height(), self._fm.height())
        return QSize(200, max(hoogte, self._ingeklapt.height()))

    def teken(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        """The two parts as plain text (the view's style drew the panel: no initStyleOption,
        that would fetch every role again through Python for each painted row)."""
        rect: QRect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        gekozen = self.gekozen(opt)
        tekstkleur = QColor(self._theme.selection_text if gekozen else self._theme.text)
        gedempt = QColor(self._theme.selection_text if gekozen else self._theme.muted_text)
        rij = _rij(index)
        if rij is None:
            return
        uitgevouwen = rij.uitgevouwen
        heeft_meer = rij.heeft_meer or uitgevouwen
        pijl_breedte = 16 if heeft_meer else 0

        painter.save()
        try:
            titel = rij.titel
            painter.setFont(self._vet)
            te_laat = rij.kleur == self._theme.error and not gekozen
            painter.setPen(QColor(self._theme.error) if te_laat else tekstkleur)
            breedte = rect.width() - pijl_breedte
            regel1 = QRect(rect.left(), rect.top(), breedte, self._fm_vet.height())
            painter.drawText(
                regel1,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._fm_vet.elidedText(titel, Qt.TextElideMode.ElideRight, regel1.width()),
            )
            painter.setFont(self._view.font())
            painter.setPen(gedempt)
            onder = QRect(
                rect.left(), regel1.bottom() + 3, breedte, rect.bottom() - regel1.bottom()
            )
            if uitgevouwen:
                painter.setPen(tekstkleur)
                painter.drawText(
                    onder,
                    int(
                        Qt.AlignmentFlag.AlignLeft
                        | Qt.AlignmentFlag.AlignTop
                        | Qt.TextFlag.TextWordWrap
                        | Qt.TextFlag.TextExpandTabs
                    ),
                    self._volledig(rij),
                )
            else:
                regel = rij.regel
                painter.drawText(
                    onder,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                    self._fm.elidedText(regel, Qt.TextElideMode.ElideRight, onder.width()),
                )
            if heeft_meer:
                painter.setPen(gedempt)
                pijl = QRect(rect.right() - pijl_breedte, rect.top(), pijl_breedte, regel1.height())
                teken = "▾" if uitgevouwen else "▸"
                painter.drawText(pijl, int(Qt.AlignmentFlag.AlignCenter), teken)
        finally:
            painter.restore()


class KolomDelegate(PlatteDelegate):
    """Date, kanaal and zaak columns, drawn from the precomputed row; one fixed size hint.

    Nothing here calls the base class's ``paint``/``initStyleOption``: those fetch every role
    through the Python ``data()``, and PySide 6.12 on CPython 3.11 drops a reference to
    ``None`` for each role answered with ``None`` (enough scrolling crashes the interpreter).
    """

    def __init__(self, view: QTreeView, kolom: int) -> None:
        super().__init__(view=view)
        self._view: QTreeView = view
        self._kolom = kolom
        self._maat = QSize(80, QFontMetrics(view.font()).height() + 8)
        self._link = QFont(view.font())
        self._link.setUnderline(True)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Never measured: the onderwerp column decides the row's height."""
        return self._maat

    def teken(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        """Date, icon and label, or the zaak link."""
        rij = _rij(index)
        if rij is None:
            return
        g = rij.gebeurtenis
        rect: QRect = opt.rect.adjusted(PADDING, 0, -PADDING, 0)
        state = opt.state
        gekozen = self.gekozen(opt)
        boven = Qt.AlignmentFlag.AlignTop if rij.uitgevouwen else Qt.AlignmentFlag.AlignVCenter
        if rij.uitgevouwen:
            rect.setTop(rect.top() + PADDING)
            rect.setHeight(self._maat.height())
        kleur = QColor(self._theme.selection_text if gekozen else self._theme.text)
        painter.save()
        try:
            painter.setFont(self._view.font())
            painter.setPen(kleur)
            if self._kolom == COL_DATUM:
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | boven), g.datum_tekst)
            elif self._kolom == COL_SOORT:
                maat = self._view.iconSize().width()
                plek = QRect(rect.left(), rect.center().y() - maat // 2, maat, maat)
                icon(rij.icoon, rij.kleur).paint(painter, plek)
                tekst = rect.adjusted(maat + 6, 0, 0, 0)
                fm = painter.fontMetrics()
                label = fm.elidedText(rij.label, Qt.TextElideMode.ElideRight, tekst.width())
                if g.medewerker and not rij.uitgevouwen:
                    # Who handled it, under the kanaal, muted: the agent asks "wie sprak u?".
                    boven_helft = QRect(
                        tekst.left(), opt.rect.top(), tekst.width(), opt.rect.height() // 2
                    )
                    onder_helft = boven_helft.translated(0, opt.rect.height() // 2)
                    painter.drawText(
                        boven_helft,
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                        label,
                    )
                    if not gekozen:
                        painter.setPen(QColor(self._theme.muted_text))
                    naam = fm.elidedText(
                        g.medewerker, Qt.TextElideMode.ElideRight, onder_helft.width()
                    )
                    painter.drawText(
                        onder_helft,
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                        naam,
                    )
                else:
                    painter.drawText(tekst, int(Qt.AlignmentFlag.AlignLeft | boven), label)
            elif g.zaak_identificatie:
                painter.setFont(self._link)
                if not gekozen:
                    painter.setPen(QColor(self._theme.link))
                painter.drawText(
                    rect, int(Qt.AlignmentFlag.AlignLeft | boven), g.zaak_identificatie
                )
                if state & QStyle.StateFlag.State_HasFocus and self._view.hasFocus():
                    pen = QPen(QColor(self._theme.focus))
                    pen.setWidth(2)
                    painter.setPen(pen)
                    painter.drawRect(opt.rect.adjusted(2, 2, -2, -2))
        finally:
            painter.restore()


class TijdlijnView(QTreeView):
    """A flat list of rows: Enter/Space expands, →/← moves to and from the zaak link."""

    #: Expand or collapse; carries the (proxy) index.
    wisselGevraagd = Signal(QModelIndex)
    #: Open the row's zaak; carries the (proxy) index.
    zaakGevraagd = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setAllColumnsShowFocus(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIconSize(QSize(20, 20))
        self.clicked.connect(self._klik)

    def _klik(self, index: QModelIndex) -> None:
        if index.column() == COL_ZAAK and _zaak_uuid(index):
            self.zaakGevraagd.emit(index)
        else:
            self.wisselGevraagd.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter/Space: expand, or open the zaak when on the zaak link; →/←: between cells."""
        index = self.currentIndex()
        key = event.key()
        if index.isValid() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if (ctrl or index.column() == COL_ZAAK) and _zaak_uuid(index):
                self.zaakGevraagd.emit(index)
            else:
                self.wisselGevraagd.emit(index)
            event.accept()
            return
        if index.isValid() and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            doel = COL_ZAAK if key == Qt.Key.Key_Right else COL_ONDERWERP
            self.setCurrentIndex(index.siblingAtColumn(doel))
            self.viewport().update()
            event.accept()
            return
        super().keyPressEvent(event)


class TijdlijnPaneel(QWidget):
    """Eén tijdlijn van alle contacten en gebeurtenissen."""

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        self.tijdlijn_model = TijdlijnModel(self)
        self.filter = TijdlijnFilter(self)
        self.filter.setSourceModel(self.tijdlijn_model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        self.deelstatus = DeelStatusBalk(model, list(DELEN))
        self.deelstatus.opnieuw.connect(sessie.opnieuw)
        layout.addWidget(self.deelstatus)

        boven = QHBoxLayout()
        self.zoekveld = QLineEdit()
        self.zoekveld.setPlaceholderText(tr("Filter op onderwerp, tekst of zaak"))
        self.zoekveld.setAccessibleName(tr("Tijdlijn filteren op tekst"))
        self.zoekveld.setAccessibleDescription(tr("De tijdlijn toont alleen regels met deze tekst"))
        self.zoekveld.setClearButtonEnabled(True)
        self.zoekveld.addAction(icon("filter"), QLineEdit.ActionPosition.LeadingPosition)
        self.zoekveld.setMaximumWidth(320)
        self._zoek_timer = QTimer(self)
        self._zoek_timer.setSingleShot(True)
        self._zoek_timer.setInterval(120)
        self._zoek_timer.timeout.connect(self._pas_tekst_toe)
        self.zoekveld.textChanged.connect(self._zoek_timer.start)
        boven.addWidget(self.zoekveld, 1)
        self.aantal = QLabel()
        self.aantal.setProperty("rol", "gedempt")
        self.aantal.setTextFormat(Qt.TextFormat.PlainText)
        boven.addStretch(0)
        boven.addWidget(self.aantal)
        layout.addLayout(boven)

        self.chips: dict[str, QPushButton] = {}
        for groepen in (KANALEN, SOORTGROEPEN):
            rij = QHBoxLayout()
            rij.setSpacing(6)
            for groep in groepen:
                chip = QPushButton(groep_label(groep))
                chip.setProperty("chip", "true")
                chip.setCheckable(True)
                chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                chip.setAccessibleName(tr("Alleen {groep} tonen").format(groep=groep_label(groep)))
                chip.setAccessibleDescription(tr("Filter aan of uit; meer kiezen kan"))
                chip.toggled.connect(self._pas_chips_toe)
                self.chips[groep] = chip
                rij.addWidget(chip)
            rij.addStretch(1)
            layout.addLayout(rij)

        self.view = TijdlijnView()
        self.view.setModel(self.filter)
        self.view.setAccessibleName(tr("Tijdlijn"))
        self.view.setAccessibleDescription(tr("Nieuwste eerst; Enter klapt een regel uit"))
        self.view.setItemDelegateForColumn(COL_ONDERWERP, OnderwerpDelegate(self.view))
        for kolom in (COL_DATUM, COL_SOORT, COL_ZAAK):
            self.view.setItemDelegateForColumn(kolom, KolomDelegate(self.view, kolom))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_DATUM, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_SOORT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_ONDERWERP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ZAAK, QHeaderView.ResizeMode.Fixed)
        fm = QFontMetrics(load_theme().font())
        self.view.setColumnWidth(COL_DATUM, fm.horizontalAdvance("00-00-0000 00:00") + 28)
        self.view.setColumnWidth(COL_SOORT, fm.horizontalAdvance("Webformulier") + 56)
        self.view.setColumnWidth(COL_ZAAK, fm.horizontalAdvance("ZAAK-0000-0000000000") + 28)
        header.sectionResized.connect(self._kolom_breedte)
        self.view.wisselGevraagd.connect(self._wissel)
        self.view.zaakGevraagd.connect(self._open_zaak)
        layout.addWidget(self.view, 1)

        self.leeg = QLabel()
        self.leeg.setProperty("rol", "gedempt")
        self.leeg.setTextFormat(Qt.TextFormat.PlainText)
        self.leeg.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.leeg.setVisible(False)
        layout.addWidget(self.leeg)

        self.uitleg = QLabel(
            tr("Enter of spatie: hele tekst  ·  → en Enter (of Ctrl+Enter): zaak openen")
        )
        self.uitleg.setProperty("rol", "klein")
        self.uitleg.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.uitleg)

        self.setTabOrder(self.zoekveld, self.chips[KANALEN[0]])
        vorige: QWidget = self.chips[KANALEN[0]]
        for groep in GROEPEN[1:]:
            self.setTabOrder(vorige, self.chips[groep])
            vorige = self.chips[groep]
        self.setTabOrder(vorige, self.view)

        self._bouw_timer = QTimer(self)
        self._bouw_timer.setSingleShot(True)
        self._bouw_timer.setInterval(0)
        self._bouw_timer.timeout.connect(self.ververs)
        model.deelGewijzigd.connect(self._deel_gewijzigd)
        model.gestart.connect(self._nieuw)
        model.gewist.connect(self.wis)
        self.filter.modelReset.connect(self._toon_aantal)
        self.filter.rowsInserted.connect(self._toon_aantal)
        self.filter.rowsRemoved.connect(self._toon_aantal)
        self.filter.layoutChanged.connect(self._toon_aantal)
        self._toon_aantal()

    # -- filling ----------------------------------------------------------------------------

    def _deel_gewijzigd(self, onderdeel: Onderdeel) -> None:
        if onderdeel in DELEN:
            self._bouw_timer.start()  # parts arrive in bursts: build once per burst

    def _nieuw(self) -> None:
        """A new klantbeeld: empty list, filters off."""
        self._wis_filters()
        self.tijdlijn_model.wis()

    def ververs(self) -> None:
        """Build the timeline again from the klantbeeld, keeping the current row and scroll."""
        beeld = self.model.beeld
        self.zet_gebeurtenissen(tijdlijn(beeld) if beeld is not None else [])

    def zet_gebeurtenissen(self, gebeurtenissen: list[Gebeurtenis]) -> None:
        """Show these events; the current row and the top row stay where they were."""
        huidig = self._sleutel(self.view.currentIndex())
        kolom = self.view.currentIndex().column()
        bovenaan = (
            self._sleutel(self.view.indexAt(QPoint(1, 1)))
            if self.view.verticalScrollBar().value() > 0
            else None
        )
        self.tijdlijn_model.set_rows(gebeurtenissen)
        if bovenaan is not None and (index := self._index_van(bovenaan)).isValid():
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        if huidig is not None and (index := self._index_van(huidig)).isValid():
            self.view.setCurrentIndex(index.siblingAtColumn(max(kolom, 0)))
        self._toon_chip_aantallen()

    def vul_synthetisch(self, aantal: int) -> None:
        """Fill with ``aantal`` made-up events (benchmarks and tests; no real data)."""
        begin = datetime(2026, 12, 1, 12, tzinfo=UTC)
        kanalen = ("Telefoon", "E-mail", "Live Chat", "Balie", "Brief", "contactformulier")
        items = []
        for n in range(aantal):
            moment = begin - timedelta(minutes=37 * n)
            if n % 7 == 3:
                zaak = (f"z{n % 40}", f"ZAAK-2026-{n % 40:010d}")
                g = maak(f"synth:{n}", moment, Soort.ZAAK_STATUS, f"Stap {n % 5}", "", zaak=zaak)
            else:
                regels = "Regel een van bericht {n}\nRegel twee, iets langer dan de eerste.\n"
                tekst = (regels * (1 + n % 3)).format(n=n)
                kanaal = kanalen[n % len(kanalen)]
                g = maak(f"synth:{n}", moment, Soort.KLANTCONTACT, f"Onderwerp {n}", tekst,
                         kanaal=kanaal)  # fmt: skip
            items.append(g)
        self.zet_gebeurtenissen(items)

    def wis(self) -> None:
        """Remove everything shown (contact ended)."""
        self._bouw_timer.stop()
        self._wis_filters()
        self.tijdlijn_model.wis()
        self._toon_chip_aantallen()

    # -- filtering --------------------------------------------------------------------------

    def _wis_filters(self) -> None:
        self._zoek_timer.stop()
        self.zoekveld.clear()
        self.filter.zet_tekst("")
        for chip in self.chips.values():
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self.filter.zet_groepen(())

    def _pas_tekst_toe(self) -> None:
        self.filter.zet_tekst(self.zoekveld.text())
        self._toon_aantal()

    def _pas_chips_toe(self, *_: object) -> None:
        self.filter.zet_groepen(g for g, chip in self.chips.items() if chip.isChecked())
        self._toon_aantal()

    def _toon_chip_aantallen(self) -> None:
        aantallen = self.tijdlijn_model.per_groep()
        for groep, chip in self.chips.items():
            n = aantallen.get(groep, 0)
            chip.setText(f"{groep_label(groep)} {n}" if n else groep_label(groep))
            chip.setEnabled(bool(n) or chip.isChecked())

    def _toon_aantal(self, *_: object) -> None:
        totaal = self.tijdlijn_model.rowCount()
        zichtbaar = self.filter.rowCount()
        if totaal == 0:
            self.aantal.setText("")
        elif zichtbaar == totaal:
            self.aantal.setText(tr("{n} items").format(n=totaal))
        else:
            self.aantal.setText(tr("{n} van {totaal} items").format(n=zichtbaar, totaal=totaal))
        geladen = self.model.beeld is not None
        self.leeg.setVisible(geladen and zichtbaar == 0)
        self.leeg.setText(
            tr("Niets gevonden met dit filter.") if totaal else tr("Nog niets in de tijdlijn.")
        )

    # -- actions ----------------------------------------------------------------------------

    def _wissel(self, index: QModelIndex) -> None:
        rij = bron_rij(index)
        if rij < 0:
            return
        self.tijdlijn_model.wissel(rij)
        self.view.doItemsLayout()  # the row's height changed
        self.view.scrollTo(index)

    def _open_zaak(self, index: QModelIndex) -> None:
        uuid = _zaak_uuid(index)
        beeld = self.model.beeld
        if not uuid or beeld is None:
            return
        for overzicht in beeld.zaken:
            if overzicht.zaak.uuid == uuid:
                self.sessie.kies_zaak(overzicht)
                return

    def _kolom_breedte(self, kolom: int, _oud: int, _nieuw: int) -> None:
        if kolom == COL_ONDERWERP and self.tijdlijn_model.heeft_uitgevouwen():
            self.view.doItemsLayout()  # expanded rows wrap to the new width

    # -- helpers ----------------------------------------------------------------------------

    def _sleutel(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        rij = bron_rij(index)
        if rij < 0 or rij >= self.tijdlijn_model.rowCount():
            return None
        return self.tijdlijn_model.rij(rij).gebeurtenis.sleutel

    def _index_van(self, sleutel: str) -> QModelIndex:
        rij = self.tijdlijn_model.rij_van(sleutel)
        if rij is None:
            return QModelIndex()
        bron: QAbstractItemModel = self.tijdlijn_model
        return self.filter.mapFromSource(bron.index(rij, COL_ONDERWERP))
