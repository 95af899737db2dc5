"""Who may do what at the till without asking a supervisor.

The rule from the shop floor: a supervisor PIN approves price overrides, discounts over the
cashier's limit and voids. The policy is data (a frozen dataclass) so a store can configure
other limits without touching the rules that enforce them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from pos.domain.errors import DiscountOverLimit, InvalidApproval, PermissionDenied
from pos.domain.money import round_half_up


class Role(StrEnum):
    """Staff roles, lowest first; compare with :attr:`rank`."""

    CASHIER = "cashier"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def at_least(self, other: Role) -> bool:
        return self.rank >= other.rank


_RANK = {Role.CASHIER: 0, Role.SUPERVISOR: 1, Role.MANAGER: 2}


class Action(StrEnum):
    """Actions that may need approval; the values appear in documents' ``approvals``."""

    DISCOUNT = "discount"
    PRICE_OVERRIDE = "price_override"
    VOID_LINE = "void_line"
    VOID_SALE = "void_sale"
    CARD_TERMINAL = "card_terminal"  # end-of-day, reversal, settling an unknown card payment
    RETURN = "return"  # money paid back for goods taken back (returns of web orders)
    RETURN_WITHOUT_RECEIPT = "return_without_receipt"  # a PIN asked of every role
    NO_SALE = "no_sale"  # the drawer opened with no sale (logged in the shift)
    CASH_VARIANCE = "cash_variance"  # closing a shift whose count is off by more than allowed


def _default_limits() -> dict[Role, Decimal]:
    return {Role.CASHIER: Decimal(10), Role.SUPERVISOR: Decimal(50), Role.MANAGER: Decimal(100)}


def _default_free() -> dict[Role, frozenset[Action]]:
    unrestricted = frozenset(
        {
            Action.PRICE_OVERRIDE,
            Action.VOID_LINE,
            Action.VOID_SALE,
            Action.RETURN,
            Action.RETURN_WITHOUT_RECEIPT,
            Action.NO_SALE,
            Action.CASH_VARIANCE,
        }
    )
    return {Role.CASHIER: frozenset(), Role.SUPERVISOR: unrestricted, Role.MANAGER: unrestricted}


@dataclass(frozen=True)
class Approval:
    """A supervisor's consent, given (PIN checked) by the service layer before the call."""

    approver_id: str
    approver_role: Role
    action: Action
    at: datetime  # timezone-aware

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError("Approval time must be timezone-aware")


@dataclass(frozen=True)
class RolePolicy:
    """Discount limits (percent) and the non-discount actions each role may do unaided.

    A role missing from a mapping has no discount allowance and no free actions.
    """

    discount_limits: Mapping[Role, Decimal] = field(default_factory=_default_limits, hash=False)
    free_actions: Mapping[Role, frozenset[Action]] = field(
        default_factory=_default_free, hash=False
    )

    def discount_limit(self, role: Role) -> Decimal:
        return self.discount_limits.get(role, Decimal(0))

    def allows(self, role: Role, action: Action, percent: Decimal | Fraction | None = None) -> bool:
        """May ``role`` do ``action`` on its own? ``percent`` is the discount's size (exact)."""
        if action is Action.DISCOUNT:
            return percent is None or Fraction(percent) <= Fraction(self.discount_limit(role))
        return action in self.free_actions.get(role, frozenset())

    def requires_approval(
        self, action: Action, role: Role, percent: Decimal | Fraction | None = None
    ) -> bool:
        return not self.allows(role, action, percent)

    def authorize(
        self,
        action: Action,
        role: Role,
        approval: Approval | None,
        percent: Decimal | Fraction | None = None,
    ) -> Approval | None:
        """Check ``role`` may act, possibly through ``approval``.

        Returns the approval that was *needed* (to be recorded), or ``None`` when the role
        could act alone. Raises :class:`DiscountOverLimit` / :class:`PermissionDenied` when an
        approval is needed and missing, :class:`InvalidApproval` when it does not cover it.
        """
        if self.allows(role, action, percent):
            return None
        if approval is None:
            if action is Action.DISCOUNT:
                shown = percent_text(percent if percent is not None else Fraction(0))
                raise DiscountOverLimit(role.value, self.discount_limit(role), shown)
            raise PermissionDenied(action.value, role.value)
        if approval.action is not action or not self.allows(
            approval.approver_role, action, percent
        ):
            raise InvalidApproval(action.value, approval.approver_role.value)
        return approval


def percent_text(percent: Decimal | Fraction) -> str:
    """A percentage for messages, two decimals at most (display only, never reused)."""
    value = Fraction(percent)
    shown = Decimal(value.numerator) / Decimal(value.denominator)
    return f"{round_half_up(shown, Decimal('0.01')).normalize():f}"
