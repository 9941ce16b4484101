"""One Klantbeeld per user: a second launch hands its screen-pop to the running app and exits.

The running app listens on a :class:`QLocalServer` named per user (and per data folder, so a
test instance never meets the agent's own), created with ``UserAccessOption``: on Unix the
socket is only reachable by the same user, on Windows the pipe's ACL says the same. A second
launch (``klantbeeld "klantbeeld:bel?nummer=…"`` or ``klantbeeld --bel 0612345678``) checks its
request itself, sends it as one length-prefixed frame (:mod:`services.klantbeeld.schermpop`),
prints the answer and exits; when no app answers, it starts the app and handles the request
there. Whatever arrives is checked again here: any program of this user can connect.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from klantbeeld.services.klantbeeld.schermpop import (
    SCHEMA,
    Frames,
    OngeldigeSchermpop,
    Schermpop,
    lees_bericht,
    lees_uri,
    verpak,
)
from klantbeeld.services.werkplek.settings import data_dir

#: How long a sender waits for the running app, and the app for a sender's frame (ms).
WACHT_MS = 2000
#: Set to "1" (tests only): the socket also answers ``{"status": true}`` with what is open.
STATUS_ENV = "KLANTBEELD_SCHERMPOP_STATUS"

MELDING_DOORGEGEVEN = "Doorgegeven aan Klantbeeld."


def server_naam(map_: Path | None = None) -> str:
    """The socket's name: this user, and this data folder (a test instance has its own)."""
    try:
        gebruiker = str(os.getuid())  # type: ignore[attr-defined,unused-ignore]
    except AttributeError:  # Windows
        gebruiker = getpass.getuser()
    pad = (map_ or data_dir()).resolve()
    map_hash = hashlib.sha256(str(pad).encode()).hexdigest()[:10]
    return f"klantbeeld-{gebruiker}-{map_hash}"


def stuur(bericht: dict[str, Any], naam: str | None = None) -> dict[str, Any] | None:
    """Send one frame to the running app and return its answer; None when no app answers.

    Blocking, and before any QApplication exists (a second launch does nothing else).
    """
    sok = QLocalSocket()
    sok.connectToServer(naam or server_naam())
    if not sok.waitForConnected(WACHT_MS):
        return None
    try:
        sok.write(verpak(bericht))
        if not sok.waitForBytesWritten(WACHT_MS):
            return None
        frames = Frames()
        while sok.waitForReadyRead(WACHT_MS):
            antwoorden = frames.voeg_toe(bytes(sok.readAll().data()))
            if antwoorden:
                return antwoorden[0]
        return {"ok": False, "melding": "Klantbeeld gaf geen antwoord."}
    except OngeldigeSchermpop as e:
        return {"ok": False, "melding": e.melding}
    finally:
        sok.disconnectFromServer()


def stuur_verzoek(verzoek: Schermpop, naam: str | None = None) -> dict[str, Any] | None:
    """Hand a checked request to the running app (see :func:`stuur`)."""
    return stuur({"uri": verzoek.uri()}, naam)


class Ontvanger(QObject):
    """The running app's end: reads one frame per connection, checks it, answers, closes."""

    #: A checked request arrived; carries a Schermpop.
    verzoek = Signal(object)
    #: A request was refused; carries the plain Dutch reason (no request data).
    geweigerd = Signal(str)

    def __init__(
        self,
        naam: str | None = None,
        *,
        status: Callable[[], dict[str, Any]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.naam = naam or server_naam()
        self._status = status
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.setMaxPendingConnections(8)
        self.server.newConnection.connect(self._nieuw)
        self._open: set[QLocalSocket] = set()

    def start(self) -> bool:
        """Listen, unless another app already answers on the name (then False).

        A socket left by a crashed app (nobody answers it) is replaced. The probe comes first:
        with ``UserAccessOption`` Qt makes the socket elsewhere and renames it over the name,
        so ``listen`` alone would silently take the name from a running app. Also takes
        macOS's "open URL" events (a ``klantbeeld:`` link opened while running).
        """
        proef = QLocalSocket()
        proef.connectToServer(self.naam)
        if proef.waitForConnected(200):  # another app started at the same moment: leave it
            proef.disconnectFromServer()
            return False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if self.server.listen(self.naam):
            return True
        if self.server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            return False
        QLocalServer.removeServer(self.naam)
        return self.server.listen(self.naam)

    @property
    def pad(self) -> str:
        """Where the socket lives (a file on Unix, a pipe name on Windows)."""
        return str(self.server.fullServerName())

    def sluit(self) -> None:
        """Stop listening and drop open connections."""
        for sok in list(self._open):
            sok.abort()
        self._open.clear()
        if self.server.isListening():  # close() also unlinks the name: never another app's
            self.server.close()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _nieuw(self) -> None:
        while self.server.hasPendingConnections():
            sok = self.server.nextPendingConnection()
            if sok is None:
                return
            self._open.add(sok)
            frames = Frames()
            klok = QTimer(sok)
            klok.setSingleShot(True)
            klok.timeout.connect(lambda s=sok: s.abort())  # a silent sender is not waited for
            klok.start(WACHT_MS)
            sok.readyRead.connect(lambda s=sok, f=frames: self._lees(s, f))
            sok.disconnected.connect(lambda s=sok: self._weg(s))

    def _weg(self, sok: QLocalSocket) -> None:
        self._open.discard(sok)
        sok.deleteLater()

    def _lees(self, sok: QLocalSocket, frames: Frames) -> None:
        try:
            berichten = frames.voeg_toe(bytes(sok.readAll().data()))
            if not berichten:
                return
            antwoord = self._verwerk(berichten[0])
        except OngeldigeSchermpop as e:
            antwoord = {"ok": False, "melding": e.melding}
            self.geweigerd.emit(e.melding)
        sok.readyRead.disconnect()
        sok.write(verpak(antwoord))
        sok.flush()
        sok.disconnectFromServer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """macOS hands a ``klantbeeld:`` link to the running app as a QFileOpenEvent."""
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        url = event.url()
        if url.scheme().lower() != SCHEMA:
            return False
        try:
            self.verzoek.emit(lees_uri(bytes(url.toEncoded().data()).decode("ascii", "replace")))
        except OngeldigeSchermpop as e:
            self.geweigerd.emit(e.melding)
        return True

    def _verwerk(self, bericht: dict[str, Any]) -> dict[str, Any]:
        if bericht == {"status": True} and self._status is not None:
            return {"ok": True, **self._status()}
        verzoek = lees_bericht(bericht)
        self.verzoek.emit(verzoek)
        return {"ok": True, "melding": MELDING_DOORGEGEVEN}
