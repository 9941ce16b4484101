"""The message bridge: every user-facing message and question goes out through here.

Controllers and widgets never build a ``QMessageBox`` or status-bar text of their own: they
hand a :class:`Melding` (info, or an error naming its source, perhaps with a way to try again)
or a :class:`Vraag` (a confirmation with its choices) to :class:`Meldingen`, and the main window
shows what the bridge emits. Tests listen to the bridge instead of hunting for message boxes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from klantbeeld.services.verbinding.errors import KlantbeeldError

#: How long an info message stays in the status bar (ms).
INFO_DUUR_MS = 3000


class Niveau(enum.Enum):
    """What kind of message."""

    INFO = "info"
    FOUT = "fout"


@dataclass(frozen=True)
class Melding:
    """A short message for the status bar."""

    tekst: str
    niveau: Niveau = Niveau.INFO
    #: The source that failed (an error only), e.g. "Open Zaak".
    bron: str | None = None
    #: Try the failed work again (an error only); the window offers it as a button.
    opnieuw: Callable[[], object] | None = None
    #: How long it stays (ms); 0: until the next message.
    duur_ms: int = INFO_DUUR_MS
    #: The button's text for ``opnieuw`` when it is not "Opnieuw proberen" (e.g. "Openen (F9)").
    knop: str = ""


class KeuzeSoort(enum.Enum):
    """What a choice does: the window gives it the matching button role."""

    BEVESTIG = "bevestig"
    ONHERROEPELIJK = "onherroepelijk"
    ANNULEER = "annuleer"


@dataclass(frozen=True)
class Keuze:
    """One answer to a question, and what it does when chosen."""

    tekst: str
    soort: KeuzeSoort
    actie: Callable[[], object] | None = None


@dataclass(frozen=True)
class Vraag:
    """A confirmation: a warning with choices, answered without blocking the loop.

    Texts are shown as plain text, never as markup (names come from registers and citizens).
    """

    titel: str
    tekst: str
    keuzes: tuple[Keuze, ...]
    #: Index in ``keuzes`` of the choice Enter picks.
    standaard: int
    #: Index in ``keuzes`` of the choice Esc picks.
    annuleer: int
    #: A second line under the text.
    toelichting: str = ""
    #: Over every window of the app (True), or over the main window only.
    over_alles: bool = False
    #: Runs once the question is closed, before the chosen choice's action.
    afgesloten: Callable[[], object] | None = None


class Meldingen(QObject):
    """The bridge between what wants to tell the agent something and the window that shows it."""

    #: A message for the status bar; carries a Melding.
    gemeld = Signal(object)
    #: A question for the agent; carries a Vraag.
    gevraagd = Signal(object)

    def info(self, tekst: str, *, duur_ms: int = INFO_DUUR_MS) -> None:
        """Tell the agent something that went well, for a moment."""
        self.gemeld.emit(Melding(tekst, duur_ms=duur_ms))

    def fout(
        self, fout: KlantbeeldError | str, *, opnieuw: Callable[[], object] | None = None
    ) -> None:
        """Tell the agent something failed, naming the source when known; it stays."""
        bron = getattr(fout, "bron", None)
        self.gemeld.emit(
            Melding(
                str(fout),
                Niveau.FOUT,
                bron=bron if isinstance(bron, str) else None,
                opnieuw=opnieuw,
                duur_ms=0,
            )
        )

    def vraag(self, vraag: Vraag) -> None:
        """Ask the agent; the chosen choice's action runs once answered."""
        self.gevraagd.emit(vraag)
