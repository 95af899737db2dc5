"""Returns of in-store sales, at two tills of one store syncing with the real hub over loopback
HTTP: the money of a discounted line, every till's earlier returns, offline caps."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from pos.domain.discounts import Discount
from pos.domain.money import Money
from pos.domain.roles import Action, Role
from pos.domain.sale_return import SaleReturnTooMuch, split_refund
from pos.domain.tenders import TenderKind
from pos.hub.embedded import RunningHub
from pos.hub.stock import product_stock
from pos.services.return_errors import OverOfflineCap, ReturnOfReturn, SaleNotFound
from pos.services.sale_returns import FoundSale, SaleReturnService
from pos.services.till import Till
from tests.services.test_pickup_service import (
    TIMEOUT,
    hub,  # noqa: F401  (the fixture)
    piece_barcodes,
    start_till,
    wait_for,
)


@pytest.fixture
def till(tmp_path: Path, hub: RunningHub) -> Iterator[Till]:  # noqa: F811
    running = start_till(tmp_path / "till1", hub, "TILL-01")
    yield running
    running.shutdown()


def returns(till: Till) -> SaleReturnService:
    assert till.returns is not None
    return till.returns


def at_hub(hub: RunningHub, kind: str) -> list[dict[str, Any]]:  # noqa: F811
    from pos.hub.documents import received_document, received_documents

    with hub.db.read() as conn:
        rows, _last, _more = received_documents(conn, 0, 100, kind, None)
        return [(received_document(conn, row["id"]) or {})["document"] for row in rows]


def hub_stock(hub: RunningHub, product_id: str) -> Decimal:  # noqa: F811
    here = product_stock(hub.db, product_id).locations
    return next(Decimal(loc.on_hand) for loc in here if loc.location_id == "STORE-001")


def sell(till: Till, hub: RunningHub) -> tuple[str, list[str]]:  # noqa: F811
    """Three of one item and one of another, 10 % off the cart, paid part card, part cash;
    returns the sale id (once the hub has it) and the two product ids."""
    a, b = piece_barcodes(till, 2)
    sale = till.new_sale()
    first = till.lookup(a).result(TIMEOUT)
    second = till.lookup(b).result(TIMEOUT)
    sale.add(first, 3)
    sale.add(second)
    sale.discount_cart(Discount.of_percent(10, "opening"), Role.MANAGER)
    sale.add_tender(TenderKind.CARD, Money.of("5.00", till.currency), {"auth_code": "A1"})
    sale.add_tender(TenderKind.CASH, sale.balance_due)
    completed = till.complete(sale)
    till.record(completed).result(TIMEOUT)
    wait_for(lambda: any(d["sale_id"] == completed.sale_id for d in at_hub(hub, "sale")))
    return completed.sale_id, [first.product_id, second.product_id]


def take_back(
    till: Till, found: FoundSale, chosen: dict[int, tuple[Decimal, bool]]
) -> dict[str, Any]:
    service = returns(till)
    total = service.check(found, {n: q for n, (q, _r) in chosen.items()})
    approval = till.approve("2222", Action.RETURN).result(TIMEOUT)  # Anna is a cashier
    refunds = [(share, {}) for share in split_refund(found.sale, total)]
    doc = service.record(found, chosen, "defective", refunds, approval=approval).result(TIMEOUT)
    return dict(doc)


def test_part_of_a_discounted_line_refunds_what_was_paid_back_to_each_tender(
    till: Till,
    hub: RunningHub,  # noqa: F811
) -> None:
    sale_id, (mug, _towel) = sell(till, hub)
    found = returns(till).find(sale_id).result(TIMEOUT)
    assert found.checked_by_hub and found.from_this_till and found.receipt_no == 1
    line = found.lines[0]
    unit = found.sale.lines[0].unit_price
    assert line.sold == 3 and line.paid < unit.times(3)  # the cart's 10 % came off it
    before = hub_stock(hub, mug)
    expected_before = till.shifts.view.expected if till.shifts and till.shifts.view else None

    doc = take_back(till, found, {1: (Decimal(1), True)})

    one = line.refund_for(Decimal(1))
    assert Money.of(doc["total"], till.currency) == one
    assert one < unit  # never the shelf price of a discounted item
    assert [(r["kind"], r["details"]["original_tender_id"]) for r in doc["refunds"]] == [
        ("card", found.sale.tenders[0].tender_id),
        ("cash", found.sale.tenders[1].tender_id),
    ]
    assert doc["approvals"][0]["action"] == "return"
    wait_for(lambda: [d["return_id"] for d in at_hub(hub, "return")] == [doc["return_id"]])
    assert hub_stock(hub, mug) == before + 1
    cash = Money.of(doc["refunds"][1]["amount"], till.currency)
    assert till.shifts is not None and till.shifts.view is not None
    assert expected_before is not None and till.shifts.view.expected == expected_before - cash

    again = returns(till).find("1").result(TIMEOUT)  # the receipt number, as read out
    assert again.lines[0].returned == 1 and again.lines[0].refunded == one


def test_another_till_finds_the_sale_at_the_hub_and_no_line_comes_back_twice(
    tmp_path: Path,
    till: Till,
    hub: RunningHub,  # noqa: F811
) -> None:
    sale_id, _products = sell(till, hub)
    take_back(till, returns(till).find(sale_id).result(TIMEOUT), {1: (Decimal(1), True)})
    wait_for(lambda: len(at_hub(hub, "return")) == 1)
    other = start_till(tmp_path / "till2", hub, "TILL-02")
    try:
        found = returns(other).find(sale_id).result(TIMEOUT)
        assert not found.from_this_till and found.receipt_no is None and found.checked_by_hub
        assert [(ln.sold, ln.returned) for ln in found.lines] == [(3, 1), (1, 0)]
        with pytest.raises(SaleReturnTooMuch):
            returns(other).check(found, {1: Decimal(3)})
        last = take_back(other, found, {1: (Decimal(2), False), 2: (Decimal(1), True)})
        wait_for(lambda: len(at_hub(hub, "return")) == 2)
        everything = (
            sum((ln.paid for ln in found.lines), Money.zero(till.currency))
            - found.lines[0].refunded
        )
        assert Money.of(last["total"], till.currency) == everything
    finally:
        other.shutdown()
    mine = returns(till).find(sale_id).result(TIMEOUT)  # the hub says what TILL-02 took
    assert all(line.left == 0 for line in mine.lines)


def test_offline_the_till_caps_the_refund_and_flags_the_return(
    till: Till,
    hub: RunningHub,  # noqa: F811
) -> None:
    sale_id, _products = sell(till, hub)
    hub.stop()
    found = returns(till).find(sale_id).result(TIMEOUT)
    assert not found.checked_by_hub
    till.settings.returns.offline_cap = Decimal("0.01")
    with pytest.raises(OverOfflineCap):
        returns(till).check(found, {1: Decimal(1)})
    till.settings.returns.offline_cap = Decimal(200)
    doc = take_back(till, found, {1: (Decimal(1), True)})
    assert doc["checked_offline"] is True


def test_unknown_receipts_and_return_slips_are_named_clearly(
    till: Till,
    hub: RunningHub,  # noqa: F811
) -> None:
    with pytest.raises(SaleNotFound):
        returns(till).find("999").result(TIMEOUT)
    with pytest.raises(SaleNotFound):
        returns(till).find("9b2c1e0a-0000-4000-8000-000000000000").result(TIMEOUT)
    sale_id, _products = sell(till, hub)
    doc = take_back(till, returns(till).find(sale_id).result(TIMEOUT), {2: (Decimal(1), True)})
    with pytest.raises(ReturnOfReturn):  # its slip's code scanned as if it were a receipt
        returns(till).find(doc["return_id"]).result(TIMEOUT)
