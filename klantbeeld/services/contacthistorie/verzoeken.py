"""Open contactverzoeken and questions (internetaken ``te_verwerken``) with their age and term."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from klantbeeld.services.apis.klantinteracties import Internetaak, KlantinteractiesClient
from klantbeeld.services.contacthistorie.rijen import TIJDZONE, HistorieRij, dag_van, tr
from klantbeeld.services.registraties.internetaken import TERMIJN_DAGEN, Soort, is_te_laat
from klantbeeld.services.registraties.internetaken import soort as soort_van_taak
from klantbeeld.services.taal import QT_TR_NOOP
from klantbeeld.services.verbinding.errors import NietGevonden

#: The kinds as the screen names them: Dutch sources, said by :attr:`OpenVerzoek.soort_naam`.
SOORT_NAMEN: Mapping[str, str] = {
    Soort.CONTACTVERZOEK: QT_TR_NOOP("Contactverzoek"),
    Soort.VRAAG: QT_TR_NOOP("Vraag"),
}


@dataclass(frozen=True)
class OpenVerzoek:
    """An open contactverzoek or question (internetaak ``te_verwerken``), with its age."""

    uuid: str
    nummer: str
    gevraagde_handeling: str
    toelichting: str
    #: "Contactverzoek" or "Vraag" (:func:`klantbeeld.services.registraties.internetaken.soort`).
    soort: str
    #: The klantcontact's onderwerp ("" when it could not be read).
    onderwerp: str
    klantcontact_uuid: str | None
    toegewezen_op: datetime | None
    #: Calendar days since it was assigned (None when unknown).
    dagen: int | None
    termijn_dagen: int
    te_laat: bool
    #: Who holds it: the names of the actoren it is assigned to.
    actoren: tuple[str, ...]

    @property
    def soort_naam(self) -> str:
        """The kind in the screen's language ("Contactverzoek" / "Contact request")."""
        naam = SOORT_NAMEN.get(self.soort)
        return tr(naam) if naam else self.soort


def open_verzoek(
    taak: Internetaak,
    *,
    op: date,
    actor_namen: Mapping[str, str],
    onderwerp: str = "",
) -> OpenVerzoek:
    """One open internetaak with its age on ``op`` and whether it is past its term (pure)."""
    soort = soort_van_taak(taak)
    termijn = TERMIJN_DAGEN[soort]
    dagen = (op - dag_van(taak.toegewezen_op)).days if taak.toegewezen_op else None
    actoren = tuple(
        actor_namen.get(a.uuid or "", "") or tr("onbekende actor")
        for a in taak.toegewezen_aan_actoren or []
    )
    kc = taak.aanleidinggevend_klantcontact
    return OpenVerzoek(
        uuid=taak.uuid,
        nummer=taak.nummer or "",
        gevraagde_handeling=taak.gevraagde_handeling or "",
        toelichting=taak.toelichting or "",
        soort=soort,
        onderwerp=onderwerp,
        klantcontact_uuid=kc.uuid if kc else None,
        toegewezen_op=taak.toegewezen_op,
        dagen=dagen,
        termijn_dagen=termijn,
        te_laat=is_te_laat(taak, dagen, op),
        actoren=actoren,
    )


async def open_verzoeken(
    ki: KlantinteractiesClient,
    *,
    op: date | None = None,
    rijen: Iterable[HistorieRij] = (),
    gelijktijdig: int = 4,
) -> list[OpenVerzoek]:
    """Every internetaak ``te_verwerken`` with age, term and holder, oldest first.

    ``GET /internetaken?status=te_verwerken`` and ``GET /actoren`` together; the onderwerp
    comes from the already loaded ``rijen`` where the contact is among them, else from
    ``GET /klantcontacten/{uuid}`` (at most ``gelijktijdig`` at a time).
    """
    dag = op or datetime.now(TIJDZONE).date()
    taken, actoren = await asyncio.gather(ki.internetaken(status="te_verwerken"), ki.actoren())
    namen = {a.uuid: a.naam or "" for a in actoren}
    bekend = {r.uuid: r.onderwerp for r in rijen}
    nodig = {
        u
        for t in taken
        if (
            u := (t.aanleidinggevend_klantcontact.uuid if t.aanleidinggevend_klantcontact else None)
        )
        and u not in bekend
    }
    slot = asyncio.Semaphore(gelijktijdig)

    async def onderwerp_van(uuid: str) -> tuple[str, str]:
        async with slot:
            try:
                data = await ki.api.get_json(f"klantcontacten/{uuid}")
            except NietGevonden:
                return uuid, ""
        return uuid, str(data.get("onderwerp") or "") if isinstance(data, dict) else ""

    bekend.update(await asyncio.gather(*(onderwerp_van(u) for u in sorted(nodig))))
    uit = [
        open_verzoek(
            t,
            op=dag,
            actor_namen=namen,
            onderwerp=bekend.get(
                t.aanleidinggevend_klantcontact.uuid or ""
                if t.aanleidinggevend_klantcontact
                else "",
                "",
            ),
        )
        for t in taken
    ]
    uit.sort(key=lambda v: (v.dagen is None, -(v.dagen or 0), v.nummer))
    return uit
