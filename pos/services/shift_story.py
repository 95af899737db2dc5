"""A shift told as documents, and read back: the hub's ``ShiftEventDocument`` for each drawer
event, and the domain ``Shift`` rebuilt from the journal's range of the shift.

Writing and replaying live side by side so they cannot drift: what :func:`replay` reads is
exactly what the builders here wrote. The till rebuilds its open shift this way after a
restart (a SIGKILL mid-shift loses nothing that was committed) and makes every report, X or
Z, from the replayed story instead of running totals.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, cast

from pos.domain.cash import CashCount
from pos.domain.money import Currency, Money
from pos.domain.sale_document import ReturnDoc, SaleDoc, VoidDoc
from pos.domain.shift import (
    CashMovement,
    CashPolicy,
    CashRefund,
    CashSale,
    Closing,
    DrawerCount,
    MovementKind,
    Shift,
)
from pos.domain.shift_report import ShiftReport
from pos.store.shifts import SHIFT_KIND, JournalItem

SCHEMA = 1
# Replaying a close that was already approved (or allowed) when it was made: the store's
# limit may have changed since, the history may not.
_REPLAY_POLICY = CashPolicy(variance_limit=Decimal(10) ** 12)


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _count_doc(count: CashCount, expected: Money | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "pieces": [{"minor": m, "count": n} for m, n in count.pieces.items()],
        "total": str(count.total.amount),
    }
    if expected is not None:
        doc["expected"] = str(expected.amount)
    return doc


def _count_of(doc: Mapping[str, Any], currency: Currency) -> CashCount:
    return CashCount(currency, {int(p["minor"]): int(p["count"]) for p in doc["pieces"]})


@dataclass(frozen=True)
class Head:
    """What every event of one shift carries."""

    shift_id: str
    store_id: str
    till_id: str
    currency: str

    def event(self, record_id: str, event: str, user_id: str, at: datetime) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "record_id": record_id,
            "shift_id": self.shift_id,
            "store_id": self.store_id,
            "till_id": self.till_id,
            "user_id": user_id,
            "currency": self.currency,
            "event": event,
            "at": _iso(at),
        }


def opened_doc(head: Head, record_id: str, user_id: str, at: datetime, count: CashCount) -> Any:
    return head.event(record_id, "opened", user_id, at) | {"opening": _count_doc(count)}


def movement_doc(head: Head, movement: CashMovement) -> Any:
    return head.event(movement.record_id, "movement", movement.user_id, movement.at) | {
        "movement": {
            "kind": movement.kind.value,
            "amount": str(movement.amount.amount),
            "note": movement.note,
        }
    }


def handover_doc(head: Head, record_id: str, from_user: str, to_user: str, at: datetime) -> Any:
    return head.event(record_id, "handover", from_user, at) | {"to_user": to_user}


def count_doc(head: Head, count: DrawerCount) -> Any:
    return head.event(count.record_id, "count", count.user_id, count.at) | {
        "count": _count_doc(count.count, count.expected)
    }


def closed_doc(head: Head, record_id: str, closing: Closing, report: ShiftReport) -> Any:
    approval = closing.approval
    return head.event(record_id, "closed", closing.user_id, closing.at) | {
        "closing": {
            "z_number": closing.z_number,
            "count_record_id": closing.count.record_id,
            "approval": None
            if approval is None
            else {
                "action": approval.action.value,
                "approver_id": approval.approver_id,
                "approved_at": _iso(approval.at),
                "detail": f"variance {report.variance.amount if report.variance else 0}",
            },
            "totals": {
                "sales": _figure(report.sales.count, report.sales.amount),
                "returns": _figure(report.returns.count, report.returns.amount),
                "voided_sales": _figure(report.voided_sales.count, report.voided_sales.amount),
                "no_sales": report.no_sales,
                "expected": str(report.expected.amount),
                "counted": str(report.counted.amount if report.counted else 0),
                "variance": str(report.variance.amount if report.variance else 0),
            },
        }
    }


def _figure(count: int, amount: Money) -> dict[str, Any]:
    return {"count": count, "amount": str(amount.amount)}


@dataclass
class Story:
    """A shift rebuilt from the journal, with the documents its report is made of."""

    shift: Shift
    head: Head
    sales: list[SaleDoc] = field(default_factory=list)
    voids: list[VoidDoc] = field(default_factory=list)
    returns: list[ReturnDoc] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)  # documents already told (a repeat is not new)

    def _new(self, document_id: str) -> bool:
        if document_id in self.seen:
            return False
        self.seen.add(document_id)
        return True

    def add_sale(self, sale: SaleDoc) -> None:
        if not self._new(sale["sale_id"]):
            return
        self.sales.append(sale)
        cash = CashSale.of_sale(sale, self.shift.currency)
        if cash is not None and self.shift.closing is None:
            self.shift.record(cash)

    def add_void(self, void: VoidDoc) -> None:
        if self._new("void:" + void["sale_id"]):
            self.voids.append(void)

    def add_return(self, document: ReturnDoc) -> None:
        if not self._new(document["return_id"]):
            return
        self.returns.append(document)
        cash = sum(
            (Decimal(r["amount"]) for r in document["refunds"] if r["kind"] == "cash"), Decimal(0)
        )
        if cash and self.shift.closing is None:
            self.shift.record(CashRefund(document["return_id"], Money(cash, self.shift.currency)))


def replay(items: Iterable[JournalItem], currency: Currency) -> Story:
    """The shift as its journal range tells it (the first item is its ``opened`` event).
    Documents of another currency than the shift's are not the drawer's and are skipped."""
    story: Story | None = None
    for item in items:
        body = item.payload
        if item.kind == SHIFT_KIND:
            if story is None:
                story = _opened(body, currency)
            else:
                _apply(story, body)
            continue
        if story is None:
            continue
        if item.kind == "sale":
            sale = cast(SaleDoc, body["document"])
            if sale["currency"] == currency.code:
                story.add_sale(sale)
        elif item.kind == "sale_void":
            story.add_void(cast(VoidDoc, body["document"]))
        elif item.kind == "return" and body.get("currency") == currency.code:
            story.add_return(cast(ReturnDoc, body))
    if story is None:
        raise ValueError("the journal range holds no opened shift")
    return story


def _opened(body: Mapping[str, Any], currency: Currency) -> Story:
    shift = Shift(
        str(body["shift_id"]),
        str(body["till_id"]),
        str(body["user_id"]),
        _time(str(body["at"])),
        _count_of(body["opening"], currency),
        str(body["record_id"]),
    )
    head = Head(shift.shift_id, str(body["store_id"]), shift.till_id, currency.code)
    return Story(shift, head)


def _apply(story: Story, body: Mapping[str, Any]) -> None:
    shift = story.shift
    at = _time(str(body["at"]))
    event = body["event"]
    if event == "movement":
        move = body["movement"]
        shift.record(
            CashMovement(
                str(body["record_id"]),
                MovementKind(move["kind"]),
                Money(Decimal(move["amount"]), shift.currency),
                str(body["user_id"]),
                at,
                str(move.get("note", "")),
            )
        )
    elif event == "handover":
        shift.hand_over(str(body["to_user"]), at)
    elif event == "count":
        shift.count(
            str(body["record_id"]),
            _count_of(body["count"], shift.currency),
            str(body["user_id"]),
            at,
        )
    elif event == "closed":
        shift.close(int(body["closing"]["z_number"]), str(body["user_id"]), at, _REPLAY_POLICY)
