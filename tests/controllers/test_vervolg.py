"""A continuation handed to someone else runs only while its runner (and its owner) is there."""

from __future__ import annotations

import asyncio
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from klantbeeld.controllers.taken import Taken


def test_a_continuation_runs_while_its_runner_lives() -> None:
    taken = Taken()
    gedaan: list[str] = []
    verder = taken.vervolg(lambda: gedaan.append("antwoord"))
    verder()
    assert gedaan == ["antwoord"]


def test_a_continuation_does_nothing_once_its_owner_is_gone() -> None:
    eigenaar = QObject()  # say, the werkvoorraad window
    taken = Taken(eigenaar)
    gedaan: list[str] = []
    verder = taken.vervolg(lambda: gedaan.append("antwoord"))
    shiboken6.delete(eigenaar)  # the window went before the agent confirmed the switch
    verder()
    assert gedaan == []


def test_a_continuation_does_nothing_once_its_runner_closed(qtbot: Any) -> None:
    taken = Taken()
    gedaan: list[str] = []
    verder = taken.vervolg(lambda: gedaan.append("antwoord"))
    sluiten = asyncio.ensure_future(taken.sluit())
    qtbot.waitUntil(sluiten.done)
    verder()
    assert gedaan == []
