"""What the citizen sees of their own klantbeeld ("Toon aan inwoner"), by Open Inwoner's rules.

A pure function from the loaded :class:`~services.klantbeeld.composer.Klantbeeld` and the
details of its zaken to one :class:`InwonerBeeld`: their own zaken in their words
("aanvragen"), the steps with dates, the documents visible to them, their payments, their
questions and our answers — and nothing else. The rules (see the README, "What the citizen
sees") follow Open Inwoner (``open_inwoner/openzaak/utils.py``: ``is_zaak_visible``,
``is_info_object_visible``; ``openklant/services.py``: ``questions_for_partij``):

- a zaak shows when its zaaktype is known and ``indicatieInternOfExtern`` is ``extern``, it has a
  status (Open Inwoner's ``show_cases_without_status``, off by default), and its
  vertrouwelijkheidaanduiding is at most :attr:`Zichtbaarheid.zaak_maximum`;
- its title is the zaaktype's omschrijving (never the zaak's own omschrijving, which the
  behandelaar writes); its steps are the statustypen's ``statustekst`` with the date each was
  set (never the statustype's internal omschrijving nor the statustoelichting);
- a document shows when its status is ``definitief`` or ``gearchiveerd`` and its
  vertrouwelijkheidaanduiding is at most :attr:`Zichtbaarheid.document_maximum`;
- a question is a klantcontact the citizen wrote on their own kanaal (Open Inwoner's
  ``mijn_vragen_kanaal``: the webformulier), not ``vertrouwelijk`` and not itself an answer;
  our answer is its ``reactie``, else the klantcontact that answers it (an onderwerpobject
  with ``wasKlantcontact``). A question about a zaak that does not show stays hidden too.
  Internetaken and contacts an agent wrote down (our notes) never show.

Never in the value: the BSN, partners or children, internal names, notes or document kinds.
Our own words in it (a step without a statustekst, a payment's status, a title where the source
has none) are in the screen's language (context "Inwoner"); the sources' texts stay as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from klantbeeld.services.apis.betalingen import Betaling
from klantbeeld.services.apis.klantinteracties import Klantcontact
from klantbeeld.services.apis.zgw import InformatieObject, Status, Statustype
from klantbeeld.services.klantbeeld.composer import (
    Klantbeeld,
    Onderdeel,
    ZaakDetail,
    ZaakOverzicht,
)
from klantbeeld.services.klantbeeld.tijdlijn import TIJDZONE
from klantbeeld.services.klantbeeld.vertrouwelijkheid import mag_inzien
from klantbeeld.services.registraties.kanalen import kanaal_sleutel
from klantbeeld.services.taal import QT_TR_NOOP, vertaal

#: Document statuses a citizen may see (Open Inwoner: ``definitief`` or ``gearchiveerd``).
ZICHTBARE_DOCUMENTSTATUSSEN = ("definitief", "gearchiveerd")

#: A step with no statustekst, in neutral words (the internal omschrijving never shows);
#: Dutch sources, in the value in the screen's language.
STAP_ONTVANGEN = QT_TR_NOOP("Wij hebben uw aanvraag ontvangen.")
STAP_IN_BEHANDELING = QT_TR_NOOP("Uw aanvraag is in behandeling.")
STAP_AFGEHANDELD = QT_TR_NOOP("Uw aanvraag is afgehandeld.")

#: The payment statuses in the citizen's words (Dutch sources, as the steps).
BETAALSTATUS = {
    "open": QT_TR_NOOP("Nog te betalen"),
    "te_laat": QT_TR_NOOP("Nog te betalen — de betaaldatum is voorbij"),
    "betaald": QT_TR_NOOP("Betaald"),
}


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Inwoner", as the citizen's screen)."""
    return vertaal("Inwoner", text)


@dataclass(frozen=True)
class Zichtbaarheid:
    """The settings of the rules (Open Inwoner's ``OpenZaakConfig`` and ``OpenKlantConfig``).

    ``zaak_maximum``: Open Inwoner's ``zaak_max_confidentiality`` (its default ``openbaar``).
    Here ``zaakvertrouwelijk``: by the ZGW standard that level is open to the zaak's own
    betrokkenen, and the citizen is one; ``vertrouwelijk`` and above stay hidden.
    ``document_maximum``: ``document_max_confidentiality``, ``beperkt_openbaar`` (issue 12).
    ``zonder_status``: ``show_cases_without_status``. ``vraag_kanalen``: Open Inwoner's
    ``mijn_vragen_kanaal``: the kanalen (canonical, :mod:`services.registraties.kanalen`) on
    which the citizen writes their own question. A contact an agent wrote down (phone, balie,
    chat, ...) holds the agent's note, not the citizen's words, and does not show.
    """

    zaak_maximum: str = "zaakvertrouwelijk"
    document_maximum: str = "beperkt_openbaar"
    zonder_status: bool = False
    vraag_kanalen: frozenset[str] = frozenset({"webformulier"})


STANDAARD = Zichtbaarheid()


@dataclass(frozen=True)
class InwonerStap:
    """One step of an aanvraag as the citizen reads it, with the day it was reached."""

    tekst: str
    datum: date | None


@dataclass(frozen=True)
class InwonerDocument:
    """A document of an aanvraag the citizen may see: its title and date."""

    titel: str
    datum: date | None


@dataclass(frozen=True)
class InwonerAanvraag:
    """One of the citizen's zaken, in their words."""

    titel: str
    nummer: str
    startdatum: date | None
    status: str
    afgerond_op: date | None
    uiterlijk_op: date | None  # only while open
    termijn_verstreken: bool  # open and past uiterlijk_op
    stappen: tuple[InwonerStap, ...]
    documenten: tuple[InwonerDocument, ...]

    @property
    def is_open(self) -> bool:
        """Not yet afgerond."""
        return self.afgerond_op is None


@dataclass(frozen=True)
class InwonerBetaling:
    """One of the citizen's payments."""

    omschrijving: str
    bedrag: Decimal | None
    valuta: str
    status: str
    vervaldatum: date | None
    betaald_op: date | None
    kenmerk: str
    is_open: bool


@dataclass(frozen=True)
class InwonerVraag:
    """A question the citizen asked us, and our answer when there is one."""

    onderwerp: str
    vraag: str
    gesteld_op: date | None
    antwoord: str
    beantwoord_op: date | None


@dataclass(frozen=True)
class InwonerBeeld:
    """Everything the citizen's view shows, and nothing else."""

    naam: str  # "" when the person asked for geheimhouding (someone else may be looking)
    aanvragen: tuple[InwonerAanvraag, ...]
    betalingen: tuple[InwonerBetaling, ...]
    vragen: tuple[InwonerVraag, ...]
    #: Something could not be fetched (a source failed or is still loading): not all is here.
    onvolledig: bool = False


def is_zaak_zichtbaar(overzicht: ZaakOverzicht, regels: Zichtbaarheid = STANDAARD) -> bool:
    """Open Inwoner's ``is_zaak_visible``: extern zaaktype, a status, not too confidential."""
    zaaktype = overzicht.zaaktype
    if zaaktype is None or zaaktype.indicatie_intern_of_extern != "extern":
        return False
    if not overzicht.zaak.status and not regels.zonder_status:
        return False
    return mag_inzien(overzicht.zaak.vertrouwelijkheidaanduiding, regels.zaak_maximum)


def is_document_zichtbaar(document: InformatieObject, regels: Zichtbaarheid = STANDAARD) -> bool:
    """Open Inwoner's ``is_info_object_visible``: definitive (or archived), not too confidential."""
    if document.status not in ZICHTBARE_DOCUMENTSTATUSSEN:
        return False
    return mag_inzien(document.vertrouwelijkheidaanduiding, regels.document_maximum)


def zichtbare_zaken(beeld: Klantbeeld, regels: Zichtbaarheid = STANDAARD) -> list[ZaakOverzicht]:
    """The zaken of ``beeld`` the citizen sees, in the order they are shown."""
    return sorted((z for z in beeld.zaken if is_zaak_zichtbaar(z, regels)), key=_aanvraag_volgorde)


def inwonerbeeld(
    beeld: Klantbeeld,
    details: Mapping[str, ZaakDetail] | None = None,
    regels: Zichtbaarheid = STANDAARD,
    vandaag: date | None = None,
) -> InwonerBeeld:
    """The citizen's view of ``beeld``; ``details`` by zaak URL (steps and documents)."""
    details = details or {}
    vandaag = vandaag or date.today()
    aanvragen = tuple(
        _aanvraag(z, details.get(z.zaak.url), regels, vandaag)
        for z in zichtbare_zaken(beeld, regels)
    )
    return InwonerBeeld(
        naam=_naam(beeld),
        aanvragen=aanvragen,
        betalingen=tuple(_betaling(b) for b in sorted(beeld.betalingen, key=_betaal_volgorde)),
        vragen=tuple(_vragen(beeld.klantcontacten, _verborgen_zaken(beeld, regels), regels)),
        onvolledig=_onvolledig(beeld, details.values()),
    )


#: The parts the citizen's view is made of.
_ONDERDELEN = (Onderdeel.ZAKEN, Onderdeel.KLANTCONTACTEN, Onderdeel.BETALINGEN)


def _onvolledig(beeld: Klantbeeld, details: Iterable[ZaakDetail]) -> bool:
    """A part failed or has not fully arrived, or a zaak's steps or documents failed."""
    return any(o in beeld.fouten or o not in beeld.geladen for o in _ONDERDELEN) or any(
        d.fouten for d in details
    )


# -- the parts ------------------------------------------------------------------------------


def _naam(beeld: Klantbeeld) -> str:
    if beeld.persoon is not None:
        if beeld.persoon.geheimhouding_persoonsgegevens:
            return ""
        naam = beeld.persoon.naam
        return naam.weergave if naam is not None else ""
    if beeld.bedrijf is not None:
        return beeld.bedrijf.naam or ""
    return ""


def _aanvraag_volgorde(z: ZaakOverzicht) -> tuple[bool, int]:
    """Open ones first, then the newest first (Open Inwoner sorts by startdatum)."""
    start = z.zaak.startdatum or z.zaak.registratiedatum
    return (not z.is_open, -(start.toordinal() if start else 0))


def _aanvraag(
    overzicht: ZaakOverzicht, detail: ZaakDetail | None, regels: Zichtbaarheid, vandaag: date
) -> InwonerAanvraag:
    zaak = overzicht.zaak
    assert overzicht.zaaktype is not None  # only visible zaken get here
    stappen = _stappen(overzicht, detail)
    if stappen:
        status = stappen[-1].tekst
    elif zaak.einddatum is not None:
        status = tr(STAP_AFGEHANDELD)
    else:
        status = tr(STAP_IN_BEHANDELING)
    documenten = (
        [] if detail is None else [d for d in detail.documenten if is_document_zichtbaar(d, regels)]
    )
    documenten.sort(key=lambda d: d.creatiedatum or date.min, reverse=True)
    uiterlijk = (
        zaak.uiterlijke_einddatum_afdoening or zaak.einddatum_gepland
        if zaak.einddatum is None
        else None
    )
    return InwonerAanvraag(
        titel=(overzicht.zaaktype.omschrijving or "").strip() or tr("Aanvraag"),
        nummer=zaak.identificatie or "",
        startdatum=zaak.startdatum,
        status=status,
        afgerond_op=zaak.einddatum,
        uiterlijk_op=uiterlijk,
        termijn_verstreken=uiterlijk is not None and uiterlijk < vandaag,
        stappen=tuple(stappen),
        documenten=tuple(
            InwonerDocument((d.titel or "").strip() or tr("Document"), d.creatiedatum)
            for d in documenten
        ),
    )


def _stappen(overzicht: ZaakOverzicht, detail: ZaakDetail | None) -> list[InwonerStap]:
    """The steps reached, oldest first: from the status history, else the current status."""
    statussen: Sequence[Status] = (
        detail.statussen if detail is not None and detail.statussen else []
    )
    if not statussen and overzicht.huidige_status is not None:
        statussen = [overzicht.huidige_status]
    typen = {t.url: t for t in overzicht.statustypen}
    if overzicht.huidige_statustype is not None:
        typen.setdefault(overzicht.huidige_statustype.url, overzicht.huidige_statustype)
    geordend = sorted(statussen, key=lambda s: _moment(s.datum_status_gezet))
    return [
        InwonerStap(
            _staptekst(s.expand_statustype or typen.get(s.statustype), eerste=i == 0),
            _dag(s.datum_status_gezet),
        )
        for i, s in enumerate(geordend)
    ]


def _staptekst(statustype: Statustype | None, *, eerste: bool) -> str:
    """The statustekst; without one, neutral words (never the internal omschrijving)."""
    if statustype is not None and (statustype.statustekst or "").strip():
        return (statustype.statustekst or "").strip()
    if statustype is not None and statustype.is_eindstatus:
        return tr(STAP_AFGEHANDELD)
    return tr(STAP_ONTVANGEN) if eerste else tr(STAP_IN_BEHANDELING)


def _moment(waarde: datetime | None) -> float:
    return waarde.timestamp() if waarde is not None else float("-inf")


def _betaal_volgorde(b: Betaling) -> tuple[bool, int]:
    """Still to pay first (soonest due first), then paid ones, newest first."""
    if b.is_open:
        return (False, (b.vervaldatum or date.max).toordinal())
    return (True, -(b.betaaldatum or b.vervaldatum or date.min).toordinal())


def _betaling(b: Betaling) -> InwonerBetaling:
    return InwonerBetaling(
        omschrijving=(b.omschrijving or "").strip() or tr("Betaling"),
        bedrag=b.bedrag,
        valuta=b.valuta or "EUR",
        status=tr(BETAALSTATUS[b.status])
        if b.status in BETAALSTATUS
        else (b.status or "").replace("_", " ").capitalize(),  # a status we do not know: as sent
        vervaldatum=b.vervaldatum,
        betaald_op=b.betaaldatum,
        kenmerk=b.kenmerk or "",
        is_open=b.is_open,
    )


def _verborgen_zaken(beeld: Klantbeeld, regels: Zichtbaarheid) -> set[str]:
    """The uuids of the zaken the citizen does not see."""
    return {
        z.zaak.uuid or z.zaak.url.rstrip("/").rsplit("/", 1)[-1]
        for z in beeld.zaken
        if not is_zaak_zichtbaar(z, regels)
    }


def _vragen(
    contacten: Iterable[Klantcontact], verborgen: set[str], regels: Zichtbaarheid
) -> list[InwonerVraag]:
    """The citizen's questions, newest first, each with our answer when there is one.

    A question about a zaak the citizen does not see (intern, too confidential) stays hidden
    with it: the zaak must not surface through its questions.
    """
    zichtbaar = [
        k for k in contacten if not k.vertrouwelijk and not verborgen.intersection(k.zaak_uuids)
    ]
    antwoorden: dict[str, Klantcontact] = {}
    vragen: list[Klantcontact] = []
    for contact in zichtbaar:
        beantwoordt = [
            o.was_klantcontact.uuid
            for o in contact.onderwerpobjecten
            if o.was_klantcontact is not None and o.was_klantcontact.uuid
        ]
        if beantwoordt:
            for uuid in beantwoordt:
                antwoorden.setdefault(uuid, contact)
        elif kanaal_sleutel(contact.kanaal) in regels.vraag_kanalen:
            vragen.append(contact)
    uit: list[InwonerVraag] = []
    for vraag in sorted(vragen, key=lambda k: _moment(k.plaatsgevonden_op), reverse=True):
        antwoord, op = (vraag.reactie or "").strip(), vraag.plaatsgevonden_op
        if not antwoord and (later := antwoorden.get(vraag.uuid)) is not None:
            antwoord = (later.reactie or later.inhoud or "").strip()
            op = later.plaatsgevonden_op
        uit.append(
            InwonerVraag(
                onderwerp=(vraag.onderwerp or "").strip() or tr("Vraag"),
                vraag=(vraag.inhoud or "").strip(),
                gesteld_op=_dag(vraag.plaatsgevonden_op),
                antwoord=antwoord,
                beantwoord_op=_dag(op) if antwoord else None,
            )
        )
    return uit


def _dag(moment: datetime | None) -> date | None:
    """The Dutch day of ``moment`` (the citizen reads days in their own time zone)."""
    if moment is None:
        return None
    return moment.astimezone(TIJDZONE).date() if moment.tzinfo is not None else moment.date()
