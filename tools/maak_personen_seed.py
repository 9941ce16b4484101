"""Builds resources/seed/personen.json from the Haal Centraal personen-mock test data.

Reads ``<shared>/specs/brp/testdata/test-data.json`` (the mock's GBA-like input format) and
``<shared>/specs/brp/openapi.yaml``, keeps the persons of :data:`plan.PERSONEN` plus their
partners, children and parents that exist in the test data, converts them to the BRP
Personen 2.x response shape and writes them together with the valid ``fields`` paths, so the
oefenomgeving runs without the shared folder. Run: ``python tools/maak_personen_seed.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from klantbeeld.sandbox.seed.plan import PERSONEN  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
OUT = ROOT / "resources" / "seed" / "personen.json"

MAANDEN = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip

#: RNI deelnemers (landelijke tabel 62, fictieve selectie voor de oefenomgeving).
RNI_DEELNEMERS = {
    "0101": "Belastingdienst (inkomstenbelasting)",
    "0201": "Sociale Verzekeringsbank",
    "0301": "Uitvoeringsinstituut Werknemersverzekeringen",
    "0401": "Dienst Uitvoering Onderwijs",
    "0501": "Centraal Administratie Kantoor",
}

#: Fields the API returns by itself; they may not be asked for in ``fields``.
INDICATOREN = (
    "inOnderzoek",
    "geheimhoudingPersoonsgegevens",
    "opschortingBijhouding",
    "rni",
    "verificatie",
)


# -- dates and value tables ------------------------------------------------------------------


def datum(raw: str | None) -> dict[str, Any] | None:
    """A GBA date ``YYYYMMDD`` (00 for unknown parts) as an AbstractDatum."""
    if not raw or len(raw) != 8 or not raw.isdigit():
        return None
    jaar, maand, dag = int(raw[:4]), int(raw[4:6]), int(raw[6:])
    if jaar == 0:
        return {"type": "DatumOnbekend", "onbekend": True, "langFormaat": "onbekend"}
    if maand == 0:
        return {"type": "JaarDatum", "jaar": jaar, "langFormaat": str(jaar)}
    if dag == 0:
        return {
            "type": "JaarMaandDatum",
            "jaar": jaar,
            "maand": maand,
            "langFormaat": f"{MAANDEN[maand - 1]} {jaar}",
        }
    return {
        "type": "Datum",
        "datum": f"{raw[:4]}-{raw[4:6]}-{raw[6:]}",
        "langFormaat": f"{dag} {MAANDEN[maand - 1]} {jaar}",
    }


def tabel(raw: Any) -> dict[str, str] | None:
    """A ``{code, omschrijving}`` value, without empty parts."""
    if not isinstance(raw, dict):
        return None
    out = {k: str(raw[k]) for k in ("code", "omschrijving") if raw.get(k)}
    return out or None


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "", [], {}):
        target[key] = value


def in_onderzoek(raw: Any, velden: Iterable[str]) -> dict[str, Any] | None:
    """An inOnderzoek group: every field of the group flagged, plus the start date."""
    if not isinstance(raw, dict):
        return None
    out: dict[str, Any] = {veld: True for veld in velden}
    _put(out, "datumIngangOnderzoek", datum(raw.get("datumIngangOnderzoek")))
    return out


# -- names -------------------------------------------------------------------------------------


def voorletters(voornamen: str) -> str:
    """``Jan Pieter`` -> ``J.P.``."""
    return "".join(f"{deel[0]}." for deel in voornamen.split() if deel)


def naam(raw: dict[str, Any], *, persoon: bool) -> dict[str, Any]:
    """A Naam(Persoon|Gerelateerde) with voorletters (and volledigeNaam for the person)."""
    out: dict[str, Any] = {}
    voornamen = " ".join(str(raw.get("voornamen") or "").split())
    _put(out, "voornamen", voornamen)
    titel = raw.get("adellijkeTitelPredicaat")
    if isinstance(titel, dict) and titel.get("code"):
        _put(
            out,
            "adellijkeTitelPredicaat",
            {
                "code": titel["code"],
                "omschrijving": titel.get("omschrijving", ""),
                "soort": titel.get("soort", "titel"),
            },
        )
    _put(out, "voorvoegsel", raw.get("voorvoegsel"))
    _put(out, "geslachtsnaam", raw.get("geslachtsnaam"))
    _put(out, "voorletters", voorletters(voornamen))
    if persoon:
        delen: list[str] = []
        if isinstance(titel, dict) and titel.get("soort") == "predicaat":
            delen.append(str(titel.get("omschrijving", "")))
        delen.append(voornamen)
        if isinstance(titel, dict) and titel.get("soort") == "titel":
            delen.append(str(titel.get("omschrijving", "")))
        delen += [str(raw.get("voorvoegsel") or ""), str(raw.get("geslachtsnaam") or "")]
        _put(out, "volledigeNaam", " ".join(d for d in delen if d))
        _put(out, "aanduidingNaamgebruik", tabel(raw.get("aanduidingNaamgebruik")))
    return out


def geboorte(raw: Any) -> dict[str, Any] | None:
    """A Geboorte group."""
    if not isinstance(raw, dict):
        return None
    out: dict[str, Any] = {}
    _put(out, "datum", datum(raw.get("datum")))
    _put(out, "plaats", tabel(raw.get("plaats")))
    _put(out, "land", tabel(raw.get("land")))
    _put(out, "inOnderzoek", in_onderzoek(raw.get("inOnderzoek"), ("datum", "plaats", "land")))
    return out or None


def plaats_groep(raw: Any) -> dict[str, Any] | None:
    """A {datum, plaats, land} group (huwelijk, overlijden)."""
    if not isinstance(raw, dict):
        return None
    out: dict[str, Any] = {}
    _put(out, "datum", datum(raw.get("datum")))
    _put(out, "plaats", tabel(raw.get("plaats")))
    _put(out, "land", tabel(raw.get("land")))
    return out or None


# -- address -------------------------------------------------------------------------------------


def postcode_met_spatie(postcode: str) -> str:
    """``3077AW`` -> ``3077 AW``."""
    pc = postcode.replace(" ", "").upper()
    return f"{pc[:4]} {pc[4:]}" if len(pc) == 6 else pc


def verblijfplaats(raw: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(verblijfplaats, adressering) for the mock's verblijfplaats group."""
    vp: dict[str, Any] = {}
    adressering: dict[str, Any] = {}
    onderzoek = raw.get("inOnderzoek")
    land = tabel(raw.get("land"))
    if raw.get("straat") or raw.get("naamOpenbareRuimte"):
        vp["type"] = "Adres"
        adres: dict[str, Any] = {}
        _put(adres, "officieleStraatnaam", raw.get("naamOpenbareRuimte") or raw.get("straat"))
        _put(adres, "korteStraatnaam", raw.get("straat") or raw.get("naamOpenbareRuimte"))
        if str(raw.get("huisnummer", "")).isdigit():
            adres["huisnummer"] = int(raw["huisnummer"])
        _put(adres, "huisletter", raw.get("huisletter"))
        _put(adres, "huisnummertoevoeging", raw.get("huisnummertoevoeging"))
        _put(adres, "aanduidingBijHuisnummer", tabel(raw.get("aanduidingBijHuisnummer")))
        _put(adres, "postcode", raw.get("postcode"))
        _put(adres, "woonplaats", raw.get("woonplaats"))
        vp["verblijfadres"] = adres
        _put(vp, "functieAdres", tabel(raw.get("functieAdres")))
        _put(vp, "adresseerbaarObjectIdentificatie", raw.get("adresseerbaarObjectIdentificatie"))
        _put(vp, "nummeraanduidingIdentificatie", raw.get("nummeraanduidingIdentificatie"))
        _put(vp, "datumVan", datum(raw.get("datumAanvangAdreshouding")))
        nummer = "".join(str(adres.get(k, "")) for k in ("huisnummer", "huisletter")) + (
            f"-{adres['huisnummertoevoeging']}" if adres.get("huisnummertoevoeging") else ""
        )
        adressering["adresregel1"] = f"{adres.get('korteStraatnaam', '')} {nummer}".strip()
        regel2 = postcode_met_spatie(str(adres.get("postcode", "")))
        plaats = str(adres.get("woonplaats", "")).upper()
        adressering["adresregel2"] = f"{regel2}  {plaats}".strip()
        if onderzoek:
            vp["inOnderzoek"] = in_onderzoek(onderzoek, ("type", "verblijfadres", "datumVan"))
    elif raw.get("locatiebeschrijving"):
        vp["type"] = "Locatie"
        vp["verblijfadres"] = {"locatiebeschrijving": raw["locatiebeschrijving"]}
        _put(vp, "datumVan", datum(raw.get("datumAanvangAdreshouding")))
        adressering["adresregel1"] = raw["locatiebeschrijving"]
    elif land and land.get("code") != "0000":
        vp["type"] = "VerblijfplaatsBuitenland"
        buiten: dict[str, Any] = {}
        for regel in ("regel1", "regel2", "regel3"):
            _put(buiten, regel, raw.get(regel))
        buiten["land"] = land
        vp["verblijfadres"] = buiten
        _put(vp, "datumVan", datum(raw.get("datumAanvangAdresBuitenland")))
        for i, regel in enumerate(("regel1", "regel2", "regel3"), start=1):
            _put(adressering, f"adresregel{i}", raw.get(regel))
        adressering["land"] = land
    else:
        vp["type"] = "VerblijfplaatsOnbekend"
        _put(vp, "datumVan", datum(raw.get("datumAanvangAdresBuitenland")))
    _put(vp, "datumIngangGeldigheid", datum(raw.get("datumIngangGeldigheid")))
    return vp, (adressering or None)


# -- relations ---------------------------------------------------------------------------------


def partner(raw: dict[str, Any]) -> dict[str, Any]:
    """A Partner."""
    out: dict[str, Any] = {}
    _put(out, "burgerservicenummer", raw.get("burgerservicenummer"))
    _put(out, "geslacht", tabel(raw.get("geslacht")))
    _put(out, "soortVerbintenis", tabel(raw.get("soortVerbintenis")))
    _put(out, "naam", naam(raw.get("naam") or {}, persoon=False))
    _put(out, "geboorte", geboorte(raw.get("geboorte")))
    _put(out, "aangaanHuwelijkPartnerschap", plaats_groep(raw.get("aangaanHuwelijkPartnerschap")))
    _put(
        out,
        "ontbindingHuwelijkPartnerschap",
        plaats_groep(raw.get("ontbindingHuwelijkPartnerschap")),
    )
    _put(out, "inOnderzoek", in_onderzoek(raw.get("inOnderzoek"), ("naam", "geboorte")))
    return out


def kind(raw: dict[str, Any]) -> dict[str, Any]:
    """A Kind."""
    out: dict[str, Any] = {}
    _put(out, "burgerservicenummer", raw.get("burgerservicenummer"))
    _put(out, "naam", naam(raw.get("naam") or {}, persoon=False))
    _put(out, "geboorte", geboorte(raw.get("geboorte")))
    _put(out, "inOnderzoek", in_onderzoek(raw.get("inOnderzoek"), ("naam", "geboorte")))
    return out


def ouder(raw: dict[str, Any]) -> dict[str, Any]:
    """An Ouder."""
    out: dict[str, Any] = {}
    _put(out, "burgerservicenummer", raw.get("burgerservicenummer"))
    _put(out, "geslacht", tabel(raw.get("geslacht")))
    _put(out, "ouderAanduiding", raw.get("ouderAanduiding"))
    _put(out, "naam", naam(raw.get("naam") or {}, persoon=False))
    _put(out, "geboorte", geboorte(raw.get("geboorte")))
    _put(
        out,
        "datumIngangFamilierechtelijkeBetrekking",
        datum(raw.get("datumIngangFamilierechtelijkeBetrekking")),
    )
    _put(out, "inOnderzoek", in_onderzoek(raw.get("inOnderzoek"), ("naam", "geboorte")))
    return out


def nationaliteit(raw: dict[str, Any]) -> dict[str, Any]:
    """An AbstractNationaliteit of type Nationaliteit."""
    out: dict[str, Any] = {"type": "Nationaliteit"}
    _put(out, "nationaliteit", tabel(raw.get("nationaliteit")))
    _put(out, "redenOpname", tabel(raw.get("redenOpname")))
    _put(out, "datumIngangGeldigheid", datum(raw.get("datumIngangGeldigheid")))
    return out


def persoon(raw: dict[str, Any]) -> dict[str, Any]:
    """One mock record as a BRP Personen 2.x Persoon (without leeftijd: that is per request)."""
    out: dict[str, Any] = {}
    _put(out, "aNummer", raw.get("aNummer"))
    out["burgerservicenummer"] = raw["burgerservicenummer"]
    _put(out, "datumEersteInschrijvingGBA", datum(raw.get("datumEersteInschrijvingGBA")))
    if raw.get("geheimhoudingPersoonsgegevens") not in (None, "", "0"):
        out["geheimhoudingPersoonsgegevens"] = True
    _put(out, "geslacht", tabel(raw.get("geslacht")))
    _put(
        out,
        "inOnderzoek",
        in_onderzoek(raw.get("persoonInOnderzoek"), ("burgerservicenummer", "geslacht")),
    )
    if "inOnderzoek" in out:
        out["inOnderzoek"]["leeftijd"] = True
        out["inOnderzoek"]["datumIngangOnderzoekPersoon"] = out["inOnderzoek"].pop(
            "datumIngangOnderzoek", None
        )
    _put(out, "naam", naam(raw.get("naam") or {}, persoon=True))
    _put(out, "nationaliteiten", [nationaliteit(n) for n in raw.get("nationaliteiten") or []])
    _put(out, "geboorte", geboorte(raw.get("geboorte")))
    ops = raw.get("opschortingBijhouding")
    if isinstance(ops, dict):
        groep: dict[str, Any] = {}
        _put(groep, "reden", tabel(ops.get("reden")))
        _put(groep, "datum", datum(ops.get("datum")))
        _put(out, "opschortingBijhouding", groep)
    _put(out, "overlijden", plaats_groep(raw.get("overlijden")))
    vp, adressering = verblijfplaats(raw.get("verblijfplaats") or {})
    _put(out, "verblijfplaats", vp)
    imm = raw.get("immigratie") or {}
    immigratie: dict[str, Any] = {}
    _put(immigratie, "datumVestigingInNederland", datum(imm.get("datumVestigingInNederland")))
    _put(immigratie, "landVanwaarIngeschreven", tabel(imm.get("landVanwaarIngeschreven")))
    _put(out, "immigratie", immigratie)
    _put(out, "gemeenteVanInschrijving", tabel(raw.get("gemeenteVanInschrijving")))
    _put(out, "datumInschrijvingInGemeente", datum(raw.get("datumInschrijvingInGemeente")))
    if adressering is not None:
        n = out.get("naam", {})
        aanschrijf = " ".join(
            d for d in (n.get("voorletters"), n.get("voorvoegsel"), n.get("geslachtsnaam")) if d
        )
        adressering["aanschrijfwijze"] = {"naam": aanschrijf}
        out["adressering"] = adressering
    vt = raw.get("verblijfstitel")
    if isinstance(vt, dict):
        titel: dict[str, Any] = {}
        _put(titel, "aanduiding", tabel(vt.get("aanduiding")))
        _put(titel, "datumIngang", datum(vt.get("datumIngang")))
        _put(titel, "datumEinde", datum(vt.get("datumEinde")))
        _put(out, "verblijfstitel", titel)
    if raw.get("indicatieCurateleRegister"):
        out["indicatieCurateleRegister"] = True
    _put(out, "kinderen", [kind(k) for k in raw.get("kinderen") or []])
    _put(out, "ouders", [ouder(o) for o in raw.get("ouders") or []])
    _put(out, "partners", [partner(p) for p in raw.get("partners") or []])
    rni = []
    for item in raw.get("rni") or []:
        code = str((item.get("deelnemer") or {}).get("code", ""))
        deelnemer = {"code": code}
        if code in RNI_DEELNEMERS:
            deelnemer["omschrijving"] = RNI_DEELNEMERS[code]
        rni.append({"deelnemer": deelnemer, "categorie": item.get("categorie", "")})
    _put(out, "rni", rni)
    ver = raw.get("verificatie")
    if isinstance(ver, dict):
        verificatie: dict[str, Any] = {}
        _put(verificatie, "datum", datum(ver.get("datum")))
        _put(verificatie, "omschrijving", ver.get("omschrijving"))
        _put(out, "verificatie", verificatie)
    return out


# -- field paths from the spec -----------------------------------------------------------------


def veldpaden(spec: dict[str, Any], schema_naam: str) -> list[str]:
    """Every field path of ``schema_naam`` a request may name (indicators left out)."""
    schemas = spec["components"]["schemas"]
    leaves = {"AbstractDatum", "Waardetabel", "AdellijkeTitelPredicaatType"}
    paden: set[str] = set()

    def props(naam_: str, seen: frozenset[str]) -> dict[str, list[Any]]:
        schema = schemas[naam_]
        out: dict[str, list[Any]] = {}

        def add(more: dict[str, list[Any]]) -> None:
            for key, values in more.items():
                out.setdefault(key, []).extend(values)

        for part in schema.get("allOf", []):
            if "$ref" in part:
                add(props(part["$ref"].rsplit("/", 1)[-1], seen))
            else:
                add({k: [v] for k, v in part.get("properties", {}).items()})
        add({k: [v] for k, v in schema.get("properties", {}).items()})
        mapping = (schema.get("discriminator") or {}).get("mapping", {})
        for ref in mapping.values():
            sub = ref.rsplit("/", 1)[-1]
            if sub != naam_ and sub not in seen:
                add(props(sub, seen | {naam_, sub}))
        return out

    def walk(naam_: str, prefix: str, seen: frozenset[str]) -> None:
        for key, values in props(naam_, seen).items():
            if key == "inOnderzoek" or (not prefix and key in INDICATOREN):
                continue
            pad = f"{prefix}{key}"
            paden.add(pad)
            for value in values:
                ref = value.get("$ref") or (value.get("items") or {}).get("$ref")
                if not ref:
                    continue
                sub = ref.rsplit("/", 1)[-1]
                if sub in leaves:
                    if sub != "AbstractDatum":
                        paden.update({f"{pad}.code", f"{pad}.omschrijving"})
                    continue
                if sub in seen:
                    continue
                walk(sub, f"{pad}.", seen | {sub})

    walk(schema_naam, "", frozenset({schema_naam}))
    return sorted(paden)


# -- main ----------------------------------------------------------------------------------------


def bouw(shared: Path) -> dict[str, Any]:
    """The whole seed document."""
    data = json.loads((shared / "specs/brp/testdata/test-data.json").read_text(encoding="utf-8"))
    spec = yaml.safe_load((shared / "specs/brp/openapi.yaml").read_text(encoding="utf-8"))
    per_bsn = {p["burgerservicenummer"]: p for p in data}
    gekozen: list[str] = []
    for bsn, _ in PERSONEN:
        if bsn not in gekozen:
            gekozen.append(bsn)
    for bsn, _ in PERSONEN:
        raw = per_bsn[bsn]
        for groep in ("partners", "kinderen", "ouders"):
            for rel in raw.get(groep) or []:
                rel_bsn = rel.get("burgerservicenummer")
                if rel_bsn in per_bsn and rel_bsn not in gekozen:
                    gekozen.append(rel_bsn)
    return {
        "bron": "BRP-API/Haal-Centraal-BRP-bevragen personen-mock test-data.json (v2.2.1)",
        "velden": veldpaden(spec, "Persoon"),
        "veldenBeperkt": veldpaden(spec, "PersoonBeperkt"),
        "personen": [persoon(per_bsn[bsn]) for bsn in gekozen],
    }


def tekst(document: dict[str, Any]) -> str:
    """The file content: compact, one person per line (readable diffs)."""
    regels = ["{"]
    for key in ("bron", "velden", "veldenBeperkt"):
        regels.append(f"{json.dumps(key)}:{json.dumps(document[key], ensure_ascii=False)},")
    regels.append('"personen":[')
    personen = [
        json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in document["personen"]
    ]
    regels.append(",\n".join(personen))
    regels.append("]}")
    return "\n".join(regels) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write resources/seed/personen.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    document = bouw(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(tekst(document), encoding="utf-8")
    print(f"{len(document['personen'])} personen -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
