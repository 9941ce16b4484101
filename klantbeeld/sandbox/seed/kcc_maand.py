"""Seed: a month of KCC traffic (≈600 contacts per working day), built in steps after start-up.

A mid-size municipality's klantcontactcentrum over the last :data:`WERKDAGEN` working days
before "today": about :data:`CONTACTEN_PER_DAG` contacts a day (Monday busiest, Friday
quietest), in office hours with a morning peak (each kanaal within its own hours,
:data:`~klantbeeld.sandbox.seed.tijden.OPENINGSTIJDEN`), over every kanaal (:data:`KANAAL_MIX`),
on an onderwerp that fits the klant (person or company) worded for the kanaal, each
handled by one of the 15 medewerkers (an actorklantcontact, so Open Klant embeds it as
``hadBetrokkenActoren``), with one betrokkene (a seeded citizen or company for about one in ten,
else an anonymous caller with or without a name), the wrap-up outcome in ``metadata.resultaat``
(:data:`RESULTAAT_MIX_TELEFOON`, :data:`RESULTAAT_MIX_ANDERS`), and an internetaak for every
contactverzoek and terugbelverzoek (assigned to a vakafdeling or one of its medewerkers; most
verwerkt, the recent ones open, some open past their term, none open longer than
:data:`~klantbeeld.sandbox.seed.tijden.OPEN_HOOGSTENS`).

≈13,000 contacts and ≈40,000 objects take too long to build before the server listens (the
app's cold start must stay fast), so :class:`KccMaand` adds them in steps of :data:`STAP`
contacts on the server's own event loop, started by the first request
(:meth:`KccMaand.bij_eerste_verzoek`), newest day first, each step moved out of the cyclic
garbage collector's reach (``gc.freeze``); :attr:`KccMaand.klaar` tells when
the month is complete (``/_oefen/status`` reports it as ``seed_klaar``). The data depend only
on "today": the same date always gives the same month (built once per process and reused
by every later oefenomgeving of that date, as the tests start many).

The named example persons (:data:`~klantbeeld.sandbox.seed.plan.VOORBEELD_BSN`,
:data:`~klantbeeld.sandbox.seed.plan.ZWAAR_BSN`, the family, the persons with BRP indicators,
:data:`~klantbeeld.sandbox.seed.plan.VOORBEELD_KVK`) get no month contacts, so their
klantbeelden stay as documented; the month's open internetaken never go to the oefen-agent's
own queue (Anouk de Boer, KCC, Team Terugbellen, Team Webformulieren).
"""

from __future__ import annotations

import asyncio
import gc
import random
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta

from starlette.types import ASGIApp, Receive, Scope, Send

from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed import teksten, tijden
from klantbeeld.sandbox.seed.plan import (
    BEDRIJVEN_KVK,
    PERSONEN,
    VOORBEELD_BSN,
    VOORBEELD_KVK,
    ZWAAR_BSN,
)
from klantbeeld.sandbox.store import Obj, Store

#: How many working days (Monday–Friday before "today") the month covers.
WERKDAGEN = 22
#: Average contacts per working day.
CONTACTEN_PER_DAG = 600
#: Contacts added per step on the server's loop (the loop serves requests between steps).
STAP = 500
#: Local time of the contacts (stored in UTC, as Open Klant does).
TIJDZONE = tijden.TIJDZONE

#: (kanaal as the existing seed writes it, weight in %).
KANAAL_MIX: tuple[tuple[str, int], ...] = (
    ("Telefoon", 55),
    ("E-mail", 12),
    ("Live Chat", 10),
    ("Balie", 8),
    ("contactformulier", 12),
    ("Brief", 3),
)
#: (resultaat as in ``settings.STANDAARD_RESULTATEN``, weight in ‰) of a call: overall about
#: 70 % "Zelfstandig afgehandeld", 14 % "Doorverbonden", 5 % "Contactverzoek gemaakt",
#: 3 % "Terugbelverzoek", 8 % "Niet gelukt" — with the telephone (55 %) carrying all of
#: "Doorverbonden" (only a call is put through) and the other kanalen more "Zelfstandig".
RESULTAAT_MIX_TELEFOON: tuple[tuple[str, int], ...] = (
    ("Zelfstandig afgehandeld", 606),
    ("Doorverbonden", 254),
    ("Contactverzoek gemaakt", 50),
    ("Terugbelverzoek", 30),
    ("Niet gelukt", 60),
)
#: The same for every other kanaal.
RESULTAAT_MIX_ANDERS: tuple[tuple[str, int], ...] = (
    ("Zelfstandig afgehandeld", 815),
    ("Contactverzoek gemaakt", 50),
    ("Terugbelverzoek", 30),
    ("Niet gelukt", 105),
)
#: Outcomes that leave an internetaak behind.
MET_TAAK = frozenset({"Contactverzoek gemaakt", "Terugbelverzoek"})
#: Busier on Monday, quieter on Friday (mean 1.0).
DAGFACTOR = (1.15, 1.05, 1.0, 0.95, 0.85)
#: Weight per office hour 8:00–16:59: a morning peak, a dip at lunch.
UURGEWICHT = (5, 14, 15, 13, 9, 11, 12, 11, 10)
#: Share of contacts whose betrokkene is a seeded partij (citizen or company).
AANDEEL_BEKEND = 0.10
#: Share of anonymous callers who give a name.
AANDEEL_MET_NAAM = 0.6
#: First ``nummer`` of the month's klantcontacten and internetaken (apart from the base seed).
NUMMER_START = 1_000_000

#: How often each onderwerp comes up (default 2).
ONDERWERP_GEWICHT: dict[str, int] = {
    "Afvalcontainer niet geleegd": 9,
    "Grofvuil ophalen": 7,
    "Parkeervergunning aanvragen": 6,
    "Parkeerboete bezwaar": 4,
    "Paspoort aanvragen": 8,
    "Rijbewijs verlengen": 4,
    "Verhuizing doorgeven": 6,
    "Aanslag gemeentelijke belastingen": 6,
    "WOZ-waarde": 4,
    "Kwijtschelding": 3,
    "Omgevingsvergunning": 4,
    "Melding openbare ruimte": 8,
    "Wmo-voorziening": 5,
    "Terugbelverzoek": 0,
}
#: Which afdeling handles a contactverzoek about an onderwerp (default: Burgerzaken).
AFDELING_VAN: dict[str, str] = {
    "Afvalcontainer niet geleegd": "Wijkbeheer",
    "Grofvuil ophalen": "Wijkbeheer",
    "Melding openbare ruimte": "Wijkbeheer",
    "Geluidsoverlast": "Wijkbeheer",
    "Parkeervergunning aanvragen": "Parkeren",
    "Parkeerboete bezwaar": "Parkeren",
    "Aanslag gemeentelijke belastingen": "Belastingen",
    "WOZ-waarde": "Belastingen",
    "Kwijtschelding": "Belastingen",
    "Hondenbelasting": "Belastingen",
    "Omgevingsvergunning": "Vergunningen",
    "Evenementenvergunning": "Vergunningen",
    "Terrasvergunning": "Vergunningen",
    "Reclamebelasting": "Belastingen",
    "Bedrijfsafval": "Wijkbeheer",
    "Parkeervergunning bedrijf": "Parkeren",
}
#: Actoren whose queue the month leaves alone (the oefen-agent and her teams).
NIET_TOEWIJZEN = frozenset({"Anouk de Boer", "KCC", *ki.GROEPEN})
#: Persons with a documented klantbeeld (README) get no month contacts.
_UITGESLOTEN = frozenset({VOORBEELD_BSN, ZWAAR_BSN, *ki.ZONDER_PARTIJ})

_VOORNAMEN = (
    "Sanne", "Mohammed", "Lisa", "Jeroen", "Fatima", "Pieter", "Emma", "Youssef", "Sophie",
    "Tim", "Nadia", "Ruud", "Iris", "Kevin", "Ayşe", "Marco", "Linda", "Sven", "Priya", "Wim",
)  # fmt: skip
_ACHTERNAMEN = (
    ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("", "Bakker"), ("", "Hendriks"),
    ("van", "Dam"), ("", "Öztürk"), ("", "Meijer"), ("de", "Jong"), ("", "Koster"),
    ("", "Ramdin"), ("van der", "Linden"), ("", "Bouzid"), ("", "Schouten"), ("", "Prins"),
)  # fmt: skip


def werkdagen(vandaag: date, aantal: int = WERKDAGEN) -> list[date]:
    """The ``aantal`` weekdays before ``vandaag``, newest first."""
    dagen: list[date] = []
    dag = vandaag
    while len(dagen) < aantal:
        dag -= timedelta(days=1)
        if dag.weekday() < 5:
            dagen.append(dag)
    return dagen


def _gewogen(mix: tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    waarden = [w for w, _ in mix]
    gewichten = []
    totaal = 0
    for _, g in mix:
        totaal += g
        gewichten.append(totaal)
    return waarden, gewichten


class KccMaand:
    """Builds the month into ``store`` in steps; :attr:`klaar` once every step is done."""

    def __init__(self, store: Store, vandaag: date, *, stap: int = STAP) -> None:
        self.store = store
        self.vandaag = vandaag
        self.stap = stap
        self.klaar = False
        #: Contacts added so far.
        self.contacten = 0
        self._taak: asyncio.Task[None] | None = None
        self._stappen: Iterator[int] | None = None

    # -- running --------------------------------------------------------------------------

    def vul(self) -> None:
        """Add the whole month at once (tools and tests; the server uses the steps)."""
        for _ in self._iter():
            pass

    def stap_verder(self) -> bool:
        """Add one step; False when the month was already complete."""
        try:
            next(self._iter())
        except StopIteration:
            return False
        return True

    async def vul_stapsgewijs(self) -> None:
        """Add the month step by step, letting the loop serve requests between steps."""
        while self.stap_verder():
            await asyncio.sleep(0)

    def start(self) -> None:
        """Start :meth:`vul_stapsgewijs` on the running loop (once)."""
        if self._taak is None and not self.klaar:
            self._taak = asyncio.get_running_loop().create_task(self.vul_stapsgewijs())

    def bij_eerste_verzoek(self, app: ASGIApp) -> ASGIApp:
        """Wrap ``app`` so the first request starts the month on the server's loop."""

        async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
            if self._taak is None:
                self.start()
            await app(scope, receive, send)

        return wrapped

    def _iter(self) -> Iterator[int]:
        if self._stappen is None:
            self._stappen = self._bouw()
        return self._stappen

    # -- building -------------------------------------------------------------------------

    def _bouw(self) -> Iterator[int]:
        bouwer = _MaandBouwer(self.store, self.vandaag)
        sleutel = bouwer.sleutel()
        cached = _CACHE.get(sleutel)
        if cached is not None:
            stappen: Iterable[tuple[int, dict[str, list[Obj]]]] = cached
        else:
            stappen = self._genereer(bouwer, sleutel)
        for n, colls in stappen:
            # Shallow copies: the API replaces stored objects on writes, never edits them.
            self._voeg_toe({c: [dict(o) for o in objs] for c, objs in colls.items()})
            self.contacten = n
            yield n
        self.klaar = True

    def _genereer(
        self, bouwer: _MaandBouwer, sleutel: tuple[object, ...]
    ) -> Iterator[tuple[int, dict[str, list[Obj]]]]:
        gemaakt: list[tuple[int, dict[str, list[Obj]]]] = []
        colls: dict[str, list[Obj]] = {}
        n = 0
        for dag in werkdagen(self.vandaag):
            for _ in range(bouwer.aantal_op(dag)):
                bouwer.contact(dag, colls)
                n += 1
                if n % self.stap == 0:
                    gemaakt.append((n, colls))
                    yield n, colls
                    colls = {}
        gemaakt.append((n, colls))
        yield n, colls
        _CACHE.clear()  # one month per process is enough (tests start many oefenomgevingen)
        _CACHE[sleutel] = gemaakt

    def _voeg_toe(self, colls: dict[str, list[Obj]]) -> None:
        # Objects written through the API (persisted, replayed at start) win over the seed.
        for coll, objs in colls.items():
            self.store.seed(coll, [o for o in objs if self.store.get(coll, o["uuid"]) is None])
        # The seed lives as long as the process: keep its ~10^5 objects out of the cyclic
        # garbage collector, whose full passes over them would stall every thread of the
        # process (the app runs the oefenomgeving in-process) for 100-200 ms.
        gc.freeze()


#: The last month built in this process, by what it depends on (see ``_MaandBouwer.sleutel``).
_CACHE: dict[tuple[object, ...], list[tuple[int, dict[str, list[Obj]]]]] = {}


class _MaandBouwer:
    """Draws the month's objects one contact at a time, deterministically."""

    def __init__(self, store: Store, vandaag: date) -> None:
        self.rng = random.Random("klantbeeld-kcc-maand")
        self.vandaag = vandaag
        self.nu = tijden.nu(vandaag)
        self.nummer = NUMMER_START
        self.taak_nummer = NUMMER_START
        self.kanalen, self.kanaal_cum = _gewogen(KANAAL_MIX)
        #: Per kanaal: "Telefoon" or anything else.
        self.resultaat_mix = {
            True: _gewogen(RESULTAAT_MIX_TELEFOON),
            False: _gewogen(RESULTAAT_MIX_ANDERS),
        }
        #: Per klant kind (company or not): the onderwerpen and their cumulative weights.
        self.onderwerpen: dict[bool, tuple[list[teksten.Onderwerp], list[int]]] = {}
        for bedrijf in (False, True):
            gekozen = [
                o for o in teksten.voor_klant(bedrijf) if ONDERWERP_GEWICHT.get(o.naam, 2) > 0
            ]
            cum = 0
            gewichten: list[int] = []
            for o in gekozen:
                cum += ONDERWERP_GEWICHT.get(o.naam, 2)
                gewichten.append(cum)
            self.onderwerpen[bedrijf] = (gekozen, gewichten)
        self.uren = list(range(8, 8 + len(UURGEWICHT)))
        self.uur_cum = [sum(UURGEWICHT[: i + 1]) for i in range(len(UURGEWICHT))]
        actoren = store.all(ki.ACTOREN)
        self.medewerkers = sorted(
            (a["uuid"] for a in actoren if a.get("soortActor") == "medewerker"),
        )
        groep_van = dict(ki.MEDEWERKERS)
        self.afdelingen = {
            a["naam"]: a["uuid"] for a in actoren if a.get("soortActor") != "medewerker"
        }
        self.medewerkers_van: dict[str, list[str]] = {}
        for a in actoren:
            naam = str(a.get("naam") or "")
            if a.get("soortActor") == "medewerker" and naam not in NIET_TOEWIJZEN:
                self.medewerkers_van.setdefault(groep_van.get(naam, ""), []).append(a["uuid"])
        self.partijen = self._bekende_partijen(store)

    @staticmethod
    def _bekende_partijen(store: Store) -> list[tuple[str, Obj | None, str]]:
        """(partij uuid, contactnaam, organisatienaam) of the partijen the month may use."""
        gewoon = {bsn for bsn, waarom in PERSONEN if waarom == "gewoon"} - _UITGESLOTEN
        kvks = set(BEDRIJVEN_KVK) - {VOORBEELD_KVK}
        gekozen: list[tuple[str, Obj | None, str]] = []
        for ident in store.all(ki.IDENTIFICATOREN):
            groep = ident.get("partijIdentificator") or {}
            nummer = groep.get("objectId")
            if nummer not in gewoon and nummer not in kvks:
                continue
            partij = store.get(ki.PARTIJEN, ident["identificeerdePartij"]["uuid"])
            if partij is None:
                continue
            pid = partij.get("partijIdentificatie") or {}
            if partij.get("soortPartij") == "organisatie":
                gekozen.append((partij["uuid"], None, str(pid.get("naam") or "")))
            else:
                gekozen.append((partij["uuid"], dict(pid.get("contactnaam") or {}), ""))
        gekozen.sort(key=lambda p: p[0])
        return gekozen

    def sleutel(self) -> tuple[object, ...]:
        """Everything the month depends on: the same key gives the same objects."""
        return (
            self.vandaag,
            tuple(self.medewerkers),
            tuple(sorted(self.afdelingen.items())),
            tuple(p[0] for p in self.partijen),
        )

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def kies(self, waarden: list[str], cum: list[int]) -> str:
        return self.rng.choices(waarden, cum_weights=cum)[0]

    def aantal_op(self, dag: date) -> int:
        factor = DAGFACTOR[dag.weekday()] * self.rng.uniform(0.95, 1.05)
        return round(CONTACTEN_PER_DAG * factor)

    def moment(self, dag: date, kanaal: str) -> datetime:
        uur = self.rng.choices(self.uren, cum_weights=self.uur_cum)[0]
        lokaal = datetime.combine(
            dag, time(uur, self.rng.randrange(60), self.rng.randrange(60)), tzinfo=TIJDZONE
        )
        return tijden.in_venster(lokaal, kanaal).astimezone(UTC)

    def betrokkene(self) -> tuple[str | None, Obj | None, str]:
        if self.partijen and self.rng.random() < AANDEEL_BEKEND:
            return self.rng.choice(self.partijen)
        if self.rng.random() < AANDEEL_MET_NAAM:
            voornaam = self.rng.choice(_VOORNAMEN)
            voorvoegsel, achternaam = self.rng.choice(_ACHTERNAMEN)
            return (
                None,
                {
                    "voorletters": voornaam[0] + ".",
                    "voornaam": voornaam,
                    "voorvoegselAchternaam": voorvoegsel,
                    "achternaam": achternaam,
                },
                "",
            )
        return None, None, ""

    def contact(self, dag: date, colls: dict[str, list[Obj]]) -> None:
        kanaal = self.kies(self.kanalen, self.kanaal_cum)
        resultaat = self.kies(*self.resultaat_mix[kanaal == "Telefoon"])
        partij, contactnaam, organisatienaam = self.betrokkene()
        bedrijf = bool(organisatienaam)
        onderwerpen, gewichten = self.onderwerpen[bedrijf]
        gekozen = self.rng.choices(onderwerpen, cum_weights=gewichten)[0]
        onderwerp = gekozen.naam
        moment = self.moment(dag, kanaal)
        self.nummer += 1
        kc = self.uuid()
        obj = ki.klantcontact_obj(
            kc,
            kanaal=kanaal,
            onderwerp=onderwerp,
            inhoud=teksten.inhoud(
                gekozen, kanaal, self.rng, bedrijf=bedrijf, gelukt=resultaat != "Niet gelukt"
            ),
            plaatsgevonden_op=ki.tijd(moment),
            nummer=f"{self.nummer:010d}",
            indicatie_contact_gelukt=resultaat != "Niet gelukt",
            vertrouwelijk=self.rng.random() < 0.02,
        )
        obj["metadata"] = {"resultaat": resultaat}
        colls.setdefault(ki.KLANTCONTACTEN, []).append(obj)
        colls.setdefault(ki.BETROKKENEN, []).append(
            ki.betrokkene_obj(
                self.uuid(),
                klantcontact_uuid=kc,
                partij_uuid=partij,
                contactnaam=contactnaam,
                organisatienaam=organisatienaam,
            )
        )
        link = self.uuid()
        colls.setdefault(ki.ACTORKLANTCONTACTEN, []).append(
            {
                "uuid": link,
                "url": f"{ki.API}/actorklantcontacten/{link}",
                "actor": ki.fk("actoren", self.rng.choice(self.medewerkers)),
                "klantcontact": ki.fk("klantcontacten", kc),
            }
        )
        if resultaat in MET_TAAK:
            colls.setdefault(ki.INTERNETAKEN, []).append(
                self.taak(kc, moment, onderwerp, terugbellen=resultaat == "Terugbelverzoek")
            )

    def taak(self, kc: str, moment: datetime, onderwerp: str, *, terugbellen: bool) -> Obj:
        afdeling = AFDELING_VAN.get(onderwerp, "Burgerzaken")
        mensen = self.medewerkers_van.get(afdeling, [])
        if mensen and self.rng.random() < 0.3:
            actor = self.rng.choice(mensen)
        else:
            actor = self.afdelingen[afdeling]
        # The kind of follow-up (KISS writes it in the toelichting, the handeling is always
        # CONTACT_OPNEMEN): a callback, or one of the other kinds.
        vervolg = "Terugbellen" if terugbellen else self.rng.choice(teksten.HANDELINGEN[2:])
        toegewezen = moment + timedelta(minutes=self.rng.randint(1, 15))
        dagen = (self.vandaag - moment.astimezone(TIJDZONE).date()).days
        kans_open = 0.6 if dagen <= 2 else 0.12 if dagen <= 7 else 0.04
        if self.nu - toegewezen > tijden.OPEN_HOOGSTENS:
            kans_open = 0.0
        open_ = self.rng.random() < kans_open
        afgehandeld = (
            None
            if open_
            else ki.tijd(min(toegewezen + timedelta(hours=self.rng.randint(1, 60)), self.nu))
        )
        self.taak_nummer += 1
        return ki.internetaak_obj(
            self.uuid(),
            klantcontact_uuid=kc,
            actor_uuids=[actor],
            gevraagde_handeling=teksten.CONTACT_OPNEMEN,
            toelichting=teksten.toelichting(vervolg, self.rng),
            status="te_verwerken" if open_ else "verwerkt",
            toegewezen_op=ki.tijd(toegewezen),
            afgehandeld_op=afgehandeld,
            nummer=f"{self.taak_nummer:010d}",
        )


def resultaten_voor_basisseed(store: Store) -> None:
    """Give the base seed's agent-handled contacts a ``metadata.resultaat`` (before replay).

    Consistent with the contact: not successful -> "Niet gelukt"; a contactverzoek asking to
    call back (its toelichting) -> "Terugbelverzoek", another -> "Contactverzoek gemaakt";
    else mostly "Zelfstandig afgehandeld" (only a call can be "Doorverbonden"). Questions
    Open Inwoner left (no medewerker) have no outcome.
    """
    rng = random.Random("klantbeeld-kcc-resultaten")
    met_medewerker = {link["klantcontact"]["uuid"] for link in store.all(ki.ACTORKLANTCONTACTEN)}
    taken: dict[str, str] = {}
    for taak in store.all(ki.INTERNETAKEN):
        taken[taak["aanleidinggevendKlantcontact"]["uuid"]] = str(taak.get("toelichting") or "")
    for kc in store.all(ki.KLANTCONTACTEN):
        metadata = kc.get("metadata")
        if kc["uuid"] not in met_medewerker or (isinstance(metadata, dict) and metadata):
            continue
        if kc.get("indicatieContactGelukt") is False:
            resultaat = "Niet gelukt"
        elif kc["uuid"] in taken:
            bellen = "bel" in taken[kc["uuid"]].lower()
            resultaat = "Terugbelverzoek" if bellen else "Contactverzoek gemaakt"
        else:
            doorverbonden = rng.random() < 0.15 and kc.get("kanaal") == "Telefoon"
            resultaat = "Doorverbonden" if doorverbonden else "Zelfstandig afgehandeld"
        kc["metadata"] = {"resultaat": resultaat}
