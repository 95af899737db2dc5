"""Promo codes through the till's sync: a code used at two tills while both were offline is
honoured at both (the money was taken), the hub confirms the first and reports the second as
a double use, and the till that made it tells its manager. Nothing personal is sent."""

from __future__ import annotations

import random
from pathlib import Path

from pos.api.customers import PromoTokenRequest
from pos.domain.cart import Sale
from pos.domain.money import PLN, Money
from pos.domain.promotions import AppliedPromotion
from pos.domain.roles import Role
from pos.domain.tenders import TenderKind
from pos.hub import customers
from pos.hub.customer_seed import PANTRY5
from pos.hub.embedded import RunningHub
from pos.store import RedemptionRepository, SalesRepository
from pos.sync.events import PromoDoubleUse

from .conftest import paired_till
from .kit import CASHIER, TillSide, sellable


def sell_with_code(till: TillSide, token_id: str, customer_ref: str) -> str:
    """A sale honouring the code offline (capped), recorded the till's way."""
    promotion = next(p for p in till.engine.promotions() if p.promotion_id == PANTRY5)
    pairing = till.pairing
    sale = Sale(
        store_id=pairing.store_id,
        till_id=pairing.till_id,
        cashier_id=CASHIER,
        cashier_role=Role.CASHIER,
        currency=PLN,
    )
    pantry = [p for p in sellable(till.db, 400) if p.product_id in promotion.product_ids]
    sale.add(random.Random(3).choice(pantry), 2)
    sale.set_promotion(
        AppliedPromotion(
            promotion.to_rule(),
            customer_ref,
            token_id,
            "Z*** K.",
            True,
            Money.of("20.00", PLN),
        )
    )
    assert not sale.promo_amount.is_zero()
    sale.add_tender(TenderKind.CASH, sale.cash_due)
    SalesRepository(till.db).record_completed(sale.complete().to_document())
    return sale.sale_id


def test_a_code_used_at_two_offline_tills_is_confirmed_once_and_reported_once(
    hub: RunningHub, tmp_path: Path
) -> None:
    issued = customers.issue_token(
        hub.db, PromoTokenRequest(customer_id="CUST-0002", promotion_id=PANTRY5)
    )
    tills = [paired_till(hub, hub.url, tmp_path / f"till{i}") for i in (1, 2)]
    try:
        for till in tills:
            assert till.engine.run_once() is not None  # synced: catalog, keys, promotions
        sales = [sell_with_code(t, issued.token_id, issued.customer_ref) for t in tills]
        for till, sale_id in zip(tills, sales, strict=True):
            rows = RedemptionRepository(till.db).listed()
            assert [(r.sale_id, r.state) for r in rows] == [(sale_id, "pending")]
            assert rows[0].offline_risk == rows[0].discount > 0
            assert RedemptionRepository(till.db).uses_at_this_till(issued.token_id) == 1
        for till in tills:  # the hub is back: each till pushes its sale
            assert till.engine.run_once() is not None
        states = [RedemptionRepository(t.db).listed()[0].state for t in tills]
        assert states == ["confirmed", "double_use"]
        reported = [e for e in tills[1].events if isinstance(e, PromoDoubleUse)]
        assert [(e.sale_id, e.token_id) for e in reported] == [(sales[1], issued.token_id)]
        assert not any(isinstance(e, PromoDoubleUse) for e in tills[0].events)
        at_hub = customers.list_redemptions(hub.db)
        assert [
            (r.sale_id, r.status, r.offline) for r in at_hub if r.token_id == issued.token_id
        ] == [
            (sales[0], "confirmed", True),
            (sales[1], "double_use", True),
        ]
        for till in tills:  # pushing again changes nothing
            assert till.engine.run_once() is not None
        assert (
            len([r for r in customers.list_redemptions(hub.db) if r.token_id == issued.token_id])
            == 2
        )
    finally:
        for till in tills:
            till.close()
