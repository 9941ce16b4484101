"""Oefenomgeving routes: Klantinteracties API 0.9 as Open Klant 2.18 serves it (reads and writes).

Objects are stored without their reverse links; every response computes them from the
store (``partij.betrokkenen``, ``klantcontact.hadBetrokkenen``, ...), so an object written
through the API shows up everywhere at once, as on the real server.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from klantbeeld.sandbox import regels
from klantbeeld.sandbox.common import (
    ApiFout,
    charge,
    check_token,
    controleer_query,
    expand_param,
    internal_url,
    json_response,
    niet_gevonden,
    ongeldige_invoer,
    paginate,
    read_json,
)
from klantbeeld.sandbox.context import SandboxContext
from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.store import Obj, Store, new_uuid

PREFIX = "/klantinteracties/api/v1"
STIJL = "ok"

Handler = Callable[[Request], Awaitable[Response]]

#: How Open Klant names a resource in "<naam> object bestaat niet." (OK 153, 177).
_LABELS = {
    ki.PARTIJEN: "Partij",
    ki.BETROKKENEN: "Betrokkene",
    ki.KLANTCONTACTEN: "Klantcontact",
    ki.ACTOREN: "Actor",
}

EXPAND_KLANTCONTACT = {
    "gingOverOnderwerpobjecten",
    "hadBetrokkenen",
    "hadBetrokkenen.digitaleAdressen",
    "hadBetrokkenen.wasPartij",
    "leiddeTotInterneTaken",
    "omvatteBijlagen",
}
EXPAND_PARTIJ = {
    "betrokkenen",
    "betrokkenen.hadKlantcontact",
    "categorieRelaties",
    "digitaleAdressen",
}
EXPAND_BETROKKENE = {"digitaleAdressen"}
EXPAND_DIGITAALADRES = {
    "verstrektDoorBetrokkene",
    "verstrektDoorBetrokkene.hadKlantcontact",
    "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken",
}


def _uuid_of(ref: Any) -> str | None:
    if isinstance(ref, dict):
        uid = ref.get("uuid")
        if isinstance(uid, str) and uid:
            return uid
        url = ref.get("url")
        if isinstance(url, str) and url:
            return url.rstrip("/").rsplit("/", 1)[-1]
    return None


def _nu() -> str:
    return ki.tijd(datetime.now(UTC))


#: The longest value ``metadata`` holds (the spec: "value = string (max 255 tekens)").
METADATA_MAX = 255


def _metadata_fouten(metadata: Any, naam: str) -> list[dict[str, str]]:
    """Why a klantcontact's ``metadata`` is refused: the spec allows only an object of strings,
    each value at most 255 characters. No exchange records the real server's refusal; this
    refuses at least what the spec forbids (never more lenient than the real server)."""
    if metadata is None:
        return []
    if not isinstance(metadata, dict):
        return [regels.fout(naam, "invalid", "Waarde moet valide JSON zijn.")]
    fouten = []
    for sleutel, waarde in metadata.items():
        if not isinstance(waarde, str):
            fouten.append(regels.fout(f"{naam}.{sleutel}", "invalid", "Not a valid string."))
        elif len(waarde) > METADATA_MAX:
            fouten.append(
                regels.fout(
                    f"{naam}.{sleutel}",
                    "max_length",
                    f"Zorg ervoor dat dit veld niet meer dan {METADATA_MAX} karakters bevat.",
                )
            )
    return fouten


def _fout(params: list[dict[str, str]]) -> ApiFout:
    return ongeldige_invoer(params, stijl=STIJL)


async def _lees_object(request: Request) -> dict[str, Any]:
    """The request body, which must be a JSON object (else the 400 Open Klant gives)."""
    body = await read_json(request, stijl=STIJL)
    if not isinstance(body, dict):
        raise _fout([{"name": "nonFieldErrors", "code": "invalid", "reason": "Ongeldige data."}])
    return body


_vereist = regels.vereist


def _query(request: Request) -> dict[str, str]:
    """The query parameters with a value: django-filter skips an empty one (OK 159).

    Bodies are stored with the placeholder host (see ``read_json``); a filter on such a value
    (a zaak URL as ``onderwerpobjectidentificatorObjectId``) compares the same way, still as an
    exact string (a trailing ``/`` finds nothing, recording OK 160).
    """
    return {k: internal_url(request, v) for k, v in request.query_params.items() if v != ""}


def _bool(value: str) -> bool | None:
    low = value.lower()
    if low in ("true", "1"):
        return True
    if low in ("false", "0"):
        return False
    return None


def _op_boolean(items: list[Obj], q: dict[str, str], names: Iterable[str]) -> list[Obj]:
    """Filter on boolean parameters; a value that is no boolean is ignored (OK 157)."""
    for name in names:
        flag = _bool(q[name]) if name in q else None
        if flag is not None:
            items = [o for o in items if o.get(name) is flag]
    return items


class _Klantinteracties:
    """The routes, bound to one store."""

    def __init__(self, ctx: SandboxContext) -> None:
        self.store: Store = ctx.store
        self.token = ctx.creds.klantinteracties_token

    # -- indexes ------------------------------------------------------------------------------

    def _by(self, coll: str, field: str) -> dict[Any, list[Obj]]:
        return self.store.index(coll, f"by-{field}", lambda o: [_uuid_of(o.get(field))])

    def identificatoren_van(self, partij_uuid: str) -> list[Obj]:
        return self._by(ki.IDENTIFICATOREN, "identificeerdePartij").get(partij_uuid, [])

    def betrokkenen_van_partij(self, partij_uuid: str) -> list[Obj]:
        return self._by(ki.BETROKKENEN, "wasPartij").get(partij_uuid, [])

    def betrokkenen_van_kc(self, kc_uuid: str) -> list[Obj]:
        return self._by(ki.BETROKKENEN, "hadKlantcontact").get(kc_uuid, [])

    def onderwerpen_van_kc(self, kc_uuid: str) -> list[Obj]:
        return self._by(ki.ONDERWERPOBJECTEN, "klantcontact").get(kc_uuid, [])

    def taken_van_kc(self, kc_uuid: str) -> list[Obj]:
        return self._by(ki.INTERNETAKEN, "aanleidinggevendKlantcontact").get(kc_uuid, [])

    def actoren_van_kc(self, kc_uuid: str) -> list[Obj]:
        links = self._by(ki.ACTORKLANTCONTACTEN, "klantcontact").get(kc_uuid, [])
        out = []
        for link in links:
            actor = self.store.get(ki.ACTOREN, _uuid_of(link["actor"]) or "")
            if actor is not None:
                out.append(actor)
        return out

    def adressen_van_partij(self, partij_uuid: str) -> list[Obj]:
        return self._by(ki.DIGITALEADRESSEN, "verstrektDoorPartij").get(partij_uuid, [])

    def adressen_van_betrokkene(self, bet_uuid: str) -> list[Obj]:
        return self._by(ki.DIGITALEADRESSEN, "verstrektDoorBetrokkene").get(bet_uuid, [])

    # -- rendering ----------------------------------------------------------------------------

    @staticmethod
    def _fks(objs: Iterable[Obj]) -> list[Obj]:
        return [{"uuid": o["uuid"], "url": o["url"]} for o in objs]

    def partij(self, obj: Obj, expand: set[str] | None = None) -> Obj:
        uid = obj["uuid"]
        out: Obj = {
            "uuid": uid,
            "url": obj["url"],
            "nummer": obj.get("nummer"),
            "interneNotitie": obj.get("interneNotitie", ""),
            "betrokkenen": self._fks(self.betrokkenen_van_partij(uid)),
            "categorieRelaties": obj.get("categorieRelaties", []),
            "digitaleAdressen": self._fks(self.adressen_van_partij(uid)),
            "voorkeursDigitaalAdres": obj.get("voorkeursDigitaalAdres"),
            "vertegenwoordigden": obj.get("vertegenwoordigden", []),
            "rekeningnummers": obj.get("rekeningnummers", []),
            "voorkeursRekeningnummer": obj.get("voorkeursRekeningnummer"),
            "partijIdentificatoren": list(self.identificatoren_van(uid)),
        }
        for key, value in obj.items():
            if key not in out:
                out[key] = value
        if expand is not None:
            exp: Obj = {}
            if "betrokkenen" in expand or "betrokkenen.hadKlantcontact" in expand:
                bets = []
                for bet in self.betrokkenen_van_partij(uid):
                    item = self.betrokkene(bet)
                    if "betrokkenen.hadKlantcontact" in expand:
                        kc = self.store.get(
                            ki.KLANTCONTACTEN, _uuid_of(bet["hadKlantcontact"]) or ""
                        )
                        item["_expand"] = {"hadKlantcontact": self.klantcontact(kc) if kc else None}
                    bets.append(item)
                exp["betrokkenen"] = bets
            if "categorieRelaties" in expand:
                exp["categorieRelaties"] = []
            if "digitaleAdressen" in expand:
                adressen = [self.digitaal_adres(a) for a in self.adressen_van_partij(uid)]
                if adressen:  # Open Klant leaves an empty expansion out (02-get-partij-expanded)
                    exp["digitaleAdressen"] = adressen
            out["_expand"] = exp
        return out

    def betrokkene(self, obj: Obj, expand: set[str] | None = None) -> Obj:
        uid = obj["uuid"]
        out: Obj = {
            "uuid": uid,
            "url": obj["url"],
            "wasPartij": obj.get("wasPartij"),
            "hadKlantcontact": obj.get("hadKlantcontact"),
            "digitaleAdressen": self._fks(self.adressen_van_betrokkene(uid)),
        }
        for key, value in obj.items():
            if key not in out:
                out[key] = value
        if expand is not None:
            exp: Obj = {}
            if "digitaleAdressen" in expand:
                exp["digitaleAdressen"] = [
                    self.digitaal_adres(a) for a in self.adressen_van_betrokkene(uid)
                ]
            out["_expand"] = exp
        return out

    def klantcontact(self, obj: Obj, expand: set[str] | None = None) -> Obj:
        uid = obj["uuid"]
        onderwerpen = self.onderwerpen_van_kc(uid)
        betrokkenen = self.betrokkenen_van_kc(uid)
        taken = self.taken_van_kc(uid)
        out: Obj = {
            "uuid": uid,
            "url": obj["url"],
            "gingOverOnderwerpobjecten": self._fks(onderwerpen),
            "hadBetrokkenActoren": self.actoren_van_kc(uid),
            "omvatteBijlagen": [],
            "hadBetrokkenen": self._fks(betrokkenen),
            "leiddeTotInterneTaken": self._fks(taken),
        }
        for key, value in obj.items():
            if key not in out:
                out[key] = value
        if expand is not None:
            exp: Obj = {}
            if "gingOverOnderwerpobjecten" in expand:
                charge("klantcontacten.expand.gingOverOnderwerpobjecten")
                exp["gingOverOnderwerpobjecten"] = [dict(o) for o in onderwerpen]
            wants_bet = {e for e in expand if e.startswith("hadBetrokkenen")}
            if wants_bet:
                charge("klantcontacten.expand.hadBetrokkenen")
                bets = []
                for bet in betrokkenen:
                    item = self.betrokkene(bet)
                    sub: Obj = {}
                    if "hadBetrokkenen.wasPartij" in expand:
                        partij = self.store.get(ki.PARTIJEN, _uuid_of(bet.get("wasPartij")) or "")
                        sub["wasPartij"] = self.partij(partij) if partij else None
                    if "hadBetrokkenen.digitaleAdressen" in expand:
                        sub["digitaleAdressen"] = [
                            self.digitaal_adres(a)
                            for a in self.adressen_van_betrokkene(bet["uuid"])
                        ]
                    if sub:
                        item["_expand"] = sub
                    bets.append(item)
                exp["hadBetrokkenen"] = bets
            if "leiddeTotInterneTaken" in expand:
                charge("klantcontacten.expand.leiddeTotInterneTaken")
                exp["leiddeTotInterneTaken"] = [dict(t) for t in taken]
            if "omvatteBijlagen" in expand:
                exp["omvatteBijlagen"] = []
            out["_expand"] = exp
        return out

    def digitaal_adres(self, obj: Obj, expand: set[str] | None = None) -> Obj:
        out = dict(obj)
        if expand is not None:
            exp: Obj = {}
            if expand:
                bet = self.store.get(
                    ki.BETROKKENEN, _uuid_of(obj.get("verstrektDoorBetrokkene")) or ""
                )
                if bet is not None:
                    item = self.betrokkene(bet)
                    if any(e.startswith("verstrektDoorBetrokkene.hadKlantcontact") for e in expand):
                        kc = self.store.get(
                            ki.KLANTCONTACTEN, _uuid_of(bet["hadKlantcontact"]) or ""
                        )
                        sub_exp = (
                            {"leiddeTotInterneTaken"}
                            if "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken"
                            in expand
                            else set()
                        )
                        item["_expand"] = {
                            "hadKlantcontact": self.klantcontact(kc, sub_exp) if kc else None
                        }
                    exp["verstrektDoorBetrokkene"] = item
                else:
                    exp["verstrektDoorBetrokkene"] = None
            out["_expand"] = exp
        return out

    # -- plumbing -----------------------------------------------------------------------------

    def _expand(self, request: Request, allowed: set[str]) -> set[str]:
        values = expand_param(request)
        wrong = sorted(values - allowed)
        if wrong:
            raise _fout(
                [
                    {
                        "name": "expand",
                        "code": "invalid_choice",
                        "reason": f"Selecteer een geldige keuze. {wrong[0]} is geen "
                        "beschikbare keuze.",
                    }
                ]
            )
        return values

    def _get_or_404(self, coll: str, request: Request) -> Obj:
        obj = self.store.get(coll, request.path_params["uuid"])
        if obj is None:
            raise niet_gevonden(STIJL)
        return obj

    def _ref(self, body: Obj, name: str, coll: str, params: list[dict[str, str]]) -> str | None:
        """Resolve a ``{uuid}`` reference in ``body``; adds an invalid param when it is wrong."""
        value = body.get(name)
        if value is None:
            return None
        uid = _uuid_of(value)
        if uid is None or self.store.get(coll, uid) is None:
            label = _LABELS.get(coll, "Object")
            params.append(regels.fout(f"{name}.uuid", "invalid", f"{label} object bestaat niet."))
            return None
        return uid

    def _velden(
        self, regels_: tuple[regels.Veldregel, ...], body: Obj, params: list[dict[str, str]]
    ) -> dict[str, Any]:
        """The fields of a resource without unique ones, checked by its rule table."""
        waarden, fouten = regels.controleer(regels_, body, bezet=lambda r, w: False)
        params.extend(fouten)
        return waarden

    def _created(self, request: Request, data: Obj) -> Response:
        return json_response(request, data, 201, headers={"Location": str(data.get("url", ""))})

    def _list(
        self,
        request: Request,
        items: list[Obj],
        render: Callable[[Obj], Obj],
        kind: str = "klantinteracties.row",
    ) -> Response:
        body, chunk = paginate(request, items, render, stijl=STIJL)
        charge(kind, len(chunk))
        return json_response(request, body)

    # -- partijen -----------------------------------------------------------------------------

    def _partij_ids_voor(self, q: dict[str, str], prefix: str) -> set[str] | None:
        """Partij uuids whose one identificator matches every ``prefix__field`` filter given."""
        fields = {
            "codeObjecttype": q.get(f"{prefix}__codeObjecttype"),
            "codeSoortObjectId": q.get(f"{prefix}__codeSoortObjectId"),
            "codeRegister": q.get(f"{prefix}__codeRegister"),
            "objectId": q.get(f"{prefix}__objectId"),
        }
        wanted = {k: v for k, v in fields.items() if v is not None}
        if not wanted:
            return None
        by_object = self.store.index(
            ki.IDENTIFICATOREN, "by-objectId", lambda o: [o["partijIdentificator"]["objectId"]]
        )
        candidates = (
            by_object.get(wanted["objectId"], [])
            if "objectId" in wanted
            else self.store.all(ki.IDENTIFICATOREN)
        )
        return {
            _uuid_of(i["identificeerdePartij"]) or ""
            for i in candidates
            if all(i["partijIdentificator"].get(k) == v for k, v in wanted.items())
        }

    async def partijen(self, request: Request) -> Response:
        check_token(request, self.token)
        if request.method == "POST":
            return await self.maak_partij(request)
        expand = self._expand(request, EXPAND_PARTIJ)
        q = _query(request)
        ids = self._partij_ids_voor(q, "partijIdentificator")
        items = (
            [p for uid in ids if (p := self.store.get(ki.PARTIJEN, uid)) is not None]
            if ids is not None
            else self.store.all(ki.PARTIJEN)
        )
        if "soortPartij" in q:
            items = [p for p in items if p.get("soortPartij") == q["soortPartij"]]
        if "nummer" in q:
            items = [p for p in items if p.get("nummer") == q["nummer"]]
        items = _op_boolean(items, q, ("indicatieActief", "indicatieGeheimhouding"))
        return self._list(request, items, lambda o: self.partij(o, expand))

    async def partij_detail(self, request: Request) -> Response:
        check_token(request, self.token)
        obj = self._get_or_404(ki.PARTIJEN, request)
        expand = self._expand(request, EXPAND_PARTIJ)
        charge("klantinteracties.detail")
        return json_response(request, self.partij(obj, expand))

    async def maak_partij(self, request: Request) -> Response:
        body = await _lees_object(request)
        params: list[dict[str, str]] = []
        waarden = self._velden(regels.PARTIJ, body, params)
        soort = waarden.get("soortPartij", "")
        taal = waarden.get("voorkeurstaal") or "nld"
        identificatie = body.get("partijIdentificatie") or {}
        if not isinstance(identificatie, dict):
            params.append({"name": "partijIdentificatie", "code": "invalid", "reason": "Ongeldig."})
            identificatie = {}
        idents_in = body.get("partijIdentificatoren") or []
        gevonden: list[Obj] = []
        bestaand = {
            tuple(sorted(i["partijIdentificator"].items()))
            for i in self.store.all(ki.IDENTIFICATOREN)
        }
        uniek = True
        for i, item in enumerate(idents_in if isinstance(idents_in, list) else []):
            pi = (item or {}).get("partijIdentificator") or {}
            sleutel = {
                "codeObjecttype": str(pi.get("codeObjecttype", "")),
                "codeSoortObjectId": str(pi.get("codeSoortObjectId", "")),
                "objectId": str(pi.get("objectId", "")),
                "codeRegister": str(pi.get("codeRegister", "")),
            }
            if sleutel["codeSoortObjectId"] == "bsn" and not re.fullmatch(
                r"\d{9}", sleutel["objectId"]
            ):
                params.append(
                    {
                        "name": f"partijIdentificatoren.{i}.partijIdentificator.objectId",
                        "code": "invalid",
                        "reason": "Ongeldige BSN, een BSN bestaat uit 9 cijfers.",
                    }
                )
            if tuple(sorted(sleutel.items())) in bestaand:
                uniek = False
            gevonden.append(
                {"ander": str(item.get("anderePartijIdentificator", "") or ""), "pi": sleutel}
            )
        if params:
            raise _fout(params)
        if not uniek:
            raise _fout(
                [
                    {
                        "name": "__all__",
                        "code": "invalid",
                        "reason": "`PartijIdentificator` moet uniek zijn, er bestaat er al een "
                        "met deze gegevenscombinatie.",
                    }
                ]
            )
        uid = new_uuid()
        ident: Obj
        if soort == "organisatie":
            ident = {"naam": str(identificatie.get("naam", "") or "")}
        else:
            naam = identificatie.get("contactnaam") or {}
            ident = {
                "contactnaam": {
                    "voorletters": str(naam.get("voorletters", "") or ""),
                    "voornaam": str(naam.get("voornaam", "") or ""),
                    "voorvoegselAchternaam": str(naam.get("voorvoegselAchternaam", "") or ""),
                    "achternaam": str(naam.get("achternaam", "") or ""),
                }
            }
        obj = ki.partij_obj(
            uid,
            soort=soort,
            identificatie=ident,
            nummer=body.get("nummer") or None,
            voorkeurstaal=taal,
            indicatie_actief=waarden["indicatieActief"],
            indicatie_geheimhouding=bool(waarden.get("indicatieGeheimhouding")),
            interne_notitie=waarden.get("interneNotitie", ""),
        )
        self.store.put(ki.PARTIJEN, obj)
        for g in gevonden:
            pi = g["pi"]
            ident_obj = ki.identificator_obj(
                new_uuid(),
                uid,
                pi["codeObjecttype"],
                pi["codeSoortObjectId"],
                pi["objectId"],
                pi["codeRegister"],
            )
            ident_obj["anderePartijIdentificator"] = g["ander"]
            self.store.put(ki.IDENTIFICATOREN, ident_obj)
        charge("klantinteracties.detail")
        return self._created(request, self.partij(obj))

    async def identificatoren(self, request: Request) -> Response:
        check_token(request, self.token)
        q = _query(request)
        items = self.store.all(ki.IDENTIFICATOREN)
        for param, field in (
            ("partijIdentificatorObjectId", "objectId"),
            ("partijIdentificatorCodeSoortObjectId", "codeSoortObjectId"),
            ("partijIdentificatorCodeObjecttype", "codeObjecttype"),
            ("partijIdentificatorCodeRegister", "codeRegister"),
        ):
            if param in q:
                items = [i for i in items if i["partijIdentificator"].get(field) == q[param]]
        return self._list(request, items, dict)

    async def identificator_detail(self, request: Request) -> Response:
        check_token(request, self.token)
        charge("klantinteracties.detail")
        return json_response(request, self._get_or_404(ki.IDENTIFICATOREN, request))

    # -- klantcontacten -----------------------------------------------------------------------

    def _kc_filter(self, q: dict[str, str], request: Request) -> list[Obj]:
        sets: list[set[str]] = []

        def via_betrokkenen(bets: Iterable[Obj]) -> set[str]:
            return {_uuid_of(b["hadKlantcontact"]) or "" for b in bets}

        if "hadBetrokkene__wasPartij__uuid" in q:
            sets.append(
                via_betrokkenen(self.betrokkenen_van_partij(q["hadBetrokkene__wasPartij__uuid"]))
            )
        if "hadBetrokkene__wasPartij__url" in q:
            uid = q["hadBetrokkene__wasPartij__url"].rstrip("/").rsplit("/", 1)[-1]
            sets.append(via_betrokkenen(self.betrokkenen_van_partij(uid)))
        partij_ids = self._partij_ids_voor(q, "hadBetrokkene__wasPartij__partijIdentificator")
        if partij_ids is not None:
            found: set[str] = set()
            for pid in partij_ids:
                found |= via_betrokkenen(self.betrokkenen_van_partij(pid))
            sets.append(found)
        if "hadBetrokkene__uuid" in q:
            bet = self.store.get(ki.BETROKKENEN, q["hadBetrokkene__uuid"])
            sets.append(via_betrokkenen([bet] if bet else []))
        if "hadBetrokkene__digitaaladres__adres__icontains" in q:
            needle = q["hadBetrokkene__digitaaladres__adres__icontains"].lower()
            bet_ids = {
                _uuid_of(a.get("verstrektDoorBetrokkene"))
                for a in self.store.all(ki.DIGITALEADRESSEN)
                if a.get("verstrektDoorBetrokkene") and needle in str(a.get("adres", "")).lower()
            }
            sets.append(
                via_betrokkenen(
                    b for uid in bet_ids if uid and (b := self.store.get(ki.BETROKKENEN, uid))
                )
            )
        ow_fields = {
            "onderwerpobject__onderwerpobjectidentificatorObjectId": "objectId",
            "onderwerpobject__onderwerpobjectidentificatorCodeObjecttype": "codeObjecttype",
            "onderwerpobject__onderwerpobjectidentificatorCodeRegister": "codeRegister",
            "onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId": "codeSoortObjectId",
        }
        # Compared as exact strings (OK 51, 52, 160); ``q`` is already in stored (host-less)
        # form (``_query``).
        ow_wanted = {f: q[p] for p, f in ow_fields.items() if p in q}
        if ow_wanted or "onderwerpobject__uuid" in q:
            found = set()
            for ow in self.store.all(ki.ONDERWERPOBJECTEN):
                ident = ow.get("onderwerpobjectidentificator") or {}
                if all(ident.get(f) == v for f, v in ow_wanted.items()) and (
                    "onderwerpobject__uuid" not in q or ow["uuid"] == q["onderwerpobject__uuid"]
                ):
                    found.add(_uuid_of(ow.get("klantcontact")) or "")
            sets.append(found)
        if sets:
            ids = set.intersection(*sets)
            items = [kc for uid in ids if (kc := self.store.get(ki.KLANTCONTACTEN, uid))]
        else:
            items = self.store.all(ki.KLANTCONTACTEN)
        for name in ("kanaal", "nummer", "reactie", "referentienummer"):
            if name in q:  # exact (OK 40-42)
                items = [kc for kc in items if kc.get(name) == q[name]]
        for name in ("onderwerp", "inhoud"):
            if name in q:  # case-insensitive "contains" (OK 45, 46)
                needle = q[name].lower()
                items = [kc for kc in items if needle in str(kc.get(name) or "").lower()]
        items = _op_boolean(items, q, ("indicatieContactGelukt", "vertrouwelijk"))
        if "plaatsgevondenOp" in q:
            wanted_ts = _parse_tijd(q["plaatsgevondenOp"], "plaatsgevondenOp")
            items = [kc for kc in items if kc.get("plaatsgevondenOp") == wanted_ts]
        items.sort(key=lambda kc: (str(kc.get("plaatsgevondenOp") or ""), kc["uuid"]), reverse=True)
        return items

    async def klantcontacten(self, request: Request) -> Response:
        check_token(request, self.token)
        if request.method == "POST":
            body = await read_json(request, stijl=STIJL)
            obj = self._nieuw_klantcontact(body, "")
            self.store.put(ki.KLANTCONTACTEN, obj)
            charge("klantcontacten.detail")
            return self._created(request, self.klantcontact(obj))
        expand = self._expand(request, EXPAND_KLANTCONTACT)
        items = self._kc_filter(_query(request), request)
        return self._list(
            request, items, lambda o: self.klantcontact(o, expand), "klantcontacten.row"
        )

    async def klantcontact_detail(self, request: Request) -> Response:
        check_token(request, self.token)
        obj = self._get_or_404(ki.KLANTCONTACTEN, request)
        expand = self._expand(request, EXPAND_KLANTCONTACT)
        charge("klantcontacten.detail")
        return json_response(request, self.klantcontact(obj, expand))

    def _nieuw_klantcontact(self, body: Any, prefix: str) -> Obj:
        if not isinstance(body, dict):
            raise _fout([regels.fout(prefix + "nonFieldErrors", "invalid", "Ongeldige data.")])
        waarden, params = regels.controleer(
            regels.KLANTCONTACT, body, bezet=self._bezet(ki.KLANTCONTACTEN), prefix=prefix
        )
        moment = _nu()
        if body.get("plaatsgevondenOp") is not None:
            try:
                moment = _parse_tijd(str(body["plaatsgevondenOp"]), prefix + "plaatsgevondenOp")
            except ApiFout as e:
                params.extend(e.invalid_params)
        params.extend(_metadata_fouten(body.get("metadata"), prefix + "metadata"))
        if params:
            raise _fout(params)
        obj = ki.klantcontact_obj(
            new_uuid(),
            kanaal=waarden["kanaal"],
            onderwerp=waarden["onderwerp"],
            inhoud=waarden.get("inhoud", ""),
            plaatsgevonden_op=moment,
            nummer=waarden.get("nummer"),
            indicatie_contact_gelukt=waarden.get("indicatieContactGelukt"),
            vertrouwelijk=waarden["vertrouwelijk"],
            taal=waarden["taal"],
            reactie=waarden.get("reactie", ""),
        )
        obj["referentienummer"] = waarden.get("referentienummer")
        obj["hoofdOnderwerpType"] = waarden.get("hoofdOnderwerpType", "")
        obj["verdereActieOndernomen"] = waarden.get("verdereActieOndernomen", False)
        if isinstance(body.get("metadata"), dict):
            obj["metadata"] = body["metadata"]
        return obj

    def _bezet(
        self, coll: str, behalve: str | None = None
    ) -> Callable[[regels.Veldregel, str], bool]:
        """Whether another object of ``coll`` (not ``behalve``) holds a unique field's value."""

        def bezet(regel: regels.Veldregel, waarde: str) -> bool:
            naam = regel.naam
            houders = self.store.index(coll, f"by-{naam}", lambda o: [o.get(naam)]).get(waarde)
            return any(o["uuid"] != behalve for o in houders or [])

        return bezet

    # -- betrokkenen --------------------------------------------------------------------------

    def _nieuwe_betrokkene(self, body: Any, kc_uuid: str | None, prefix: str = "") -> Obj:
        if not isinstance(body, dict):
            raise _fout(
                [
                    {
                        "name": prefix + "nonFieldErrors",
                        "code": "invalid",
                        "reason": "Ongeldige data.",
                    }
                ]
            )
        params: list[dict[str, str]] = []
        if kc_uuid is None:
            if body.get("hadKlantcontact") is None:
                params.append(_vereist("hadKlantcontact"))
            else:
                kc_uuid = self._ref(body, "hadKlantcontact", ki.KLANTCONTACTEN, params)
        partij = self._ref(body, "wasPartij", ki.PARTIJEN, params)
        waarden = self._velden(regels.BETROKKENE, body, params)
        naam = body.get("contactnaam")
        if naam is not None and not isinstance(naam, dict):
            params.append({"name": "contactnaam", "code": "invalid", "reason": "Ongeldig."})
            naam = None
        for p in params:
            p["name"] = prefix + p["name"]
        if params or kc_uuid is None:
            raise _fout(params or [_vereist(prefix + "hadKlantcontact")])
        contactnaam = (
            {
                "voorletters": str(naam.get("voorletters", "") or ""),
                "voornaam": str(naam.get("voornaam", "") or ""),
                "voorvoegselAchternaam": str(naam.get("voorvoegselAchternaam", "") or ""),
                "achternaam": str(naam.get("achternaam", "") or ""),
            }
            if naam
            else None
        )
        return ki.betrokkene_obj(
            new_uuid(),
            klantcontact_uuid=kc_uuid,
            partij_uuid=partij,
            contactnaam=contactnaam,
            organisatienaam=waarden.get("organisatienaam", ""),
            rol=waarden["rol"],
            initiator=waarden["initiator"],
        )

    async def betrokkenen(self, request: Request) -> Response:
        check_token(request, self.token)
        if request.method == "POST":
            obj = self._nieuwe_betrokkene(await read_json(request, stijl=STIJL), None)
            self.store.put(ki.BETROKKENEN, obj)
            charge("klantinteracties.detail")
            return self._created(request, self.betrokkene(obj))
        expand = self._expand(request, EXPAND_BETROKKENE)
        q = _query(request)
        items = self.store.all(ki.BETROKKENEN)
        if "wasPartij__uuid" in q:
            items = self.betrokkenen_van_partij(q["wasPartij__uuid"])
        if "hadKlantcontact__uuid" in q:
            items = [
                b for b in items if _uuid_of(b["hadKlantcontact"]) == q["hadKlantcontact__uuid"]
            ]
        ids = self._partij_ids_voor(q, "wasPartij__partijIdentificator")
        if ids is not None:
            items = [b for b in items if _uuid_of(b.get("wasPartij")) in ids]
        if "organisatienaam" in q:
            items = [b for b in items if b.get("organisatienaam") == q["organisatienaam"]]
        return self._list(request, items, lambda o: self.betrokkene(o, expand))

    async def betrokkene_detail(self, request: Request) -> Response:
        check_token(request, self.token)
        obj = self._get_or_404(ki.BETROKKENEN, request)
        expand = self._expand(request, EXPAND_BETROKKENE)
        charge("klantinteracties.detail")
        return json_response(request, self.betrokkene(obj, expand))

    # -- onderwerpobjecten --------------------------------------------------------------------

    def _nieuw_onderwerpobject(self, body: Any, kc_uuid: str | None, prefix: str = "") -> Obj:
        if not isinstance(body, dict):
            raise _fout(
                [
                    {
                        "name": prefix + "nonFieldErrors",
                        "code": "invalid",
                        "reason": "Ongeldige data.",
                    }
                ]
            )
        params: list[dict[str, str]] = []
        if kc_uuid is None:
            kc_uuid = self._ref(body, "klantcontact", ki.KLANTCONTACTEN, params)
        was = self._ref(body, "wasKlantcontact", ki.KLANTCONTACTEN, params)
        ident_in = body.get("onderwerpobjectidentificator") or {}
        if not isinstance(ident_in, dict):
            params.append(
                {"name": "onderwerpobjectidentificator", "code": "invalid", "reason": "Ongeldig."}
            )
            ident_in = {}
        ident = {
            "objectId": str(ident_in.get("objectId", "") or ""),
            "codeObjecttype": str(ident_in.get("codeObjecttype", "") or ""),
            "codeRegister": str(ident_in.get("codeRegister", "") or ""),
            "codeSoortObjectId": str(ident_in.get("codeSoortObjectId", "") or ""),
        }
        filled = [v for v in ident.values() if v]
        if filled and len(filled) != 4:
            params.append(
                {
                    "name": "onderwerpobjectidentificator",
                    "code": "invalid",
                    "reason": "Alle velden van onderwerpobjectidentificator zijn vereist als er "
                    "één is ingevuld.",
                }
            )
        for p in params:
            p["name"] = prefix + p["name"]
        if params:
            raise _fout(params)
        obj = ki.onderwerpobject_obj(new_uuid(), kc_uuid, ident)
        obj["wasKlantcontact"] = ki.fk("klantcontacten", was) if was else None
        return obj

    async def onderwerpobjecten(self, request: Request) -> Response:
        check_token(request, self.token)
        if request.method == "POST":
            obj = self._nieuw_onderwerpobject(await read_json(request, stijl=STIJL), None)
            self.store.put(ki.ONDERWERPOBJECTEN, obj)
            charge("klantinteracties.detail")
            return self._created(request, obj)
        q = _query(request)
        items = self.store.all(ki.ONDERWERPOBJECTEN)
        if "klantcontact__uuid" in q:
            items = self.onderwerpen_van_kc(q["klantcontact__uuid"])
        for param, field in (
            ("onderwerpobjectidentificatorObjectId", "objectId"),
            ("onderwerpobjectidentificatorCodeObjecttype", "codeObjecttype"),
            ("onderwerpobjectidentificatorCodeRegister", "codeRegister"),
            ("onderwerpobjectidentificatorCodeSoortObjectId", "codeSoortObjectId"),
        ):
            if param in q:
                items = [
                    o
                    for o in items
                    if (o.get("onderwerpobjectidentificator") or {}).get(field) == q[param]
                ]
        return self._list(request, items, dict)

    async def onderwerpobject_detail(self, request: Request) -> Response:
        check_token(request, self.token)
        charge("klantinteracties.detail")
        return json_response(request, self._get_or_404(ki.ONDERWERPOBJECTEN, request))

    # -- maak-klantcontact --------------------------------------------------------------------

    async def maak_klantcontact(self, request: Request) -> Response:
        check_token(request, self.token)
        body = await read_json(request, stijl=STIJL)
        if not isinstance(body, dict) or body.get("klantcontact") is None:
            raise _fout([_vereist("klantcontact")])
        # The three parts are checked together: every error comes back at once (OK 153).
        params: list[dict[str, str]] = []
        kc: Obj | None = None
        bet: Obj | None = None
        ow: Obj | None = None
        try:
            kc = self._nieuw_klantcontact(body["klantcontact"], "klantcontact.")
        except ApiFout as e:
            params.extend(e.invalid_params)
        kc_uuid = kc["uuid"] if kc is not None else new_uuid()
        try:
            if body.get("betrokkene"):
                bet = self._nieuwe_betrokkene(body["betrokkene"], kc_uuid, "betrokkene.")
        except ApiFout as e:
            params.extend(e.invalid_params)
        try:
            if body.get("onderwerpobject"):
                ow = self._nieuw_onderwerpobject(
                    body["onderwerpobject"], kc_uuid, "onderwerpobject."
                )
        except ApiFout as e:
            params.extend(e.invalid_params)
        if params or kc is None:
            raise _fout(params)
        self.store.put(ki.KLANTCONTACTEN, kc)
        if bet is not None:
            self.store.put(ki.BETROKKENEN, bet)
        if ow is not None:
            self.store.put(ki.ONDERWERPOBJECTEN, ow)
        charge("klantcontacten.detail")
        # Parts not sent are left out of the answer: the spec declares them not nullable.
        data: dict[str, Any] = {"klantcontact": self.klantcontact(kc)}
        if bet is not None:
            data["betrokkene"] = self.betrokkene(bet)
        if ow is not None:
            data["onderwerpobject"] = ow
        return json_response(request, data, 201)

    # -- internetaken -------------------------------------------------------------------------

    async def internetaken(self, request: Request) -> Response:
        check_token(request, self.token)
        if request.method == "POST":
            return await self.maak_internetaak(request)
        q = _query(request)
        items = self.store.all(ki.INTERNETAKEN)
        if "status" in q:
            items = [t for t in items if t.get("status") == q["status"]]
        if "toegewezenAanActor__uuid" in q:
            uid = q["toegewezenAanActor__uuid"]
            items = [
                t
                for t in items
                if any(_uuid_of(a) == uid for a in t.get("toegewezenAanActoren") or [])
            ]
        for param in ("klantcontact__uuid", "aanleidinggevendKlantcontact__uuid"):
            if param in q:
                items = [
                    t for t in items if _uuid_of(t["aanleidinggevendKlantcontact"]) == q[param]
                ]
        for name in ("nummer", "referentienummer"):
            if name in q:
                items = [t for t in items if t.get(name) == q[name]]
        if "actoren__naam" in q:
            namen = {
                a["uuid"] for a in self.store.all(ki.ACTOREN) if a.get("naam") == q["actoren__naam"]
            }
            items = [
                t
                for t in items
                if any(_uuid_of(a) in namen for a in t.get("toegewezenAanActoren") or [])
            ]
        return self._list(request, items, dict)

    async def internetaak_detail(self, request: Request) -> Response:
        check_token(request, self.token)
        obj = self._get_or_404(ki.INTERNETAKEN, request)
        if request.method == "PATCH":
            return await self.wijzig_internetaak(request, obj)
        charge("klantinteracties.detail")
        return json_response(request, obj)

    def _actoren(self, body: Obj, params: list[dict[str, str]]) -> list[str]:
        refs = body.get("toegewezenAanActoren")
        # Names as vng-api-common flattens nested errors (``partijIdentificatoren.0....``).
        namen = [f"toegewezenAanActoren.{i}.uuid" for i in range(len(refs or []))]
        if refs is None and body.get("toegewezenAanActor") is not None:
            refs, namen = [body["toegewezenAanActor"]], ["toegewezenAanActor.uuid"]
        if refs is None:
            return []  # an object rule names what is missing (OK 161)
        if not isinstance(refs, list) or not refs:
            params.append(_vereist("toegewezenAanActoren"))
            return []
        out = []
        for ref, naam in zip(refs, namen, strict=True):
            uid = _uuid_of(ref)
            if uid is None or self.store.get(ki.ACTOREN, uid) is None:
                params.append(regels.fout(naam, "invalid", "Actor object bestaat niet."))
            else:
                out.append(uid)
        return out

    async def maak_internetaak(self, request: Request) -> Response:
        body = await _lees_object(request)
        params: list[dict[str, str]] = []
        if body.get("aanleidinggevendKlantcontact") is None:
            params.append(_vereist("aanleidinggevendKlantcontact"))
        kc = self._ref(body, "aanleidinggevendKlantcontact", ki.KLANTCONTACTEN, params)
        waarden, fouten = regels.controleer(
            regels.INTERNETAAK, body, bezet=self._bezet(ki.INTERNETAKEN)
        )
        params.extend(fouten)
        actoren = self._actoren(body, params)
        afgehandeld = self._tijdveld(body, "afgehandeldOp", params)
        if not params:
            params = regels.objectfouten(regels.INTERNETAAK_OBJECT, body)
        if params or kc is None:
            raise _fout(params)
        nu = _nu()
        status = waarden["status"]
        obj = ki.internetaak_obj(
            new_uuid(),
            klantcontact_uuid=kc,
            actor_uuids=actoren,
            gevraagde_handeling=waarden["gevraagdeHandeling"],
            toelichting=waarden.get("toelichting", ""),
            status=status,
            toegewezen_op=nu,
            # The server sets it when the status is verwerkt (OK 59).
            afgehandeld_op=afgehandeld or (nu if status == "verwerkt" else None),
            nummer=waarden.get("nummer"),
        )
        obj["referentienummer"] = waarden.get("referentienummer")
        self.store.put(ki.INTERNETAKEN, obj)
        charge("klantinteracties.detail")
        return self._created(request, obj)

    @staticmethod
    def _tijdveld(body: Obj, name: str, params: list[dict[str, str]]) -> str | None:
        if body.get(name) is None:
            return None
        try:
            return _parse_tijd(str(body[name]), name)
        except ApiFout as e:
            params.extend(e.invalid_params)
            return None

    async def wijzig_internetaak(self, request: Request, obj: Obj) -> Response:
        body = await _lees_object(request)
        waarden, params = regels.controleer(
            regels.INTERNETAAK,
            body,
            bezet=self._bezet(ki.INTERNETAKEN, behalve=obj["uuid"]),
            wijzigen=True,
        )
        new = {**obj, **waarden}
        if "toegewezenAanActoren" in body or "toegewezenAanActor" in body:
            # The list is replaced; toegewezenAanActor follows its first (OK 57).
            actoren = self._actoren(body, params)
            new["toegewezenAanActoren"] = [ki.fk("actoren", a) for a in actoren]
            new["toegewezenAanActor"] = new["toegewezenAanActoren"][0] if actoren else None
        afgehandeld = self._tijdveld(body, "afgehandeldOp", params)
        if not params:
            params = regels.objectfouten(
                regels.INTERNETAAK_OBJECT, {**body, "status": new["status"]}, wijzigen=True
            )
        if params:
            raise _fout(params)
        if afgehandeld is not None:
            new["afgehandeldOp"] = afgehandeld
        # As the model's save(): set when verwerkt, cleared when back to te_verwerken (OK 55, 56).
        if new["status"] == "verwerkt" and new.get("afgehandeldOp") is None:
            new["afgehandeldOp"] = _nu()
        elif new["status"] == "te_verwerken":
            new["afgehandeldOp"] = None
        self.store.put(ki.INTERNETAKEN, new)
        charge("klantinteracties.detail")
        return json_response(request, new)

    # -- actoren ------------------------------------------------------------------------------

    async def actoren(self, request: Request) -> Response:
        check_token(request, self.token)
        if request.method == "POST":
            body = await _lees_object(request)
            params: list[dict[str, str]] = []
            waarden = self._velden(regels.ACTOR, body, params)
            if params:
                raise _fout(params)
            ident_in = body.get("actoridentificator") or {}
            obj = ki.actor_obj(
                new_uuid(),
                naam=waarden["naam"],
                soort=waarden["soortActor"],
                identificator={
                    k: str(ident_in.get(k, "") or "")
                    for k in ("objectId", "codeObjecttype", "codeRegister", "codeSoortObjectId")
                },
                identificatie=body.get("actorIdentificatie"),
            )
            obj["indicatieActief"] = waarden.get("indicatieActief", True)
            self.store.put(ki.ACTOREN, obj)
            return self._created(request, obj)
        q = _query(request)
        items = self.store.all(ki.ACTOREN)
        if "soortActor" in q:
            items = [a for a in items if a.get("soortActor") == q["soortActor"]]
        if "naam" in q:
            items = [a for a in items if a.get("naam") == q["naam"]]
        items = _op_boolean(items, q, ("indicatieActief",))
        for param, field in (
            ("actoridentificatorObjectId", "objectId"),
            ("actoridentificatorCodeObjecttype", "codeObjecttype"),
            ("actoridentificatorCodeRegister", "codeRegister"),
            ("actoridentificatorCodeSoortObjectId", "codeSoortObjectId"),
        ):
            if param in q:
                items = [
                    a for a in items if (a.get("actoridentificator") or {}).get(field) == q[param]
                ]
        return self._list(request, items, dict)

    async def actor_detail(self, request: Request) -> Response:
        check_token(request, self.token)
        charge("klantinteracties.detail")
        return json_response(request, self._get_or_404(ki.ACTOREN, request))

    async def actorklantcontacten(self, request: Request) -> Response:
        check_token(request, self.token)
        if request.method == "POST":
            body = await _lees_object(request)
            params: list[dict[str, str]] = []
            for name in ("actor", "klantcontact"):
                if body.get(name) is None:
                    params.append(_vereist(name))
            actor = self._ref(body, "actor", ki.ACTOREN, params)
            kc = self._ref(body, "klantcontact", ki.KLANTCONTACTEN, params)
            if params or actor is None or kc is None:
                raise _fout(params)
            # Open Klant: FKUniqueTogetherValidator on (actor, klantcontact) (source, not recorded)
            if any(
                _uuid_of(a["actor"]) == actor and _uuid_of(a["klantcontact"]) == kc
                for a in self.store.all(ki.ACTORKLANTCONTACTEN)
            ):
                raise _fout(
                    [
                        regels.fout(
                            "nonFieldErrors",
                            "unique",
                            "De velden actor, klantcontact moeten een unieke set zijn.",
                        )
                    ]
                )
            uid = new_uuid()
            obj = {
                "uuid": uid,
                "url": f"{ki.API}/actorklantcontacten/{uid}",
                "actor": ki.fk("actoren", actor),
                "klantcontact": ki.fk("klantcontacten", kc),
            }
            self.store.put(ki.ACTORKLANTCONTACTEN, obj)
            return self._created(request, obj)
        q = _query(request)
        items = self.store.all(ki.ACTORKLANTCONTACTEN)
        if "actor__uuid" in q:
            items = [i for i in items if _uuid_of(i["actor"]) == q["actor__uuid"]]
        if "klantcontact__uuid" in q:
            items = [i for i in items if _uuid_of(i["klantcontact"]) == q["klantcontact__uuid"]]
        return self._list(request, items, dict)

    async def actorklantcontact_detail(self, request: Request) -> Response:
        check_token(request, self.token)
        return json_response(request, self._get_or_404(ki.ACTORKLANTCONTACTEN, request))

    # -- digitale adressen --------------------------------------------------------------------

    async def digitaleadressen(self, request: Request) -> Response:
        check_token(request, self.token)
        if request.method == "POST":
            return await self.maak_digitaal_adres(request)
        expand = self._expand(request, EXPAND_DIGITAALADRES)
        q = _query(request)
        items = self.store.all(ki.DIGITALEADRESSEN)
        if "verstrektDoorPartij__uuid" in q:
            items = self.adressen_van_partij(q["verstrektDoorPartij__uuid"])
        if "verstrektDoorBetrokkene__uuid" in q:
            items = [
                a
                for a in items
                if _uuid_of(a.get("verstrektDoorBetrokkene")) == q["verstrektDoorBetrokkene__uuid"]
            ]
        ids = self._partij_ids_voor(q, "verstrektDoorPartij__partijIdentificator")
        if ids is not None:
            items = [a for a in items if _uuid_of(a.get("verstrektDoorPartij")) in ids]
        for name in ("soortDigitaalAdres", "adres", "referentie"):
            if name in q:
                items = [a for a in items if a.get(name) == q[name]]
        # Open Klant's DigitaalAdresFilterSet: adres__icontains and omschrijving are icontains.
        for name, veld in (("adres__icontains", "adres"), ("omschrijving", "omschrijving")):
            if name in q:
                needle = q[name].lower()
                items = [a for a in items if needle in str(a.get(veld, "")).lower()]
        items = _op_boolean(items, q, ("isStandaardAdres",))
        return self._list(request, items, lambda o: self.digitaal_adres(o, expand))

    async def digitaal_adres_detail(self, request: Request) -> Response:
        check_token(request, self.token)
        obj = self._get_or_404(ki.DIGITALEADRESSEN, request)
        expand = self._expand(request, EXPAND_DIGITAALADRES)
        charge("klantinteracties.detail")
        return json_response(request, self.digitaal_adres(obj, expand))

    async def maak_digitaal_adres(self, request: Request) -> Response:
        body = await _lees_object(request)
        waarden, params = regels.controleer(
            regels.DIGITAAL_ADRES, body, bezet=self._bezet(ki.DIGITALEADRESSEN)
        )
        partij = self._ref(body, "verstrektDoorPartij", ki.PARTIJEN, params)
        bet = self._ref(body, "verstrektDoorBetrokkene", ki.BETROKKENEN, params)
        if not params:
            params = regels.objectfouten(
                regels.DIGITAAL_ADRES_OBJECT, {**body, **waarden, "verstrektDoorPartij": partij}
            )
        if params:
            raise _fout(params)
        soort = waarden["soortDigitaalAdres"]
        standaard = bool(waarden.get("isStandaardAdres", False))
        if standaard and partij:
            for other in self.adressen_van_partij(partij):
                if other.get("soortDigitaalAdres") == soort and other.get("isStandaardAdres"):
                    self.store.put(ki.DIGITALEADRESSEN, {**other, "isStandaardAdres": False})
        obj = ki.digitaal_adres_obj(
            new_uuid(),
            adres=waarden["adres"],
            soort=soort,
            partij_uuid=partij,
            betrokkene_uuid=bet,
            standaard=standaard,
            omschrijving=waarden.get("omschrijving", ""),
        )
        obj["referentie"] = waarden.get("referentie", "")
        self.store.put(ki.DIGITALEADRESSEN, obj)
        charge("klantinteracties.detail")
        return self._created(request, obj)


def _parse_tijd(value: str, name: str) -> str:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as e:
        raise _fout(
            [{"name": name, "code": "invalid", "reason": "Datetime heeft een ongeldig formaat."}]
        ) from e
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return ki.tijd(moment)


def _lijst(handler: Handler, token: str) -> Handler:
    """A list route whose GET query is checked first, as Open Klant does (after the token)."""

    async def checked(request: Request) -> Response:
        if request.method == "GET":
            check_token(request, token)
            controleer_query(request, stijl=STIJL)
        return await handler(request)

    return checked


def routes(ctx: SandboxContext) -> list[BaseRoute]:
    """Every Klantinteracties route this oefenomgeving serves."""
    api = _Klantinteracties(ctx)
    p = PREFIX
    both = ["GET", "POST"]

    def lijst(handler: Handler) -> Handler:
        return _lijst(handler, api.token)

    return [
        Route(f"{p}/partijen", lijst(api.partijen), methods=both),
        Route(f"{p}/partijen/{{uuid}}", api.partij_detail, methods=["GET"]),
        Route(f"{p}/partij-identificatoren", lijst(api.identificatoren), methods=["GET"]),
        Route(f"{p}/partij-identificatoren/{{uuid}}", api.identificator_detail, methods=["GET"]),
        Route(f"{p}/klantcontacten", lijst(api.klantcontacten), methods=both),
        Route(f"{p}/klantcontacten/{{uuid}}", api.klantcontact_detail, methods=["GET"]),
        Route(f"{p}/maak-klantcontact", api.maak_klantcontact, methods=["POST"]),
        Route(f"{p}/betrokkenen", lijst(api.betrokkenen), methods=both),
        Route(f"{p}/betrokkenen/{{uuid}}", api.betrokkene_detail, methods=["GET"]),
        Route(f"{p}/onderwerpobjecten", lijst(api.onderwerpobjecten), methods=both),
        Route(f"{p}/onderwerpobjecten/{{uuid}}", api.onderwerpobject_detail, methods=["GET"]),
        Route(f"{p}/internetaken", lijst(api.internetaken), methods=both),
        Route(f"{p}/internetaken/{{uuid}}", api.internetaak_detail, methods=["GET", "PATCH"]),
        Route(f"{p}/actoren", lijst(api.actoren), methods=both),
        Route(f"{p}/actoren/{{uuid}}", api.actor_detail, methods=["GET"]),
        Route(f"{p}/actorklantcontacten", lijst(api.actorklantcontacten), methods=both),
        Route(f"{p}/actorklantcontacten/{{uuid}}", api.actorklantcontact_detail, methods=["GET"]),
        Route(f"{p}/digitaleadressen", lijst(api.digitaleadressen), methods=both),
        Route(f"{p}/digitaleadressen/{{uuid}}", api.digitaal_adres_detail, methods=["GET"]),
    ]
