"""Till settings kept in the ``meta`` key/value table (store_id, till_id, currency, ...)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from pos.store.db import Database
from pos.store.models import Meta


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self._db.session() as s:
            value = s.scalar(select(Meta.value).where(Meta.key == key))
        return default if value is None else value

    def set(self, key: str, value: str) -> None:
        stmt = sqlite_insert(Meta).values(key=key, value=value)
        stmt = stmt.on_conflict_do_update(index_elements=[Meta.key], set_={"value": value})
        with self._db.write_session() as s:
            s.execute(stmt)

    def all(self) -> dict[str, str]:
        with self._db.session() as s:
            return {k: v for k, v in s.execute(select(Meta.key, Meta.value))}
