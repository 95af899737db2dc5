"""Throttling of code guessing (pairing codes, typed pickup codes), kept in the database.

Every wrong guess is a row of ``failed_attempts`` (kind, subject, time); a subject with
``misses`` wrong guesses inside the last ``window`` is refused (429 ``too_many_attempts``
with ``Retry-After``: when its oldest miss leaves the window) before its guess is even
looked at. Being in the database, the count is shared by every hub process on it, and it
survives a restart. Times come from the caller (the hub's clock, ``HubState.clock``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import text

from pos.api.problems import ProblemCode
from pos.hub.db import HubDatabase, parse_time, utc_text
from pos.hub.errors import HubProblem


@dataclass(frozen=True, slots=True)
class Limit:
    kind: str
    misses: int  # wrong guesses a subject may make...
    window: timedelta  # ...within this long
    what: str  # for the message: "wrong pairing codes"


PAIRING = Limit("pairing", 10, timedelta(minutes=10), "wrong pairing codes")  # per address
PICKUP_CODE = Limit("pickup_code", 5, timedelta(minutes=10), "wrong pickup codes")  # per till


def wait_seconds(db: HubDatabase, limit: Limit, subject: str, now: datetime) -> int | None:
    """None when ``subject`` may guess now, else the whole seconds until it may."""
    with db.read() as conn:
        rows = conn.execute(
            text(
                "SELECT at FROM failed_attempts WHERE kind = :k AND subject = :s AND at > :since"
                " ORDER BY at DESC LIMIT :n"
            ),
            {
                "k": limit.kind,
                "s": subject[:128],
                "since": utc_text(now - limit.window),
                "n": limit.misses,
            },
        ).all()
    if len(rows) < limit.misses:
        return None
    oldest = parse_time(rows[-1].at)  # the oldest of the last ``misses``
    return max(1, math.ceil((oldest + limit.window - now).total_seconds()))


def check(db: HubDatabase, limit: Limit, subject: str, now: datetime) -> None:
    """Refuse (429) a subject that has guessed wrong too often of late."""
    wait = wait_seconds(db, limit, subject, now)
    if wait is not None:
        problem = HubProblem(
            429,
            ProblemCode.TOO_MANY_ATTEMPTS,
            "Too many attempts",
            f"{limit.misses} {limit.what} in {int(limit.window.total_seconds() // 60)} minutes;"
            f" try again in {wait} s.",
        )
        problem.headers["Retry-After"] = str(wait)
        raise problem


def missed(db: HubDatabase, limit: Limit, subject: str, now: datetime) -> None:
    """Count a wrong guess (and forget this kind's misses that left the window)."""
    with db.write() as conn:
        conn.execute(
            text("DELETE FROM failed_attempts WHERE kind = :k AND at <= :since"),
            {"k": limit.kind, "since": utc_text(now - limit.window)},
        )
        conn.execute(
            text("INSERT INTO failed_attempts (kind, subject, at) VALUES (:k, :s, :at)"),
            {"k": limit.kind, "s": subject[:128], "at": utc_text(now)},
        )
