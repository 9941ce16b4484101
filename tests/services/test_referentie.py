"""The delivery key on a shared Open Klant: numbers the real server takes, proof of ownership.

Against the oefenomgeving over real HTTP: a number already held by another system's klantcontact
moves ours to the next round (the foreign one untouched); a write that commits after its answer
was lost is found through the server's ``unique`` refusal and counted once; items from the old
key (letters in ``nummer``) are delivered once after the upgrade, including those refused.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from cryptography.fernet import Fernet

from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.services.registraties.bezorger import Backoff, Bezorger, Uitkomst
from klantbeeld.services.registraties.journaal import Journaal, Lease, Status, Weigering
from klantbeeld.services.registraties.referentie import (
    Verwacht,
    is_van_ons,
    nummer_geweigerd,
    oud_nummer,
    referentienummer,
    uniek_geweigerd,
)
from klantbeeld.services.registraties.registratie import Partij, Registratie, Vraag
from klantbeeld.services.verbinding.errors import ApiStatusError
from tests.conftest import run
from tests.helpers import ki_client, ki_verbindingen, klantcontact_van

NUL = Backoff(0.0, 0.0, 0.0)
START = datetime(2026, 12, 3, 10, 15, 7, 250000, tzinfo=UTC)


def _reg(onderwerp: str = "Afvalpas kwijt") -> Registratie:
    return Registratie(
        partij=Partij.bsn("999993653"),
        kanaal="telefoon",
        start=START,
        vragen=(Vraag(onderwerp=onderwerp, vraag="Pas kwijt.", antwoord="Nieuwe aangevraagd."),),
    )


def _verwacht(reg: Registratie) -> Verwacht:
    v = reg.vragen[0]
    return Verwacht(reg.id, reg.kanaal, v.onderwerp, v.vraag, v.antwoord, reg.start)


def _kcs_van(server: Any, reg: Registratie) -> list[dict[str, Any]]:
    return [
        kc
        for kc in server.sandbox.store.all(ki.KLANTCONTACTEN)
        if (kc.get("metadata") or {}).get("registratie") == reg.id
    ]


# -- the key and the proof, as values ----------------------------------------------------------


def test_numbers_are_what_real_open_klant_takes() -> None:
    nummers = {
        referentienummer("ab" * 16, "klantcontact", i, r) for i in range(20) for r in range(5)
    }
    assert len(nummers) == 100
    assert all(len(n) == 10 and n.isascii() and n.isdigit() and n[0] != "0" for n in nummers)
    # the pre-2 format is kept only to look old items up
    assert oud_nummer("ab" * 16, 0).startswith("K") and len(oud_nummer("ab" * 16, None)) == 10


def test_proof_needs_our_registration_or_everything_we_sent() -> None:
    reg = _reg()
    item = {
        "kanaal": "telefoon",
        "onderwerp": "Afvalpas kwijt",
        "inhoud": "Pas kwijt.",
        "reactie": "Nieuwe aangevraagd.",
        "plaatsgevondenOp": "2026-12-03T11:15:07+01:00",  # same second, other offset
        "metadata": {"registratie": reg.id},
    }
    assert is_van_ons(item, _verwacht(reg))
    # a server that does not keep metadata: the content decides
    assert is_van_ons({**item, "metadata": {}}, _verwacht(reg))
    # another registration's object with the very same words is not ours
    assert not is_van_ons({**item, "metadata": {"registratie": "f" * 32}}, _verwacht(reg))
    for veld, anders in (
        ("kanaal", "balie"),
        ("onderwerp", "Afvalpas"),
        ("inhoud", "Pas kwijt"),
        ("reactie", ""),
        ("plaatsgevondenOp", "2026-12-03T10:15:08Z"),
        ("plaatsgevondenOp", None),
    ):
        assert not is_van_ons({**item, veld: anders, "metadata": {}}, _verwacht(reg)), veld
    assert not is_van_ons(None, _verwacht(reg))


def test_refusals_are_read_from_the_real_servers_shape() -> None:
    def fout(name: str, code: str) -> ApiStatusError:
        body = {"code": "invalid", "invalidParams": [{"name": name, "code": code, "reason": "x"}]}
        return ApiStatusError("Klantinteracties", "x", status_code=400, body=body)

    assert uniek_geweigerd(fout("klantcontact.referentienummer", "unique"), "referentienummer")
    assert uniek_geweigerd(fout("referentienummer", "unique"), "referentienummer")
    assert not uniek_geweigerd(fout("klantcontact.nummer", "unique"), "referentienummer")
    assert not uniek_geweigerd(fout("referentienummer", "max_length"), "referentienummer")
    assert nummer_geweigerd(fout("klantcontact.nummer", "invalid").body)
    assert not nummer_geweigerd(fout("klantcontact.onderwerp", "max_length").body)


# -- over HTTP ---------------------------------------------------------------------------------


def test_a_number_held_by_another_system_moves_ours_to_the_next_round(
    fresh_sandbox: Any, tmp_path: Path
) -> None:
    server = fresh_sandbox
    reg = _reg()
    vreemd_nummer = reg.referentienummer(0)

    async def main() -> list[Uitkomst | None]:
        v = ki_verbindingen(server)
        try:
            api = ki_client(v).api
            # KISS (or another workstation) got there first with the same number
            await api.post_json(
                "klantcontacten",
                {
                    "kanaal": "e-mail",
                    "onderwerp": "Iets anders",
                    "inhoud": "Van een ander systeem.",
                    "taal": "nld",
                    "vertrouwelijk": False,
                    "indicatieContactGelukt": True,
                    "plaatsgevondenOp": "2026-11-01T09:00:00Z",
                    "referentienummer": vreemd_nummer,
                },
            )
            journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
            journaal.schrijf(reg)
            bezorger = Bezorger(journaal, ki_client(v), backoff=NUL)
            return [await bezorger.bezorg_een(), await bezorger.bezorg_een()]
        finally:
            await v.aclose()

    assert run(main) == [Uitkomst.BEZORGD, None]
    ons = _kcs_van(server, reg)
    assert [kc["referentienummer"] for kc in ons] == [reg.referentienummer(0, 1)]
    vreemd = [
        kc
        for kc in server.sandbox.store.all(ki.KLANTCONTACTEN)
        if kc.get("referentienummer") == vreemd_nummer
    ]
    assert [kc["onderwerp"] for kc in vreemd] == ["Iets anders"]


def _neem(journaal: Journaal, item_id: str) -> Lease:
    """Take exactly this item (the others are put back for later)."""
    while (lease := journaal.neem("oude-versie", lease_s=60)) is not None:
        if lease.id == item_id:
            return lease
        journaal.later(lease, wacht_s=3600, fout="x")
    raise AssertionError(item_id)


class _LaatCommit(httpx.AsyncBaseTransport):
    """The first POST to maak-klantcontact times out unsent; it lands just before the next one.

    That is a write the server commits after the client gave up: the look-up before the retry
    cannot see it, so only the server's ``unique`` refusal of the retry can.
    """

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.vastgehouden: httpx.Request | None = None
        self.posts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/maak-klantcontact"):
            self.posts += 1
            if self.posts == 1:
                await request.aread()
                self.vastgehouden = request
                raise httpx.ReadTimeout("antwoord kwijt", request=request)
            if self.vastgehouden is not None:
                laat, self.vastgehouden = self.vastgehouden, None
                antwoord = await self.inner.handle_async_request(laat)
                await antwoord.aread()
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_a_write_that_commits_late_is_delivered_once(fresh_sandbox: Any, tmp_path: Path) -> None:
    server = fresh_sandbox
    reg = _reg("Laat vastgelegd")
    transport = _LaatCommit()

    async def main() -> list[Uitkomst | None]:
        v = ki_verbindingen(server, transport=transport)
        try:
            journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
            journaal.schrijf(reg)
            bezorger = Bezorger(journaal, ki_client(v), backoff=NUL)
            return [await bezorger.bezorg_een() for _ in range(3)]
        finally:
            await v.aclose()
            await transport.aclose()

    assert run(main) == [Uitkomst.LATER, Uitkomst.BEZORGD, None]
    assert transport.posts == 2
    assert len(_kcs_van(server, reg)) == 1


def test_old_key_items_are_delivered_once_after_the_upgrade(
    fresh_sandbox: Any, tmp_path: Path
) -> None:
    """Three items written by the version with letter numbers.

    One waits untried; one was delivered by it (to a server that took the letters) but its
    progress was never recorded; one was refused by real Open Klant for the letters.
    """
    server = fresh_sandbox
    wacht, al_bezorgd, geweigerd = _reg("Nooit geprobeerd"), _reg("Al bezorgd"), _reg("Letters")
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    for reg in (wacht, al_bezorgd, geweigerd):
        journaal.schrijf(reg)
    # al_bezorgd: attempted once, its klantcontact is on the server under the old nummer
    lease = _neem(journaal, al_bezorgd.id)
    v0 = al_bezorgd.vragen[0]
    oud = ki.klantcontact_obj(
        "00000000-0000-4000-8000-00000000a1d0",
        kanaal=al_bezorgd.kanaal,
        onderwerp=v0.onderwerp,
        inhoud=v0.vraag,
        plaatsgevonden_op=al_bezorgd.start.isoformat(),
        nummer=oud_nummer(al_bezorgd.id, 0),
    )
    oud.update(reactie=v0.antwoord, metadata={"registratie": al_bezorgd.id})
    server.sandbox.store.put(ki.KLANTCONTACTEN, oud)
    journaal.later(lease, wacht_s=0, fout="ReadTimeout")
    # geweigerd: refused by real Open Klant for the letters (recording 147)
    lease = _neem(journaal, geweigerd.id)
    body = {
        "code": "invalid",
        "invalidParams": [
            {
                "name": "klantcontact.nummer",
                "code": "invalid",
                "reason": "Voer een geldig geheel getal in.",
            }
        ],
    }
    journaal.weiger(lease, Weigering(400, "Ongeldige invoerwaarde.", json.dumps(body)))
    with journaal._transactie() as db:  # the old version's state: no key version recorded
        db.execute("UPDATE items SET volgende_poging=0")
        db.execute("DELETE FROM meta WHERE sleutel='sleutelversie'")
    assert journaal.tellingen()["geweigerd"] == 1

    async def main() -> None:
        v = ki_verbindingen(server)
        try:
            bezorger = Bezorger(journaal, ki_client(v), backoff=NUL)  # re-offers the letter refusal
            await asyncio.wait_for(bezorger.run(tot_leeg=True), 30)
        finally:
            await v.aclose()

    run(main)
    assert journaal.tellingen() == {"wachtend": 0, "geweigerd": 0, "bezorgd": 3}
    assert [kc["uuid"] for kc in _kcs_van(server, al_bezorgd)] == [oud["uuid"]]
    for reg in (wacht, geweigerd):
        kc = klantcontact_van(server.sandbox.store, reg)
        assert kc["referentienummer"] == reg.referentienummer(0)
        assert len(_kcs_van(server, reg)) == 1
    # once per journal: a later start re-offers nothing
    assert journaal.herstel_eigen_weigeringen(2, lambda w: True) == 0


def test_a_refused_item_can_be_corrected_and_resent(fresh_sandbox: Any, tmp_path: Path) -> None:
    server = fresh_sandbox
    reg = _reg("x" * 10)
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    journaal.schrijf(reg)
    lease = journaal.neem("oude-versie", lease_s=60)
    assert lease is not None
    journaal.weiger(lease, Weigering(400, "Ongeldige invoerwaarde.", "{}"))
    item = journaal.geweigerd()[0]
    assert item.registratie is not None
    correctie = item.registratie.model_copy(
        update={"vragen": (Vraag(onderwerp="Afvalpas", vraag="Pas kwijt."),)}
    )
    journaal.opnieuw_aanbieden(item.id, correctie)

    async def main() -> Uitkomst | None:
        v = ki_verbindingen(server)
        try:
            return await Bezorger(journaal, ki_client(v), backoff=NUL).bezorg_een()
        finally:
            await v.aclose()

    assert run(main) is Uitkomst.BEZORGD
    assert journaal.item(reg.id) is not None
    assert journaal.tellingen()["bezorgd"] == 1
    kc = klantcontact_van(server.sandbox.store, correctie)
    assert kc["onderwerp"] == "Afvalpas" and kc["referentienummer"] == reg.referentienummer(0)
    assert journaal.item(reg.id).status is Status.BEZORGD  # type: ignore[union-attr]
