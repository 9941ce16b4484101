"""The BRP is asked for exactly the fields a screen shows or a registration uses (AVG 5(1)(c)).

What the views use is recorded, not listed by hand: every read of a field of a BRP model is
noted with its path (``partners.naam.voornamen``) while, for every person of the oefenomgeving,
the window shows the klantbeeld's header and the registration builds its partij, and while the
pick list is built from name and address searches. The fields read must be the fields asked
(``brp.VELDEN_KLANTBEELD``, ``brp.VELDEN_ZOEKRESULTAAT``): a field asked that no view reads,
or a field read that is never asked, fails.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

import pytest
from pydantic import BaseModel

from klantbeeld.sandbox.seed.personen import laad
from klantbeeld.services.apis import brp
from klantbeeld.services.apis.brp import FIELDS_KLANTBEELD, FIELDS_ZOEKRESULTAAT, Persoon
from klantbeeld.services.klantbeeld.composer import Deel, Klantbeeld, Onderdeel
from klantbeeld.services.klantbeeld.invoer import valideer_naam
from klantbeeld.services.klantbeeld.zoekvraag import NaamVraag, PostcodeVraag
from klantbeeld.services.verbinding.errors import OngeldigeInvoer
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.registreren import partij_tekst, partij_van
from tests.views.conftest import Werkplek

T = TypeVar("T")

#: Every field path of BRP Personen 2.x, and those a search (not a raadpleeg) may ask.
VELDEN: frozenset[str] = frozenset(laad()["velden"])
VELDEN_BEPERKT: frozenset[str] = frozenset(laad()["veldenBeperkt"])
#: What the BRP sends without being asked.
INDICATOREN = {
    "geheimhoudingPersoonsgegevens",
    "opschortingBijhouding",
    "rni",
    "inOnderzoek",
    "verificatie",
}
#: The BRP models: every class of services.brp that is a pydantic model.
MODELLEN = [
    c
    for c in vars(brp).values()
    if isinstance(c, type) and issubclass(c, BaseModel) and c.__module__ == brp.__name__
]


class Lezer:
    """Notes each read of a model field as its path from the person (aliases, dotted)."""

    def __init__(self) -> None:
        self.gelezen: set[str] = set()
        self._paden: dict[int, tuple[object, str]] = {}

    def lees(self, obj: object, naam: str) -> Any:
        waarde = object.__getattribute__(obj, naam)
        velden = type(obj).model_fields  # type: ignore[attr-defined]
        if naam not in velden:
            return waarde
        bekend = self._paden.get(id(obj))
        ouder = bekend[1] if bekend is not None and bekend[0] is obj else ""
        alias = velden[naam].alias or naam
        pad = f"{ouder}.{alias}" if ouder else alias
        self.gelezen.add(pad)
        for kind in waarde if isinstance(waarde, list) else [waarde]:
            if isinstance(kind, BaseModel):
                self._paden[id(kind)] = (kind, pad)
        return waarde

    def velden(self) -> tuple[set[str], set[str]]:
        """The BRP fields the reads need, and the reads that are no BRP field at all."""
        velden: set[str] = set()
        overig: set[str] = set()
        for pad in self.gelezen:
            veld = brp_veld(pad)
            if veld is None:
                continue
            (velden if veld in VELDEN else overig).add(veld)
        return velden, overig


def brp_veld(pad: str) -> str | None:
    """The field a read of ``pad`` needs: None for a group read on the way to its fields,
    the field itself, or the field it lies in (``geboorte.datum.langFormaat`` is in
    ``geboorte.datum``); a path that is no field at all comes back as it is."""
    if any(v.startswith(pad + ".") for v in VELDEN):
        return None
    delen = pad.split(".")
    for n in range(len(delen), 0, -1):
        kandidaat = ".".join(delen[:n])
        if kandidaat in VELDEN:
            return kandidaat
    return pad


@contextmanager
def opnemen(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lezer]:
    """Record every field read on every BRP model while inside."""
    lezer = Lezer()

    def lees(obj: object, naam: str) -> Any:  # a plain function: a bound method would not bind
        return lezer.lees(obj, naam)

    with monkeypatch.context() as m:
        for cls in MODELLEN:
            m.setattr(cls, "__getattribute__", lees)
        yield lezer


def wacht(qtbot: Any, werk: Callable[[], Awaitable[T]]) -> T:
    task = asyncio.ensure_future(werk())
    qtbot.waitUntil(task.done, timeout=30000)
    return task.result()


def personen(qtbot: Any, w: Werkplek) -> list[tuple[str, Persoon]]:
    """Every person of the oefenomgeving as the klantbeeld asks for them, over HTTP."""
    client = w.composer.brp
    assert client is not None

    async def alle() -> list[tuple[str, Persoon]]:
        uit = []
        for p in laad()["personen"]:
            persoon = await client.raadpleeg(p["burgerservicenummer"])
            assert persoon is not None
            uit.append((p["burgerservicenummer"], persoon))
        return uit

    return wacht(qtbot, alle)


def test_the_fields_asked_are_the_fields_the_screens_use(
    qtbot: Any, werkplek: Werkplek, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(MODELLEN) >= 8
    opgehaald = personen(qtbot, werkplek)
    window = MainWindow(werkplek.model, werkplek.sessie, oefenomgeving=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)

    with opnemen(monkeypatch) as lezer:
        for i, (bsn, persoon) in enumerate(opgehaald):
            werkplek.model.begin(Klantbeeld("persoon", bsn), [Onderdeel.PERSOON])
            werkplek.model.neem_op(Deel(Onderdeel.PERSOON, persoon))
            beeld = werkplek.model.beeld
            assert beeld is not None
            partij_tekst(beeld, partij_van(beeld))
            if i % 25 == 0:
                window.grab()
        assert window.kop.naam.text()  # the header really showed someone
    werkplek.sessie.beeindig_contact()

    gelezen, overig = lezer.velden()
    assert {pad.split(".")[0] for pad in overig} <= INDICATOREN, overig
    assert sorted(gelezen - set(FIELDS_KLANTBEELD)) == [], "read, never asked"
    assert sorted(set(FIELDS_KLANTBEELD) - gelezen) == [], "asked, no screen reads it"


def test_the_fields_a_search_asks_are_the_fields_the_pick_list_shows(
    qtbot: Any, werkplek: Werkplek, monkeypatch: pytest.MonkeyPatch
) -> None:
    vragen = []
    for p in laad()["personen"]:
        geboren = ((p.get("geboorte") or {}).get("datum") or {}).get("datum")
        naam = (p.get("naam") or {}).get("geslachtsnaam")
        if geboren and naam and _zoekbaar(naam):
            vragen.append(NaamVraag(naam, naam, date.fromisoformat(geboren)))
        adres = (p.get("verblijfplaats") or {}).get("verblijfadres") or {}
        if adres.get("postcode") and adres.get("huisnummer"):
            vragen.append(PostcodeVraag(adres["postcode"], adres["postcode"], adres["huisnummer"]))

    async def zoek_alles() -> int:
        treffers = 0
        for vraag in vragen:
            resultaat = await werkplek.zoeker.zoek(vraag)
            assert not resultaat.fouten, resultaat.fouten
            treffers += len(resultaat.treffers)
        return treffers

    with opnemen(monkeypatch) as lezer:
        assert wacht(qtbot, zoek_alles) > 50

    gelezen, overig = lezer.velden()
    assert {pad.split(".")[0] for pad in overig} <= INDICATOREN, overig
    assert set(FIELDS_ZOEKRESULTAAT) <= VELDEN_BEPERKT
    assert sorted(gelezen - set(FIELDS_ZOEKRESULTAAT)) == [], "read, never asked"
    assert sorted(set(FIELDS_ZOEKRESULTAAT) - gelezen) == [], "asked, the pick list never shows it"


def test_a_field_read_but_not_asked_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    # the recorder itself: reads through lists and groups land on the BRP's field paths
    persoon = Persoon.model_validate(
        {
            "geboorte": {"datum": {"type": "Datum", "datum": "1985-12-01"}},
            "partners": [{"naam": {"voornamen": "Jean"}}],
            "geheimhoudingPersoonsgegevens": True,
        }
    )
    with opnemen(monkeypatch) as lezer:
        assert persoon.geboortedatum == date(1985, 12, 1)
        assert persoon.partners[0].naam is not None
        assert persoon.partners[0].naam.weergave == "Jean"
        assert persoon.geheimhouding_persoonsgegevens
    gelezen, overig = lezer.velden()
    assert gelezen == {
        "geboorte.datum",
        "partners.naam.voornamen",
        "partners.naam.voorvoegsel",
        "partners.naam.geslachtsnaam",
    }
    assert overig == {"geheimhoudingPersoonsgegevens"}


def _zoekbaar(naam: str) -> bool:
    """False for a name the BRP's search filter refuses ("Vries alias Prins de, ...")."""
    try:
        valideer_naam(naam)
    except OngeldigeInvoer:
        return False
    return True
