"""Item model of the payments: te laat first, then open, then betaald; amounts in Dutch format."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from klantbeeld.services.apis.betalingen import Betaling
from klantbeeld.services.klantbeeld.tijdlijn import euro
from klantbeeld.services.klantbeeld.waarden import ZaakOverzicht
from klantbeeld.views.icons import icon
from klantbeeld.views.models.basis import RijenTabel
from klantbeeld.views.platte_tekst import tooltip
from klantbeeld.views.theme import load_theme


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Betalingen)."""
    return QCoreApplication.translate("Betalingen", text)


COL_STATUS = 0
COL_BEDRAG = 1
COL_OMSCHRIJVING = 2
COL_KENMERK = 3
COL_ZAAK = 4

#: Sort rank per status: te laat, open, betaald, then anything a server adds.
VOLGORDE = {"te_laat": 0, "open": 1, "betaald": 2}


class BetalingRol(IntEnum):
    """Data roles beyond Qt's own."""

    BETALING = Qt.ItemDataRole.UserRole + 1  #: the Betaling
    KENMERK = Qt.ItemDataRole.UserRole + 2  #: the kenmerk as sent (for copying)
    ZAAK = Qt.ItemDataRole.UserRole + 3  #: the linked ZaakOverzicht, or None
    STATUS = Qt.ItemDataRole.UserRole + 4  #: the status as sent
    VERVALDATUM = Qt.ItemDataRole.UserRole + 5  #: the vervaldatum (date or None)


def _datum(d: date | None) -> str:
    return f"{d:%d-%m-%Y}" if d is not None else ""


def kenmerk_leesbaar(kenmerk: str) -> str:
    """A long numeric kenmerk in groups of four, for reading aloud on the phone."""
    if len(kenmerk) > 8 and kenmerk.isdigit():
        return " ".join(kenmerk[i : i + 4] for i in range(0, len(kenmerk), 4))
    return kenmerk


def sorteer(betalingen: Iterable[Betaling]) -> list[Betaling]:
    """Te laat (oldest due first), open (soonest due first), betaald (latest paid first)."""

    def sleutel(b: Betaling) -> tuple[int, int]:
        rang = VOLGORDE.get(b.status, 3)
        if rang == 2:
            d = b.betaaldatum or b.vervaldatum
            return (rang, -(d.toordinal() if d else 0))
        return (rang, b.vervaldatum.toordinal() if b.vervaldatum else 10**7)

    return sorted(betalingen, key=sleutel)


def te_betalen(betalingen: Iterable[Betaling]) -> tuple[Decimal, Decimal]:
    """(Total still due: open + te laat, of which te laat)."""
    open_ = sum((b.bedrag or Decimal(0) for b in betalingen if b.is_open), Decimal(0))
    laat = sum((b.bedrag or Decimal(0) for b in betalingen if b.is_te_laat), Decimal(0))
    return open_, laat


@dataclass(slots=True)
class _Rij:
    betaling: Betaling
    status: str
    bedrag: str
    vervaldatum: str
    kenmerk: str
    zaak: ZaakOverzicht | None


class BetalingenModel(RijenTabel[_Rij]):
    """The payments of the klantbeeld, sorted te laat, open, betaald."""

    KOPPEN = ("Status", "Bedrag", "Omschrijving", "Betalingskenmerk", "Zaak")
    CONTEXT = "Betalingen"
    TIP_IS_TEKST = False  # tooltips chosen per column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        theme = load_theme()
        self._fout = QBrush(QColor(theme.error))
        self._succes = QBrush(QColor(theme.success_text))
        self._link = QBrush(QColor(theme.link))
        self._onderstreept = QFont()
        self._onderstreept.setUnderline(True)
        self._vet = QFont()
        self._vet.setBold(True)
        self._theme = theme

    def set_rows(self, betalingen: Sequence[Betaling], zaken: Sequence[ZaakOverzicht] = ()) -> None:
        """Replace every row; ``zaken`` resolve the linked zaak of each payment."""
        index: dict[str, ZaakOverzicht] = {}
        for z in zaken:
            index[z.zaak.url] = z
            if z.zaak.uuid:
                index[z.zaak.uuid] = z
        self._vervang([self._maak(b, index) for b in sorteer(betalingen)])

    def _maak(self, b: Betaling, zaken: dict[str, ZaakOverzicht]) -> _Rij:
        verval = _datum(b.vervaldatum)
        if b.status == "te_laat":
            status = tr("Te laat, sinds {datum}").format(datum=verval) if verval else tr("Te laat")
        elif b.status == "open":
            status = tr("Open, vervalt {datum}").format(datum=verval) if verval else tr("Open")
        elif b.status == "betaald":
            status = (
                tr("Betaald op {datum}").format(datum=_datum(b.betaaldatum))
                if b.betaaldatum
                else tr("Betaald")
            )
        else:
            status = b.status.replace("_", " ").capitalize()
        zaak = None
        if b.zaak:
            zaak = zaken.get(b.zaak) or zaken.get(b.zaak.rstrip("/").rsplit("/", 1)[-1])
        return _Rij(b, status, euro(b.bedrag), _datum(b.vervaldatum), b.kenmerk, zaak)

    def betaling(self, row: int) -> Betaling | None:
        """The payment in row ``row``."""
        return self._rijen[row].betaling if 0 <= row < len(self._rijen) else None

    def zaak(self, row: int) -> ZaakOverzicht | None:
        """The zaak the payment in row ``row`` belongs to, if known.

        Read this rather than ``index.data(BetalingRol.ZAAK)`` from Python: in PySide 6.12 a
        ``None`` read back through ``QModelIndex.data`` loses a reference to ``None``.
        """
        return self._rijen[row].zaak if 0 <= row < len(self._rijen) else None

    def betalingen(self) -> list[Betaling]:
        """Every payment, in display order."""
        return [r.betaling for r in self._rijen]

    # -- Qt ---------------------------------------------------------------------------------

    def _kop(self, section: int, role: int) -> Any:
        """The amount's title aligned right, as its cells."""
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_BEDRAG:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _data(self, rij: _Rij, col: int, role: int) -> Any:
        """Look up in the prepared row."""
        b = rij.betaling
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tekst(rij, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_OMSCHRIJVING:
            return tooltip(b.omschrijving) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATUS and b.is_te_laat:
                return self._fout
            if col == COL_STATUS and b.status == "betaald":
                return self._succes
            if col == COL_ZAAK and rij.zaak is not None:
                return self._link
            return None
        if role == Qt.ItemDataRole.FontRole:
            if col == COL_STATUS and b.is_te_laat:
                return self._vet
            if col == COL_ZAAK and rij.zaak is not None:
                return self._onderstreept
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_STATUS and b.is_te_laat:
                return icon("waarschuwing", self._theme.error)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == COL_BEDRAG:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == BetalingRol.BETALING:
            return b
        if role == BetalingRol.KENMERK:
            return b.kenmerk
        if role == BetalingRol.ZAAK:
            return rij.zaak
        if role == BetalingRol.STATUS:
            return b.status
        if role == BetalingRol.VERVALDATUM:
            return b.vervaldatum
        return None

    def _tekst(self, rij: _Rij, col: int) -> str:
        if col == COL_STATUS:
            return rij.status
        if col == COL_BEDRAG:
            return rij.bedrag
        if col == COL_OMSCHRIJVING:
            return rij.betaling.omschrijving
        if col == COL_KENMERK:
            return kenmerk_leesbaar(rij.kenmerk)
        if col == COL_ZAAK:
            return (rij.zaak.zaak.identificatie or "") if rij.zaak is not None else ""
        return ""
