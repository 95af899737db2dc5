"""The hub's HTTP surface: FastAPI routes over the services in this package.

Feed pages are bytes: their rows come out of the database as one JSON array and are spliced
behind an ``orjson`` head (no Python object, let alone a pydantic model, per row; a page of
50,000 products costs one query); the OpenAPI document still names their models. Every
error is ``application/problem+json`` (``pos.api.problems``). Endpoints are plain ``def`` so
their database work runs in the thread pool; only the event stream is ``async``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

import orjson
from fastapi import Depends, FastAPI, Header, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from pos.api import EVENT_STREAM, PROBLEM_JSON, routes
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
    StockChanges,
    TaxClassUpsert,
)
from pos.api.common import ID_PATTERN
from pos.api.customers import (
    BrowsingEvents,
    CustomerRecord,
    CustomerUpsert,
    CustomerView,
    CustomerViewRequest,
    PromotionInfo,
    PromotionList,
    PromoTokenIssued,
    PromoTokenRequest,
    RedemptionList,
)
from pos.api.devices import DeviceInfo, PairingRequest, PairingResult
from pos.api.documents import MAX_BATCH, BatchResult, UploadBatch
from pos.api.events import KEEPALIVE_SECONDS, RETRY_MILLISECONDS, Event, EventType
from pos.api.feeds import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    PRODUCT_COLUMNS,
    STOCK_COLUMNS,
    CatalogPage,
    Category,
    FeedKind,
    Location,
    LocationList,
    ProductStock,
    StockPage,
    TaxClass,
)
from pos.api.pickup import (
    CodeCheck,
    NotificationList,
    PickupOrder,
    PickupPage,
    PickupReject,
    PlacedWebOrder,
    WebOrderRequest,
)
from pos.api.problems import FieldError, Problem, ProblemCode
from pos.api.reservations import Reservation, ReservationRequest
from pos.api.signed_tokens import PublicKeyList
from pos.api.snapshot import NDJSON
from pos.hub import (
    catalog,
    cursors,
    customers,
    devices,
    documents,
    pickup,
    signing_keys,
    snapshot,
    stock,
)
from pos.hub.db import HubDatabase, high_water, parse_time
from pos.hub.errors import HubProblem, invalid, not_found
from pos.hub.events import events_after, last_event_id
from pos.hub.openapi import corrected_openapi

log = logging.getLogger(__name__)

EVENT_POLL_SECONDS = 1.0  # how often the stream looks for changes made by other processes
EXPIRY_SWEEP_SECONDS = 5.0
TOUCH_EVERY_SECONDS = 60.0
CODE_MISSES = 5  # wrong typed pickup codes a device may try per window...
CODE_WINDOW = 600.0  # ...of this many seconds


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problem responses a route may give."""
    return {
        status: {
            "model": Problem,
            "content": {PROBLEM_JSON: {}},
            "description": "Problem details (RFC 9457)",
        }
        for status in sorted({400, 422, *statuses})  # any request can be malformed
    }


DEVICE_PROBLEMS = problem_responses(401, 422)
ADMIN_PROBLEMS = problem_responses(401, 404, 409, 422)

device_bearer = HTTPBearer(
    scheme_name="deviceToken", auto_error=False, description="The token from POST /v1/pairing."
)
admin_bearer = HTTPBearer(
    scheme_name="adminToken", auto_error=False, description="A token from pos-hub admin-token."
)
Credentials = HTTPAuthorizationCredentials | None


def _problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(mode="json", exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


class HubState:
    """What the routes share: the database, the stop flag, last-seen throttling."""

    def __init__(self, db: HubDatabase) -> None:
        self.db = db
        self.stopping = threading.Event()
        self._touched: dict[str, float] = {}
        self._code_failures: dict[str, list[float]] = {}
        self._code_lock = threading.Lock()

    def code_attempt_allowed(self, device_id: str) -> float | None:
        """None when the device may check a typed pickup code now, else the seconds to
        wait: a wrong code and surname pair is guessable, so each till gets a few misses
        per window."""
        now = time.monotonic()
        with self._code_lock:
            recent = [t for t in self._code_failures.get(device_id, []) if now - t < CODE_WINDOW]
            self._code_failures[device_id] = recent
            if len(recent) < CODE_MISSES:
                return None
            return CODE_WINDOW - (now - recent[0])

    def code_missed(self, device_id: str) -> None:
        with self._code_lock:
            self._code_failures.setdefault(device_id, []).append(time.monotonic())

    def touch(self, device_id: str) -> None:
        now = time.monotonic()
        if now - self._touched.get(device_id, -TOUCH_EVERY_SECONDS) >= TOUCH_EVERY_SECONDS:
            self._touched[device_id] = now
            devices.touch_device(self.db, device_id)


def _hub(request: Request) -> HubState:
    hub = request.app.state.hub
    assert isinstance(hub, HubState)
    return hub


def current_device(
    request: Request, creds: Annotated[Credentials, Depends(device_bearer)]
) -> devices.Device:
    hub = _hub(request)
    device = devices.authenticate_device(hub.db, creds.credentials if creds else None)
    hub.touch(device.id)
    return device


def require_admin(request: Request, creds: Annotated[Credentials, Depends(admin_bearer)]) -> None:
    devices.check_admin_token(_hub(request).db, creds.credentials if creds else None)


DeviceDep = Annotated[devices.Device, Depends(current_device)]
PathId = Annotated[str, Path(pattern=ID_PATTERN, description="An id: letters, digits, . _ : -")]
TaxCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9]{1,8}$")]
Cursor = Annotated[
    str | None, Query(max_length=100, description="From the previous page; none: start.")
]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page, at most.")]
Count = Annotated[bool, Query(description="Also count the items after this page.")]


def create_app(db: HubDatabase) -> FastAPI:
    state = HubState(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        sweeper = asyncio.create_task(_sweep_expired(state))
        try:
            yield
        finally:
            state.stopping.set()
            sweeper.cancel()

    app = FastAPI(
        title="Omnitill hub API",
        version="1",
        summary="The central omnichannel API a till syncs with (reference implementation).",
        lifespan=lifespan,
    )
    app.state.hub = state
    app.openapi = lambda: corrected_openapi(app)  # type: ignore[method-assign]
    _install_error_handlers(app)

    admin = [Depends(require_admin)]

    @app.get(routes.HEALTH, tags=["device"])
    def health() -> dict[str, str]:
        return {"status": "ok", "hub_id": db.hub_id}

    # --- pairing and the device -------------------------------------------------------------

    @app.post(
        routes.PAIRING,
        status_code=201,
        tags=["device"],
        responses=problem_responses(400, 409, 410, 422),
    )
    def pair(request: PairingRequest) -> PairingResult:
        return devices.pair(db, request.code, request.device_name)

    def device_info(device: devices.Device) -> DeviceInfo:
        paired = next(d for d in devices.list_devices(db) if d.device_id == device.id)
        return DeviceInfo(
            device_id=device.id,
            store_id=device.store_id,
            till_id=device.till_id,
            location_id=device.store_id,
            currency=db.currency,
            hub_id=db.hub_id,
            paired_at=paired.paired_at,
        )

    @app.get(routes.DEVICE, tags=["device"], responses=DEVICE_PROBLEMS)
    def whoami(device: DeviceDep) -> DeviceInfo:
        return device_info(device)

    @app.delete(routes.DEVICE, status_code=204, tags=["device"], responses=DEVICE_PROBLEMS)
    def unpair(device: DeviceDep) -> Response:
        devices.revoke_device(db, device.id)
        return Response(status_code=204)

    @app.get(routes.LOCATIONS, tags=["device"], responses=DEVICE_PROBLEMS)
    def locations(_device: DeviceDep) -> LocationList:
        with db.read() as conn:
            return LocationList(locations=stock.list_locations(conn))

    @app.get(routes.SIGNING_KEYS, tags=["device"], responses=DEVICE_PROBLEMS)
    def published_keys(_device: DeviceDep) -> PublicKeyList:
        """The hub's public keys: tills verify signed tokens (QR codes) offline with them."""
        return PublicKeyList(keys=signing_keys.public_keys(db))

    # --- customers and promo codes -------------------------------------------------------

    @app.get(routes.PROMOTIONS, tags=["customers"], responses=DEVICE_PROBLEMS)
    def promotions(_device: DeviceDep) -> PromotionList:
        """Promotions not over yet: a till applies promo codes offline with these rules."""
        return PromotionList(promotions=customers.current_promotions(db))

    @app.post(
        routes.CUSTOMER_VIEWS,
        tags=["customers"],
        responses=problem_responses(401, 403, 404, 409, 410, 422),
    )
    def customer_view(request: CustomerViewRequest, device: DeviceDep) -> CustomerView:
        """The customer a valid promo token names, for this till (every view is recorded).
        Refusals: a token_* code (forged, expired, unknown key, ...), promo_wrong_store,
        consent_withdrawn, promotion_ended, promo_token_used."""
        return customers.customer_view(db, device, request)

    # --- feeds ------------------------------------------------------------------------------

    @app.get(
        routes.CATALOG_FEED,
        tags=["feeds"],
        response_model=CatalogPage,
        responses=problem_responses(400, 401, 410, 422),
    )
    def catalog_feed(
        _device: DeviceDep,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_PAGE_SIZE,
        count: Count = False,
    ) -> Response:
        with db.read() as conn:
            after = cursors.decode(
                cursor, FeedKind.CATALOG, db.hub_id, high_water(conn, catalog.FEED)
            )
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

    @app.get(
        routes.STOCK_FEED,
        tags=["feeds"],
        response_model=StockPage,
        responses=problem_responses(400, 401, 404, 410, 422),
    )
    def stock_feed(
        device: DeviceDep,
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

    @app.get(
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
    def initial_snapshot(device: DeviceDep) -> StreamingResponse:
        """The whole catalog and the till's store's stock, for the initial sync."""
        return StreamingResponse(snapshot.snapshot_lines(db, [device.store_id]), media_type=NDJSON)

    @app.get(routes.PRODUCT_STOCK, tags=["stock"], responses=problem_responses(401, 404, 422))
    def endless_aisle(product_id: PathId, _device: DeviceDep) -> ProductStock:
        return stock.product_stock(db, product_id)

    # --- documents and reservations ---------------------------------------------------------

    @app.post(
        routes.DOCUMENT_BATCHES,
        tags=["documents"],
        responses=problem_responses(401, 413, 422),
        response_model=BatchResult,
    )
    def upload(batch: UploadBatch, device: DeviceDep) -> Response:
        if len(batch.records) > MAX_BATCH:
            raise HubProblem(
                413,
                ProblemCode.BATCH_TOO_LARGE,
                "Batch too large",
                f"{len(batch.records)} records; send at most {MAX_BATCH} per batch.",
            )
        body = documents.apply_batch(db, device, list(batch.records)).model_dump(mode="json")
        for result in body["results"]:  # "redemption" only for sales with a promo code
            if result.get("redemption") is None:
                result.pop("redemption", None)
        return JSONResponse(body)

    @app.post(
        routes.RESERVATIONS,
        status_code=201,
        tags=["stock"],
        responses={
            200: {"model": Reservation, "description": "The reservation existed (a repeat)."},
            **problem_responses(401, 404, 409, 422),
        },
    )
    def reserve(request: ReservationRequest, device: DeviceDep, response: Response) -> Reservation:
        reservation, created = stock.reserve(db, request, device.id)
        if not created:
            response.status_code = 200
        return reservation

    @app.get(routes.RESERVATION, tags=["stock"], responses=problem_responses(401, 404, 422))
    def get_reservation(reservation_id: PathId, _device: DeviceDep) -> Reservation:
        return stock.get_reservation(db, reservation_id)

    @app.delete(routes.RESERVATION, tags=["stock"], responses=problem_responses(401, 404, 422))
    def release_reservation(reservation_id: PathId, _device: DeviceDep) -> Reservation:
        return stock.release(db, reservation_id)

    # --- click & collect --------------------------------------------------------------------

    @app.get(routes.PICKUP_FEED, tags=["pickup"], responses=problem_responses(400, 401, 410, 422))
    def pickup_feed(
        device: DeviceDep, cursor: Cursor = None, limit: Limit = DEFAULT_PAGE_SIZE
    ) -> PickupPage:
        with db.read() as conn:
            after = cursors.decode(cursor, pickup.FEED, db.hub_id, high_water(conn, pickup.FEED))
            orders, last, has_more = pickup.feed_slice(conn, device.store_id, after, limit)
        return PickupPage(
            cursor=cursors.encode(pickup.FEED, db.hub_id, last), has_more=has_more, orders=orders
        )

    @app.get(routes.PICKUP_ORDER, tags=["pickup"], responses=problem_responses(401, 404, 422))
    def pickup_order(order_id: PathId, device: DeviceDep) -> PickupOrder:
        return pickup.get_order(db, order_id, device.store_id)

    @app.post(
        routes.PICKUP_VERIFY,
        tags=["pickup"],
        responses=problem_responses(401, 404, 409, 422, 429),
    )
    def pickup_verify(check: CodeCheck, device: DeviceDep) -> PickupOrder:
        wait = state.code_attempt_allowed(device.id)
        if wait is not None:
            problem = HubProblem(
                429,
                ProblemCode.TOO_MANY_ATTEMPTS,
                "Too many attempts",
                f"{CODE_MISSES} wrong pickup codes from this till; try again later.",
            )
            problem.headers["Retry-After"] = str(max(1, int(wait)))
            raise problem
        try:
            return pickup.verify_code(db, device.store_id, device.till_id, check)
        except HubProblem as refused:
            if refused.problem.code == PickupReject.CODE_INVALID:
                state.code_missed(device.id)
            raise

    # --- events -----------------------------------------------------------------------------

    @app.get(
        routes.EVENTS,
        tags=["events"],
        response_class=StreamingResponse,
        responses={
            200: {
                "description": "Server-Sent Events; each data line is an Event as JSON.",
                "content": {EVENT_STREAM: {"schema": {"type": "string"}}},
            },
            **DEVICE_PROBLEMS,
        },
    )
    async def event_stream(
        device: DeviceDep,
        after: Annotated[
            int | None, Query(ge=0, le=2**63 - 1, description="Resume after this id.")
        ] = None,
        last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
    ) -> StreamingResponse:
        start = after
        if start is None and last_event_id and last_event_id.isdigit():
            start = int(last_event_id)
        return StreamingResponse(
            _events(state, device, start),
            media_type=EVENT_STREAM,
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    # --- admin ------------------------------------------------------------------------------

    @app.post(
        routes.ADMIN_PAIRING_CODES,
        status_code=201,
        tags=["admin"],
        dependencies=admin,
        responses=ADMIN_PROBLEMS,
    )
    def new_pairing_code(request: PairingCodeRequest) -> PairingCode:
        return devices.create_pairing_code(
            db, request.store_id, request.till_id, request.ttl_seconds
        )

    @app.post(
        routes.ADMIN_PROMO_TOKENS,
        status_code=201,
        tags=["admin"],
        dependencies=admin,
        responses=problem_responses(401, 403, 404, 410, 422),
    )
    def new_promo_token(request: PromoTokenRequest) -> PromoTokenIssued:
        """What the web shop calls: a signed promo token for a customer's QR code."""
        return customers.issue_token(db, request)

    @app.get(routes.ADMIN_REDEMPTIONS, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def redemptions(status: str | None = None) -> RedemptionList:
        """Redemptions (``?status=double_use``: promo codes used more often than allowed)."""
        return RedemptionList(redemptions=customers.list_redemptions(db, status))

    @app.put(routes.ADMIN_PROMOTION, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def put_promotion(promotion_id: PathId, promotion: PromotionInfo) -> PromotionInfo:
        """Create or change a promotion (tills hear of it through promotions.changed)."""
        if promotion.promotion_id != promotion_id:
            raise invalid("the body's promotion_id differs from the path's")
        try:
            promotion.to_rule()
        except ValueError as exc:
            raise invalid(str(exc)) from None
        customers.upsert_promotion(db, promotion)
        return promotion

    @app.put(routes.ADMIN_CUSTOMER, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def put_customer(customer_id: PathId, change: CustomerUpsert) -> CustomerRecord:
        """Create or change a customer (``consent_profile: false`` withdraws consent)."""
        return customers.upsert_customer(db, customer_id, change)

    @app.post(
        routes.ADMIN_CUSTOMER_EVENTS, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS
    )
    def customer_events(customer_id: PathId, batch: BrowsingEvents) -> ChangeCount:
        """What the customer did online: product views, searches, cart and wishlist."""
        return ChangeCount(changed=customers.record_browsing(db, customer_id, batch))

    @app.get(routes.ADMIN_DEVICES, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def list_devices() -> DeviceList:
        return DeviceList(devices=devices.list_devices(db))

    @app.post(
        routes.ADMIN_DEVICE_REVOKE, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS
    )
    def revoke(device_id: PathId) -> AdminDevice:
        return devices.revoke_device(db, device_id)

    @app.put(routes.ADMIN_LOCATION, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def put_location(location_id: PathId, change: LocationUpsert) -> Location:
        return stock.upsert_location(db, location_id, change)

    @app.put(routes.ADMIN_TAX_CLASS, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def put_tax_class(code: TaxCode, change: TaxClassUpsert) -> TaxClass:
        return catalog.upsert_tax_class(db, code, change)

    @app.put(routes.ADMIN_CATEGORY, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def put_category(category_id: PathId, change: CategoryUpsert) -> Category:
        return catalog.upsert_category(db, category_id, change)

    @app.put(routes.ADMIN_PRODUCT, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def put_product(product_id: PathId, change: ProductUpsert) -> Product:
        return catalog.upsert_product(db, product_id, change)

    @app.get(routes.ADMIN_PRODUCT, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def get_product(product_id: PathId) -> Product:
        return catalog.get_product(db, product_id)

    @app.post(routes.ADMIN_PRICES, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def change_prices(changes: PriceChanges) -> ChangeCount:
        return ChangeCount(changed=catalog.change_prices(db, changes.items))

    @app.post(routes.ADMIN_STOCK, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def change_stock(changes: StockChanges) -> ChangeCount:
        return ChangeCount(changed=stock.change_stock(db, changes.items))

    @app.post(
        routes.ADMIN_PICKUP_ORDERS,
        status_code=201,
        tags=["admin"],
        dependencies=admin,
        responses={
            200: {"model": PlacedWebOrder, "description": "The order existed (a repeat)."},
            **ADMIN_PROBLEMS,
        },
    )
    def place_web_order(request: WebOrderRequest, response: Response) -> PlacedWebOrder:
        placed, created = pickup.place_order(db, request)
        if not created:
            response.status_code = 200
        return placed

    @app.post(
        routes.ADMIN_PICKUP_CANCEL, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS
    )
    def cancel_web_order(order_id: PathId) -> PickupOrder:
        return pickup.cancel(db, order_id)

    @app.get(
        routes.ADMIN_NOTIFICATIONS, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS
    )
    def list_notifications(
        order_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    ) -> NotificationList:
        return pickup.notifications(db, order_id)

    @app.get(
        routes.ADMIN_DOCUMENTS,
        tags=["admin"],
        dependencies=admin,
        responses=problem_responses(400, 401, 410, 422),
    )
    def list_documents(
        cursor: Cursor = None,
        limit: Limit = DEFAULT_PAGE_SIZE,
        kind: str | None = None,
        store_id: str | None = None,
    ) -> DocumentPage:
        with db.read() as conn:
            after = cursors.decode(
                cursor, documents.FEED, db.hub_id, high_water(conn, documents.FEED)
            )
            rows, last, has_more = documents.received_documents(conn, after, limit, kind, store_id)
        return DocumentPage(
            cursor=cursors.encode(documents.FEED, db.hub_id, last),
            has_more=has_more,
            documents=[_received(row) for row in rows],
        )

    @app.get(routes.ADMIN_DOCUMENT, tags=["admin"], dependencies=admin, responses=ADMIN_PROBLEMS)
    def get_document(document_id: PathId) -> ReceivedDocument:
        with db.read() as conn:
            row = documents.received_document(conn, document_id)
        if row is None:
            raise not_found("document", document_id)
        return _received(row)

    return app


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


def _sse(event: Event) -> bytes:
    data = orjson.dumps(event.model_dump(mode="json")).decode()
    return f"id: {event.id}\nevent: {event.type}\ndata: {data}\n\n".encode()


async def _events(
    state: HubState, device: devices.Device, after: int | None
) -> AsyncIterator[bytes]:
    """Events after ``after`` (from now without it) until the client goes, the device is
    revoked or the hub stops. Changes made by this process wake the loop at once (the
    database's change counter); changes by other processes are found by polling."""
    db = state.db

    def read(since: int) -> tuple[list[Event], bool]:
        with db.read() as conn:
            return events_after(conn, since), devices.is_revoked(conn, device.id)

    def latest() -> int:
        with db.read() as conn:
            return last_event_id(conn)

    cursor = after if after is not None else await run_in_threadpool(latest)
    hello = {"hub_id": db.hub_id, "last_event_id": cursor}
    yield f"retry: {RETRY_MILLISECONDS}\n".encode()
    yield f"event: {EventType.HELLO}\ndata: {orjson.dumps(hello).decode()}\n\n".encode()
    seen_change = -1
    next_poll = next_keepalive = 0.0
    while not state.stopping.is_set():
        now = time.monotonic()
        if db.changed != seen_change or now >= next_poll:
            seen_change, next_poll = db.changed, now + EVENT_POLL_SECONDS
            found, revoked = await run_in_threadpool(read, cursor)
            for event in found:
                cursor = event.id
                yield _sse(event)
            if revoked:
                return
            if found:
                continue  # there may be more than one read's worth
        if now >= next_keepalive:
            next_keepalive = now + KEEPALIVE_SECONDS
            yield b": keep-alive\n\n"
        await asyncio.sleep(0.05)


async def _sweep_expired(state: HubState) -> None:
    while True:
        await asyncio.sleep(EXPIRY_SWEEP_SECONDS)
        try:
            await run_in_threadpool(stock.expire_due, state.db)
            await run_in_threadpool(pickup.expire_due, state.db)
        except Exception:  # a failed sweep is retried at the next tick
            log.exception("expiring reservations failed")


def _install_error_handlers(app: FastAPI) -> None:
    async def hub_problem(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HubProblem)
        return _problem_response(exc.problem, exc.headers)

    async def validation(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [
            FieldError(
                loc=[str(p) if not isinstance(p, int) else p for p in e["loc"]], msg=e["msg"]
            )
            for e in exc.errors()
        ]
        problem = Problem.of(
            422,
            ProblemCode.VALIDATION_FAILED,
            "Invalid request",
            f"{len(errors)} problem(s) in the request.",
            errors=errors,
        )
        return _problem_response(problem)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code, title = _HTTP_CODES.get(exc.status_code, (f"http_{exc.status_code}", "HTTP error"))
        problem = Problem.of(exc.status_code, code, title, str(exc.detail))
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every method of the path, not just the first route's
            headers["Allow"] = ", ".join(_allowed_methods(app, request))
        return _problem_response(problem, headers)

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        problem = Problem.of(500, ProblemCode.INTERNAL_ERROR, "Internal error", "See the hub log.")
        return _problem_response(problem)

    handlers: dict[type[Exception], Callable[[Request, Exception], Any]] = {
        HubProblem: hub_problem,
        RequestValidationError: validation,
        StarletteHTTPException: http_error,
        Exception: unexpected,
    }
    for exc_type, handler in handlers.items():
        app.add_exception_handler(exc_type, handler)


def _allowed_methods(app: FastAPI, request: Request) -> list[str]:
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match is not Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


_HTTP_CODES = {
    404: (ProblemCode.NOT_FOUND, "Not found"),
    405: (ProblemCode.METHOD_NOT_ALLOWED, "Method not allowed"),
}
