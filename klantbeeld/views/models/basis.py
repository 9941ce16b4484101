"""The common part of the flat table models: rows, counts, column titles, data() never raising.

Two levels: :class:`RijenTabel` is the Qt side (a list of shown rows, counts, titles, flags,
``data()`` that never raises); :class:`RijenModel` adds ``set_rows``/``rij``/``rijen`` for a
model whose rows are what it is given. Models that build their rows from something else (the
timeline, payments, the contact history) derive from :class:`RijenTabel` and fill
``self._rijen`` through :meth:`RijenTabel._vervang`.
"""

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

#: Flags of every cell: enabled, selectable, never with children.
RIJ_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class RijenTabel(QAbstractTableModel, Generic[R]):
    """A flat table showing ``self._rijen``; subclasses give ``KOPPEN`` and ``_data``."""

    #: Column titles, translated in :attr:`CONTEXT`.
    KOPPEN: tuple[str, ...] = ()
    #: Qt translation context of the titles.
    CONTEXT = "Klantbeeld"
    #: A cell without a tooltip of its own gives its display text as one (a cut-off cell
    #: still shows its whole text on hover); off where the model chooses its tooltips.
    TIP_IS_TEKST = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rijen: list[R] = []

    def _vervang(self, rijen: list[R]) -> None:
        """Replace every shown row in one reset."""
        self.beginResetModel()
        self._rijen = rijen
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (0 under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rijen)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.KOPPEN)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; other header roles from :meth:`_kop`."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.KOPPEN):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.KOPPEN[section])
        return self._kop(section, role)

    def _kop(self, section: int, role: int) -> Any:
        """A column title's other roles (alignment, ...); none by default."""
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Selectable, enabled, no children."""
        return RIJ_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's data; never raises."""
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rijen):
            return None
        try:
            waarde = self._data(self._rijen[row], index.column(), role)
            if waarde is None and role == Qt.ItemDataRole.ToolTipRole and self.TIP_IS_TEKST:
                # A cell cut off in its column still gives its whole text on hover.
                tekst = self._data(self._rijen[row], index.column(), Qt.ItemDataRole.DisplayRole)
                return tooltip(tekst) if isinstance(tekst, str) and tekst.strip() else None
            return waarde
        except Exception:  # a model must never raise out of data()
            return None

    def _data(self, rij: R, col: int, role: int) -> Any:
        """One cell of one row; subclasses answer the roles they show."""
        return None


class RijenModel(RijenTabel[R]):
    """A flat table of the rows of type ``R`` it is given."""

    def set_rows(self, rijen: Sequence[R]) -> None:
        """Replace every row."""
        self._vervang(list(rijen))

    def rij(self, row: int) -> R | None:
        """The row at ``row``, or None."""
        return self._rijen[row] if 0 <= row < len(self._rijen) else None

    def rijen(self) -> list[R]:
        """Every row (a copy)."""
        return list(self._rijen)


class RijenLijst(RijenModel[R]):
    """A one-column :class:`RijenModel` for a list view; ``index(row)`` as a list model has."""

    def index(
        self,
        row: int,
        column: int = 0,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        """The index of ``row`` (column 0 unless given)."""
        return super().index(row, column, parent)
