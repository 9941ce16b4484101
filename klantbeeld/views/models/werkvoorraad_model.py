"""Item model of "Te beantwoorden vragen": ontvangen, wacht, onderwerp, van, team; oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from klantbeeld.services.registraties.internetaken import is_te_laat
from klantbeeld.services.registraties.werkvoorraad import OpenVraag
from klantbeeld.views.models.basis import RijenModel
from klantbeeld.views.models.vragen_model import (
    dagen_tekst,
    eerste_regel,
    oudste_eerst,
    te_laat_kleuren,
    vandaag,
)


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Werkvoorraad)."""
    return QCoreApplication.translate("Werkvoorraad", text)


@dataclass(frozen=True)
class WerkvoorraadRij:
    """One waiting question as the queue shows it (every text plain, computed once)."""

    vraag: OpenVraag
    ontvangen: str
    dagen: int | None
    onderwerp: str
    van: str
    team: str
    te_laat: bool


def maak_rijen(vragen: Sequence[OpenVraag], op: date | None = None) -> list[WerkvoorraadRij]:
    """Rows for the questions, oldest first; over the KCC term for their kind means te laat."""
    dag = op or vandaag()
    rijen: list[WerkvoorraadRij] = []
    for vraag in vragen:
        dagen = vraag.dagen(dag)
        moment = vraag.ontvangen
        rijen.append(
            WerkvoorraadRij(
                vraag=vraag,
                ontvangen=moment.astimezone().strftime("%d-%m-%Y") if moment else "",
                dagen=dagen,
                onderwerp=eerste_regel(vraag.onderwerp) or eerste_regel(vraag.tekst),
                van=vraag.naam or tr("Inwoner"),
                team=", ".join(vraag.toegewezen_aan),
                te_laat=is_te_laat(vraag.internetaak, dagen, dag),
            )
        )
    return oudste_eerst(rijen, lambda r: r.vraag.ontvangen)


class WerkvoorraadRole(IntEnum):
    """Extra data roles of :class:`WerkvoorraadModel`."""

    RijRole = Qt.ItemDataRole.UserRole + 1  #: the WerkvoorraadRij
    VraagRole = Qt.ItemDataRole.UserRole + 2  #: the OpenVraag
    SorteerRole = Qt.ItemDataRole.UserRole + 3  #: a value to sort the column by
    TeLaatRole = Qt.ItemDataRole.UserRole + 4  #: bool


class WerkvoorraadModel(RijenModel[WerkvoorraadRij]):
    """The questions waiting for me and my teams; citizen text is plain display text only."""

    COL_ONTVANGEN = 0
    COL_WACHT = 1
    COL_ONDERWERP = 2
    COL_VAN = 3
    COL_TEAM = 4
    KOPPEN = ("Ontvangen", "Wacht", "Onderwerp", "Van", "Toegewezen aan")

    CONTEXT = "Werkvoorraad"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._te_laat_bg, self._te_laat_fg = te_laat_kleuren()

    # -- filling ----------------------------------------------------------------------------

    def verwijder(self, taak_uuid: str) -> bool:
        """Take the question of this internetaak out (answered); True when it was there."""
        for row, rij in enumerate(self._rijen):
            if rij.vraag.uuid == taak_uuid:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rijen[row]
                self.endRemoveRows()
                return True
        return False

    # -- Qt model API -----------------------------------------------------------------------

    def _data(self, rij: WerkvoorraadRij, col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.COL_ONTVANGEN:
                return rij.ontvangen
            if col == self.COL_WACHT:
                return dagen_tekst(rij.dagen) + (tr(" — te laat") if rij.te_laat else "")
            if col == self.COL_ONDERWERP:
                return rij.onderwerp
            if col == self.COL_VAN:
                return rij.van
            if col == self.COL_TEAM:
                return rij.team
            return None
        if role == WerkvoorraadRole.RijRole:
            return rij
        if role == WerkvoorraadRole.VraagRole:
            return rij.vraag
        if role == WerkvoorraadRole.TeLaatRole:
            return rij.te_laat
        if role == WerkvoorraadRole.SorteerRole:
            if col in (self.COL_ONTVANGEN, self.COL_WACHT):
                moment = rij.vraag.ontvangen
                return moment.timestamp() if moment else 0.0
            return self._data(rij, col, Qt.ItemDataRole.DisplayRole)
        # Only the age is highlighted: most of a queue may be late, and the rest must stay calm.
        if role == Qt.ItemDataRole.BackgroundRole and rij.te_laat and col == self.COL_WACHT:
            return self._te_laat_bg
        if role == Qt.ItemDataRole.ForegroundRole and rij.te_laat and col == self.COL_WACHT:
            return self._te_laat_fg
        return None
