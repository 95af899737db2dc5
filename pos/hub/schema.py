"""The hub's tables (SQLAlchemy Core), created with ``create_all``.

Why not Alembic here (the till uses it): the reference hub's data is demo and test data that
``pos-hub seed`` rebuilds in seconds, and a hub in production is the retailer's own system,
not this one. So the schema carries a version (``hub_meta.schema_version``); a database of
an older version the hub knows how to move on is migrated in place (``pos.hub.migrations``,
plain SQL both databases run), any other is refused with a clear message instead of being
half-used.

Conventions: ids are text; money is integer minor units; quantities are integer thousandths
(``*_milli``: 1.250 kg = 1250, 3 pieces = 3000) so both SQLite and PostgreSQL do exact
arithmetic in SQL; times are fixed-width UTC text (``2026-01-02T03:04:05.000006Z``) that
sorts and compares as text. Every row of a change feed carries ``seq``, taken from
``feed_counters`` in the writing transaction (see ``pos.hub.db.next_seq``).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

# 2: products.barcodes is a JSON array; 3: reservations and events carry their store,
# failed_attempts; 4: shifts and shift_events (pos.hub.migrations moves a version 2 or 3
# database on)
SCHEMA_VERSION = "4"

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

Time = String(27)

hub_meta = Table(
    "hub_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

feed_counters = Table(
    "feed_counters",
    metadata,
    Column("feed", String(32), primary_key=True),
    Column("seq", BigInteger, nullable=False),
)

locations = Table(
    "locations",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
)

tax_classes = Table(
    "tax_classes",
    metadata,
    Column("code", String(8), primary_key=True),
    Column("rate", String(16), nullable=False),  # exact decimal text, "0.23"
    Column("label", Text),
    Column("seq", BigInteger, nullable=False, unique=True),
)

categories = Table(
    "categories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("parent_id", String(64), ForeignKey("categories.id")),
    Column("sort_order", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),
)

products = Table(
    "products",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("sku", String(64), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("category_id", String(64), ForeignKey("categories.id")),
    Column("tax_code", String(8), ForeignKey("tax_classes.code"), nullable=False),
    Column("sold_by", String(8), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("price_minor", BigInteger, nullable=False),
    # The product's codes as a JSON array ('["5901234123457"]'): the feed serves them
    # without a join; the barcodes table below owns their uniqueness (same transaction).
    Column("barcodes", Text, nullable=False),
    Column("updated_at", Time, nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),
)

barcodes = Table(
    "barcodes",
    metadata,
    Column("code", String(32), primary_key=True),
    Column("product_id", String(64), ForeignKey("products.id"), nullable=False, index=True),
)

stock = Table(
    "stock",
    metadata,
    Column("product_id", String(64), ForeignKey("products.id"), primary_key=True),
    Column("location_id", String(64), ForeignKey("locations.id"), primary_key=True),
    Column("on_hand_milli", BigInteger, nullable=False),
    Column("reserved_milli", BigInteger, nullable=False),
    Column("updated_at", Time, nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),
)

reservations = Table(
    "reservations",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("location_id", String(64), ForeignKey("locations.id"), nullable=False),
    # The owner: the device and till that made it, and their store (pos.hub.scope); a
    # reservation the hub made itself (a pickup order's) has no device or till.
    Column("device_id", String(64)),
    Column("till_id", String(64)),
    Column("store_id", String(64), nullable=False),
    Column("state", String(16), nullable=False),
    Column("note", Text),
    Column("created_at", Time, nullable=False),
    Column("expires_at", Time, nullable=False),
    Index("ix_reservations_state_expires_at", "state", "expires_at"),
)

reservation_lines = Table(
    "reservation_lines",
    metadata,
    Column("reservation_id", String(64), ForeignKey("reservations.id"), primary_key=True),
    Column("product_id", String(64), ForeignKey("products.id"), primary_key=True),
    Column("quantity_milli", BigInteger, nullable=False),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("store_id", String(64), ForeignKey("locations.id"), nullable=False),
    Column("till_id", String(64), nullable=False),
    Column("name", Text),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 hex, never the token
    Column("paired_at", Time, nullable=False),
    Column("revoked_at", Time),
    Column("last_seen_at", Time),
)

pairing_codes = Table(
    "pairing_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),  # sha256 hex of the normalised code
    Column("store_id", String(64), ForeignKey("locations.id"), nullable=False),
    Column("till_id", String(64), nullable=False),
    Column("created_at", Time, nullable=False),
    Column("expires_at", Time, nullable=False),
    Column("used_at", Time),
    Column("device_id", String(64)),
)

admin_tokens = Table(
    "admin_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("label", Text),
    Column("created_at", Time, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("store_id", String(64), nullable=False),
    Column("till_id", String(64), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("received_at", Time, nullable=False),
    Column("body", Text, nullable=False),  # the document as the till sent it (JSON)
    Column("seq", BigInteger, nullable=False, unique=True),
)

events = Table(
    "events",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("type", String(64), nullable=False),
    Column("at", Time, nullable=False),
    Column("data", Text, nullable=False),  # JSON
    # The store whose tills hear it; NULL: every till (catalog, keys, promotions); '': none
    # (an event from before stores were recorded that named several locations).
    Column("store_id", String(64)),
)

# Wrong guesses of a code (pairing codes, typed pickup codes), one row each, kept in the
# database so every hub process counts the same misses (pos.hub.throttle).
failed_attempts = Table(
    "failed_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("subject", String(128), nullable=False),  # a device id, a client address
    Column("at", Time, nullable=False),
    Index("ix_failed_attempts_kind_subject_at", "kind", "subject", "at"),
)

# --- click & collect (pos.api.pickup) ------------------------------------------------------------

pickup_orders = Table(
    "pickup_orders",
    metadata,
    Column("id", String(64), primary_key=True),  # the web shop's order id
    Column("number", String(16), nullable=False, unique=True),
    Column("store_id", String(64), ForeignKey("locations.id"), nullable=False),
    Column("state", String(24), nullable=False),
    Column("customer_first_name", Text, nullable=False),
    Column("customer_surname", Text, nullable=False),
    Column("surname_key", Text, nullable=False),  # casefolded, accents off: the code check
    Column("channel", String(16), nullable=False),
    Column("contact", Text, nullable=False),
    Column("code_hash", String(64), nullable=False),  # sha256 of the short code
    Column("paid_online", Boolean, nullable=False),
    Column("total_minor", BigInteger, nullable=False),
    Column("placed_at", Time, nullable=False),
    Column("promised_at", Time, nullable=False),
    Column("collect_by", Time, nullable=False),
    Column("claimed_by", String(64)),  # till id
    Column("bags", Integer, nullable=False),
    Column("ready_at", Time),
    Column("closed_at", Time),
    Column("sale_id", String(64)),
    Column("version", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),  # the pickup feed
    Index("ix_pickup_orders_code_hash", "code_hash"),
    Index("ix_pickup_orders_state_collect_by", "state", "collect_by"),
    Index("ix_pickup_orders_store_id_seq", "store_id", "seq"),
)

pickup_lines = Table(
    "pickup_lines",
    metadata,
    Column("order_id", String(64), ForeignKey("pickup_orders.id"), primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("product_id", String(64), ForeignKey("products.id"), nullable=False),
    Column("quantity_milli", BigInteger, nullable=False),
    Column("unit_price_minor", BigInteger, nullable=False),
    Column("picked_milli", BigInteger, nullable=False),
    Column("short", Boolean, nullable=False),
    Column("substitute_product_id", String(64), ForeignKey("products.id")),
    Column("substitute_milli", BigInteger),
    Column("substitute_consent", Boolean, nullable=False),
    Column("collected_milli", BigInteger, nullable=False),
)

notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("order_id", String(64), ForeignKey("pickup_orders.id"), nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("contact", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("at", Time, nullable=False),
)

# The hub's Ed25519 keys for signed tokens (pos.api.signed_tokens). The private key is kept
# here because the reference hub has no key store; a production hub would hold it in an HSM
# or a secrets manager. ``retired_at``: signs no more, still published (tokens signed with it
# stay valid until they expire); ``withdrawn_at``: no longer published, its tokens fail.
signing_keys = Table(
    "signing_keys",
    metadata,
    Column("key_id", String(32), primary_key=True),
    # Always '': the private half lives in the key file (pos.hub.key_file); the column stays
    # for databases made before it (their keys are moved out and blanked on open).
    Column("private_key", Text, nullable=False, server_default=""),
    Column("public_key", Text, nullable=False, server_default=""),  # 32 raw bytes, base64url
    Column("created_at", Time, nullable=False),
    Column("retired_at", Time),
    Column("withdrawn_at", Time),
)

# --- customers and promo codes (issue 5) ------------------------------------------------
# Personal data lives here, at the hub, only; tills get a masked view per scan.

customers = Table(
    "customers",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("ref", String(64), nullable=False, unique=True),  # pseudonymous, in tokens
    Column("first_name", Text, nullable=False),
    Column("last_name", Text, nullable=False),
    Column("email", Text),
    Column("tier", String(16), nullable=False),
    Column("points", BigInteger, nullable=False),
    Column("consent_profile", Boolean, nullable=False),  # shares history with stores
    Column("created_at", Time, nullable=False),
)

browsing_events = Table(
    "browsing_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("customer_id", String(64), ForeignKey("customers.id"), nullable=False),
    Column("kind", String(16), nullable=False),  # view, search, cart, wishlist
    Column("product_id", String(64), ForeignKey("products.id")),
    Column("query", Text),
    Column("quantity_milli", BigInteger),
    Column("channel", String(16), nullable=False),
    Column("at", Time, nullable=False),
    Index("ix_browsing_events_customer_kind_at", "customer_id", "kind", "at"),
)

customer_orders = Table(
    "customer_orders",
    metadata,
    Column("id", String(64), primary_key=True),  # a web order id, or the sale id
    Column("customer_id", String(64), ForeignKey("customers.id"), nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("store_id", String(64)),
    Column("placed_at", Time, nullable=False),
    Column("status", String(16), nullable=False),
    Column("total_minor", BigInteger, nullable=False),
    Column("item_count", Integer, nullable=False),
)

promotions = Table(
    "promotions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),  # percent, amount
    Column("value", String(24), nullable=False),  # exact decimal text
    Column("target", String(16), nullable=False),  # basket, products, categories
    Column("product_ids", Text, nullable=False),  # JSON array
    Column("category_ids", Text, nullable=False),  # JSON array
    Column("min_spend", String(24), nullable=False),
    Column("valid_from", Time, nullable=False),
    Column("valid_until", Time, nullable=False),
    Column("stores", Text),  # JSON array; NULL: every store
    Column("per_customer_limit", Integer),
)

promo_tokens = Table(
    "promo_tokens",
    metadata,
    Column("token_id", String(64), primary_key=True),
    Column("customer_id", String(64), ForeignKey("customers.id"), nullable=False),
    Column("promotion_id", String(64), ForeignKey("promotions.id"), nullable=False),
    Column("uses", Integer, nullable=False),
    Column("key_id", String(32), nullable=False),
    Column("issued_at", Time, nullable=False),
    Column("expires_at", Time, nullable=False),
)

# What a promo token was signed for beyond promo_tokens: the stores it is good in and when it
# starts, so an uploaded redemption is checked against the token itself (a token issued before
# this table has no row: its promotion's stores and issue time stand in).
promo_token_scope = Table(
    "promo_token_scope",
    metadata,
    Column("token_id", String(64), ForeignKey("promo_tokens.token_id"), primary_key=True),
    Column("stores", Text),  # JSON array; NULL: every store
    Column("not_before", Time, nullable=False),
)

redemptions = Table(
    "redemptions",
    metadata,
    Column("sale_id", String(64), primary_key=True),  # one per sale: exactly once
    Column("token_id", String(64), nullable=False, index=True),
    Column("customer_id", String(64), ForeignKey("customers.id"), nullable=False),
    Column("promotion_id", String(64), nullable=False),
    Column("store_id", String(64), nullable=False),
    Column("till_id", String(64), nullable=False),
    Column("discount_minor", BigInteger, nullable=False),
    Column("offline", Boolean, nullable=False),
    Column("status", String(16), nullable=False),  # confirmed, double_use
    Column("redeemed_at", Time, nullable=False),
)

profile_views = Table(
    "profile_views",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("customer_id", String(64), ForeignKey("customers.id"), nullable=False, index=True),
    Column("token_id", String(64), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("store_id", String(64), nullable=False),
    Column("till_id", String(64), nullable=False),
    Column("viewer", String(64), nullable=False),
    Column("viewed_at", Time, nullable=False),
)

# --- shifts (issue 13; pos.api.shifts, pos.hub.shifts) ---------------------------------------
# A till's drawer from its float to its Z, as its shift records told it. Tills are named per
# store (every store may have a TILL-01), so a till is (store_id, till_id).

shifts = Table(
    "shifts",
    metadata,
    Column("shift_id", String(64), primary_key=True),
    Column("store_id", String(64), nullable=False),
    Column("till_id", String(64), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("state", String(8), nullable=False),  # open, closed
    Column("opened_by", String(64), nullable=False),
    Column("opened_at", Time, nullable=False),
    Column("float_minor", BigInteger, nullable=False),
    Column("holder", String(64), nullable=False),  # who has the drawer now (handovers)
    Column("closed_by", String(64)),
    Column("closed_at", Time),
    Column("z_number", Integer),
    Column("count_record_id", String(64)),  # the count the Z closed on
    Column("expected_minor", BigInteger),  # the Z's figures, as the till reported them
    Column("counted_minor", BigInteger),
    Column("variance_minor", BigInteger),
    Column("approval", Text),  # JSON ApprovalDocument, or NULL
    Column("totals", Text),  # JSON ZTotalsDocument, or NULL while open
    # One Z number per till; one open shift per till (the upload checks both first and
    # rejects with a code; these make a slip fail loudly instead of storing it).
    Index("uq_shifts_store_id_till_id_z_number", "store_id", "till_id", "z_number", unique=True),
    Index(
        "uq_shifts_open_till",
        "store_id",
        "till_id",
        unique=True,
        sqlite_where=text("state = 'open'"),
        postgresql_where=text("state = 'open'"),
    ),
    Index("ix_shifts_store_id_opened_at", "store_id", "opened_at"),
)

shift_events = Table(
    "shift_events",
    metadata,
    Column("record_id", String(64), primary_key=True),
    Column("shift_id", String(64), ForeignKey("shifts.shift_id"), nullable=False),
    Column("event", String(16), nullable=False),  # opened, movement, handover, count, closed
    Column("user_id", String(64), nullable=False),
    Column("at", Time, nullable=False),
    Column("kind", String(16)),  # a movement's kind
    # a movement's amount, a count's (or the float's) total
    Column("amount_minor", BigInteger),
    Column("expected_minor", BigInteger),  # what a count was made against, when the till said
    Column("pieces", Text),  # JSON {minor: count} of a count or the float
    Column("note", Text),
    Column("to_user", String(64)),  # a handover's
    Column("received_at", Time, nullable=False),
    Index("ix_shift_events_shift_id_at", "shift_id", "at"),
)
