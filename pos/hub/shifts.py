"""A till's shifts at the hub: each drawer event checked as the story a till could tell, and
the day's shifts read out beside the sales the hub itself received.

A device is trusted with nothing. :func:`check_event` needs no database: exactly the block
the event names, counts made of real notes and coins of the hub's currency that add up to
their total, movements the domain would have made (``pos.domain.shift.CashMovement``: a
no-sale moves nothing, a pay-in has its reason), a Z whose variance is counted − expected,
no time in the future. :func:`apply_event` runs in the upload's transaction, in the batch's
order, and checks what needs the hub's data: ``opened`` only when that till has no open shift;
any other event only of a shift the hub holds for that till (``unknown_shift``) and that is
still open (``shift_closed``), not before it opened; ``closed`` numbered the till's last Z + 1
and closing on the shift's last count (no movement after it) with that count's total. A
refused event writes nothing (``pos.hub.documents`` holds each record id once: a repeat is a
duplicate).

The variance's approval: the hub cannot know the till's variance limit, so a Z without an
approval is taken (and listed with its variance, for a manager to see); an approval is
refused only where no till makes one (no variance, or another action than ``cash_variance``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, DecimalException
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

from pos.api.admin import ShiftFigure, ShiftList, ShiftSummary
from pos.api.documents import ApprovalDocument, RejectCode
from pos.api.shifts import CountDocument, ShiftEventDocument, ZTotalsDocument
from pos.domain.cash import CashCount
from pos.domain.documents import parse_money
from pos.domain.errors import DomainError, InvalidDocument, ReasonRequired
from pos.domain.money import Currency, Money
from pos.domain.roles import Action
from pos.domain.shift import MAX_CASH_MINOR, CashMovement, MovementKind
from pos.hub.db import HubDatabase, parse_time, utc_text
from pos.hub.document_rules import CLOCK_LEEWAY, Rejected, hub_currency

# The event each optional block belongs to; exactly that one is present.
BLOCKS = {
    "opened": "opening",
    "movement": "movement",
    "handover": "to_user",
    "count": "count",
    "closed": "closing",
}
TIMEZONE = "UTC"  # the hub keeps no store timezone: a listing's date is a UTC date
# No till's clock is set before 2000; a listing's dates stay where times format and compare.
MIN_DATE, MAX_DATE = date(2000, 1, 1), date(9998, 12, 31)
EARLIEST = datetime.combine(MIN_DATE, time(), tzinfo=UTC)


# --- the document alone -----------------------------------------------------------------------


def _money(value: str, currency: Currency, where: str, *, signed: bool = False) -> Money:
    """An amount of the shift: exact in the currency, within what one drawer may hold, and
    not negative unless ``signed`` (a variance)."""
    try:
        money = parse_money(value, currency)
    except InvalidDocument as error:
        raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, f"{where}: {error}") from None
    except DecimalException:
        raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, f"{where} is beyond bounds") from None
    if (money.is_negative() and not signed) or abs(money.amount) > _MAX_AMOUNT[currency.code]:
        raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, f"{where} is out of range ({value})")
    return money


class _MaxAmount(dict[str, Decimal]):
    """MAX_CASH_MINOR in each currency's units (looked up once per currency)."""

    def __missing__(self, code: str) -> Decimal:
        value = Money.from_minor(MAX_CASH_MINOR, hub_currency(code)).amount
        self[code] = value
        return value


_MAX_AMOUNT = _MaxAmount()


def _count(doc: CountDocument, currency: Currency, where: str) -> CashCount:
    """A count as the domain holds it: real denominations, each once, adding up to its total."""
    minors = [p.minor for p in doc.pieces]
    if len(set(minors)) != len(minors):
        raise Rejected(RejectCode.INVALID_DOCUMENT, f"{where} lists a denomination twice")
    try:
        count = CashCount(currency, {p.minor: p.count for p in doc.pieces})
    except DomainError as error:
        raise Rejected(RejectCode.UNKNOWN_DENOMINATION, f"{where}: {error}") from None
    total = _money(doc.total, currency, f"{where} total")
    if count.total != total:
        raise Rejected(
            RejectCode.TOTALS_MISMATCH,
            f"{where}: its pieces make {count.total.amount}, not {total.amount}",
        )
    if count.total.minor > MAX_CASH_MINOR:
        raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, f"{where} total is out of range")
    if doc.expected is not None:
        _money(doc.expected, currency, f"{where} expected", signed=True)
    return count


def _movement(doc: ShiftEventDocument, currency: Currency) -> None:
    assert doc.movement is not None
    amount = _money(doc.movement.amount, currency, "the movement")
    try:
        CashMovement(
            doc.record_id,
            MovementKind(doc.movement.kind),
            amount,
            doc.user_id,
            doc.at,
            doc.movement.note,
        )
    except ReasonRequired:
        raise Rejected(
            RejectCode.INVALID_DOCUMENT, f"a {doc.movement.kind} movement needs its reason"
        ) from None
    except DomainError as error:
        raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, f"the movement: {error}") from None


def _totals(totals: ZTotalsDocument, currency: Currency) -> None:
    for name in ("sales", "returns", "voided_sales"):
        _money(getattr(totals, name).amount, currency, f"the Z's {name}")
    expected = _money(totals.expected, currency, "the Z's expected", signed=True)
    counted = _money(totals.counted, currency, "the Z's counted")
    variance = _money(totals.variance, currency, "the Z's variance", signed=True)
    if counted - expected != variance:
        raise Rejected(
            RejectCode.TOTALS_MISMATCH,
            f"the Z's variance is {variance.amount}, but counted - expected is "
            f"{(counted - expected).amount}",
        )


def check_event(doc: ShiftEventDocument, currency_code: str, now: datetime) -> None:
    """A schema-valid shift event (its store, till, currency and id already checked), refused
    unless a till could have made it."""
    currency = hub_currency(currency_code)
    present = [block for block in BLOCKS.values() if getattr(doc, block) is not None]
    if present != [BLOCKS[doc.event]]:
        raise Rejected(
            RejectCode.INVALID_DOCUMENT,
            f"a {doc.event!r} event carries {BLOCKS[doc.event]!r} alone, not {present}",
        )
    if doc.at > now + CLOCK_LEEWAY:
        raise Rejected(RejectCode.TIME_OUT_OF_RANGE, f"it happened in the future ({doc.at})")
    if doc.at < EARLIEST:
        raise Rejected(RejectCode.TIME_OUT_OF_RANGE, f"no till's clock says {doc.at}")
    if doc.opening is not None:
        _count(doc.opening, currency, "the float")
    elif doc.count is not None:
        _count(doc.count, currency, "the count")
    elif doc.movement is not None:
        _movement(doc, currency)
    elif doc.closing is not None:
        _totals(doc.closing.totals, currency)
        approval = doc.closing.approval
        if approval is not None and approval.action != Action.CASH_VARIANCE:
            raise Rejected(
                RejectCode.APPROVAL_MISMATCH,
                f"a Z is approved for {Action.CASH_VARIANCE.value!r}, not {approval.action!r}",
            )
        if approval is not None and Decimal(doc.closing.totals.variance) == 0:
            raise Rejected(RejectCode.APPROVAL_MISMATCH, "an approval of a Z with no variance")


# --- in the upload's transaction ----------------------------------------------------------------


def _minor(value: str, currency: Currency) -> int:
    return parse_money(value, currency).minor


def _pieces_json(doc: CountDocument) -> str:
    return orjson.dumps({str(p.minor): p.count for p in doc.pieces}).decode()


def _shift(conn: Connection, doc: ShiftEventDocument) -> Any:
    """The open shift the event belongs to, or the reason there is none."""
    row = conn.execute(
        text("SELECT state, store_id, till_id, opened_at FROM shifts WHERE shift_id = :id"),
        {"id": doc.shift_id},
    ).first()
    if row is None or (row.store_id, row.till_id) != (doc.store_id, doc.till_id):
        raise Rejected(
            RejectCode.UNKNOWN_SHIFT, f"the hub holds no shift {doc.shift_id} of this till"
        )
    if row.state != "open":
        raise Rejected(RejectCode.SHIFT_CLOSED, f"shift {doc.shift_id} is closed")
    if utc_text(doc.at) < row.opened_at:
        raise Rejected(
            RejectCode.TIME_OUT_OF_RANGE,
            f"it happened before its shift opened ({parse_time(row.opened_at)})",
        )
    return row


def apply_event(
    conn: Connection, doc: ShiftEventDocument, currency_code: str, received_at: str
) -> None:
    """Check an event against the shifts the hub holds, then write it (nothing when refused:
    every check comes before the first write)."""
    currency = hub_currency(currency_code)
    at = utc_text(doc.at)
    row: dict[str, Any] = {
        "record_id": doc.record_id,
        "shift_id": doc.shift_id,
        "event": doc.event,
        "user_id": doc.user_id,
        "at": at,
        "kind": None,
        "amount_minor": None,
        "expected_minor": None,
        "pieces": None,
        "note": None,
        "to_user": None,
        "received_at": received_at,
    }
    if doc.event == "opened":
        assert doc.opening is not None
        _open(conn, doc)
        row.update(amount_minor=_minor(doc.opening.total, currency))
        row.update(pieces=_pieces_json(doc.opening))
        conn.execute(
            text(
                "INSERT INTO shifts (shift_id, store_id, till_id, currency, state, opened_by,"
                " opened_at, float_minor, holder) VALUES (:shift_id, :store_id, :till_id,"
                " :currency, 'open', :user_id, :at, :amount_minor, :user_id)"
            ),
            {**row, "store_id": doc.store_id, "till_id": doc.till_id, "currency": currency.code},
        )
    else:
        _shift(conn, doc)
        if doc.movement is not None:
            row.update(kind=doc.movement.kind, note=doc.movement.note)
            row.update(amount_minor=_minor(doc.movement.amount, currency))
        elif doc.to_user is not None:
            row.update(to_user=doc.to_user)
            conn.execute(
                text("UPDATE shifts SET holder = :to WHERE shift_id = :id"),
                {"to": doc.to_user, "id": doc.shift_id},
            )
        elif doc.count is not None:
            row.update(amount_minor=_minor(doc.count.total, currency))
            row.update(pieces=_pieces_json(doc.count))
            if doc.count.expected is not None:
                row.update(expected_minor=_minor(doc.count.expected, currency))
        elif doc.closing is not None:
            _close(conn, doc, currency)
    conn.execute(
        text(
            "INSERT INTO shift_events (record_id, shift_id, event, user_id, at, kind,"
            " amount_minor, expected_minor, pieces, note, to_user, received_at) VALUES"
            " (:record_id, :shift_id, :event, :user_id, :at, :kind, :amount_minor,"
            " :expected_minor, :pieces, :note, :to_user, :received_at)"
        ),
        row,
    )


def _open(conn: Connection, doc: ShiftEventDocument) -> None:
    if conn.execute(
        text("SELECT 1 FROM shifts WHERE shift_id = :id"), {"id": doc.shift_id}
    ).first():
        raise Rejected(RejectCode.SHIFT_OPEN, f"shift {doc.shift_id} was opened before")
    open_one = conn.execute(
        text("SELECT shift_id FROM shifts WHERE store_id = :s AND till_id = :t AND state = 'open'"),
        {"s": doc.store_id, "t": doc.till_id},
    ).scalar_one_or_none()
    if open_one is not None:
        raise Rejected(
            RejectCode.SHIFT_OPEN, f"till {doc.till_id} has shift {open_one} open: close it first"
        )


def _close(conn: Connection, doc: ShiftEventDocument, currency: Currency) -> None:
    closing = doc.closing
    assert closing is not None
    last_z = conn.execute(
        text("SELECT max(z_number) FROM shifts WHERE store_id = :s AND till_id = :t"),
        {"s": doc.store_id, "t": doc.till_id},
    ).scalar_one()
    if closing.z_number != (last_z or 0) + 1:
        raise Rejected(
            RejectCode.Z_NUMBER_OUT_OF_ORDER,
            f"Z {closing.z_number}, but the till's last Z is {last_z or 'none'}",
        )
    count = conn.execute(
        text(
            "SELECT record_id, at, amount_minor, expected_minor FROM shift_events"
            " WHERE shift_id = :id AND event = 'count' ORDER BY at DESC, received_at DESC"
        ),
        {"id": doc.shift_id},
    ).first()
    if count is None or count.record_id != closing.count_record_id:
        last = "it has none" if count is None else f"the last is {count.record_id}"
        raise Rejected(
            RejectCode.UNKNOWN_COUNT,
            f"{closing.count_record_id} is not the last count of shift {doc.shift_id} ({last})",
        )
    if conn.execute(  # the domain's CountOutdated, as far as the hub sees the drawer
        text("SELECT 1 FROM shift_events WHERE shift_id = :id AND event = 'movement' AND at > :at"),
        {"id": doc.shift_id, "at": count.at},
    ).first():
        raise Rejected(
            RejectCode.UNKNOWN_COUNT, f"cash moved after count {count.record_id}: count again"
        )
    totals = closing.totals
    counted, expected = _minor(totals.counted, currency), _minor(totals.expected, currency)
    if counted != count.amount_minor:
        raise Rejected(
            RejectCode.TOTALS_MISMATCH,
            f"the Z counted {totals.counted}, its count {count.record_id} counted "
            f"{Money.from_minor(count.amount_minor, currency).amount}",
        )
    if count.expected_minor is not None and expected != count.expected_minor:
        raise Rejected(
            RejectCode.TOTALS_MISMATCH,
            f"the Z expected {totals.expected}, its count was made against "
            f"{Money.from_minor(count.expected_minor, currency).amount}",
        )
    approval = closing.approval
    conn.execute(
        text(
            "UPDATE shifts SET state = 'closed', closed_by = :user, closed_at = :at,"
            " z_number = :z, count_record_id = :count, expected_minor = :expected,"
            " counted_minor = :counted, variance_minor = :variance, approval = :approval,"
            " totals = :totals WHERE shift_id = :id"
        ),
        {
            "user": doc.user_id,
            "at": utc_text(doc.at),
            "z": closing.z_number,
            "count": count.record_id,
            "expected": expected,
            "counted": counted,
            "variance": _minor(totals.variance, currency),
            "approval": None if approval is None else approval.model_dump_json(),
            "totals": totals.model_dump_json(),
            "id": doc.shift_id,
        },
    )


# --- the listing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sales:
    count: int
    minor: int


def day_bounds(day: date) -> tuple[str, str]:
    """The UTC times (as stored) a listing's date spans: [start, end)."""
    start = datetime.combine(day, time(), tzinfo=UTC)
    return utc_text(start), utc_text(start + timedelta(days=1))


def list_shifts(db: HubDatabase, store_id: str | None, day: date, now: datetime) -> ShiftList:
    """The shifts opened on ``day`` (UTC), oldest first, each with what the hub itself
    received from its till in its time (a Z whose sales differ shows it)."""
    currency = hub_currency(db.currency)
    start, end = day_bounds(day)
    where = "opened_at >= :start AND opened_at < :end"
    params: dict[str, Any] = {"start": start, "end": end}
    if store_id is not None:
        where += " AND store_id = :store"
        params["store"] = store_id
    with db.read() as conn:
        shifts = conn.execute(
            text(f"SELECT * FROM shifts WHERE {where} ORDER BY opened_at, store_id, till_id"),
            params,
        ).all()
        ids = [s.shift_id for s in shifts]
        moves: dict[str, dict[str, list[int]]] = defaultdict(dict)
        if ids:
            movements = text(
                "SELECT shift_id, kind, count(*) AS n, sum(amount_minor) AS minor"
                " FROM shift_events WHERE event = 'movement' AND shift_id IN :ids"
                " GROUP BY shift_id, kind"
            ).bindparams(bindparam("ids", expanding=True))
            for m in conn.execute(movements, {"ids": ids}):
                moves[m.shift_id][m.kind] = [int(m.n), int(m.minor)]
        last_counts = _last_counts(conn, ids)
        received = {s.shift_id: _received_sales(conn, s, currency, now) for s in shifts}
    return ShiftList(
        store_id=store_id,
        date=day,
        timezone=TIMEZONE,
        shifts=[
            _summary(
                s, moves[s.shift_id], last_counts.get(s.shift_id), received[s.shift_id], currency
            )
            for s in shifts
        ],
    )


def _last_counts(conn: Connection, ids: list[str]) -> dict[str, Any]:
    """Each open shift's last count (an open shift shows where its drawer stood)."""
    out: dict[str, Any] = {}
    for shift_id in ids:
        row = conn.execute(
            text(
                "SELECT amount_minor, expected_minor FROM shift_events"
                " WHERE shift_id = :id AND event = 'count' ORDER BY at DESC, received_at DESC"
            ),
            {"id": shift_id},
        ).first()
        if row is not None:
            out[shift_id] = row
    return out


def _received_sales(conn: Connection, shift: Any, currency: Currency, now: datetime) -> _Sales:
    """The sales the hub received from the shift's till completed between its opening and
    its close (or now). A sale is received after it is completed, give or take the till's
    clock, so only documents received since the opening are read."""
    since = utc_text(parse_time(shift.opened_at) - CLOCK_LEEWAY)
    until = shift.closed_at or utc_text(now + CLOCK_LEEWAY)
    count, minor = 0, 0
    for (body,) in conn.execute(
        text(
            "SELECT body FROM documents WHERE kind = 'sale' AND store_id = :s AND till_id = :t"
            " AND received_at >= :since"
        ),
        {"s": shift.store_id, "t": shift.till_id, "since": since},
    ):
        sale = orjson.loads(body)
        completed = utc_text(datetime.fromisoformat(sale["completed_at"]))
        if shift.opened_at <= completed <= until:
            count += 1
            minor += parse_money(sale["total"], currency).minor
    return _Sales(count, minor)


def _amount(minor: int | None, currency: Currency) -> str | None:
    return None if minor is None else str(Money.from_minor(minor, currency).amount)


def _summary(
    s: Any, moves: dict[str, list[int]], last_count: Any, sales: _Sales, currency: Currency
) -> ShiftSummary:
    if s.state == "closed":
        expected, counted, variance = s.expected_minor, s.counted_minor, s.variance_minor
    else:
        counted = None if last_count is None else last_count.amount_minor
        expected = None if last_count is None else last_count.expected_minor
        variance = None if counted is None or expected is None else counted - expected
    reported = None if s.totals is None else ZTotalsDocument.model_validate_json(s.totals)
    received = ShiftFigure(count=sales.count, amount=_amount(sales.minor, currency) or "0")
    mismatch = None
    if reported is not None:
        mismatch = (reported.sales.count, _minor(reported.sales.amount, currency)) != (
            sales.count,
            sales.minor,
        )
    return ShiftSummary(
        shift_id=s.shift_id,
        store_id=s.store_id,
        till_id=s.till_id,
        state=s.state,
        opened_by=s.opened_by,
        opened_at=parse_time(s.opened_at),
        holder=s.holder,
        opening_float=_amount(s.float_minor, currency) or "0",
        movements={
            kind: ShiftFigure(count=n, amount=_amount(minor, currency) or "0")
            for kind, (n, minor) in sorted(moves.items())
        },
        expected=_amount(expected, currency),
        counted=_amount(counted, currency),
        variance=_amount(variance, currency),
        closed_by=s.closed_by,
        closed_at=None if s.closed_at is None else parse_time(s.closed_at),
        z_number=s.z_number,
        approval=None if s.approval is None else ApprovalDocument.model_validate_json(s.approval),
        reported=reported,
        received_sales=received,
        sales_mismatch=mismatch,
    )


# --- the table (pos-hub shifts) -------------------------------------------------------------------

_COLUMNS = (
    "Store",
    "Till",
    "Opened by",
    "Opened",
    "Closed",
    "Z",
    "Float",
    "Movements",
    "Expected",
    "Counted",
    "Variance",
    "Approved by",
    "Z sales",
    "Hub sales",
    "Check",
)


def _movements_text(summary: ShiftSummary) -> str:
    parts = []
    for kind, figure in summary.movements.items():
        times = "" if figure.count == 1 else f"{figure.count}x "
        parts.append(
            f"{kind} x{figure.count}" if kind == "no_sale" else f"{kind} {times}{figure.amount}"
        )
    return ", ".join(parts) or "-"


def _row(s: ShiftSummary) -> tuple[str, ...]:
    reported = s.reported
    check = "open" if s.sales_mismatch is None else ("MISMATCH" if s.sales_mismatch else "ok")
    return (
        s.store_id,
        s.till_id,
        s.opened_by,
        f"{s.opened_at:%H:%M}",
        "-" if s.closed_at is None else f"{s.closed_at:%H:%M}",
        "-" if s.z_number is None else str(s.z_number),
        s.opening_float,
        _movements_text(s),
        s.expected or "-",
        s.counted or "-",
        s.variance or "-",
        "-" if s.approval is None else s.approval.approver_id,
        "-" if reported is None else f"{reported.sales.count} / {reported.sales.amount}",
        f"{s.received_sales.count} / {s.received_sales.amount}",
        check,
    )


def render_table(listing: ShiftList) -> str:
    """The listing as a plain-text table, a title line first; ``Check`` says MISMATCH where
    the Z's sales are not the ones the hub received (a sale still queued at the till, or lost)."""
    where = "every store" if listing.store_id is None else listing.store_id
    title = f"Shifts opened on {listing.date} ({listing.timezone}), {where}"
    if not listing.shifts:
        return f"{title}: none"
    rows = [_COLUMNS, *(_row(s) for s in listing.shifts)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    lines = [f"{title}:"]
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
