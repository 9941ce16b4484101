"""Contacthistorie: the team lead's view of every klantcontact in a period, with charts and export.

Only for the team-lead role (``Instellingen.rol``); built for anyone else the screen says so and
loads nothing. The screen (:mod:`.scherm`) shows what its controller
(:class:`~klantbeeld.controllers.contacthistorie.ContacthistorieController`) holds: the period's
contacts streaming in newest first, "klaar" only when the stream reached its end, how far back
the rows reach while loading, and when complete when the data was fetched; F5 or "Vernieuwen"
fetches anew. The filter bar (:mod:`.filters`) works on what is loaded, in memory; the
"Overzicht" charts (:mod:`.overzicht`) follow it (debounced). The list's detail pane
(:mod:`.lijst`) shows the whole contact as plain text and, once the detail names the partij,
opens that person's or company's klantbeeld. Nothing is written to disk but the CSV the team
lead saves (:mod:`.export`); the BSN goes in only when asked.
"""

from klantbeeld.views.contacthistorie.filters import DatumVeld
from klantbeeld.views.contacthistorie.scherm import ContacthistorieScherm
from klantbeeld.views.models.historie_model import OpenVerzoekenModel

__all__ = ["ContacthistorieScherm", "DatumVeld", "OpenVerzoekenModel"]
