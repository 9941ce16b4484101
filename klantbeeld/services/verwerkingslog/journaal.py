"""The verwerkingslog's own journal: every record on disk, encrypted and fsynced, before display.

The same pattern as the registrations' journal (:mod:`klantbeeld.services.registraties.journaal`):
one SQLite file (``verwerkingslog-<naam>.sqlite3`` in the data dir, mode 0600), WAL with
``synchronous=FULL`` so :meth:`VerwerkingJournaal.schrijf` returns only once the row is on disk,
``secure_delete`` on. The record (medewerker, doelbinding, BSN or KVK-nummer) is stored only as a
Fernet token under the journal key from the system keyring (the registrations' key: one key,
one place); the file holds in plain only ids, times, status and counts. A stored check token
detects a key that does not fit. Once the logboek confirmed a record, its payload is erased.

Every failure is a :class:`VerwerkingNietVastgelegd` (``bron`` = Verwerkingslog) with a plain
message in the screen's language: the caller shows nothing then (fail closed).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from klantbeeld.services.verbinding.errors import KlantbeeldError
from klantbeeld.services.verwerkingslog.verwerking import Verwerking, tr

BRON = "Verwerkingslog"
_CONTROLE = b"klantbeeld-verwerkingslog-v1"


def _als_geschreven(text: str) -> str:
    return text


def niet_vastgelegd(tr: Callable[[str], str] = tr) -> str:
    """What the agent reads when a record cannot be kept (the reason follows it), in the
    screen's language (with ``tr`` :func:`_als_geschreven`: the Dutch source)."""
    return tr(
        "Deze gegevens worden niet getoond: de raadpleging kon niet worden vastgelegd in het "
        "verwerkingslog, en zonder die vastlegging mag Klantbeeld ze niet laten zien. Probeer "
        "het opnieuw; lukt het niet, meld het dan aan uw beheerder."
    )


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (sleutel TEXT PRIMARY KEY, waarde BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS verwerkingen (
    id TEXT PRIMARY KEY,
    volgorde INTEGER NOT NULL,
    aangemaakt REAL NOT NULL,
    status TEXT NOT NULL,
    payload BLOB,
    pogingen INTEGER NOT NULL DEFAULT 0,
    volgende_poging REAL NOT NULL DEFAULT 0,
    laatste_fout TEXT,
    bezorgd_op REAL
);
CREATE INDEX IF NOT EXISTS verwerkingen_status ON verwerkingen (status, volgende_poging, volgorde);
"""


#: :func:`niet_vastgelegd` as written (Dutch), whatever the screen's language.
NIET_VASTGELEGD = niet_vastgelegd(_als_geschreven)


class VerwerkingNietVastgelegd(KlantbeeldError):
    """A record could not be kept: the data it is about must not be shown.

    ``melding`` is the plain text for the agent (in the screen's language); ``reden`` the cause
    (never personal data: the record is encrypted before anything is written).
    """

    bron = BRON

    def __init__(self, reden: str) -> None:
        self.melding = niet_vastgelegd()
        self.reden = reden
        super().__init__(f"{BRON}: {self.melding} ({reden})")


class Status(StrEnum):
    """Where a record stands."""

    WACHTEND = "wachtend"
    BEZORGD = "bezorgd"


@dataclass(frozen=True)
class Wachtend:
    """A record still to deliver, with how often that was tried."""

    verwerking: Verwerking
    pogingen: int


class VerwerkingJournaal:
    """The durable, encrypted store of verwerkingen; one per process, used from one thread."""

    def __init__(self, pad: Path, *, sleutel: bytes, klok: Callable[[], float] = time.time) -> None:
        self.pad = pad
        self._klok = klok
        self._luisteraars: list[Callable[[], None]] = []
        try:
            pad.parent.mkdir(parents=True, exist_ok=True)
            nieuw = not pad.exists()
            self._db = sqlite3.connect(
                str(pad), isolation_level=None, timeout=30.0, check_same_thread=False
            )
            if nieuw:
                with contextlib.suppress(OSError):
                    os.chmod(pad, 0o600)
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "secure_delete=ON"):
                self._db.execute(f"PRAGMA {pragma}")
            self._db.executescript(_SCHEMA)
            self._fernet = self._controleer(sleutel)
        except (OSError, sqlite3.Error) as e:
            raise VerwerkingNietVastgelegd(
                tr("het verwerkingslog in {pad} opent niet: {fout}").format(pad=pad, fout=e)
            ) from e

    def _controleer(self, sleutel: bytes) -> Fernet:
        try:
            fernet = Fernet(sleutel)
        except ValueError as e:
            raise VerwerkingNietVastgelegd(
                tr("de sleutel van het verwerkingslog is ongeldig")
            ) from e
        rij = self._db.execute("SELECT waarde FROM meta WHERE sleutel='controle'").fetchone()
        if rij is None:
            self._db.execute(
                "INSERT INTO meta VALUES ('controle', ?)", (fernet.encrypt(_CONTROLE),)
            )
            return fernet
        try:
            if fernet.decrypt(bytes(rij[0])) == _CONTROLE:
                return fernet
        except InvalidToken:
            pass
        raise VerwerkingNietVastgelegd(
            tr("de sleutel in de sleutelbos past niet bij dit verwerkingslog")
        )

    def klok(self) -> float:
        """Now, by the journal's clock (epoch seconds)."""
        return self._klok()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def abonneer(self, luisteraar: Callable[[], None]) -> None:
        """Call ``luisteraar()`` after each record written (the bezorger wakes up)."""
        self._luisteraars.append(luisteraar)

    def schrijf(self, verwerking: Verwerking) -> None:
        """Keep ``verwerking`` durably (fsynced); raises :class:`VerwerkingNietVastgelegd`."""
        try:
            token = self._fernet.encrypt(verwerking.model_dump_json().encode("utf-8"))
            self._db.execute(
                "INSERT INTO verwerkingen (id, volgorde, aangemaakt, status, payload) VALUES "
                "(?, (SELECT COALESCE(MAX(volgorde), 0) + 1 FROM verwerkingen), ?, ?, ?)",
                (verwerking.id, self._klok(), Status.WACHTEND.value, token),
            )
        except sqlite3.Error as e:
            raise VerwerkingNietVastgelegd(tr("schrijven mislukt: {fout}").format(fout=e)) from e
        for luisteraar in list(self._luisteraars):
            luisteraar()

    def wachtend(self) -> int:
        """How many records the logboek has not confirmed yet."""
        rij = self._db.execute(
            "SELECT COUNT(*) FROM verwerkingen WHERE status=?", (Status.WACHTEND.value,)
        ).fetchone()
        return int(rij[0])

    def aan_de_beurt(self, *, maximaal: int = 50) -> list[Wachtend]:
        """Records whose next try is due, oldest first."""
        rijen = self._db.execute(
            "SELECT id, payload, pogingen FROM verwerkingen WHERE status=? AND volgende_poging<=? "
            "ORDER BY volgorde LIMIT ?",
            (Status.WACHTEND.value, self._klok(), maximaal),
        ).fetchall()
        return [Wachtend(self._lees(rij[0], rij[1]), int(rij[2])) for rij in rijen]

    def eerstvolgende_poging(self) -> float | None:
        """When the earliest waiting record is due (epoch seconds), or None when none waits."""
        rij = self._db.execute(
            "SELECT MIN(volgende_poging) FROM verwerkingen WHERE status=?",
            (Status.WACHTEND.value,),
        ).fetchone()
        return None if rij[0] is None else float(rij[0])

    def lees(self, verwerking_id: str) -> Verwerking | None:
        """One record, decrypted; None when unknown or already delivered (erased)."""
        rij = self._db.execute(
            "SELECT payload FROM verwerkingen WHERE id=?", (verwerking_id,)
        ).fetchone()
        return None if rij is None or rij[0] is None else self._lees(verwerking_id, rij[0])

    def status(self, verwerking_id: str) -> Status | None:
        """Where one record stands; None when unknown."""
        rij = self._db.execute(
            "SELECT status FROM verwerkingen WHERE id=?", (verwerking_id,)
        ).fetchone()
        return None if rij is None else Status(rij[0])

    def bezorgd(self, verwerking_id: str) -> None:
        """The logboek confirmed the record: mark it and erase its payload."""
        self._db.execute(
            "UPDATE verwerkingen SET status=?, payload=NULL, bezorgd_op=?, laatste_fout=NULL "
            "WHERE id=?",
            (Status.BEZORGD.value, self._klok(), verwerking_id),
        )

    def mislukt(self, verwerking_id: str, fout: str, *, wacht_s: float) -> None:
        """A try failed: count it and try again after ``wacht_s`` seconds."""
        self._db.execute(
            "UPDATE verwerkingen SET pogingen=pogingen+1, laatste_fout=?, volgende_poging=? "
            "WHERE id=?",
            (fout[:300], self._klok() + wacht_s, verwerking_id),
        )

    def _lees(self, verwerking_id: str, token: bytes) -> Verwerking:
        try:
            data = self._fernet.decrypt(bytes(token))
        except InvalidToken as e:
            raise VerwerkingNietVastgelegd(
                tr("verwerking {id} is niet te ontsleutelen").format(id=verwerking_id)
            ) from e
        return Verwerking.model_validate_json(data)
