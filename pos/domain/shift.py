"""A till's shift: its drawer from the opening float to the Z that closes it.

What the drawer should hold is **one function**, :func:`expected_cash`: the opening float,
plus the cash each sale kept (handed over minus the change given back), plus pay-ins, minus
pay-outs, safe drops, pickups and cash refunds. Every figure that shows or prints the
expected cash (X, Z, the close's variance) calls it, so they cannot disagree; the anchors
went wrong precisely where two code paths counted change or refunds differently.

A sale's cash is taken as *received − change*, never as the tender's allocated amount: the
two differ by the cash rounding and by split tenders, and only what physically stayed in the
drawer can be counted against.

Closing is blind by default: a count is kept with the expected figure it was made against,
and the UI decides (by :class:`CashPolicy`) whether the counter may see it. A recount adds a
count; every count is kept. A count made before more cash moved is outdated and cannot close.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from pos.domain.cash import CashCount
from pos.domain.errors import (
    CountOutdated,
    CurrencyMismatch,
    DrawerEventTwice,
    DrawerNotCounted,
    InvalidCashAmount,
    ReasonRequired,
    ShiftNotOpen,
    VarianceNeedsApproval,
)
from pos.domain.money import Currency, Money
from pos.domain.roles import Action, Approval, Role
from pos.domain.sale_document import SaleDoc

MAX_CASH_MINOR = 10**11  # one movement or one sale's cash: a billion units is a typing slip
MAX_NOTE = 200


class MovementKind(StrEnum):
    OPENING_FLOAT = "opening_float"
    PAY_IN = "pay_in"  # e.g. change brought from the safe
    PAY_OUT = "pay_out"  # e.g. a delivery paid from the drawer
    SAFE_DROP = "safe_drop"  # excess cash taken to the safe during the shift
    PICKUP = "pickup"  # cash collected from the drawer (cash-in-transit, the office)
    NO_SALE = "no_sale"  # the drawer opened with no money moved


# +1 into the drawer, -1 out of it.
DIRECTION = {
    MovementKind.OPENING_FLOAT: 1,
    MovementKind.PAY_IN: 1,
    MovementKind.PAY_OUT: -1,
    MovementKind.SAFE_DROP: -1,
    MovementKind.PICKUP: -1,
    MovementKind.NO_SALE: 0,
}
MUST_MOVE = frozenset(  # kinds that move some money
    {MovementKind.PAY_IN, MovementKind.PAY_OUT, MovementKind.SAFE_DROP, MovementKind.PICKUP}
)
NOTE_REQUIRED = frozenset({MovementKind.PAY_IN, MovementKind.PAY_OUT, MovementKind.NO_SALE})


def _aware(at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("shift times must be timezone-aware")


def _cash(amount: Money) -> None:
    if amount.is_negative() or amount.minor > MAX_CASH_MINOR:
        raise InvalidCashAmount(amount.amount)


@dataclass(frozen=True)
class CashMovement:
    """Cash in or out of the drawer that is not a sale, with its reason."""

    record_id: str
    kind: MovementKind
    amount: Money
    user_id: str
    at: datetime
    note: str = ""

    def __post_init__(self) -> None:
        _aware(self.at)
        _cash(self.amount)
        zero = self.amount.is_zero()
        no_sale = self.kind is MovementKind.NO_SALE
        if (no_sale and not zero) or (zero and self.kind in MUST_MOVE):
            raise InvalidCashAmount(self.amount.amount)  # only a float may be 0; a no-sale must be
        note = self.note.strip()
        if len(note) > MAX_NOTE or (self.kind in NOTE_REQUIRED and not note):
            raise ReasonRequired()
        object.__setattr__(self, "note", note)

    @property
    def signed(self) -> Money:
        return self.amount.times(DIRECTION[self.kind])


@dataclass(frozen=True)
class CashSale:
    """The cash side of a completed sale: what was handed over and the change given back."""

    record_id: str  # the sale id
    received: Money
    change: Money

    def __post_init__(self) -> None:
        _cash(self.received)
        _cash(self.change)
        if self.change > self.received:
            raise InvalidCashAmount(self.change.amount)

    @property
    def signed(self) -> Money:
        return self.received - self.change

    @classmethod
    def of_sale(cls, sale: SaleDoc, currency: Currency) -> CashSale | None:
        """The drawer's part of a completed sale's document; None when no cash was tendered
        (change only ever comes from cash)."""
        cash = [Decimal(t["received"]) for t in sale["tenders"] if t["kind"] == "cash"]
        if not cash:
            return None
        return cls(
            sale["sale_id"],
            Money(sum(cash, Decimal(0)), currency),
            Money(Decimal(sale["change"]), currency),
        )


@dataclass(frozen=True)
class CashRefund:
    """Cash paid back from the drawer (a return)."""

    record_id: str  # the return document's id
    amount: Money

    def __post_init__(self) -> None:
        _cash(self.amount)

    @property
    def signed(self) -> Money:
        return -self.amount


DrawerEvent = CashMovement | CashSale | CashRefund


def expected_cash(currency: Currency, events: Iterable[DrawerEvent]) -> Money:
    """float + cash kept by sales (received − change) + pay-ins − pay-outs − drops − pickups
    − cash refunds. The one place this sum is made."""
    return sum((event.signed for event in events), Money.zero(currency))


@dataclass(frozen=True)
class CashPolicy:
    """The store's rules for closing: how far a count may be off without a supervisor, and
    which roles see the expected figure while counting (none: blind for everyone)."""

    variance_limit: Decimal = Decimal("5.00")  # in the currency's units, either direction
    sees_expected: frozenset[Role] = field(default_factory=frozenset)

    def needs_approval(self, variance: Money) -> bool:
        return abs(variance.amount) > self.variance_limit


@dataclass(frozen=True)
class DrawerCount:
    """One count of the drawer, kept with the expected figure it was made against."""

    record_id: str
    count: CashCount
    expected: Money
    user_id: str
    at: datetime
    events_seen: int  # drawer events in the shift when counted: later cash outdates it

    @property
    def counted(self) -> Money:
        return self.count.total

    @property
    def variance(self) -> Money:
        """Counted − expected: negative is cash missing, positive cash over."""
        return self.counted - self.expected


@dataclass(frozen=True)
class Handover:
    """The drawer passed to another cashier; the shift goes on."""

    from_user: str
    to_user: str
    at: datetime


class ShiftState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class Closing:
    z_number: int
    at: datetime
    user_id: str
    count: DrawerCount
    approval: Approval | None


class Shift:
    """One shift of one till and drawer. The store keeps one open shift per till."""

    def __init__(
        self,
        shift_id: str,
        till_id: str,
        opened_by: str,
        opened_at: datetime,
        opening: CashCount,
        opening_record_id: str,
    ) -> None:
        _aware(opened_at)
        self.shift_id = shift_id
        self.till_id = till_id
        self.currency = opening.currency
        self.opened_by = opened_by
        self.opened_at = opened_at
        self.opening = opening
        self.holder = opened_by
        self._events: list[DrawerEvent] = []
        self._ids: set[str] = set()
        # expected_cash over the first ``_summed`` events: a sale then adds one term, not a
        # re-sum of the whole shift (the sum is additive, so this is still the one function).
        self._summed = 0
        self._expected = Money.zero(self.currency)
        self.counts: list[DrawerCount] = []
        self.handovers: list[Handover] = []
        self.closing: Closing | None = None
        self._append(
            CashMovement(
                opening_record_id,
                MovementKind.OPENING_FLOAT,
                opening.total,
                opened_by,
                opened_at,
            )
        )

    @property
    def state(self) -> ShiftState:
        return ShiftState.OPEN if self.closing is None else ShiftState.CLOSED

    @property
    def events(self) -> Sequence[DrawerEvent]:
        return tuple(self._events)

    @property
    def event_count(self) -> int:
        """Drawer events so far (a count made at an earlier number is outdated)."""
        return len(self._events)

    @property
    def expected(self) -> Money:
        if self._summed < len(self._events):
            fresh = expected_cash(self.currency, self._events[self._summed :])
            self._expected = self._expected + fresh
            self._summed = len(self._events)
        return self._expected

    def _open(self) -> None:
        if self.closing is not None:
            raise ShiftNotOpen()

    def _append(self, event: DrawerEvent) -> None:
        if event.record_id in self._ids:
            raise DrawerEventTwice(event.record_id)
        if event.signed.currency != self.currency:
            raise CurrencyMismatch(self.currency.code, event.signed.currency.code)
        self._ids.add(event.record_id)
        self._events.append(event)

    def record(self, event: DrawerEvent) -> None:
        """A sale's cash, a refund or a movement (not a second opening float)."""
        self._open()
        if isinstance(event, CashMovement) and event.kind is MovementKind.OPENING_FLOAT:
            raise InvalidCashAmount(event.amount.amount)
        self._append(event)

    def hand_over(self, to_user: str, at: datetime) -> Handover:
        self._open()
        _aware(at)
        handover = Handover(self.holder, to_user, at)
        self.handovers.append(handover)
        self.holder = to_user
        return handover

    def count(self, record_id: str, count: CashCount, user_id: str, at: datetime) -> DrawerCount:
        """Keep a count (a recount adds another); the caller shows its variance or not."""
        self._open()
        _aware(at)
        if count.currency != self.currency:
            raise CurrencyMismatch(self.currency.code, count.currency.code)
        counted = DrawerCount(record_id, count, self.expected, user_id, at, len(self._events))
        self.counts.append(counted)
        return counted

    def close(
        self,
        z_number: int,
        user_id: str,
        at: datetime,
        policy: CashPolicy,
        approval: Approval | None = None,
    ) -> Closing:
        """Close on the last count. A variance over the policy's limit needs an approval of
        ``cash_variance`` by a supervisor or higher; nothing changes when refused."""
        self._open()
        _aware(at)
        if z_number < 1:
            raise ValueError("Z numbers start at 1")
        if not self.counts:
            raise DrawerNotCounted()
        last = self.counts[-1]
        if last.events_seen != len(self._events):
            raise CountOutdated()
        needed: Approval | None = None
        if policy.needs_approval(last.variance):
            if (
                approval is None
                or approval.action is not Action.CASH_VARIANCE
                or not approval.approver_role.at_least(Role.SUPERVISOR)
            ):
                raise VarianceNeedsApproval(last.variance.amount)
            needed = approval
        self.closing = Closing(z_number, at, user_id, last, needed)
        return self.closing
