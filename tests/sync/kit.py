"""A till's sync side against a real hub over loopback HTTP, sales made the till's way, and the
ledger check every fault scenario ends with.

The ledger check asks the hub itself (its admin API over HTTP): every sale the till completed
is at the hub exactly once, and each location's stock at the hub equals its starting stock
minus what the till sold there.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import httpx

from pos.api import routes
from pos.domain.cart import Sale
from pos.domain.catalog import ProductInfo
from pos.domain.money import PLN, Money
from pos.domain.roles import Role
from pos.domain.tenders import TenderKind
from pos.events import Event, EventBus
from pos.store import (
    CatalogRepository,
    Database,
    OutboxRepository,
    Pairing,
    SalesRepository,
    TokenFile,
    open_database,
)
from pos.sync.backoff import Backoff
from pos.sync.client import HubClient
from pos.sync.engine import SyncEngine
from pos.sync.feed import FeedFactory
from pos.sync.feeds import CYCLE

CASHIER = "8c0f8a31-0000-4000-8000-000000000001"


@dataclass
class TillSide:
    """One till's cache, bus and engine (threads not started unless a test starts them)."""

    root: Path
    db: Database
    bus: EventBus
    engine: SyncEngine
    events: list[Event] = field(default_factory=list)

    @property
    def pairing(self) -> Pairing:
        pairing = self.engine.pairings.get()
        assert pairing is not None
        return pairing

    def pending(self) -> int:
        return OutboxRepository(self.db).counts()["pending"]

    def close(self) -> None:
        self.engine.stop()
        self.db.close()


def fast_client(timeout: float = 5.0) -> Callable[[str, str | None], HubClient]:
    return lambda url, token: HubClient(url, token, timeout=httpx.Timeout(timeout, connect=1.0))


def make_till(
    root: Path,
    *,
    timeout: float = 5.0,
    page_size: int = 5_000,
    batch_size: int = 500,
    use_snapshot: bool = True,
    cycle: Sequence[FeedFactory] = CYCLE,
) -> TillSide:
    root.mkdir(parents=True, exist_ok=True)
    db = open_database(root / "till.sqlite3")
    bus = EventBus()
    engine = SyncEngine(
        db,
        bus,
        TokenFile(root / "device-token"),
        poll_seconds=1.0,
        page_size=page_size,
        batch_size=batch_size,
        use_snapshot=use_snapshot,
        backoff=Backoff(base=0.05, cap=0.5, rng=random.Random(7)),
        client_factory=fast_client(timeout),
        cycle=cycle,
    )
    side = TillSide(root, db, bus, engine)
    bus.subscribe(Event, side.events.append)
    return side


# --- selling the till's way ----------------------------------------------------------------


@dataclass(frozen=True)
class SoldSale:
    sale_id: str
    quantities: dict[str, Decimal]  # product_id -> quantity sold


def sellable(db: Database, limit: int = 40) -> list[ProductInfo]:
    """Priced, active piece goods from the till's (synced) cache."""
    with db.raw() as conn:
        codes = [
            str(r[0])
            for r in conn.execute(
                "SELECT min(b.code) FROM barcodes b JOIN products p ON p.id = b.product_id"
                " WHERE p.active = 1 AND p.sold_by = 'piece' GROUP BY p.id ORDER BY p.id LIMIT ?",
                (limit,),
            )
        ]
    catalog = CatalogRepository(db, PLN)
    found = [catalog.by_barcode(code) for code in codes]
    return [p for p in found if p is not None]


def sell(
    db: Database,
    pairing: Pairing,
    products: list[ProductInfo],
    count: int,
    rng: random.Random,
) -> list[SoldSale]:
    """Complete and record ``count`` sales (1-3 lines each) as the till does: one transaction
    per sale with its journal entry and outbox record."""
    repo = SalesRepository(db)
    sold = []
    for _ in range(count):
        sale = Sale(
            store_id=pairing.store_id,
            till_id=pairing.till_id,
            cashier_id=CASHIER,
            cashier_role=Role.CASHIER,
            currency=PLN,
        )
        quantities: Counter[str] = Counter()
        for product in rng.sample(products, rng.randint(1, 3)):
            qty = rng.randint(1, 2)
            sale.add(product, qty)
            quantities[product.product_id] += qty
        sale.add_tender(TenderKind.CASH, sale.cash_due + Money.of("5", PLN))
        repo.record_completed(sale.complete().to_document())
        sold.append(SoldSale(sale.sale_id, {k: Decimal(v) for k, v in quantities.items()}))
    return sold


# --- the hub's side of the ledger ----------------------------------------------------------


class HubAdmin:
    """What a test asks the hub over HTTP (no peeking into its tables): documents with the
    admin token, stock through the endless aisle as an auditor device paired for it."""

    def __init__(self, url: str, admin_token: str, pairing_code: str) -> None:
        self.http = httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {admin_token}"}, timeout=30.0
        )
        with HubClient(url) as client:
            token = client.pair(pairing_code, "ledger auditor").token
        self.device = httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30.0
        )

    def close(self) -> None:
        self.http.close()
        self.device.close()

    def document_ids(self) -> Counter[str]:
        """How many times each document id is at the hub."""
        ids: Counter[str] = Counter()
        cursor: str | None = None
        while True:
            params: dict[str, str | int] = {"limit": 1000}
            if cursor is not None:
                params["cursor"] = cursor
            page = self.http.get(routes.ADMIN_DOCUMENTS, params=params)
            page.raise_for_status()
            body = page.json()
            ids.update(d["id"] for d in body["documents"])
            cursor = body["cursor"]
            if not body["has_more"]:
                return ids

    def on_hand(self, product_id: str, location: str) -> Decimal:
        product = self.device.get(routes.path(routes.PRODUCT_STOCK, product_id=product_id))
        product.raise_for_status()
        for loc in product.json()["locations"]:
            if loc["location_id"] == location:
                return Decimal(loc["on_hand"])
        return Decimal(0)

    def stock_of(self, product_ids: Iterable[str], location: str) -> dict[str, Decimal]:
        return {pid: self.on_hand(pid, location) for pid in product_ids}


def ledger_check(
    admin: HubAdmin, sales: list[SoldSale], start: dict[str, Decimal], location: str
) -> None:
    """Every sale exactly once at the hub; stock = starting stock - what was sold."""
    at_hub = admin.document_ids()
    missing = [s.sale_id for s in sales if at_hub[s.sale_id] == 0]
    repeated = [s.sale_id for s in sales if at_hub[s.sale_id] > 1]
    assert not missing, f"{len(missing)} sales never reached the hub: {missing[:3]}"
    assert not repeated, f"sales at the hub more than once: {repeated[:3]}"
    sold: defaultdict[str, Decimal] = defaultdict(Decimal)
    for sale in sales:
        for pid, qty in sale.quantities.items():
            sold[pid] += qty
    now = admin.stock_of(start, location)
    expected = {pid: start[pid] - sold[pid] for pid in start}
    assert now == expected


def outbox_states(db_path: Path) -> Counter[str]:
    with sqlite3.connect(db_path) as conn:
        return Counter(dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state")))
