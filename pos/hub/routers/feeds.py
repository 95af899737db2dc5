"""Catalog and feeds: the catalog and stock feeds, the initial snapshot and the endless
aisle (one product's stock everywhere).

Feed pages are bytes: their rows come out of the database as one JSON array and are spliced
behind an ``orjson`` head (no Python object, let alone a pydantic model, per row; a page of
50,000 products costs one query); the OpenAPI document still names their models.
"""

from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, Query, Response
from fastapi.responses import StreamingResponse

from pos.api import routes
from pos.api.feeds import (
    DEFAULT_PAGE_SIZE,
    PRODUCT_COLUMNS,
    STOCK_COLUMNS,
    CatalogPage,
    FeedKind,
    ProductStock,
    StockPage,
)
from pos.api.snapshot import NDJSON
from pos.hub import catalog, cursors, snapshot, stock
from pos.hub.db import high_water
from pos.hub.deps import Count, Cursor, DbDep, DeviceDep, Limit, PathId, problem_responses
from pos.hub.errors import not_found

router = APIRouter()


@router.get(
    routes.CATALOG_FEED,
    tags=["feeds"],
    response_model=CatalogPage,
    responses=problem_responses(400, 401, 410, 422),
)
def catalog_feed(
    _device: DeviceDep,
    db: DbDep,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_PAGE_SIZE,
    count: Count = False,
) -> Response:
    with db.read() as conn:
        after = cursors.decode(cursor, FeedKind.CATALOG, db.hub_id, high_water(conn, catalog.FEED))
        page = catalog.catalog_slice(conn, after, limit, count)
    head = orjson.dumps(
        {
            "feed": FeedKind.CATALOG,
            "cursor": cursors.encode(FeedKind.CATALOG, db.hub_id, page.last_seq),
            "has_more": page.has_more,
            "remaining": page.remaining,
            "tax_classes": page.tax_classes,
            "categories": page.categories,
            "product_columns": PRODUCT_COLUMNS,
        }
    )
    body = b"".join((head[:-1], b',"products":', page.products_json.encode(), b"}"))
    return Response(body, media_type="application/json")


@router.get(
    routes.STOCK_FEED,
    tags=["feeds"],
    response_model=StockPage,
    responses=problem_responses(400, 401, 404, 410, 422),
)
def stock_feed(
    device: DeviceDep,
    db: DbDep,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_PAGE_SIZE,
    count: Count = False,
    location: Annotated[
        list[str] | None,
        Query(description="Locations to follow (repeatable); default: the till's store."),
    ] = None,
) -> Response:
    wanted = sorted(set(location or [device.store_id]))
    with db.read() as conn:
        known = {loc.id for loc in stock.list_locations(conn)}
        unknown = [loc for loc in wanted if loc not in known]
        if unknown:
            raise not_found("location", unknown[0])
        after = cursors.decode(cursor, FeedKind.STOCK, db.hub_id, high_water(conn, stock.FEED))
        page = stock.stock_slice(conn, after, limit, wanted, count)
    head = orjson.dumps(
        {
            "feed": FeedKind.STOCK,
            "cursor": cursors.encode(FeedKind.STOCK, db.hub_id, page.last_seq),
            "has_more": page.has_more,
            "remaining": page.remaining,
            "stock_columns": STOCK_COLUMNS,
        }
    )
    body = b"".join((head[:-1], b',"stock":', page.rows_json.encode(), b"}"))
    return Response(body, media_type="application/json")


@router.get(
    routes.SNAPSHOT,
    tags=["feeds"],
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "NDJSON lines: a SnapshotHead, product chunks (arrays of"
            " product rows), stock chunks (arrays of stock rows), a SnapshotEnd. See"
            " pos.api.snapshot.",
            "content": {NDJSON: {"schema": {"type": "string"}}},
        },
        **problem_responses(401, 422),
    },
)
def initial_snapshot(device: DeviceDep, db: DbDep) -> StreamingResponse:
    """The whole catalog and the till's store's stock, for the initial sync."""
    return StreamingResponse(snapshot.snapshot_lines(db, [device.store_id]), media_type=NDJSON)


@router.get(routes.PRODUCT_STOCK, tags=["stock"], responses=problem_responses(401, 404, 422))
def endless_aisle(product_id: PathId, _device: DeviceDep, db: DbDep) -> ProductStock:
    return stock.product_stock(db, product_id)
