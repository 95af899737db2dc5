"""The endless aisle: a product's stock in every location, asked of the hub while a customer
waits (a short timeout), or what the till kept when the hub does not answer in time."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pos.store import Database, PairingRepository, StockFigure, StockRepository
from pos.store.models import utc_text
from pos.store.pairing import InsecureTokenFile
from pos.sync.connection import HubConnection
from pos.sync.errors import HubError, NotPaired

log = logging.getLogger(__name__)

AISLE_TIMEOUT = 3.0  # seconds the endless aisle waits for the hub before showing what it kept


@dataclass(frozen=True, slots=True)
class AisleView:
    """Stock of one product in every location the till knows, for the endless aisle.

    ``online`` tells whether the hub answered just now; when False the figures are what the
    till kept, each with the time it was last confirmed.
    """

    product_id: str
    online: bool
    figures: list[StockFigure]
    names: dict[str, str]  # location id -> name
    own_location: str


class EndlessAisle:
    def __init__(self, connection: HubConnection, db: Database) -> None:
        self.connection = connection
        self.pairings = PairingRepository(db)
        self.stock = StockRepository(db)

    def product_stock(self, product_id: str) -> AisleView:
        """Ask the hub (short timeout); offline, what the till kept. What the hub answers is
        kept (figures and location names) for the next time it is offline."""
        try:
            pairing, client = self.connection.paired_client()
        except (NotPaired, InsecureTokenFile):
            pairing = None
        online = False
        names = self.pairings.location_names()
        if pairing is not None:
            try:
                answer = client.product_stock(product_id, timeout=AISLE_TIMEOUT)
            except HubError as exc:
                log.info("endless aisle offline for %s: %s", product_id, exc)
            else:
                online = True
                as_of = utc_text(answer.as_of)
                self.stock.remember(
                    [
                        (product_id, loc.location_id, loc.on_hand, loc.reserved, as_of)
                        for loc in answer.locations
                    ]
                )
                fresh = {loc.location_id: loc.name for loc in answer.locations}
                if any(names.get(k) != v for k, v in fresh.items()):
                    names = {**names, **fresh}
                    self.pairings.save_location_names(names)
        own = pairing.location_id if pairing is not None else ""
        return AisleView(product_id, online, self.stock.figures(product_id, own), names, own)
