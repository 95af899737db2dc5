"""What an accepted return of an in-store sale does to the customer it was sold to.

Points earned on the returned lines go back (their share of the money refunded, see
``pos.domain.promotions.points_taken_back``; a balance already spent stops at zero), the
customer's in-store order shows it was returned, and a promo code's redemption is released
when the whole sale has come back, so the customer may use the code again. Runs in the
upload's transaction, once per accepted return.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text

from pos.api.customers import Redemption
from pos.domain.money import Currency, Money
from pos.domain.promotions import points_taken_back
from pos.hub.refunds import TakenBack

log = logging.getLogger(__name__)

RETURNED = "returned"
PART_RETURNED = "part_returned"


def apply_return_effects(conn: Connection, taken: TakenBack, currency: Currency) -> None:
    """Reverse points, mark the order and release the redemption for ``taken``."""
    customer = taken.sale.get("customer")
    if not customer:
        return
    linked = conn.execute(
        text("SELECT customer_id FROM customer_orders WHERE id = :sale"), {"sale": taken.sale_id}
    ).first()
    if linked is None:  # the sale's promo code was refused: nothing was credited
        return
    reverse = points_taken_back(
        int(customer["points_earned"]),
        Money.of(taken.sale["total"], currency),
        taken.refunded_before,
        taken.refunded_after,
    )
    if reverse:
        conn.execute(
            text(
                "UPDATE customers SET points = CASE WHEN points > :n THEN points - :n ELSE 0 END"
                " WHERE id = :c"
            ),
            {"n": reverse, "c": linked.customer_id},
        )
    conn.execute(
        text("UPDATE customer_orders SET status = :st WHERE id = :sale"),
        {"st": RETURNED if taken.whole else PART_RETURNED, "sale": taken.sale_id},
    )
    if taken.whole:
        conn.execute(
            text(
                "UPDATE redemptions SET status = :released WHERE sale_id = :sale AND status = :ok"
            ),
            {"released": Redemption.RELEASED, "sale": taken.sale_id, "ok": Redemption.CONFIRMED},
        )
    log.info("return of sale %s: %d points reversed, whole=%s", taken.sale_id, reverse, taken.whole)
