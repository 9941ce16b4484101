"""Where the verwerkingslog goes and with which keys: settings, keyring, the oefenomgeving.

:func:`maak_verwerkingslog` builds the journal, the hooks and the delivery for the app; the
logboek is the profile's (``logboek_url``), or the oefenomgeving's when none is configured
(:data:`OEFEN_TRACES_PAD` under its root). A real logboek is reached only safely (https,
certificates checked: :func:`~klantbeeld.services.werkplek.settings.onveilig_adres`).

The pseudonym key must be the same on every workstation of a municipality (so the Inzage finds
every agent's records): it is the keyring secret ``logboek-pseudoniem`` of the profile. The
oefenomgeving uses a fixed, public key: its data are fictional.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import httpx

from klantbeeld.services.verbinding.clients import tls_context
from klantbeeld.services.verbinding.errors import ConfiguratieFout
from klantbeeld.services.verbinding.http import ApiClient
from klantbeeld.services.verwerkingslog.bezorger import Logboekbezorger, SpanMaker, maak_exporter
from klantbeeld.services.verwerkingslog.journaal import VerwerkingJournaal
from klantbeeld.services.verwerkingslog.lezer import LezenApiLezer
from klantbeeld.services.verwerkingslog.vastlegging import Verwerkingslog
from klantbeeld.services.verwerkingslog.verwerking import tr
from klantbeeld.services.werkplek.secrets import lees_geheim
from klantbeeld.services.werkplek.settings import Instellingen, Profiel, data_dir, onveilig_adres
from klantbeeld.versie import user_agent

#: The OTLP/HTTP traces endpoint and the lezen API root under the oefenomgeving's root.
OEFEN_TRACES_PAD = "/logboek/v1/traces"
OEFEN_LEZEN_PAD = "/logboek/lezenapi/v0"
#: The oefenomgeving's pseudonym key (fictional data only; never used for a real profile).
OEFEN_PSEUDONIEM_SLEUTEL = b"klantbeeld-oefenomgeving-pseudoniem"
#: The keyring name of a real profile's pseudonym key.
PSEUDONIEM_GEHEIM = "logboek-pseudoniem"


@dataclass(frozen=True)
class LogboekAdres:
    """Where records go (OTLP/HTTP) and where they are read back (lezen API); None: nowhere."""

    traces_url: str | None
    lezen_url: str | None


def logboek_adres(profiel: Profiel, oefen_root: str | None) -> LogboekAdres:
    """The profile's logboek, else the oefenomgeving's (when one runs: ``oefen_root``).

    Raises :class:`ConfiguratieFout` for a configured logboek that is not safe to reach.
    """
    oefen = oefen_root.rstrip("/") if oefen_root else None
    traces = profiel.logboek_url.strip() or (oefen + OEFEN_TRACES_PAD if oefen else None)
    lezen = profiel.logboek_lezen_url.strip() or (oefen + OEFEN_LEZEN_PAD if oefen else None)
    for url in (profiel.logboek_url.strip(), profiel.logboek_lezen_url.strip()):
        if url and (reden := onveilig_adres(url)):
            raise ConfiguratieFout(
                tr("Het logboek kan niet gebruikt worden: {reden}.").format(reden=reden)
            )
    return LogboekAdres(traces, lezen)


def pseudoniem_sleutel(profielnaam: str, *, oefenomgeving: bool) -> bytes:
    """The key the betrokkenen's pseudonyms are made with (see the module docstring)."""
    if oefenomgeving:
        return OEFEN_PSEUDONIEM_SLEUTEL
    geheim = lees_geheim(profielnaam, PSEUDONIEM_GEHEIM)
    if not geheim:
        raise ConfiguratieFout(
            tr(
                "Voor profiel '{profiel}' is geen pseudoniemsleutel voor het verwerkingslog "
                "opgeslagen; zonder die sleutel toont Klantbeeld geen persoonsgegevens. "
                "Vraag uw beheerder."
            ).format(profiel=profielnaam)
        )
    return geheim.encode("utf-8")


def standaard_pad(naam: str) -> Path:
    """The journal file of one session name (``verwerkingslog-<naam>.sqlite3``)."""
    return data_dir() / f"verwerkingslog-{naam}.sqlite3"


@dataclass
class Verwerkingslogging:
    """What the app holds: the hooks, the delivery to run and the Inzage view's reader."""

    log: Verwerkingslog
    bezorger: Logboekbezorger | None
    adres: LogboekAdres
    pseudoniem_sleutel: bytes
    lezer: LezenApiLezer | None = None
    _client: httpx.AsyncClient | None = None
    _taak: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start delivering in the background (on the running loop)."""
        if self.bezorger is not None and self._taak is None:
            self._taak = asyncio.ensure_future(self.bezorger.run())

    async def sluit(self) -> None:
        """Stop delivering (what waits stays in the journal), close the reader and the file."""
        if self.bezorger is not None:
            self.bezorger.stop()
        if self._taak is not None:
            await asyncio.gather(self._taak, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
        self.log.journaal.close()


def maak_verwerkingslog(
    *,
    pad: Path,
    journaal_sleutel: bytes,
    pseudoniem: bytes,
    adres: LogboekAdres,
    medewerker: str,
    register_url: str = "",
    timeout_s: float = 10.0,
) -> Verwerkingslogging:
    """Journal, hooks and (with a logboek to send to) the bezorger; raises when the journal
    cannot open (:class:`~.journaal.VerwerkingNietVastgelegd`): then nothing may be shown."""
    journaal = VerwerkingJournaal(pad, sleutel=journaal_sleutel)
    bezorger = None
    if adres.traces_url:
        bezorger = Logboekbezorger(
            journaal,
            maak_exporter(adres.traces_url, timeout_s=timeout_s),
            SpanMaker(pseudoniem_sleutel=pseudoniem, register_url=register_url),
        )
    log = Verwerkingslog(journaal, medewerker=medewerker)
    lezer, client = maak_lezer(adres, pseudoniem, timeout_s=timeout_s)
    return Verwerkingslogging(log, bezorger, adres, pseudoniem, lezer, client)


def maak_voor_werkplek(
    instellingen: Instellingen,
    *,
    naam: str,
    oefenomgeving: bool,
    oefen_root: str | None,
    journaal_sleutel: bytes,
    medewerker: str,
) -> Verwerkingslogging:
    """Everything for the app from its settings: one call in ``app.py``.

    ``naam``: the session's journal name (as the registrations' journal); ``journaal_sleutel``:
    the registrations' journal key. Raises :class:`ConfiguratieFout` (no pseudonym key, an
    unsafe logboek address) or :class:`~.journaal.VerwerkingNietVastgelegd` (the journal does
    not open): the app then shows no personal data and says why.
    """
    profiel = instellingen.actief_profiel
    return maak_verwerkingslog(
        pad=standaard_pad(naam),
        journaal_sleutel=journaal_sleutel,
        pseudoniem=pseudoniem_sleutel(instellingen.profiel, oefenomgeving=oefenomgeving),
        adres=logboek_adres(profiel, oefen_root),
        medewerker=medewerker,
        register_url=profiel.verwerkingsregister_url,
    )


def maak_lezer(
    adres: LogboekAdres, pseudoniem: bytes, *, timeout_s: float = 10.0
) -> tuple[LezenApiLezer | None, httpx.AsyncClient | None]:
    """The Inzage view's reader of the logboek and the HTTP client to close on quit."""
    if not adres.lezen_url:
        return None, None
    client = httpx.AsyncClient(
        timeout=httpx.Timeout(timeout_s, connect=min(5.0, timeout_s)),
        follow_redirects=False,
        verify=tls_context(),
        headers={"User-Agent": user_agent()},
    )
    api = ApiClient(bron="Logboek", base_url=adres.lezen_url, client=client)
    return LezenApiLezer(api, pseudoniem_sleutel=pseudoniem), client
