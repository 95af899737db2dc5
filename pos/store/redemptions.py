"""Sales made with a customer's promo code, until the hub confirms their redemption.

A row is written in the sale's own transaction (``SalesRepository.record_completed``), so a
recorded sale with a promo code always has one. The sync engine settles it with the hub's
verdict when the sale is acknowledged (``confirmed`` or ``double_use``). The rows let the
till refuse a second use of a single-use code while it is offline, show a manager the codes
the hub found used twice, and say how much was given offline at the till's own risk. No
personal data: token id, promotion, amounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pos.domain.sale_document import CustomerDoc
from pos.store.db import Database
from pos.store.models import PromoRedemption

PENDING = "pending"
CONFIRMED = "confirmed"
DOUBLE_USE = "double_use"


def record_redemption(s: Session, sale_id: str, customer: CustomerDoc) -> None:
    """In the sale's transaction: the sale's promo code use, pending the hub."""
    discount = Decimal(customer["promo_discount"])
    s.add(
        PromoRedemption(
            sale_id=sale_id,
            token_id=customer["token_id"],
            promotion_id=customer["promotion_id"],
            discount=discount,
            offline_risk=discount if customer["offline"] else Decimal(0),
            state=PENDING,
            recorded_at=datetime.now(UTC),
        )
    )


@dataclass(frozen=True, slots=True)
class RedemptionRow:
    sale_id: str
    token_id: str
    promotion_id: str
    discount: Decimal
    offline_risk: Decimal
    state: str
    recorded_at: datetime
    settled_at: datetime | None


class RedemptionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def uses_at_this_till(self, token_id: str) -> int:
        """How often this till sold with the token (whatever the hub said of it)."""
        with self._db.session() as s:
            count = s.scalar(select(func.count()).where(PromoRedemption.token_id == token_id))
        return int(count or 0)

    def settle(self, sale_id: str, verdict: str) -> bool:
        """The hub's verdict on a sale's redemption; True when it changed the row."""
        if verdict not in (CONFIRMED, DOUBLE_USE):
            return False
        with self._db.write_session() as s:
            result = s.execute(
                update(PromoRedemption)
                .where(PromoRedemption.sale_id == sale_id, PromoRedemption.state == PENDING)
                .values(state=verdict, settled_at=datetime.now(UTC))
            )
            return bool(getattr(result, "rowcount", 0))

    def listed(self, state: str | None = None) -> list[RedemptionRow]:
        query = select(PromoRedemption).order_by(PromoRedemption.recorded_at)
        if state is not None:
            query = query.where(PromoRedemption.state == state)
        with self._db.session() as s:
            return [
                RedemptionRow(
                    r.sale_id,
                    r.token_id,
                    r.promotion_id,
                    r.discount,
                    r.offline_risk,
                    r.state,
                    r.recorded_at,
                    r.settled_at,
                )
                for r in s.scalars(query)
            ]
