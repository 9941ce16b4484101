"""Every keyboard shortcut in one place, so the F1 overview and the actions never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


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
    Sneltoets("vernieuwen", ("F5",), tr("Klantbeeld opnieuw laden")),
    Sneltoets("instellingen", ("Ctrl+,",), tr("Instellingen")),
    Sneltoets("help", ("F1",), tr("Dit overzicht van sneltoetsen")),
)

#: Shortcuts of the document viewer (a PDF shown in the app).
DOCUMENT_SNELTOETSEN: tuple[Sneltoets, ...] = (
    Sneltoets("document_inzoomen", ("Ctrl++", "Ctrl+="), tr("Inzoomen")),
    Sneltoets("document_uitzoomen", ("Ctrl+-",), tr("Uitzoomen")),
    Sneltoets("document_paginabreedte", ("Ctrl+0",), tr("Passend op paginabreedte")),
    Sneltoets("document_afdrukken", ("Ctrl+P",), tr("Afdrukken")),
    Sneltoets("document_opslaan", ("Ctrl+S",), tr("Opslaan")),
    Sneltoets("document_sluiten", ("Esc",), tr("Document sluiten")),
)


def sneltoets(naam: str) -> Sneltoets:
    """The shortcut called ``naam``."""
    for s in (*SNELTOETSEN, *DOCUMENT_SNELTOETSEN):
        if s.naam == naam:
            return s
    raise KeyError(naam)
