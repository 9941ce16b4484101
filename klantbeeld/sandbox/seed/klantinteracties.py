"""Seed: Klantinteracties (Open Klant 2.x) — actoren, partijen, klantcontacten, internetaken.

Objects are stored in Open Klant's own response shape, without the reverse links
(``partij.betrokkenen``, ``klantcontact.hadBetrokkenen``, ...): the routes compute those
from the stored objects, so writes through the API stay consistent.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from klantbeeld.sandbox.seed import teksten, tijden
from klantbeeld.sandbox.seed.plan import (
    BEDRIJVEN_KVK,
    PERSONEN,
    VOORBEELD_BSN,
    VOORBEELD_KVK,
    ZWAAR_BSN,
    SeedContext,
    SeedMedewerker,
    SeedPersoon,
    SeedZaak,
)
from klantbeeld.sandbox.store import BASE, Obj, Store

API = f"{BASE}/klantinteracties/api/v1"

#: Store collection per resource (the resource's path segment).
PARTIJEN = "ki.partijen"
IDENTIFICATOREN = "ki.partij-identificatoren"
KLANTCONTACTEN = "ki.klantcontacten"
BETROKKENEN = "ki.betrokkenen"
ONDERWERPOBJECTEN = "ki.onderwerpobjecten"
INTERNETAKEN = "ki.internetaken"
ACTOREN = "ki.actoren"
ACTORKLANTCONTACTEN = "ki.actorklantcontacten"
DIGITALEADRESSEN = "ki.digitaleadressen"

#: Kanalen as KISS and Open Inwoner write them.
KANALEN: tuple[str, ...] = ("Telefoon", "E-mail", "Live Chat", "Balie", "Brief", "contactformulier")
#: The kanaal Open Inwoner uses for questions sent through its contact form.
KANAAL_FORMULIER = "contactformulier"

#: KISS's onderwerpobjectidentificator for a zaak.
ZAAK_CODE_OBJECTTYPE = "zgw-Zaak"
ZAAK_CODE_REGISTER = "openzaak"
ZAAK_CODE_SOORT_OBJECT_ID = "uuid"

#: Fixed contact data of the example person (for tests and demos).
VOORBEELD_TELEFOON = "0612345678"
VOORBEELD_EMAIL = "s.moulin@example.nl"
#: Persons deliberately left without a partij (the app creates one when a contact is saved).
ZONDER_PARTIJ: tuple[str, ...] = ("999970021", "999970033", "999970057", "999970069")
#: The deliberately overdue open work: each of these persons has a web-form question that has
#: waited 5 to 7 weeks (all other open internetaken are at most ``tijden.OPEN_HOOGSTENS`` old).
LANG_OPEN: tuple[str, ...] = ("999970094", "999970100", "999970124")
#: How old (days) the deliberately overdue questions are.
LANG_OPEN_DAGEN = (35, 49)

AFDELINGEN = ("KCC", "Vergunningen", "Belastingen", "Parkeren", "Burgerzaken", "Wijkbeheer")
GROEPEN = ("Team Terugbellen", "Team Webformulieren", "Team Afval")
MEDEWERKERS = (
    ("Anouk de Boer", "KCC"),
    ("Bram Jansen", "KCC"),
    ("Chantal Visser", "KCC"),
    ("Daan Smit", "KCC"),
    ("Esra Yilmaz", "KCC"),
    ("Fleur Bakker", "Burgerzaken"),
    ("Gijs van Dijk", "Burgerzaken"),
    ("Hanna Mulder", "Vergunningen"),
    ("Ilias El Amrani", "Vergunningen"),
    ("Joke de Groot", "Belastingen"),
    ("Kees Bos", "Belastingen"),
    ("Lotte Vos", "Parkeren"),
    ("Mohamed Aziz", "Parkeren"),
    ("Noor Peters", "Wijkbeheer"),
    ("Olaf Hendriks", "Wijkbeheer"),
)
_NEUTRALE_NAMEN = (
    ("A.", "Anne", "", "Verhoeven"),
    ("B.", "Bas", "van", "Leeuwen"),
    ("C.", "Carla", "de", "Wit"),
    ("D.", "Dirk", "", "Kramer"),
    ("E.", "Eva", "van der", "Berg"),
    ("F.", "Frank", "", "Dekker"),
)


def leeg_adres() -> Obj:
    """An empty address exactly as Open Klant sends it (``""`` parts, ``null`` huisnummer)."""
    return {
        "nummeraanduidingId": "",
        "straatnaam": "",
        "huisnummer": None,
        "huisnummertoevoeging": "",
        "postcode": "",
        "stad": "",
        "adresregel1": "",
        "adresregel2": "",
        "adresregel3": "",
        "land": "",
    }


def fk(resource: str, uid: str) -> Obj:
    """A ``{uuid, url}`` foreign key to ``resource`` (path segment)."""
    return {"uuid": uid, "url": f"{API}/{resource}/{uid}"}


def tijd(moment: datetime) -> str:
    """A timestamp the way Open Klant writes it (UTC, ``Z``, microseconds when present)."""
    text = moment.astimezone(UTC).replace(tzinfo=None).isoformat()
    return text + "Z"


def volledige_naam(contactnaam: Obj) -> str:
    """``voornaam voorvoegsel achternaam`` as Open Klant composes ``volledigeNaam``."""
    parts = [
        contactnaam.get("voornaam") or "",
        contactnaam.get("voorvoegselAchternaam") or "",
        contactnaam.get("achternaam") or "",
    ]
    return " ".join(p for p in parts if p)


def partij_obj(
    uid: str,
    *,
    soort: str,
    identificatie: Obj,
    nummer: str | None = None,
    voorkeurstaal: str = "nld",
    indicatie_actief: bool = True,
    indicatie_geheimhouding: bool = False,
    interne_notitie: str = "",
) -> Obj:
    """A partij as stored (reverse links and identificatoren are added when rendered)."""
    ident = dict(identificatie)
    if soort != "organisatie":
        ident["volledigeNaam"] = volledige_naam(ident.get("contactnaam") or {})
    return {
        "uuid": uid,
        "url": f"{API}/partijen/{uid}",
        "nummer": nummer,
        "interneNotitie": interne_notitie,
        "categorieRelaties": [],
        "voorkeursDigitaalAdres": None,
        "vertegenwoordigden": [],
        "rekeningnummers": [],
        "voorkeursRekeningnummer": None,
        "soortPartij": soort,
        "indicatieGeheimhouding": indicatie_geheimhouding,
        "voorkeurstaal": voorkeurstaal,
        "indicatieActief": indicatie_actief,
        "bezoekadres": leeg_adres(),
        "correspondentieadres": leeg_adres(),
        "partijIdentificatie": ident,
    }


def identificator_obj(
    uid: str, partij_uuid: str, code_objecttype: str, soort: str, object_id: str, register: str
) -> Obj:
    """A partij-identificator as Open Klant sends it."""
    return {
        "uuid": uid,
        "url": f"{API}/partij-identificatoren/{uid}",
        "identificeerdePartij": fk("partijen", partij_uuid),
        "anderePartijIdentificator": "",
        "partijIdentificator": {
            "codeObjecttype": code_objecttype,
            "codeSoortObjectId": soort,
            "objectId": object_id,
            "codeRegister": register,
        },
        "subIdentificatorVan": None,
    }


def klantcontact_obj(
    uid: str,
    *,
    kanaal: str,
    onderwerp: str,
    inhoud: str,
    plaatsgevonden_op: str,
    nummer: str | None = None,
    indicatie_contact_gelukt: bool | None = True,
    vertrouwelijk: bool = False,
    taal: str = "nld",
    reactie: str = "",
) -> Obj:
    """A klantcontact as stored (its link arrays are computed when rendered)."""
    return {
        "uuid": uid,
        "url": f"{API}/klantcontacten/{uid}",
        "nummer": nummer,
        "referentienummer": None,
        "kanaal": kanaal,
        "onderwerp": onderwerp,
        "inhoud": inhoud,
        "reactie": reactie,
        "indicatieContactGelukt": indicatie_contact_gelukt,
        "hoofdOnderwerpType": "",
        "verdereActieOndernomen": False,
        "taal": taal,
        "vertrouwelijk": vertrouwelijk,
        "plaatsgevondenOp": plaatsgevonden_op,
        "metadata": {},
    }


def betrokkene_obj(
    uid: str,
    *,
    klantcontact_uuid: str,
    partij_uuid: str | None,
    contactnaam: Obj | None,
    organisatienaam: str = "",
    rol: str = "klant",
    initiator: bool = True,
) -> Obj:
    """A betrokkene as stored (``digitaleAdressen`` is computed when rendered)."""
    naam = contactnaam or {
        "voorletters": "",
        "voornaam": "",
        "voorvoegselAchternaam": "",
        "achternaam": "",
    }
    return {
        "uuid": uid,
        "url": f"{API}/betrokkenen/{uid}",
        "wasPartij": fk("partijen", partij_uuid) if partij_uuid else None,
        "hadKlantcontact": fk("klantcontacten", klantcontact_uuid),
        "bezoekadres": leeg_adres(),
        "correspondentieadres": leeg_adres(),
        "contactnaam": naam,
        "volledigeNaam": volledige_naam(naam),
        "rol": rol,
        "organisatienaam": organisatienaam,
        "initiator": initiator,
    }


def onderwerpobject_obj(uid: str, klantcontact_uuid: str | None, identificator: Obj | None) -> Obj:
    """An onderwerpobject as Open Klant sends it."""
    return {
        "uuid": uid,
        "url": f"{API}/onderwerpobjecten/{uid}",
        "klantcontact": fk("klantcontacten", klantcontact_uuid) if klantcontact_uuid else None,
        "wasKlantcontact": None,
        "onderwerpobjectidentificator": identificator
        or {"objectId": "", "codeObjecttype": "", "codeRegister": "", "codeSoortObjectId": ""},
    }


def digitaal_adres_obj(
    uid: str,
    *,
    adres: str,
    soort: str,
    partij_uuid: str | None = None,
    betrokkene_uuid: str | None = None,
    standaard: bool = False,
    omschrijving: str = "",
) -> Obj:
    """A digitaal adres as Open Klant sends it."""
    return {
        "uuid": uid,
        "url": f"{API}/digitaleadressen/{uid}",
        "verstrektDoorBetrokkene": fk("betrokkenen", betrokkene_uuid) if betrokkene_uuid else None,
        "verstrektDoorPartij": fk("partijen", partij_uuid) if partij_uuid else None,
        "adres": adres,
        "soortDigitaalAdres": soort,
        "isStandaardAdres": standaard,
        "omschrijving": omschrijving,
        # A machine tag as portals set it ("portaalvoorkeur" marks the citizen's own choice).
        "referentie": "portaalvoorkeur" if standaard else "klantcontact",
        "verificatieDatum": None,
    }


def internetaak_obj(
    uid: str,
    *,
    klantcontact_uuid: str,
    actor_uuids: Sequence[str],
    gevraagde_handeling: str,
    toelichting: str,
    status: str,
    toegewezen_op: str,
    afgehandeld_op: str | None,
    nummer: str | None = None,
) -> Obj:
    """An internetaak as Open Klant sends it."""
    actoren = [fk("actoren", a) for a in actor_uuids]
    return {
        "uuid": uid,
        "url": f"{API}/internetaken/{uid}",
        "nummer": nummer,
        "referentienummer": None,
        "gevraagdeHandeling": gevraagde_handeling,
        "aanleidinggevendKlantcontact": fk("klantcontacten", klantcontact_uuid),
        "toegewezenAanActor": actoren[0] if actoren else None,
        "toegewezenAanActoren": actoren,
        "toelichting": toelichting,
        "status": status,
        "toegewezenOp": toegewezen_op,
        "afgehandeldOp": afgehandeld_op,
    }


def actor_obj(
    uid: str, *, naam: str, soort: str, identificator: Obj, identificatie: Obj | None
) -> Obj:
    """An actor as Open Klant sends it."""
    return {
        "uuid": uid,
        "url": f"{API}/actoren/{uid}",
        "naam": naam,
        "soortActor": soort,
        "indicatieActief": True,
        "actoridentificator": identificator,
        "actorIdentificatie": identificatie,
    }


class _Bouwer:
    """Builds the whole klantinteracties seed in memory, deterministically."""

    def __init__(self, ctx: SeedContext) -> None:
        self.ctx = ctx
        self.rng = random.Random("klantbeeld-klantinteracties")
        self.colls: dict[str, list[Obj]] = {}
        self.nummer = 0
        self.taak_nummer = 0
        self.medewerkers: list[str] = []
        self.groepen: dict[str, str] = {}
        self.nu = tijden.nu(ctx.vandaag).astimezone(UTC)
        #: When each klantcontact took place (for its internetaken).
        self.momenten: dict[str, datetime] = {}

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, coll: str, obj: Obj) -> Obj:
        self.colls.setdefault(coll, []).append(obj)
        return obj

    def moment(
        self,
        max_dagen: int,
        min_dagen: int = 1,
        *,
        kanaal: str = "Telefoon",
        tot: date | None = None,
    ) -> datetime:
        """A moment ``min_dagen``..``max_dagen`` days before ``tot`` (today) in kanaal's hours."""
        dag = (tot or self.ctx.vandaag) - timedelta(days=self.rng.randint(min_dagen, max_dagen))
        return tijden.moment_op(dag, kanaal, self.rng)

    # -- actoren -----------------------------------------------------------------------------

    def actoren(self) -> None:
        for naam in AFDELINGEN:
            uid = self.uuid()
            self.groepen[naam] = uid
            self.add(
                ACTOREN,
                actor_obj(
                    uid,
                    naam=naam,
                    soort="organisatorische_eenheid",
                    identificator={
                        "objectId": naam.lower(),
                        "codeObjecttype": "afd",
                        "codeRegister": "obj",
                        "codeSoortObjectId": "idf",
                    },
                    identificatie={
                        "omschrijving": f"Afdeling {naam}",
                        "emailadres": f"{naam.lower()}@gemeente.example",
                        "faxnummer": "",
                        "telefoonnummer": f"020{5550000 + len(self.groepen):07d}",
                    },
                ),
            )
        for naam in GROEPEN:
            uid = self.uuid()
            self.groepen[naam] = uid
            self.add(
                ACTOREN,
                actor_obj(
                    uid,
                    naam=naam,
                    soort="organisatorische_eenheid",
                    identificator={
                        "objectId": naam.lower().replace(" ", "-"),
                        "codeObjecttype": "grp",
                        "codeRegister": "obj",
                        "codeSoortObjectId": "idf",
                    },
                    identificatie={
                        "omschrijving": f"Groep {naam}",
                        "emailadres": f"{naam.lower().replace(' ', '.')}@gemeente.example",
                        "faxnummer": "",
                        "telefoonnummer": f"020{5550000 + len(self.groepen):07d}",
                    },
                ),
            )
        for naam, groep in MEDEWERKERS:
            uid = self.uuid()
            login = naam.lower().replace(" ", ".")
            self.medewerkers.append(uid)
            self.add(
                ACTOREN,
                actor_obj(
                    uid,
                    naam=naam,
                    soort="medewerker",
                    identificator={
                        "objectId": f"{login}@gemeente.example",
                        "codeObjecttype": "mdw",
                        "codeRegister": "msei",
                        "codeSoortObjectId": "email",
                    },
                    identificatie={
                        "functie": "KCC-medewerker" if groep == "KCC" else f"Medewerker {groep}",
                        "emailadres": f"{login}@gemeente.example",
                        "telefoonnummer": "0201234567",
                    },
                ),
            )
            self.ctx.medewerkers.append(
                SeedMedewerker(
                    uuid=uid,
                    url=f"{API}/actoren/{uid}",
                    naam=naam,
                    identificatie=f"{login}@gemeente.example",
                    groep=groep,
                )
            )

    # -- partijen ----------------------------------------------------------------------------

    def persoon(self, bsn: str, index: int) -> tuple[str, Obj]:
        known = {p.bsn: p for p in self.ctx.personen}.get(bsn)
        if known is not None:
            voornaam = known.voornamen.split(" ")[0] if known.voornamen else ""
            achternaam = known.geslachtsnaam
            voorvoegsel = ""
            if known.volledige_naam and achternaam:
                rest = known.volledige_naam.rsplit(achternaam, 1)[0].strip()
                woorden = rest.split(" ")
                kleine = [w for w in woorden[1:] if w and w[0].islower()]
                voorvoegsel = " ".join(kleine)
            naam = {
                "voorletters": (voornaam[:1] + ".") if voornaam else "",
                "voornaam": voornaam,
                "voorvoegselAchternaam": voorvoegsel,
                "achternaam": achternaam,
            }
        else:
            vl, vn, vv, an = _NEUTRALE_NAMEN[index % len(_NEUTRALE_NAMEN)]
            naam = {
                "voorletters": vl,
                "voornaam": vn,
                "voorvoegselAchternaam": vv,
                "achternaam": an,
            }
        uid = self.uuid()
        self.add(
            PARTIJEN,
            partij_obj(
                uid,
                soort="persoon",
                identificatie={"contactnaam": naam},
                nummer=str(1000 + index),
                indicatie_geheimhouding=bool(known and known.geheim),
                indicatie_actief=not (known and known.overleden),
            ),
        )
        self.add(
            IDENTIFICATOREN,
            identificator_obj(self.uuid(), uid, "natuurlijk_persoon", "bsn", bsn, "brp"),
        )
        return uid, naam

    def bedrijf(self, kvk: str, index: int) -> tuple[str, str]:
        known = {b.kvk_nummer: b for b in self.ctx.bedrijven}.get(kvk)
        naam = known.naam if known else f"Testbedrijf {index + 1} B.V."
        uid = self.uuid()
        self.add(
            PARTIJEN,
            partij_obj(
                uid,
                soort="organisatie",
                identificatie={"naam": naam},
                nummer=str(5000 + index),
            ),
        )
        self.add(
            IDENTIFICATOREN,
            identificator_obj(self.uuid(), uid, "niet_natuurlijk_persoon", "kvk_nummer", kvk, "hr"),
        )
        return uid, naam

    def adressen(self, partij_uuid: str, telefoon: str, email: str) -> None:
        self.add(
            DIGITALEADRESSEN,
            digitaal_adres_obj(
                self.uuid(),
                adres=telefoon,
                soort="telefoonnummer",
                partij_uuid=partij_uuid,
                standaard=True,
                omschrijving="Mobiel",
            ),
        )
        self.add(
            DIGITALEADRESSEN,
            digitaal_adres_obj(
                self.uuid(),
                adres=email,
                soort="email",
                partij_uuid=partij_uuid,
                standaard=True,
                omschrijving="Privé",
            ),
        )

    # -- klantcontacten ----------------------------------------------------------------------

    def contact(
        self,
        *,
        partij_uuid: str,
        contactnaam: Obj | None,
        organisatienaam: str = "",
        kanaal: str,
        moment: datetime,
        zaak: SeedZaak | None = None,
        markup: bool = False,
        markup_vast: bool = False,
        buitenland: bool = False,
        telefoon: str = "",
        email: str = "",
    ) -> tuple[str, str]:
        """One klantcontact with betrokkene (+ onderwerpobject, actor); returns (kc, betrokkene).

        Its onderwerp and inhoud are about the same thing (the zaak, when given), worded for
        the kanaal; markup only where the klant typed the text (``markup_vast``: the first
        markup text, so the example person surely has one).
        """
        bedrijf = contactnaam is None and bool(organisatienaam)
        gelukt = self.rng.random() > 0.1
        if zaak is not None:
            onderwerp = teksten.zaak_onderwerp(zaak.zaaktype_omschrijving, zaak.identificatie)
            inhoud = teksten.zaak_inhoud(
                zaak.zaaktype_omschrijving,
                zaak.identificatie,
                zaak.status_omschrijving,
                kanaal,
                self.rng,
                bedrijf=bedrijf,
                gelukt=gelukt,
            )
        elif (markup or markup_vast) and kanaal in teksten.EIGEN_TEKST_KANALEN:
            gekozen_markup = self.rng.choice(teksten.MET_MARKUP)
            onderwerp, inhoud = teksten.MET_MARKUP[0] if markup_vast else gekozen_markup
        else:
            gekozen = self.rng.choice(teksten.voor_klant(bedrijf, buitenland=buitenland))
            onderwerp = gekozen.naam
            inhoud = teksten.inhoud(gekozen, kanaal, self.rng, bedrijf=bedrijf, gelukt=gelukt)
        self.nummer += 1
        kc = self.uuid()
        self.momenten[kc] = moment
        self.add(
            KLANTCONTACTEN,
            klantcontact_obj(
                kc,
                kanaal=kanaal,
                onderwerp=onderwerp,
                inhoud=inhoud,
                plaatsgevonden_op=tijd(moment),
                nummer=f"{self.nummer:010d}",
                indicatie_contact_gelukt=gelukt,
                vertrouwelijk=self.rng.random() < 0.08,
            ),
        )
        bet = self.uuid()
        self.add(
            BETROKKENEN,
            betrokkene_obj(
                bet,
                klantcontact_uuid=kc,
                partij_uuid=partij_uuid,
                contactnaam=contactnaam,
                organisatienaam=organisatienaam,
            ),
        )
        if telefoon and kanaal == "Telefoon":
            self.add(
                DIGITALEADRESSEN,
                digitaal_adres_obj(
                    self.uuid(), adres=telefoon, soort="telefoonnummer", betrokkene_uuid=bet
                ),
            )
        if email and kanaal in ("E-mail", KANAAL_FORMULIER):
            self.add(
                DIGITALEADRESSEN,
                digitaal_adres_obj(self.uuid(), adres=email, soort="email", betrokkene_uuid=bet),
            )
        if zaak is not None:
            self.add(
                ONDERWERPOBJECTEN,
                onderwerpobject_obj(
                    self.uuid(),
                    kc,
                    {
                        "objectId": zaak.uuid,
                        "codeObjecttype": ZAAK_CODE_OBJECTTYPE,
                        "codeRegister": ZAAK_CODE_REGISTER,
                        "codeSoortObjectId": ZAAK_CODE_SOORT_OBJECT_ID,
                    },
                ),
            )
        if kanaal != KANAAL_FORMULIER and self.medewerkers:
            uid = self.uuid()
            self.add(
                ACTORKLANTCONTACTEN,
                {
                    "uuid": uid,
                    "url": f"{API}/actorklantcontacten/{uid}",
                    "actor": fk("actoren", self.rng.choice(self.medewerkers)),
                    "klantcontact": fk("klantcontacten", kc),
                },
            )
        return kc, bet

    def taak(
        self,
        kc: str,
        moment: datetime,
        *,
        open_: bool,
        handeling: str | None = None,
        groep: str | None = None,
        formulier: bool = False,
        lang_open: bool = False,
        vervolg: str = "",
    ) -> None:
        actor = self.groepen[groep] if groep else self.rng.choice(self.medewerkers)
        toegewezen = moment + timedelta(minutes=self.rng.randint(1, 20))
        # Open work is recent; older requests were handled (overdue ones: see LANG_OPEN).
        open_ = open_ and (lang_open or self.nu - toegewezen <= tijden.OPEN_HOOGSTENS)
        afgehandeld = (
            None
            if open_
            else tijd(min(toegewezen + timedelta(hours=self.rng.randint(2, 72)), self.nu))
        )
        self.taak_nummer += 1
        if handeling is None:
            handeling, vervolg = self._handeling(formulier=formulier)
        self.add(
            INTERNETAKEN,
            internetaak_obj(
                self.uuid(),
                klantcontact_uuid=kc,
                actor_uuids=[actor],
                gevraagde_handeling=handeling,
                toelichting=teksten.toelichting(vervolg, self.rng),
                status="te_verwerken" if open_ else "verwerkt",
                toegewezen_op=tijd(toegewezen),
                afgehandeld_op=afgehandeld,
                nummer=f"{self.taak_nummer:010d}",
            ),
        )

    def _handeling(self, *, formulier: bool) -> tuple[str, str]:
        """(handeling, kind of follow-up): a web-form question's, else KISS's contactverzoek.

        The kind is one of the old free-text handelingen; KISS writes it in the toelichting.
        """
        vervolg = self.rng.choice(teksten.HANDELINGEN)
        if formulier:
            return teksten.VRAAG_BEANTWOORDEN, ""
        return teksten.CONTACT_OPNEMEN, vervolg

    def moment_bij_zaak(self, zaak: SeedZaak, kanaal: str, laatste: date) -> datetime:
        """A moment between the zaak's start and the day before ``laatste``, in kanaal's hours."""
        eind = laatste - timedelta(days=1)
        dagen = max(0, (eind - zaak.startdatum).days)
        dag = zaak.startdatum + timedelta(days=round(dagen * self.rng.random()))
        if tijden.alleen_werkdagen(kanaal) and dag.weekday() >= 5:
            maandag = dag + timedelta(days=7 - dag.weekday())
            dag = maandag if maandag <= eind else dag
        return tijden.moment_op(dag, kanaal, self.rng)

    def klant(
        self,
        *,
        partij_uuid: str,
        contactnaam: Obj | None,
        organisatienaam: str,
        aantal: int,
        zaken: list[SeedZaak],
        zaak_aantal: int,
        taken: int,
        telefoon: str,
        email: str,
        alle_kanalen: bool = False,
        persoon: SeedPersoon | None = None,
        recent: int = 0,
    ) -> list[str]:
        """Contacts of one partij (none after a death, no balie once abroad); returns uuids.

        The first ``recent`` contacts took place the day before today (or the Friday before).
        """
        kanalen = list(KANALEN) * 2 if alle_kanalen else []
        laatste = persoon.laatste_dag(self.ctx.vandaag) if persoon else self.ctx.vandaag
        kcs: list[str] = []
        for i in range(aantal):
            kanaal = kanalen[i] if i < len(kanalen) else self.rng.choice(KANALEN)
            buitenland = persoon is not None and persoon.woont_in_buitenland(laatste)
            if kanaal == "Balie" and buitenland:
                kanaal = "E-mail"
            zaak = zaken[i % len(zaken)] if zaken and i < zaak_aantal else None
            # Now and then a text the klant typed with markup: always on the web form.
            markup = zaak is None and not alle_kanalen and self.rng.random() < 0.04
            if markup:
                kanaal = KANAAL_FORMULIER
            moment = self.moment(729, kanaal=kanaal, tot=laatste)
            if zaak is not None:
                moment = self.moment_bij_zaak(zaak, kanaal, laatste)
            if i < recent:
                moment = self.moment(1, kanaal=kanaal, tot=laatste)
            kc, _ = self.contact(
                partij_uuid=partij_uuid,
                contactnaam=contactnaam,
                organisatienaam=organisatienaam,
                kanaal=kanaal,
                moment=moment,
                zaak=zaak,
                markup=markup,
                # a person's last web form of "every kanaal" (citizens type markup)
                markup_vast=i == len(kanalen) - 1 and not organisatienaam,
                buitenland=buitenland,
                telefoon=telefoon,
                email=email,
            )
            kcs.append(kc)
            if i < taken:
                formulier = kanaal == KANAAL_FORMULIER  # a question from the web form
                self.taak(kc, moment, open_=self.rng.random() < 0.5, formulier=formulier)
        return kcs


def seed(store: Store, ctx: SeedContext) -> None:
    """Add actoren, partijen, digitale adressen, klantcontacten and internetaken."""
    b = _Bouwer(ctx)
    b.actoren()
    zaken_van_bsn: dict[str, list[SeedZaak]] = {}
    zaken_van_kvk: dict[str, list[SeedZaak]] = {}
    for zaak in ctx.zaken:
        if zaak.bsn:
            zaken_van_bsn.setdefault(zaak.bsn, []).append(zaak)
        if zaak.kvk_nummer:
            zaken_van_kvk.setdefault(zaak.kvk_nummer, []).append(zaak)
    bsns = [p.bsn for p in ctx.personen] or [bsn for bsn, _ in PERSONEN]
    personen = {p.bsn: p for p in ctx.personen}
    for index, bsn in enumerate(bsns):
        if bsn in ZONDER_PARTIJ:
            continue
        persoon = personen.get(bsn)
        partij, naam = b.persoon(bsn, index)
        zaken = zaken_van_bsn.get(bsn, [])
        if bsn == VOORBEELD_BSN:
            telefoon, email = VOORBEELD_TELEFOON, VOORBEELD_EMAIL
        else:
            telefoon = f"06{b.rng.randint(10000000, 99999999)}"
            email = f"inwoner{index + 1}@example.nl"
        b.adressen(partij, telefoon, email)
        if bsn == ZWAAR_BSN:
            b.klant(
                partij_uuid=partij,
                contactnaam=naam,
                organisatienaam="",
                aantal=220,
                zaken=zaken,
                zaak_aantal=100,
                taken=10,
                telefoon=telefoon,
                email=email,
                persoon=persoon,
                recent=3,  # so some of the 10 internetaken can still be open
            )
        elif bsn == VOORBEELD_BSN:
            kcs = b.klant(
                partij_uuid=partij,
                contactnaam=naam,
                organisatienaam="",
                aantal=14,
                zaken=zaken,
                zaak_aantal=min(len(zaken) * 2, 8),
                taken=0,
                telefoon=telefoon,
                email=email,
                alle_kanalen=True,
                persoon=persoon,
                recent=1,
            )
            # A callback request still open, and a handled one.
            b.taak(
                kcs[0],
                b.momenten[kcs[0]],
                open_=True,
                handeling=teksten.CONTACT_OPNEMEN,
                vervolg="Terugbellen",
            )
            b.taak(
                kcs[1],
                b.momenten[kcs[1]],
                open_=False,
                handeling=teksten.CONTACT_OPNEMEN,
                vervolg="Terugbellen",
            )
            # An open question from the web form, as Open Inwoner creates it: 8 days, overdue.
            moment = b.moment(8, 8, kanaal=KANAAL_FORMULIER)
            kc, _ = b.contact(
                partij_uuid=partij,
                contactnaam=naam,
                kanaal=KANAAL_FORMULIER,
                moment=moment,
                zaak=zaken[0] if zaken else None,
                email=email,
            )
            b.taak(kc, moment, open_=True, handeling=teksten.VRAAG_BEANTWOORDEN, groep="KCC")
        else:
            aantal = b.rng.randint(0, 7)
            b.klant(
                partij_uuid=partij,
                contactnaam=naam,
                organisatienaam="",
                aantal=aantal,
                zaken=zaken,
                zaak_aantal=b.rng.randint(0, aantal),
                taken=b.rng.randint(0, 2),
                telefoon=telefoon,
                email=email,
                persoon=persoon,
            )
            laatste = persoon.laatste_dag(ctx.vandaag) if persoon else ctx.vandaag
            lang_open = bsn in LANG_OPEN
            if lang_open or (aantal and b.rng.random() < 0.25):
                moment = (
                    b.moment(LANG_OPEN_DAGEN[1], LANG_OPEN_DAGEN[0], kanaal=KANAAL_FORMULIER)
                    if lang_open
                    else b.moment(20, kanaal=KANAAL_FORMULIER, tot=laatste)
                )
                kc, _ = b.contact(
                    partij_uuid=partij,
                    contactnaam=naam,
                    kanaal=KANAAL_FORMULIER,
                    moment=moment,
                    email=email,
                    buitenland=persoon is not None and persoon.woont_in_buitenland(laatste),
                )
                b.taak(
                    kc,
                    moment,
                    open_=True,
                    handeling=teksten.VRAAG_BEANTWOORDEN,
                    groep="KCC",
                    lang_open=lang_open,
                )
    kvks = [c.kvk_nummer for c in ctx.bedrijven] or list(BEDRIJVEN_KVK)
    for index, kvk in enumerate(kvks):
        partij, bedrijfsnaam = b.bedrijf(kvk, index)
        # A fixed number per company (070: the municipality's area code).
        b.adressen(partij, f"070{kvk[-7:]}", f"info{index + 1}@bedrijf.example")
        b.klant(
            partij_uuid=partij,
            contactnaam=None,
            organisatienaam=bedrijfsnaam,
            aantal=12 if kvk == VOORBEELD_KVK else b.rng.randint(1, 4),
            zaken=zaken_van_kvk.get(kvk, []),
            zaak_aantal=4,
            taken=2 if kvk == VOORBEELD_KVK else 0,
            telefoon="",
            email="",
            alle_kanalen=kvk == VOORBEELD_KVK,
        )
    for coll, objs in b.colls.items():
        store.seed(coll, objs)
    for coll in (
        PARTIJEN,
        IDENTIFICATOREN,
        KLANTCONTACTEN,
        BETROKKENEN,
        ONDERWERPOBJECTEN,
        INTERNETAKEN,
        ACTOREN,
        ACTORKLANTCONTACTEN,
        DIGITALEADRESSEN,
    ):
        if coll not in b.colls:
            store.seed(coll, [])


def zaak_identificator(zaak_uuid: str) -> dict[str, Any]:
    """The onderwerpobjectidentificator KISS writes for a zaak."""
    return {
        "objectId": zaak_uuid,
        "codeObjecttype": ZAAK_CODE_OBJECTTYPE,
        "codeRegister": ZAAK_CODE_REGISTER,
        "codeSoortObjectId": ZAAK_CODE_SOORT_OBJECT_ID,
    }
