"""A value with a copy button: puts it on the clipboard and says "Gekopieerd" for a moment.

The copy goes through :mod:`klantbeeld.views.klembord`, so end of contact clears it again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from klantbeeld.views import klembord
from klantbeeld.views.icons import icon
from klantbeeld.views.theme import load_theme

#: How long "Gekopieerd" stays on the button, in ms.
GEKOPIEERD_MS = 1500


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Kopieerbaar)."""
    return QCoreApplication.translate("Kopieerbaar", text)


class KopieerbaarVeld(QWidget):
    """A plain-text value (optionally with an icon and a short label) and a copy button."""

    #: The value was put on the clipboard; carries the copied text.
    gekopieerd = Signal(str)

    def __init__(
        self, icoon: str | None = None, soort: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        theme = load_theme()
        self._soort = soort
        self._waarde = ""
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space_2xs)
        self.icoon = QLabel()
        if icoon:
            self.icoon.setPixmap(icon(icoon, theme.muted_text).pixmap(QSize(16, 16)))
        self.tekst = QLabel()
        self.tekst.setTextFormat(Qt.TextFormat.PlainText)
        self.tekst.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.knop = QPushButton()
        self.knop.setProperty("variant", "subtle")
        self.knop.setIcon(icon("kopieer", theme.link))
        self.knop.setToolTip(tr("Kopiëren"))
        self.knop.setAccessibleName(tr("Kopieer {soort}").format(soort=soort).strip())
        self.knop.clicked.connect(self.kopieer)
        layout.addWidget(self.icoon)
        layout.addWidget(self.tekst)
        layout.addWidget(self.knop)
        if not icoon:
            self.icoon.hide()  # only once in the layout: a parentless show() opens a window
        self._terug = QTimer(self)
        self._terug.setSingleShot(True)
        self._terug.setInterval(GEKOPIEERD_MS)
        self._terug.timeout.connect(self._herstel)

    def zet(self, waarde: str, weergave: str | None = None) -> None:
        """Show ``weergave`` (default: the value); the button copies ``waarde``."""
        self._waarde = waarde
        self.tekst.setText(waarde if weergave is None else weergave)
        self.tekst.setAccessibleName(f"{self._soort} {self.tekst.text()}".strip())
        self.knop.setEnabled(bool(waarde))
        self._herstel()

    def waarde(self) -> str:
        """The value the button copies."""
        return self._waarde

    def wis(self) -> None:
        """Forget the value."""
        self._terug.stop()
        self._waarde = ""
        self.tekst.clear()
        self.tekst.setAccessibleName("")
        self._herstel()

    def kopieer(self) -> None:
        """Put the value on the clipboard and say so on the button."""
        if not self._waarde:
            return
        klembord.kopieer(self._waarde)
        self.knop.setText(tr("Gekopieerd"))
        self._terug.start()
        self.gekopieerd.emit(self._waarde)

    def _herstel(self) -> None:
        self.knop.setText("")
