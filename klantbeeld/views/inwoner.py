"""The citizen's view ("Toon aan inwoner"): the klantbeeld as the citizen sees it, over the window.

At the balie the employee turns the screen to the visitor and presses F11: the whole window
shows what the citizen sees in Open Inwoner — their aanvragen with the steps and dates, their
visible documents, their payments, their questions and our answers — in large type and high
contrast, every server text as plain text. F11 again, Esc, the button or
:data:`TIMEOUT_MS` without use return to the agent's screen; a contact that ends (or another
klant) closes it too, so no personal data stays behind.

The screen gets its :class:`~controllers.inwoner.InwonerController` in its constructor and only
shows the :class:`~services.klantbeeld.inwonerbeeld.InwonerBeeld` it delivers. What is shown
and what not is decided in :mod:`services.klantbeeld.inwonerbeeld`, never here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.inwoner import InwonerController
from klantbeeld.services.klantbeeld.datums import lange_datum
from klantbeeld.services.klantbeeld.inwonerbeeld import (
    InwonerAanvraag,
    InwonerBeeld,
    InwonerBetaling,
    InwonerVraag,
)
from klantbeeld.services.klantbeeld.tijdlijn import euro
from klantbeeld.views.beeld import BeeldModel
from klantbeeld.views.platte_tekst import platte_label
from klantbeeld.views.theme import Theme, load_theme

#: Without a key, click or scroll for this long the agent's screen returns (5 minutes).
TIMEOUT_MS = 5 * 60 * 1000
#: The window's shortcuts that keep working over the citizen's view: back, and end the contact.
DOORGELATEN = frozenset({"F11", "Ctrl+E"})
#: Type sizes of the citizen's view, in px: body, headings, the page title.
TEKST_PX = 20
KOP_PX = 26
TITEL_PX = 32


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Inwoner)."""
    return QCoreApplication.translate("Inwoner", text)


def qss(theme: Theme) -> str:
    """The view's own style: dark on white, a dark bar, large type (the theme's colours)."""
    return f"""
QFrame#inwonerScherm {{ background: {theme.surface}; }}
QFrame#inwonerScherm QLabel {{
    color: {theme.text}; background: transparent; font-size: {TEKST_PX}px;
}}
QFrame#inwonerScherm QScrollArea, QFrame#inwonerScherm QWidget#inwonerInhoud {{
    background: {theme.surface}; border: none;
}}
QFrame#inwonerBalk {{ background: {theme.heading}; }}
QFrame#inwonerBalk QLabel {{ color: {theme.surface}; font-size: {KOP_PX}px; font-weight: 700; }}
QPushButton#inwonerTerug {{
    background: {theme.surface}; color: {theme.heading}; font-size: {TEKST_PX}px;
    font-weight: 700; border: 2px solid {theme.surface}; border-radius: {theme.radius}px;
    padding: 8px 16px;
}}
QPushButton#inwonerTerug:focus {{ border: 3px solid {theme.focus}; }}
QFrame#inwonerScherm QLabel[inwoner="titel"] {{ font-size: {TITEL_PX}px; font-weight: 700; }}
QFrame#inwonerScherm QLabel[inwoner="kop"] {{
    font-size: {KOP_PX}px; font-weight: 700; color: {theme.heading};
}}
QFrame#inwonerScherm QLabel[inwoner="naam"] {{ font-size: {TEKST_PX + 2}px; font-weight: 700; }}
QFrame#inwonerScherm QLabel[inwoner="let_op"] {{ color: {theme.error_text}; font-weight: 700; }}
QFrame[inwoner="kaart"] {{
    background: {theme.surface}; border: 2px solid {theme.text}; border-radius: {theme.radius}px;
}}
"""


class InwonerScherm(QFrame):
    """The citizen's view over the whole window; shows what its controller delivers."""

    #: The view closed (F11 again, Esc, the button, the timeout, or the contact ended).
    gesloten = Signal()

    def __init__(
        self,
        controller: InwonerController,
        parent: QWidget,
        *,
        timeout_ms: int = TIMEOUT_MS,
        theme: Theme | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.setParent(self)
        self.setObjectName("inwonerScherm")
        self.setAccessibleName(tr("Wat de inwoner ziet"))
        self.setStyleSheet(qss(theme or load_theme()))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._dicht = False
        self._model: BeeldModel | None = None
        self._vorige_focus = QApplication.focusWidget()
        if self._vorige_focus is not None:
            self._vorige_focus.destroyed.connect(self._focus_weg)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        balk = QFrame()
        balk.setObjectName("inwonerBalk")
        balk_layout = QHBoxLayout(balk)
        balk_layout.setContentsMargins(32, 12, 32, 12)
        balk_layout.addWidget(platte_label(tr("Mijn gemeente")), 1)
        self.terug_knop = QPushButton(tr("Terug naar de medewerker (F11)"))
        self.terug_knop.setObjectName("inwonerTerug")
        self.terug_knop.setAccessibleName(tr("Terug naar het scherm van de medewerker"))
        self.terug_knop.setAccessibleDescription(tr("Ook met F11 of Esc"))
        self.terug_knop.clicked.connect(self.sluit)
        balk_layout.addWidget(self.terug_knop)
        layout.addWidget(balk)

        self.schuif = QScrollArea()
        self.schuif.setWidgetResizable(True)
        self.schuif.setFrameShape(QFrame.Shape.NoFrame)
        self.schuif.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.schuif.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.schuif.setAccessibleName(tr("Uw overzicht"))
        layout.addWidget(self.schuif, 1)
        self._nieuwe_inhoud([platte_label(tr("Even geduld, uw gegevens worden opgehaald…"))])

        #: Returns to the agent's screen after TIMEOUT_MS without use.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.sluit)
        esc = QShortcut(QKeySequence("Esc"), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.sluit)
        for widget in (self, self.schuif.viewport(), self.terug_knop):
            widget.installEventFilter(self)
        parent.installEventFilter(self)
        controller.klaar.connect(self.toon)
        # The agent's own shortcuts wait under this screen (F11 back and Ctrl+E stay).
        self._stil: list[QShortcut] = [
            sc
            for sc in parent.findChildren(QShortcut)
            if sc.isEnabled()
            and sc.context() == Qt.ShortcutContext.WindowShortcut
            and sc.key().toString() not in DOORGELATEN
        ]
        for sc in self._stil:
            sc.setEnabled(False)
            sc.destroyed.connect(self._sneltoets_weg)

        self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.schuif.setFocus()
        self.timer.start()

    # -- showing ---------------------------------------------------------------------------

    def toon(self, waarde: InwonerBeeld) -> None:
        """Show ``waarde`` (replacing what was shown)."""
        delen: list[QWidget] = [_label(tr("Uw overzicht"), "titel")]
        if waarde.naam:
            delen.append(_label(waarde.naam, "naam"))
        if waarde.onvolledig:
            delen.append(
                _label(
                    tr("Niet alles kon worden opgehaald. Wat hier staat is niet compleet."),
                    "let_op",
                )
            )
        delen.append(_label(tr("Mijn aanvragen"), "kop"))
        delen += [_aanvraag(a) for a in waarde.aanvragen] or [
            platte_label(tr("U heeft geen aanvragen."))
        ]
        delen.append(_label(tr("Mijn betalingen"), "kop"))
        delen += [_betaling(b) for b in waarde.betalingen] or [
            platte_label(tr("U heeft geen betalingen."))
        ]
        delen.append(_label(tr("Mijn vragen"), "kop"))
        delen += [_vraag(v) for v in waarde.vragen] or [
            platte_label(tr("U heeft ons via het contactformulier geen vragen gesteld."))
        ]
        self._nieuwe_inhoud(delen)

    def volg(self, model: BeeldModel) -> None:
        """Build the view of ``model``'s klantbeeld now and again when it has fully loaded; close
        when the contact ends or another klant opens."""
        self._model = model
        model.klaar.connect(self._laad)
        model.gewist.connect(self.sluit)
        model.gestart.connect(self.sluit)
        self._laad()

    def teksten(self) -> list[str]:
        """Every text on screen, in order (for tests and screen readers)."""
        return [label.text() for label in self.findChildren(QLabel) if label.text()] + [
            self.terug_knop.text()
        ]

    def sluit(self) -> None:
        """Back to the agent's screen: stop fetching, forget what was shown."""
        if self._dicht:
            return
        self._dicht = True
        self.timer.stop()
        self.controller.stop()
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        if self._model is not None:
            for signaal, slot in (
                (self._model.klaar, self._laad),
                (self._model.gewist, self.sluit),
                (self._model.gestart, self.sluit),
            ):
                signaal.disconnect(slot)
        for sc in self._stil:
            sc.setEnabled(True)
        self._stil = []
        self._nieuwe_inhoud([])
        self.hide()
        vorige = self._vorige_focus
        if vorige is not None and vorige.isVisible():
            vorige.setFocus()
        self.gesloten.emit()
        self.deleteLater()

    @property
    def is_dicht(self) -> bool:
        """True once closed."""
        return self._dicht

    def _focus_weg(self) -> None:
        self._vorige_focus = None

    def _sneltoets_weg(self, weg: QObject) -> None:
        self._stil = [sc for sc in self._stil if sc is not weg]

    # -- Qt --------------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab stays on this screen: between the page and the button, never the agent's fields."""
        naar = self.terug_knop if self.schuif.hasFocus() else self.schuif
        naar.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's size; any key, click or scroll restarts the timeout."""
        soort = event.type()
        ouder = self.parentWidget()
        if self._dicht:
            return False
        if watched is ouder:
            if soort == QEvent.Type.Resize and ouder is not None:
                self.setGeometry(ouder.rect())
        elif soort in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.timer.start()
        return False

    def _laad(self) -> None:
        beeld = self._model.beeld if self._model is not None else None
        if beeld is not None and not self._dicht:
            self.controller.laad(beeld)

    def _nieuwe_inhoud(self, delen: Sequence[QWidget]) -> None:
        inhoud = QWidget()
        inhoud.setObjectName("inwonerInhoud")
        layout = QVBoxLayout(inhoud)
        layout.setContentsMargins(48, 24, 48, 48)
        layout.setSpacing(16)
        for deel in delen:
            layout.addWidget(deel)
        layout.addStretch(1)
        oud = self.schuif.takeWidget()
        self.schuif.setWidget(inhoud)
        if oud is not None:
            oud.deleteLater()


def wissel_inwoner(
    venster: QWidget,
    model: BeeldModel,
    maak_controller: Callable[[], InwonerController],
    huidig: InwonerScherm | None,
) -> InwonerScherm | None:
    """F11: open the citizen's view of ``model``'s klantbeeld over ``venster``, or close it.

    Returns the open view, or None when it closed (or there is no klantbeeld to show).
    """
    if huidig is not None and not huidig.is_dicht:  # a plain attribute: safe once deleted
        huidig.sluit()
        return None
    if model.beeld is None:
        return None
    scherm = InwonerScherm(maak_controller(), venster)
    scherm.volg(model)
    return scherm


# -- the parts ------------------------------------------------------------------------------


def _label(tekst: str, rol: str = "") -> QLabel:
    label = platte_label(tekst)
    label.setWordWrap(True)
    if rol:
        label.setProperty("inwoner", rol)
    return label


def _kaart(regels: Sequence[QWidget]) -> QFrame:
    kaart = QFrame()
    kaart.setProperty("inwoner", "kaart")
    layout = QVBoxLayout(kaart)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(6)
    for regel in regels:
        layout.addWidget(regel)
    return kaart


def _datum(dag: date | None) -> str:
    return lange_datum(dag) if dag is not None else ""


def _aanvraag(a: InwonerAanvraag) -> QFrame:
    regels: list[QWidget] = [_label(a.titel, "naam")]
    over = [tr("Zaaknummer {nummer}").format(nummer=a.nummer)] if a.nummer else []
    if a.startdatum is not None:
        over.append(tr("aangevraagd op {datum}").format(datum=_datum(a.startdatum)))
    if over:
        regels.append(_label(", ".join(over)))
    regels.append(_label(tr("Status: {status}").format(status=a.status)))
    if a.afgerond_op is not None:
        regels.append(_label(tr("Afgerond op {datum}").format(datum=_datum(a.afgerond_op))))
    elif a.uiterlijk_op is not None and a.termijn_verstreken:
        regels.append(
            _label(
                tr("Dit duurt langer dan gepland (tot {datum}). Wij doen ons best.").format(
                    datum=_datum(a.uiterlijk_op)
                )
            )
        )
    elif a.uiterlijk_op is not None:
        regels.append(
            _label(tr("U hoort uiterlijk {datum} van ons.").format(datum=_datum(a.uiterlijk_op)))
        )
    if a.stappen:
        regels.append(_label(tr("Wat er is gebeurd:")))
        for stap in a.stappen:
            datum = _datum(stap.datum)
            regels.append(_label(f"✓  {datum} — {stap.tekst}" if datum else f"✓  {stap.tekst}"))
    if a.documenten:
        regels.append(_label(tr("Documenten:")))
        for doc in a.documenten:
            datum = _datum(doc.datum)
            regels.append(_label(f"•  {doc.titel} ({datum})" if datum else f"•  {doc.titel}"))
    return _kaart(regels)


def _betaling(b: InwonerBetaling) -> QFrame:
    regels: list[QWidget] = [_label(f"{b.omschrijving}: {euro(b.bedrag)}".rstrip(": "), "naam")]
    regels.append(_label(b.status, "let_op" if b.status and b.is_open else ""))
    if b.is_open and b.vervaldatum is not None:
        regels.append(_label(tr("Betalen vóór {datum}").format(datum=_datum(b.vervaldatum))))
    if not b.is_open and b.betaald_op is not None:
        regels.append(_label(tr("Betaald op {datum}").format(datum=_datum(b.betaald_op))))
    if b.kenmerk:
        regels.append(_label(tr("Betalingskenmerk {kenmerk}").format(kenmerk=b.kenmerk)))
    return _kaart(regels)


def _vraag(v: InwonerVraag) -> QFrame:
    regels: list[QWidget] = [_label(v.onderwerp, "naam")]
    if v.gesteld_op is not None:
        regels.append(_label(tr("Uw vraag van {datum}:").format(datum=_datum(v.gesteld_op))))
    if v.vraag:
        regels.append(_label(v.vraag))
    if v.antwoord:
        kop = (
            tr("Ons antwoord van {datum}:").format(datum=_datum(v.beantwoord_op))
            if v.beantwoord_op is not None
            else tr("Ons antwoord:")
        )
        regels += [_label(kop), _label(v.antwoord)]
    else:
        regels.append(_label(tr("Wij hebben uw vraag nog niet beantwoord.")))
    return _kaart(regels)
