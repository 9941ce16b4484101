"""What the agent types in "Contact registreren", as plain data: drafts and the registration.

A :class:`Concept` is everything typed in the dialog; :class:`Concepten` keeps one per
klantbeeld in memory (never on disk) so an accidental close loses nothing. :func:`registratie_van`
turns a draft into the :class:`Registratie` the journal takes; the other helpers propose what the
dialog offers (the klant's partij, onderwerpen, known callback addresses). No Qt here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from klantbeeld.services.apis.klantinteracties import Actor
from klantbeeld.services.klantbeeld.waarden import Klantbeeld
from klantbeeld.services.registraties.kanalen import KANAAL_LABELS, kanaal_sleutel
from klantbeeld.services.registraties.registratie import (
    Contactverzoek,
    Identiteitsbewijs,
    Medewerker,
    Partij,
    Registratie,
    Soort,
    Terugbeladres,
    Vraag,
)

#: The outcome proposed when a contactverzoek is made (if the wrap-up list has it).
RESULTAAT_CONTACTVERZOEK = "Contactverzoek gemaakt"
#: A stand-in actor, so a contactverzoek without one can still be checked (never saved).
GEEN_ACTOR = "00000000-0000-0000-0000-000000000000"


@dataclass
class VraagConcept:
    """One question block as typed."""

    onderwerp: str = ""
    vraag: str = ""
    antwoord: str = ""
    resultaat: str = ""
    zaken: list[str] = field(default_factory=list)


@dataclass
class Concept:
    """Everything typed in the dialog, to restore after an accidental close."""

    kanaal: str
    vragen: list[VraagConcept]
    start: datetime
    contactverzoek: bool = False
    actor_uuid: str = ""
    terugbeladres: str = ""
    deadline: datetime | None = None
    toelichting: str = ""
    #: Balie: "identiteit vastgesteld" is ticked, and with which document ("" not chosen yet).
    identiteit_vastgesteld: bool = False
    identiteitsbewijs: str = ""

    def inhoud(self) -> tuple[object, ...]:
        """What the agent typed (not when or how it started): to tell a draft from empty."""
        return (
            tuple((v.onderwerp, v.vraag, v.antwoord) for v in self.vragen),
            self.toelichting if self.contactverzoek else "",
            (self.identiteit_vastgesteld, self.identiteitsbewijs),
        )

    def aan_de_balie(self) -> bool:
        """True when the kanaal is the balie (only there is the identity established)."""
        return kanaal_sleutel(self.kanaal) == "balie"

    def bewijs(self) -> Identiteitsbewijs | None:
        """The identiteitsbewijs that goes with the registration: only ticked, at the balie."""
        if not (self.identiteit_vastgesteld and self.aan_de_balie()):
            return None
        try:
            return Identiteitsbewijs(self.identiteitsbewijs)
        except ValueError:
            return None

    def getypt(self) -> bool:
        """True when it holds words the agent typed (an onderwerp, a question, a note)."""
        woorden = any(v.onderwerp or v.vraag or v.antwoord for v in self.vragen)
        return woorden or bool(self.contactverzoek and self.toelichting)


class HeeftConcepten(Protocol):
    """What keeps the drafts of one agent's session (the session itself)."""

    @property
    def concepten(self) -> Concepten: ...


class Concepten:
    """Drafts per klantbeeld and the actoren once fetched, in memory only; never on disk."""

    def __init__(self) -> None:
        self.concepten: dict[str, Concept] = {}
        #: The active, named actoren (not personal: kept across contacts).
        self.actoren: list[Actor] = []

    @classmethod
    def voor(cls, sessie: HeeftConcepten) -> Concepten:
        """The drafts ``sessie`` holds."""
        return sessie.concepten

    def onvastgelegd(self, sleutel: str) -> bool:
        """True when the draft under ``sleutel`` holds typed words."""
        concept = self.concepten.get(sleutel)
        return concept is not None and concept.getypt()

    def vergeet(self) -> None:
        """Forget every draft (end of contact: no personal data stays in memory)."""
        self.concepten.clear()


def duur_tekst(seconden: float) -> str:
    """``03:12``, or ``1:03:12`` from an hour on."""
    totaal = max(0, int(seconden))
    uren, rest = divmod(totaal, 3600)
    minuten, sec = divmod(rest, 60)
    return f"{uren}:{minuten:02d}:{sec:02d}" if uren else f"{minuten:02d}:{sec:02d}"


def terugbeladres(tekst: str) -> Terugbeladres | None:
    """The callback address as typed: an e-mail address, or a phone number without spaces."""
    schoon = tekst.strip()
    if not schoon:
        return None
    if "@" in schoon:
        return Terugbeladres(soort="email", adres=schoon)
    for teken in " -.()":
        schoon = schoon.replace(teken, "")
    return Terugbeladres(soort="telefoonnummer", adres=schoon)


def toelichting_zoals_verzonden(toelichting: str, deadline: datetime | None) -> str:
    """The internetaak's toelichting exactly as :class:`Registratie` will send it."""
    verzoek = Contactverzoek(actor_uuids=(GEEN_ACTOR,), toelichting=toelichting, deadline=deadline)
    reg = Registratie(
        soort=Soort.CONTACTVERZOEK,
        kanaal="-",
        vragen=(Vraag(onderwerp="-"),),
        contactverzoek=verzoek,
    )
    return reg.toelichting_tekst()


def klantbeeld_sleutel(beeld: Klantbeeld | None) -> str:
    """The draft key of a klantbeeld (``persoon:<bsn>``), or ``anoniem``."""
    return f"{beeld.soort}:{beeld.sleutel}" if beeld is not None else "anoniem"


def partij_van(beeld: Klantbeeld | None) -> Partij:
    """The partij of the klantbeeld on screen (with names, for a first contact), or anonymous."""
    if beeld is None:
        return Partij()
    if beeld.soort == "persoon":
        naam = beeld.persoon.naam if beeld.persoon is not None else None
        return Partij.bsn(
            beeld.sleutel,
            voornaam=(naam.voornamen or "") if naam else "",
            voorvoegsel=(naam.voorvoegsel or "") if naam else "",
            achternaam=(naam.geslachtsnaam or "") if naam else "",
        )
    organisatie = ""
    if beeld.bedrijf is not None:
        organisatie = beeld.bedrijf.naam or ""
    return Partij.kvk(beeld.sleutel, organisatienaam=organisatie)


def concept_van(registratie: Registratie) -> Concept:
    """A draft filled from a (refused) registration, to correct it."""
    cv = registratie.contactverzoek
    return Concept(
        kanaal=kanaal_sleutel(registratie.kanaal) or registratie.kanaal,
        vragen=[
            VraagConcept(v.onderwerp, v.vraag, v.antwoord, v.resultaat, list(v.zaak_uuids))
            for v in registratie.vragen
        ],
        start=registratie.start,
        contactverzoek=cv is not None,
        actor_uuid=cv.actor_uuids[0] if cv and cv.actor_uuids else "",
        terugbeladres=cv.terugbeladres.adres if cv and cv.terugbeladres else "",
        deadline=cv.deadline if cv else None,
        toelichting=cv.toelichting if cv else "",
        identiteit_vastgesteld=registratie.identiteitsbewijs is not None,
        identiteitsbewijs=registratie.identiteitsbewijs or "",
    )


def registratie_van(
    concept: Concept,
    partij: Partij,
    medewerker: Medewerker | None,
    origineel: Registratie | None = None,
) -> Registratie:
    """The registration as typed; raises ValidationError/OngeldigeInvoer for bad input.

    ``origineel``: the refused registration this corrects (its id and medewerker stay).
    """
    vragen = tuple(
        Vraag(
            onderwerp=v.onderwerp,
            vraag=v.vraag,
            antwoord=v.antwoord,
            resultaat=v.resultaat.strip() or "afgehandeld",
            zaak_uuids=tuple(v.zaken),
        )
        for v in concept.vragen
    )
    cv = None
    if concept.contactverzoek:
        cv = Contactverzoek(
            actor_uuids=(concept.actor_uuid,) if concept.actor_uuid else (),
            toelichting=concept.toelichting,
            terugbeladres=terugbeladres(concept.terugbeladres),
            deadline=concept.deadline,
        )
    return Registratie(
        id=origineel.id if origineel is not None else uuid.uuid4().hex,
        medewerker=origineel.medewerker if origineel is not None else medewerker,
        soort=Soort.CONTACTVERZOEK if concept.contactverzoek else Soort.CONTACT,
        partij=partij,
        kanaal=KANAAL_LABELS.get(concept.kanaal, concept.kanaal),
        identiteitsbewijs=concept.bewijs(),
        vragen=vragen,
        start=concept.start,
        eind=datetime.now(UTC),
        contactverzoek=cv,
        gespreksduur_s=origineel.gespreksduur_s if origineel is not None else None,
        nawerk_s=origineel.nawerk_s if origineel is not None else None,
    )


def onderwerp_voorstellen(
    beeld: Klantbeeld | None, ingesteld: Iterable[str], catalogus: Iterable[str]
) -> list[str]:
    """The klant's own zaaktypen first (open zaken first), then the configured list, then the
    catalogus's zaaktypen; each once."""
    namen: list[str] = []
    if beeld is not None:
        for overzicht in sorted(beeld.zaken, key=lambda z: not z.is_open):
            if overzicht.zaaktype is not None and overzicht.zaaktype.omschrijving:
                namen.append(overzicht.zaaktype.omschrijving)
    namen += ingesteld
    namen += sorted(catalogus)
    return list(dict.fromkeys(n.strip() for n in namen if n.strip()))


def bekende_adressen(beeld: Klantbeeld | None) -> list[str]:
    """The klant's known phone numbers first, then e-mail addresses (standard first)."""
    if beeld is None or beeld.partij is None:
        return []
    adressen = [
        a
        for a in beeld.partij.digitale_adressen
        if a.adres and (a.soort_digitaal_adres or "") in ("telefoonnummer", "email")
    ]
    adressen.sort(
        key=lambda a: (a.soort_digitaal_adres != "telefoonnummer", not a.is_standaard_adres)
    )
    return list(dict.fromkeys(a.adres for a in adressen if a.adres))
