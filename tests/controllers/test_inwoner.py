"""The citizen's view's controller: steps and documents of the visible zaken, failures honest."""

from __future__ import annotations

from typing import Any

import pytest

from klantbeeld.controllers.inwoner import InwonerController
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.zgw import Status
from klantbeeld.services.klantbeeld.inwonerbeeld import InwonerBeeld, zichtbare_zaken
from tests.views.conftest import Werkplek

GEHEIM_BSN = "999971104"


def _bouw(qtbot: Any, c: InwonerController, w: Werkplek) -> InwonerBeeld:
    beeld = w.model.beeld
    assert beeld is not None
    klaar: list[InwonerBeeld] = []
    c.klaar.connect(klaar.append)
    c.laad(beeld)
    qtbot.waitUntil(lambda: bool(klaar), timeout=15000)
    return klaar[-1]


def test_only_the_visible_zaken_are_asked_for(
    qtbot: Any, werkplek: Werkplek, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = werkplek
    w.sessie.open_persoon(GEHEIM_BSN)
    qtbot.waitUntil(w.model.is_klaar, timeout=15000)
    beeld = w.model.beeld
    assert beeld is not None
    client = w.composer.zaken
    assert client is not None
    gevraagd: list[str] = []
    echt = client.statussen

    async def statussen(zaak_url: str) -> list[Status]:
        gevraagd.append(zaak_url)
        return await echt(zaak_url)

    monkeypatch.setattr(client, "statussen", statussen)
    waarde = _bouw(qtbot, InwonerController(client), w)
    zichtbaar = zichtbare_zaken(beeld)
    assert 0 < len(zichtbaar) < len(beeld.zaken)  # this person has a vertrouwelijk zaak
    assert sorted(gevraagd) == sorted(z.zaak.url for z in zichtbaar)
    assert not waarde.onvolledig
    assert len(waarde.aanvragen) == len(zichtbaar)
    assert all(a.stappen for a in waarde.aanvragen)


def test_a_zaken_api_that_fails_leaves_the_aanvragen_marked_incomplete(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    w = eigen_werkplek
    w.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(w.model.is_klaar, timeout=15000)
    fresh_sandbox.sandbox.faults.down = {"zaken", "documenten"}
    waarde = _bouw(qtbot, InwonerController(w.composer.zaken), w)
    assert waarde.onvolledig
    assert waarde.aanvragen  # each still there, with its current status
    assert all(len(a.stappen) == 1 and not a.documenten for a in waarde.aanvragen)


def test_without_a_zaken_api_the_list_still_shows(qtbot: Any, werkplek: Werkplek) -> None:
    w = werkplek
    w.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(w.model.is_klaar, timeout=15000)
    waarde = _bouw(qtbot, InwonerController(None), w)
    assert waarde.aanvragen and all(not a.documenten for a in waarde.aanvragen)
