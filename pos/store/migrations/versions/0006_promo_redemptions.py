"""Sales made with a customer's promo code, until the hub confirms the redemption.

``promo_redemptions`` holds no personal data: the token id (to refuse a second use at this
till while offline), the promotion, the discount, the part given offline at the till's own
risk, and the hub's verdict (``confirmed`` / ``double_use``).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 11:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "promo_redemptions",
        sa.Column("sale_id", sa.String(length=64), nullable=False),
        sa.Column("token_id", sa.String(length=64), nullable=False),
        sa.Column("promotion_id", sa.String(length=64), nullable=False),
        sa.Column("discount", sa.Text(), nullable=False),
        sa.Column("offline_risk", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), server_default="pending", nullable=False),
        sa.Column("recorded_at", sa.String(length=27), nullable=False),
        sa.Column("settled_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending', 'confirmed', 'double_use')",
            name=op.f("ck_promo_redemptions_state"),
        ),
        sa.PrimaryKeyConstraint("sale_id", name=op.f("pk_promo_redemptions")),
    )
    op.create_index(
        "ix_promo_redemptions_token_id", "promo_redemptions", ["token_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_promo_redemptions_token_id", table_name="promo_redemptions")
    op.drop_table("promo_redemptions")
