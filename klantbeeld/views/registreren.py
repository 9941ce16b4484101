"""Contact registreren (placeholder until its module lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from klantbeeld.services.settings import Instellingen
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.sessie import Sessie


class RegistratieDialoog:
    """The dialog that records a contact."""

    @classmethod
    def toon(
        cls,
        parent: QWidget,
        registraties: Registraties,
        sessie: Sessie,
        instellingen: Instellingen,
        *,
        contactverzoek: bool = False,
    ) -> None:
        """Open it (non-blocking)."""


class GeweigerdDialoog:
    """The refused registrations, to correct and resend."""

    @classmethod
    def toon(
        cls, parent: QWidget, registraties: Registraties, sessie: Sessie, instellingen: Instellingen
    ) -> None:
        """Open it (non-blocking)."""
