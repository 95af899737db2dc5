"""Documents as the till writes them: real sales from the domain's ``Sale``, so the hub is
tested against exactly what the till's outbox holds."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import httpx

from pos.domain.cart import Sale
from pos.domain.catalog import ProductInfo, SoldBy, TaxRate
from pos.domain.money import PLN, Money
from pos.domain.promotions import AppliedPromotion
from pos.domain.roles import Role
from pos.domain.sale_document import SaleDoc
from pos.domain.tenders import TenderKind

TAXES = {"A": "0.23", "B": "0.08", "C": "0.05", "D": "0.00"}


def catalog_products(till: httpx.Client, n: int = 50) -> list[list[Any]]:
    """The first ``n`` product rows of the catalog feed."""
    page = till.get("/v1/feeds/catalog", params={"limit": n}).json()
    rows: list[list[Any]] = page["products"]
    return rows


def product_info(row: list[Any]) -> ProductInfo:
    pid, sku, name, _cat, tax, sold_by, _active, price_minor, codes = row
    return ProductInfo(
        product_id=pid,
        sku=sku,
        name=name,
        unit_price=Money.from_minor(price_minor, PLN),
        tax=TaxRate(tax, Decimal(TAXES[tax])),
        sold_by=SoldBy(sold_by),
        barcode=codes[0] if codes else None,
    )


def sale_document(
    items: list[tuple[list[Any], str]],
    *,
    store_id: str = "STORE-001",
    till_id: str = "TILL-01",
    void_lines: tuple[int, ...] = (),
    promotion: AppliedPromotion | None = None,
) -> SaleDoc:
    """A completed cash sale of (product row, quantity) items (with a customer's promotion
    when given)."""
    sale = Sale(
        store_id=store_id,
        till_id=till_id,
        cashier_id=str(uuid.uuid4()),
        currency=PLN,
        cashier_role=Role.MANAGER,
    )
    for row, quantity in items:
        sale.add(product_info(row), Decimal(quantity))
    for line_no in void_lines:
        sale.void_line(line_no, "customer changed mind")
    if promotion is not None:
        sale.set_promotion(promotion)
    sale.add_tender(TenderKind.CASH, sale.amount_due)
    return sale.complete().to_document()


def record(doc: SaleDoc | dict[str, Any], kind: str = "sale") -> dict[str, Any]:
    doc_id = doc.get("sale_id") or doc.get("return_id")
    return {"id": doc_id, "kind": kind, "document": doc}


def stock_at(till: httpx.Client, product_id: str, location: str = "STORE-001") -> dict[str, Any]:
    levels = till.get(f"/v1/products/{product_id}/stock").json()["locations"]
    level: dict[str, Any] = next(loc for loc in levels if loc["location_id"] == location)
    return level
