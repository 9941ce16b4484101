"""Who is who in the oefenomgeving: the fixed cast every seed module builds on.

The BSNs are official BRP test persons (Haal Centraal personen-mock). The KVK numbers are
the numbers of KVK's own test environment. Nothing here is a real person or company.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: The specs' own example person: a full klantbeeld (zaken of several kinds, documents,
#: payments, contacts on every channel, an open question).
VOORBEELD_BSN = "999993653"
#: The heavy person for benchmarks: >= 40 zaken and >= 200 klantcontacten.
ZWAAR_BSN = "999970136"
#: A family example: partner and two children.
GEZIN_BSN = "999993847"

#: (bsn, why chosen). At least 60 persons, with every BRP indicator among them.
PERSONEN: list[tuple[str, str]] = [
    ("999993653", "voorbeeld"),
    ("999993847", "gezin"),
    ("999971104", "geheim"),
    ("999971207", "geheim"),
    ("999990123", "geheim"),
    ("999990317", "geheim"),
    ("999970239", "overleden"),
    ("999970422", "overleden"),
    ("999970628", "overleden"),
    ("999970756", "overleden"),
    ("999990585", "opschorting"),
    ("999991024", "opschorting"),
    ("999991073", "opschorting"),
    ("999990305", "rni"),
    ("999990457", "rni"),
    ("999991504", "rni"),
    ("999970008", "inOnderzoek"),
    ("999970264", "inOnderzoek"),
    ("999970288", "inOnderzoek"),
    ("999970197", "curatele"),
    ("999990160", "curatele"),
    ("000009908", "verblijfstitel"),
    ("999970872", "verblijfstitel"),
    ("999970021", "gewoon"),
    ("999970033", "gewoon"),
    ("999970057", "gewoon"),
    ("999970069", "gewoon"),
    ("999970094", "gewoon"),
    ("999970100", "gewoon"),
    ("999970124", "gewoon"),
    ("999970136", "zwaar"),
    ("999970148", "gewoon"),
    ("999970161", "gewoon"),
    ("999970185", "gewoon"),
    ("999970203", "gewoon"),
    ("999970215", "gewoon"),
    ("999970240", "gewoon"),
    ("999970252", "gewoon"),
    ("999970276", "gewoon"),
    ("999970306", "gewoon"),
    ("999970355", "gewoon"),
    ("999970367", "gewoon"),
    ("999970379", "gewoon"),
    ("999970380", "gewoon"),
    ("999970392", "gewoon"),
    ("999970409", "gewoon"),
    ("999970410", "gewoon"),
    ("999970434", "gewoon"),
    ("999970446", "gewoon"),
    ("999970458", "gewoon"),
    ("999970471", "gewoon"),
    ("999970483", "gewoon"),
    ("999970495", "gewoon"),
    ("999970501", "gewoon"),
    ("999970513", "gewoon"),
    ("999970537", "gewoon"),
    ("999970549", "gewoon"),
    ("999970562", "gewoon"),
    ("999970574", "gewoon"),
    ("999970586", "gewoon"),
    ("999970598", "gewoon"),
    ("999970604", "gewoon"),
    ("999970616", "gewoon"),
    ("999970641", "gewoon"),
    ("999970653", "gewoon"),
    ("999970665", "gewoon"),
    ("999970677", "gewoon"),
    ("999970689", "gewoon"),
]

#: KVK numbers of KVK's test environment; details (names, vestigingen) in seed/bedrijven.py.
BEDRIJVEN_KVK: list[str] = [
    "68750110",
    "69599084",
    "68727720",
    "90004973",
    "90000102",
    "90002520",
    "69599076",
    "90003942",
    "55505201",
    "90001354",
    "90004760",
    "90005414",
    "90006623",
    "90002903",
]
#: The company with the fullest klantbeeld.
VOORBEELD_KVK = "68750110"


@dataclass
class SeedPersoon:
    """A person as the other seed modules need to know them."""

    bsn: str
    voornamen: str
    geslachtsnaam: str
    volledige_naam: str
    overleden: bool = False
    geheim: bool = False
    #: The BRP's overlijden date (a JaarDatum: 1 January): nothing of theirs happens after it.
    overlijdensdatum: date | None = None
    #: Since when they live abroad (emigration or RNI): no visits to the balie after it.
    vertrekdatum: date | None = None

    def laatste_dag(self, vandaag: date) -> date:
        """The last day this person can do anything: ``vandaag`` or the day of death."""
        return min(vandaag, self.overlijdensdatum) if self.overlijdensdatum else vandaag

    def woont_in_buitenland(self, dag: date) -> bool:
        """True when on ``dag`` the person lives abroad (emigrated or in the RNI)."""
        return self.vertrekdatum is not None and dag >= self.vertrekdatum


@dataclass
class SeedBedrijf:
    """A company as the other seed modules need to know it."""

    kvk_nummer: str
    rsin: str
    naam: str
    vestigingsnummers: list[str] = field(default_factory=list)


@dataclass
class SeedZaak:
    """A zaak as the other seed modules need to know it (for links from contacts, payments)."""

    uuid: str
    url: str  # with the placeholder base, see klantbeeld.sandbox.store.BASE
    identificatie: str
    zaaktype_omschrijving: str
    startdatum: date
    einddatum: date | None
    bsn: str | None = None
    kvk_nummer: str | None = None
    status_omschrijving: str = ""
    zaaktype_code: str = ""


@dataclass
class SeedMedewerker:
    """A KCC employee (actor in Klantinteracties)."""

    uuid: str
    url: str
    naam: str
    identificatie: str  # e.g. a login name
    groep: str = ""


@dataclass
class SeedContext:
    """What the seed modules hand each other, in order: persons, companies, zaken, ..."""

    vandaag: date
    personen: list[SeedPersoon] = field(default_factory=list)
    bedrijven: list[SeedBedrijf] = field(default_factory=list)
    zaken: list[SeedZaak] = field(default_factory=list)
    medewerkers: list[SeedMedewerker] = field(default_factory=list)
