"""Query parameters each list endpoint of the real servers knows; anything else is a 400.

Generated from ``shared/specs`` (the servers build their specs from the same filtersets);
``tests/sandbox/test_regels.py`` checks this table against the specs.
"""

from __future__ import annotations

#: path of a list endpoint -> its known query parameters (filters, ``page``, ``pageSize``,
#: ``expand``, ``ordering``), as vng-api-common checks them (``unknown-parameters``).
LIJST_PARAMETERS: dict[str, frozenset[str]] = {
    "/klantinteracties/api/v1/actoren": frozenset(
        {
            "actoridentificatorCodeObjecttype",
            "actoridentificatorCodeRegister",
            "actoridentificatorCodeSoortObjectId",
            "actoridentificatorObjectId",
            "indicatieActief",
            "naam",
            "page",
            "pageSize",
            "soortActor",
        }
    ),
    "/klantinteracties/api/v1/actorklantcontacten": frozenset(
        {
            "actor__url",
            "actor__uuid",
            "klantcontact__url",
            "klantcontact__uuid",
            "page",
            "pageSize",
        }
    ),
    "/klantinteracties/api/v1/betrokkenen": frozenset(
        {
            "contactnaamAchternaam",
            "contactnaamVoorletters",
            "contactnaamVoornaam",
            "contactnaamVoorvoegselAchternaam",
            "expand",
            "hadKlantcontact__nummer",
            "hadKlantcontact__referentienummer",
            "hadKlantcontact__url",
            "hadKlantcontact__uuid",
            "organisatienaam",
            "page",
            "pageSize",
            "verstrektedigitaalAdres__adres",
            "verstrektedigitaalAdres__url",
            "verstrektedigitaalAdres__uuid",
            "wasPartij__nummer",
            "wasPartij__partijIdentificator__codeObjecttype",
            "wasPartij__partijIdentificator__codeRegister",
            "wasPartij__partijIdentificator__codeSoortObjectId",
            "wasPartij__partijIdentificator__objectId",
            "wasPartij__url",
            "wasPartij__uuid",
        }
    ),
    "/klantinteracties/api/v1/bijlagen": frozenset(
        {
            "bijlageidentificatorCodeObjecttype",
            "bijlageidentificatorCodeRegister",
            "bijlageidentificatorCodeSoortObjectId",
            "bijlageidentificatorObjectId",
            "klantcontact__uuid",
            "page",
            "pageSize",
        }
    ),
    "/klantinteracties/api/v1/categorie-relaties": frozenset(
        {
            "beginDatum",
            "categorie__naam",
            "categorie__url",
            "categorie__uuid",
            "eindDatum",
            "page",
            "pageSize",
            "partij__nummer",
            "partij__url",
            "partij__uuid",
        }
    ),
    "/klantinteracties/api/v1/categorieen": frozenset(
        {
            "page",
            "pageSize",
        }
    ),
    "/klantinteracties/api/v1/digitaleadressen": frozenset(
        {
            "adres",
            "adres__icontains",
            "expand",
            "isGeverifieerd",
            "isStandaardAdres",
            "omschrijving",
            "page",
            "pageSize",
            "referentie",
            "soortDigitaalAdres",
            "verificatieDatum",
            "verificatieDatum__gt",
            "verificatieDatum__gte",
            "verificatieDatum__lt",
            "verificatieDatum__lte",
            "verstrektDoorBetrokkene__rol",
            "verstrektDoorBetrokkene__url",
            "verstrektDoorBetrokkene__uuid",
            "verstrektDoorPartij__partijIdentificator__codeObjecttype",
            "verstrektDoorPartij__partijIdentificator__codeRegister",
            "verstrektDoorPartij__partijIdentificator__codeSoortObjectId",
            "verstrektDoorPartij__partijIdentificator__objectId",
            "verstrektDoorPartij__soortPartij",
            "verstrektDoorPartij__url",
            "verstrektDoorPartij__uuid",
        }
    ),
    "/klantinteracties/api/v1/internetaken": frozenset(
        {
            "aanleidinggevendKlantcontact__url",
            "aanleidinggevendKlantcontact__uuid",
            "actoren__naam",
            "klantcontact__nummer",
            "klantcontact__referentienummer",
            "klantcontact__uuid",
            "nummer",
            "page",
            "pageSize",
            "referentienummer",
            "status",
            "toegewezenAanActor__url",
            "toegewezenAanActor__uuid",
            "toegewezenOp",
        }
    ),
    "/klantinteracties/api/v1/klantcontacten": frozenset(
        {
            "expand",
            "hadBetrokkene__digitaaladres__adres__icontains",
            "hadBetrokkene__url",
            "hadBetrokkene__uuid",
            "hadBetrokkene__wasPartij",
            "hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype",
            "hadBetrokkene__wasPartij__partijIdentificator__codeRegister",
            "hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId",
            "hadBetrokkene__wasPartij__partijIdentificator__objectId",
            "hadBetrokkene__wasPartij__url",
            "hadBetrokkene__wasPartij__uuid",
            "indicatieContactGelukt",
            "inhoud",
            "kanaal",
            "leiddeTotInterneTaken",
            "nummer",
            "onderwerp",
            "onderwerpobject__onderwerpobjectidentificatorCodeObjecttype",
            "onderwerpobject__onderwerpobjectidentificatorCodeRegister",
            "onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId",
            "onderwerpobject__onderwerpobjectidentificatorObjectId",
            "onderwerpobject__url",
            "onderwerpobject__uuid",
            "page",
            "pageSize",
            "plaatsgevondenOp",
            "reactie",
            "referentienummer",
            "vertrouwelijk",
            "wasOnderwerpobject__onderwerpobjectidentificatorCodeObjecttype",
            "wasOnderwerpobject__onderwerpobjectidentificatorCodeRegister",
            "wasOnderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId",
            "wasOnderwerpobject__onderwerpobjectidentificatorObjectId",
            "wasOnderwerpobject__url",
            "wasOnderwerpobject__uuid",
        }
    ),
    "/klantinteracties/api/v1/onderwerpobjecten": frozenset(
        {
            "klantcontact__url",
            "klantcontact__uuid",
            "onderwerpobjectidentificatorCodeObjecttype",
            "onderwerpobjectidentificatorCodeRegister",
            "onderwerpobjectidentificatorCodeSoortObjectId",
            "onderwerpobjectidentificatorObjectId",
            "page",
            "pageSize",
            "wasKlantcontact__url",
            "wasKlantcontact__uuid",
        }
    ),
    "/klantinteracties/api/v1/partij-identificatoren": frozenset(
        {
            "anderePartijIdentificator",
            "page",
            "pageSize",
            "partijIdentificatorCodeObjecttype",
            "partijIdentificatorCodeRegister",
            "partijIdentificatorCodeSoortObjectId",
            "partijIdentificatorObjectId",
        }
    ),
    "/klantinteracties/api/v1/partijen": frozenset(
        {
            "bezoekadresAdresregel1",
            "bezoekadresAdresregel2",
            "bezoekadresAdresregel3",
            "bezoekadresLand",
            "bezoekadresNummeraanduidingId",
            "categorierelatie__categorie__naam",
            "correspondentieadresAdresregel1",
            "correspondentieadresAdresregel2",
            "correspondentieadresAdresregel3",
            "correspondentieadresLand",
            "correspondentieadresNummeraanduidingId",
            "expand",
            "indicatieActief",
            "indicatieGeheimhouding",
            "nummer",
            "page",
            "pageSize",
            "partijIdentificator__codeObjecttype",
            "partijIdentificator__codeRegister",
            "partijIdentificator__codeSoortObjectId",
            "partijIdentificator__objectId",
            "soortPartij",
            "subIdentificatorVan__codeObjecttype",
            "subIdentificatorVan__codeRegister",
            "subIdentificatorVan__codeSoortObjectId",
            "subIdentificatorVan__objectId",
            "vertegenwoordigdePartij__url",
            "vertegenwoordigdePartij__uuid",
        }
    ),
    "/klantinteracties/api/v1/rekeningnummers": frozenset(
        {
            "bic",
            "iban",
            "page",
            "pageSize",
            "uuid",
        }
    ),
    "/klantinteracties/api/v1/vertegenwoordigingen": frozenset(
        {
            "page",
            "pageSize",
            "vertegenwoordigdePartij__url",
            "vertegenwoordigdePartij__uuid",
            "vertegenwoordigendePartij__url",
            "vertegenwoordigendePartij__uuid",
        }
    ),
    "/zaken/api/v1/klantcontacten": frozenset(
        {
            "page",
            "pageSize",
            "zaak",
        }
    ),
    "/zaken/api/v1/resultaten": frozenset(
        {
            "page",
            "pageSize",
            "resultaattype",
            "zaak",
        }
    ),
    "/zaken/api/v1/rollen": frozenset(
        {
            "betrokkene",
            "betrokkeneIdentificatie__medewerker__identificatie",
            "betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie",
            "betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer",
            "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn",
            "betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie",
            "betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId",
            "betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer",
            "betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer",
            "betrokkeneIdentificatie__organisatorischeEenheid__identificatie",
            "betrokkeneIdentificatie__vestiging__kvkNummer",
            "betrokkeneIdentificatie__vestiging__vestigingsNummer",
            "betrokkeneType",
            "machtiging",
            "machtiging__loa",
            "omschrijving",
            "omschrijvingGeneriek",
            "page",
            "pageSize",
            "roltype",
            "zaak",
        }
    ),
    "/zaken/api/v1/statussen": frozenset(
        {
            "indicatieLaatstGezetteStatus",
            "page",
            "pageSize",
            "statustype",
            "zaak",
        }
    ),
    "/zaken/api/v1/substatussen": frozenset(
        {
            "doelgroep",
            "page",
            "status",
            "tijdstip__gt",
            "tijdstip__gte",
            "tijdstip__lt",
            "tijdstip__lte",
            "zaak",
        }
    ),
    "/zaken/api/v1/zaakcontactmomenten": frozenset(
        {
            "contactmoment",
            "zaak",
        }
    ),
    "/zaken/api/v1/zaakinformatieobjecten": frozenset(
        {
            "informatieobject",
            "zaak",
        }
    ),
    "/zaken/api/v1/zaaknotities": frozenset(
        {
            "aangemaaktDoor",
            "aangemaaktDoor__icontains",
            "aanmaakdatum",
            "aanmaakdatum__gt",
            "aanmaakdatum__gte",
            "aanmaakdatum__lt",
            "aanmaakdatum__lte",
            "gerelateerdAan",
            "notitieType",
            "onderwerp",
            "onderwerp__icontains",
            "page",
            "pageSize",
            "status",
            "tekst",
            "tekst__icontains",
            "wijzigingsdatum",
            "wijzigingsdatum__gt",
            "wijzigingsdatum__gte",
            "wijzigingsdatum__lt",
            "wijzigingsdatum__lte",
        }
    ),
    "/zaken/api/v1/zaakobjecten": frozenset(
        {
            "object",
            "objectType",
            "page",
            "pageSize",
            "zaak",
        }
    ),
    "/zaken/api/v1/zaakverzoeken": frozenset(
        {
            "verzoek",
            "zaak",
        }
    ),
    "/zaken/api/v1/zaken": frozenset(
        {
            "archiefactiedatum",
            "archiefactiedatum__gt",
            "archiefactiedatum__isnull",
            "archiefactiedatum__lt",
            "archiefnominatie",
            "archiefnominatie__in",
            "archiefstatus",
            "archiefstatus__in",
            "bronorganisatie",
            "bronorganisatie__in",
            "einddatum",
            "einddatumGepland",
            "einddatumGepland__gt",
            "einddatumGepland__lt",
            "einddatum__gt",
            "einddatum__isnull",
            "einddatum__lt",
            "expand",
            "identificatie",
            "identificatie__icontains",
            "kenmerk",
            "kenmerk__bron",
            "maximaleVertrouwelijkheidaanduiding",
            "omschrijving",
            "ordering",
            "page",
            "pageSize",
            "registratiedatum",
            "registratiedatum__gt",
            "registratiedatum__lt",
            "resultaat__resultaattype",
            "rol__betrokkene",
            "rol__betrokkeneIdentificatie__medewerker__identificatie",
            "rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie",
            "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer",
            "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn",
            "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie",
            "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId",
            "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer",
            "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer",
            "rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie",
            "rol__betrokkeneIdentificatie__vestiging__kvkNummer",
            "rol__betrokkeneIdentificatie__vestiging__vestigingsNummer",
            "rol__betrokkeneType",
            "rol__machtiging",
            "rol__machtiging__loa",
            "rol__omschrijvingGeneriek",
            "startdatum",
            "startdatum__gt",
            "startdatum__gte",
            "startdatum__lt",
            "startdatum__lte",
            "status__statustype",
            "uiterlijkeEinddatumAfdoening",
            "uiterlijkeEinddatumAfdoening__gt",
            "uiterlijkeEinddatumAfdoening__lt",
            "zaaktype",
            "zaaktype__omschrijving",
        }
    ),
    "/catalogi/api/v1/besluittypen": frozenset(
        {
            "catalogus",
            "datumGeldigheid",
            "informatieobjecttypen",
            "omschrijving",
            "page",
            "pageSize",
            "status",
            "zaaktypen",
        }
    ),
    "/catalogi/api/v1/catalogussen": frozenset(
        {
            "domein",
            "domein__in",
            "page",
            "pageSize",
            "rsin",
            "rsin__in",
        }
    ),
    "/catalogi/api/v1/eigenschappen": frozenset(
        {
            "datumGeldigheid",
            "page",
            "pageSize",
            "status",
            "zaaktype",
            "zaaktypeIdentificatie",
        }
    ),
    "/catalogi/api/v1/informatieobjecttypen": frozenset(
        {
            "catalogus",
            "datumGeldigheid",
            "omschrijving",
            "omschrijving__icontains",
            "page",
            "pageSize",
            "status",
            "zaaktype",
        }
    ),
    "/catalogi/api/v1/resultaattypen": frozenset(
        {
            "datumGeldigheid",
            "page",
            "pageSize",
            "status",
            "zaaktype",
            "zaaktypeIdentificatie",
        }
    ),
    "/catalogi/api/v1/roltypen": frozenset(
        {
            "datumGeldigheid",
            "omschrijving",
            "omschrijvingGeneriek",
            "page",
            "pageSize",
            "status",
            "zaaktype",
            "zaaktypeIdentificatie",
        }
    ),
    "/catalogi/api/v1/statustypen": frozenset(
        {
            "datumGeldigheid",
            "page",
            "pageSize",
            "status",
            "zaaktype",
            "zaaktypeIdentificatie",
        }
    ),
    "/catalogi/api/v1/zaakobjecttypen": frozenset(
        {
            "anderObjecttype",
            "catalogus",
            "datumBeginGeldigheid",
            "datumEindeGeldigheid",
            "datumGeldigheid",
            "objecttype",
            "page",
            "pageSize",
            "relatieOmschrijving",
            "status",
            "zaaktype",
            "zaaktypeIdentificatie",
        }
    ),
    "/catalogi/api/v1/zaaktype-informatieobjecttypen": frozenset(
        {
            "informatieobjecttype",
            "page",
            "pageSize",
            "richting",
            "status",
            "zaaktype",
        }
    ),
    "/catalogi/api/v1/zaaktypen": frozenset(
        {
            "catalogus",
            "datumGeldigheid",
            "identificatie",
            "identificatie__icontains",
            "omschrijving__icontains",
            "page",
            "pageSize",
            "status",
            "trefwoorden",
        }
    ),
    "/documenten/api/v1/enkelvoudiginformatieobjecten": frozenset(
        {
            "auteur",
            "beschrijving",
            "bronorganisatie",
            "creatiedatum__gte",
            "creatiedatum__lte",
            "expand",
            "identificatie",
            "informatieobjecttype",
            "locked",
            "objectinformatieobjecten__object",
            "objectinformatieobjecten__objectType",
            "ordering",
            "page",
            "pageSize",
            "titel",
            "trefwoorden",
            "trefwoorden__overlap",
            "vertrouwelijkheidaanduiding",
        }
    ),
    "/documenten/api/v1/gebruiksrechten": frozenset(
        {
            "einddatum__gt",
            "einddatum__gte",
            "einddatum__lt",
            "einddatum__lte",
            "expand",
            "informatieobject",
            "startdatum__gt",
            "startdatum__gte",
            "startdatum__lt",
            "startdatum__lte",
        }
    ),
    "/documenten/api/v1/objectinformatieobjecten": frozenset(
        {
            "informatieobject",
            "object",
        }
    ),
    "/documenten/api/v1/verzendingen": frozenset(
        {
            "aardRelatie",
            "betrokkene",
            "expand",
            "informatieobject",
            "page",
            "pageSize",
        }
    ),
}

#: Open Klant list parameters whose value must parse (``uuid``, ``date-time``, ``date``);
#: a value that does not is a 400 naming the parameter (OK 154, 156).
GETYPEERDE_PARAMETERS: dict[str, dict[str, str]] = {
    "/klantinteracties/api/v1/actorklantcontacten": {
        "actor__uuid": "uuid",
        "klantcontact__uuid": "uuid",
    },
    "/klantinteracties/api/v1/betrokkenen": {
        "hadKlantcontact__uuid": "uuid",
        "verstrektedigitaalAdres__uuid": "uuid",
        "wasPartij__uuid": "uuid",
    },
    "/klantinteracties/api/v1/bijlagen": {
        "klantcontact__uuid": "uuid",
    },
    "/klantinteracties/api/v1/categorie-relaties": {
        "beginDatum": "date",
        "categorie__uuid": "uuid",
        "eindDatum": "date",
        "partij__uuid": "uuid",
    },
    "/klantinteracties/api/v1/digitaleadressen": {
        "verificatieDatum": "date",
        "verificatieDatum__gt": "date",
        "verificatieDatum__gte": "date",
        "verificatieDatum__lt": "date",
        "verificatieDatum__lte": "date",
        "verstrektDoorBetrokkene__uuid": "uuid",
        "verstrektDoorPartij__uuid": "uuid",
    },
    "/klantinteracties/api/v1/internetaken": {
        "aanleidinggevendKlantcontact__uuid": "uuid",
        "klantcontact__uuid": "uuid",
        "toegewezenAanActor__uuid": "uuid",
        "toegewezenOp": "date-time",
    },
    "/klantinteracties/api/v1/klantcontacten": {
        "hadBetrokkene__uuid": "uuid",
        "hadBetrokkene__wasPartij__uuid": "uuid",
        "onderwerpobject__uuid": "uuid",
        "plaatsgevondenOp": "date-time",
        "wasOnderwerpobject__uuid": "uuid",
    },
    "/klantinteracties/api/v1/onderwerpobjecten": {
        "klantcontact__uuid": "uuid",
        "wasKlantcontact__uuid": "uuid",
    },
    "/klantinteracties/api/v1/partijen": {
        "vertegenwoordigdePartij__uuid": "uuid",
    },
    "/klantinteracties/api/v1/rekeningnummers": {
        "uuid": "uuid",
    },
    "/klantinteracties/api/v1/vertegenwoordigingen": {
        "vertegenwoordigdePartij__uuid": "uuid",
        "vertegenwoordigendePartij__uuid": "uuid",
    },
}
