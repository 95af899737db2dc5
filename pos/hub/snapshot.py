"""The initial-sync snapshot (``GET /v1/snapshot``, see :mod:`pos.api.snapshot`) as a stream
of NDJSON lines.

Each chunk's rows are made into JSON by the database (the feed's own queries), so the hub
spends no Python object per row. Every query is bounded by the feeds' high-water marks read
first: under PostgreSQL's read committed each statement sees its own snapshot, and a row
changed in between simply moves above the bound (the feed continued from the head's cursor
brings it), so the snapshot never needs a long repeatable-read transaction. SQLite gives the
whole stream one read snapshot anyway (one read transaction, WAL).
"""

from __future__ import annotations

from collections.abc import Iterator

import orjson
from sqlalchemy import Connection, text

from pos.api.feeds import PRODUCT_COLUMNS, STOCK_COLUMNS, FeedKind
from pos.api.snapshot import SNAPSHOT_CHUNK
from pos.hub import catalog, cursors, stock
from pos.hub.db import HubDatabase, high_water

CHUNK_ROWS = SNAPSHOT_CHUNK  # rows per chunk line (tests make it small to get many chunks)


def _cuts(
    conn: Connection, table: str, where: str, params: dict[str, object], top: int, chunk: int
) -> Iterator[tuple[int, int]]:
    """``(after, cut)`` seq ranges of at most ``chunk`` rows each, up to ``top``."""
    after = 0
    while after < top:
        cut = conn.execute(
            text(
                f"SELECT seq FROM {table} WHERE seq > :after AND seq <= :top{where}"
                " ORDER BY seq LIMIT 1 OFFSET :skip"
            ),
            {**params, "after": after, "top": top, "skip": chunk - 1},
        ).scalar_one_or_none()
        end = top if cut is None else int(cut)
        yield after, end
        after = end


def _count(
    conn: Connection, table: str, where: str, params: dict[str, object], after: int, top: int
) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE seq > :after AND seq <= :top{where}"
    return int(conn.execute(text(sql), {**params, "after": after, "top": top}).scalar_one())


def snapshot_lines(
    db: HubDatabase, locations: list[str], chunk: int | None = None
) -> Iterator[bytes]:
    """The snapshot's lines (each ending in a newline), read in one read transaction;
    ``chunk`` rows per line (default :data:`CHUNK_ROWS`)."""
    chunk = chunk or CHUNK_ROWS
    marks = ", ".join(f":l{i}" for i in range(len(locations)))
    at = f" AND location_id IN ({marks})"
    where_loc: dict[str, object] = {f"l{i}": loc for i, loc in enumerate(locations)}
    with db.read() as conn:
        top_catalog = high_water(conn, catalog.FEED)
        top_stock = high_water(conn, stock.FEED)
        taxes, cats = catalog.taxes_and_categories(conn, 0, top_catalog)
        head = {
            "snapshot": "v1",
            "catalog_cursor": cursors.encode(FeedKind.CATALOG, db.hub_id, top_catalog),
            "stock_cursor": cursors.encode(FeedKind.STOCK, db.hub_id, top_stock),
            "locations": locations,
            "products": _count(conn, "products", "", {}, 0, top_catalog),
            "stock": _count(conn, "stock", at, where_loc, 0, top_stock),
            "tax_classes": taxes,
            "categories": cats,
            "product_columns": PRODUCT_COLUMNS,
            "stock_columns": STOCK_COLUMNS,
        }
        yield orjson.dumps(head) + b"\n"
        sent_products = sent_stock = 0
        for after, cut in _cuts(conn, "products", "", {}, top_catalog, chunk):
            rows = catalog.products_json(conn, after, cut)
            if rows != "[]":
                sent_products += _count(conn, "products", "", {}, after, cut)
                yield b'{"products":' + rows.encode() + b"}\n"
        for after, cut in _cuts(conn, "stock", at, where_loc, top_stock, chunk):
            rows = stock.rows_json(
                conn,
                f"seq > :after AND seq <= :cut{at}",
                {**where_loc, "after": after, "cut": cut},
            )
            if rows != "[]":
                sent_stock += _count(conn, "stock", at, where_loc, after, cut)
                yield b'{"stock":' + rows.encode() + b"}\n"
        yield orjson.dumps({"end": {"products": sent_products, "stock": sent_stock}}) + b"\n"
