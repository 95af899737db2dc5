"""A till's shift as it reaches the hub: one record per drawer event, under its till-made id.

Record kind ``shift`` (``pos.api.documents.RecordKind.SHIFT``). A shift is told as a story the
hub can check step by step: ``opened`` (with the float counted by denomination), then any
number of ``movement`` (pay-in, pay-out, safe drop, pickup, no-sale), ``handover`` and
``count`` (a blind count keeps the expected figure it was made against; recounts are more
counts), and one ``closed`` (the Z: its number, the count it closed on, the variance's
approval and the report's totals). The till's outbox pushes records in the order they were
made, so the hub sees ``opened`` first; a record for a shift the hub does not hold, or for a
closed one, is rejected. Sales and returns are not repeated here: they travel as their own
records, and ``closed.totals`` lets the hub compare the till's Z with what it received.

Amounts are decimal strings in the shift's currency (the hub's); counts give pieces per
denomination keyed by face value in minor units, so their totals are exact.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pos.api.common import MAX_INT32, DecimalStr, Id, UtcDateTime, WireModel
from pos.api.documents import ApprovalDocument

MAX_DENOMINATIONS = 32
MAX_PIECES = 99_999  # of one denomination (pos.domain.cash.MAX_PIECES)
MAX_NOTE = 200  # pos.domain.shift.MAX_NOTE

ShiftEvent = Literal["opened", "movement", "handover", "count", "closed"]
MovementKindName = Literal["pay_in", "pay_out", "safe_drop", "pickup", "no_sale"]


class PiecesDocument(WireModel):
    minor: int = Field(ge=1, le=MAX_INT32, strict=True, description="Face value, minor units.")
    count: int = Field(ge=1, le=MAX_PIECES, strict=True)


class CountDocument(WireModel):
    """A drawer count: pieces by denomination and the total they make."""

    pieces: list[PiecesDocument] = Field(max_length=MAX_DENOMINATIONS)
    total: DecimalStr
    expected: DecimalStr | None = Field(
        default=None, description="What the drawer should have held (counts only, not the float)."
    )


class MovementDocument(WireModel):
    kind: MovementKindName
    amount: DecimalStr = Field(description="Positive; 0 for a no-sale.")
    note: str = Field(default="", max_length=MAX_NOTE)


class FigureDocument(WireModel):
    count: int = Field(ge=0, le=MAX_INT32, strict=True)
    amount: DecimalStr


class ZTotalsDocument(WireModel):
    """The Z report's totals as the till made them (``pos.domain.shift_report``)."""

    sales: FigureDocument
    returns: FigureDocument
    voided_sales: FigureDocument
    no_sales: int = Field(ge=0, le=MAX_INT32, strict=True)
    expected: DecimalStr
    counted: DecimalStr
    variance: DecimalStr = Field(description="counted - expected; negative when short.")


class ClosingDocument(WireModel):
    z_number: int = Field(ge=1, le=MAX_INT32, strict=True, description="Sequential per till.")
    count_record_id: Id = Field(description="The count the shift closed on.")
    approval: ApprovalDocument | None = None
    totals: ZTotalsDocument


class ShiftEventDocument(WireModel):
    """One event of a shift; exactly the block its ``event`` names is present."""

    schema_: int = Field(alias="schema", ge=1, le=MAX_INT32, strict=True)
    record_id: Id
    shift_id: Id
    store_id: Id
    till_id: Id
    user_id: Id
    currency: str = Field(min_length=3, max_length=3)
    event: ShiftEvent
    at: UtcDateTime
    opening: CountDocument | None = Field(default=None, description="event 'opened'.")
    movement: MovementDocument | None = Field(default=None, description="event 'movement'.")
    to_user: Id | None = Field(default=None, description="event 'handover'.")
    count: CountDocument | None = Field(default=None, description="event 'count'.")
    closing: ClosingDocument | None = Field(default=None, description="event 'closed'.")
