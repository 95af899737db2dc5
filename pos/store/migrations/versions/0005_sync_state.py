"""What the till keeps of synced data: feed cursors, and stock levels as of a time.

* ``sync_cursors`` - one row per change feed (catalog, stock): the opaque cursor the hub gave
  with the last page applied, and when that page was applied (the age of what the till knows).
* ``stock_levels`` is rebuilt without its foreign key to ``products``: the stock feed is a
  feed of its own and may name a product before the catalog feed delivers it (or after the
  catalog dropped it); a level must not be refused for that. ``quantity`` is on hand,
  ``reserved`` what open reservations hold of it; ``as_of`` is when the figure was known to be
  current, ``synced_at`` when the till received it; ``via_feed`` says the location is kept
  current by the stock feed (its age is then the feed's last pull), not a one-off answer.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 08:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_cursors",
        sa.Column("feed", sa.String(length=32), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=False),
        sa.Column("pulled_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("feed", name=op.f("pk_sync_cursors")),
    )
    op.create_table(
        "stock_levels_new",
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("location", sa.String(length=64), nullable=False),
        sa.Column("quantity", sa.Text(), nullable=False),
        sa.Column("reserved", sa.Text(), server_default="0", nullable=False),
        sa.Column("as_of", sa.String(length=27), nullable=False),
        sa.Column("synced_at", sa.String(length=27), nullable=False),
        sa.Column("via_feed", sa.Boolean(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("product_id", "location", name=op.f("pk_stock_levels")),
    )
    op.execute(
        "INSERT INTO stock_levels_new (product_id, location, quantity, as_of, synced_at, via_feed)"
        " SELECT product_id, location, quantity, updated_at, updated_at, 1 FROM stock_levels"
    )
    op.drop_table("stock_levels")
    op.rename_table("stock_levels_new", "stock_levels")


def downgrade() -> None:
    op.create_table(
        "stock_levels_old",
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
    op.execute(
        "INSERT INTO stock_levels_old (product_id, location, quantity, updated_at)"
        " SELECT s.product_id, s.location, s.quantity, s.as_of FROM stock_levels s"
        " JOIN products p ON p.id = s.product_id"
    )
    op.drop_table("stock_levels")
    op.rename_table("stock_levels_old", "stock_levels")
    op.drop_table("sync_cursors")
