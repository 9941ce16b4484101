"""When a zaak is expected to be done: its dates, doorlooptijd, verlenging and opschorting.

The agent's question "wanneer hoor ik iets?" is answered from what the zaak itself says:

* ``einddatumGepland`` — the date the municipality planned;
* ``uiterlijkeEinddatumAfdoening`` — the legal deadline; when the zaak lacks it, the startdatum
  plus the zaaktype's ``doorlooptijd`` (ISO 8601, e.g. ``P8W``), plus the zaak's verlenging;
* a step's own statustype ``doorlooptijd``, counted from the startdatum (plus verlenging).

The expected date is the planned one while it lies ahead, else the deadline. The zaak's own
dates are taken as they are: a zaakafhandelcomponent that extends a zaak moves both with the
verlenging (ZAC does), so the verlenging is only added to dates computed here. While the zaak is
opgeschort the clock stands still: no date can be promised.
Pure functions, no Qt: the views only show what :func:`verwachting` returns; its texts are in
the screen's language (context "Verwachting").
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from klantbeeld.services.apis.zgw import Statustype
from klantbeeld.services.klantbeeld.composer import ZaakOverzicht
from klantbeeld.services.klantbeeld.datums import lange_datum
from klantbeeld.services.taal import vertaal

_DUUR = re.compile(
    r"^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?"
    r"(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$"
)


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Verwachting")."""
    return vertaal("Verwachting", text)


@dataclass(frozen=True)
class Duur:
    """A calendar duration: years and months first (clamped to the month's end), then days."""

    jaren: int = 0
    maanden: int = 0
    dagen: int = 0

    def na(self, start: date) -> date:
        """The date this duration after ``start`` (31 jan + 1 month = 28/29 feb)."""
        maand = start.month - 1 + self.maanden + 12 * self.jaren
        jaar = start.year + maand // 12
        maand = maand % 12 + 1
        dag = min(start.day, calendar.monthrange(jaar, maand)[1])
        return date(jaar, maand, dag) + timedelta(days=self.dagen)


def lees_duur(tekst: str | None) -> Duur | None:
    """An ISO 8601 duration (``P8W``, ``P28D``, ``P1M15D``, ``PT36H``); None when absent or invalid.

    Hours, minutes and seconds are rounded up to whole days: a date is only ever promised late,
    never early.
    """
    m = _DUUR.match((tekst or "").strip().upper())
    if m is None:
        return None
    jaren, maanden, weken, dagen, uren, minuten, seconden = m.groups()
    tijd = (
        int(uren or 0) * 3600 + int(minuten or 0) * 60 + float((seconden or "0").replace(",", "."))
    )
    return Duur(
        jaren=int(jaren or 0),
        maanden=int(maanden or 0),
        dagen=int(weken or 0) * 7 + int(dagen or 0) + math.ceil(tijd / 86400),
    )


class Grondslag(StrEnum):
    """Where an expected date comes from."""

    GEPLAND = "gepland"  #: the zaak's einddatumGepland
    UITERLIJK = "uiterlijk"  #: the zaak's uiterlijkeEinddatumAfdoening
    DOORLOOPTIJD = "doorlooptijd"  #: startdatum + the zaaktype's doorlooptijd (+ verlenging)
    STATUSTYPE = "statustype"  #: startdatum + the step's own doorlooptijd (+ verlenging)


@dataclass(frozen=True)
class Verwachting:
    """When something is expected: the date, where it comes from, and whether it still holds.

    ``datum`` is None when nothing can be known. ``verlopen``: the date has passed and it is not
    done. ``opgeschort``: the zaak is suspended, so the date does not hold until it resumes.
    """

    datum: date | None = None
    grondslag: Grondslag | None = None
    verlopen: bool = False
    opgeschort: bool = False
    verlengd: bool = False

    @property
    def bekend(self) -> bool:
        """A date that can be told to the citizen (known and not suspended)."""
        return self.datum is not None and not self.opgeschort


@dataclass(frozen=True)
class Termijnen:
    """A zaak's end dates, each said for what it is (for the zaken list and the zaak pane).

    ``uiterlijk_grondslag`` says whether the deadline is the zaak's own or computed from the
    zaaktype's doorlooptijd.
    """

    gepland: date | None
    uiterlijk: date | None
    uiterlijk_grondslag: Grondslag | None
    afgerond: date | None
    verlengd: bool
    opgeschort: bool


def _verlenging(overzicht: ZaakOverzicht) -> Duur | None:
    """The zaak's verlenging as a duration, when the zaak says it was extended."""
    verlenging = overzicht.zaak.verlenging
    return lees_duur(verlenging.duur) if verlenging is not None else None


def _start(overzicht: ZaakOverzicht) -> date | None:
    zaak = overzicht.zaak
    return zaak.startdatum or zaak.registratiedatum


def _na_start(overzicht: ZaakOverzicht, doorlooptijd: str | None) -> date | None:
    """startdatum + ``doorlooptijd`` + the zaak's verlenging; None when either is unknown."""
    start = _start(overzicht)
    duur = lees_duur(doorlooptijd)
    if start is None or duur is None:
        return None
    eind = duur.na(start)
    verlenging = _verlenging(overzicht)
    return verlenging.na(eind) if verlenging is not None else eind


def termijnen(overzicht: ZaakOverzicht) -> Termijnen:
    """The planned date, the deadline (the zaak's, else computed) and the date it was done."""
    zaak = overzicht.zaak
    uiterlijk = zaak.uiterlijke_einddatum_afdoening
    grondslag: Grondslag | None = Grondslag.UITERLIJK if uiterlijk is not None else None
    if uiterlijk is None:
        zaaktype = overzicht.zaaktype
        uiterlijk = _na_start(overzicht, zaaktype.doorlooptijd if zaaktype else None)
        grondslag = Grondslag.DOORLOOPTIJD if uiterlijk is not None else None
    return Termijnen(
        gepland=zaak.einddatum_gepland,
        uiterlijk=uiterlijk,
        uiterlijk_grondslag=grondslag,
        afgerond=zaak.einddatum,
        verlengd=_verlenging(overzicht) is not None,
        opgeschort=overzicht.is_opgeschort,
    )


def verwachte_afronding(overzicht: ZaakOverzicht, vandaag: date) -> Verwachting:
    """When the zaak is expected to be done, as of ``vandaag``; an empty one for a closed zaak.

    The planned date while it lies ahead (the deadline when that comes first); else the
    deadline. Past both: the deadline, marked ``verlopen``.
    """
    if not overzicht.is_open:
        return Verwachting()
    t = termijnen(overzicht)
    keuze: tuple[date, Grondslag] | None = None
    if t.gepland is not None and t.gepland >= vandaag:
        keuze = (t.gepland, Grondslag.GEPLAND)
    if (
        t.uiterlijk is not None
        and t.uiterlijk_grondslag is not None
        and (keuze is None or t.uiterlijk < keuze[0])
    ):
        keuze = (t.uiterlijk, t.uiterlijk_grondslag)
    if keuze is None and t.gepland is not None:
        keuze = (t.gepland, Grondslag.GEPLAND)
    if keuze is None:
        return Verwachting(opgeschort=t.opgeschort, verlengd=t.verlengd)
    dag, grondslag = keuze
    return Verwachting(
        datum=dag,
        grondslag=grondslag,
        verlopen=dag < vandaag,
        opgeschort=t.opgeschort,
        verlengd=t.verlengd,
    )


def verwachte_stap(overzicht: ZaakOverzicht, statustype: Statustype, vandaag: date) -> Verwachting:
    """When a step not yet reached is expected; an empty one where nothing can be known.

    The last step (the eindstatus) is the zaak's end: :func:`verwachte_afronding`. A step in
    between only has a date when its statustype has its own doorlooptijd.
    """
    if not overzicht.is_open:
        return Verwachting()
    laatste = max((s.volgnummer for s in overzicht.statustypen), default=statustype.volgnummer)
    if statustype.is_eindstatus or statustype.volgnummer >= laatste:
        return verwachte_afronding(overzicht, vandaag)
    dag = _na_start(overzicht, statustype.doorlooptijd)
    if dag is None:
        return Verwachting()
    eind = verwachte_afronding(overzicht, vandaag)
    if eind.datum is not None and eind.datum < dag:
        dag = eind.datum  # a step never comes after the end
    return Verwachting(
        datum=dag,
        grondslag=Grondslag.STATUSTYPE,
        verlopen=dag < vandaag,
        opgeschort=overzicht.is_opgeschort,
        verlengd=_verlenging(overzicht) is not None,
    )


def verwachting_tekst(v: Verwachting) -> str:
    """The expectation in plain words: ``Verwacht vóór 8 januari 2027`` (``(verlopen)`` after it).

    Opgeschort: the date does not hold, and the text says so. Empty when nothing is known.
    """
    if v.datum is None:
        return tr("Opgeschort: nog geen datum te verwachten") if v.opgeschort else ""
    datum = lange_datum(v.datum)
    if v.opgeschort:
        return tr("Opgeschort: de termijn staat stil (was: vóór {datum})").format(datum=datum)
    if v.verlopen:
        return tr("Verwacht vóór {datum} (verlopen)").format(datum=datum)
    return tr("Verwacht vóór {datum}").format(datum=datum)


def grondslag_tekst(v: Verwachting) -> str:
    """Where the expected date comes from, in plain words (for a tooltip); "" when none."""
    if v.grondslag is None:
        return ""
    bron = {
        Grondslag.GEPLAND: tr("de geplande einddatum van de zaak"),
        Grondslag.UITERLIJK: tr("de uiterlijke einddatum van de zaak"),
        Grondslag.DOORLOOPTIJD: tr("de startdatum plus de doorlooptijd van het zaaktype"),
        Grondslag.STATUSTYPE: tr("de startdatum plus de doorlooptijd van deze stap"),
    }[v.grondslag]
    if v.verlengd and v.grondslag in (Grondslag.DOORLOOPTIJD, Grondslag.STATUSTYPE):
        return tr("Berekend uit {bron}, met de verlenging.").format(bron=bron)
    if v.verlengd:
        return tr("Berekend uit {bron}; de zaak is verlengd.").format(bron=bron)
    return tr("Berekend uit {bron}.").format(bron=bron)
