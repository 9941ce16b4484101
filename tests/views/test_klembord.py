"""The clipboard helper: what Klantbeeld copies is recorded and cleared, nothing else."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from klantbeeld.views.klembord import heeft_eigen, kopieer, wis_eigen
from klantbeeld.views.kopieerbaar import KopieerbaarVeld


def test_only_our_own_text_is_cleared(qtbot: Any) -> None:
    bord = QApplication.clipboard()
    kopieer("0612345678")
    assert bord.text() == "0612345678" and heeft_eigen()
    assert wis_eigen() >= 1
    assert bord.text() == "" and not heeft_eigen()
    kopieer("0612345678")
    bord.setText("iets wat de agent zelf kopieerde")
    assert wis_eigen() == 0
    assert bord.text() == "iets wat de agent zelf kopieerde"


def test_the_copy_buttons_go_through_it(qtbot: Any) -> None:
    veld = KopieerbaarVeld(soort="E-mailadres")
    qtbot.addWidget(veld)
    veld.zet("s.moulin@example.nl")
    veld.kopieer()
    assert QApplication.clipboard().text() == "s.moulin@example.nl"
    wis_eigen()  # end of contact
    assert QApplication.clipboard().text() == ""
