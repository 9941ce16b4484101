"""What the real servers accept and refuse, as tables: one row per rule, with its recording.

A rule seen on a real server later is one row here plus its recording in ``shared/recorded``
(``OK n`` = ``open-klant-2.18.0/n-*``, ``OZ n`` = ``open-zaak-1.30.0/n-*``); the replay test
(``tests/sandbox/test_recorded_replay.py``) sends every recorded refusal to the oefenomgeving.

Fields are checked the way Django REST framework does: a text field takes a string or a number
(``"Not a valid string."`` otherwise) and trims its ends; ``""`` skips every further check (and
is refused as ``blank`` where the model does not allow it); then the validators run in order
(integer, unique, length) and every failure is reported, all fields in one response. Object
rules (:class:`Objectregel`) run only when every field is valid, as ``validate()`` does.
The query parameters each list knows are in :mod:`klantbeeld.sandbox.filterparameters`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

Param = dict[str, str]

#: Django's ``validate_integer``: an optional minus sign, then digits (OK 137, 138).
GEHEEL_GETAL = re.compile(r"^-?\d+\Z")
#: Open Klant's telephone check (OK 62, 64, 174).
TELEFOON = re.compile(r"^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$")
#: Numbers Open Klant refuses with their own reason (OK 173).
TELEFOON_SERVICE = re.compile(r"^(0800|0900|140)")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

LEEG = "Dit veld mag niet leeg zijn."
#: What DRF's BooleanField reads as true and as false (besides ``true`` and ``false``).
_WAAR = frozenset(
    {"t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "1", 1}
)
_ONWAAR = frozenset(
    {"f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "0", 0}
)


class Soort(Enum):
    """How a field's value is read."""

    TEKST = "tekst"  #: a CharField: a string or a number, ends trimmed
    GETAL = "getal"  #: a CharField with ``validate_integer`` (``nummer``, ``referentienummer``)
    KEUZE = "keuze"  #: a ChoiceField
    BOOLEAN = "boolean"  #: a BooleanField


@dataclass(frozen=True)
class Veldregel:
    """One field of a resource and what the real server checks on it."""

    naam: str
    soort: Soort = Soort.TEKST
    max: int | None = None
    vereist: bool = False
    leeg_mag: bool = True  #: ``""`` accepted (``blank=True``)
    null_mag: bool = False  #: ``null`` accepted (stored as ``null``)
    keuzes: tuple[str, ...] = ()
    uniek: str = ""  #: the resource's Dutch name when the value is unique among its objects
    bewijs: str = ""


@dataclass(frozen=True)
class Objectregel:
    """A rule on the whole object; ``breekt(body)`` is True when ``body`` breaks it."""

    naam: str
    code: str
    reden: str
    breekt: Callable[[Mapping[str, Any]], bool]
    bewijs: str
    bij_wijzigen: bool = False  #: also checked on PATCH (on the object as it would become)


def _getal(naam: str, uniek: str, bewijs: str) -> Veldregel:
    return Veldregel(naam, Soort.GETAL, 10, null_mag=True, uniek=uniek, bewijs=bewijs)


KLANTCONTACT: tuple[Veldregel, ...] = (
    _getal("nummer", "klantcontact", "OK 33, 34, 131-133, 137-141"),
    _getal("referentienummer", "klantcontact", "OK 35, 134-136"),
    Veldregel("kanaal", max=50, vereist=True, leeg_mag=False, bewijs="OK 36, 145"),
    Veldregel("onderwerp", max=200, vereist=True, leeg_mag=False, bewijs="OK 36, 142"),
    Veldregel("inhoud", max=1000, bewijs="OK 36, 66, 143"),
    Veldregel("reactie", max=4000, bewijs="OK 36, 144"),
    Veldregel("indicatieContactGelukt", Soort.BOOLEAN, null_mag=True, bewijs="OK 66"),
    Veldregel("hoofdOnderwerpType", max=200, bewijs="spec"),
    Veldregel("verdereActieOndernomen", Soort.BOOLEAN, bewijs="spec"),
    Veldregel("taal", max=3, vereist=True, leeg_mag=False, bewijs="spec"),
    Veldregel("vertrouwelijk", Soort.BOOLEAN, vereist=True, bewijs="spec"),
)

TAAKSTATUS = ("te_verwerken", "verwerkt")

INTERNETAAK: tuple[Veldregel, ...] = (
    _getal("nummer", "interne taak", "OK 54, 163, 164"),
    # Not recorded as refused; the same model field as nummer (OK 58 accepts digits).
    _getal("referentienummer", "interne taak", "OK 58"),
    Veldregel("gevraagdeHandeling", max=200, vereist=True, leeg_mag=False, bewijs="OK 58, 166-169"),
    Veldregel("toelichting", max=1000, bewijs="OK 58, 167"),
    Veldregel("status", Soort.KEUZE, vereist=True, keuzes=TAAKSTATUS, bewijs="OK 59, 165, 171"),
)

INTERNETAAK_OBJECT: tuple[Objectregel, ...] = (
    Objectregel(
        "nonFieldErrors",
        "invalid",
        "`toegewezen_aan_actor` of `toegewezen_aan_actoren` is required "
        "(mag niet beiden gebruiken).",
        lambda b: b.get("toegewezenAanActoren") is None and b.get("toegewezenAanActor") is None,
        "OK 161",
    ),
    Objectregel(
        "nonFieldErrors",
        "invalid",
        "`toegewezen_aan_actor` en `toegewezen_aan_actoren` mag niet beiden gebruikt worden.",
        lambda b: (
            b.get("toegewezenAanActoren") is not None and b.get("toegewezenAanActor") is not None
        ),
        "OK 162",
    ),
    Objectregel(
        "afgehandeldOp",
        "invalid",
        "De Internetaak kan geen afgehandeld op datum bevatten als de status niet op "
        "'verwerkt' staat.",
        lambda b: b.get("afgehandeldOp") is not None and b.get("status") == "te_verwerken",
        "OK 170",
        bij_wijzigen=True,
    ),
)

DIGITAAL_ADRES: tuple[Veldregel, ...] = (
    Veldregel("adres", max=80, vereist=True, leeg_mag=False, bewijs="OK 62-65"),
    Veldregel(
        "soortDigitaalAdres",
        Soort.KEUZE,
        vereist=True,
        keuzes=("email", "telefoonnummer", "overig"),
        bewijs="OK 62-65, 172",
    ),
    Veldregel("isStandaardAdres", Soort.BOOLEAN, bewijs="OK 63, 176"),
    Veldregel("omschrijving", max=40, bewijs="OK 62"),
    Veldregel("referentie", max=50, bewijs="OK 62; spec maxLength 50"),
)


def _telefoon(b: Mapping[str, Any]) -> str | None:
    adres = b.get("adres")
    return adres if b.get("soortDigitaalAdres") == "telefoonnummer" and adres else None


DIGITAAL_ADRES_OBJECT: tuple[Objectregel, ...] = (
    Objectregel(
        "adres",
        "invalid",
        "Voer een geldig e-mailadres in.",
        lambda b: b.get("soortDigitaalAdres") == "email" and not EMAIL.match(str(b.get("adres"))),
        "OK 63, 175",
    ),
    Objectregel(
        "adres",
        "invalid",
        "Het opgegeven telefoonnummer is ongeldig, telefoonnummers beginnend met 0800, 0900, "
        "1400 of 140xx zijn niet toegestaan.",
        lambda b: bool((t := _telefoon(b)) and TELEFOON_SERVICE.match(t)),
        "OK 173",
    ),
    Objectregel(
        "adres",
        "invalid",
        "Het opgegeven telefoonnummer is ongeldig.",
        lambda b: bool(
            (t := _telefoon(b)) and not TELEFOON_SERVICE.match(t) and not TELEFOON.match(t)
        ),
        "OK 62, 64, 174",
    ),
    Objectregel(
        "isStandaardAdres",
        "invalid",
        "`is_standaard_adres` kan alleen gezet worden als `verstrekt_door_partij` niet leeg is.",
        lambda b: b.get("isStandaardAdres") is True and b.get("verstrektDoorPartij") is None,
        "OK 63, 176",
    ),
)

PARTIJ: tuple[Veldregel, ...] = (
    Veldregel(
        "soortPartij",
        Soort.KEUZE,
        vereist=True,
        keuzes=("persoon", "organisatie", "contactpersoon"),
        bewijs="OK 01, 30",
    ),
    Veldregel("indicatieActief", Soort.BOOLEAN, vereist=True, bewijs="OK 01, 30"),
    Veldregel("indicatieGeheimhouding", Soort.BOOLEAN, null_mag=True, bewijs="OK 01, 30"),
    Veldregel("voorkeurstaal", max=3, bewijs="OK 01, 30"),
    Veldregel("interneNotitie", max=1000, bewijs="spec"),
)

BETROKKENE: tuple[Veldregel, ...] = (
    Veldregel(
        "rol", Soort.KEUZE, vereist=True, keuzes=("klant", "vertegenwoordiger"), bewijs="OK 05, 37"
    ),
    Veldregel("initiator", Soort.BOOLEAN, vereist=True, bewijs="OK 05, 37"),
    Veldregel("organisatienaam", max=200, bewijs="OK 05, 37"),
)

ACTOR: tuple[Veldregel, ...] = (
    Veldregel("naam", max=200, vereist=True, leeg_mag=False, bewijs="OK 07, 31, 32"),
    Veldregel(
        "soortActor",
        Soort.KEUZE,
        vereist=True,
        keuzes=("medewerker", "geautomatiseerde_actor", "organisatorische_eenheid"),
        bewijs="OK 07, 31, 32",
    ),
    Veldregel("indicatieActief", Soort.BOOLEAN, bewijs="OK 07, 31, 32"),
)

#: One partij per identificator (BSN, KVK-nummer, ...): ``__all__`` (OK 30, 130).
PARTIJ_IDENTIFICATOR_UNIEK: Param = {
    "name": "__all__",
    "code": "invalid",
    "reason": "`PartijIdentificator` moet uniek zijn, er bestaat er al een met deze "
    "gegevenscombinatie.",
}


# -- query values (Open Zaak) -------------------------------------------------------------------

#: Longest value of a rol filter (the model field's ``max_length``): ``max_length`` beyond.
ROL_FILTER_MAX: dict[str, int] = {
    "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": 9,  # OZ 132
}
ARCHIEFSTATUSSEN = (
    "nog_te_archiveren",
    "gearchiveerd",
    "gearchiveerd_procestermijn_onbekend",
    "overgedragen",
)  # OZ 133
ARCHIEFNOMINATIES = ("blijvend_bewaren", "vernietigen")


# -- applying the tables ------------------------------------------------------------------------


def fout(naam: str, code: str, reden: str) -> Param:
    """One ``invalidParams`` entry."""
    return {"name": naam, "code": code, "reason": reden}


def vereist(naam: str) -> Param:
    """The ``required`` entry."""
    return fout(naam, "required", "Dit veld is vereist.")


class LegeBotsing(Exception):
    """A second ``""`` in a unique field: the database refuses it, the server answers 500."""

    def __init__(self, veld: str, tabel: str) -> None:
        super().__init__(veld)
        self.veld = veld
        self.tabel = tabel


def _lees(regel: Veldregel, value: Any, fouten: list[Param]) -> Any:
    """The value as the field reads it, or ``None`` after adding its error."""
    naam = regel.naam
    if regel.soort is Soort.BOOLEAN:
        for waar, woorden in ((True, _WAAR), (False, _ONWAAR)):
            if value is waar or (isinstance(value, (str, int)) and value in woorden):
                return waar
        fouten.append(fout(naam, "invalid", "Must be a valid boolean."))
        return None
    if regel.soort is Soort.KEUZE:
        if value == "" and regel.leeg_mag and not regel.vereist:
            return ""
        if not isinstance(value, str) or value not in regel.keuzes:
            fouten.append(fout(naam, "invalid_choice", f'"{value}" is een ongeldige keuze.'))
            return None
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        fouten.append(fout(naam, "invalid", "Not a valid string."))
        return None
    tekst = str(value).strip()
    if tekst == "":
        if not regel.leeg_mag:
            fouten.append(fout(naam, "blank", LEEG))
            return None
        return ""
    return tekst


def controleer(
    regels: Iterable[Veldregel],
    body: Mapping[str, Any],
    *,
    bezet: Callable[[Veldregel, str], bool],
    wijzigen: bool = False,
    prefix: str = "",
) -> tuple[dict[str, Any], list[Param]]:
    """The fields of ``body`` by ``regels``: (clean values, errors named ``prefix + naam``).

    ``bezet(regel, waarde)`` says whether another object already holds ``waarde``. On PATCH
    (``wijzigen``) only the fields sent are checked. Raises :class:`LegeBotsing` when all is
    valid but a second ``""`` would go into a unique field.
    """
    waarden: dict[str, Any] = {}
    fouten: list[Param] = []
    leeg_bezet: Veldregel | None = None
    for regel in regels:
        naam = regel.naam
        if naam not in body:
            if regel.vereist and not wijzigen:
                fouten.append(vereist(naam))
            continue
        value = body[naam]
        if value is None:
            if regel.null_mag:
                waarden[naam] = None
            else:
                fouten.append(fout(naam, "null", LEEG))
            continue
        eigen: list[Param] = []
        gelezen = _lees(regel, value, eigen)
        if not eigen and isinstance(gelezen, str) and regel.soort in (Soort.TEKST, Soort.GETAL):
            if gelezen == "":
                if regel.uniek and bezet(regel, ""):
                    leeg_bezet = regel
            else:
                if regel.soort is Soort.GETAL and not GEHEEL_GETAL.match(gelezen):
                    eigen.append(fout(naam, "invalid", "Voer een geldig geheel getal in."))
                if regel.uniek and bezet(regel, gelezen):
                    eigen.append(
                        fout(
                            naam,
                            "unique",
                            f"Er bestaat al een {regel.uniek} met eenzelfde {naam}.",
                        )
                    )
                if regel.max is not None and len(gelezen) > regel.max:
                    eigen.append(
                        fout(
                            naam,
                            "max_length",
                            f"Zorg ervoor dat dit veld niet meer dan {regel.max} karakters bevat.",
                        )
                    )
        fouten.extend(eigen)
        if not eigen:
            waarden[naam] = gelezen
    for f in fouten:
        f["name"] = prefix + f["name"]
    if not fouten and leeg_bezet is not None:
        raise LegeBotsing(leeg_bezet.naam, leeg_bezet.uniek)
    return waarden, fouten


def objectfouten(
    regels: Iterable[Objectregel], body: Mapping[str, Any], *, wijzigen: bool = False
) -> list[Param]:
    """The object rules ``body`` breaks (on PATCH only those marked ``bij_wijzigen``)."""
    return [
        fout(r.naam, r.code, r.reden)
        for r in regels
        if (r.bij_wijzigen or not wijzigen) and r.breekt(body)
    ]
