"""What an agent registers (contact, contactverzoek, antwoord) and the rule that keeps text whole.

A :class:`Registratie` is one conversation as the agent saved it. It is written to the
journal (:mod:`services.registraties.journaal`) first and delivered to Klantinteracties later
(:mod:`klantbeeld.services.registraties.bezorger`):

- ``contact``: one klantcontact per :class:`Vraag` (several questions in one conversation each
  become their own klantcontact), each with the klant as betrokkene, an onderwerpobject per
  zaak, and the medewerker as actor.
- ``contactverzoek``: the same for its one vraag, plus the terugbel-adres as a digitaal adres
  of the betrokkene and an internetaak for the chosen actoren, as KISS writes a contactverzoek
  (:mod:`services.registraties.internetaken`): ``gevraagdeHandeling`` "Contact opnemen met
  betrokkene", the klantcontact (whose onderwerp is the subject) as its aanleiding, and the
  agent's note with the deadline as its ``toelichting``. A deadline in the past is refused.
- ``antwoord``: a klantcontact holding the answer, linked to the question's klantcontact
  (onderwerpobject with ``wasKlantcontact``), then the internetaak set to ``verwerkt``.

Where things go: ``onderwerp`` and the question (``inhoud``) and answer (``reactie``) per
klantcontact; ``start`` as ``plaatsgevondenOp``; ``resultaat`` (``niet_bereikt`` also as
``indicatieContactGelukt=false``), ``eind`` and the registration id in the klantcontact's
``metadata``.

Contact times: ``gespreksduur_s`` (the contact from its start to its end, or to the save when
saved during the contact) and ``nawerk_s`` (the wrap-up from the contact's end to the save,
capped at the configured maximum; 0 when saved during the contact) are measured by the
session (:mod:`klantbeeld.controllers.sessies`). Klantinteracties has no field for either; its
``metadata`` (string values up to 255 characters) is the room it has, so they go there as
whole seconds, and into the journal with the registration. None: not measured (a correction, a
registration outside a session).

Balie: with kanaal balie the agent can record that the citizen's identity was established and
with which kind of document (:class:`Identiteitsbewijs`: paspoort, ID-kaart, rijbewijs,
verblijfsdocument) — never the document's number. Each klantcontact of the conversation carries it
in its ``metadata`` as ``identiteitVastgesteld`` (see :func:`identiteit_metadata`); the
Klantinteracties spec has no field for it, and ``metadata`` (key/value strings) is what Open Klant
keeps and returns to every reader without touching the agent's words. Any other kanaal refuses it.

Field limits: Open Klant keeps at most so many characters per field (:data:`LIMIETEN`).
Text is never cut: :meth:`Registratie.controleer` measures every text exactly as it will be
sent and names, in plain Dutch, each field that is too long and by how much; the journal
refuses to take a registration with problems (so the agent's words stay in the dialog, whole,
to be shortened by the agent), and a server that still refuses a field (a stricter server)
leaves the registration in the journal as *geweigerd* with the server's own words, to be
corrected and offered again. The fields are generous where Open Klant allows: the question
goes to ``inhoud`` (1000), the answer given to ``reactie`` (4000).
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from klantbeeld.services.klantbeeld.invoer import valideer_bsn, valideer_kvk
from klantbeeld.services.registraties.internetaken import (
    CONTACT_OPNEMEN,
    deadline_probleem,
    deadline_regel,
)
from klantbeeld.services.registraties.kanalen import kanaal_sleutel
from klantbeeld.services.registraties.referentie import referentienummer
from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding.errors import OngeldigeInvoer

#: Open Klant's maximum length per field (Klantinteracties 0.9 spec).
LIMIETEN: dict[str, int] = {
    "kanaal": 50,
    "onderwerp": 200,
    "inhoud": 1000,
    "reactie": 4000,
    "gevraagdeHandeling": 200,
    "toelichting": 1000,
    "adres": 80,
    "voornaam": 200,
    "voorvoegselAchternaam": 10,
    "achternaam": 200,
    "organisatienaam": 200,
}


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Registratie")."""
    return vertaal("Registratie", text)


def veldnaam(veld: str) -> str:
    """How field ``veld`` (a key of :data:`LIMIETEN`) is called on the screen, in its language."""
    namen = {
        "kanaal": tr("Het kanaal"),
        "onderwerp": tr("Het onderwerp"),
        "inhoud": tr("De vraag"),
        "reactie": tr("Het antwoord"),
        "gevraagdeHandeling": tr("De gevraagde handeling"),
        "toelichting": tr("De toelichting (met de deadline)"),
        "adres": tr("Het terugbeladres"),
        "voornaam": tr("De voornaam"),
        "voorvoegselAchternaam": tr("Het voorvoegsel"),
        "achternaam": tr("De achternaam"),
        "organisatienaam": tr("De organisatienaam"),
    }
    return namen[veld]


MAX_VRAGEN = 20

_TELEFOON = re.compile(r"^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}$")


class Soort(StrEnum):
    """What kind of registration."""

    CONTACT = "contact"
    CONTACTVERZOEK = "contactverzoek"
    ANTWOORD = "antwoord"


class Resultaat(StrEnum):
    """Usual outcomes; the wrap-up list itself is configurable, so any text is accepted."""

    AFGEHANDELD = "afgehandeld"
    DOORVERBONDEN = "doorverbonden"
    CONTACTVERZOEK = "contactverzoek"
    NIET_BEREIKT = "niet_bereikt"


class Identiteitsbewijs(StrEnum):
    """The kind of document the identity was established with at the balie (never its number)."""

    PASPOORT = "paspoort"
    ID_KAART = "id-kaart"
    RIJBEWIJS = "rijbewijs"
    VERBLIJFSDOCUMENT = "verblijfsdocument"


def identiteitsbewijzen() -> dict[Identiteitsbewijs, str]:
    """How each kind of identiteitsbewijs is called on the screen, in its language (the value,
    ``paspoort``, is what Open Klant keeps)."""
    return {
        Identiteitsbewijs.PASPOORT: tr("Paspoort"),
        Identiteitsbewijs.ID_KAART: tr("ID-kaart"),
        Identiteitsbewijs.RIJBEWIJS: tr("Rijbewijs"),
        Identiteitsbewijs.VERBLIJFSDOCUMENT: tr("Verblijfsdocument"),
    }


#: The klantcontact ``metadata`` key that says the identity was established, and with what.
IDENTITEIT_SLEUTEL = "identiteitVastgesteld"


#: Outcomes (lower case) that mean the contact did not succeed (``indicatieContactGelukt``).
NIET_GELUKT = frozenset({"niet_bereikt", "niet bereikt", "niet gelukt", "geen contact"})


def contact_gelukt(resultaat: str) -> bool:
    """False for an outcome such as "Niet gelukt" or ``niet_bereikt``."""
    return resultaat.strip().lower() not in NIET_GELUKT


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Partij(_Model):
    """Who the contact was with: a BSN, a KVK-nummer, or nobody known (anoniem).

    The names are used only when no partij exists yet and one has to be created.
    """

    soort: Literal["bsn", "kvk", "anoniem"] = "anoniem"
    nummer: str = ""
    voornaam: str = ""
    voorvoegsel: str = ""
    achternaam: str = ""
    organisatienaam: str = ""

    @model_validator(mode="after")
    def _nummer_klopt(self) -> Partij:
        try:
            if self.soort == "bsn" and self.nummer != valideer_bsn(self.nummer):
                raise ValueError(tr("BSN: schrijf alleen de 9 cijfers"))
            if self.soort == "kvk" and self.nummer != valideer_kvk(self.nummer):
                raise ValueError(tr("KVK-nummer: schrijf alleen de 8 cijfers"))
        except OngeldigeInvoer as e:
            raise ValueError(e.melding) from e
        if self.soort == "anoniem" and self.nummer:
            raise ValueError(tr("een anonieme partij heeft geen nummer"))
        return self

    @classmethod
    def bsn(cls, nummer: str, **namen: str) -> Partij:
        """A person by BSN (spaces and dots are removed)."""
        return cls(soort="bsn", nummer=valideer_bsn(nummer), **namen)

    @classmethod
    def kvk(cls, nummer: str, *, organisatienaam: str = "") -> Partij:
        """A company by KVK-nummer."""
        return cls(soort="kvk", nummer=valideer_kvk(nummer), organisatienaam=organisatienaam)


class Medewerker(_Model):
    """The agent who registers: the actor in Klantinteracties.

    ``identificatie`` is the login (e-mail) the actor is found or created by; ``actor_uuid``
    skips that search when known.
    """

    identificatie: str = Field(min_length=1, max_length=200)
    naam: str = Field(min_length=1, max_length=200)
    actor_uuid: str | None = None
    telefoonnummer: str = Field(
        default="", pattern=r"^$|^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$"
    )


class Vraag(_Model):
    """One question in a conversation; each becomes its own klantcontact."""

    onderwerp: str
    vraag: str = ""
    antwoord: str = ""
    resultaat: str = Field(default=Resultaat.AFGEHANDELD.value, min_length=1, max_length=100)
    zaak_uuids: tuple[str, ...] = ()

    @field_validator("zaak_uuids")
    @classmethod
    def _uuids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            if not _UUID.match(item):
                raise ValueError(tr("geen zaak-uuid: {waarde}").format(waarde=repr(item[:40])))
        return tuple(dict.fromkeys(value))


class Terugbeladres(_Model):
    """The phone number or e-mail address to call back on."""

    soort: Literal["telefoonnummer", "email"]
    adres: str


class Contactverzoek(_Model):
    """Who must call back, about what, how and before when."""

    actor_uuids: tuple[str, ...] = Field(min_length=1)
    toelichting: str = ""
    terugbeladres: Terugbeladres | None = None
    deadline: datetime | None = None


class AntwoordOp(_Model):
    """The question being answered: its klantcontact and its internetaak."""

    klantcontact_uuid: str
    internetaak_uuid: str


def _nu() -> datetime:
    return datetime.now(UTC)


class Registratie(_Model):
    """One saved conversation, as the journal keeps it and the bezorger delivers it."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex, pattern=r"^[0-9a-f]{32}$")
    soort: Soort = Soort.CONTACT
    partij: Partij = Field(default_factory=Partij)
    kanaal: str
    #: At the balie: the identity was established with this kind of document (None: not).
    identiteitsbewijs: Identiteitsbewijs | None = None
    vragen: tuple[Vraag, ...] = Field(min_length=1, max_length=MAX_VRAGEN)
    start: datetime = Field(default_factory=_nu)
    eind: datetime | None = None
    medewerker: Medewerker | None = None
    contactverzoek: Contactverzoek | None = None
    antwoord_op: AntwoordOp | None = None
    #: Seconds from the contact's start to its end (or to the save, during the contact).
    gespreksduur_s: int | None = Field(default=None, ge=0)
    #: Seconds of nawerk from the contact's end to the save (capped); 0 during the contact.
    nawerk_s: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _soort_past(self) -> Registratie:
        if self.start.tzinfo is None:
            raise ValueError(tr("start heeft geen tijdzone"))
        if self.identiteitsbewijs is not None and kanaal_sleutel(self.kanaal) != "balie":
            raise ValueError(tr("de identiteit wordt alleen aan de balie vastgesteld"))
        if self.soort is Soort.CONTACTVERZOEK:
            if self.contactverzoek is None or len(self.vragen) != 1:
                raise ValueError(
                    tr("een contactverzoek heeft één vraag en een contactverzoek-deel")
                )
        elif self.contactverzoek is not None:
            raise ValueError(tr("alleen een contactverzoek heeft een contactverzoek-deel"))
        if self.soort is Soort.ANTWOORD:
            if self.antwoord_op is None or len(self.vragen) != 1:
                raise ValueError(tr("een antwoord hoort bij één vraag (antwoord_op)"))
        elif self.antwoord_op is not None:
            raise ValueError(tr("alleen een antwoord heeft antwoord_op"))
        return self

    # -- what is sent --------------------------------------------------------------------------

    def referentienummer(self, index: int, ronde: int = 0) -> str:
        """The ``referentienummer`` (10 digits) of the klantcontact of vraag ``index``.

        ``ronde`` moves to the next number when the first is held by someone else's object
        (see :mod:`klantbeeld.services.registraties.referentie`).
        """
        return referentienummer(self.id, "klantcontact", index, ronde)

    def internetaak_referentienummer(self, ronde: int = 0) -> str:
        """The ``referentienummer`` (10 digits) of the contactverzoek's internetaak."""
        return referentienummer(self.id, "internetaak", 0, ronde)

    def nummers(self) -> dict[str, list[str]]:
        """The first-round numbers this registration gets in Open Klant (to tell, to count)."""
        uit = {"klantcontacten": [self.referentienummer(i) for i in range(len(self.vragen))]}
        uit["internetaken"] = (
            [self.internetaak_referentienummer()] if self.soort is Soort.CONTACTVERZOEK else []
        )
        return uit

    def identiteit_metadata(self) -> dict[str, str]:
        """``{"identiteitVastgesteld": "paspoort"}`` for each klantcontact, or nothing."""
        if self.identiteitsbewijs is None:
            return {}
        return {IDENTITEIT_SLEUTEL: self.identiteitsbewijs.value}

    def toelichting_tekst(self) -> str:
        """The internetaak's toelichting as sent: the agent's words, then the deadline."""
        cv = self.contactverzoek
        if cv is None:
            return ""
        delen = [cv.toelichting.strip()] if cv.toelichting.strip() else []
        if cv.deadline is not None:
            delen.append(deadline_regel(cv.deadline))
        return "\n\n".join(delen)

    def gevraagde_handeling(self) -> str:
        """The internetaak's gevraagdeHandeling: KISS's "Contact opnemen met betrokkene"."""
        return CONTACT_OPNEMEN

    # -- the field-limit rule ------------------------------------------------------------------

    def controleer(self, nu: datetime | None = None) -> list[str]:
        """Every problem that would make Open Klant refuse or cut this, in plain words (in the
        screen's language).

        Empty means: it can be saved. Nothing is ever shortened here or later. A
        contactverzoek's deadline must lie after ``nu`` (default: now).
        """
        problemen: list[str] = []

        def lengte(veld: str, tekst: str, waar: str = "") -> None:
            limiet = LIMIETEN[veld]
            if len(tekst) > limiet:
                over = len(tekst) - limiet
                korter = (
                    tr("Maak het 1 teken korter")
                    if over == 1
                    else tr("Maak het {n} tekens korter").format(n=over)
                )
                problemen.append(
                    tr(
                        "{veld}{waar} is {lengte} tekens; Open Klant bewaart er hoogstens {limiet}."
                    ).format(veld=veldnaam(veld), waar=waar, lengte=len(tekst), limiet=limiet)
                    + " "
                    + (
                        tr("{korter}, of zet de rest in een aparte vraag.")
                        if veld == "inhoud"
                        else tr("{korter}.")
                    ).format(korter=korter)
                )

        if not self.kanaal.strip():
            problemen.append(tr("Kies een kanaal."))
        lengte("kanaal", self.kanaal)
        for i, vraag in enumerate(self.vragen):
            waar = tr(" van vraag {n}").format(n=i + 1) if len(self.vragen) > 1 else ""
            if not vraag.onderwerp.strip():
                problemen.append(tr("Vul het onderwerp{waar} in.").format(waar=waar))
            lengte("onderwerp", vraag.onderwerp, waar)
            lengte("inhoud", vraag.vraag, waar)
            lengte("reactie", vraag.antwoord, waar)
        p = self.partij
        for veld, tekst in (
            ("voornaam", p.voornaam),
            ("voorvoegselAchternaam", p.voorvoegsel),
            ("achternaam", p.achternaam),
            ("organisatienaam", p.organisatienaam),
        ):
            lengte(veld, tekst)
        cv = self.contactverzoek
        if cv is not None:
            lengte("gevraagdeHandeling", self.gevraagde_handeling())
            lengte("toelichting", self.toelichting_tekst())
            if (te_vroeg := deadline_probleem(cv.deadline, nu or _nu())) is not None:
                problemen.append(te_vroeg)
            adres = cv.terugbeladres
            if adres is not None:
                lengte("adres", adres.adres)
                if adres.soort == "telefoonnummer" and not _TELEFOON.match(adres.adres):
                    problemen.append(
                        tr(
                            "Het terugbelnummer is geen geldig telefoonnummer (bijvoorbeeld "
                            "0612345678 of +31612345678; geen 0800/0900-nummers)."
                        )
                    )
                if adres.soort == "email" and not _EMAIL.match(adres.adres):
                    problemen.append(tr("Het terugbeladres is geen geldig e-mailadres."))
            elif not cv.toelichting.strip():
                # A deadline alone does not say how to reach the citizen.
                problemen.append(
                    tr(
                        "Geef een terugbelnummer of e-mailadres, of zeg in de toelichting hoe de "
                        "inwoner bereikt kan worden."
                    )
                )
        return problemen
