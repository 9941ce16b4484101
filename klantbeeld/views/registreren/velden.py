"""The fields of "Contact registreren": a text field with its live counter, the deadline field.

Every field keeps what is typed whole: a counter turns red with how much too long, nothing is
ever cut. Tab moves on from every field (also from the deadline's date parts), and Ctrl+Enter
goes to the dialog to save.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Qt, QTimeZone
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from klantbeeld.services.registraties.internetaken import TIJDZONE
from klantbeeld.views.theme import load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Registreren)."""
    return QCoreApplication.translate("Registreren", text)


#: The deadline field shows Dutch time, whatever the workstation's own zone.
NL_TIJDZONE = QTimeZone(b"Europe/Amsterdam")


def qdatetime(moment: datetime) -> QDateTime:
    """The same instant as a QDateTime in Dutch time (to the second)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), NL_TIJDZONE)


def python_moment(moment: QDateTime) -> datetime:
    """The same instant as an aware datetime in Dutch time."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), TIJDZONE)


def is_opslaan_toets(event: QKeyEvent) -> bool:
    """True for Ctrl+Enter / Ctrl+Return."""
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


def veldlabel(tekst: str, buddy: QWidget) -> QLabel:
    """A field's label; its mnemonic (``&Vraag``) moves the focus to ``buddy``."""
    label = QLabel(tekst)
    label.setBuddy(buddy)
    return label


def kaart(frame: QFrame) -> QGridLayout:
    """Make ``frame`` a card (the theme's ``kaart``) and give it the grid its fields go in."""
    frame.setProperty("rol", "kaart")
    grid = QGridLayout(frame)
    grid.setContentsMargins(12, 8, 12, 8)
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(4)
    return grid


def kop_met_teller(tekst: str, veld: QWidget, teller: QLabel) -> QHBoxLayout:
    """A field's label on the left and its counter on the right, above the field."""
    rij = QHBoxLayout()
    rij.addWidget(veldlabel(tekst, veld), 1)
    rij.addWidget(teller)
    return rij


def vrije_keuze() -> QComboBox:
    """A list to pick from that also takes free text (never added to the list)."""
    keuze = QComboBox()
    keuze.setEditable(True)
    keuze.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return keuze


class DeadlineVeld(QDateTimeEdit):
    """The contactverzoek's deadline: Tab and Shift+Tab leave the field.

    A QDateTimeEdit moves between its date parts on Tab, so a note typed after Tab went into
    the date; here the arrow keys (and the calendar) move between the parts, Tab moves on.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTimeZone(NL_TIJDZONE)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy HH:mm")

    def focusNextPrevChild(self, next: bool) -> bool:
        """Leave the field, as every other field does (QWidget's own behaviour)."""
        return QWidget.focusNextPrevChild(self, next)

    def moment(self) -> datetime:
        """The chosen instant (Dutch time)."""
        return python_moment(self.dateTime())

    def zet(self, moment: datetime) -> None:
        """Show ``moment`` (in Dutch time)."""
        self.setDateTime(qdatetime(moment))


class Teller(QLabel):
    """A live counter ``120 / 1000``; red and bold with how much too long when over the limit."""

    def __init__(self, limiet: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limiet = limiet
        self.te_lang = False
        self.setProperty("rol", "klein")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tel(0)

    def tel(self, lengte: int) -> None:
        """Show ``lengte`` against the limit."""
        over = lengte - self.limiet
        self.te_lang = over > 0
        if self.te_lang:
            self.setText(
                tr("{n} / {max} — {over} te veel").format(n=lengte, max=self.limiet, over=over)
            )
            self.setStyleSheet(f"color: {load_theme().error_text}; font-weight: bold;")
        else:
            self.setText(f"{lengte} / {self.limiet}")
            self.setStyleSheet("")
        self.setAccessibleName(tr("Aantal tekens: {tekst}").format(tekst=self.text()))


def geteld(keuze: QComboBox, limiet: int) -> Teller:
    """A counter that follows what is typed in ``keuze``."""
    teller = Teller(limiet)
    keuze.editTextChanged.connect(lambda tekst: teller.tel(len(tekst)))
    return teller


class TekstVeld(QPlainTextEdit):
    """A plain-text field (Tab moves on) with its counter."""

    def __init__(self, limiet: int, naam: str, hint: str, regels: int = 4) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(hint)
        self.setAccessibleName(naam)
        self.setAccessibleDescription(hint)
        self.teller = Teller(limiet)
        self._regels = regels
        self.textChanged.connect(lambda: self.teller.tel(len(self.toPlainText())))

    def _hoogte(self) -> int:
        return self.fontMetrics().lineSpacing() * self._regels + 16

    def minimumSizeHint(self) -> QSize:
        """Room for a few lines (the theme's min-height is meant for one-line fields)."""
        return QSize(super().minimumSizeHint().width(), self._hoogte())

    def sizeHint(self) -> QSize:
        """A few lines high."""
        return QSize(super().sizeHint().width(), self._hoogte())

    def showEvent(self, event: QShowEvent) -> None:
        """Apply the height once the theme's font and min-height are known."""
        self.setMinimumHeight(self._hoogte())
        super().showEvent(event)

    def tekst(self) -> str:
        """The text exactly as typed."""
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter goes to the dialog (save), it is no new line."""
        if is_opslaan_toets(event):
            event.ignore()
            return
        super().keyPressEvent(event)
