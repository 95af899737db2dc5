"""Demo customers with realistic histories, and the demo promotions (``pos-hub seed``).

Five customers: four who share their history with stores, each with their own interests
(product views over the last weeks on the web and in the app, searches, an open online cart,
a wishlist, web and in-store orders in several states), and one who withdrew consent. Times
are relative to the seeding, so the demo always shows a recent history. Deterministic for a
given seed.
"""

from __future__ import annotations

import json
import random
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection, text

from pos.api.events import EventType
from pos.hub.db import HubDatabase, utc_text
from pos.hub.events import emit

_SEEDED_KEY = "demo_customers_seeded"


@dataclass(frozen=True, slots=True)
class DemoCustomer:
    id: str
    first_name: str
    last_name: str
    email: str
    tier: str
    points: int
    consent: bool
    interests: tuple[str, ...]  # category ids
    searches: tuple[str, ...]


DEMO_CUSTOMERS = (
    DemoCustomer(
        "CUST-0001",
        "Zofia",
        "Kowalska",
        "zofia.kowalska@example.pl",
        "gold",
        2450,
        True,
        ("dairy", "pantry"),
        ("ser gouda", "kawa ziarnista", "masło ekstra", "jogurt grecki", "herbata zielona"),
    ),
    DemoCustomer(
        "CUST-0002",
        "Piotr",
        "Nowak",
        "p.nowak@example.pl",
        "silver",
        780,
        True,
        ("fruit-veg", "bakery"),
        ("pomidory malinowe", "chleb żytni", "jabłka ligol", "bagietka"),
    ),
    DemoCustomer(
        "CUST-0003",
        "Olena",
        "Shevchenko",
        "olena.sh@example.ua",
        "bronze",
        120,
        True,
        ("eastern", "toys"),
        ("гречка", "пельмені", "klocki kosmos", "puzzle 1000"),
    ),
    DemoCustomer(
        "CUST-0004",
        "Tomasz",
        "Wiśniewski",
        "tomasz.w@example.pl",
        "gold",
        5120,
        True,
        ("drinks", "household"),
        ("woda niegazowana 5 l", "tabletki do zmywarki", "piwo IPA", "sok pomarańczowy"),
    ),
    DemoCustomer(
        "CUST-0005",
        "Maria",
        "Zielińska",
        "maria.z@example.pl",
        "silver",
        940,
        False,
        ("personal-care",),
        ("szampon", "krem do rąk"),
    ),
)

# What the demo promotions are (ids the README and tests name).
AUTUMN10 = "AUTUMN10"  # 10 % off the basket from 50.00
DAIRY15 = "DAIRY15"  # 15 % off dairy in the Warsaw and Kraków stores
PANTRY5 = "PANTRY5"  # 5.00 off pantry products, once per customer
SUMMER20 = "SUMMER20"  # ended


def _products_of(conn: Connection, category: str, rng: random.Random, n: int) -> list[str]:
    ids = [
        str(r[0])
        for r in conn.execute(
            text("SELECT id FROM products WHERE category_id = :c AND active ORDER BY id"),
            {"c": category},
        ).all()
    ]
    return rng.sample(ids, min(n, len(ids)))


def seed_customers(db: HubDatabase, seed: int = 5) -> bool:
    """Load the demo customers and promotions once; False when they are there already."""
    now = datetime.now(UTC)
    with db.write() as conn:
        if conn.execute(text("SELECT 1 FROM hub_meta WHERE key = :k"), {"k": _SEEDED_KEY}).first():
            return False
        _seed_promotions(conn, now)
        for index, customer in enumerate(DEMO_CUSTOMERS):
            _seed_customer(conn, customer, random.Random(seed * 100 + index), now)
        conn.execute(
            text("INSERT INTO hub_meta (key, value) VALUES (:k, :v)"),
            {"k": _SEEDED_KEY, "v": utc_text(now)},
        )
        emit(conn, EventType.PROMOTIONS_CHANGED)
    return True


def _seed_promotions(conn: Connection, now: datetime) -> None:
    pantry = [
        str(r[0])
        for r in conn.execute(
            text("SELECT id FROM products WHERE category_id = 'pantry' ORDER BY id")
        ).all()
    ]
    rows = [
        (
            AUTUMN10,
            "Autumn 10 % off from 50",
            "percent",
            "10",
            "basket",
            [],
            [],
            "50",
            now - timedelta(days=20),
            now + timedelta(days=70),
            None,
            None,
        ),
        (
            DAIRY15,
            "Dairy week -15 %",
            "percent",
            "15",
            "categories",
            [],
            ["dairy"],
            "0",
            now - timedelta(days=3),
            now + timedelta(days=30),
            ["STORE-001", "STORE-002"],
            None,
        ),
        (
            PANTRY5,
            "5.00 off pantry favourites",
            "amount",
            "5.00",
            "products",
            pantry,
            [],
            "0",
            now - timedelta(days=10),
            now + timedelta(days=50),
            None,
            1,
        ),
        (
            SUMMER20,
            "Summer 20 % (ended)",
            "percent",
            "20",
            "basket",
            [],
            [],
            "0",
            now - timedelta(days=120),
            now - timedelta(days=30),
            None,
            None,
        ),
    ]
    conn.execute(
        text(
            "INSERT INTO promotions (id, name, kind, value, target, product_ids, category_ids,"
            " min_spend, valid_from, valid_until, stores, per_customer_limit) VALUES (:id,"
            " :name, :kind, :value, :target, :products, :categories, :min, :start, :end,"
            " :stores, :limit) ON CONFLICT (id) DO NOTHING"
        ),
        [
            {
                "id": r[0],
                "name": r[1],
                "kind": r[2],
                "value": r[3],
                "target": r[4],
                "products": json.dumps(r[5]),
                "categories": json.dumps(r[6]),
                "min": r[7],
                "start": utc_text(r[8]),
                "end": utc_text(r[9]),
                "stores": None if r[10] is None else json.dumps(r[10]),
                "limit": r[11],
            }
            for r in rows
        ],
    )


def _seed_customer(
    conn: Connection, customer: DemoCustomer, rng: random.Random, now: datetime
) -> None:
    conn.execute(
        text(
            "INSERT INTO customers (id, ref, first_name, last_name, email, tier, points,"
            " consent_profile, created_at) VALUES (:id, :ref, :first, :last, :email, :tier,"
            " :points, :consent, :created)"
        ),
        {
            "id": customer.id,
            "ref": "cr_" + secrets.token_hex(8),  # pseudonymous: nothing to derive it from
            "first": customer.first_name,
            "last": customer.last_name,
            "email": customer.email,
            "tier": customer.tier,
            "points": customer.points,
            "consent": customer.consent,
            "created": utc_text(now - timedelta(days=400 + rng.randint(0, 300))),
        },
    )
    liked = [pid for cat in customer.interests for pid in _products_of(conn, cat, rng, 9)]
    events: list[dict[str, object]] = []

    def event(kind: str, at: datetime, **extra: object) -> None:
        events.append(
            {
                "c": customer.id,
                "k": kind,
                "p": extra.get("product"),
                "q": extra.get("query"),
                "m": extra.get("milli"),
                "ch": extra.get("channel", rng.choice(("web", "web", "app"))),
                "at": utc_text(at),
            }
        )

    for pid in liked:  # views over the last four weeks, some products seen twice
        for _ in range(rng.choice((1, 1, 2))):
            event("view", now - timedelta(minutes=rng.randint(30, 28 * 24 * 60)), product=pid)
    for query in customer.searches:
        event("search", now - timedelta(minutes=rng.randint(60, 14 * 24 * 60)), query=query)
    for pid in rng.sample(liked, min(3, len(liked))):
        event(
            "cart",
            now - timedelta(hours=rng.randint(1, 48)),
            product=pid,
            milli=rng.choice((1000, 1000, 2000)),
        )
    for pid in rng.sample(liked, min(2, len(liked))):
        event("wishlist", now - timedelta(days=rng.randint(2, 40)), product=pid, milli=1000)
    conn.execute(
        text(
            "INSERT INTO browsing_events (customer_id, kind, product_id, query, quantity_milli,"
            " channel, at) VALUES (:c, :k, :p, :q, :m, :ch, :at)"
        ),
        events,
    )
    statuses = ("delivered", "delivered", "collected", "ready", "placed")
    orders = []
    for n in range(rng.randint(3, 6)):
        web = rng.random() < 0.6
        orders.append(
            {
                "id": f"{'WEB' if web else 'POS'}-{customer.id[-4:]}-{n + 1:03d}",
                "c": customer.id,
                "ch": "web" if web else "store",
                "s": None if web else rng.choice(("STORE-001", "STORE-002", "STORE-003")),
                "at": utc_text(now - timedelta(days=rng.randint(1, 180), hours=rng.randint(0, 12))),
                "st": (statuses[n] if n < len(statuses) else "delivered") if web else "paid",
                "t": int(Decimal(rng.randint(1500, 42000))),
                "n": rng.randint(1, 14),
            }
        )
    conn.execute(
        text(
            "INSERT INTO customer_orders (id, customer_id, channel, store_id, placed_at, status,"
            " total_minor, item_count) VALUES (:id, :c, :ch, :s, :at, :st, :t, :n)"
        ),
        orders,
    )
