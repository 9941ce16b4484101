"""The settings dialog's controller: "Verbinding testen" per source, off the dialog.

The dialog hands over what a source's form says (a :class:`Verbindingsverzoek`); the controller runs
the test through :mod:`services.verbinding.verbindingstest` (one test per source at a time: a
new one replaces the running one), reports busy per source and the :class:`Testuitslag` as
signals, and cancels every test when the dialog closes (:meth:`stop`) or goes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from klantbeeld.controllers.taken import Taken
from klantbeeld.services.verbinding.errors import KlantbeeldError
from klantbeeld.services.verbinding.verbindingstest import (
    Testuitslag,
    controleer_bron,
    controleer_url,
)
from klantbeeld.services.werkplek.secrets import lees_geheim
from klantbeeld.services.werkplek.settings import (
    API_PADEN,
    OUDE_GEHEIMNAMEN,
    ApiInstelling,
    ApiNaam,
    Bron,
    BronInstelling,
    Modus,
)


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Instellingen)."""
    return QCoreApplication.translate("Instellingen", text)


@dataclass(frozen=True)
class Verbindingsverzoek:
    """What one source's form says, as the agent typed it, to test the connection with."""

    bron: Bron
    #: The source as typed; None when it is ``ingesteld`` without an address.
    instelling: BronInstelling | None
    #: The secret typed now; empty: the one kept in keyring for ``profiel``.
    geheim: str
    profiel: str
    medewerker_id: str = ""
    medewerker_naam: str = ""


class InstellingenController(QObject):
    """Owns the connection tests of the settings dialog."""

    #: A source's test started (True) or ended (False); carries (Bron, busy).
    bezigGewijzigd = Signal(object, bool)
    #: A source's test finished; carries (Bron, Testuitslag).
    getest = Signal(object, object)

    def __init__(
        self,
        oefen: Mapping[ApiNaam, tuple[ApiInstelling, str]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        #: The oefenomgeving's API roots and secret, when it runs in this app.
        self.oefen = dict(oefen or {})
        self.taken = Taken(self)
        self.taken.bezigGewijzigd.connect(
            lambda sleutel, bezig: self.bezigGewijzigd.emit(Bron(sleutel), bezig)
        )

    def test(self, verzoek: Verbindingsverzoek) -> asyncio.Task[None] | None:
        """Test ``verzoek.bron`` (a test of it still running is cancelled first).

        None when no test can run now (the app's loop is not running).
        """
        bron = verzoek.bron
        return self.taken.start(
            bron.value, self._controleer(verzoek), lambda u: self.getest.emit(bron, u)
        )

    def stop(self) -> None:
        """Cancel every running test (the dialog closes)."""
        self.taken.annuleer_alles()

    async def _controleer(self, verzoek: Verbindingsverzoek) -> Testuitslag:
        bron, inst = verzoek.bron, verzoek.instelling
        eerste = next(iter(API_PADEN[bron]))
        if inst is not None and inst.modus is Modus.OEFENOMGEVING:
            oefen = {api: self.oefen[api] for api in API_PADEN[bron] if api in self.oefen}
            if not oefen:
                return Testuitslag(
                    eerste, False, tr("De oefenomgeving draait nu niet; na een herstart wel.")
                )
            geheim = next(iter(oefen.values()))[1]
            uitslag = await controleer_bron(bron, {a: i for a, (i, _) in oefen.items()}, geheim)
            return Testuitslag(
                uitslag.api,
                uitslag.ok,
                uitslag.melding + tr(" — oefenomgeving"),
                uitslag.status,
                uitslag.duur_ms,
            )
        url = inst.url if inst is not None else ""
        if inst is None or not url:
            return Testuitslag(eerste, False, tr("Vul eerst het adres in."))
        fout = controleer_url(url)
        if fout:
            return Testuitslag(eerste, False, tr(fout))
        geheim = verzoek.geheim
        if not geheim:
            try:
                geheim = (
                    lees_geheim(verzoek.profiel, bron.value, vroeger=OUDE_GEHEIMNAMEN.get(bron, ()))
                    or ""
                )
            except KlantbeeldError as e:
                return Testuitslag(eerste, False, str(e))
        return await controleer_bron(
            bron,
            inst.endpoints(bron),
            geheim,
            user_id=verzoek.medewerker_id,
            user_representation=verzoek.medewerker_naam,
        )
