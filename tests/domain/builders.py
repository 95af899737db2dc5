"""Small builders so each test states only what matters to it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pos.domain.cart import Sale
from pos.domain.catalog import ProductInfo, SoldBy, TaxRate
from pos.domain.money import EUR, Currency, Money
from pos.domain.roles import Action, Approval, Role, RolePolicy
from pos.domain.tax import Pricing

VAT_A = TaxRate("A", Decimal("0.23"))
VAT_B = TaxRate("B", Decimal("0.08"))
VAT_C = TaxRate("C", Decimal("0.05"))
VAT_ZERO = TaxRate("E", Decimal(0))

T0 = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)


class FixedClock:
    """A clock that advances one second per call, so times are distinct and predictable."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        current = self.now
        self.now = current + timedelta(seconds=1)
        return current


def money(amount: str, currency: Currency = EUR) -> Money:
    return Money.of(amount, currency)


def product(
    price: str = "1.00",
    *,
    product_id: str = "p-1",
    tax: TaxRate = VAT_A,
    sold_by: SoldBy = SoldBy.PIECE,
    currency: Currency = EUR,
    barcode: str | None = None,
    name: str | None = None,
) -> ProductInfo:
    return ProductInfo(
        product_id=product_id,
        sku=f"SKU-{product_id}",
        name=name or f"Product {product_id}",
        unit_price=Money.of(price, currency),
        tax=tax,
        sold_by=sold_by,
        barcode=barcode,
    )


def weighed(price_per_kg: str, *, product_id: str = "w-1", tax: TaxRate = VAT_A) -> ProductInfo:
    return product(price_per_kg, product_id=product_id, tax=tax, sold_by=SoldBy.WEIGHT)


def new_sale(
    currency: Currency = EUR,
    *,
    pricing: Pricing = Pricing.GROSS,
    role: Role = Role.CASHIER,
    policy: RolePolicy | None = None,
    sale_id: str = "00000000-0000-4000-8000-000000000001",
) -> Sale:
    return Sale(
        store_id="store-1",
        till_id="till-1",
        cashier_id="cashier-1",
        currency=currency,
        pricing=pricing,
        cashier_role=role,
        policy=policy,
        sale_id=sale_id,
        clock=FixedClock(),
    )


def approval(action: Action, role: Role = Role.SUPERVISOR, approver: str = "sup-1") -> Approval:
    return Approval(approver_id=approver, approver_role=role, action=action, at=T0)


def gtin_check_digit(payload: str) -> int:
    """The GS1 check digit, written out here as a test oracle independent of biip: weights
    3, 1, 3, ... from the rightmost payload digit, up to a multiple of ten."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(payload)))
    return (10 - total % 10) % 10
