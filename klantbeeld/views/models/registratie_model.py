"""Item models of "Contact registreren": the zaken to link a question to, and the refused items."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from klantbeeld.services.klantbeeld.waarden import Klantbeeld
from klantbeeld.services.registraties.journaal import Item
from klantbeeld.services.registraties.registratie import Partij
from klantbeeld.views.models.basis import RIJ_FLAGS, RijenLijst, RijenModel
from klantbeeld.views.platte_tekst import tooltip

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Registreren)."""
    return QCoreApplication.translate("Registreren", text)


@dataclass(frozen=True)
class ZaakKeuze:
    """A zaak the agent can link a question to."""

    uuid: str
    identificatie: str
    omschrijving: str
    is_open: bool

    @property
    def label(self) -> str:
        """``ZAAK-2026-0000000001 — Omgevingsvergunning (open)``."""
        staat = tr("open") if self.is_open else tr("afgesloten")
        tekst = self.identificatie or self.uuid
        if self.omschrijving:
            tekst += f" — {self.omschrijving}"
        return f"{tekst} ({staat})"


def zaak_keuzes(beeld: Klantbeeld | None, op_scherm: Sequence[str] = ()) -> list[ZaakKeuze]:
    """The klant's zaken to link to: the zaak on screen first, then open before closed."""
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
    keuzes.sort(key=lambda k: (k.uuid not in op_scherm, not k.is_open))
    return keuzes


def zaak_bij_onderwerp(onderwerp: str, keuzes: Sequence[ZaakKeuze]) -> str | None:
    """The zaak whose zaaktype is this onderwerp (an open one first), else None."""
    sleutel = " ".join(onderwerp.split()).lower()
    if not sleutel:
        return None
    passend = [k for k in keuzes if " ".join(k.omschrijving.split()).lower() == sleutel]
    passend.sort(key=lambda k: not k.is_open)
    return passend[0].uuid if passend else None


class ZaakKeuzeRol(IntEnum):
    """Custom roles of :class:`ZakenKeuzeModel`."""

    Uuid = Qt.ItemDataRole.UserRole + 1
    Keuze = Qt.ItemDataRole.UserRole + 2


class ZakenKeuzeModel(RijenLijst[ZaakKeuze]):
    """The klant's zaken as a checkable list; the checked ones are linked to the question."""

    COL_ZAAK = 0
    KOPPEN = ("Zaak",)
    CONTEXT = "Registreren"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gekozen: set[str] = set()

    def set_rows(self, rijen: Sequence[ZaakKeuze], gekozen: Iterable[str] = ()) -> None:
        """Replace the zaken; ``gekozen`` are the uuids checked."""
        rijen = list(rijen)
        bekend = {r.uuid for r in rijen}
        self._gekozen = {u for u in gekozen if u in bekend}
        super().set_rows(rijen)

    def gekozen(self) -> list[str]:
        """The checked zaken's uuids, in list order."""
        return [r.uuid for r in self._rijen if r.uuid in self._gekozen]

    def keuzes(self) -> list[ZaakKeuze]:
        """Every zaak in the list."""
        return self.rijen()

    def _data(self, rij: ZaakKeuze, col: int, role: int) -> Any:
        """Label, check state, uuid; None for anything else."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return rij.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(rij.label)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if rij.uuid in self._gekozen else Qt.CheckState.Unchecked
        if role == ZaakKeuzeRol.Uuid:
            return rij.uuid
        if role == ZaakKeuzeRol.Keuze:
            return rij
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check or uncheck a zaak."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        rij = self.rij(index.row())
        if rij is None:
            return False
        aan = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if aan:
            self._gekozen.add(rij.uuid)
        else:
            self._gekozen.discard(rij.uuid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, enabled, checkable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return RIJ_FLAGS | Qt.ItemFlag.ItemIsUserCheckable


def maskeer(nummer: str) -> str:
    """All but the last four digits hidden: ``*****3653``."""
    nummer = nummer.strip()
    return "*" * len(nummer) if len(nummer) <= 4 else "*" * (len(nummer) - 4) + nummer[-4:]


def partij_gemaskeerd(partij: Partij) -> str:
    """Who a registration was with, without the full number: ``BSN *****3653``."""
    if partij.soort == "bsn":
        return tr("BSN {nummer}").format(nummer=maskeer(partij.nummer))
    if partij.soort == "kvk":
        return tr("KVK {nummer}").format(nummer=maskeer(partij.nummer))
    return tr("Anoniem")


class GeweigerdRol(IntEnum):
    """Custom roles of :class:`GeweigerdModel`."""

    Item = Qt.ItemDataRole.UserRole + 1
    Id = Qt.ItemDataRole.UserRole + 2
    Reden = Qt.ItemDataRole.UserRole + 3


class GeweigerdModel(RijenModel[Item]):
    """The registrations the server refused: when, with whom (masked), onderwerp, its reason."""

    COL_WANNEER = 0
    COL_PARTIJ = 1
    COL_ONDERWERP = 2
    COL_REDEN = 3
    KOPPEN = ("Wanneer", "Met", "Onderwerp", "Reden van de server")
    CONTEXT = "Registreren"

    def item(self, row: int) -> Item | None:
        """The item in ``row``, or None."""
        return self.rij(row)

    def _data(self, rij: Item, col: int, role: int) -> Any:
        """Plain texts per column; the whole item and its id under custom roles."""
        item = rij
        if role == GeweigerdRol.Item:
            return item
        if role == GeweigerdRol.Id:
            return item.id
        if role == GeweigerdRol.Reden:
            return reden(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            try:
                volledig = role == Qt.ItemDataRole.ToolTipRole
                tekst = self._tekst(item, col, volledig=volledig)
            except Exception:  # a model never raises out of data()
                return ""
            return tooltip(tekst) if volledig else tekst
        return None

    @staticmethod
    def _tekst(item: Item, kolom: int, *, volledig: bool) -> str:
        reg = item.registratie
        if kolom == GeweigerdModel.COL_WANNEER:
            moment = datetime.fromtimestamp(item.aangemaakt).astimezone()
            return moment.strftime("%d-%m-%Y %H:%M")
        if kolom == GeweigerdModel.COL_PARTIJ:
            return partij_gemaskeerd(reg.partij) if reg else ""
        if kolom == GeweigerdModel.COL_ONDERWERP:
            if reg is None:
                return ""
            return "; ".join(v.onderwerp for v in reg.vragen)
        if kolom == GeweigerdModel.COL_REDEN:
            tekst = reden(item)
            return tekst if volledig else " ".join(tekst.split())
        return ""


def reden(item: Item) -> str:
    """The server's words, whole (or the last error when it gave none)."""
    if item.weigering is not None:
        return item.weigering.tekst or tr("De server gaf geen reden.")
    return item.laatste_fout or tr("De server gaf geen reden.")
