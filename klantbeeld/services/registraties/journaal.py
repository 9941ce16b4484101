"""The durable journal: every registration on disk, encrypted and fsynced, before any network call.

Storage: one SQLite file (default ``data_dir()/journaal.sqlite3``, mode 0600) in WAL mode with
``synchronous=FULL``, so :meth:`Journaal.schrijf` returns only once the row is on disk; a
crash, ``kill -9`` or power loss after that loses nothing.

Protection at rest: the registration (names, BSN, the agent's words, phone numbers) is stored
only as a Fernet token (AES-128-CBC + HMAC-SHA256, ``cryptography``), and so is a server's
refusal text. The 32-byte key is made on first use and kept in the system keyring (service
``klantbeeld``, user ``journaal``), never in the file. What the file holds in plain: ids,
status, counts, times and the uuids of objects already delivered. A delivered registration's
payload is erased (``secure_delete`` on), so only undelivered or refused work is on disk. A
stored check token detects a key that does not fit (:class:`JournaalFout`).

Delivery bookkeeping: an item is ``wachtend`` until delivered (``bezorgd``) or refused by the
server (``geweigerd``, with the server's text intact; the agent can correct it and
:meth:`~Journaal.opnieuw_aanbieden`). A sender takes an item with a lease
(:meth:`~Journaal.neem`): no other sender takes it while the lease runs or its holder's
process is alive on this machine. Progress of multi-step deliveries (uuids created so far) is
recorded per item, each write fsynced.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from keyring.errors import KeyringError

from klantbeeld.services.registraties.referentie import MAX_RONDES
from klantbeeld.services.registraties.registratie import Registratie
from klantbeeld.services.taal import vertaal
from klantbeeld.services.verbinding.errors import ConfiguratieFout, KlantbeeldError, OngeldigeInvoer
from klantbeeld.services.werkplek.secrets import SERVICE, sleutelbos
from klantbeeld.services.werkplek.settings import data_dir

BRON = "Journaal"
KEYRING_USER = "journaal"
_CONTROLE = b"klantbeeld-journaal-v1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (sleutel TEXT PRIMARY KEY, waarde BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    id TEXT PRIMARY KEY,
    volgorde INTEGER NOT NULL,
    aangemaakt REAL NOT NULL,
    status TEXT NOT NULL,
    payload BLOB,
    voortgang TEXT NOT NULL DEFAULT '{}',
    pogingen INTEGER NOT NULL DEFAULT 0,
    volgende_poging REAL NOT NULL DEFAULT 0,
    eigenaar TEXT,
    lease_tot REAL,
    laatste_fout TEXT,
    weigering BLOB,
    bezorgd_op REAL
);
CREATE INDEX IF NOT EXISTS items_status ON items (status, volgende_poging, volgorde);
"""


def tr(text: str) -> str:
    """``text`` in the screen's language (context "Journaal")."""
    return vertaal("Journaal", text)


def _als_geschreven(text: str) -> str:
    return text


def eigen_redenen(tr: Callable[[str], str] = _als_geschreven) -> dict[str, str]:
    """Why Klantbeeld's own check refused a registration (a :class:`Weigering` without status).

    By key; as the journal keeps them (Dutch: no ``tr``), or with the module's ``tr`` in the
    screen's language: :attr:`Weigering.tekst` shows a kept one in the language of the moment.
    """
    return {
        "nummers": tr(
            "Open Klant weigert {n} referentienummers na elkaar als al in gebruik; de "
            "registratie is niet verstuurd."
        ).format(n=MAX_RONDES),
        "nummers_taak": tr(
            "Open Klant weigert {n} referentienummers na elkaar als al in gebruik; het "
            "contactverzoek is niet verstuurd."
        ).format(n=MAX_RONDES),
        "geen_betrokkene": tr("Het contactverzoek heeft geen betrokkene voor het terugbeladres."),
    }


def _op_het_scherm(melding: str) -> str:
    """A kept refusal of our own (Dutch) in the screen's language; any other text as written."""
    vertaald = eigen_redenen(tr)
    for sleutel, nederlands in eigen_redenen().items():
        if melding == nederlands:
            return vertaald[sleutel]
    return melding


class JournaalFout(KlantbeeldError):
    """The journal cannot be used (file, key or a row that cannot be read); ``bron`` = Journaal."""

    bron = BRON

    def __init__(self, melding: str) -> None:
        super().__init__(f"{BRON}: {melding}")
        self.melding = melding


class Status(StrEnum):
    """Where an item stands."""

    WACHTEND = "wachtend"
    GEWEIGERD = "geweigerd"
    BEZORGD = "bezorgd"


@dataclass(frozen=True)
class Weigering:
    """The server's refusal, kept whole: status, our summary and its body exactly as sent.

    Without ``status_code`` it is our own check's (:func:`eigen_redenen`, kept in Dutch).
    """

    status_code: int | None
    melding: str
    body: str = ""

    @property
    def tekst(self) -> str:
        """Every reason the server gave, untruncated, one per line (for the screen; our own
        check's reason in the screen's language)."""
        melding = _op_het_scherm(self.melding) if self.status_code is None else self.melding
        regels = [melding] if melding else []
        try:
            data = json.loads(self.body) if self.body else None
        except ValueError:
            data = None
        if isinstance(data, dict):
            for item in data.get("invalidParams") or data.get("invalid-params") or []:
                if isinstance(item, dict):
                    regel = f"{item.get('name', '')}: {item.get('reason', '')}".strip(": ")
                    if regel and regel not in regels:
                        regels.append(regel)
        elif self.body and self.body not in regels:
            regels.append(self.body)
        return "\n".join(regels)


@dataclass(frozen=True)
class Item:
    """One journal entry as the screens see it."""

    id: str
    status: Status
    registratie: Registratie | None  # None once delivered (the payload is erased)
    pogingen: int
    aangemaakt: float
    laatste_fout: str | None = None
    weigering: Weigering | None = None
    bezorgd_op: float | None = None
    voortgang: dict[str, Any] = field(default_factory=dict)


@dataclass
class Lease:
    """A sender's hold on one item while it delivers it."""

    id: str
    eigenaar: str
    registratie: Registratie
    pogingen: int
    voortgang: dict[str, Any]


def journaal_sleutel(*, maak: bool = True) -> bytes | None:
    """The journal's Fernet key from the keyring; made and stored on first use when ``maak``.

    Only a secure keyring is used (:func:`klantbeeld.services.werkplek.secrets.sleutelbos`: never a
    plaintext or failing backend, also not as a member of a chain of backends).
    """
    bos = sleutelbos()
    try:
        waarde: str | None = bos.get_password(SERVICE, KEYRING_USER)
        if waarde is None and maak:
            waarde = Fernet.generate_key().decode("ascii")
            bos.set_password(SERVICE, KEYRING_USER, waarde)
    except KeyringError as e:
        raise ConfiguratieFout(
            tr(
                "De sleutelbos is niet bereikbaar; het journaal kan niet versleuteld worden: {fout}"
            ).format(fout=e)
        ) from e
    return waarde.encode("ascii") if waarde else None


def standaard_pad() -> Path:
    """Where the journal lives: ``journaal.sqlite3`` in the user data dir."""
    return data_dir() / "journaal.sqlite3"


def eigenaar_naam() -> str:
    """A lease owner name: host, process id and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _proces_leeft(eigenaar: str) -> bool:
    """False only when ``eigenaar`` is a process on this host that is gone."""
    host, _, rest = eigenaar.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class Journaal:
    """The local durable journal of registrations; one per process, used from one thread."""

    def __init__(
        self,
        pad: Path | None = None,
        *,
        sleutel: bytes | None = None,
        klok: Callable[[], float] = time.time,
    ) -> None:
        self.pad = pad or standaard_pad()
        self._klok = klok
        self._luisteraars: list[Callable[[], None]] = []
        try:
            self.pad.parent.mkdir(parents=True, exist_ok=True)
            nieuw = not self.pad.exists()
            self._db = sqlite3.connect(
                str(self.pad), isolation_level=None, timeout=30.0, check_same_thread=False
            )
            if nieuw:
                with contextlib.suppress(OSError):
                    os.chmod(self.pad, 0o600)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA secure_delete=ON")
            self._db.execute("PRAGMA busy_timeout=30000")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise JournaalFout(
                tr("het journaal in {pad} kan niet geopend worden: {fout}").format(
                    pad=self.pad, fout=e
                )
            ) from e
        self._fernet = Fernet(self._sleutel(sleutel))

    def _sleutel(self, gegeven: bytes | None) -> bytes:
        rij = self._db.execute("SELECT waarde FROM meta WHERE sleutel='controle'").fetchone()
        sleutel = gegeven or journaal_sleutel(maak=rij is None)
        if sleutel is None:
            raise JournaalFout(
                tr(
                    "de sleutel van het journaal ontbreekt in de sleutelbos; de wachtende "
                    "registraties zijn zonder die sleutel niet te lezen"
                )
            )
        try:
            fernet = Fernet(sleutel)
        except ValueError as e:
            raise JournaalFout(tr("de sleutel van het journaal is ongeldig")) from e
        if rij is None:
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('controle', ?)", (fernet.encrypt(_CONTROLE),)
            )
        else:
            try:
                ok = fernet.decrypt(bytes(rij[0])) == _CONTROLE
            except InvalidToken:
                ok = False
            if not ok:
                raise JournaalFout(tr("de sleutel in de sleutelbos past niet bij dit journaal"))
        return sleutel

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    # -- notifications -----------------------------------------------------------------------

    def abonneer(self, luisteraar: Callable[[], None]) -> Callable[[], None]:
        """Call ``luisteraar()`` after each change made through this object; returns unsubscribe."""
        self._luisteraars.append(luisteraar)

        def opzeggen() -> None:
            with contextlib.suppress(ValueError):
                self._luisteraars.remove(luisteraar)

        return opzeggen

    def _gewijzigd(self) -> None:
        for luisteraar in list(self._luisteraars):
            luisteraar()

    # -- (de)cryption --------------------------------------------------------------------------

    def _versleutel(self, data: bytes) -> bytes:
        return self._fernet.encrypt(data)

    def _ontsleutel(self, token: bytes, item_id: str) -> bytes:
        try:
            return self._fernet.decrypt(token)
        except InvalidToken as e:
            raise JournaalFout(
                tr("registratie {id} is niet te ontsleutelen").format(id=item_id)
            ) from e

    def _registratie(self, token: bytes | None, item_id: str) -> Registratie | None:
        if token is None:
            return None
        return Registratie.model_validate_json(self._ontsleutel(bytes(token), item_id))

    def _weigering(self, token: bytes | None, item_id: str) -> Weigering | None:
        if token is None:
            return None
        data = json.loads(self._ontsleutel(bytes(token), item_id))
        return Weigering(
            data.get("status_code"), str(data.get("melding", "")), data.get("body", "")
        )

    @contextlib.contextmanager
    def _transactie(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- the agent's side ----------------------------------------------------------------------

    def schrijf(self, registratie: Registratie) -> str:
        """Keep ``registratie`` durably (fsynced) and return its id; refuses text that is too long.

        Raises :class:`OngeldigeInvoer` with every problem of :meth:`Registratie.controleer`
        (nothing is kept then: the agent's words are still in the dialog, whole).
        """
        problemen = registratie.controleer()
        if problemen:
            raise OngeldigeInvoer("\n".join(problemen))
        token = self._versleutel(registratie.model_dump_json().encode("utf-8"))
        nu = self._klok()
        try:
            self._db.execute(
                "INSERT INTO items (id, volgorde, aangemaakt, status, payload) VALUES "
                "(?, (SELECT COALESCE(MAX(volgorde), 0) + 1 FROM items), ?, ?, ?)",
                (registratie.id, nu, Status.WACHTEND.value, token),
            )
        except sqlite3.IntegrityError as e:
            raise OngeldigeInvoer(tr("Deze registratie staat al in het journaal.")) from e
        except sqlite3.Error as e:
            raise JournaalFout(
                tr("de registratie kon niet bewaard worden: {fout}").format(fout=e)
            ) from e
        self._gewijzigd()
        return registratie.id

    def wachtend(self) -> int:
        """How many registrations still wait to be delivered (refused ones not counted)."""
        rij = self._db.execute(
            "SELECT COUNT(*) FROM items WHERE status=?", (Status.WACHTEND.value,)
        ).fetchone()
        return int(rij[0])

    def geweigerd(self) -> list[Item]:
        """The registrations the server refused, oldest first, each with the server's text."""
        rijen = self._db.execute(
            "SELECT id FROM items WHERE status=? ORDER BY volgorde", (Status.GEWEIGERD.value,)
        ).fetchall()
        return [item for (item_id,) in rijen if (item := self.item(item_id)) is not None]

    def item(self, item_id: str) -> Item | None:
        """One entry, decrypted; None when unknown."""
        rij = self._db.execute(
            "SELECT id, status, payload, pogingen, aangemaakt, laatste_fout, weigering, "
            "bezorgd_op, voortgang FROM items WHERE id=?",
            (item_id,),
        ).fetchone()
        if rij is None:
            return None
        return Item(
            id=rij[0],
            status=Status(rij[1]),
            registratie=self._registratie(rij[2], rij[0]),
            pogingen=int(rij[3]),
            aangemaakt=float(rij[4]),
            laatste_fout=rij[5],
            weigering=self._weigering(rij[6], rij[0]),
            bezorgd_op=rij[7],
            voortgang=json.loads(rij[8]),
        )

    def opnieuw_aanbieden(self, item_id: str, registratie: Registratie) -> None:
        """Replace a refused registration by the agent's correction and send it again.

        Parts already delivered (recorded progress) are kept and not sent twice; the
        correction applies to what was not yet delivered. The id stays the same.
        """
        if registratie.id != item_id:
            registratie = registratie.model_copy(update={"id": item_id})
        problemen = registratie.controleer()
        if problemen:
            raise OngeldigeInvoer("\n".join(problemen))
        token = self._versleutel(registratie.model_dump_json().encode("utf-8"))
        with self._transactie() as db:
            rij = db.execute("SELECT status FROM items WHERE id=?", (item_id,)).fetchone()
            if rij is None:
                raise OngeldigeInvoer(tr("Deze registratie staat niet (meer) in het journaal."))
            if rij[0] != Status.GEWEIGERD.value:
                raise OngeldigeInvoer(
                    tr("Alleen een geweigerde registratie kan opnieuw verzonden.")
                )
            db.execute(
                "UPDATE items SET status=?, payload=?, weigering=NULL, laatste_fout=NULL, "
                "volgende_poging=0, eigenaar=NULL, lease_tot=NULL WHERE id=?",
                (Status.WACHTEND.value, token, item_id),
            )
        self._gewijzigd()

    def herstel_eigen_weigeringen(self, versie: int, door_ons: Callable[[Weigering], bool]) -> int:
        """Once per journal and key ``versie``: offer again what was refused through our fault.

        Items refused for a reason ``door_ons`` recognises (e.g. the pre-2 key's letter
        ``nummer``, which real Open Klant refuses) go back to waiting, payload and progress
        unchanged; the sender then delivers them with the current key. Returns how many.
        """
        rij = self._db.execute("SELECT waarde FROM meta WHERE sleutel='sleutelversie'").fetchone()
        if rij is not None and int(rij[0]) >= versie:
            return 0
        terug = [
            item.id
            for item in self.geweigerd()
            if item.weigering is not None and door_ons(item.weigering)
        ]
        with self._transactie() as db:
            for item_id in terug:
                db.execute(
                    "UPDATE items SET status=?, weigering=NULL, laatste_fout=NULL, "
                    "volgende_poging=0, eigenaar=NULL, lease_tot=NULL WHERE id=? AND status=?",
                    (Status.WACHTEND.value, item_id, Status.GEWEIGERD.value),
                )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('sleutelversie', ?)", (str(versie),))
        if terug:
            self._gewijzigd()
        return len(terug)

    # -- the sender's side ---------------------------------------------------------------------

    def neem(self, eigenaar: str, *, lease_s: float) -> Lease | None:
        """Take the oldest due item for ``eigenaar`` (counts an attempt); None when none is due."""
        nu = self._klok()
        with self._transactie() as db:
            rijen = db.execute(
                "SELECT id, eigenaar, lease_tot FROM items WHERE status=? AND volgende_poging<=? "
                "ORDER BY volgorde LIMIT 50",
                (Status.WACHTEND.value, nu),
            ).fetchall()
            gekozen = None
            for item_id, houder, lease_tot in rijen:
                vrij = houder is None or lease_tot is None or lease_tot < nu
                if vrij or (houder != eigenaar and not _proces_leeft(houder)):
                    gekozen = item_id
                    break
            if gekozen is None:
                return None
            db.execute(
                "UPDATE items SET eigenaar=?, lease_tot=?, pogingen=pogingen+1 WHERE id=?",
                (eigenaar, nu + lease_s, gekozen),
            )
            rij = db.execute(
                "SELECT payload, pogingen, voortgang FROM items WHERE id=?", (gekozen,)
            ).fetchone()
        registratie = self._registratie(rij[0], gekozen)
        if registratie is None:  # cannot happen for a waiting item
            raise JournaalFout(tr("registratie {id} heeft geen inhoud").format(id=gekozen))
        return Lease(gekozen, eigenaar, registratie, int(rij[1]), json.loads(rij[2]))

    def _van_mij(self, db: sqlite3.Connection, lease: Lease) -> bool:
        rij = db.execute("SELECT eigenaar, status FROM items WHERE id=?", (lease.id,)).fetchone()
        return rij is not None and rij[0] == lease.eigenaar and rij[1] == Status.WACHTEND.value

    def verleng(self, lease: Lease, *, lease_s: float) -> bool:
        """Extend the lease; False when it was lost (another sender took the item)."""
        with self._transactie() as db:
            if not self._van_mij(db, lease):
                return False
            db.execute(
                "UPDATE items SET lease_tot=? WHERE id=?", (self._klok() + lease_s, lease.id)
            )
        return True

    def bewaar_voortgang(self, lease: Lease, stappen: dict[str, Any], *, lease_s: float) -> bool:
        """Record delivered steps (uuids) durably and extend the lease; False when lost."""
        with self._transactie() as db:
            if not self._van_mij(db, lease):
                return False
            lease.voortgang.update(stappen)
            db.execute(
                "UPDATE items SET voortgang=?, lease_tot=? WHERE id=?",
                (json.dumps(lease.voortgang), self._klok() + lease_s, lease.id),
            )
        return True

    def bezorgd(self, lease: Lease) -> None:
        """Mark delivered and erase the payload (no personal data stays behind)."""
        with self._transactie() as db:
            db.execute(
                "UPDATE items SET status=?, payload=NULL, weigering=NULL, laatste_fout=NULL, "
                "bezorgd_op=?, eigenaar=NULL, lease_tot=NULL WHERE id=? AND eigenaar=?",
                (Status.BEZORGD.value, self._klok(), lease.id, lease.eigenaar),
            )
        self._gewijzigd()

    def weiger(self, lease: Lease, weigering: Weigering) -> None:
        """Mark refused by the server, keeping its text (encrypted) for the agent."""
        token = self._versleutel(
            json.dumps(
                {
                    "status_code": weigering.status_code,
                    "melding": weigering.melding,
                    "body": weigering.body,
                }
            ).encode("utf-8")
        )
        with self._transactie() as db:
            db.execute(
                "UPDATE items SET status=?, weigering=?, eigenaar=NULL, lease_tot=NULL "
                "WHERE id=? AND eigenaar=?",
                (Status.GEWEIGERD.value, token, lease.id, lease.eigenaar),
            )
        self._gewijzigd()

    def later(self, lease: Lease, *, wacht_s: float, fout: str) -> None:
        """Give the item back, to be tried after ``wacht_s``; ``fout`` holds no personal data."""
        with self._transactie() as db:
            db.execute(
                "UPDATE items SET volgende_poging=?, laatste_fout=?, eigenaar=NULL, "
                "lease_tot=NULL WHERE id=? AND eigenaar=?",
                (self._klok() + wacht_s, fout[:500], lease.id, lease.eigenaar),
            )

    def volgende_moment(self) -> float | None:
        """When the earliest waiting item is due (clock time), or None when none waits."""
        rij = self._db.execute(
            "SELECT MIN(MAX(volgende_poging, COALESCE(lease_tot, 0))) FROM items WHERE status=?",
            (Status.WACHTEND.value,),
        ).fetchone()
        return None if rij[0] is None else float(rij[0])

    def tellingen(self) -> dict[str, int]:
        """Count per status (for the status bar and the reliability run)."""
        uit = {s.value: 0 for s in Status}
        for status, aantal in self._db.execute("SELECT status, COUNT(*) FROM items GROUP BY 1"):
            uit[status] = int(aantal)
        return uit
