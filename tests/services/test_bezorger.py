"""The bezorger over real HTTP: conformant writes, refusals, faults and SIGKILL, exactly once."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet

from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.services.apis.klantinteracties import Internetaak
from klantbeeld.services.registraties.bezorger import Backoff, Bezorger, Uitkomst
from klantbeeld.services.registraties.internetaken import CONTACT_OPNEMEN, TIJDZONE, soort
from klantbeeld.services.registraties.internetaken import Soort as SoortTaak
from klantbeeld.services.registraties.journaal import Journaal, Status
from klantbeeld.services.registraties.referentie import MAX_RONDES
from klantbeeld.services.registraties.registratie import (
    AntwoordOp,
    Contactverzoek,
    Medewerker,
    Partij,
    Registratie,
    Resultaat,
    Soort,
    Terugbeladres,
    Vraag,
)
from klantbeeld.services.verbinding.http import RetryPolicy
from tests.conformance import Recorder, assert_conformant
from tests.conftest import ROOT, run
from tests.helpers import ki_client, ki_verbindingen, strengere_toelichting, taak_van

NIEUW_BSN = ("999970021", "999970033", "999970057", "999970069")
MEDEWERKER = Medewerker(
    identificatie="testagent@gemeente.example", naam="Test Agent", telefoonnummer="0201234567"
)
NUL = Backoff(0.0, 0.0, 0.0)


def _store_uuids(server: Any, coll: str) -> list[dict[str, Any]]:
    return list(server.sandbox.store.all(coll))


def _een_actor(server: Any, soort: str = "organisatorische_eenheid") -> str:
    return str(
        next(a["uuid"] for a in _store_uuids(server, ki.ACTOREN) if a["soortActor"] == soort)
    )


def _open_taak(server: Any, overslaan: int = 0) -> tuple[str, str]:
    taken = [t for t in _store_uuids(server, ki.INTERNETAKEN) if t["status"] == "te_verwerken"]
    taak = taken[overslaan]
    return taak["uuid"], taak["aanleidinggevendKlantcontact"]["uuid"]


def _contact(bsn: str | None = None, zaken: int = 0, vragen: int = 1) -> Registratie:
    return Registratie(
        partij=Partij.bsn(bsn, voornaam="Test", achternaam="Persoon") if bsn else Partij(),
        kanaal="telefoon",
        vragen=tuple(
            Vraag(
                onderwerp=f"Vraag {i + 1}",
                vraag="Wat moet ik doen?",
                antwoord="Dit en dat.",
                zaak_uuids=tuple(str(uuid.uuid4()) for _ in range(zaken)),
            )
            for i in range(vragen)
        ),
        medewerker=MEDEWERKER,
    )


def _verzoek(actor: str, toelichting: str = "Graag na 14:00 bellen.") -> Registratie:
    return Registratie(
        soort=Soort.CONTACTVERZOEK,
        partij=Partij(),
        kanaal="telefoon",
        vragen=(
            Vraag(
                onderwerp="Terugbellen over bezwaar",
                vraag="Wil teruggebeld worden.",
                resultaat=Resultaat.CONTACTVERZOEK,
            ),
        ),
        medewerker=MEDEWERKER,
        contactverzoek=Contactverzoek(
            actor_uuids=(actor,),
            toelichting=toelichting,
            terugbeladres=Terugbeladres(soort="telefoonnummer", adres="0612345678"),
            deadline=datetime(2099, 12, 4, 17, 0, tzinfo=TIJDZONE),
        ),
    )


def _antwoord(taak: str, vraag_kc: str) -> Registratie:
    return Registratie(
        soort=Soort.ANTWOORD,
        partij=Partij.bsn("999993653"),
        kanaal="e-mail",
        vragen=(Vraag(onderwerp="Antwoord op uw vraag", antwoord="Het is geregeld."),),
        medewerker=MEDEWERKER,
        antwoord_op=AntwoordOp(klantcontact_uuid=vraag_kc, internetaak_uuid=taak),
    )


def _tel(server: Any, regs: list[Registratie]) -> dict[str, int]:
    """Server-side counts: registrations fully there once, missing, or with something doubled."""
    kcs = Counter(kc.get("referentienummer") for kc in _store_uuids(server, ki.KLANTCONTACTEN))
    taken = Counter(
        (t.get("aanleidinggevendKlantcontact") or {}).get("uuid")
        for t in _store_uuids(server, ki.INTERNETAKEN)
    )
    kc_uuid = {
        kc.get("referentienummer"): kc["uuid"] for kc in _store_uuids(server, ki.KLANTCONTACTEN)
    }
    akc = Counter(a["klantcontact"]["uuid"] for a in _store_uuids(server, ki.ACTORKLANTCONTACTEN))
    ow = Counter(
        (o.get("klantcontact") or {}).get("uuid")
        for o in _store_uuids(server, ki.ONDERWERPOBJECTEN)
    )
    adressen = Counter(a.get("referentie") for a in _store_uuids(server, ki.DIGITALEADRESSEN))
    uit = Counter[str]()
    for reg in regs:
        # a number held by someone else moves a klantcontact to a later round's number
        rondes = range(MAX_RONDES)
        aantallen = [
            sum(kcs[reg.referentienummer(i, r)] for r in rondes) for i in range(len(reg.vragen))
        ]
        for i, vraag in enumerate(reg.vragen):
            kc = next(
                (kc_uuid[n] for r in rondes if (n := reg.referentienummer(i, r)) in kc_uuid), None
            )
            if kc is not None and reg.medewerker is not None:
                aantallen.append(akc[kc])
            if reg.contactverzoek is not None:
                aantallen.append(taken[kc] if kc is not None else 0)
            if kc is not None and (vraag.zaak_uuids or reg.soort is Soort.ANTWOORD):
                verwacht = len(vraag.zaak_uuids) + (reg.soort is Soort.ANTWOORD)
                aantallen.append(ow[kc] - verwacht + 1)
        if reg.contactverzoek is not None:
            aantallen.append(adressen[f"klantbeeld-{reg.id}"])
        if min(aantallen) == 0:
            uit["lost"] += 1
        elif max(aantallen) > 1:
            uit["duplicated"] += 1
        else:
            uit["delivered"] += 1
    return dict(uit)


# -- shapes ------------------------------------------------------------------------------------


@pytest.mark.needs_shared
def test_every_soort_lands_in_the_right_shapes_and_conforms(
    fresh_sandbox: Any, tmp_path: Path
) -> None:
    server = fresh_sandbox
    actor = _een_actor(server)
    taak, vraag_kc = _open_taak(server)
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    regs = [
        _contact(NIEUW_BSN[0], zaken=2, vragen=2),
        _contact("999993653", zaken=1),  # an existing partij: no second one
        Registratie(
            partij=Partij.kvk("68750110", organisatienaam="Hofstad Bouw & Onderhoud B.V."),
            kanaal="balie",
            vragen=(Vraag(onderwerp="Bouwvergunning", vraag="Stand van zaken?"),),
        ),
        _verzoek(actor),
        _antwoord(taak, vraag_kc),
    ]
    for reg in regs:
        journaal.schrijf(reg)
    recorder = Recorder()

    async def main() -> list[Uitkomst | None]:
        v = ki_verbindingen(server, transport=recorder)
        try:
            bezorger = Bezorger(journaal, ki_client(v), backoff=NUL)
            return [await bezorger.bezorg_een() for _ in range(6)]
        finally:
            await v.aclose()
            await recorder.aclose()

    uitkomsten = run(main)
    assert uitkomsten == [Uitkomst.BEZORGD] * 5 + [None]
    assert_conformant(recorder.exchanges)
    assert journaal.tellingen() == {"wachtend": 0, "geweigerd": 0, "bezorgd": 5}
    assert _tel(server, regs) == {"delivered": 5}

    store = server.sandbox.store
    kcs = {kc.get("referentienummer"): kc for kc in store.all(ki.KLANTCONTACTEN)}
    # contact: two questions, each its own klantcontact with klant, zaken and the agent
    partijen = [
        i
        for i in store.all(ki.IDENTIFICATOREN)
        if i["partijIdentificator"]["objectId"] == NIEUW_BSN[0]
    ]
    assert len(partijen) == 1
    partij = partijen[0]["identificeerdePartij"]["uuid"]
    for i in range(2):
        kc = kcs[regs[0].referentienummer(i)]
        assert kc["onderwerp"] == f"Vraag {i + 1}" and kc["reactie"] == "Dit en dat."
        assert kc["metadata"] == {"resultaat": "afgehandeld", "registratie": regs[0].id}
        bets = [b for b in store.all(ki.BETROKKENEN) if b["hadKlantcontact"]["uuid"] == kc["uuid"]]
        assert [b["wasPartij"]["uuid"] for b in bets] == [partij]
        zaken = {
            o["onderwerpobjectidentificator"]["objectId"]
            for o in store.all(ki.ONDERWERPOBJECTEN)
            if (o.get("klantcontact") or {}).get("uuid") == kc["uuid"]
        }
        assert zaken == set(regs[0].vragen[i].zaak_uuids)
    moulin = [
        i
        for i in store.all(ki.IDENTIFICATOREN)
        if i["partijIdentificator"]["objectId"] == "999993653"
    ]
    assert len(moulin) == 1
    # contactverzoek: internetaak for the actor, toelichting with deadline, callback number
    taak_obj = taak_van(store, regs[3])
    assert [a["uuid"] for a in taak_obj["toegewezenAanActoren"]] == [actor]
    assert "Terugbellen vóór: 04-12-2099 17:00" in taak_obj["toelichting"]
    # KISS's convention: the handeling says "contact the citizen", the contact holds the subject
    assert taak_obj["gevraagdeHandeling"] == CONTACT_OPNEMEN
    aanleiding = store.get(ki.KLANTCONTACTEN, taak_obj["aanleidinggevendKlantcontact"]["uuid"])
    assert aanleiding["onderwerp"] == regs[3].vragen[0].onderwerp
    assert soort(Internetaak.model_validate(taak_obj)) is SoortTaak.CONTACTVERZOEK
    adres = next(
        a
        for a in store.all(ki.DIGITALEADRESSEN)
        if a.get("referentie") == f"klantbeeld-{regs[3].id}"
    )
    assert adres["adres"] == "0612345678" and adres["verstrektDoorBetrokkene"]
    # antwoord: linked to the question, task done
    antwoord_kc = kcs[regs[4].referentienummer(0)]
    links = [
        o
        for o in store.all(ki.ONDERWERPOBJECTEN)
        if (o.get("klantcontact") or {}).get("uuid") == antwoord_kc["uuid"]
    ]
    assert [o["wasKlantcontact"]["uuid"] for o in links] == [vraag_kc]
    assert store.get(ki.INTERNETAKEN, taak)["status"] == "verwerkt"


# -- refusals ----------------------------------------------------------------------------------


def test_a_refusal_keeps_the_server_text_and_a_correction_lands_once(
    fresh_sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = fresh_sandbox
    strengere_toelichting(monkeypatch)
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    # The spec allows 1000 characters of toelichting; this server (like some real ones) 400.
    reg = _verzoek(_een_actor(server), toelichting="t" * 600)
    assert reg.controleer() == []
    rid = journaal.schrijf(reg)

    async def bezorg() -> Uitkomst | None:
        v = ki_verbindingen(server)
        try:
            return await Bezorger(journaal, ki_client(v), backoff=NUL).bezorg_een()
        finally:
            await v.aclose()

    assert run(bezorg) is Uitkomst.GEWEIGERD
    assert journaal.wachtend() == 0
    [item] = journaal.geweigerd()
    assert item.id == rid and item.weigering is not None and item.weigering.status_code == 400
    assert (
        "toelichting: Zorg ervoor dat dit veld niet meer dan 400 karakters bevat."
        in item.weigering.tekst
    )
    assert item.registratie == reg  # the agent's words, whole
    assert item.voortgang.get("kc0")  # the klantcontact itself did land
    assert item.registratie is not None and item.registratie.contactverzoek is not None
    cv = item.registratie.contactverzoek.model_copy(update={"toelichting": "Na 14:00."})
    journaal.opnieuw_aanbieden(rid, item.registratie.model_copy(update={"contactverzoek": cv}))
    assert run(bezorg) is Uitkomst.BEZORGD
    assert _tel(server, [reg]) == {"delivered": 1}


def test_backoff_is_exponential_capped_and_jittered() -> None:
    class Vast(Backoff):
        def jitter(self) -> float:
            return 0.5

    b = Vast(basis_s=1.0, max_s=10.0, max_jitter_s=1.0)
    assert [b.wacht(n) for n in (1, 2, 3, 4, 5, 9)] == [1.5, 2.5, 4.5, 8.5, 10.5, 10.5]
    assert 0 <= Backoff(max_jitter_s=0.2).jitter() <= 0.2


# -- faults ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_200_registrations_arrive_exactly_once_through_errors_drops_and_timeouts(
    fresh_sandbox: Any, tmp_path: Path
) -> None:
    server = fresh_sandbox
    actor = _een_actor(server)
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    regs: list[Registratie] = []
    for n in range(200):
        if n % 10 == 9:
            regs.append(_verzoek(actor))
        elif n % 25 == 3:
            taak, kc = _open_taak(server, overslaan=n // 25)
            regs.append(_antwoord(taak, kc))
        else:
            bsn = NIEUW_BSN[n % 4] if n % 3 == 0 else None
            regs.append(_contact(bsn, zaken=n % 3, vragen=1 + n % 2))
    for reg in regs:
        journaal.schrijf(reg)
    server.sandbox.faults.update(
        {"error_rate": 0.2, "drop_rate": 0.1, "timeout_rate": 0.05, "timeout_s": 0.6}
    )

    async def main() -> None:
        v = ki_verbindingen(
            server,
            timeout_s=0.3,
            retry=RetryPolicy(max_retries=1, initial_delay=0.0, max_delay=0.0, max_jitter=0.0),
        )
        try:
            bezorger = Bezorger(
                journaal,
                ki_client(v),
                backoff=Backoff(0.01, 0.05, 0.01),
                lease_s=2.0,
                gelijktijdig=8,
                poll_s=0.05,
                laat_s=0.7,  # nothing lands later than its timeout_s here
            )
            await bezorger.run(tot_leeg=True)
        finally:
            await v.aclose()

    run(main)
    server.sandbox.faults.update({"error_rate": 0, "drop_rate": 0, "timeout_rate": 0})
    assert journaal.tellingen() == {"wachtend": 0, "geweigerd": 0, "bezorgd": 200}
    assert _tel(server, regs) == {"delivered": 200}
    assert server.sandbox.middleware.counts["openklant"] > 800  # faults really were met


def test_writes_that_land_after_their_answer_was_lost_are_not_doubled(
    fresh_sandbox: Any, tmp_path: Path
) -> None:
    """Late commits: the connection drops unanswered and the write lands 0.3 s later.

    A look-up before the retry cannot see it yet. Keyed writes (klantcontact and internetaak by
    referentienummer, actorklantcontact by its pair, partij by BSN) are saved by the server's
    ``unique`` refusal; the others (actor, extra onderwerpobjecten, digitaal adres) wait until a
    lost write can no longer land before they look up.
    """
    server = fresh_sandbox
    actor = _een_actor(server)
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    nieuwe_agent = Medewerker(identificatie="laat@gemeente.example", naam="Laat Agent")
    regs: list[Registratie] = []
    for n in range(40):
        if n % 4 == 3:
            regs.append(_verzoek(actor))
        else:
            bsn = NIEUW_BSN[n % 4] if n % 3 == 0 else None
            reg = _contact(bsn, zaken=1 + n % 3, vragen=1 + n % 2)
            regs.append(reg.model_copy(update={"medewerker": nieuwe_agent}))
    for reg in regs:
        journaal.schrijf(reg)
    server.sandbox.faults.update({"late_rate": 0.3, "late_ms": 300})

    async def main() -> None:
        v = ki_verbindingen(server, timeout_s=2.0)
        try:
            bezorger = Bezorger(
                journaal,
                ki_client(v),
                backoff=Backoff(0.01, 0.05, 0.01),
                lease_s=5.0,
                gelijktijdig=4,
                poll_s=0.05,
                laat_s=1.0,
            )
            await bezorger.run(tot_leeg=True)
            await asyncio.sleep(0.6)  # every late write has landed
        finally:
            await v.aclose()

    run(main)
    server.sandbox.faults.update({"late_rate": 0})
    assert journaal.tellingen() == {"wachtend": 0, "geweigerd": 0, "bezorgd": 40}
    assert _tel(server, regs) == {"delivered": 40}
    actoren = [
        a
        for a in _store_uuids(server, ki.ACTOREN)
        if (a.get("actoridentificator") or {}).get("objectId") == nieuwe_agent.identificatie
    ]
    assert len(actoren) == 1
    assert server.sandbox.middleware.counts["openklant"] > 200  # the faults were really met


# -- a separate sending process, killed ------------------------------------------------------


def _zender(journaal: Path, endpoints: Path, sleutel: bytes, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "klantbeeld.services.registraties.bezorger",
            "--journaal",
            str(journaal),
            "--endpoints-json",
            str(endpoints),
            "--sleutel-env",
            "KB_TEST_SLEUTEL",
            "--timeout-s",
            "2",
            "--lease-s",
            "5",
            "--backoff-basis-s",
            "0.05",
            "--backoff-max-s",
            "0.2",
            "--backoff-jitter-s",
            "0.05",
            "--poll-s",
            "0.1",
            *extra,
        ],
        cwd=ROOT,
        env={**os.environ, "KB_TEST_SLEUTEL": sleutel.decode()},
        text=True,
    )


def test_sigkill_mid_delivery_then_restart_delivers_exactly_once(
    fresh_sandbox: Any, tmp_path: Path
) -> None:
    server = fresh_sandbox
    sleutel = Fernet.generate_key()
    pad = tmp_path / "j.sqlite3"
    endpoints = tmp_path / "endpoints.json"
    endpoints.write_text(json.dumps(server.as_json()), encoding="utf-8")
    journaal = Journaal(pad, sleutel=sleutel)
    regs = [_contact(None, zaken=3, vragen=2) for _ in range(6)]
    for reg in regs:
        journaal.schrijf(reg)
    server.sandbox.faults.update({"latency_ms": 40})  # each step takes a while: kill mid-way
    zender = _zender(pad, endpoints, sleutel)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            bezig = [
                i
                for r in regs
                if (i := journaal.item(r.id)) is not None
                and i.status is Status.WACHTEND
                and i.voortgang
            ]
            if bezig and journaal.tellingen()["bezorgd"] >= 1:
                break
            time.sleep(0.01)
        else:
            pytest.fail("the sender did not get going")
        os.kill(zender.pid, signal.SIGKILL)
        zender.wait(timeout=10)
        assert zender.returncode == -signal.SIGKILL
    finally:
        if zender.poll() is None:
            zender.kill()
            zender.wait()
    assert journaal.wachtend() > 0  # killed with work left, some of it half done
    server.sandbox.faults.update({"latency_ms": 0})
    tweede = _zender(pad, endpoints, sleutel, "--tot-leeg")
    assert tweede.wait(timeout=60) == 0
    assert journaal.tellingen() == {"wachtend": 0, "geweigerd": 0, "bezorgd": 6}
    assert _tel(server, regs) == {"delivered": 6}
