"""The shared table parts: RijenModel/RijenLijst, maak_tabel and the delegate base."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from klantbeeld.views.delegate import PlatteDelegate
from klantbeeld.views.models.basis import RIJ_FLAGS, RijenLijst, RijenModel
from klantbeeld.views.tabel import maak_tabel
from tests.views.test_platte_tekst import PLATTE_DELEGATES


class Getallen(RijenModel[int]):
    """Two columns: the number and its square; 13 makes ``_data`` raise."""

    KOPPEN = ("Getal", "Kwadraat")

    def _data(self, rij: int, col: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if rij == 13:
            raise ValueError("ongeluksgetal")
        return str(rij if col == 0 else rij * rij)


class Namen(RijenLijst[str]):
    """One column of names."""

    KOPPEN = ("Naam",)

    def _data(self, rij: str, col: int, role: int) -> Any:
        return rij if role == Qt.ItemDataRole.DisplayRole else None


def test_a_rows_model_passes_the_model_tester_empty_and_filled(qtmodeltester: Any) -> None:
    model = Getallen()
    qtmodeltester.check(model)
    model.set_rows([1, 2, 3])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.index(2, 1).data() == "9"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Kwadraat"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.flags(model.index(0, 0)) == RIJ_FLAGS
    assert model.rowCount(model.index(0, 0)) == 0  # flat: no children
    assert model.rij(1) == 2 and model.rij(3) is None and model.rij(-1) is None
    rijen = model.rijen()
    rijen.append(99)
    assert model.rowCount() == 3  # rijen() is a copy


def test_data_never_raises_out_of_the_model(qtmodeltester: Any) -> None:
    model = Getallen()
    model.set_rows([12, 13, 14])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() is None
    assert model.index(2, 0).data() == "14"
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(5, 0)) is None


def test_a_list_model_has_index_of_a_row(qtmodeltester: Any) -> None:
    model = Namen()
    model.set_rows(["Ada", "<b>Bea</b>"])
    qtmodeltester.check(model)
    assert model.index(1).data() == "<b>Bea</b>"
    assert model.index(1) == model.index(1, 0)
    assert not model.index(2).isValid()


def test_maak_tabel_sets_a_read_only_row_table(qtbot: Any) -> None:
    model = Getallen()
    model.set_rows([1, 2])
    tabel = maak_tabel(model, "Getallen", afwisselend=True, raster=False, rijhoogte=30)
    qtbot.addWidget(tabel)
    assert tabel.model() is model
    assert tabel.accessibleName() == "Getallen"
    assert tabel.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert tabel.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert tabel.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not tabel.tabKeyNavigation() and not tabel.wordWrap() and not tabel.showGrid()
    assert tabel.alternatingRowColors()
    assert not tabel.verticalHeader().isVisible()
    assert tabel.verticalHeader().defaultSectionSize() == 30

    eigen = QTableView()
    qtbot.addWidget(eigen)
    assert maak_tabel(None, "Vrij", view=eigen, enkel=False, tab_door_cellen=True) is eigen
    assert eigen.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert eigen.tabKeyNavigation()
    assert eigen.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_every_painting_delegate_derives_from_the_plain_text_base() -> None:
    eigen = [
        d for d in PLATTE_DELEGATES if d.__name__ not in ("QStyledItemDelegate", "OmloopDelegate")
    ]
    assert eigen
    assert all(issubclass(d, PlatteDelegate) for d in eigen)
