"""The workstation lock on screen: every window of the app hidden, one lock window in their place.

:class:`Vergrendelaar` watches the whole application (one event filter on the QApplication):
every real keystroke, click or wheel turn (only spontaneous events, from the window system)
resets the idle time of the :class:`~klantbeeld.controllers.vergrendeling.VergrendelingController`,
and the lock shortcut locks from any window, a modal dialog included. When the controller locks,
every visible top-level window (main window, dialogs, document viewer, tool windows, popups) is
hidden, not closed: nothing in them is cleared, no widget in them can take focus, and hidden
widgets are not in the accessibility tree. A window that shows itself while locked is hidden at
once. Unlocking shows them again as they were, modality and focus included.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.vergrendeling import Herauthenticatie, Reden, VergrendelingController
from klantbeeld.views.sneltoetsen import sneltoets


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Vergrendeling)."""
    return QCoreApplication.translate("Vergrendeling", text)


#: The events that are the agent at work (only when spontaneous: from the window system).
INVOER = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


#: The width of the card on the lock screen, in px.
BREEDTE = 520


class VergrendelScherm(QWidget):
    """The one window shown while locked: no personal data, only how to unlock."""

    def __init__(self, controller: VergrendelingController) -> None:
        super().__init__(None)
        self.controller = controller
        self.setObjectName("vergrendelScherm")
        self.setWindowTitle(tr("Klantbeeld — vergrendeld"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        buiten = QVBoxLayout(self)
        buiten.setAlignment(Qt.AlignmentFlag.AlignCenter)
        kaart = QFrame()
        kaart.setProperty("rol", "kaart")
        kaart.setFixedWidth(BREEDTE)
        buiten.addWidget(kaart)
        layout = QVBoxLayout(kaart)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        self.titel = QLabel(tr("Klantbeeld is vergrendeld"))
        self.titel.setProperty("rol", "titel")
        layout.addWidget(self.titel)
        self.uitleg = QLabel()
        self.uitleg.setWordWrap(True)
        self.uitleg.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.uitleg)
        knop = tr("Opnieuw aanmelden") if controller.met_aanmelding else tr("Ontgrendelen")
        self.knop = QPushButton(knop)
        self.knop.setProperty("variant", "primary")
        self.knop.setAccessibleName(knop)
        self.knop.setAccessibleDescription(
            tr("Meld u aan in de browser en ga verder waar u was; uw werk is bewaard (Enter)")
            if controller.met_aanmelding
            else tr("Ga verder waar u was; uw werk is bewaard (Enter)")
        )
        self.knop.setAutoDefault(True)  # Enter on the button; the shortcuts cover the rest
        self.knop.clicked.connect(controller.ontgrendel)
        layout.addWidget(self.knop, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        # A call that came in while locked: said without who it is (nothing personal here).
        self.gesprek = QLabel(
            tr("Er wacht een inkomend gesprek. Ontgrendel en druk op F9 om het te openen.")
        )
        self.gesprek.setWordWrap(True)
        self.gesprek.setTextFormat(Qt.TextFormat.PlainText)
        self.gesprek.setProperty("niveau", "info")
        self.gesprek.setVisible(False)
        layout.insertWidget(layout.indexOf(self.knop), self.gesprek)  # above the button
        for toets in ("Return", "Enter"):
            sc = QShortcut(QKeySequence(toets), self)
            sc.activated.connect(controller.ontgrendel)
        controller.bezigGewijzigd.connect(self._bezig)
        controller.mislukt.connect(self._mislukt)
        controller.gesprekWacht.connect(self._gesprek)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The agent closing the lock window (Alt+F4, the window's cross) neither unlocks nor
        quits; the app quitting (a close it sends itself: the session ends) still may."""
        if self.controller.vergrendeld and event.spontaneous():
            event.ignore()
            return
        super().closeEvent(event)

    def bijwerken(self) -> None:
        """The text for why the screen locked; no message from an earlier attempt."""
        if self.controller.reden is Reden.AANMELDING_VERLOPEN:
            tekst = tr("Uw aanmelding is verlopen. Meld u opnieuw aan om verder te werken.")
        elif self.controller.met_aanmelding:
            tekst = tr("Meld u opnieuw aan om verder te werken. Uw werk is bewaard.")
        else:
            tekst = tr(
                "Kies Ontgrendelen of druk op Enter om verder te werken. Uw werk is bewaard."
            )
        self.uitleg.setText(tekst)
        self._meld("", "")
        self.knop.setEnabled(True)

    def _bezig(self, bezig: bool) -> None:
        self.knop.setEnabled(not bezig)
        if bezig:
            self._meld(tr("Meld u aan in het browservenster dat nu opent…"), "info")
        else:
            self.knop.setFocus()

    def _gesprek(self, wacht: bool) -> None:
        self.gesprek.setVisible(wacht)
        if wacht:
            QApplication.alert(self)  # the taskbar asks for attention; nothing is said aloud

    def _mislukt(self, reden: str) -> None:
        self._meld(reden, "fout")

    def _meld(self, tekst: str, niveau: str) -> None:
        self.status.setText(tekst)
        self.status.setProperty("niveau", niveau)
        self.status.setVisible(bool(tekst))
        self.style().unpolish(self.status)
        self.style().polish(self.status)


class Vergrendelaar(QObject):
    """Hides every window of the app while ``controller`` is locked; feeds it the agent's input.

    ``hoofdvenster``: where the lock window takes its place and size from.
    """

    def __init__(
        self,
        controller: VergrendelingController,
        hoofdvenster: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.hoofdvenster = hoofdvenster
        self.scherm = VergrendelScherm(controller)
        self._toetsen = [QKeySequence(t) for t in sneltoets("vergrendel").toetsen]
        #: The windows hidden by the lock, with their modality, to show again.
        self._verborgen: dict[QWidget, Qt.WindowModality] = {}
        self._verbindingen: list[QMetaObject.Connection] = []
        self._focus: QWidget | None = None
        self._actief: QWidget | None = None
        controller.vergrendeldGewijzigd.connect(self._wissel)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)

    def verwijder(self) -> None:
        """Stop watching (on quit); the lock window goes."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.controller.stop()
        self.scherm.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Input resets the idle time; the shortcut locks; a window shown while locked hides."""
        soort = event.type()
        if soort in INVOER:
            if event.spontaneous():
                if (
                    soort == QEvent.Type.KeyPress
                    and isinstance(event, QKeyEvent)
                    and not self.controller.vergrendeld
                    and self._is_sneltoets(event)
                ):
                    self.controller.vergrendel(Reden.SNELTOETS)
                    return True
                self.controller.invoer()
        elif soort == QEvent.Type.ShowToParent and self.controller.vergrendeld:
            if isinstance(watched, QWidget) and watched.isWindow() and watched is not self.scherm:
                self._verberg(watched)
        elif soort == QEvent.Type.Close and isinstance(watched, QWidget):
            self._verborgen.pop(watched, None)  # closed while locked: not shown again
        return False

    def _is_sneltoets(self, event: QKeyEvent) -> bool:
        ingedrukt = QKeySequence(event.keyCombination())
        return any(
            ingedrukt.matches(t) == QKeySequence.SequenceMatch.ExactMatch for t in self._toetsen
        )

    def _wissel(self, vergrendeld: bool) -> None:
        if vergrendeld:
            self._vergrendel()
        else:
            self._ontgrendel()

    def _vergrendel(self) -> None:
        self._focus = self._volg(QApplication.focusWidget(), "_focus")
        self._actief = self._volg(QApplication.activeWindow(), "_actief")
        self.scherm.bijwerken()
        venster = self.hoofdvenster
        if venster.isVisible():
            self.scherm.setGeometry(venster.geometry())
            toestand = venster.windowState() & (
                Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
            )
            self.scherm.setWindowState(toestand)
        # The lock window first, so the app never has no window on screen.
        self.scherm.show()
        self.scherm.raise_()
        self.scherm.activateWindow()
        self.scherm.knop.setFocus()
        # Dialogs before their parents; none of them is closed, so nothing is lost.
        zichtbaar = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.scherm
        ]
        for w in sorted(zichtbaar, key=_diepte, reverse=True):
            self._verberg(w)

    def _volg(self, w: QWidget | None, naam: str) -> QWidget | None:
        """``w``, and forget it (attribute ``naam``) should it be deleted while locked."""
        if w is not None:
            self._verbindingen.append(w.destroyed.connect(lambda: setattr(self, naam, None)))
        return w

    def _verberg(self, w: QWidget) -> None:
        if w not in self._verborgen:
            self._verborgen[w] = w.windowModality()
            # Deleted, or a dialog finished, while locked: it does not come back.
            vergeet = self._vergeet(w)
            self._verbindingen.append(w.destroyed.connect(vergeet))
            if isinstance(w, QDialog):
                self._verbindingen.append(w.finished.connect(vergeet))
        # Hiding a dialog opened with open() drops its modality; it is restored on unlocking.
        w.hide()

    def _ontgrendel(self) -> None:
        for verbinding in self._verbindingen:
            QObject.disconnect(verbinding)
        self._verbindingen.clear()
        verborgen, self._verborgen = self._verborgen, {}
        for w, modaliteit in sorted(verborgen.items(), key=lambda wm: _diepte(wm[0])):
            w.setWindowModality(modaliteit)
            w.setVisible(True)
        self.scherm.hide()
        actief, focus = self._actief, self._focus
        self._actief = self._focus = None
        if actief is not None and actief.isVisible():
            actief.raise_()
            actief.activateWindow()
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            # The window manager activates the window a moment later; focus again then
            # (``focus`` as the context: nothing happens once it is gone).
            QTimer.singleShot(0, focus, lambda: focus.setFocus(Qt.FocusReason.OtherFocusReason))

    def _vergeet(self, w: QWidget) -> Callable[..., None]:
        def vergeet(*_: object) -> None:
            self._verborgen.pop(w, None)

        return vergeet


def _diepte(w: QWidget) -> int:
    """How many windows ``w`` sits under (0: a window of its own)."""
    diepte, ouder = 0, w.parentWidget()
    while ouder is not None:
        diepte += 1
        ouder = ouder.parentWidget()
    return diepte


def installeer_vergrendeling(
    hoofdvenster: QWidget,
    wachttijd_s: float,
    herauthenticatie: Herauthenticatie | None = None,
) -> Vergrendelaar:
    """The workstation lock for this app: locks after ``wachttijd_s`` idle or on the shortcut.

    ``herauthenticatie``: where the medewerker is signed in, the new sign-in that unlocks.
    """
    controller = VergrendelingController(
        wachttijd_s, herauthenticatie=herauthenticatie, parent=hoofdvenster
    )
    return Vergrendelaar(controller, hoofdvenster, parent=hoofdvenster)
