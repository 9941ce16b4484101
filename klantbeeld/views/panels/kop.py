"""The header of the klantbeeld: who is calling, in one glance (person or company).

Person: name, birth date and age, BSN masked until the agent reveals it (button or Ctrl+B),
address (never put on screen under geheimhouding), the BRP indicators, partner and children,
and the phone numbers and e-mail addresses from Klantinteracties, each with a copy button
(in the Tab order after the header's other buttons; Ctrl+Shift+T copies the first phone number,
Ctrl+Shift+M the first e-mail address).
Company: handelsnaam, KVK-nummer, rechtsvorm, hoofdvestiging, vestigingen, contact details and
an ended registration. Every personal value is cleared when the contact ends.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from klantbeeld.controllers.sessie import Sessie
from klantbeeld.services.apis.brp import Datum, Gerelateerde, Persoon
from klantbeeld.services.apis.klantinteracties import DigitaalAdres, Partij
from klantbeeld.services.apis.kvk import Basisprofiel
from klantbeeld.services.klantbeeld.datums import lange_datum, maand
from klantbeeld.services.klantbeeld.waarden import Klantbeeld, Onderdeel
from klantbeeld.services.taal import taal
from klantbeeld.views.deelstatus import DeelStatusBalk
from klantbeeld.views.kopieerbaar import KopieerbaarVeld
from klantbeeld.views.models import vragen_model
from klantbeeld.views.models.beeld import BeeldModel, DeelStatus
from klantbeeld.views.sneltoetsen import maak_sneltoetsen, sneltoets
from klantbeeld.views.theme import load_theme

#: At most this many phone numbers / e-mail addresses in the header.
MAX_CONTACTGEGEVENS = 3
#: At most this many names of partners and children in the header.
MAX_RELATIES = 3


def tr(text: str) -> str:
    """Translate through Qt's mechanism (context: Kop)."""
    return QCoreApplication.translate("Kop", text)


#: The shortcut that copies the first contact detail of each kind (by its icon).
_KOPIEER_TOETS = {"telefoon": "kopieer_telefoon", "e-mail": "kopieer_email"}

#: Shown instead of the address under geheimhouding persoonsgegevens.
GEHEIM_TEKST = "Geheimhouding: adres niet bekendmaken"
#: The BRP's redenen opschorting bijhouding (its table 36) other than O (overlijden: the kop
#: says "Overleden"), by code. A code of the BRP's table, said in the screen's language; in
#: Dutch the kop shows the BRP's own omschrijving.
REDENEN_OPSCHORTING: dict[str, str] = {
    "E": "emigratie",
    "M": "ministerieel besluit",
    "R": "persoonslijst aangelegd in de RNI",
    "F": "fout",
}


# -- plain helpers (no widgets) ---------------------------------------------------------------


def maskeer_bsn(bsn: str) -> str:
    """``*****3653``: only the last four digits visible."""
    bsn = bsn.strip()
    if len(bsn) <= 4:
        return "*" * len(bsn)
    return "*" * (len(bsn) - 4) + bsn[-4:]


def datum_tekst(waarde: date | None) -> str:
    """``1 december 1985``."""
    if waarde is None:
        return ""
    return lange_datum(waarde)


def brp_datum_tekst(datum: Datum | None) -> str:
    """A BRP date as the BRP writes it (langFormaat), also when partly unknown.

    The BRP writes it in Dutch: in another language the date is said from its parts.
    """
    if datum is None:
        return ""
    if datum.lang_formaat and taal() == "nl":
        return datum.lang_formaat
    if datum.datum is not None:
        return datum_tekst(datum.datum)
    if datum.jaar and datum.maand:
        return f"{maand(datum.maand)} {datum.jaar}"
    if datum.jaar:
        return str(datum.jaar)
    return tr("datum onbekend")


def kvk_datum_tekst(waarde: str | None) -> str:
    """A KVK date ``20240819`` as ``19 augustus 2024`` (as given when not parseable)."""
    if not waarde:
        return ""
    try:
        return datum_tekst(date(int(waarde[:4]), int(waarde[4:6]), int(waarde[6:8])))
    except ValueError:
        return waarde


def leeftijd_op(geboren: date, dag: date) -> int:
    """Age in whole years on ``dag``."""
    return dag.year - geboren.year - ((dag.month, dag.day) < (geboren.month, geboren.day))


def leeftijd(persoon: Persoon, dag: date | None = None) -> int | None:
    """The age the BRP gave, else computed from the birth date; None for the deceased."""
    if persoon.is_overleden:
        return None
    if persoon.leeftijd is not None:
        return persoon.leeftijd
    geboren = persoon.geboortedatum
    return leeftijd_op(geboren, dag or vragen_model.vandaag()) if geboren else None


def geboorte_tekst(persoon: Persoon, dag: date | None = None) -> str:
    """``geboren 1 december 1985 · 41 jaar``."""
    delen = []
    geboren = brp_datum_tekst(persoon.geboorte.datum if persoon.geboorte else None)
    if geboren:
        delen.append(tr("geboren {datum}").format(datum=geboren))
    jaren = leeftijd(persoon, dag)
    if jaren is not None:
        delen.append(tr("{n} jaar").format(n=jaren))
    return " · ".join(delen)


def indicatoren(persoon: Persoon) -> list[tuple[str, str]]:
    """The BRP indicators as ``(niveau, tekst)``, most serious first."""
    uit: list[tuple[str, str]] = []
    opschorting = persoon.opschorting_bijhouding
    reden = opschorting.reden if opschorting else None
    if persoon.is_overleden:
        datum = persoon.overlijden.datum if persoon.overlijden else None
        if datum is None and reden is not None and reden.code == "O" and opschorting:
            datum = opschorting.datum
        tekst = brp_datum_tekst(datum) if datum else ""
        uit.append(
            ("fout", tr("Overleden op {datum}").format(datum=tekst) if tekst else tr("Overleden"))
        )
    if persoon.geheimhouding_persoonsgegevens:
        uit.append(("waarschuwing", tr(GEHEIM_TEKST)))
    if opschorting is not None and not (reden is not None and reden.code == "O"):
        if reden is not None and reden.code in REDENEN_OPSCHORTING and taal() != "nl":
            omschrijving = tr(REDENEN_OPSCHORTING[reden.code])
        else:
            omschrijving = (reden.omschrijving if reden else None) or tr("reden onbekend")
        sinds = brp_datum_tekst(opschorting.datum) if opschorting.datum else ""
        tekst = tr("Bijhouding opgeschort: {reden}").format(reden=omschrijving)
        if sinds:
            tekst += tr(" (sinds {datum})").format(datum=sinds)
        uit.append(("waarschuwing", tekst))
    gemeente = persoon.gemeente_van_inschrijving
    if persoon.rni or (gemeente is not None and gemeente.code == "1999"):
        uit.append(("waarschuwing", tr("Niet-ingezetene (RNI)")))
    elif persoon.verblijfplaats is not None and persoon.verblijfplaats.type == (
        "VerblijfplaatsBuitenland"
    ):
        uit.append(("waarschuwing", tr("Woont in het buitenland")))
    if _in_onderzoek(persoon):
        uit.append(("waarschuwing", tr("Gegevens in onderzoek")))
    return uit


def _in_onderzoek(persoon: Persoon) -> bool:
    if persoon.in_onderzoek:
        return True
    vp = persoon.verblijfplaats
    extra = (vp.model_extra or {}) if vp is not None else {}
    return bool(extra.get("inOnderzoek"))


def relaties_tekst(persoon: Persoon) -> str:
    """``Partner: Jean Marie Beaudelaire · Kinderen: Sanne Saasveld`` (briefly)."""

    def namen(mensen: list[Gerelateerde]) -> str:
        alle = [m.naam.weergave for m in mensen if m.naam and m.naam.weergave]
        tekst = ", ".join(alle[:MAX_RELATIES])
        if len(alle) > MAX_RELATIES:
            tekst += tr(" en {n} meer").format(n=len(alle) - MAX_RELATIES)
        return tekst

    delen = []
    if partners := namen(persoon.partners):
        delen.append(tr("Partner: {namen}").format(namen=partners))
    if kinderen := namen(persoon.kinderen):
        delen.append(tr("Kinderen: {namen}").format(namen=kinderen))
    return " · ".join(delen)


def partij_naam(partij: Partij | None) -> str:
    """The name Klantinteracties holds for the partij: its full name, else the contactnaam's
    parts (``Suzanne Moulin``), or an organisation's naam; empty when none."""
    if partij is None:
        return ""
    if partij.naam.strip():
        return partij.naam.strip()
    contactnaam = (partij.partij_identificatie or {}).get("contactnaam")
    if not isinstance(contactnaam, dict):
        return ""
    voor = contactnaam.get("voornaam") or contactnaam.get("voorletters")
    delen = (voor, contactnaam.get("voorvoegselAchternaam"), contactnaam.get("achternaam"))
    return " ".join(str(d).strip() for d in delen if d and str(d).strip())


def contact_icoon(adres: DigitaalAdres) -> str:
    """The icon for a digitaal adres."""
    soort = (adres.soort_digitaal_adres or "").lower()
    if "tel" in soort:
        return "telefoon"
    if "mail" in soort:
        return "e-mail"
    return "onbekend"


def contact_soort(adres: DigitaalAdres) -> str:
    """The kind of a digitaal adres in the agent's words."""
    icoon = contact_icoon(adres)
    return {"telefoon": tr("telefoonnummer"), "e-mail": tr("e-mailadres")}.get(
        icoon, tr("digitaal adres")
    )


def kopieer_tip(adres: DigitaalAdres) -> str:
    """``Telefoonnummer kopiëren (Ctrl+Shift+T)``: the copy button's tooltip."""
    tekst = tr("{soort} kopiëren").format(soort=contact_soort(adres).capitalize())
    naam = _KOPIEER_TOETS.get(contact_icoon(adres))
    return f"{tekst} ({' of '.join(sneltoets(naam).toetsen)})" if naam else tekst


def bedrijf_regel(bedrijf: Basisprofiel) -> str:
    """``Besloten Vennootschap · ingeschreven 19 augustus 2024``."""
    delen = [bedrijf.rechtsvorm or ""]
    aanvang = (bedrijf.materiele_registratie or {}).get("datumAanvang")
    if aanvang:
        delen.append(tr("ingeschreven {datum}").format(datum=kvk_datum_tekst(str(aanvang))))
    return " · ".join(d for d in delen if d)


# -- the panel --------------------------------------------------------------------------------


def _label(rol: str | None = None) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if rol:
        label.setProperty("rol", rol)
    return label


class KopPaneel(QFrame):
    """De kop van het klantbeeld: who is calling, in one glance.

    ``toggle_bsn()`` shows or masks the BSN (also Ctrl+B in the window, and the button).
    """

    def __init__(self, model: BeeldModel, sessie: Sessie, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sessie = sessie
        self._bsn_zichtbaar = False
        theme = load_theme()
        self.setProperty("rol", "kaart")
        # Indicators are alerts, but compact: the header is read in one glance.
        self.setStyleSheet(
            f'QLabel[indicator="true"] {{ padding: 1px {theme.space_xs}px; '
            f"font-weight: {theme.weight_semibold}; }}"
        )
        self.setAccessibleName(tr("Klantgegevens"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.space_sm, theme.space_xs, theme.space_sm, theme.space_xs)
        layout.setSpacing(theme.space_2xs)

        # row 1: name, birth, identifier, indicators
        rij1 = QHBoxLayout()
        rij1.setSpacing(theme.space_sm)
        self.naam = _label("titel")
        self.naam.setAccessibleName(tr("Naam"))
        # Where the name came from, when not from the BRP or KVK (they were off or failed).
        self.naam_bron = _label("gedempt")
        self.naam_bron.setText(tr("naam uit Klantinteracties"))
        self.naam_bron.setToolTip(
            tr("De basisregistratie gaf geen naam; dit is de naam die in Klantinteracties staat.")
        )
        self.naam_bron.setAccessibleName(tr("Bron van de naam"))
        self.geboorte = _label()
        self.nummer = KopieerbaarVeld(soort=tr("BSN"))
        self.bsn_knop = QPushButton(tr("Toon BSN"))
        self.bsn_knop.setProperty("variant", "subtle")
        self.bsn_knop.setToolTip(tr("BSN tonen of verbergen (Ctrl+B)"))
        self.bsn_knop.setAccessibleName(tr("BSN tonen of verbergen"))
        self.bsn_knop.clicked.connect(self.toggle_bsn)
        self.rechtsvorm = _label()
        rij1.addWidget(self.naam)
        rij1.addWidget(self.naam_bron)
        rij1.addWidget(self.geboorte)
        rij1.addWidget(self.rechtsvorm)
        rij1.addWidget(self.nummer)
        rij1.addWidget(self.bsn_knop)
        rij1.addStretch(1)
        layout.addLayout(rij1)

        # the BRP indicators (or an ended registration), only when there are any
        self._indicatoren = QHBoxLayout()
        self._indicatoren.setSpacing(theme.space_xs)
        self._indicatoren_rij = QWidget()
        indicatoren_layout = QHBoxLayout(self._indicatoren_rij)
        indicatoren_layout.setContentsMargins(0, 0, 0, 0)
        indicatoren_layout.addLayout(self._indicatoren)
        indicatoren_layout.addStretch(1)
        layout.addWidget(self._indicatoren_rij)

        # row 2: address, relations / vestigingen, contact details
        rij2 = QHBoxLayout()
        rij2.setSpacing(theme.space_sm)
        self.adres = _label()
        self.adres.setAccessibleName(tr("Adres"))
        self.relaties = _ElideLabel()
        self.relaties.setProperty("rol", "gedempt")
        self.relaties.setAccessibleName(tr("Partner en kinderen"))
        self.vestigingen_knop = QPushButton()
        self.vestigingen_knop.setProperty("variant", "subtle")
        self.vestigingen_knop.setAccessibleName(tr("Vestigingen"))
        self._vestigingen_menu = QMenu(self)
        self.vestigingen_knop.setMenu(self._vestigingen_menu)
        rij2.addWidget(self.adres)
        rij2.addWidget(self.relaties, 100)
        rij2.addWidget(self.vestigingen_knop)
        rij2.addStretch(1)
        self._contact = QHBoxLayout()
        self._contact.setSpacing(theme.space_sm)
        rij2.addLayout(self._contact)
        self.geen_contact = _label("gedempt")
        rij2.addWidget(self.geen_contact)
        layout.addLayout(rij2)
        self.contactvelden: list[KopieerbaarVeld] = []
        #: The icon (kind) of each of :attr:`contactvelden`.
        self._contactsoorten: list[str] = []

        # row 3: loading / failure per source
        rij3 = QHBoxLayout()
        self.status_kern = DeelStatusBalk(model, [Onderdeel.PERSOON, Onderdeel.BEDRIJF])
        self.status_contact = DeelStatusBalk(model, [Onderdeel.CONTACTGEGEVENS])
        for balk in (self.status_kern, self.status_contact):
            balk.opnieuw.connect(sessie.opnieuw)
            rij3.addWidget(balk, 1)
        layout.addLayout(rij3)

        self._shortcuts: list[QShortcut] = maak_sneltoetsen(
            self,
            {
                "bsn_tonen": self.toggle_bsn,
                "kopieer_telefoon": lambda: self.kopieer_contact("telefoon"),
                "kopieer_email": lambda: self.kopieer_contact("e-mail"),
            },
        )

        model.gestart.connect(self._nieuw)
        model.deelGewijzigd.connect(self._ververs)
        model.gewist.connect(self.wis)
        self.wis()

    # -- public -----------------------------------------------------------------------------

    def toggle_bsn(self) -> None:
        """Show the full BSN (recorded through the session first), or mask it again."""
        beeld = self.model.beeld
        if beeld is None or beeld.soort != "persoon":
            return
        if not self._bsn_zichtbaar and not self.sessie.toon_bsn():
            return  # not recorded in the verwerkingslog: stays masked (the bridge says why)
        self._bsn_zichtbaar = not self._bsn_zichtbaar
        self._toon_nummer(beeld)

    def kopieer_contact(self, soort: str) -> str:
        """Copy the first phone number (``"telefoon"``) or e-mail address (``"e-mail"``) shown.

        Returns what was copied ("" when the klant has none).
        """
        for icoon, veld in zip(self._contactsoorten, self.contactvelden, strict=True):
            if icoon == soort and veld.waarde():
                veld.kopieer()
                return veld.waarde()
        return ""

    def bsn_zichtbaar(self) -> bool:
        """True while the full BSN is shown."""
        return self._bsn_zichtbaar

    def _zichtbaar(self, ja: bool) -> None:
        """Show or hide the panel inside the window; never turn a parentless panel into a window."""
        if not self.isWindow():
            self.setVisible(ja)

    def wis(self) -> None:
        """Remove every personal value from the widgets."""
        self._bsn_zichtbaar = False
        for label in (self.naam, self.geboorte, self.adres, self.relaties, self.rechtsvorm):
            label.clear()
            label.setToolTip("")
        self.nummer.wis()
        self._vul_indicatoren([])
        self._vul_contact([])
        self._vestigingen_menu.clear()
        self.vestigingen_knop.setText("")
        self.geen_contact.clear()
        for widget in (
            self.nummer,
            self.bsn_knop,
            self.adres,
            self.relaties,
            self.rechtsvorm,
            self.geboorte,
            self.vestigingen_knop,
            self.geen_contact,
            self.naam_bron,
        ):
            widget.setVisible(False)
        self._zichtbaar(False)

    # -- filling ----------------------------------------------------------------------------

    def _nieuw(self) -> None:
        self.wis()
        self._ververs()

    def _ververs(self, *_: object) -> None:
        beeld = self.model.beeld
        if beeld is None:
            self.wis()
            return
        self._zichtbaar(True)
        if beeld.soort == "persoon":
            self._toon_persoon(beeld)
        else:
            self._toon_bedrijf(beeld)
        self._toon_contact(beeld)

    def _toon_nummer(self, beeld: Klantbeeld) -> None:
        bsn = beeld.sleutel
        weergave = bsn if self._bsn_zichtbaar else maskeer_bsn(bsn)
        self.nummer.zet(bsn, tr("BSN {nummer}").format(nummer=weergave))
        self.bsn_knop.setText(tr("Verberg BSN") if self._bsn_zichtbaar else tr("Toon BSN"))

    def _toon_persoon(self, beeld: Klantbeeld) -> None:
        self.nummer.setVisible(True)
        self.bsn_knop.setVisible(True)
        self.rechtsvorm.setVisible(False)
        self.vestigingen_knop.setVisible(False)
        self._toon_nummer(beeld)
        persoon = beeld.persoon
        if persoon is None:
            self._naam_zonder_register(beeld, Onderdeel.PERSOON)
            return
        self.naam_bron.setVisible(False)
        self.naam.setText(persoon.volledige_naam or tr("Naam niet bekend"))
        self.geboorte.setText(geboorte_tekst(persoon))
        self.geboorte.setVisible(bool(self.geboorte.text()))
        self._vul_indicatoren(indicatoren(persoon))
        if persoon.geheimhouding_persoonsgegevens:
            # The address is not even put in a widget; the indicator says why.
            self.adres.clear()
            self.adres.setVisible(False)
        else:
            regels = persoon.adresregels
            self.adres.setText(", ".join(regels) if regels else tr("Geen adres bekend"))
            self.adres.setVisible(True)
        self.relaties.zet(relaties_tekst(persoon))
        self.relaties.setVisible(bool(self.relaties.volledige_tekst()))

    def _toon_bedrijf(self, beeld: Klantbeeld) -> None:
        self.bsn_knop.setVisible(False)
        self.geboorte.setVisible(False)
        self.relaties.setVisible(False)
        self.nummer.setVisible(True)
        self.nummer.zet(beeld.sleutel, tr("KVK {nummer}").format(nummer=beeld.sleutel))
        bedrijf = beeld.bedrijf
        if bedrijf is None:
            self._naam_zonder_register(beeld, Onderdeel.BEDRIJF)
            return
        self.naam_bron.setVisible(False)
        handelsnamen = [h.naam for h in bedrijf.handelsnamen if h.naam]
        self.naam.setText(bedrijf.naam or (handelsnamen[0] if handelsnamen else beeld.sleutel))
        self.rechtsvorm.setText(bedrijf_regel(bedrijf))
        self.rechtsvorm.setVisible(bool(self.rechtsvorm.text()))
        uit: list[tuple[str, str]] = []
        if not bedrijf.is_actief:
            einde = (bedrijf.materiele_registratie or {}).get("datumEinde")
            uit.append(
                (
                    "fout",
                    tr("Inschrijving beëindigd op {datum}").format(
                        datum=kvk_datum_tekst(str(einde))
                    ),
                )
            )
        self._vul_indicatoren(uit)
        hoofd = beeld.hoofdvestiging
        adres = hoofd.bezoekadres if hoofd else None
        self.adres.setText(
            tr("Hoofdvestiging: {adres}").format(adres=adres.regel)
            if adres
            else tr("Geen adres van de hoofdvestiging bekend")
        )
        self.adres.setVisible(True)
        self._vestigingen_menu.clear()
        for v in beeld.vestigingen:
            naam = v.eerste_handelsnaam or v.vestigingsnummer
            tekst = f"{naam} — {v.volledig_adres or ''}".rstrip(" —")
            if v.is_hoofdvestiging:
                tekst += tr(" (hoofdvestiging)")
            self._vestigingen_menu.addAction(tekst)
        aantal = len(beeld.vestigingen)
        self.vestigingen_knop.setText(
            tr("1 vestiging") if aantal == 1 else tr("{n} vestigingen").format(n=aantal)
        )
        self.vestigingen_knop.setVisible(aantal > 0)

    def _naam_zonder_register(self, beeld: Klantbeeld, onderdeel: Onderdeel) -> None:
        """BRP or KVK gave no name (off, failing, or not there): Klantinteracties' name, said
        as such, else "Naam niet bekend" once Klantinteracties has answered too."""
        if self.model.status(onderdeel) not in (DeelStatus.FOUT, DeelStatus.NIET_INGESTELD):
            return  # still loading
        naam = partij_naam(beeld.partij)
        self.naam_bron.setVisible(bool(naam))
        if naam:
            self.naam.setText(naam)
        elif self.model.status(Onderdeel.CONTACTGEGEVENS) is DeelStatus.LADEN:
            self.naam.clear()
        else:
            self.naam.setText(tr("Naam niet bekend"))

    def _toon_contact(self, beeld: Klantbeeld) -> None:
        status = self.model.status(Onderdeel.CONTACTGEGEVENS)
        adressen = beeld.partij.digitale_adressen if beeld.partij else []
        adressen = [a for a in adressen if a.adres]
        adressen.sort(key=lambda a: (contact_icoon(a) != "telefoon", not a.is_standaard_adres))
        self._vul_contact(adressen[:MAX_CONTACTGEGEVENS])
        geen = not adressen and status is DeelStatus.KLAAR
        self.geen_contact.setText(tr("Geen telefoon of e-mail bekend") if geen else "")
        self.geen_contact.setVisible(geen)

    def _vul_indicatoren(self, items: list[tuple[str, str]]) -> None:
        _leeg_layout(self._indicatoren)
        self._indicatoren_rij.setVisible(bool(items))
        for niveau, tekst in items:
            label = QLabel(tekst)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setProperty("niveau", niveau)
            label.setProperty("indicator", True)
            label.setAccessibleName(tekst)
            self._indicatoren.addWidget(label)

    def _vul_contact(self, adressen: list[DigitaalAdres]) -> None:
        bekend = [v.waarde() for v in self.contactvelden]
        if bekend == [a.adres or "" for a in adressen]:
            return  # unchanged: keep the widgets (and a running "Gekopieerd")
        _leeg_layout(self._contact)
        self.contactvelden = []
        self._contactsoorten = []
        vorige: QWidget = self.vestigingen_knop
        for adres in adressen:
            veld = KopieerbaarVeld(contact_icoon(adres), contact_soort(adres))
            veld.zet(adres.adres or "")
            veld.knop.setToolTip(kopieer_tip(adres))
            self._contact.addWidget(veld)
            # Reachable with Tab right after the header's other buttons, not at the window's end.
            QWidget.setTabOrder(vorige, veld.knop)
            vorige = veld.knop
            self.contactvelden.append(veld)
            self._contactsoorten.append(contact_icoon(adres))


class _ElideLabel(QLabel):
    """A one-line plain-text label that takes what space is left and elides the rest (…)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._vol = ""

    def zet(self, tekst: str) -> None:
        """Show ``tekst``, elided to the width; the whole text as accessible description."""
        self._vol = tekst
        self.setAccessibleDescription(tekst)
        self._elideer()

    def volledige_tekst(self) -> str:
        """The text before eliding."""
        return self._vol

    def clear(self) -> None:
        """Forget the text."""
        self._vol = ""
        self.setAccessibleDescription("")
        super().clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elideer()

    def _elideer(self) -> None:
        breedte = max(0, self.contentsRect().width())
        self.setText(
            self.fontMetrics().elidedText(self._vol, Qt.TextElideMode.ElideRight, breedte)
            if breedte
            else self._vol
        )


def _leeg_layout(layout: QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            if isinstance(widget, KopieerbaarVeld):
                widget.wis()
            elif isinstance(widget, QLabel):
                widget.clear()
                widget.setAccessibleName("")
            widget.hide()
            widget.deleteLater()
