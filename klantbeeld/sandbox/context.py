"""What every route module of the oefenomgeving is given: the store and the credentials."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from klantbeeld.sandbox.common import Credentials
from klantbeeld.sandbox.store import Store


@dataclass
class SandboxContext:
    """Shared state of one running oefenomgeving."""

    store: Store
    creds: Credentials
    vandaag: date
