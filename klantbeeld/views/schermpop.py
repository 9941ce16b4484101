"""Where a screen-pop lands in the running app, without taking the keyboard from a dialog.

A checked :class:`Schermpop` is opened at once, unless the agent is busy in a dialog or
another window of the app (typing a registration, answering a question): then it waits, the
message bridge says what came in, and one key (F9) or the button beside the message opens it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from klantbeeld.controllers.meldingen import Melding, Meldingen
from klantbeeld.services.klantbeeld.schermpop import Schermpop
from klantbeeld.views.sneltoetsen import maak_sneltoetsen


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Schermpop)."""
    return QCoreApplication.translate("Schermpop", text)


class SchermpopAfhandeling(QObject):
    """Opens screen-pops in the window, or holds one while the agent works in a dialog."""

    #: A request was opened (at once or accepted later); carries the Schermpop.
    geopend = Signal(object)
    #: A request waits for the agent (a dialog was open); carries the Schermpop.
    wacht = Signal(object)

    def __init__(
        self,
        venster: QWidget,
        open_verzoek: Callable[[Schermpop], object],
        meldingen: Meldingen,
    ) -> None:
        super().__init__(venster)
        self.venster = venster
        self._open_verzoek = open_verzoek
        self.meldingen = meldingen
        #: The request waiting for the agent's key (the latest call wins).
        self.wachtend: Schermpop | None = None
        #: Every request opened, in order (for the status a test asks for).
        self.geschiedenis: list[Schermpop] = []
        self._sneltoetsen: list[QShortcut] = maak_sneltoetsen(
            venster, {"schermpop": self.accepteer}
        )

    def agent_bezig(self) -> bool:
        """True while a dialog, menu or another window of the app has the agent's attention,
        or the window is hidden (the workstation is locked)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return False
        if not self.venster.isVisible():
            return True
        if app.activeModalWidget() is not None or app.activePopupWidget() is not None:
            return True
        actief = app.activeWindow()
        return actief is not None and actief is not self.venster.window()

    def ontvang(self, verzoek: Schermpop) -> None:
        """Open ``verzoek`` now, or (the agent busy in a dialog) announce it and wait."""
        if not self.agent_bezig():
            self._open(verzoek)
            return
        self.wachtend = verzoek
        self.wacht.emit(verzoek)
        self.meldingen.gemeld.emit(
            Melding(
                tr("{wat} — druk op F9 om te openen.").format(wat=verzoek.omschrijving),
                opnieuw=self.accepteer,
                knop=tr("Openen (F9)"),
                duur_ms=0,
            )
        )

    def accepteer(self) -> None:
        """Open the waiting request (F9, or the button beside the message)."""
        verzoek, self.wachtend = self.wachtend, None
        if verzoek is not None:
            self._open(verzoek)

    def _open(self, verzoek: Schermpop) -> None:
        self.geschiedenis.append(verzoek)
        if self.venster.isMinimized():
            self.venster.showNormal()
        QApplication.alert(self.venster)  # the taskbar asks for attention; focus stays put
        self._open_verzoek(verzoek)
        self.geopend.emit(verzoek)

    def status(self) -> dict[str, Any]:
        """What was opened and what waits (tests only: it holds what the agent sees)."""
        return {
            "geopend": [v.uri() for v in self.geschiedenis],
            "wachtend": self.wachtend.uri() if self.wachtend else None,
        }
