"""The answer dialog: the citizen's question in full, the channel, the answer, the confirmation.

"Beantwoorden" writes an ANTWOORD registration to the journal (the agent waits only for that);
the bezorger then creates the answer klantcontact linked to the question and sets the
internetaak to ``verwerkt``. The dialog says what was recorded and that the citizen will see
it as answered in Mijn gemeente (Open Inwoner) once sent. Nothing is cut: a too long answer
is named with how much too long, and the agent shortens it. The dialog is not modal, so the
klantbeeld stays usable beside it; it empties and closes when the contact ends.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.services.registraties.registratie import LIMIETEN, Registratie
from klantbeeld.services.registraties.werkvoorraad import (
    OpenVraag,
    antwoord_kanaal_standaard,
    antwoord_registratie,
)
from klantbeeld.services.verbinding.errors import KlantbeeldError
from klantbeeld.views.bevestiging import (
    BevestigingPaneel,
    Vastgelegd,
    hoofdvenster,
    toon_bevestiging,
)
from klantbeeld.views.icons import kanaal_label
from klantbeeld.views.models.registratie_model import maskeer
from klantbeeld.views.models.vragen_model import dagen_tekst, vandaag
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.registreren import PersoonWaarschuwing
from klantbeeld.views.theme import load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Beantwoorden)."""
    return QCoreApplication.translate("Beantwoorden", text)


#: The channels an answer can go by: value written to Open Klant -> label on screen.
ANTWOORD_KANALEN: dict[str, str] = {
    "e-mail": "E-mail",
    "telefoon": "Telefoon",
    "post": "Post (brief)",
}

#: Open Klant's limit for the answer (``reactie``).
MAX_ANTWOORD = LIMIETEN["reactie"]


def bevestiging(kanaal: str) -> str:
    """The confirmation after "Beantwoorden"."""
    return tr(
        "Antwoord via {kanaal} vastgelegd; de inwoner ziet het als beantwoord in Mijn gemeente "
        "(Open Inwoner) zodra het verzonden is, meestal binnen een minuut."
    ).format(kanaal=kanaal)


def teller_tekst(lengte: int) -> str:
    """ "120 van 4000 tekens" or how much too long."""
    if lengte > MAX_ANTWOORD:
        over = lengte - MAX_ANTWOORD
        return tr("{n} van {max} tekens — {over} te veel; maak het korter").format(
            n=lengte, max=MAX_ANTWOORD, over=over
        )
    return tr("{n} van {max} tekens").format(n=lengte, max=MAX_ANTWOORD)


class BeantwoordDialoog(QDialog):
    """Answer one citizen's question."""

    #: The answer was recorded in the journal; carries the internetaak's uuid.
    beantwoord = Signal(str)

    def __init__(
        self,
        vraag: OpenVraag,
        sessie: Sessie,
        registraties: Registraties | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vraag = vraag
        self.sessie = sessie
        self.registraties = registraties
        self.registratie: Registratie | None = None
        #: The lasting confirmation in the main window, once answered.
        self.bevestiging_paneel: BevestigingPaneel | None = None
        theme = load_theme()
        self.setWindowTitle(tr("Vraag beantwoorden"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.space_sm)

        # -- the question (citizen-written: always plain text) -------------------------------
        self.kop = QLabel()
        self.kop.setTextFormat(Qt.TextFormat.PlainText)
        self.kop.setProperty("rol", "gedempt")
        self.kop.setWordWrap(True)
        layout.addWidget(self.kop)
        beeld = sessie.model.beeld
        zelfde = beeld is not None and vraag.bsn is not None and beeld.sleutel == vraag.bsn
        self.persoon_waarschuwing = PersoonWaarschuwing(beeld if zelfde else None)
        layout.addWidget(self.persoon_waarschuwing)
        self.onderwerp = QLabel()
        self.onderwerp.setTextFormat(Qt.TextFormat.PlainText)
        self.onderwerp.setProperty("rol", "kop")
        self.onderwerp.setWordWrap(True)
        self.onderwerp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.onderwerp.setAccessibleName(tr("Onderwerp van de vraag"))
        layout.addWidget(self.onderwerp)
        self.vraag_tekst = QPlainTextEdit()
        self.vraag_tekst.setReadOnly(True)
        self.vraag_tekst.setAccessibleName(tr("De vraag van de inwoner"))
        self.vraag_tekst.setTabChangesFocus(True)
        self.vraag_tekst.setMaximumHeight(theme.font_size * 9)
        layout.addWidget(self.vraag_tekst)

        # -- the answer ------------------------------------------------------------------------
        self.formulier = QWidget()
        form = QFormLayout(self.formulier)
        form.setContentsMargins(0, 0, 0, 0)
        self.kanaal = QComboBox()
        for waarde, label in ANTWOORD_KANALEN.items():
            self.kanaal.addItem(tr(label), waarde)
        self.kanaal.setAccessibleName(tr("Antwoord via"))
        kanaal_label_widget = QLabel(tr("Antwoord &via"))
        kanaal_label_widget.setBuddy(self.kanaal)
        form.addRow(kanaal_label_widget, self.kanaal)
        self.antwoord = QPlainTextEdit()
        self.antwoord.setTabChangesFocus(True)
        self.antwoord.setAccessibleName(tr("Antwoord aan de inwoner"))
        self.antwoord.setPlaceholderText(tr("Schrijf hier het antwoord aan de inwoner."))
        antwoord_label = QLabel(tr("&Antwoord"))
        antwoord_label.setBuddy(self.antwoord)
        form.addRow(antwoord_label, self.antwoord)
        self.teller = QLabel()
        self.teller.setProperty("rol", "klein")
        self.teller.setAccessibleName(tr("Aantal tekens van het antwoord"))
        form.addRow("", self.teller)
        layout.addWidget(self.formulier, 1)

        self.melding = QLabel()
        self.melding.setTextFormat(Qt.TextFormat.PlainText)
        self.melding.setWordWrap(True)
        self.melding.setProperty("niveau", "fout")
        self.melding.setVisible(False)
        layout.addWidget(self.melding)
        self.bevestiging = QLabel()
        self.bevestiging.setTextFormat(Qt.TextFormat.PlainText)
        self.bevestiging.setWordWrap(True)
        self.bevestiging.setProperty("niveau", "succes")
        self.bevestiging.setAccessibleName(tr("Bevestiging"))
        self.bevestiging.setVisible(False)
        layout.addWidget(self.bevestiging)

        knoppen = QHBoxLayout()
        knoppen.addStretch(1)
        self.annuleer_knop = QPushButton(tr("Annuleren"))
        self.annuleer_knop.setProperty("variant", "secondary")
        self.annuleer_knop.setAccessibleName(tr("Annuleren"))
        self.annuleer_knop.setAutoDefault(False)
        self.annuleer_knop.clicked.connect(self.reject)
        knoppen.addWidget(self.annuleer_knop)
        self.beantwoord_knop = QPushButton(tr("Beantwoorden"))
        self.beantwoord_knop.setProperty("variant", "primary")
        self.beantwoord_knop.setToolTip(tr("Leg het antwoord vast (Ctrl+Enter)"))
        self.beantwoord_knop.setAccessibleName(tr("Beantwoorden"))
        self.beantwoord_knop.setAutoDefault(False)
        self.beantwoord_knop.clicked.connect(self.beantwoorden)
        knoppen.addWidget(self.beantwoord_knop)
        self.sluit_knop = QPushButton(tr("Sluiten"))
        self.sluit_knop.setProperty("variant", "primary")
        self.sluit_knop.setAccessibleName(tr("Sluiten"))
        self.sluit_knop.clicked.connect(self.accept)
        self.sluit_knop.setVisible(False)
        knoppen.addWidget(self.sluit_knop)
        layout.addLayout(knoppen)
        for toets in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(toets), self)
            sc.activated.connect(self.beantwoorden)

        self.setTabOrder(self.vraag_tekst, self.kanaal)
        self.setTabOrder(self.kanaal, self.antwoord)
        self.setTabOrder(self.antwoord, self.beantwoord_knop)
        self.setTabOrder(self.beantwoord_knop, self.annuleer_knop)

        self.antwoord.textChanged.connect(self._tel)
        sessie.model.gewist.connect(self.wis)
        self._vul()
        self.resize(theme.font_size * 46, theme.font_size * 40)

    # -- public -----------------------------------------------------------------------------

    @classmethod
    def toon(
        cls,
        parent: QWidget | None,
        sessie: Sessie,
        registraties: Registraties | None,
        vraag: OpenVraag,
    ) -> BeantwoordDialoog | None:
        """Open it for ``vraag`` (non-blocking) and put the cursor in the answer.

        The session records it in the verwerkingslog first; when it cannot: None (nothing
        shown; the message bridge says why).
        """
        if not sessie.beantwoord_vraag(vraag):
            return None
        dialoog = cls(vraag, sessie, registraties, parent)
        dialoog.show()
        dialoog.raise_()
        dialoog.activateWindow()
        dialoog.antwoord.setFocus()
        return dialoog

    def gekozen_kanaal(self) -> str:
        """The channel value written to Open Klant (``e-mail``, ``telefoon``, ``post``)."""
        return str(self.kanaal.currentData() or next(iter(ANTWOORD_KANALEN)))

    def beantwoorden(self) -> None:
        """Check, write to the journal, confirm; the question leaves the queue at once."""
        if self.registratie is not None or self.beantwoord_knop.isHidden():
            return
        tekst = self.antwoord.toPlainText()
        if not tekst.strip():
            self._meld(tr("Schrijf eerst het antwoord."))
            self.antwoord.setFocus()
            return
        if self.registraties is None:
            self._meld(tr("Vastleggen kan nu niet: registreren is niet ingesteld."))
            return
        try:
            reg = antwoord_registratie(
                self.vraag,
                kanaal=self.gekozen_kanaal(),
                antwoord=tekst,
                medewerker=self.registraties.medewerker,
            )
        except ValueError:
            self._meld(tr("Deze vraag is niet te beantwoorden: het klantcontact ontbreekt."))
            return
        problemen = reg.controleer()
        if problemen:
            self._meld("\n".join(problemen))
            self.antwoord.setFocus()
            return
        try:
            self.registraties.registreer(reg)
        except KlantbeeldError as e:
            self._meld(tr("Niet vastgelegd: {reden}").format(reden=str(e)))
            return
        self.registratie = reg
        self.sessie.toon_lokaal(reg)
        via = kanaal_label(reg.kanaal).lower()
        self._bevestig(via)
        venster = hoofdvenster(self)
        if venster is not None:
            self.bevestiging_paneel = toon_bevestiging(
                venster,
                self.registraties,
                self.sessie,
                Vastgelegd(reg, voor=self._voor(), antwoord_via=via),
            )
        self.beantwoord.emit(self.vraag.uuid)

    def wis(self) -> None:
        """Forget every personal value and close (the contact ended)."""
        for label in (self.kop, self.onderwerp, self.melding, self.bevestiging):
            label.clear()
        self.vraag_tekst.clear()
        self.antwoord.blockSignals(True)
        self.antwoord.clear()
        self.antwoord.blockSignals(False)
        self.close()

    # -- inside -----------------------------------------------------------------------------

    def _vul(self) -> None:
        v = self.vraag
        delen = [tr("Vraag van {naam}").format(naam=v.naam or tr("een inwoner"))]
        if v.ontvangen is not None:
            delen.append(
                tr("ontvangen {datum}").format(datum=v.ontvangen.astimezone().strftime("%d-%m-%Y"))
            )
            delen.append(tr("wacht {dagen}").format(dagen=dagen_tekst(v.dagen(vandaag()))))
        if v.kanaal:
            delen.append(tr("via {kanaal}").format(kanaal=kanaal_label(v.kanaal)))
        self.kop.setText(" · ".join(delen))
        self.onderwerp.setText(v.onderwerp)
        self.vraag_tekst.setPlainText(v.tekst)
        standaard = antwoord_kanaal_standaard(v, list(ANTWOORD_KANALEN))
        self.kanaal.setCurrentIndex(max(0, self.kanaal.findData(standaard)))
        beschikbaar = self.registraties is not None and v.klantcontact is not None
        self.beantwoord_knop.setEnabled(beschikbaar)
        if self.registraties is None:
            self._meld(tr("Vastleggen kan nu niet: registreren is niet ingesteld."))
        elif v.klantcontact is None:
            self._meld(tr("Deze vraag is niet te beantwoorden: het klantcontact ontbreekt."))
        self._tel()

    def _voor(self) -> str:
        """For whom, as the confirmation names it: the name and the masked number."""
        v = self.vraag
        nummer = maskeer(v.bsn or v.kvk_nummer or "") if (v.bsn or v.kvk_nummer) else ""
        delen = [d for d in (v.naam, nummer) if d]
        return " · ".join(delen) or tr("een inwoner")

    def _tel(self) -> None:
        lengte = len(self.antwoord.toPlainText())
        self.teller.setText(teller_tekst(lengte))
        self.teller.setProperty("niveau", "fout" if lengte > MAX_ANTWOORD else None)
        self.teller.style().unpolish(self.teller)
        self.teller.style().polish(self.teller)
        if self.melding.isVisible() and self.registratie is None:
            self.melding.setVisible(False)

    def _meld(self, tekst: str) -> None:
        self.melding.setText(tekst)
        self.melding.setVisible(True)

    def _bevestig(self, kanaal: str) -> None:
        self.melding.setVisible(False)
        self.formulier.setEnabled(False)
        self.antwoord.setReadOnly(True)
        self.bevestiging.setText(bevestiging(kanaal))
        self.bevestiging.setVisible(True)
        self.beantwoord_knop.setVisible(False)
        self.annuleer_knop.setVisible(False)
        self.sluit_knop.setVisible(True)
        self.sluit_knop.setDefault(True)
        self.sluit_knop.setFocus()
