"""Click & collect at the hub: web orders, their states, stock held for them, notifications.

Placing an order reserves its lines at the store in the same transaction (reservation id
``pickup:<order id>``, held until ``collect_by``); not enough stock places nothing. Tills
change an order only by pickup events (``pos.api.pickup.PickupEventDocument``), applied in
the upload transaction (``pos.hub.documents``) with the transitions of
``pos.domain.pickup``; a step the order's state forbids is refused with a reason and changes
nothing. Every change gives the order a new ``seq`` of the ``pickup`` feed and emits
``pickup.changed`` in the same transaction.

Stock, exactly once: collecting ends the reservation (``fulfilled``) and, for an order paid
online, takes what was handed over off the store's stock; an order paid at the till names the
sale that took the money (``sale_id``), and that sale's own upload takes the stock off, so
nothing is counted twice. Cancelling, expiring and the uncollected rest release the
reservation.

The short code is derived from the order id with a per-hub secret (HMAC), so a repeated
placement answers the same code without the hub keeping it in clear; only its hash is
stored, and it is checked together with the surname.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import orjson
from sqlalchemy import BindParameter, Connection, bindparam, text

from pos.api.common import MAX_MINOR, milli_to_quantity, quantity_to_milli
from pos.api.events import EventType
from pos.api.pickup import (
    PICKUP_TOKEN,
    QR_PREFIX,
    SHORT_CODE_ALPHABET,
    SHORT_CODE_LENGTH,
    CodeCheck,
    NotificationList,
    PickupClaims,
    PickupEventDocument,
    PickupLine,
    PickupNotification,
    PickupOrder,
    PickupReject,
    PlacedWebOrder,
    WebOrderRequest,
)
from pos.api.problems import ProblemCode
from pos.api.reservations import ReservationLine, ReservationRequest, ReservationState
from pos.api.signed_tokens import SigningKey, issue
from pos.domain import pickup as rules
from pos.domain.catalog import SoldBy
from pos.domain.errors import DomainError
from pos.domain.lines import validate_quantity
from pos.domain.money import Currency, Money
from pos.hub.db import HubDatabase, high_water, next_seq, now_text, parse_time, utc_text
from pos.hub.errors import HubProblem, invalid, not_found
from pos.hub.events import emit, emit_stock_changed
from pos.hub.signing_keys import signing_key
from pos.hub.stock import apply_deltas, discard_foreign, end, hold

FEED = "pickup"
NUMBERS = "pickup_numbers"
DEFAULT_PROMISE = timedelta(hours=2)
DEFAULT_COLLECT = timedelta(days=3)
FIRST_NUMBER = 10_000


class PickupRefused(Exception):
    """A pickup event or code check the order's state forbids (``code`` from PickupReject)."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def problem(self, **extra: str) -> HubProblem:
        """As problem+json; ``extra`` members (number, state, store_id, till_id) let a till
        word the message in its own language."""
        status = 404 if self.code == PickupReject.CODE_INVALID else 409
        return HubProblem(status, self.code, "Pickup refused", self.reason, **extra)


def reservation_id(order_id: str) -> str:
    return f"pickup:{order_id}"


def surname_key(surname: str) -> str:
    """What the code check compares: case, accents and spaces do not matter
    ('Wiśniewska' == 'WISNIEWSKA'; Cyrillic stays Cyrillic)."""
    decomposed = unicodedata.normalize("NFKD", surname.replace("ł", "l").replace("Ł", "L"))
    # NFKD then dropping marks: a typed NFC 'й' and a stored decomposed one compare equal
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(plain.casefold().split())


def normalise_code(code: str) -> str:
    """Crockford's reading rules: I and L are 1, O is 0; case, spaces and dashes ignored."""
    text_ = code.upper().replace("-", "").replace(" ", "")
    return text_.translate(str.maketrans("ILO", "110"))


def _secret(conn: Connection) -> bytes:
    conn.execute(
        text(
            "INSERT INTO hub_meta (key, value) VALUES ('pickup_secret', :v) ON CONFLICT DO NOTHING"
        ),
        {"v": secrets.token_hex(32)},
    )
    value = conn.execute(
        text("SELECT value FROM hub_meta WHERE key = 'pickup_secret'")
    ).scalar_one()
    return bytes.fromhex(str(value))


def short_code(secret: bytes, order_id: str) -> str:
    digest = hmac.new(secret, order_id.encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(SHORT_CODE_LENGTH):
        number, digit = divmod(number, len(SHORT_CODE_ALPHABET))
        chars.append(SHORT_CODE_ALPHABET[digit])
    return "".join(chars)


def _code_hash(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def mask_surname(surname: str) -> str:
    s = surname.strip()
    return s if len(s) <= 2 else s[0] + "*" * (len(s) - 2) + s[-1]


# --- placing, reading ---------------------------------------------------------------------------


def place_order(db: HubDatabase, request: WebOrderRequest) -> tuple[PlacedWebOrder, bool]:
    """What the web shop does: the order and its reservation, one transaction. A repeated
    order id answers the first order (and its code); returns (placed, created)."""
    now = datetime.now(UTC)
    promised = request.promised_at or now + DEFAULT_PROMISE
    collect_by = request.collect_by or now + DEFAULT_COLLECT
    if collect_by <= now:
        raise invalid("collect_by must be in the future")
    if collect_by - now > timedelta(days=14):
        raise invalid("collect_by may be at most 14 days ahead")
    lines = []
    for i, line in enumerate(request.lines, start=1):
        qty = quantity_to_milli(line.quantity)
        if qty <= 0:
            raise invalid(f"line {i}: order a positive quantity")
        lines.append((i, line.product_id, qty))
    key = signing_key(db)
    with db.write() as conn:
        secret = _secret(conn)
        found = _load(conn, request.order_id)
        if found is not None:
            code = short_code(secret, found.order_id)
            return _placed(found, code, key, now), False
        products = _products(conn, [pid for _, pid, _ in lines])
        for i, pid, qty in lines:
            product = products.get(pid)
            if product is None:
                raise not_found("product", pid)
            if product["sold_by"] == "piece" and qty % 1000:
                raise invalid(f"line {i}: {pid} is sold by the piece")
            try:  # as much as a till may sell on one line
                validate_quantity(Decimal(qty) / 1000, SoldBy(product["sold_by"]))
            except DomainError as error:
                raise invalid(f"line {i}: {error}") from None
        seconds = int((collect_by - now).total_seconds())
        discard_foreign(conn, reservation_id(request.order_id))  # a new order's id is the hub's
        _, held = hold(
            conn,
            ReservationRequest(
                reservation_id=reservation_id(request.order_id),
                location_id=request.store_id,
                lines=[
                    ReservationLine(product_id=pid, quantity=milli_to_quantity(qty))
                    for _, pid, qty in lines
                ],
                hold_seconds=max(1, seconds),
                note=f"pickup order {request.order_id}",
            ),
            None,
        )
        assert held  # the id was free: the reservation is the hub's own, just made
        currency = Currency(db.currency)
        total = sum(
            (
                Money.from_minor(products[pid]["price_minor"], currency).times(Decimal(qty) / 1000)
                for _, pid, qty in lines
            ),
            Money.zero(currency),
        )
        if total.minor > MAX_MINOR:
            raise invalid(f"the order's total {total} is beyond what the hub keeps")
        number = f"W-{FIRST_NUMBER + next_seq(conn, NUMBERS)}"
        code = short_code(secret, request.order_id)
        conn.execute(
            text(
                "INSERT INTO pickup_orders (id, number, store_id, state, customer_first_name,"
                " customer_surname, surname_key, channel, contact, code_hash, paid_online,"
                " total_minor, placed_at, promised_at, collect_by, bags, version, seq)"
                " VALUES (:id, :number, :store, :state, :first, :surname, :key, :channel,"
                " :contact, :code, :paid, :total, :now, :promised, :collect, 0, 1, :seq)"
            ),
            {
                "id": request.order_id,
                "number": number,
                "store": request.store_id,
                "state": rules.NEW,
                "first": request.customer_first_name,
                "surname": request.customer_surname,
                "key": surname_key(request.customer_surname),
                "channel": request.channel,
                "contact": request.contact,
                "code": _code_hash(code),
                "paid": request.paid_online,
                "total": total.minor,
                "now": utc_text(now),
                "promised": utc_text(promised),
                "collect": utc_text(collect_by),
                "seq": next_seq(conn, FEED),
            },
        )
        conn.execute(
            text(
                "INSERT INTO pickup_lines (order_id, line_no, product_id, quantity_milli,"
                " unit_price_minor, picked_milli, short, substitute_consent, collected_milli)"
                " VALUES (:o, :n, :p, :q, :price, 0, :f, :f, 0)"
            ),
            [
                {
                    "o": request.order_id,
                    "n": i,
                    "p": pid,
                    "q": qty,
                    "price": products[pid]["price_minor"],
                    "f": False,
                }
                for i, pid, qty in lines
            ],
        )
        _announce(conn, request.order_id, request.store_id, rules.NEW)
        placed = _load(conn, request.order_id)
    assert placed is not None
    return _placed(placed, code, key, now), True


def _placed(order: PickupOrder, code: str, key: SigningKey, now: datetime) -> PlacedWebOrder:
    """The web shop's answer: the order, its typed code and its signed QR (valid until the
    order must be collected)."""
    claims = PickupClaims(order_id=order.order_id, store_id=order.store_id, number=order.number)
    token = issue(
        key,
        PICKUP_TOKEN,
        claims,
        not_before=min(now, order.placed_at),
        expires_at=order.collect_by,
    )
    return PlacedWebOrder(order=order, short_code=code, qr=QR_PREFIX + token)


def get_order(db: HubDatabase, order_id: str, store_id: str | None = None) -> PickupOrder:
    with db.read() as conn:
        found = _load(conn, order_id)
    if found is None or (store_id is not None and found.store_id != store_id):
        raise not_found("pickup order", order_id)
    return found


def find_order_id(db: HubDatabase, key: str) -> str:
    """An order by its id or its number (for the CLI)."""
    with db.read() as conn:
        found = conn.execute(
            text("SELECT id FROM pickup_orders WHERE id = :k OR number = :k"), {"k": key}
        ).scalar_one_or_none()
    if found is None:
        raise not_found("pickup order", key)
    return str(found)


def feed_slice(
    conn: Connection, store_id: str, after: int, limit: int
) -> tuple[list[PickupOrder], int, bool]:
    """Orders of a store changed after seq ``after``, oldest change first (bounded by the
    high-water mark read first, as the other feeds)."""
    top = high_water(conn, FEED)
    rows = conn.execute(
        text(
            "SELECT id, seq FROM pickup_orders WHERE store_id = :s AND seq > :after"
            " AND seq <= :top ORDER BY seq LIMIT :limit"
        ),
        {"s": store_id, "after": after, "top": top, "limit": limit + 1},
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    orders = _load_many(conn, [r.id for r in rows])
    # Without more rows for this store the cursor moves to the high-water mark.
    last = int(rows[-1].seq) if has_more else max(after, top)
    return orders, last, has_more


def _products(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    rows = conn.execute(
        text(
            "SELECT id, sku, name, sold_by, tax_code, price_minor, barcodes FROM products"
            " WHERE id IN :ids"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": sorted(set(ids))},
    ).all()
    return {r.id: dict(r._mapping) for r in rows}


def _load(conn: Connection, order_id: str) -> PickupOrder | None:
    found = _load_many(conn, [order_id])
    return found[0] if found else None


def _load_many(conn: Connection, order_ids: list[str]) -> list[PickupOrder]:
    """Orders in the order of ``order_ids`` (three queries however many)."""
    if not order_ids:
        return []
    expanding: BindParameter[Any] = bindparam("ids", expanding=True)
    heads = {
        r.id: r
        for r in conn.execute(
            text("SELECT * FROM pickup_orders WHERE id IN :ids").bindparams(expanding),
            {"ids": order_ids},
        )
    }
    line_rows: dict[str, list[Any]] = defaultdict(list)
    for r in conn.execute(
        text(
            "SELECT * FROM pickup_lines WHERE order_id IN :ids ORDER BY order_id, line_no"
        ).bindparams(expanding),
        {"ids": order_ids},
    ):
        line_rows[r.order_id].append(r)
    wanted = {r.product_id for rows in line_rows.values() for r in rows}
    wanted |= {
        r.substitute_product_id
        for rows in line_rows.values()
        for r in rows
        if r.substitute_product_id
    }
    products = _products(conn, sorted(wanted))
    currency = conn.execute(text("SELECT value FROM hub_meta WHERE key = 'currency'")).scalar_one()
    q = milli_to_quantity
    orders = []
    for order_id in order_ids:
        h = heads.get(order_id)
        if h is None:
            continue
        lines = []
        for r in line_rows[order_id]:
            p = products[r.product_id]
            sub = products.get(r.substitute_product_id) if r.substitute_product_id else None
            lines.append(
                PickupLine(
                    line_no=r.line_no,
                    product_id=r.product_id,
                    sku=p["sku"],
                    name=p["name"],
                    barcodes=orjson.loads(p["barcodes"]),
                    sold_by=p["sold_by"],
                    quantity=q(r.quantity_milli),
                    unit_price_minor=r.unit_price_minor,
                    tax_code=p["tax_code"],
                    picked=q(r.picked_milli),
                    short=bool(r.short),
                    substitute_product_id=r.substitute_product_id,
                    substitute_name=None if sub is None else sub["name"],
                    substitute_quantity=None
                    if r.substitute_milli is None
                    else q(r.substitute_milli),
                    substitute_unit_price_minor=None if sub is None else sub["price_minor"],
                    substitute_consent=bool(r.substitute_consent),
                    collected=q(r.collected_milli),
                )
            )
        orders.append(
            PickupOrder(
                order_id=h.id,
                number=h.number,
                store_id=h.store_id,
                state=h.state,
                customer_initials=(h.customer_first_name[:1] + h.customer_surname[:1]).upper(),
                customer_masked=mask_surname(h.customer_surname),
                paid_online=bool(h.paid_online),
                currency=currency,
                total_minor=h.total_minor,
                lines=lines,
                placed_at=parse_time(h.placed_at),
                promised_at=parse_time(h.promised_at),
                collect_by=parse_time(h.collect_by),
                claimed_by=h.claimed_by,
                bags=h.bags,
                ready_at=None if h.ready_at is None else parse_time(h.ready_at),
                closed_at=None if h.closed_at is None else parse_time(h.closed_at),
                sale_id=h.sale_id,
                version=h.version,
            )
        )
    return orders


def _announce(conn: Connection, order_id: str, store_id: str, state: str) -> None:
    emit(
        conn,
        EventType.PICKUP_CHANGED,
        {"order_id": order_id, "store_id": store_id, "state": state},
        store_id=store_id,
    )


def _update(conn: Connection, order: PickupOrder, **fields: Any) -> None:
    """Change the order's head, give it a new feed seq and announce it."""
    sets = ", ".join(f"{name} = :{name}" for name in fields)
    conn.execute(
        text(
            f"UPDATE pickup_orders SET {sets}{', ' if sets else ''}version = version + 1,"
            " seq = :seq WHERE id = :id"
        ),
        {**fields, "seq": next_seq(conn, FEED), "id": order.order_id},
    )
    _announce(conn, order.order_id, order.store_id, fields.get("state", order.state))


# --- what tills do ------------------------------------------------------------------------------


def apply_event(conn: Connection, doc: PickupEventDocument) -> None:
    """Apply one till's event in the caller's upload transaction; raises PickupRefused (with
    nothing written) when the order's state forbids it."""
    order = _load(conn, doc.order_id)
    if order is None:
        raise PickupRefused(PickupReject.WRONG_STATE, f"no pickup order {doc.order_id!r}")
    if order.store_id != doc.store_id:
        raise PickupRefused(
            PickupReject.WRONG_STORE, f"order {order.number} is for {order.store_id}"
        )
    holder = order.claimed_by
    if doc.action == rules.CLAIM and order.state == rules.PICKING and holder == doc.till_id:
        return  # claimed by this till already (e.g. online, then again from the outbox)
    if holder is not None and holder != doc.till_id and order.state in rules.OPEN_STATES:
        doing = "picked" if order.state == rules.PICKING else "handed over"
        raise PickupRefused(
            PickupReject.CLAIMED, f"order {order.number} is being {doing} at {holder}"
        )
    try:
        target = rules.next_state(doc.action, order.state, order.number)
    except DomainError:
        reason = f"order {order.number} is {order.state}: {doc.action} is not possible"
        raise PickupRefused(PickupReject.WRONG_STATE, reason) from None
    now = utc_text(doc.at)
    if doc.action == rules.CLAIM:
        _update(conn, order, state=target, claimed_by=doc.till_id)
    elif doc.action == rules.RELEASE:
        _update(conn, order, state=target, claimed_by=None)
    elif doc.action == rules.MARK_READY:
        if holder != doc.till_id:
            raise PickupRefused(PickupReject.CLAIMED, f"claim order {order.number} first")
        _record_picks(conn, order, doc)
        _update(conn, order, state=target, claimed_by=None, bags=doc.bags, ready_at=now)
        _notify_ready(conn, order)
    elif doc.action == rules.COLLECT:
        _collect(conn, order, doc, now)
    else:
        raise PickupRefused(PickupReject.WRONG_STATE, f"unknown action {doc.action!r}")


def _record_picks(conn: Connection, order: PickupOrder, doc: PickupEventDocument) -> None:
    by_no = {line.line_no: line for line in order.lines}
    rows = []
    for picked in doc.lines:
        line = by_no.get(picked.line_no)
        if line is None:
            raise PickupRefused(PickupReject.BAD_PICK, f"no line {picked.line_no}")
        qty = quantity_to_milli(picked.picked)
        ordered = quantity_to_milli(line.quantity)
        limit = ordered * rules.WEIGHT_TOLERANCE if line.sold_by == "weight" else ordered
        if qty < 0 or qty > limit:
            raise PickupRefused(
                PickupReject.BAD_PICK, f"line {line.line_no}: {picked.picked} of {line.quantity}"
            )
        sub_qty = None
        if picked.substitute_product_id is not None:
            if not _products(conn, [picked.substitute_product_id]):
                raise PickupRefused(
                    PickupReject.BAD_PICK, f"no product {picked.substitute_product_id}"
                )
            if picked.substitute_quantity is None:
                raise PickupRefused(PickupReject.BAD_PICK, "a substitute needs its quantity")
            sub_qty = quantity_to_milli(picked.substitute_quantity)
        rows.append(
            {
                "o": order.order_id,
                "n": line.line_no,
                "picked": qty,
                "short": picked.short,
                "sub": picked.substitute_product_id,
                "subq": sub_qty,
                "consent": picked.substitute_consent,
            }
        )
    if {r["n"] for r in rows} != set(by_no):
        raise PickupRefused(PickupReject.BAD_PICK, "ready needs every line's pick")
    conn.execute(
        text(
            "UPDATE pickup_lines SET picked_milli = :picked, short = :short,"
            " substitute_product_id = :sub, substitute_milli = :subq,"
            " substitute_consent = :consent WHERE order_id = :o AND line_no = :n"
        ),
        rows,
    )


def _collect(conn: Connection, order: PickupOrder, doc: PickupEventDocument, now: str) -> None:
    if not order.paid_online and doc.sale_id is None:
        raise PickupRefused(
            PickupReject.WRONG_STATE, f"order {order.number} is unpaid: collect it with its sale"
        )
    by_no = {line.line_no: line for line in order.lines}
    handed: dict[int, int] = {}
    for c in doc.collected:
        line = by_no.get(c.line_no)
        if line is None:
            raise PickupRefused(PickupReject.BAD_PICK, f"no line {c.line_no}")
        qty = quantity_to_milli(c.collected)
        if qty < 0 or qty > _bagged(line):
            raise PickupRefused(
                PickupReject.BAD_PICK, f"line {c.line_no}: {c.collected} was not picked"
            )
        handed[c.line_no] = qty
    whole = all(
        handed.get(n, 0) == _bagged(line)
        and (not line.short or (line.substitute_product_id and line.substitute_consent))
        for n, line in by_no.items()
    )
    state = rules.COLLECTED if whole else rules.PARTIALLY_COLLECTED
    conn.execute(
        text("UPDATE pickup_lines SET collected_milli = :q WHERE order_id = :o AND line_no = :n"),
        [{"q": q, "o": order.order_id, "n": n} for n, q in handed.items()],
    )
    end(conn, reservation_id(order.order_id), ReservationState.FULFILLED)
    if doc.sale_id is None:  # paid online: the collection moves the goods
        moves: dict[str, int] = defaultdict(int)
        for n, qty in handed.items():
            line = by_no[n]
            moves[line.substitute_product_id or line.product_id] -= qty
        if any(moves.values()):
            apply_deltas(conn, order.store_id, {p: d for p, d in moves.items() if d})
    emit_stock_changed(conn, [order.store_id])
    _update(conn, order, state=state, claimed_by=None, closed_at=now, sale_id=doc.sale_id)


def _bagged(line: PickupLine) -> int:
    """Thousandths that went into the bag for a line (the consented substitute's, if one)."""
    if line.substitute_product_id and line.substitute_quantity is not None:
        return quantity_to_milli(line.substitute_quantity) if line.substitute_consent else 0
    return quantity_to_milli(line.picked)


def _notify_ready(conn: Connection, order: PickupOrder) -> None:
    head = conn.execute(
        text(
            "SELECT p.channel, p.contact, p.customer_first_name, l.name FROM pickup_orders p"
            " JOIN locations l ON l.id = p.store_id WHERE p.id = :id"
        ),
        {"id": order.order_id},
    ).one()
    collect_by = order.collect_by.strftime("%Y-%m-%d %H:%M UTC")
    body = (
        f"Hello {head.customer_first_name}, your order {order.number} is ready for pickup at"
        f" {head.name} until {collect_by}. Show your pickup QR code or tell us your pickup code."
    )
    conn.execute(
        text(
            "INSERT INTO notifications (order_id, channel, contact, text, at)"
            " VALUES (:o, :c, :to, :t, :at)"
        ),
        {"o": order.order_id, "c": head.channel, "to": head.contact, "t": body, "at": now_text()},
    )


def verify_code(db: HubDatabase, store_id: str, till_id: str, check: CodeCheck) -> PickupOrder:
    """The handover by typed code: an open order of this store whose code and surname match;
    it is claimed for this till (another till then cannot hand it over)."""
    with db.write() as conn:
        rows = conn.execute(
            text(
                "SELECT id, store_id, surname_key FROM pickup_orders WHERE code_hash = :h"
                " ORDER BY placed_at DESC"
            ),
            {"h": _code_hash(check.code)},
        ).all()
        key = surname_key(check.surname).encode()  # compare_digest takes ASCII str only
        match = [r for r in rows if hmac.compare_digest(r.surname_key.encode(), key)]
        if not match:
            raise PickupRefused(
                PickupReject.CODE_INVALID, "no order with this pickup code and surname"
            ).problem()
        open_here = [r for r in match if r.store_id == store_id]
        if not open_here:
            raise PickupRefused(
                PickupReject.WRONG_STORE, f"the order is for pickup at {match[0].store_id}"
            ).problem(store_id=match[0].store_id)
        order = _load(conn, open_here[0].id)
        assert order is not None
        if order.state != rules.READY:
            if order.state in rules.OPEN_STATES:
                reason = f"order {order.number} is not ready yet ({order.state})"
            else:
                reason = f"order {order.number} is {order.state}"
            raise PickupRefused(PickupReject.WRONG_STATE, reason).problem(
                number=order.number, state=order.state
            )
        if order.claimed_by not in (None, till_id):
            raise PickupRefused(
                PickupReject.CLAIMED,
                f"order {order.number} is being handed over at {order.claimed_by}",
            ).problem(number=order.number, till_id=str(order.claimed_by))
        if order.claimed_by is None:
            _update(conn, order, claimed_by=till_id)
        claimed = _load(conn, order.order_id)
    assert claimed is not None
    return claimed


# --- the web shop and the clock ----------------------------------------------------------------


def cancel(db: HubDatabase, order_id: str) -> PickupOrder:
    """The web shop cancels (the customer asked): the reservation is released; tills picking
    it hear at once (``pickup.changed``)."""
    with db.write() as conn:
        order = _load(conn, order_id)
        if order is None:
            raise not_found("pickup order", order_id)
        if order.state not in rules.OPEN_STATES:
            raise HubProblem(
                409, ProblemCode.CONFLICT, "Conflict", f"order {order.number} is {order.state}"
            )
        end(conn, reservation_id(order_id), ReservationState.RELEASED)
        _update(conn, order, state=rules.CANCELLED, claimed_by=None, closed_at=now_text())
        done = _load(conn, order_id)
    assert done is not None
    return done


def expire_due(db: HubDatabase, now: datetime | None = None) -> int:
    """Open orders past ``collect_by`` become ``expired`` and their stock is released."""
    cutoff = utc_text(now or datetime.now(UTC))
    with db.read() as conn:
        due = (
            conn.execute(
                text(
                    "SELECT id FROM pickup_orders WHERE state IN ('new', 'picking', 'ready')"
                    " AND collect_by <= :now"
                ),
                {"now": cutoff},
            )
            .scalars()
            .all()
        )
    done = 0
    for order_id in due:
        with db.write() as conn:
            order = _load(conn, order_id)
            if order is None or order.state not in rules.OPEN_STATES:
                continue
            end(conn, reservation_id(order_id), ReservationState.EXPIRED)
            _update(conn, order, state=rules.EXPIRED, claimed_by=None, closed_at=cutoff)
            done += 1
    return done


def notifications(db: HubDatabase, order_id: str | None = None) -> NotificationList:
    where = "" if order_id is None else " WHERE n.order_id = :o"
    with db.read() as conn:
        rows = conn.execute(
            text(
                "SELECT n.id, n.order_id, p.number, n.channel, n.contact, n.text, n.at"
                f" FROM notifications n JOIN pickup_orders p ON p.id = n.order_id{where}"
                " ORDER BY n.id"
            ),
            {"o": order_id},
        ).all()
    return NotificationList(
        notifications=[
            PickupNotification(
                id=r.id,
                order_id=r.order_id,
                number=r.number,
                channel=r.channel,
                contact=r.contact,
                text=r.text,
                at=parse_time(r.at),
            )
            for r in rows
        ]
    )


def load_order(conn: Connection, order_id: str) -> PickupOrder | None:
    """An order as tills see it, in the caller's transaction (a return is checked against it)."""
    return _load(conn, order_id)
