"""One timeline of everything in a klantbeeld: contacts, zaak events, payments, internetaken.

:func:`tijdlijn` merges the parts of a :class:`~services.klantbeeld.composer.Klantbeeld` into
one list of :class:`Gebeurtenis`, newest first. Each entry carries the strings a screen needs
already made (date text, first line, lowercase search text), so a view's ``data()`` stays a
lookup even for 10,000 entries. Text from citizens is kept exactly as typed; the screen must
show it as plain text. No Qt here: wording in the agent's language is the view's job; an amount
(:func:`euro`) is written as the screen's language writes numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from klantbeeld.services.apis.betalingen import Betaling
from klantbeeld.services.apis.klantinteracties import Internetaak, Klantcontact
from klantbeeld.services.klantbeeld.composer import Klantbeeld, ZaakOverzicht
from klantbeeld.services.registraties.internetaken import is_contactverzoek
from klantbeeld.services.taal import decimaal


def _tijdzone() -> ZoneInfo | None:
    try:
        return ZoneInfo("Europe/Amsterdam")
    except ZoneInfoNotFoundError:  # no tz database: the desktop's local time
        return None


#: The time zone the agent reads times in.
TIJDZONE = _tijdzone()


class Soort(StrEnum):
    """What happened."""

    KLANTCONTACT = "klantcontact"
    ZAAK_GESTART = "zaak_gestart"
    ZAAK_STATUS = "zaak_status"
    DOCUMENT = "document"
    ZAAK_AFGESLOTEN = "zaak_afgesloten"
    BETALING_AANGEMAAKT = "betaling_aangemaakt"
    BETALING_TE_LAAT = "betaling_te_laat"
    BETALING_BETAALD = "betaling_betaald"
    VRAAG = "vraag"
    VRAAG_AFGEHANDELD = "vraag_afgehandeld"
    TERUGBELVERZOEK = "terugbelverzoek"
    TERUGBELVERZOEK_AFGEHANDELD = "terugbelverzoek_afgehandeld"


#: The filter group of each non-contact kind (contacts are grouped by their kanaal).
SOORT_GROEP: dict[Soort, str] = {
    Soort.ZAAK_GESTART: "zaak",
    Soort.ZAAK_STATUS: "zaak",
    Soort.ZAAK_AFGESLOTEN: "zaak",
    Soort.DOCUMENT: "document",
    Soort.BETALING_AANGEMAAKT: "betaling",
    Soort.BETALING_TE_LAAT: "betaling",
    Soort.BETALING_BETAALD: "betaling",
    Soort.VRAAG: "vraag",
    Soort.VRAAG_AFGEHANDELD: "vraag",
    Soort.TERUGBELVERZOEK: "terugbellen",
    Soort.TERUGBELVERZOEK_AFGEHANDELD: "terugbellen",
}


@dataclass(frozen=True, slots=True)
class Gebeurtenis:
    """One entry of the timeline; ``onderwerp`` and ``tekst`` exactly as the source has them."""

    sleutel: str  # stable across reloads: keeps selection and expanded state
    moment: datetime  # aware; date-only events at the start (or end) of their day
    alleen_datum: bool
    soort: Soort
    onderwerp: str  # contact: its onderwerp; else what it is about (zaaktype, titel, ...)
    tekst: str = ""  # contact: inhoud; internetaak: toelichting; status: toelichting
    kanaal: str = ""  # contacts only, as sent
    medewerker: str = ""
    zaak_uuid: str | None = None
    zaak_identificatie: str = ""
    bedrag: Decimal | None = None
    vervaldatum: date | None = None
    # precomputed for cheap display and filtering
    datum_tekst: str = ""
    eerste_regel: str = ""
    zoektekst: str = ""

    @property
    def is_klantcontact(self) -> bool:
        """A contact (grouped by kanaal) rather than an event."""
        return self.soort is Soort.KLANTCONTACT


def maak(
    sleutel: str,
    moment: datetime | date,
    soort: Soort,
    onderwerp: str,
    tekst: str = "",
    *,
    kanaal: str = "",
    medewerker: str = "",
    zaak: tuple[str | None, str] = (None, ""),
    bedrag: Decimal | None = None,
    vervaldatum: date | None = None,
) -> Gebeurtenis:
    """A Gebeurtenis with its display strings computed; a bare date counts as start of day.

    ``zaak`` is (uuid, identificatie) of the linked zaak.
    """
    alleen_datum = not isinstance(moment, datetime)
    aware = _als_moment(moment, eind_van_dag=soort in _EIND_VAN_DAG)
    zaak_uuid, zaak_identificatie = zaak
    return Gebeurtenis(
        sleutel=sleutel,
        moment=aware,
        alleen_datum=alleen_datum,
        soort=soort,
        onderwerp=onderwerp,
        tekst=tekst,
        kanaal=kanaal,
        medewerker=medewerker,
        zaak_uuid=zaak_uuid,
        zaak_identificatie=zaak_identificatie,
        bedrag=bedrag,
        vervaldatum=vervaldatum,
        datum_tekst=datum_tekst(aware, alleen_datum=alleen_datum),
        eerste_regel=eerste_regel(tekst),
        zoektekst=f"{onderwerp}\n{tekst}\n{zaak_identificatie}".casefold(),
    )


#: Date-only events that happen at the end of their day (after that day's timed events).
_EIND_VAN_DAG = frozenset({Soort.ZAAK_AFGESLOTEN, Soort.BETALING_TE_LAAT})


def _als_moment(moment: datetime | date, *, eind_van_dag: bool = False) -> datetime:
    if isinstance(moment, datetime):
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    klok = time(23, 59, 59) if eind_van_dag else time(0, 0)
    lokaal = datetime.combine(moment, klok, tzinfo=TIJDZONE)
    return lokaal if TIJDZONE is not None else lokaal.astimezone()


def lokaal(moment: datetime) -> datetime:
    """``moment`` in the agent's time zone."""
    return moment.astimezone(TIJDZONE) if TIJDZONE is not None else moment.astimezone()


def datum_tekst(moment: datetime, *, alleen_datum: bool = False) -> str:
    """``28-11-2026 15:46`` in the agent's time zone (``28-11-2026`` for a date only)."""
    m = lokaal(moment)
    return f"{m:%d-%m-%Y}" if alleen_datum else f"{m:%d-%m-%Y %H:%M}"


def eerste_regel(tekst: str) -> str:
    """The first non-empty line of ``tekst``, stripped."""
    for regel in tekst.splitlines():
        if regel.strip():
            return regel.strip()
    return ""


def euro(bedrag: Decimal | None) -> str:
    """An amount in the screen's language: ``€ 1.234,56`` / ``€ 1,234.56``.

    ``€ -12,00`` when negative; empty when unknown. Rounded half up to whole cents first (a
    float never touches the amount before that).
    """
    if bedrag is None:
        return ""
    rond = bedrag.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    teken = "-" if rond < 0 else ""
    return f"€ {teken}{decimaal(abs(rond))}"


# -- the parts ------------------------------------------------------------------------------


def _zaak_index(zaken: Sequence[ZaakOverzicht]) -> dict[str, ZaakOverzicht]:
    """Zaken by uuid and by url."""
    index: dict[str, ZaakOverzicht] = {}
    for overzicht in zaken:
        zaak = overzicht.zaak
        if zaak.uuid:
            index[zaak.uuid] = overzicht
        index[zaak.url] = overzicht
        index[zaak.url.rstrip("/").rsplit("/", 1)[-1]] = overzicht
    return index


def _zaak(overzicht: ZaakOverzicht | None, uuid: str | None = None) -> tuple[str | None, str]:
    """(uuid, identificatie) of a linked zaak; only the uuid while the zaken are unknown."""
    if overzicht is None:
        return (uuid, "")
    return (overzicht.zaak.uuid or uuid, overzicht.zaak.identificatie or "")


def uit_zaken(zaken: Iterable[ZaakOverzicht]) -> list[Gebeurtenis]:
    """Started, current status set, each document added, closed."""
    result: list[Gebeurtenis] = []
    for overzicht in zaken:
        zaak = overzicht.zaak
        sleutel = zaak.uuid or zaak.url
        naam = (overzicht.zaaktype.omschrijving if overzicht.zaaktype else "") or (
            zaak.omschrijving or ""
        )
        gekoppeld = _zaak(overzicht)
        if zaak.startdatum is not None:
            result.append(
                maak(
                    f"zaak:{sleutel}:start",
                    zaak.startdatum,
                    Soort.ZAAK_GESTART,
                    naam,
                    zaak.omschrijving or "",
                    zaak=gekoppeld,
                )
            )
        status = overzicht.huidige_status
        if status is not None and status.datum_status_gezet is not None:
            statustype = overzicht.huidige_statustype
            stap = (statustype.omschrijving if statustype else "") or ""
            uitleg = status.statustoelichting or (statustype.statustekst if statustype else "")
            regels = [naam, uitleg or ""] if uitleg and uitleg != stap else [naam]
            result.append(
                maak(
                    f"zaak:{sleutel}:status:{status.url}",
                    status.datum_status_gezet,
                    Soort.ZAAK_STATUS,
                    stap or naam,
                    "\n".join(r for r in regels if r),
                    zaak=gekoppeld,
                )
            )
        for link in zaak.expand_zaakinformatieobjecten:
            if link.registratiedatum is None:
                continue
            regels = [naam, link.beschrijving or ""]
            result.append(
                maak(
                    f"zaak:{sleutel}:document:{link.url}",
                    link.registratiedatum,
                    Soort.DOCUMENT,
                    link.titel or "",
                    "\n".join(r for r in regels if r),
                    zaak=gekoppeld,
                )
            )
        if zaak.einddatum is not None:
            resultaat = overzicht.resultaattype
            result.append(
                maak(
                    f"zaak:{sleutel}:einde",
                    zaak.einddatum,
                    Soort.ZAAK_AFGESLOTEN,
                    naam,
                    (resultaat.omschrijving if resultaat else "") or "",
                    zaak=gekoppeld,
                )
            )
    return result


def uit_klantcontacten(
    contacten: Iterable[Klantcontact], zaken: dict[str, ZaakOverzicht] | None = None
) -> list[Gebeurtenis]:
    """One entry per contact, on every kanaal."""
    zaken = zaken or {}
    result: list[Gebeurtenis] = []
    for contact in contacten:
        if contact.plaatsgevonden_op is None:
            continue
        uuids = contact.zaak_uuids
        zaak_uuid = uuids[0] if uuids else None
        result.append(
            maak(
                f"klantcontact:{contact.uuid}",
                contact.plaatsgevonden_op,
                Soort.KLANTCONTACT,
                contact.onderwerp or "",
                contact.inhoud or "",
                kanaal=contact.kanaal or "",
                zaak=_zaak(zaken.get(zaak_uuid or ""), zaak_uuid),
                medewerker=", ".join(contact.medewerkers),
            )
        )
    return result


def is_terugbelverzoek(taak: Internetaak) -> bool:
    """A request to contact the citizen (else: a question to answer): see ``internetaken``."""
    return is_contactverzoek(taak)


def uit_internetaken(
    taken: Iterable[Internetaak],
    contacten: Iterable[Klantcontact] = (),
    zaken: dict[str, ZaakOverzicht] | None = None,
) -> list[Gebeurtenis]:
    """Questions and callback requests: when assigned, and when handled.

    ``taken`` (the open ones) and every internetaak that came with ``contacten`` (also the
    handled ones), each once; the zaak is that of the contact that led to it.
    """
    zaken = zaken or {}
    zaak_van_contact: dict[str, str] = {}
    alle: dict[str, Internetaak] = {}
    for contact in contacten:
        if contact.zaak_uuids:
            zaak_van_contact[contact.uuid] = contact.zaak_uuids[0]
        for taak in contact.internetaken:
            alle.setdefault(taak.uuid, taak)
    for taak in taken:
        alle.setdefault(taak.uuid, taak)
    result: list[Gebeurtenis] = []
    for taak in alle.values():
        terugbellen = is_terugbelverzoek(taak)
        aanleiding = taak.aanleidinggevend_klantcontact
        zaak_uuid = zaak_van_contact.get(aanleiding.uuid or "") if aanleiding else None
        gekoppeld = _zaak(zaken.get(zaak_uuid or ""), zaak_uuid)
        handeling = taak.gevraagde_handeling or ""
        if taak.toegewezen_op is not None:
            result.append(
                maak(
                    f"internetaak:{taak.uuid}",
                    taak.toegewezen_op,
                    Soort.TERUGBELVERZOEK if terugbellen else Soort.VRAAG,
                    handeling,
                    taak.toelichting or "",
                    zaak=gekoppeld,
                )
            )
        if taak.afgehandeld_op is not None:
            result.append(
                maak(
                    f"internetaak:{taak.uuid}:afgehandeld",
                    taak.afgehandeld_op,
                    Soort.TERUGBELVERZOEK_AFGEHANDELD if terugbellen else Soort.VRAAG_AFGEHANDELD,
                    handeling,
                    taak.toelichting or "",
                    zaak=gekoppeld,
                )
            )
    return result


def uit_betalingen(
    betalingen: Iterable[Betaling], zaken: dict[str, ZaakOverzicht] | None = None
) -> list[Gebeurtenis]:
    """Each payment when it was raised, when it became overdue, and when it was paid."""
    zaken = zaken or {}
    result: list[Gebeurtenis] = []
    for betaling in betalingen:
        sleutel = betaling.uuid or betaling.url or betaling.kenmerk
        zaak_uuid = betaling.zaak.rstrip("/").rsplit("/", 1)[-1] if betaling.zaak else None
        gekoppeld = _zaak(zaken.get(betaling.zaak or "") or zaken.get(zaak_uuid or ""), zaak_uuid)
        aangemaakt = betaling.aangemaakt_op or betaling.vervaldatum
        if aangemaakt is not None:
            result.append(
                maak(
                    f"betaling:{sleutel}",
                    aangemaakt,
                    Soort.BETALING_AANGEMAAKT,
                    betaling.omschrijving,
                    zaak=gekoppeld,
                    bedrag=betaling.bedrag,
                    vervaldatum=betaling.vervaldatum,
                )
            )
        if betaling.is_te_laat and betaling.vervaldatum is not None:
            result.append(
                maak(
                    f"betaling:{sleutel}:te_laat",
                    betaling.vervaldatum,
                    Soort.BETALING_TE_LAAT,
                    betaling.omschrijving,
                    zaak=gekoppeld,
                    bedrag=betaling.bedrag,
                    vervaldatum=betaling.vervaldatum,
                )
            )
        if betaling.betaaldatum is not None:
            result.append(
                maak(
                    f"betaling:{sleutel}:betaald",
                    betaling.betaaldatum,
                    Soort.BETALING_BETAALD,
                    betaling.omschrijving,
                    zaak=gekoppeld,
                    bedrag=betaling.bedrag,
                    vervaldatum=betaling.vervaldatum,
                )
            )
    return result


def sorteer(gebeurtenissen: Iterable[Gebeurtenis]) -> list[Gebeurtenis]:
    """Newest first; equal moments in a fixed order (by sleutel)."""
    op_sleutel = sorted(gebeurtenissen, key=lambda g: g.sleutel)
    return sorted(op_sleutel, key=lambda g: g.moment, reverse=True)


def tijdlijn(beeld: Klantbeeld) -> list[Gebeurtenis]:
    """Every event of the klantbeeld, newest first."""
    zaken = _zaak_index(beeld.zaken)
    return sorteer(
        [
            *uit_klantcontacten(beeld.klantcontacten, zaken),
            *uit_zaken(beeld.zaken),
            *uit_internetaken(beeld.internetaken, beeld.klantcontacten, zaken),
            *uit_betalingen(beeld.betalingen, zaken),
        ]
    )
