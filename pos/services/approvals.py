"""Supervisor approvals by PIN, with sign-in's lockout: ``PIN_ATTEMPTS`` wrong PINs lock an
approver for ``PIN_LOCKOUT`` (all 10,000 four-digit PINs must not be triable at the counter).

Counted per approver. An approval naming its approver (``approver_id``) counts a wrong PIN
against that approver only. A PIN typed alone (the till's dialog today) is a guess at every
eligible approver's PIN at once, so it counts against each of them: five wrong PINs lock them
all, while approvers the action does not ask for (supervisors, for a manager's action) are
unaffected, and each approver's right PIN clears only their own count. A locked approver's
PIN is not even tried until the lockout ends - refused like any wrong PIN, so a guess that hits
a locked PIN tells the guesser nothing. Each lockout is journalled (who, which action, asked
by whom, until when; never a PIN) and kept for the manager's banner (:meth:`take_notices`).
Runs on the till's db worker (one thread), the notices are read from the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from pos.domain.roles import Action, Approval, Role
from pos.events import EventBus
from pos.services.errors import ApprovalLocked, WrongApprovalPin
from pos.services.events import ApprovalsLocked
from pos.store import Database, UserInfo, UserRepository
from pos.store.journal import append_entry

log = logging.getLogger(__name__)

JOURNAL_KIND: Final = "approval_locked"


@dataclass(frozen=True, slots=True)
class LockoutNotice:
    """What the manager is told: whose approvals were locked, when, and until when."""

    approver_id: str
    approver_name: str
    action: str
    at: datetime
    until: datetime


class ApprovalGuard:
    def __init__(
        self,
        db: Database,
        users: UserRepository,
        bus: EventBus,
        clock: Callable[[], datetime],
        attempts: int,
        lockout: timedelta,
    ) -> None:
        self._db = db
        self._users = users
        self._bus = bus
        self._clock = clock
        self._attempts = attempts
        self._lockout = lockout
        self._failures: dict[str, tuple[int, datetime]] = {}  # approver -> (count, locked until)
        self._notices: list[LockoutNotice] = []
        self._notices_lock = threading.Lock()

    def approve(
        self,
        pin: str,
        action: Action,
        min_role: Role,
        approver_id: str | None = None,
        requested_by: str | None = None,
    ) -> Approval:
        """The approval, or WrongApprovalPin / ApprovalLocked (nothing else changes)."""
        now = self._clock()
        candidates = self._users.eligible_approvers(min_role.value)
        if approver_id is not None:
            candidates = [u for u in candidates if u.id == approver_id]
        open_ = [u for u in candidates if self._locked_until(u.id, now) is None]
        if candidates and not open_:
            until = min(self._locked_until(u.id, now) or now for u in candidates)
            log.warning("approval for %s refused: approvers locked", action)
            raise ApprovalLocked(max(1, int((until - now).total_seconds())))
        approver = self._users.find_approver(pin, min_role.value, among={u.id for u in open_})
        if approver is not None:
            self._failures.pop(approver.id, None)
            log.info("approval for %s by %s", action, approver.id)
            return Approval(approver.id, Role(approver.role), action, now)
        locked = self._count_failure(open_, now)
        log.warning("approval for %s refused: PIN not of a %s", action, min_role)  # not the PIN
        if locked:
            self._journal(locked, action, requested_by, now)
        if locked and len(locked) == len(open_):  # nobody left who could approve this
            raise ApprovalLocked(int(self._lockout.total_seconds()))
        raise WrongApprovalPin(min_role.value)

    def take_notices(self) -> list[LockoutNotice]:
        """The lockouts since the last call (for the manager's banner; any thread)."""
        with self._notices_lock:
            notices, self._notices = self._notices, []
        return notices

    def _locked_until(self, approver_id: str, now: datetime) -> datetime | None:
        count, until = self._failures.get(approver_id, (0, now))
        return until if count == 0 and until > now else None

    def _count_failure(self, tried: list[UserInfo], now: datetime) -> list[UserInfo]:
        locked: list[UserInfo] = []
        for user in tried:
            count, _since = self._failures.get(user.id, (0, now))
            count += 1
            if count >= self._attempts:
                self._failures[user.id] = (0, now + self._lockout)
                locked.append(user)
            else:
                self._failures[user.id] = (count, now)
        return locked

    def _journal(
        self, locked: list[UserInfo], action: Action, requested_by: str | None, now: datetime
    ) -> None:
        until = now + self._lockout
        notices = [LockoutNotice(u.id, u.name, action.value, now, until) for u in locked]
        with self._db.write_session() as s:
            for user in locked:
                append_entry(
                    s,
                    JOURNAL_KIND,
                    user.id,
                    {
                        "approver_id": user.id,
                        "action": action.value,
                        "requested_by": requested_by,
                        "wrong_pins": self._attempts,
                        "at": now.isoformat(),
                        "until": until.isoformat(),
                    },
                )
        with self._notices_lock:
            self._notices.extend(notices)
        for user in locked:
            log.warning("approvals by %s locked until %s", user.id, until.isoformat())
        self._bus.publish(ApprovalsLocked(tuple(u.id for u in locked), until))
