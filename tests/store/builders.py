"""Builders of sale documents for the store tests."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from pos.domain.sale_document import SALE_DOCUMENT_SCHEMA, LineDoc, SaleDoc, TenderDoc


def make_line(line_no: int, price: str = "3.50", qty: str = "2") -> LineDoc:
    total = str((Decimal(price) * Decimal(qty)).quantize(Decimal("0.01")))
    return {
        "line_no": line_no,
        "product_id": str(uuid.uuid4()),
        "sku": f"SKU-{line_no}",
        "name": f"Product {line_no}",
        "barcode": None,
        "sold_by": "piece",
        "quantity": qty,
        "unit_price": price,
        "price_override": False,
        "line_discount": "0.00",
        "line_discount_label": None,
        "cart_discount_share": "0.00",
        "total": total,
        "tax_code": "A",
        "tax_rate": "0.23",
        "voided": False,
        "void_reason": None,
    }


SaleFactory = Callable[..., SaleDoc]


def make_sale_doc(sale_id: str | None = None, till_id: str = "TILL-01", lines: int = 2) -> SaleDoc:
    line_docs = [make_line(i + 1) for i in range(lines)]
    total = str(sum((Decimal(ln["total"]) for ln in line_docs), Decimal("0.00")))
    tender: TenderDoc = {
        "tender_id": str(uuid.uuid4()),
        "kind": "cash",
        "amount": total,
        "received": "50.00",
        "details": {},
    }
    return {
        "schema": SALE_DOCUMENT_SCHEMA,
        "sale_id": sale_id or str(uuid.uuid4()),
        "store_id": "STORE-001",
        "till_id": till_id,
        "cashier_id": "cashier-1",
        "currency": "PLN",
        "pricing": "gross",
        "started_at": "2024-05-01T10:00:00+02:00",
        "completed_at": "2024-05-01T10:02:00+02:00",
        "lines": line_docs,
        "cart_discount": "0.00",
        "cart_discount_label": None,
        "taxes": [],
        "total": total,
        "rounding": "0.00",
        "amount_due": total,
        "tenders": [tender],
        "change": str(Decimal("50.00") - Decimal(total)),
        "approvals": [],
    }
