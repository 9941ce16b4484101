"""The contacthistorie's figures: pure counts over loaded rows for the overview's charts.

Per day and kanaal, per outcome, the top onderwerpen, the share handled at first contact, and
open verzoeken by age, and the average conversation and nawerk (over the contacts that
recorded them: those registered through Klantbeeld). Our own labels (the age groups, "Geen
resultaat") are in the screen's language; outcomes and onderwerpen stay as registered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from klantbeeld.services.contacthistorie.rijen import GEEN_RESULTAAT, HistorieRij, tr
from klantbeeld.services.contacthistorie.verzoeken import OpenVerzoek
from klantbeeld.services.taal import QT_TR_NOOP

#: Outcomes (lower case) that mean "handled at first contact".
EERSTE_CONTACT = frozenset({"zelfstandig afgehandeld", "afgehandeld"})
#: Age groups of open items: (label, from days, to days inclusive or None); the labels' Dutch
#: sources (:func:`per_leeftijd` gives them in the screen's language).
LEEFTIJDEN: tuple[tuple[str, int, int | None], ...] = (
    (QT_TR_NOOP("vandaag of gisteren"), 0, 1),
    (QT_TR_NOOP("2–3 dagen"), 2, 3),
    (QT_TR_NOOP("4–7 dagen"), 4, 7),
    (QT_TR_NOOP("8–14 dagen"), 8, 14),
    (QT_TR_NOOP("15–30 dagen"), 15, 30),
    (QT_TR_NOOP("ouder dan 30 dagen"), 31, None),
)


@dataclass(frozen=True)
class LeeftijdGroep:
    """Open items of one age group; ``label`` in the screen's language."""

    label: str
    van: int
    tot: int | None
    verzoeken: tuple[OpenVerzoek, ...]

    @property
    def aantal(self) -> int:
        """How many open items."""
        return len(self.verzoeken)

    @property
    def te_laat(self) -> int:
        """How many of them are past their term."""
        return sum(1 for v in self.verzoeken if v.te_laat)


def per_dag_per_kanaal(rijen: Iterable[HistorieRij]) -> dict[date, dict[str, int]]:
    """Contacts per Dutch day (oldest first) per canonical kanaal (for a stacked chart)."""
    tellingen: dict[date, Counter[str]] = {}
    for rij in rijen:
        tellingen.setdefault(rij.dag, Counter())[rij.kanaal_sleutel] += 1
    return {dag: dict(tellingen[dag]) for dag in sorted(tellingen)}


def per_resultaat(rijen: Iterable[HistorieRij]) -> dict[str, int]:
    """Contacts per outcome, most first (:data:`GEEN_RESULTAAT`, translated, for those without)."""
    geen = tr(GEEN_RESULTAAT)
    tellingen = Counter(rij.resultaat or geen for rij in rijen)
    return dict(tellingen.most_common())


def top_onderwerpen(rijen: Iterable[HistorieRij], n: int = 10) -> list[tuple[str, int]]:
    """The ``n`` most frequent onderwerpen with their counts (ties: alphabetical)."""
    tellingen = Counter(rij.onderwerp for rij in rijen if rij.onderwerp)
    return sorted(tellingen.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def eerste_contact_aandeel(rijen: Iterable[HistorieRij]) -> float:
    """Share (0–1) of contacts with an outcome that were handled at first contact.

    "Zelfstandig afgehandeld" (or the registration's ``afgehandeld``) over the contacts that
    have an outcome at all; 0.0 when none has.
    """
    met = 0
    eerste = 0
    for rij in rijen:
        resultaat = rij.resultaat.strip().casefold()
        if not resultaat:
            continue
        met += 1
        if resultaat in EERSTE_CONTACT:
            eerste += 1
    return eerste / met if met else 0.0


@dataclass(frozen=True)
class Gemiddelden:
    """Average conversation and nawerk, over the contacts that recorded them."""

    #: How many contacts recorded their times (registered through Klantbeeld).
    gemeten: int
    #: Of all contacts counted.
    totaal: int
    gespreksduur_s: float | None
    nawerk_s: float | None


def gemiddelde_tijden(rijen: Iterable[HistorieRij]) -> Gemiddelden:
    """The average gespreksduur and nawerk; contacts without recorded times are not in it."""
    totaal = 0
    duren: list[int] = []
    nawerken: list[int] = []
    for rij in rijen:
        totaal += 1
        if rij.gespreksduur_s is not None:
            duren.append(rij.gespreksduur_s)
        if rij.nawerk_s is not None:
            nawerken.append(rij.nawerk_s)
    return Gemiddelden(
        gemeten=len(duren),
        totaal=totaal,
        gespreksduur_s=sum(duren) / len(duren) if duren else None,
        nawerk_s=sum(nawerken) / len(nawerken) if nawerken else None,
    )


def per_leeftijd(verzoeken: Iterable[OpenVerzoek]) -> list[LeeftijdGroep]:
    """Open items in the age groups of :data:`LEEFTIJDEN` (youngest group first; pure).

    Items of unknown age go to the oldest group.
    """
    groepen: list[list[OpenVerzoek]] = [[] for _ in LEEFTIJDEN]
    for v in verzoeken:
        index = len(LEEFTIJDEN) - 1
        if v.dagen is not None:
            for i, (_, van, tot) in enumerate(LEEFTIJDEN):
                if v.dagen >= van and (tot is None or v.dagen <= tot):
                    index = i
                    break
            else:
                index = 0  # negative ages (clock skew): the youngest group
        groepen[index].append(v)
    return [
        LeeftijdGroep(label=tr(label), van=van, tot=tot, verzoeken=tuple(groep))
        for (label, van, tot), groep in zip(LEEFTIJDEN, groepen, strict=True)
    ]
