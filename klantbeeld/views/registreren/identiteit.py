"""The balie's identity check: "Identiteit vastgesteld" and with which kind of document.

Shown only with kanaal balie. The kind of document is a list (never a number field: the
document's number is not recorded) that can be chosen only once the box is ticked; until a kind
is chosen the registration names that as a problem. Both are keyboard-reachable (Alt+I, Tab,
Space; Alt+W or Tab to the list, arrow keys to choose).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from klantbeeld.services.registraties.registratie import identiteitsbewijzen
from klantbeeld.views.registreren.velden import tr, veldlabel


class IdentiteitDeel(QWidget):
    """The checkbox "Identiteit vastgesteld" and the list of document kinds beside it."""

    #: The box or the document kind changed (carries nothing).
    gewijzigd = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rij = QHBoxLayout(self)
        rij.setContentsMargins(0, 0, 0, 0)
        self.vastgesteld = QCheckBox(tr("&Identiteit vastgesteld"))
        self.vastgesteld.setAccessibleName(tr("Identiteit vastgesteld"))
        self.vastgesteld.setToolTip(
            tr("Vink aan als u een identiteitsbewijs heeft gezien. Het nummer wordt niet bewaard.")
        )
        self.document = QComboBox()
        self.document.setAccessibleName(tr("Soort identiteitsbewijs"))
        self.document.setPlaceholderText(tr("Kies het document"))
        for soort, label in identiteitsbewijzen().items():
            self.document.addItem(label, soort.value)
        self.document.setCurrentIndex(-1)
        self.document.setEnabled(False)
        rij.addWidget(self.vastgesteld)
        rij.addWidget(veldlabel(tr("met &welk document"), self.document))
        rij.addWidget(self.document)
        rij.addStretch(1)
        self.vastgesteld.toggled.connect(self._aan)
        self.document.currentIndexChanged.connect(lambda _i: self.gewijzigd.emit())

    def _aan(self, aan: bool) -> None:
        self.document.setEnabled(aan)
        self.gewijzigd.emit()

    def toon_voor(self, kanaal: str) -> None:
        """Show the check only for kanaal balie (what was ticked stays, for the draft)."""
        self.setVisible(kanaal == "balie")

    def vul(self, vastgesteld: bool, bewijs: str) -> None:
        """Tick the box and choose ``bewijs`` (a value such as ``paspoort``; "" none)."""
        self.vastgesteld.setChecked(vastgesteld)
        self.document.setCurrentIndex(self.document.findData(bewijs) if bewijs else -1)

    def bewijs(self) -> str:
        """The chosen kind (``paspoort``, ...), or "" when none is chosen."""
        return str(self.document.currentData() or "")

    def zonder_document(self) -> bool:
        """True when shown and ticked but no document kind is chosen yet."""
        return not self.isHidden() and self.vastgesteld.isChecked() and not self.bewijs()

    def tab_stops(self) -> list[QWidget]:
        """The box and the list, in Tab order."""
        return [self.vastgesteld, self.document]
