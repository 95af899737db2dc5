"""Who may act alone: cashiers need a supervisor for voids, overrides and big discounts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos.domain.errors import DiscountOverLimit, InvalidApproval, PermissionDenied
from pos.domain.roles import Action, Role, RolePolicy

from .builders import approval

POLICY = RolePolicy()


def test_roles_are_ordered_by_rank() -> None:
    assert Role.CASHIER.rank < Role.SUPERVISOR.rank < Role.MANAGER.rank
    assert Role.MANAGER.at_least(Role.SUPERVISOR)
    assert not Role.CASHIER.at_least(Role.SUPERVISOR)


@pytest.mark.parametrize(
    ("role", "limit"),
    [(Role.CASHIER, Decimal(10)), (Role.SUPERVISOR, Decimal(50)), (Role.MANAGER, Decimal(100))],
)
def test_default_discount_limits(role: Role, limit: Decimal) -> None:
    assert POLICY.discount_limit(role) == limit
    assert not POLICY.requires_approval(Action.DISCOUNT, role, limit)
    assert POLICY.requires_approval(Action.DISCOUNT, role, limit + Decimal("0.01"))


@pytest.mark.parametrize("action", [Action.VOID_LINE, Action.VOID_SALE, Action.PRICE_OVERRIDE])
def test_cashier_needs_approval_for_voids_and_price_overrides(action: Action) -> None:
    assert POLICY.requires_approval(action, Role.CASHIER)
    assert not POLICY.requires_approval(action, Role.SUPERVISOR)
    assert not POLICY.requires_approval(action, Role.MANAGER)


def test_authorize_without_need_uses_no_approval() -> None:
    assert POLICY.authorize(Action.VOID_LINE, Role.SUPERVISOR, None) is None


def test_authorize_missing_approval_raises_permission_denied() -> None:
    with pytest.raises(PermissionDenied) as caught:
        POLICY.authorize(Action.VOID_LINE, Role.CASHIER, None)
    assert caught.value.params == {"action": "void_line", "role": "cashier"}


def test_discount_over_limit_carries_the_limit() -> None:
    with pytest.raises(DiscountOverLimit) as caught:
        POLICY.authorize(Action.DISCOUNT, Role.CASHIER, None, Decimal(15))
    assert caught.value.params["limit"] == "10"
    assert caught.value.params["percent"] == "15"
    assert isinstance(caught.value, PermissionDenied)


def test_approval_for_another_action_is_refused() -> None:
    with pytest.raises(InvalidApproval):
        POLICY.authorize(Action.VOID_LINE, Role.CASHIER, approval(Action.VOID_SALE))


def test_supervisor_cannot_approve_a_discount_beyond_their_own_limit() -> None:
    with pytest.raises(InvalidApproval):
        POLICY.authorize(Action.DISCOUNT, Role.CASHIER, approval(Action.DISCOUNT), Decimal(60))
    used = POLICY.authorize(
        Action.DISCOUNT, Role.CASHIER, approval(Action.DISCOUNT, Role.MANAGER), Decimal(60)
    )
    assert used is not None


def test_a_cashier_cannot_approve() -> None:
    with pytest.raises(InvalidApproval):
        POLICY.authorize(Action.VOID_LINE, Role.CASHIER, approval(Action.VOID_LINE, Role.CASHIER))


def test_policy_is_configurable() -> None:
    strict = RolePolicy(discount_limits={Role.CASHIER: Decimal(0)})
    assert strict.requires_approval(Action.DISCOUNT, Role.CASHIER, Decimal(1))
    assert strict.requires_approval(Action.DISCOUNT, Role.MANAGER, Decimal(1))  # not listed
