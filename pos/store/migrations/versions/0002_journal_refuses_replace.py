"""The journal refuses INSERT OR REPLACE of an existing entry.

SQLite's REPLACE deletes the conflicting row without firing DELETE triggers (unless
``recursive_triggers`` is on, which a stranger's sqlite3 shell would not set), so the
append-only guard of 0001 could be bypassed. A BEFORE INSERT trigger runs before the
conflict is resolved and refuses any insert at a sequence number already taken.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 23:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        """CREATE TRIGGER journal_no_replace BEFORE INSERT ON journal
        WHEN EXISTS (SELECT 1 FROM journal WHERE seq = NEW.seq) BEGIN
            SELECT RAISE(ABORT, 'journal is append-only: REPLACE refused');
        END"""
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS journal_no_replace")
