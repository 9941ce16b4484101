"""The language of the screens: Klantbeeld's own texts (Dutch source, English catalog) and Qt's.

Klantbeeld's texts are written in Dutch and translated through ``QCoreApplication.translate``;
``resources/translations/klantbeeld_en.ts`` holds the English ones (refreshed by ``make
vertalingen``). The compiled ``.qm`` is not committed: ``make`` builds it on install, and
:func:`gecompileerd` compiles it (``pyside6-lrelease``) when missing or older than the ``.ts``.
Qt's own dialogs speak English by themselves; in Dutch they read Qt's ``qtbase_nl`` catalog.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QToolTip, QWidget

from klantbeeld.services import taal as services_taal
from klantbeeld.views.theme import RESOURCES

#: The Qt catalog with the texts of Qt's own dialogs and buttons.
QT_CATALOGUS = "qtbase"
#: The Dutch locale Qt's catalog is loaded for.
NEDERLANDS = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
#: The languages Klantbeeld speaks, by code, with their own name (for the settings).
TALEN: dict[str, str] = {"nl": "Nederlands", "en": "English"}
#: Klantbeeld's catalogs: ``klantbeeld_<taal>.ts`` (and the ``.qm`` compiled from it).
VERTALINGEN = RESOURCES / "translations"
#: Texts of Qt's file and print dialogs that ``qtbase_nl`` lacks (its entries lost their
#: ``&`` mnemonic or never came), as (context, source) → Dutch.
AANVULLING: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
    ("QPrintSettingsOutput", "Double Sided Printing"): "Dubbelzijdig afdrukken",
    ("QPrintSettingsOutput", "Page &Set:"): "Pagina&set:",
    ("QPrintSettingsOutput", "Off"): "Uit",
    ("QPrintSettingsOutput", "Long side binding"): "Binden langs de lange zijde",
    ("QPrintSettingsOutput", "Short side binding"): "Binden langs de korte zijde",
}


class Aanvulling(QTranslator):
    """The few texts of :data:`AANVULLING`; every other text is left to Qt's catalog."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """Return the Dutch text, or None (a null string: "not mine") for every other text."""
        return AANVULLING.get((context, source_text))

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False


def systeemtaal(locale: QLocale | None = None) -> str:
    """The language for a user who chose none: English on an English system, else Dutch."""
    taal = (locale or QLocale.system()).language()
    return "en" if taal == QLocale.Language.English else "nl"


def kies_taal(*keuzes: str | None) -> str:
    """The first of ``keuzes`` Klantbeeld speaks (command line, then setting), else the system's."""
    return next((k for k in keuzes if k in TALEN), None) or systeemtaal()


def _lrelease() -> str | None:
    """Qt's ``lrelease``: the one next to this Python (the venv), else on PATH, else None."""
    naast = Path(sys.executable).parent / "pyside6-lrelease"
    return str(naast) if naast.exists() else shutil.which("pyside6-lrelease")


def gecompileerd(taal: str, map_: Path = VERTALINGEN) -> Path | None:
    """The compiled catalog of ``taal``: the ``.qm`` beside its ``.ts`` when current, else
    compiled now (beside it, or in the temporary folder when that is read-only); None when
    there is neither (Dutch needs none: it is the source language)."""
    ts = map_ / f"klantbeeld_{taal}.ts"
    qm = ts.with_suffix(".qm")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    programma = _lrelease()
    if not ts.exists() or programma is None:
        return qm if qm.exists() else None
    for doel in (qm, Path(tempfile.gettempdir()) / f"klantbeeld-{ts.stat().st_mtime_ns}-{qm.name}"):
        try:
            subprocess.run(
                [programma, "-silent", str(ts), "-qm", str(doel)],
                check=True,
                capture_output=True,
            )
        except (OSError, subprocess.CalledProcessError):
            continue
        if doel.exists():
            return doel
    return qm if qm.exists() else None


def installeer_vertaling(app: QCoreApplication, taal: str) -> list[QTranslator]:
    """Install the translators of ``taal`` into ``app``; return them.

    Dutch: Klantbeeld's texts as written, Qt's dialogs through :func:`installeer_qt_vertaling`.
    English: Klantbeeld's English catalog, and :class:`TermUitleg` for the Dutch terms kept;
    Qt's own dialogs are English without a catalog. The services' texts follow
    (:mod:`klantbeeld.services.taal`).
    """
    if taal != "en":
        services_taal.stel_in("nl")
        return installeer_qt_vertaling(app)
    pad = gecompileerd(taal)
    vertaler = QTranslator(app)
    if pad is None or not vertaler.load(str(pad)):
        print(f"Geen vertaling '{taal}' gevonden; Klantbeeld blijft Nederlands.", file=sys.stderr)
        vertaler.deleteLater()
        services_taal.stel_in("nl")
        return []
    app.installTranslator(vertaler)
    # The texts the services make (errors, dates, numbers) follow the same catalog.
    services_taal.stel_in(taal, QCoreApplication.translate)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app.installEventFilter(TermUitleg(vertaler))  # lives as long as the translator
    return [vertaler]


def installeer_qt_vertaling(app: QCoreApplication) -> list[QTranslator]:
    """Load Qt's Dutch translations into ``app``; return the translators installed.

    Qt's dialogs read their texts through ``QCoreApplication.translate``, so the file-save and
    print dialogs, and buttons such as Cancel, appear in Dutch. The translators are parented to
    ``app`` so they live as long as the application; none is installed when ``qtbase_nl`` is
    missing from this Qt.
    """
    catalogus = QTranslator(app)
    pad = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not catalogus.load(NEDERLANDS, QT_CATALOGUS, "_", pad):
        catalogus.deleteLater()
        return []
    aanvulling = Aanvulling(app)
    for vertaler in (catalogus, aanvulling):
        app.installTranslator(vertaler)
    return [catalogus, aanvulling]


#: Dutch terms the agents use as they are, in English too, with what they mean (on hover).
TERMEN: dict[str, str] = {
    "BSN": "BSN: burgerservicenummer, the citizen service number",
    "KVK": "KVK: Kamer van Koophandel, the Chamber of Commerce (its number identifies a company)",
    "Zaak": "Zaak: a case the municipality handles, such as an application or a report",
    "Zaken": "Zaken: cases the municipality handles, such as applications and reports",
    "Klantcontact": "Klantcontact: one recorded contact with a customer (Open Klant)",
    "Contactverzoek": "Contactverzoek: a request that a colleague gets in touch (call back)",
    "Internetaak": "Internetaak: a task for a colleague or team in Open Klant",
    "Internetaken": "Internetaken: tasks for a colleague or team in Open Klant",
    "Klantbeeld": "Klantbeeld: the overview of one customer",
}
#: A term, also in its plural with -en (klantcontacten, contactverzoeken): the singular explains.
_TERM = re.compile(r"\b(" + "|".join(TERMEN) + r")(?:en)?\b", re.IGNORECASE)


class TermUitleg(QObject):
    """Explains the Dutch terms on hover: a label, button or tab with a term and no tooltip of its
    own shows the term's English explanation. Installed on the application in English only."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a tooltip request without a tooltip, show the explanation of the terms in the text."""
        if event.type() != QEvent.Type.ToolTip or not isinstance(watched, QWidget):
            return False
        if watched.toolTip():
            return False
        tekst = ""
        if isinstance(watched, QTabBar) and isinstance(event, QHelpEvent):
            index = watched.tabAt(event.pos())
            if index < 0 or watched.tabToolTip(index):
                return False
            tekst = watched.tabText(index)
        elif isinstance(watched, QLabel | QAbstractButton):
            tekst = watched.text()
        uitleg = uitleg_van(tekst.replace("&", ""))
        if not uitleg or not isinstance(event, QHelpEvent):
            return False
        QToolTip.showText(event.globalPos(), uitleg, watched)
        return True


def uitleg_van(tekst: str) -> str:
    """The English explanations of the Dutch terms in ``tekst``, one a line ("" for none)."""
    termen = {t.casefold(): t for t in TERMEN}
    gevonden = dict.fromkeys(termen[m.group(1).casefold()] for m in _TERM.finditer(tekst))
    return "\n".join(TERMEN[t] for t in gevonden)
