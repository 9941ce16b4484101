"""Charts for the team lead's overview: contacts per day per kanaal, bar lists, one big number.

Thin QtCharts wrappers that take plain counts (computed by the pure functions in
:mod:`klantbeeld.services.contacthistorie.cijfers`) and redraw in place; each exposes what it shows
(:meth:`totaal`, :meth:`waarden`) so tests can check the charts against the data. No chart
holds personal data: only kanalen, dates, onderwerpen, resultaten and medewerkers' names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from klantbeeld.services import taal
from klantbeeld.services.klantbeeld.datums import korte_dag
from klantbeeld.views.icons import kanaal_label, kanaal_sleutel
from klantbeeld.views.platte_tekst import tooltip
from klantbeeld.views.theme import KANALEN, Theme, load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Grafieken)."""
    return QCoreApplication.translate("Grafieken", text)


def _basis_chart(theme: Theme) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setBackgroundBrush(QColor(theme.surface))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setTitleFont(theme.font(theme.font_size, theme.weight_semibold))
    chart.setTitleBrush(QColor(theme.heading))
    return chart


def _chart_view(chart: QChart, naam: str) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(naam)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view


def _as_max(maximum: int) -> int:
    """A round axis maximum a little above ``maximum`` (never 0)."""
    if maximum <= 5:
        return 5
    stap = 10 ** (len(str(maximum)) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        grens = int(stap * factor)
        if grens >= maximum:
            return grens
    return maximum


def canoniek_per_kanaal(tellingen: Mapping[str, int]) -> dict[str, int]:
    """Counts per kanaal value merged onto the canonical kanalen (unknown ones kept apart)."""
    uit: dict[str, int] = {}
    for kanaal, aantal in tellingen.items():
        sleutel = kanaal_sleutel(kanaal) or kanaal_label(kanaal)
        uit[sleutel] = uit.get(sleutel, 0) + aantal
    return uit


class DagKanaalGrafiek(QWidget):
    """Stacked bars: contacts per day, one colour per kanaal, with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = load_theme()
        self._per_dag: dict[date, dict[str, int]] = {}
        self.chart = _basis_chart(self._theme)
        self.chart.setTitle(tr("Contacten per dag, per kanaal"))
        legenda = self.chart.legend()
        legenda.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legenda.setFont(self._theme.font(self._theme.font_size_small))
        self.series = QStackedBarSeries()
        self.series.setBarWidth(0.8)
        self.chart.addSeries(self.series)
        self.as_x = QBarCategoryAxis()
        self.as_x.setLabelsFont(self._theme.font(self._theme.font_size_small))
        self.as_y = QValueAxis()
        self.as_y.setLabelFormat("%d")
        self.as_y.setLabelsFont(self._theme.font(self._theme.font_size_small))
        self.chart.addAxis(self.as_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.as_y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.as_x)
        self.series.attachAxis(self.as_y)
        self.view = _chart_view(self.chart, tr("Contacten per dag, per kanaal"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def zet(self, per_dag: Mapping[date, Mapping[str, int]], van: date, tot: date) -> None:
        """Show these counts for every day from ``van`` to ``tot`` (days without contacts: 0)."""
        dagen: list[date] = []
        dag = van
        while dag <= tot and len(dagen) < 400:
            dagen.append(dag)
            dag = date.fromordinal(dag.toordinal() + 1)
        self._per_dag = {d: canoniek_per_kanaal(per_dag.get(d, {})) for d in dagen}
        kanalen = [k for k in KANALEN if any(k in t for t in self._per_dag.values())]
        overig = sorted({k for t in self._per_dag.values() for k in t} - set(KANALEN))
        self.series.clear()
        for kanaal in (*kanalen, *overig):
            balk = QBarSet(kanaal_label(kanaal))
            balk.setColor(QColor(self._theme.kanaal_kleur(kanaal)))
            balk.setBorderColor(QColor(self._theme.kanaal_kleur(kanaal)))
            balk.append([float(self._per_dag[d].get(kanaal, 0)) for d in dagen])
            self.series.append(balk)
        veel = len(dagen) > 16
        self.as_x.setCategories(
            [
                f"{d.day}-{d.month}" if veel else f"{korte_dag(d.weekday())} {d.day}-{d.month}"
                for d in dagen
            ]
        )
        self.as_x.setLabelsAngle(-90 if veel else 0)
        hoogste = max((sum(t.values()) for t in self._per_dag.values()), default=0)
        self.as_y.setRange(0, _as_max(hoogste))
        self._zet_streepjes()

    def _zet_streepjes(self) -> None:
        """As many value labels as fit the plot's height (QtCharts shows "..." when crowded)."""
        regel = QFontMetrics(self.as_y.labelsFont()).height()
        hoogte = self.chart.plotArea().height() or self.view.height() / 2
        past = max(2, min(6, int(hoogte // (regel * 1.6)) + 1))
        maximum = round(self.as_y.max())
        # round steps only (0, 250, 500, …): the most labels that fit and divide the maximum
        self.as_y.setTickCount(
            next((n for n in (6, 5, 3) if n <= past and maximum % (n - 1) == 0), 2)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fewer value labels on a low chart, so none is cut off."""
        super().resizeEvent(event)
        self._zet_streepjes()

    def totaal(self) -> int:
        """The sum of every bar segment (equals the number of contacts shown)."""
        return round(sum(s.at(i) for s in self.series.barSets() for i in range(s.count())))

    def per_kanaal(self) -> dict[str, int]:
        """Each legend entry's total."""
        return {s.label(): round(s.sum()) for s in self.series.barSets()}


class BalkenGrafiek(QWidget):
    """Horizontal bars, largest on top: the whole label left, the bar, its count at the end.

    Painted here rather than with QtCharts, whose category axis cuts long labels (onderwerpen)
    down to "...". Labels are drawn with ``drawText`` as plain text.
    """

    def __init__(self, titel: str, kleur: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = load_theme()
        self._kleur = QColor(kleur or self._theme.primary)
        self._titel = titel
        self._waarden: list[tuple[str, int]] = []
        self._nadruk: set[int] = set()
        self._extra: list[str] = []
        self.setAccessibleName(titel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self._theme.font_size * 8)

    def zet(
        self,
        waarden: Sequence[tuple[str, int]],
        nadruk: Iterable[int] = (),
        extra: Sequence[str] = (),
    ) -> None:
        """Show these (label, count) pairs from the top.

        Rows in ``nadruk`` are drawn in the error colour; ``extra`` adds text after a count.
        """
        self._waarden = [(label or tr("(geen)"), int(aantal)) for label, aantal in waarden]
        self._nadruk = set(nadruk)
        self._extra = list(extra)
        beschrijving = "; ".join(f"{label}: {aantal}" for label, aantal in self._waarden)
        self.setAccessibleDescription(beschrijving)
        self.setToolTip(tooltip("\n".join(f"{label}: {aantal}" for label, aantal in self._waarden)))
        self.update()

    def waarden(self) -> list[tuple[str, int]]:
        """What the bars show, top first."""
        return list(self._waarden)

    def totaal(self) -> int:
        """The sum of the bars."""
        return sum(a for _, a in self._waarden)

    def _getal(self, i: int, aantal: int) -> str:
        getal = taal.getal(aantal)
        extra = self._extra[i] if i < len(self._extra) else ""
        return f"{getal} · {extra}" if extra else getal

    def sizeHint(self) -> QSize:
        """Room for the title and ten bars."""
        return QSize(self._theme.font_size * 24, self._theme.font_size * 16)

    def _regels(self) -> tuple[float, float]:
        """Where the first bar's row starts, and each row's height."""
        theme = self._theme
        kop = QFontMetrics(theme.font(theme.font_size, theme.weight_semibold))
        boven = theme.space_xs + kop.height() + theme.space_xs
        fm = QFontMetrics(theme.font(theme.font_size_small))
        ruimte = self.height() - boven - theme.space_xs
        return boven, min(ruimte / max(1, len(self._waarden)), fm.height() * 2.2)

    def tip_bij(self, y: float) -> str:
        """The tooltip at height ``y``: that bar's whole label and count, else every bar."""
        boven, regel = self._regels()
        i = int((y - boven) // regel) if regel > 0 and y >= boven else -1
        if 0 <= i < len(self._waarden):
            label, aantal = self._waarden[i]
            return tooltip(f"{label}: {self._getal(i, aantal)}")
        return self.toolTip()

    def event(self, event: QEvent) -> bool:
        """Hovering a bar shows its whole label (a long one is shortened on the bar)."""
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            QToolTip.showText(event.globalPos(), self.tip_bij(event.pos().y()), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Title, then one row per value: label, bar, count."""
        theme = self._theme
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.fillRect(self.rect(), QColor(theme.surface))
            marge = theme.space_xs
            breed = self.width() - 2 * marge
            kop = theme.font(theme.font_size, theme.weight_semibold)
            p.setFont(kop)
            p.setPen(QColor(theme.heading))
            kop_hoogte = QFontMetrics(kop).height() + theme.space_xs
            p.drawText(
                QRectF(marge, marge, breed, kop_hoogte),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QFontMetrics(kop).elidedText(self._titel, Qt.TextElideMode.ElideRight, breed),
            )
            if not self._waarden:
                return
            tekst = theme.font(theme.font_size_small)
            fm = QFontMetrics(tekst)
            p.setFont(tekst)
            boven, regel = self._regels()
            label_breed = min(
                max(fm.horizontalAdvance(label) for label, _ in self._waarden) + theme.space_xs,
                breed * 0.55,
            )
            getal_breed = (
                max(
                    fm.horizontalAdvance(self._getal(i, a))
                    for i, (_, a) in enumerate(self._waarden)
                )
                + theme.space_xs
            )
            balk_breed = max(10.0, breed - label_breed - getal_breed)
            hoogste = max((a for _, a in self._waarden), default=0) or 1
            for i, (label, aantal) in enumerate(self._waarden):
                y = boven + i * regel
                p.setPen(QColor(theme.text))
                ruimte = int(label_breed - theme.space_xs)
                p.drawText(
                    QRectF(marge, y, ruimte, regel),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    fm.elidedText(label, Qt.TextElideMode.ElideRight, ruimte),
                )
                lengte = balk_breed * aantal / hoogste
                kleur = QColor(theme.error) if i in self._nadruk else self._kleur
                balk = QRectF(marge + label_breed, y + regel * 0.18, lengte, regel * 0.64)
                p.fillRect(balk, kleur)
                p.setPen(QColor(theme.text))
                p.drawText(
                    QRectF(balk.right() + 4, y, getal_breed, regel),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    self._getal(i, aantal),
                )
        finally:
            p.end()


class GrootGetal(QWidget):
    """A big number with a caption under it, e.g. the share handled at first contact."""

    def __init__(self, titel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme = load_theme()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.space_sm, theme.space_sm, theme.space_sm, theme.space_sm)
        self.titel = QLabel(titel)
        self.titel.setProperty("rol", "kop")
        self.getal = QLabel("—")
        self.getal.setTextFormat(Qt.TextFormat.PlainText)
        self.getal.setFont(theme.font(theme.font_size_header * 2, theme.weight_bold))
        self.getal.setStyleSheet(f"color: {theme.primary};")
        self.uitleg = QLabel()
        self.uitleg.setTextFormat(Qt.TextFormat.PlainText)
        self.uitleg.setWordWrap(True)
        self.uitleg.setProperty("rol", "gedempt")
        layout.addWidget(self.titel)
        layout.addWidget(self.getal)
        layout.addWidget(self.uitleg)
        layout.addStretch(1)
        self.setAccessibleName(titel)

    def zet(self, getal: str, uitleg: str) -> None:
        """Show ``getal`` big and ``uitleg`` under it."""
        self.getal.setText(getal)
        self.uitleg.setText(uitleg)
        self.getal.setAccessibleName(f"{self.titel.text()}: {getal}. {uitleg}")
