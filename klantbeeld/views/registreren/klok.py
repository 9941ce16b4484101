"""The contact's clock: when the contact with the klant on screen started."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject

from klantbeeld.views.beeld import BeeldModel


class ContactKlok(QObject):
    """When the contact with the klant on screen started: the moment its klantbeeld opened.

    One per :class:`BeeldModel` (a child of it), made by :meth:`voor`. The window should call
    ``ContactKlok.voor(model)`` when it is built, so the first contact's start is exact too.
    """

    def __init__(self, model: BeeldModel) -> None:
        super().__init__(model)
        self.setObjectName("contactKlok")
        self.start: datetime | None = datetime.now(UTC) if model.beeld is not None else None
        model.gestart.connect(self._gestart)
        model.gewist.connect(self._gewist)

    @classmethod
    def voor(cls, model: BeeldModel) -> ContactKlok:
        """The clock of ``model`` (made on first use)."""
        klok = model.findChild(ContactKlok, "contactKlok")
        return klok if klok is not None else cls(model)

    def _gestart(self) -> None:
        self.start = datetime.now(UTC)

    def _gewist(self) -> None:
        self.start = None
