"""Texts for seeded klantcontacten: KCC questions in plain Dutch, worded for their kanaal.

Each :class:`Onderwerp` holds what a klant asks and what the KCC did, written without any
kanaal in it, plus the klant's own words for the web form and e-mail; :func:`inhoud` puts
them in the form of the kanaal (a call note, a chat, a visit at the balie, a letter, an
e-mail, the citizen's own text). Onderwerp and inhoud are always about the same thing, and
an onderwerp is for persons, for companies or for both (:attr:`Onderwerp.voor`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PERSOON = "persoon"
BEDRIJF = "bedrijf"
BEIDE = "beide"

#: The kanaal names as the seed writes them (see seed/klantinteracties.py ``KANALEN``).
FORMULIER = "contactformulier"


@dataclass(frozen=True)
class Onderwerp:
    """One topic: its name, for whom, words it is recognised by, and its texts."""

    naam: str
    voor: str
    #: Lower-case words of which every inhoud about this topic contains at least one.
    trefwoorden: tuple[str, ...]
    #: (what the klant asks or reports, what the KCC answered or did), kanaal-neutral,
    #: each starting in lower case (they follow "Inwoner belt: ").
    vragen: tuple[tuple[str, str], ...]
    #: The klant's own words (contactformulier, e-mail), first person.
    eigen_woorden: tuple[str, ...]


ONDERWERPEN: list[Onderwerp] = [
    Onderwerp(
        "Afvalcontainer niet geleegd",
        PERSOON,
        ("container",),
        (
            (
                "de grijze container is deze week niet geleegd.",
                "Melding doorgezet naar de afvalinzameling.",
            ),
            (
                "de groene container is al twee keer overgeslagen.",
                "Uitgelegd dat de route is gewijzigd; nieuwe ophaaldag doorgegeven.",
            ),
        ),
        (
            "Mijn grijze container is deze week niet geleegd. Kan die alsnog opgehaald worden?",
            "Al twee keer is onze groene container overgeslagen. Wat is er aan de hand?",
        ),
    ),
    Onderwerp(
        "Grofvuil ophalen",
        PERSOON,
        ("grofvuil",),
        (
            (
                "vraagt hoe grofvuil aangemeld kan worden.",
                "Uitgelegd dat dit via de website kan en dat de eerste vier keer per jaar "
                "gratis zijn.",
            ),
            (
                "wil de afspraak voor grofvuil (bank en matras) verzetten.",
                "Nieuwe datum voor het grofvuil ingepland.",
            ),
        ),
        ("Ik wil een oude bank en een matras als grofvuil laten ophalen. Hoe regel ik dat?",),
    ),
    Onderwerp(
        "Parkeervergunning aanvragen",
        PERSOON,
        ("parkeervergunning", "bewonersvergunning"),
        (
            (
                "is verhuisd en wil een bewonersvergunning.",
                "Uitgelegd welke gegevens nodig zijn en dat de wachttijd in deze zone "
                "ongeveer zes weken is.",
            ),
            (
                "vraagt of een tweede parkeervergunning mogelijk is.",
                "Niet in deze zone; bezoekersregeling toegelicht.",
            ),
        ),
        ("Wij zijn verhuisd. Hoe vraag ik een parkeervergunning aan voor mijn nieuwe adres?",),
    ),
    Onderwerp(
        "Parkeerboete bezwaar",
        BEIDE,
        ("naheffingsaanslag", "parkeerboete"),
        (
            (
                "heeft een naheffingsaanslag parkeren gekregen terwijl de automaat defect was.",
                "Uitgelegd hoe bezwaar gemaakt kan worden.",
            ),
            (
                "vraagt naar de termijn van bezwaar tegen een parkeerboete.",
                "Zes weken na dagtekening; bezwaarprocedure toegelicht.",
            ),
        ),
        ("Ik heb een parkeerboete gekregen, maar de automaat was kapot. Hoe maak ik bezwaar?",),
    ),
    Onderwerp(
        "Paspoort aanvragen",
        PERSOON,
        ("paspoort",),
        (
            (
                "vraagt hoe lang het duurt voordat een nieuw paspoort klaar is.",
                "Uitgelegd: vijf werkdagen na aanvraag; afspraak voor de aanvraag gemaakt.",
            ),
            (
                "is het paspoort kwijtgeraakt op vakantie.",
                "Procedure vermissing en noodpaspoort uitgelegd.",
            ),
        ),
        ("Mijn paspoort verloopt volgende maand. Hoe snel kan ik een nieuw paspoort krijgen?",),
    ),
    Onderwerp(
        "Rijbewijs verlengen",
        PERSOON,
        ("rijbewijs",),
        (
            (
                "wil het rijbewijs verlengen; vanwege de leeftijd is een "
                "gezondheidsverklaring nodig.",
                "Verwezen naar het CBR voor de gezondheidsverklaring.",
            ),
            (
                "vraagt of een pasfoto van vorig jaar nog gebruikt mag worden voor het rijbewijs.",
                "Uitgelegd dat de foto bij de aanvraag niet ouder dan zes maanden mag zijn.",
            ),
        ),
        ("Mijn rijbewijs verloopt binnenkort. Wat moet ik meenemen om het te verlengen?",),
    ),
    Onderwerp(
        "Verhuizing doorgeven",
        PERSOON,
        ("verhuizing",),
        (
            (
                "wil een verhuizing binnen de gemeente doorgeven.",
                "Uitgelegd dat de verhuizing online kan met DigiD, tot vier weken vooraf.",
            ),
            (
                "heeft de verhuizing doorgegeven maar nog geen bevestiging ontvangen.",
                "Status nagekeken: in behandeling, adresonderzoek loopt.",
            ),
        ),
        ("Ik heb twee weken geleden mijn verhuizing doorgegeven maar nog niets gehoord.",),
    ),
    Onderwerp(
        "Aanslag gemeentelijke belastingen",
        BEIDE,
        ("aanslag",),
        (
            (
                "vraagt naar de hoogte van de afvalstoffenheffing op de aanslag.",
                "Uitgelegd dat het tarief voor meerpersoonshuishoudens is toegepast.",
            ),
            (
                "wil de aanslag in termijnen betalen.",
                "Automatische incasso in tien termijnen toegelicht.",
            ),
        ),
        ("Kan ik de aanslag gemeentelijke belastingen in termijnen betalen?",),
    ),
    Onderwerp(
        "WOZ-waarde",
        BEIDE,
        ("woz",),
        (
            (
                "vindt de WOZ-waarde te hoog ten opzichte van vergelijkbare panden.",
                "Uitgelegd hoe het taxatieverslag op te vragen en bezwaar te maken.",
            ),
            (
                "vraagt waarom de WOZ-waarde zo gestegen is.",
                "Marktontwikkeling toegelicht.",
            ),
        ),
        ("De WOZ-waarde van ons pand is veel hoger dan vorig jaar. Hoe kan dat?",),
    ),
    Onderwerp(
        "Kwijtschelding",
        PERSOON,
        ("kwijtschelding",),
        (
            (
                "vraagt of kwijtschelding van gemeentelijke belastingen mogelijk is bij een "
                "laag inkomen.",
                "Formulier en voorwaarden voor kwijtschelding toegelicht.",
            ),
            (
                "heeft een verzoek om kwijtschelding ingediend en wil weten wanneer er een "
                "besluit komt.",
                "Uitgelegd dat het besluit binnen acht weken volgt.",
            ),
        ),
        ("Ik heb een laag inkomen. Kan ik kwijtschelding krijgen voor de gemeentebelasting?",),
    ),
    Onderwerp(
        "Omgevingsvergunning",
        BEIDE,
        ("vergunning",),
        (
            (
                "vraagt of een vergunning nodig is voor een dakkapel aan de achterkant.",
                "Verwezen naar de vergunningcheck van het Omgevingsloket.",
            ),
            (
                "vraagt naar de status van de aanvraag omgevingsvergunning voor een uitbouw.",
                "Uitgelegd dat de aanvraag in behandeling is en wat de beslistermijn is.",
            ),
        ),
        ("Heb ik een omgevingsvergunning nodig voor een dakkapel aan de achterkant?",),
    ),
    Onderwerp(
        "Melding openbare ruimte",
        BEIDE,
        ("stoeptegels", "straatlantaarn", "takken"),
        (
            (
                "meldt losliggende stoeptegels voor de deur.",
                "Melding aangemaakt voor wijkbeheer.",
            ),
            (
                "meldt dat de straatlantaarn al een week niet brandt.",
                "Melding doorgezet naar wijkbeheer.",
            ),
            (
                "meldt overhangende takken bij het fietspad.",
                "Melding doorgezet naar groenonderhoud.",
            ),
        ),
        (
            "Voor onze deur liggen al weken losse stoeptegels. Er is al iemand over gestruikeld.",
            "De straatlantaarn bij ons in de straat doet het al een week niet.",
        ),
    ),
    Onderwerp(
        "Uittreksel BRP",
        PERSOON,
        ("uittreksel",),
        (
            (
                "heeft een uittreksel uit de BRP nodig voor een werkgever in het buitenland.",
                "Uitgelegd hoe een internationaal uittreksel aangevraagd wordt.",
            ),
        ),
        ("Ik heb een uittreksel uit de BRP nodig voor mijn werkgever. Hoe vraag ik het aan?",),
    ),
    Onderwerp(
        "Bijstandsuitkering",
        PERSOON,
        ("uitkering",),
        (
            (
                "vraagt naar de betaaldatum van de uitkering deze maand.",
                "Betaaldatum van de uitkering opgezocht en doorgegeven.",
            ),
            (
                "wil een wijziging in inkomsten doorgeven voor de uitkering.",
                "Uitgelegd via welk formulier de wijziging doorgegeven wordt.",
            ),
        ),
        ("Wanneer wordt mijn uitkering deze maand betaald?",),
    ),
    Onderwerp(
        "Huwelijk of partnerschap",
        PERSOON,
        ("trouwen", "huwelijk"),
        (
            (
                "wil trouwen en vraagt naar de mogelijkheden voor een gratis ceremonie.",
                "Voorwaarden en data voor een gratis huwelijk toegelicht.",
            ),
        ),
        ("Wij willen volgend jaar trouwen. Welke data zijn er nog vrij op het stadhuis?",),
    ),
    Onderwerp(
        "Evenementenvergunning",
        BEIDE,
        ("evenement", "straatfeest"),
        (
            (
                "wil een straatfeest organiseren.",
                "Uitgelegd dat een melding volstaat bij minder dan 250 bezoekers.",
            ),
            (
                "vraagt hoe lang vooraf een evenementenvergunning aangevraagd moet worden.",
                "Uitgelegd: uiterlijk acht weken voor het evenement.",
            ),
        ),
        ("We willen in juni een straatfeest houden. Hebben we daar een vergunning voor nodig?",),
    ),
    Onderwerp(
        "Geluidsoverlast",
        PERSOON,
        ("geluidsoverlast",),
        (
            (
                "meldt geluidsoverlast door een horecagelegenheid in de avond.",
                "Melding van geluidsoverlast doorgezet naar toezicht en handhaving.",
            ),
        ),
        ("Elke vrijdagnacht hebben wij geluidsoverlast van het café op de hoek.",),
    ),
    Onderwerp(
        "Hondenbelasting",
        PERSOON,
        ("hond",),
        (
            (
                "meldt dat de hond is overleden en wil de hondenbelasting stopzetten.",
                "Afmelding hondenbelasting verwerkt.",
            ),
        ),
        ("Onze hond is overleden. Hoe stop ik de hondenbelasting?",),
    ),
    Onderwerp(
        "Wmo-voorziening",
        PERSOON,
        ("wmo", "scootmobiel", "huishoudelijke hulp"),
        (
            (
                "vraagt hoe een scootmobiel aangevraagd wordt.",
                "Uitgelegd dat eerst een melding bij het Wmo-loket nodig is; "
                "keukentafelgesprek volgt.",
            ),
            (
                "vraagt naar de eigen bijdrage voor huishoudelijke hulp.",
                "Uitgelegd dat het CAK de eigen bijdrage voor de Wmo int en hoe hoog het "
                "abonnementstarief is.",
            ),
        ),
        ("Mijn moeder kan niet meer goed lopen. Kan zij een scootmobiel krijgen via de Wmo?",),
    ),
    Onderwerp(
        "Terugbelverzoek",
        PERSOON,
        ("behandelaar", "wijkconsulent"),
        (
            (
                "wil contact met de behandelaar van de aanvraag.",
                "Contactverzoek voor de behandelaar gemaakt.",
            ),
            ("wil contact met de wijkconsulent.", "Contactverzoek voor de wijkconsulent gemaakt."),
        ),
        ("Ik wil graag contact met de behandelaar van mijn aanvraag.",),
    ),
    Onderwerp(
        "Terrasvergunning",
        BEDRIJF,
        ("terras",),
        (
            (
                "wil het terras uitbreiden met vier tafels.",
                "Uitgelegd dat hiervoor een wijziging van de terrasvergunning nodig is.",
            ),
            (
                "vraagt tot hoe laat het terras open mag blijven.",
                "Openingstijden van terrassen in het centrum toegelicht.",
            ),
        ),
        ("Wij willen ons terras deze zomer uitbreiden. Moeten we de vergunning wijzigen?",),
    ),
    Onderwerp(
        "Bedrijfsafval",
        BEDRIJF,
        ("bedrijfsafval",),
        (
            (
                "vraagt of het bedrijfsafval door de gemeente opgehaald kan worden.",
                "Uitgelegd dat de gemeente geen bedrijfsafval ophaalt; verwezen naar een "
                "erkende inzamelaar.",
            ),
        ),
        ("Mag ons bedrijfsafval bij de ondergrondse container in de straat?",),
    ),
    Onderwerp(
        "Reclamebelasting",
        BEDRIJF,
        ("reclame",),
        (
            (
                "vraagt waarom er reclamebelasting wordt geheven voor de gevelreclame.",
                "Uitgelegd dat de reclamebelasting in dit winkelgebied de "
                "ondernemersvereniging financiert.",
            ),
        ),
        ("Wij hebben een aanslag reclamebelasting gekregen voor ons uithangbord. Klopt dat?",),
    ),
    Onderwerp(
        "Parkeervergunning bedrijf",
        BEDRIJF,
        ("bedrijfsvergunning", "parkeervergunning"),
        (
            (
                "wil een parkeervergunning voor een bedrijfsbus.",
                "Voorwaarden van de bedrijfsvergunning toegelicht.",
            ),
        ),
        ("Kunnen wij een parkeervergunning krijgen voor onze bedrijfsbus?",),
    ),
]
#: Onderwerp by name.
ONDERWERP: dict[str, Onderwerp] = {o.naam: o for o in ONDERWERPEN}

#: Texts as citizens typed them (web form or e-mail only), with markup that must be shown
#: literally, never rendered.
MET_MARKUP: list[tuple[str, str]] = [
    (
        "Vraag via formulier <b>dringend</b>",
        "Ik heb <b>al drie keer</b> gebeld over mijn container!! Graag <i>vandaag</i> reactie.",
    ),
    (
        "Klacht over website",
        "Het formulier gaf een fout: <script>alert('x')</script> en daarna een leeg scherm.",
    ),
    (
        "Vraag over <parkeervergunning>",
        'Mijn kenteken is 12-AB-3 & mijn vergunning loopt af < 1 week. Wat nu? "Graag snel"',
    ),
]
#: Kanalen on which a klant types their own text (markup can only come in there).
EIGEN_TEKST_KANALEN = frozenset({FORMULIER, "E-mail"})

#: How a KCC note on each kanaal begins ({wie}: "inwoner", "contactpersoon van het bedrijf").
KANAAL_OPENING: dict[str, str] = {
    "Telefoon": "{Wie} belt: ",
    "Live Chat": "Chat met {wie}: ",
    "Balie": "{Wie} aan de balie (op afspraak): ",
    "Brief": "Brief van {wie} ontvangen: ",
    "E-mail": "E-mail van {wie} ontvangen: ",
}
#: How the answer is introduced where the kanaal needs it.
KANAAL_ANTWOORD: dict[str, str] = {
    "Brief": "Schriftelijk beantwoord: ",
    "E-mail": "Per e-mail beantwoord: ",
}


#: What someone living abroad (emigrated, RNI) still contacts the municipality about.
VANUIT_BUITENLAND = frozenset(
    {"WOZ-waarde", "Aanslag gemeentelijke belastingen", "Paspoort aanvragen", "Uittreksel BRP"}
)


#: How a note ends when the contact did not succeed (``indicatieContactGelukt`` false).
NIET_GELUKT: dict[str, str] = {
    "Telefoon": "Verbinding verbroken voordat de vraag beantwoord was.",
    "Live Chat": "Gesprek afgebroken voordat de vraag beantwoord was.",
    "Balie": "Klant vertrokken voordat de vraag beantwoord was.",
    "Brief": "Nog niet beantwoord: gegevens ontbreken.",
    "E-mail": "Nog niet beantwoord: gegevens ontbreken.",
}


def voor_klant(bedrijf: bool, *, buitenland: bool = False) -> list[Onderwerp]:
    """The topics a person (``bedrijf`` False) or a company can contact the municipality on.

    ``buitenland``: a person living abroad, only :data:`VANUIT_BUITENLAND`.
    """
    eigen = BEDRIJF if bedrijf else PERSOON
    return [
        o
        for o in ONDERWERPEN
        if o.voor in (eigen, BEIDE) and (not buitenland or o.naam in VANUIT_BUITENLAND)
    ]


def _klein(tekst: str) -> str:
    """``tekst`` with its first letter in lower case unless it is an abbreviation."""
    if len(tekst) > 1 and tekst[1].isupper():
        return tekst
    return tekst[:1].lower() + tekst[1:]


def vorm(
    kanaal: str,
    vraag: str,
    antwoord: str,
    eigen: str,
    *,
    bedrijf: bool = False,
    gelukt: bool = True,
) -> str:
    """One inhoud in the form of ``kanaal`` from a question, its answer and the klant's words.

    ``gelukt`` false: the note says why the question was not answered instead.
    """
    if kanaal == FORMULIER:
        return eigen
    wie = "contactpersoon van het bedrijf" if bedrijf else "inwoner"
    opening = KANAAL_OPENING.get(kanaal, "{Wie}: ").format(wie=wie, Wie=wie.capitalize())
    if kanaal == "E-mail":
        vraag = f"“{eigen}”"
    if not gelukt:
        return f"{opening}{vraag} {NIET_GELUKT.get(kanaal, 'Niet afgerond.')}"
    antwoord_intro = KANAAL_ANTWOORD.get(kanaal, "")
    if antwoord_intro:
        antwoord = antwoord_intro + _klein(antwoord)
    return f"{opening}{vraag} {antwoord}"


def inhoud(
    onderwerp: Onderwerp,
    kanaal: str,
    rng: random.Random,
    *,
    bedrijf: bool = False,
    gelukt: bool = True,
) -> str:
    """An inhoud about ``onderwerp``, worded as a note or text on ``kanaal``."""
    vraag, antwoord = rng.choice(onderwerp.vragen)
    eigen = rng.choice(onderwerp.eigen_woorden)
    return vorm(kanaal, vraag, antwoord, eigen, bedrijf=bedrijf, gelukt=gelukt)


#: (question, answer, the klant's words) about a zaak; {zaak} is "<soort> <identificatie>".
ZAAK_VRAGEN: tuple[tuple[str, str, str], ...] = (
    (
        "vraagt naar de stand van zaken van {zaak}.",
        "Status nagekeken ({status}); uitgelegd wat de volgende stap is.",
        "Graag hoor ik wat de stand van zaken is van {zaak}.",
    ),
    (
        "wil weten wanneer er een besluit komt over {zaak}.",
        "Status is {status}; uitgelegd binnen welke termijn het besluit volgt.",
        "Wanneer hoor ik iets over {zaak}?",
    ),
    (
        "wil een ontbrekend document nasturen voor {zaak}.",
        "Uitgelegd hoe het document bij de zaak gevoegd kan worden.",
        "Ik moet nog een document nasturen voor {zaak}. Hoe doe ik dat?",
    ),
)


def zaak_onderwerp(zaaktype_omschrijving: str, identificatie: str) -> str:
    """The onderwerp of a contact about a zaak."""
    return f"{zaaktype_omschrijving}: vraag over zaak {identificatie}"[:200]


def zaak_inhoud(
    zaaktype_omschrijving: str,
    identificatie: str,
    status: str,
    kanaal: str,
    rng: random.Random,
    *,
    bedrijf: bool = False,
    gelukt: bool = True,
) -> str:
    """An inhoud about one zaak (naming its soort and identificatie), worded for ``kanaal``."""
    vraag, antwoord, eigen = rng.choice(ZAAK_VRAGEN)
    zaak = f"de zaak {_klein(zaaktype_omschrijving)} {identificatie}"
    velden = {"zaak": zaak, "status": _klein(status) if status else "in behandeling"}
    return vorm(
        kanaal,
        vraag.format(**velden),
        antwoord.format(**velden),
        eigen.format(**velden),
        bedrijf=bedrijf,
        gelukt=gelukt,
    )


#: The gevraagdeHandeling KISS writes for every contactverzoek (Open Klant 2); the seed's
#: contactverzoeken follow it, the kind of follow-up is in the toelichting.
CONTACT_OPNEMEN = "Contact opnemen met betrokkene"
#: The gevraagdeHandeling of a question from the web form (kanaal contactformulier).
VRAAG_BEANTWOORDEN = "Vraag beantwoorden"

#: Older free-text handelingen (other tools); the seed writes :data:`CONTACT_OPNEMEN` instead.
HANDELINGEN: list[str] = [
    "Terugbellen",
    "Terugbellen",
    "Terugmailen",
    "Vraag beantwoorden",
    "Informatie opzoeken en terugkoppelen",
]

#: Toelichtingen of a contactverzoek to call back (as many as :data:`TOELICHTINGEN`, so the
#: seed draws the same and the rest of the oefenomgeving stays the same).
TERUGBEL_TOELICHTINGEN: list[str] = [
    "Graag terugbellen tussen 9:00 en 12:00.",
    "Inwoner wil teruggebeld worden over de stand van zaken.",
    "Behandelaar was niet bereikbaar; graag vandaag terugbellen.",
    "Graag na 14:00 terugbellen, dan is de inwoner thuis.",
    "Inwoner vraagt om terugbellen; het gaat om een spoedeisende vraag.",
    "Terugbellen op het mobiele nummer; vaste lijn werkt niet.",
]
#: Toelichtingen that fit any follow-up (none asks to call: that makes it a Terugbelverzoek).
TOELICHTINGEN: list[str] = [
    "Klant wil weten wat de stand van zaken is.",
    "Klant is ontevreden over de doorlooptijd.",
    "Klant wil weten welke gegevens nog ontbreken.",
    "Klant vraagt of de aanvraag al in behandeling is.",
    "Klant wil graag een afspraak maken.",
    "",
]
#: Toelichtingen per kind of follow-up (an old free-text handeling, :data:`HANDELINGEN`).
TOELICHTINGEN_BIJ: dict[str, list[str]] = {
    "Terugbellen": TERUGBEL_TOELICHTINGEN,
    "Terugmailen": ["Graag per e-mail reageren, telefonisch slecht bereikbaar."],
}


def toelichting(vervolg: str, rng: random.Random) -> str:
    """A toelichting that fits the follow-up ``vervolg`` (no "terugbellen" on an e-mail)."""
    return rng.choice(TOELICHTINGEN_BIJ.get(vervolg) or TOELICHTINGEN)
