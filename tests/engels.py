"""Klantbeeld in English for a test, as ``--taal en`` installs it: Qt's and the services' texts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from klantbeeld.services import taal
from klantbeeld.views.vertaling import gecompileerd


class Engels:
    """The compiled English catalog, switched on and off for Qt and the services together."""

    def __init__(self, app: QCoreApplication) -> None:
        pad = gecompileerd("en")
        assert pad is not None, "pyside6-lrelease made no klantbeeld_en.qm"
        self.app = app
        self.vertaler = QTranslator()
        assert self.vertaler.load(str(pad))

    def aan(self) -> None:
        """English from now on."""
        self.app.installTranslator(self.vertaler)
        taal.stel_in("en", QCoreApplication.translate)

    def uit(self) -> None:
        """Dutch as written again (also when it was never switched on)."""
        taal.stel_in("nl")
        self.app.removeTranslator(self.vertaler)


@contextmanager
def in_het_engels(app: QCoreApplication) -> Iterator[QTranslator]:
    """English inside the ``with``, Dutch after it; yields the installed translator."""
    engels = Engels(app)
    engels.aan()
    try:
        yield engels.vertaler
    finally:
        engels.uit()
