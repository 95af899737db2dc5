"""Returns without a receipt at a till syncing with the real hub over loopback HTTP: the shelf
price in cash, a supervisor's PIN whoever is signed in, a lower cap, the flag on the
document, and the drawer's expected cash."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from pos.domain.errors import InvalidApproval
from pos.domain.no_receipt_return import BroughtBack, NoReceiptNeedsPin, OverNoReceiptCap
from pos.domain.roles import Action
from pos.hub.embedded import RunningHub
from pos.services.till import Till
from pos.store.db import connect_plain
from tests.services.test_pickup_service import (
    TIMEOUT,
    hub,  # noqa: F401  (the fixture)
    piece_barcodes,
    start_till,
    wait_for,
)
from tests.services.test_sale_returns import at_hub, hub_stock, returns


@pytest.fixture
def till(tmp_path: Path, hub: RunningHub) -> Iterator[Till]:  # noqa: F811
    running = start_till(tmp_path / "till1", hub, "TILL-01")
    yield running
    running.shutdown()


def two_of_an_item(till: Till) -> BroughtBack:
    product = till.lookup(piece_barcodes(till, 1)[0]).result(TIMEOUT)
    return BroughtBack(product, Decimal(2), restock=True)


def journalled_returns(till: Till) -> list[dict[str, object]]:
    with connect_plain(till.paths.database) as conn:
        rows = conn.execute("SELECT payload FROM journal WHERE kind = 'return'").fetchall()
    return [json.loads(payload) for (payload,) in rows]


def test_goods_without_a_receipt_refund_the_shelf_price_in_cash_flagged_and_restocked(
    till: Till,
    hub: RunningHub,  # noqa: F811
) -> None:
    item = two_of_an_item(till)
    before = hub_stock(hub, item.product.product_id)
    assert till.shifts is not None and till.shifts.view is not None
    expected = till.shifts.view.expected
    approval = till.approve("2222", Action.RETURN_WITHOUT_RECEIPT).result(TIMEOUT)

    doc = returns(till).without_receipt([item], "defective", approval).result(TIMEOUT)

    assert doc["without_receipt"] is True and doc["original_sale_id"] is None
    assert doc["total"] == str(item.product.unit_price.times(2).amount)
    assert [(r["kind"], r["amount"]) for r in doc["refunds"]] == [("cash", doc["total"])]
    assert [a["action"] for a in doc["approvals"]] == ["return_without_receipt"]
    assert doc["lines"][0]["reason"] == "defective" and "original_line_no" not in doc["lines"][0]
    assert [d["return_id"] for d in journalled_returns(till)] == [doc["return_id"]]
    assert till.shifts.view.expected == expected - till.money(doc["total"])
    wait_for(lambda: [d["return_id"] for d in at_hub(hub, "return")] == [doc["return_id"]])
    assert hub_stock(hub, item.product.product_id) == before + 2


def test_the_pin_is_asked_of_every_role_and_must_approve_exactly_this(till: Till) -> None:
    item = two_of_an_item(till)
    with pytest.raises(NoReceiptNeedsPin):
        returns(till).without_receipt([item], "defective", None)
    other = till.approve("2222", Action.RETURN).result(TIMEOUT)
    with pytest.raises(InvalidApproval):
        returns(till).without_receipt([item], "defective", other)
    assert journalled_returns(till) == []


def test_beyond_its_own_lower_cap_nothing_is_refunded(till: Till) -> None:
    item = two_of_an_item(till)
    cap = till.settings.returns.no_receipt_cap
    assert cap < till.settings.returns.offline_cap  # the default is the stricter one
    till.settings.returns.no_receipt_cap = item.refund.amount - Decimal("0.01")
    approval = till.approve("2222", Action.RETURN_WITHOUT_RECEIPT).result(TIMEOUT)
    with pytest.raises(OverNoReceiptCap):
        returns(till).without_receipt([item], "defective", approval)
    assert journalled_returns(till) == []
