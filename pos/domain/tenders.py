"""Tenders (payments) and how they settle a total, including cash rounding.

Cash rounding rule (for currencies with ``cash_rounding``, e.g. CHF to 0.05): only the part
paid in cash is rounded. Non-cash tenders (card) pay exact amounts; what remains after them
is the *cash remainder*, and once any cash tender is on the sale that remainder is rounded
half-up to the step. The difference is the sale's ``rounding`` and ``amount_due`` becomes
``total + rounding``. A sale paid wholly in cash thus rounds its total; a sale paid wholly
by card never rounds. Change comes only from cash and is never negative; a non-cash tender
may not exceed what is left to pay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from pos.domain.money import Currency, Money, round_to_step


class TenderKind(StrEnum):
    CASH = "cash"
    CARD = "card"  # seam: the card-terminal issue fills ``details`` (masked PAN, auth code)


@dataclass(frozen=True)
class Tender:
    """A payment: ``received`` was handed over, ``amount`` of it pays the sale (rest: change)."""

    tender_id: str
    kind: TenderKind
    amount: Money
    received: Money
    details: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class Settlement:
    """How a list of tenders settles a total right now."""

    total: Money
    rounding: Money
    amount_due: Money  # total + rounding
    paid: Money  # sum of tender amounts applied
    balance_due: Money  # still to pay (exact, or rounded once cash is on the sale)
    cash_due: Money  # what cash would settle the rest (rounded if the currency rounds cash)
    change: Money
    tenders: tuple[Tender, ...]  # with ``amount`` allocated


def cash_round(amount: Money) -> Money:
    """Round to the currency's cash step (half-up); unchanged if it has none."""
    step = amount.currency.cash_rounding
    if step is None:
        return amount
    return Money(round_to_step(amount.amount, step), amount.currency)


def settle(total: Money, tenders: Sequence[Tender]) -> Settlement:
    """Apply ``tenders`` (in order) to ``total``; see the module docstring for the rule."""
    currency: Currency = total.currency
    zero = Money.zero(currency)
    non_cash = sum((t.received for t in tenders if t.kind is not TenderKind.CASH), zero)
    cash_received = sum((t.received for t in tenders if t.kind is TenderKind.CASH), zero)
    has_cash = any(t.kind is TenderKind.CASH for t in tenders)
    remainder = total - non_cash  # the cash remainder, exact
    cash_due_total = cash_round(remainder) if remainder > zero else zero
    rounding = cash_due_total - remainder if has_cash and remainder > zero else zero
    amount_due = total + rounding
    left = max(cash_due_total, zero) if has_cash else zero
    allocated = []
    for tender in tenders:
        if tender.kind is TenderKind.CASH:
            applied = min(tender.received, left)
            left = left - applied
            allocated.append(replace(tender, amount=applied))
        else:
            allocated.append(replace(tender, amount=tender.received))
    paid = sum((t.amount for t in allocated), zero)
    balance = max(cash_due_total - cash_received, zero) if has_cash else max(remainder, zero)
    change = max(cash_received - max(cash_due_total, zero), zero)
    return Settlement(
        total=total,
        rounding=rounding,
        amount_due=amount_due,
        paid=paid,
        balance_due=balance,
        cash_due=max(cash_due_total - cash_received, zero),
        change=change,
        tenders=tuple(allocated),
    )
