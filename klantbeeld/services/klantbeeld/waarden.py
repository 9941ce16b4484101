"""The klantbeeld's values: its parts and their sources, a zaak as shown and opened, the whole.

What :mod:`services.klantbeeld.composer` yields and what the screens show; no I/O here, so a
widget can know the values without knowing the composer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from klantbeeld.services.apis.betalingen import Betaling
from klantbeeld.services.apis.brp import Persoon
from klantbeeld.services.apis.klantinteracties import Internetaak, Klantcontact, Partij
from klantbeeld.services.apis.kvk import Basisprofiel, Vestiging, VestigingKort
from klantbeeld.services.apis.zgw import (
    InformatieObject,
    Resultaattype,
    Status,
    Statustype,
    Zaak,
    Zaaktype,
)
from klantbeeld.services.verbinding.errors import ApiError, KlantbeeldError, bronnaam
from klantbeeld.services.werkplek.settings import BRON_NAMEN, ApiNaam


class Onderdeel(StrEnum):
    """The parts of a klantbeeld, each with its own loading state on screen."""

    PERSOON = "persoon"
    BEDRIJF = "bedrijf"
    CONTACTGEGEVENS = "contactgegevens"
    ZAKEN = "zaken"
    KLANTCONTACTEN = "klantcontacten"
    INTERNETAKEN = "internetaken"
    BETALINGEN = "betalingen"


#: Which source each part comes from, for messages like "Zaaksysteem niet bereikbaar".
BRON_VAN: dict[Onderdeel, ApiNaam] = {
    Onderdeel.PERSOON: ApiNaam.BRP,
    Onderdeel.BEDRIJF: ApiNaam.KVK_BASISPROFIEL,
    Onderdeel.CONTACTGEGEVENS: ApiNaam.KLANTINTERACTIES,
    Onderdeel.ZAKEN: ApiNaam.ZAKEN,
    Onderdeel.KLANTCONTACTEN: ApiNaam.KLANTINTERACTIES,
    Onderdeel.INTERNETAKEN: ApiNaam.KLANTINTERACTIES,
    Onderdeel.BETALINGEN: ApiNaam.BETALINGEN,
}


@dataclass(frozen=True)
class ZaakOverzicht:
    """One zaak as the klantbeeld shows it: with its type, steps and where it stands."""

    zaak: Zaak
    zaaktype: Zaaktype | None
    statustypen: list[Statustype]
    huidige_status: Status | None
    huidige_statustype: Statustype | None
    resultaattype: Resultaattype | None
    volledig: bool  # False while only the unexpanded list is known

    @property
    def is_open(self) -> bool:
        """No einddatum yet."""
        return self.zaak.einddatum is None

    def is_te_laat(self, vandaag: date) -> bool:
        """Open and past its uiterlijke einddatum afdoening."""
        uiterlijk = self.zaak.uiterlijke_einddatum_afdoening
        return self.is_open and uiterlijk is not None and uiterlijk < vandaag

    @property
    def is_opgeschort(self) -> bool:
        """Opschorting indicated."""
        opschorting = self.zaak.opschorting
        return bool(opschorting and opschorting.indicatie)


@dataclass(frozen=True)
class Deel:
    """One part of a klantbeeld as it arrives; ``fout`` set when its source failed."""

    onderdeel: Onderdeel
    waarde: Any = None
    fout: KlantbeeldError | None = None
    voorlopig: bool = False  # more detail for this part follows

    @property
    def bron(self) -> str:
        """The human name of the source, in the screen's language."""
        if isinstance(self.fout, ApiError):
            return bronnaam(self.fout.bron)
        return bronnaam(BRON_NAMEN[BRON_VAN[self.onderdeel]])


@dataclass
class ZaakDetail:
    """What opening a zaak adds: status history with dates, document metadata, contacts."""

    overzicht: ZaakOverzicht
    statussen: list[Status] = field(default_factory=list)
    documenten: list[InformatieObject] = field(default_factory=list)
    klantcontacten: list[Klantcontact] = field(default_factory=list)
    fouten: list[KlantbeeldError] = field(default_factory=list)


@dataclass
class Klantbeeld:
    """Every part gathered for one person or company, with per-part errors."""

    soort: str  # "persoon" | "bedrijf"
    sleutel: str
    persoon: Persoon | None = None
    bedrijf: Basisprofiel | None = None
    hoofdvestiging: Vestiging | None = None
    vestigingen: list[VestigingKort] = field(default_factory=list)
    partij: Partij | None = None
    zaken: list[ZaakOverzicht] = field(default_factory=list)
    klantcontacten: list[Klantcontact] = field(default_factory=list)
    internetaken: list[Internetaak] = field(default_factory=list)
    betalingen: list[Betaling] = field(default_factory=list)
    fouten: dict[Onderdeel, KlantbeeldError] = field(default_factory=dict)
    geladen: set[Onderdeel] = field(default_factory=set)

    def neem_op(self, deel: Deel) -> None:
        """Fold one arrived part into the whole."""
        if deel.fout is not None:
            self.fouten[deel.onderdeel] = deel.fout
            return
        self.fouten.pop(deel.onderdeel, None)
        w = deel.waarde
        match deel.onderdeel:
            case Onderdeel.PERSOON:
                self.persoon = w
            case Onderdeel.BEDRIJF:
                self.bedrijf, self.hoofdvestiging, self.vestigingen = w
            case Onderdeel.CONTACTGEGEVENS:
                self.partij = w
            case Onderdeel.ZAKEN:
                self.zaken = w
            case Onderdeel.KLANTCONTACTEN:
                self.klantcontacten = w
            case Onderdeel.INTERNETAKEN:
                self.internetaken = w
            case Onderdeel.BETALINGEN:
                self.betalingen = w
        if not deel.voorlopig:
            self.geladen.add(deel.onderdeel)
