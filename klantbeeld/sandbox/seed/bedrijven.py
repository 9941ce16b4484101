"""Seed: the companies of the plan as KVK Handelsregister data (fictional names and addresses)."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from klantbeeld.sandbox.seed.plan import BEDRIJVEN_KVK, SeedBedrijf, SeedContext
from klantbeeld.sandbox.store import Store

#: Store collection of basisprofielen (``uuid`` = kvkNummer), with their vestigingen inside.
COLL = "kvk.bedrijven"

BV = "Besloten Vennootschap"
VOF = "Vennootschap onder firma"

#: (handelsnaam, rechtsvorm, sbi code, sbi omschrijving) per company, in plan order.
NAMEN: list[tuple[str, str, str, str]] = [
    ("Hofstad Bouw & Onderhoud B.V.", BV, "4120", "Algemene burgerlijke bouw"),
    ("Bakkerij Van der Spek", "Eenmanszaak", "1071", "Brood- en banketbakkerijen"),
    ("Stichting Buurthuis De Schilderswijk", "Stichting", "88993", "Buurt- en clubhuizen"),
    ("Fietsenmakerij Jansen & Zn. V.O.F.", VOF, "9529", "Reparatie van fietsen"),
    ("Vereniging Tennisclub Scheveningen", "Vereniging", "93125", "Tennis"),
    ("Café Het Binnenhof", "Eenmanszaak", "5630", "Cafés"),
    ("Duinzicht Installatietechniek B.V.", BV, "4322", "Loodgietersbedrijven"),
    ("Kapsalon Mooi Haar", "Eenmanszaak", "96021", "Haarverzorging"),
    ("Haagse Taxi Centrale B.V.", BV, "4932", "Taxivervoer"),
    ("Stichting Voedselbank Haaglanden", "Stichting", "88991", "Maatschappelijke opvang"),
    ("Groente & Fruit De Markt V.O.F.", VOF, "4721", "Groentewinkels"),
    ("Loosduinen Schoonmaak B.V.", BV, "8121", "Interieurreiniging"),
    ("Muziekvereniging Harmonie Ypenburg", "Vereniging", "9001", "Beoefening van podiumkunst"),
    ("Atelier Zeeheldenkwartier", "Eenmanszaak", "7410", "Industrieel ontwerp en vormgeving"),
]  # fmt: skip

STRATEN: list[tuple[str, str, str]] = [
    ("Spui", "2511BT", "'s-Gravenhage"),
    ("Frederik Hendriklaan", "2582BR", "'s-Gravenhage"),
    ("Paul Krugerlaan", "2571GE", "'s-Gravenhage"),
    ("Weimarstraat", "2562GS", "'s-Gravenhage"),
    ("Leyweg", "2545GH", "'s-Gravenhage"),
    ("Prinsegracht", "2512GA", "'s-Gravenhage"),
    ("Loosduinseweg", "2571AB", "'s-Gravenhage"),
    ("Laan van Nieuw Oost-Indië", "2593BJ", "'s-Gravenhage"),
    ("Herenstraat", "2271CD", "Voorburg"),
    ("Noordsingel", "3032BA", "Rotterdam"),
    ("Rijswijkseweg", "2516EH", "'s-Gravenhage"),
    ("Damrak", "1012LG", "Amsterdam"),
]


def rsin(rng: random.Random) -> str:
    """A nine-digit number passing the elfproef."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def adres(rng: random.Random, straat: tuple[str, str, str]) -> dict[str, Any]:
    """A bezoekadres in Basisprofiel's Adres shape."""
    naam, postcode, plaats = straat
    huisnummer = rng.randint(1, 250)
    letter = rng.choice(["", "", "", "A", "B"])
    return {
        "type": "bezoekadres",
        "indAfgeschermd": "Nee",
        "volledigAdres": f"{naam} {huisnummer}{letter} {postcode} {plaats}",
        "straatnaam": naam,
        "huisnummer": huisnummer,
        "huisletter": letter,
        "postcode": postcode,
        "plaats": plaats,
        "land": "Nederland",
    }


def seed(store: Store, ctx: SeedContext) -> None:
    """Store a basisprofiel per company with hoofdvestiging and 0–4 nevenvestigingen."""
    rng = random.Random("klantbeeld-bedrijven")
    objs: list[dict[str, Any]] = []
    gebruikt: set[str] = set()
    for i, kvk in enumerate(BEDRIJVEN_KVK):
        naam, rechtsvorm, sbi, sbi_omschrijving = NAMEN[i % len(NAMEN)]
        rechtspersoon = rechtsvorm not in ("Eenmanszaak", VOF)
        nummer = rsin(rng) if rechtspersoon else ""
        start = ctx.vandaag - timedelta(days=rng.randint(400, 12000))
        actief = i % 7 != 5  # two of the fourteen are no longer registered
        einde = ctx.vandaag - timedelta(days=rng.randint(30, 300)) if not actief else None
        vestigingen: list[dict[str, Any]] = []
        for v in range(1 + rng.choice([0, 0, 1, 2, 4])):
            while True:
                vnr = f"{rng.randint(10**11, 10**12 - 1)}"
                if vnr not in gebruikt:
                    gebruikt.add(vnr)
                    break
            vnaam = naam if v == 0 else f"{naam} ({STRATEN[(i + v) % len(STRATEN)][2]})"
            vestigingen.append(
                {
                    "vestigingsnummer": vnr,
                    "kvkNummer": kvk,
                    "eersteHandelsnaam": vnaam,
                    "indHoofdvestiging": "Ja" if v == 0 else "Nee",
                    "indCommercieleVestiging": "Nee"
                    if rechtsvorm in ("Stichting", "Vereniging")
                    else "Ja",
                    "indNonMailing": rng.choice(["Ja", "Nee"]),
                    "formeleRegistratiedatum": start.strftime("%Y%m%d"),
                    "materieleRegistratie": {"datumAanvang": start.strftime("%Y%m%d")}
                    | ({"datumEinde": einde.strftime("%Y%m%d")} if einde else {}),
                    "voltijdWerkzamePersonen": rng.randint(0, 30),
                    "deeltijdWerkzamePersonen": rng.randint(0, 10),
                    "handelsnamen": [{"naam": vnaam, "volgorde": 0}],
                    "adressen": [adres(rng, STRATEN[(i * 3 + v) % len(STRATEN)])],
                    "websites": [f"www.{kvk}.example"] if v == 0 else [],
                    "sbiActiviteiten": [
                        {
                            "sbiCode": sbi,
                            "sbiOmschrijving": sbi_omschrijving,
                            "indHoofdactiviteit": "Ja",
                        }
                    ],
                    "actief": actief,
                }
            )
            vest = vestigingen[-1]
            vest["totaalWerkzamePersonen"] = (
                vest["voltijdWerkzamePersonen"] + vest["deeltijdWerkzamePersonen"]
            )
        objs.append(
            {
                "uuid": kvk,
                "kvkNummer": kvk,
                "rsin": nummer,
                "naam": naam,
                "rechtsvorm": rechtsvorm,
                "statutaireNaam": naam if rechtspersoon else "",
                "indNonMailing": vestigingen[0]["indNonMailing"],
                "formeleRegistratiedatum": start.strftime("%Y%m%d"),
                "materieleRegistratie": vestigingen[0]["materieleRegistratie"],
                "totaalWerkzamePersonen": sum(v["totaalWerkzamePersonen"] for v in vestigingen),
                "handelsnamen": [{"naam": naam, "volgorde": 0}],
                "sbiActiviteiten": vestigingen[0]["sbiActiviteiten"],
                "actief": actief,
                "vestigingen": vestigingen,
            }
        )
        ctx.bedrijven.append(
            SeedBedrijf(
                kvk_nummer=kvk,
                rsin=nummer,
                naam=naam,
                vestigingsnummers=[v["vestigingsnummer"] for v in vestigingen],
            )
        )
    store.seed(COLL, objs)
