"""One panel's loading and failure state: "Laden…", a failing source, or "niet ingesteld".

What the agent reads, per kind of trouble (each names the source once):

- the source is off (no client): neutral, no retry — "Betalingen is niet ingesteld";
- the person or company is not in that source: a warning, no retry — "Niet gevonden in BRP";
- anything else: red, with "Opnieuw proberen" — "Zaaksysteem is niet bereikbaar".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from klantbeeld.services.klantbeeld.waarden import BRON_VAN, Onderdeel
from klantbeeld.services.verbinding.errors import (
    ApiError,
    ApiTimeout,
    ApiVerbindingsfout,
    KlantbeeldError,
    NietGevonden,
    NietIngesteld,
    ServerFout,
    bronnaam,
)
from klantbeeld.services.werkplek.settings import BRON_NAMEN
from klantbeeld.views.models.beeld import BeeldModel, DeelStatus

#: Parts that look up the klant itself: a 404 there means "not in this source", not a failure.
OPZOEK_DELEN = (Onderdeel.PERSOON, Onderdeel.BEDRIJF)


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Klantbeeld)."""
    return QCoreApplication.translate("Klantbeeld", text)


@dataclass(frozen=True)
class Melding:
    """What a status bar shows: its level (the alert style), the text, and whether to retry."""

    niveau: str  # "neutraal" | "waarschuwing" | "fout" | "info"
    tekst: str
    opnieuw: bool = False


def bron_van(onderdeel: Onderdeel, fout: KlantbeeldError | None = None) -> str:
    """The source's name as the agent knows it (the failing client's, when it says), in the
    screen's language."""
    if isinstance(fout, ApiError | NietIngesteld):
        return bronnaam(fout.bron)
    return bronnaam(BRON_NAMEN[BRON_VAN[onderdeel]])


def foutmelding(onderdeel: Onderdeel, fout: KlantbeeldError) -> Melding:
    """Plain Dutch for a part that did not load: which source, what happened, once each."""
    bron = bron_van(onderdeel, fout)
    if isinstance(fout, NietIngesteld):
        return Melding("neutraal", tr("{bron} is niet ingesteld").format(bron=bron))
    if isinstance(fout, NietGevonden) and onderdeel in OPZOEK_DELEN:
        return Melding("waarschuwing", tr("Niet gevonden in {bron}").format(bron=bron))
    if isinstance(fout, ApiTimeout):
        tekst = tr("{bron} antwoordde niet op tijd").format(bron=bron)
    elif isinstance(fout, ApiVerbindingsfout):
        tekst = tr("{bron} is niet bereikbaar").format(bron=bron)
    elif isinstance(fout, ServerFout):
        tekst = tr("{bron} is niet bereikbaar — {melding}").format(bron=bron, melding=fout.melding)
    elif isinstance(fout, ApiError):
        tekst = f"{bron}: {fout.melding}"
    else:
        eigen = str(fout)
        tekst = eigen if eigen.startswith(bron) else f"{bron}: {eigen}"
    return Melding("fout", tekst, opnieuw=True)


def niet_ingesteld_melding(bronnen: list[str]) -> Melding:
    """``Betalingen is niet ingesteld`` / ``A en B zijn niet ingesteld`` (neutral)."""
    if len(bronnen) == 1:
        return Melding("neutraal", tr("{bron} is niet ingesteld").format(bron=bronnen[0]))
    namen = tr("{eerste} en {laatste}").format(eerste=", ".join(bronnen[:-1]), laatste=bronnen[-1])
    return Melding("neutraal", tr("{bronnen} zijn niet ingesteld").format(bronnen=namen))


class DeelStatusBalk(QWidget):
    """Shows loading / "Zaaksysteem is niet bereikbaar — Opnieuw proberen" for some parts.

    ``toon_niet_ingesteld=False`` keeps it silent about sources that are off (for a summary
    row whose parts each say so in their own tab).
    """

    #: The agent asked to retry; carries the Onderdeel that failed.
    opnieuw = Signal(object)

    def __init__(
        self,
        model: BeeldModel,
        onderdelen: list[Onderdeel],
        parent: QWidget | None = None,
        *,
        toon_niet_ingesteld: bool = True,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._onderdelen = onderdelen
        self._toon_niet_ingesteld = toon_niet_ingesteld
        self._mislukt: Onderdeel | None = None
        self.melding: Melding | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tekst = QLabel()
        self.tekst.setTextFormat(Qt.TextFormat.PlainText)
        self.tekst.setWordWrap(True)
        # Styled as an alert from the start: a label first polished without the property
        # keeps zero margins later, and the alert's left border then covers the first letter.
        self.tekst.setProperty("niveau", "info")
        self.knop = QPushButton(tr("Opnieuw proberen"))
        self.knop.setProperty("variant", "secondary")
        self.knop.setAccessibleName(tr("Opnieuw proberen"))
        self.knop.clicked.connect(self._klik)
        layout.addWidget(self.tekst, 1)
        layout.addWidget(self.knop)
        model.deelGewijzigd.connect(self._ververs)
        model.gestart.connect(self._ververs)
        model.gewist.connect(self._ververs)
        self._ververs()

    def _klik(self) -> None:
        if self._mislukt is not None:
            self.opnieuw.emit(self._mislukt)

    def _bepaal(self) -> tuple[Melding | None, Onderdeel | None]:
        """What to show now, and the part a retry would fetch."""
        statussen = {o: self._model.status(o) for o in self._onderdelen}
        for onderdeel, status in statussen.items():
            fout = self._model.fout(onderdeel)
            if status is DeelStatus.FOUT and fout is not None:
                melding = foutmelding(onderdeel, fout)
                return melding, onderdeel if melding.opnieuw else None
        if any(s is DeelStatus.LADEN for s in statussen.values()):
            return Melding("info", tr("Laden…")), None
        uit = [o for o, s in statussen.items() if s is DeelStatus.NIET_INGESTELD]
        if uit and self._toon_niet_ingesteld:
            bronnen = list(dict.fromkeys(bron_van(o, self._model.fout(o)) for o in uit))
            return niet_ingesteld_melding(bronnen), None
        return None, None

    def _ververs(self, *_: object) -> None:
        self.melding, self._mislukt = self._bepaal()
        if self.melding is None:
            self.setVisible(False)
            return
        self.tekst.setText(self.melding.tekst)
        self.tekst.setAccessibleName(self.melding.tekst)
        self.tekst.setProperty("niveau", self.melding.niveau)
        self.knop.setVisible(self._mislukt is not None)
        self.tekst.style().unpolish(self.tekst)
        self.tekst.style().polish(self.tekst)
        self.setVisible(True)
