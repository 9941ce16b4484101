"""Contact registreren (with a contactverzoek) and the registrations the server refused.

The package by what its parts are: the dialog (:mod:`.dialoog`), its sections (:mod:`.kop`,
:mod:`.vraagblok`, :mod:`.verzoek`) and fields (:mod:`.velden`), how problems are said
(:mod:`.problemen`), the drafts (:mod:`.concepten`), the contact's clock (:mod:`.klok`), and
the refused registrations (:mod:`.geweigerd`). The rules without Qt are in
``services.registraties.concept``; the work is the ``controllers.registratie`` controller's.
"""

from klantbeeld.services.registraties.concept import (
    Concept,
    Concepten,
    VraagConcept,
    concept_van,
    duur_tekst,
    klantbeeld_sleutel,
    partij_van,
    terugbeladres,
    toelichting_zoals_verzonden,
)
from klantbeeld.views.models.registratie_model import zaak_bij_onderwerp
from klantbeeld.views.registreren.concepten import onvastgelegd, vergeet_concepten
from klantbeeld.views.registreren.dialoog import RegistratieDialoog
from klantbeeld.views.registreren.geweigerd import GeweigerdDialoog
from klantbeeld.views.registreren.klok import ContactKlok
from klantbeeld.views.registreren.kop import PersoonWaarschuwing, partij_tekst, waarschuwingen_voor
from klantbeeld.views.registreren.velden import DeadlineVeld, TekstVeld, Teller, is_opslaan_toets
from klantbeeld.views.registreren.vraagblok import VraagBlok

__all__ = [
    "Concept",
    "Concepten",
    "ContactKlok",
    "DeadlineVeld",
    "GeweigerdDialoog",
    "PersoonWaarschuwing",
    "RegistratieDialoog",
    "TekstVeld",
    "Teller",
    "VraagBlok",
    "VraagConcept",
    "concept_van",
    "duur_tekst",
    "is_opslaan_toets",
    "klantbeeld_sleutel",
    "onvastgelegd",
    "partij_tekst",
    "partij_van",
    "terugbeladres",
    "toelichting_zoals_verzonden",
    "vergeet_concepten",
    "waarschuwingen_voor",
    "zaak_bij_onderwerp",
]
