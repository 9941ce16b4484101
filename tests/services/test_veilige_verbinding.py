"""Issue 9.2: a real server only over https://, its certificate checked against the OS trust store.

``http://`` and unchecked certificates are for loopback only (the oefenomgeving, a test server
on this PC). Everything else is refused, with a plain Dutch reason, at each door: the settings
in effect, the connection test, and the construction of the clients.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import truststore
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from klantbeeld.services.verbinding.clients import maak_verbindingen, tls_context
from klantbeeld.services.verbinding.errors import ApiVerbindingsfout, OnveiligeVerbinding
from klantbeeld.services.verbinding.verbindingstest import controleer_url, controleer_verbinding
from klantbeeld.services.werkplek.settings import (
    ApiInstelling,
    ApiNaam,
    AuthSoort,
    Bron,
    Modus,
    lees_configuratie,
    onveilig_adres,
)
from tests.conftest import run
from tests.services.vijandig import Antwoord, VijandigeServer

GEHEIM = "een-geheim-van-minstens-32-tekens-lang!!"


@pytest.mark.parametrize(
    ("url", "goed"),
    [
        ("https://openzaak.gemeente.nl", True),
        ("http://127.0.0.1:8000/zaken/api/v1", True),  # the oefenomgeving
        ("http://127.0.0.2:8000", True),
        ("http://localhost:8000", True),
        ("http://[::1]:8000", True),
        ("http://openzaak.gemeente.nl", False),
        ("http://10.0.0.5/zaken/api/v1", False),
        ("http://127.0.0.1.nip.io", False),
        ("ftp://openzaak.gemeente.nl", False),
    ],
)
def test_only_https_outside_loopback(url: str, goed: bool) -> None:
    fout = controleer_url(url)
    assert (fout is None) is goed, fout
    if not goed and url.startswith("http://"):
        assert fout == (
            "Dit adres kan niet: het adres begint met http://, dus sleutels en persoonsgegevens "
            "zouden onversleuteld over het netwerk gaan; gebruik https://."
        )


def test_the_connection_test_sends_nothing_to_an_unsafe_server() -> None:
    verzoeken: list[httpx.Request] = []

    def transport(request: httpx.Request) -> httpx.Response:
        verzoeken.append(request)
        return httpx.Response(200, json={"results": []})

    mock = httpx.MockTransport(transport)
    gevallen = [
        ApiInstelling(base_url="http://openzaak.gemeente.nl/zaken/api/v1", auth=AuthSoort.TOKEN),
        ApiInstelling(
            base_url="https://openzaak.gemeente.nl/zaken/api/v1",
            auth=AuthSoort.TOKEN,
            tls_verifieren=False,
        ),
    ]
    for inst in gevallen:
        uitslag = run(
            lambda i=inst: controleer_verbinding(ApiNaam.ZAKEN, i, GEHEIM, transport=mock)
        )
        assert not uitslag.ok
        assert uitslag.melding.startswith(("Dit adres kan niet: ", "Dit kan niet: certificaten"))
    assert verzoeken == []


@pytest.mark.parametrize(
    ("url", "verifieren", "reden"),
    [
        ("http://brp.gemeente.nl/haalcentraal/api/brp", True, "begint met http://"),
        ("https://brp.gemeente.nl/haalcentraal/api/brp", False, "altijd gecontroleerd"),
    ],
)
def test_clients_are_not_built_for_an_unsafe_server(url: str, verifieren: bool, reden: str) -> None:
    inst = ApiInstelling(base_url=url, tls_verifieren=verifieren)
    with pytest.raises(OnveiligeVerbinding) as fout:
        maak_verbindingen({ApiNaam.BRP: (inst, "")})
    assert fout.value.bron == "BRP (Personen)" and reden in fout.value.reden


def test_loopback_may_be_plain_or_unchecked() -> None:
    async def main() -> None:
        for inst in (
            ApiInstelling(base_url="http://127.0.0.1:9/brp"),
            ApiInstelling(base_url="https://localhost:9/brp", tls_verifieren=False),
        ):
            v = maak_verbindingen({ApiNaam.BRP: (inst, "")})
            await v.aclose()

    run(main)


def test_certificates_are_checked_against_the_os_trust_store() -> None:
    tls = tls_context()
    assert isinstance(tls, truststore.SSLContext)
    assert tls.verify_mode is ssl.CERT_REQUIRED and tls.check_hostname


@pytest.fixture(scope="module")
def eigen_certificaat(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    """A server context with a self-signed certificate for 127.0.0.1 (trusted by no one)."""
    sleutel = ec.generate_private_key(ec.SECP256R1())
    naam = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    nu = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(naam)
        .issuer_name(naam)
        .public_key(sleutel.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(nu - datetime.timedelta(days=1))
        .not_valid_after(nu + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(sleutel, hashes.SHA256())
    )
    map_ = tmp_path_factory.mktemp("tls")
    (map_ / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (map_ / "key.pem").write_bytes(
        sleutel.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(map_ / "cert.pem", map_ / "key.pem")
    return context


@pytest.fixture
def tls_server(eigen_certificaat: ssl.SSLContext) -> Iterator[VijandigeServer]:
    with VijandigeServer(
        lambda _: Antwoord.json({"results": [], "count": 0}), tls=eigen_certificaat
    ) as server:
        yield server


def test_an_untrusted_certificate_is_refused_before_any_request(
    tls_server: VijandigeServer,
) -> None:
    inst = ApiInstelling(base_url=f"{tls_server.root}/zaken/api/v1", auth=AuthSoort.TOKEN)

    async def main() -> Any:
        v = maak_verbindingen({ApiNaam.ZAKEN: (inst, GEHEIM)})
        zaken = v.get(ApiNaam.ZAKEN)
        assert zaken is not None
        try:
            return await zaken.get_json("zaken")
        except ApiVerbindingsfout as e:
            return e
        finally:
            await v.aclose()

    fout = run(main)
    assert isinstance(fout, ApiVerbindingsfout) and fout.bron == "Zaaksysteem"
    assert tls_server.verzoeken == []  # the token never left: the handshake failed first
    uitslag = run(lambda: controleer_verbinding(ApiNaam.ZAKEN, inst, GEHEIM))
    assert uitslag.melding.startswith("Niet bereikbaar: het certificaat klopt niet")
    # On loopback a developer may switch the check off; then it answers.
    los = inst.model_copy(update={"tls_verifieren": False})
    assert run(lambda: controleer_verbinding(ApiNaam.ZAKEN, los, GEHEIM)).ok


def schrijf(pad: Path, data: dict[str, Any]) -> Path:
    pad.write_text(json.dumps(data), encoding="utf-8")
    return pad


def test_settings_switch_an_http_source_off_and_say_why(tmp_path: Path) -> None:
    user = schrijf(
        tmp_path / "settings.json",
        {
            "profiel": "productie",
            "profielen": {
                "productie": {
                    "bronnen": {
                        "brp": {"url": "http://brp.gemeente.nl"},
                        "openzaak": {"url": "https://openzaak.gemeente.nl"},
                        "klantinteracties": {
                            "url": "https://ok.gemeente.nl",
                            "api_urls": {"klantinteracties": "http://ok.gemeente.nl/ki"},
                        },
                        "betalingen": {"url": "http://127.0.0.1:8000"},
                    }
                }
            },
        },
    )
    for site in (tmp_path / "geen-site.json", schrijf(tmp_path / "site.json", {})):
        conf = lees_configuratie(user, site)
        profiel = conf.effectief.actief_profiel
        assert profiel.modus(Bron.BRP) is Modus.UIT
        assert profiel.modus(Bron.KLANTINTERACTIES) is Modus.UIT
        assert profiel.modus(Bron.OPENZAAK) is Modus.INGESTELD
        assert profiel.modus(Bron.BETALINGEN) is Modus.INGESTELD  # loopback
        assert set(conf.effectief.apis) == {
            ApiNaam.ZAKEN,
            ApiNaam.CATALOGI,
            ApiNaam.DOCUMENTEN,
            ApiNaam.BETALINGEN,
        }
        assert (
            "Profiel 'productie': BRP staat uit: het adres begint met http://, dus sleutels en "
            "persoonsgegevens zouden onversleuteld over het netwerk gaan; gebruik https://."
        ) in conf.meldingen
        assert any("Klantinteracties staat uit" in m for m in conf.meldingen)
        # The user's own file keeps what they typed (the dialog shows it to correct).
        assert conf.gebruiker.actief_profiel.modus(Bron.BRP) is Modus.INGESTELD


def test_a_site_without_tls_demand_still_cannot_switch_checks_off_outside_loopback(
    tmp_path: Path,
) -> None:
    site = schrijf(
        tmp_path / "site.json",
        {
            "beleid": {"tls_verplicht": False},
            "profiel": "test",
            "profielen": {
                "test": {
                    "bronnen": {
                        "openzaak": {"url": "https://oz.gemeente.nl", "tls_verifieren": False},
                        "betalingen": {"url": "https://127.0.0.1:8443", "tls_verifieren": False},
                    }
                }
            },
        },
    )
    conf = lees_configuratie(tmp_path / "geen.json", site)
    apis = conf.effectief.apis
    assert apis[ApiNaam.ZAKEN].tls_verifieren
    assert not apis[ApiNaam.BETALINGEN].tls_verifieren  # loopback, and the site allows it
    assert conf.meldingen == ("Profiel 'test': certificaten worden altijd gecontroleerd.",)


def test_onveilig_adres_says_nothing_against_a_safe_one() -> None:
    assert onveilig_adres("https://openzaak.gemeente.nl") is None
    assert onveilig_adres("HTTP://LOCALHOST:8000") is None
    assert onveilig_adres("http://openzaak.gemeente.nl") is not None
