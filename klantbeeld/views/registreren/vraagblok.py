"""One question of a contact: onderwerp, vraag, antwoord/notitie, resultaat, linked zaken."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QWidget,
)

from klantbeeld.services.registraties.concept import VraagConcept
from klantbeeld.services.registraties.registratie import LIMIETEN
from klantbeeld.views.icons import icon
from klantbeeld.views.models.registratie_model import (
    ZaakKeuze,
    ZakenKeuzeModel,
    zaak_bij_onderwerp,
)
from klantbeeld.views.registreren.velden import (
    TekstVeld,
    geteld,
    kaart,
    kop_met_teller,
    tr,
    veldlabel,
    vrije_keuze,
)


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
        grid = kaart(self)

        kop = QHBoxLayout()
        self.titel = QLabel()
        self.titel.setProperty("rol", "kop")
        kop.addWidget(self.titel, 1)
        self.verwijder_knop = QPushButton(icon("sluiten"), tr("Vraag verwijderen"))
        self.verwijder_knop.setProperty("variant", "subtle")
        self.verwijder_knop.clicked.connect(lambda: self.verwijderen.emit(self))
        kop.addWidget(self.verwijder_knop)
        grid.addLayout(kop, 0, 0, 1, 2)

        self.onderwerp = vrije_keuze()
        self.onderwerp.addItems(onderwerpen)
        self.onderwerp.setCurrentIndex(-1)
        self.onderwerp.setEditText("")
        self.onderwerp.setPlaceholderText(tr("Waar ging het over? Kies of typ"))
        self.onderwerp.setAccessibleDescription(tr("Kies een onderwerp uit de lijst of typ er een"))
        line = self.onderwerp.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("Waar ging het over? Kies of typ"))
        completer = QCompleter(onderwerpen, self.onderwerp)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.onderwerp.setCompleter(completer)
        self.onderwerp_teller = geteld(self.onderwerp, LIMIETEN["onderwerp"])
        onderwerp_kop = kop_met_teller(tr("&Onderwerp"), self.onderwerp, self.onderwerp_teller)
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
            rij = kop_met_teller(titel, veld, veld.teller)
            grid.addLayout(rij, 3, kolom)
            grid.addWidget(veld, 4, kolom)

        self.resultaat = vrije_keuze()
        self.resultaat.addItems(resultaten)
        self.resultaat.setAccessibleDescription(tr("Hoe de vraag is afgehandeld; typen kan ook"))
        if resultaten:
            self.resultaat.setCurrentIndex(0)
        grid.addWidget(veldlabel(tr("&Resultaat"), self.resultaat), 5, 0)
        grid.addWidget(self.resultaat, 6, 0, Qt.AlignmentFlag.AlignTop)

        self.zaken_model = ZakenKeuzeModel(self)
        self.zaken_model.set_rows(zaken)
        self.zaken = QListView()
        self.zaken.setModel(self.zaken_model)
        self.zaken.setAccessibleDescription(tr("Vink de zaken aan waar de vraag over ging"))
        self.zaken.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.zaken.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zaken.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.zaken.setUniformItemSizes(True)
        regel = self.zaken.fontMetrics().lineSpacing() + 8
        self.zaken.setMaximumHeight(regel * min(4, max(1, len(zaken))) + 6)
        self.zaken_label = veldlabel(tr("Gekoppelde &zaken (spatie = aan/uit)"), self.zaken)
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

    def tab_stops(self) -> list[QWidget]:
        """The block's fields in Tab order."""
        return [
            self.onderwerp,
            self.vraag,
            self.antwoord,
            self.resultaat,
            self.zaken,
            self.verwijder_knop,
        ]

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
