"""Every path of the v1 API in one place, for the hub's routes and the till's client."""

from __future__ import annotations

from pos.api import API_PREFIX

# device side (Authorization: Bearer <device token>, except pairing)
PAIRING = f"{API_PREFIX}/pairing"  # POST PairingRequest -> 201 PairingResult
DEVICE = f"{API_PREFIX}/device"  # GET -> DeviceInfo; DELETE -> 204 (unpair this device)
LOCATIONS = f"{API_PREFIX}/locations"  # GET -> LocationList
CATALOG_FEED = f"{API_PREFIX}/feeds/catalog"  # GET ?cursor&limit&count -> CatalogPage
STOCK_FEED = f"{API_PREFIX}/feeds/stock"  # GET ?cursor&limit&count&location -> StockPage
PRODUCT_STOCK = f"{API_PREFIX}/products/{{product_id}}/stock"  # GET -> ProductStock
DOCUMENT_BATCHES = f"{API_PREFIX}/documents/batches"  # POST UploadBatch -> BatchResult
SALE = f"{API_PREFIX}/sales/{{sale_id}}"  # GET -> SaleWithReturns (the till's store)
RESERVATIONS = f"{API_PREFIX}/reservations"  # POST ReservationRequest -> 201/200 Reservation
RESERVATION = f"{API_PREFIX}/reservations/{{reservation_id}}"  # GET, DELETE -> Reservation
PICKUP_FEED = f"{API_PREFIX}/feeds/pickup"  # GET ?cursor&limit -> PickupPage (the till's store)
PICKUP_ORDER = f"{API_PREFIX}/pickup-orders/{{order_id}}"  # GET -> PickupOrder
PICKUP_VERIFY = f"{API_PREFIX}/pickup-orders/verify"  # POST CodeCheck -> PickupOrder (claims it)
SIGNING_KEYS = f"{API_PREFIX}/signing-keys"  # GET -> PublicKeyList (verify tokens offline)
PROMOTIONS = f"{API_PREFIX}/promotions"  # GET -> PromotionList (rules, for offline use)
CUSTOMER_VIEWS = f"{API_PREFIX}/customer-views"  # POST CustomerViewRequest -> CustomerView
EVENTS = f"{API_PREFIX}/events"  # GET ?after -> text/event-stream of Event
SNAPSHOT = f"{API_PREFIX}/snapshot"  # GET -> application/x-ndjson (pos.api.snapshot)
HEALTH = f"{API_PREFIX}/health"  # GET -> {"status": "ok"} (no auth)

# admin side (Authorization: Bearer <admin token>)
ADMIN = f"{API_PREFIX}/admin"
ADMIN_PAIRING_CODES = f"{ADMIN}/pairing-codes"  # POST PairingCodeRequest -> 201 PairingCode
ADMIN_DEVICES = f"{ADMIN}/devices"  # GET -> DeviceList
ADMIN_DEVICE_REVOKE = f"{ADMIN}/devices/{{device_id}}/revoke"  # POST -> AdminDevice
ADMIN_LOCATION = f"{ADMIN}/locations/{{location_id}}"  # PUT LocationUpsert -> Location
ADMIN_TAX_CLASS = f"{ADMIN}/tax-classes/{{code}}"  # PUT TaxClassUpsert -> TaxClass
ADMIN_CATEGORY = f"{ADMIN}/categories/{{category_id}}"  # PUT CategoryUpsert -> Category
ADMIN_PRODUCT = f"{ADMIN}/products/{{product_id}}"  # PUT ProductUpsert, GET -> Product
ADMIN_PRICES = f"{ADMIN}/prices"  # POST PriceChanges -> ChangeCount
ADMIN_STOCK = f"{ADMIN}/stock"  # POST StockChanges -> ChangeCount
ADMIN_DOCUMENTS = f"{ADMIN}/documents"  # GET ?cursor&limit&kind&store_id -> DocumentPage
ADMIN_DOCUMENT = f"{ADMIN}/documents/{{document_id}}"  # GET -> ReceivedDocument
ADMIN_SHIFTS = f"{ADMIN}/shifts"  # GET ?store_id&date -> ShiftList
ADMIN_PICKUP_ORDERS = f"{ADMIN}/pickup-orders"  # POST WebOrderRequest -> 201 PlacedWebOrder
ADMIN_PICKUP_CANCEL = f"{ADMIN}/pickup-orders/{{order_id}}/cancel"  # POST -> PickupOrder
ADMIN_NOTIFICATIONS = f"{ADMIN}/notifications"  # GET ?order_id -> NotificationList
ADMIN_PROMO_TOKENS = f"{ADMIN}/promo-tokens"  # POST PromoTokenRequest -> 201 PromoTokenIssued
ADMIN_REDEMPTIONS = f"{ADMIN}/redemptions"  # GET ?status -> RedemptionList
ADMIN_PROMOTION = f"{ADMIN}/promotions/{{promotion_id}}"  # PUT PromotionInfo -> PromotionInfo
ADMIN_CUSTOMER = f"{ADMIN}/customers/{{customer_id}}"  # PUT CustomerUpsert -> CustomerRecord
ADMIN_CUSTOMER_EVENTS = f"{ADMIN}/customers/{{customer_id}}/events"  # POST BrowsingEvents


def path(template: str, **params: str) -> str:
    """Fill a path template: ``path(PRODUCT_STOCK, product_id=pid)``."""
    return template.format(**params)
