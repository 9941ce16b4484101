"""One set-up for every read-only table: whole rows selected, no editing, no row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def maak_tabel(
    model: QAbstractItemModel | None,
    naam: str,
    *,
    view: QTableView | None = None,
    enkel: bool = True,
    afwisselend: bool = False,
    tab_door_cellen: bool = False,
    omloop: bool = False,
    raster: bool = True,
    rijhoogte: int | None = None,
    horizontaal_schuiven: bool = True,
) -> QTableView:
    """Set up ``view`` (a new QTableView when not given) to show ``model``; returns the view.

    Always: rows selected whole, nothing editable, no vertical header, the accessible ``naam``.
    ``enkel``: one row at a time. ``afwisselend``: alternating row colours. ``tab_door_cellen``:
    Tab walks the cells instead of leaving the table. ``omloop``: text wraps. ``raster``: the
    grid drawn. ``rijhoogte``: every row this tall, fixed. ``horizontaal_schuiven``: a
    horizontal scroll bar when needed.
    """
    tabel = view if view is not None else QTableView()
    if model is not None:
        tabel.setModel(model)
    tabel.setAccessibleName(naam)
    tabel.setAccessibleDescription(
        QCoreApplication.translate("Tabel", "Tabel: ga met de pijltoetsen door de rijen.")
    )
    tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if enkel:
        tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabel.setTabKeyNavigation(tab_door_cellen)
    tabel.setWordWrap(omloop)
    tabel.setAlternatingRowColors(afwisselend)
    tabel.setShowGrid(raster)
    tabel.verticalHeader().setVisible(False)
    if rijhoogte is not None:
        tabel.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        tabel.verticalHeader().setDefaultSectionSize(rijhoogte)
    if not horizontaal_schuiven:
        tabel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return tabel
