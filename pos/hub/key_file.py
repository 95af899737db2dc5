"""The private halves of the hub's signing keys, in a 0600 file outside the database.

Whoever holds a private key mints promo and pickup codes every till accepts, so it is kept
apart from the database (which is backed up, copied for support, read by reporting tools):
the database holds each key's id and public half only (``signing_keys``). The file sits
next to a SQLite database by default, or in ``$OMNITILL_HUB_KEY_DIR`` / ``--key-dir`` (which
a PostgreSQL hub needs: it has no file to sit next to). One file per hub (named by its
``hub_id``), JSON ``{"hub_id", "keys": {key_id: base64url}}``, replaced atomically; several
hub processes share it (a key is written before the database names it, so a reader never
finds a key id without its private half). Nothing here logs a key.
"""

from __future__ import annotations

import base64
import json
import threading
from pathlib import Path
from typing import Final

from pos.private_files import private_dir, restrict, write_private

KEY_DIR_ENV: Final = "OMNITILL_HUB_KEY_DIR"


class MissingSigningKey(Exception):
    """The database names a signing key whose private half is not in the key file."""


class KeyFile:
    """Private key bytes by key id; ``path`` None keeps them in memory (an in-memory hub)."""

    def __init__(self, path: Path | None, hub_id: str) -> None:
        self.path = path
        self.hub_id = hub_id
        self._cache: dict[str, bytes] = {}
        self._lock = threading.Lock()

    @classmethod
    def in_dir(cls, directory: Path | None, hub_id: str) -> KeyFile:
        if directory is None:
            return cls(None, hub_id)
        return cls(directory / f"signing-keys-{hub_id}.json", hub_id)

    def get(self, key_id: str) -> bytes:
        """The private key ``key_id`` (read from the file when not seen yet: another process
        may have rotated)."""
        with self._lock:
            if key_id not in self._cache:
                self._cache.update(self._read())
            try:
                return self._cache[key_id]
            except KeyError:
                where = self.path or "memory"
                raise MissingSigningKey(
                    f"the private half of signing key {key_id!r} is not in {where}; restore the"
                    f" key file or rotate to a new key (pos-hub signing-key rotate)"
                ) from None

    def put(self, key_id: str, private: bytes) -> None:
        """Add a key (before the database names it)."""
        with self._lock:
            keys = self._read()
            keys[key_id] = private
            self._write(keys)
            self._cache[key_id] = private

    def keep_only(self, key_ids: set[str]) -> None:
        """Forget every private key not in ``key_ids`` (retired keys never sign again)."""
        with self._lock:
            keys = {k: v for k, v in self._read().items() if k in key_ids}
            self._write(keys)
            self._cache = dict(keys)

    def key_ids(self) -> set[str]:
        with self._lock:
            return set(self._read())

    def _read(self) -> dict[str, bytes]:
        if self.path is None:
            return dict(self._cache)
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        restrict([self.path])  # someone widened it: owner-only again
        if raw.get("hub_id") != self.hub_id:
            raise MissingSigningKey(f"{self.path} holds the keys of hub {raw.get('hub_id')!r}")
        return {k: base64.urlsafe_b64decode(v) for k, v in raw["keys"].items()}

    def _write(self, keys: dict[str, bytes]) -> None:
        if self.path is None:
            return
        private_dir(self.path.parent)
        body = json.dumps(
            {
                "hub_id": self.hub_id,
                "keys": {k: base64.urlsafe_b64encode(v).decode("ascii") for k, v in keys.items()},
            },
            indent=2,
            sort_keys=True,
        )
        write_private(self.path, body)
