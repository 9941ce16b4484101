"""The base of the delegates that draw a cell themselves: the style's background, plain text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from klantbeeld.views.theme import load_theme


class PlatteDelegate(QStyledItemDelegate):
    """A delegate whose ``paint`` draws the cell's texts with ``QPainter.drawText`` (never rich
    text) over what the style draws: background, selection, hover, focus.

    Subclasses start ``paint`` with :meth:`_achtergrond` (one ``initStyleOption``) or, where
    every row counts, :meth:`_paneel` (no role fetched at all), then draw with ``self._theme``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme = load_theme()

    def _achtergrond(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QStyleOptionViewItem:
        """The style draws the item without its text and icon; returns the filled-in option."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        return opt

    @staticmethod
    def _paneel(painter: QPainter, option: QStyleOptionViewItem, view: QAbstractItemView) -> None:
        """Only the item's panel (selection, hover, alternating rows), from ``view``'s style."""
        view.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, view
        )

    @staticmethod
    def gekozen(option: QStyleOptionViewItem) -> bool:
        """Whether the item is selected (its text then takes the selection colour)."""
        return bool(option.state & QStyle.StateFlag.State_Selected)
