"""A zaak's status steps as the citizen sees them, like MijnDenHaag's process steps.

Reached steps are ticked with their date, the current one is highlighted, later ones greyed
with the date they are expected where one can be known (:mod:`services.klantbeeld.verwachting`).
The steps show at once from the :class:`ZaakOverzicht`; the dates arrive with the zaak's
status history (:meth:`StatusStappen.zet_statussen`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from klantbeeld.services.apis.zgw import Status, Statustype
from klantbeeld.services.klantbeeld.verwachting import (
    Verwachting,
    grondslag_tekst,
    verwachte_stap,
    verwachting_tekst,
)
from klantbeeld.services.klantbeeld.waarden import ZaakOverzicht
from klantbeeld.views.models import vragen_model
from klantbeeld.views.models.zaken_model import datum, stap_naam
from klantbeeld.views.platte_tekst import platte_label, tooltip
from klantbeeld.views.theme import load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Statusstappen)."""
    return QCoreApplication.translate("Statusstappen", text)


class Toestand(StrEnum):
    """Where one step stands."""

    BEREIKT = "bereikt"
    HUIDIG = "huidig"
    LATER = "later"


@dataclass(frozen=True)
class Stap:
    """One step to draw: its statustype, where it stands, when it was reached or is expected."""

    statustype: Statustype
    toestand: Toestand
    datum: datetime | None = None
    verwachting: Verwachting | None = None  # later steps only

    @property
    def tekst(self) -> str:
        """The step as the citizen sees it."""
        return stap_naam(self.statustype)


def bepaal_stappen(
    overzicht: ZaakOverzicht, statussen: Sequence[Status] = (), vandaag: date | None = None
) -> list[Stap]:
    """The steps of a zaak in order, each reached / current / later, with dates when known.

    The current step is the newest status in the history when there is one, else the
    overzicht's current statustype. A closed zaak has every step up to its last one reached.
    A later step of an open zaak carries when it is expected as of ``vandaag`` (default: the
    oefenomgeving's date when set, else today).
    """
    dag = vandaag or vragen_model.vandaag()
    typen = sorted(overzicht.statustypen, key=lambda s: s.volgnummer)
    datums: dict[str, datetime] = {}
    for status in statussen:
        if status.datum_status_gezet is not None:
            datums[status.statustype] = status.datum_status_gezet
    huidig_url: str | None = None
    if statussen:
        huidig_url = statussen[-1].statustype
    elif overzicht.huidige_statustype is not None:
        huidig_url = overzicht.huidige_statustype.url
    elif overzicht.huidige_status is not None:
        huidig_url = overzicht.huidige_status.statustype
    positie = next((i for i, st in enumerate(typen) if st.url == huidig_url), -1)
    stappen: list[Stap] = []
    for i, st in enumerate(typen):
        if positie < 0 or i > positie:
            toestand = Toestand.LATER
        elif i < positie or not overzicht.is_open:
            toestand = Toestand.BEREIKT
        else:
            toestand = Toestand.HUIDIG
        if toestand is Toestand.LATER:
            stappen.append(Stap(st, toestand, verwachting=verwachte_stap(overzicht, st, dag)))
        else:
            stappen.append(Stap(st, toestand, datums.get(st.url)))
    return stappen


class _Marker(QWidget):
    """The round step marker with the connectors above and below it."""

    def __init__(
        self,
        toestand: Toestand,
        nummer: int,
        *,
        lijn_boven: bool | None,
        lijn_onder: bool | None,
        waarschuwing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._theme = load_theme()
        self.toestand = toestand
        self._nummer = nummer
        self._boven = lijn_boven  # None: no connector; True: reached colour
        self._onder = lijn_onder
        self._waarschuwing = waarschuwing
        self._maat = self._theme.step_marker_size * 3 // 4
        self.setFixedWidth(self._maat + 4)
        self.setMinimumHeight(self._maat + 4)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        """Marker plus a little room."""
        return QSize(self._maat + 4, self._maat + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Connectors, then the circle with a tick, a number or nothing."""
        t = self._theme
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            cx = self.width() / 2
            top = 2.0
            maat = float(self._maat)
            lijn = 2.0
            for aan, y0, y1 in (
                (self._boven, 0.0, top),
                (self._onder, top + maat, float(self.height())),
            ):
                if aan is None:
                    continue
                kleur = t.step_connector_reached if aan else t.step_connector
                p.setPen(QPen(QColor(kleur), lijn))
                p.drawLine(QPointF(cx, y0), QPointF(cx, y1))
            rand = float(t.step_marker_border)
            cirkel = QRectF(cx - maat / 2 + rand / 2, top + rand / 2, maat - rand, maat - rand)
            if self.toestand is Toestand.LATER:
                p.setPen(QPen(QColor(t.step_upcoming), rand))
                p.setBrush(QColor(t.surface))
            else:
                vul = t.step_warning if self._waarschuwing else t.step_current
                vul = t.step_reached if self.toestand is Toestand.BEREIKT else vul
                p.setPen(QPen(QColor(vul), rand))
                p.setBrush(QColor(vul))
            p.drawEllipse(cirkel)
            if self.toestand is Toestand.BEREIKT:
                pen = QPen(QColor(t.step_current_text), 2.2)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                p.setPen(pen)
                c = cirkel.center()
                s = maat / 5
                p.drawPolyline(
                    [
                        QPointF(c.x() - s, c.y()),
                        QPointF(c.x() - s / 3, c.y() + s * 0.7),
                        QPointF(c.x() + s, c.y() - s * 0.7),
                    ]
                )
            else:
                kleur = (
                    t.step_current_text
                    if self.toestand is Toestand.HUIDIG
                    else t.step_upcoming_text
                )
                p.setPen(QColor(kleur))
                p.setFont(t.font(t.font_size_small, t.weight_bold))
                p.drawText(cirkel, Qt.AlignmentFlag.AlignCenter, str(self._nummer))
        finally:
            p.end()


class StatusStappen(QWidget):
    """The steps of one zaak, top to bottom; empty until :meth:`toon` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = load_theme()
        #: Today, for the expected dates of later steps (replaceable in tests).
        self.vandaag: Callable[[], date] = vragen_model.vandaag
        self._overzicht: ZaakOverzicht | None = None
        self._statussen: list[Status] = []
        self.stappen: list[Stap] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._rijen: list[QWidget] = []
        self.setAccessibleName(tr("Stappen van de zaak"))

    def toon(self, overzicht: ZaakOverzicht | None) -> None:
        """Show the steps of ``overzicht`` (dates follow with :meth:`zet_statussen`)."""
        self._overzicht = overzicht
        self._statussen = []
        self._bouw()

    def zet_statussen(self, statussen: Sequence[Status]) -> None:
        """Add the dates (and the exact current step) from the status history."""
        self._statussen = list(statussen)
        self._bouw()

    def wis(self) -> None:
        """Show nothing."""
        self.toon(None)

    def teksten(self) -> list[str]:
        """Every text on screen, step by step (for tests and screen readers)."""
        return [label.text() for rij in self._rijen for label in rij.findChildren(QLabel)]

    def _bouw(self) -> None:
        for rij in self._rijen:
            self._layout.removeWidget(rij)
            rij.setParent(None)  # out of the widget tree now, not at the next event loop turn
            rij.deleteLater()
        self._rijen = []
        z = self._overzicht
        self.stappen = bepaal_stappen(z, self._statussen, self.vandaag()) if z is not None else []
        if z is None:
            return
        if not self.stappen:
            leeg = platte_label(tr("Voor dit zaaktype zijn geen stappen bekend."))
            leeg.setProperty("rol", "gedempt")
            self._voeg_toe(leeg)
            return
        opgeschort = z.is_opgeschort
        bereikt = [s.toestand is not Toestand.LATER for s in self.stappen]
        laatste = len(self.stappen) - 1
        for i, stap in enumerate(self.stappen):
            marker = _Marker(
                stap.toestand,
                i + 1,
                lijn_boven=None if i == 0 else bereikt[i],
                lijn_onder=None if i == laatste else bereikt[i + 1],
                waarschuwing=opgeschort and stap.toestand is Toestand.HUIDIG,
            )
            self._voeg_toe(self._rij(stap, marker, laatste=i == laatste, opgeschort=opgeschort))

    def _rij(self, stap: Stap, marker: _Marker, *, laatste: bool, opgeschort: bool) -> QWidget:
        t = self._theme
        rij = QWidget()
        h = QHBoxLayout(rij)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(t.space_xs)
        h.addWidget(marker)
        tekst = QVBoxLayout()
        tekst.setContentsMargins(0, 4, 0, 0 if laatste else t.space_sm)
        tekst.setSpacing(0)
        kop = platte_label(stap.tekst or tr("(naamloze stap)"))
        kop.setWordWrap(True)
        kop.setToolTip(tooltip(stap.statustype.omschrijving))
        kleur = {
            Toestand.BEREIKT: t.text,
            Toestand.HUIDIG: t.step_heading_current,
            Toestand.LATER: t.step_upcoming_text,
        }[stap.toestand]
        gewicht = t.weight_bold if stap.toestand is Toestand.HUIDIG else t.weight_regular
        kop.setStyleSheet(f"color: {kleur}; font-weight: {gewicht};")
        kop.setProperty("toestand", stap.toestand.value)
        tekst.addWidget(kop)
        meta = self._meta(stap, opgeschort)
        if meta:
            onder = platte_label(meta)
            onder.setWordWrap(True)
            onder.setProperty("rol", "klein")
            v = stap.verwachting
            if v is not None and v.datum is not None:
                onder.setProperty("verwachting", "verlopen" if v.verlopen else "verwacht")
                onder.setToolTip(grondslag_tekst(v))
                if v.opgeschort or v.verlopen:
                    kleur = t.warning_text if v.opgeschort else t.error_text
                    onder.setStyleSheet(f"color: {kleur};")
            tekst.addWidget(onder)
        h.addLayout(tekst, 1)
        rij.setAccessibleName(f"{stap.tekst}. {meta}" if meta else stap.tekst)
        return rij

    def _meta(self, stap: Stap, opgeschort: bool) -> str:
        if stap.toestand is Toestand.BEREIKT:
            if stap.datum is None:
                return tr("Afgerond")
            return tr("Afgerond op {datum}").format(datum=datum(stap.datum))
        if stap.toestand is Toestand.HUIDIG:
            nu = tr("Huidige stap, opgeschort") if opgeschort else tr("Huidige stap")
            if stap.datum is None:
                return nu
            return tr("{nu} · sinds {datum}").format(nu=nu, datum=datum(stap.datum))
        verwacht = verwachting_tekst(stap.verwachting) if stap.verwachting else ""
        if not stap.statustype.informeren or self._overzicht is None or not self._overzicht.is_open:
            return verwacht
        if verwacht:
            return tr("{verwacht} · de inwoner krijgt dan bericht").format(verwacht=verwacht)
        return tr("De inwoner krijgt bij deze stap bericht")

    def _voeg_toe(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
        self._rijen.append(widget)
