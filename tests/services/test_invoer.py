"""Input checks give plain Dutch messages and normalised values."""

from __future__ import annotations

import pytest

from klantbeeld.services.errors import OngeldigeInvoer
from klantbeeld.services.invoer import (
    valideer_bsn,
    valideer_huisnummer,
    valideer_kvk,
    valideer_postcode,
    valideer_vestigingsnummer,
)


def test_bsn() -> None:
    assert valideer_bsn(" 9999.93.653 ") == "999993653"
    with pytest.raises(OngeldigeInvoer) as info:
        valideer_bsn("999993654")
    assert info.value.melding == "Dit BSN klopt niet — controleer de cijfers"
    for fout in ("", "12345678", "99999365a"):
        with pytest.raises(OngeldigeInvoer):
            valideer_bsn(fout)


def test_kvk_en_vestiging() -> None:
    assert valideer_kvk("6875 0110") == "68750110"
    assert valideer_vestigingsnummer("000012345678") == "000012345678"
    with pytest.raises(OngeldigeInvoer):
        valideer_kvk("6875011")
    with pytest.raises(OngeldigeInvoer):
        valideer_vestigingsnummer("12345678")


def test_postcode_en_huisnummer() -> None:
    assert valideer_postcode("2511 ab") == "2511AB"
    for fout in ("0511AB", "2511", "2511 A1"):
        with pytest.raises(OngeldigeInvoer):
            valideer_postcode(fout)
    assert valideer_huisnummer(" 12 ") == 12
    for fout in ("0", "12a", "100000"):
        with pytest.raises(OngeldigeInvoer):
            valideer_huisnummer(fout)
