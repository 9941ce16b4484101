"""Delivers the journal's registrations to Klantinteracties in the background, each exactly once.

Every step is idempotent: the klantcontacten and the internetaak carry a ``referentienummer``
chosen by us from the registration id, and a klantcontact found by it counts as ours only with
proof (:mod:`services.registraties.referentie`: the key, the proof and their arithmetic); a
server's ``unique`` refusal of our number is answered by that same look-up, so a write that
committed after its answer was lost is counted once, and a number held by someone else moves
to the next round's number. The other objects have a natural key (partij by BSN/KVK, actor by
login, actorklantcontact by its pair, onderwerpobject by klantcontact + zaak, digitaal adres by
betrokkene + adres, internetaak by its klantcontact). On any attempt
after the first, each step first looks its object up and only creates what is missing; each
created uuid is recorded in the journal (fsynced) before the next step. A write is sent only
right after the lease was extended by ``lease_s`` (keep it above twice the HTTP timeout), so
two senders never write for the same item at once.

Failures: 4xx (400, 404, 409, 412, 422) refuse the item with the server's text; 5xx,
timeouts, dropped connections, 401/403, 408 and 429 give it back with exponential backoff
and capped jitter (:class:`Backoff`). Logs name ids and error kinds only, never personal data.

Run as its own process::

    python -m klantbeeld.services.registraties.bezorger --journaal PATH --endpoints-json FILE
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import random
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from klantbeeld.services.apis.klantinteracties import (
    KlantinteractiesClient,
    NieuweBetrokkene,
    NieuwKlantcontact,
    Referentie,
)
from klantbeeld.services.registraties.journaal import (
    Journaal,
    JournaalFout,
    Lease,
    Weigering,
    eigen_redenen,
    eigenaar_naam,
)
from klantbeeld.services.registraties.referentie import (
    MAX_RONDES,
    SLEUTELVERSIE,
    Verwacht,
    is_van_ons,
    nummer_geweigerd,
    oud_nummer,
    uniek_geweigerd,
)
from klantbeeld.services.registraties.registratie import Registratie, Soort, Vraag, contact_gelukt
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verbinding.errors import ApiError, ApiStatusError, OngeldigAntwoord
from klantbeeld.services.verbinding.http import ApiClient, RetryPolicy, json_dumps
from klantbeeld.services.werkplek.settings import ApiInstelling, ApiNaam, AuthSoort

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How long after a write's answer was lost (timeout, dropped connection, 5xx) it may still
#: land on the server: a worker that commits after the proxy or the client gave up. Real
#: deployments cap a request's run time (uwsgi ``harakiri``, a proxy's read timeout: 30-60 s).
LAAT_S = 90.0

#: 4xx statuses that mean "try again later", not "this registration is wrong".
_OPNIEUW_STATUS = frozenset({401, 403, 408, 425, 429})


@dataclass(frozen=True)
class Backoff:
    """Wait before attempt ``n + 1``: ``basis_s * 2**(n-1)``, at most ``max_s``, plus jitter."""

    basis_s: float = 1.0
    max_s: float = 300.0
    max_jitter_s: float = 1.0

    def wacht(self, pogingen: int) -> float:
        """Seconds to wait after ``pogingen`` failed attempts."""
        base = min(self.basis_s * 2.0 ** max(0, pogingen - 1), self.max_s)
        return base + self.jitter()

    def jitter(self) -> float:
        """Random extra wait, capped; its own method so tests can pin it."""
        return float(random.uniform(0, self.max_jitter_s))


class Uitkomst(StrEnum):
    """What one delivery attempt ended in."""

    BEZORGD = "bezorgd"
    GEWEIGERD = "geweigerd"
    LATER = "later"
    LEASE_KWIJT = "lease_kwijt"


class _LeaseKwijt(Exception):
    """Another sender holds the item now: stop without writing."""


class _NogNiet(Exception):
    """A write of this item may still land on the server (its answer was lost): wait first."""

    def __init__(self, wacht_s: float) -> None:
        super().__init__(f"wacht {wacht_s:.1f} s op een mogelijk laat vastgelegde schrijfactie")
        self.wacht_s = wacht_s


class _Geweigerd(Exception):
    """The registration cannot be delivered as it is (our own check, not a server's).

    ``melding`` is one of :func:`~.journaal.eigen_redenen` as the journal keeps it (Dutch);
    the screen shows it in its own language.
    """

    def __init__(self, melding: str) -> None:
        super().__init__(melding)
        self.melding = melding


def _metadata(reg: Registratie, vraag: Vraag) -> dict[str, str]:
    uit = {"resultaat": str(vraag.resultaat), "registratie": reg.id, **reg.identiteit_metadata()}
    if reg.eind is not None:
        uit["eind"] = reg.eind.isoformat()
    for sleutel, waarde in (("gespreksduur_s", reg.gespreksduur_s), ("nawerk_s", reg.nawerk_s)):
        if waarde is not None:
            uit[sleutel] = str(waarde)
    return uit


def _resultaten(page: Any) -> list[dict[str, Any]]:
    if isinstance(page, dict) and isinstance(page.get("results"), list):
        return [r for r in page["results"] if isinstance(r, dict)]
    return []


def _uuid(data: Any, bron: str) -> str:
    if isinstance(data, dict) and isinstance(data.get("uuid"), str):
        return str(data["uuid"])
    raise OngeldigAntwoord(bron, "het antwoord heeft geen uuid")


def _gemaakt(uuid: str | None, bron: str) -> str:
    """The uuid of what a write made; a server that answers without one answered wrongly."""
    if isinstance(uuid, str):
        return uuid
    raise OngeldigAntwoord(bron, "het antwoord heeft geen uuid")


def _ref_uuid(ref: Any) -> str | None:
    if isinstance(ref, Referentie):
        ref = ref.model_dump(exclude_none=True)
    if isinstance(ref, dict):
        if isinstance(ref.get("uuid"), str):
            return str(ref["uuid"])
        if isinstance(ref.get("url"), str):
            return str(ref["url"]).rstrip("/").rsplit("/", 1)[-1]
    return None


def _oude_sleutel_geweigerd(weigering: Weigering) -> bool:
    try:
        body = json.loads(weigering.body) if weigering.body else None
    except ValueError:
        return False
    return nummer_geweigerd(body)


class Bezorger:
    """Takes items from the journal and delivers them: ``run()`` loops, ``bezorg_een()`` once."""

    def __init__(
        self,
        journaal: Journaal,
        klantinteracties: KlantinteractiesClient,
        *,
        backoff: Backoff | None = None,
        lease_s: float = 60.0,
        eigenaar: str | None = None,
        gelijktijdig: int = 1,
        poll_s: float = 5.0,
        laat_s: float = LAAT_S,
    ) -> None:
        self.journaal = journaal
        self.ki = klantinteracties
        self.api: ApiClient = klantinteracties.api
        self.backoff = backoff or Backoff()
        self.lease_s = lease_s
        self.eigenaar = eigenaar or eigenaar_naam()
        self.gelijktijdig = max(1, gelijktijdig)
        self.poll_s = poll_s
        #: How long after a write's answer was lost it may still land (see :data:`LAAT_S`).
        self.laat_s = laat_s
        #: Shared objects (the medewerker's actor) whose write may still land, and since when:
        #: every item waits for those, not only the one whose write it was.
        self.onzeker_gedeeld: dict[str, float] = {}
        #: One look-up-or-create at a time per shared object (concurrent items, one actor).
        self.sloten: dict[str, asyncio.Lock] = {}
        self._wekker = asyncio.Event()
        self._stop = False
        hersteld = journaal.herstel_eigen_weigeringen(SLEUTELVERSIE, _oude_sleutel_geweigerd)
        if hersteld:
            log.info("%d registraties opnieuw aangeboden (oude nummer-sleutel geweigerd)", hersteld)

    # -- the loop ------------------------------------------------------------------------------

    def wek(self) -> None:
        """Look for work now (call after :meth:`Journaal.schrijf`; ``run()`` subscribes itself)."""
        self._wekker.set()

    def stop(self) -> None:
        """Let ``run()`` end after the deliveries in progress."""
        self._stop = True
        self._wekker.set()

    async def run(self, *, tot_leeg: bool = False) -> None:
        """Deliver until stopped (or, with ``tot_leeg``, until nothing waits any more)."""
        opzeggen = self.journaal.abonneer(self.wek)
        try:
            await asyncio.gather(*(self._werker(tot_leeg) for _ in range(self.gelijktijdig)))
        finally:
            opzeggen()

    async def _werker(self, tot_leeg: bool) -> None:
        while not self._stop:
            uitkomst = await self.bezorg_een()
            if uitkomst is not None:
                continue
            if tot_leeg and self.journaal.wachtend() == 0:
                return
            volgende = self.journaal.volgende_moment()
            wacht = self.poll_s if volgende is None else volgende - time.time()
            wacht = min(max(wacht, 0.01), self.poll_s)
            self._wekker.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wekker.wait(), wacht)

    async def bezorg_een(self) -> Uitkomst | None:
        """Take one due item and try to deliver it completely; None when nothing is due."""
        lease = self.journaal.neem(self.eigenaar, lease_s=self.lease_s)
        if lease is None:
            return None
        try:
            await _Levering(self, lease).lever()
        except _LeaseKwijt:
            log.warning("registratie %s: lease kwijt, een andere zender gaat verder", lease.id)
            return Uitkomst.LEASE_KWIJT
        except _NogNiet as e:
            self.journaal.later(lease, wacht_s=e.wacht_s, fout="wacht op een laat antwoord")
            log.info("registratie %s: %s", lease.id, e)
            return Uitkomst.LATER
        except _Geweigerd as e:
            self.journaal.weiger(lease, Weigering(None, e.melding))
            log.warning("registratie %s geweigerd (eigen controle)", lease.id)
            return Uitkomst.GEWEIGERD
        except ApiStatusError as e:
            if e.status_code in _OPNIEUW_STATUS or e.status_code >= 500:
                return self._later(lease, f"{type(e).__name__} {e.status_code}")
            body = e.body if isinstance(e.body, str) else json_dumps(e.body)
            self.journaal.weiger(lease, Weigering(e.status_code, e.melding, body or ""))
            log.warning("registratie %s geweigerd door de server (%s)", lease.id, e.status_code)
            return Uitkomst.GEWEIGERD
        except ApiError as e:
            return self._later(lease, type(e).__name__)
        except JournaalFout:
            raise
        except Exception as e:  # a bug must not lose the item: try again later
            log.exception("registratie %s: onverwachte fout", lease.id)
            return self._later(lease, type(e).__name__)
        self.journaal.bezorgd(lease)
        log.info("registratie %s bezorgd (poging %d)", lease.id, lease.pogingen)
        return Uitkomst.BEZORGD

    def _later(self, lease: Lease, fout: str) -> Uitkomst:
        wacht = self.backoff.wacht(lease.pogingen)
        self.journaal.later(lease, wacht_s=wacht, fout=fout)
        log.info("registratie %s: %s, opnieuw over %.1f s", lease.id, fout, wacht)
        return Uitkomst.LATER


class _Levering:
    """The steps of delivering one registration, each looked up first on a retry."""

    def __init__(self, bezorger: Bezorger, lease: Lease) -> None:
        self.b = bezorger
        self.api = bezorger.api
        self.lease = lease
        self.reg: Registratie = lease.registratie
        self.v = lease.voortgang
        #: On the first attempt nothing can exist yet; afterwards every step looks first.
        self.opzoeken = lease.pogingen > 1
        #: Tried before by a version with the old key (a letter ``nummer``): look that up too.
        self.oud = self.opzoeken and "sleutel" not in self.v

    # -- journal bookkeeping -------------------------------------------------------------------

    def _mag_schrijven(self) -> None:
        if not self.b.journaal.verleng(self.lease, lease_s=self.b.lease_s):
            raise _LeaseKwijt

    def _klaar(self, **stappen: Any) -> None:
        if not self.b.journaal.bewaar_voortgang(self.lease, stappen, lease_s=self.b.lease_s):
            raise _LeaseKwijt

    def _wacht_op_late(self, sleutel: str, gedeeld: str | None = None) -> None:
        """Before looking ``sleutel`` up again: a write of it whose answer was lost may land late.

        Objects without a key the server keeps unique (an actor, an extra onderwerpobject, a
        digitaal adres) can only be looked up; a look-up before such a write lands would miss it
        and the retry would double it. So the look-up waits until the write can no longer land.
        """
        eigen = self.v.get(f"onzeker:{sleutel}")
        for sinds in (eigen, self.b.onzeker_gedeeld.get(gedeeld or "")):
            if isinstance(sinds, int | float):
                over = float(sinds) + self.b.laat_s - time.time()
                if over > 0:
                    raise _NogNiet(over)

    async def _schrijf_onzeker(
        self, sleutel: str, schrijf: Callable[[], Awaitable[T]], *, gedeeld: str | None = None
    ) -> T:
        """Send a write without a server-side unique key; note it when its outcome is unknown.

        ``gedeeld``: the object is shared by other items (the medewerker's actor, by this key,
        kept in memory only), so they wait for it too.
        """
        self._mag_schrijven()
        try:
            return await schrijf()
        except ApiStatusError as e:
            if e.status_code < 500:
                raise  # refused: nothing was written
            self._onzeker(sleutel, gedeeld)
            raise
        except ApiError:
            self._onzeker(sleutel, gedeeld)
            raise

    def _onzeker(self, sleutel: str, gedeeld: str | None) -> None:
        nu = time.time()
        if gedeeld:
            self.b.onzeker_gedeeld[gedeeld] = nu
        self._klaar(**{f"onzeker:{sleutel}": nu})

    # -- the whole delivery --------------------------------------------------------------------

    async def lever(self) -> None:
        reg = self.reg
        if self.v.get("sleutel") != SLEUTELVERSIE:
            self._klaar(sleutel=SLEUTELVERSIE)
        partij = await self._partij()
        actor = await self._actor()
        for i, vraag in enumerate(reg.vragen):
            kc, bet = await self._klantcontact(i, vraag, partij)
            zaken = list(vraag.zaak_uuids)
            eerste_in_maak = reg.soort is not Soort.ANTWOORD and bool(zaken)
            for j, zaak in enumerate(zaken):
                if j == 0 and eerste_in_maak:
                    continue
                await self._onderwerpobject(f"ow{i}.{j}", kc, zaak)
            if actor:
                await self._actorklantcontact(i, actor, kc)
            if reg.soort is Soort.CONTACTVERZOEK:
                await self._digitaal_adres(bet)
                await self._internetaak(kc)
        if reg.soort is Soort.ANTWOORD:
            await self._verwerkt()

    # -- partij --------------------------------------------------------------------------------

    async def _partij(self) -> str | None:
        p = self.reg.partij
        if p.soort == "anoniem":
            return None
        if "partij" in self.v:
            return str(self.v["partij"])
        gevonden = await self._zoek_partij()
        if gevonden is None:
            self._mag_schrijven()
            try:
                nieuw = await self.b.ki.maak_partij(
                    soort=p.soort,
                    nummer=p.nummer,
                    voornaam=p.voornaam,
                    voorvoegsel=p.voorvoegsel,
                    achternaam=p.achternaam,
                    organisatienaam=p.organisatienaam,
                )
                gevonden = _gemaakt(nieuw.uuid, self.api.bron)
            except ApiStatusError as e:
                # A partij with this identificator appeared meanwhile (Open Klant: "moet uniek
                # zijn"): use that one.
                if e.status_code != 400 or (gevonden := await self._zoek_partij()) is None:
                    raise
        self._klaar(partij=gevonden)
        return gevonden

    async def _zoek_partij(self) -> str | None:
        p = self.reg.partij
        partij = (
            await self.b.ki.partij_voor_bsn(p.nummer)
            if p.soort == "bsn"
            else await self.b.ki.partij_voor_kvk(p.nummer)
        )
        return partij.uuid if partij is not None else None

    # -- actor (the medewerker) ----------------------------------------------------------------

    async def _actor(self) -> str | None:
        m = self.reg.medewerker
        if m is None:
            return None
        if m.actor_uuid:
            return m.actor_uuid
        if "actor" in self.v:
            return str(self.v["actor"])
        gedeeld = f"actor:{m.identificatie}"
        async with self.b.sloten.setdefault(gedeeld, asyncio.Lock()):
            actor = await self._zoek_of_maak_actor(gedeeld)
        self._klaar(actor=actor)
        return actor

    async def _zoek_of_maak_actor(self, gedeeld: str) -> str:
        """The medewerker's actor, or a new one. Actors are shared (every registration of this
        medewerker, every workstation) and have no unique key on the server: of several, the
        lowest uuid is taken, so every sender picks the same one."""
        m = self.reg.medewerker
        assert m is not None
        self._wacht_op_late("actor", gedeeld)
        page = await self.api.get_json(
            "actoren",
            params={
                "actoridentificatorObjectId": m.identificatie,
                "actoridentificatorCodeSoortObjectId": "email",
                "soortActor": "medewerker",
            },
        )
        gevonden = sorted(_uuid(item, self.api.bron) for item in _resultaten(page))
        if gevonden:
            return gevonden[0]
        actor = await self._schrijf_onzeker(
            "actor",
            lambda: self.b.ki.maak_actor_medewerker(
                identificatie=m.identificatie, naam=m.naam, telefoonnummer=m.telefoonnummer
            ),
            gedeeld=gedeeld,
        )
        return _gemaakt(actor.uuid, self.api.bron)

    # -- klantcontact (+ betrokkene + first onderwerpobject) -------------------------------------

    async def _klantcontact(
        self, i: int, vraag: Vraag, partij: str | None
    ) -> tuple[str, str | None]:
        sleutel = f"kc{i}"
        if sleutel in self.v:
            return str(self.v[sleutel]), self.v.get(f"bet{i}")
        reg = self.reg
        ronde = int(self.v.get(f"ronde{i}", 0))
        verwacht = self._verwacht(vraag)
        if self.opzoeken:
            bestaand = await self._zoek_klantcontact(reg.referentienummer(i, ronde), verwacht)
            if bestaand is None and self.oud:
                bestaand = await self._zoek_oud_klantcontact(i, verwacht)
            if bestaand is not None:
                return self._klantcontact_klaar(i, bestaand)
        betrokkene = None
        if partij is not None or reg.soort is Soort.CONTACTVERZOEK:
            betrokkene = NieuweBetrokkene(
                partij_uuid=partij,
                organisatienaam=reg.partij.organisatienaam,
                voornaam=reg.partij.voornaam,
                voorvoegsel=reg.partij.voorvoegsel,
                achternaam=reg.partij.achternaam,
            )
        antwoord_op = None
        if reg.soort is Soort.ANTWOORD and reg.antwoord_op is not None:
            antwoord_op = reg.antwoord_op.klantcontact_uuid
        while True:
            nummer = reg.referentienummer(i, ronde)
            klantcontact = NieuwKlantcontact(
                kanaal=reg.kanaal,
                onderwerp=vraag.onderwerp,
                inhoud=vraag.vraag,
                indicatie_contact_gelukt=contact_gelukt(vraag.resultaat),
                plaatsgevonden_op=reg.start,
                referentienummer=nummer,
                metadata=_metadata(reg, vraag),
                reactie=vraag.antwoord,
            )
            self._mag_schrijven()
            try:
                created = await self.b.ki.registreer_klantcontact(
                    klantcontact=klantcontact,
                    betrokkene=betrokkene,
                    antwoord_op=antwoord_op,
                    zaak_uuid=vraag.zaak_uuids[0] if vraag.zaak_uuids else None,
                )
                break
            except ApiStatusError as e:
                if not uniek_geweigerd(e, "referentienummer"):
                    raise
            # The number is held: by our own earlier write (its answer was lost, or it
            # committed late), or by someone else's object. Only the proof decides.
            bestaand = await self._zoek_klantcontact(nummer, verwacht)
            if bestaand is not None:
                return self._klantcontact_klaar(i, bestaand)
            ronde += 1
            if ronde >= MAX_RONDES:
                raise _Geweigerd(eigen_redenen()["nummers"])
            log.info(
                "registratie %s: referentienummer bezet door een ander, ronde %d",
                self.lease.id,
                ronde,
            )
            self._klaar(**{f"ronde{i}": ronde})
        if created.klantcontact is None:
            raise OngeldigAntwoord(self.api.bron, "onverwacht antwoord (maak-klantcontact)")
        kc = _gemaakt(created.klantcontact.uuid, self.api.bron)
        bet = _ref_uuid(created.betrokkene)
        self._klaar(**{sleutel: kc, f"bet{i}": bet})
        return kc, bet

    def _verwacht(self, vraag: Vraag) -> Verwacht:
        return Verwacht(
            registratie_id=self.reg.id,
            kanaal=self.reg.kanaal,
            onderwerp=vraag.onderwerp,
            inhoud=vraag.vraag,
            reactie=vraag.antwoord,
            plaatsgevonden_op=self.reg.start,
        )

    def _klantcontact_klaar(self, i: int, bestaand: dict[str, Any]) -> tuple[str, str | None]:
        kc = _uuid(bestaand, self.api.bron)
        bets = bestaand.get("hadBetrokkenen") or []
        bet = _ref_uuid(bets[0]) if bets else None
        self._klaar(**{f"kc{i}": kc, f"bet{i}": bet})
        return kc, bet

    async def _zoek_klantcontact(self, nummer: str, verwacht: Verwacht) -> dict[str, Any] | None:
        """The klantcontact holding ``nummer``, if it is provably ours (else None)."""
        page = await self.api.get_json("klantcontacten", params={"referentienummer": nummer})
        for item in _resultaten(page):
            if is_van_ons(item, verwacht):
                return item
        return None

    async def _zoek_oud_klantcontact(self, i: int, verwacht: Verwacht) -> dict[str, Any] | None:
        """An item from before key version 2 may have landed with the old ``nummer``."""
        try:
            page = await self.api.get_json(
                "klantcontacten", params={"nummer": oud_nummer(self.reg.id, i)}
            )
        except ApiStatusError as e:
            if e.status_code != 400:  # a server that refuses the old format has none of them
                raise
            return None
        for item in _resultaten(page):
            if is_van_ons(item, verwacht):
                return item
        return None

    # -- onderwerpobjecten, actorklantcontact ----------------------------------------------------

    async def _onderwerpobject(self, sleutel: str, kc: str, zaak: str) -> None:
        if sleutel in self.v:
            return
        self._wacht_op_late(sleutel)
        if self.opzoeken:
            page = await self.api.get_json(
                "onderwerpobjecten",
                params={"klantcontact__uuid": kc, "onderwerpobjectidentificatorObjectId": zaak},
            )
            found = _resultaten(page)
            if found:
                self._klaar(**{sleutel: _uuid(found[0], self.api.bron)})
                return
        gemaakt = await self._schrijf_onzeker(
            sleutel, lambda: self.b.ki.maak_onderwerpobject(klantcontact_uuid=kc, zaak_uuid=zaak)
        )
        self._klaar(**{sleutel: _gemaakt(gemaakt.uuid, self.api.bron)})

    async def _actorklantcontact(self, i: int, actor: str, kc: str) -> None:
        sleutel = f"akc{i}"
        if sleutel in self.v:
            return
        if self.opzoeken:
            page = await self.api.get_json(
                "actorklantcontacten", params={"klantcontact__uuid": kc, "actor__uuid": actor}
            )
            found = _resultaten(page)
            if found:
                self._klaar(**{sleutel: _uuid(found[0], self.api.bron)})
                return
        self._mag_schrijven()
        try:
            akc = await self.b.ki.maak_actorklantcontact(actor_uuid=actor, klantcontact_uuid=kc)
            gemaakt = _gemaakt(akc.uuid, self.api.bron)
        except ApiStatusError as e:
            # Open Klant keeps (actor, klantcontact) unique: an earlier write of ours landed.
            if not uniek_geweigerd(e, "nonFieldErrors"):
                raise
            page = await self.api.get_json(
                "actorklantcontacten", params={"klantcontact__uuid": kc, "actor__uuid": actor}
            )
            data = next(iter(_resultaten(page)), None)
            if data is None:
                raise
            gemaakt = _uuid(data, self.api.bron)
        self._klaar(**{sleutel: gemaakt})

    # -- contactverzoek ------------------------------------------------------------------------

    async def _digitaal_adres(self, bet: str | None) -> None:
        cv = self.reg.contactverzoek
        if cv is None or cv.terugbeladres is None or "adres" in self.v:
            return
        if bet is None:
            raise _Geweigerd(eigen_redenen()["geen_betrokkene"])
        adres = cv.terugbeladres
        self._wacht_op_late("adres")
        if self.opzoeken:
            page = await self.api.get_json(
                "digitaleadressen",
                params={
                    "verstrektDoorBetrokkene__uuid": bet,
                    "referentie": f"klantbeeld-{self.reg.id}",
                },
            )
            found = _resultaten(page)
            if found:
                self._klaar(adres=_uuid(found[0], self.api.bron))
                return
        gemaakt = await self._schrijf_onzeker(
            "adres",
            lambda: self.b.ki.maak_digitaal_adres(
                soort=adres.soort,
                adres=adres.adres,
                betrokkene_uuid=bet,
                omschrijving="Terugbellen",
                referentie=f"klantbeeld-{self.reg.id}",
            ),
        )
        self._klaar(adres=_gemaakt(gemaakt.uuid, self.api.bron))

    async def _internetaak(self, kc: str) -> None:
        cv = self.reg.contactverzoek
        if cv is None or "taak" in self.v:
            return
        # The klantcontact is provably ours: a task it gave rise to with our handeling is ours.
        if self.opzoeken and (gevonden := await self._zoek_internetaak(kc)) is not None:
            self._klaar(taak=gevonden)
            return
        ronde = int(self.v.get("ronde_taak", 0))
        while True:
            self._mag_schrijven()
            try:
                taak = await self.b.ki.maak_internetaak(
                    klantcontact_uuid=kc,
                    actor_uuids=cv.actor_uuids,
                    gevraagde_handeling=self.reg.gevraagde_handeling(),
                    toelichting=self.reg.toelichting_tekst(),
                    referentienummer=self.reg.internetaak_referentienummer(ronde),
                )
                break
            except ApiStatusError as e:
                if not uniek_geweigerd(e, "referentienummer"):
                    raise
            if (gevonden := await self._zoek_internetaak(kc)) is not None:
                self._klaar(taak=gevonden)
                return
            ronde += 1
            if ronde >= MAX_RONDES:
                raise _Geweigerd(eigen_redenen()["nummers_taak"])
            self._klaar(ronde_taak=ronde)
        self._klaar(taak=taak.uuid)

    async def _zoek_internetaak(self, kc: str) -> str | None:
        page = await self.api.get_json(
            "internetaken", params={"aanleidinggevendKlantcontact__uuid": kc}
        )
        # Ours: KISS's handeling, or the onderwerp an earlier version of this sender used.
        handelingen = {self.reg.gevraagde_handeling(), self.reg.vragen[0].onderwerp.strip()}
        for item in _resultaten(page):
            if (
                _ref_uuid(item.get("aanleidinggevendKlantcontact")) == kc
                and item.get("gevraagdeHandeling") in handelingen
            ):
                return _uuid(item, self.api.bron)
        return None

    # -- antwoord ------------------------------------------------------------------------------

    async def _verwerkt(self) -> None:
        op = self.reg.antwoord_op
        if op is None or self.v.get("verwerkt"):
            return
        self._mag_schrijven()
        # PATCH to the same status is idempotent by nature: no look-up needed.
        await self.b.ki.zet_internetaak_status(op.internetaak_uuid, "verwerkt")
        self._klaar(verwerkt=True)


# -- the command line ----------------------------------------------------------------------------


def _klantinteracties_instelling(pad: Path | None) -> tuple[ApiInstelling, str]:
    """Where Klantinteracties lives: from an endpoints JSON file, or settings + keyring."""
    if pad is not None:
        data = json.loads(pad.read_text(encoding="utf-8"))
        api = data["apis"][ApiNaam.KLANTINTERACTIES.value]
        inst = ApiInstelling(
            base_url=api["base_url"],
            auth=AuthSoort(api.get("auth", "geen")),
            client_id=api.get("client_id", ""),
        )
        return inst, str(api.get("secret", ""))
    from klantbeeld.services.werkplek.secrets import lees_geheim
    from klantbeeld.services.werkplek.settings import laad_instellingen

    instellingen = laad_instellingen()
    inst_or_none = instellingen.apis.get(ApiNaam.KLANTINTERACTIES)
    if inst_or_none is None:
        raise SystemExit("Klantinteracties is niet ingesteld; geef --endpoints-json.")
    return inst_or_none, lees_geheim(instellingen.profiel, ApiNaam.KLANTINTERACTIES.value) or ""


async def _hoofd(args: argparse.Namespace) -> int:
    sleutel = os.environ.get(args.sleutel_env, "").encode() if args.sleutel_env else None
    journaal = Journaal(args.journaal, sleutel=sleutel or None)
    inst, geheim = _klantinteracties_instelling(args.endpoints_json)
    inst = inst.model_copy(update={"timeout_s": args.timeout_s})
    verbindingen = maak_verbindingen(
        {ApiNaam.KLANTINTERACTIES: (inst, geheim)},
        retry=RetryPolicy(max_retries=1, initial_delay=0.05, max_delay=0.5, max_jitter=0.05),
    )
    client = verbindingen.get(ApiNaam.KLANTINTERACTIES)
    assert client is not None
    bezorger = Bezorger(
        journaal,
        KlantinteractiesClient(client),
        backoff=Backoff(args.backoff_basis_s, args.backoff_max_s, args.backoff_jitter_s),
        lease_s=args.lease_s,
        gelijktijdig=args.gelijktijdig,
        poll_s=args.poll_s,
        laat_s=args.laat_s,
    )
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, bezorger.stop)
    try:
        await bezorger.run(tot_leeg=args.tot_leeg)
    finally:
        await verbindingen.aclose()
        journaal.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m klantbeeld.services.registraties.bezorger``: deliver until stopped."""
    p = argparse.ArgumentParser(description="Bezorg de registraties uit het journaal.")
    p.add_argument("--journaal", type=Path, default=None, help="het journaalbestand")
    p.add_argument("--endpoints-json", type=Path, default=None, help="JSON van --json")
    p.add_argument(
        "--sleutel-env", default="", help="omgevingsvariabele met de journaalsleutel (tests)"
    )
    p.add_argument("--timeout-s", type=float, default=10.0)
    p.add_argument("--lease-s", type=float, default=30.0)
    p.add_argument("--backoff-basis-s", type=float, default=1.0)
    p.add_argument("--backoff-max-s", type=float, default=300.0)
    p.add_argument("--backoff-jitter-s", type=float, default=1.0)
    p.add_argument("--gelijktijdig", type=int, default=1)
    p.add_argument("--poll-s", type=float, default=5.0)
    p.add_argument(
        "--laat-s",
        type=float,
        default=LAAT_S,
        help="hoe lang een schrijfactie zonder antwoord nog kan landen (s)",
    )
    p.add_argument("--tot-leeg", action="store_true", help="stop als er niets meer wacht")
    p.add_argument("--log", default="WARNING")
    args = p.parse_args(argv)
    logging.basicConfig(level=args.log.upper(), stream=sys.stderr)
    return asyncio.run(_hoofd(args))


if __name__ == "__main__":
    raise SystemExit(main())
