"""``pos-hub``: run the reference hub and do what a manager, the web shop or the ERP would.

Every command but ``serve`` works on the database directly (``--db``), so it works whether or
not a hub is serving it; a serving hub notices the change within a second (its event stream
polls for changes made by other processes) and tells its tills.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from platformdirs import user_data_path
from pydantic import ValidationError

from pos.api.admin import LocationUpsert, PriceChange, ProductUpsert, StockChange
from pos.api.customers import PromoTokenRequest
from pos.api.pickup import WebOrderLine, WebOrderRequest
from pos.domain.money import Currency, Money
from pos.hub import catalog, customers, devices, pickup, shifts, signing_keys, stock
from pos.hub.db import HubDatabase, HubOpenError, open_hub_database
from pos.hub.errors import HubProblem
from pos.hub.key_file import KEY_DIR_ENV
from pos.private_files import owner_only, private_dir

DB_ENV = "OMNITILL_HUB_DB"
ADMIN_TOKEN_ENV = "OMNITILL_HUB_ADMIN_TOKEN"
DEFAULT_PORT = 8765


def db_url(value: str) -> str:
    """``--db``: a SQLAlchemy URL, or a plain file path for a SQLite database (what a
    technician types first); anything else is refused by argparse with a clear message."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if "://" not in value:
        if not value.strip():
            raise argparse.ArgumentTypeError("give a database URL or a SQLite file path")
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    try:
        make_url(value)
    except (ArgumentError, ValueError) as exc:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a database URL (sqlite:///FILE or postgresql+psycopg://...)"
        ) from exc
    return value


def default_db_url() -> str:
    """``$OMNITILL_HUB_DB``, else a SQLite file in the user's data dir."""
    env = os.environ.get(DB_ENV)
    if env:
        return env
    path = default_dir() / "hub.db"
    return f"sqlite:///{path}"


_opened: list[HubDatabase] = []  # disposed when the command ends (no pooled connection left)


def default_dir() -> Path:
    return user_data_path("omnitill") / "hub"


def _open(url: str, key_dir: Path | None = None) -> HubDatabase:
    if url.startswith("sqlite:///"):
        folder = Path(url.removeprefix("sqlite:///")).parent
        if not folder.exists() or folder == default_dir():
            private_dir(folder)  # the hub's own dir: 0700 (a dir given to it is only warned of)
    db = open_hub_database(url, key_dir=key_dir or next(iter(_key_dir), None))
    _opened.append(db)
    return db


_key_dir: list[Path] = []  # --key-dir of the command being run


def _print(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def _price_minor(text: str, db: HubDatabase) -> int:
    try:
        return Money.of(Decimal(text), Currency(db.currency)).minor
    except InvalidOperation:
        raise HubProblem(422, "validation_failed", "Invalid price", f"{text!r}") from None


# --- commands -------------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    import asyncio

    import uvicorn

    from pos.hub.app import create_app
    from pos.hub.embedded import listening_socket, server_config, socket_url
    from pos.hub.seed import seed_demo

    db = _open(args.db)
    if args.seed:
        seed_demo(db)
    token = os.environ.get(ADMIN_TOKEN_ENV)
    if token:
        devices.create_admin_token(db, "from $" + ADMIN_TOKEN_ENV, token)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    sock = listening_socket(args.host, args.port)
    print(f"pos-hub: serving hub {db.hub_id} on {socket_url(sock)}", file=sys.stderr, flush=True)
    server = uvicorn.Server(server_config(create_app(db), log_level="info"))
    try:
        asyncio.run(server.serve(sockets=[sock]))  # until SIGINT/SIGTERM
    finally:
        sock.close()
        db.dispose()
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from pos.hub.seed import seed_bulk, seed_demo

    db = _open(args.db)
    if args.bulk:
        added = seed_bulk(
            db, args.bulk, progress=lambda n: print(f"  {n:,} products", file=sys.stderr)
        )
        _print({"bulk_products_added": added})
    else:
        report = seed_demo(db)
        _print(
            {"seeded": report.seeded, "products": report.products, "locations": report.locations}
        )
    return 0


def cmd_pairing_code(args: argparse.Namespace) -> int:
    code = devices.create_pairing_code(_open(args.db), args.store, args.till, args.ttl)
    _print(code.model_dump(mode="json"))
    return 0


def cmd_admin_token(args: argparse.Namespace) -> int:
    print(devices.create_admin_token(_open(args.db), args.label))
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    _print([d.model_dump(mode="json") for d in devices.list_devices(_open(args.db))])
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    _print(devices.revoke_device(_open(args.db), args.device_id).model_dump(mode="json"))
    return 0


def cmd_location(args: argparse.Namespace) -> int:
    change = LocationUpsert(name=args.name, kind=args.kind)
    _print(stock.upsert_location(_open(args.db), args.location_id, change).model_dump())
    return 0


def cmd_product(args: argparse.Namespace) -> int:
    db = _open(args.db)
    change = ProductUpsert(
        sku=args.sku,
        name=args.name,
        category_id=args.category,
        tax_code=args.tax,
        sold_by="weight" if args.weight else "piece",
        active=not args.inactive,
        price_minor=_price_minor(args.price, db),
        barcodes=args.barcode or [],
    )
    _print(catalog.upsert_product(db, args.id, change).model_dump(mode="json"))
    return 0


def cmd_price(args: argparse.Namespace) -> int:
    db = _open(args.db)
    product_id = catalog.find_product_id(db, args.product)
    catalog.change_prices(
        db, [PriceChange(product_id=product_id, price_minor=_price_minor(args.price, db))]
    )
    _print(catalog.get_product(db, product_id).model_dump(mode="json"))
    return 0


def cmd_stock(args: argparse.Namespace) -> int:
    db = _open(args.db)
    product_id = catalog.find_product_id(db, args.product)
    if args.action == "set":
        change = StockChange(
            product_id=product_id, location_id=args.location, on_hand=args.quantity
        )
    else:
        change = StockChange(product_id=product_id, location_id=args.location, delta=args.quantity)
    stock.change_stock(db, [change])
    level = next(
        loc
        for loc in stock.product_stock(db, product_id).locations
        if loc.location_id == args.location
    )
    _print(level.model_dump(mode="json"))
    return 0


def cmd_web_order(args: argparse.Namespace) -> int:
    """What the web shop does: place an order for pickup (prints the order and the code)."""
    db = _open(args.db)
    lines = []
    for item in args.items:
        product, _, quantity = item.rpartition(":") if ":" in item else (item, "", "1")
        lines.append(
            WebOrderLine(product_id=catalog.find_product_id(db, product), quantity=quantity or "1")
        )
    first, _, surname = args.customer.strip().partition(" ")
    request = WebOrderRequest(
        order_id=args.id or f"WEB-{uuid.uuid4().hex[:12]}",
        store_id=args.store,
        customer_first_name=first,
        customer_surname=surname or first,
        channel="sms" if args.sms else "email",
        contact=args.contact,
        lines=lines,
        paid_online=not args.unpaid,
    )
    placed, _created = pickup.place_order(db, request)
    order = placed.order
    times = order.model_dump(mode="json", include={"promised_at", "collect_by"})  # ISO, UTC
    _print(
        {
            "order_id": order.order_id,
            "number": order.number,
            "short_code": placed.short_code,
            "qr": placed.qr,
            "state": order.state,
            "paid_online": order.paid_online,
            "lines": [
                f"{line.quantity}{' kg' if line.sold_by == 'weight' else ''} x {line.name}"
                for line in order.lines
            ],
            "promised_at": times["promised_at"],
            "collect_by": times["collect_by"],
        }
    )
    return 0


def cmd_cancel_order(args: argparse.Namespace) -> int:
    db = _open(args.db)
    _print(pickup.cancel(db, pickup.find_order_id(db, args.order)).model_dump(mode="json"))
    return 0


def cmd_notifications(args: argparse.Namespace) -> int:
    db = _open(args.db)
    order_id = None if args.order is None else pickup.find_order_id(db, args.order)
    for n in pickup.notifications(db, order_id).notifications:
        print(f"{n.at:%Y-%m-%d %H:%M:%S} {n.number} {n.channel} {n.contact}: {n.text}")
    return 0


def cmd_signing_key(args: argparse.Namespace) -> int:
    if args.action == "withdraw" and not args.key_id:
        print("pos-hub: signing-key withdraw needs the KEY_ID", file=sys.stderr)
        return 2
    db = _open(args.db)
    try:
        if args.action == "rotate":
            signing_keys.rotate(db, args.key_id)
        elif args.action == "withdraw":
            signing_keys.withdraw(db, args.key_id)
        _print([k.model_dump(mode="json") for k in signing_keys.public_keys(db)])
    finally:
        db.dispose()
    return 0


def cmd_promo_token(args: argparse.Namespace) -> int:
    request = PromoTokenRequest(
        customer_id=args.customer,
        promotion_id=args.promotion,
        stores=args.store or None,
        valid_hours=args.hours,
        uses=args.uses,
    )
    db = _open(args.db)
    try:
        issued = customers.issue_token(db, request)
    finally:
        db.dispose()
    out = issued.model_dump(mode="json")
    if args.png:
        import qrcode  # only when a picture is asked for

        image = qrcode.make(issued.qr_text, error_correction=qrcode.constants.ERROR_CORRECT_M)
        image.save(args.png)
        out["png"] = str(args.png)
    _print(out)
    return 0


def cmd_redemptions(args: argparse.Namespace) -> int:
    db = _open(args.db)
    try:
        found = customers.list_redemptions(db, args.status)
    finally:
        db.dispose()
    _print([r.model_dump(mode="json") for r in found])
    return 0


def cmd_shifts(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    db = _open(args.db)
    try:
        listing = shifts.list_shifts(db, args.store, args.date or now.date(), now)
    finally:
        db.dispose()
    print(shifts.render_table(listing))
    return 0


def _date(value: str) -> date:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is no date: give YYYY-MM-DD") from None
    if not shifts.MIN_DATE <= day <= shifts.MAX_DATE:
        raise argparse.ArgumentTypeError(
            f"{value} is outside {shifts.MIN_DATE} .. {shifts.MAX_DATE}"
        )
    return day


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pos-hub", description="The reference central omnichannel API for Omnitill tills."
    )
    db_help = (
        "SQLAlchemy URL: sqlite:///FILE or a plain FILE path (default: in the user data dir,"
        f" or ${DB_ENV}) or postgresql+psycopg://USER@HOST/DB"
    )
    key_help = (
        "the directory of the signing-key file (default: next to a SQLite database, or "
        f"${KEY_DIR_ENV}; a PostgreSQL hub needs one)"
    )
    parser.add_argument("--db", type=db_url, default=default_db_url(), help=db_help)
    parser.add_argument("--key-dir", type=Path, default=None, help=key_help)
    # --db and --key-dir are taken after the command too (pos-hub serve --db ...)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=db_url, default=argparse.SUPPRESS, help=db_help)
    common.add_argument("--key-dir", type=Path, default=argparse.SUPPRESS, help=key_help)
    sub = parser.add_subparsers(dest="command", required=True)

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, parents=[common])
        p.set_defaults(func=func)
        return p

    p = add("serve", cmd_serve, "serve the hub API over HTTP")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="0: any free port")
    p.add_argument("--seed", action="store_true", help="load the demo data set first")

    p = add("seed", cmd_seed, "load the demo data set (stores, web warehouse, catalog, stock)")
    p.add_argument("--bulk", type=int, metavar="N", help="add N generated products instead")

    p = add("pairing-code", cmd_pairing_code, "create a one-time pairing code for a till")
    p.add_argument("--store", required=True, help="store id, e.g. STORE-001")
    p.add_argument("--till", required=True, help="till id, e.g. TILL-01")
    p.add_argument("--ttl", type=int, default=24 * 3600, help="seconds it stays valid")

    p = add("admin-token", cmd_admin_token, "create an admin token for /v1/admin (printed once)")
    p.add_argument("--label")

    add("devices", cmd_devices, "list paired devices")
    p = add("revoke", cmd_revoke, "revoke a device's token (unpair it)")
    p.add_argument("device_id")

    p = add("location", cmd_location, "create or rename a location (store or warehouse)")
    p.add_argument("location_id")
    p.add_argument("name")
    p.add_argument("--kind", default="store", choices=("store", "warehouse"))

    p = add("product", cmd_product, "create or replace a product")
    p.add_argument("--id", help="product id (default: a new UUID)")
    p.add_argument("--sku", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--price", required=True, help="e.g. 12.99 (tax included)")
    p.add_argument("--tax", required=True, help="tax class code, e.g. A")
    p.add_argument("--category")
    p.add_argument("--barcode", action="append", help="repeat for several codes")
    p.add_argument("--weight", action="store_true", help="sold by weight (price per kg)")
    p.add_argument("--inactive", action="store_true")

    p = add("price", cmd_price, "change a product's price")
    p.add_argument("product", help="product id, SKU or barcode")
    p.add_argument("price", help="e.g. 12.99")

    p = add("stock", cmd_stock, "set (a count) or move (a delivery) a product's stock")
    p.add_argument("action", choices=("set", "add"))
    p.add_argument("product", help="product id, SKU or barcode")
    p.add_argument("location", help="location id, e.g. STORE-001 or WEB")
    p.add_argument("quantity", help="e.g. 12 or 1.250; 'add' takes a negative to remove")

    p = add("web-order", cmd_web_order, "place a web order for pickup at a store (the web shop)")
    p.add_argument("items", nargs="+", help="PRODUCT[:QTY]: id, SKU or barcode; QTY default 1")
    p.add_argument("--store", default="STORE-001", help="pickup store (default STORE-001)")
    p.add_argument("--customer", default="Anna Kowalska", help="'First Surname'")
    p.add_argument("--contact", default="anna.kowalska@example.com", help="e-mail or phone")
    p.add_argument("--sms", action="store_true", help="notify by SMS (default e-mail)")
    p.add_argument("--unpaid", action="store_true", help="pay at pickup (default paid online)")
    p.add_argument("--id", help="the web shop's order id (default: a new one)")

    p = add("cancel-order", cmd_cancel_order, "cancel a pickup order (the web shop)")
    p.add_argument("order", help="order id or number (W-10000)")

    p = add("notifications", cmd_notifications, "customer notifications the hub recorded")
    p.add_argument("--order", help="only this order (id or number)")

    p = add(
        "promo-token",
        cmd_promo_token,
        "mint a customer's promo token (what the web shop asks for): JSON with the QR text "
        "'omnitill:promo:...', and a PNG of the QR code with --png",
    )
    p.add_argument("--customer", required=True, help="customer id, e.g. CUST-0001")
    p.add_argument("--promotion", required=True, help="promotion id, e.g. AUTUMN10")
    p.add_argument("--store", action="append", help="valid in this store only (repeatable)")
    p.add_argument("--hours", type=int, default=72, help="hours it stays valid")
    p.add_argument("--uses", type=int, default=1, help="how often it may be redeemed")
    p.add_argument("--png", type=Path, help="write the QR code to this PNG file")

    p = add("redemptions", cmd_redemptions, "promo code redemptions (sales with a promo code)")
    p.add_argument("--status", choices=("confirmed", "double_use", "released"), help="only these")

    p = add("shifts", cmd_shifts, "the tills' shifts opened on a date, as a table (UTC dates)")
    p.add_argument("--store", help="only this store, e.g. STORE-001")
    p.add_argument("--date", type=_date, help="YYYY-MM-DD, a UTC date (default: today)")

    p = add(
        "signing-key",
        cmd_signing_key,
        "the keys that sign customer QR tokens: list (public halves), rotate to a new "
        "signing key (the old one keeps verifying), withdraw a retired one",
    )
    p.add_argument("action", choices=("list", "rotate", "withdraw"))
    p.add_argument(
        "key_id",
        nargs="?",
        help="rotate: the new key's id (default random); withdraw: the key to withdraw",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.key_dir is not None:
        _key_dir.append(args.key_dir)
    try:
        with owner_only():  # what the hub creates is its user's alone (pos.private_files)
            return _run(args)
    finally:
        _key_dir.clear()
        while _opened:
            _opened.pop().dispose()


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except HubProblem as exc:
        print(f"pos-hub: {exc.problem.title}: {exc.problem.detail or ''}".rstrip(), file=sys.stderr)
        return 1
    except HubOpenError as exc:
        print(f"pos-hub: {exc}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        for error in exc.errors():
            where = ".".join(str(p) for p in error["loc"])
            print(f"pos-hub: {where}: {error['msg']}", file=sys.stderr)
        return 1
