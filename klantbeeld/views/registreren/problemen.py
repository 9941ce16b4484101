"""The dialog's foot: why it cannot be saved yet (under the fields, on the save button)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from klantbeeld.views.platte_tekst import tooltip
from klantbeeld.views.registreren.velden import tr


def herpoets(widget: QWidget) -> None:
    """Apply the theme again after a dynamic property (``niveau``, ``variant``) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Voet:
    """The dialog's foot: why it cannot be saved yet, and the buttons; made in ``buiten``."""

    def __init__(self, buiten: QVBoxLayout) -> None:
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Waarom het nog niet kan"))
        self.label.setVisible(False)
        buiten.addWidget(self.label)
        knoppen = QHBoxLayout()
        knoppen.addStretch(1)
        self.annuleer_knop = QPushButton(tr("Annuleren"))
        self.annuleer_knop.setProperty("variant", "secondary")
        self.annuleer_knop.setAccessibleName(tr("Annuleren"))
        self.annuleer_knop.setToolTip(tr("Sluiten zonder vast te leggen (Esc)"))
        self.knop = QPushButton(tr("Vastleggen"))
        self.knop.setProperty("variant", "primary")
        self.knop.setAccessibleName(tr("Vastleggen"))
        self.knop.setToolTip(tr("Vastleggen (Ctrl+Enter)"))
        self.knop.setAutoDefault(False)
        knoppen.addWidget(self.annuleer_knop)
        knoppen.addWidget(self.knop)
        buiten.addLayout(knoppen)

    def toon(self, problemen: list[str], *, poging: bool) -> None:
        """Show ``problemen``; before the first attempt (``poging``) only what grows too long."""
        zichtbaar = (
            problemen
            if poging
            else [p for p in problemen if "tekens" in p or p.startswith("De deadline")]
        )
        self.label.setText("\n".join(zichtbaar))
        self.label.setProperty("niveau", "fout" if poging else "waarschuwing")
        herpoets(self.label)
        self.label.setVisible(bool(zichtbaar))
        if problemen:
            kort = (
                tr("Nog niet vast te leggen: {n} punt")
                if len(problemen) == 1
                else tr("Nog niet vast te leggen: {n} punten")
            )
            self.knop.setText(kort.format(n=len(problemen)))
            self.knop.setToolTip(tooltip("\n".join(problemen)))
            variant = "secondary"
        else:
            self.knop.setText(tr("Vastleggen"))
            self.knop.setToolTip(tr("Vastleggen (Ctrl+Enter)"))
            variant = "primary"
        if self.knop.property("variant") != variant:
            self.knop.setProperty("variant", variant)
            herpoets(self.knop)
        self.knop.setAccessibleDescription(self.knop.toolTip())

    def fout(self, melding: str) -> None:
        """Say why saving failed (nothing was saved)."""
        self.label.setText(melding)
        self.label.setProperty("niveau", "fout")
        herpoets(self.label)
        self.label.setVisible(True)
