"""An HTML error page (500) from a server: on screen only the status and a plain reason."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.klantbeeld.composer import Onderdeel
from klantbeeld.services.werkplek.settings import ApiNaam
from klantbeeld.views.deelstatus import DeelStatusBalk
from klantbeeld.views.models.beeld import DeelStatus
from tests.services.test_tekst import DJANGO
from tests.views.conftest import maak_werkplek, sluit_werkplek, venster


class _Foutpagina(BaseHTTPRequestHandler):
    """Every request: Django's 500 debug page as ``text/html`` (as Open Klant, OK 140)."""

    def do_GET(self) -> None:
        body = DJANGO.encode()
        self.send_response(500)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def foutserver() -> Iterator[str]:
    """The root URL of a loopback server that answers every request with the HTML page."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Foutpagina)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _Omgeleid:
    """The oefenomgeving, but Betalingen and Klantinteracties live on the error server."""

    def __init__(self, echt: Any, fout_url: str) -> None:
        self._echt = echt
        self._fout_url = fout_url

    def endpoints(self) -> dict[ApiNaam, Any]:
        uit = dict(self._echt.endpoints())
        for api in (ApiNaam.BETALINGEN, ApiNaam.KLANTINTERACTIES):
            inst, geheim = uit[api]
            pad = inst.base_url.split("/", 3)[3]
            uit[api] = (inst.model_copy(update={"base_url": f"{self._fout_url}/{pad}"}), geheim)
        return uit


def test_an_html_error_page_is_shown_as_status_and_a_plain_reason(
    qtbot: Any, sandbox_server: Any, foutserver: str
) -> None:
    w = maak_werkplek(_Omgeleid(sandbox_server, foutserver))
    try:
        window = venster(qtbot, w)
        w.sessie.open_persoon(VOORBEELD_BSN)
        qtbot.waitUntil(
            lambda: w.model.status(Onderdeel.BETALINGEN) is DeelStatus.FOUT, timeout=15000
        )
        qtbot.waitUntil(w.model.is_klaar, timeout=15000)
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
        meldingen = [
            b.melding.tekst for b in window.findChildren(DeelStatusBalk) if b.melding is not None
        ]
        betalingen = [m for m in meldingen if m.startswith("Betalingen")]
        assert betalingen, meldingen  # the test can fail: the error reached the screen
        assert "500" in betalingen[0]
        assert "IntegrityError at /klantinteracties/api/v1/klantcontacten" in betalingen[0]
        teksten = [
            t
            for widget in QApplication.allWidgets()
            for t in (
                widget.toolTip(),
                widget.text() if isinstance(widget, QLabel) else "",
            )
        ]
        assert any("IntegrityError" in t for t in teksten)
        for tekst in teksten:
            if "IntegrityError" in tekst or "500" in tekst:
                assert "<" not in tekst and "&quot;" not in tekst and "hideAll" not in tekst, tekst
                assert len(tekst) < 500
    finally:
        sluit_werkplek(w, qtbot)
