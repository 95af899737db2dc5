"""Till users and their PINs (argon2id).

Hash parameters: argon2id, time_cost=3, memory_cost=12 MiB, parallelism=1 (one of OWASP's
equivalent argon2id settings). Measured on the dev machine (2 cores, other work running): one
verify takes ~20-23 ms (t=2/19 MiB measured 18-33 ms, too noisy). Slow enough to make
guessing a stolen hash expensive, fast enough that ``find_approver`` (one verify per eligible
user) stays under a tenth of a second for a store's handful of supervisors. Hashes made with
other parameters still verify (the PHC string carries them). A PIN is never stored or logged
in clear.

PIN rules: 4-8 ASCII digits. A PIN must be unique among active users, since an approval is
given by typing a PIN alone (``find_approver``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from pos.domain.errors import PinNotDigits, PinTaken, PinWrongLength, UserNameEmpty, UsersExist
from pos.store.db import Database
from pos.store.models import User

ROLES = ("cashier", "supervisor", "manager")  # ascending authority
ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}

HASHER = PasswordHasher(time_cost=3, memory_cost=12288, parallelism=1, hash_len=32, salt_len=16)


def check_pin(pin: str) -> None:
    """Raise an ``InvalidUser`` (a ValueError the UI translates) unless ``pin`` is 4-8 digits."""
    if not isinstance(pin, str) or not (pin.isascii() and pin.isdigit()):
        raise PinNotDigits()
    if not 4 <= len(pin) <= 8:
        raise PinWrongLength()


def check_name(name: str) -> str:
    """The name as stored (trimmed); ``UserNameEmpty`` if nothing is left."""
    name = name.strip()
    if not name:
        raise UserNameEmpty()
    return name


def check_role(role: str) -> None:
    if role not in ROLE_RANK:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")


def hash_pin(pin: str) -> str:
    check_pin(pin)
    return str(HASHER.hash(pin))


def pin_matches(pin_hash: str, pin: str) -> bool:
    try:
        return bool(HASHER.verify(pin_hash, pin))
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: str
    name: str
    role: str


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.name, user.role)


class UserRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self, name: str, role: str, pin: str, user_id: str | None = None, *, first: bool = False
    ) -> UserInfo:
        """Add a user (``pos user add``, the first manager of the set-up). ``first``: only to
        a till with no users yet (``UsersExist`` otherwise)."""
        with self.creating(name, role, pin, user_id, first=first) as info:
            return info

    @contextmanager
    def creating(
        self, name: str, role: str, pin: str, user_id: str | None = None, *, first: bool = False
    ) -> Iterator[UserInfo]:
        """Add a user, committed only when the caller's block ends normally: the set-up
        writes its settings file inside it, so a refused file leaves no user either."""
        name = check_name(name)
        check_role(role)
        check_pin(pin)
        with self._db.write_session() as s:
            active = s.scalars(select(User).where(User.active.is_(True))).all()
            if first and active:
                raise UsersExist()
            if any(pin_matches(u.pin_hash, pin) for u in active):
                raise PinTaken()
            user = User(
                id=user_id or str(uuid.uuid4()),
                name=name,
                role=role,
                pin_hash=hash_pin(pin),
                active=True,
                created_at=datetime.now(UTC),
            )
            s.add(user)
            s.flush()
            yield _info(user)

    def list_active(self) -> list[UserInfo]:
        with self._db.session() as s:
            rows = s.scalars(select(User).where(User.active.is_(True)).order_by(User.name)).all()
            return [_info(u) for u in rows]

    def get(self, user_id: str) -> UserInfo | None:
        with self._db.session() as s:
            user = s.get(User, user_id)
            return None if user is None else _info(user)

    def verify(self, user_id: str, pin: str) -> UserInfo | None:
        """The user if active and the PIN is theirs, else None (no hint which was wrong)."""
        with self._db.session() as s:
            user = s.get(User, user_id)
            info = _info(user) if user is not None and user.active else None
            pin_hash = user.pin_hash if user is not None else None
        if info is None or pin_hash is None:
            return None
        return info if pin_matches(pin_hash, pin) else None

    def eligible_approvers(self, min_role: str) -> list[UserInfo]:
        """Active users of at least ``min_role``."""
        return [info for info, _hash in self._approvers(min_role)]

    def find_approver(
        self, pin: str, min_role: str, among: set[str] | None = None
    ) -> UserInfo | None:
        """The active user of at least ``min_role`` whose PIN this is, else None. ``among``
        limits the PINs tried to those users (locked-out approvers are not tried)."""
        for info, pin_hash in self._approvers(min_role):
            if (among is None or info.id in among) and pin_matches(pin_hash, pin):
                return info
        return None

    def _approvers(self, min_role: str) -> list[tuple[UserInfo, str]]:
        check_role(min_role)
        eligible = {r for r in ROLES if ROLE_RANK[r] >= ROLE_RANK[min_role]}
        with self._db.session() as s:
            rows = s.scalars(
                select(User)
                .where(User.active.is_(True), User.role.in_(eligible))
                .order_by(User.name, User.id)
            ).all()
            return [(_info(u), u.pin_hash) for u in rows]

    def set_pin(self, user_id: str, pin: str) -> None:
        check_pin(pin)
        with self._db.write_session() as s:
            user = s.get(User, user_id)
            if user is None:
                raise ValueError(f"no user {user_id}")
            others = s.scalars(select(User).where(User.active.is_(True), User.id != user_id))
            if any(pin_matches(u.pin_hash, pin) for u in others):
                raise PinTaken()
            user.pin_hash = hash_pin(pin)

    def deactivate(self, user_id: str) -> None:
        with self._db.write_session() as s:
            user = s.get(User, user_id)
            if user is not None:
                user.active = False
