"""The hub's data moves to the catalog file (attached as schema ``catalog``).

Tax classes, categories, products, barcodes, prices, the search index, stock levels and the
feed cursors move from the main file to the catalog file every connection attaches (see
``pos.store.db``), with their indexes and triggers, unchanged; ``catalog_meta`` is new (the
search index's build state). SQL names tables unqualified, so nothing else changes. Why: an
initial sync builds a whole new catalog file on the side and switches to it in one small
transaction, so the main file (sales, journal, outbox) is never write-locked by it and a
crash mid-sync leaves the old catalog as it was.

Each object is recreated from the SQL SQLite kept for it, with the schema named; the FTS5
table's rows are copied through the table (its shadow tables come with it).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 11:00:00
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Parents before children (copy order); dropped in the reverse order.
TABLES = (
    "tax_classes",
    "categories",
    "products",
    "barcodes",
    "prices",
    "product_fts",
    "stock_levels",
    "sync_cursors",
)
_FTS = "product_fts"
_FTS_COLUMNS = "rowid, name, sku, cats"
_OBJECT = re.compile(
    r"^(CREATE\s+(?:UNIQUE\s+)?(?:VIRTUAL\s+)?(?:TABLE|INDEX|TRIGGER)\s+)", re.IGNORECASE
)


def _qualified(sql: str, schema: str) -> str:
    """``CREATE TABLE x`` -> ``CREATE TABLE schema.x`` (also indexes, triggers, FTS)."""
    match = _OBJECT.match(sql.strip())
    if match is None:  # pragma: no cover - every object we move is created this way
        raise ValueError(f"cannot place in {schema}: {sql[:60]}")
    return f"{match.group(1)}{schema}.{sql.strip()[match.end() :]}"


def _move(source: str, target: str) -> None:
    conn = op.get_bind()
    objects = conn.execute(
        text(
            f"SELECT type, name, tbl_name, sql FROM {source}.sqlite_master"
            " WHERE sql IS NOT NULL AND tbl_name IN ({})".format(
                ", ".join(f"'{t}'" for t in TABLES)
            )
        )
    ).all()
    tables = {o.name: o.sql for o in objects if o.type == "table"}
    for name in TABLES:
        conn.exec_driver_sql(_qualified(tables[name], target))
    for name in TABLES:
        if name == _FTS:
            conn.exec_driver_sql(
                f"INSERT INTO {target}.{_FTS} ({_FTS_COLUMNS})"
                f" SELECT {_FTS_COLUMNS} FROM {source}.{_FTS}"
            )
        else:
            conn.exec_driver_sql(f"INSERT INTO {target}.{name} SELECT * FROM {source}.{name}")
    for kind in ("index", "trigger"):
        for obj in objects:
            if obj.type == kind:
                conn.exec_driver_sql(f"DROP {kind.upper()} {source}.{obj.name}")
                conn.exec_driver_sql(_qualified(obj.sql, target))
    for name in reversed(TABLES):
        conn.exec_driver_sql(f"DROP TABLE {source}.{name}")


def upgrade() -> None:
    _move("main", "catalog")
    op.execute(
        "CREATE TABLE catalog.catalog_meta (key VARCHAR(64) NOT NULL, value TEXT NOT NULL,"
        " CONSTRAINT pk_catalog_meta PRIMARY KEY (key))"
    )


def downgrade() -> None:
    op.execute("DROP TABLE catalog.catalog_meta")
    _move("catalog", "main")
