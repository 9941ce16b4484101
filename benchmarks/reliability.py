"""Reliability run: 1,000 registrations through the journal, a faulty server and three SIGKILLs.

The oefenomgeving runs as its own process injecting 20 % 5xx, 10 % dropped connections,
5 % timeouts and 5 % late commits (a write's connection drops unanswered and the write lands
1 s later, after the sender has given up); the sending process
(``python -m klantbeeld.services.registraties.bezorger``) is killed with SIGKILL three times
while it delivers, and restarted each time. Afterwards every registration is looked up on the server
side (with the faults switched off) and counted as delivered (every object there once), lost
(something missing) or duplicated (something twice). Prints figures; passes or fails on nothing.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet

from benchmarks.sandbox_proc import SandboxProcess
from klantbeeld.services.registraties.journaal import Journaal
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
from klantbeeld.services.verbinding.clients import maak_verbindingen
from klantbeeld.services.verbinding.http import ApiClient
from klantbeeld.services.werkplek.settings import ApiNaam

AANTAL = 1000
KILLS = 3
FAULTS = {
    "error_rate": 0.20,
    "drop_rate": 0.10,
    "timeout_rate": 0.05,
    "timeout_s": 1.5,
    "late_rate": 0.05,
    "late_ms": 1000.0,
}
BSNS = ("999970021", "999970033", "999970057", "999970069", "999993653", "999993847")
MEDEWERKER = Medewerker(
    identificatie="betrouwbaar@gemeente.example", naam="Test Agent", telefoonnummer="0201234567"
)
ROOT = Path(__file__).resolve().parent.parent
SENDER_ARGS = (
    "--laat-s",
    "2",  # longer than any late commit of this server (late_ms)
    "--timeout-s",
    "0.75",
    "--lease-s",
    "5",
    "--backoff-basis-s",
    "0.05",
    "--backoff-max-s",
    "2",
    "--backoff-jitter-s",
    "0.1",
    "--gelijktijdig",
    "8",
    "--poll-s",
    "0.1",
)


def _client(proc: SandboxProcess) -> tuple[Any, ApiClient]:
    inst, geheim = proc.endpoints()[ApiNaam.KLANTINTERACTIES]
    v = maak_verbindingen({ApiNaam.KLANTINTERACTIES: (inst, geheim)})
    client = v.get(ApiNaam.KLANTINTERACTIES)
    assert client is not None
    return v, client


async def _voorbereiding(proc: SandboxProcess) -> tuple[str, list[tuple[str, str]]]:
    """An afdeling to assign callbacks to, and open questions to answer."""
    v, api = _client(proc)
    try:
        actoren = await api.list_all("actoren", params={"soortActor": "organisatorische_eenheid"})
        taken = await api.list_all("internetaken", params={"status": "te_verwerken"})
    finally:
        await v.aclose()
    open_taken = [(t["uuid"], t["aanleidinggevendKlantcontact"]["uuid"]) for t in taken]
    return str(actoren[0]["uuid"]), open_taken


def _registraties(actor: str, taken: list[tuple[str, str]]) -> list[Registratie]:
    regs: list[Registratie] = []
    start = datetime.now(UTC) - timedelta(hours=1)
    for n in range(AANTAL):
        if n % 10 == 9:
            regs.append(
                Registratie(
                    soort=Soort.CONTACTVERZOEK,
                    kanaal="telefoon",
                    start=start,
                    vragen=(
                        Vraag(
                            onderwerp="Terugbelverzoek",
                            vraag="Wil graag teruggebeld worden over de aanvraag.",
                            resultaat=Resultaat.CONTACTVERZOEK,
                        ),
                    ),
                    medewerker=MEDEWERKER,
                    contactverzoek=Contactverzoek(
                        actor_uuids=(actor,),
                        toelichting="Liefst na 14:00.",
                        terugbeladres=Terugbeladres(soort="telefoonnummer", adres="0612345678"),
                        deadline=start + timedelta(days=2),
                    ),
                )
            )
        elif n % 20 == 3 and taken:
            taak, kc = taken.pop()
            regs.append(
                Registratie(
                    soort=Soort.ANTWOORD,
                    kanaal="e-mail",
                    start=start,
                    vragen=(Vraag(onderwerp="Antwoord", antwoord="Uw vraag is beantwoord."),),
                    medewerker=MEDEWERKER,
                    antwoord_op=AntwoordOp(klantcontact_uuid=kc, internetaak_uuid=taak),
                )
            )
        else:
            bsn = BSNS[n % len(BSNS)] if n % 2 else None
            regs.append(
                Registratie(
                    partij=Partij.bsn(bsn) if bsn else Partij(),
                    kanaal=("telefoon", "balie", "e-mail")[n % 3],
                    start=start,
                    vragen=tuple(
                        Vraag(
                            onderwerp=f"Vraag {i + 1} van gesprek {n}",
                            vraag="Hoe zit het met mijn aanvraag?",
                            antwoord="Uitgelegd hoe het werkt.",
                            zaak_uuids=tuple(str(uuid.uuid4()) for _ in range((n + i) % 3)),
                        )
                        for i in range(1 + n % 2)
                    ),
                    medewerker=MEDEWERKER,
                )
            )
    return regs


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
            "KB_RELIABILITY_SLEUTEL",
            *SENDER_ARGS,
            *extra,
        ],
        cwd=ROOT,
        env={**os.environ, "KB_RELIABILITY_SLEUTEL": sleutel.decode()},
        text=True,
    )


async def _tel(proc: SandboxProcess, regs: list[Registratie]) -> Counter[str]:
    """Server-side counts per registration: delivered, lost or duplicated."""
    v, api = _client(proc)
    try:
        kcs_lijst, taken_lijst, akc_lijst, ow_lijst, da_lijst = await asyncio.gather(
            api.list_all("klantcontacten"),
            api.list_all("internetaken"),
            api.list_all("actorklantcontacten"),
            api.list_all("onderwerpobjecten"),
            api.list_all("digitaleadressen"),
        )
    finally:
        await v.aclose()
    kcs = Counter(kc.get("referentienummer") for kc in kcs_lijst)
    kc_uuid = {kc.get("referentienummer"): kc["uuid"] for kc in kcs_lijst}
    taken = Counter((t.get("aanleidinggevendKlantcontact") or {}).get("uuid") for t in taken_lijst)
    akc = Counter(a["klantcontact"]["uuid"] for a in akc_lijst)
    ow = Counter((o.get("klantcontact") or {}).get("uuid") for o in ow_lijst)
    adressen = Counter(a.get("referentie") for a in da_lijst)
    uit: Counter[str] = Counter()
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
            if kc is None:
                continue
            aantallen.append(akc[kc])
            if reg.contactverzoek is not None:
                aantallen.append(taken[kc])
            verwacht = len(vraag.zaak_uuids) + (reg.soort is Soort.ANTWOORD)
            if verwacht:
                aantallen.append(ow[kc] - verwacht + 1)
        if reg.contactverzoek is not None:
            aantallen.append(adressen[f"klantbeeld-{reg.id}"])
        if min(aantallen) <= 0:
            uit["lost"] += 1
        elif max(aantallen) > 1:
            uit["duplicated"] += 1
        else:
            uit["delivered"] += 1
    return uit


def main() -> None:
    """Run it and print the figures."""
    tmp = Path(tempfile.mkdtemp(prefix="klantbeeld-reliability-"))
    serverlog = tmp / "oefenomgeving.log"
    # The oefenomgeving logs every connection it drops on purpose: into a file, not the screen.
    bewaard = os.dup(2)
    with serverlog.open("w") as log:
        os.dup2(log.fileno(), 2)
        try:
            proc = SandboxProcess()
        finally:
            os.dup2(bewaard, 2)
            os.close(bewaard)
    print(f"oefenomgeving: {proc.root} (log: {serverlog})", flush=True)
    pad, endpoints = tmp / "journaal.sqlite3", tmp / "endpoints.json"
    endpoints.write_text(json.dumps(proc.info), encoding="utf-8")
    sleutel = Fernet.generate_key()
    zender: subprocess.Popen[str] | None = None
    try:
        actor, taken = asyncio.run(_voorbereiding(proc))
        regs = _registraties(actor, taken)
        proc.faults(**FAULTS)
        journaal = Journaal(pad, sleutel=sleutel)
        begin = time.perf_counter()
        zender = _zender(pad, endpoints, sleutel)
        starts, kills = 1, 0
        drempels = [AANTAL * (k + 1) // (KILLS + 1) for k in range(KILLS)]
        wachttijden: list[float] = []
        for reg in regs:
            t = time.perf_counter()
            journaal.schrijf(reg)
            wachttijden.append(time.perf_counter() - t)
            time.sleep(0.002)  # an agent types; the sender works meanwhile
        print(f"journaal: {AANTAL} geschreven in {time.perf_counter() - begin:.1f} s", flush=True)
        while drempels:
            if journaal.tellingen()["bezorgd"] >= drempels[0]:
                drempels.pop(0)
                os.kill(zender.pid, signal.SIGKILL)
                zender.wait()
                kills += 1
                halfweg = sum(
                    1 for r in regs if (i := journaal.item(r.id)) and i.voortgang and i.registratie
                )
                print(
                    f"SIGKILL {kills}: bezorgd={journaal.tellingen()['bezorgd']} "
                    f"half bezorgd={halfweg}",
                    flush=True,
                )
                extra = () if drempels else ("--tot-leeg",)
                zender = _zender(pad, endpoints, sleutel, *extra)
                starts += 1
            time.sleep(0.05)
        zender.wait(timeout=1800)
        wall = time.perf_counter() - begin
        tellingen = journaal.tellingen()
        journaal.close()
        proc.faults(error_rate=0, drop_rate=0, timeout_rate=0, late_rate=0)
        time.sleep(FAULTS["late_ms"] / 1000 + 0.5)  # every late write has landed (or was refused)
        uit = asyncio.run(_tel(proc, regs))
        status = proc.faults()
    finally:
        if zender is not None and zender.poll() is None:
            zender.kill()
            zender.wait()
        proc.stop()
    ms = sorted(w * 1000 for w in wachttijden)
    print(
        f"server faults: 5xx {FAULTS['error_rate']:.0%}, dropped {FAULTS['drop_rate']:.0%}, "
        f"timeouts {FAULTS['timeout_rate']:.0%}, late commits {FAULTS['late_rate']:.0%}; "
        f"sender started {starts}x, SIGKILLed {kills}x"
    )
    print(f"journal: {tellingen}; wall {wall:.1f} s; faults now {status}")
    print(
        f"registered={AANTAL} delivered={uit['delivered']} lost={uit['lost']} "
        f"duplicated={uit['duplicated']}"
    )
    print(
        f"agent wait per registration: median {statistics.median(ms):.2f} ms, "
        f"p95 {ms[int(len(ms) * 0.95)]:.2f} ms, max {ms[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
