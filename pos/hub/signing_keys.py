"""The hub's signing keys: one signs new tokens, several verify (rotation without a gap).

``rotate`` makes a new key the signing one and retires the previous one: it stays published
so tokens it signed keep verifying until they expire; ``withdraw`` stops publishing a key (its
tokens fail as ``token_unknown_key`` once tills have fetched the keys again). Each change emits
``signing_keys.changed`` so tills fetch the keys at once. A hub without a key makes its first
on first use. Keys are never logged.

The database holds each key's id and public half; the private halves are in the hub's key
file (``pos.hub.key_file``), written before the database names a key. Only the signing key's
private half is needed, so a rotation forgets the retired one's.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from pos.api.events import EventType
from pos.api.signed_tokens import KeyRing, PublicKey, SigningKey
from pos.hub.db import HubDatabase, now_text, parse_time, utc_text
from pos.hub.errors import conflict, invalid, not_found
from pos.hub.events import emit


def _lock(conn: Connection) -> None:
    """Serialise key changes (a row lock on PostgreSQL; SQLite writes one at a time anyway)."""
    conn.execute(text("UPDATE hub_meta SET value = value WHERE key = 'hub_id'"))


def _insert(db: HubDatabase, conn: Connection, key: SigningKey) -> None:
    db.keys.put(key.key_id, key.private_bytes)  # first: the database never names a lost key
    conn.execute(
        text(
            "INSERT INTO signing_keys (key_id, private_key, public_key, created_at)"
            " VALUES (:id, '', :public, :created)"
        ),
        {
            "id": key.key_id,
            "public": key.public_key().public_key,
            "created": utc_text(key.created_at),
        },
    )


def _signing_row(db: HubDatabase, conn: Connection) -> SigningKey | None:
    row = conn.execute(
        text(
            "SELECT key_id, created_at FROM signing_keys"
            " WHERE retired_at IS NULL AND withdrawn_at IS NULL"
            " ORDER BY created_at DESC, key_id LIMIT 1"
        )
    ).first()
    if row is None:
        return None
    return SigningKey(row.key_id, db.keys.get(row.key_id), parse_time(row.created_at))


def signing_key(db: HubDatabase) -> SigningKey:
    """The key new tokens are signed with (made on first use)."""
    with db.read() as conn:
        key = _signing_row(db, conn)
    if key is not None:
        return key
    with db.write() as conn:
        _lock(conn)
        key = _signing_row(db, conn)
        if key is None:
            key = SigningKey.generate()
            _insert(db, conn, key)
            emit(conn, EventType.SIGNING_KEYS_CHANGED, {"key_ids": [key.key_id]})
    return key


def public_keys(db: HubDatabase) -> list[PublicKey]:
    """Every published key, the signing one first (made on first use)."""
    current = signing_key(db)
    with db.read() as conn:
        rows = conn.execute(
            text(
                "SELECT key_id, public_key, created_at FROM signing_keys"
                " WHERE withdrawn_at IS NULL ORDER BY created_at DESC, key_id"
            )
        ).all()
    return [
        PublicKey(
            key_id=r.key_id,
            public_key=r.public_key,
            created_at=parse_time(r.created_at),
            signing=r.key_id == current.key_id,
        )
        for r in rows
    ]


def key_ring(db: HubDatabase) -> KeyRing:
    """The hub's own ring, to verify tokens presented to it (the same keys it publishes)."""
    return KeyRing(public_keys(db))


def rotate(db: HubDatabase, key_id: str | None = None) -> PublicKey:
    """A new signing key; the previous one signs no more but stays published."""
    try:
        new = SigningKey.generate(key_id)
    except ValueError as exc:
        raise invalid(str(exc)) from None
    with db.write() as conn:
        _lock(conn)
        if conn.execute(
            text("SELECT 1 FROM signing_keys WHERE key_id = :id"), {"id": new.key_id}
        ).first():
            raise conflict(f"A signing key {new.key_id!r} exists.")
        conn.execute(
            text("UPDATE signing_keys SET retired_at = :now WHERE retired_at IS NULL"),
            {"now": now_text()},
        )
        _insert(db, conn, new)
        emit(conn, EventType.SIGNING_KEYS_CHANGED, {"key_ids": [new.key_id]})
    _forget_retired(db)
    return new.public_key(signing=True)


def _forget_retired(db: HubDatabase) -> None:
    """Drop private halves no key signs with (under the key lock: a rotation in another
    process waits, so its new key is never dropped before its row is committed)."""
    with db.write() as conn:
        _lock(conn)
        signing = conn.execute(
            text(
                "SELECT key_id FROM signing_keys WHERE retired_at IS NULL AND withdrawn_at IS NULL"
            )
        ).scalars()
        db.keys.keep_only(set(signing))


def withdraw(db: HubDatabase, key_id: str) -> None:
    """Stop publishing a retired key: tokens it signed no longer verify."""
    with db.write() as conn:
        _lock(conn)
        row = conn.execute(
            text("SELECT retired_at, withdrawn_at FROM signing_keys WHERE key_id = :id"),
            {"id": key_id},
        ).first()
        if row is None:
            raise not_found("signing key", key_id)
        if row.retired_at is None:
            raise conflict(f"Key {key_id!r} signs new tokens; rotate to a new key first.")
        conn.execute(
            text(
                "UPDATE signing_keys SET withdrawn_at = coalesce(withdrawn_at, :now)"
                " WHERE key_id = :id"
            ),
            {"now": now_text(), "id": key_id},
        )
        emit(conn, EventType.SIGNING_KEYS_CHANGED, {"key_ids": [key_id]})
