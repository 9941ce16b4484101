"""Texts for seeded klantcontacten: realistic KCC questions in plain Dutch, some with markup."""

from __future__ import annotations

#: (onderwerp, [inhoud, ...]) per topic; an inhoud is picked at random per contact.
ONDERWERPEN: list[tuple[str, list[str]]] = [
    (
        "Afvalcontainer niet geleegd",
        [
            "Inwoner meldt dat de grijze container deze week niet is geleegd. Melding doorgezet "
            "naar de afvalinzameling.",
            "De groene container is al twee keer overgeslagen. Uitgelegd dat de route is "
            "gewijzigd; nieuwe ophaaldag doorgegeven.",
        ],
    ),
    (
        "Grofvuil ophalen",
        [
            "Vraag hoe grofvuil aangemeld kan worden. Uitgelegd dat dit via de website kan en "
            "dat de eerste vier keer per jaar gratis zijn.",
            "Afspraak voor grofvuil (bank en matras) wil verzetten. Nieuwe datum ingepland.",
        ],
    ),
    (
        "Parkeervergunning aanvragen",
        [
            "Inwoner is verhuisd en wil een bewonersvergunning. Uitgelegd welke gegevens nodig "
            "zijn en dat de wachttijd in deze zone ongeveer zes weken is.",
            "Vraag of een tweede parkeervergunning mogelijk is. Niet in deze zone; "
            "bezoekersregeling toegelicht.",
        ],
    ),
    (
        "Parkeerboete bezwaar",
        [
            "Inwoner heeft een naheffingsaanslag parkeren gekregen terwijl de automaat defect "
            "was. Uitgelegd hoe bezwaar gemaakt kan worden.",
            "Vraag over de termijn van bezwaar tegen een parkeerboete. Zes weken na dagtekening.",
        ],
    ),
    (
        "Paspoort aanvragen",
        [
            "Vraag hoe lang het duurt voordat een nieuw paspoort klaar is. Uitgelegd: vijf "
            "werkdagen na aanvraag; afspraak gemaakt bij de balie.",
            "Paspoort kwijtgeraakt op vakantie. Procedure vermissing en noodpaspoort uitgelegd.",
        ],
    ),
    (
        "Rijbewijs verlengen",
        [
            "Inwoner wil rijbewijs verlengen; gezondheidsverklaring nodig vanwege leeftijd. "
            "Verwezen naar het CBR.",
            "Vraag of een pasfoto van vorig jaar nog gebruikt mag worden. Ja, mits niet ouder "
            "dan zes maanden bij de aanvraag; uitgelegd dat dat hier niet zo is.",
        ],
    ),
    (
        "Verhuizing doorgeven",
        [
            "Inwoner wil een verhuizing binnen de gemeente doorgeven. Uitgelegd dat dit online "
            "kan met DigiD, tot vier weken vooraf.",
            "Verhuizing doorgegeven maar nog geen bevestiging ontvangen. Status nagekeken: in "
            "behandeling, adresonderzoek loopt.",
        ],
    ),
    (
        "Aanslag gemeentelijke belastingen",
        [
            "Vraag over de hoogte van de afvalstoffenheffing op de aanslag. Uitgelegd dat het "
            "tarief voor meerpersoonshuishoudens is toegepast.",
            "Inwoner wil de aanslag in termijnen betalen. Automatische incasso in tien termijnen "
            "toegelicht.",
        ],
    ),
    (
        "WOZ-waarde",
        [
            "Inwoner vindt de WOZ-waarde te hoog ten opzichte van vergelijkbare woningen. "
            "Uitgelegd hoe het taxatieverslag op te vragen en bezwaar te maken.",
            "Vraag waarom de WOZ-waarde zo gestegen is. Marktontwikkeling toegelicht.",
        ],
    ),
    (
        "Kwijtschelding",
        [
            "Vraag of kwijtschelding van gemeentelijke belastingen mogelijk is bij een laag "
            "inkomen. Formulier en voorwaarden toegelicht.",
            "Kwijtscheldingsverzoek ingediend, wil weten wanneer er een besluit komt.",
        ],
    ),
    (
        "Omgevingsvergunning",
        [
            "Vraag of een vergunning nodig is voor een dakkapel aan de achterkant. Verwezen naar "
            "de vergunningcheck van het Omgevingsloket.",
            "Inwoner belt over de status van de aanvraag omgevingsvergunning voor een uitbouw.",
        ],
    ),
    (
        "Melding openbare ruimte",
        [
            "Losliggende stoeptegels voor de deur; melding aangemaakt voor wijkbeheer.",
            "Straatlantaarn in de straat doet het al een week niet. Melding doorgezet.",
            "Overhangende takken bij het fietspad. Melding doorgezet naar groenonderhoud.",
        ],
    ),
    (
        "Uittreksel BRP",
        [
            "Inwoner heeft een uittreksel uit de BRP nodig voor een werkgever in het buitenland. "
            "Uitgelegd hoe een internationaal uittreksel aangevraagd wordt.",
        ],
    ),
    (
        "Bijstandsuitkering",
        [
            "Vraag over de betaaldatum van de uitkering deze maand. Doorverbonden met "
            "Werk en Inkomen.",
            "Inwoner wil een wijziging in inkomsten doorgeven. Uitgelegd via welk formulier.",
        ],
    ),
    (
        "Huwelijk of partnerschap",
        [
            "Stel wil trouwen en vraagt naar de mogelijkheden voor een gratis ceremonie. "
            "Voorwaarden en data toegelicht.",
        ],
    ),
    (
        "Evenementenvergunning",
        [
            "Buurtvereniging wil een straatfeest organiseren. Uitgelegd dat een melding volstaat "
            "bij minder dan 250 bezoekers.",
        ],
    ),
    (
        "Geluidsoverlast",
        [
            "Melding van geluidsoverlast door een horecagelegenheid in de avond. Doorgezet naar "
            "toezicht en handhaving.",
        ],
    ),
    (
        "Hondenbelasting",
        [
            "Hond is overleden; inwoner wil de hondenbelasting stopzetten. Afmelding verwerkt.",
        ],
    ),
    (
        "Terugbelverzoek",
        [
            "Inwoner wil teruggebeld worden door de behandelaar van de aanvraag.",
            "Verzoek om contact met de wijkconsulent.",
        ],
    ),
]

#: Texts as citizens typed them, with markup that must be shown literally, never rendered.
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

#: Toelichtingen for internetaken.
TOELICHTINGEN: list[str] = [
    "Graag terugbellen tussen 9:00 en 12:00.",
    "Inwoner wil weten wat de stand van zaken is.",
    "Behandelaar was niet bereikbaar; graag vandaag contact.",
    "Klant is ontevreden over de doorlooptijd.",
    "Graag per e-mail reageren, telefonisch slecht bereikbaar.",
    "",
]
