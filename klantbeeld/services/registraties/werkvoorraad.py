"""The work queue "Te beantwoorden vragen": open internetaken for me and my teams, oldest first.

A question as Open Inwoner leaves it in Open Klant is three objects: a klantcontact (kanaal
``contactformulier``, the citizen's onderwerp and text), a betrokkene (``wasPartij`` the
citizen's partij) and an internetaak ``te_verwerken`` assigned to a team or a medewerker.

:func:`te_beantwoorden` finds the actoren by name (one ``GET /actoren``), asks the open
internetaken of each actor concurrently (``toegewezenAanActor__uuid``), merges them, and reads
each question's klantcontact once with ``expand=hadBetrokkenen.wasPartij`` (the betrokkene and
the partij with its BSN/KVK in the same answer; a handful of requests, bounded in parallel).
:func:`antwoord_registratie` turns the agent's answer into the :class:`Registratie` the
bezorger delivers: a klantcontact linked to the question and the internetaak set to
``verwerkt``. No Qt here; nothing personal is logged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from klantbeeld.services.apis.klantinteracties import (
    Actor,
    Betrokkene,
    Internetaak,
    Klantcontact,
    KlantinteractiesClient,
    Partij,
)
from klantbeeld.services.klantbeeld.composer import Klantbeeld
from klantbeeld.services.registraties import internetaken
from klantbeeld.services.registraties.registratie import (
    AntwoordOp,
    Medewerker,
    Registratie,
    Resultaat,
    Soort,
    Vraag,
)
from klantbeeld.services.registraties.registratie import Partij as RegistratiePartij
from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding.errors import NietGevonden, OngeldigAntwoord

#: What to expand on a question's klantcontact: the betrokkene with its partij (BSN/KVK, name).
VRAAG_EXPAND = ("hadBetrokkenen", "hadBetrokkenen.wasPartij")

#: At most this many klantcontacten are read at the same time.
GELIJKTIJDIG = 8

#: Onderwerp of the answer when the question had none (sent to Open Klant: always Dutch).
STANDAARD_ONDERWERP = "Antwoord op uw vraag"


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Werkvoorraad")."""
    return vertaal("Werkvoorraad", text)


@dataclass(frozen=True)
class OpenVraag:
    """One question waiting for an answer: the internetaak, its klantcontact and who sent it."""

    internetaak: Internetaak
    klantcontact: Klantcontact | None = None
    #: The citizen's or company's name as Klantinteracties knows it ("" when unknown).
    naam: str = ""
    bsn: str | None = None
    kvk_nummer: str | None = None
    #: Names (or short ids) of the actoren it is assigned to.
    toegewezen_aan: tuple[str, ...] = ()

    @property
    def uuid(self) -> str:
        """The internetaak's uuid (the row's identity)."""
        return self.internetaak.uuid

    @property
    def soort(self) -> internetaken.Soort:
        """Contactverzoek or vraag (:func:`klantbeeld.services.registraties.internetaken.soort`)."""
        return internetaken.soort(self.internetaak)

    @property
    def onderwerp(self) -> str:
        """The question's onderwerp (citizen-written: plain text)."""
        if self.klantcontact is not None and self.klantcontact.onderwerp:
            return self.klantcontact.onderwerp
        return self.internetaak.gevraagde_handeling or ""

    @property
    def tekst(self) -> str:
        """The question's whole text (citizen-written: plain text)."""
        if self.klantcontact is not None and self.klantcontact.inhoud:
            return self.klantcontact.inhoud
        return self.internetaak.toelichting or ""

    @property
    def kanaal(self) -> str:
        """The channel the question came in by (``contactformulier`` for the web form)."""
        return (self.klantcontact.kanaal if self.klantcontact else None) or ""

    @property
    def ontvangen(self) -> datetime | None:
        """When the question came in (the klantcontact), else when the task was assigned."""
        if self.klantcontact is not None and self.klantcontact.plaatsgevonden_op is not None:
            return self.klantcontact.plaatsgevonden_op
        return self.internetaak.toegewezen_op

    def dagen(self, op: date) -> int | None:
        """How many calendar days it has waited on ``op`` (None when the date is unknown)."""
        moment = self.ontvangen
        return None if moment is None else (op - moment.astimezone().date()).days


def _sorteer(vragen: Iterable[OpenVraag]) -> list[OpenVraag]:
    return sorted(
        vragen,
        key=lambda v: (v.ontvangen is None, v.ontvangen.timestamp() if v.ontvangen else 0.0),
    )


def _zoek_actoren(
    actoren: Sequence[Actor], medewerker_naam: str, medewerker_id: str, groepen: Sequence[str]
) -> list[Actor]:
    """My own actor (by name or login) and my groups' actoren (by name, case-insensitive)."""
    namen = {g.strip().lower() for g in groepen if g.strip()}
    mijn_naam = medewerker_naam.strip().lower()
    mijn_id = medewerker_id.strip().lower()
    gekozen: list[Actor] = []
    for actor in actoren:
        naam = (actor.naam or "").strip().lower()
        ident = str((actor.actoridentificator or {}).get("objectId") or "").strip().lower()
        ben_ik = actor.soort_actor in (None, "", "medewerker") and (
            (mijn_naam and naam == mijn_naam) or (mijn_id and ident == mijn_id)
        )
        if ben_ik or (naam and naam in namen):
            gekozen.append(actor)
    return gekozen


def _initiator(
    betrokkenen: Sequence[tuple[Betrokkene, Partij | None]],
) -> tuple[Betrokkene, Partij | None] | None:
    """The betrokkene who asked: the initiator, else the klant, else the first."""
    for paar in betrokkenen:
        if paar[0].initiator:
            return paar
    for paar in betrokkenen:
        if (paar[0].rol or "").lower() == "klant":
            return paar
    return betrokkenen[0] if betrokkenen else None


def _betrokkenen(data: Any) -> list[tuple[Betrokkene, Partij | None]]:
    expand = data.get("_expand") if isinstance(data, dict) else None
    items = expand.get("hadBetrokkenen") if isinstance(expand, dict) else None
    uit: list[tuple[Betrokkene, Partij | None]] = []
    for item in items or []:
        if not isinstance(item, dict):
            continue
        sub = item.get("_expand")
        partij_data = sub.get("wasPartij") if isinstance(sub, dict) else None
        partij = Partij.model_validate(partij_data) if isinstance(partij_data, dict) else None
        uit.append((Betrokkene.model_validate(item), partij))
    return uit


async def _vraag(
    ki: KlantinteractiesClient, taak: Internetaak, namen: dict[str, str], rem: asyncio.Semaphore
) -> OpenVraag:
    toegewezen = tuple(
        namen.get(a.uuid or "", "") or (a.uuid or "")[:8]
        for a in taak.toegewezen_aan_actoren or []
        if a.uuid
    )
    ref = taak.aanleidinggevend_klantcontact
    kc_uuid = (ref.uuid if ref else None) or (
        (ref.url or "").rstrip("/").rsplit("/", 1)[-1] if ref else ""
    )
    if not kc_uuid:
        return OpenVraag(taak, toegewezen_aan=toegewezen)
    async with rem:
        try:
            data = await ki.api.get_json(
                f"klantcontacten/{kc_uuid}", params={"expand": ",".join(VRAAG_EXPAND)}
            )
        except NietGevonden:
            return OpenVraag(taak, toegewezen_aan=toegewezen)
    try:
        klantcontact = Klantcontact.model_validate(data)
        betrokkenen = _betrokkenen(data)
    except (ValueError, RecursionError) as e:
        raise OngeldigAntwoord(ki.api.bron, tr("onverwacht antwoord (klantcontact)")) from e
    wie = _initiator(betrokkenen)
    naam, bsn, kvk = "", None, None
    if wie is not None:
        betrokkene, partij = wie
        naam = (betrokkene.volledige_naam or betrokkene.organisatienaam or "").strip()
        if partij is not None:
            naam = naam or partij.naam.strip()
            bsn, kvk = partij.bsn, partij.kvk_nummer
    return OpenVraag(taak, klantcontact, naam, bsn, kvk, toegewezen)


async def te_beantwoorden(
    ki: KlantinteractiesClient,
    *,
    medewerker_naam: str,
    groepen: Sequence[str],
    medewerker_id: str = "",
) -> list[OpenVraag]:
    """The open questions for this medewerker and these groups (actor names), oldest first.

    ``GET /actoren``; ``GET /internetaken?status=te_verwerken&toegewezenAanActor__uuid=…`` per
    actor (concurrently), merged; ``GET /klantcontacten/{uuid}?expand=hadBetrokkenen,
    hadBetrokkenen.wasPartij`` per question. Raises the client's errors (``KlantbeeldError``).
    """
    actoren = await ki.actoren()
    namen = {a.uuid: a.naam or "" for a in actoren}
    mijn = _zoek_actoren(actoren, medewerker_naam, medewerker_id, groepen)
    if not mijn:
        return []
    lijsten = await asyncio.gather(
        *(ki.internetaken(status="te_verwerken", actor_uuid=a.uuid) for a in mijn)
    )
    taken: dict[str, Internetaak] = {}
    for lijst in lijsten:
        for taak in lijst:
            if taak.status in (None, "", "te_verwerken"):
                taken.setdefault(taak.uuid, taak)
    rem = asyncio.Semaphore(GELIJKTIJDIG)
    vragen = await asyncio.gather(*(_vraag(ki, t, namen, rem) for t in taken.values()))
    return _sorteer(vragen)


def uit_klantbeeld(beeld: Klantbeeld, taak: Internetaak) -> OpenVraag:
    """The question of an internetaak of the klantbeeld on screen (the Vragen tab)."""
    ref = taak.aanleidinggevend_klantcontact
    kc_uuid = ref.uuid if ref else None
    klantcontact = next((k for k in beeld.klantcontacten if kc_uuid and k.uuid == kc_uuid), None)
    if beeld.soort == "persoon":
        naam = beeld.persoon.volledige_naam if beeld.persoon else ""
        bsn, kvk = beeld.sleutel, None
    else:
        naam = (beeld.bedrijf.naam or "") if beeld.bedrijf else ""
        bsn, kvk = None, beeld.sleutel
    if not naam and beeld.partij is not None:
        naam = beeld.partij.naam
    return OpenVraag(taak, klantcontact, naam, bsn, kvk)


def antwoord_kanaal_standaard(vraag: OpenVraag, kanalen: Sequence[str]) -> str:
    """The answer's default channel: the question's own when it is one of ``kanalen``, else the
    first (e-mail); a web-form question is answered by e-mail."""
    eigen = vraag.kanaal.strip().lower()
    synoniemen = {"email": "e-mail", "mail": "e-mail", "brief": "post", "telefonisch": "telefoon"}
    eigen = synoniemen.get(eigen, eigen)
    return eigen if eigen in kanalen else kanalen[0]


def antwoord_registratie(
    vraag: OpenVraag, *, kanaal: str, antwoord: str, medewerker: Medewerker | None
) -> Registratie:
    """The registration of an answer: a klantcontact linked to the question, task ``verwerkt``.

    The text is kept whole; :meth:`Registratie.controleer` names what is too long.
    Raises ``ValueError`` when the question has no klantcontact to link to.
    """
    if vraag.klantcontact is None:
        raise ValueError("deze vraag heeft geen klantcontact om het antwoord aan te koppelen")
    if vraag.bsn:
        partij = RegistratiePartij.bsn(vraag.bsn)
    elif vraag.kvk_nummer:
        partij = RegistratiePartij.kvk(vraag.kvk_nummer)
    else:
        partij = RegistratiePartij()
    return Registratie(
        soort=Soort.ANTWOORD,
        partij=partij,
        kanaal=kanaal,
        vragen=(
            Vraag(
                onderwerp=vraag.onderwerp.strip() or STANDAARD_ONDERWERP,
                vraag=vraag.tekst,
                antwoord=antwoord,
                resultaat=Resultaat.AFGEHANDELD.value,
            ),
        ),
        medewerker=medewerker,
        antwoord_op=AntwoordOp(
            klantcontact_uuid=vraag.klantcontact.uuid, internetaak_uuid=vraag.uuid
        ),
    )
