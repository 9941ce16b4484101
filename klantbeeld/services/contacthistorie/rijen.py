"""The contacthistorie's values: a period, a row, a contact's detail, the filter and filtering.

:class:`HistorieRij` is read straight from the API's JSON by :func:`rij_van` (no model per row:
a month is 13,000 rows); :class:`Filter` and :func:`filter_rijen` narrow what is loaded, in
memory. Days are Dutch days (:data:`TIJDZONE`). Pure: no I/O, no Qt. The few words of our own
the contacthistorie's services say are in the screen's language, in the context of its screens
("Contacthistorie"); what the contacts hold stays as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from klantbeeld.services.apis.klantinteracties import Betrokkene, Internetaak, Onderwerpobject
from klantbeeld.services.registraties.kanalen import kanaal_label, kanaal_sleutel
from klantbeeld.services.taal import QT_TR_NOOP, vertaal

#: Days are Dutch days.
TIJDZONE = ZoneInfo("Europe/Amsterdam")
#: Key for contacts whose kanaal is none of the known kanalen.
OVERIG_KANAAL = "overig"
#: Key for contacts without a wrap-up outcome (e.g. questions Open Inwoner left); the Dutch
#: source, shown as ``tr(GEEN_RESULTAAT)``.
GEEN_RESULTAAT = QT_TR_NOOP("Geen resultaat")


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Contacthistorie", as its screens)."""
    return vertaal("Contacthistorie", text)


@dataclass(frozen=True)
class Periode:
    """From ``van`` to ``tot``, both inclusive, in Dutch (Europe/Amsterdam) days."""

    van: date
    tot: date

    def bevat(self, moment: datetime) -> bool:
        """True if ``moment`` falls on one of the period's days."""
        return self.van <= dag_van(moment) <= self.tot


@dataclass(frozen=True, slots=True)
class HistorieRij:
    """One klantcontact as the contacthistorie lists it (no person data: see :func:`details`).

    ``dag`` (the Dutch day) and the lower-cased search text are worked out once, when the row
    is made: filters and counts run over a month of rows on every change.
    """

    uuid: str
    url: str
    moment: datetime
    kanaal: str
    onderwerp: str
    #: The whole text (citizen words: plain text, never markup).
    inhoud: str
    #: The handling medewerker(s), names joined with ", " ("" when none).
    medewerker: str
    #: ``metadata.resultaat`` ("" when none).
    resultaat: str
    contact_gelukt: bool
    nummer: str = ""
    #: Filled only when the list was asked with ``hadBetrokkenen`` expanded (costly; not so
    #: by default): the betrokkene's partij and name.
    partij_uuid: str | None = None
    contactnaam: str | None = None
    #: Filled only when ``gingOverOnderwerpobjecten`` was expanded.
    zaak_uuids: tuple[str, ...] = ()
    vertrouwelijk: bool = False
    #: The answer the agent gave (``reactie``, "" when none).
    reactie: str = ""
    #: When the contact ended (``metadata.eind``, as our registrations write it), if known.
    eind: datetime | None = None
    #: Seconds of conversation and of nawerk (``metadata.gespreksduur_s`` / ``nawerk_s``, as
    #: registrations made in Klantbeeld write them); None when not recorded.
    gespreksduur_s: int | None = None
    nawerk_s: int | None = None
    #: The canonical kanaal (:data:`services.registraties.kanalen.KANALEN`) or ``"overig"``;
    #: worked out from ``kanaal`` when not given.
    kanaal_sleutel: str = ""
    #: The Dutch day of the contact (worked out from ``moment``).
    dag: date = field(init=False, compare=False)
    _zoektekst: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.kanaal_sleutel:
            object.__setattr__(self, "kanaal_sleutel", kanaal_sleutel(self.kanaal) or OVERIG_KANAAL)
        object.__setattr__(self, "dag", dag_van(self.moment))
        tekst = " ".join(
            (
                self.onderwerp,
                self.inhoud,
                self.medewerker,
                self.resultaat,
                self.kanaal,
                kanaal_label(self.kanaal),
                self.nummer,
                self.contactnaam or "",
            )
        )
        object.__setattr__(self, "_zoektekst", tekst.casefold())

    @property
    def duur(self) -> timedelta | None:
        """How long the contact took (``eind`` − ``moment``), if the end is known and later."""
        if self.eind is None or self.eind < self.moment:
            return None
        return self.eind - self.moment

    @property
    def kanaal_label(self) -> str:
        """The kanaal's Dutch label ("Telefoon", "Chat", ...), as the export writes it (the
        screens translate it: ``views.icons.kanaal_label``)."""
        return kanaal_label(self.kanaal)

    @property
    def medewerkers(self) -> tuple[str, ...]:
        """The handling medewerkers' names."""
        return tuple(n for n in self.medewerker.split(", ") if n)

    def bevat_tekst(self, woorden: Sequence[str]) -> bool:
        """True if every (case-folded) word occurs in the row's texts."""
        return all(w in self._zoektekst for w in woorden)


@dataclass(frozen=True)
class HistorieDetail:
    """Everything about one contact for the detail pane (one request, fully expanded)."""

    rij: HistorieRij
    reactie: str = ""
    #: The name the betrokkene gave, or the partij's name ("" for an anonymous contact).
    contactnaam: str = ""
    organisatienaam: str = ""
    partij_uuid: str | None = None
    #: For the link to that person's or company's klantbeeld.
    bsn: str | None = None
    kvk_nummer: str | None = None
    #: Phone numbers and e-mail addresses the betrokkene left with this contact.
    digitale_adressen: tuple[str, ...] = ()
    zaak_uuids: tuple[str, ...] = ()
    internetaken: tuple[Internetaak, ...] = ()


@dataclass(frozen=True)
class Filter:
    """What the team lead narrows the list to; an empty set means "all"."""

    #: Canonical kanalen (``"telefoon"``, ``"chat"``, ..., ``"overig"``).
    kanalen: frozenset[str] = frozenset()
    medewerkers: frozenset[str] = frozenset()
    onderwerpen: frozenset[str] = frozenset()
    #: Outcomes as written; ``""`` selects the contacts without one.
    resultaten: frozenset[str] = frozenset()
    #: Words that must all occur (case-insensitive) in onderwerp, inhoud, medewerker,
    #: resultaat, kanaal, nummer or contactnaam.
    tekst: str = ""
    periode: Periode | None = None

    @property
    def leeg(self) -> bool:
        """True when it lets every row through."""
        return self == Filter()


def dag_van(moment: datetime) -> date:
    """The Dutch day of a moment (naive moments are taken as UTC, as Open Klant sends)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(TIJDZONE).date()


def _tijd(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _tekst(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _seconden(value: Any) -> int | None:
    """Whole seconds written as a string of digits (as our metadata holds them), else None."""
    return int(value) if isinstance(value, str) and value.isascii() and value.isdigit() else None


def rij_van(data: Mapping[str, Any]) -> HistorieRij | None:
    """A row from one klantcontact as the API sends it; None without a uuid or a date.

    Read straight from the JSON (no model per row: a month is 13,000 rows, parsed while the
    screen stays responsive); fields of the wrong type count as empty.
    """
    uid = data.get("uuid")
    moment = _tijd(data.get("plaatsgevondenOp"))
    if not isinstance(uid, str) or not uid or moment is None:
        return None
    metadata = data.get("metadata")
    resultaat = metadata.get("resultaat") if isinstance(metadata, dict) else None
    eind = _tijd(metadata.get("eind")) if isinstance(metadata, dict) else None
    tijden = metadata if isinstance(metadata, dict) else {}
    gespreksduur_s = _seconden(tijden.get("gespreksduur_s"))
    nawerk_s = _seconden(tijden.get("nawerk_s"))
    actoren = data.get("hadBetrokkenActoren")
    namen = [
        str(a["naam"])
        for a in (actoren if isinstance(actoren, list) else [])
        if isinstance(a, dict) and a.get("naam")
    ]
    partij_uuid: str | None = None
    contactnaam: str | None = None
    zaak_uuids: tuple[str, ...] = ()
    expand = data.get("_expand")
    if isinstance(expand, dict) and expand:
        bets = expand.get("hadBetrokkenen")
        if isinstance(bets, list) and bets and isinstance(bets[0], dict):
            try:
                bet: Betrokkene | None = Betrokkene.model_validate(bets[0])
            except (ValueError, RecursionError):  # of the wrong shape: counts as empty
                bet = None
            if bet is not None:
                partij_uuid = bet.was_partij.uuid if bet.was_partij else None
                contactnaam = bet.volledige_naam or bet.organisatienaam or ""
        onderwerpen = expand.get("gingOverOnderwerpobjecten")
        if isinstance(onderwerpen, list) and onderwerpen:
            try:
                objecten = [Onderwerpobject.model_validate(o) for o in onderwerpen]
            except (ValueError, RecursionError):
                objecten = []
            zaak_uuids = tuple(u for o in objecten if (u := o.zaak_uuid))
    return HistorieRij(
        uuid=uid,
        url=_tekst(data.get("url")),
        moment=moment,
        kanaal=_tekst(data.get("kanaal")),
        onderwerp=_tekst(data.get("onderwerp")),
        inhoud=_tekst(data.get("inhoud")),
        medewerker=", ".join(namen),
        resultaat=str(resultaat or ""),
        contact_gelukt=data.get("indicatieContactGelukt") is not False,
        nummer=_tekst(data.get("nummer")),
        partij_uuid=partij_uuid,
        contactnaam=contactnaam,
        zaak_uuids=zaak_uuids,
        vertrouwelijk=data.get("vertrouwelijk") is True,
        reactie=_tekst(data.get("reactie")),
        eind=eind,
        gespreksduur_s=gespreksduur_s,
        nawerk_s=nawerk_s,
    )


def filter_rijen(rijen: Iterable[HistorieRij], filter: Filter) -> list[HistorieRij]:
    """The rows that pass ``filter``, in their order (pure)."""
    woorden = filter.tekst.casefold().split()
    uit: list[HistorieRij] = []
    for rij in rijen:
        if filter.kanalen and rij.kanaal_sleutel not in filter.kanalen:
            continue
        if filter.medewerkers and not (set(rij.medewerkers) & filter.medewerkers):
            continue
        if filter.onderwerpen and rij.onderwerp not in filter.onderwerpen:
            continue
        if filter.resultaten and rij.resultaat not in filter.resultaten:
            continue
        if filter.periode is not None and not (filter.periode.van <= rij.dag <= filter.periode.tot):
            continue
        if woorden and not rij.bevat_tekst(woorden):
            continue
        uit.append(rij)
    return uit


def keuzes(rijen: Iterable[HistorieRij]) -> dict[str, list[str]]:
    """The values each filter can take in these rows, sorted (for the filter lists)."""
    kanalen: set[str] = set()
    medewerkers: set[str] = set()
    onderwerpen: set[str] = set()
    resultaten: set[str] = set()
    for rij in rijen:
        kanalen.add(rij.kanaal_sleutel)
        medewerkers.update(rij.medewerkers)
        onderwerpen.add(rij.onderwerp)
        resultaten.add(rij.resultaat)
    return {
        "kanalen": sorted(kanalen),
        "medewerkers": sorted(medewerkers),
        "onderwerpen": sorted(onderwerpen),
        "resultaten": sorted(resultaten),
    }


def datum_tijd(moment: datetime) -> str:
    """``dd-mm-jjjj hh:mm`` in Dutch time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(TIJDZONE).strftime("%d-%m-%Y %H:%M")
