"""Opaque feed cursors: ``<feed>.<hub_id>.<seq as 16 hex digits>``.

Fixed width, so later cursors of one feed and hub compare greater as strings (a till can spot
one that goes backwards). The hub id makes a cursor of a reset or other hub fail with
``410 cursor_expired`` (sync again from the start) rather than silently skip or repeat.
"""

from __future__ import annotations

import re

from pos.api.problems import ProblemCode
from pos.hub.errors import HubProblem

_CURSOR = re.compile(r"^([a-z]+)\.([0-9a-f]{12})\.([0-9a-f]{16})$")


def encode(feed: str, hub_id: str, seq: int) -> str:
    return f"{feed}.{hub_id}.{seq:016x}"


def decode(cursor: str | None, feed: str, hub_id: str, high_water: int) -> int:
    """The seq a cursor stands for (0 without one); problem+json errors for bad cursors."""
    if not cursor:
        return 0
    match = _CURSOR.match(cursor)
    if match is None or match.group(1) != feed:
        raise HubProblem(
            400,
            ProblemCode.CURSOR_INVALID,
            "Invalid cursor",
            f"Not a cursor of the {feed} feed; send back a cursor this hub gave you.",
        )
    seq = int(match.group(3), 16)
    if match.group(2) != hub_id or seq > high_water:
        raise HubProblem(
            410,
            ProblemCode.CURSOR_EXPIRED,
            "Cursor expired",
            f"The hub's data was reset since this cursor was issued; sync the {feed} feed "
            "again from the start.",
        )
    return seq
