"""The balie's identity check in the registration: only at the balie, kept by the journal."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from pydantic import ValidationError

from klantbeeld.services.registraties.concept import (
    Concept,
    VraagConcept,
    concept_van,
    registratie_van,
)
from klantbeeld.services.registraties.journaal import Journaal
from klantbeeld.services.registraties.registratie import (
    IDENTITEIT_SLEUTEL,
    Identiteitsbewijs,
    Partij,
    Registratie,
)
from klantbeeld.services.werkplek.settings import Instellingen, Rol
from tests.services.test_journaal import _reg as journaal_reg

BSN = "999993653"


def _reg(kanaal: str = "Balie", **kwargs: object) -> Registratie:
    return journaal_reg("Paspoort of ID-kaart", kanaal=kanaal, **kwargs)


def _concept(kanaal: str = "balie", **kwargs: object) -> Concept:
    vraag = VraagConcept("Paspoort of ID-kaart", "Paspoort ophalen.", "", "afgehandeld")
    return Concept(kanaal=kanaal, vragen=[vraag], start=datetime.now(UTC), **kwargs)  # type: ignore[arg-type]


def test_the_document_kind_goes_to_metadata_and_only_at_the_balie() -> None:
    reg = _reg(identiteitsbewijs="rijbewijs")
    assert reg.identiteitsbewijs is Identiteitsbewijs.RIJBEWIJS
    assert reg.identiteit_metadata() == {IDENTITEIT_SLEUTEL: "rijbewijs"}
    assert _reg().identiteit_metadata() == {}
    assert _reg(kanaal="loket", identiteitsbewijs="paspoort").identiteitsbewijs  # a synonym
    with pytest.raises(ValidationError, match="alleen aan de balie"):
        _reg(kanaal="Telefoon", identiteitsbewijs="paspoort")
    with pytest.raises(ValidationError):  # a number is no kind of document
        _reg(identiteitsbewijs="NW1234567")


def test_the_journal_keeps_it_and_a_correction_brings_it_back(tmp_path: Path) -> None:
    journaal = Journaal(tmp_path / "j.sqlite3", sleutel=Fernet.generate_key())
    try:
        rid = journaal.schrijf(_reg(identiteitsbewijs="verblijfsdocument"))
        oud = journaal.schrijf(_reg())  # not ticked
        item, zonder = journaal.item(rid), journaal.item(oud)
        assert item is not None and item.registratie is not None
        assert item.registratie.identiteitsbewijs is Identiteitsbewijs.VERBLIJFSDOCUMENT
        assert zonder is not None and zonder.registratie is not None
        assert zonder.registratie.identiteitsbewijs is None
    finally:
        journaal.close()
    # a journal item written before the field existed has no key at all
    zonder_veld = _reg().model_dump(mode="json")
    del zonder_veld["identiteitsbewijs"]
    assert Registratie.model_validate(zonder_veld).identiteitsbewijs is None
    concept = concept_van(item.registratie)
    assert concept.identiteit_vastgesteld and concept.identiteitsbewijs == "verblijfsdocument"
    terug = registratie_van(concept, item.registratie.partij, None, item.registratie)
    assert terug.identiteitsbewijs is Identiteitsbewijs.VERBLIJFSDOCUMENT


def test_a_draft_keeps_the_tick_but_only_the_balie_sends_it() -> None:
    partij = Partij.bsn(BSN)
    aan = _concept(identiteit_vastgesteld=True, identiteitsbewijs="id-kaart")
    assert registratie_van(aan, partij, None).identiteitsbewijs is Identiteitsbewijs.ID_KAART
    leeg = _concept()
    assert aan.inhoud() != leeg.inhoud()  # ticking alone is worth a draft
    # switched to telefoon: the draft keeps it, the registration does not carry it
    telefoon = _concept("telefoon", identiteit_vastgesteld=True, identiteitsbewijs="id-kaart")
    assert registratie_van(telefoon, partij, None).identiteitsbewijs is None
    # ticked without a kind: nothing is sent as established
    zonder = _concept(identiteit_vastgesteld=True)
    assert (
        zonder.bewijs() is None and registratie_van(zonder, partij, None).identiteitsbewijs is None
    )


def test_the_balie_role_is_a_setting() -> None:
    assert Instellingen.model_validate({"rol": "balie"}).rol is Rol.BALIE
    assert Instellingen().rol is Rol.MEDEWERKER
