"""Contact registreren (with a contactverzoek) and the registrations the server refused.

:class:`RegistratieDialoog` records one conversation: kanaal, one or more questions (each its
own klantcontact), linked zaken, and optionally a contactverzoek for a colleague. It opens with
``.open()``, never blocks, saves with Ctrl+Enter and keeps every typed word: too-long text is
refused with the reason (never cut), and a dialog closed without saving leaves a draft in memory
(per klantbeeld) that the next opening restores. :class:`GeweigerdDialoog` lists what the
server refused, with its words whole, to correct and send again.
"""

from __future__ import annotations

import asyncio
import itertools
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

import shiboken6
from pydantic import ValidationError
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QObject,
    QSize,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.services.apis.klantinteracties import Actor
from klantbeeld.services.klantbeeld.composer import Klantbeeld
from klantbeeld.services.registraties.internetaken import TIJDZONE, voorgestelde_deadline
from klantbeeld.services.registraties.registratie import (
    LIMIETEN,
    MAX_VRAGEN,
    Contactverzoek,
    Partij,
    Registratie,
    Soort,
    Terugbeladres,
    Vraag,
)
from klantbeeld.services.verbinding.errors import KlantbeeldError, OngeldigeInvoer
from klantbeeld.services.werkplek.settings import Instellingen
from klantbeeld.services.werkplek.werkplekstaat import laad_werkplekstaat, onthoud
from klantbeeld.views.beeld import BeeldModel
from klantbeeld.views.bevestiging import (
    BevestigingPaneel,
    Vastgelegd,
    hoofdvenster,
    toon_bevestiging,
)
from klantbeeld.views.icons import KANAAL_LABELS, icon, kanaal_sleutel
from klantbeeld.views.models.registratie_model import (
    GeweigerdModel,
    ZaakKeuze,
    ZakenKeuzeModel,
    partij_gemaskeerd,
    reden,
)
from klantbeeld.views.panels.kop import indicatoren
from klantbeeld.views.platte_tekst import tooltip
from klantbeeld.views.registraties import Registraties
from klantbeeld.views.sessie import Sessie
from klantbeeld.views.tabel import maak_tabel
from klantbeeld.views.theme import KANALEN, load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Registreren)."""
    return QCoreApplication.translate("Registreren", text)


#: The outcome proposed when a contactverzoek is made (if the wrap-up list has it).
RESULTAAT_CONTACTVERZOEK = "Contactverzoek gemaakt"
_GEEN_ACTOR = "00000000-0000-0000-0000-000000000000"


def duur_tekst(seconden: float) -> str:
    """``03:12``, or ``1:03:12`` from an hour on."""
    totaal = max(0, int(seconden))
    uren, rest = divmod(totaal, 3600)
    minuten, sec = divmod(rest, 60)
    return f"{uren}:{minuten:02d}:{sec:02d}" if uren else f"{minuten:02d}:{sec:02d}"


def terugbeladres(tekst: str) -> Terugbeladres | None:
    """The callback address as typed: an e-mail address, or a phone number without spaces."""
    schoon = tekst.strip()
    if not schoon:
        return None
    if "@" in schoon:
        return Terugbeladres(soort="email", adres=schoon)
    for teken in " -.()":
        schoon = schoon.replace(teken, "")
    return Terugbeladres(soort="telefoonnummer", adres=schoon)


def toelichting_zoals_verzonden(toelichting: str, deadline: datetime | None) -> str:
    """The internetaak's toelichting exactly as :class:`Registratie` will send it."""
    verzoek = Contactverzoek(actor_uuids=(_GEEN_ACTOR,), toelichting=toelichting, deadline=deadline)
    reg = Registratie(
        soort=Soort.CONTACTVERZOEK,
        kanaal="-",
        vragen=(Vraag(onderwerp="-"),),
        contactverzoek=verzoek,
    )
    return reg.toelichting_tekst()


#: The deadline field shows Dutch time, whatever the workstation's own zone.
NL_TIJDZONE = QTimeZone(b"Europe/Amsterdam")


def qdatetime(moment: datetime) -> QDateTime:
    """The same instant as a QDateTime in Dutch time (to the second)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), NL_TIJDZONE)


def python_moment(moment: QDateTime) -> datetime:
    """The same instant as an aware datetime in Dutch time."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), TIJDZONE)


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


def klantbeeld_sleutel(beeld: Klantbeeld | None) -> str:
    """The draft key of a klantbeeld (``persoon:<bsn>``), or ``anoniem``."""
    return f"{beeld.soort}:{beeld.sleutel}" if beeld is not None else "anoniem"


def partij_van(beeld: Klantbeeld | None) -> Partij:
    """The partij of the klantbeeld on screen (with names, for a first contact), or anonymous."""
    if beeld is None:
        return Partij()
    if beeld.soort == "persoon":
        naam = beeld.persoon.naam if beeld.persoon is not None else None
        return Partij.bsn(
            beeld.sleutel,
            voornaam=(naam.voornamen or "") if naam else "",
            voorvoegsel=(naam.voorvoegsel or "") if naam else "",
            achternaam=(naam.geslachtsnaam or "") if naam else "",
        )
    organisatie = ""
    if beeld.bedrijf is not None:
        organisatie = beeld.bedrijf.naam or ""
    return Partij.kvk(beeld.sleutel, organisatienaam=organisatie)


def partij_tekst(beeld: Klantbeeld | None, partij: Partij) -> str:
    """Who the contact is with, as the dialog's header shows it."""
    if partij.soort == "anoniem":
        return tr("Anonieme beller — er is geen klantbeeld geopend")
    naam = ""
    if beeld is not None and beeld.persoon is not None:
        naam = beeld.persoon.volledige_naam
    elif beeld is not None and beeld.bedrijf is not None:
        naam = beeld.bedrijf.naam or ""
    else:
        naam = partij.organisatienaam or " ".join(
            d for d in (partij.voornaam, partij.voorvoegsel, partij.achternaam) if d
        )
    masker = partij_gemaskeerd(partij)
    return f"{naam} · {masker}" if naam else masker


class PersoonWaarschuwing(QLabel):
    """The dialog header's warning: deceased, RNI/abroad, geheimhouding (as the kop shows them).

    Hidden when the BRP says nothing of the kind (or there is no person).
    """

    def __init__(self, beeld: Klantbeeld | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(tr("Let op bij deze persoon"))
        signalen = waarschuwingen_voor(beeld)
        self.setText(" · ".join(tekst for _, tekst in signalen))
        ernstig = any(niveau == "fout" for niveau, _ in signalen)
        self.setProperty("niveau", "fout" if ernstig else "waarschuwing")
        self.setVisible(bool(signalen))


def waarschuwingen_voor(beeld: Klantbeeld | None) -> list[tuple[str, str]]:
    """The BRP indicators of the person on screen, most serious first (none for a company)."""
    if beeld is None or beeld.persoon is None:
        return []
    return indicatoren(beeld.persoon)


# -- the contact's clock and the drafts --------------------------------------------------------


class ContactKlok(QObject):
    """When the contact with the klant on screen started: the moment its klantbeeld opened.

    One per :class:`BeeldModel` (a child of it), made by :meth:`voor`. The window should call
    ``ContactKlok.voor(model)`` when it is built, so the first contact's start is exact too.
    """

    def __init__(self, model: BeeldModel) -> None:
        super().__init__(model)
        self.setObjectName("contactKlok")
        self.start: datetime | None = datetime.now(UTC) if model.beeld is not None else None
        model.gestart.connect(self._gestart)
        model.gewist.connect(self._gewist)

    @classmethod
    def voor(cls, model: BeeldModel) -> ContactKlok:
        """The clock of ``model`` (made on first use)."""
        klok = model.findChild(ContactKlok, "contactKlok")
        return klok if klok is not None else cls(model)

    def _gestart(self) -> None:
        self.start = datetime.now(UTC)

    def _gewist(self) -> None:
        self.start = None


@dataclass
class VraagConcept:
    """One question block as typed."""

    onderwerp: str = ""
    vraag: str = ""
    antwoord: str = ""
    resultaat: str = ""
    zaken: list[str] = field(default_factory=list)


@dataclass
class Concept:
    """Everything typed in the dialog, to restore after an accidental close."""

    kanaal: str
    vragen: list[VraagConcept]
    start: datetime
    contactverzoek: bool = False
    actor_uuid: str = ""
    terugbeladres: str = ""
    deadline: datetime | None = None
    toelichting: str = ""

    def inhoud(self) -> tuple[object, ...]:
        """What the agent typed (not when or how it started): to tell a draft from empty."""
        return (
            tuple((v.onderwerp, v.vraag, v.antwoord) for v in self.vragen),
            self.toelichting if self.contactverzoek else "",
        )


class Concepten(QObject):
    """Drafts per klantbeeld, in memory only (a child of the Sessie); never written to disk."""

    def __init__(self, sessie: Sessie) -> None:
        super().__init__(sessie)
        self.setObjectName("registratieConcepten")
        self.concepten: dict[str, Concept] = {}
        self.actoren: list[Actor] = []

    @classmethod
    def voor(cls, sessie: Sessie) -> Concepten:
        """The drafts of ``sessie`` (made on first use)."""
        gevonden = sessie.findChild(Concepten, "registratieConcepten")
        return gevonden if gevonden is not None else cls(sessie)


# -- small widgets -----------------------------------------------------------------------------


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


class TekstVeld(QPlainTextEdit):
    """A plain-text field (Tab moves on) with its counter."""

    def __init__(self, limiet: int, naam: str, hint: str, regels: int = 4) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(hint)
        self.setAccessibleName(naam)
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


def zaak_bij_onderwerp(onderwerp: str, keuzes: list[ZaakKeuze]) -> str | None:
    """The zaak whose zaaktype is this onderwerp (an open one first), else None."""
    sleutel = " ".join(onderwerp.split()).lower()
    if not sleutel:
        return None
    passend = [k for k in keuzes if " ".join(k.omschrijving.split()).lower() == sleutel]
    passend.sort(key=lambda k: not k.is_open)
    return passend[0].uuid if passend else None


def is_opslaan_toets(event: QKeyEvent) -> bool:
    """True for Ctrl+Enter / Ctrl+Return."""
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


def _veldlabel(tekst: str, buddy: QWidget) -> QLabel:
    label = QLabel(tekst)
    label.setBuddy(buddy)
    return label


class VraagBlok(QFrame):
    """One question: onderwerp, vraag, antwoord/notitie, resultaat, linked zaken."""

    #: Something in the block changed.
    gewijzigd = Signal()
    #: The agent asked to remove this block.
    verwijderen = Signal(object)

    def __init__(
        self,
        nummer: int,
        onderwerpen: list[str],
        resultaten: list[str],
        zaken: list[ZaakKeuze],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("rol", "kaart")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)

        kop = QHBoxLayout()
        self.titel = QLabel()
        self.titel.setProperty("rol", "kop")
        kop.addWidget(self.titel, 1)
        self.verwijder_knop = QPushButton(icon("sluiten"), tr("Vraag verwijderen"))
        self.verwijder_knop.setProperty("variant", "subtle")
        self.verwijder_knop.clicked.connect(lambda: self.verwijderen.emit(self))
        kop.addWidget(self.verwijder_knop)
        grid.addLayout(kop, 0, 0, 1, 2)

        self.onderwerp = QComboBox()
        self.onderwerp.setEditable(True)
        self.onderwerp.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.onderwerp.addItems(onderwerpen)
        self.onderwerp.setCurrentIndex(-1)
        self.onderwerp.setEditText("")
        self.onderwerp.setPlaceholderText(tr("Waar ging het over? Kies of typ"))
        line = self.onderwerp.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("Waar ging het over? Kies of typ"))
        completer = QCompleter(onderwerpen, self.onderwerp)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.onderwerp.setCompleter(completer)
        self.onderwerp_teller = Teller(LIMIETEN["onderwerp"])
        self.onderwerp.editTextChanged.connect(lambda t: self.onderwerp_teller.tel(len(t)))
        onderwerp_kop = QHBoxLayout()
        onderwerp_kop.addWidget(_veldlabel(tr("&Onderwerp"), self.onderwerp), 1)
        onderwerp_kop.addWidget(self.onderwerp_teller)
        grid.addLayout(onderwerp_kop, 1, 0, 1, 2)
        grid.addWidget(self.onderwerp, 2, 0, 1, 2)

        self.vraag = TekstVeld(
            LIMIETEN["inhoud"], "", tr("De vraag van de klant, in eigen woorden")
        )
        self.antwoord = TekstVeld(
            LIMIETEN["reactie"], "", tr("Wat u hebt geantwoord of afgesproken")
        )
        for kolom, (titel, veld) in enumerate(
            ((tr("&Vraag"), self.vraag), (tr("&Antwoord of notitie"), self.antwoord))
        ):
            rij = QHBoxLayout()
            rij.addWidget(_veldlabel(titel, veld), 1)
            rij.addWidget(veld.teller)
            grid.addLayout(rij, 3, kolom)
            grid.addWidget(veld, 4, kolom)

        self.resultaat = QComboBox()
        self.resultaat.setEditable(True)
        self.resultaat.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.resultaat.addItems(resultaten)
        if resultaten:
            self.resultaat.setCurrentIndex(0)
        grid.addWidget(_veldlabel(tr("&Resultaat"), self.resultaat), 5, 0)
        grid.addWidget(self.resultaat, 6, 0, Qt.AlignmentFlag.AlignTop)

        self.zaken_model = ZakenKeuzeModel(self)
        self.zaken_model.set_rows(zaken)
        self.zaken = QListView()
        self.zaken.setModel(self.zaken_model)
        self.zaken.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.zaken.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zaken.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.zaken.setUniformItemSizes(True)
        regel = self.zaken.fontMetrics().lineSpacing() + 8
        self.zaken.setMaximumHeight(regel * min(4, max(1, len(zaken))) + 6)
        self.zaken_label = _veldlabel(tr("Gekoppelde &zaken (spatie = aan/uit)"), self.zaken)
        self.geen_zaken = QLabel(tr("Geen zaken bij deze klant."))
        self.geen_zaken.setProperty("rol", "gedempt")
        grid.addWidget(self.zaken_label, 5, 1)
        grid.addWidget(self.zaken, 6, 1)
        grid.addWidget(self.geen_zaken, 6, 1, Qt.AlignmentFlag.AlignTop)
        self.zaken.setVisible(bool(zaken))
        self.geen_zaken.setVisible(not zaken)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self._zaak_voorstel: str | None = None
        self.onderwerp.editTextChanged.connect(self._stel_zaak_voor)
        self.onderwerp.editTextChanged.connect(self.gewijzigd)
        self.vraag.textChanged.connect(self.gewijzigd)
        self.antwoord.textChanged.connect(self.gewijzigd)
        self.resultaat.editTextChanged.connect(self.gewijzigd)
        self.zaken_model.dataChanged.connect(self.gewijzigd)
        self.nummer(nummer)

    def _stel_zaak_voor(self, onderwerp: str) -> None:
        """An onderwerp that is one of the klant's zaaktypen proposes that zaak.

        Only while the agent chose no zaak (or only our earlier proposal); never undoes a choice.
        """
        gekozen = self.zaken_model.gekozen()
        if gekozen and gekozen != [self._zaak_voorstel]:
            return
        voorstel = zaak_bij_onderwerp(onderwerp, self.zaken_model.keuzes())
        if voorstel == self._zaak_voorstel:
            return
        self._zaak_voorstel = voorstel
        self.zaken_model.set_rows(self.zaken_model.keuzes(), [voorstel] if voorstel else [])
        self.gewijzigd.emit()

    def nummer(self, nummer: int) -> None:
        """Renumber the block (after one above was removed)."""
        self.titel.setText(tr("Vraag {n}").format(n=nummer))
        self.onderwerp.setAccessibleName(tr("Onderwerp van vraag {n}").format(n=nummer))
        self.vraag.setAccessibleName(tr("Vraag {n}").format(n=nummer))
        self.antwoord.setAccessibleName(tr("Antwoord of notitie bij vraag {n}").format(n=nummer))
        self.resultaat.setAccessibleName(tr("Resultaat van vraag {n}").format(n=nummer))
        self.zaken.setAccessibleName(tr("Zaken bij vraag {n}").format(n=nummer))
        self.verwijder_knop.setAccessibleName(tr("Vraag {n} verwijderen").format(n=nummer))

    def concept(self) -> VraagConcept:
        """What is typed here."""
        return VraagConcept(
            onderwerp=self.onderwerp.currentText(),
            vraag=self.vraag.tekst(),
            antwoord=self.antwoord.tekst(),
            resultaat=self.resultaat.currentText(),
            zaken=self.zaken_model.gekozen(),
        )

    def vul(self, concept: VraagConcept) -> None:
        """Fill from a draft or a refused registration (unknown zaken are kept, listed)."""
        self.onderwerp.setEditText(concept.onderwerp)
        self.vraag.setPlainText(concept.vraag)
        self.antwoord.setPlainText(concept.antwoord)
        if concept.resultaat:
            self.resultaat.setEditText(concept.resultaat)
        keuzes = self.zaken_model.keuzes()
        bekend = {k.uuid for k in keuzes}
        extra = [ZaakKeuze(u, "", tr("zaak niet in dit klantbeeld"), False) for u in concept.zaken]
        keuzes += [k for k in extra if k.uuid not in bekend]
        self.zaken_model.set_rows(keuzes, concept.zaken)
        self.zaken.setVisible(bool(keuzes))
        self.geen_zaken.setVisible(not keuzes)

    def wis(self) -> None:
        """Forget everything typed (on end of contact)."""
        self.onderwerp.setEditText("")
        self.vraag.clear()
        self.antwoord.clear()
        self.zaken_model.set_rows([])


# -- the dialog --------------------------------------------------------------------------------


class RegistratieDialoog(QDialog):
    """Records a contact (and optionally a contactverzoek); opened with ``toon()``."""

    #: Saved in the journal; carries the Registratie.
    vastgelegd = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        registraties: Registraties,
        sessie: Sessie,
        instellingen: Instellingen,
        *,
        contactverzoek: bool = False,
        correctie: tuple[str, Registratie] | None = None,
    ) -> None:
        super().__init__(parent)
        self.registraties = registraties
        self.sessie = sessie
        self.instellingen = instellingen
        self.correctie = correctie
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._concepten = Concepten.voor(sessie)
        self._klok = ContactKlok.voor(sessie.model)
        self._actortaak: asyncio.Task[None] | None = None
        self._opgeslagen = False
        self._weggooien = False
        self._poging = False
        self.bevestiging: QMessageBox | None = None
        #: The lasting confirmation shown after saving (in the main window).
        self.bevestiging_paneel: BevestigingPaneel | None = None
        self._vul_actor = ""

        beeld = sessie.model.beeld
        if correctie is not None:
            item_id, origineel = correctie
            self._sleutel = f"geweigerd:{item_id}"
            self.partij = origineel.partij
            start = origineel.start
        else:
            self._sleutel = klantbeeld_sleutel(beeld)
            self.partij = partij_van(beeld)
            start = self._klok.start or datetime.now(UTC)
        self.start = start
        self._zaken = self._zaak_keuzes(beeld)
        self._onderwerpen = self._onderwerp_voorstellen(beeld)

        self.setWindowTitle(
            tr("Geweigerde registratie corrigeren") if correctie else tr("Contact registreren")
        )
        self.setAccessibleName(self.windowTitle())
        buiten = QVBoxLayout(self)
        buiten.setContentsMargins(16, 12, 16, 12)
        buiten.setSpacing(8)

        # who, how, since when
        kop = QHBoxLayout()
        self.partij_label = QLabel(partij_tekst(beeld if correctie is None else None, self.partij))
        self.partij_label.setTextFormat(Qt.TextFormat.PlainText)
        self.partij_label.setProperty("rol", "kop")
        self.partij_label.setWordWrap(True)
        self.partij_label.setAccessibleName(tr("Contact met"))
        kop.addWidget(self.partij_label, 1)
        self.kanaal = QComboBox()
        for sleutel in KANALEN:
            self.kanaal.addItem(icon(sleutel), tr(KANAAL_LABELS[sleutel]), sleutel)
        self.kanaal.setAccessibleName(tr("Kanaal"))
        kop.addWidget(_veldlabel(tr("&Kanaal"), self.kanaal))
        kop.addWidget(self.kanaal)
        self.duur = QLabel()
        self.duur.setProperty("rol", "gedempt")
        self.duur.setAccessibleName(tr("Duur van het contact"))
        kop.addWidget(self.duur)
        buiten.addLayout(kop)
        self.persoon_waarschuwing = PersoonWaarschuwing(beeld if correctie is None else None)
        buiten.addWidget(self.persoon_waarschuwing)

        self.herstel = QLabel()
        self.herstel.setProperty("niveau", "info")
        self.herstel.setWordWrap(True)
        self.herstel.setVisible(False)
        buiten.addWidget(self.herstel)

        # the questions and the contactverzoek, scrolling when long
        self._vragen_houder = QWidget()
        self._vragen_layout = QVBoxLayout(self._vragen_houder)
        self._vragen_layout.setContentsMargins(0, 0, 0, 0)
        self._vragen_layout.setSpacing(8)
        self.blokken: list[VraagBlok] = []
        self.verzoek_keuze = QCheckBox(tr("Contactverzoek maken: een collega neemt contact op"))
        self.verzoek_keuze.setAccessibleName(tr("Contactverzoek maken"))
        self.verzoek = self._verzoek_deel()
        inhoud = QWidget()
        inhoud_layout = QVBoxLayout(inhoud)
        inhoud_layout.setContentsMargins(0, 0, 4, 0)
        inhoud_layout.addWidget(self._vragen_houder)
        self.nog_een_knop = QPushButton(tr("+ Nog een vraag"))
        self.nog_een_knop.setProperty("variant", "secondary")
        self.nog_een_knop.setToolTip(tr("Elke vraag wordt een eigen klantcontact (Ctrl+N)"))
        self.nog_een_knop.setAccessibleName(tr("Nog een vraag toevoegen"))
        self.nog_een_knop.clicked.connect(self.nog_een_vraag)
        inhoud_layout.addWidget(self.nog_een_knop, 0, Qt.AlignmentFlag.AlignLeft)
        inhoud_layout.addWidget(self.verzoek_keuze)
        inhoud_layout.addWidget(self.verzoek)
        inhoud_layout.addStretch(1)
        self.vlak = QScrollArea()
        self.vlak.setWidgetResizable(True)
        self.vlak.setFrameShape(QFrame.Shape.NoFrame)
        self.vlak.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.vlak.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        self.vlak.setWidget(inhoud)
        buiten.addWidget(self.vlak, 1)

        # problems and buttons
        self.problemen = QLabel()
        self.problemen.setTextFormat(Qt.TextFormat.PlainText)
        self.problemen.setWordWrap(True)
        self.problemen.setAccessibleName(tr("Waarom het nog niet kan"))
        self.problemen.setVisible(False)
        buiten.addWidget(self.problemen)
        knoppen = QHBoxLayout()
        knoppen.addStretch(1)
        self.annuleer_knop = QPushButton(tr("Annuleren"))
        self.annuleer_knop.setProperty("variant", "secondary")
        self.annuleer_knop.setAccessibleName(tr("Annuleren"))
        self.annuleer_knop.setToolTip(tr("Sluiten zonder vast te leggen (Esc)"))
        self.annuleer_knop.clicked.connect(self.reject)
        self.opslaan_knop = QPushButton(tr("Vastleggen"))
        self.opslaan_knop.setProperty("variant", "primary")
        self.opslaan_knop.setAccessibleName(tr("Vastleggen"))
        self.opslaan_knop.setToolTip(tr("Vastleggen (Ctrl+Enter)"))
        self.opslaan_knop.setAutoDefault(False)
        self.opslaan_knop.clicked.connect(self.vastleggen)
        knoppen.addWidget(self.annuleer_knop)
        knoppen.addWidget(self.opslaan_knop)
        buiten.addLayout(knoppen)

        for toets in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(toets), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.vastleggen)
        sc = QShortcut(QKeySequence("Ctrl+N"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.nog_een_vraag)

        # fill: a correction, a draft, or fresh
        concept = self._concepten.concepten.get(self._sleutel)
        if correctie is not None and concept is None:
            concept = concept_van(correctie[1])
        if concept is not None:
            self._vul(concept, contactverzoek)
            if correctie is None:
                self.herstel.setText(tr("Concept hersteld: wat u eerder typte staat er weer."))
                self.herstel.setVisible(True)
        else:
            self._kies_kanaal(laad_werkplekstaat().laatste_kanaal)
            self._nieuw_blok(zaken_voorstel=self._zaak_op_scherm())
            self.verzoek_keuze.setChecked(contactverzoek)
        self._leeg = self._concept().inhoud()
        self.kanaal.currentIndexChanged.connect(self._gewijzigd)
        self.verzoek_keuze.toggled.connect(self._verzoek_aan)
        self._verzoek_aan(self.verzoek_keuze.isChecked(), voorstel=concept is None)
        self._tab_volgorde()

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tik)
        self._timer.start()
        self._tik()
        sessie.model.gewist.connect(self._gewist)
        self._laad_actoren()
        self._controleer()

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def toon(
        cls,
        parent: QWidget,
        registraties: Registraties,
        sessie: Sessie,
        instellingen: Instellingen,
        *,
        contactverzoek: bool = False,
    ) -> RegistratieDialoog:
        """Open it (non-blocking); an open one is brought forward instead of a second."""
        for bestaand in parent.findChildren(RegistratieDialoog):
            if bestaand.isVisible() and bestaand.correctie is None:
                if contactverzoek:
                    bestaand.verzoek_keuze.setChecked(True)
                bestaand.raise_()
                bestaand.activateWindow()
                return bestaand
        dialoog = cls(parent, registraties, sessie, instellingen, contactverzoek=contactverzoek)
        dialoog._toon()
        return dialoog

    @classmethod
    def corrigeer(
        cls,
        parent: QWidget,
        registraties: Registraties,
        sessie: Sessie,
        instellingen: Instellingen,
        item_id: str,
        registratie: Registratie,
    ) -> RegistratieDialoog:
        """Open prefilled with a refused registration; saving resends it (same id)."""
        dialoog = cls(parent, registraties, sessie, instellingen, correctie=(item_id, registratie))
        dialoog._toon()
        return dialoog

    def _toon(self) -> None:
        scherm = self.screen().availableGeometry()
        self.resize(min(960, scherm.width() - 40), min(700, scherm.height() - 40))
        self.open()
        eerste = self.blokken[0] if self.blokken else None
        if eerste is not None:
            eerste.onderwerp.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _zaak_keuzes(self, beeld: Klantbeeld | None) -> list[ZaakKeuze]:
        if beeld is None:
            return []
        keuzes = []
        for overzicht in beeld.zaken:
            zaak = overzicht.zaak
            if not zaak.uuid:
                continue
            soort = overzicht.zaaktype.omschrijving if overzicht.zaaktype else ""
            keuzes.append(
                ZaakKeuze(
                    zaak.uuid,
                    zaak.identificatie or "",
                    soort or zaak.omschrijving or "",
                    overzicht.is_open,
                )
            )
        op_scherm = self._zaak_op_scherm()
        keuzes.sort(key=lambda k: (k.uuid not in op_scherm, not k.is_open))
        return keuzes

    def _zaak_op_scherm(self) -> list[str]:
        gekozen = self.sessie.model.gekozen_zaak
        return [gekozen.zaak.uuid] if gekozen is not None and gekozen.zaak.uuid else []

    def _onderwerp_voorstellen(self, beeld: Klantbeeld | None) -> list[str]:
        """The klant's own zaaktypen first, then the configured list, then the catalogus."""
        namen: list[str] = []
        if beeld is not None:
            for overzicht in sorted(beeld.zaken, key=lambda z: not z.is_open):
                if overzicht.zaaktype is not None and overzicht.zaaktype.omschrijving:
                    namen.append(overzicht.zaaktype.omschrijving)
        namen += self.instellingen.onderwerpen
        catalogus = self.sessie.composer.catalogus
        if catalogus is not None:
            namen += sorted(z.omschrijving for z in catalogus.zaaktypen() if z.omschrijving)
        return list(dict.fromkeys(n.strip() for n in namen if n.strip()))

    def _verzoek_deel(self) -> QFrame:
        deel = QFrame()
        deel.setProperty("rol", "kaart")
        grid = QGridLayout(deel)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.actor = QComboBox()
        self.actor.setAccessibleName(tr("Toewijzen aan"))
        self.actor.setPlaceholderText(tr("Laden…"))
        self.actor_melding = QLabel()
        self.actor_melding.setTextFormat(Qt.TextFormat.PlainText)
        self.actor_melding.setWordWrap(True)
        self.actor_melding.setVisible(False)
        self.actor_opnieuw = QPushButton(tr("Opnieuw proberen"))
        self.actor_opnieuw.setProperty("variant", "secondary")
        self.actor_opnieuw.setAccessibleName(tr("Afdelingen en medewerkers opnieuw laden"))
        self.actor_opnieuw.clicked.connect(lambda: self._laad_actoren(opnieuw=True))
        self.actor_opnieuw.setVisible(False)
        grid.addWidget(_veldlabel(tr("&Toewijzen aan"), self.actor), 0, 0)
        grid.addWidget(self.actor, 1, 0)
        grid.addWidget(self.actor_melding, 2, 0)
        grid.addWidget(self.actor_opnieuw, 3, 0, Qt.AlignmentFlag.AlignLeft)

        self.terugbel = QComboBox()
        self.terugbel.setEditable(True)
        self.terugbel.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.terugbel.setAccessibleName(tr("Terugbelnummer of e-mailadres"))
        self.terugbel.setPlaceholderText(tr("0612345678 of naam@voorbeeld.nl"))
        self.terugbel_teller = Teller(LIMIETEN["adres"])
        self.terugbel.editTextChanged.connect(lambda t: self.terugbel_teller.tel(len(t)))
        rij = QHBoxLayout()
        rij.addWidget(_veldlabel(tr("Terugbellen &op"), self.terugbel), 1)
        rij.addWidget(self.terugbel_teller)
        grid.addLayout(rij, 0, 1)
        grid.addWidget(self.terugbel, 1, 1)

        self.deadline = DeadlineVeld()
        self.deadline.setAccessibleName(tr("Deadline"))
        self.deadline.setToolTip(
            tr(
                "Voorstel: de termijn van het gekozen team. Pijltjestoetsen wijzigen, "
                "Tab gaat verder."
            )
        )
        self._zet_deadline(voorgestelde_deadline(datetime.now(UTC)))
        grid.addWidget(_veldlabel(tr("&Deadline"), self.deadline), 0, 2)
        grid.addWidget(self.deadline, 1, 2)

        self.toelichting = TekstVeld(
            LIMIETEN["toelichting"],
            tr("Toelichting voor wie terugbelt"),
            tr("Wat moet de collega weten? Wanneer is de klant bereikbaar?"),
            regels=3,
        )
        rij = QHBoxLayout()
        rij.addWidget(_veldlabel(tr("Toe&lichting"), self.toelichting), 1)
        rij.addWidget(self.toelichting.teller)
        grid.addLayout(rij, 2, 1, 1, 2)
        grid.addWidget(self.toelichting, 3, 1, 1, 2)
        # The team names are long ("Team Terugbellen (afdeling of team)"): room for them.
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 0)
        self.actor.currentTextChanged.connect(self.actor.setToolTip)

        for adres in self._bekende_adressen():
            self.terugbel.addItem(adres)
        self.terugbel.setCurrentIndex(0 if self.terugbel.count() else -1)
        self.actor.currentIndexChanged.connect(self._team_gekozen)
        self.actor.currentIndexChanged.connect(self._gewijzigd)
        self.terugbel.editTextChanged.connect(self._gewijzigd)
        self.deadline.dateTimeChanged.connect(self._gewijzigd)
        self.toelichting.textChanged.connect(self._gewijzigd)
        self.toelichting.textChanged.connect(self._tel_toelichting)
        self.deadline.dateTimeChanged.connect(self._tel_toelichting)
        self.toelichting.teller.setToolTip(tr("De deadline gaat mee in de toelichting en telt mee"))
        return deel

    def _tel_toelichting(self, *_: object) -> None:
        """Count the toelichting as it is sent: the agent's words plus the deadline line."""
        self.toelichting.teller.tel(
            len(toelichting_zoals_verzonden(self.toelichting.tekst(), self._deadline()))
        )

    def _deadline(self) -> datetime:
        return self.deadline.moment()

    def _zet_deadline(self, moment: datetime) -> None:
        """Propose ``moment``; the agent's own choice is never overwritten afterwards."""
        self.deadline.blockSignals(True)
        self.deadline.zet(moment)
        self.deadline.blockSignals(False)
        self._voorstel_deadline = self.deadline.dateTime()

    def _team_gekozen(self, *_: object) -> None:
        """A team has its own term: propose its deadline unless the agent chose one."""
        if self.deadline.dateTime() != self._voorstel_deadline:
            return
        team = self.actor.currentText().rsplit(" (", 1)[0] if self.actor.currentIndex() >= 0 else ""
        self._zet_deadline(voorgestelde_deadline(datetime.now(UTC), team))
        self._tel_toelichting()

    def _bekende_adressen(self) -> list[str]:
        """The klant's known phone numbers first, then e-mail addresses (standard first)."""
        beeld = self.sessie.model.beeld
        if self.correctie is not None or beeld is None or beeld.partij is None:
            return []
        adressen = [
            a
            for a in beeld.partij.digitale_adressen
            if a.adres and (a.soort_digitaal_adres or "") in ("telefoonnummer", "email")
        ]
        adressen.sort(
            key=lambda a: (a.soort_digitaal_adres != "telefoonnummer", not a.is_standaard_adres)
        )
        return list(dict.fromkeys(a.adres for a in adressen if a.adres))

    def _nieuw_blok(self, zaken_voorstel: list[str] | None = None) -> VraagBlok:
        blok = VraagBlok(
            len(self.blokken) + 1, self._onderwerpen, self.instellingen.resultaten, self._zaken
        )
        if zaken_voorstel:
            blok.zaken_model.set_rows(self._zaken, zaken_voorstel)
        blok.gewijzigd.connect(self._gewijzigd)
        blok.verwijderen.connect(self._verwijder_blok)
        self.blokken.append(blok)
        self._vragen_layout.addWidget(blok)
        self._blokken_bijwerken()
        return blok

    def nog_een_vraag(self) -> None:
        """Add a question block (each question becomes its own klantcontact)."""
        if not self.nog_een_knop.isEnabled():
            return
        blok = self._nieuw_blok()
        self._tab_volgorde()
        self._gewijzigd()
        blok.onderwerp.setFocus()
        QTimer.singleShot(0, lambda: self._zichtbaar(blok))

    def _zichtbaar(self, blok: VraagBlok) -> None:
        if shiboken6.isValid(blok) and shiboken6.isValid(self.vlak):
            self.vlak.ensureWidgetVisible(blok)

    def _verwijder_blok(self, blok: VraagBlok) -> None:
        if len(self.blokken) <= 1 or blok not in self.blokken:
            return
        index = self.blokken.index(blok)
        self.blokken.remove(blok)
        self._vragen_layout.removeWidget(blok)
        blok.deleteLater()
        for n, b in enumerate(self.blokken, 1):
            b.nummer(n)
        self._blokken_bijwerken()
        self._tab_volgorde()
        self._gewijzigd()
        self.blokken[min(index, len(self.blokken) - 1)].onderwerp.setFocus()

    def _blokken_bijwerken(self) -> None:
        for blok in self.blokken:
            blok.verwijder_knop.setVisible(len(self.blokken) > 1)
        verzoek = self.verzoek_keuze.isChecked()
        self.nog_een_knop.setEnabled(len(self.blokken) < MAX_VRAGEN and not verzoek)
        self.nog_een_knop.setToolTip(
            tr("Een contactverzoek hoort bij één vraag")
            if verzoek
            else tr("Elke vraag wordt een eigen klantcontact (Ctrl+N)")
        )

    def _verzoek_aan(self, aan: bool, *, voorstel: bool = True) -> None:
        self.verzoek.setVisible(aan)
        self.setWindowTitle(
            tr("Geweigerde registratie corrigeren")
            if self.correctie
            else tr("Contactverzoek maken")
            if aan
            else tr("Contact registreren")
        )
        if aan and voorstel and self.blokken:
            resultaat = self.blokken[0].resultaat
            if RESULTAAT_CONTACTVERZOEK in self.instellingen.resultaten:
                resultaat.setEditText(RESULTAAT_CONTACTVERZOEK)
        self._blokken_bijwerken()
        self._tab_volgorde()
        self._gewijzigd()

    def _tab_volgorde(self) -> None:
        volgorde: list[QWidget] = [self.kanaal]
        for blok in self.blokken:
            volgorde += [
                blok.onderwerp,
                blok.vraag,
                blok.antwoord,
                blok.resultaat,
                blok.zaken,
                blok.verwijder_knop,
            ]
        volgorde += [
            self.nog_een_knop,
            self.verzoek_keuze,
            self.actor,
            self.actor_opnieuw,
            self.terugbel,
            self.deadline,
            self.toelichting,
            self.annuleer_knop,
            self.opslaan_knop,
        ]
        for eerste, tweede in itertools.pairwise(volgorde):
            QWidget.setTabOrder(eerste, tweede)

    def _kies_kanaal(self, sleutel: str) -> None:
        index = self.kanaal.findData(kanaal_sleutel(sleutel) or sleutel)
        self.kanaal.setCurrentIndex(max(0, index))

    # -- actoren -----------------------------------------------------------------------------

    def _laad_actoren(self, *, opnieuw: bool = False) -> None:
        if self._concepten.actoren and not opnieuw:
            self._toon_actoren(self._concepten.actoren)
            return
        if self.sessie.composer.klantinteracties is None:
            self._actor_fout(tr("Klantinteracties is niet ingesteld."))
            return
        if self._actortaak is not None:
            self._actortaak.cancel()
        self.actor_melding.setVisible(False)
        self.actor_opnieuw.setVisible(False)
        self._actortaak = asyncio.ensure_future(self._haal_actoren())

    async def _haal_actoren(self) -> None:
        ki = self.sessie.composer.klantinteracties
        assert ki is not None
        try:
            actoren = await ki.actoren()
        except KlantbeeldError as e:
            if shiboken6.isValid(self):
                self._actor_fout(str(e))
            return
        actief = [a for a in actoren if a.indicatie_actief is not False and a.naam]
        self._concepten.actoren = actief
        if shiboken6.isValid(self):
            self._toon_actoren(actief)

    def _actor_fout(self, melding: str) -> None:
        self.actor.setPlaceholderText(tr("Niet beschikbaar"))
        self.actor_melding.setText(
            tr("Afdelingen en medewerkers niet bereikbaar — {melding}").format(melding=melding)
        )
        self.actor_melding.setProperty("niveau", "fout")
        self.actor_melding.setVisible(True)
        self.actor_opnieuw.setVisible(True)
        self._controleer()

    def _toon_actoren(self, actoren: list[Actor]) -> None:
        gekozen = self.actor.currentData() or self._gewenste_actor
        self.actor.blockSignals(True)
        self.actor.clear()
        groepen = [a for a in actoren if a.soort_actor == "organisatorische_eenheid"]
        mensen = [a for a in actoren if a.soort_actor == "medewerker"]
        for titel, lijst in ((tr("Afdeling of team"), groepen), (tr("Medewerker"), mensen)):
            for actor in sorted(lijst, key=lambda a: (a.naam or "").lower()):
                self.actor.addItem(f"{actor.naam} ({titel.lower()})", actor.uuid)
        self.actor.setPlaceholderText(tr("Kies wie contact opneemt"))
        self.actor.setCurrentIndex(self.actor.findData(gekozen) if gekozen else -1)
        self.actor.blockSignals(False)
        self._team_gekozen()
        self.actor_melding.setVisible(False)
        self.actor_opnieuw.setVisible(False)
        self._gewijzigd()

    @property
    def _gewenste_actor(self) -> str:
        concept = self._concepten.concepten.get(self._sleutel)
        if concept is not None and concept.actor_uuid:
            return concept.actor_uuid
        if self._vul_actor:
            return self._vul_actor
        return laad_werkplekstaat().laatste_actor

    # -- the draft ---------------------------------------------------------------------------

    def _concept(self) -> Concept:
        deadline = self._deadline()
        return Concept(
            kanaal=str(self.kanaal.currentData() or ""),
            vragen=[b.concept() for b in self.blokken],
            start=self.start,
            contactverzoek=self.verzoek_keuze.isChecked(),
            actor_uuid=str(self.actor.currentData() or ""),
            terugbeladres=self.terugbel.currentText(),
            deadline=deadline,
            toelichting=self.toelichting.tekst(),
        )

    def _vul(self, concept: Concept, contactverzoek: bool) -> None:
        self._kies_kanaal(concept.kanaal)
        for vraag in concept.vragen or [VraagConcept()]:
            self._nieuw_blok().vul(vraag)
        self.start = concept.start
        self.verzoek_keuze.setChecked(concept.contactverzoek or contactverzoek)
        self._vul_actor = concept.actor_uuid
        self.terugbel.setEditText(concept.terugbeladres)
        if concept.deadline is not None:
            self.deadline.zet(concept.deadline)
        self.toelichting.setPlainText(concept.toelichting)

    def is_leeg(self) -> bool:
        """True when nothing was typed since the dialog opened empty."""
        return self._concept().inhoud() == self._leeg and not self.herstel.isVisible()

    def _gewijzigd(self, *_: object) -> None:
        if not hasattr(self, "_leeg") or self._opgeslagen or self._weggooien:
            return
        concept = self._concept()
        if concept.inhoud() != self._leeg or self._sleutel in self._concepten.concepten:
            self._concepten.concepten[self._sleutel] = concept
        self._controleer()

    # -- checking and saving -----------------------------------------------------------------

    def registratie(self, *, actor_invullen: bool = False) -> Registratie:
        """The registration as typed; raises ValidationError/OngeldigeInvoer for bad input.

        ``actor_invullen`` puts a stand-in actor in a contactverzoek without one, so the other
        problems can still be named (never used to save).
        """
        concept = self._concept()
        if actor_invullen and not concept.actor_uuid:
            concept.actor_uuid = _GEEN_ACTOR
        verzoek = concept.contactverzoek
        vragen = tuple(
            Vraag(
                onderwerp=v.onderwerp,
                vraag=v.vraag,
                antwoord=v.antwoord,
                resultaat=v.resultaat.strip() or "afgehandeld",
                zaak_uuids=tuple(v.zaken),
            )
            for v in concept.vragen
        )
        cv = None
        if verzoek:
            cv = Contactverzoek(
                actor_uuids=(concept.actor_uuid,) if concept.actor_uuid else (),
                toelichting=concept.toelichting,
                terugbeladres=terugbeladres(concept.terugbeladres),
                deadline=concept.deadline,
            )
        origineel = self.correctie[1] if self.correctie is not None else None
        return Registratie(
            id=origineel.id if origineel is not None else uuid.uuid4().hex,
            medewerker=origineel.medewerker if origineel else self.registraties.medewerker,
            soort=Soort.CONTACTVERZOEK if verzoek else Soort.CONTACT,
            partij=self.partij,
            kanaal=KANAAL_LABELS.get(concept.kanaal, concept.kanaal),
            vragen=vragen,
            start=concept.start,
            eind=datetime.now(UTC),
            contactverzoek=cv,
        )

    def problemen_lijst(self) -> list[str]:
        """Every reason it cannot be saved yet, in plain Dutch (empty: it can)."""
        problemen: list[str] = []
        if self.verzoek_keuze.isChecked():
            if len(self.blokken) > 1:
                problemen.append(
                    tr(
                        "Een contactverzoek hoort bij één vraag: verwijder de andere vragen, "
                        "of zet het contactverzoek uit."
                    )
                )
            if self.actor.currentIndex() < 0:
                problemen.append(tr("Kies aan wie het contactverzoek wordt toegewezen."))
        for n, blok in enumerate(self.blokken, 1):
            if not blok.resultaat.currentText().strip():
                waar = tr(" van vraag {n}").format(n=n) if len(self.blokken) > 1 else ""
                problemen.append(tr("Kies het resultaat{waar}.").format(waar=waar))
        if problemen and self.verzoek_keuze.isChecked() and len(self.blokken) > 1:
            return problemen
        try:
            reg = self.registratie(actor_invullen=True)
        except ValidationError as e:
            if not problemen:
                problemen += [
                    tr("Dit klopt nog niet: {fout}").format(fout=f.get("msg", ""))
                    for f in e.errors()
                ]
            return problemen
        except OngeldigeInvoer as e:
            return [*problemen, e.melding]
        return [*problemen, *reg.controleer()]

    def _controleer(self) -> list[str]:
        problemen = self.problemen_lijst()
        # Before the first attempt only what the agent can see growing (too long) is shown.
        zichtbaar = (
            problemen
            if self._poging
            else [p for p in problemen if "tekens" in p or p.startswith("De deadline")]
        )
        self.problemen.setText("\n".join(zichtbaar))
        self.problemen.setProperty("niveau", "fout" if self._poging else "waarschuwing")
        self.problemen.style().unpolish(self.problemen)
        self.problemen.style().polish(self.problemen)
        self.problemen.setVisible(bool(zichtbaar))
        if problemen:
            kort = (
                tr("Nog niet vast te leggen: {n} punt")
                if len(problemen) == 1
                else tr("Nog niet vast te leggen: {n} punten")
            )
            self.opslaan_knop.setText(kort.format(n=len(problemen)))
            self.opslaan_knop.setToolTip(tooltip("\n".join(problemen)))
            variant = "secondary"
        else:
            self.opslaan_knop.setText(tr("Vastleggen"))
            self.opslaan_knop.setToolTip(tr("Vastleggen (Ctrl+Enter)"))
            variant = "primary"
        if self.opslaan_knop.property("variant") != variant:
            self.opslaan_knop.setProperty("variant", variant)
            self.opslaan_knop.style().unpolish(self.opslaan_knop)
            self.opslaan_knop.style().polish(self.opslaan_knop)
        self.opslaan_knop.setAccessibleDescription(self.opslaan_knop.toolTip())
        return problemen

    def vastleggen(self) -> bool:
        """Save to the journal (or resend a correction); False and the reasons shown if not."""
        if self._opgeslagen:
            return False
        self._poging = True
        problemen = self._controleer()
        if problemen:
            self._focus_op_probleem()
            return False
        reg = self.registratie()
        try:
            if self.correctie is not None:
                self.registraties.opnieuw_aanbieden(self.correctie[0], reg)
            else:
                self.registraties.registreer(reg)
        except OngeldigeInvoer as e:
            self._fout(e.melding)
            return False
        except KlantbeeldError as e:  # JournaalFout: nothing saved, the text stays
            self._fout(
                tr("Niet vastgelegd — {melding}. Uw tekst staat er nog.").format(
                    melding=getattr(e, "melding", str(e))
                )
            )
            return False
        self._opgeslagen = True
        self._concepten.concepten.pop(self._sleutel, None)
        onthoud(laatste_kanaal=str(self.kanaal.currentData() or ""))
        if reg.contactverzoek is not None:
            onthoud(laatste_actor=reg.contactverzoek.actor_uuids[0])
        if self.correctie is None:
            self.sessie.toon_lokaal(reg)
        venster = hoofdvenster(self)
        if venster is not None:
            self.bevestiging_paneel = toon_bevestiging(
                venster, self.registraties, self.sessie, self.vastgelegd_als(reg)
            )
        self.vastgelegd.emit(reg)
        self.accept()
        return True

    def vastgelegd_als(self, reg: Registratie) -> Vastgelegd:
        """What the confirmation says about ``reg``: for whom, which zaken, which team."""
        labels = {k.uuid: k.label for k in self._zaken}
        zaken = [u for v in reg.vragen for u in v.zaak_uuids]
        team = ""
        if reg.contactverzoek is not None and self.actor.currentIndex() >= 0:
            team = self.actor.currentText().rsplit(" (", 1)[0]
        return Vastgelegd(
            registratie=reg,
            voor=self.partij_label.text(),
            zaken=tuple(labels.get(u, u) for u in dict.fromkeys(zaken)),
            team=team,
        )

    def _fout(self, melding: str) -> None:
        self.problemen.setText(melding)
        self.problemen.setProperty("niveau", "fout")
        self.problemen.style().unpolish(self.problemen)
        self.problemen.style().polish(self.problemen)
        self.problemen.setVisible(True)

    def _focus_op_probleem(self) -> None:
        for blok in self.blokken:
            if not blok.onderwerp.currentText().strip() or blok.onderwerp_teller.te_lang:
                blok.onderwerp.setFocus()
                return
            for veld in (blok.vraag, blok.antwoord):
                if veld.teller.te_lang:
                    veld.setFocus()
                    return
        if self.verzoek_keuze.isChecked():
            if self.actor.currentIndex() < 0:
                self.actor.setFocus()
            elif self.toelichting.teller.te_lang:
                self.toelichting.setFocus()
            else:
                self.terugbel.setFocus()

    # -- closing -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter saves from any field (also when no shortcut caught it)."""
        if is_opslaan_toets(event):
            event.accept()
            self.vastleggen()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc/Annuleren: close at once when empty, else ask before throwing the text away."""
        if self._opgeslagen or self._weggooien or self.is_leeg():
            if self.is_leeg() and not self.herstel.isVisible():
                self._concepten.concepten.pop(self._sleutel, None)
            super().reject()
            return
        if self.bevestiging is not None:
            return
        vraag = QMessageBox(self)
        vraag.setIcon(QMessageBox.Icon.Question)
        vraag.setWindowTitle(tr("Niet vastgelegd"))
        vraag.setTextFormat(Qt.TextFormat.PlainText)
        vraag.setText(tr("Dit contact is nog niet vastgelegd. Wat wilt u met de tekst?"))
        self._verder_knop = vraag.addButton(tr("Verder typen"), QMessageBox.ButtonRole.RejectRole)
        self._concept_knop = vraag.addButton(
            tr("Bewaren als concept"), QMessageBox.ButtonRole.AcceptRole
        )
        self._weg_knop = vraag.addButton(tr("Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        vraag.setDefaultButton(self._verder_knop)
        vraag.setEscapeButton(self._verder_knop)
        vraag.buttonClicked.connect(self._bevestigd)
        vraag.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bevestiging = vraag
        vraag.open()

    def _bevestigd(self, knop: object) -> None:
        self.bevestiging = None
        if knop is self._weg_knop:
            self._weggooien = True
            self._concepten.concepten.pop(self._sleutel, None)
            super().reject()
        elif knop is self._concept_knop:
            self._concepten.concepten[self._sleutel] = self._concept()
            self._weggooien = True  # closing now keeps the draft
            super().reject()

    def done(self, result: int) -> None:
        """Stop the clock and the actor task; a draft stays unless saved or thrown away."""
        self._timer.stop()
        if self._actortaak is not None and not self._actortaak.done():
            self._actortaak.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button acts like Esc."""
        if self._opgeslagen or self._weggooien or self.is_leeg():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def _tik(self) -> None:
        seconden = (datetime.now(UTC) - self.start).total_seconds()
        begin = self.start.astimezone().strftime("%H:%M")
        self.duur.setText(
            tr("Gestart {tijd} · duur {duur}").format(tijd=begin, duur=duur_tekst(seconden))
        )

    def _gewist(self) -> None:
        """End of contact while open: keep the draft in memory, clear the screen, close."""
        if not shiboken6.isValid(self) or self.correctie is not None:
            return
        if not self.is_leeg() and not self._opgeslagen:
            self._concepten.concepten[self._sleutel] = self._concept()
        self._weggooien = True
        self.partij_label.clear()
        for blok in self.blokken:
            blok.wis()
        self.toelichting.clear()
        self.terugbel.clear()
        self.terugbel.setEditText("")
        super().reject()


def onvastgelegd(sessie: Sessie, venster: QWidget) -> bool:
    """True when the agent typed a contact for the klantbeeld on screen that is not saved."""
    for dialoog in venster.findChildren(RegistratieDialoog):
        if shiboken6.isValid(dialoog) and dialoog.isVisible() and not dialoog.is_leeg():
            return True
    concept = Concepten.voor(sessie).concepten.get(klantbeeld_sleutel(sessie.model.beeld))
    if concept is None:
        return False
    getypt = any(v.onderwerp or v.vraag or v.antwoord for v in concept.vragen)
    return getypt or bool(concept.contactverzoek and concept.toelichting)


def vergeet_concepten(sessie: Sessie) -> None:
    """Forget every draft (end of contact: no personal data stays in memory)."""
    Concepten.voor(sessie).concepten.clear()


def concept_van(registratie: Registratie) -> Concept:
    """A draft filled from a (refused) registration, to correct it."""
    cv = registratie.contactverzoek
    return Concept(
        kanaal=kanaal_sleutel(registratie.kanaal) or registratie.kanaal,
        vragen=[
            VraagConcept(v.onderwerp, v.vraag, v.antwoord, v.resultaat, list(v.zaak_uuids))
            for v in registratie.vragen
        ],
        start=registratie.start,
        contactverzoek=cv is not None,
        actor_uuid=cv.actor_uuids[0] if cv and cv.actor_uuids else "",
        terugbeladres=cv.terugbeladres.adres if cv and cv.terugbeladres else "",
        deadline=cv.deadline if cv else None,
        toelichting=cv.toelichting if cv else "",
    )


# -- refused registrations ---------------------------------------------------------------------


class GeweigerdDialoog(QDialog):
    """The registrations the server refused, its words whole, to correct and send again."""

    def __init__(
        self,
        parent: QWidget | None,
        registraties: Registraties,
        sessie: Sessie,
        instellingen: Instellingen,
    ) -> None:
        super().__init__(parent)
        self.registraties = registraties
        self.sessie = sessie
        self.instellingen = instellingen
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Geweigerd door de server"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        uitleg = QLabel(
            tr(
                "De server heeft deze registraties niet aangenomen. Lees de reden, corrigeer "
                "en verstuur opnieuw; er gaat niets verloren."
            )
        )
        uitleg.setWordWrap(True)
        layout.addWidget(uitleg)
        self.model = GeweigerdModel(self)
        self.tabel = maak_tabel(self.model, tr("Geweigerde registraties"), tab_door_cellen=True)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.tabel, 1)
        reden_label = QLabel(tr("Reden van de server (volledig):"))
        layout.addWidget(reden_label)
        self.reden = QPlainTextEdit()
        self.reden.setReadOnly(True)
        self.reden.setTabChangesFocus(True)
        self.reden.setAccessibleName(tr("Reden van de server"))
        reden_label.setBuddy(self.reden)
        layout.addWidget(self.reden, 2)
        self.leeg = QLabel(tr("Er is niets geweigerd."))
        self.leeg.setProperty("niveau", "succes")
        layout.addWidget(self.leeg)
        knoppen = QHBoxLayout()
        knoppen.addStretch(1)
        self.sluit_knop = QPushButton(tr("Sluiten"))
        self.sluit_knop.setProperty("variant", "secondary")
        self.sluit_knop.setAccessibleName(tr("Sluiten"))
        self.sluit_knop.clicked.connect(self.accept)
        self.corrigeer_knop = QPushButton(tr("Corrigeren en opnieuw versturen"))
        self.corrigeer_knop.setProperty("variant", "primary")
        self.corrigeer_knop.setAccessibleName(tr("Corrigeren en opnieuw versturen"))
        self.corrigeer_knop.clicked.connect(self.corrigeer)
        knoppen.addWidget(self.sluit_knop)
        knoppen.addWidget(self.corrigeer_knop)
        layout.addLayout(knoppen)
        self.tabel.selectionModel().currentRowChanged.connect(self._toon_reden)
        self.tabel.doubleClicked.connect(lambda *_: self.corrigeer())
        registraties.geweigerdGewijzigd.connect(self._ververs)
        self._ververs(registraties.geweigerd())

    @classmethod
    def toon(
        cls, parent: QWidget, registraties: Registraties, sessie: Sessie, instellingen: Instellingen
    ) -> GeweigerdDialoog:
        """Open it (non-blocking)."""
        dialoog = cls(parent, registraties, sessie, instellingen)
        scherm = dialoog.screen().availableGeometry()
        dialoog.resize(min(900, scherm.width() - 40), min(560, scherm.height() - 40))
        dialoog.open()
        dialoog.tabel.setFocus()
        return dialoog

    def _ververs(self, items: object) -> None:
        if not shiboken6.isValid(self):
            return
        lijst = (
            [i for i in items if getattr(i, "registratie", None) is not None]
            if isinstance(items, list)
            else []
        )
        huidig = self.gekozen_id()
        self.model.set_rows(lijst)
        for kolom in (GeweigerdModel.COL_WANNEER, GeweigerdModel.COL_PARTIJ):
            self.tabel.setColumnWidth(kolom, self.tabel.sizeHintForColumn(kolom) + 24)
        self.tabel.setColumnWidth(GeweigerdModel.COL_ONDERWERP, 220)
        rij = next((n for n, i in enumerate(lijst) if i.id == huidig), 0)
        if lijst:
            self.tabel.selectRow(rij)
            self._toon_reden()
        else:
            self.reden.clear()
        self.tabel.setVisible(bool(lijst))
        self.reden.setVisible(bool(lijst))
        self.leeg.setVisible(not lijst)
        self.corrigeer_knop.setEnabled(bool(lijst))

    def gekozen_id(self) -> str | None:
        """The id of the selected refused item."""
        item = self.model.item(self.tabel.currentIndex().row())
        return item.id if item is not None else None

    def _toon_reden(self, *_: object) -> None:
        item = self.model.item(self.tabel.currentIndex().row())
        self.reden.setPlainText(reden(item) if item is not None else "")

    def corrigeer(self) -> RegistratieDialoog | None:
        """Open the selected item in the registration dialog, prefilled, to correct and resend."""
        item = self.model.item(self.tabel.currentIndex().row())
        if item is None or item.registratie is None:
            return None
        return RegistratieDialoog.corrigeer(
            self,
            self.registraties,
            self.sessie,
            self.instellingen,
            item.id,
            item.registratie,
        )


__all__ = [
    "Concept",
    "ContactKlok",
    "GeweigerdDialoog",
    "RegistratieDialoog",
    "VraagConcept",
    "concept_van",
    "duur_tekst",
]
