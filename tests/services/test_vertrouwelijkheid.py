"""The vertrouwelijkheid scale: one list for settings and documents, zeer_geheim included."""

from __future__ import annotations

import pytest

from klantbeeld.services.klantbeeld.vertrouwelijkheid import VERTROUWELIJKHEDEN, mag_inzien
from klantbeeld.services.werkplek.settings import Instellingen


def test_de_hoogste_stand_laat_alles_zien() -> None:
    # An agent set to zeer_geheim (a level the settings accept) may open every known level.
    Instellingen(max_vertrouwelijkheid="zeer_geheim")
    assert all(mag_inzien(a, "zeer_geheim") for a in VERTROUWELIJKHEDEN)
    assert mag_inzien("zeer_geheim", "zeer_geheim")
    assert not mag_inzien("zeer_geheim", "geheim")


@pytest.mark.parametrize("maximum", ["", "iets_nieuws", "GEHEIM"])
def test_een_onbekende_grens_laat_niets_door(maximum: str) -> None:
    assert not mag_inzien("openbaar", maximum)


def test_elke_stand_van_de_instellingen_is_een_grens() -> None:
    for maximum in VERTROUWELIJKHEDEN:
        Instellingen(max_vertrouwelijkheid=maximum)
        assert mag_inzien("openbaar", maximum)
        assert mag_inzien(maximum, maximum)
