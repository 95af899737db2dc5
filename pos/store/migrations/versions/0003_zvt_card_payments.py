"""Card payments: one row per terminal operation, written before the terminal is asked.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 08:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "card_payments",
        sa.Column("payment_id", sa.String(36), primary_key=True),
        sa.Column("sale_id", sa.String(36), nullable=True),
        sa.Column("operation", sa.String(16), nullable=False),
        sa.Column("amount_minor", sa.Integer, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("prior_trace", sa.Integer, nullable=True),
        sa.Column("result_code", sa.Integer, nullable=True),
        sa.Column("result_text", sa.Text, nullable=False, server_default=""),
        sa.Column("auth_code", sa.String(16), nullable=False, server_default=""),
        sa.Column("trace_no", sa.Integer, nullable=True),
        sa.Column("terminal_receipt_no", sa.Integer, nullable=True),
        sa.Column("terminal_id", sa.String(16), nullable=False, server_default=""),
        sa.Column("card_brand", sa.String(32), nullable=False, server_default=""),
        sa.Column("masked_pan", sa.String(24), nullable=False, server_default=""),
        sa.Column("resolution", sa.String(16), nullable=False, server_default=""),
        sa.Column("resolved_by", sa.String(36), nullable=True),
        sa.Column("resolution_note", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.String(27), nullable=False),
        sa.Column("updated_at", sa.String(27), nullable=False),
        sa.CheckConstraint(
            "state IN ('pending', 'unknown', 'approved', 'declined', 'aborted', 'failed')",
            name=op.f("ck_card_payments_state"),
        ),
    )
    op.create_index("ix_card_payments_state", "card_payments", ["state"])
    op.create_index("ix_card_payments_sale_id", "card_payments", ["sale_id"])


def downgrade() -> None:
    op.drop_table("card_payments")
