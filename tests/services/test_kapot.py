"""Issue 9.3: one malformed answer fails only its own part, naming its source; the rest arrives.

A hostile proxy of the tests' own on loopback stands in front of the oefenomgeving: every API
is configured at the proxy (real HTTP), which passes each request on to the oefenomgeving's
ASGI app in-process (no second HTTP hop: it cost ~40 % of the test's CPU) unchanged, except
for the one API under attack, whose answers it replaces or mangles in one of :data:`SOORTEN`
(41 kinds). Each kind is fed to each of the 8 APIs in turn, in one loop in-process, and a whole
klantbeeld is opened (a person's, a company's, a zaak's detail). Per combination it must end
(a bound on time catches a hang, it passes nothing on time), every part of the broken API must
either arrive or fail with a typed error naming that API's source, and every other part must
arrive. Issue 9.4 (third bullet): the zaken are painted before a slow catalog answers.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import pytest

from klantbeeld.sandbox.seed.plan import VOORBEELD_BSN, VOORBEELD_KVK
from klantbeeld.services.apis.catalogus import CatalogusCache
from klantbeeld.services.klantbeeld.composer import (
    BRON_VAN,
    Deel,
    Klantbeeld,
    KlantbeeldComposer,
    Onderdeel,
    ZaakOverzicht,
)
from klantbeeld.services.verbinding.clients import Verbindingen, maak_verbindingen
from klantbeeld.services.verbinding.errors import ApiError, KlantbeeldError, Verwerkingsfout
from klantbeeld.services.verbinding.http import NO_RETRY
from klantbeeld.services.werkplek.settings import BRON_NAMEN, ApiNaam
from tests.sandbox.test_kcc_maand import wacht_op_maand
from tests.services.vijandig import Antwoord, Verzoek, VijandigeServer

#: How long one combination may take before it counts as hung (a detector, not a pass mark).
HANGT_NA_S = 20.0

# -- the hostile kinds ---------------------------------------------------------------------


@dataclass(frozen=True)
class Echt:
    """The oefenomgeving's real answer, for a kind that mangles it."""

    status: int
    content_type: str
    body: bytes

    @property
    def data(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None


def _ruw(body: bytes, status: int = 200, soort: str = "application/json", **kop: str) -> Antwoord:
    return Antwoord(
        status, {"Content-Type": soort, "Content-Length": str(len(body)), **kop}, [body]
    )


def _json(data: Any, status: int = 200) -> Antwoord:
    return _ruw(json.dumps(data, allow_nan=True).encode(), status)


HTML = (
    b"<!DOCTYPE html><html><head><title>Fout</title><script>alert(1)</script></head>"
    b"<body><h1>Er ging iets mis</h1><img src='file:///etc/passwd'></body></html>"
)


def _html(status: int) -> Callable[[Echt], Antwoord]:
    return lambda _: _ruw(HTML, status, "text/html; charset=utf-8")


def _vast(body: bytes, status: int = 200) -> Callable[[Echt], Antwoord]:
    return lambda _: _ruw(body, status)


def _overal(echt: Echt, f: Callable[[str | None, Any], Any]) -> Antwoord:
    """The real answer with ``f(key, value)`` applied to every value inside it, depth first."""

    def loop(key: str | None, value: Any) -> Any:
        if isinstance(value, dict):
            value = {k: loop(k, v) for k, v in value.items()}
        elif isinstance(value, list):
            value = [loop(key, v) for v in value]
        return f(key, value)

    data = echt.data
    if data is None:
        return _ruw(echt.body, echt.status, echt.content_type)
    return _json(loop(None, data), echt.status)


def _bovenaan(echt: Echt, f: Callable[[dict[str, Any]], None]) -> Antwoord:
    """The real answer with its top-level object changed by ``f``."""
    data = echt.data
    if isinstance(data, dict):
        f(data)
    return _json(data, echt.status) if data is not None else _ruw(echt.body, echt.status)


def _lijsten(nieuw: Callable[[list[Any]], Any]) -> Callable[[Echt], Antwoord]:
    """Every top-level list (``results``, ``personen``, ``vestigingen``...) replaced."""

    def f(data: dict[str, Any]) -> None:
        for k, v in list(data.items()):
            if isinstance(v, list):
                data[k] = nieuw(v)

    return lambda echt: _bovenaan(echt, f)


def _zet(sleutel: str, waarde: Any) -> Callable[[Echt], Antwoord]:
    return lambda echt: _bovenaan(echt, lambda d: d.__setitem__(sleutel, waarde))


def _waarden(f: Callable[[str | None, Any], Any]) -> Callable[[Echt], Antwoord]:
    return lambda echt: _overal(echt, f)


DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}")
ENUM = re.compile(r"^[a-z][a-z_]{1,30}$")


def _diep(n: int) -> Any:
    """A list nested ``n`` deep (deep, yet within what the parser takes)."""
    waarde: list[Any] = []
    for _ in range(n - 1):
        waarde = [waarde]
    return waarde


def _genest(n: int) -> bytes:
    return b"[" * n + b"]" * n


def _als(cond: Callable[[Any], bool], nieuw: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    return lambda _k, v: nieuw(v) if cond(v) else v


def _tekst(v: Any) -> bool:
    return isinstance(v, str)


def _geen_dict_in_lijst(echt: Echt) -> Antwoord:
    return _overal(echt, lambda _k, v: [{} for _ in v] if isinstance(v, list) else v)


def _nan(echt: Echt) -> Antwoord:
    return (
        _overal(
            echt,
            lambda _k, v: (
                float("nan") if isinstance(v, int | float) and not isinstance(v, bool) else v
            ),
        )
        if echt.data is not None
        else _ruw(b'{"count": NaN, "results": [Infinity]}')
    )


def _verkeerd_type(_k: Any, v: Any) -> Any:
    if isinstance(v, bool):
        return "ja"
    if isinstance(v, str):
        return {"tekst": v[:5]}
    if isinstance(v, int | float):
        return "veel"
    return v


def _afgekapt(echt: Echt) -> Antwoord:
    return _ruw(echt.body[: max(1, len(echt.body) // 2)], echt.status)


def _ongeldige_utf8(echt: Echt) -> Antwoord:
    body = echt.body.replace(b'"', b'"\xff\xfe', 1) if b'"' in echt.body else b'["\xff"]'
    return _ruw(body, echt.status)


#: The 41 kinds: name -> what the proxy answers instead of the real answer.
SOORTEN: dict[str, Callable[[Echt], Antwoord]] = {
    "leeg antwoord": _vast(b""),
    "geen JSON": _vast(b"dit is geen json"),
    "HTML bij 200": _html(200),
    "JSON null": _vast(b"null"),
    "JSON getal": _vast(b"42"),
    "JSON lijst van getallen": _vast(b"[1, 2, 3]"),
    "leeg object": _vast(b"{}"),
    "lijst geen lijst": _lijsten(lambda _: "geen lijst"),
    "items geen objecten": _lijsten(lambda _: [1, "x", None, [], True]),
    "count negatief": _zet("count", -5),
    "count tekst": _zet("count", "veel"),
    "count enorm": _zet("count", 10**30),
    "count kommagetal": _zet("count", 2.5),
    "next een getal": _zet("next", 5),
    "next een object": _zet("next", {"href": "?page=2"}),
    "next vreemde host": _zet("next", "http://127.0.0.2:9/api?page=2&bsn=999993653"),
    "next onzin": _zet("next", "::::// \x00??page=x"),
    "invalidParams een getal": _vast(b'{"invalidParams": 5}', 400),
    "invalidParams teksten": _vast(
        b'{"title": 5, "detail": [], "invalidParams": ["a", "b"], "fout": 7}', 400
    ),
    "100.000 diep genest": lambda _: _ruw(_genest(100_000)),
    "velden diep genest": _waarden(_als(_tekst, lambda _: _diep(400))),
    "enorme teksten": _waarden(_als(_tekst, lambda v: v + "x" * 4_000)),
    "datums geen datums": _waarden(
        _als(lambda v: isinstance(v, str) and bool(DATUM.match(v)), lambda _: "31-02-ooit")
    ),
    "uuid geen tekst": _waarden(lambda k, v: 12345 if k == "uuid" else v),
    "urls geen urls": _waarden(
        _als(lambda v: isinstance(v, str) and v.startswith("http"), lambda _: "geen url")
    ),
    "onbekende enumwaarden": _waarden(
        _als(lambda v: isinstance(v, str) and bool(ENUM.match(v)), lambda _: "niemand_kent_dit")
    ),
    "alles null": _waarden(lambda k, v: None if k is not None else v),
    "verplichte sleutels weg": _geen_dict_in_lijst,
    "verkeerde types": _waarden(_verkeerd_type),
    "dubbele items": _lijsten(lambda v: v + v),
    "foutbericht bij 200": _vast(b'{"type": "x", "title": "<b>Niet gevonden</b>", "status": 404}'),
    "400 met HTML": _html(400),
    "404 met HTML": _html(404),
    "500 met HTML": _html(500),
    "500 met kapotte JSON": _vast(b'{"title": "fout", "detail', 500),
    "Content-Type liegt": lambda _: _ruw(HTML, 200, "application/json"),
    "gzip-onzin": lambda _: _ruw(
        b"dit is geen gzip", 200, "application/json", **{"Content-Encoding": "gzip"}
    ),
    "afgekapte JSON": _afgekapt,
    "NaN en Infinity": _nan,
    "BOM vooraan": lambda echt: _ruw(b"\xef\xbb\xbf" + echt.body, echt.status),
    "ongeldige UTF-8": _ongeldige_utf8,
}
assert len(SOORTEN) == 41, len(SOORTEN)
#: Kinds after which no answer of the API can be used: its parts must fail, naming it.
ONBRUIKBAAR = {
    "leeg antwoord", "geen JSON", "HTML bij 200", "JSON null", "JSON getal", "ongeldige UTF-8",
    "invalidParams een getal", "invalidParams teksten", "100.000 diep genest", "400 met HTML",
    "404 met HTML", "500 met HTML", "500 met kapotte JSON", "Content-Type liegt", "gzip-onzin",
    "afgekapte JSON",
}  # fmt: skip

# -- the proxy -----------------------------------------------------------------------------


class Proxy:
    """Passes every request on to the oefenomgeving's ASGI app; mangles the answers of one API.

    The app is called in the proxy's own loop, with ``oefen_root`` as the host it sees, so
    its answers carry the same URLs as over HTTP.
    """

    def __init__(self, oefen_root: str, oefen_app: Any) -> None:
        self.oefen = oefen_root.rstrip("/")
        self.oefen_app = oefen_app
        self.server = VijandigeServer(self.handel)
        self.kapot: tuple[str, Callable[[Echt], Antwoord]] | None = None
        #: Path prefix whose answers wait until :attr:`los` is set (a slow server).
        self.traag: str | None = None
        self.los: asyncio.Event | None = None
        #: Answers of the slow server let go so far.
        self.traag_beantwoord = 0
        self._client: httpx.AsyncClient | None = None

    def start(self) -> Proxy:
        self.server.start()
        self.los = self.server.in_eigen_lus(_event())
        return self

    def stop(self) -> None:
        if self._client is not None:
            self.server.in_eigen_lus(self._client.aclose())
        self.server.stop()

    @property
    def root(self) -> str:
        return self.server.root

    def laat_los(self) -> None:
        """Let the slow server's held answers go."""
        assert self.los is not None
        self.server._loop.call_soon_threadsafe(self.los.set)

    async def handel(self, v: Verzoek) -> Antwoord:
        if self._client is None:
            transport = httpx.ASGITransport(app=self.oefen_app)
            self._client = httpx.AsyncClient(transport=transport, timeout=30)
        url = f"{self.oefen}{v.pad}"
        if v.query:
            url += "?" + urlencode(v.query, doseq=True)
        headers = {k: w for k, w in v.headers.items() if k not in ("content-length", "host")}
        headers["host"] = urlsplit(self.root).netloc
        headers["accept-encoding"] = "identity"
        r = await self._client.request(v.method, url, headers=headers, content=v.body)
        body = r.content.replace(self.oefen.encode(), self.root.encode())
        echt = Echt(r.status_code, r.headers.get("content-type", "application/json"), body)
        if self.traag and v.pad.startswith(self.traag) and self.los is not None:
            await self.los.wait()
            self.traag_beantwoord += 1
        if self.kapot and v.pad.startswith(self.kapot[0]):
            return self.kapot[1](echt)
        return _ruw(echt.body, echt.status, echt.content_type)


async def _event() -> asyncio.Event:
    return asyncio.Event()


@pytest.fixture(scope="module")
def proxy(sandbox_server: Any) -> Iterator[Proxy]:
    # The oefenomgeving's own loop adds its month of KCC traffic to the store in steps; the
    # proxy's calls read that store from another thread, so only once the month is complete.
    assert wacht_op_maand(sandbox_server)["seed_klaar"]
    p = Proxy(sandbox_server.root, sandbox_server.sandbox.app).start()
    yield p
    p.stop()


def _verbindingen(proxy: Proxy, sandbox_server: Any) -> Verbindingen:
    endpoints = {
        api: (
            inst.model_copy(
                update={
                    "base_url": inst.base_url.replace(sandbox_server.root.rstrip("/"), proxy.root)
                }
            ),
            geheim,
        )
        for api, (inst, geheim) in sandbox_server.endpoints().items()
    }
    return maak_verbindingen(endpoints, retry=NO_RETRY)


def _pad(sandbox_server: Any, api: ApiNaam) -> str:
    return urlsplit(sandbox_server.endpoints()[api][0].base_url).path


# -- one combination -----------------------------------------------------------------------

PERSOON = (Onderdeel.PERSOON, Onderdeel.CONTACTGEGEVENS, Onderdeel.ZAKEN,
           Onderdeel.KLANTCONTACTEN, Onderdeel.INTERNETAKEN, Onderdeel.BETALINGEN)  # fmt: skip
BEDRIJF = (Onderdeel.BEDRIJF, Onderdeel.CONTACTGEGEVENS, Onderdeel.ZAKEN,
           Onderdeel.KLANTCONTACTEN, Onderdeel.INTERNETAKEN, Onderdeel.BETALINGEN)  # fmt: skip


@dataclass
class Uitkomst:
    """How one (API, kind) went: what crashed, hung, leaked or failed wrongly."""

    gecrasht: list[str]
    hangt: bool = False
    lek: list[str] | None = None
    verkeerd: list[str] | None = None


async def _beeld(stream: Any, soort: str, sleutel: str) -> Klantbeeld:
    beeld = Klantbeeld(soort, sleutel)
    async for deel in stream:
        beeld.neem_op(deel)
    return beeld


def _lekt(fout: BaseException) -> bool:
    tekst = str(fout)
    return bool(re.search(r"<[a-zA-Z!/]", tekst)) or VOORBEELD_BSN in tekst


async def _een(
    v: Verbindingen, cache: CatalogusCache, api: ApiNaam, zaak: ZaakOverzicht
) -> Uitkomst:
    """Open what the broken ``api`` serves; report what went wrong."""
    bron = BRON_NAMEN[api]
    uit = Uitkomst([], lek=[], verkeerd=[])
    catalogus = CatalogusCache(v.get(ApiNaam.CATALOGI)) if api is ApiNaam.CATALOGI else cache
    composer = KlantbeeldComposer(v, catalogus)

    def fout_ok(wat: str, fout: BaseException, eigen: bool) -> None:
        if not isinstance(fout, KlantbeeldError):
            uit.gecrasht.append(f"{wat}: {type(fout).__name__}: {fout}"[:200])
            return
        if _lekt(fout):
            assert uit.lek is not None
            uit.lek.append(f"{wat}: {fout}"[:200])
        if not eigen or not isinstance(fout, ApiError) or fout.bron != bron:
            assert uit.verkeerd is not None
            uit.verkeerd.append(f"{wat}: {type(fout).__name__}: {fout}"[:200])

    async def beeld(soort: str) -> None:
        if soort == "persoon":
            stream, delen = composer.stream_persoon(VOORBEELD_BSN), PERSOON
        else:
            stream, delen = composer.stream_bedrijf(VOORBEELD_KVK), BEDRIJF
        try:
            b = await _beeld(stream, soort, "")
        except BaseException as e:
            fout_ok(soort, e, eigen=False)
            return
        for onderdeel in delen:
            eigen = BRON_NAMEN[BRON_VAN[onderdeel]] == bron
            if onderdeel in b.fouten:
                fout_ok(onderdeel.value, b.fouten[onderdeel], eigen)
            elif onderdeel not in b.geladen:
                assert uit.verkeerd is not None
                uit.verkeerd.append(f"{onderdeel.value}: nooit aangekomen")

    async def detail() -> None:
        try:
            d = await composer.zaak_detail(zaak)
        except BaseException as e:
            fout_ok("zaakdetail", e, eigen=False)
            return
        for fout in d.fouten:
            fout_ok("zaakdetail", fout, eigen=True)

    async def zoek() -> None:
        assert composer.kvk is not None
        try:
            await composer.kvk.zoek(kvk_nummer=VOORBEELD_KVK)
        except BaseException as e:
            fout_ok("kvk-zoeken", e, eigen=True)

    werk: list[Any] = []
    if api in (ApiNaam.KVK_ZOEKEN, ApiNaam.KVK_BASISPROFIEL):
        werk.append(beeld("bedrijf"))
        if api is ApiNaam.KVK_ZOEKEN:
            werk.append(zoek())
    elif api is not ApiNaam.DOCUMENTEN:
        werk.append(beeld("persoon"))
    if api in (ApiNaam.ZAKEN, ApiNaam.DOCUMENTEN, ApiNaam.KLANTINTERACTIES):
        werk.append(detail())
    try:
        async with asyncio.timeout(HANGT_NA_S):
            for w in werk:
                await w
    except TimeoutError:
        uit.hangt = True
    return uit


# -- the tests -----------------------------------------------------------------------------


@pytest.mark.slow
def test_elke_kapotte_soort_bij_elke_api_laat_de_rest_heel(
    proxy: Proxy, sandbox_server: Any
) -> None:
    """41 kinds x 8 APIs: nothing crashes or hangs; only the broken API's parts fail, named."""

    async def main() -> dict[str, Counter[str]]:
        v = _verbindingen(proxy, sandbox_server)
        try:
            cache = CatalogusCache(v.get(ApiNaam.CATALOGI))
            await cache.laad()
            heel = KlantbeeldComposer(v, cache)
            beeld = await heel.persoon(VOORBEELD_BSN)
            assert not beeld.fouten, beeld.fouten
            zaak = next(z for z in beeld.zaken if z.zaak.expand_zaakinformatieobjecten)
            telling: dict[str, Counter[str]] = {}
            problemen: list[str] = []
            for api in ApiNaam:
                pad = _pad(sandbox_server, api)
                tel = telling.setdefault(api.value, Counter())
                for naam, soort in SOORTEN.items():
                    proxy.kapot = (pad, soort)
                    try:
                        uit = await _een(v, cache, api, zaak)
                    finally:
                        proxy.kapot = None
                    tel["geprobeerd"] += 1
                    tel["gecrasht"] += bool(uit.gecrasht)
                    tel["hangt"] += uit.hangt
                    tel["lekt"] += bool(uit.lek)
                    tel["verkeerd"] += bool(uit.verkeerd)
                    for wat, lijst in (("crash", uit.gecrasht), ("lek", uit.lek),
                                       ("verkeerd", uit.verkeerd)):  # fmt: skip
                        problemen.extend(f"{api.value} / {naam} / {wat}: {p}" for p in lijst or [])
                    if uit.hangt:
                        problemen.append(f"{api.value} / {naam}: hangt")
            print("\n".join(problemen))
            for api_naam, tel in telling.items():
                print(api_naam, dict(tel))
            assert not problemen, "\n".join(problemen[:40])
            return telling
        finally:
            await v.aclose()

    asyncio.run(main())


def test_onbruikbaar_antwoord_laat_de_eigen_delen_falen_met_de_bron(
    proxy: Proxy, sandbox_server: Any
) -> None:
    """An answer nothing can be read from fails the API's own parts, naming it (not silence).

    A broken catalog fails no part: the zaken arrive without type names.
    """

    async def main() -> None:
        v = _verbindingen(proxy, sandbox_server)
        try:
            cache = CatalogusCache(v.get(ApiNaam.CATALOGI))
            await cache.laad()
            zaak = next(
                z
                for z in (await KlantbeeldComposer(v, cache).persoon(VOORBEELD_BSN)).zaken
                if z.zaak.expand_zaakinformatieobjecten
            )
            for api, onderdelen in (
                (ApiNaam.BRP, {Onderdeel.PERSOON}),
                (ApiNaam.KVK_BASISPROFIEL, {Onderdeel.BEDRIJF}),
                (ApiNaam.ZAKEN, {Onderdeel.ZAKEN}),
                (ApiNaam.CATALOGI, set()),
                (ApiNaam.BETALINGEN, {Onderdeel.BETALINGEN}),
                (
                    ApiNaam.KLANTINTERACTIES,
                    {Onderdeel.CONTACTGEGEVENS, Onderdeel.KLANTCONTACTEN, Onderdeel.INTERNETAKEN},
                ),
            ):
                for naam in sorted(ONBRUIKBAAR):
                    proxy.kapot = (_pad(sandbox_server, api), SOORTEN[naam])
                    try:
                        composer = KlantbeeldComposer(v, CatalogusCache(v.get(ApiNaam.CATALOGI)))
                        beeld = await (
                            composer.bedrijf(VOORBEELD_KVK)
                            if api is ApiNaam.KVK_BASISPROFIEL
                            else composer.persoon(VOORBEELD_BSN)
                        )
                    finally:
                        proxy.kapot = None
                    assert set(beeld.fouten) == onderdelen, (api, naam, beeld.fouten)
                    for fout in beeld.fouten.values():
                        assert isinstance(fout, ApiError) and fout.bron == BRON_NAMEN[api]
                    if api is ApiNaam.CATALOGI:
                        assert beeld.zaken and all(z.zaaktype is None for z in beeld.zaken)
            for naam in sorted(ONBRUIKBAAR):
                proxy.kapot = (_pad(sandbox_server, ApiNaam.DOCUMENTEN), SOORTEN[naam])
                try:
                    detail = await KlantbeeldComposer(v, cache).zaak_detail(zaak)
                finally:
                    proxy.kapot = None
                assert [f.bron for f in detail.fouten if isinstance(f, ApiError)] == [
                    BRON_NAMEN[ApiNaam.DOCUMENTEN]
                ], (naam, detail.fouten)
                assert detail.statussen and not detail.documenten
        finally:
            await v.aclose()

    asyncio.run(main())


def test_trage_catalogus_houdt_de_zaken_niet_op(proxy: Proxy, sandbox_server: Any) -> None:
    """Issue 9.4: the plain zaken arrive while the catalog is still held; names follow later."""

    async def main() -> list[Deel]:
        v = _verbindingen(proxy, sandbox_server)
        proxy.traag = _pad(sandbox_server, ApiNaam.CATALOGI)
        proxy.traag_beantwoord = 0
        assert proxy.los is not None
        proxy.server.in_eigen_lus(_wis(proxy.los))
        delen: list[Deel] = []
        try:
            catalogus = CatalogusCache(v.get(ApiNaam.CATALOGI))
            composer = KlantbeeldComposer(v, catalogus)
            stream = composer.stream_persoon(VOORBEELD_BSN, [Onderdeel.ZAKEN])
            async with asyncio.timeout(HANGT_NA_S):
                eerste = await anext(stream)
            delen.append(eerste)
            # The catalog is held by the server until now: the zaken came without it.
            assert proxy.traag_beantwoord == 0 and not catalogus.is_warm
            assert eerste.onderdeel is Onderdeel.ZAKEN and eerste.fout is None
            assert eerste.waarde and all(z.zaaktype is None for z in eerste.waarde)
            proxy.laat_los()
            async with asyncio.timeout(HANGT_NA_S):
                async for deel in stream:
                    delen.append(deel)
        finally:
            proxy.traag = None
            proxy.laat_los()
            await v.aclose()
        return delen

    delen = asyncio.run(main())
    laatste = delen[-1]
    assert laatste.fout is None and not laatste.voorlopig
    assert all(z.zaaktype is not None for z in laatste.waarde)
    assert all(z.statustypen for z in laatste.waarde if z.zaak.zaaktype)


async def _wis(e: asyncio.Event) -> None:
    e.clear()


def test_een_gecrashte_taak_laat_de_andere_delen_niet_wachten(sandbox_server: Any) -> None:
    """A bug in one job: its part fails naming its source, the rest arrives, then it raises."""

    async def main() -> tuple[Klantbeeld, BaseException | None]:
        v = maak_verbindingen(sandbox_server.endpoints(), retry=NO_RETRY)
        try:
            composer = KlantbeeldComposer(v, None)
            assert composer.betalingen is not None

            async def kapot(_bsn: str) -> Any:
                raise RuntimeError("een fout in Klantbeeld")

            composer.betalingen.betalingen_van_bsn = kapot  # type: ignore[method-assign]
            beeld = Klantbeeld("persoon", VOORBEELD_BSN)
            try:
                async for deel in composer.stream_persoon(VOORBEELD_BSN):
                    beeld.neem_op(deel)
            except RuntimeError as e:
                return beeld, e
            return beeld, None
        finally:
            await v.aclose()

    beeld, fout = asyncio.run(main())
    assert isinstance(fout, RuntimeError)  # the bug stays visible, after the rest came in
    assert set(beeld.fouten) == {Onderdeel.BETALINGEN}
    fout_betalingen = beeld.fouten[Onderdeel.BETALINGEN]
    assert isinstance(fout_betalingen, Verwerkingsfout)
    assert fout_betalingen.bron == BRON_NAMEN[ApiNaam.BETALINGEN]
    assert set(PERSOON) - {Onderdeel.BETALINGEN} <= beeld.geladen


def test_a_callback_address_list_that_is_no_list_is_ignored() -> None:
    from klantbeeld.services.registraties.internetaken import _adressen

    for vreemd in (5, "0612345678", {"adres": "x"}, None):
        data = {"_expand": {"hadBetrokkenen": [{"_expand": {"digitaleAdressen": vreemd}}]}}
        assert _adressen(data) == []
    goed = {
        "_expand": {
            "hadBetrokkenen": [
                {
                    "_expand": {
                        "digitaleAdressen": [
                            {"soortDigitaalAdres": "telefoonnummer", "adres": "0612345678"}
                        ]
                    }
                }
            ]
        }
    }
    assert _adressen(goed) == [("telefoonnummer", "0612345678")]
