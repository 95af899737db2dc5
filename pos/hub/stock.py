"""Stock per location at the hub: levels, the stock change feed, the endless aisle and
reservations.

A level is ``on_hand`` and ``reserved`` (open reservations) in integer thousandths. Every
change gives the row a new ``seq`` of the ``stock`` counter, and each transaction that changes
stock emits one ``stock.changed`` event naming the locations it touched.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from pos.api.admin import LocationUpsert, StockChange
from pos.api.common import MAX_QUANTITY_MILLI, milli_to_quantity, quantity_to_milli
from pos.api.events import EventType
from pos.api.feeds import Location, LocationStock, ProductStock
from pos.api.problems import ProblemCode
from pos.api.reservations import (
    Reservation,
    ReservationLine,
    ReservationRequest,
    ReservationState,
)
from pos.hub.db import HubDatabase, exists, high_water, next_seq, now_text, parse_time, utc_text
from pos.hub.errors import HubProblem, invalid, not_found
from pos.hub.events import emit, emit_stock_changed
from pos.hub.scope import StoreScope

log = logging.getLogger(__name__)

FEED = "stock"


# --- locations ------------------------------------------------------------------------------


def upsert_location(db: HubDatabase, location_id: str, change: LocationUpsert) -> Location:
    with db.write() as conn:
        conn.execute(
            text(
                "INSERT INTO locations (id, name, kind) VALUES (:id, :n, :k)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind"
            ),
            {"id": location_id, "n": change.name, "k": change.kind},
        )
    return Location(id=location_id, name=change.name, kind=change.kind)


def list_locations(conn: Connection) -> list[Location]:
    rows = conn.execute(text("SELECT id, name, kind FROM locations ORDER BY id")).all()
    return [Location(id=r.id, name=r.name, kind=r.kind) for r in rows]


# --- moving stock ----------------------------------------------------------------------------


def levels(conn: Connection, location_id: str, product_ids: Iterable[str]) -> dict[str, int]:
    """On-hand thousandths of ``product_ids`` at one location (a product without a level
    there is left out: it stands at zero)."""
    wanted = sorted(set(product_ids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        rows = conn.execute(
            text(
                "SELECT product_id, on_hand_milli FROM stock"
                f" WHERE location_id = :l AND product_id IN ({marks})"
            ),
            {"l": location_id, **{f"p{i}": pid for i, pid in enumerate(chunk)}},
        )
        found.update((str(r[0]), int(r[1])) for r in rows)
    return found


def within_bounds(level: int) -> bool:
    """A level the stock feed can still carry as a quantity (and a 64-bit column hold)."""
    return -MAX_QUANTITY_MILLI <= level <= MAX_QUANTITY_MILLI


def out_of_bounds(before: Mapping[str, int], deltas: Mapping[str, int]) -> str | None:
    """The first product whose level ``deltas`` would move out of bounds, if any."""
    return next(
        (pid for pid, d in sorted(deltas.items()) if not within_bounds(before.get(pid, 0) + d)),
        None,
    )


def apply_deltas(conn: Connection, location_id: str, deltas: Mapping[str, int]) -> None:
    """Add ``deltas`` (product id -> thousandths, negative takes off) at one location, in the
    caller's write transaction. A product without a level there starts from zero. A level
    never leaves its bounds (callers check first; this refuses rather than overflow)."""
    if not deltas:
        return
    beyond = out_of_bounds(levels(conn, location_id, deltas), deltas)
    if beyond is not None:
        raise stock_out_of_range(beyond, location_id)
    first = next_seq(conn, FEED, len(deltas))
    now = now_text()
    conn.execute(
        text(
            "INSERT INTO stock (product_id, location_id, on_hand_milli, reserved_milli,"
            " updated_at, seq) VALUES (:p, :l, :d, 0, :now, :seq)"
            " ON CONFLICT (product_id, location_id) DO UPDATE SET"
            " on_hand_milli = stock.on_hand_milli + excluded.on_hand_milli,"
            " updated_at = excluded.updated_at, seq = excluded.seq"
        ),
        [
            {"p": pid, "l": location_id, "d": delta, "now": now, "seq": first + i}
            for i, (pid, delta) in enumerate(sorted(deltas.items()))
        ],
    )


def change_stock(db: HubDatabase, changes: Iterable[StockChange]) -> int:
    """Admin stock changes: set a level (a count) or move it (a delivery), one transaction."""
    items = list(changes)
    for c in items:
        if (c.on_hand is None) == (c.delta is None):
            raise invalid(f"give either on_hand or delta for {c.product_id} at {c.location_id}")
    now = now_text()
    with db.write() as conn:
        known_locations = {loc.id for loc in list_locations(conn)}
        for c in items:
            if c.location_id not in known_locations:
                raise not_found("location", c.location_id)
            if not exists(conn, "products", "id", c.product_id):
                raise not_found("product", c.product_id)
        _check_changes(conn, items)
        first = next_seq(conn, FEED, len(items))
        for i, c in enumerate(items):
            params = {"p": c.product_id, "l": c.location_id, "now": now, "seq": first + i}
            if c.on_hand is not None:
                conn.execute(
                    text(
                        "INSERT INTO stock (product_id, location_id, on_hand_milli,"
                        " reserved_milli, updated_at, seq) VALUES (:p, :l, :q, 0, :now, :seq)"
                        " ON CONFLICT (product_id, location_id) DO UPDATE SET"
                        " on_hand_milli = excluded.on_hand_milli,"
                        " updated_at = excluded.updated_at, seq = excluded.seq"
                    ),
                    {**params, "q": quantity_to_milli(c.on_hand)},
                )
            else:
                assert c.delta is not None
                conn.execute(
                    text(
                        "INSERT INTO stock (product_id, location_id, on_hand_milli,"
                        " reserved_milli, updated_at, seq) VALUES (:p, :l, :q, 0, :now, :seq)"
                        " ON CONFLICT (product_id, location_id) DO UPDATE SET"
                        " on_hand_milli = stock.on_hand_milli + excluded.on_hand_milli,"
                        " updated_at = excluded.updated_at, seq = excluded.seq"
                    ),
                    {**params, "q": quantity_to_milli(c.delta)},
                )
        emit_stock_changed(conn, [c.location_id for c in items])
    return len(items)


def _check_changes(conn: Connection, items: list[StockChange]) -> None:
    """Every level the changes end at, in order, stays within bounds (else nothing changes)."""
    by_location: dict[str, list[StockChange]] = defaultdict(list)
    for c in items:
        by_location[c.location_id].append(c)
    for location_id, changes in by_location.items():
        level = levels(conn, location_id, (c.product_id for c in changes))
        for c in changes:
            if c.on_hand is not None:
                level[c.product_id] = quantity_to_milli(c.on_hand)
            else:
                assert c.delta is not None
                level[c.product_id] = level.get(c.product_id, 0) + quantity_to_milli(c.delta)
            if not within_bounds(level[c.product_id]):
                raise stock_out_of_range(c.product_id, location_id)


def stock_out_of_range(product_id: str, location_id: str) -> HubProblem:
    return invalid(
        f"the stock of {product_id} at {location_id} would leave its bounds"
        f" (+/-{milli_to_quantity(MAX_QUANTITY_MILLI)}); nothing changed"
    )


# --- the feed -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StockSlice:
    last_seq: int
    has_more: bool
    remaining: int | None
    rows_json: str  # the stock rows, already a JSON array (built by the database)


def quantity_sql(column: str, dialect: str) -> str:
    """SQL for ``pos.api.common.milli_to_quantity(column)``: thousandths as the shortest
    exact decimal text ('1.25', '-0.5', '5'), computed by the database."""
    m = column
    if dialect == "postgresql":
        return (
            f"((CASE WHEN {m} < 0 THEN '-' ELSE '' END) || (abs({m}) / 1000)::text ||"
            f" (CASE WHEN mod(abs({m}), 1000) = 0 THEN '' ELSE '.' ||"
            f" rtrim(lpad(mod(abs({m}), 1000)::text, 3, '0'), '0') END))"
        )
    return (
        f"((CASE WHEN {m} < 0 THEN '-' ELSE '' END) || (abs({m}) / 1000) ||"
        f" (CASE WHEN abs({m}) % 1000 = 0 THEN '' ELSE '.' ||"
        f" rtrim(substr('00' || (abs({m}) % 1000), -3, 3), '0') END))"
    )


def _rows_json_sql(dialect: str, where: str) -> str:
    on_hand, reserved = (
        quantity_sql("on_hand_milli", dialect),
        quantity_sql("reserved_milli", dialect),
    )
    if dialect == "postgresql":
        return (
            "SELECT coalesce(json_agg(json_build_array(product_id, location_id,"
            f" {on_hand}, {reserved}) ORDER BY seq)::text, '[]') FROM stock WHERE {where}"
        )
    return (
        "SELECT '[' || coalesce(group_concat(j, ','), '') || ']' FROM (SELECT"
        f" json_array(product_id, location_id, {on_hand}, {reserved}) AS j FROM stock"
        f" WHERE {where} ORDER BY seq)"
    )


def rows_json(conn: Connection, where: str, params: Mapping[str, Any]) -> str:
    """Stock rows matching ``where`` as one JSON array of feed rows, in seq order."""
    return str(conn.execute(text(_rows_json_sql(conn.dialect.name, where)), params).scalar_one())


def stock_slice(
    conn: Connection, after: int, limit: int, locations: list[str], count: bool
) -> StockSlice:
    """Levels changed after ``after`` at ``locations``, oldest change first.

    The high-water mark is read first and bounds every query: under PostgreSQL's read
    committed each statement sees its own snapshot, and a change committed between two
    statements must not be half-seen (its seq would be skipped by the cursor). The rows are
    made into JSON by the database, as the catalog's are.
    """
    top = high_water(conn, FEED)
    marks = ", ".join(f":l{i}" for i in range(len(locations)))
    at = f"location_id IN ({marks})"
    params: dict[str, Any] = {f"l{i}": loc for i, loc in enumerate(locations)}
    cut = conn.execute(
        text(
            f"SELECT seq FROM stock WHERE seq > :after AND seq <= :top AND {at}"
            " ORDER BY seq LIMIT 1 OFFSET :skip"
        ),
        {**params, "after": after, "top": top, "skip": limit - 1},
    ).scalar_one_or_none()
    has_more = (
        cut is not None
        and conn.execute(
            text(f"SELECT 1 FROM stock WHERE seq > :cut AND seq <= :top AND {at} LIMIT 1"),
            {**params, "cut": cut, "top": top},
        ).first()
        is not None
    )
    rows_json = conn.execute(
        text(_rows_json_sql(conn.dialect.name, f"seq > :after AND seq <= :cut AND {at}")),
        {**params, "after": after, "cut": top if cut is None else cut},
    ).scalar_one()
    # Without more rows for these locations, the cursor moves to the high-water mark, past
    # other locations' changes too.
    last = int(cut) if has_more and cut is not None else max(after, top)
    remaining = None
    if count:
        remaining = int(
            conn.execute(
                text(f"SELECT count(*) FROM stock WHERE seq > :after AND seq <= :top AND {at}"),
                {**params, "after": last, "top": top},
            ).scalar_one()
        )
    return StockSlice(last_seq=last, has_more=has_more, remaining=remaining, rows_json=rows_json)


# --- endless aisle ----------------------------------------------------------------------------


def product_stock(db: HubDatabase, product_id: str) -> ProductStock:
    """One product in every location (a location without a level shows zero)."""
    with db.read() as conn:
        product = conn.execute(
            text("SELECT id, sku, name FROM products WHERE id = :id"), {"id": product_id}
        ).first()
        if product is None:
            raise not_found("product", product_id)
        rows = conn.execute(
            text(
                "SELECT l.id, l.name, l.kind, s.on_hand_milli, s.reserved_milli, s.updated_at"
                " FROM locations l LEFT JOIN stock s"
                " ON s.location_id = l.id AND s.product_id = :id ORDER BY l.kind, l.id"
            ),
            {"id": product_id},
        ).all()
    q = milli_to_quantity
    return ProductStock(
        product_id=product.id,
        sku=product.sku,
        name=product.name,
        as_of=datetime.now(UTC),
        locations=[
            LocationStock(
                location_id=r.id,
                name=r.name,
                kind=r.kind,
                on_hand=q(r.on_hand_milli or 0),
                reserved=q(r.reserved_milli or 0),
                available=q((r.on_hand_milli or 0) - (r.reserved_milli or 0)),
                updated_at=None if r.updated_at is None else parse_time(r.updated_at),
            )
            for r in rows
        ],
    )


# --- reservations -----------------------------------------------------------------------------


def _reserve(conn: Connection, location_id: str, lines: Mapping[str, int], sign: int) -> None:
    first = next_seq(conn, FEED, len(lines))
    now = now_text()
    for i, (pid, qty) in enumerate(sorted(lines.items())):
        conn.execute(
            text(
                "UPDATE stock SET reserved_milli = reserved_milli + :q, updated_at = :now,"
                " seq = :seq WHERE product_id = :p AND location_id = :l"
            ),
            {"q": sign * qty, "now": now, "seq": first + i, "p": pid, "l": location_id},
        )


def _load_reservation(conn: Connection, reservation_id: str) -> Reservation | None:
    row = conn.execute(
        text(
            "SELECT id, location_id, state, note, created_at, expires_at FROM reservations"
            " WHERE id = :id"
        ),
        {"id": reservation_id},
    ).first()
    if row is None:
        return None
    lines = conn.execute(
        text(
            "SELECT product_id, quantity_milli FROM reservation_lines WHERE reservation_id = :id"
            " ORDER BY product_id"
        ),
        {"id": reservation_id},
    ).all()
    return Reservation(
        reservation_id=row.id,
        location_id=row.location_id,
        state=row.state,
        note=row.note,
        created_at=parse_time(row.created_at),
        expires_at=parse_time(row.expires_at),
        lines=[
            ReservationLine(product_id=line.product_id, quantity=milli_to_quantity(line[1]))
            for line in lines
        ],
    )


HUB_PREFIX = "pickup:"  # reservation ids only the hub makes (a pickup order's)


def reserve(
    db: HubDatabase, request: ReservationRequest, scope: StoreScope
) -> tuple[Reservation, bool]:
    """A device holds stock at its own store; returns (reservation, created). A repeated id
    returns the first one."""
    if request.reservation_id.startswith(HUB_PREFIX):
        raise _hub_owned(request.reservation_id)
    with db.write() as conn:
        return hold(conn, request, scope)


def _hub_owned(reservation_id: str) -> HubProblem:
    return HubProblem(
        403,
        ProblemCode.RESERVATION_HUB_OWNED,
        "The hub's reservation",
        f"{reservation_id!r}: reservations named {HUB_PREFIX}* are the hub's own (a pickup"
        " order's); they end with the order.",
    )


@dataclass(frozen=True, slots=True)
class Owner:
    store_id: str
    device_id: str | None  # None: the hub's own


def owner(conn: Connection, reservation_id: str) -> Owner | None:
    row = conn.execute(
        text("SELECT store_id, device_id FROM reservations WHERE id = :id"),
        {"id": reservation_id},
    ).first()
    return None if row is None else Owner(row.store_id, row.device_id)


def hold(
    conn: Connection, request: ReservationRequest, scope: StoreScope | None
) -> tuple[Reservation, bool]:
    """:func:`reserve` inside the caller's write transaction; ``scope`` None: the hub's own
    (a pickup order reserves its stock in the transaction that places it)."""
    wanted: dict[str, int] = defaultdict(int)
    for line in request.lines:
        qty = quantity_to_milli(line.quantity)
        if qty <= 0:
            raise invalid(f"reserve a positive quantity of {line.product_id}")
        wanted[line.product_id] += qty
    now = datetime.now(UTC)
    found = owner(conn, request.reservation_id)
    if found is not None:
        if scope is not None and found.store_id != scope.store_id:
            raise HubProblem(
                409,
                ProblemCode.RESERVATION_ID_TAKEN,
                "Reservation id in use",
                f"The id {request.reservation_id!r} is in use; make a new one.",
            )
        existing = _load_reservation(conn, request.reservation_id)
        assert existing is not None
        return existing, False
    if not exists(conn, "locations", "id", request.location_id):
        raise not_found("location", request.location_id)
    if scope is not None:
        scope.require_here(request.location_id)
    shortages = []
    for pid, qty in sorted(wanted.items()):
        level = conn.execute(
            text(
                "SELECT on_hand_milli - reserved_milli FROM stock"
                " WHERE product_id = :p AND location_id = :l"
            ),
            {"p": pid, "l": request.location_id},
        ).scalar_one_or_none()
        if level is None and not exists(conn, "products", "id", pid):
            raise not_found("product", pid)
        if (level or 0) < qty:
            shortages.append(
                {
                    "product_id": pid,
                    "requested": milli_to_quantity(qty),
                    "available": milli_to_quantity(level or 0),
                }
            )
    if shortages:
        raise HubProblem(
            409,
            ProblemCode.INSUFFICIENT_STOCK,
            "Not enough stock",
            f"{len(shortages)} product(s) have less available at {request.location_id}"
            " than asked; nothing was reserved.",
            shortages=shortages,
        )
    conn.execute(
        text(
            "INSERT INTO reservations (id, location_id, device_id, till_id, store_id, state,"
            " note, created_at, expires_at) VALUES (:id, :l, :d, :till, :store, :s, :n, :now,"
            " :exp)"
        ),
        {
            "id": request.reservation_id,
            "l": request.location_id,
            "d": None if scope is None else scope.device_id,
            "till": None if scope is None else scope.till_id,
            "store": request.location_id if scope is None else scope.store_id,
            "s": ReservationState.HELD,
            "n": request.note,
            "now": utc_text(now),
            "exp": utc_text(now + timedelta(seconds=request.hold_seconds)),
        },
    )
    conn.execute(
        text(
            "INSERT INTO reservation_lines (reservation_id, product_id, quantity_milli)"
            " VALUES (:r, :p, :q)"
        ),
        [{"r": request.reservation_id, "p": p, "q": q} for p, q in sorted(wanted.items())],
    )
    _reserve(conn, request.location_id, wanted, +1)
    _announce(conn, request.reservation_id, ReservationState.HELD, request.location_id)
    created = _load_reservation(conn, request.reservation_id)
    assert created is not None
    return created, True


def _announce(conn: Connection, reservation_id: str, state: str, location_id: str) -> None:
    emit(
        conn,
        EventType.RESERVATION_CHANGED,
        {"reservation_id": reservation_id, "state": state, "location_id": location_id},
        store_id=location_id,
    )
    emit_stock_changed(conn, [location_id])


def get_reservation(db: HubDatabase, reservation_id: str, scope: StoreScope) -> Reservation:
    """A reservation of the device's store (another store's is not found)."""
    with db.read() as conn:
        _require_seen(conn, reservation_id, scope)
        found = _load_reservation(conn, reservation_id)
    assert found is not None
    return found


def _require_seen(conn: Connection, reservation_id: str, scope: StoreScope) -> Owner:
    found = owner(conn, reservation_id)
    if found is None:
        raise not_found("reservation", reservation_id)
    scope.require("reservation", reservation_id, found.store_id)
    return found


def discard_foreign(conn: Connection, reservation_id: str) -> bool:
    """Remove a reservation that took an id only the hub may give (made before devices were
    refused ``pickup:`` ids): its stock is given back and the id is free for the hub's own.
    True when there was one."""
    if owner(conn, reservation_id) is None:
        return False
    end(conn, reservation_id, ReservationState.RELEASED)
    for table, column in (("reservation_lines", "reservation_id"), ("reservations", "id")):
        conn.execute(text(f"DELETE FROM {table} WHERE {column} = :id"), {"id": reservation_id})
    log.warning("a reservation %r not made by the hub was discarded", reservation_id)
    return True


def end(conn: Connection, reservation_id: str, state: str) -> bool:
    """Move a held reservation to ``state`` and give its stock back; False if not held."""
    row = conn.execute(
        text("SELECT location_id FROM reservations WHERE id = :id AND state = :held"),
        {"id": reservation_id, "held": ReservationState.HELD},
    ).first()
    if row is None:
        return False
    lines = {
        r[0]: int(r[1])
        for r in conn.execute(
            text(
                "SELECT product_id, quantity_milli FROM reservation_lines"
                " WHERE reservation_id = :id"
            ),
            {"id": reservation_id},
        )
    }
    conn.execute(
        text("UPDATE reservations SET state = :s WHERE id = :id"),
        {"s": state, "id": reservation_id},
    )
    _reserve(conn, row.location_id, lines, -1)
    _announce(conn, reservation_id, state, row.location_id)
    return True


def release(db: HubDatabase, reservation_id: str, scope: StoreScope) -> Reservation:
    """Give the stock back (a no-op for a reservation that is no longer held). A device
    releases its store's reservations only, and never the hub's own."""
    with db.write() as conn:
        if _require_seen(conn, reservation_id, scope).device_id is None:
            raise _hub_owned(reservation_id)
        end(conn, reservation_id, ReservationState.RELEASED)
        found = _load_reservation(conn, reservation_id)
    assert found is not None
    return found


def expire_due(db: HubDatabase, now: datetime | None = None) -> int:
    """Expire held reservations whose time has passed; returns how many."""
    cutoff = utc_text(now or datetime.now(UTC))
    with db.read() as conn:
        due = (
            conn.execute(
                text("SELECT id FROM reservations WHERE state = :held AND expires_at <= :now"),
                {"held": ReservationState.HELD, "now": cutoff},
            )
            .scalars()
            .all()
        )
    if not due:
        return 0
    with db.write() as conn:
        return sum(end(conn, rid, ReservationState.EXPIRED) for rid in due)
