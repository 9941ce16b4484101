"""Toon aan inwoner (F11): what is and is not on the citizen's screen, over real HTTP."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QLabel

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services.apis.klantinteracties import (
    KlantinteractiesClient,
    NieuweBetrokkene,
    NieuwKlantcontact,
)
from klantbeeld.services.klantbeeld.datums import lange_datum
from klantbeeld.services.klantbeeld.inwonerbeeld import is_document_zichtbaar
from klantbeeld.services.registraties.kanalen import kanaal_sleutel
from klantbeeld.views.inwoner import TEKST_PX, InwonerScherm, qss
from klantbeeld.views.main_window import MainWindow
from klantbeeld.views.sneltoetsen import sneltoets
from klantbeeld.views.theme import contrast_ratio, load_theme
from tests.views.conftest import Werkplek, venster

GEHEIM_BSN = "999971104"


def _open(qtbot: Any, w: Werkplek, bsn: str) -> tuple[MainWindow, InwonerScherm]:
    """The window with ``bsn`` loaded, switched to the citizen's view (F11) and filled."""
    window = venster(qtbot, w)
    w.sessie.open_persoon(bsn)
    qtbot.waitUntil(w.model.is_klaar, timeout=15000)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    scherm = window.inwoner_scherm
    assert scherm is not None and scherm.isVisible()
    qtbot.waitUntil(lambda: "Mijn aanvragen" in scherm.teksten(), timeout=15000)
    return window, scherm


def _tekst(scherm: InwonerScherm) -> str:
    return "\n".join(scherm.teksten())


def test_the_example_person_sees_their_aanvragen_with_dated_steps(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window, scherm = _open(qtbot, werkplek, VOORBEELD_BSN)
    beeld = werkplek.model.beeld
    assert beeld is not None and beeld.persoon is not None
    tekst = _tekst(scherm)
    # Their own name, never the BSN (not even masked), nor partners or children.
    assert beeld.persoon.naam is not None and beeld.persoon.naam.weergave in tekst
    assert "3653" not in tekst
    for ander in [*beeld.persoon.partners, *beeld.persoon.kinderen]:
        if ander.naam is not None and ander.naam.weergave:
            assert ander.naam.weergave not in tekst
    # Each extern zaak with its steps and dates, in the catalogus' citizen text.
    parkeer = next(z for z in beeld.zaken if z.zaak.identificatie == "ZAAK-2025-0000000001")
    assert parkeer.zaaktype is not None and (parkeer.zaaktype.omschrijving or "-") in tekst
    stap = "✓  4 oktober 2025 — Wij hebben uw aanvraag ontvangen."
    assert stap in scherm.teksten()
    # No internal step names (the statustype's omschrijving where it is not its statustekst).
    intern = {t.omschrijving for z in beeld.zaken for t in z.statustypen} - {
        t.statustekst for z in beeld.zaken for t in z.statustypen
    }
    assert "Aanvraag compleet" in intern
    assert not any(regel.endswith(f"— {naam}") for regel in scherm.teksten() for naam in intern)
    # Payments and the citizen's own questions; agent notes never.
    assert "Parkeerbon: € 106,42" in scherm.teksten()
    assert "Betalingskenmerk 5058777256020403" in scherm.teksten()
    webvragen = [k for k in beeld.klantcontacten if kanaal_sleutel(k.kanaal) == "webformulier"]
    assert webvragen and all((k.inhoud or "") in tekst for k in webvragen)
    for k in beeld.klantcontacten:
        if kanaal_sleutel(k.kanaal) != "webformulier":
            assert (k.inhoud or "") not in tekst
        for taak in k.internetaken:
            assert not taak.toelichting or taak.toelichting not in tekst
    # Server text is plain text: the seed's "<b>dringend</b>" shows as typed.
    assert "Vraag via formulier <b>dringend</b>" in scherm.teksten()
    labels = scherm.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    # Large type.
    for label in labels:
        label.ensurePolished()
        assert label.font().pixelSize() >= TEKST_PX, label.text()
    window.close()


def test_only_documents_the_citizen_may_see(qtbot: Any, werkplek: Werkplek) -> None:
    window, scherm = _open(qtbot, werkplek, VOORBEELD_BSN)
    beeld = werkplek.model.beeld
    assert beeld is not None
    qtbot.waitUntil(lambda: any(t.startswith("•  ") for t in scherm.teksten()), timeout=15000)
    getoond = {
        t.removeprefix("•  ").rsplit(" (", 1)[0] for t in scherm.teksten() if t.startswith("•  ")
    }
    assert "Bijlage woz-bezwaar" in getoond  # beperkt_openbaar, definitief
    # The zaak detail the agent sees has documents the citizen does not.
    woz = next(z for z in beeld.zaken if z.zaak.identificatie == "ZAAK-2026-0000000002")
    detail = window.sessie.composer.zaak_detail(woz)
    task = asyncio.ensure_future(detail)
    qtbot.waitUntil(task.done, timeout=10000)
    documenten = task.result().documenten
    verborgen = [d.titel for d in documenten if not is_document_zichtbaar(d)]
    assert verborgen  # "Bezwaarschrift woz-bezwaar" is intern
    assert not set(verborgen) & getoond
    window.close()


def test_the_geheimhouding_person_no_name_no_bsn_no_vertrouwelijk_zaak(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window, scherm = _open(qtbot, werkplek, GEHEIM_BSN)
    beeld = werkplek.model.beeld
    assert beeld is not None and beeld.persoon is not None
    assert beeld.persoon.geheimhouding_persoonsgegevens
    tekst = _tekst(scherm)
    assert GEHEIM_BSN[-4:] not in tekst
    naam = beeld.persoon.naam
    assert naam is not None and naam.weergave and naam.weergave not in tekst
    assert naam.geslachtsnaam and naam.geslachtsnaam not in tekst
    vertrouwelijk = [
        z for z in beeld.zaken if z.zaak.vertrouwelijkheidaanduiding == "vertrouwelijk"
    ]
    assert vertrouwelijk
    for z in vertrouwelijk:
        assert z.zaaktype is not None
        assert (z.zaaktype.omschrijving or "-") not in tekst
        assert (z.zaak.identificatie or "-") not in tekst
    assert "Aanmelding hondenbelasting" in tekst  # the zaak that is not vertrouwelijk shows
    window.close()


def test_an_intern_zaaktype_never_shows_and_our_answer_does(
    qtbot: Any, eigen_werkplek: Werkplek, fresh_sandbox: Any
) -> None:
    store = fresh_sandbox.sandbox.store
    # A zaaktype the municipality uses internally only (as Open Zaak stores it); the citizen's
    # web-form question about their omgevingsvergunning gets our answer over the API below.
    kap = next(z for z in store.all("zaaktypen") if z["omschrijving"] == "Aanvraag kapvergunning")
    store.put("zaaktypen", {**kap, "indicatieInternOfExtern": "intern"})
    w = eigen_werkplek
    window = venster(qtbot, w)
    w.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(w.model.is_klaar, timeout=15000)
    beeld = w.model.beeld
    assert beeld is not None
    assert any(
        z.zaaktype and z.zaaktype.omschrijving == "Aanvraag kapvergunning" for z in beeld.zaken
    )  # the agent sees it
    webvraag = next(
        k
        for k in beeld.klantcontacten
        if kanaal_sleutel(k.kanaal) == "webformulier"
        and "ZAAK-2026-0000000001" in (k.onderwerp or "")
    )
    antwoord = "U kunt het document uploaden via Mijn aanvragen."
    client = w.composer.klantinteracties
    assert isinstance(client, KlantinteractiesClient)
    task = asyncio.ensure_future(
        client.registreer_klantcontact(
            klantcontact=NieuwKlantcontact(
                kanaal="E-mail",
                onderwerp=webvraag.onderwerp or "",
                inhoud="Antwoord per e-mail",
                indicatie_contact_gelukt=True,
                plaatsgevonden_op=datetime(2026, 11, 30, 10, tzinfo=UTC),
                referentienummer="9000000001",
                reactie=antwoord,
            ),
            betrokkene=NieuweBetrokkene(partij_uuid=beeld.partij.uuid if beeld.partij else None),
            antwoord_op=webvraag.uuid,
        )
    )
    qtbot.waitUntil(task.done, timeout=10000)
    task.result()
    w.sessie.open_persoon(VOORBEELD_BSN)  # the agent reloads (F5)
    qtbot.waitUntil(w.model.is_klaar, timeout=15000)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    scherm = window.inwoner_scherm
    assert scherm is not None
    qtbot.waitUntil(lambda: "Mijn aanvragen" in scherm.teksten(), timeout=15000)
    tekst = _tekst(scherm)
    assert "Aanvraag kapvergunning" not in tekst
    assert "ZAAK-2026-0000000004" not in tekst
    assert antwoord in scherm.teksten()
    assert f"Ons antwoord van {lange_datum(datetime(2026, 11, 30).date())}:" in scherm.teksten()
    window.close()


def test_f11_the_timeout_and_end_of_contact_return_to_the_agent(
    qtbot: Any, werkplek: Werkplek
) -> None:
    window, scherm = _open(qtbot, werkplek, VOORBEELD_BSN)
    assert scherm.geometry() == window.rect()  # the whole window
    assert scherm.timer.isActive() and scherm.timer.interval() == 5 * 60 * 1000
    # Under it the agent's shortcuts wait, but for F11 (back) and Ctrl+E (end the contact).
    aan = {
        sc.key().toString(): sc.isEnabled()
        for sc in window.findChildren(QShortcut)
        if sc.context() == Qt.ShortcutContext.WindowShortcut
    }
    assert aan["F11"] and aan["Ctrl+E"] and not aan["Ctrl+F"] and not aan["Ctrl+R"]
    # Tab stays on the citizen's screen.
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None and scherm.isAncestorOf(focus)
    # Esc returns as well.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert scherm.is_dicht
    assert all(
        sc.isEnabled()
        for sc in window.findChildren(QShortcut)
        if sc.context() == Qt.ShortcutContext.WindowShortcut and sc.key().toString() == "Ctrl+F"
    )
    qtbot.keyClick(window, Qt.Key.Key_F11)
    weer = window.inwoner_scherm
    assert weer is not None and not weer.is_dicht
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert weer.is_dicht and window.inwoner_scherm is None
    assert window.zaken.isVisible()
    # The timeout.
    qtbot.keyClick(window, Qt.Key.Key_F11)
    scherm = window.inwoner_scherm
    assert scherm is not None and not scherm.is_dicht
    scherm.timer.timeout.emit()
    assert scherm.is_dicht
    # Ending the contact takes the citizen's view away with everything else.
    qtbot.keyClick(window, Qt.Key.Key_F11)
    scherm = window.inwoner_scherm
    assert scherm is not None and not scherm.is_dicht
    window.beeindig_contact()
    qtbot.waitUntil(lambda: scherm.is_dicht, timeout=5000)
    # Without a klant on screen F11 opens nothing.
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.inwoner_scherm is None
    window.close()


def test_f11_is_in_the_f1_overview_and_the_colours_are_high_contrast() -> None:
    assert sneltoets("toon_aan_inwoner").toetsen == ("F11",)
    theme = load_theme()
    paren = (
        (theme.text, theme.surface),
        (theme.surface, theme.heading),
        (theme.error_text, theme.surface),
        (theme.heading, theme.surface),
    )
    for voor, achter in paren:
        assert contrast_ratio(voor, achter) >= 7, (voor, achter)  # WCAG AAA
        assert voor in qss(theme) and achter in qss(theme)


def test_screenshot_of_the_citizens_view(qtbot: Any, werkplek: Werkplek, tmp_path: Path) -> None:
    """1366×768, saved where KLANTBEELD_SCREENSHOT_DIR says (to look at), else a temp folder."""
    window, scherm = _open(qtbot, werkplek, VOORBEELD_BSN)
    qtbot.waitUntil(lambda: any(t.startswith("✓") for t in scherm.teksten()), timeout=15000)
    map_ = Path(os.environ.get("KLANTBEELD_SCREENSHOT_DIR", tmp_path))
    beeld = window.grab()
    assert (beeld.width(), beeld.height()) == (1366, 768)
    assert beeld.save(str(map_ / "inwoner-999993653.png"))
    # Further down: the payments and the questions, each heading at the top of the screen.
    for kop in ("Mijn betalingen", "Mijn vragen"):
        label = next(lab for lab in scherm.findChildren(QLabel) if lab.text() == kop)
        balk = scherm.schuif.verticalScrollBar()
        inhoud = scherm.schuif.widget()
        assert inhoud is not None
        balk.setValue(label.mapTo(inhoud, label.rect().topLeft()).y() - 16)
        naam = kop.split()[-1]
        assert window.grab().save(str(map_ / f"inwoner-999993653-{naam}.png"))
    window.close()
