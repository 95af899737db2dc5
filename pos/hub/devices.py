"""Pairing codes, device tokens and admin tokens.

Only SHA-256 hashes of tokens and codes are stored: a copy of the database does not let
anyone act as a till. Tokens carry 256 random bits, so a plain hash (not a slow password
hash) is the right tool; pairing codes are short (40 bits, for reading out loud) but one-time
and expiring. Neither tokens nor codes are ever logged.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, text

from pos.api.admin import AdminDevice, PairingCode
from pos.api.devices import PairingResult
from pos.api.problems import ProblemCode
from pos.hub.db import HubDatabase, now_text, parse_time, utc_text
from pos.hub.errors import HubProblem, not_found
from pos.hub.events import emit

# Crockford's base32 without I, L, O, U: nothing to misread when a manager reads it out.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READS_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})
DEVICE_TOKEN_PREFIX = "otd_"
ADMIN_TOKEN_PREFIX = "ota_"


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_code(code: str) -> str:
    """'abcd-efgh' and 'ABCD EFGH' are the same code; I/L read as 1, O as 0."""
    return "".join(ch for ch in code.upper() if ch.isalnum()).translate(_READS_AS)


@dataclass(frozen=True, slots=True)
class Device:
    id: str
    store_id: str
    till_id: str


def create_pairing_code(
    db: HubDatabase, store_id: str, till_id: str, ttl_seconds: int = 24 * 3600
) -> PairingCode:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    now = datetime.now(UTC)
    expires = now + timedelta(seconds=ttl_seconds)
    with db.write() as conn:
        _require_store(conn, store_id)
        conn.execute(
            text(
                "INSERT INTO pairing_codes (code_hash, store_id, till_id, created_at, expires_at)"
                " VALUES (:h, :store, :till, :now, :exp)"
            ),
            {
                "h": token_hash(raw),
                "store": store_id,
                "till": till_id,
                "now": utc_text(now),
                "exp": utc_text(expires),
            },
        )
    return PairingCode(
        code=f"{raw[:4]}-{raw[4:]}", store_id=store_id, till_id=till_id, expires_at=expires
    )


def _require_store(conn: Connection, store_id: str) -> None:
    kind = conn.execute(
        text("SELECT kind FROM locations WHERE id = :id"), {"id": store_id}
    ).scalar_one_or_none()
    if kind != "store":
        raise not_found("store", store_id)


def pair(db: HubDatabase, code: str, device_name: str | None) -> PairingResult:
    """Exchange a one-time code for a new device token (the only time the token is shown)."""
    code_hash = token_hash(normalise_code(code))
    now = now_text()
    token = DEVICE_TOKEN_PREFIX + secrets.token_urlsafe(32)
    device_id = str(uuid.uuid4())
    with db.write() as conn:
        row = conn.execute(
            text(
                "SELECT store_id, till_id, expires_at, used_at FROM pairing_codes"
                " WHERE code_hash = :h"
            ),
            {"h": code_hash},
        ).first()
        if row is None:
            raise HubProblem(
                400,
                ProblemCode.PAIRING_CODE_INVALID,
                "Unknown pairing code",
                "No such pairing code; check it or ask the manager for a new one.",
            )
        if row.used_at is not None:
            raise HubProblem(
                409,
                ProblemCode.PAIRING_CODE_USED,
                "Pairing code already used",
                "This code paired a device already; ask the manager for a new one.",
            )
        if row.expires_at <= now:
            raise HubProblem(
                410,
                ProblemCode.PAIRING_CODE_EXPIRED,
                "Pairing code expired",
                "This code has expired; ask the manager for a new one.",
            )
        conn.execute(
            text("UPDATE pairing_codes SET used_at = :now, device_id = :d WHERE code_hash = :h"),
            {"now": now, "d": device_id, "h": code_hash},
        )
        conn.execute(
            text(
                "INSERT INTO devices (id, store_id, till_id, name, token_hash, paired_at)"
                " VALUES (:id, :store, :till, :name, :h, :now)"
            ),
            {
                "id": device_id,
                "store": row.store_id,
                "till": row.till_id,
                "name": device_name,
                "h": token_hash(token),
                "now": now,
            },
        )
    return PairingResult(
        device_id=device_id,
        store_id=row.store_id,
        till_id=row.till_id,
        location_id=row.store_id,
        currency=db.currency,
        hub_id=db.hub_id,
        paired_at=parse_time(now),
        token=token,
    )


def authenticate_device(db: HubDatabase, token: str | None) -> Device:
    if not token:
        raise HubProblem(
            401,
            ProblemCode.TOKEN_MISSING,
            "Device token missing",
            "Send the device token as 'Authorization: Bearer <token>'; pair the till first.",
        )
    with db.read() as conn:
        row = conn.execute(
            text("SELECT id, store_id, till_id, revoked_at FROM devices WHERE token_hash = :h"),
            {"h": token_hash(token)},
        ).first()
    if row is None:
        raise HubProblem(
            401, ProblemCode.TOKEN_INVALID, "Invalid device token", "The hub does not know it."
        )
    if row.revoked_at is not None:
        raise HubProblem(
            401,
            ProblemCode.TOKEN_REVOKED,
            "Device token revoked",
            "This till was unpaired from the hub; pair it again with a new code.",
        )
    return Device(row.id, row.store_id, row.till_id)


def touch_device(db: HubDatabase, device_id: str) -> None:
    with db.write() as conn:
        conn.execute(
            text("UPDATE devices SET last_seen_at = :now WHERE id = :id"),
            {"now": now_text(), "id": device_id},
        )


def is_revoked(conn: Connection, device_id: str) -> bool:
    revoked = conn.execute(
        text("SELECT revoked_at FROM devices WHERE id = :id"), {"id": device_id}
    ).scalar_one_or_none()
    return revoked is not None


def revoke_device(db: HubDatabase, device_id: str) -> AdminDevice:
    with db.write() as conn:
        store_id = conn.execute(
            text(
                "UPDATE devices SET revoked_at = coalesce(revoked_at, :now) WHERE id = :id"
                " RETURNING store_id"
            ),
            {"now": now_text(), "id": device_id},
        ).scalar_one_or_none()
        if store_id is None:
            raise not_found("device", device_id)
        emit(conn, "device.revoked", {"device_id": device_id}, store_id=str(store_id))
    device = next((d for d in list_devices(db) if d.device_id == device_id), None)
    assert device is not None
    return device


def list_devices(db: HubDatabase) -> list[AdminDevice]:
    with db.read() as conn:
        rows = conn.execute(
            text(
                "SELECT id, store_id, till_id, name, paired_at, revoked_at, last_seen_at"
                " FROM devices ORDER BY paired_at, id"
            )
        ).all()
    return [
        AdminDevice(
            device_id=r.id,
            store_id=r.store_id,
            till_id=r.till_id,
            name=r.name,
            paired_at=parse_time(r.paired_at),
            revoked_at=None if r.revoked_at is None else parse_time(r.revoked_at),
            last_seen_at=None if r.last_seen_at is None else parse_time(r.last_seen_at),
        )
        for r in rows
    ]


def create_admin_token(db: HubDatabase, label: str | None = None, token: str | None = None) -> str:
    """Register an admin token (a new random one unless given); returns it."""
    token = token or ADMIN_TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.write() as conn:
        conn.execute(
            text(
                "INSERT INTO admin_tokens (token_hash, label, created_at) VALUES (:h, :l, :now)"
                " ON CONFLICT (token_hash) DO NOTHING"
            ),
            {"h": token_hash(token), "l": label, "now": now_text()},
        )
    return token


def check_admin_token(db: HubDatabase, token: str | None) -> None:
    if token:
        with db.read() as conn:
            found = conn.execute(
                text("SELECT 1 FROM admin_tokens WHERE token_hash = :h"), {"h": token_hash(token)}
            ).first()
        if found is not None:
            return
    raise HubProblem(
        401,
        ProblemCode.ADMIN_TOKEN_INVALID,
        "Admin token required",
        "Send a valid admin token as 'Authorization: Bearer <token>' (pos-hub admin-token).",
    )
