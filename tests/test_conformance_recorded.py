"""Recorded real exchanges: the deviation filter covers exactly them; the models read them."""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conformance import Exchange, check_exchanges, iter_items, json_bodies, load_recorded
from tests.conftest import RECORDED

FOLDERS = ("open-klant-2.18.0", "open-zaak-1.30.0")

pytestmark = pytest.mark.skipif(not RECORDED.exists(), reason="shared/recorded is not present")


def _recorded(folder: str) -> list[Exchange]:
    return load_recorded(RECORDED / folder)


def _by_name(exchanges: list[Exchange], name: str) -> Exchange:
    return next(ex for ex in exchanges if ex.name == name)


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_recorded_exchange_is_conformant_with_the_documented_deviations(folder: str) -> None:
    exchanges = _recorded(folder)
    assert len(exchanges) > 15
    assert check_exchanges(exchanges) == []


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_strict_validator_rejects_the_real_servers(folder: str) -> None:
    """Without the filter the same exchanges fail: the filter is not vacuous."""
    strict = check_exchanges(_recorded(folder), strict=True)
    assert strict
    text = "\n".join(strict)
    if folder.startswith("open-zaak"):
        assert "verlenging: None" in text  # (a) null beside allOf
        assert "eindeObject: None" in text  # (a) null where nothing says nullable
        assert "opdrachtgevendeOrganisatie: '' is too short" in text  # (b)
        assert "90-bad-jwt" in text and "application/json" in text  # (c)
        assert "zaak (CastError" in text  # (e) URL filter typed integer
    else:
        assert "voorkeursDigitaalAdres: None" in text  # (a)
        assert "bezoekadres/postcode: ''" in text  # (b)
        assert "97-no-token" in text and "401" in text  # (d)


def _mutated(ex: Exchange, change: Any) -> Exchange:
    body = json.loads(ex.response_body)
    change(body)
    out = copy.copy(ex)
    out.response_body = json.dumps(body).encode()
    return out


def test_a_deviation_not_in_the_table_is_still_rejected() -> None:
    zaken = _recorded("open-zaak-1.30.0")
    zaak = _by_name(zaken, "18-get-zaak")
    assert check_exchanges([zaak]) == []

    def wrong_type(body: dict[str, Any]) -> None:
        body["startdatum"] = 20261201

    def empty_elsewhere(body: dict[str, Any]) -> None:
        body["bronorganisatie"] = ""  # "" only where the real server sends it

    def null_elsewhere(body: dict[str, Any]) -> None:
        body["zaaktype"] = None  # a required URL, not a nullable allOf

    def relative_url(body: dict[str, Any]) -> None:
        body["url"] = "/zaken/api/v1/zaken/1"

    for change, field in (
        (wrong_type, "startdatum"),
        (empty_elsewhere, "bronorganisatie"),
        (null_elsewhere, "zaaktype"),
    ):
        violations = check_exchanges([_mutated(zaak, change)])
        assert violations and any(field in v for v in violations), (field, violations)

    # The null table is per schema and property: eindeObject is forgiven on a statustype, but
    # null for a statustype's required omschrijving is not.
    statustype = _by_name(zaken, "05-create-statustype-1")
    assert check_exchanges([statustype]) == []

    def null_omschrijving(body: dict[str, Any]) -> None:
        body["omschrijving"] = None

    assert any(
        "omschrijving" in v for v in check_exchanges([_mutated(statustype, null_omschrijving)])
    )

    # "" is forgiven for a partij's bezoekadres.postcode but not for a wrong postcode.
    partij = _by_name(_recorded("open-klant-2.18.0"), "02-get-partij-expanded")

    def bad_postcode(body: dict[str, Any]) -> None:
        body["bezoekadres"]["postcode"] = "1234"

    assert any("postcode" in v for v in check_exchanges([_mutated(partij, bad_postcode)]))


def test_error_media_type_and_undeclared_status_are_forgiven_only_where_seen() -> None:
    zaken = _recorded("open-zaak-1.30.0")
    forbidden = _by_name(zaken, "90-bad-jwt")
    assert check_exchanges([forbidden]) == []
    # The body is still checked against the problem schema.
    broken = _mutated(forbidden, lambda body: body.update(status="403"))
    assert any("status" in v for v in check_exchanges([broken]))
    # An Open Zaak error is application/json whatever its status (OZ 130-137) ...
    not_found = _by_name(zaken, "137-list-zaken-page-beyond-last")
    assert check_exchanges([not_found]) == []
    # ... but its body must still be an error body.
    odd_zaak = copy.copy(not_found)
    odd_zaak.response_body = b'{"results": []}'
    assert check_exchanges([odd_zaak])
    # A success body sent as problem+json where the spec declares JSON is not forgiven.
    zaak = copy.copy(_by_name(zaken, "18-get-zaak"))
    zaak.response_headers = {**zaak.response_headers, "content-type": "text/plain"}
    assert check_exchanges([zaak])

    klant = _recorded("open-klant-2.18.0")
    no_token = _by_name(klant, "97-no-token")
    assert check_exchanges([no_token]) == []
    # An undeclared status whose body is not an error body is a violation.
    odd = copy.copy(no_token)
    odd.response_body = b'{"results": []}'
    assert check_exchanges([odd])


# -- the client models read every recorded response without loss ------------------------------

#: (recorded file name prefix, folder) -> (module, model name).
MODELS: dict[str, tuple[str, str]] = {
    "12-create-zaak": ("klantbeeld.services.apis.zgw", "Zaak"),
    "18-get-zaak": ("klantbeeld.services.apis.zgw", "Zaak"),
    "19-list-zaken-by-bsn": ("klantbeeld.services.apis.zgw", "Zaak"),
    "14-create-status-1": ("klantbeeld.services.apis.zgw", "Status"),
    "15-create-status-2": ("klantbeeld.services.apis.zgw", "Status"),
    "20-list-statussen-for-zaak": ("klantbeeld.services.apis.zgw", "Status"),
    "13-create-rol-natuurlijk-persoon": ("klantbeeld.services.apis.zgw", "Rol"),
    "21-list-rollen-for-zaak": ("klantbeeld.services.apis.zgw", "Rol"),
    "17-create-zaakinformatieobject": ("klantbeeld.services.apis.zgw", "ZaakInformatieObject"),
    "22-list-zaakinformatieobjecten": ("klantbeeld.services.apis.zgw", "ZaakInformatieObject"),
    "04-create-zaaktype": ("klantbeeld.services.apis.zgw", "Zaaktype"),
    "10-get-zaaktype-before-publish": ("klantbeeld.services.apis.zgw", "Zaaktype"),
    "11-publish-zaaktype": ("klantbeeld.services.apis.zgw", "Zaaktype"),
    "25-get-zaaktype-published": ("klantbeeld.services.apis.zgw", "Zaaktype"),
    "05-create-statustype-1": ("klantbeeld.services.apis.zgw", "Statustype"),
    "06-create-statustype-2": ("klantbeeld.services.apis.zgw", "Statustype"),
    "07-create-statustype-3": ("klantbeeld.services.apis.zgw", "Statustype"),
    "02-create-informatieobjecttype": ("klantbeeld.services.apis.zgw", "Informatieobjecttype"),
    "03-publish-informatieobjecttype": ("klantbeeld.services.apis.zgw", "Informatieobjecttype"),
    "16-create-document": ("klantbeeld.services.apis.zgw", "InformatieObject"),
    "23-get-document": ("klantbeeld.services.apis.zgw", "InformatieObject"),
    "01-create-partij": ("klantbeeld.services.apis.klantinteracties", "Partij"),
    "02-get-partij-expanded": ("klantbeeld.services.apis.klantinteracties", "Partij"),
    "03-search-partij-by-bsn": ("klantbeeld.services.apis.klantinteracties", "Partij"),
    "04-create-klantcontact": ("klantbeeld.services.apis.klantinteracties", "Klantcontact"),
    "09-list-klantcontacten-for-partij": (
        "klantbeeld.services.apis.klantinteracties",
        "Klantcontact",
    ),
    "10-list-klantcontacten-by-bsn": ("klantbeeld.services.apis.klantinteracties", "Klantcontact"),
    "11-get-klantcontact-expanded": ("klantbeeld.services.apis.klantinteracties", "Klantcontact"),
    "05-create-betrokkene": ("klantbeeld.services.apis.klantinteracties", "Betrokkene"),
    "06-create-onderwerpobject": ("klantbeeld.services.apis.klantinteracties", "Onderwerpobject"),
    "07-create-actor": ("klantbeeld.services.apis.klantinteracties", "Actor"),
    "08-create-internetaak": ("klantbeeld.services.apis.klantinteracties", "Internetaak"),
    "12-list-internetaken-for-actor": ("klantbeeld.services.apis.klantinteracties", "Internetaak"),
}

#: Models that must exist; each is also exercised on the nested objects where they appear.
NESTED: dict[tuple[str, str], tuple[str, str]] = {
    ("01-create-partij", "partijIdentificatoren"): (
        "klantbeeld.services.apis.klantinteracties",
        "PartijIdentificator",
    ),
}


def _recorded_bodies() -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for folder in FOLDERS:
        for ex, body in json_bodies(_recorded(folder)):
            out.append((ex.name, body))
    return out


def _model(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


#: Recorded calls 30 and up: the model of each API resource, by the last part of the path.
RESOURCE_MODELS: dict[str, tuple[str, str]] = {
    "partijen": ("klantbeeld.services.apis.klantinteracties", "Partij"),
    "actoren": ("klantbeeld.services.apis.klantinteracties", "Actor"),
    "klantcontacten": ("klantbeeld.services.apis.klantinteracties", "Klantcontact"),
    "onderwerpobjecten": ("klantbeeld.services.apis.klantinteracties", "Onderwerpobject"),
    "internetaken": ("klantbeeld.services.apis.klantinteracties", "Internetaak"),
    "digitaleadressen": ("klantbeeld.services.apis.klantinteracties", "DigitaalAdres"),
    "zaken": ("klantbeeld.services.apis.zgw", "Zaak"),
    "zaakinformatieobjecten": ("klantbeeld.services.apis.zgw", "ZaakInformatieObject"),
}
#: ``POST /maak-klantcontact`` answers ``{klantcontact, betrokkene, onderwerpobject}``.
MAAK_KLANTCONTACT = {
    "klantcontact": RESOURCE_MODELS["klantcontacten"],
    "betrokkene": ("klantbeeld.services.apis.klantinteracties", "Betrokkene"),
    "onderwerpobject": RESOURCE_MODELS["onderwerpobjecten"],
}


def _resource(ex: Exchange) -> str:
    parts = ex.path.rstrip("/").split("/")
    return parts[-2] if len(parts) > 2 and "-" in parts[-1] and parts[-2] != "v1" else parts[-1]


def _new_bodies() -> list[tuple[str, Any, Exchange]]:
    out = []
    for folder in FOLDERS:
        for ex, body in json_bodies(_recorded(folder)):
            if int(ex.name.split("-", 1)[0]) >= 30:
                out.append((ex.name, body, ex))
    return out


@pytest.mark.parametrize("name", sorted(name for name, _, _ in _new_bodies()))
def test_client_models_read_the_write_and_filter_recordings_without_loss(name: str) -> None:
    _, body, ex = next(b for b in _new_bodies() if b[0] == name)
    if _resource(ex) == "maak-klantcontact":
        parts = [(MAAK_KLANTCONTACT[key], value) for key, value in body.items()]
    else:
        parts = [(RESOURCE_MODELS[_resource(ex)], item) for item in iter_items(body)]
    for (module, model_name), raw in parts:
        model = _model(module, model_name)
        parsed = model.model_validate(raw)
        assert parsed.model_dump(by_alias=True, exclude_unset=True, mode="json") == raw


def test_every_recorded_json_body_has_a_model() -> None:
    names = {name for name, _ in _recorded_bodies() if int(name.split("-", 1)[0]) < 30}
    catalogus_only = {
        "01-create-catalogus",
        "08-create-roltype",
        "09-create-zaaktype-informatieobjecttype",
    }
    assert names - set(MODELS) <= catalogus_only | {"24-list-objectinformatieobjecten"}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_client_models_read_recorded_responses_without_loss(name: str) -> None:
    module, model_name = MODELS[name]
    model = _model(module, model_name)
    bodies = [body for n, body in _recorded_bodies() if n == name]
    assert bodies, f"no recorded body {name}"
    items = [item for body in bodies for item in iter_items(body)]
    assert items
    for raw in items:
        parsed = model.model_validate(raw)
        assert parsed.model_dump(by_alias=True, exclude_unset=True, mode="json") == raw


@pytest.mark.parametrize(("name", "key"), sorted(NESTED))
def test_client_models_read_nested_recorded_objects_without_loss(name: str, key: str) -> None:
    module, model_name = NESTED[(name, key)]
    model = _model(module, model_name)
    body = next(b for n, b in _recorded_bodies() if n == name)
    nested = body[key]
    assert nested
    for raw in nested:
        assert (
            model.model_validate(raw).model_dump(by_alias=True, exclude_unset=True, mode="json")
            == raw
        )


def test_recorded_folder_layout_is_understood() -> None:
    """Guards the loader: every response file of a folder is used by some exchange."""
    for folder in FOLDERS:
        exchanges = _recorded(folder)
        names = {ex.name for ex in exchanges}
        files = {p.name.split(".")[0] for p in Path(RECORDED / folder).glob("*.response.*")}
        assert files <= names, files - names
