"""The Inzage controller: for one BSN, who looked at the person's data, when and why.

For a team lead or privacy officer (AVG art. 15: telling a citizen who processed their data).
The BSN is checked (elfproef) before anything is asked; the look-up is itself a processing of
that person's data, so it is recorded first (fail closed: no record, no list) and the request
to the logboek carries its ``traceparent``. The logboek is read through a
:class:`~klantbeeld.services.verwerkingslog.lezer.LogboekLezer` (the oefenomgeving's, or a real
logboek's export); the BSN itself never leaves the workstation, only its pseudonym.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from klantbeeld.controllers.taken import Taken
from klantbeeld.services.klantbeeld.invoer import valideer_bsn
from klantbeeld.services.verbinding.errors import KlantbeeldError, OngeldigeInvoer
from klantbeeld.services.verwerkingslog.journaal import VerwerkingNietVastgelegd
from klantbeeld.services.verwerkingslog.lezer import Inzageregel, LogboekLezer
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog, met_verwerking
from klantbeeld.services.verwerkingslog.verwerking import Betrokkene
from klantbeeld.views.models.inzage_model import InzageModel

TAAK = "inzage"


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Inzage)."""
    return QCoreApplication.translate("Inzage", text)


class InzageController(QObject):
    """Owns the look-up of one person's verwerkingen and the table model that lists them."""

    #: What to say about the list; carries (plain Dutch text, is an error). "" says nothing.
    statusGewijzigd = Signal(str, bool)
    #: A look-up started (True) or ended (False).
    bezigGewijzigd = Signal(bool)

    def __init__(
        self,
        lezer: LogboekLezer | None,
        verwerkingslog: Verwerkingslog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lezer = lezer
        self._log = verwerkingslog
        self.model = InzageModel(self)
        self.taken = Taken(self)
        self.taken.bezigGewijzigd.connect(lambda _s, bezig: self.bezigGewijzigd.emit(bezig))
        self.taken.fout.connect(self._fout)

    def zoek(self, tekst: str) -> None:
        """Look up the verwerkingen of the BSN in ``tekst`` (the previous look-up is dropped)."""
        self.taken.annuleer(TAAK)
        self.model.set_rows([])
        try:
            betrokkene = Betrokkene.bsn(valideer_bsn(tekst))
        except OngeldigeInvoer as e:
            self.statusGewijzigd.emit(e.melding, True)
            return
        if self._lezer is None:
            self.statusGewijzigd.emit(tr("Er is geen logboek ingesteld om in te zien."), True)
            return
        lezer = self._lezer
        self.statusGewijzigd.emit(tr("Verwerkingen opzoeken…"), False)
        self.taken.start(
            TAAK,
            met_verwerking(
                lambda: self._log.inzage(betrokkene), lambda: lezer.verwerkingen(betrokkene)
            ),
            self._klaar,
        )

    def wis(self) -> None:
        """Forget what was shown (the view closes)."""
        self.taken.annuleer(TAAK)
        self.model.set_rows([])
        self.statusGewijzigd.emit("", False)

    def _klaar(self, regels: Sequence[Inzageregel]) -> None:
        self.model.set_rows(regels)
        if not regels:
            self.statusGewijzigd.emit(tr("Het logboek heeft geen verwerkingen van dit BSN."), False)
        elif len(regels) == 1:
            self.statusGewijzigd.emit(tr("1 verwerking."), False)
        else:
            self.statusGewijzigd.emit(tr("{n} verwerkingen.").format(n=len(regels)), False)

    def _fout(self, _sleutel: str, fout: KlantbeeldError) -> None:
        if isinstance(fout, VerwerkingNietVastgelegd):
            self.statusGewijzigd.emit(fout.melding, True)
            return
        self.statusGewijzigd.emit(
            tr("Het logboek is niet te lezen — {reden}").format(reden=str(fout)), True
        )
