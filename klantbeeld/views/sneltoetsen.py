"""Every keyboard shortcut in one place, so the F1 overview and the actions never disagree."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Sneltoetsen)."""
    return QCoreApplication.translate("Sneltoetsen", text)


@dataclass(frozen=True)
class Sneltoets:
    """One shortcut: its id, key sequence(s) and what it does, in the agent's words."""

    naam: str
    toetsen: tuple[str, ...]
    omschrijving: str


SNELTOETSEN: tuple[Sneltoets, ...] = (
    Sneltoets("zoek", ("Ctrl+F", "F2"), tr("Naar het zoekveld")),
    Sneltoets("beeindig", ("Ctrl+E",), tr("Contact beëindigen: alles van het scherm wissen")),
    Sneltoets("registreer", ("Ctrl+R",), tr("Contact registreren")),
    Sneltoets("contactverzoek", ("Ctrl+T",), tr("Contactverzoek (terugbelverzoek) maken")),
    Sneltoets("werkvoorraad", ("F6",), tr("Te beantwoorden vragen")),
    Sneltoets("contacthistorie", ("F7",), tr("Contacthistorie (alleen teamleiders)")),
    Sneltoets("tab_zaken", ("Alt+1",), tr("Zaken")),
    Sneltoets("tab_tijdlijn", ("Alt+2",), tr("Tijdlijn")),
    Sneltoets("tab_betalingen", ("Alt+3",), tr("Betalingen")),
    Sneltoets("tab_vragen", ("Alt+4",), tr("Vragen en contactverzoeken")),
    Sneltoets("bsn_tonen", ("Ctrl+B",), tr("BSN tonen of verbergen")),
    Sneltoets("kopieer_telefoon", ("Ctrl+Shift+T",), tr("Telefoonnummer van de klant kopiëren")),
    Sneltoets("kopieer_email", ("Ctrl+Shift+M",), tr("E-mailadres van de klant kopiëren")),
    Sneltoets("zaak_sluiten", ("Esc",), tr("Zaak sluiten (in de lijsten en het zaakvenster)")),
    Sneltoets("vernieuwen", ("F5",), tr("Klantbeeld opnieuw laden")),
    Sneltoets("instellingen", ("Ctrl+,",), tr("Instellingen")),
    Sneltoets("help", ("F1",), tr("Dit overzicht van sneltoetsen")),
)


def sneltoets(naam: str) -> Sneltoets:
    """The shortcut called ``naam``."""
    for s in SNELTOETSEN:
        if s.naam == naam:
            return s
    raise KeyError(naam)


def maak_sneltoetsen(
    ouder: QWidget,
    acties: Mapping[str, Callable[[], object]],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> list[QShortcut]:
    """A QShortcut on ``ouder`` for every key of every named shortcut, running its action."""
    gemaakt: list[QShortcut] = []
    for naam, actie in acties.items():
        for toets in sneltoets(naam).toetsen:
            sc = QShortcut(QKeySequence(toets), ouder)
            sc.setContext(context)
            sc.activated.connect(actie)
            gemaakt.append(sc)
    return gemaakt
