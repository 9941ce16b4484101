"""The contacthistorie CSV carries the agent's answer (``reactie``), the contact's duration and
the conversation and nawerk a registration through Klantbeeld recorded."""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from klantbeeld.services.contacthistorie.cijfers import gemiddelde_tijden
from klantbeeld.services.contacthistorie.export import CSV_KOLOMMEN, naar_csv
from klantbeeld.services.contacthistorie.rijen import HistorieRij, Periode, rij_van
from klantbeeld.services.contacthistorie.stroom import alle
from tests.conftest import TEST_VANDAAG
from tests.helpers import ki_client, ki_verbindingen

START = datetime(TEST_VANDAAG.year, TEST_VANDAAG.month, TEST_VANDAAG.day, 9, 15, tzinfo=UTC)


def _klantcontact(
    onderwerp: str, reactie: str | None, eind: datetime | None, **tijden: str
) -> dict[str, Any]:
    metadata = {"resultaat": "Zelfstandig afgehandeld", **tijden}
    if eind is not None:
        metadata["eind"] = eind.isoformat()
    body: dict[str, Any] = {
        "kanaal": "Telefoon",
        "onderwerp": onderwerp,
        "inhoud": "Wanneer wordt mijn container geleegd?",
        "taal": "nld",
        "vertrouwelijk": False,
        "indicatieContactGelukt": True,
        "plaatsgevondenOp": START.isoformat(),
        "metadata": metadata,
    }
    if reactie is not None:
        body["reactie"] = reactie
    return body


def test_csv_has_the_answer_and_the_duration(
    fresh_sandbox: Any, runner: Callable[[Callable[[], Awaitable[Any]]], Any]
) -> None:
    async def main() -> list[HistorieRij]:
        v = ki_verbindingen(fresh_sandbox)
        try:
            ki = ki_client(v)
            for body in (
                _klantcontact(
                    "CSV-proef met antwoord",
                    "=Dinsdag; zie ook de afvalkalender",
                    START + timedelta(minutes=7, seconds=30),
                    gespreksduur_s="400",
                    nawerk_s="50",
                ),
                _klantcontact("CSV-proef zonder antwoord", None, None),
                _klantcontact(
                    "CSV-proef lang",
                    "Doorverbonden",
                    START + timedelta(hours=1, seconds=4),
                    gespreksduur_s="3600",
                    nawerk_s="0",
                ),
            ):
                await ki.api.post_json("klantcontacten", body)
            rijen = await alle(ki, Periode(van=TEST_VANDAAG, tot=TEST_VANDAAG))
        finally:
            await v.aclose()
        return [r for r in rijen if r.onderwerp.startswith("CSV-proef")]

    rijen = sorted(runner(main), key=lambda r: r.onderwerp)
    assert len(rijen) == 3
    data = naar_csv(rijen)
    tabel = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    kop = tabel[0]
    assert kop[-4:] == ["Reactie", "Duur", "Gespreksduur", "Nawerk"] and kop == list(CSV_KOLOMMEN)
    per_onderwerp = {r[kop.index("Onderwerp")]: r for r in tabel[1:]}
    met = per_onderwerp["CSV-proef met antwoord"]
    assert met[kop.index("Reactie")] == "'=Dinsdag; zie ook de afvalkalender"  # no formula
    assert met[kop.index("Duur")] == "0:07:30"
    assert (met[kop.index("Gespreksduur")], met[kop.index("Nawerk")]) == ("0:06:40", "0:00:50")
    zonder = per_onderwerp["CSV-proef zonder antwoord"]
    assert zonder[kop.index("Reactie")] == "" and zonder[kop.index("Duur")] == ""
    assert zonder[kop.index("Gespreksduur")] == zonder[kop.index("Nawerk")] == ""
    # the averages are over the contacts that recorded their times, and say how many
    tijden = gemiddelde_tijden(rijen)
    assert (tijden.gemeten, tijden.totaal) == (2, 3)
    assert (tijden.gespreksduur_s, tijden.nawerk_s) == (2000, 25)
    assert per_onderwerp["CSV-proef lang"][kop.index("Duur")] == "1:00:04"
    # with the BSN asked for, it still comes last
    met_bsn = naar_csv(rijen, met_bsn=True, bsn_van=lambda r: None)
    assert met_bsn[3:].split(b"\r\n", 1)[0].endswith(b";Reactie;Duur;Gespreksduur;Nawerk;BSN")


def test_an_end_before_the_start_is_no_duration() -> None:
    rij = rij_van(
        {
            "uuid": "u1",
            "plaatsgevondenOp": START.isoformat(),
            "metadata": {"eind": (START - timedelta(minutes=1)).isoformat()},
        }
    )
    assert rij is not None and rij.eind is not None and rij.duur is None
