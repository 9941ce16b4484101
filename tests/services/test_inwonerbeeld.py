"""What the citizen sees (Toon aan inwoner): Open Inwoner's rules, alone and over real HTTP."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.betalingen import Betaling
from klantbeeld.services.apis.brp import Persoon
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.apis.klantinteracties import Klantcontact
from klantbeeld.services.apis.zgw import InformatieObject, Status, Statustype, Zaak, Zaaktype
from klantbeeld.services.klantbeeld.composer import (
    Klantbeeld,
    KlantbeeldComposer,
    Onderdeel,
    ZaakDetail,
    ZaakOverzicht,
)
from klantbeeld.services.klantbeeld.inwonerbeeld import (
    STAP_AFGEHANDELD,
    STAP_IN_BEHANDELING,
    STAP_ONTVANGEN,
    InwonerBeeld,
    Zichtbaarheid,
    inwonerbeeld,
    is_document_zichtbaar,
    is_zaak_zichtbaar,
    zichtbare_zaken,
)
from klantbeeld.services.werkplek.settings import ApiNaam
from tests.conftest import run
from tests.helpers import verbindingen_voor

#: A person of the seed with geheimhouding persoonsgegevens (and a vertrouwelijk Wmo-zaak).
GEHEIM_BSN = "999971104"
ZT = "https://oz.example/catalogi/api/v1/zaaktypen/1"


def _zaaktype(intern_of_extern: str | None = "extern", **kw: Any) -> Zaaktype:
    data = {"url": ZT, "omschrijving": "Aanvraag kapvergunning", **kw}
    if intern_of_extern is not None:
        data["indicatieInternOfExtern"] = intern_of_extern
    return Zaaktype.model_validate(data)


def _statustype(n: int, omschrijving: str, tekst: str = "", eind: bool = False) -> Statustype:
    return Statustype.model_validate(
        {
            "url": f"https://oz.example/catalogi/api/v1/statustypen/{n}",
            "omschrijving": omschrijving,
            "statustekst": tekst,
            "volgnummer": n,
            "isEindstatus": eind,
        }
    )


def _status(n: int, moment: str, toelichting: str = "") -> Status:
    return Status.model_validate(
        {
            "url": f"https://oz.example/zaken/api/v1/statussen/{n}",
            "statustype": f"https://oz.example/catalogi/api/v1/statustypen/{n}",
            "datumStatusGezet": moment,
            "statustoelichting": toelichting,
        }
    )


def _overzicht(
    *,
    zaaktype: Zaaktype | None = None,
    status: bool = True,
    vertrouwelijk: str = "zaakvertrouwelijk",
    statustypen: list[Statustype] | None = None,
    nummer: str = "ZAAK-1",
) -> ZaakOverzicht:
    zaak = Zaak.model_validate(
        {
            "url": f"https://oz.example/zaken/api/v1/zaken/{nummer}",
            "identificatie": nummer,
            "omschrijving": "Kap boom achtertuin — buurman klaagt, let op!",
            "zaaktype": ZT,
            "startdatum": "2026-11-01",
            "vertrouwelijkheidaanduiding": vertrouwelijk,
            "status": "https://oz.example/zaken/api/v1/statussen/2" if status else None,
        }
    )
    return ZaakOverzicht(
        zaak, zaaktype or _zaaktype(), statustypen or [], None, None, None, volledig=True
    )


def _document(
    status: str | None, vertrouwelijk: str | None, titel: str = "Foto"
) -> InformatieObject:
    return InformatieObject.model_validate(
        {
            "url": f"https://oz.example/documenten/{titel}",
            "titel": titel,
            "status": status,
            "vertrouwelijkheidaanduiding": vertrouwelijk,
            "creatiedatum": "2026-11-02",
        }
    )


def _contact(uuid: str, kanaal: str, **kw: Any) -> Klantcontact:
    return Klantcontact.model_validate(
        {
            "uuid": uuid,
            "kanaal": kanaal,
            "onderwerp": f"Onderwerp {uuid}",
            "inhoud": f"Inhoud {uuid}",
            "plaatsgevondenOp": "2026-11-20T10:00:00Z",
            "vertrouwelijk": False,
            **kw,
        }
    )


# -- which zaken -----------------------------------------------------------------------------


def test_a_zaak_shows_only_when_its_zaaktype_is_extern() -> None:
    assert is_zaak_zichtbaar(_overzicht(zaaktype=_zaaktype("extern")))
    assert not is_zaak_zichtbaar(_overzicht(zaaktype=_zaaktype("intern")))
    assert not is_zaak_zichtbaar(_overzicht(zaaktype=_zaaktype(None)))  # not said: not shown
    geen_type = _overzicht()
    geen_type = ZaakOverzicht(geen_type.zaak, None, [], None, None, None, volledig=False)
    assert not is_zaak_zichtbaar(geen_type)  # the catalogus is not in: nothing shown by mistake


def test_a_zaak_without_status_or_too_confidential_stays_hidden() -> None:
    assert not is_zaak_zichtbaar(_overzicht(status=False))
    assert is_zaak_zichtbaar(_overzicht(status=False), Zichtbaarheid(zonder_status=True))
    for niveau in ("openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk"):
        assert is_zaak_zichtbaar(_overzicht(vertrouwelijk=niveau)), niveau
    for niveau in ("vertrouwelijk", "confidentieel", "geheim", "zeer_geheim", "onbekend"):
        assert not is_zaak_zichtbaar(_overzicht(vertrouwelijk=niveau)), niveau
    assert not is_zaak_zichtbaar(
        _overzicht(vertrouwelijk="zaakvertrouwelijk"), Zichtbaarheid(zaak_maximum="openbaar")
    )


# -- which documents -------------------------------------------------------------------------


def test_a_document_shows_when_definitive_and_at_most_beperkt_openbaar() -> None:
    assert is_document_zichtbaar(_document("definitief", "openbaar"))
    assert is_document_zichtbaar(_document("definitief", "beperkt_openbaar"))
    assert is_document_zichtbaar(_document("gearchiveerd", "openbaar"))
    for status in ("in_bewerking", "ter_vaststelling", None, ""):
        assert not is_document_zichtbaar(_document(status, "openbaar")), status
    for niveau in ("intern", "zaakvertrouwelijk", "vertrouwelijk", "geheim", None, "raar"):
        assert not is_document_zichtbaar(_document("definitief", niveau)), niveau


# -- the aanvraag in the citizen's words -----------------------------------------------------


def test_steps_read_the_statustekst_with_the_dutch_day_never_the_internal_names() -> None:
    typen = [
        _statustype(1, "Intake KCC-team B", "Wij hebben uw aanvraag ontvangen."),
        _statustype(2, "Toets register B (intern)", ""),
        _statustype(3, "Afgehandeld door jurist", "", eind=True),
    ]
    overzicht = _overzicht(statustypen=typen)
    detail = ZaakDetail(
        overzicht,
        # 23:30 UTC on 2 November is 3 November in the Netherlands.
        statussen=[
            _status(2, "2026-11-02T23:30:00Z", "Dossier incompleet, buurman gebeld"),
            _status(1, "2026-11-01T09:00:00Z"),
        ],
        documenten=[
            _document("definitief", "openbaar", "Ontvangstbevestiging"),
            _document("definitief", "intern", "Rapport huisbezoek"),
            _document("in_bewerking", "openbaar", "Conceptbesluit"),
        ],
    )
    beeld = Klantbeeld("persoon", "999993653", zaken=[overzicht])
    waarde = inwonerbeeld(beeld, {overzicht.zaak.url: detail})
    (aanvraag,) = waarde.aanvragen
    assert aanvraag.titel == "Aanvraag kapvergunning"  # the zaaktype's, not the zaak's own text
    assert [(s.tekst, s.datum) for s in aanvraag.stappen] == [
        ("Wij hebben uw aanvraag ontvangen.", date(2026, 11, 1)),
        (STAP_IN_BEHANDELING, date(2026, 11, 3)),
    ]
    assert aanvraag.status == STAP_IN_BEHANDELING
    assert [d.titel for d in aanvraag.documenten] == ["Ontvangstbevestiging"]
    tekst = repr(waarde)
    for intern in ("Intake KCC", "Toets register", "jurist", "buurman", "Rapport", "Concept"):
        assert intern not in tekst, intern


def test_a_step_without_statustekst_gets_neutral_words() -> None:
    typen = [_statustype(1, "Registratie"), _statustype(2, "Klaar", eind=True)]
    overzicht = _overzicht(statustypen=typen)
    detail = ZaakDetail(
        overzicht,
        statussen=[_status(1, "2026-11-01T09:00:00Z"), _status(2, "2026-11-05T09:00:00Z")],
    )
    waarde = inwonerbeeld(
        Klantbeeld("persoon", "1", zaken=[overzicht]), {overzicht.zaak.url: detail}
    )
    assert [s.tekst for s in waarde.aanvragen[0].stappen] == [STAP_ONTVANGEN, STAP_AFGEHANDELD]


# -- questions and answers -------------------------------------------------------------------


def test_questions_are_the_citizens_own_and_our_answers_come_with_them() -> None:
    vraag = _contact("v1", "contactformulier")
    beantwoord = _contact("v2", "Webformulier", reactie="U kunt het formulier uploaden.")
    antwoord = _contact(
        "a1",
        "E-mail",
        inhoud="Het besluit volgt binnen acht weken.",
        plaatsgevondenOp="2026-11-22T10:00:00Z",
        _expand={"gingOverOnderwerpobjecten": [{"wasKlantcontact": {"uuid": "v1"}}]},
    )
    telefoon = _contact("t1", "Telefoon", inhoud="Inwoner belt, was boos; terugbellen")
    geheim = _contact("g1", "contactformulier", vertrouwelijk=True)
    met_taak = _contact(
        "v3",
        "contactformulier",
        _expand={"leiddeTotInterneTaken": [{"uuid": "x", "toelichting": "Let op: lastig"}]},
    )
    beeld = Klantbeeld(
        "persoon", "1", klantcontacten=[vraag, beantwoord, antwoord, telefoon, geheim, met_taak]
    )
    vragen = {v.vraag: v for v in inwonerbeeld(beeld).vragen}
    assert set(vragen) == {"Inhoud v1", "Inhoud v2", "Inhoud v3"}
    assert vragen["Inhoud v1"].antwoord == "Het besluit volgt binnen acht weken."
    assert vragen["Inhoud v1"].beantwoord_op == date(2026, 11, 22)
    assert vragen["Inhoud v2"].antwoord == "U kunt het formulier uploaden."
    assert vragen["Inhoud v3"].antwoord == ""
    tekst = repr(inwonerbeeld(beeld))
    for intern in ("boos", "lastig", "Inhoud g1"):
        assert intern not in tekst


def test_a_question_about_a_hidden_zaak_stays_hidden_with_it() -> None:
    verborgen = _overzicht(vertrouwelijk="vertrouwelijk", nummer="wmo-uuid")
    zichtbaar = _overzicht(nummer="kap-uuid")

    def over(uuid: str, zaak: str) -> Klantcontact:
        ident = {"objectId": zaak, "codeObjecttype": "zgw-Zaak", "codeRegister": "openzaak",
                 "codeSoortObjectId": "uuid"}  # fmt: skip
        return _contact(
            uuid,
            "contactformulier",
            _expand={"gingOverOnderwerpobjecten": [{"onderwerpobjectidentificator": ident}]},
        )

    beeld = Klantbeeld(
        "persoon",
        "1",
        zaken=[verborgen, zichtbaar],
        klantcontacten=[over("q1", "wmo-uuid"), over("q2", "kap-uuid")],
    )
    assert [v.vraag for v in inwonerbeeld(beeld).vragen] == ["Inhoud q2"]


def test_payments_in_plain_words_still_to_pay_first() -> None:
    betalingen = [
        Betaling(
            omschrijving="Leges",
            bedrag=Decimal("79.77"),
            status="betaald",
            betaaldatum=date(2026, 9, 1),
            vervaldatum=date(2026, 9, 3),
        ),
        Betaling(
            omschrijving="Parkeerbon",
            bedrag=Decimal("106.42"),
            status="te_laat",
            vervaldatum=date(2026, 11, 17),
            kenmerk="5058",
        ),
    ]
    waarde = inwonerbeeld(Klantbeeld("persoon", "1", betalingen=betalingen))
    assert [(b.omschrijving, b.is_open) for b in waarde.betalingen] == [
        ("Parkeerbon", True),
        ("Leges", False),
    ]
    assert waarde.betalingen[0].status.startswith("Nog te betalen")
    assert waarde.betalingen[1].status == "Betaald"


def test_the_name_only_without_geheimhouding_never_partners_or_children() -> None:
    persoon = Persoon.model_validate(
        {
            "burgerservicenummer": "999993653",
            "naam": {"volledigeNaam": "Suzanne Moulin"},
            "partners": [{"naam": {"voornamen": "Pieter", "geslachtsnaam": "Partner"}}],
            "kinderen": [{"naam": {"voornamen": "Kim", "geslachtsnaam": "Kind"}}],
        }
    )
    beeld = Klantbeeld("persoon", "999993653", persoon=persoon)
    waarde = inwonerbeeld(beeld)
    assert waarde.naam == "Suzanne Moulin"
    assert "Partner" not in repr(waarde) and "Kind" not in repr(waarde)
    assert "999993653" not in repr(waarde)
    geheim = persoon.model_copy(update={"geheimhouding_persoonsgegevens": True})
    assert inwonerbeeld(Klantbeeld("persoon", "1", persoon=geheim)).naam == ""


def test_incomplete_when_a_part_failed_or_is_still_loading() -> None:
    beeld = Klantbeeld("persoon", "1")
    assert inwonerbeeld(beeld).onvolledig
    beeld.geladen |= {Onderdeel.ZAKEN, Onderdeel.KLANTCONTACTEN, Onderdeel.BETALINGEN}
    assert not inwonerbeeld(beeld).onvolledig


# -- over real HTTP against the oefenomgeving ------------------------------------------------


async def _inwonerbeeld(server: Any, bsn: str) -> tuple[Klantbeeld, InwonerBeeld]:
    v = verbindingen_voor(server)
    try:
        composer = KlantbeeldComposer(v, CatalogusCache(v.clients[ApiNaam.CATALOGI]))
        beeld = await composer.persoon(bsn)
        details = {z.zaak.url: await composer.zaak_detail(z) for z in zichtbare_zaken(beeld)}
        return beeld, inwonerbeeld(beeld, details)
    finally:
        await v.aclose()


def test_the_example_person_sees_their_aanvragen_steps_documents_and_no_internals(
    sandbox_server: Any,
) -> None:
    beeld, waarde = run(lambda: _inwonerbeeld(sandbox_server, VOORBEELD_BSN))
    assert not waarde.onvolledig
    assert waarde.naam
    zichtbaar = zichtbare_zaken(beeld)
    assert 0 < len(waarde.aanvragen) == len(zichtbaar)
    assert all(z.zaaktype and z.zaaktype.indicatie_intern_of_extern == "extern" for z in zichtbaar)
    assert {a.titel for a in waarde.aanvragen} <= {
        z.zaaktype.omschrijving for z in beeld.zaken if z.zaaktype
    }
    # Every step has its date, and reads a statustekst of the catalogus.
    teksten = {t.statustekst for z in beeld.zaken for t in z.statustypen}
    stappen = [s for a in waarde.aanvragen for s in a.stappen]
    assert stappen and all(s.datum is not None and s.tekst in teksten for s in stappen)
    # The internal step names the catalogus has besides the statustekst never show.
    intern = {t.omschrijving for z in beeld.zaken for t in z.statustypen} - teksten
    assert intern and not any(s.tekst in intern for s in stappen)
    # Only documents the citizen may see; the example person has some, and some that are not.
    assert any(a.documenten for a in waarde.aanvragen)
    assert len(waarde.betalingen) == len(beeld.betalingen)
    assert waarde.vragen and len(waarde.vragen) < len(beeld.klantcontacten)
    assert VOORBEELD_BSN not in repr(waarde)


def test_the_geheimhouding_person_sees_no_name_and_no_vertrouwelijk_zaak(
    sandbox_server: Any,
) -> None:
    beeld, waarde = run(lambda: _inwonerbeeld(sandbox_server, GEHEIM_BSN))
    assert beeld.persoon is not None and beeld.persoon.geheimhouding_persoonsgegevens
    assert waarde.naam == ""
    verborgen = [z for z in beeld.zaken if z.zaak.vertrouwelijkheidaanduiding == "vertrouwelijk"]
    assert verborgen  # the seed gives this person one
    nummers = {a.nummer for a in waarde.aanvragen}
    assert not nummers & {z.zaak.identificatie for z in verborgen}
    assert GEHEIM_BSN not in repr(waarde)
    naam = beeld.persoon.naam.weergave if beeld.persoon.naam else ""
    assert naam and naam not in repr(waarde)


def test_a_status_without_time_zone_keeps_its_day() -> None:
    """A status without time zone keeps its own day (eSuite sends local midnight)."""
    overzicht = _overzicht(statustypen=[_statustype(1, "x", "Ontvangen.")])
    detail = ZaakDetail(overzicht, statussen=[_status(1, "2026-11-01T00:00:00")])
    waarde = inwonerbeeld(
        Klantbeeld("persoon", "1", zaken=[overzicht]), {overzicht.zaak.url: detail}
    )
    assert waarde.aanvragen[0].stappen[0].datum == date(2026, 11, 1)
