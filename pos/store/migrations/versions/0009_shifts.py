"""Shifts: one row per shift of this till, its documents found in the journal.

A shift's drawer events (``opened``, ``movement``, ``handover``, ``count``, ``closed``) are
journal entries of kind ``shift`` and outbox records to the hub; the sales, voids and returns
of the shift are the journal's entries between ``opened_seq`` and ``closed_seq``. So the row
holds only what finds them and what must be unique: one open shift per till (a partial
unique index) and one Z number per till.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 03:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("shift_id", sa.String(length=64), nullable=False),
        sa.Column("till_id", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("opened_by", sa.String(length=64), nullable=False),
        sa.Column("opened_at", sa.String(length=27), nullable=False),
        sa.Column("opened_seq", sa.Integer(), nullable=False),
        sa.Column("z_number", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.String(length=27), nullable=True),
        sa.Column("closed_seq", sa.Integer(), nullable=True),
        sa.CheckConstraint("state IN ('open', 'closed')", name=op.f("ck_shifts_state")),
        sa.PrimaryKeyConstraint("shift_id", name=op.f("pk_shifts")),
        sa.UniqueConstraint("till_id", "z_number", name=op.f("uq_shifts_till_id_z_number")),
    )
    op.create_index(
        "ix_shifts_one_open",
        "shifts",
        ["till_id"],
        unique=True,
        sqlite_where=sa.text("state = 'open'"),
    )


def downgrade() -> None:
    op.drop_index("ix_shifts_one_open", table_name="shifts")
    op.drop_table("shifts")
