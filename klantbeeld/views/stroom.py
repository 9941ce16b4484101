"""A layout that places its widgets left to right and wraps to a next line when they do not fit."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class StroomLayout(QLayout):
    """Widgets in reading order, wrapped like words: nothing is cut off on a narrow screen.

    Its height follows its width (``heightForWidth``), so the parent layout gives it a second line
    only when the first is full.
    """

    def __init__(self, parent: QWidget | None = None, *, afstand: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._afstand = afstand
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        """Take ``item`` at the end (called by ``addWidget``)."""
        self._items.append(item)

    def count(self) -> int:
        """Number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index``, or None."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """It does not ask for more room than its lines."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Yes: fewer lines when wider."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the items need at ``width``."""
        return self._plaats(QRect(0, 0, width, 0), alleen_meten=True)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items inside ``rect``."""
        super().setGeometry(rect)
        self._plaats(rect, alleen_meten=False)

    def sizeHint(self) -> QSize:
        """All items on one line."""
        breedte = sum(i.sizeHint().width() for i in self._items)
        breedte += self._afstand * max(0, len(self._items) - 1)
        hoogte = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(breedte + m.left() + m.right(), hoogte + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: every other fits by wrapping."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _plaats(self, rect: QRect, *, alleen_meten: bool) -> int:
        """Lay the items out in lines inside ``rect``, each centred in its line's height;
        return the height used."""
        m = self.contentsMargins()
        vak = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        regels: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = vak.x()
        for item in self._items:
            if item.isEmpty():
                continue
            maat = item.sizeHint()
            if regels[-1] and x + maat.width() > vak.right() + 1:
                regels.append([])
                x = vak.x()
            regels[-1].append((item, maat))
            x += maat.width() + self._afstand
        y = vak.y()
        for regel in regels:
            hoogte = max((maat.height() for _, maat in regel), default=0)
            x = vak.x()
            for item, maat in regel:
                if not alleen_meten:
                    breedte = min(maat.width(), vak.width())
                    boven = y + (hoogte - maat.height()) // 2
                    item.setGeometry(QRect(QPoint(x, boven), QSize(breedte, maat.height())))
                x += maat.width() + self._afstand
            y += hoogte + self._afstand // 2
        return max(0, y - self._afstand // 2 - rect.y()) + m.bottom()
