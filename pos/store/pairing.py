"""The till's pairing with a hub: where the hub is and who the till is there; the device token.

The pairing (hub URL, store, till, device ids, when) is kept in the ``meta`` table. The device
token is a secret: it lives in its own file in the till's data dir, created with owner-only
permissions (0600) before a byte is written and replaced atomically; it is never put in the
database (backups, support copies) and never logged. A token file readable by others is
refused (and said so), as ssh does with a private key.
"""

from __future__ import annotations

import json
import logging
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

from pos.private_files import write_private
from pos.store.db import Database
from pos.store.feeds import write_transaction

log = logging.getLogger(__name__)

PAIRING_KEY = "sync.pairing"
LOCATIONS_KEY = "sync.locations"
SIGNING_KEYS_KEY = "sync.signing_keys"
PROMOTIONS_KEY = "sync.promotions"
TOKEN_FILE_NAME = "device-token"


@dataclass(frozen=True, slots=True)
class Pairing:
    hub_url: str
    store_id: str
    till_id: str
    device_id: str
    location_id: str  # the stock location of this till's store at the hub
    currency: str
    hub_id: str  # the hub's database: changes when the hub is reset
    paired_at: str  # UTC text


class InsecureTokenFile(Exception):
    """The token file can be read or written by others than its owner."""


class TokenFile:
    """The device token in ``path`` (0600). ``read`` is None when the till is not paired."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> str | None:
        try:
            mode = self.path.stat().st_mode
        except FileNotFoundError:
            return None
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise InsecureTokenFile(
                f"{self.path} is accessible to other users (mode {stat.filemode(mode)}); "
                "make it owner-only (chmod 600) or pair the till again"
            )
        token = self.path.read_text(encoding="utf-8").strip()
        return token or None

    def write(self, token: str) -> None:
        """Create a 0600 temp file next to it, write, fsync, rename over (never half a token)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_private(self.path, token)

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)


class PairingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> Pairing | None:
        with self._db.raw() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (PAIRING_KEY,)).fetchone()
        if row is None:
            return None
        return Pairing(**json.loads(str(row[0])))

    def save(self, pairing: Pairing) -> None:
        with write_transaction(self._db) as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (PAIRING_KEY, json.dumps(asdict(pairing), sort_keys=True)),
            )
        log.info(
            "paired with %s as store %s till %s", pairing.hub_url, pairing.store_id, pairing.till_id
        )

    def _meta(self, key: str) -> object:
        with self._db.raw() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(str(row[0]))

    def _save_meta(self, key: str, value: object) -> None:
        with write_transaction(self._db) as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, sort_keys=True)),
            )

    def location_names(self) -> dict[str, str]:
        """Names of the hub's locations (stores, warehouses) as last heard, by id."""
        found = self._meta(LOCATIONS_KEY)
        return dict(found) if isinstance(found, dict) else {}

    def save_location_names(self, names: dict[str, str]) -> None:
        self._save_meta(LOCATIONS_KEY, names)

    def signing_keys(self) -> list[dict[str, object]]:
        """The hub's public token keys as last fetched (public, not personal: kept on disk so
        the till verifies customers' QR codes offline)."""
        found = self._meta(SIGNING_KEYS_KEY)
        return list(found) if isinstance(found, list) else []

    def save_signing_keys(self, keys: list[dict[str, object]]) -> None:
        self._save_meta(SIGNING_KEYS_KEY, keys)

    def promotions(self) -> list[dict[str, object]]:
        """The hub's current promotions as last fetched (rules only, no personal data): a
        promo code verified offline is applied with them."""
        found = self._meta(PROMOTIONS_KEY)
        return list(found) if isinstance(found, list) else []

    def save_promotions(self, promotions: list[dict[str, object]]) -> None:
        self._save_meta(PROMOTIONS_KEY, promotions)

    def forget(self) -> None:
        with write_transaction(self._db) as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (PAIRING_KEY,))
