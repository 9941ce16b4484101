"""Wires services to views: the clients, the qasync loop, the main window; closes it all in order.

With no settings (or ``--demo``) the oefenomgeving runs in-process on loopback and the window
says so. ``--screenshot FILE`` loads a klantbeeld, waits for every panel, saves a PNG and exits.
A screen-pop (``klantbeeld "klantbeeld:bel?nummer=…"``, ``--bel``, ``--bsn``, ``--zaak``) goes to
the app already running for this user when there is one (see :mod:`klantbeeld.eenmalig`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import os
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from klantbeeld.services.apis.brp import Protocollering
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.klantbeeld.composer import KlantbeeldComposer
from klantbeeld.services.klantbeeld.schermpop import OngeldigeSchermpop, Schermpop, lees_argumenten
from klantbeeld.services.klantbeeld.zoeken import Zoeker
from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding.clients import Verbindingen, maak_verbindingen
from klantbeeld.services.verbinding.errors import ConfiguratieFout, KlantbeeldError, bronnaam
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog

if TYPE_CHECKING:
    from klantbeeld.controllers.doelbinding import DoelbindingController
from klantbeeld.services.werkplek.aanmelding import AanmeldFout, Aanmelding, Vergrendeld
from klantbeeld.services.werkplek.secrets import SleutelbosFout, controleer_sleutelbos, lees_geheim
from klantbeeld.services.werkplek.settings import (
    API_PADEN,
    BRON_TITELS,
    OUDE_GEHEIMNAMEN,
    ApiInstelling,
    ApiNaam,
    Bron,
    Instellingen,
    Modus,
    Rol,
    data_dir,
    lees_configuratie,
)
from klantbeeld.versie import versie

#: Set by main() for the benchmark: when the process started (perf_counter).
START = time.perf_counter()


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Start"). What is printed before the window's
    language is known (the command line's help and errors) stays Dutch."""
    return vertaal("Start", text)


@dataclass
class Omgeving:
    """Everything the window needs from the outside world, and what must be closed on quit."""

    instellingen: Instellingen
    verbindingen: Verbindingen
    composer: KlantbeeldComposer
    zoeker: Zoeker
    #: True when every source runs on the oefenomgeving.
    oefenomgeving: bool
    naam: str
    _sluit: list[Any] = field(default_factory=list)
    #: The sources on the oefenomgeving (fictional data), in :class:`Bron` order.
    fictief: tuple[Bron, ...] = ()
    #: What the agent must know at start (a keyring missing, a secret not stored), plain words.
    meldingen: tuple[str, ...] = ()
    #: Every API of the running oefenomgeving (empty when none runs): the settings dialog tests it.
    oefen: dict[ApiNaam, tuple[ApiInstelling, str]] = field(default_factory=dict)
    #: The running oefenomgeving's root URL (None when none runs): its logboek is there.
    oefen_root: str | None = None

    @classmethod
    def voor_endpoints(
        cls,
        instellingen: Instellingen,
        endpoints: dict[ApiNaam, tuple[ApiInstelling, str]],
        *,
        naam: str,
        oefenomgeving: bool,
        sluit: list[Any] | None = None,
        fictief: tuple[Bron, ...] | None = None,
        meldingen: tuple[str, ...] = (),
        toegangstoken: Callable[[], str] | None = None,
    ) -> Omgeving:
        """Clients, cache, composer and zoeker for these endpoints.

        ``toegangstoken``: the signed-in medewerker's access token (auth kind gebruikerstoken).
        """
        if fictief is None:
            fictief = tuple(Bron) if oefenomgeving else ()
        verbindingen = maak_verbindingen(
            endpoints,
            user_id=instellingen.medewerker_id,
            user_representation=instellingen.medewerker_naam,
            toegangstoken=toegangstoken,
        )
        catalogi = verbindingen.get(ApiNaam.CATALOGI)
        cache_naam = OEFEN_NAAM if Bron.OPENZAAK in fictief else naam
        cache_pad = data_dir() / f"catalogus-{cache_naam}.json"
        catalogus = CatalogusCache(catalogi, path=cache_pad) if catalogi else None
        composer = KlantbeeldComposer(verbindingen, catalogus)
        zoeker = Zoeker(
            brp=composer.brp,
            kvk=composer.kvk,
            zaken=composer.zaken,
            klantinteracties=composer.klantinteracties,
        )
        return cls(
            instellingen,
            verbindingen,
            composer,
            zoeker,
            oefenomgeving,
            naam,
            sluit or [],
            fictief=fictief,
            meldingen=meldingen,
        )

    @classmethod
    def maak(
        cls,
        instellingen: Instellingen,
        *,
        demo: bool = False,
        sandbox_db: Path | None = None,
        oefen_server: Any = None,
        meldingen: tuple[str, ...] = (),
        toegangstoken: Callable[[], str] | None = None,
    ) -> Omgeving:
        """Clients per source: its real server, none (``uit``), or the embedded oefenomgeving.

        The oefenomgeving is started only when a source needs it (``oefen_server``: one already
        running, for tests). A profile with a real server needs a secure keyring; without one
        the app starts on the oefenomgeving and :attr:`meldingen` says why and how to fix it.
        """
        sluit: list[Any] = []
        profiel = instellingen.actief_profiel
        fictief = tuple(Bron) if demo else tuple(profiel.in_modus(Modus.OEFENOMGEVING))
        endpoints: dict[ApiNaam, tuple[ApiInstelling, str]] = {}
        extra: list[str] = []
        oefen: dict[ApiNaam, tuple[ApiInstelling, str]] = {}
        if not demo and profiel.echt:
            try:
                endpoints, extra = echte_endpoints(instellingen)
            except ConfiguratieFout as e:
                reden, hint = (e.reden, e.hint) if isinstance(e, SleutelbosFout) else (str(e), "")
                melding = tr(
                    "Profiel '{profiel}' kan niet gebruikt worden: {reden} "
                    "Klantbeeld werkt daarom op de oefenomgeving, met fictieve gegevens. {hint}"
                )
                extra = [melding.format(profiel=instellingen.profiel, reden=reden, hint=hint)]
                endpoints, fictief = {}, tuple(Bron)
        if fictief:
            server = oefen_server
            if server is None:
                from klantbeeld.sandbox.app import Sandbox
                from klantbeeld.sandbox.server import SandboxServer

                db = sandbox_db or data_dir() / "oefenomgeving.sqlite3"
                server = SandboxServer(Sandbox(db_path=db)).start()
                sluit.append(server)
            oefen = server.endpoints()
            for bron in fictief:
                for api in API_PADEN[bron]:
                    endpoints[api] = oefen[api]
        oefenomgeving = len(fictief) == len(Bron)
        omgeving = cls.voor_endpoints(
            instellingen,
            endpoints,
            naam=OEFEN_NAAM if oefenomgeving else instellingen.profiel,
            oefenomgeving=oefenomgeving,
            sluit=sluit,
            fictief=fictief,
            meldingen=(*meldingen, *(m.strip() for m in extra)),
            toegangstoken=toegangstoken,
        )
        omgeving.oefen = oefen
        root = getattr(server, "root", None) if fictief else None  # a test's stand-in has none
        omgeving.oefen_root = str(root) if root else None
        return omgeving

    @property
    def journaal_naam(self) -> str:
        """Which journal this session writes: one per place its registrations go to.

        Registrations for the oefenomgeving's Klantinteracties never share a journal with a real
        server's: switching Klantinteracties to a real server must not deliver practice contacts.
        """
        if self.oefenomgeving:
            return OEFEN_NAAM
        if Bron.KLANTINTERACTIES in self.fictief:
            return f"{self.naam}-{OEFEN_NAAM}"
        return self.naam

    async def sluit(self) -> None:
        """Close the HTTP clients, then the oefenomgeving."""
        await self.verbindingen.aclose()
        for item in self._sluit:
            item.stop()


#: The name of the all-oefenomgeving session (its journal and catalog cache files).
OEFEN_NAAM = "oefenomgeving"


def echte_endpoints(
    instellingen: Instellingen,
) -> tuple[dict[ApiNaam, tuple[ApiInstelling, str]], list[str]]:
    """The real servers of the profile in use with their secrets, and what is missing.

    Raises :class:`SleutelbosFout` when there is no secure keyring (checked even when no source
    needs a secret: the journal of a real profile needs the keyring too).
    """
    controleer_sleutelbos()
    profiel = instellingen.actief_profiel
    endpoints: dict[ApiNaam, tuple[ApiInstelling, str]] = {}
    ontbreekt: list[str] = []
    for bron in profiel.in_modus(Modus.INGESTELD):
        bron_inst = profiel.bronnen[bron]
        geheim = lees_geheim(
            instellingen.profiel, bron.value, vroeger=OUDE_GEHEIMNAMEN.get(bron, ())
        )
        apis = bron_inst.endpoints(bron)
        if not geheim and any(inst.auth.vraagt_geheim for inst in apis.values()):
            ontbreekt.append(bronnaam(BRON_TITELS[bron]))
        for api, inst in apis.items():
            endpoints[api] = (inst, geheim or "")
    meldingen = []
    if ontbreekt:
        meldingen.append(
            tr(
                "Voor {bronnen} is in profiel '{profiel}' nog geen "
                "geheim of sleutel opgeslagen; vul het in bij Instellingen (Ctrl+,)."
            ).format(bronnen=", ".join(ontbreekt), profiel=instellingen.profiel)
        )
    return endpoints, meldingen


#: The agent the oefenomgeving starts as (a seeded KCC medewerker), and the teams she answers for.
OEFEN_MEDEWERKER = ("anouk.de.boer@gemeente.example", "Anouk de Boer")
OEFEN_GROEPEN = ["KCC", "Team Terugbellen", "Team Webformulieren"]


def journaal_sleutel_voor(omgeving: Omgeving) -> bytes:
    """The journals' key (registrations and verwerkingslog) from the keyring.

    Raises :class:`ConfiguratieFout` for a real profile without a secure keyring. Fictional
    data only: without a keyring the oefen journals keep their key in a file.
    """
    from cryptography.fernet import Fernet

    from klantbeeld.services.registraties.journaal import journaal_sleutel

    sleutel: bytes | None = None
    try:
        if not omgeving.oefenomgeving:
            # Real data: the key only in a secure keyring, never in a plaintext one.
            controleer_sleutelbos()
        sleutel = journaal_sleutel()
    except ConfiguratieFout:
        if not omgeving.oefenomgeving:
            raise
    if sleutel is not None:
        return sleutel
    if not omgeving.oefenomgeving:
        raise ConfiguratieFout(tr("De sleutelbos gaf geen sleutel voor het journaal."))
    sleutelbestand = data_dir() / "journaal-oefen.key"
    if not sleutelbestand.exists():
        sleutelbestand.parent.mkdir(parents=True, exist_ok=True)
        sleutelbestand.write_bytes(Fernet.generate_key())
        sleutelbestand.chmod(0o600)
    return sleutelbestand.read_bytes().strip()


def medewerker_van(omgeving: Omgeving) -> tuple[str, str]:
    """Who works here: (id, naam) from the sign-in (already in the settings) or the settings;
    on the oefenomgeving without one, its fictional agent. ("", "") when nobody is known."""
    inst = omgeving.instellingen
    ident, naam = inst.medewerker_id, inst.medewerker_naam
    if omgeving.oefenomgeving and not ident:
        ident, naam = OEFEN_MEDEWERKER
    return ident, naam or ident


def maak_registraties(omgeving: Omgeving) -> tuple[Any, str | None]:
    """The journal and its delivery for this profile, or None and the reason it cannot be."""
    from klantbeeld.services.registraties.bezorger import Bezorger
    from klantbeeld.services.registraties.journaal import Journaal, JournaalFout
    from klantbeeld.services.registraties.registratie import Medewerker
    from klantbeeld.views.registraties import Registraties

    pad = data_dir() / f"journaal-{omgeving.journaal_naam}.sqlite3"
    try:
        sleutel = journaal_sleutel_voor(omgeving)
    except ConfiguratieFout as e:
        return None, tr("Registreren kan niet veilig: {fout}").format(fout=e)
    try:
        journaal = Journaal(pad, sleutel=sleutel)
    except (JournaalFout, ConfiguratieFout) as e:
        return None, tr("Registreren kan niet: {fout}").format(fout=e)
    ident, naam = medewerker_van(omgeving)
    medewerker = Medewerker(identificatie=ident, naam=naam) if ident else None
    ki = omgeving.composer.klantinteracties
    bezorger = Bezorger(journaal, ki) if ki is not None else None
    return Registraties(journaal, bezorger, medewerker), None


def verwerkingslog_voor(omgeving: Omgeving) -> tuple[Any, Verwerkingslog]:
    """The verwerkingslog for this session: (what to start and close, the hooks).

    When it cannot be made (no keyring, no pseudonym key, the journal does not open, nobody
    signed in): (None, a log that refuses every record), so no personal data is shown, and
    the reason is in :attr:`Omgeving.meldingen`.
    """
    from klantbeeld.services.verwerkingslog.instelling import maak_voor_werkplek
    from klantbeeld.services.verwerkingslog.vastlegging import GeweigerdeVerwerkingslog

    try:
        v = maak_voor_werkplek(
            omgeving.instellingen,
            naam=omgeving.journaal_naam,
            oefenomgeving=omgeving.oefenomgeving,
            oefen_root=omgeving.oefen_root if omgeving.oefenomgeving else None,
            journaal_sleutel=journaal_sleutel_voor(omgeving),
            medewerker=medewerker_van(omgeving)[0],
        )
    except KlantbeeldError as e:
        reden = getattr(e, "reden", None) or str(e)
        melding = tr(
            "Het verwerkingslog kan niet worden bijgehouden: {reden} Zonder verwerkingslog "
            "toont Klantbeeld geen persoonsgegevens; meld het aan uw beheerder."
        ).format(reden=reden)
        omgeving.meldingen = (*omgeving.meldingen, melding)
        return None, GeweigerdeVerwerkingslog(melding)
    if not v.log.medewerker:  # nobody to name in the records: nothing is recorded, so shown
        weigering = GeweigerdeVerwerkingslog(
            tr(
                "Er is geen medewerker bekend (aanmelden of Instellingen, Ctrl+,); zonder "
                "medewerker kan het verwerkingslog niets vastleggen."
            )
        )
        omgeving.meldingen = (*omgeving.meldingen, weigering.reden)
        return v, weigering
    return v, v.log


def warm_op() -> None:
    """Import now what the first request would import lazily (httpx's async backend).

    Called just after the window shows: otherwise the agent's first search pays ~20 ms of
    imports in the middle of painting the first klantbeeld.
    """
    import importlib

    for module in (
        "anyio._backends._asyncio",
        "anyio.streams.tls",
        "httpcore._async.http11",
        "jwt",
    ):
        with contextlib.suppress(ImportError):
            importlib.import_module(module)


def meld_aan(
    instellingen: Instellingen, loop: asyncio.AbstractEventLoop
) -> tuple[Aanmelding | None, str | None]:
    """Sign the medewerker in when the profile names an OpenID provider (else: None, None).

    The identity from the ID token replaces ``medewerker_id``/``medewerker_naam`` for this
    session (never saved). When signing in fails: None and why, in plain words.
    """
    oidc = instellingen.actief_profiel.aanmelding
    if oidc is None:
        return None, None
    try:
        aanmelding = Aanmelding(oidc, profiel=instellingen.profiel)
    except ConfiguratieFout as e:
        melding = tr("Aanmelden kan niet: {fout} Klantbeeld werkt daarom op de oefenomgeving.")
        return None, melding.format(fout=e)
    try:
        wie = loop.run_until_complete(aanmelding.aanmelden())
    except (AanmeldFout, ConfiguratieFout) as e:
        loop.run_until_complete(aanmelding.aclose())
        return None, tr(
            "Aanmelden is niet gelukt: {fout} Klantbeeld werkt daarom op de oefenomgeving, "
            "met fictieve gegevens."
        ).format(fout=e)
    instellingen.medewerker_id, instellingen.medewerker_naam = wie.id, wie.naam
    return aanmelding, None


def lees_instellingen() -> tuple[Instellingen, tuple[str, ...]]:
    """The settings in effect and what the site file overruled; unreadable files: oefenomgeving."""
    try:
        configuratie = lees_configuratie()
    except ConfiguratieFout as e:
        melding = tr("{fout} Klantbeeld werkt daarom op de oefenomgeving.").format(fout=e)
        return Instellingen(), (melding,)
    return configuratie.effectief, configuratie.meldingen


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line."""
    p = argparse.ArgumentParser(prog="klantbeeld", description="Klantbeeld voor het KCC.")
    p.add_argument("--version", action="version", version=f"Klantbeeld {versie()}")
    p.add_argument("--demo", action="store_true", help="altijd de oefenomgeving gebruiken")
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="BESTAND",
        help="laad een klantbeeld, sla een PNG op en stop",
    )
    p.add_argument(
        "uri",
        nargs="?",
        help="een klantbeeld:-link, bijv. klantbeeld:bel?nummer=%%2B31612345678",
    )
    p.add_argument("--bel", metavar="NUMMER", help="inkomend gesprek: zoek de klant op dit nummer")
    p.add_argument("--bsn", help="open het klantbeeld van dit BSN")
    p.add_argument("--kvk", help="open het klantbeeld van dit KVK-nummer")
    p.add_argument("--zaak", help="open deze zaak (zaaknummer)")
    p.add_argument("--size", default="1366x768", help="venstergrootte, bijv. 1366x768")
    p.add_argument(
        "--view",
        choices=["klantbeeld", "contacthistorie", "inwoner"],
        default="klantbeeld",
        help="welk scherm (contacthistorie: alleen met de rol teamleider; inwoner: wat de "
        "inwoner ziet, F11)",
    )
    p.add_argument(
        "--rol",
        choices=[r.value for r in Rol],
        help="de rol voor deze sessie (overschrijft de instelling)",
    )
    p.add_argument(
        "--tab",
        choices=["zaken", "tijdlijn", "betalingen", "vragen", "lijst", "overzicht"],
        default="zaken",
        help="welk tabblad vooraan",
    )
    p.add_argument("--timeout", type=float, default=30.0, help="maximaal wachten (seconden)")
    p.add_argument(
        "--taal",
        choices=["nl", "en"],
        help="taal van de schermen (overschrijft de instelling), bijv. voor schermafdrukken",
    )
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Start the app; returns the exit code."""
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        breedte, hoogte = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        print(
            f"--size moet breedte x hoogte zijn, bijv. 1366x768 (niet {args.size})", file=sys.stderr
        )
        return 2
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        verzoek = schermpop_uit(args)
    except OngeldigeSchermpop as e:
        print(e.melding, file=sys.stderr)
        return 2
    if verzoek is not None:
        from klantbeeld.eenmalig import stuur_verzoek

        antwoord = stuur_verzoek(verzoek)
        if antwoord is not None:  # the running app has it (or said why not)
            gelukt = bool(antwoord.get("ok"))
            print(str(antwoord.get("melding", "")), file=sys.stdout if gelukt else sys.stderr)
            return 0 if gelukt else 2

    from klantbeeld.qtbibliotheken import controleer

    if not controleer():  # Qt would abort on a missing system library with a misleading message
        return 3

    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from klantbeeld.controllers.sessie import Sessie
    from klantbeeld.views.main_window import MainWindow
    from klantbeeld.views.models.beeld import BeeldModel
    from klantbeeld.views.sessie import op_het_scherm
    from klantbeeld.views.theme import apply_theme
    from klantbeeld.views.vertaling import installeer_vertaling, kies_taal

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Klantbeeld")
    app.setOrganizationName("Klantbeeld")
    apply_theme(app)
    instellingen, meldingen = lees_instellingen()
    installeer_vertaling(app, kies_taal(args.taal, instellingen.taal))
    if meldingen:  # read before the language was known: said again in the window's language
        instellingen, meldingen = lees_instellingen()
    if args.rol:
        instellingen.rol = Rol(args.rol)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    aanmelding, aanmeld_fout = (None, None) if args.demo else meld_aan(instellingen, loop)
    omgeving = Omgeving.maak(
        instellingen,
        # Fail closed: a profile that wants a sign-in gets no real data without one.
        demo=args.demo or aanmeld_fout is not None,
        meldingen=(*meldingen, *([aanmeld_fout] if aanmeld_fout else [])),
        toegangstoken=aanmelding.toegangstoken if aanmelding else None,
    )
    verwerkingen, verwerkingslog = verwerkingslog_voor(omgeving)
    for melding in omgeving.meldingen:  # also for whoever reads the log (no personal data)
        print(melding, file=sys.stderr)
    model = BeeldModel()
    sessie = op_het_scherm(
        Sessie(omgeving.composer, omgeving.zoeker, model, verwerkingslog=verwerkingslog)
    )
    sessie.max_vertrouwelijkheid = instellingen.max_vertrouwelijkheid
    if omgeving.oefenomgeving and not instellingen.groepen:
        instellingen.groepen = list(OEFEN_GROEPEN)
    registraties, registratie_fout = maak_registraties(omgeving)
    if registraties is not None:
        registraties.bezorgd.connect(sessie.na_bezorging)
    doelbinding = doelbinding_voor(omgeving.verbindingen.protocollering, verwerkingslog)
    window = MainWindow(
        model,
        sessie,
        oefenomgeving=omgeving.oefenomgeving,
        omgeving_naam=omgeving.naam,
        fictief=[bronnaam(BRON_TITELS[b]) for b in omgeving.fictief],
        meldingen=omgeving.meldingen,
        oefen_endpoints=omgeving.oefen,
        registraties=registraties,
        max_sessies=instellingen.max_sessies,
        nawerk_s=instellingen.nawerk_s,
        registratie_fout=registratie_fout,
        instellingen=instellingen,
        inzage=inzage_voor(verwerkingen, verwerkingslog),
        doelbinding=doelbinding,
    )
    window.resize(breedte, hoogte)
    window.show()
    # Everything built at start-up lives as long as the app: keep full garbage collections
    # from scanning it on every pass (they stalled the loop for tens of milliseconds).
    gc.freeze()
    if registraties is not None and not args.screenshot:
        registraties.start()
    if verwerkingen is not None and not args.screenshot:
        verwerkingen.start()
    if os.environ.get("KLANTBEELD_MEET_START"):
        # For the benchmark: say when the window is on screen, then stop.
        app.processEvents()
        print("venster-getoond", flush=True)
        window.close()
        if verwerkingen is not None:
            loop.run_until_complete(verwerkingen.sluit())
        loop.run_until_complete(omgeving.sluit())
        return 0
    QTimer.singleShot(0, warm_op)
    if not args.screenshot and doelbinding is not None and doelbinding.gekozen is None:
        # Several configured, none picked: the agent picks first (no BRP data until then:
        # GeenDoelbinding says so per request). Non-blocking, window-modal.
        window.kies_doelbinding()
    bewaking, herauthenticatie = (
        bewaak_aanmelding(aanmelding, window) if aanmelding else (None, None)
    )
    # The workstation lock (issue 13 §4): idle time or Ctrl+Shift+L; unlocking signs in again.
    from klantbeeld.views.vergrendeling import installeer_vergrendeling

    slot = installeer_vergrendeling(window, instellingen.vergrendelen_na_min * 60, herauthenticatie)
    if aanmelding is not None:
        aanmelding.bij_vergrendeling.append(slot.controller.aanmelding_verlopen)
    ontvanger = (
        None if args.screenshot else luister_naar_schermpops(window, sessie, slot.controller)
    )

    async def run() -> int:
        if args.screenshot:
            from klantbeeld.views.screenshot import maak_screenshot

            return await maak_screenshot(window, sessie, model, args)
        if verzoek is not None and ontvanger is not None:
            ontvanger.verzoek.emit(verzoek)  # no app ran: this one handles it
        elif args.kvk:
            sessie.open_bedrijf(args.kvk, args.zaak)
        gesloten = asyncio.Event()
        app.aboutToQuit.connect(gesloten.set)
        app.lastWindowClosed.connect(gesloten.set)
        await gesloten.wait()
        return 0

    try:
        with loop:
            code: int = loop.run_until_complete(run())
            loop.run_until_complete(sessie.sluit())
            if registraties is not None:
                loop.run_until_complete(registraties.sluit())
            if verwerkingen is not None:  # before the oefenomgeving (its logboek) stops
                loop.run_until_complete(verwerkingen.sluit())
            if bewaking is not None:
                bewaking()
            loop.run_until_complete(omgeving.sluit())
            if aanmelding is not None:
                loop.run_until_complete(aanmelding.aclose())
    finally:
        if ontvanger is not None:
            ontvanger.sluit()
        slot.verwijder()
        window.close()
    return code


def inzage_voor(verwerkingen: Any, log: Verwerkingslog) -> Callable[[], Any] | None:
    """The Inzage view's controller maker (team leads); None without a verwerkingslog."""
    if verwerkingen is None:
        return None
    from klantbeeld.controllers.inzage import InzageController

    return lambda: InzageController(verwerkingen.lezer, log)


def doelbinding_voor(
    protocollering: Protocollering | None, log: Verwerkingslog
) -> DoelbindingController | None:
    """The doelbinding the agent consults the BRP for, kept in step with the verwerkingslog
    (each record carries it); None without a protocollerende BRP gateway."""
    if protocollering is None:
        return None
    from klantbeeld.controllers.doelbinding import DoelbindingController

    return DoelbindingController(protocollering, log)


def bewaak_aanmelding(
    aanmelding: Aanmelding, window: Any
) -> tuple[Callable[[], None], Callable[[], Awaitable[None]]]:
    """Refresh the sign-in silently; when it locks, say so and offer to sign in again.

    Returns what stops it (on quit), and the new sign-in through the browser that unlocks the
    workstation lock (raises :class:`AanmeldFout` when it fails).
    """
    from klantbeeld.controllers.meldingen import Melding, Niveau

    taken: dict[str, asyncio.Task[Any]] = {"bewaak": asyncio.ensure_future(aanmelding.bewaak())}

    async def meld_opnieuw_aan() -> None:
        await aanmelding.aanmelden_in_browser(opnieuw=True)  # asks the password again
        window.toon_melding(Melding(tr("U bent weer aangemeld.")))
        taken["bewaak"].cancel()
        taken["bewaak"] = asyncio.ensure_future(aanmelding.bewaak())

    async def opnieuw() -> None:
        try:
            await meld_opnieuw_aan()
        except AanmeldFout as e:
            window.toon_melding(Melding(str(e), Niveau.FOUT, opnieuw=herstart, duur_ms=0))

    def herstart() -> None:
        taken["opnieuw"] = asyncio.ensure_future(opnieuw())

    def vergrendeld() -> None:
        melding = Melding(
            str(Vergrendeld()),
            Niveau.FOUT,
            opnieuw=herstart,
            duur_ms=0,
            knop=tr("Opnieuw aanmelden"),
        )
        window.toon_melding(melding)

    def stop() -> None:
        for taak in taken.values():
            taak.cancel()

    aanmelding.bij_vergrendeling.append(vergrendeld)
    return stop, meld_opnieuw_aan


def schermpop_uit(args: argparse.Namespace) -> Schermpop | None:
    """The screen-pop on the command line (checked); None with none, or for ``--screenshot``
    and ``--kvk`` (which open what they name themselves)."""
    if args.screenshot or args.kvk:
        return None
    return lees_argumenten(uri=args.uri, bel=args.bel, bsn=args.bsn, zaak=args.zaak)


def luister_naar_schermpops(window: Any, sessie: Any, vergrendeling: Any) -> Any:
    """Listen for screen-pops of later launches; they open through the window's own search.
    While the workstation is locked one waits, and the lock screen says so (``vergrendeling``).

    Returns the listener (None when the socket cannot be made: the app works without it).
    """
    from klantbeeld.eenmalig import STATUS_ENV, Ontvanger
    from klantbeeld.views.schermpop import SchermpopAfhandeling

    afhandeling = SchermpopAfhandeling(window, window.toon_schermpop, sessie.meldingen)
    afhandeling.wacht.connect(lambda _verzoek: vergrendeling.gesprek_binnen())

    def status() -> dict[str, Any]:
        beeld = window.model.beeld  # the session shown
        return {
            **afhandeling.status(),
            "klant": [beeld.soort, beeld.sleutel] if beeld is not None else None,
            "sessies": [
                [s.model.beeld.soort, s.model.beeld.sleutel] if s.model.beeld else None
                for s in window.sessies.lijst
            ],
            "zoekveld": window.zoekbalk.veld.text(),
            "treffers": window.zoekbalk.treffers.rowCount(),
        }

    test = os.environ.get(STATUS_ENV) == "1"
    ontvanger = Ontvanger(status=status if test else None, parent=window)
    ontvanger.verzoek.connect(afhandeling.ontvang)
    ontvanger.geweigerd.connect(
        lambda reden: sessie.meldingen.fout(
            tr("Een schermpop van de telefonie is geweigerd: {reden}").format(reden=reden)
        )
    )
    if not ontvanger.start():
        print("Schermpops van de telefonie kunnen niet binnenkomen.", file=sys.stderr)
    return ontvanger
