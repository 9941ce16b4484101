"""The base of the delegates that draw a cell themselves: the style's background, plain text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from klantbeeld.views.icons import icon
from klantbeeld.views.theme import load_theme

Index = QModelIndex | QPersistentModelIndex


class PlatteDelegate(QStyledItemDelegate):
    """A delegate that draws the cell's texts with ``QPainter.drawText`` (never rich text) over
    what the style draws: background, selection, hover, focus.

    :meth:`paint` draws that background and hands the rest to :meth:`teken`. With a ``view``
    given, only the item's panel is drawn from the view's style and no role is fetched (for
    views where every painted row counts); otherwise one ``initStyleOption`` fills the option.
    """

    def __init__(self, parent: QObject | None = None, view: QAbstractItemView | None = None):
        super().__init__(parent if parent is not None else view)
        self._theme = load_theme()
        self._view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The style's background, then :meth:`teken`."""
        if self._view is not None:
            self._view.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, self._view
            )
            self.teken(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        self.teken(painter, opt, index)

    def teken(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        """The cell's own drawing over the background; plain text only."""

    @staticmethod
    def gekozen(option: QStyleOptionViewItem) -> bool:
        """Whether the item is selected (its text then takes the selection colour)."""
        return bool(option.state & QStyle.StateFlag.State_Selected)

    def _icoon_links(
        self, painter: QPainter, opt: QStyleOptionViewItem, naam: str, kleur: str, marge: int
    ) -> QRect:
        """Icon ``naam`` at the cell's left; returns the room right of it for the text."""
        t = self._theme
        r = opt.rect.adjusted(t.space_xs, marge, -t.space_xs, -marge)
        icon(naam, kleur).paint(painter, QRect(r.left(), r.top() + 1, t.icon_size, t.icon_size))
        r.setLeft(r.left() + t.icon_size + t.space_xs)
        return r
