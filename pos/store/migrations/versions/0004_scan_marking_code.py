"""Sale lines keep the marking code of a marked item, byte-exact.

A marking code (GS1 DataMatrix with AIs 91/92/93, group separators 0x1D included) must be
reported exactly as scanned; the sale document already carries it, this column makes it
queryable without parsing documents. TEXT, not a VARCHAR: such codes run to 150 characters.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 08:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sale_lines") as batch:
        batch.add_column(sa.Column("marking_code", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sale_lines") as batch:
        batch.drop_column("marking_code")
