"""Te beantwoorden vragen (placeholder until its module lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from klantbeeld.services.settings import Instellingen
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.sessie import Sessie


class WerkvoorraadDialoog:
    """The queue of citizens' questions for me and my teams."""

    @classmethod
    def toon(
        cls,
        parent: QWidget,
        sessie: Sessie,
        registraties: Registraties | None,
        instellingen: Instellingen,
    ) -> None:
        """Open it (non-blocking)."""
