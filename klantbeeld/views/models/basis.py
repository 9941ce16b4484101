"""The common part of the flat table models: rows, counts, column titles, data() never raising."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from klantbeeld.views.platte_tekst import tooltip

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex


class RijenModel(QAbstractTableModel, Generic[R]):
    """A flat table of rows of type ``R``; subclasses give ``KOPPEN`` and ``_data``."""

    #: Column titles, translated in :attr:`CONTEXT`.
    KOPPEN: tuple[str, ...] = ()
    #: Qt translation context of the titles.
    CONTEXT = "Klantbeeld"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rijen: list[R] = []

    def set_rows(self, rijen: Sequence[R]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rijen = list(rijen)
        self.endResetModel()

    def rij(self, row: int) -> R | None:
        """The row at ``row``, or None."""
        return self._rijen[row] if 0 <= row < len(self._rijen) else None

    def rijen(self) -> list[R]:
        """Every row (a copy)."""
        return list(self._rijen)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (0 under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rijen)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.KOPPEN)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.KOPPEN)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.KOPPEN[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's data; never raises."""
        if not index.isValid():
            return None
        rij = self.rij(index.row())
        if rij is None:
            return None
        try:
            waarde = self._data(rij, index.column(), role)
            if waarde is None and role == Qt.ItemDataRole.ToolTipRole:
                # A cell cut off in its column still gives its whole text on hover.
                tekst = self._data(rij, index.column(), Qt.ItemDataRole.DisplayRole)
                return tooltip(tekst) if isinstance(tekst, str) and tekst.strip() else None
            return waarde
        except Exception:  # a model must never raise out of data()
            return None

    def _data(self, rij: R, col: int, role: int) -> Any:
        """One cell of one row; subclasses answer the roles they show."""
        return None
