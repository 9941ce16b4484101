"""The journal: durable and encrypted writes, refusals kept whole, leases between senders."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from cryptography.fernet import Fernet

from klantbeeld.services.registraties.journaal import (
    KEYRING_USER,
    Journaal,
    JournaalFout,
    Status,
    Weigering,
    eigenaar_naam,
)
from klantbeeld.services.registraties.registratie import Partij, Registratie, Vraag
from klantbeeld.services.verbinding.errors import OngeldigeInvoer
from klantbeeld.services.werkplek.secrets import SERVICE
from tests.conftest import ROOT

BSN = "999993653"


def _reg(onderwerp: str = "Parkeervergunning aanvragen", **kwargs: object) -> Registratie:
    return Registratie.model_validate(
        {
            "partij": Partij.bsn(BSN, voornaam="Suzanne", achternaam="Moulin"),
            "kanaal": "telefoon",
            "vragen": (Vraag(onderwerp=onderwerp, vraag="Mevrouw Moulin vraagt hoe het werkt."),),
            **kwargs,
        }
    )


@pytest.fixture
def journaal(tmp_path: Path) -> Iterator[Journaal]:
    j = Journaal(tmp_path / "journaal.sqlite3", sleutel=Fernet.generate_key())
    yield j
    j.close()


def test_write_is_fast_and_counted(journaal: Journaal) -> None:
    gezien: list[int] = []
    journaal.abonneer(lambda: gezien.append(journaal.wachtend()))
    ids = [journaal.schrijf(_reg()) for _ in range(5)]
    assert journaal.wachtend() == 5
    assert gezien == [1, 2, 3, 4, 5]
    item = journaal.item(ids[0])
    assert item is not None and item.status is Status.WACHTEND
    assert item.registratie is not None and item.registratie.id == ids[0]
    with pytest.raises(OngeldigeInvoer):
        journaal.schrijf(item.registratie)  # the same id twice


def test_personal_data_is_not_in_the_files(tmp_path: Path, journaal: Journaal) -> None:
    journaal.schrijf(_reg())
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert data  # the WAL holds the row until a checkpoint
    for geheim in (BSN.encode(), b"Moulin", b"Suzanne", b"Parkeervergunning"):
        assert geheim not in data


def test_too_long_text_is_refused_whole_and_nothing_is_kept(journaal: Journaal) -> None:
    with pytest.raises(OngeldigeInvoer) as err:
        journaal.schrijf(_reg(onderwerp="o" * 250))
    assert "Het onderwerp is 250 tekens" in err.value.melding
    assert journaal.wachtend() == 0


def test_the_key_lives_in_the_keyring_and_must_fit(tmp_path: Path) -> None:
    if keyring.get_password(SERVICE, KEYRING_USER):
        keyring.delete_password(SERVICE, KEYRING_USER)
    pad = tmp_path / "j.sqlite3"
    j = Journaal(pad)
    rid = j.schrijf(_reg())
    j.close()
    assert keyring.get_password(SERVICE, KEYRING_USER)
    again = Journaal(pad)
    item = again.item(rid)
    assert item is not None and item.registratie is not None
    again.close()
    with pytest.raises(JournaalFout, match="past niet"):
        Journaal(pad, sleutel=Fernet.generate_key())
    keyring.delete_password(SERVICE, KEYRING_USER)
    with pytest.raises(JournaalFout, match="ontbreekt"):
        Journaal(pad)


def test_refusal_keeps_the_server_text_and_a_correction_is_resent(journaal: Journaal) -> None:
    rid = journaal.schrijf(_reg())
    lease = journaal.neem("a", lease_s=30)
    assert lease is not None and lease.id == rid
    assert journaal.bewaar_voortgang(lease, {"kc0": "abc"}, lease_s=30)
    body = (
        '{"title":"Ongeldige invoerwaarde.","invalidParams":[{"name":"toelichting",'
        '"reason":"Zorg ervoor dat dit veld niet meer dan 400 karakters bevat."}]}'
    )
    journaal.weiger(lease, Weigering(400, "verzoek geweigerd (400)", body))
    assert journaal.wachtend() == 0
    [item] = journaal.geweigerd()
    assert item.weigering is not None
    assert item.weigering.body == body
    assert "toelichting: Zorg ervoor dat dit veld niet meer dan 400 karakters bevat." in (
        item.weigering.tekst
    )
    assert item.registratie is not None
    nieuw = item.registratie.model_copy(update={"kanaal": "e-mail"})
    journaal.opnieuw_aanbieden(rid, nieuw)
    assert journaal.wachtend() == 1 and journaal.geweigerd() == []
    again = journaal.neem("b", lease_s=30)
    assert again is not None
    assert again.registratie.kanaal == "e-mail"
    assert again.voortgang == {"kc0": "abc"}  # what was delivered is not sent again
    with pytest.raises(OngeldigeInvoer):
        journaal.opnieuw_aanbieden(rid, nieuw)  # not refused (any more)


def test_delivered_items_lose_their_payload(journaal: Journaal) -> None:
    rid = journaal.schrijf(_reg())
    lease = journaal.neem("a", lease_s=30)
    assert lease is not None
    journaal.bezorgd(lease)
    item = journaal.item(rid)
    assert item is not None and item.status is Status.BEZORGD and item.registratie is None
    assert journaal.tellingen() == {"wachtend": 0, "geweigerd": 0, "bezorgd": 1}


def test_leases_keep_two_senders_apart(journaal: Journaal) -> None:
    a, b = eigenaar_naam(), eigenaar_naam()
    first, second = journaal.schrijf(_reg()), journaal.schrijf(_reg())
    la = journaal.neem(a, lease_s=30)
    lb = journaal.neem(b, lease_s=30)
    assert la is not None and lb is not None
    assert (la.id, lb.id) == (first, second)
    assert journaal.neem(b, lease_s=30) is None  # a's lease is alive (and so is a's process)
    journaal.later(la, wacht_s=0, fout="ServerFout 503")
    lb2 = journaal.neem(b, lease_s=30)
    assert lb2 is not None and lb2.id == first and lb2.pogingen == 2
    assert not journaal.verleng(la, lease_s=30)  # a lost it
    assert not journaal.bewaar_voortgang(la, {"kc0": "x"}, lease_s=30)


def test_an_expired_lease_or_a_dead_holder_frees_the_item(tmp_path: Path) -> None:
    nu = [1000.0]
    j = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key(), klok=lambda: nu[0])
    j.schrijf(_reg())
    assert j.neem(eigenaar_naam(), lease_s=10) is not None
    assert j.neem("ander", lease_s=10) is None
    nu[0] += 11
    assert j.neem("ander", lease_s=10) is not None
    # a holder whose process is gone on this host does not block until its lease ends
    dood = subprocess.Popen([sys.executable, "-c", "pass"])
    dood.wait()
    j2 = journaal_met_lease_van(j, f"{eigenaar_naam().split(':')[0]}:{dood.pid}:x")
    assert j2.neem("derde", lease_s=10) is not None
    j.close()


def journaal_met_lease_van(j: Journaal, eigenaar: str) -> Journaal:
    """The journal with its one item leased (for a long time) by ``eigenaar``."""
    j._db.execute("UPDATE items SET eigenaar=?, lease_tot=?", (eigenaar, 10**12))
    return j


def test_a_write_survives_a_kill_right_after_it(tmp_path: Path) -> None:
    pad = tmp_path / "j.sqlite3"
    sleutel = Fernet.generate_key()
    code = (
        "import os, signal, sys\n"
        "from klantbeeld.services.registraties.journaal import Journaal\n"
        "from klantbeeld.services.registraties.registratie import Registratie, Vraag\n"
        f"j = Journaal(__import__('pathlib').Path({str(pad)!r}), sleutel={sleutel!r})\n"
        "r = j.schrijf(Registratie(kanaal='balie', vragen=(Vraag(onderwerp='x'),)))\n"
        "print(r, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.returncode == -9
    rid = proc.stdout.strip()
    j = Journaal(pad, sleutel=sleutel)
    item = j.item(rid)
    assert item is not None and item.status is Status.WACHTEND
    j.close()
