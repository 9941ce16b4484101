"""In English no visible text is Dutch, on every screen, dialog and message of the app.

Two checks on every text a user can read or hear (labels, buttons, fields, tables, tooltips,
accessible names, the status bar's message):

- equal to a Dutch text of ours: every Dutch text Klantbeeld could show whole is known (the
  sources of the English catalog, and every string literal in the views, controllers and
  services; a text shown without ``tr`` is one of those); a visible text equal to one of them,
  while its English differs and it is no data, is a failure;
- Dutch in a text composed elsewhere (a date, a count, an error built in a service): a Dutch
  word no English text has (``niet``, ``geboren``, ``januari``), a Dutch date (``1 december
  1980``) or a Dutch number (``12.345``, ``€ 12,50``) is a failure, unless it lies inside the
  server's or citizen's data the text quotes: every string the oefenomgeving serves (names,
  zaak omschrijvingen, statustypen, document titles, addresses, klantcontacten) and the
  municipality's own lists (:data:`GEGEVENS`), what the oefenomgeving's servers say in an
  error (:func:`serverteksten`) and what the agent typed. A date or number the server writes
  (the BRP's ``langFormaat``) is formatting, not data: shown in English it must be English.

The walk (:class:`Rondgang`: one window, the texts read on each screen, judged at the end)
visits the window empty, a bad BSN typed, several hits, 999993653 with a zaak on every tab, a
person whose record-keeping the BRP suspended, F1, About, the werkvoorraad, the citizen's view
(F11), contact registration, a screen-pop waiting for F9, the bridge's questions, settings, the
contacthistorie, a document that cannot be fetched, servers down and refusing, and the lock
screen (locked, and a sign-in that fails). A vertrouwelijkheidaanduiding (``zaakvertrouwelijk``)
is a key of the ZGW standard, not data: shown in English it must be English.
"""

from __future__ import annotations

import ast
import asyncio
import html
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from klantbeeld.app import OEFEN_GROEPEN, OEFEN_MEDEWERKER
from klantbeeld.controllers.sessie import Wissel
from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN
from klantbeeld.services import taal as services_taal
from klantbeeld.services.klantbeeld.vertrouwelijkheid import VERTROUWELIJKHEDEN
from klantbeeld.services.werkplek.settings import (
    DATA_ENV,
    STANDAARD_ONDERWERPEN,
    STANDAARD_RESULTATEN,
    Instellingen,
    Rol,
)
from klantbeeld.views.instellingen import VOORGESTELDE_PROFIELEN
from klantbeeld.views.vertaling import (
    TALEN,
    TERMEN,
    VERTALINGEN,
    gecompileerd,
    kies_taal,
    systeemtaal,
)
from tests.engels import in_het_engels
from tests.views.conftest import Werkplek, open_registraties
from tests.views.test_afgekapt import ZAAK, registraties

__all__ = ["registraties"]  # the fixture of the cut-text walk

ROOT = Path(__file__).resolve().parents[2]
TS = VERTALINGEN / "klantbeeld_en.ts"
#: Texts that are the same word in both languages (not in the catalog, so named here).
ZELFDE = frozenset({"Status", "BSN", "KVK", "Klantbeeld", "Deadline", "CSV", "E-mail", "Open"})
#: A key as F1 and tooltips name it (Ctrl+F, Esc, Alt+1): the same in both languages.
TOETS = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)*(.|F\d+|Enter|Esc|Tab|PgUp|PgDn|Home|End|Space)$")
#: Data in lists to choose from, not texts of the screens: the municipality's own resultaten and
#: onderwerpen (settings, stored with every contact as written), profile names, each language
#: in its own name, and a medewerker of the oefenomgeving (also a column-width sample in code).
#: They are not translated.
GEGEVENS = frozenset(
    {
        *STANDAARD_RESULTATEN,
        *STANDAARD_ONDERWERPEN,
        *VOORGESTELDE_PROFIELEN,
        *TALEN.values(),
        "Chantal Visser",
    }
)


def catalogus() -> dict[tuple[str, str], str]:
    """(context, Dutch source) → English, from the committed .ts."""
    uit: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        for msg in ctx.iter("message"):
            vertaling = msg.find("translation")
            assert vertaling is not None
            uit[(ctx.findtext("name") or "", msg.findtext("source") or "")] = vertaling.text or ""
    return uit


def letterlijke_teksten() -> set[str]:
    """Every string literal of the views, controllers and services (f-string parts excluded):
    a service's text shown as it is (a label, a status, a message) is one of those."""
    teksten: set[str] = set()
    for bestand in [
        *(ROOT / "klantbeeld" / "views").rglob("*.py"),
        *(ROOT / "klantbeeld" / "controllers").rglob("*.py"),
        *(ROOT / "klantbeeld" / "services").rglob("*.py"),
    ]:
        for knoop in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Constant) and isinstance(knoop.value, str):
                teksten.add(knoop.value)
    return teksten


def nederlands() -> set[str]:
    """The Dutch texts that must not be seen in English, without their ``&`` mnemonics."""
    vertalingen = catalogus()
    engels = {en.replace("&", "") for en in vertalingen.values()} | ZELFDE
    kandidaten = {bron for (_, bron), en in vertalingen.items() if en != bron}
    kandidaten |= {
        t for t in letterlijke_teksten() if re.search(r"[a-zë]{2}", t) and not TOETS.match(t)
    }
    return {t.replace("&", "").strip() for t in kandidaten} - engels - {""}


def varianten(tekst: str) -> Iterator[str]:
    """``tekst`` and its parts as a screen composes them: lines, without counts and colons."""
    tekst = re.sub(r"<[^>]+>", "", tekst).replace("&", "")
    for regel in {tekst, *tekst.splitlines(), *re.split(r"\s+·\s+|\s+—\s+", tekst)}:
        regel = regel.strip()
        yield regel
        yield re.sub(r"\s*\(\d+\)$", "", regel)
        yield regel.rstrip(":").rstrip()


def model_teksten(model: QAbstractItemModel | None, *, cellen: bool) -> Iterator[str]:
    """Header texts and tooltips of ``model``, and with ``cellen`` its first rows' cells."""
    if model is None:
        return
    for orientatie, n in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, 0),
    ):
        for i in range(n):
            for rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                waarde = model.headerData(i, orientatie, rol)
                if isinstance(waarde, str):
                    yield waarde
    rollen = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    for r in range(min(model.rowCount(), 60) if cellen else 0):
        for c in range(model.columnCount()):
            for rol in rollen:
                waarde = model.index(r, c).data(rol)
                if isinstance(waarde, str):
                    yield waarde


def zichtbare_teksten(top: QWidget) -> Iterator[tuple[str, str, bool]]:
    """(where, text, ours) for every text of ``top`` and its visible widgets a user can read or
    hear; ``ours``: not a cell of a table of data (those hold the server's words)."""
    for w in [top, *top.findChildren(QWidget)]:
        if w is not top and not w.isVisibleTo(top):
            continue
        waar = f"{type(w).__name__} {w.objectName()}".strip()
        teksten: list[str] = [w.toolTip(), w.windowTitle() if w.isWindow() else ""]
        teksten += [w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel | QAbstractButton):
            teksten.append(w.text())
        if isinstance(w, QLineEdit):
            teksten += [w.text() if w.text() not in GEGEVENS else "", w.placeholderText()]
        if isinstance(w, QTextEdit | QPlainTextEdit):
            teksten += [w.placeholderText(), w.toPlainText()]
        if isinstance(w, QGroupBox):
            teksten.append(w.title())
        if isinstance(w, QStatusBar):
            teksten.append(w.currentMessage())
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                teksten += [w.tabText(i), w.tabToolTip(i)]
        if isinstance(w, QComboBox):
            teksten += [w.itemText(i) for i in range(w.count()) if w.itemText(i) not in GEGEVENS]
            teksten.append(w.lineEdit().placeholderText() if w.lineEdit() else "")
        if isinstance(w, QAbstractItemView):  # cells of our own static lists are ours (F1)
            eigen = isinstance(w.model(), QStandardItemModel)
            teksten += model_teksten(w.model(), cellen=eigen)
            if not eigen and not isinstance(w, QHeaderView):  # a header shows its view's model
                yield from ((waar, t, False) for t in model_teksten(w.model(), cellen=True) if t)
        for actie in w.actions():
            teksten += [actie.text(), actie.toolTip()]
        yield from ((waar, t, True) for t in teksten if t)


#: Dutch words no English text of the screens has (whole words, any case), with the months
#: and days that English writes otherwise. A word in both languages (``over``, ``door``,
#: ``is``, ``april``, ``week``) is not here: it proves nothing.
_WOORDEN = """
    de het een en niet geen van voor met naar bij nog ook maar als dit deze dat wat wie hoe
    waar wanneer wordt worden werd zijn heeft hebben kan kunnen moet mag alle alleen nieuwe
    nieuw eerst aan uit op te om er uw ik jij wij hij zij mijn onze ons dan toch nu ja nee
    sinds tot zonder tussen onder boven tegen geleden gisteren vandaag morgen
    uur dag dagen weken maanden jaren minuten seconden
    geboren overleden wachtend wacht wachten onbekend bekend gegevens opnieuw proberen toegang
    weigerde geweigerd bezig laden verzoek klopt ongeldig ingesteld bereikbaar gevonden fout
    openen sluiten opslaan zoeken zoek terug gesprek inkomend druk vergrendeld aanmelden jaar
    serverfout inloggegevens rechten beschikbaar verwacht berekend opgeschort verlopen betaald
    betalen vraag klant medewerker inwoner gemeente onderwerp sessie tabblad termijn
    openbaar intern vertrouwelijk zaakvertrouwelijk confidentieel geheim emigratie
    januari februari maart mei juni juli augustus oktober mrt okt
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    """
NEDERLANDSE_WOORDEN = frozenset(_WOORDEN.split())
_MAAND = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
#: Dutch in a text: a Dutch word; a date the Dutch way, its month in lower case after the day
#: (English: "1 December 1980"); a Dutch thousands separator (not a version, an address or a
#: date: 2026-12-06); a decimal comma in an amount. A word in an address (``gemeente.nl``,
#: ``anouk.de.boer@``) or a ``{placeholder}`` is no word.
NEDERLANDS = (
    re.compile(
        r"(?<![\w./@{-])(?:" + "|".join(sorted(NEDERLANDSE_WOORDEN)) + r")(?![\w/@}-]|\.\w)",
        re.IGNORECASE,
    ),
    re.compile(rf"\b\d{{1,2}} (?:{_MAAND})\b"),
    re.compile(r"(?<![\w.,:/-])[1-9]\d{0,2}(?:\.\d{3})+(?![\w,-]|\.\d)"),
    re.compile(r"€\s?-?\d[\d.]*,\d{2}(?!\d)"),
)
#: A date or number as the server writes it: formatting, not data (checked like our own).
OPMAAK = re.compile(rf"(?:\d{{1,2}} )?(?:{_MAAND}) \d{{4}}|[\d.,\s]+", re.IGNORECASE)
#: Names kept in Dutch in English texts: a product, a system, an institution.
EIGENNAMEN = ("Mijn gemeente", "Open Inwoner", "Open Klant", "Kamer van Koophandel")


def nederlands_in(tekst: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) of each Dutch word, date or number in ``tekst``."""
    for patroon in NEDERLANDS:
        for m in patroon.finditer(tekst):
            yield m.start(), m.end(), m.group().casefold()


#: A person whose record-keeping the BRP suspended (emigration) and who is in the RNI.
OPGESCHORT_BSN = "999990585"
#: What the agent types in the walk: the agent's words, not the screen's.
GETYPT = "Wanneer wordt mijn paspoort bezorgd?"


def serverteksten() -> set[str]:
    """What the oefenomgeving's servers say in their own words (a problem's title and detail,
    a 503's body): the string literals of its modules, and of its f-strings the fixed parts,
    of 20 characters or more."""
    teksten: set[str] = set()
    for bestand in (ROOT / "klantbeeld" / "sandbox").glob("*.py"):
        for knoop in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Constant) and isinstance(knoop.value, str):
                teksten.add(knoop.value.strip())
    return {t for t in teksten if len(t) >= 20}


class Gegevens:
    """Server and citizen data the screens quote: the Dutch inside it is not ours.

    A data text masks the Dutch in a visible text where it occurs there whole, or, a preview
    cut off with ``…``, where the visible part is its beginning. A short one (``de``, ``van
    der``: a name's tussenvoegsel) masks nothing: it would hide the screens' own words.
    """

    def __init__(self, teksten: Iterable[str]) -> None:
        #: The data texts with Dutch in them, by the key of each Dutch word or number.
        self.per_sleutel: dict[str, list[str]] = {}
        #: Every data text: a visible text equal to one is data, whatever its words.
        self.alle: set[str] = set()
        for tekst in {*teksten, *EIGENNAMEN}:
            if OPMAAK.fullmatch(tekst):
                continue  # a date or number as the server writes it: formatting, not data
            self.alle.add(tekst)
            if len(tekst) < 12 and len(tekst.split()) < 3 and tekst not in EIGENNAMEN:
                continue
            for sleutel in {k for _, _, k in nederlands_in(tekst)}:
                self.per_sleutel.setdefault(sleutel, []).append(tekst)

    @classmethod
    def van(cls, server: Any) -> Gegevens:
        """Every string the oefenomgeving ``server`` holds now, what its servers say, the
        municipality's own lists (:data:`GEGEVENS`), its medewerker and what the agent typed."""
        teksten: set[str] = {*GEGEVENS, OEFEN_MEDEWERKER[1], *OEFEN_GROEPEN, GETYPT}
        teksten |= serverteksten()

        def loop(waarde: object) -> None:
            if isinstance(waarde, str):
                teksten.add(waarde)
            elif isinstance(waarde, dict):
                for v in waarde.values():
                    loop(v)
            elif isinstance(waarde, list):
                for v in waarde:
                    loop(v)

        store = server.sandbox.store
        for coll in list(store._colls):
            loop(store.all(coll))
        # A key of the ZGW standard (``zaakvertrouwelijk``) is no data: the screens say it.
        return cls(teksten - set(VERTROUWELIJKHEDEN))

    def bedekt(self, tekst: str, start: int, eind: int, sleutel: str) -> bool:
        """True when ``tekst[start:eind]`` lies inside data quoted in ``tekst``."""
        kandidaten = self.per_sleutel.get(sleutel, ())
        for d in kandidaten:
            i = tekst.find(d)
            while i != -1:
                if i <= start and i + len(d) >= eind:
                    return True
                i = tekst.find(d, i + 1)
        return any(
            len(begin) >= 15 and d.startswith(begin)
            for begin in _afgekapt(tekst, start, eind)
            for d in kandidaten
        )

    def nederlands(self, tekst: str) -> list[str]:
        """The Dutch words, dates and numbers of ``tekst`` outside the data it quotes."""
        if tekst in self.alle:
            return []
        schoon = leesbaar(tekst)
        return [
            schoon[a:b]
            for a, b, sleutel in nederlands_in(schoon)
            if not self.bedekt(schoon, a, b, sleutel)
        ]


def leesbaar(tekst: str) -> str:
    """``tekst`` as read: rich text without its markup, a mnemonic without its ``&``."""
    if re.match(r"\s*<", tekst):
        return html.unescape(re.sub(r"<[^>]+>", "", tekst))
    return re.sub(r"&(?=\w)", "", tekst)


#: What a screen puts between the parts it composes: a data text is one part.
_SCHEIDING = re.compile(r"\s+[·—–|]\s+|\n|: |\s*[()]\s*|, ")


def _afgekapt(tekst: str, start: int, eind: int) -> list[str]:
    """Where ``[start, eind)`` lies in a preview cut off with ``…``: the text from each part's
    start before it (after a separator, or the whole) up to the ellipsis; else none."""
    einde = tekst.find("…", eind)
    if einde == -1:
        return []
    begins = [0] + [m.end() for m in _SCHEIDING.finditer(tekst, 0, start) if m.end() <= start]
    return [tekst[b:einde].strip() for b in begins]


def teksten_van(toppen: Iterable[QWidget]) -> list[tuple[str, str, bool]]:
    """(where, text, ours) of every visible text of ``toppen``, as they read now."""
    return [
        (f"{type(top).__name__} / {waar}", tekst, ons)
        for top in toppen
        for waar, tekst, ons in zichtbare_teksten(top)
    ]


def nederlandse_resten(teksten: Iterable[tuple[str, str, bool]], gegevens: Gegevens) -> list[str]:
    """Every text of ``teksten`` (see :func:`teksten_van`) that is Dutch (see the module's
    docstring), once each, with where it was seen first."""
    dutch = nederlands()
    fouten: dict[str, str] = {}
    for waar, tekst, ons in teksten:
        if tekst in fouten:
            continue
        if tekst in gegevens.alle:
            continue  # a statustype, a name, an onderwerp: the server's words (also a part)
        if ons and any(v in dutch and v not in gegevens.alle for v in varianten(tekst)):
            fouten[tekst] = f"{waar}: {tekst!r}"
        elif woorden := gegevens.nederlands(tekst):
            fouten[tekst] = f"{waar}: {tekst!r} — Dutch: {', '.join(dict.fromkeys(woorden))}"
    return sorted(fouten.values())


@pytest.fixture
def engels(qapp: QApplication) -> Iterator[QTranslator]:
    """Klantbeeld in English for one test, as ``--taal en`` installs it; removed afterwards."""
    with in_het_engels(qapp) as vertaler:
        yield vertaler


def test_the_catalog_covers_every_text_of_the_sources_and_all_are_translated() -> None:
    spec = importlib.util.spec_from_file_location("vertalingen", ROOT / "tools" / "vertalingen.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    nu = {(ctx, bron) for ctx, berichten in tool.actuele_berichten().items() for bron in berichten}
    vertalingen = catalogus()
    assert nu - set(vertalingen) == set(), "nieuwe teksten: draai `make vertalingen` en vertaal"
    assert set(vertalingen) - nu == set(), "vervallen teksten: draai `make vertalingen`"
    open_ = sorted(bron for (_, bron), en in vertalingen.items() if not en)
    assert open_ == [], f"nog niet vertaald: {open_[:10]}"
    mnemonics = [b for (_, b), en in vertalingen.items() if ("&" in b) != ("&" in en)]
    assert mnemonics == [], "a mnemonic (&) lost or added"


def test_the_detector_finds_dutch_and_leaves_english_numbers_and_data_alone() -> None:
    gegevens = Gegevens(
        [
            "Wij hebben uw aanvraag ontvangen.",
            "Chat met inwoner: vraagt of een pasfoto van vorig jaar nog gebruikt mag worden.",
            "de",  # a tussenvoegsel masks nothing
            "31 december 2021",  # the BRP's langFormaat: formatting, checked as ours
        ]
    )
    nederlands = {
        "born 1 december 1980": ["1 december"],
        "geboren 16-03-2010": ["geboren"],
        "Contactverzoek wachtend": ["wachtend"],
        "12.345 contacts": ["12.345"],
        "Still to pay: € 1.234,50": ["€ 1.234,50"],
        "De aanmeldserver weigerde het verzoek (404).": ["De", "weigerde", "het", "verzoek"],
        "31 december 2021": ["31 december"],
        "✓  12 november 2026 — Wij hebben uw aanvraag ontvangen.": ["12 november"],
        "Anouk de Boer": ["de"],
    }
    for tekst, woorden in nederlands.items():
        assert gegevens.nederlands(tekst) == woorden, tekst
    for engels in (
        "born 1 December 1980 · 46 years",
        "Paid on 2026-12-06; BSN 999993653, ZAAK-2026-0000000001, 12,345 contacts",
        "Still to pay: € 1,234.50 · Qt 6.8.0 · 127.0.0.1 · version 1.2.300",
        "Mail anouk.de.boer@gemeente.example or https://openzaak.gemeente.nl/{van}",
        "✓  12 Nov 2026 — Wij hebben uw aanvraag ontvangen.",
        "Chat met inwoner: vraagt of een pasfoto…",
        "Your id in Open Klant",
        "<p>Planned done: 02-12-2026<br>&lt;b&gt;</p>",
    ):
        assert gegevens.nederlands(engels) == [], engels


def test_counts_in_the_contacthistorie_use_the_languages_separator(
    qtbot: Any, engels: QTranslator
) -> None:
    """A month of a large municipality is over 10,000 contacts: "12,286", never "12.286"."""
    from klantbeeld.controllers.contacthistorie import getal
    from klantbeeld.views.grafieken import BalkenGrafiek

    grafiek = BalkenGrafiek("Per resultaat")
    qtbot.addWidget(grafiek)
    assert getal(12286) == "12,286" and grafiek._getal(0, 12286) == "12,286"
    services_taal.stel_in("nl")
    assert getal(12286) == "12.286" and grafiek._getal(0, 12286) == "12.286"


def test_the_catalog_translates_a_text_of_the_window(engels: QTranslator) -> None:
    assert QCoreApplication.translate("Hoofdvenster", "Contact registreren") == "Register contact"
    assert QCoreApplication.translate("Hoofdvenster", "Zoek in de maan") == "Zoek in de maan"


def test_the_language_comes_from_the_command_line_then_the_setting_then_the_system() -> None:
    engels_systeem = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert systeemtaal(engels_systeem) == "en"
    assert systeemtaal(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)) == "nl"
    assert systeemtaal(QLocale(QLocale.Language.German)) == "nl"
    assert kies_taal("en", "nl") == "en"
    assert kies_taal(None, "en") == "en"
    assert kies_taal(None, "") == systeemtaal()
    assert Instellingen().taal == "" and Instellingen(taal="en").taal == "en"


class Rondgang:
    """The texts seen on each screen of the walk; judged at the end, against all the data."""

    def __init__(self, qtbot: Any, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window
        self.teksten: list[tuple[str, str, bool]] = []
        #: The screens seen, in order (the walk reached each).
        self.gezien: list[str] = []

    def kijk(self, waar: str, *toppen: QWidget) -> None:
        """Read every visible text of ``toppen`` (default: the window) now."""
        self.gezien.append(waar)
        self.teksten += teksten_van(toppen or (self.window,))

    def vraag(self, waar: str) -> None:
        """Read the bridge's question now on screen, then answer it with its Esc choice."""
        from klantbeeld.views.main_window import MainWindow

        assert isinstance(self.window, MainWindow)
        box = self.window.laatste_vraag
        assert box is not None and box.isVisible(), waar
        self.kijk(waar, box)
        knop = box.escapeButton()
        assert knop is not None
        knop.click()


def test_no_visible_text_is_dutch_in_english(
    qtbot: Any,
    engels: QTranslator,
    werkplek: Werkplek,
    sandbox_server: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from klantbeeld.views.main_window import MainWindow

    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    instellingen = Instellingen(
        rol=Rol.TEAMLEIDER, medewerker_naam=OEFEN_MEDEWERKER[1], groepen=list(OEFEN_GROEPEN)
    )
    faults = sandbox_server.sandbox.faults
    with open_registraties(werkplek, tmp_path, qtbot) as registraties:
        window = MainWindow(
            werkplek.model,
            werkplek.sessie,
            oefenomgeving=True,
            instellingen=instellingen,
            registraties=registraties,
        )
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        rondgang = Rondgang(qtbot, window)
        try:
            schermen(rondgang, werkplek, registraties, instellingen)
            foutmeldingen(rondgang, werkplek, faults)
        finally:
            faults.down, faults.brp_protocollering = set(), []
        vergrendeld(rondgang, sandbox_server)
        for dialoog in window.findChildren(QDialog):
            dialoog.close()
    fouten = nederlandse_resten(rondgang.teksten, Gegevens.van(sandbox_server))
    assert fouten == [], f"{len(fouten)} Dutch texts in English:\n" + "\n".join(fouten)


def schermen(
    rondgang: Rondgang, werkplek: Werkplek, registraties: Any, instellingen: Instellingen
) -> None:
    """The window empty, a bad BSN, several hits, 999993653 with a zaak on every tab, F1, About, the
    werkvoorraad, F11, contact registration with a screen-pop waiting and the bridge's
    questions, settings and the contacthistorie."""
    from klantbeeld.services.klantbeeld.schermpop import lees_uri
    from klantbeeld.views.inwoner import tr as inwoner_tr
    from klantbeeld.views.main_window import MainWindow
    from klantbeeld.views.over import OverDialoog
    from klantbeeld.views.registreren import RegistratieDialoog
    from klantbeeld.views.schermpop import SchermpopAfhandeling
    from klantbeeld.views.sneltoetsen import SneltoetsenDialoog
    from klantbeeld.views.werkvoorraad import WerkvoorraadDialoog

    qtbot, window = rondgang.qtbot, rondgang.window
    assert isinstance(window, MainWindow)
    rondgang.kijk("empty")
    zoekveld = window.zoekbalk.veld
    zoekveld.setText("123456789")  # not a BSN: eleven-test fails
    qtbot.keyClick(zoekveld, Qt.Key.Key_Return)
    qtbot.waitUntil(window.zoekbalk.melding.isVisible, timeout=5000)
    rondgang.kijk("a bad BSN")
    zoekveld.setText("Taher 16-03-2010")  # a name and a date of birth: several hits
    qtbot.keyClick(zoekveld, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.zoekbalk.lijst_open, timeout=10000)
    rondgang.kijk("several hits", window, window.zoekbalk.lijst)
    qtbot.keyClick(zoekveld, Qt.Key.Key_Escape)
    zoekveld.setText(VOORBEELD_BSN)
    werkplek.sessie.open_persoon(VOORBEELD_BSN, ZAAK)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    qtbot.waitUntil(lambda: werkplek.model.zaak_detail is not None, timeout=10000)
    for i in range(window.tabs.count()):  # every tab, as the agent sees it
        window.tabs.setCurrentIndex(i)
        rondgang.kijk(f"tab {i}", window, window.tabs.widget(i))
    window.tabs.setCurrentIndex(0)
    werkplek.sessie.open_persoon(OPGESCHORT_BSN)  # the kop's BRP indicators
    qtbot.waitUntil(
        lambda: werkplek.model.is_klaar() and "Olympos" in window.kop.naam.text(), timeout=10000
    )
    rondgang.kijk("record-keeping suspended, RNI")
    werkplek.sessie.open_persoon(VOORBEELD_BSN, ZAAK)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    qtbot.waitUntil(lambda: werkplek.model.zaak_detail is not None, timeout=10000)

    window.toon_sneltoetsen()  # F1
    f1 = window.findChild(SneltoetsenDialoog)
    assert f1 is not None
    rondgang.kijk("F1", f1)
    f1.close()
    window.over_knop.click()
    over = window.findChild(OverDialoog)
    assert over is not None and over.isVisible()
    rondgang.kijk("About", over)
    over.close()
    werkvoorraad = WerkvoorraadDialoog.toon(window, werkplek.sessie, registraties, instellingen)
    qtbot.waitUntil(lambda: werkvoorraad.tabel_model.rowCount() > 0, timeout=10000)
    werkvoorraad.tabel.selectRow(0)
    rondgang.kijk("werkvoorraad", werkvoorraad)
    werkvoorraad.close()
    inwoner = window.toon_aan_inwoner()  # F11
    assert inwoner is not None
    mijn = inwoner_tr("Mijn aanvragen")
    qtbot.waitUntil(lambda: mijn in inwoner.teksten(), timeout=15000)
    rondgang.kijk("F11", inwoner)
    inwoner.sluit()

    qtbot.mouseClick(window.registreer_knop, Qt.MouseButton.LeftButton)
    (registreren,) = window.findChildren(RegistratieDialoog)
    qtbot.waitUntil(lambda: registreren.actor.count() > 0, timeout=10000)
    rondgang.kijk("contact registration", registreren)
    registreren.blokken[0].vraag.setPlainText(GETYPT)
    afhandeling = SchermpopAfhandeling(window, window.toon_schermpop, werkplek.sessie.meldingen)
    afhandeling.ontvang(lees_uri("klantbeeld:bel?nummer=0612345678"))
    assert afhandeling.wachtend is not None  # the dialog has the agent: the call waits (F9)
    rondgang.kijk("a call waiting for F9")
    window.vraag_wissel(Wissel("persoon", "999990019"))
    rondgang.vraag("another klant, a contact not recorded")
    window.beeindig_contact()
    rondgang.vraag("end contact, not recorded")
    registreren.reject()
    rondgang.vraag("close registration, not recorded")
    registreren.blokken[0].vraag.clear()
    registreren.reject()

    instellingen_dialoog = window.toon_instellingen()
    rondgang.kijk("settings", instellingen_dialoog)
    instellingen_dialoog.reject()
    historie = window.toon_contacthistorie()
    assert historie is not None
    qtbot.waitUntil(lambda: historie.historie_model.rowCount() > 0, timeout=15000)
    rondgang.kijk("contacthistorie", historie)
    historie.tabs.setCurrentIndex(1)
    rondgang.kijk("contacthistorie, overview", historie)
    window.toon_klantbeeld()


def foutmeldingen(rondgang: Rondgang, werkplek: Werkplek, faults: Any) -> None:
    """A document that cannot be fetched; every source down; the BRP's gateway refusing."""
    from klantbeeld.views.main_window import MainWindow

    qtbot, window = rondgang.qtbot, rondgang.window
    assert isinstance(window, MainWindow)
    faults.down = {"documenten"}
    documenten = window.zaakdetail.documenten
    rij = next(r for r in range(documenten.rowCount()) if documenten.in_te_zien(r))
    assert window.zaakdetail.open_document(rij)
    qtbot.waitUntil(lambda: not window.zaakdetail.controller.bezig(), timeout=10000)
    rondgang.kijk("a document that cannot be fetched")

    faults.down = {"brp", "zaken", "klantinteracties", "betalingen"}
    werkplek.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        rondgang.kijk(f"servers down, tab {i}", window, window.tabs.widget(i))
    window.tabs.setCurrentIndex(0)

    faults.down = set()
    faults.brp_protocollering = ["x-oefen-gateway"]  # a header Klantbeeld does not send
    werkplek.sessie.open_persoon(VOORBEELD_BSN)
    qtbot.waitUntil(werkplek.model.is_klaar, timeout=10000)
    rondgang.kijk("the BRP refusing")


def vergrendeld(rondgang: Rondgang, server: Any) -> None:
    """The lock screen (Ctrl+Shift+L) unlocked with a click, and one whose sign-in fails."""
    from klantbeeld.controllers.vergrendeling import Reden
    from klantbeeld.services.werkplek.aanmelding import Aanmelding
    from klantbeeld.services.werkplek.settings import OidcInstelling
    from klantbeeld.views.vergrendeling import installeer_vergrendeling

    qtbot, window = rondgang.qtbot, rondgang.window
    slot = installeer_vergrendeling(window, 300)
    try:
        slot.controller.vergrendel(Reden.SNELTOETS)
        rondgang.kijk("locked", slot.scherm)
        slot.controller.ontgrendel()
    finally:
        slot.verwijder()
    # The oefenomgeving is no OpenID provider: signing in again fails, as a refusing one does.
    aanmelding = Aanmelding(OidcInstelling(issuer=server.root, client_id="klantbeeld"), profiel="t")
    slot = installeer_vergrendeling(window, 300, herauthenticatie=aanmelding.aanmelden_in_browser)
    try:
        slot.controller.aanmelding_verlopen()
        rondgang.kijk("locked, sign-in expired", slot.scherm)
        slot.scherm.knop.click()
        qtbot.waitUntil(lambda: slot.scherm.status.property("niveau") == "fout", timeout=10000)
        rondgang.kijk("locked, sign-in failed", slot.scherm)
        assert slot.controller.vergrendeld
    finally:
        slot.verwijder()
        taak = asyncio.ensure_future(aanmelding.aclose())
        qtbot.waitUntil(taak.done, timeout=5000)


def test_in_english_the_agents_screens_cut_no_text_either(
    qtbot: Any, engels: QTranslator, werkplek: Werkplek, registraties: Any
) -> None:
    """English words are not as long as the Dutch: the cut-text walk of test_afgekapt, in English
    (beside a zaak the payments' English header left the description 49 px: 'script')."""
    from tests.views.test_afgekapt import test_the_agents_screens_cut_no_text_without_a_tooltip

    test_the_agents_screens_cut_no_text_without_a_tooltip(qtbot, werkplek, registraties)


def test_in_english_the_contacthistorie_cuts_no_text_either(
    qtbot: Any,
    engels: QTranslator,
    werkplek: Werkplek,
    registraties: Any,
    sandbox_server: Any,
    tmp_path: Path,
) -> None:
    """The team lead's contacthistorie and its charts, in English, as test_afgekapt walks them."""
    from tests.views.test_afgekapt import (
        test_the_team_leads_contacthistorie_cuts_no_text_without_a_tooltip as walk,
    )

    walk(qtbot, werkplek, registraties, sandbox_server, tmp_path)


def test_a_dutch_term_kept_in_english_is_explained_on_hover(qtbot: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from klantbeeld.views.vertaling import TermUitleg, uitleg_van

    assert uitleg_van("Zaken (8)").startswith("Zaken: cases")
    assert uitleg_van("Show BSN") == TERMEN["BSN"] and uitleg_van("Payments (5)") == ""
    assert uitleg_van("All klantcontacten in the chosen period") == TERMEN["Klantcontact"]
    assert uitleg_van("2 contactverzoeken") == TERMEN["Contactverzoek"]
    tabs = QTabBar()
    qtbot.addWidget(tabs)
    tabs.addTab("Zaken (8)")
    tabs.addTab("Payments (5)")
    tabs.show()
    qtbot.waitExposed(tabs)
    uitleg = TermUitleg()

    def zweef(index: int) -> bool:
        midden = tabs.tabRect(index).center()
        vraag = QHelpEvent(QEvent.Type.ToolTip, midden, tabs.mapToGlobal(midden))
        return uitleg.eventFilter(tabs, vraag)

    assert zweef(0) and QToolTip.text() == TERMEN["Zaken"]
    assert not zweef(1)  # nothing Dutch: Qt's own handling (none)
    tabs.setTabToolTip(0, "eigen uitleg")
    assert not zweef(0)  # a tooltip of its own wins
    QToolTip.hideText()
    assert not uitleg.eventFilter(tabs, QEvent(QEvent.Type.Enter))


def test_a_missing_or_stale_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    import os
    import shutil

    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    qm = gecompileerd("en", tmp_path)
    assert qm == ts.with_suffix(".qm") and qm.stat().st_size > 0  # missing: compiled
    os.utime(qm, (1, 1))  # older than the .ts: compiled again
    assert gecompileerd("en", tmp_path) == qm and qm.stat().st_mtime > 1
    vertaler = QTranslator()
    assert vertaler.load(str(qm))
    assert vertaler.translate("Hoofdvenster", "Contact beëindigen") == "End contact"
    assert gecompileerd("de", tmp_path) is None  # no catalog: the source language stays


def test_the_language_chosen_in_the_settings_is_saved_and_comes_back(
    qtbot: Any, tmp_path: Path
) -> None:
    from klantbeeld.services.werkplek.settings import lees_gebruiker
    from klantbeeld.views.instellingen import InstellingenDialoog

    pad = tmp_path / "settings.json"
    d = InstellingenDialoog(Instellingen(), pad=pad)
    qtbot.addWidget(d)
    d.open()
    assert d.taal.currentData() == ""  # as the system, until chosen
    assert [d.taal.itemText(i) for i in range(1, d.taal.count())] == ["Nederlands", "English"]
    d.taal.setCurrentIndex(d.taal.findData("en"))
    with qtbot.waitSignal(d.bewaard, timeout=2000):
        d.bewaar()
    assert lees_gebruiker(pad).taal == "en"
    terug = InstellingenDialoog(lees_gebruiker(pad), pad=pad)
    qtbot.addWidget(terug)
    assert terug.taal.currentData() == "en"
    assert kies_taal(None, lees_gebruiker(pad).taal) == "en"
