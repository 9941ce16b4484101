"""The hits of one search, as a list model for the pick list under the search field."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from klantbeeld.services.zoeken import Treffer, TrefferSoort
from klantbeeld.views.platte_tekst import tooltip

Index = QModelIndex | QPersistentModelIndex

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


class TreffersModel(QAbstractListModel):
    """Rows of :class:`~klantbeeld.services.zoeken.Treffer`; plain text only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Treffer] = []

    def set_rows(self, treffers: list[Treffer]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(treffers)
        self.endResetModel()

    def wis(self) -> None:
        """Forget every hit (they hold names and addresses)."""
        self.set_rows([])

    def treffer(self, row: int) -> Treffer | None:
        """The hit in ``row``, or None outside the list."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of hits (a list: no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The hit's text per role; None for anything unknown (never raises)."""
        if not index.isValid() or index.column() != COL_TREFFER:
            return None
        t = self.treffer(index.row())
        if t is None:
            return None
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Hits are selectable and enabled."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
