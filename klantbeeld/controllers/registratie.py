"""The registration's controller: one "Contact registreren" from opening to the journal.

:class:`RegistratieController` holds what the dialog offers (who the contact is with, since when,
the klant's zaken, onderwerpen, known callback addresses, the draft to restore), fetches the
actoren a contactverzoek is assigned to (``GET /actoren``, through the task runner, cached for
the session), names every reason a draft cannot be saved yet, and saves it to the journal. Its
drafts live in the session's :class:`~services.registraties.concept.Concepten`; the question
"what with the text?" goes out through the message bridge. Tested without any widget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import Protocol

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance

from klantbeeld.controllers.meldingen import Keuze, KeuzeSoort, Meldingen, Vraag
from klantbeeld.controllers.registraties import Registraties
from klantbeeld.controllers.taken import Taken
from klantbeeld.services.apis.klantinteracties import Actor, KlantinteractiesClient
from klantbeeld.services.klantbeeld.composer import KlantbeeldComposer
from klantbeeld.services.klantbeeld.waarden import Klantbeeld, ZaakOverzicht
from klantbeeld.services.registraties.concept import (
    GEEN_ACTOR,
    Concept,
    Concepten,
    bekende_adressen,
    concept_van,
    klantbeeld_sleutel,
    onderwerp_voorstellen,
    partij_van,
    registratie_van,
)
from klantbeeld.services.registraties.registratie import Registratie
from klantbeeld.services.verbinding.errors import KlantbeeldError, OngeldigeInvoer
from klantbeeld.services.werkplek.settings import Instellingen, Rol
from klantbeeld.services.werkplek.werkplekstaat import laad_werkplekstaat, onthoud
from klantbeeld.views.models.registratie_model import ZaakKeuze, zaak_keuzes

ACTOREN = "actoren"
#: The answers to "Dit contact is nog niet vastgelegd": go on typing, keep a draft, throw away.
VERDER, BEWAREN, WEGGOOIEN = "verder", "bewaren", "weggooien"


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Registreren)."""
    return QCoreApplication.translate("Registreren", text)


class Beeldbron(Protocol):
    """What the registration reads of the klantbeeld on screen (the BeeldModel)."""

    @property
    def beeld(self) -> Klantbeeld | None: ...
    @property
    def gekozen_zaak(self) -> ZaakOverzicht | None: ...
    @property
    def gewist(self) -> SignalInstance: ...


class Sessiebron(Protocol):
    """What the registration takes from the agent's session."""

    @property
    def composer(self) -> KlantbeeldComposer: ...
    @property
    def model(self) -> Beeldbron: ...
    @property
    def meldingen(self) -> Meldingen: ...
    @property
    def concepten(self) -> Concepten: ...
    def toon_lokaal(self, registratie: Registratie) -> None: ...


class RegistratieController(QObject):
    """Owns one registration: its values, its draft, the actoren look-up and the saving."""

    #: The actoren to assign a contactverzoek to; carries list[Actor] (active, named).
    actorenGeladen = Signal(object)
    #: The actoren could not be fetched; carries the plain Dutch reason.
    actorenFout = Signal(str)
    #: The actoren are being fetched (True) or not any more (False).
    actorenBezig = Signal(bool)
    #: Nothing was saved; carries the plain Dutch message (the text stays).
    fout = Signal(str)
    #: Saved in the journal; carries the Registratie.
    vastgelegd = Signal(object)
    #: The contact ended (its klantbeeld was wiped) while the registration was open.
    contactBeeindigd = Signal()
    #: The agent answered "nog niet vastgelegd"; carries VERDER, BEWAREN or WEGGOOIEN.
    beantwoord = Signal(str)

    def __init__(
        self,
        registraties: Registraties,
        concepten: Concepten,
        instellingen: Instellingen,
        meldingen: Meldingen,
        *,
        klantinteracties: KlantinteractiesClient | None,
        beeld: Klantbeeld | None = None,
        zaak_op_scherm: str | None = None,
        start: datetime | None = None,
        zaaktypen: Iterable[str] = (),
        correctie: tuple[str, Registratie] | None = None,
        toon_lokaal: Callable[[Registratie], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.registraties = registraties
        self.concepten = concepten
        self.instellingen = instellingen
        self.meldingen = meldingen
        self.klantinteracties = klantinteracties
        self.correctie = correctie
        self._toon_lokaal = toon_lokaal
        self.taken = Taken(self)
        self.taken.bezigGewijzigd.connect(lambda _s, bezig: self.actorenBezig.emit(bezig))
        self.taken.fout.connect(lambda _s, e: self.actorenFout.emit(str(e)))
        #: The zaak on screen, proposed for the first question.
        self.zaak_voorstel = [zaak_op_scherm] if zaak_op_scherm else []
        if correctie is not None:
            item_id, origineel = correctie
            #: The draft's key: the klantbeeld's (``persoon:<bsn>``), or the refused item's.
            self.sleutel = f"geweigerd:{item_id}"
            self.partij = origineel.partij
            self.start = origineel.start
            #: The klantbeeld the contact is about (None for a correction or anonymous).
            self.beeld: Klantbeeld | None = None
        else:
            self.sleutel = klantbeeld_sleutel(beeld)
            self.partij = partij_van(beeld)
            self.start = start or datetime.now(UTC)
            self.beeld = beeld
        self.zaken: list[ZaakKeuze] = zaak_keuzes(beeld, self.zaak_voorstel)
        self.onderwerpen = onderwerp_voorstellen(beeld, instellingen.onderwerpen, zaaktypen)
        self.resultaten = list(instellingen.resultaten)
        #: The klant's phone numbers and e-mail addresses, to call back on.
        self.adressen = bekende_adressen(self.beeld)
        bewaard = concepten.concepten.get(self.sleutel)
        #: True when a draft of an earlier opening is restored (not a correction's own text).
        self.hersteld = bewaard is not None and correctie is None
        #: What to fill the dialog with: a draft, the refused registration, or nothing.
        self.concept = bewaard or (concept_van(correctie[1]) if correctie else None)

    @classmethod
    def voor(
        cls,
        sessie: Sessiebron,
        registraties: Registraties,
        instellingen: Instellingen,
        *,
        start: datetime | None = None,
        correctie: tuple[str, Registratie] | None = None,
    ) -> RegistratieController:
        """A registration of the klant on ``sessie``'s screen (or a refused one to correct)."""
        model = sessie.model
        gekozen = model.gekozen_zaak
        catalogus = sessie.composer.catalogus
        controller = cls(
            registraties,
            sessie.concepten,
            instellingen,
            sessie.meldingen,
            klantinteracties=sessie.composer.klantinteracties,
            beeld=model.beeld,
            zaak_op_scherm=gekozen.zaak.uuid if gekozen is not None else None,
            start=start,
            zaaktypen=[z.omschrijving for z in catalogus.zaaktypen() if z.omschrijving]
            if catalogus is not None
            else [],
            correctie=correctie,
            toon_lokaal=sessie.toon_lokaal,
        )
        model.gewist.connect(controller.contactBeeindigd)
        return controller

    # -- actoren -----------------------------------------------------------------------------

    def laad_actoren(self, *, opnieuw: bool = False) -> None:
        """Fetch the actoren (once per session, unless ``opnieuw``); answered as signals."""
        if self.concepten.actoren and not opnieuw:
            self.actorenGeladen.emit(self.concepten.actoren)
            return
        client = self.klantinteracties
        if client is None:
            self.actorenFout.emit(tr("Klantinteracties is niet ingesteld."))
            return
        self.taken.start(ACTOREN, client.actoren(), self._actoren)

    def _actoren(self, actoren: list[Actor]) -> None:
        actief = [a for a in actoren if a.indicatie_actief is not False and a.naam]
        self.concepten.actoren = actief
        self.actorenGeladen.emit(actief)

    def gewenste_actor(self, uit_concept: str = "") -> str:
        """Who to preselect: the draft's actor, else the one the agent chose last time."""
        concept = self.concepten.concepten.get(self.sleutel)
        if concept is not None and concept.actor_uuid:
            return concept.actor_uuid
        return uit_concept or laad_werkplekstaat().laatste_actor

    @staticmethod
    def laatste_kanaal() -> str:
        """The kanaal the agent chose last time."""
        return laad_werkplekstaat().laatste_kanaal

    def standaard_kanaal(self) -> str:
        """The kanaal a new registration starts with: balie for the balie role, else the last."""
        return "balie" if self.instellingen.rol == Rol.BALIE else self.laatste_kanaal()

    # -- the draft ---------------------------------------------------------------------------

    def bewaar(self, concept: Concept, *, leeg: tuple[object, ...] | None = None) -> None:
        """Keep ``concept`` as the draft; with ``leeg``, only once it differs from that
        (or a draft is kept already)."""
        if leeg is None or concept.inhoud() != leeg or self.sleutel in self.concepten.concepten:
            self.concepten.concepten[self.sleutel] = concept

    def vergeet(self) -> None:
        """Throw the draft away."""
        self.concepten.concepten.pop(self.sleutel, None)

    def vraag_niet_vastgelegd(self) -> Vraag:
        """Ask what to do with the typed text; the answer arrives as :attr:`beantwoord`."""

        # Answered later, maybe after the registration is gone: then it reaches nobody.
        def antwoord(keuze: str) -> Callable[[], None]:
            return self.taken.vervolg(partial(self.beantwoord.emit, keuze))

        vraag = Vraag(
            titel=tr("Niet vastgelegd"),
            tekst=tr("Dit contact is nog niet vastgelegd. Wat wilt u met de tekst?"),
            keuzes=(
                Keuze(tr("Verder typen"), KeuzeSoort.ANNULEER, antwoord(VERDER)),
                Keuze(tr("Bewaren als concept"), KeuzeSoort.BEVESTIG, antwoord(BEWAREN)),
                Keuze(tr("Weggooien"), KeuzeSoort.ONHERROEPELIJK, antwoord(WEGGOOIEN)),
            ),
            standaard=0,
            annuleer=0,
            over_alles=True,
        )
        self.meldingen.vraag(vraag)
        return vraag

    # -- checking and saving -----------------------------------------------------------------

    def registratie(self, concept: Concept, *, actor_invullen: bool = False) -> Registratie:
        """The registration as typed; raises ValidationError/OngeldigeInvoer for bad input.

        ``actor_invullen`` puts a stand-in actor in a contactverzoek without one, so the other
        problems can still be named (never used to save).
        """
        if actor_invullen and not concept.actor_uuid:
            concept = replace(concept, actor_uuid=GEEN_ACTOR)
        origineel = self.correctie[1] if self.correctie is not None else None
        return registratie_van(concept, self.partij, self.registraties.medewerker, origineel)

    def problemen(self, concept: Concept) -> list[str]:
        """Every reason ``concept`` cannot be saved yet, in plain Dutch (empty: it can)."""
        problemen: list[str] = []
        meer = len(concept.vragen) > 1
        if concept.contactverzoek:
            if meer:
                problemen.append(
                    tr(
                        "Een contactverzoek hoort bij één vraag: verwijder de andere vragen, "
                        "of zet het contactverzoek uit."
                    )
                )
            if not concept.actor_uuid:
                problemen.append(tr("Kies aan wie het contactverzoek wordt toegewezen."))
        if concept.identiteit_vastgesteld and concept.aan_de_balie() and concept.bewijs() is None:
            problemen.append(tr("Kies met welk document de identiteit is vastgesteld."))
        for n, vraag in enumerate(concept.vragen, 1):
            if not vraag.resultaat.strip():
                waar = tr(" van vraag {n}").format(n=n) if meer else ""
                problemen.append(tr("Kies het resultaat{waar}.").format(waar=waar))
        if problemen and concept.contactverzoek and meer:
            return problemen
        try:
            reg = self.registratie(concept, actor_invullen=True)
        except ValidationError as e:
            if not problemen:
                problemen += [
                    tr("Dit klopt nog niet: {fout}").format(fout=f.get("msg", ""))
                    for f in e.errors()
                ]
            return problemen
        except OngeldigeInvoer as e:
            return [*problemen, e.melding]
        return [*problemen, *reg.controleer()]

    def vastleggen(self, concept: Concept) -> Registratie | None:
        """Save to the journal (or resend a correction); None and :attr:`fout` when not saved.

        Check :meth:`problemen` first: a draft with problems raises here.
        """
        reg = self.registratie(concept)
        try:
            if self.correctie is not None:
                self.registraties.opnieuw_aanbieden(self.correctie[0], reg)
            else:
                self.registraties.registreer(reg)
        except OngeldigeInvoer as e:
            self.fout.emit(e.melding)
            return None
        except KlantbeeldError as e:  # JournaalFout: nothing saved, the text stays
            melding = getattr(e, "melding", str(e))
            self.fout.emit(
                tr("Niet vastgelegd — {melding}. Uw tekst staat er nog.").format(melding=melding)
            )
            return None
        self.vergeet()
        onthoud(laatste_kanaal=concept.kanaal)
        if reg.contactverzoek is not None:
            onthoud(laatste_actor=reg.contactverzoek.actor_uuids[0])
        if self.correctie is None and self._toon_lokaal is not None:
            self._toon_lokaal(reg)
        self.vastgelegd.emit(reg)
        return reg

    def zaak_labels(self, reg: Registratie) -> tuple[str, ...]:
        """The zaken linked in ``reg``, as the confirmation names them."""
        labels = {k.uuid: k.label for k in self.zaken}
        zaken = [u for v in reg.vragen for u in v.zaak_uuids]
        return tuple(labels.get(u, u) for u in dict.fromkeys(zaken))

    def stop(self) -> None:
        """Drop the look-up on its way (the dialog closed)."""
        self.taken.annuleer_alles()
