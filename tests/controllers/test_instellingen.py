"""The settings' controller: Verbinding testen over real HTTP, without the dialog."""

from __future__ import annotations

from typing import Any

from klantbeeld.controllers.instellingen import InstellingenController, Verbindingsverzoek
from klantbeeld.services.werkplek.settings import Bron, BronInstelling, Modus


def test_the_oefenomgeving_is_tested_busy_said_per_source(qtbot: Any, sandbox_server: Any) -> None:
    c = InstellingenController(sandbox_server.endpoints())
    bezig: list[tuple[Bron, bool]] = []
    c.bezigGewijzigd.connect(lambda bron, b: bezig.append((bron, b)))
    verzoek = Verbindingsverzoek(
        Bron.KVK, BronInstelling(modus=Modus.OEFENOMGEVING), "", "standaard"
    )
    with qtbot.waitSignal(c.getest, timeout=5000) as s:
        assert c.test(verzoek) is not None
    bron, uitslag = s.args
    assert bron is Bron.KVK and uitslag.ok
    assert uitslag.melding.startswith("Verbonden (Zoeken ")
    assert bezig == [(Bron.KVK, True), (Bron.KVK, False)]


def test_without_an_address_it_says_so(qtbot: Any) -> None:
    c = InstellingenController()
    with qtbot.waitSignal(c.getest, timeout=5000) as s:
        c.test(Verbindingsverzoek(Bron.OPENZAAK, None, "", "standaard"))
    assert not s.args[1].ok and s.args[1].melding == "Vul eerst het adres in."


def test_stop_cancels_every_test_and_says_nothing(qtbot: Any) -> None:
    c = InstellingenController()  # no oefenomgeving running: the test would say so at once
    getest: list[object] = []
    c.getest.connect(lambda *a: getest.append(a))
    verzoek = Verbindingsverzoek(
        Bron.KVK, BronInstelling(modus=Modus.OEFENOMGEVING), "", "standaard"
    )
    taak = c.test(verzoek)
    assert taak is not None
    c.stop()
    qtbot.waitUntil(taak.done, timeout=2000)
    assert taak.cancelled() and getest == []
