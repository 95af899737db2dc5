"""Admin: what the manager, the back office and the web shop call with an admin token
(pairing codes, devices, the catalog, stock, web orders, customers, promotions and promo
tokens, received documents). Every route here depends on ``require_admin``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from pos.api import routes
from pos.api.admin import (
    AdminDevice,
    CategoryUpsert,
    ChangeCount,
    DeviceList,
    DocumentPage,
    LocationUpsert,
    PairingCode,
    PairingCodeRequest,
    PriceChanges,
    Product,
    ProductUpsert,
    ReceivedDocument,
    ShiftList,
    StockChanges,
    TaxClassUpsert,
)
from pos.api.common import ID_PATTERN
from pos.api.customers import (
    BrowsingEvents,
    CustomerRecord,
    CustomerUpsert,
    PromotionInfo,
    PromoTokenIssued,
    PromoTokenRequest,
    RedemptionList,
)
from pos.api.feeds import DEFAULT_PAGE_SIZE, Category, Location, TaxClass
from pos.api.pickup import NotificationList, PickupOrder, PlacedWebOrder, WebOrderRequest
from pos.hub import catalog, cursors, customers, devices, documents, pickup, shifts, stock
from pos.hub.db import high_water, parse_time
from pos.hub.deps import (
    ADMIN_ONLY,
    ADMIN_PROBLEMS,
    Cursor,
    DbDep,
    HubDep,
    Limit,
    PathId,
    TaxCode,
    problem_responses,
)
from pos.hub.errors import invalid, not_found

router = APIRouter(tags=["admin"], dependencies=ADMIN_ONLY)


@router.post(routes.ADMIN_PAIRING_CODES, status_code=201, responses=ADMIN_PROBLEMS)
def new_pairing_code(request: PairingCodeRequest, db: DbDep) -> PairingCode:
    return devices.create_pairing_code(db, request.store_id, request.till_id, request.ttl_seconds)


@router.post(
    routes.ADMIN_PROMO_TOKENS, status_code=201, responses=problem_responses(401, 403, 404, 410, 422)
)
def new_promo_token(request: PromoTokenRequest, db: DbDep) -> PromoTokenIssued:
    """What the web shop calls: a signed promo token for a customer's QR code."""
    return customers.issue_token(db, request)


@router.get(routes.ADMIN_REDEMPTIONS, responses=ADMIN_PROBLEMS)
def redemptions(db: DbDep, status: str | None = None) -> RedemptionList:
    """Redemptions (``?status=double_use``: promo codes used more often than allowed)."""
    return RedemptionList(redemptions=customers.list_redemptions(db, status))


@router.put(routes.ADMIN_PROMOTION, responses=ADMIN_PROBLEMS)
def put_promotion(promotion_id: PathId, promotion: PromotionInfo, db: DbDep) -> PromotionInfo:
    """Create or change a promotion (tills hear of it through promotions.changed)."""
    if promotion.promotion_id != promotion_id:
        raise invalid("the body's promotion_id differs from the path's")
    try:
        promotion.to_rule()
    except ValueError as exc:
        raise invalid(str(exc)) from None
    customers.upsert_promotion(db, promotion)
    return promotion


@router.put(routes.ADMIN_CUSTOMER, responses=ADMIN_PROBLEMS)
def put_customer(customer_id: PathId, change: CustomerUpsert, db: DbDep) -> CustomerRecord:
    """Create or change a customer (``consent_profile: false`` withdraws consent)."""
    return customers.upsert_customer(db, customer_id, change)


@router.post(routes.ADMIN_CUSTOMER_EVENTS, responses=ADMIN_PROBLEMS)
def customer_events(customer_id: PathId, batch: BrowsingEvents, db: DbDep) -> ChangeCount:
    """What the customer did online: product views, searches, cart and wishlist."""
    return ChangeCount(changed=customers.record_browsing(db, customer_id, batch))


@router.get(routes.ADMIN_DEVICES, responses=ADMIN_PROBLEMS)
def list_devices(db: DbDep) -> DeviceList:
    return DeviceList(devices=devices.list_devices(db))


@router.post(routes.ADMIN_DEVICE_REVOKE, responses=ADMIN_PROBLEMS)
def revoke(device_id: PathId, db: DbDep) -> AdminDevice:
    return devices.revoke_device(db, device_id)


@router.put(routes.ADMIN_LOCATION, responses=ADMIN_PROBLEMS)
def put_location(location_id: PathId, change: LocationUpsert, db: DbDep) -> Location:
    return stock.upsert_location(db, location_id, change)


@router.put(routes.ADMIN_TAX_CLASS, responses=ADMIN_PROBLEMS)
def put_tax_class(code: TaxCode, change: TaxClassUpsert, db: DbDep) -> TaxClass:
    return catalog.upsert_tax_class(db, code, change)


@router.put(routes.ADMIN_CATEGORY, responses=ADMIN_PROBLEMS)
def put_category(category_id: PathId, change: CategoryUpsert, db: DbDep) -> Category:
    return catalog.upsert_category(db, category_id, change)


@router.put(routes.ADMIN_PRODUCT, responses=ADMIN_PROBLEMS)
def put_product(product_id: PathId, change: ProductUpsert, db: DbDep) -> Product:
    return catalog.upsert_product(db, product_id, change)


@router.get(routes.ADMIN_PRODUCT, responses=ADMIN_PROBLEMS)
def get_product(product_id: PathId, db: DbDep) -> Product:
    return catalog.get_product(db, product_id)


@router.post(routes.ADMIN_PRICES, responses=ADMIN_PROBLEMS)
def change_prices(changes: PriceChanges, db: DbDep) -> ChangeCount:
    return ChangeCount(changed=catalog.change_prices(db, changes.items))


@router.post(routes.ADMIN_STOCK, responses=ADMIN_PROBLEMS)
def change_stock(changes: StockChanges, db: DbDep) -> ChangeCount:
    return ChangeCount(changed=stock.change_stock(db, changes.items))


@router.post(
    routes.ADMIN_PICKUP_ORDERS,
    status_code=201,
    responses={
        200: {"model": PlacedWebOrder, "description": "The order existed (a repeat)."},
        **ADMIN_PROBLEMS,
    },
)
def place_web_order(request: WebOrderRequest, response: Response, db: DbDep) -> PlacedWebOrder:
    placed, created = pickup.place_order(db, request)
    if not created:
        response.status_code = 200
    return placed


@router.post(routes.ADMIN_PICKUP_CANCEL, responses=ADMIN_PROBLEMS)
def cancel_web_order(order_id: PathId, db: DbDep) -> PickupOrder:
    return pickup.cancel(db, order_id)


@router.get(routes.ADMIN_NOTIFICATIONS, responses=ADMIN_PROBLEMS)
def list_notifications(
    db: DbDep,
    order_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
) -> NotificationList:
    return pickup.notifications(db, order_id)


@router.get(routes.ADMIN_DOCUMENTS, responses=problem_responses(400, 401, 410, 422))
def list_documents(
    db: DbDep,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_PAGE_SIZE,
    kind: str | None = None,
    store_id: str | None = None,
) -> DocumentPage:
    with db.read() as conn:
        after = cursors.decode(cursor, documents.FEED, db.hub_id, high_water(conn, documents.FEED))
        rows, last, has_more = documents.received_documents(conn, after, limit, kind, store_id)
    return DocumentPage(
        cursor=cursors.encode(documents.FEED, db.hub_id, last),
        has_more=has_more,
        documents=[_received(row) for row in rows],
    )


@router.get(routes.ADMIN_DOCUMENT, responses=ADMIN_PROBLEMS)
def get_document(document_id: PathId, db: DbDep) -> ReceivedDocument:
    with db.read() as conn:
        row = documents.received_document(conn, document_id)
    if row is None:
        raise not_found("document", document_id)
    return _received(row)


@router.get(routes.ADMIN_SHIFTS, responses=problem_responses(401, 422))
def list_shifts(
    hub: HubDep,
    store_id: Annotated[str | None, Query(pattern=ID_PATTERN, max_length=64)] = None,
    date: Annotated[
        date | None, Query(description="YYYY-MM-DD, a UTC date (default: today, UTC).")
    ] = None,
) -> ShiftList:
    """The shifts opened on a date (every store's, or one's), each with its float, movements,
    expected, counted and variance, its Z as the till reported it and the sales the hub
    received from that till in the shift's time (``sales_mismatch`` when they differ)."""
    now = hub.clock()
    day = date or now.date()
    if not shifts.MIN_DATE <= day <= shifts.MAX_DATE:
        raise invalid(f"date {day} is outside {shifts.MIN_DATE} .. {shifts.MAX_DATE}")
    return shifts.list_shifts(hub.db, store_id, day, now)


def _received(row: dict[str, Any]) -> ReceivedDocument:
    return ReceivedDocument(
        id=row["id"],
        kind=row["kind"],
        store_id=row["store_id"],
        till_id=row["till_id"],
        device_id=row["device_id"],
        received_at=parse_time(row["received_at"]),
        document=row.get("document"),
    )
