"""Customers at the hub: promo tokens, the customer view a till asks for, promotions, and
linking a till's sale to its customer with exactly one redemption.

Every refusal is a problem with its own code (see ``pos.api.problems`` and the token error
codes of ``pos.api.signed_tokens``). Views are recorded (who, which till, when) in the same
transaction that reads them. Customer data is never logged: log lines name token ids only.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, text

from pos.api.common import MAX_POINTS, milli_to_quantity, quantity_to_milli
from pos.api.customers import (
    PROMO_TOKEN,
    QR_PREFIX,
    BasketItem,
    BrowsingEvents,
    CustomerRecord,
    CustomerUpsert,
    CustomerView,
    CustomerViewRequest,
    LocationQuantity,
    OrderSummary,
    PromoClaims,
    PromotionInfo,
    PromoTokenIssued,
    PromoTokenRequest,
    Redemption,
    RedemptionRecord,
    Search,
    ViewedProduct,
    ViewProduct,
)
from pos.api.documents import RejectCode
from pos.api.events import EventType
from pos.api.problems import ProblemCode
from pos.api.signed_tokens import TokenError, VerifiedToken, issue
from pos.domain.documents import CompletedSale
from pos.domain.promotions import points_earned
from pos.hub.db import HubDatabase, now_text, parse_time, utc_text
from pos.hub.devices import Device
from pos.hub.document_rules import CLOCK_LEEWAY, Rejected
from pos.hub.errors import HubProblem, invalid, not_found
from pos.hub.events import emit
from pos.hub.scope import StoreScope
from pos.hub.signing_keys import key_ring, signing_key

log = logging.getLogger(__name__)

VIEWED_LIMIT = 20
SEARCH_LIMIT = 10
ORDER_LIMIT = 10
SUGGESTION_LIMIT = 6

_TOKEN_TITLES = {
    "token_oversized": "QR code too long",
    "token_malformed": "Not a valid promo code",
    "token_unsupported_version": "Promo code of an unknown version",
    "token_unknown_key": "Promo code signed with an unknown key",
    "token_forged": "Forged promo code",
    "token_wrong_purpose": "Not a promo code",
    "token_not_yet_valid": "Promo code not valid yet",
    "token_expired": "Promo code expired",
}


def masked_name(first: str, last: str) -> str:
    """'Anna Kowalska' -> 'Anna K.': enough to greet, not enough to identify."""
    return f"{first.strip()} {last.strip()[:1]}." if last.strip() else first.strip()


# --- promotions -------------------------------------------------------------------------------


def upsert_promotion(db: HubDatabase, promo: PromotionInfo) -> None:
    row = {
        "id": promo.promotion_id,
        "name": promo.name,
        "kind": promo.kind,
        "value": promo.value,
        "target": promo.target,
        "product_ids": json.dumps(promo.product_ids),
        "category_ids": json.dumps(promo.category_ids),
        "min_spend": promo.min_spend,
        "valid_from": utc_text(promo.valid_from),
        "valid_until": utc_text(promo.valid_until),
        "stores": None if promo.stores is None else json.dumps(promo.stores),
        "limit": promo.per_customer_limit,
    }
    with db.write() as conn:
        conn.execute(
            text(
                "INSERT INTO promotions (id, name, kind, value, target, product_ids,"
                " category_ids, min_spend, valid_from, valid_until, stores, per_customer_limit)"
                " VALUES (:id, :name, :kind, :value, :target, :product_ids, :category_ids,"
                " :min_spend, :valid_from, :valid_until, :stores, :limit)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                " value = excluded.value, target = excluded.target,"
                " product_ids = excluded.product_ids, category_ids = excluded.category_ids,"
                " min_spend = excluded.min_spend, valid_from = excluded.valid_from,"
                " valid_until = excluded.valid_until, stores = excluded.stores,"
                " per_customer_limit = excluded.per_customer_limit"
            ),
            row,
        )
        emit(conn, EventType.PROMOTIONS_CHANGED)


def _promotion(row: Any) -> PromotionInfo:
    return PromotionInfo(
        promotion_id=row.id,
        name=row.name,
        kind=row.kind,
        value=row.value,
        target=row.target,
        product_ids=json.loads(row.product_ids),
        category_ids=json.loads(row.category_ids),
        min_spend=row.min_spend,
        valid_from=parse_time(row.valid_from),
        valid_until=parse_time(row.valid_until),
        stores=None if row.stores is None else json.loads(row.stores),
        per_customer_limit=row.per_customer_limit,
    )


_PROMO_COLUMNS = (
    "id, name, kind, value, target, product_ids, category_ids, min_spend, valid_from,"
    " valid_until, stores, per_customer_limit"
)


def current_promotions(db: HubDatabase) -> list[PromotionInfo]:
    """Promotions not over yet (a till keeps them to apply promo codes offline)."""
    with db.read() as conn:
        rows = conn.execute(
            text(f"SELECT {_PROMO_COLUMNS} FROM promotions WHERE valid_until > :now ORDER BY id"),
            {"now": now_text()},
        ).all()
    return [_promotion(r) for r in rows]


def _promotion_by_id(conn: Connection, promotion_id: str) -> PromotionInfo | None:
    row = conn.execute(
        text(f"SELECT {_PROMO_COLUMNS} FROM promotions WHERE id = :id"), {"id": promotion_id}
    ).first()
    return None if row is None else _promotion(row)


# --- customers and their browsing (what the web shop sends) ----------------------------------


def upsert_customer(db: HubDatabase, customer_id: str, change: CustomerUpsert) -> CustomerRecord:
    """Create or change a customer; a new one gets a random pseudonymous reference."""
    with db.write() as conn:
        ref = conn.execute(
            text("SELECT ref FROM customers WHERE id = :id"), {"id": customer_id}
        ).scalar_one_or_none()
        values = {
            "id": customer_id,
            "first": change.first_name,
            "last": change.last_name,
            "email": change.email,
            "tier": change.tier,
            "points": change.points,
            "consent": change.consent_profile,
        }
        if ref is None:
            ref = "cr_" + uuid.uuid4().hex[:16]
            conn.execute(
                text(
                    "INSERT INTO customers (id, ref, first_name, last_name, email, tier, points,"
                    " consent_profile, created_at) VALUES (:id, :ref, :first, :last, :email,"
                    " :tier, :points, :consent, :now)"
                ),
                {**values, "ref": ref, "now": now_text()},
            )
        else:
            conn.execute(
                text(
                    "UPDATE customers SET first_name = :first, last_name = :last, email = :email,"
                    " tier = :tier, points = :points, consent_profile = :consent WHERE id = :id"
                ),
                values,
            )
    return CustomerRecord(customer_id=customer_id, customer_ref=str(ref))


def record_browsing(db: HubDatabase, customer_id: str, batch: BrowsingEvents) -> int:
    """Product views, searches, cart and wishlist contents from the web shop."""
    rows = []
    for event in batch.events:
        needs_product = event.kind != "search"
        if needs_product != (event.product_id is not None) or (
            event.kind == "search" and not event.query
        ):
            raise invalid(
                f"a {event.kind} event needs "
                + ("a product_id and no query" if needs_product else "a query and no product")
            )
        rows.append(
            {
                "c": customer_id,
                "k": event.kind,
                "p": event.product_id,
                "q": event.query,
                "m": None if event.quantity is None else quantity_to_milli(event.quantity),
                "ch": event.channel,
                "at": utc_text(event.at),
            }
        )
    with db.write() as conn:
        if (
            conn.execute(
                text("SELECT 1 FROM customers WHERE id = :id"), {"id": customer_id}
            ).first()
            is None
        ):
            raise not_found("customer", customer_id)
        products = {e.product_id for e in batch.events if e.product_id is not None}
        if products:
            known = {
                str(r[0])
                for r in conn.execute(
                    text("SELECT id FROM products WHERE id IN :ids").bindparams(
                        bindparam("ids", expanding=True)
                    ),
                    {"ids": sorted(products)},
                )
            }
            if missing := sorted(products - known):
                raise not_found("product", missing[0])
        conn.execute(
            text(
                "INSERT INTO browsing_events (customer_id, kind, product_id, query,"
                " quantity_milli, channel, at) VALUES (:c, :k, :p, :q, :m, :ch, :at)"
            ),
            rows,
        )
    return len(rows)


# --- tokens -------------------------------------------------------------------------------------


def issue_token(db: HubDatabase, request: PromoTokenRequest) -> PromoTokenIssued:
    """Sign a promo token for a customer (what the web shop asks for)."""
    now = datetime.now(UTC)
    not_before = request.not_before or now
    expires_at = not_before + timedelta(hours=request.valid_hours)
    with db.read() as conn:
        customer = conn.execute(
            text("SELECT id, ref, consent_profile FROM customers WHERE id = :id"),
            {"id": request.customer_id},
        ).first()
        if customer is None:
            raise not_found("customer", request.customer_id)
        promotion = _promotion_by_id(conn, request.promotion_id)
    if promotion is None:
        raise not_found("promotion", request.promotion_id)
    if not customer.consent_profile:
        raise _consent_withdrawn()
    if promotion.valid_until <= now:
        raise _promotion_ended(promotion.promotion_id)
    stores = request.stores if request.stores is not None else promotion.stores
    if promotion.stores is not None and stores is not None:
        outside = sorted(set(stores) - set(promotion.stores))
        if outside:  # a code the promotion could never honour there
            raise HubProblem(
                403,
                ProblemCode.PROMO_WRONG_STORE,
                "Promotion not in this store",
                f"The promotion {promotion.promotion_id!r} covers"
                f" {', '.join(promotion.stores)} only, not {', '.join(outside)}.",
            )
    key = signing_key(db)
    token_id = uuid.uuid4().hex
    claims = PromoClaims(
        customer=customer.ref, promotion=promotion.promotion_id, stores=stores, uses=request.uses
    )
    try:
        token = issue(
            key,
            PROMO_TOKEN,
            claims,
            not_before=not_before,
            expires_at=expires_at,
            token_id=token_id,
        )
    except ValueError as exc:
        raise invalid(str(exc)) from None
    with db.write() as conn:
        conn.execute(
            text(
                "INSERT INTO promo_tokens (token_id, customer_id, promotion_id, uses, key_id,"
                " issued_at, expires_at) VALUES (:t, :c, :p, :u, :k, :now, :exp)"
            ),
            {
                "t": token_id,
                "c": customer.id,
                "p": promotion.promotion_id,
                "u": request.uses,
                "k": key.key_id,
                "now": utc_text(now),
                "exp": utc_text(expires_at),
            },
        )
        conn.execute(
            text(
                "INSERT INTO promo_token_scope (token_id, stores, not_before) VALUES (:t, :s, :nbf)"
            ),
            {
                "t": token_id,
                "s": None if stores is None else json.dumps(sorted(stores)),
                "nbf": utc_text(not_before),
            },
        )
    log.info("promo token %s issued for promotion %s", token_id, promotion.promotion_id)
    return PromoTokenIssued(
        token_id=token_id,
        token=token,
        qr_text=QR_PREFIX + token,
        customer_ref=customer.ref,
        promotion_id=promotion.promotion_id,
        not_before=not_before.replace(microsecond=0),
        expires_at=expires_at.replace(microsecond=0),
    )


def _consent_withdrawn() -> HubProblem:
    return HubProblem(
        403,
        ProblemCode.CONSENT_WITHDRAWN,
        "Customer withdrew consent",
        "This customer no longer shares their data with stores.",
    )


def _promotion_ended(promotion_id: str) -> HubProblem:
    return HubProblem(
        410,
        ProblemCode.PROMOTION_ENDED,
        "Promotion ended",
        f"The promotion {promotion_id!r} is over or was withdrawn.",
    )


def verify_token(db: HubDatabase, text_: str) -> VerifiedToken[PromoClaims]:
    """A promo token presented to the hub (the QR prefix may be left on)."""
    token = text_.removeprefix(QR_PREFIX)
    try:
        return key_ring(db).verify(token, PROMO_TOKEN, datetime.now(UTC))
    except TokenError as exc:
        title = _TOKEN_TITLES.get(exc.code, "Invalid promo code")
        raise HubProblem(422, exc.code, title, str(exc)) from None


def uses_so_far(conn: Connection, token_id: str) -> int:
    return int(
        conn.execute(
            text("SELECT count(*) FROM redemptions WHERE token_id = :t AND status = :s"),
            {"t": token_id, "s": Redemption.CONFIRMED},
        ).scalar_one()
    )


def _customer_uses(conn: Connection, customer_id: str, promotion_id: str) -> int:
    return int(
        conn.execute(
            text(
                "SELECT count(*) FROM redemptions WHERE customer_id = :c AND promotion_id = :p"
                " AND status = :s"
            ),
            {"c": customer_id, "p": promotion_id, "s": Redemption.CONFIRMED},
        ).scalar_one()
    )


# --- the customer view ------------------------------------------------------------------------


def _wrong_store(stores: list[str]) -> HubProblem:
    return HubProblem(
        403,
        ProblemCode.PROMO_WRONG_STORE,
        "Promo code for another store",
        f"This promo code is valid in {', '.join(stores)} only.",
    )


def customer_view(db: HubDatabase, scope: StoreScope, request: CustomerViewRequest) -> CustomerView:
    """The view of the token's customer for this till; the view is recorded. The store must
    be one the token was signed for and one the promotion covers *now* (an admin may have
    narrowed it since the token was issued)."""
    verified = verify_token(db, request.token)
    claims = verified.claims
    if claims.stores is not None and scope.store_id not in claims.stores:
        raise _wrong_store(claims.stores)
    with db.write() as conn:  # reads and records the view in one transaction
        customer = conn.execute(
            text(
                "SELECT id, ref, first_name, last_name, tier, points, consent_profile"
                " FROM customers WHERE ref = :ref"
            ),
            {"ref": claims.customer},
        ).first()
        if customer is None:
            raise not_found("customer", claims.customer)
        if not customer.consent_profile:
            raise _consent_withdrawn()
        promotion = _promotion_by_id(conn, claims.promotion)
        if promotion is None or promotion.valid_until <= datetime.now(UTC):
            raise _promotion_ended(claims.promotion)
        if promotion.stores is not None and scope.store_id not in promotion.stores:
            raise _wrong_store(promotion.stores)
        used = uses_so_far(conn, verified.token_id)
        limit = promotion.per_customer_limit
        if used >= claims.uses or (
            limit is not None and _customer_uses(conn, customer.id, promotion.promotion_id) >= limit
        ):
            raise HubProblem(
                409,
                ProblemCode.PROMO_TOKEN_USED,
                "Promo code already used",
                "This promo code has been redeemed as often as it may be.",
            )
        conn.execute(
            text(
                "INSERT INTO profile_views (customer_id, token_id, device_id, store_id, till_id,"
                " viewer, viewed_at) VALUES (:c, :t, :d, :s, :till, :v, :now)"
            ),
            {
                "c": customer.id,
                "t": verified.token_id,
                "d": scope.device_id,
                "s": scope.store_id,
                "till": scope.till_id,
                "v": request.viewer,
                "now": now_text(),
            },
        )
        view = _build_view(conn, customer, scope.store_id)
    log.info("customer view for token %s shown at %s", verified.token_id, scope.till_id)
    return CustomerView(
        customer_ref=customer.ref,
        masked_name=masked_name(customer.first_name, customer.last_name),
        tier=customer.tier,
        points=int(customer.points),
        token_id=verified.token_id,
        uses_left=max(0, claims.uses - used),
        promotion=promotion,
        **view,
    )


def _build_view(conn: Connection, customer: Any, store_id: str) -> dict[str, Any]:
    def events(kind: str, limit: int) -> Sequence[Any]:
        return conn.execute(
            text(
                "SELECT product_id, query, quantity_milli, channel, at FROM browsing_events"
                " WHERE customer_id = :c AND kind = :k ORDER BY at DESC, id DESC LIMIT :n"
            ),
            {"c": customer.id, "k": kind, "n": limit},
        ).all()

    viewed = [
        ViewedProduct(product_id=r.product_id, viewed_at=parse_time(r.at), channel=r.channel)
        for r in events("view", VIEWED_LIMIT)
    ]
    searches = [
        Search(query=r.query, searched_at=parse_time(r.at), channel=r.channel)
        for r in events("search", SEARCH_LIMIT)
    ]

    def basket(kind: str) -> list[BasketItem]:
        return [
            BasketItem(
                product_id=r.product_id,
                quantity=milli_to_quantity(r.quantity_milli or 1000),
                added_at=parse_time(r.at),
            )
            for r in events(kind, 50)
        ]

    cart, wishlist = basket("cart"), basket("wishlist")
    orders = [
        OrderSummary(
            order_id=r.id,
            channel=r.channel,
            store_id=r.store_id,
            placed_at=parse_time(r.placed_at),
            status=r.status,
            total_minor=int(r.total_minor),
            item_count=int(r.item_count),
        )
        for r in conn.execute(
            text(
                "SELECT id, channel, store_id, placed_at, status, total_minor, item_count"
                " FROM customer_orders WHERE customer_id = :c ORDER BY placed_at DESC, id"
                " LIMIT :n"
            ),
            {"c": customer.id, "n": ORDER_LIMIT},
        ).all()
    ]
    mentioned = list(
        dict.fromkeys(
            [v.product_id for v in viewed]
            + [i.product_id for i in cart]
            + [i.product_id for i in wishlist]
        )
    )
    suggested = _suggestions(conn, mentioned, store_id)
    return {
        "viewed": viewed,
        "searches": searches,
        "cart": cart,
        "wishlist": wishlist,
        "orders": orders,
        "suggested": suggested,
        "products": _products(conn, mentioned + suggested, store_id),
    }


def _suggestions(conn: Connection, seen: list[str], store_id: str) -> list[str]:
    """Products of the categories the customer looked at, not seen yet, in stock here."""
    if not seen:
        return []
    rows = conn.execute(
        text(
            "SELECT p.id FROM products p JOIN stock s ON s.product_id = p.id"
            " AND s.location_id = :store"
            " WHERE p.active AND s.on_hand_milli - s.reserved_milli > 0"
            " AND p.category_id IN (SELECT category_id FROM products WHERE id IN :seen)"
            " AND p.id NOT IN :seen ORDER BY s.on_hand_milli DESC, p.id LIMIT :n"
        ).bindparams(bindparam("seen", expanding=True)),
        {"store": store_id, "seen": seen, "n": SUGGESTION_LIMIT},
    ).all()
    return [r.id for r in rows]


def _products(conn: Connection, ids: list[str], store_id: str) -> list[ViewProduct]:
    if not ids:
        return []
    wanted = list(dict.fromkeys(ids))
    rows = {
        r.id: r
        for r in conn.execute(
            text(
                "SELECT id, sku, name, price_minor, barcodes, category_id FROM products"
                " WHERE id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": wanted},
        ).all()
    }
    levels: dict[str, dict[str, int]] = {}
    for r in conn.execute(
        text(
            "SELECT product_id, location_id, on_hand_milli - reserved_milli AS free"
            " FROM stock WHERE product_id IN :ids ORDER BY location_id"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": wanted},
    ).all():
        levels.setdefault(r.product_id, {})[r.location_id] = int(r.free)
    products = []
    for pid in wanted:
        row = rows.get(pid)
        if row is None:
            continue
        codes = json.loads(row.barcodes)
        here = levels.get(pid, {})
        products.append(
            ViewProduct(
                product_id=pid,
                sku=row.sku,
                name=row.name,
                price_minor=int(row.price_minor),
                barcode=codes[0] if codes else None,
                category_id=row.category_id,
                stock_here=milli_to_quantity(max(0, here.get(store_id, 0))),
                stock_elsewhere=[
                    LocationQuantity(location_id=loc, on_hand=milli_to_quantity(max(0, free)))
                    for loc, free in here.items()
                    if loc != store_id
                ],
            )
        )
    return products


# --- sales linked to customers ----------------------------------------------------------------


def check_redemption(conn: Connection, device: Device, sale: CompletedSale) -> str:
    """Refuse (``Rejected``) a sale whose customer block no till could have written: the
    token must be one the hub issued, of this customer and promotion, good in this store and
    at the sale's time, and the points no more than the hub computes for the total. Nothing
    is recorded for a refused one, so another store's code is not burnt. Returns the
    customer's id."""
    link = sale.customer
    assert link is not None
    customer_id = conn.execute(
        text("SELECT id FROM customers WHERE ref = :ref"), {"ref": link.customer_ref}
    ).scalar_one_or_none()
    token = conn.execute(
        text(
            "SELECT t.customer_id, t.promotion_id, t.issued_at, t.expires_at, s.stores,"
            " s.not_before FROM promo_tokens t"
            " LEFT JOIN promo_token_scope s ON s.token_id = t.token_id WHERE t.token_id = :t"
        ),
        {"t": link.token_id},
    ).first()
    if customer_id is None or token is None:
        raise Rejected(RejectCode.PROMO_TOKEN_INVALID, f"the hub issued no token {link.token_id}")
    if (token.customer_id, token.promotion_id) != (customer_id, link.promotion_id):
        raise Rejected(
            RejectCode.PROMO_TOKEN_INVALID,
            f"token {link.token_id} is of another customer or promotion",
        )
    promotion = _promotion_by_id(conn, link.promotion_id)
    if promotion is None:
        raise Rejected(RejectCode.PROMO_TOKEN_INVALID, f"no promotion {link.promotion_id}")
    token_stores = promotion.stores if token.not_before is None else _stores(token.stores)
    for stores in (token_stores, promotion.stores):
        if stores is not None and device.store_id not in stores:
            raise Rejected(
                RejectCode.PROMO_WRONG_STORE,
                f"token {link.token_id} is not good in {device.store_id}",
            )
    at = sale.completed_at
    starts = [parse_time(token.not_before or token.issued_at), promotion.valid_from]
    ends = [parse_time(token.expires_at), promotion.valid_until]
    if at < max(starts) - CLOCK_LEEWAY or at >= min(ends) + CLOCK_LEEWAY:
        raise Rejected(
            RejectCode.PROMO_NOT_VALID,
            f"token {link.token_id} was not valid at the sale's time {utc_text(at)}",
        )
    if link.points_earned > points_earned(sale.total):
        raise Rejected(
            RejectCode.POINTS_MISMATCH,
            f"{link.points_earned} points for a sale of {sale.total}: at most"
            f" {points_earned(sale.total)}",
        )
    return str(customer_id)


def _stores(value: str | None) -> list[str] | None:
    return None if value is None else list(json.loads(value))


def link_sale(
    conn: Connection,
    device: Device,
    sale: CompletedSale,
    customer_id: str,
    now: str,
) -> str:
    """In the upload's transaction, for a sale :func:`check_redemption` let through: the sale
    becomes an in-store order of the customer, its points are credited (as the document says,
    which the check capped at what the hub computes; the balance stays within its bound) and
    its redemption recorded (``confirmed``, or ``double_use`` when the token was used up
    already: the money was taken, a manager has to look). Runs once per sale (the upload
    applies a sale id once). Returns the redemption status."""
    link = sale.customer
    assert link is not None
    items = sum(1 for line in sale.lines if not line.voided)
    conn.execute(
        text(
            "INSERT INTO customer_orders (id, customer_id, channel, store_id, placed_at, status,"
            " total_minor, item_count) VALUES (:id, :c, 'store', :s, :now, 'paid', :t, :n)"
        ),
        {
            "id": sale.sale_id,
            "c": customer_id,
            "s": device.store_id,
            "now": now,
            "t": sale.total.minor,
            "n": items,
        },
    )
    points = int(
        conn.execute(
            text("SELECT points FROM customers WHERE id = :c"), {"c": customer_id}
        ).scalar_one()
    )
    conn.execute(
        text("UPDATE customers SET points = :p WHERE id = :c"),
        {"p": min(MAX_POINTS, points + link.points_earned), "c": customer_id},
    )
    token = conn.execute(
        text("SELECT uses FROM promo_tokens WHERE token_id = :t"), {"t": link.token_id}
    ).first()
    allowed = int(token.uses) if token is not None else 1
    promotion = _promotion_by_id(conn, link.promotion_id)
    limit = promotion.per_customer_limit if promotion is not None else None
    over = uses_so_far(conn, link.token_id) >= allowed or (
        limit is not None and _customer_uses(conn, customer_id, link.promotion_id) >= limit
    )
    status = Redemption.DOUBLE_USE if over else Redemption.CONFIRMED
    conn.execute(
        text(
            "INSERT INTO redemptions (sale_id, token_id, customer_id, promotion_id, store_id,"
            " till_id, discount_minor, offline, status, redeemed_at) VALUES (:sale, :t, :c, :p,"
            " :s, :till, :d, :off, :st, :now)"
        ),
        {
            "sale": sale.sale_id,
            "t": link.token_id,
            "c": customer_id,
            "p": link.promotion_id,
            "s": device.store_id,
            "till": device.till_id,
            "d": link.promo_discount.minor,
            "off": link.offline,
            "st": status,
            "now": now,
        },
    )
    if over:
        log.warning(
            "promo token %s redeemed again by sale %s (double use)", link.token_id, sale.sale_id
        )
    return status


def redemption_status(conn: Connection, sale_id: str) -> str | None:
    """The redemption recorded with a sale (for a repeated upload's answer)."""
    status = conn.execute(
        text("SELECT status FROM redemptions WHERE sale_id = :s"), {"s": sale_id}
    ).scalar_one_or_none()
    return None if status is None else str(status)


def list_redemptions(db: HubDatabase, status: str | None = None) -> list[RedemptionRecord]:
    sql = "SELECT r.*, c.ref FROM redemptions r JOIN customers c ON c.id = r.customer_id"
    if status is not None:
        sql += " WHERE r.status = :status"
    with db.read() as conn:
        rows = conn.execute(
            text(sql + " ORDER BY r.redeemed_at, r.sale_id"), {"status": status}
        ).all()
    return [
        RedemptionRecord(
            token_id=r.token_id,
            sale_id=r.sale_id,
            customer_ref=r.ref,
            promotion_id=r.promotion_id,
            store_id=r.store_id,
            till_id=r.till_id,
            discount_minor=int(r.discount_minor),
            offline=bool(r.offline),
            status=r.status,
            redeemed_at=parse_time(r.redeemed_at),
        )
        for r in rows
    ]
