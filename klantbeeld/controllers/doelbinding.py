"""The doelbinding the agent consults the BRP for: picked at start, changed at any time.

A BRP gateway that protocolleert demands a doelbinding per request (the purpose for which the
person's data may be viewed). With several configured, the agent picks one before the first
BRP request and may change it mid-session, when a call turns out to be about something else.
The pick goes into every following BRP request's headers and every verwerkingslog record; what
is already on screen was asked under the earlier one and stays as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from klantbeeld.services.apis.brp import Protocollering
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog


class DoelbindingController(QObject):
    """Holds the gateway's :class:`Protocollering` and keeps the verwerkingslog in step."""

    #: The agent picked a doelbinding; carries its name.
    gewijzigd = Signal(str)

    def __init__(
        self,
        protocollering: Protocollering,
        verwerkingslog: Verwerkingslog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.protocollering = protocollering
        self.verwerkingslog = verwerkingslog
        if protocollering.gekozen and verwerkingslog is not None:
            verwerkingslog.doelbinding = protocollering.gekozen

    @property
    def keuzes(self) -> list[str]:
        """The doelbindingen configured, by name, in the configured order."""
        return self.protocollering.keuzes

    @property
    def gekozen(self) -> str | None:
        """The one in use; None while the agent must still pick (the BRP answers nothing)."""
        return self.protocollering.gekozen

    @property
    def te_kiezen(self) -> bool:
        """True when there is something to pick: more than one doelbinding configured."""
        return len(self.keuzes) > 1

    def kies(self, naam: str) -> None:
        """Use ``naam`` from now on (raises ConfiguratieFout for a name not configured)."""
        self.protocollering.kies(naam)
        if self.verwerkingslog is not None:
            self.verwerkingslog.doelbinding = naam
        self.gewijzigd.emit(naam)
