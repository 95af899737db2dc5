"""Opening a shift in service tests: selling needs one, as at a real till."""

from __future__ import annotations

from pos.domain.cash import CashCount
from pos.services.shifts import ShiftService, ShiftView
from pos.services.till import Till

TIMEOUT = 10
FLOAT_MINOR = {10_000: 2, 5_000: 2}  # 300.00 in notes of 100 and 50


def shifts(till: Till) -> ShiftService:
    assert till.shifts is not None, "the till has not started"
    return till.shifts


def open_shift(till: Till, pieces: dict[int, int] | None = None) -> ShiftView:
    """Open the till's shift as the signed-in user, with a float of 300.00 unless told."""
    count = CashCount(till.currency, FLOAT_MINOR if pieces is None else pieces)
    return shifts(till).open(count).result(TIMEOUT)
