"""Click & collect: the store's pickup orders as the hub's pickup feed last said, plus this
till's own work on them.

``body`` is the hub's order (``pos.api.pickup.PickupOrder`` JSON: initials and a masked
surname, never the customer's name or contact). The queue's columns are copied out of it so
the queue of hundreds of orders is one indexed query. ``local_state`` is the state after this
till's pickup events the hub has not confirmed yet (offline: shown instead of ``state``);
``picking`` the scan-by-scan progress of a pick (JSON), kept so a restart loses no scan.
``pickup_cursor`` is the pickup feed's cursor, here in the main file with the orders (the
other feeds' cursors live in the catalog file): a page and its cursor commit together, and
a new catalog generation (a snapshot) never drops this till's own work on its orders.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 10:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pickup_orders",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("local_state", sa.String(length=24), nullable=True),
        sa.Column("promised_at", sa.String(length=27), nullable=False),
        sa.Column("placed_at", sa.String(length=27), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("paid_online", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("picking", sa.Text(), nullable=True),
        sa.Column("synced_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_pickup_orders")),
    )
    op.create_table(
        "pickup_cursor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=False),
        sa.Column("pulled_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pickup_cursor")),
    )
    op.create_index("ix_pickup_orders_promised_at", "pickup_orders", ["promised_at"])
    op.create_index("ix_pickup_orders_number", "pickup_orders", ["number"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_pickup_orders_number", table_name="pickup_orders")
    op.drop_index("ix_pickup_orders_promised_at", table_name="pickup_orders")
    op.drop_table("pickup_orders")
    op.drop_table("pickup_cursor")
