"""Oefenomgeving: BRP Personen 2.x, ``POST /haalcentraal/api/brp/personen``.

Answers like the Haal Centraal BRP API: the body is polymorphic on ``type``, ``fields`` is
required and only the requested fields come back, plus the indicators the API always sends
(geheimhoudingPersoonsgegevens, opschortingBijhouding, rni, verificatie, inOnderzoek).
Validation errors are ``400`` problem+json with ``invalidParams``; auth is header ``X-API-KEY``.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from klantbeeld.sandbox.common import ApiFout, charge, check_header_key, json_response, read_json
from klantbeeld.sandbox.context import SandboxContext
from klantbeeld.sandbox.endpoints import PATHS
from klantbeeld.sandbox.seed.personen import COLL, laad
from klantbeeld.services.werkplek.settings import ApiNaam

MEDIA = "application/json; charset=utf-8"
INDICATOREN = (
    "inOnderzoek",
    "geheimhoudingPersoonsgegevens",
    "opschortingBijhouding",
    "rni",
    "verificatie",
)
BSN_RE = re.compile(r"^[0-9]{9}$")
FIELD_RE = re.compile(r"^[a-zA-Z0-9\._]{1,200}$")
POSTCODE_RE = re.compile(r"^[1-9][0-9]{3} ?[A-Za-z]{2}$")
NAAM_RE = re.compile(r"^[a-zA-Z0-9À-ž \.\-\']{1,200}$|^[a-zA-Z0-9À-ž \.\-\']{3,199}\*$")
GEMEENTE_RE = re.compile(r"^[0-9]{4}$")
#: The spec's patterns of the other filters (fullmatch: ``$`` would let a trailing newline in).
HUISLETTER_RE = re.compile(r"[a-zA-Z]")
TOEVOEGING_RE = re.compile(r"[a-zA-Z0-9 \-]{1,4}")
VOORVOEGSEL_RE = re.compile(r"[a-zA-Z ']{1,10}")
GESLACHT_RE = re.compile(r"[MmVvOo]")

TYPES = (
    "RaadpleegMetBurgerservicenummer",
    "ZoekMetGeslachtsnaamEnGeboortedatum",
    "ZoekMetNaamEnGemeenteVanInschrijving",
    "ZoekMetPostcodeEnHuisnummer",
)


class _Fouten:
    """Collects invalidParams; every fault is reported once, as the BRP API does."""

    def __init__(self) -> None:
        self.items: list[dict[str, str]] = []

    def add(self, name: str, code: str, reason: str) -> None:
        self.items.append({"name": name, "code": code, "reason": reason})

    def raise_if_any(self) -> None:
        if self.items:
            raise ApiFout(
                400,
                "paramsValidation",
                "Een of meerdere parameters zijn niet correct.",
                "Een of meerdere parameters zijn niet correct.",
                invalid_params=self.items,
                stijl="brp",
            )


# -- field selection ------------------------------------------------------------------------


Tree = dict[str, "Tree | None"]


def field_tree(paths: list[str]) -> Tree:
    """``["naam.voornamen", "geboorte"]`` -> ``{"naam": {"voornamen": None}, "geboorte": None}``."""
    tree: Tree = {}
    for path in paths:
        node = tree
        parts = path.split(".")
        for i, part in enumerate(parts):
            if part in node and node[part] is None:
                break  # a parent was asked for whole
            if i == len(parts) - 1:
                node[part] = None
            else:
                child = node.get(part)
                if child is None:
                    child = {}
                    node[part] = child
                node = child
    return tree


def select(value: Any, tree: Tree | None) -> Any:
    """The part of ``value`` the tree asks for (lists: per item; groups keep type/inOnderzoek)."""
    if tree is None:
        return copy.deepcopy(value)
    if isinstance(value, list):
        return [select(item, tree) for item in value]
    if not isinstance(value, dict):
        return copy.deepcopy(value)
    out: dict[str, Any] = {}
    for key, sub in tree.items():
        if key in value:
            picked = select(value[key], sub)
            if picked not in ({}, []):
                out[key] = picked
    if out:
        for extra in ("type", "inOnderzoek"):
            if extra in value and extra not in out:
                out[extra] = copy.deepcopy(value[extra])
    return out


def leeftijd(persoon: dict[str, Any], vandaag: date) -> int | None:
    """Age in whole years today; none for the deceased or an incomplete birth date."""
    if "overlijden" in persoon:
        return None
    datum = (persoon.get("geboorte") or {}).get("datum") or {}
    if datum.get("type") != "Datum":
        return None
    geboren = date.fromisoformat(datum["datum"])
    jaren = (
        vandaag.year - geboren.year - ((vandaag.month, vandaag.day) < (geboren.month, geboren.day))
    )
    return max(0, jaren)


def antwoord(persoon: dict[str, Any], fields: list[str], vandaag: date) -> dict[str, Any]:
    """The requested fields of one person plus the indicators always sent."""
    bron = dict(persoon)
    age = leeftijd(persoon, vandaag)
    if age is not None:
        bron["leeftijd"] = age
    out: dict[str, Any] = select(bron, field_tree(fields))
    for key in INDICATOREN:
        if key in persoon:
            out[key] = copy.deepcopy(persoon[key])
    return out


# -- validation -------------------------------------------------------------------------------


def check_fields(body: dict[str, Any], toegestaan: set[str], fouten: _Fouten) -> list[str]:
    """The ``fields`` list, checked against the spec's field paths."""
    fields = body.get("fields")
    if fields is None:
        fouten.add("fields", "required", "Parameter is verplicht.")
        return []
    if not isinstance(fields, list) or not fields:
        fouten.add("fields", "minItems", "Array bevat minder dan 1 item(s).")
        return []
    if len(fields) > 130:
        fouten.add("fields", "maxItems", "Array bevat meer dan 130 items.")
        return []
    goed: list[str] = []
    for i, field in enumerate(fields):
        name = f"fields[{i}]"
        if not isinstance(field, str) or not FIELD_RE.match(field):
            fouten.add(name, "pattern", "Waarde voldoet niet aan patroon ^[a-zA-Z0-9\\._]{1,200}$.")
        elif field.split(".")[0] in INDICATOREN or field.endswith(".inOnderzoek"):
            fouten.add(name, "field", "Parameter bevat een niet toegestane veldnaam.")
        elif field not in toegestaan:
            fouten.add(name, "field", "Parameter bevat een niet bestaande veldnaam.")
        else:
            goed.append(field)
    return goed


def _text(body: dict[str, Any], name: str, fouten: _Fouten, *, required: bool) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            fouten.add(name, "required", "Parameter is verplicht.")
        return None
    if not isinstance(value, str):
        fouten.add(name, "string", "Waarde is geen string.")
        return None
    return value


def _datum(body: dict[str, Any], name: str, fouten: _Fouten, *, required: bool) -> date | None:
    value = _text(body, name, fouten, required=required)
    if value is None:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else date.fromisoformat("x")
    except ValueError:
        fouten.add(name, "date", "Waarde is geen geldige datum.")
        return None


def _naam_filter(body: dict[str, Any], name: str, fouten: _Fouten, *, required: bool) -> str | None:
    value = _text(body, name, fouten, required=required)
    if value is not None and not NAAM_RE.match(value):
        fouten.add(name, "pattern", "Waarde voldoet niet aan patroon.")
        return None
    return value


def _patroon(
    body: dict[str, Any], name: str, regex: re.Pattern[str], spec: str, fouten: _Fouten
) -> str | None:
    value = _text(body, name, fouten, required=False)
    if value is not None and not regex.fullmatch(value):
        fouten.add(name, "pattern", f"Waarde voldoet niet aan patroon {spec}.")
        return None
    return value


def matches(pattern: str | None, value: str | None) -> bool:
    """Case-insensitive match; a trailing ``*`` makes it a prefix match."""
    if pattern is None:
        return True
    value = (value or "").casefold()
    pattern = pattern.casefold()
    if pattern.endswith("*"):
        return value.startswith(pattern[:-1])
    return value == pattern


# -- routes ---------------------------------------------------------------------------------


def routes(ctx: SandboxContext) -> list[BaseRoute]:
    """``POST {BRP}/personen``."""
    base = PATHS[ApiNaam.BRP]
    seed_doc = laad()
    alle_velden = set(seed_doc["velden"])
    beperkte_velden = set(seed_doc["veldenBeperkt"])

    def personen() -> list[dict[str, Any]]:
        return [obj["persoon"] for obj in ctx.store.all(COLL)]

    def per_bsn() -> dict[str, list[dict[str, Any]]]:
        return ctx.store.index(COLL, "bsn", lambda o: [o["persoon"]["burgerservicenummer"]])

    async def zoek(request: Request) -> Response:
        check_header_key(request, "x-api-key", ctx.creds.brp_apikey, stijl="brp")
        body = await read_json(request, stijl="brp")
        fouten = _Fouten()
        if not isinstance(body, dict):
            fouten.add("type", "required", "Parameter is verplicht.")
            fouten.raise_if_any()
        soort = body.get("type")
        if soort is None:
            fouten.add("type", "required", "Parameter is verplicht.")
        elif soort not in TYPES:
            fouten.add("type", "value", "Waarde is geen geldige zoek type.")
        raadpleeg = soort == "RaadpleegMetBurgerservicenummer"
        fields = check_fields(body, alle_velden if raadpleeg else beperkte_velden, fouten)
        gemeente = body.get("gemeenteVanInschrijving")
        if gemeente is not None and not (isinstance(gemeente, str) and GEMEENTE_RE.match(gemeente)):
            fouten.add(
                "gemeenteVanInschrijving", "pattern", "Waarde voldoet niet aan patroon ^[0-9]{4}$."
            )
            gemeente = None
        fouten.raise_if_any()

        gevonden: list[dict[str, Any]]
        if raadpleeg:
            bsns = body.get("burgerservicenummer")
            if bsns is None:
                fouten.add("burgerservicenummer", "required", "Parameter is verplicht.")
            elif not isinstance(bsns, list) or not bsns:
                fouten.add("burgerservicenummer", "minItems", "Array bevat minder dan 1 item(s).")
            elif len(bsns) > 20:
                fouten.add("burgerservicenummer", "maxItems", "Array bevat meer dan 20 items.")
            else:
                for i, bsn in enumerate(bsns):
                    if not isinstance(bsn, str) or not BSN_RE.match(bsn):
                        fouten.add(
                            f"burgerservicenummer[{i}]",
                            "pattern",
                            "Waarde voldoet niet aan patroon ^[0-9]{9}$.",
                        )
            fouten.raise_if_any()
            index = per_bsn()
            gevonden = []
            for bsn in dict.fromkeys(bsns):
                gevonden.extend(obj["persoon"] for obj in index.get(bsn, [])[:1])
        else:
            gevonden = _zoek(soort, body, fouten)
            if not body.get("inclusiefOverledenPersonen"):
                gevonden = [p for p in gevonden if "overlijden" not in p]
        if gemeente is not None:
            gevonden = [
                p
                for p in gevonden
                if (p.get("gemeenteVanInschrijving") or {}).get("code") == gemeente
            ]
        charge("brp.persoon", max(1, len(gevonden)))
        result = {"type": soort, "personen": [antwoord(p, fields, ctx.vandaag) for p in gevonden]}
        return json_response(request, result, media_type=MEDIA)

    def _zoek(soort: str, body: dict[str, Any], fouten: _Fouten) -> list[dict[str, Any]]:
        if soort == "ZoekMetGeslachtsnaamEnGeboortedatum":
            naam = _naam_filter(body, "geslachtsnaam", fouten, required=True)
            geboren = _datum(body, "geboortedatum", fouten, required=True)
            voornamen = _naam_filter(body, "voornamen", fouten, required=False)
            voorvoegsel = _patroon(
                body, "voorvoegsel", VOORVOEGSEL_RE, "^[a-zA-Z \\']{1,10}$", fouten
            )
            geslacht = _patroon(body, "geslacht", GESLACHT_RE, "^([Mm]|[Vv]|[Oo])$", fouten)
            fouten.raise_if_any()
            assert geboren is not None
            return [
                p
                for p in personen()
                if matches(naam, p.get("naam", {}).get("geslachtsnaam"))
                and ((p.get("geboorte") or {}).get("datum") or {}).get("datum")
                == geboren.isoformat()
                and matches(voornamen, p.get("naam", {}).get("voornamen"))
                and (voorvoegsel is None or matches(voorvoegsel, p["naam"].get("voorvoegsel")))
                and (geslacht is None or matches(geslacht, (p.get("geslacht") or {}).get("code")))
            ]
        if soort == "ZoekMetNaamEnGemeenteVanInschrijving":
            naam = _naam_filter(body, "geslachtsnaam", fouten, required=True)
            voornamen = _naam_filter(body, "voornamen", fouten, required=True)
            if body.get("gemeenteVanInschrijving") is None:
                fouten.add("gemeenteVanInschrijving", "required", "Parameter is verplicht.")
            fouten.raise_if_any()
            return [
                p
                for p in personen()
                if matches(naam, p.get("naam", {}).get("geslachtsnaam"))
                and matches(voornamen, p.get("naam", {}).get("voornamen"))
            ]
        # ZoekMetPostcodeEnHuisnummer
        postcode = _text(body, "postcode", fouten, required=True)
        if postcode is not None and not POSTCODE_RE.match(postcode):
            fouten.add(
                "postcode",
                "pattern",
                "Waarde voldoet niet aan patroon ^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$.",
            )
        huisnummer = body.get("huisnummer")
        if huisnummer is None:
            fouten.add("huisnummer", "required", "Parameter is verplicht.")
        elif not isinstance(huisnummer, int) or isinstance(huisnummer, bool):
            fouten.add("huisnummer", "integer", "Waarde is geen geldig getal.")
        elif not 1 <= huisnummer <= 99999:
            fouten.add(
                "huisnummer",
                "minimum" if huisnummer < 1 else "maximum",
                "Waarde is buiten het bereik.",
            )
        huisletter = _patroon(body, "huisletter", HUISLETTER_RE, "^[a-zA-Z]{1}$", fouten)
        toevoeging = _patroon(
            body, "huisnummertoevoeging", TOEVOEGING_RE, "^[a-zA-Z0-9 \\-]{1,4}$", fouten
        )
        geboren = _datum(body, "geboortedatum", fouten, required=False)
        naam = _naam_filter(body, "geslachtsnaam", fouten, required=False)
        fouten.raise_if_any()
        assert postcode is not None
        pc = postcode.replace(" ", "").upper()
        uit: list[dict[str, Any]] = []
        for p in personen():
            vp = p.get("verblijfplaats") or {}
            adres = vp.get("verblijfadres") or {}
            if vp.get("type") != "Adres":
                continue
            if str(adres.get("postcode", "")).replace(" ", "").upper() != pc:
                continue
            if adres.get("huisnummer") != huisnummer:
                continue
            if huisletter is not None and not matches(huisletter, adres.get("huisletter")):
                continue
            if toevoeging is not None and not matches(
                toevoeging, adres.get("huisnummertoevoeging")
            ):
                continue
            if geboren is not None and (
                ((p.get("geboorte") or {}).get("datum") or {}).get("datum") != geboren.isoformat()
            ):
                continue
            if not matches(naam, p.get("naam", {}).get("geslachtsnaam")):
                continue
            uit.append(p)
        return uit

    return [Route(f"{base}/personen", zoek, methods=["POST"])]
