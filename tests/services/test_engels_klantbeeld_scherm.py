"""What the screens make of the services' texts in English: the timeline's rows, the kop's dates.

The rows the timeline shows for the example person (read over HTTP) and the kop's date of a
BRP date with only a month and year, with the real English catalog: amounts and month names
are English, and no Dutch word of the services' making is left in a row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from klantbeeld.services.apis.brp import Datum
from klantbeeld.services.klantbeeld.composer import Klantbeeld
from klantbeeld.services.klantbeeld.tijdlijn import Soort, tijdlijn
from klantbeeld.views.models.tijdlijn_model import _titels, maak_rij
from klantbeeld.views.panels.kop import brp_datum_tekst, datum_tekst
from klantbeeld.views.theme import load_theme
from tests.services.test_engels_klantbeeld import engels  # noqa: F401 - the fixture
from tests.services.test_tijdlijn import voorbeeld  # noqa: F401 - the fixture

#: The betalingen's rows as the timeline titles them in English.
BETAALREGEL = re.compile(r"^(To pay|Paid): .+ € \d{1,3}(,\d{3})*\.\d{2}$")


def test_the_timelines_payment_rows_read_english(
    engels: Callable[[bool], None],  # noqa: F811 - the imported fixture
    voorbeeld: Klantbeeld,  # noqa: F811 - the imported fixture
) -> None:
    theme = load_theme()
    engels(True)
    rijen = [maak_rij(g, theme, _titels()) for g in tijdlijn(voorbeeld)]
    betalingen = [
        r
        for r in rijen
        if r.gebeurtenis.soort in (Soort.BETALING_AANGEMAAKT, Soort.BETALING_BETAALD)
    ]
    assert len(betalingen) == 7
    assert all(BETAALREGEL.match(r.titel) for r in betalingen), [r.titel for r in betalingen]
    assert not any(re.search(r"€ \d+,\d{2}\b", r.titel) for r in rijen)  # no Dutch cents
    engels(False)
    nl = [maak_rij(g, theme, _titels()) for g in tijdlijn(voorbeeld)]
    assert any(r.titel.startswith("Te betalen: ") and "," in r.titel for r in nl)


def test_the_kops_dates_name_their_month_in_english(
    engels: Callable[[bool], None],  # noqa: F811 - the imported fixture
    voorbeeld: Klantbeeld,  # noqa: F811 - the imported fixture
) -> None:
    assert voorbeeld.persoon is not None and voorbeeld.persoon.geboorte is not None
    geboren = voorbeeld.persoon.geboorte.datum  # as the BRP sent it, langFormaat in Dutch
    assert geboren is not None and geboren.datum is not None and geboren.lang_formaat
    alleen_maand = Datum.model_validate({"type": "JaarMaandDatum", "jaar": 1980, "maand": 12})
    assert brp_datum_tekst(geboren) == geboren.lang_formaat  # Dutch: the BRP's own words
    assert brp_datum_tekst(alleen_maand) == "december 1980"
    engels(True)
    dag = geboren.datum
    assert brp_datum_tekst(geboren) == f"{dag.day} {dag:%B} {dag.year}"  # e.g. 1 December
    assert brp_datum_tekst(alleen_maand) == "December 1980"
    assert datum_tekst(date(1985, 12, 1)) == "1 December 1985"
