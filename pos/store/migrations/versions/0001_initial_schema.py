"""Initial schema of the till cache: tables, FTS5 product search, append-only journal.

Hand-written SQL (FTS5 table, triggers) lives in this file on purpose: a migration is frozen
history and must not import code that may change later.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 22:38:23.915143
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Letters without a Unicode decomposition, which unicode61 remove_diacritics cannot fold.
# pos.store.catalog.fold_text applies the same mapping to the user's search text.
_FOLD = [
    ("ł", "l"),
    ("Ł", "L"),
    ("ø", "o"),
    ("Ø", "O"),
    ("đ", "d"),
    ("Đ", "D"),
    ("ß", "ss"),
    ("æ", "ae"),
    ("Æ", "AE"),
    ("œ", "oe"),
    ("Œ", "OE"),
]


def _fold(expr: str) -> str:
    for src, dst in _FOLD:
        expr = f"replace({expr}, '{src}', '{dst}')"
    return expr


# Category tokens of a product: hex of the UTF-8 id of its category, parent and grandparent
# (hex makes any id one FTS token), so a category filter is an FTS term, not a post-filter.
_CATS = """trim(
    coalesce(hex(new.category_id), '') || ' ' ||
    coalesce((SELECT hex(c.parent_id) FROM categories c WHERE c.id = new.category_id), '')
    || ' ' ||
    coalesce((SELECT hex(g.parent_id) FROM categories c JOIN categories g ON g.id = c.parent_id
              WHERE c.id = new.category_id), '')
)"""

_FTS_INSERT = f"""INSERT INTO product_fts(rowid, name, sku, cats)
        VALUES (new.num, {_fold("new.name")}, new.sku, {_CATS});"""

FTS_SQL = [
    # A regular (self-contained) FTS5 table keyed by products.num (an INTEGER PRIMARY KEY,
    # so stable across VACUUM). It holds the *folded* name, so ł/ø/ß match l/o/ss.
    """CREATE VIRTUAL TABLE product_fts USING fts5(
        name, sku, cats,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3',
        detail = column
    )""",
    f"""CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN
        {_FTS_INSERT}
    END""",
    """CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN
        DELETE FROM product_fts WHERE rowid = old.num;
    END""",
    f"""CREATE TRIGGER products_fts_au AFTER UPDATE OF num, name, sku, category_id ON products
    BEGIN
        DELETE FROM product_fts WHERE rowid = old.num;
        {_FTS_INSERT}
    END""",
    # A category moved in the tree: re-index its products and its subcategories' products.
    """CREATE TRIGGER categories_fts_au AFTER UPDATE OF parent_id ON categories BEGIN
        UPDATE products SET category_id = category_id
        WHERE category_id = new.id
           OR category_id IN (SELECT id FROM categories WHERE parent_id = new.id);
    END""",
]

JOURNAL_SQL = [
    """CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN
        SELECT RAISE(ABORT, 'journal is append-only: UPDATE refused');
    END""",
    """CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN
        SELECT RAISE(ABORT, 'journal is append-only: DELETE refused');
    END""",
]


revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["categories.id"], name=op.f("fk_categories_parent_id_categories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
    )
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_categories_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "journal",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("sent_at", sa.String(length=27), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False, server_default="pending"),
        sa.CheckConstraint(
            "state IN ('pending', 'sent', 'poisoned')", name=op.f("ck_outbox_state")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("kind", "ref", name=op.f("uq_outbox_kind_ref")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_state_id", ["state", "id"], unique=False)

    op.create_table(
        "parked_sales",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("parked_at", sa.String(length=27), nullable=False),
        sa.Column("cashier_id", sa.String(length=36), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parked_sales")),
    )
    op.create_table(
        "sales",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("receipt_no", sa.Integer(), nullable=True),
        sa.Column("till_id", sa.String(length=64), nullable=False),
        sa.Column("store_id", sa.String(length=64), nullable=False),
        sa.Column("cashier_id", sa.String(length=36), nullable=False),
        sa.Column("completed_at", sa.String(length=27), nullable=False),
        sa.Column("total_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.CheckConstraint("status IN ('completed', 'voided')", name=op.f("ck_sales_status")),
        sa.PrimaryKeyConstraint("sale_id", name=op.f("pk_sales")),
        sa.UniqueConstraint("till_id", "receipt_no", name=op.f("uq_sales_till_id_receipt_no")),
    )
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.create_index("ix_sales_completed_at", ["completed_at"], unique=False)

    op.create_table(
        "tax_classes",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("rate", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_tax_classes")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.CheckConstraint(
            "role IN ('cashier', 'supervisor', 'manager')", name=op.f("ck_users_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )
    op.create_table(
        "products",
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("category_id", sa.String(length=64), nullable=True),
        sa.Column("tax_code", sa.String(length=8), nullable=False),
        sa.Column("sold_by", sa.String(length=8), nullable=False, server_default="piece"),
        sa.Column("active", sa.Boolean(), nullable=False, server_default="1"),
        sa.Column("updated_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint("sold_by IN ('piece', 'weight')", name=op.f("ck_products_sold_by")),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_products_category_id_categories")
        ),
        sa.ForeignKeyConstraint(
            ["tax_code"], ["tax_classes.code"], name=op.f("fk_products_tax_code_tax_classes")
        ),
        sa.PrimaryKeyConstraint("num", name=op.f("pk_products")),
        sa.UniqueConstraint("id", name=op.f("uq_products_id")),
        sa.UniqueConstraint("sku", name=op.f("uq_products_sku")),
    )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.create_index("ix_products_category_id_name", ["category_id", "name"], unique=False)

    op.create_table(
        "receipt_prints",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.CheckConstraint(
            "state IN ('pending', 'printed', 'failed')", name=op.f("ck_receipt_prints_state")
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"],
            ["sales.sale_id"],
            name=op.f("fk_receipt_prints_sale_id_sales"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sale_id", name=op.f("pk_receipt_prints")),
    )
    with op.batch_alter_table("receipt_prints", schema=None) as batch_op:
        batch_op.create_index("ix_receipt_prints_state", ["state"], unique=False)

    op.create_table(
        "sale_lines",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("barcode", sa.String(length=32), nullable=True),
        sa.Column("sold_by", sa.String(length=8), nullable=False),
        sa.Column("quantity", sa.Text(), nullable=False),
        sa.Column("unit_price_minor", sa.Integer(), nullable=False),
        sa.Column("line_discount_minor", sa.Integer(), nullable=False),
        sa.Column("cart_discount_share_minor", sa.Integer(), nullable=False),
        sa.Column("total_minor", sa.Integer(), nullable=False),
        sa.Column("tax_code", sa.String(length=8), nullable=False),
        sa.Column("tax_rate", sa.Text(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"],
            ["sales.sale_id"],
            name=op.f("fk_sale_lines_sale_id_sales"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sale_id", "line_no", name=op.f("pk_sale_lines")),
    )
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_lines_product_id"), ["product_id"], unique=False)

    op.create_table(
        "sale_tenders",
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("tender_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("received_minor", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"],
            ["sales.sale_id"],
            name=op.f("fk_sale_tenders_sale_id_sales"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sale_id", "tender_id", name=op.f("pk_sale_tenders")),
    )
    op.create_table(
        "barcodes",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_barcodes_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_barcodes")),
    )
    with op.batch_alter_table("barcodes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_barcodes_product_id"), ["product_id"], unique=False)

    op.create_table(
        "prices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_prices_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prices")),
        sa.UniqueConstraint(
            "product_id",
            "currency",
            "valid_from",
            name=op.f("uq_prices_product_id_currency_valid_from"),
        ),
    )
    op.create_table(
        "stock_levels",
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("location", sa.String(length=64), nullable=False),
        sa.Column("quantity", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_stock_levels_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("product_id", "location", name=op.f("pk_stock_levels")),
    )
    for sql in FTS_SQL + JOURNAL_SQL:
        op.execute(sql)


def downgrade() -> None:
    for name in (
        "categories_fts_au",
        "journal_no_delete",
        "journal_no_update",
        "products_fts_au",
        "products_fts_ad",
        "products_fts_ai",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS product_fts")
    op.drop_table("stock_levels")
    op.drop_table("prices")
    with op.batch_alter_table("barcodes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_barcodes_product_id"))

    op.drop_table("barcodes")
    op.drop_table("sale_tenders")
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_lines_product_id"))

    op.drop_table("sale_lines")
    with op.batch_alter_table("receipt_prints", schema=None) as batch_op:
        batch_op.drop_index("ix_receipt_prints_state")

    op.drop_table("receipt_prints")
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_index("ix_products_category_id_name")

    op.drop_table("products")
    op.drop_table("users")
    op.drop_table("tax_classes")
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_completed_at")

    op.drop_table("sales")
    op.drop_table("parked_sales")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_state_id")

    op.drop_table("outbox")
    op.drop_table("meta")
    op.drop_table("journal")
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_categories_parent_id"))

    op.drop_table("categories")
