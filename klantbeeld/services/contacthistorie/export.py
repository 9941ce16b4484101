"""The contacthistorie's CSV export for Dutch Excel: UTF-8 with BOM, semicolons, CRLF.

No BSN unless asked; formula injection guarded. "Duur" is the registration's own span
(``plaatsgevondenOp`` to ``metadata.eind``); "Gespreksduur" and "Nawerk" are the session's
measured times, present only for contacts registered through Klantbeeld. Returned as bytes:
the view saves it where the team lead chooses (nothing else is written to disk).

The file is the same in every screen language: Dutch headers, ``Ja``/``Nee``, ``dd-mm-jjjj``,
the kanalen's Dutch labels. It is data for other tools (a sheet or report keyed on the
headers, last month's export beside this one), and already a Dutch-Excel file by its ``;``,
BOM and date format; headers that followed whoever exported it would give two formats of the
same data. Nothing here goes through :mod:`klantbeeld.services.taal`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import timedelta

from klantbeeld.services.contacthistorie.rijen import HistorieRij, datum_tijd

#: Cells starting with one of these are formulas to Excel: prefixed with ``'``.
_FORMULE_TEKENS = ("=", "+", "-", "@", "\t", "\r")


def _cel(waarde: str) -> str:
    """A cell Excel will not run as a formula (citizen text is untrusted)."""
    return "'" + waarde if waarde.startswith(_FORMULE_TEKENS) else waarde


def _duur(duur: timedelta | None) -> str:
    """``u:mm:ss`` (Dutch Excel reads it as a time), "" when unknown."""
    if duur is None:
        return ""
    minuten, seconden = divmod(round(duur.total_seconds()), 60)
    return f"{minuten // 60}:{minuten % 60:02d}:{seconden:02d}"


def _seconden(seconden: int | None) -> timedelta | None:
    return timedelta(seconds=seconden) if seconden is not None else None


#: Column headers of the export, in order (BSN last, only when asked).
CSV_KOLOMMEN = (
    "Nummer",
    "Datum",
    "Kanaal",
    "Onderwerp",
    "Inhoud",
    "Medewerker",
    "Resultaat",
    "Contact gelukt",
    "Reactie",
    "Duur",
    "Gespreksduur",
    "Nawerk",
)


def naar_csv(
    rijen: Iterable[HistorieRij],
    *,
    met_bsn: bool = False,
    bsn_van: Callable[[HistorieRij], str | None] | None = None,
) -> bytes:
    """The rows as a CSV file for Dutch Excel: UTF-8 with BOM, ``;``, CRLF, RFC 4180 quoting.

    No BSN column unless ``met_bsn`` (then ``bsn_van(rij)`` per row, empty when unknown).
    Every text cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading ``'``.
    """
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    kolommen = [*CSV_KOLOMMEN, "BSN"] if met_bsn else list(CSV_KOLOMMEN)
    schrijver.writerow(kolommen)
    for rij in rijen:
        cellen = [
            _cel(rij.nummer),
            datum_tijd(rij.moment),
            _cel(rij.kanaal_label),
            _cel(rij.onderwerp),
            _cel(rij.inhoud),
            _cel(rij.medewerker),
            _cel(rij.resultaat),
            "Ja" if rij.contact_gelukt else "Nee",
            _cel(rij.reactie),
            _duur(rij.duur),
            _duur(_seconden(rij.gespreksduur_s)),
            _duur(_seconden(rij.nawerk_s)),
        ]
        if met_bsn:
            cellen.append(_cel((bsn_van(rij) if bsn_van else None) or ""))
        schrijver.writerow(cellen)
    return buffer.getvalue().encode("utf-8-sig")
