"""Item model of the timeline: one row per Gebeurtenis, display strings made once per reset.

``data()`` only looks values up in a precomputed :class:`TijdlijnRij`, so scrolling 10,000 rows
costs nothing per row beyond the lookup. Text typed by citizens is returned exactly as stored
(``DisplayRole`` of :data:`COL_ONDERWERP` for a contact, :attr:`TijdlijnRol.TEKST`); views must
draw it as plain text. Which rows are expanded is kept by :attr:`Gebeurtenis.sleutel`, so it
survives the reset when a part arrives again. :class:`TijdlijnFilter` filters by group (kanaal
or kind of event) and by text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from klantbeeld.services.klantbeeld.tijdlijn import SOORT_GROEP, Gebeurtenis, Soort, euro
from klantbeeld.views.icons import icon, kanaal_icoon, kanaal_label, kanaal_sleutel
from klantbeeld.views.models.basis import RijenTabel
from klantbeeld.views.platte_tekst import tooltip
from klantbeeld.views.theme import KANALEN, Theme, load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Tijdlijn)."""
    return QCoreApplication.translate("Tijdlijn", text)


COL_DATUM = 0
COL_SOORT = 1
COL_ONDERWERP = 2
COL_ZAAK = 3

#: Filter group of a contact whose kanaal matches none of the known kanalen.
ONBEKEND = "onbekend"
#: The non-contact groups, in the order the chips show them.
SOORTGROEPEN = ("zaak", "document", "betaling", "vraag", "terugbellen")
#: Every filter group: the kanalen, then the kinds of event.
GROEPEN = (*KANALEN, *SOORTGROEPEN)

#: The icon of each kind of event: its group's, but a new status has its own.
_ICOON: dict[Soort, str] = {**SOORT_GROEP, Soort.ZAAK_STATUS: "status-stap"}


def groep_label(groep: str) -> str:
    """The agent's word for a filter group."""
    if groep in KANALEN:
        return kanaal_label(groep)
    return {
        "zaak": tr("Zaak"),
        "document": tr("Document"),
        "betaling": tr("Betaling"),
        "vraag": tr("Vraag"),
        "terugbellen": tr("Terugbellen"),
        ONBEKEND: tr("Overig"),
    }.get(groep, groep)


def _titels() -> dict[Soort, str]:
    """Title templates per kind of event ({naam} is what it is about)."""
    return {
        Soort.ZAAK_GESTART: tr("Zaak gestart: {naam}"),
        Soort.ZAAK_STATUS: tr("Nieuwe status: {naam}"),
        Soort.DOCUMENT: tr("Document toegevoegd: {naam}"),
        Soort.ZAAK_AFGESLOTEN: tr("Zaak afgesloten: {naam}"),
        Soort.BETALING_AANGEMAAKT: tr("Te betalen: {naam} {bedrag}"),
        Soort.BETALING_TE_LAAT: tr("Niet op tijd betaald: {naam} {bedrag}"),
        Soort.BETALING_BETAALD: tr("Betaald: {naam} {bedrag}"),
        Soort.VRAAG: tr("Vraag uitgezet: {naam}"),
        Soort.VRAAG_AFGEHANDELD: tr("Vraag afgehandeld: {naam}"),
        Soort.TERUGBELVERZOEK: tr("Terugbelverzoek uitgezet: {naam}"),
        Soort.TERUGBELVERZOEK_AFGEHANDELD: tr("Terugbelverzoek afgehandeld: {naam}"),
    }


class TijdlijnRol(IntEnum):
    """Data roles beyond Qt's own."""

    GEBEURTENIS = Qt.ItemDataRole.UserRole + 1  #: the Gebeurtenis
    GROEP = Qt.ItemDataRole.UserRole + 2  #: filter group: a kanaal or zaak/document/...
    TEKST = Qt.ItemDataRole.UserRole + 3  #: the full text, exactly as stored
    REGEL = Qt.ItemDataRole.UserRole + 4  #: the second line when collapsed
    UITGEVOUWEN = Qt.ItemDataRole.UserRole + 5  #: bool; settable
    ZAAK_UUID = Qt.ItemDataRole.UserRole + 6  #: the linked zaak's uuid, or ""
    MEDEWERKER = Qt.ItemDataRole.UserRole + 7  #: who handled it, when known
    KLEUR = Qt.ItemDataRole.UserRole + 8  #: accent colour (#rrggbb) of the kanaal or kind
    HEEFT_MEER = Qt.ItemDataRole.UserRole + 9  #: expanding shows more than the row does


@dataclass(slots=True)
class TijdlijnRij:
    """What one row shows, made once when the rows are set."""

    gebeurtenis: Gebeurtenis
    groep: str
    label: str
    icoon: str
    kleur: str
    titel: str
    regel: str  # collapsed second line
    tekst: str  # expanded: everything
    heeft_meer: bool
    zoektekst: str
    uitgevouwen: bool = False


def maak_rij(g: Gebeurtenis, theme: Theme, titels: dict[Soort, str]) -> TijdlijnRij:
    """The display strings of one event."""
    if g.is_klantcontact:
        groep = kanaal_sleutel(g.kanaal) or ONBEKEND
        label = kanaal_label(g.kanaal)
        naam = kanaal_icoon(g.kanaal)
        kleur = theme.kanaal_kleur(groep)
        titel = g.onderwerp
        tekst = g.tekst
        regel = g.eerste_regel
    else:
        groep = SOORT_GROEP[g.soort]
        label = groep_label(groep)
        naam = _ICOON[g.soort]
        kleur = theme.error if g.soort is Soort.BETALING_TE_LAAT else theme.heading
        titel = titels[g.soort].format(naam=g.onderwerp, bedrag=euro(g.bedrag)).strip()
        tekst = g.tekst
        if g.soort in (Soort.BETALING_AANGEMAAKT, Soort.BETALING_TE_LAAT) and g.vervaldatum:
            vervalt = tr("Vervaldatum {datum}").format(
                datum=f"{g.vervaldatum:%d-%m-%Y}",
            )
            tekst = f"{vervalt}\n{tekst}" if tekst else vervalt
        regel = tekst.split("\n", 1)[0].strip() if tekst else ""
    heeft_meer = "\n" in tekst.strip() or len(regel) > 60 or bool(g.medewerker)
    return TijdlijnRij(g, groep, label, naam, kleur, titel, regel, tekst, heeft_meer, g.zoektekst)


class TijdlijnModel(RijenTabel[TijdlijnRij]):
    """The timeline, newest first: date, kanaal or kind, onderwerp and text, zaak."""

    KOPPEN = ("Wanneer", "Kanaal of soort", "Onderwerp", "Zaak")
    CONTEXT = "Tijdlijn"
    TIP_IS_TEKST = False  # tooltips chosen per column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rij_van: dict[str, int] = {}
        self._uitgevouwen: set[str] = set()
        self._theme = load_theme()
        self._vet = QFont()
        self._vet.setBold(True)
        self._link = QFont()
        self._link.setUnderline(True)
        self._link_kleur = QBrush(QColor(self._theme.link))

    # -- filling ----------------------------------------------------------------------------

    def set_rows(self, gebeurtenissen: Sequence[Gebeurtenis]) -> None:
        """Replace every row (expanded rows stay expanded when their event is still there)."""
        titels = _titels()
        rijen = [maak_rij(g, self._theme, titels) for g in gebeurtenissen]
        rij_van = {r.gebeurtenis.sleutel: i for i, r in enumerate(rijen)}
        self._uitgevouwen &= rij_van.keys()
        for rij in rijen:
            rij.uitgevouwen = rij.gebeurtenis.sleutel in self._uitgevouwen
        self._rij_van = rij_van
        self._vervang(rijen)

    def wis(self) -> None:
        """Forget every row and expanded state."""
        self._uitgevouwen.clear()
        self.set_rows([])

    # -- reading ----------------------------------------------------------------------------

    def rij(self, row: int) -> TijdlijnRij:
        """The precomputed row ``row``."""
        return self._rijen[row]

    def rijen(self) -> Sequence[TijdlijnRij]:
        """Every row, in order."""
        return self._rijen

    def rij_van(self, sleutel: str) -> int | None:
        """The row of the event with ``sleutel``, if present."""
        return self._rij_van.get(sleutel)

    def is_uitgevouwen(self, row: int) -> bool:
        """Whether row ``row`` shows its whole text."""
        return 0 <= row < len(self._rijen) and self._rijen[row].gebeurtenis.sleutel in (
            self._uitgevouwen
        )

    def heeft_uitgevouwen(self) -> bool:
        """Whether any row is expanded."""
        return bool(self._uitgevouwen)

    def wissel(self, row: int) -> None:
        """Expand or collapse row ``row``."""
        if 0 <= row < len(self._rijen):
            self.setData(self.index(row, COL_ONDERWERP), not self.is_uitgevouwen(row),
                         TijdlijnRol.UITGEVOUWEN)  # fmt: skip

    def per_groep(self) -> Counter[str]:
        """How many rows each filter group has."""
        return Counter(r.groep for r in self._rijen)

    # -- Qt ---------------------------------------------------------------------------------

    def _data(self, rij: TijdlijnRij, col: int, role: int) -> Any:
        """Look the value up in the precomputed row."""
        g = rij.gebeurtenis
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATUM:
                return g.datum_tekst
            if col == COL_SOORT:
                return rij.label
            if col == COL_ONDERWERP:
                return rij.titel
            if col == COL_ZAAK:
                return g.zaak_identificatie
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(rij.icoon, rij.kleur) if col == COL_SOORT else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._toegankelijk(rij, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ONDERWERP:
            # the row cuts a long title off; hovering gives it whole (Enter gives all the text)
            return tooltip(f"{rij.titel}\n{rij.regel}" if rij.regel else rij.titel)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._link_kleur if col == COL_ZAAK else None
        if role == Qt.ItemDataRole.FontRole:
            return self._link if col == COL_ZAAK and g.zaak_identificatie else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            boven = Qt.AlignmentFlag.AlignTop if rij.uitgevouwen else Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | boven
        return self._eigen(rij, role)

    def _eigen(self, rij: TijdlijnRij, role: int) -> Any:
        g = rij.gebeurtenis
        if role == TijdlijnRol.GEBEURTENIS:
            return g
        if role == TijdlijnRol.GROEP:
            return rij.groep
        if role == TijdlijnRol.TEKST:
            return rij.tekst
        if role == TijdlijnRol.REGEL:
            return rij.regel
        if role == TijdlijnRol.UITGEVOUWEN:
            return g.sleutel in self._uitgevouwen
        if role == TijdlijnRol.ZAAK_UUID:
            return g.zaak_uuid or ""
        if role == TijdlijnRol.MEDEWERKER:
            return g.medewerker
        if role == TijdlijnRol.KLEUR:
            return rij.kleur
        if role == TijdlijnRol.HEEFT_MEER:
            return rij.heeft_meer
        return None

    def _toegankelijk(self, rij: TijdlijnRij, col: int) -> str:
        g = rij.gebeurtenis
        if col == COL_ONDERWERP:
            staat = tr("uitgeklapt") if g.sleutel in self._uitgevouwen else tr("ingeklapt")
            return f"{rij.titel}. {rij.tekst if staat == tr('uitgeklapt') else rij.regel}. {staat}"
        if col == COL_ZAAK:
            return tr("Zaak {id} openen").format(id=g.zaak_identificatie) if g.zaak_uuid else ""
        if col == COL_SOORT:
            return rij.label
        return g.datum_tekst

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Only :attr:`TijdlijnRol.UITGEVOUWEN` can be set."""
        if role != TijdlijnRol.UITGEVOUWEN or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rijen):
            return False
        sleutel = self._rijen[index.row()].gebeurtenis.sleutel
        if bool(value) == (sleutel in self._uitgevouwen):
            return True
        if value:
            self._uitgevouwen.add(sleutel)
        else:
            self._uitgevouwen.discard(sleutel)
        self._rijen[index.row()].uitgevouwen = bool(value)
        self.dataChanged.emit(
            self.index(index.row(), 0),
            self.index(index.row(), len(self.KOPPEN) - 1),
            [TijdlijnRol.UITGEVOUWEN, Qt.ItemDataRole.TextAlignmentRole],
        )
        return True


class TijdlijnFilter(QSortFilterProxyModel):
    """Shows the rows of the chosen groups (all when none chosen) that contain the text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groepen: frozenset[str] = frozenset()
        self._tekst = ""

    @property
    def groepen(self) -> frozenset[str]:
        """The chosen groups (empty: every group)."""
        return self._groepen

    def zet_groepen(self, groepen: Iterable[str]) -> None:
        """Show only these groups (none: all)."""
        nieuw = frozenset(groepen)
        if nieuw != self._groepen:
            self.beginFilterChange()
            self._groepen = nieuw
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def zet_tekst(self, tekst: str) -> None:
        """Show only rows whose onderwerp, text or zaak contain ``tekst`` (any case)."""
        nieuw = tekst.strip().casefold()
        if nieuw != self._tekst:
            self.beginFilterChange()
            self._tekst = nieuw
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Group and text test on the precomputed row."""
        bron = self.sourceModel()
        if not isinstance(bron, TijdlijnModel) or source_parent.isValid():
            return True
        rijen = bron.rijen()
        if not 0 <= source_row < len(rijen):
            return False
        rij = rijen[source_row]
        if self._groepen and rij.groep not in self._groepen:
            return False
        return not self._tekst or self._tekst in rij.zoektekst


def bron_rij(index: QModelIndex | QPersistentModelIndex) -> int:
    """The source row behind a (possibly proxied) index; -1 when invalid."""
    model: QAbstractItemModel | None = index.model() if index.isValid() else None
    while isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return index.row() if index.isValid() else -1
