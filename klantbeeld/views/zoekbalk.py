"""The one search field: says what it recognised, searches on Enter, offers hits to pick from.

Keyboard: Enter searches; with several hits a list opens under the field; Down moves into it,
Up/Down choose, Enter opens the klantbeeld, Escape closes the list and returns to the field
(its text stays). Bad input gets a plain Dutch message under the field; the text is never
cleared on an error. Everything the citizen or agent typed is shown as plain text. The field
always matches the klant on screen: opened from elsewhere (the werkvoorraad, the contact
history), it holds that klant's BSN or KVK-nummer instead of the previous search.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.services.klantbeeld.invoer import alleen_cijfers
from klantbeeld.services.klantbeeld.zoeken import Zoekresultaat, is_niets_gevonden
from klantbeeld.services.klantbeeld.zoekvraag import ZoekSoort, Zoekvraag, herken, hulp
from klantbeeld.views.delegate import Index, PlatteDelegate
from klantbeeld.views.icons import icon
from klantbeeld.views.models.treffers_model import TrefferRol, TreffersModel
from klantbeeld.views.theme import load_theme

#: At most this many hits show at once; the list scrolls for more.
ZICHTBARE_TREFFERS = 7
#: The kind label while a 9-digit number fails the elfproef.
ONGELDIG_BSN = "BSN klopt niet"
#: The kind label while the text holds another script's digits or a control character.
VREEMDE_TEKENS = "Vreemde tekens"
#: The pick list is never narrower than this (px), so names and addresses fit.
MIN_LIJST_BREEDTE = 480


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Zoekbalk)."""
    return QCoreApplication.translate("Zoekbalk", text)


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TrefferDelegate(PlatteDelegate):
    """Draws a hit as two plain-text lines: the name in bold, the description muted."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text with some air."""
        regel = option.fontMetrics.height()
        return QSize(200, 2 * regel + 3 * self._theme.space_2xs + 4)

    def teken(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        """The two lines with QPainter.drawText (never rich text)."""
        titel = str(index.data(TrefferRol.TITEL) or "")
        soort = str(index.data(TrefferRol.SOORT) or "")
        omschrijving = str(index.data(TrefferRol.OMSCHRIJVING) or "")
        gekozen = self.gekozen(opt)
        rect: QRect = opt.rect.adjusted(
            self._theme.space_sm, self._theme.space_2xs, -self._theme.space_sm, 0
        )
        fm = opt.fontMetrics
        regel = fm.height()

        painter.save()
        vet = QFont(opt.font)
        vet.setWeight(QFont.Weight.DemiBold)
        tekst_kleur = QColor(self._theme.selection_text if gekozen else self._theme.text)
        gedempt = QColor(self._theme.selection_text if gekozen else self._theme.muted_text)

        # the kind on the right, the name filling the rest
        soort_breedte = fm.horizontalAdvance(soort) + self._theme.space_sm
        painter.setFont(opt.font)
        painter.setPen(gedempt)
        painter.drawText(
            QRect(rect.right() - soort_breedte, rect.top(), soort_breedte, regel),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            soort,
        )
        painter.setFont(vet)
        painter.setPen(tekst_kleur)
        naam_rect = QRect(rect.left(), rect.top(), rect.width() - soort_breedte, regel)
        painter.drawText(
            naam_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(titel, Qt.TextElideMode.ElideRight, naam_rect.width()),
        )
        painter.setFont(opt.font)
        painter.setPen(gedempt)
        tweede = QRect(rect.left(), rect.top() + regel + self._theme.space_2xs, rect.width(), regel)
        painter.drawText(
            tweede,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(omschrijving, Qt.TextElideMode.ElideRight, tweede.width()),
        )
        painter.restore()


class Zoekbalk(QWidget):
    """The search field with the kind it recognised, a busy sign, a message line and hits."""

    def __init__(self, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessie = sessie
        #: Runs a valid search; the window may route it (to this session or a new one).
        self.zoek_met: Callable[[Zoekvraag], object] = sessie.zoek
        theme = load_theme()

        self.veld = QLineEdit()
        self.veld.setObjectName("zoekveld")
        # Short enough for the field at 1366 px; the tooltip names every kind of search.
        self.veld.setPlaceholderText(tr("BSN, KVK, postcode + huisnr, naam, zaak, telefoon…"))
        self.veld.setToolTip(
            tr(
                "Zoek op BSN, KVK, postcode + huisnr, naam + geboortedatum, zaaknr, telefoon"
                " of e-mail"
            )
        )
        self.veld.setAccessibleName(tr("Zoeken"))
        self.veld.setAccessibleDescription(hulp())
        self.veld.setClearButtonEnabled(True)
        self.veld.addAction(
            icon("zoek", theme.muted_text), QLineEdit.ActionPosition.LeadingPosition
        )

        #: The kind recognised while typing ("BSN", "Postcode en huisnummer", ...).
        self.veld.setMinimumWidth(440)
        self.soort = QLabel()
        self.soort.setObjectName("zoeksoort")
        self.soort.setTextFormat(Qt.TextFormat.PlainText)
        self.soort.setAccessibleName(tr("Herkende zoeksoort"))
        self.soort.setProperty("niveau", "info")
        # The badge sits inside the field at its right end (the row never jumps while one
        # types, and the field keeps its width); the text stops short of it.
        self.soort.setParent(self.veld)
        self.soort.hide()

        self.bezig = QLabel(tr("Zoeken…"))
        self.bezig.setProperty("rol", "gedempt")
        self.bezig.setAccessibleName(tr("Bezig met zoeken"))
        self.bezig.hide()

        self.knop = QPushButton(icon("zoek", theme.on_primary), tr("Zoeken"))
        self.knop.setProperty("variant", "primary")
        self.knop.setAccessibleName(tr("Zoeken"))
        self.knop.setToolTip(tr("Zoeken (Enter)"))

        #: Inline message: bad input, nothing found, a source that failed.
        self.melding = QLabel()
        self.melding.setObjectName("zoekmelding")
        self.melding.setTextFormat(Qt.TextFormat.PlainText)
        self.melding.setWordWrap(True)
        self.melding.setAccessibleName(tr("Melding bij het zoeken"))
        self.melding.setProperty("niveau", "info")
        self.melding.hide()

        # the pick list, floating under the field over the klantbeeld
        self.treffers = TreffersModel(self)
        self.lijst_paneel = QFrame()
        self.lijst_paneel.setObjectName("trefferlijst")
        self.lijst_paneel.setProperty("rol", "kaart")
        self.lijst_kop = QLabel()
        self.lijst_kop.setProperty("rol", "klein")
        self.lijst_kop.setTextFormat(Qt.TextFormat.PlainText)
        self.lijst = QListView()
        self.lijst.setModel(self.treffers)
        self.lijst.setItemDelegate(TrefferDelegate(self.lijst))
        self.lijst.setUniformItemSizes(True)
        self.lijst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lijst.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lijst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lijst.setFrameShape(QFrame.Shape.NoFrame)
        self.lijst.setAccessibleName(tr("Gevonden klanten"))
        self.lijst.setAccessibleDescription(
            tr("Kies met pijl omhoog en omlaag, open met Enter, sluit met Escape")
        )
        paneel_layout = QVBoxLayout(self.lijst_paneel)
        paneel_layout.setContentsMargins(4, 4, 4, 4)
        paneel_layout.setSpacing(2)
        paneel_layout.addWidget(self.lijst_kop)
        paneel_layout.addWidget(self.lijst, 1)
        self.lijst_paneel.hide()
        self._host: QWidget | None = None

        rij = QHBoxLayout()
        rij.setSpacing(theme.space_xs)
        rij.addWidget(self.veld, 1)
        rij.addWidget(self.bezig)
        rij.addWidget(self.knop)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(theme.space_2xs)
        self._layout.addLayout(rij)
        self._layout.addWidget(self.melding)
        QWidget.setTabOrder(self.veld, self.knop)

        self.veld.textChanged.connect(self._herken)
        self.veld.returnPressed.connect(self._zoek)
        self.knop.clicked.connect(self._zoek)
        self.veld.installEventFilter(self)
        self.lijst.installEventFilter(self)
        self.lijst.clicked.connect(self._open_index)
        sessie.zoekBezig.connect(self._bezig)
        sessie.treffersGevonden.connect(self._toon_treffers)
        sessie.zoekMelding.connect(self._zoek_melding)
        sessie.model.gewist.connect(self._vergeet_treffers)
        sessie.model.gestart.connect(self._klant_geopend)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_gewijzigd)

    # -- public -----------------------------------------------------------------------------

    def focus(self) -> None:
        """Put the cursor in the field with its text selected."""
        self.veld.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.veld.selectAll()

    def wis(self) -> None:
        """Empty the field, its message and the hits (contact ended)."""
        self.veld.clear()
        self._toon_melding("", "")
        self._vergeet_treffers()
        self.bezig.hide()

    def herstel(self) -> None:
        """The field names the klant on screen again (a search went to another session)."""
        vraag = self.sessie.zoekvraag
        beeld = self.sessie.model.beeld
        self.veld.setText(vraag.tekst if vraag is not None else beeld.sleutel if beeld else "")
        self._toon_melding("", "")

    @property
    def lijst_open(self) -> bool:
        """True while the pick list shows."""
        return self.lijst_paneel.isVisible()

    def _klant_geopend(self) -> None:
        """A klantbeeld opened: keep the search that found it, else show its BSN / KVK-nummer."""
        beeld = self.sessie.model.beeld
        if beeld is None:
            return
        vraag = self.sessie.zoekvraag
        if vraag is not None and herken(self.veld.text()) == vraag:
            return
        if self.veld.text() != beeld.sleutel:
            self.veld.setText(beeld.sleutel)

    # -- recognising and searching ----------------------------------------------------------

    def _herken(self, tekst: str) -> None:
        if self.treffers.rowCount():
            self._vergeet_treffers()  # hits of another text would mislead
        if self.melding.isVisible():
            self._toon_melding("", "")  # so would a message about another text
        vraag = herken(tekst)
        nog_bezig = vraag.soort is ZoekSoort.ONBEKEND and alleen_cijfers(vraag.tekst)
        if vraag.soort is ZoekSoort.LEEG or (nog_bezig and len(vraag.tekst) < 8):
            self.soort.hide()
            self.soort.clear()
            self._plaats_soort()
            self.veld.setAccessibleDescription(hulp())
            return
        ongeldig_bsn = vraag.soort is ZoekSoort.BSN and not vraag.geldig
        waarschuw = ongeldig_bsn or vraag.vreemde_tekens
        if vraag.vreemde_tekens:
            self.soort.setText(tr(VREEMDE_TEKENS))
        else:
            self.soort.setText(tr(ONGELDIG_BSN) if ongeldig_bsn else vraag.label)
        self.soort.setProperty("niveau", "waarschuwing" if waarschuw else "info")
        self.soort.setToolTip(vraag.melding if waarschuw and vraag.melding else "")
        self.veld.setAccessibleDescription(tr("Herkend: {}").format(vraag.label))
        _restyle(self.soort)
        self.soort.show()
        self._plaats_soort()

    def _plaats_soort(self) -> None:
        """Put the kind badge at the right end inside the field, and keep text clear of it."""
        if not self.soort.isVisible():
            self.veld.setTextMargins(0, 0, 0, 0)
            return
        self.soort.adjustSize()
        marge = 6
        x = self.veld.width() - self.soort.width() - marge
        y = (self.veld.height() - self.soort.height()) // 2
        self.soort.move(max(0, x), max(0, y))
        self.veld.setTextMargins(0, 0, self.soort.width() + 2 * marge, 0)

    def _zoek(self) -> None:
        vraag = herken(self.veld.text())
        if vraag.soort is ZoekSoort.LEEG:
            self._toon_melding(tr("Typ eerst wat u zoekt. {}").format(hulp()), "info")
            return
        if not vraag.geldig:
            self._toon_melding(vraag.melding or hulp(), "fout")
            return
        self._toon_melding("", "")
        self._vergeet_treffers()
        self.zoek_met(vraag)

    def _bezig(self, bezig: bool) -> None:
        self.bezig.setVisible(bezig)
        if bezig:
            self._toon_melding("", "")

    def _zoek_melding(self, tekst: str) -> None:
        niveau = "info" if is_niets_gevonden(tekst) else "fout"
        self._toon_melding(tekst, niveau)

    def _toon_melding(self, tekst: str, niveau: str) -> None:
        self.melding.setText(tekst)
        self.melding.setProperty("niveau", niveau or "info")
        _restyle(self.melding)
        self.melding.setVisible(bool(tekst))

    # -- the pick list ----------------------------------------------------------------------

    def _toon_treffers(self, resultaat: Zoekresultaat) -> None:
        self.treffers.set_rows(resultaat.treffers)
        n = len(resultaat.treffers)
        self.lijst_kop.setText(
            (tr("1 klant gevonden") if n == 1 else tr("{} klanten gevonden").format(n))
            + " — "
            + tr("kies met ↓ ↑ en Enter, Esc sluit")
        )
        if resultaat.waarschuwing:
            self._toon_melding(resultaat.waarschuwing, "waarschuwing")
        self._open_lijst(focus=False)

    def _open_lijst(self, *, focus: bool) -> None:
        if not self.treffers.rowCount():
            return
        self._plaats_lijst()
        self.lijst_paneel.show()
        self.lijst_paneel.raise_()
        if focus:
            if not self.lijst.currentIndex().isValid():
                self.lijst.setCurrentIndex(self.treffers.index(0, 0))
            self.lijst.setFocus(Qt.FocusReason.OtherFocusReason)

    def _plaats_lijst(self) -> None:
        host = self.window()
        if host is self:  # not in a window (yet): show the list inline under the field
            if self._layout.indexOf(self.lijst_paneel) < 0:
                self._layout.addWidget(self.lijst_paneel)
            self.lijst.setFixedHeight(self._lijst_hoogte())
            return
        if self._host is not host:
            if self._host is not None:
                self._host.removeEventFilter(self)
            self.lijst_paneel.setParent(host)
            host.installEventFilter(self)
            self._host = host
        linksonder = self.veld.mapTo(host, QPoint(0, self.veld.height() + 2))
        breedte = min(max(self.veld.width(), MIN_LIJST_BREEDTE), host.width() - linksonder.x() - 8)
        kop = self.lijst_kop.sizeHint().height() + 2
        hoogte = min(kop + self._lijst_hoogte() + 10, host.height() - linksonder.y() - 8)
        self.lijst.setMinimumHeight(0)
        self.lijst.setMaximumHeight(16777215)
        self.lijst_paneel.setGeometry(linksonder.x(), linksonder.y(), breedte, max(hoogte, 60))

    def _lijst_hoogte(self) -> int:
        rij = self.lijst.sizeHintForRow(0) if self.treffers.rowCount() else 40
        zichtbaar = min(self.treffers.rowCount(), ZICHTBARE_TREFFERS)
        return rij * zichtbaar + 2 * self.lijst.frameWidth() + 2

    def _sluit_lijst(self, *, naar_veld: bool) -> None:
        self.lijst_paneel.hide()
        if naar_veld:
            self.veld.setFocus(Qt.FocusReason.OtherFocusReason)

    def _vergeet_treffers(self) -> None:
        self.lijst_paneel.hide()
        self.treffers.wis()
        self.lijst_kop.clear()

    def _open_index(self, index: QModelIndex) -> None:
        treffer = self.treffers.treffer(index.row())
        if treffer is None:
            return
        self._sluit_lijst(naar_veld=True)
        self._toon_melding("", "")
        self.sessie.open(treffer)

    def _focus_gewijzigd(self, oud: QWidget | None, nieuw: QWidget | None) -> None:
        if nieuw is None or not self.lijst_paneel.isVisible():
            return
        if nieuw is self.veld or nieuw is self.knop or self.lijst_paneel.isAncestorOf(nieuw):
            return
        self.lijst_paneel.hide()

    # -- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down/Escape on the field, Enter/Escape/Up on the list, keep the list in place."""
        if watched is self.veld and event.type() == QEvent.Type.Resize:
            self._plaats_soort()
            return False
        if watched is self._host and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            if self.lijst_paneel.isVisible():
                self._plaats_lijst()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.veld:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.treffers.rowCount():
                self._open_lijst(focus=True)
                return True
            if key == Qt.Key.Key_Escape and self.lijst_paneel.isVisible():
                self._sluit_lijst(naar_veld=True)
                return True
            return False
        if watched is self.lijst:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.lijst.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self._sluit_lijst(naar_veld=True)
                return True
            if key == Qt.Key.Key_Up and self.lijst.currentIndex().row() <= 0:
                self.veld.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.text().isprintable() and event.text() and key != Qt.Key.Key_Space:
                self.veld.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes on in the field
                QApplication.sendEvent(self.veld, event)
                return True
        return False
