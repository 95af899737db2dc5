"""Stock the till shows: the hub's last level, less what this till sold that the hub has not
acknowledged yet.

``stock_levels`` holds what the hub said (feed pages, or a one-off endless-aisle answer kept
for when the network is gone). A sale counts against the till's own location from the moment
it is on disk until the hub acknowledges it (outbox record ``sent``); after that the hub's
level includes it and the next stock page brings it. A poisoned sale was never acknowledged,
so it still counts: the goods left the shop either way.

Quantities stay ``Decimal`` (pieces or kg); they are summed in Python, never in SQL (SQLite
would sum TEXT as float).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pos.store.db import Database
from pos.store.feeds import STOCK_FEED, UPSERT_STOCK, StockRow, write_transaction
from pos.store.models import now_text, parse_utc_text

_UNACKED_SOLD = """SELECT l.quantity FROM sale_lines l
JOIN outbox o ON o.kind = 'sale' AND o.ref = l.sale_id AND o.state IN ('pending', 'poisoned')
JOIN sales s ON s.sale_id = l.sale_id
WHERE l.product_id = ? AND l.voided = 0 AND s.status = 'completed'"""


@dataclass(frozen=True, slots=True)
class StockFigure:
    """One location's figure for a product, as the till knows it.

    ``quantity`` is the hub's on-hand level minus ``unacknowledged`` (only at the till's own
    location); ``reserved`` is what open reservations (click & collect) hold of it.
    ``confirmed_at`` is when the till last heard the figure was current: the last pull of the
    stock feed for locations it follows, else when the figure arrived.
    """

    location: str
    quantity: Decimal
    hub_quantity: Decimal
    unacknowledged: Decimal
    reserved: Decimal
    as_of: datetime
    confirmed_at: datetime


class StockRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def unacknowledged_sold(self, product_id: str) -> Decimal:
        """Quantity of the product in completed sales the hub has not acknowledged."""
        with self._db.raw() as conn:
            rows = conn.execute(_UNACKED_SOLD, (product_id,)).fetchall()
        return sum((Decimal(str(r[0])) for r in rows), Decimal(0))

    def figures(self, product_id: str, own_location: str) -> list[StockFigure]:
        """Every location the till has a figure for; the own location first."""
        with self._db.raw() as conn:
            rows = conn.execute(
                "SELECT location, quantity, reserved, as_of, synced_at, via_feed FROM stock_levels"
                " WHERE product_id = ?",
                (product_id,),
            ).fetchall()
            feed = conn.execute(
                "SELECT pulled_at FROM sync_cursors WHERE feed = ?", (STOCK_FEED,)
            ).fetchone()
        feed_pulled = None if feed is None else parse_utc_text(str(feed[0]))
        sold = self.unacknowledged_sold(product_id)
        figures = []
        for location, quantity, reserved, as_of, synced_at, via_feed in rows:
            hub = Decimal(str(quantity))
            minus = sold if location == own_location else Decimal(0)
            confirmed = parse_utc_text(str(synced_at))
            if via_feed and feed_pulled is not None and feed_pulled > confirmed:
                confirmed = feed_pulled
            figures.append(
                StockFigure(
                    location=str(location),
                    quantity=hub - minus,
                    hub_quantity=hub,
                    unacknowledged=minus,
                    reserved=Decimal(str(reserved)),
                    as_of=parse_utc_text(str(as_of)),
                    confirmed_at=confirmed,
                )
            )
        figures.sort(key=lambda f: (f.location != own_location, f.location))
        return figures

    def remember(self, rows: Sequence[StockRow]) -> None:
        """Keep a one-off answer of the hub (endless aisle) for when the network is gone.

        A location the stock feed follows keeps its ``via_feed`` mark.
        """
        now = now_text()
        with write_transaction(self._db) as conn:
            conn.executemany(UPSERT_STOCK, [(*row, now, False) for row in rows])
