"""Signalen: what needs attention now, one line of clickable chips above the tabs.

Zaken past their uiterlijke einddatum, opgeschorte zaken, overdue payments (count and total),
and questions and callback requests still waiting, with how long. The chips come in two groups,
told apart in words and in look: "Voor de inwoner:" (what the citizen must do: pay, send what a
suspended zaak waits for; filled pills) and "Voor ons:" (what the municipality owes: a late zaak,
a callback; outlined pills). Each chip jumps to its tab:
the panel emits :attr:`SignalenPaneel.naarTab` with the tab index (``TAB_*`` below, the order
of ``main_window.TABS``); the window connects it to ``tabs.setCurrentIndex``.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.services.klantbeeld.tijdlijn import euro
from klantbeeld.services.klantbeeld.waarden import Klantbeeld, Onderdeel
from klantbeeld.services.registraties.internetaken import Soort, soort
from klantbeeld.views.deelstatus import DeelStatusBalk
from klantbeeld.views.icons import icon
from klantbeeld.views.models import vragen_model
from klantbeeld.views.models.beeld import BeeldModel, DeelStatus
from klantbeeld.views.models.vragen_model import dagen_tekst, wacht_tekst
from klantbeeld.views.stroom import StroomLayout
from klantbeeld.views.theme import Theme, load_theme

#: Who has to act on a signaal: the citizen, or the municipality (us).
VOOR_INWONER = "inwoner"
VOOR_GEMEENTE = "gemeente"
#: Whose turn a kind of signaal is when the signaal does not say; every other kind is ours.
VOOR_SOORT = {"betaling_te_laat": VOOR_INWONER}
#: The group headings, in the order shown.
GROEPEN = ((VOOR_INWONER, "Voor de inwoner:"), (VOOR_GEMEENTE, "Voor ons:"))
#: A suspension whose reason names the citizen waits on the citizen ("aanvullende gegevens van
#: de aanvrager"); any other (an external advice) waits on us.
_WACHT_OP_INWONER = ("aanvrager", "inwoner", "klant", "burger", "initiator", "aanvulling")

#: Tab indexes in the window (the order of ``main_window.TABS``).
TAB_ZAKEN = 0
TAB_TIJDLIJN = 1
TAB_BETALINGEN = 2
TAB_VRAGEN = 3

#: The parts the signalen are computed from.
BRONNEN = (Onderdeel.ZAKEN, Onderdeel.BETALINGEN, Onderdeel.INTERNETAKEN)


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Signalen)."""
    return QCoreApplication.translate("Signalen", text)


@dataclass(frozen=True)
class Signaal:
    """One thing that needs attention: its kind, count, words, level, tab, and who must act."""

    soort: str  # "zaak_te_laat" | "zaak_opgeschort" | "betaling_te_laat" | "wacht:<Soort>"
    aantal: int
    tekst: str
    niveau: str  # "fout" | "waarschuwing"
    tab: int
    icoon: str
    voor: str = ""  # VOOR_INWONER | VOOR_GEMEENTE; "" = as VOOR_SOORT says for its soort

    def __post_init__(self) -> None:
        if not self.voor:
            object.__setattr__(self, "voor", VOOR_SOORT.get(self.soort, VOOR_GEMEENTE))


def bedrag_tekst(bedrag: Decimal) -> str:
    """``€ 1.234,56`` (in English ``€ 1,234.56``), as the tijdlijn and Betalingen write it."""
    return euro(bedrag)


def wacht_op_inwoner(reden: str | None) -> bool:
    """True when a zaak's opschorting reason says it waits on the citizen."""
    tekst = (reden or "").casefold()
    return any(woord in tekst for woord in _WACHT_OP_INWONER)


def op_groep(signalen: list[Signaal]) -> list[Signaal]:
    """The signalen in the order shown: the citizen's first, then ours (:data:`GROEPEN`)."""
    volgorde = [voor for voor, _ in GROEPEN]
    return sorted(signalen, key=lambda s: volgorde.index(s.voor))


def bereken_signalen(beeld: Klantbeeld, dag: date | None = None) -> list[Signaal]:
    """Everything in ``beeld`` that needs attention on ``dag`` (default: today), by urgency."""
    dag = dag or vragen_model.vandaag()
    uit: list[Signaal] = []
    te_laat = sum(1 for z in beeld.zaken if z.is_te_laat(dag))
    if te_laat:
        tekst = tr("1 zaak te laat") if te_laat == 1 else tr("{n} zaken te laat").format(n=te_laat)
        uit.append(Signaal("zaak_te_laat", te_laat, tekst, "fout", TAB_ZAKEN, "zaak"))
    opgeschort = [z for z in beeld.zaken if z.is_open and z.is_opgeschort]
    for voor in (VOOR_INWONER, VOOR_GEMEENTE):
        n = sum(
            1
            for z in opgeschort
            if wacht_op_inwoner(z.zaak.opschorting.reden if z.zaak.opschorting else "")
            == (voor == VOOR_INWONER)
        )
        if not n:
            continue
        tekst = tr("1 zaak opgeschort") if n == 1 else tr("{n} zaken opgeschort").format(n=n)
        uit.append(
            Signaal("zaak_opgeschort", n, tekst, "waarschuwing", TAB_ZAKEN, "zaak", voor=voor)
        )
    betalingen = [b for b in beeld.betalingen if b.is_te_laat]
    if betalingen:
        totaal = sum((b.bedrag or Decimal(0) for b in betalingen), Decimal(0))
        n = len(betalingen)
        tekst = (
            tr("1 betaling te laat: {bedrag}") if n == 1 else tr("{n} betalingen te laat: {bedrag}")
        ).format(n=n, bedrag=bedrag_tekst(totaal))
        uit.append(Signaal("betaling_te_laat", n, tekst, "fout", TAB_BETALINGEN, "betaling"))
    per_soort: dict[Soort, list[int | None]] = defaultdict(list)
    for taak in beeld.internetaken:
        if taak.status not in (None, "", "te_verwerken"):
            continue
        moment = taak.toegewezen_op
        dagen = (dag - moment.astimezone().date()).days if moment else None
        per_soort[soort(taak)].append(dagen)
    for soort_taak in (Soort.CONTACTVERZOEK, Soort.VRAAG):
        wachten = per_soort.get(soort_taak)
        if not wachten:
            continue
        bekend = [d for d in wachten if d is not None]
        oudste = max(bekend) if bekend else None
        if len(wachten) == 1:
            tekst = f"{soort_taak.tekst} {wacht_tekst(oudste)}"
        else:
            tekst = tr("{n} {soorten}, oudste {dagen}").format(
                n=len(wachten), soorten=soort_taak.meervoud, dagen=dagen_tekst(oudste)
            )
        icoon = "terugbellen" if soort_taak is Soort.CONTACTVERZOEK else "vraag"
        uit.append(
            Signaal(
                f"wacht:{soort_taak.value}", len(wachten), tekst, "waarschuwing", TAB_VRAGEN, icoon
            )
        )
    return uit


class SignalenPaneel(QWidget):
    """Signalen: what needs attention now, as chips that jump to their tab."""

    #: A chip was clicked; carries the tab index to show (``TAB_*``).
    naarTab = Signal(int)

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        theme = load_theme()
        self.setAccessibleName(tr("Signalen"))
        # The pills' look (filled for the citizen, outlined for us) is in the theme's QSS:
        # QPushButton[signaal][voor] and QLabel[rol="signaalgroep"].
        # Never widen the window (no horizontal scrolling at 1366 px): what does not fit is cut.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space_xs)
        # The chips wrap to a second line rather than being cut off (a busy citizen at 1366 px).
        vak = QWidget()
        self._chips_layout = StroomLayout(vak, afstand=theme.space_xs)
        layout.addWidget(vak, 1)
        self.rustig = QLabel(tr("Geen bijzonderheden"))
        self.rustig.setTextFormat(Qt.TextFormat.PlainText)
        self.rustig.setProperty("rol", "gedempt")
        layout.addWidget(self.rustig)
        # A source that is off says so in its own tab; here it is simply absent.
        self.status = DeelStatusBalk(model, list(BRONNEN), toon_niet_ingesteld=False)
        self.status.opnieuw.connect(sessie.opnieuw)
        layout.addWidget(self.status)
        self.chips: list[QPushButton] = []
        #: The group headings on screen ("Voor de inwoner:", "Voor ons:").
        self.groepen: list[QLabel] = []
        self.signalen: list[Signaal] = []

        model.gestart.connect(self._ververs)
        model.deelGewijzigd.connect(self._ververs)
        model.gewist.connect(self.wis)
        self.wis()

    def _zichtbaar(self, ja: bool) -> None:
        """Show or hide the panel inside the window; never turn a parentless panel into a window."""
        if not self.isWindow():
            self.setVisible(ja)

    def wis(self) -> None:
        """No klantbeeld: nothing shown."""
        self._vul([])
        self.rustig.setVisible(False)
        self._zichtbaar(False)

    def _ververs(self, *_: object) -> None:
        beeld = self.model.beeld
        if beeld is None:
            self.wis()
            return
        self._zichtbaar(True)
        self._vul(bereken_signalen(beeld))
        delen = [o for o in BRONNEN if o in self.model.onderdelen()]
        alles_klaar = all(
            self.model.status(o) in (DeelStatus.KLAAR, DeelStatus.NIET_INGESTELD) for o in delen
        )
        self.rustig.setVisible(alles_klaar and not self.signalen)

    def _vul(self, signalen: list[Signaal]) -> None:
        signalen = op_groep(signalen)
        if [(s.soort, s.tekst) for s in signalen] == [(s.soort, s.tekst) for s in self.signalen]:
            return
        had_focus = any(chip.hasFocus() for chip in self.chips)
        while self._chips_layout.count():
            item = self._chips_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.chips = []
        self.groepen = []
        self.signalen = list(signalen)
        theme = load_theme()
        for voor, kop in GROEPEN:
            groep = [s for s in signalen if s.voor == voor]
            if not groep:
                continue
            label = QLabel(tr(kop))
            label.setTextFormat(Qt.TextFormat.PlainText)
            if self.groepen:
                label.setContentsMargins(theme.space_sm, 0, 0, 0)  # a gap between the groups
            label.setProperty("rol", "signaalgroep")
            label.setProperty("voor", voor)
            self._chips_layout.addWidget(label)
            self.groepen.append(label)
            for signaal in groep:
                self._chips_layout.addWidget(self._chip(signaal, tr(kop), theme))
        self._tab_volgorde()
        if had_focus and self.chips:
            self.chips[0].setFocus()

    def _tab_volgorde(self) -> None:
        """Put the chips in the Tab chain where the panel is, between the kop and the tabs.

        New chips would join the end of the window's chain (after the zaak pane). Qt ignores
        ``setTabOrder`` with a NoFocus widget such as this panel: chain from the last focusable
        widget before it.
        """
        ervoor = self.previousInFocusChain()
        while (
            ervoor is not None
            and ervoor is not self
            and ervoor.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            ervoor = ervoor.previousInFocusChain()
        keten: list[QWidget] = [*self.chips]
        if ervoor is not None and ervoor is not self and ervoor not in self.chips:
            keten.insert(0, ervoor)
        for vorige, volgende in itertools.pairwise(keten):
            QWidget.setTabOrder(vorige, volgende)

    def _chip(self, signaal: Signaal, kop: str, theme: Theme) -> QPushButton:
        chip = QPushButton(signaal.tekst)
        chip.setProperty("signaal", signaal.niveau)
        chip.setProperty("voor", signaal.voor)
        kleur = theme.error_text if signaal.niveau == "fout" else theme.warning_text
        chip.setIcon(icon(signaal.icoon, kleur))
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        # The group is said too: a screen reader reaches a chip without its heading.
        chip.setAccessibleName(f"{kop} {signaal.tekst}")
        chip.setToolTip(tr("Toon in het tabblad"))
        chip.clicked.connect(lambda _=False, tab=signaal.tab: self.naarTab.emit(tab))
        self.chips.append(chip)
        return chip
