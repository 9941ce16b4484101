"""The confirmation that lasts: what was recorded, for whom, and whether it has been sent.

After a contact, a contactverzoek or an answer is saved, :func:`toon_bevestiging` shows a panel
at the bottom of the main window (a dock) that stays until the agent closes it (Esc on it, or
its button) or the next contact starts. It says what was recorded, for whom, which zaak, the
contactverzoek's team and deadline, and the sentence the agent can say to the citizen; it turns
to "verzonden" when the journal reports the delivery, or says plainly that it waits or was
refused.

The referentienummer is shown only once delivered: a number can still move to a later round
when another object holds it (``services.referentie``), and a number told to a citizen must
be the one Open Klant has. While waiting the panel says it follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.registraties import Registraties
from klantbeeld.services.registraties.internetaken import datum_tijd_tekst, terugbel_zin
from klantbeeld.services.registraties.journaal import Item, Status
from klantbeeld.services.registraties.registratie import Registratie, Soort
from klantbeeld.views.sessie import Sessie


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Bevestiging)."""
    return QCoreApplication.translate("Bevestiging", text)


class Bezorging(StrEnum):
    """Where the saved registration stands."""

    WACHT = "wacht"
    VERZONDEN = "verzonden"
    GEWEIGERD = "geweigerd"


@dataclass(frozen=True)
class Vastgelegd:
    """What the agent saved, in the words of the screen (every text plain)."""

    registratie: Registratie
    #: Who it is for: name and masked number, as the dialog's header showed it.
    voor: str
    #: The linked zaken, as labels (``ZAAK-2026-0000000001 — Omgevingsvergunning``).
    zaken: tuple[str, ...] = ()
    #: The team or medewerker who calls back (contactverzoek).
    team: str = ""
    #: The channel of an answer, in words (``e-mail``).
    antwoord_via: str = ""


def titel(v: Vastgelegd) -> str:
    """``Contactverzoek vastgelegd`` and the like."""
    return {
        Soort.CONTACTVERZOEK: tr("Contactverzoek vastgelegd"),
        Soort.ANTWOORD: tr("Antwoord vastgelegd"),
        Soort.CONTACT: tr("Contact vastgelegd"),
    }[v.registratie.soort]


def status_tekst(v: Vastgelegd, status: Bezorging, referentienummer: str | None) -> str:
    """The delivery status in plain words (with the referentienummer once delivered)."""
    if status is Bezorging.VERZONDEN:
        tekst = tr("Verzonden naar Open Klant.")
        if referentienummer:
            tekst += " " + tr("Referentienummer voor de inwoner: {nummer}").format(
                nummer=referentienummer
            )
        return tekst
    if status is Bezorging.GEWEIGERD:
        return tr(
            "Niet verzonden: de server weigerde het. Open 'Geweigerd' in de statusbalk, "
            "corrigeer en verstuur opnieuw; uw tekst is bewaard."
        )
    return tr(
        "Wacht op verzending. Het is veilig bewaard en gaat vanzelf naar Open Klant; het "
        "referentienummer volgt zodra het verzonden is."
    )


def regels(v: Vastgelegd, status: Bezorging) -> list[str]:
    """The lines under the title: for whom, what, which zaak, team and deadline, what to say."""
    reg = v.registratie
    uit = [tr("Voor: {wie}").format(wie=v.voor)]
    onderwerpen = "; ".join(vraag.onderwerp.strip() for vraag in reg.vragen)
    uit.append(tr("Onderwerp: {onderwerp}").format(onderwerp=onderwerpen))
    if reg.soort is not Soort.ANTWOORD:
        zaken = ", ".join(v.zaken) if v.zaken else tr("geen zaak gekoppeld")
        uit.append(tr("Zaak: {zaken}").format(zaken=zaken))
    cv = reg.contactverzoek
    if cv is not None:
        delen = [v.team or tr("onbekend team")]
        if cv.deadline is not None:
            delen.append(tr("uiterlijk {wanneer}").format(wanneer=datum_tijd_tekst(cv.deadline)))
        if cv.terugbeladres is not None:
            delen.append(tr("op {adres}").format(adres=cv.terugbeladres.adres))
        uit.append(tr("Contact opnemen: {wat}").format(wat=" · ".join(delen)))
        via = cv.terugbeladres.soort if cv.terugbeladres is not None else "telefoonnummer"
        uit.append(tr("Zeg tegen de inwoner: “{zin}.”").format(zin=terugbel_zin(cv.deadline, via)))
    if reg.soort is Soort.ANTWOORD:
        uit.append(tr("Antwoord via: {kanaal}").format(kanaal=v.antwoord_via or reg.kanaal))
        uit.append(
            tr(
                "De inwoner ziet het antwoord in Mijn gemeente zodra het verzonden is, "
                "meestal binnen een minuut."
            )
            if status is not Bezorging.VERZONDEN
            else tr("De inwoner ziet het antwoord nu in Mijn gemeente.")
        )
    return uit


def bezorging_van(item: Item | None) -> Bezorging:
    """The item's status in the journal as :class:`Bezorging` (unknown: still waiting)."""
    if item is not None and item.status is Status.BEZORGD:
        return Bezorging.VERZONDEN
    if item is not None and item.status is Status.GEWEIGERD:
        return Bezorging.GEWEIGERD
    return Bezorging.WACHT


def bezorgd_nummer(reg: Registratie, item: Item | None) -> str | None:
    """The referentienummer actually delivered (its round from the journal), else None."""
    if item is None or item.status is not Status.BEZORGD:
        return None
    return reg.referentienummer(0, int(item.voortgang.get("ronde0", 0)))


class BevestigingPaneel(QFrame):
    """The lasting confirmation of one saved registration; follows its delivery."""

    def __init__(
        self, vastgelegd: Vastgelegd, registraties: Registraties, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vastgelegd = vastgelegd
        self.registraties = registraties
        self.status = Bezorging.WACHT
        self.referentienummer: str | None = None
        self.setObjectName("bevestiging")
        self.setProperty("niveau", "succes")
        self.setAccessibleName(tr("Bevestiging"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        kop = QHBoxLayout()
        self.titel = QLabel(titel(vastgelegd))
        self.titel.setProperty("rol", "kop")
        self.titel.setTextFormat(Qt.TextFormat.PlainText)
        kop.addWidget(self.titel, 1)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(False)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(tr("Verzendstatus"))
        self.sluit_knop = QPushButton(tr("Gezien"))
        self.sluit_knop.setProperty("variant", "secondary")
        self.sluit_knop.setAccessibleName(tr("Bevestiging sluiten"))
        self.sluit_knop.setToolTip(tr("Sluit deze bevestiging (Esc)"))
        kop.addWidget(self.sluit_knop, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(kop)
        layout.addWidget(self.status_label)
        self.inhoud = QLabel()
        self.inhoud.setTextFormat(Qt.TextFormat.PlainText)
        self.inhoud.setWordWrap(False)  # short lines: a wrapped label asks for too much height
        self.inhoud.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inhoud.setAccessibleName(tr("Wat is vastgelegd"))
        layout.addWidget(self.inhoud)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        registraties.bezorgd.connect(self._bezorgd)
        registraties.geweigerdGewijzigd.connect(self._ververs)
        registraties.wachtendGewijzigd.connect(self._ververs)
        self._ververs()

    def tekst(self) -> str:
        """Everything the panel says, as plain text (for tests and screen readers)."""
        return "\n".join((self.titel.text(), self.inhoud.text(), self.status_label.text()))

    def _bezorgd(self, reg: object) -> None:
        if isinstance(reg, Registratie) and reg.id == self.vastgelegd.registratie.id:
            self._ververs()

    def _ververs(self, *_: object) -> None:
        # Connected to the journal's signals as a method of the panel: Qt drops the connection
        # when the panel is deleted, so no call reaches a panel that is gone.
        reg = self.vastgelegd.registratie
        item = self.registraties.journaal.item(reg.id)
        self.status = bezorging_van(item)
        self.referentienummer = bezorgd_nummer(reg, item)
        self.inhoud.setText("\n".join(regels(self.vastgelegd, self.status)))
        self.status_label.setText(status_tekst(self.vastgelegd, self.status, self.referentienummer))
        niveau = {
            Bezorging.VERZONDEN: "succes",
            Bezorging.WACHT: "info",
            Bezorging.GEWEIGERD: "fout",
        }[self.status]
        if self.property("niveau") != niveau:
            self.setProperty("niveau", niveau)
            self.style().unpolish(self)
            self.style().polish(self)


class BevestigingDock(QDockWidget):
    """The dock holding the latest confirmation; one per main window."""

    def __init__(self, venster: QMainWindow, sessie: Sessie) -> None:
        super().__init__(tr("Bevestiging"), venster)
        self.setObjectName("bevestigingDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        self.paneel: BevestigingPaneel | None = None
        venster.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        # The next contact (or the end of this one) takes the confirmation away.
        sessie.model.gestart.connect(self.sluit)
        sessie.model.gewist.connect(self.sluit)
        esc = QShortcut(QKeySequence("Esc"), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.sluit)

    @classmethod
    def voor(cls, venster: QMainWindow, sessie: Sessie) -> BevestigingDock:
        """The window's dock (made on first use)."""
        dock = venster.findChild(BevestigingDock, "bevestigingDock")
        return dock if dock is not None else cls(venster, sessie)

    def toon(self, paneel: BevestigingPaneel) -> None:
        """Show ``paneel`` in place of the previous confirmation."""
        if self.paneel is not None:
            self.paneel.deleteLater()
        self.paneel = paneel
        paneel.sluit_knop.clicked.connect(self.sluit)
        self.setWidget(paneel)
        self.show()

    def sluit(self, *_: object) -> None:
        """Close and forget the confirmation (it names the citizen)."""
        if self.paneel is not None:
            self.paneel.deleteLater()
            self.paneel = None
        self.setWidget(QWidget())
        self.hide()


def hoofdvenster(widget: QWidget) -> QMainWindow | None:
    """The main window above ``widget``, if any."""
    huidig: QObject | None = widget
    while huidig is not None:
        if isinstance(huidig, QMainWindow):
            return huidig
        huidig = huidig.parent()
    return None


def toon_bevestiging(
    venster: QMainWindow, registraties: Registraties, sessie: Sessie, vastgelegd: Vastgelegd
) -> BevestigingPaneel:
    """Show the lasting confirmation of ``vastgelegd`` at the bottom of ``venster``."""
    dock = BevestigingDock.voor(venster, sessie)
    paneel = BevestigingPaneel(vastgelegd, registraties, dock)
    dock.toon(paneel)
    return paneel
