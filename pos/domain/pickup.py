"""Click & collect rules: the order's state machine and scan-verified picking.

Pure: the hub applies the same transitions as the till shows, and the till's pick list is
checked here, so a wrong item, an over-pick or a skipped state is refused in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from types import MappingProxyType
from typing import Literal

from pos.domain.errors import DomainError
from pos.domain.i18n import QT_TRANSLATE_NOOP

NEW = "new"
PICKING = "picking"
READY = "ready"
COLLECTED = "collected"
PARTIALLY_COLLECTED = "partially_collected"
CANCELLED = "cancelled"
EXPIRED = "expired"
OPEN_STATES = frozenset({NEW, PICKING, READY})

CLAIM = "claim"
RELEASE = "release"
MARK_READY = "ready"
COLLECT = "collect"

# (action, from state) -> to state; collect's target depends on what was handed over.
TRANSITIONS = MappingProxyType(
    {
        (CLAIM, NEW): PICKING,
        (CLAIM, READY): READY,  # the handover till takes it (two tills never hand it over)
        (RELEASE, PICKING): NEW,
        (RELEASE, READY): READY,
        (MARK_READY, PICKING): READY,
        (COLLECT, READY): COLLECTED,
    }
)

# A weighed line may come out heavier than ordered, within this factor (labels are weighed).
WEIGHT_TOLERANCE = Decimal("1.2")


class OrderNotOpen(DomainError):
    code = "pickup_not_open"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "Order {number} is closed (collected, cancelled or expired): it can no longer be "
        "changed. Nothing changed.",
    )

    def __init__(self, number: str, state: str) -> None:
        super().__init__(number=number, state=state)


class WrongOrderState(DomainError):
    code = "pickup_state"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "That step is not possible for order {number} in its present state."
    )

    def __init__(self, number: str, state: str) -> None:
        super().__init__(number=number, state=state)


class NotInOrder(DomainError):
    code = "pickup_not_in_order"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "{name} is not in this order. Put it back; nothing was picked."
    )

    def __init__(self, name: str) -> None:
        super().__init__(name=name)


class OverPick(DomainError):
    code = "pickup_over_pick"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "{name}: the order has {ordered}, {picked} picked already. Not added."
    )

    def __init__(self, name: str, ordered: Decimal, picked: Decimal) -> None:
        super().__init__(name=name, ordered=ordered, picked=picked)


class PickingUnfinished(DomainError):
    code = "pickup_unfinished"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "{count} line(s) are neither picked nor marked short. Pick them or mark them short.",
    )

    def __init__(self, count: int) -> None:
        super().__init__(count=count)


def next_state(action: str, state: str, number: str = "") -> str:
    """The state ``action`` leads to from ``state``; raises for a step the order forbids."""
    target = TRANSITIONS.get((action, state))
    if target is None:
        if state not in OPEN_STATES:
            raise OrderNotOpen(number, state)
        raise WrongOrderState(number, state)
    return target


@dataclass(frozen=True, slots=True)
class Substitute:
    product_id: str
    name: str
    quantity: Decimal
    unit_price_minor: int
    consent: bool  # the customer agreed (recorded; an item without consent is not handed over)


@dataclass(frozen=True, slots=True)
class PickLine:
    line_no: int
    product_id: str
    name: str
    sold_by: Literal["piece", "weight"]
    ordered: Decimal
    unit_price_minor: int
    picked: Decimal = Decimal(0)
    short: bool = False
    substitute: Substitute | None = None

    @property
    def limit(self) -> Decimal:
        """The most that may be picked: a weighed line within the weighing tolerance."""
        return self.ordered * WEIGHT_TOLERANCE if self.sold_by == "weight" else self.ordered

    @property
    def picked_enough(self) -> bool:
        """A weighed line counts as picked from ``ordered / tolerance`` on (labels vary)."""
        if self.sold_by == "weight":
            return self.picked * WEIGHT_TOLERANCE >= self.ordered
        return self.picked >= self.ordered

    @property
    def done(self) -> bool:
        return self.short or self.picked_enough

    @property
    def handed(self) -> Decimal:
        """What goes into the bag for this line (the substitute's quantity if one)."""
        if self.substitute is not None:
            return self.substitute.quantity if self.substitute.consent else Decimal(0)
        return self.picked


@dataclass(frozen=True, slots=True)
class PickList:
    """The lines of one order as picked so far (immutable: each step gives a new list)."""

    number: str
    lines: tuple[PickLine, ...]

    def line(self, line_no: int) -> PickLine:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        raise KeyError(line_no)

    def _with(self, changed: PickLine) -> PickList:
        return replace(
            self,
            lines=tuple(changed if ln.line_no == changed.line_no else ln for ln in self.lines),
        )

    def pick(self, product_id: str, quantity: Decimal, name: str) -> tuple[PickList, PickLine]:
        """A scanned item: ticks the first of its lines with room for it. Refuses an item
        the order does not have (with its name) and more than was ordered."""
        if quantity <= 0:
            raise OverPick(name, Decimal(0), quantity)
        candidates = [ln for ln in self.lines if ln.product_id == product_id and not ln.short]
        if not candidates:
            raise NotInOrder(name)
        for line in candidates:
            if not line.picked_enough and line.picked + quantity <= line.limit:
                picked = replace(line, picked=line.picked + quantity)
                return self._with(picked), picked
        first = candidates[0]
        raise OverPick(first.name, first.ordered, sum((c.picked for c in candidates), Decimal(0)))

    def mark_short(self, line_no: int) -> PickList:
        """The item cannot be found (or not all of it): what was picked stays."""
        return self._with(replace(self.line(line_no), short=True))

    def offer_substitute(self, line_no: int, substitute: Substitute) -> PickList:
        line = self.line(line_no)
        return self._with(replace(line, short=True, substitute=substitute))

    def unfinished(self) -> list[PickLine]:
        return [line for line in self.lines if not line.done]

    def check_finished(self) -> None:
        left = self.unfinished()
        if left:
            raise PickingUnfinished(len(left))

    @property
    def complete(self) -> bool:
        """Everything ordered was picked (no short line)."""
        return all(line.picked_enough and not line.short for line in self.lines)


# --- returns of collected web orders ----------------------------------------------------------


class ReturnTooMuch(DomainError):
    code = "pickup_return_too_much"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "{name}: only {left} can still be returned from this order. Nothing changed."
    )

    def __init__(self, name: str, left: Decimal) -> None:
        super().__init__(name=name, left=left)


class NothingToReturn(DomainError):
    code = "pickup_nothing_to_return"
    template = QT_TRANSLATE_NOOP("DomainError", "Choose what the customer brings back first.")


class OrderNotCollected(DomainError):
    code = "pickup_not_collected"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} was not collected: there is nothing to take back."
    )

    def __init__(self, number: str) -> None:
        super().__init__(number=number)


@dataclass(frozen=True, slots=True)
class ReturnableLine:
    """A line of a collected web order as it may come back: what left with the customer
    (the substitute if one was taken) less what was returned already."""

    line_no: int
    product_id: str
    name: str
    sold_by: Literal["piece", "weight"]
    unit_price_minor: int
    collected: Decimal
    returned: Decimal

    @property
    def left(self) -> Decimal:
        return self.collected - self.returned


def check_return(lines: tuple[ReturnableLine, ...], wanted: dict[int, Decimal]) -> None:
    """Refuses a return of nothing, of more than is left, or of part of a piece."""
    chosen = {n: q for n, q in wanted.items() if q > 0}
    if not chosen:
        raise NothingToReturn()
    by_no = {line.line_no: line for line in lines}
    for line_no, quantity in chosen.items():
        line = by_no[line_no]
        if quantity > line.left:
            raise ReturnTooMuch(line.name, line.left)
        if line.sold_by == "piece" and quantity != quantity.to_integral_value():
            raise ReturnTooMuch(line.name, line.left)
