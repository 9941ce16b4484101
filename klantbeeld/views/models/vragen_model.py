"""Item model of the open internetaken: vragen and contactverzoeken still waiting, oldest first."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from klantbeeld.services.apis.klantinteracties import Internetaak, Klantcontact
from klantbeeld.services.registraties.internetaken import Soort, is_te_laat, soort
from klantbeeld.views.models.basis import RijenModel
from klantbeeld.views.theme import load_theme

R = TypeVar("R")

#: The oefenomgeving's fixed "today" (the same variable the sandbox reads); unset: the real date.
OEFEN_DATUM_ENV = "KLANTBEELD_OEFEN_DATUM"


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Vragen)."""
    return QCoreApplication.translate("Vragen", text)


def vandaag() -> date:
    """Today for ages and terms: the oefenomgeving's date when set, else the real date.

    The one place every panel asks; tests may monkeypatch it.
    """
    waarde = os.environ.get(OEFEN_DATUM_ENV)
    if waarde:
        try:
            return date.fromisoformat(waarde)
        except ValueError:
            pass
    return date.today()


def eerste_regel(tekst: str | None) -> str:
    """The first non-empty line of a free text, whitespace collapsed."""
    for regel in (tekst or "").splitlines():
        schoon = " ".join(regel.split())
        if schoon:
            return schoon
    return ""


def wacht_tekst(dagen: int | None) -> str:
    """ "wacht 6 dagen" / "wacht 1 dag" / "sinds vandaag"."""
    if dagen is None:
        return tr("onbekend")
    if dagen <= 0:
        return tr("sinds vandaag")
    if dagen == 1:
        return tr("wacht 1 dag")
    return tr("wacht {n} dagen").format(n=dagen)


def dagen_tekst(dagen: int | None) -> str:
    """ "6 dagen" / "1 dag" / "vandaag" (the table's Wacht column)."""
    if dagen is None:
        return tr("onbekend")
    if dagen <= 0:
        return tr("vandaag")
    if dagen == 1:
        return tr("1 dag")
    return tr("{n} dagen").format(n=dagen)


@dataclass(frozen=True)
class VraagRij:
    """One open internetaak as the table shows it."""

    taak: Internetaak
    soort: Soort
    onderwerp: str  # plain text, one line: contact onderwerp and toelichting
    volledige_tekst: str  # plain text, every line, for the detail under the table
    status: str
    toegewezen_aan: str
    dagen: int | None
    #: The number or e-mail address to call back on ("" for a question, or not known yet).
    terugbeladres: str = ""

    #: Past its deadline, else waiting longer than the term for its kind.
    over_termijn: bool = False


_STATUS = {"te_verwerken": "Open", "verwerkt": "Afgehandeld"}


def soort_tekst(soort_taak: Soort) -> str:
    """The kind in the screen's language (a contactverzoek keeps its Dutch name: a term)."""
    return tr("Vraag") if soort_taak is Soort.VRAAG else tr("Contactverzoek")


def oudste_eerst(rijen: list[R], moment: Callable[[R], datetime | None]) -> list[R]:
    """``rijen`` sorted in place by ``moment``, oldest first, those without one last."""

    def sleutel(rij: R) -> tuple[bool, float]:
        m = moment(rij)
        return m is None, m.timestamp() if m else 0.0

    rijen.sort(key=sleutel)
    return rijen


def te_laat_kleuren() -> tuple[QColor, QColor]:
    """Background and text colour of a cell that is over its term (the theme's warning)."""
    theme = load_theme()
    return QColor(theme.warning_bg), QColor(theme.warning_text)


def maak_rijen(
    taken: Sequence[Internetaak],
    contacten: Sequence[Klantcontact] = (),
    actor_namen: Mapping[str, str] | None = None,
    op: date | None = None,
    adressen: Mapping[str, str] | None = None,
) -> list[VraagRij]:
    """Rows for the open taken, oldest first, with the contact's onderwerp and actor names.

    ``adressen`` maps a klantcontact's uuid to the callback address its betrokkene left.
    """
    dag = op or vandaag()
    namen = actor_namen or {}
    adressen = adressen or {}
    onderwerpen = {c.uuid: c.onderwerp or "" for c in contacten}
    rijen: list[VraagRij] = []
    for taak in taken:
        if taak.status not in (None, "", "te_verwerken"):
            continue
        contact = taak.aanleidinggevend_klantcontact
        onderwerp = onderwerpen.get(contact.uuid or "", "") if contact else ""
        toelichting = taak.toelichting or ""
        delen = [d for d in (eerste_regel(onderwerp), eerste_regel(toelichting)) if d]
        samenvatting = " — ".join(delen) or eerste_regel(taak.gevraagde_handeling)
        volledig = "\n".join(d for d in (onderwerp.strip(), toelichting.strip()) if d) or (
            taak.gevraagde_handeling or ""
        )
        actoren = [
            namen.get(a.uuid or "", "") or (a.uuid or "")[:8]
            for a in taak.toegewezen_aan_actoren or []
            if a.uuid
        ]
        dagen = (dag - taak.toegewezen_op.astimezone().date()).days if taak.toegewezen_op else None
        soort_taak = soort(taak)
        adres = adressen.get(contact.uuid or "", "") if contact else ""
        rijen.append(
            VraagRij(
                taak=taak,
                soort=soort_taak,
                onderwerp=samenvatting,
                volledige_tekst=volledig,
                status=_STATUS.get(taak.status or "", taak.status or ""),
                toegewezen_aan=", ".join(actoren),
                dagen=dagen,
                terugbeladres=adres if soort_taak is Soort.CONTACTVERZOEK else "",
                over_termijn=is_te_laat(taak, dagen, dag),
            )
        )
    return oudste_eerst(rijen, lambda r: r.taak.toegewezen_op)


class VragenRole(IntEnum):
    """Extra data roles of :class:`VragenModel`."""

    RijRole = Qt.ItemDataRole.UserRole + 1  #: the VraagRij
    SorteerRole = Qt.ItemDataRole.UserRole + 2  #: a value to sort the column by
    OverTermijnRole = Qt.ItemDataRole.UserRole + 3  #: bool


class VragenModel(RijenModel[VraagRij]):
    """Open vragen and contactverzoeken; every text is plain (citizen-written)."""

    COL_SOORT = 0
    COL_ONDERWERP = 1
    COL_TERUGBELLEN = 2
    COL_STATUS = 3
    COL_TOEGEWEZEN = 4
    COL_WACHT = 5
    KOPPEN = ("Soort", "Onderwerp", "Terugbellen op", "Status", "Toegewezen aan", "Wacht")

    CONTEXT = "Vragen"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._te_laat_bg, self._te_laat_fg = te_laat_kleuren()

    # -- filling ----------------------------------------------------------------------------

    # -- Qt model API -----------------------------------------------------------------------

    def _data(self, rij: VraagRij, col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.COL_SOORT:
                return soort_tekst(rij.soort)
            if col == self.COL_ONDERWERP:
                return rij.onderwerp
            if col == self.COL_TERUGBELLEN:
                return rij.terugbeladres
            if col == self.COL_STATUS:
                return tr(rij.status)
            if col == self.COL_TOEGEWEZEN:
                return rij.toegewezen_aan
            if col == self.COL_WACHT:
                return dagen_tekst(rij.dagen) + (tr(" — te laat") if rij.over_termijn else "")
            return None
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and col == self.COL_TERUGBELLEN
            and rij.terugbeladres
        ):
            return tr("Kopiëren: Ctrl+C of rechtermuisknop")
        if role == VragenRole.RijRole:
            return rij
        if role == VragenRole.OverTermijnRole:
            return rij.over_termijn
        if role == VragenRole.SorteerRole:
            if col == self.COL_WACHT:
                return -1 if rij.dagen is None else rij.dagen
            return self._data(rij, col, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.BackgroundRole and rij.over_termijn:
            return self._te_laat_bg
        if role == Qt.ItemDataRole.ForegroundRole and rij.over_termijn:
            return self._te_laat_fg
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_WACHT:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None
