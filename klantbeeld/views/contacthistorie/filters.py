"""The contacthistorie's filter bar: period, kanaal chips, medewerker, onderwerp, resultaat, text.

The bar only says what is chosen: :attr:`FilterBalk.periodeGekozen` a moment after the dates
settle, :attr:`FilterBalk.filterGewijzigd` on every other change (the text debounced); the
controller does the filtering.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.services.contacthistorie.rijen import GEEN_RESULTAAT, Filter, Periode
from klantbeeld.views.icons import icon, kanaal_label
from klantbeeld.views.theme import KANALEN, Theme

#: Wait after the last date change before the period loads (ms).
PERIODE_MS = 600
#: Wait after the last keystroke before the text filters (ms).
TEKST_MS = 150


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Contacthistorie)."""
    return QCoreApplication.translate("Contacthistorie", text)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DatumVeld(QDateEdit):
    """A date field that Tab leaves (QDateEdit's own Tab walks day, month and year; the arrow
    keys and the calendar still move between them)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Leave the field, as every other field does (QWidget's own behaviour)."""
        return QWidget.focusNextPrevChild(self, next)


class FilterBalk(QWidget):
    """Two rows of filters over the list; what is chosen goes out as signals."""

    #: The dates settled on another period.
    periodeGekozen = Signal()
    #: A kanaal, medewerker, onderwerp, resultaat or the text changed.
    filterGewijzigd = Signal()

    def __init__(
        self,
        theme: Theme,
        vandaag: date,
        onderwerpen: Iterable[str],
        resultaten: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        filters = QVBoxLayout(self)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(theme.space_xs)
        rij1 = QHBoxLayout()
        rij1.addWidget(QLabel(tr("Van")))
        self.van = DatumVeld(_qdate(vandaag - timedelta(days=29)))
        self.tot = DatumVeld(_qdate(vandaag))
        for veld, naam in ((self.van, tr("Periode van")), (self.tot, tr("Periode tot en met"))):
            veld.setCalendarPopup(True)
            veld.setDisplayFormat("dd-MM-yyyy")
            veld.setMaximumDate(_qdate(vandaag))
            veld.setAccessibleName(naam)
            veld.setAccessibleDescription(tr("Datum als dd-mm-jjjj; Alt+Omlaag opent de kalender"))
            veld.dateChanged.connect(self._periode_gewijzigd)
        rij1.addWidget(self.van)
        rij1.addWidget(QLabel(tr("t/m")))
        rij1.addWidget(self.tot)
        rij1.addSpacing(theme.space_md)
        self.chips: dict[str, QPushButton] = {}
        for kanaal in KANALEN:
            chip = QPushButton(icon(kanaal, theme.kanaal_kleur(kanaal)), kanaal_label(kanaal))
            chip.setCheckable(True)
            chip.setProperty("chip", "true")
            chip.setAccessibleName(tr("Alleen kanaal {k}").format(k=kanaal_label(kanaal)))
            chip.setToolTip(tr("Toon alleen dit kanaal (meer kiezen kan)"))
            chip.toggled.connect(self.filterGewijzigd)
            self.chips[kanaal] = chip
            rij1.addWidget(chip)
        rij1.addStretch(1)
        filters.addLayout(rij1)

        rij2 = QHBoxLayout()
        self.medewerker = self._combo(tr("Medewerker"))
        self.onderwerp = self._combo(tr("Onderwerp"))
        self.resultaat = self._combo(tr("Resultaat"))
        for label, combo in (
            (tr("Medewerker"), self.medewerker),
            (tr("Onderwerp"), self.onderwerp),
            (tr("Resultaat"), self.resultaat),
        ):
            rij2.addWidget(QLabel(label))
            rij2.addWidget(combo, 1)
        voeg_keuzes_toe(self.onderwerp, onderwerpen)
        voeg_keuzes_toe(self.resultaat, resultaten)
        self.tekst = QLineEdit()
        self.tekst.setPlaceholderText(tr("Zoek in onderwerp en tekst"))
        self.tekst.setClearButtonEnabled(True)
        self.tekst.setAccessibleName(tr("Zoek in onderwerp en tekst"))
        self.tekst.setAccessibleDescription(tr("De lijst toont alleen contacten met deze tekst"))
        self.tekst.addAction(icon("zoek"), QLineEdit.ActionPosition.LeadingPosition)
        self.tekst.textChanged.connect(self._tekst_gewijzigd)
        rij2.addWidget(self.tekst, 2)
        self.wis_knop = QPushButton(tr("Filters wissen"))
        self.wis_knop.setProperty("variant", "subtle")
        self.wis_knop.setAccessibleName(tr("Filters wissen"))
        self.wis_knop.setAccessibleDescription(tr("Zet alle filters terug op alles"))
        self.wis_knop.clicked.connect(self.wis)
        rij2.addWidget(self.wis_knop)
        filters.addLayout(rij2)
        self._tekst_timer = QTimer(self)
        self._tekst_timer.setSingleShot(True)
        self._tekst_timer.setInterval(TEKST_MS)
        self._tekst_timer.timeout.connect(self.filterGewijzigd)
        self._periode_timer = QTimer(self)
        self._periode_timer.setSingleShot(True)
        self._periode_timer.setInterval(PERIODE_MS)
        self._periode_timer.timeout.connect(self.periodeGekozen)

    def _combo(self, naam: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(tr("Alle"), None)
        combo.setAccessibleName(naam)
        combo.setAccessibleDescription(tr("Toon alleen contacten met deze waarde"))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self.filterGewijzigd)
        return combo

    @property
    def periode(self) -> Periode:
        """The period chosen in the date fields."""
        van, tot = _pydate(self.van.date()), _pydate(self.tot.date())
        if tot < van:
            van, tot = tot, van
        return Periode(van=van, tot=tot)

    def stop_periode_timer(self) -> None:
        """The period is loading now: no second load when the timer would fire."""
        self._periode_timer.stop()

    def _periode_gewijzigd(self) -> None:
        self._periode_timer.start()

    def _tekst_gewijzigd(self) -> None:
        self._tekst_timer.start()

    def huidig_filter(self) -> Filter:
        """The filter the controls say."""
        return Filter(
            kanalen=frozenset(k for k, chip in self.chips.items() if chip.isChecked()),
            medewerkers=_keuze(self.medewerker),
            onderwerpen=_keuze(self.onderwerp),
            resultaten=_keuze(self.resultaat),
            tekst=self.tekst.text().strip(),
        )

    def wis(self) -> None:
        """Every filter back to "Alle" (the period stays); one change signal."""
        velden: list[QWidget] = [
            *self.chips.values(),
            self.medewerker,
            self.onderwerp,
            self.resultaat,
            self.tekst,
        ]
        for w in velden:
            w.blockSignals(True)
        for chip in self.chips.values():
            chip.setChecked(False)
        for combo in (self.medewerker, self.onderwerp, self.resultaat):
            combo.setCurrentIndex(0)
        self.tekst.clear()
        for w in velden:
            w.blockSignals(False)
        self.filterGewijzigd.emit()

    def nieuwe_keuzes(self, soort: str, waarden: Iterable[str]) -> None:
        """Values seen for the first time in the loaded rows join the list of ``soort``."""
        combo = {
            "medewerker": self.medewerker,
            "onderwerp": self.onderwerp,
            "resultaat": self.resultaat,
        }[soort]
        voeg_keuzes_toe(combo, waarden)


def voeg_keuzes_toe(combo: QComboBox, waarden: Iterable[str]) -> None:
    """Add values to a combo in alphabetical order after "Alle", keeping the choice.

    The empty value ("no outcome") is listed last as "Geen resultaat".
    """
    bestaand = {combo.itemData(i) for i in range(1, combo.count())}
    combo.blockSignals(True)
    for waarde in sorted(set(waarden) - bestaand, key=str.casefold):
        if not waarde:
            combo.addItem(tr(GEEN_RESULTAAT), "")
            continue
        plek = 1
        while (
            plek < combo.count()
            and combo.itemData(plek)
            and str(combo.itemData(plek)).casefold() < waarde.casefold()
        ):
            plek += 1
        combo.insertItem(plek, waarde, waarde)
    combo.blockSignals(False)


def _keuze(combo: QComboBox) -> frozenset[str]:
    waarde = combo.currentData()
    return frozenset() if waarde is None else frozenset({str(waarde)})
