"""The dialog's drafts: what is typed read into a :class:`Concept`, a draft put back on screen.

The drafts themselves live in the session (``sessie.concepten``), in memory only; the dialog
gets them through its controller, never by looking them up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from klantbeeld.services.registraties.concept import (
    Concept,
    Concepten,
    VraagConcept,
    klantbeeld_sleutel,
)

if TYPE_CHECKING:
    from klantbeeld.views.registreren.dialoog import RegistratieDialoog
    from klantbeeld.views.sessie import Sessie


def lees(dialoog: RegistratieDialoog) -> Concept:
    """Everything typed in ``dialoog``, as a draft."""
    return Concept(
        kanaal=str(dialoog.kanaal.currentData() or ""),
        vragen=[b.concept() for b in dialoog.blokken],
        start=dialoog.start,
        contactverzoek=dialoog.verzoek_keuze.isChecked(),
        actor_uuid=str(dialoog.actor.currentData() or ""),
        terugbeladres=dialoog.terugbel.currentText(),
        deadline=dialoog.deadline.moment(),
        toelichting=dialoog.toelichting.tekst(),
        identiteit_vastgesteld=dialoog.identiteit.vastgesteld.isChecked(),
        identiteitsbewijs=dialoog.identiteit.bewijs(),
    )


def vul(dialoog: RegistratieDialoog, concept: Concept, contactverzoek: bool) -> None:
    """Put ``concept`` on screen in a dialog still empty (``contactverzoek``: asked for one)."""
    dialoog.kop.kies_kanaal(concept.kanaal)
    dialoog.identiteit.vul(concept.identiteit_vastgesteld, concept.identiteitsbewijs)
    for vraag in concept.vragen or [VraagConcept()]:
        dialoog.vragen.nieuw().vul(vraag)
    dialoog.start = concept.start
    dialoog.verzoek_keuze.setChecked(concept.contactverzoek or contactverzoek)
    dialoog._vul_actor = concept.actor_uuid
    dialoog.terugbel.setEditText(concept.terugbeladres)
    if concept.deadline is not None:
        dialoog.deadline.zet(concept.deadline)
    dialoog.toelichting.setPlainText(concept.toelichting)


def vergeet_concepten(sessie: Sessie) -> None:
    """Forget every draft (end of contact: no personal data stays in memory)."""
    Concepten.voor(sessie).vergeet()


def onvastgelegd(sessie: Sessie, venster: QWidget) -> bool:
    """True when the agent typed a contact for the klantbeeld on screen that is not saved."""
    from klantbeeld.views.registreren.dialoog import RegistratieDialoog  # it imports this module

    for dialoog in venster.findChildren(RegistratieDialoog):
        if dialoog.isVisible() and not dialoog.is_leeg():
            return True
    return Concepten.voor(sessie).onvastgelegd(klantbeeld_sleutel(sessie.model.beeld))
