"""The contacthistorie's "Overzicht" tab: the charts over the filtered rows and the open verzoeken.

It draws what it is given (the counts come from :mod:`klantbeeld.services.contacthistorie.cijfers`):
contacts per day per kanaal, per resultaat, the top onderwerpen, the share handled at first
contact, the average conversation and nawerk (only contacts registered through Klantbeeld
recorded them), open verzoeken by age and the ones over their term with who holds them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from klantbeeld.services.contacthistorie.cijfers import (
    eerste_contact_aandeel,
    gemiddelde_tijden,
    per_dag_per_kanaal,
    per_leeftijd,
    per_resultaat,
    top_onderwerpen,
)
from klantbeeld.services.contacthistorie.rijen import HistorieRij, Periode
from klantbeeld.services.contacthistorie.verzoeken import OpenVerzoek
from klantbeeld.services.klantbeeld.datums import minuten_seconden
from klantbeeld.services.taal import getal
from klantbeeld.views.grafieken import BalkenGrafiek, DagKanaalGrafiek, GrootGetal
from klantbeeld.views.models.historie_model import OpenVerzoekenModel
from klantbeeld.views.tabel import maak_tabel
from klantbeeld.views.theme import Theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Contacthistorie)."""
    return QCoreApplication.translate("Contacthistorie", text)


class Overzicht(QWidget):
    """The charts in a grid, with a line above them saying whether the figures are complete."""

    def __init__(
        self, theme: Theme, verzoeken_model: OpenVerzoekenModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, theme.space_xs, 0, 0)
        grid.setSpacing(theme.space_sm)
        #: Over the charts: complete (and when fetched) or how far the loaded rows reach.
        self.stand = QLabel()
        self.stand.setTextFormat(Qt.TextFormat.PlainText)
        self.stand.setWordWrap(True)
        self.stand.setAccessibleName(tr("Stand van de cijfers"))
        grid.addWidget(self.stand, 0, 0, 1, 4)
        self.dag_grafiek = DagKanaalGrafiek()
        self.eerste_contact = GrootGetal(tr("Zelfstandig afgehandeld"))
        self.tijden = GrootGetal(tr("Gemiddeld gesprek / nawerk"))
        getallen = QWidget()
        getallen_lay = QVBoxLayout(getallen)
        getallen_lay.setContentsMargins(0, 0, 0, 0)
        getallen_lay.addWidget(self.eerste_contact, 1)
        getallen_lay.addWidget(self.tijden, 1)
        self.resultaat_grafiek = BalkenGrafiek(tr("Per resultaat"), theme.primary)
        self.onderwerp_grafiek = BalkenGrafiek(tr("Top 10 onderwerpen"), theme.heading)
        self.leeftijd_grafiek = BalkenGrafiek(tr("Open verzoeken, naar leeftijd"), theme.warning)
        te_laat = QWidget()
        te_laat_lay = QVBoxLayout(te_laat)
        te_laat_lay.setContentsMargins(0, 0, 0, 0)
        self.te_laat_kop = QLabel(tr("Over tijd"))
        self.te_laat_kop.setProperty("rol", "kop")
        self.te_laat_kop.setStyleSheet(f"color: {theme.error_text};")
        te_laat_lay.addWidget(self.te_laat_kop)
        self.te_laat_tabel = maak_tabel(
            verzoeken_model,
            tr("Open verzoeken over tijd, met wie ze heeft"),
            enkel=False,
            horizontaal_schuiven=False,
        )
        kop = self.te_laat_tabel.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = self.te_laat_tabel.fontMetrics()
        kop.resizeSection(0, theme.kolomkop_breedte(tr("Open sinds")))
        kop.resizeSection(1, fm.horizontalAdvance("Team Terugbellen") + 16)
        kop.setStretchLastSection(True)
        te_laat_lay.addWidget(self.te_laat_tabel, 1)
        self.verzoeken_status = QLabel()
        self.verzoeken_status.setTextFormat(Qt.TextFormat.PlainText)
        self.verzoeken_status.setWordWrap(True)
        te_laat_lay.addWidget(self.verzoeken_status)
        grid.addWidget(self.dag_grafiek, 1, 0, 1, 3)
        grid.addWidget(getallen, 1, 3)
        grid.addWidget(self.resultaat_grafiek, 2, 0)
        grid.addWidget(self.onderwerp_grafiek, 2, 1)
        grid.addWidget(self.leeftijd_grafiek, 2, 2)
        grid.addWidget(te_laat, 2, 3)
        for col, stretch in enumerate((3, 4, 3, 4)):
            grid.setColumnStretch(col, stretch)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)

    def zet(self, rijen: Sequence[HistorieRij], periode: Periode) -> None:
        """Redraw the charts from ``rijen`` (the filtered list) over ``periode``."""
        self.dag_grafiek.zet(per_dag_per_kanaal(rijen), periode.van, periode.tot)
        self.resultaat_grafiek.zet(_paren(per_resultaat(rijen)))
        self.onderwerp_grafiek.zet(_paren(top_onderwerpen(rijen, n=10)))
        aandeel = eerste_contact_aandeel(rijen)
        if rijen:
            self.eerste_contact.zet(
                f"{aandeel * 100:.0f}%".replace(".", ","),
                tr("van {n} contacten afgehandeld bij het eerste contact").format(
                    n=getal(len(rijen))
                ),
            )
        else:
            self.eerste_contact.zet("—", tr("geen contacten"))
        tijden = gemiddelde_tijden(rijen)
        if tijden.gespreksduur_s is not None:
            self.tijden.zet(
                f"{_minuten(tijden.gespreksduur_s)} / {_minuten(tijden.nawerk_s)}",
                tr("over {n} van {m} contacten: alleen wat via Klantbeeld is geregistreerd").format(
                    n=getal(tijden.gemeten), m=getal(tijden.totaal)
                ),
            )
        else:
            self.tijden.zet(
                "—", tr("geen gemeten tijden: die zijn er alleen bij registraties via Klantbeeld")
            )

    def zet_stand(self, tekst: str, niveau: str, *, tonen: bool) -> None:
        """The line above the charts (shown only when ``tonen``)."""
        self.stand.setText(tekst)
        self.stand.setVisible(bool(tekst) and tonen)
        if self.stand.property("niveau") != niveau:
            self.stand.setProperty("niveau", niveau)
            polijst(self.stand)

    def zet_verzoeken(self, verzoeken: Sequence[OpenVerzoek], te_laat: int) -> None:
        """The age chart of the open verzoeken and the heading over those past their term."""
        groepen = per_leeftijd(verzoeken)
        self.leeftijd_grafiek.zet(
            [(g.label, g.aantal) for g in groepen],
            nadruk=[i for i, g in enumerate(groepen) if g.te_laat],
            extra=[tr("{n} te laat").format(n=g.te_laat) if g.te_laat else "" for g in groepen],
        )
        self.te_laat_kop.setText(
            tr("Over tijd: {n} van {m} open").format(n=getal(te_laat), m=getal(len(verzoeken)))
        )

    def verzoeken_melding(self, tekst: str, niveau: str) -> None:
        """What to say under the open verzoeken (loading, failed, or nothing)."""
        self.verzoeken_status.setText(tekst)
        if tekst:
            self.verzoeken_status.setProperty("niveau", niveau)


def _minuten(seconden: float | None) -> str:
    """``m:ss`` ("—" when unknown)."""
    if seconden is None:
        return "—"
    return minuten_seconden(round(seconden))


def polijst(w: QWidget) -> None:
    """Apply the style again after a property the style sheet selects on changed."""
    w.style().unpolish(w)
    w.style().polish(w)


def _paren(tellingen: object) -> list[tuple[str, int]]:
    """Counts as (label, count) pairs, largest first (a mapping or a list of pairs)."""
    if isinstance(tellingen, dict):
        paren = [(str(k), int(v)) for k, v in tellingen.items()]
        paren.sort(key=lambda p: (-p[1], p[0]))
        return paren
    if isinstance(tellingen, list | tuple):
        return [(str(k), int(v)) for k, v in tellingen]
    return []
