"""Test-only data: one person with more zaken and klantcontacten than fit in a few pages.

The objects go straight into an oefenomgeving's store before it serves (thousands of POSTs
would only test the POST path again and take long). Each zaak is a copy of a seed zaak with
a rol for this person; each klantcontact has this person's partij as betrokkene, and every
fifth is about one of the zaken (by uuid, as KISS links).
"""

from __future__ import annotations

import copy
import uuid as uuidlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from klantbeeld.sandbox.seed import klantinteracties as ki
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.sandbox.store import Obj, Store
from klantbeeld.services.contacthistorie.rijen import dag_van

#: Passes the elfproef; not a person of the seed, so every zaak and contact of it is ours.
GROOT_BSN = "999990020"


@dataclass(frozen=True)
class GrotePersoon:
    """What was added for the person, to compare the klantbeeld with."""

    bsn: str
    zaak_uuids: tuple[str, ...]
    klantcontact_uuids: tuple[str, ...]
    #: The days (Europe/Amsterdam) every contact falls on.
    van: date
    tot: date


def _uid(n: int, soort: str) -> str:
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"klantbeeld-test/groot/{soort}/{n}"))


def voeg_toe(
    store: Store,
    *,
    bsn: str = GROOT_BSN,
    zaken: int = 1200,
    klantcontacten: int = 2500,
    begin: datetime = datetime(2026, 9, 1, 6, 0, tzinfo=UTC),
) -> GrotePersoon:
    """Add the person's zaken, partij and klantcontacten (one every 15 minutes from ``begin``)."""
    sjabloon_rol = next(
        r
        for r in store.all("rollen")
        if (r.get("betrokkeneIdentificatie") or {}).get("inpBsn") == VOORBEELD_BSN
    )
    sjabloon_zaak = store.get("zaken", sjabloon_rol["zaak"].rsplit("/", 1)[-1])
    assert sjabloon_zaak is not None
    nieuwe_zaken: list[Obj] = []
    rollen: list[Obj] = []
    for n in range(zaken):
        zid, rid = _uid(n, "zaak"), _uid(n, "rol")
        zaak_url = sjabloon_zaak["url"].rsplit("/", 1)[0] + f"/{zid}"
        rol_url = sjabloon_rol["url"].rsplit("/", 1)[0] + f"/{rid}"
        zaak = copy.deepcopy(sjabloon_zaak)
        zaak.update(uuid=zid, url=zaak_url, identificatie=f"ZAAK-GROOT-{n:05d}", rollen=[rol_url])
        rol = copy.deepcopy(sjabloon_rol)
        rol.update(uuid=rid, url=rol_url, zaak=zaak_url)
        rol["betrokkeneIdentificatie"]["inpBsn"] = bsn
        nieuwe_zaken.append(zaak)
        rollen.append(rol)
    store.seed("zaken", nieuwe_zaken)
    store.seed("rollen", rollen)

    partij_uuid = _uid(0, "partij")
    naam = {
        "voorletters": "G.",
        "voornaam": "Greet",
        "voorvoegselAchternaam": "",
        "achternaam": "Groot",
    }
    store.seed(
        ki.PARTIJEN,
        [ki.partij_obj(partij_uuid, soort="persoon", identificatie={"contactnaam": naam})],
    )
    store.seed(
        ki.IDENTIFICATOREN,
        [
            ki.identificator_obj(
                _uid(0, "identificator"), partij_uuid, "natuurlijk_persoon", "bsn", bsn, "brp"
            )
        ],
    )
    contacten: list[Obj] = []
    betrokkenen: list[Obj] = []
    onderwerpen: list[Obj] = []
    for n in range(klantcontacten):
        kid = _uid(n, "klantcontact")
        moment = begin + timedelta(minutes=15 * n)
        contacten.append(
            ki.klantcontact_obj(
                kid,
                kanaal="telefoon",
                onderwerp=f"Vraag {n}",
                inhoud=f"Vraag nummer {n} van de grote testpersoon.",
                plaatsgevonden_op=ki.tijd(moment),
            )
        )
        betrokkenen.append(
            ki.betrokkene_obj(
                _uid(n, "betrokkene"),
                klantcontact_uuid=kid,
                partij_uuid=partij_uuid,
                contactnaam=naam,
            )
        )
        if n % 5 == 0:
            zaak = nieuwe_zaken[n % zaken]
            onderwerpen.append(
                ki.onderwerpobject_obj(
                    _uid(n, "onderwerpobject"), kid, ki.zaak_identificator(zaak["uuid"])
                )
            )
    store.seed(ki.KLANTCONTACTEN, contacten)
    store.seed(ki.BETROKKENEN, betrokkenen)
    store.seed(ki.ONDERWERPOBJECTEN, onderwerpen)
    laatste = begin + timedelta(minutes=15 * (klantcontacten - 1))
    return GrotePersoon(
        bsn=bsn,
        zaak_uuids=tuple(z["uuid"] for z in nieuwe_zaken),
        klantcontact_uuids=tuple(c["uuid"] for c in contacten),
        van=dag_van(begin),
        tot=dag_van(laatste),
    )
