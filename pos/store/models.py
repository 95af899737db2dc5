"""ORM models of the local cache (SQLAlchemy 2.x typed declarative).

Money is INTEGER minor units; tax rates and quantities are TEXT decimals; times are TEXT in a
fixed UTC ISO format (``2024-05-01T12:00:00.000000Z``) so they sort and compare as text -
never floats anywhere. JSON documents are stored as TEXT (canonical JSON written by the
repositories).

Objects the ORM does not model (created by the migrations): the FTS5 table ``product_fts`` and
its sync triggers, and the append-only triggers on ``journal``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_text(dt: datetime) -> str:
    """A timezone-aware datetime as fixed-width UTC text (sorts chronologically)."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime: the store keeps UTC times only")
    return dt.astimezone(UTC).strftime(TIME_FORMAT)


def parse_utc_text(text: str) -> datetime:
    return datetime.strptime(text, TIME_FORMAT).replace(tzinfo=UTC)


def now_text() -> str:
    return utc_text(datetime.now(UTC))


def iso_to_utc_text(value: str) -> str:
    """An ISO 8601 time with offset (as in a SaleDoc) normalised to the store's UTC text."""
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return utc_text(dt)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetime <-> fixed-format UTC TEXT."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else parse_utc_text(str(value))


class DecimalText(TypeDecorator[Decimal]):
    """Exact Decimal <-> TEXT (never through float)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"DecimalText needs a Decimal, got {type(value).__name__}")
        return str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value))


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Settings of this till: store_id, till_id, currency, receipt counters, ..."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TaxClass(Base):
    __tablename__ = "tax_classes"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    rate: Mapped[Decimal] = mapped_column(DecimalText)  # "0.23"
    label: Mapped[str | None] = mapped_column(Text)


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("categories.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Product(Base):
    """``num`` is a stable INTEGER rowid alias (the FTS rowid); ``id`` is the catalog UUID."""

    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("sold_by IN ('piece', 'weight')", name="sold_by"),
        Index("ix_products_category_id_name", "category_id", "name"),
    )
    num: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    category_id: Mapped[str | None] = mapped_column(ForeignKey("categories.id"))
    tax_code: Mapped[str] = mapped_column(ForeignKey("tax_classes.code"))
    sold_by: Mapped[str] = mapped_column(String(8), default="piece", server_default="piece")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Barcode(Base):
    __tablename__ = "barcodes"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    product_id: Mapped[str] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )


class Price(Base):
    """Price history; the current price is the newest ``valid_from`` not in the future."""

    __tablename__ = "prices"
    __table_args__ = (UniqueConstraint("product_id", "currency", "valid_from"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[datetime] = mapped_column(UtcDateTime)


class StockLevel(Base):
    """The last level the hub reported for a product at a location (migration 0003).

    No foreign key to products: the stock feed may name a product the catalog feed has not
    delivered yet. ``reserved`` is what open reservations hold of ``quantity``; ``as_of`` is
    when the figure was known current, ``synced_at`` when the till got it; ``via_feed`` marks
    locations the stock feed keeps current.
    """

    __tablename__ = "stock_levels"
    product_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location: Mapped[str] = mapped_column(String(64), primary_key=True)
    quantity: Mapped[Decimal] = mapped_column(DecimalText)  # on hand: pieces or kg, exact
    reserved: Mapped[Decimal] = mapped_column(DecimalText, server_default="0")
    as_of: Mapped[datetime] = mapped_column(UtcDateTime)
    synced_at: Mapped[datetime] = mapped_column(UtcDateTime)
    via_feed: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class SyncCursor(Base):
    """The opaque cursor of a change feed after the last page applied (migration 0003)."""

    __tablename__ = "sync_cursors"
    feed: Mapped[str] = mapped_column(String(32), primary_key=True)
    cursor: Mapped[str] = mapped_column(Text)
    pulled_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PickupOrderRow(Base):
    """A pickup order of this store as the hub's feed said, plus this till's work on it
    (migration 0008; see ``pos.store.pickup``)."""

    __tablename__ = "pickup_orders"
    __table_args__ = (
        Index("ix_pickup_orders_promised_at", "promised_at"),
        Index("ix_pickup_orders_number", "number", unique=True),
    )
    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(24))
    local_state: Mapped[str | None] = mapped_column(String(24))
    promised_at: Mapped[str] = mapped_column(String(27))
    placed_at: Mapped[str] = mapped_column(String(27))
    items: Mapped[int] = mapped_column(Integer)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    paid_online: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    picking: Mapped[str | None] = mapped_column(Text)
    synced_at: Mapped[str] = mapped_column(String(27))


class PickupCursor(Base):
    """The pickup feed's cursor, in the main file with the orders (migration 0008)."""

    __tablename__ = "pickup_cursor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cursor: Mapped[str] = mapped_column(Text)
    pulled_at: Mapped[str] = mapped_column(String(27))


class CatalogMeta(Base):
    """State of the catalog file itself (migration 0007): e.g. ``fts_pending_from``, the
    product ``num`` after which the search index is still being built."""

    __tablename__ = "catalog_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('cashier', 'supervisor', 'manager')", name="role"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(Text)  # argon2id PHC string, never the PIN
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (
        UniqueConstraint("till_id", "receipt_no"),
        CheckConstraint("status IN ('completed', 'voided')", name="status"),
        Index("ix_sales_completed_at", "completed_at"),
    )
    sale_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    receipt_no: Mapped[int | None] = mapped_column(Integer)  # NULL: voided before completion
    till_id: Mapped[str] = mapped_column(String(64))
    store_id: Mapped[str] = mapped_column(String(64))
    cashier_id: Mapped[str] = mapped_column(String(36))
    completed_at: Mapped[str] = mapped_column(String(27))  # UTC text
    total_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))
    document: Mapped[str] = mapped_column(Text)  # the SaleDoc, canonical JSON


class SaleLine(Base):
    __tablename__ = "sale_lines"
    sale_id: Mapped[str] = mapped_column(
        ForeignKey("sales.sale_id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[str] = mapped_column(String(36), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    barcode: Mapped[str | None] = mapped_column(String(32))
    sold_by: Mapped[str] = mapped_column(String(8))
    quantity: Mapped[Decimal] = mapped_column(DecimalText)
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    line_discount_minor: Mapped[int] = mapped_column(Integer)
    cart_discount_share_minor: Mapped[int] = mapped_column(Integer)
    total_minor: Mapped[int] = mapped_column(Integer)
    tax_code: Mapped[str] = mapped_column(String(8))
    tax_rate: Mapped[Decimal] = mapped_column(DecimalText)
    voided: Mapped[bool] = mapped_column(Boolean)
    marking_code: Mapped[str | None] = mapped_column(Text)  # verbatim, GS bytes kept


class SaleTender(Base):
    __tablename__ = "sale_tenders"
    sale_id: Mapped[str] = mapped_column(
        ForeignKey("sales.sale_id", ondelete="CASCADE"), primary_key=True
    )
    tender_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    amount_minor: Mapped[int] = mapped_column(Integer)
    received_minor: Mapped[int] = mapped_column(Integer)


class ParkedSale(Base):
    __tablename__ = "parked_sales"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    parked_at: Mapped[datetime] = mapped_column(UtcDateTime)
    cashier_id: Mapped[str] = mapped_column(String(36))
    document: Mapped[str] = mapped_column(Text)


class JournalEntry(Base):
    """Append-only electronic journal (UPDATE/DELETE refused by triggers), hash-chained."""

    __tablename__ = "journal"
    __table_args__ = ({"sqlite_autoincrement": True},)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(27))  # UTC text
    kind: Mapped[str] = mapped_column(String(32))
    ref: Mapped[str | None] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class OutboxRecord(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("kind", "ref"),
        CheckConstraint("state IN ('pending', 'sent', 'poisoned')", name="state"),
        Index("ix_outbox_state_id", "state", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    ref: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(16), default="pending", server_default="pending")


class ReceiptPrint(Base):
    """Receipt bytes waiting for (re)print; a failed print stays here until printed."""

    __tablename__ = "receipt_prints"
    __table_args__ = (
        CheckConstraint("state IN ('pending', 'printed', 'failed')", name="state"),
        Index("ix_receipt_prints_state", "state"),
    )
    sale_id: Mapped[str] = mapped_column(
        ForeignKey("sales.sale_id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(16), default="pending", server_default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CardPayment(Base):
    """One card terminal operation, written *before* the request goes to the terminal.

    Holds only what a receipt may show: masked PAN, brand, auth code, trace/receipt numbers,
    terminal id. ``state`` ``pending`` means the request may be at the terminal right now (or
    the till died while it was); ``unknown`` means the terminal took it and the link broke.
    Both block new card payments until recovered from the terminal or resolved by a manager.
    """

    __tablename__ = "card_payments"
    __table_args__ = (
        CheckConstraint(
            "state IN ('pending', 'unknown', 'approved', 'declined', 'aborted', 'failed')",
            name="state",
        ),
        Index("ix_card_payments_state", "state"),
    )
    payment_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str | None] = mapped_column(String(36), index=True)
    operation: Mapped[str] = mapped_column(String(16))  # sale, refund, reversal
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    state: Mapped[str] = mapped_column(String(16))
    prior_trace: Mapped[int | None] = mapped_column(Integer)  # terminal trace before it
    result_code: Mapped[int | None] = mapped_column(Integer)
    result_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    auth_code: Mapped[str] = mapped_column(String(16), default="", server_default="")
    trace_no: Mapped[int | None] = mapped_column(Integer)
    terminal_receipt_no: Mapped[int | None] = mapped_column(Integer)
    terminal_id: Mapped[str] = mapped_column(String(16), default="", server_default="")
    card_brand: Mapped[str] = mapped_column(String(32), default="", server_default="")
    masked_pan: Mapped[str] = mapped_column(String(24), default="", server_default="")
    resolution: Mapped[str] = mapped_column(String(16), default="", server_default="")
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolution_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PromoRedemption(Base):
    """A sale with a customer's promo code, until the hub has confirmed its redemption
    (migration 0006). No personal data: the token id, the promotion, what was honoured;
    ``offline_risk`` is the discount given without asking the hub (the risk taken).
    ``state``: pending (not confirmed yet), confirmed, double_use (the hub found the code
    used up: a manager looks at it)."""

    __tablename__ = "promo_redemptions"
    __table_args__ = (
        CheckConstraint("state IN ('pending', 'confirmed', 'double_use')", name="state"),
        Index("ix_promo_redemptions_token_id", "token_id"),
    )
    sale_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_id: Mapped[str] = mapped_column(String(64))
    promotion_id: Mapped[str] = mapped_column(String(64))
    discount: Mapped[Decimal] = mapped_column(DecimalText)
    offline_risk: Mapped[Decimal] = mapped_column(DecimalText)
    state: Mapped[str] = mapped_column(String(16), default="pending", server_default="pending")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    settled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ShiftRow(Base):
    """A shift of this till (migration 0009): its drawer events and documents are the journal's
    entries from ``opened_seq`` to ``closed_seq`` (``pos.store.shifts``)."""

    __tablename__ = "shifts"
    __table_args__ = (
        CheckConstraint("state IN ('open', 'closed')", name="state"),
        UniqueConstraint("till_id", "z_number"),
        Index("ix_shifts_one_open", "till_id", unique=True, sqlite_where=text("state = 'open'")),
    )
    shift_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    till_id: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    state: Mapped[str] = mapped_column(String(8))
    opened_by: Mapped[str] = mapped_column(String(64))
    opened_at: Mapped[str] = mapped_column(String(27))  # UTC text
    opened_seq: Mapped[int] = mapped_column(Integer)
    z_number: Mapped[int | None] = mapped_column(Integer)
    closed_at: Mapped[str | None] = mapped_column(String(27))
    closed_seq: Mapped[int | None] = mapped_column(Integer)
