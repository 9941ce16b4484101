"""The oefenomgeving's zaaktypecatalogus: municipal zaaktypen with citizen-facing status texts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StatusDef:
    """One statustype: internal omschrijving and the text a citizen sees (MijnDenHaag style)."""

    omschrijving: str
    statustekst: str


@dataclass(frozen=True)
class ZaaktypeDef:
    """One zaaktype of the catalogus, with its statuses, results and document kinds."""

    code: str
    omschrijving: str
    onderwerp: str
    doel: str
    aanleiding: str
    handeling_initiator: str
    doorlooptijd_dagen: int
    servicenorm_dagen: int | None
    statussen: tuple[StatusDef, ...]
    resultaten: tuple[tuple[str, str], ...]  # (omschrijving, omschrijvingGeneriek)
    documenten: tuple[str, ...]  # informatieobjecttype omschrijvingen
    zaak_omschrijvingen: tuple[str, ...]
    vertrouwelijkheid: str = "zaakvertrouwelijk"
    verlenging_mogelijk: bool = True
    bedrijf: bool = False  # also requested by companies
    referentieproces: str = "Dienstverlening"
    trefwoorden: tuple[str, ...] = field(default=())


S = StatusDef
ONTV = S("Ontvangen", "Wij hebben uw aanvraag ontvangen.")
BEH = S("In behandeling", "Uw aanvraag is in behandeling.")
AFG = S(
    "Afgehandeld",
    "Uw aanvraag is afgehandeld. U ontvangt de beslissing per post of in uw Berichtenbox.",
)

#: Document kinds of the catalogus (omschrijving, informatieobjectcategorie, vertrouwelijkheid).
INFORMATIEOBJECTTYPEN: tuple[tuple[str, str, str], ...] = (
    ("Aanvraagformulier", "aanvraag", "zaakvertrouwelijk"),
    ("Ontvangstbevestiging", "brief", "openbaar"),
    ("Besluit", "besluit", "zaakvertrouwelijk"),
    ("Bijlage", "bijlage", "beperkt_openbaar"),
    ("Foto", "bijlage", "openbaar"),
    ("Bouwtekening", "bijlage", "openbaar"),
    ("Bezwaarschrift", "bezwaarschrift", "vertrouwelijk"),
    ("Medisch advies", "advies", "confidentieel"),
    ("Inkomensgegevens", "bijlage", "vertrouwelijk"),
    ("Rapport huisbezoek", "rapport", "intern"),
    ("Uittreksel justitiële documentatie", "bijlage", "geheim"),
    ("Brief aanvrager", "brief", "zaakvertrouwelijk"),
)

ZAAKTYPEN: tuple[ZaaktypeDef, ...] = (
    ZaaktypeDef(
        "PARKVERG",
        "Aanvraag parkeervergunning bewoners",
        "Parkeervergunning",
        "Een parkeervergunning verlenen aan bewoners",
        "Aanvraag inwoner",
        "aanvragen",
        28,
        14,
        (
            ONTV,
            S("In behandeling", "Wij controleren uw gegevens en het kenteken."),
            S("Vergunning verleend", "Uw parkeervergunning is verleend en digitaal actief."),
        ),
        (("Verleend", "verleend"), ("Geweigerd", "geweigerd"), ("Ingetrokken", "ingetrokken")),
        ("Aanvraagformulier", "Besluit", "Bijlage"),
        (
            "Parkeervergunning bewoners zone {z}",
            "Parkeervergunning tweede auto",
            "Wijziging kenteken parkeervergunning",
        ),
        vertrouwelijkheid="openbaar",
        bedrijf=True,
        referentieproces="Vergunningverlening",
    ),
    ZaaktypeDef(
        "OMGVERG",
        "Aanvraag omgevingsvergunning",
        "Omgevingsvergunning",
        "Vergunning verlenen voor bouwen of verbouwen",
        "Aanvraag burger",
        "aanvragen",
        56,
        None,
        (
            ONTV,
            S("Aanvraag compleet", "Uw aanvraag is compleet en wordt beoordeeld."),
            S("Advies gevraagd", "Wij vragen advies aan de welstandscommissie."),
            S("Besluit genomen", "Er is een besluit genomen over uw aanvraag."),
            S("Afgehandeld", "Uw aanvraag is afgehandeld."),
        ),
        (
            ("Vergunning verleend", "verleend"),
            ("Vergunning geweigerd", "geweigerd"),
            ("Buiten behandeling gesteld", "buiten_behandeling"),
        ),
        ("Aanvraagformulier", "Bouwtekening", "Foto", "Besluit"),
        (
            "Omgevingsvergunning dakkapel",
            "Omgevingsvergunning uitbouw",
            "Omgevingsvergunning schuur",
            "Omgevingsvergunning kozijnen",
        ),
        bedrijf=True,
        referentieproces="Vergunningverlening",
    ),
    ZaaktypeDef(
        "VERHUIS",
        "Verhuizing binnen de gemeente",
        "Adreswijziging",
        "Een adreswijziging verwerken in de BRP",
        "Melding inwoner",
        "melden",
        5,
        5,
        (
            S("Ontvangen", "Wij hebben uw verhuizing ontvangen."),
            S("Adresonderzoek", "Wij onderzoeken of u op het nieuwe adres woont."),
            S("Verwerkt", "Uw nieuwe adres is verwerkt in de Basisregistratie Personen."),
        ),
        (("Verwerkt", "verwerkt"), ("Niet verwerkt", "geweigerd")),
        ("Aanvraagformulier", "Bijlage"),
        (
            "Verhuizing binnen de gemeente",
            "Adreswijziging na verhuizing",
            "Verhuizing naar de gemeente",
        ),
        verlenging_mogelijk=False,
    ),
    ZaaktypeDef(
        "REISDOC",
        "Aanvraag paspoort of identiteitskaart",
        "Reisdocument",
        "Een reisdocument verstrekken",
        "Aanvraag inwoner",
        "aanvragen",
        7,
        5,
        (
            S("Aanvraag ontvangen", "Uw aanvraag is ontvangen aan de balie."),
            S("In productie", "Uw document wordt gemaakt."),
            S("Klaar om op te halen", "Uw document ligt klaar. U kunt het ophalen op de afspraak."),
            S("Uitgereikt", "Uw document is uitgereikt."),
        ),
        (("Uitgereikt", "verleend"), ("Niet afgehaald", "vervallen")),
        ("Aanvraagformulier", "Foto"),
        ("Aanvraag paspoort", "Aanvraag identiteitskaart", "Aanvraag paspoort en identiteitskaart"),
        verlenging_mogelijk=False,
    ),
    ZaaktypeDef(
        "RIJBEW",
        "Aanvraag rijbewijs",
        "Rijbewijs",
        "Een rijbewijs verstrekken of vernieuwen",
        "Aanvraag inwoner",
        "aanvragen",
        5,
        5,
        (
            S("Aanvraag ontvangen", "Uw aanvraag voor een rijbewijs is ontvangen."),
            S("Aangevraagd bij RDW", "Wij hebben uw rijbewijs aangevraagd bij de RDW."),
            S("Klaar om op te halen", "Uw rijbewijs ligt klaar bij de balie."),
            S("Uitgereikt", "Uw rijbewijs is uitgereikt."),
        ),
        (("Uitgereikt", "verleend"), ("Geweigerd", "geweigerd")),
        ("Aanvraagformulier", "Foto", "Medisch advies"),
        (
            "Vernieuwen rijbewijs",
            "Aanvraag rijbewijs na diefstal",
            "Omwisselen buitenlands rijbewijs",
        ),
        verlenging_mogelijk=False,
    ),
    ZaaktypeDef(
        "WOZBEZW",
        "Bezwaar WOZ-waarde",
        "WOZ-bezwaar",
        "Beslissen op een bezwaar tegen de WOZ-waarde",
        "Bezwaar belanghebbende",
        "indienen",
        84,
        56,
        (
            S("Bezwaar ontvangen", "Wij hebben uw bezwaar ontvangen."),
            S("Taxatie in onderzoek", "Een taxateur bekijkt de waarde van uw woning opnieuw."),
            S("Hoorzitting gepland", "Wij nodigen u uit om uw bezwaar toe te lichten."),
            S("Uitspraak gedaan", "Wij hebben uitspraak gedaan op uw bezwaar."),
        ),
        (
            ("Gegrond", "gegrond"),
            ("Ongegrond", "ongegrond"),
            ("Deels gegrond", "deels_gegrond"),
            ("Ingetrokken", "ingetrokken"),
        ),
        ("Bezwaarschrift", "Bijlage", "Foto", "Besluit"),
        (
            "Bezwaar WOZ-waarde {j}",
            "Bezwaar WOZ-beschikking en aanslag",
            "Bezwaar WOZ-waarde bedrijfspand",
        ),
        bedrijf=True,
        referentieproces="Bezwaar en beroep",
    ),
    ZaaktypeDef(
        "AFVAL",
        "Aanvraag afvalcontainer",
        "Afvalcontainer",
        "Een afvalcontainer leveren, omruilen of ophalen",
        "Aanvraag inwoner",
        "aanvragen",
        10,
        10,
        (
            ONTV,
            S("Ingepland", "De levering van uw container is ingepland."),
            S("Geleverd", "Uw container is geleverd."),
        ),
        (("Geleverd", "verleend"), ("Niet geleverd", "geweigerd")),
        ("Aanvraagformulier",),
        (
            "Nieuwe container restafval",
            "Omruilen container GFT",
            "Extra container papier",
            "Kapotte container vervangen",
        ),
        vertrouwelijkheid="openbaar",
        verlenging_mogelijk=False,
        bedrijf=True,
    ),
    ZaaktypeDef(
        "SUBSID",
        "Aanvraag subsidie",
        "Subsidie",
        "Subsidie verlenen",
        "Aanvraag",
        "aanvragen",
        56,
        56,
        (
            ONTV,
            S("Beoordeling", "Wij beoordelen of uw aanvraag aan de voorwaarden voldoet."),
            S("Besluit verzonden", "Wij hebben u een besluit gestuurd."),
            S("Vastgesteld", "De subsidie is vastgesteld."),
        ),
        (
            ("Toegekend", "toegekend"),
            ("Afgewezen", "afgewezen"),
            ("Deels toegekend", "deels_toegekend"),
        ),
        ("Aanvraagformulier", "Bijlage", "Besluit", "Inkomensgegevens"),
        (
            "Subsidie isolatie woning",
            "Subsidie groene daken",
            "Subsidie buurtinitiatief",
            "Subsidie sportvereniging",
        ),
        bedrijf=True,
        referentieproces="Subsidieverlening",
    ),
    ZaaktypeDef(
        "MOR",
        "Melding openbare ruimte",
        "Melding openbare ruimte",
        "Een melding over de openbare ruimte afhandelen",
        "Melding",
        "melden",
        14,
        5,
        (
            S("Melding ontvangen", "Bedankt voor uw melding. Wij hebben deze ontvangen."),
            S("Ingepland", "Uw melding is doorgezet naar de uitvoerder en ingepland."),
            S("Afgehandeld", "Uw melding is afgehandeld. Bedankt voor het doorgeven."),
        ),
        (
            ("Opgelost", "afgehandeld"),
            ("Niet opgelost", "geweigerd"),
            ("Doorverwezen", "doorverwezen"),
        ),
        ("Foto", "Bijlage"),
        (
            "Losliggende stoeptegel",
            "Kapotte lantaarnpaal",
            "Zwerfafval bij container",
            "Overhangende takken",
            "Graffiti op bushokje",
            "Gat in het wegdek",
        ),
        vertrouwelijkheid="openbaar",
        verlenging_mogelijk=False,
        bedrijf=True,
    ),
    ZaaktypeDef(
        "BIJZBIJST",
        "Aanvraag bijzondere bijstand",
        "Bijzondere bijstand",
        "Bijzondere bijstand verlenen",
        "Aanvraag inwoner",
        "aanvragen",
        56,
        56,
        (
            ONTV,
            S("Gegevens opgevraagd", "Wij hebben u gevraagd om aanvullende gegevens."),
            S("In behandeling", "Uw aanvraag wordt beoordeeld door een consulent."),
            S("Besluit genomen", "Wij hebben een besluit genomen. U ontvangt een brief."),
        ),
        (
            ("Toegekend", "toegekend"),
            ("Afgewezen", "afgewezen"),
            ("Buiten behandeling", "buiten_behandeling"),
        ),
        ("Aanvraagformulier", "Inkomensgegevens", "Rapport huisbezoek", "Besluit"),
        (
            "Bijzondere bijstand witgoed",
            "Bijzondere bijstand bewindvoering",
            "Bijzondere bijstand tandartskosten",
        ),
        vertrouwelijkheid="vertrouwelijk",
        referentieproces="Inkomensondersteuning",
    ),
    ZaaktypeDef(
        "EVENT",
        "Aanvraag evenementenvergunning",
        "Evenementenvergunning",
        "Een evenementenvergunning verlenen",
        "Aanvraag organisator",
        "aanvragen",
        56,
        None,
        (
            ONTV,
            S("Advies hulpdiensten", "Wij vragen advies aan politie, brandweer en GHOR."),
            S("Besluit genomen", "Er is een besluit genomen over uw evenement."),
            S("Afgehandeld", "Uw aanvraag is afgehandeld."),
        ),
        (("Vergunning verleend", "verleend"), ("Vergunning geweigerd", "geweigerd")),
        ("Aanvraagformulier", "Bijlage", "Besluit"),
        ("Straatfeest {s}", "Buurtbarbecue", "Braderie", "Koningsdagviering"),
        vertrouwelijkheid="openbaar",
        bedrijf=True,
        referentieproces="Vergunningverlening",
    ),
    ZaaktypeDef(
        "KAPVERG",
        "Aanvraag kapvergunning",
        "Kapvergunning",
        "Toestemming geven om een boom te kappen",
        "Aanvraag",
        "aanvragen",
        56,
        None,
        (
            ONTV,
            S("Boom beoordeeld", "Een boomdeskundige heeft de boom bekeken."),
            S("Besluit gepubliceerd", "Het besluit is gepubliceerd. Er loopt een bezwaartermijn."),
            S("Afgehandeld", "Uw aanvraag is afgehandeld."),
        ),
        (("Vergunning verleend", "verleend"), ("Vergunning geweigerd", "geweigerd")),
        ("Aanvraagformulier", "Foto", "Besluit"),
        ("Kappen eik in achtertuin", "Kappen zieke kastanje", "Kappen populieren"),
        vertrouwelijkheid="openbaar",
        bedrijf=True,
        referentieproces="Vergunningverlening",
    ),
    ZaaktypeDef(
        "GPK",
        "Aanvraag gehandicaptenparkeerkaart",
        "Gehandicaptenparkeerkaart",
        "Een gehandicaptenparkeerkaart verstrekken",
        "Aanvraag inwoner",
        "aanvragen",
        56,
        42,
        (
            ONTV,
            S("Medische keuring", "Er wordt een medische keuring voor u gepland."),
            S("Besluit genomen", "Er is een besluit genomen over uw aanvraag."),
            S("Kaart verzonden", "Uw gehandicaptenparkeerkaart is verzonden."),
        ),
        (("Verleend", "verleend"), ("Geweigerd", "geweigerd")),
        ("Aanvraagformulier", "Medisch advies", "Foto", "Besluit"),
        (
            "Gehandicaptenparkeerkaart bestuurder",
            "Gehandicaptenparkeerkaart passagier",
            "Verlenging gehandicaptenparkeerkaart",
        ),
        vertrouwelijkheid="vertrouwelijk",
    ),
    ZaaktypeDef(
        "NATURAL",
        "Verzoek naturalisatie",
        "Naturalisatie",
        "Een verzoek om naturalisatie doorsturen naar de IND",
        "Verzoek inwoner",
        "verzoeken",
        365,
        None,
        (
            S("Verzoek ontvangen", "Wij hebben uw verzoek om naturalisatie ontvangen."),
            S("Doorgestuurd naar IND", "Uw verzoek is doorgestuurd naar de IND."),
            S("Beslissing IND ontvangen", "De IND heeft een beslissing genomen."),
            S("Ceremonie gepland", "U bent uitgenodigd voor de naturalisatieceremonie."),
            S("Afgerond", "Uw naturalisatie is afgerond."),
        ),
        (("Genaturaliseerd", "verleend"), ("Afgewezen", "afgewezen")),
        ("Aanvraagformulier", "Uittreksel justitiële documentatie", "Bijlage", "Brief aanvrager"),
        ("Verzoek naturalisatie", "Optieverklaring Nederlanderschap"),
        vertrouwelijkheid="geheim",
        referentieproces="Burgerzaken",
    ),
    ZaaktypeDef(
        "WMO",
        "Aanvraag maatwerkvoorziening Wmo",
        "Wmo-aanvraag",
        "Ondersteuning bieden op grond van de Wmo 2015",
        "Melding hulpvraag",
        "melden",
        42,
        42,
        (
            S("Melding ontvangen", "Wij hebben uw hulpvraag ontvangen."),
            S("Keukentafelgesprek", "Een consulent maakt een afspraak voor een gesprek."),
            S("Aanvraag in behandeling", "Uw aanvraag voor ondersteuning wordt beoordeeld."),
            S("Besluit genomen", "Wij hebben een besluit genomen. U ontvangt een beschikking."),
            S("Voorziening geleverd", "Uw voorziening is geleverd."),
        ),
        (("Toegekend", "toegekend"), ("Afgewezen", "afgewezen"), ("Ingetrokken", "ingetrokken")),
        ("Aanvraagformulier", "Rapport huisbezoek", "Medisch advies", "Besluit"),
        ("Huishoudelijke hulp", "Traplift", "Scootmobiel", "Woningaanpassing", "Begeleiding"),
        vertrouwelijkheid="vertrouwelijk",
        referentieproces="Maatschappelijke ondersteuning",
    ),
    ZaaktypeDef(
        "HONDBEL",
        "Aanmelding hondenbelasting",
        "Hondenbelasting",
        "Een hond aan- of afmelden voor de hondenbelasting",
        "Melding inwoner",
        "melden",
        14,
        14,
        (ONTV, BEH, S("Verwerkt", "Uw melding is verwerkt. U ontvangt een aangepaste aanslag.")),
        (("Verwerkt", "verwerkt"),),
        ("Aanvraagformulier",),
        ("Aanmelden hond", "Afmelden hond"),
        vertrouwelijkheid="openbaar",
        verlenging_mogelijk=False,
    ),
    ZaaktypeDef(
        "KWIJT",
        "Verzoek kwijtschelding gemeentelijke belastingen",
        "Kwijtschelding",
        "Beslissen op een verzoek om kwijtschelding",
        "Verzoek inwoner",
        "verzoeken",
        56,
        56,
        (
            ONTV,
            S("Inkomen getoetst", "Wij toetsen uw inkomen en vermogen."),
            S("Besluit genomen", "Er is een besluit genomen over uw verzoek."),
        ),
        (("Kwijtschelding verleend", "toegekend"), ("Kwijtschelding afgewezen", "afgewezen")),
        ("Aanvraagformulier", "Inkomensgegevens", "Besluit"),
        ("Kwijtschelding afvalstoffenheffing {j}", "Kwijtschelding rioolheffing {j}"),
        vertrouwelijkheid="vertrouwelijk",
        referentieproces="Belastingen",
    ),
    ZaaktypeDef(
        "TERRAS",
        "Aanvraag terrasvergunning",
        "Terrasvergunning",
        "Een terrasvergunning verlenen",
        "Aanvraag ondernemer",
        "aanvragen",
        56,
        None,
        (ONTV, BEH, S("Besluit genomen", "Er is een besluit genomen over uw terras."), AFG),
        (("Vergunning verleend", "verleend"), ("Vergunning geweigerd", "geweigerd")),
        ("Aanvraagformulier", "Bouwtekening", "Besluit"),
        ("Terrasvergunning zomerterras", "Uitbreiding terras"),
        vertrouwelijkheid="openbaar",
        bedrijf=True,
        referentieproces="Vergunningverlening",
    ),
)
