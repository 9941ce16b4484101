"""One session's klantbeeld on screen: the head, the signals, the tabs and the zaak pane.

The main window holds one :class:`SessieBlad` per session (one caller, chat or visitor) and
shows the current one; each is built on its own session controller and model, so switching
sessions never reloads or mixes anything.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.services.klantbeeld.waarden import Onderdeel
from klantbeeld.views.models.beeld import DeelStatus
from klantbeeld.views.panels.betalingen import BetalingenPaneel
from klantbeeld.views.panels.kop import KopPaneel
from klantbeeld.views.panels.signalen import SignalenPaneel
from klantbeeld.views.panels.tijdlijn import TijdlijnPaneel
from klantbeeld.views.panels.vragen import VragenPaneel
from klantbeeld.views.panels.zaakdetail import ZaakDetailPaneel
from klantbeeld.views.panels.zaken import ZakenPaneel


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Hoofdvenster)."""
    return QCoreApplication.translate("Hoofdvenster", text)


#: The tabs: (title, the part whose count the title shows).
TABS: tuple[tuple[str, Onderdeel], ...] = (
    ("Zaken", Onderdeel.ZAKEN),
    ("Tijdlijn", Onderdeel.KLANTCONTACTEN),
    ("Betalingen", Onderdeel.BETALINGEN),
    ("Vragen en verzoeken", Onderdeel.INTERNETAKEN),
)


class SessieBlad(QWidget):
    """The klantbeeld panels of one session."""

    def __init__(self, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessie = sessie
        self.model = model = sessie.model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.kop = KopPaneel(model, sessie)
        self.signalen = SignalenPaneel(model, sessie)
        layout.addWidget(self.kop)
        layout.addWidget(self.signalen)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleDescription(tr("Onderdelen van het klantbeeld"))
        self.tabs.setDocumentMode(True)
        self.zaken = ZakenPaneel(model, sessie)
        self.tijdlijn = TijdlijnPaneel(model, sessie)
        self.betalingen = BetalingenPaneel(model, sessie)
        self.vragen = VragenPaneel(model, sessie, controller=sessie.vragen())
        for (titel, _), paneel in zip(
            TABS, (self.zaken, self.tijdlijn, self.betalingen, self.vragen), strict=True
        ):
            self.tabs.addTab(paneel, tr(titel))
        self.zaakdetail = ZaakDetailPaneel(model, sessie, controller=sessie.zaakdetail())
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.zaakdetail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self.signalen.naarTab.connect(self.tabs.setCurrentIndex)
        model.deelGewijzigd.connect(self.tab_titels)
        model.gestart.connect(self.tab_titels)
        model.gewist.connect(self.tab_titels)
        # The detail pane takes room only while a zaak is open; the lists get it otherwise.
        model.zaakGekozen.connect(self._zaak_gekozen)
        self.zaakdetail.setVisible(False)
        self.tijdlijn.tijdlijn_model.modelReset.connect(self.tab_titels)
        self.tab_titels()

    def _zaak_gekozen(self, zaak: object) -> None:
        self.zaakdetail.setVisible(zaak is not None)

    def sluit_zaak(self) -> None:
        """Close the zaak pane (Esc) and go back to the list it was opened from."""
        if self.model.gekozen_zaak is None:
            return
        self.sessie.kies_zaak(None)
        self.naar_tab(self.tabs.currentIndex())

    def naar_tab(self, index: int) -> None:
        """Show tab ``index`` and put the focus in it: on its list, else its first control."""
        self.tabs.setCurrentIndex(index)
        paneel = self.tabs.widget(index)
        if paneel is None:
            return
        lijsten = [
            v
            for v in paneel.findChildren(QAbstractItemView)
            if not isinstance(v, QHeaderView) and v.isVisibleTo(paneel) and v.isEnabled()
        ]
        doel: QWidget | None = lijsten[0] if lijsten else None
        if doel is None:
            doel = next(
                (
                    w
                    for w in paneel.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and w.isVisibleTo(paneel)
                    and w.isEnabled()
                ),
                self.tabs.tabBar(),
            )
        doel.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tab_titels(self, *_: object) -> None:
        """Each tab's title with its count, or (!) for a part that failed."""
        beeld = self.model.beeld
        for index, (titel, onderdeel) in enumerate(TABS):
            tekst = tr(titel)
            status = self.model.status(onderdeel)
            if beeld is not None and status in (DeelStatus.KLAAR, DeelStatus.VOORLOPIG):
                aantal = {
                    Onderdeel.ZAKEN: len(beeld.zaken),
                    Onderdeel.KLANTCONTACTEN: len(beeld.klantcontacten),
                    Onderdeel.BETALINGEN: len(beeld.betalingen),
                    Onderdeel.INTERNETAKEN: len(beeld.internetaken),
                }[onderdeel]
                if onderdeel is Onderdeel.KLANTCONTACTEN:  # the timeline holds more than contacts
                    aantal = self.tijdlijn.tijdlijn_model.rowCount()
                tekst = f"{tekst} ({aantal})"
            elif status is DeelStatus.FOUT:
                tekst = f"{tekst} (!)"
            self.tabs.setTabText(index, tekst)
