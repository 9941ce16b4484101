"""A keyring backend for app subprocesses in tests: secrets from ``KLANTBEELD_TEST_GEHEIMEN``.

Select it with ``PYTHON_KEYRING_BACKEND=tests.views.sleutelbos.OmgevingsSleutelbos``; the
variable holds a JSON object ``{"profiel:api": "geheim"}``. What the app stores (its journal
key) lives in the process's memory only, never on disk.
"""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

#: The environment variable holding the secrets as JSON.
GEHEIMEN_ENV = "KLANTBEELD_TEST_GEHEIMEN"


class OmgevingsSleutelbos(KeyringBackend):
    """Answers from ``KLANTBEELD_TEST_GEHEIMEN``; what is stored is forgotten at exit."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._bewaard: dict[str, str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        if username in self._bewaard:
            return self._bewaard[username]
        waarde = json.loads(os.environ.get(GEHEIMEN_ENV, "{}")).get(username)
        return str(waarde) if waarde is not None else None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._bewaard[username] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._bewaard.pop(username, None) is None:
            raise PasswordDeleteError(username)
