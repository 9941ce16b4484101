"""The dialog's header: who the contact is with (masked), the kanaal, what the BRP warns about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from klantbeeld.services.klantbeeld.waarden import Klantbeeld
from klantbeeld.services.registraties.registratie import Partij
from klantbeeld.views.icons import KANAAL_LABELS, icon, kanaal_sleutel
from klantbeeld.views.models.registratie_model import partij_gemaskeerd
from klantbeeld.views.panels.kop import indicatoren
from klantbeeld.views.registreren.identiteit import IdentiteitDeel
from klantbeeld.views.registreren.velden import tr, veldlabel
from klantbeeld.views.theme import KANALEN


def partij_tekst(beeld: Klantbeeld | None, partij: Partij) -> str:
    """Who the contact is with, as the dialog's header shows it."""
    if partij.soort == "anoniem":
        return tr("Anonieme beller — er is geen klantbeeld geopend")
    naam = ""
    if beeld is not None and beeld.persoon is not None:
        naam = beeld.persoon.volledige_naam
    elif beeld is not None and beeld.bedrijf is not None:
        naam = beeld.bedrijf.naam or ""
    else:
        naam = partij.organisatienaam or " ".join(
            d for d in (partij.voornaam, partij.voorvoegsel, partij.achternaam) if d
        )
    masker = partij_gemaskeerd(partij)
    return f"{naam} · {masker}" if naam else masker


def waarschuwingen_voor(beeld: Klantbeeld | None) -> list[tuple[str, str]]:
    """The BRP indicators of the person on screen, most serious first (none for a company)."""
    if beeld is None or beeld.persoon is None:
        return []
    return indicatoren(beeld.persoon)


class PersoonWaarschuwing(QLabel):
    """The dialog header's warning: deceased, RNI/abroad, geheimhouding (as the kop shows them).

    Hidden when the BRP says nothing of the kind (or there is no person).
    """

    def __init__(self, beeld: Klantbeeld | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(tr("Let op bij deze persoon"))
        signalen = waarschuwingen_voor(beeld)
        self.setText(" · ".join(tekst for _, tekst in signalen))
        ernstig = any(niveau == "fout" for niveau, _ in signalen)
        self.setProperty("niveau", "fout" if ernstig else "waarschuwing")
        self.setVisible(bool(signalen))


class Kop:
    """The dialog's header: who (masked), the kanaal, the duration; at the balie the identity
    check below it; then the BRP warning, and the note that a draft was restored."""

    def __init__(self, buiten: QVBoxLayout, beeld: Klantbeeld | None, partij: Partij) -> None:
        rij = QHBoxLayout()
        self.partij_label = QLabel(partij_tekst(beeld, partij))
        self.partij_label.setTextFormat(Qt.TextFormat.PlainText)
        self.partij_label.setProperty("rol", "kop")
        self.partij_label.setWordWrap(True)
        self.partij_label.setAccessibleName(tr("Contact met"))
        rij.addWidget(self.partij_label, 1)
        self.kanaal = QComboBox()
        for sleutel in KANALEN:
            self.kanaal.addItem(icon(sleutel), tr(KANAAL_LABELS[sleutel]), sleutel)
        self.kanaal.setAccessibleName(tr("Kanaal"))
        self.kanaal.setAccessibleDescription(tr("Hoe de klant contact opnam"))
        rij.addWidget(veldlabel(tr("&Kanaal"), self.kanaal))
        rij.addWidget(self.kanaal)
        self.duur = QLabel()
        self.duur.setProperty("rol", "gedempt")
        self.duur.setAccessibleName(tr("Duur van het contact"))
        rij.addWidget(self.duur)
        buiten.addLayout(rij)
        self.identiteit = IdentiteitDeel()
        buiten.addWidget(self.identiteit)
        self.kanaal.currentIndexChanged.connect(
            lambda _i: self.identiteit.toon_voor(str(self.kanaal.currentData() or ""))
        )
        self.identiteit.toon_voor(str(self.kanaal.currentData() or ""))
        self.persoon_waarschuwing = PersoonWaarschuwing(beeld)
        buiten.addWidget(self.persoon_waarschuwing)
        self.herstel = QLabel()
        self.herstel.setProperty("niveau", "info")
        self.herstel.setWordWrap(True)
        self.herstel.setVisible(False)
        buiten.addWidget(self.herstel)

    def kies_kanaal(self, sleutel: str) -> None:
        """Choose the kanaal ``sleutel`` (or a label of it); the first when unknown."""
        index = self.kanaal.findData(kanaal_sleutel(sleutel) or sleutel)
        self.kanaal.setCurrentIndex(max(0, index))
