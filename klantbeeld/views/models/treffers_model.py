"""The hits of one search, as a list model for the pick list under the search field."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from klantbeeld.services.klantbeeld.zoeken import Treffer, TrefferSoort
from klantbeeld.views.models.basis import RijenLijst
from klantbeeld.views.platte_tekst import tooltip

#: The one column: titel over omschrijving.
COL_TREFFER = 0


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Treffers)."""
    return QCoreApplication.translate("Treffers", text)


class TrefferRol(IntEnum):
    """Custom data roles of :class:`TreffersModel`."""

    TREFFER = Qt.ItemDataRole.UserRole + 1  #: the Treffer itself
    TITEL = Qt.ItemDataRole.UserRole + 2  #: name of the person or company (plain text)
    OMSCHRIJVING = Qt.ItemDataRole.UserRole + 3  #: second line (plain text)
    SOORT = Qt.ItemDataRole.UserRole + 4  #: "Persoon" or "Bedrijf", as the agent reads it


_SOORT_LABEL = {TrefferSoort.PERSOON: "Persoon", TrefferSoort.BEDRIJF: "Bedrijf"}


class TreffersModel(RijenLijst[Treffer]):
    """Rows of :class:`~services.klantbeeld.zoeken.Treffer` in one column; plain text only."""

    KOPPEN = ("Treffer",)
    CONTEXT = "Treffers"

    def wis(self) -> None:
        """Forget every hit (they hold names and addresses)."""
        self.set_rows([])

    def treffer(self, row: int) -> Treffer | None:
        """The hit in ``row``, or None outside the list."""
        return self.rij(row)

    def _data(self, rij: Treffer, col: int, role: int) -> Any:
        """The hit's text per role; None for anything unknown."""
        t = rij
        soort = tr(_SOORT_LABEL.get(t.soort, "Persoon"))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{t.titel}\n{t.omschrijving}" if t.omschrijving else t.titel
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(", ".join(x for x in (t.titel, soort, t.omschrijving) if x))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(x for x in (t.titel, soort, t.omschrijving) if x)
        if role == TrefferRol.TREFFER:
            return t
        if role == TrefferRol.TITEL:
            return t.titel
        if role == TrefferRol.OMSCHRIJVING:
            return t.omschrijving
        if role == TrefferRol.SOORT:
            return soort
        return None
