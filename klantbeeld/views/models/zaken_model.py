"""Item models for zaken: the zaken list and its filter, a zaak's status history and contacts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from klantbeeld.services.apis.klantinteracties import Klantcontact
from klantbeeld.services.apis.zgw import Status, Statustype
from klantbeeld.services.klantbeeld.verwachting import (
    Grondslag,
    grondslag_tekst,
    termijnen,
    verwachte_afronding,
    verwachting_tekst,
)
from klantbeeld.services.klantbeeld.waarden import ZaakOverzicht
from klantbeeld.views.icons import icon, kanaal_icoon, kanaal_label
from klantbeeld.views.models.basis import RijenModel
from klantbeeld.views.platte_tekst import tooltip
from klantbeeld.views.theme import load_theme

AnyIndex = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Zaken)."""
    return QCoreApplication.translate("Zaken", text)


def datum(value: date | datetime | None) -> str:
    """A date as the agent reads it: ``08-11-2026`` (empty for none)."""
    if value is None:
        return ""
    return f"{value:%d-%m-%Y}"


def stap_naam(statustype: Statustype | None) -> str:
    """A step as the citizen sees it: the statustekst where present, else the omschrijving."""
    if statustype is None:
        return ""
    return (statustype.statustekst or statustype.omschrijving or "").strip()


def status_tekst(overzicht: ZaakOverzicht) -> str:
    """The zaak's status as the citizen sees it (statustekst), or why there is none."""
    if not overzicht.volledig:
        return tr("Status laden…")
    if overzicht.huidige_statustype is not None:
        return stap_naam(overzicht.huidige_statustype) or tr("Onbekende status")
    if overzicht.huidige_status is not None:
        return tr("Onbekende status")
    return tr("Nog geen status")


def zaaktype_naam(overzicht: ZaakOverzicht) -> str:
    """The zaaktype's omschrijving, else the zaak's own omschrijving."""
    zaaktype = overzicht.zaaktype
    naam = (zaaktype.omschrijving if zaaktype else "") or overzicht.zaak.omschrijving or ""
    return naam or tr("Onbekend zaaktype")


def eigen_omschrijving(overzicht: ZaakOverzicht) -> str:
    """The zaak's own omschrijving when it says more than its zaaktype's name; else empty."""
    eigen = " ".join((overzicht.zaak.omschrijving or "").split())
    if not eigen or eigen.casefold() == zaaktype_naam(overzicht).strip().casefold():
        return ""
    return eigen


def sorteer_zaken(zaken: Sequence[ZaakOverzicht]) -> list[ZaakOverzicht]:
    """Open zaken first, each group newest first (by startdatum)."""

    def sleutel(z: ZaakOverzicht) -> tuple[int, int]:
        start = z.zaak.startdatum or z.zaak.registratiedatum
        return (0 if z.is_open else 1, -(start.toordinal() if start else 0))

    return sorted(zaken, key=sleutel)


class ZaakRol(IntEnum):
    """Custom roles of :class:`ZakenModel`."""

    OverzichtRole = Qt.ItemDataRole.UserRole + 1  #: the ZaakOverzicht
    IsOpenRole = Qt.ItemDataRole.UserRole + 2  #: bool
    TeLaatRole = Qt.ItemDataRole.UserRole + 3  #: bool
    UrlRole = Qt.ItemDataRole.UserRole + 4  #: the zaak's URL (to keep the selection)
    OmschrijvingRole = Qt.ItemDataRole.UserRole + 5  #: the zaak's own omschrijving, or ""


#: The roles whose value depends on whether a zaak is past its term.
_MET_TERMIJN = frozenset(
    {
        ZaakRol.TeLaatRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
    }
)


class ZakenModel(RijenModel[ZaakOverzicht]):
    """The klant's zaken, one row each; partial rows (no status yet) while the detail loads."""

    COL_ZAAKTYPE = 0
    COL_IDENTIFICATIE = 1
    COL_STARTDATUM = 2
    COL_STATUS = 3
    COL_EINDDATUM = 4  #: labelled: gepland / uiterlijk / afgerond, or opgeschort / verlengd
    KOPPEN = ("Zaak", "Zaaknummer", "Gestart", "Status", "Klaar")
    CONTEXT = "Zaken"

    def __init__(
        self, parent: QObject | None = None, vandaag: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._vandaag = vandaag
        self._theme = load_theme()

    def set_rows(self, zaken: Sequence[ZaakOverzicht]) -> None:
        """Replace every row (open zaken first)."""
        super().set_rows(sorteer_zaken(zaken))

    def overzicht(self, row: int) -> ZaakOverzicht | None:
        """The zaak at ``row``, or None."""
        return self.rij(row)

    def rij_van(self, url: str) -> int:
        """The row of the zaak with ``url``; -1 when absent."""
        for row, z in enumerate(self._rijen):
            if z.zaak.url == url:
                return row
        return -1

    def aantallen(self) -> tuple[int, int, int]:
        """(all, open, afgesloten) counts."""
        open_ = sum(1 for z in self._rijen if z.is_open)
        return len(self._rijen), open_, len(self._rijen) - open_

    def _data(self, z: ZaakOverzicht, col: int, role: int) -> Any:
        # Today only for the roles that show the term (the view asks many others per paint).
        te_laat = role in _MET_TERMIJN and z.is_te_laat(self._vandaag())
        if role == ZaakRol.OverzichtRole:
            return z
        if role == ZaakRol.IsOpenRole:
            return z.is_open
        if role == ZaakRol.TeLaatRole:
            return te_laat
        if role == ZaakRol.UrlRole:
            return z.zaak.url
        if role == ZaakRol.OmschrijvingRole:
            return eigen_omschrijving(z)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            tekst = self._tekst(z, col, te_laat)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(self._tooltip(z, col, te_laat) or tekst) or None
            return tekst
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == self.COL_ZAAKTYPE:
                delen = (zaaktype_naam(z), eigen_omschrijving(z), z.zaak.identificatie or "")
                return ", ".join(d for d in delen if d)
            return self._tekst(z, col, te_laat)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_EINDDATUM and te_laat:
                return QBrush(QColor(self._theme.error_text))
            if col == self.COL_STATUS and not z.volledig:
                return QBrush(QColor(self._theme.muted_text))
            if col == self.COL_EINDDATUM and z.is_open and z.is_opgeschort:
                return QBrush(QColor(self._theme.warning_text))
            if not z.is_open:
                return QBrush(QColor(self._theme.muted_text))
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if col == self.COL_EINDDATUM and te_laat:
                return icon("waarschuwing", self._theme.error)
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.COL_ZAAKTYPE and z.is_open:
            font = self._theme.font(weight=self._theme.weight_semibold)
            return QFont(font)
        return None

    def _tekst(self, z: ZaakOverzicht, col: int, te_laat: bool) -> str:
        zaak = z.zaak
        if col == self.COL_ZAAKTYPE:
            return zaaktype_naam(z)
        if col == self.COL_IDENTIFICATIE:
            return zaak.identificatie or ""
        if col == self.COL_STARTDATUM:
            return datum(zaak.startdatum or zaak.registratiedatum)
        if col == self.COL_STATUS:
            return status_tekst(z)
        if col == self.COL_EINDDATUM:
            return self._termijn(z, te_laat)
        return ""

    def _termijn(self, z: ZaakOverzicht, te_laat: bool) -> str:
        """Each date said for what it is: planned, deadline or done; suspended or extended."""
        t = termijnen(z)
        if not z.is_open:
            return tr("afgerond {d}").format(d=datum(t.afgerond))
        uiterlijk = tr("uiterlijk {d}").format(d=datum(t.uiterlijk)) if t.uiterlijk else ""
        if te_laat:
            boven = uiterlijk
            onder = tr("te laat")
        elif t.opgeschort or t.verlengd:
            boven = tr("opgeschort") if t.opgeschort else tr("verlengd")
            onder = uiterlijk
        else:
            gepland = t.gepland if t.gepland != t.uiterlijk else None
            boven = tr("gepland {d}").format(d=datum(gepland)) if gepland else ""
            onder = uiterlijk
        return "\n".join(r for r in (boven, onder) if r)

    def _tooltip(self, z: ZaakOverzicht, col: int, te_laat: bool) -> str:
        zaak = z.zaak
        if col == self.COL_ZAAKTYPE:
            regels = (zaaktype_naam(z), eigen_omschrijving(z), zaak.identificatie or "")
            return "\n".join(r for r in regels if r)
        if col == self.COL_STATUS:
            return self._status_tooltip(z)
        if col == self.COL_EINDDATUM:
            return self._termijn_tooltip(z, te_laat)
        return ""

    def _status_tooltip(self, z: ZaakOverzicht) -> str:
        """The citizen's wording, then the internal name of the status."""
        tekst = status_tekst(z)
        intern = (z.huidige_statustype.omschrijving or "") if z.huidige_statustype else ""
        if not intern.strip() or intern.strip() == tekst:
            return tekst
        return tr("{tekst}\nIntern: {intern}").format(tekst=tekst, intern=intern.strip())

    def _termijn_tooltip(self, z: ZaakOverzicht, te_laat: bool) -> str:
        """Every date in words, with the expected date and where it comes from."""
        t = termijnen(z)
        delen = []
        if t.gepland:
            delen.append(tr("Gepland klaar: {d}").format(d=datum(t.gepland)))
        if t.uiterlijk:
            regel = tr("Uiterlijk klaar: {d}").format(d=datum(t.uiterlijk))
            if t.uiterlijk_grondslag is Grondslag.DOORLOOPTIJD:
                regel += tr(" (uit de doorlooptijd van het zaaktype)")
            delen.append(regel)
        if t.afgerond:
            delen.append(tr("Afgerond: {d}").format(d=datum(t.afgerond)))
        if te_laat:
            delen.append(tr("De uiterlijke einddatum is verstreken."))
        if z.is_open:
            v = verwachte_afronding(z, self._vandaag())
            for regel in (verwachting_tekst(v), grondslag_tekst(v)):
                if regel:
                    delen.append(regel)
        return "\n".join(delen)


class ZaakFilter(IntEnum):
    """The open/afgesloten filter of the zaken list."""

    ALLE = 0
    OPEN = 1
    AFGESLOTEN = 2


class ZakenFilterModel(QSortFilterProxyModel):
    """Shows all, only open or only afgesloten zaken of a :class:`ZakenModel`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ZaakFilter.ALLE

    @property
    def filter(self) -> ZaakFilter:
        """The current filter."""
        return self._filter

    def zet_filter(self, waarde: ZaakFilter) -> None:
        """Show only the zaken ``waarde`` asks for."""
        if waarde is self._filter:
            return
        self.beginFilterChange()
        self._filter = waarde
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Open or afgesloten, as chosen."""
        if self._filter is ZaakFilter.ALLE:
            return True
        bron = self.sourceModel()
        if bron is None:
            return False
        is_open = bron.index(source_row, 0, source_parent).data(ZaakRol.IsOpenRole)
        return bool(is_open) == (self._filter is ZaakFilter.OPEN)


class StatusRol(IntEnum):
    """Custom roles of :class:`StatussenModel`."""

    StatusRole = Qt.ItemDataRole.UserRole + 1  #: the zgw.Status


class StatussenModel(RijenModel[Status]):
    """A zaak's status history, newest first: date, status, toelichting (plain text)."""

    COL_DATUM = 0
    COL_STATUS = 1
    COL_TOELICHTING = 2
    KOPPEN = ("Datum", "Status", "Toelichting")
    CONTEXT = "Zaken"

    def __init__(
        self,
        parent: QObject | None = None,
        statustype: Callable[[str], Statustype | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._statustype = statustype or (lambda _url: None)

    def set_rows(
        self,
        statussen: Sequence[Status],
        statustype: Callable[[str], Statustype | None] | None = None,
    ) -> None:
        """Replace the history (given oldest first; shown newest first)."""
        if statustype is not None:
            self._statustype = statustype
        super().set_rows(list(reversed(statussen)))

    def _data(self, status: Status, col: int, role: int) -> Any:
        if role == StatusRol.StatusRole:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._tekst(status, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tekst(status, col))
        return None

    def _tekst(self, status: Status, col: int) -> str:
        if col == self.COL_DATUM:
            return datum(status.datum_status_gezet)
        if col == self.COL_STATUS:
            st = self._statustype(status.statustype)
            return (st.omschrijving if st else "") or tr("Onbekende status")
        if col == self.COL_TOELICHTING:
            return status.statustoelichting or ""
        return ""


class ContactRol(IntEnum):
    """Custom roles of :class:`ZaakContactenModel`."""

    KlantcontactRole = Qt.ItemDataRole.UserRole + 1  #: the Klantcontact


class ZaakContactenModel(RijenModel[Klantcontact]):
    """Contacts about one zaak, newest first: date, kanaal (icon + label), onderwerp.

    Onderwerp is citizen-written: it is only ever returned as plain text.
    """

    COL_DATUM = 0
    COL_KANAAL = 1
    COL_ONDERWERP = 2
    KOPPEN = ("Datum", "Kanaal", "Onderwerp")
    CONTEXT = "Zaken"

    def set_rows(self, contacten: Sequence[Klantcontact]) -> None:
        """Replace the contacts (sorted newest first)."""
        super().set_rows(
            sorted(
                contacten,
                key=lambda k: k.plaatsgevonden_op.timestamp() if k.plaatsgevonden_op else 0.0,
                reverse=True,
            )
        )

    def _data(self, contact: Klantcontact, col: int, role: int) -> Any:
        if role == ContactRol.KlantcontactRole:
            return contact
        if role == Qt.ItemDataRole.DisplayRole:
            return self._tekst(contact, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tekst(contact, col))
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_KANAAL:
            return icon(kanaal_icoon(contact.kanaal))
        return None

    def _tekst(self, contact: Klantcontact, col: int) -> str:
        if col == self.COL_DATUM:
            return datum(contact.plaatsgevonden_op)
        if col == self.COL_KANAAL:
            return kanaal_label(contact.kanaal)
        if col == self.COL_ONDERWERP:
            return contact.onderwerp or tr("(geen onderwerp)")
        return ""
