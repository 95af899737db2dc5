"""The till's use cases, UI-agnostic: the UI (or a test, or the kill-test driver) calls these.

The open ``Sale`` is pure domain state owned by the caller's thread; everything that touches
the disk runs on the database worker, the printer on its own worker, searches on a third so a
slow search never holds up a scan. Each method that does I/O returns a ``Future``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from drivers.payment import PaymentTerminal
from drivers.printer import Receipt, Row
from pos.config import Settings, save_settings
from pos.domain.cart import Sale
from pos.domain.catalog import ProductInfo
from pos.domain.documents import CompletedSale
from pos.domain.money import Currency, Money
from pos.domain.roles import Action, Approval, Role
from pos.domain.sale_document import ReturnDoc
from pos.domain.sale_return import check_exchange
from pos.domain.scan_meaning import ProductCode, interpret
from pos.domain.shift import CashMovement
from pos.domain.shift_report import ShiftReport
from pos.domain.tax import Pricing
from pos.domain.tenders import TenderKind
from pos.events import EventBus
from pos.locale_format import LocaleFormatter
from pos.paths import TillPaths
from pos.services.approvals import ApprovalGuard
from pos.services.customers import CustomerService
from pos.services.errors import (
    NothingToReprint,
    ParkedSaleGone,
    PrinterProblem,
    ProductNotInCatalog,
    SignInLocked,
    UnknownBarcode,
    UnknownReceipt,
)
from pos.services.events import OutboxChanged
from pos.services.payments import PaymentService, make_terminal
from pos.services.pickup import PickupService
from pos.services.pickup_slips import PickupSlips
from pos.services.printing import PrintService
from pos.services.receipt_builder import ReceiptBuilder, Translate
from pos.services.return_slips import ReturnSlips
from pos.services.sale_returns import ExchangeCredit, SaleReturnService
from pos.services.scanning import ScannerService, ScanRouter
from pos.services.shift_slips import ShiftSlips
from pos.services.shifts import ShiftService
from pos.services.sync import SyncOptions, SyncService
from pos.services.workers import SerialWorker
from pos.store import (
    CardPaymentRepository,
    CatalogRepository,
    CategoryInfo,
    Database,
    OutboxRepository,
    Pairing,
    PickupRepository,
    ReturnRepository,
    SalesRepository,
    StoredSale,
    TokenFile,
    UserInfo,
    UserRepository,
    open_database,
)
from pos.sync.errors import HubError
from pos.sync.events import SyncStatus

if TYPE_CHECKING:
    from pos.sync.engine import SyncEngine

log = logging.getLogger(__name__)


PIN_ATTEMPTS = 5
PIN_LOCKOUT = timedelta(seconds=60)


def utc_now() -> datetime:
    return datetime.now(UTC)


def _identity(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Completion:
    """A sale safely on disk: its receipt number and the printed bytes' future."""

    sale: CompletedSale
    receipt_no: int
    printed: Future[None]


class Till:
    def __init__(
        self,
        paths: TillPaths,
        settings: Settings,
        *,
        bus: EventBus | None = None,
        translate: Translate = _identity,
        printer_connection: Any = None,
        payment_terminal: PaymentTerminal | None = None,
        clock: Callable[[], datetime] = utc_now,
        sync: SyncOptions | None = None,
    ) -> None:
        self.paths = paths
        self.settings = settings
        self.bus = bus or EventBus()
        store = settings.store
        self.currency = Currency(store.currency, store.minor_units, store.cash_rounding)
        self.formatter = LocaleFormatter(store.locale)
        self.receipts = ReceiptBuilder(settings, self.formatter, translate)
        self._clock = clock
        self._printer_connection = printer_connection
        self._payment_terminal = payment_terminal
        self.payments: PaymentService | None = None
        self.db_worker = SerialWorker("db")
        self.search_worker = SerialWorker("search")
        self.current_user: UserInfo | None = None
        self._pin_failures: dict[str, tuple[int, datetime]] = {}  # db worker thread only
        self.db: Database | None = None
        self.printing: PrintService | None = None
        self._sync_options = sync
        self.sync: SyncService | None = None
        self.pickup: PickupService | None = None
        self.returns: SaleReturnService | None = None  # of in-store sales
        self.pickup_slips = PickupSlips(settings.store, self.formatter, translate)
        self.shift_slips = ShiftSlips(settings.store, self.formatter, translate)
        self.return_slips = ReturnSlips(settings.store, self.formatter, translate)
        self.shifts: ShiftService | None = None
        self.scan_router = ScanRouter(settings.scanner)
        # Customers' promo codes; rebuilt with the sync engine when the till has a hub.
        self.customers = self._customer_service(None)
        self.scanners = ScannerService(settings.scanner, self.bus)

    # --- life cycle ----------------------------------------------------------------------

    @property
    def syncs_with_hub(self) -> bool:
        """Whether this till was started with a hub to sync with (the offline demo is not)."""
        return self._sync_options is not None

    def start(self, seed: Callable[[Database], object] | None = None) -> Future[None]:
        """Open (and migrate) the database on the DB worker; ``seed`` fills a demo catalog."""

        def open_all() -> None:
            db = open_database(self.paths.database)
            if seed is not None:
                seed(db)
            self.db = db
            self.catalog = CatalogRepository(db, self.currency)
            self.sales = SalesRepository(db)
            self.users_repo = UserRepository(db)
            self.approvals = ApprovalGuard(
                db, self.users_repo, self.bus, self._clock, PIN_ATTEMPTS, PIN_LOCKOUT
            )
            self.outbox = OutboxRepository(db)
            self.printing = PrintService(
                self.settings.printer,
                self.sales,
                self.db_worker,
                self.bus,
                self._printer_connection,
            )
            self.payments = self._payment_service(db)
            self.shifts = ShiftService(
                db,
                self.settings,
                self.currency,
                self.db_worker,
                self.bus,
                self._user,
                self._clock,
                self._kick_drawer,
            )
            self.shifts.load()
            if self._sync_options is not None:
                self._start_sync(db, self._sync_options)
            self.pickup = PickupService(
                PickupRepository(db),
                ReturnRepository(db),
                self.catalog,
                self.db_worker,
                self.sync,
                self.settings.store,
                self.bus,
                self._user,
                self._clock,
                on_return=self.shifts.recorded_return,
            )
            self.returns = SaleReturnService(
                self.sales,
                ReturnRepository(db),
                self.db_worker,
                self.sync,
                self.settings.store,
                self.settings.returns,
                self._user,
                self._clock,
                on_return=self.shifts.recorded_return,
            )

        return self.db_worker.submit(open_all)

    def _start_sync(self, db: Database, options: SyncOptions) -> None:
        """Create the sync engine, pair when asked to (a refused code is shown, not fatal),
        take the store and till ids the hub knows the till by, and start syncing. The engine
        (httpx, the wire models) is imported here, on the database worker, not by the start."""
        from pos.sync.engine import SyncEngine

        engine = SyncEngine(
            db,
            self.bus,
            TokenFile(self.paths.device_token),
            poll_seconds=options.poll_seconds,
            page_size=options.page_size,
        )
        self.sync = SyncService(engine)
        self.customers.shutdown()
        self.customers = self._customer_service(engine)
        engine.key_ring()  # read the kept keys and promotions here (db worker), so the
        engine.promotions()  # first promo scan on the GUI thread finds them in memory
        current = engine.pairings.get()
        url = options.hub_url.rstrip("/") if options.hub_url else None
        if url and current is not None and current.hub_url != url and options.follow_url:
            current = replace(current, hub_url=url)
            engine.pairings.save(current)
        elif url and options.pairing_code and (current is None or current.hub_url != url):
            code = options.pairing_code
            try:
                current = engine.pair(url, code() if callable(code) else code, None)
            except HubError as exc:
                log.error("pairing with %s failed: %s", url, exc)
                counts = engine.outbox.counts()
                self.bus.publish(
                    SyncStatus(
                        "unpaired", None, counts["pending"], counts["poisoned"], exc.code, str(exc)
                    )
                )
        if current is not None:
            self.adopt_pairing(current)
        self.sync.start()

    def _customer_service(self, engine: SyncEngine | None) -> CustomerService:
        return CustomerService(
            engine,
            self.settings.customers,
            self.currency,
            lambda: self.settings.store.store_id,
            self._clock,
        )

    def adopt_pairing(self, pairing: Pairing) -> None:
        """Sales name the store and till the hub paired this device as (else it refuses
        them as ``wrong_store``): the settings follow the pairing."""
        store = self.settings.store
        if (store.store_id, store.till_id) != (pairing.store_id, pairing.till_id):
            log.info(
                "store/till ids follow the pairing: %s/%s -> %s/%s",
                store.store_id,
                store.till_id,
                pairing.store_id,
                pairing.till_id,
            )
            store.store_id, store.till_id = pairing.store_id, pairing.till_id
            save_settings(self.settings, self.paths.settings)

    def restart_scanners(self) -> None:
        """Stop the scanners and start them again from ``settings.scanner`` (after a change)."""
        self.scanners.stop()
        self.scanners = ScannerService(self.settings.scanner, self.bus)
        self.scanners.start()

    def _payment_service(self, db: Database) -> PaymentService | None:
        """The card terminal's service; a broken terminal setting never stops the till."""
        settings = self.settings.payment
        terminal = self._payment_terminal
        if terminal is None:
            try:
                terminal = make_terminal(settings)
            except (ValueError, LookupError):
                log.exception("card terminal %r not usable; card payments are off", settings)
                return None
        if terminal is None:
            return None
        return PaymentService(
            settings, CardPaymentRepository(db), self.db_worker, self.bus, self._clock, terminal
        )

    def shutdown(self) -> None:
        self.pickup = None  # events still queued for the GUI find no pickup service to ask
        self.customers.shutdown()
        if self.sync is not None:
            self.sync.shutdown()
        self.scanners.stop()
        if self.payments is not None:
            self.payments.shutdown()
        self.search_worker.shutdown()
        if self.printing is not None:
            self.printing.shutdown()
        self.db_worker.shutdown()
        if self.db is not None:
            self.db.close()

    # --- people --------------------------------------------------------------------------

    def users(self) -> Future[list[UserInfo]]:
        return self.db_worker.submit(lambda: self.users_repo.list_active())

    def add_first_manager(self, name: str, pin: str) -> Future[UserInfo]:
        """The first user of a till that has none, a manager (``UsersExist`` once it has one)."""
        return self.db_worker.submit(
            lambda: self.users_repo.create(name, "manager", pin, first=True)
        )

    def login(self, user_id: str, pin: str) -> Future[UserInfo | None]:
        """The user if the PIN is theirs. After ``PIN_ATTEMPTS`` wrong PINs in a row the user
        is locked out for ``PIN_LOCKOUT`` (a 4-digit PIN must not be guessable at the counter).
        """

        def check() -> UserInfo | None:
            now = self._clock()
            failures, locked_until = self._pin_failures.get(user_id, (0, now))
            if locked_until > now:
                raise SignInLocked(max(1, int((locked_until - now).total_seconds())))
            user = self.users_repo.verify(user_id, pin)
            if user is None:
                failures += 1
                log.warning("wrong PIN for user %s (%d in a row)", user_id, failures)  # not the PIN
                if failures >= PIN_ATTEMPTS:
                    self._pin_failures[user_id] = (0, now + PIN_LOCKOUT)
                    raise SignInLocked(int(PIN_LOCKOUT.total_seconds()))
                self._pin_failures[user_id] = (failures, now)
                return None
            self._pin_failures.pop(user_id, None)
            log.info("user %s (%s) signed in", user.id, user.role)
            self.current_user = user
            if self.shifts is not None:
                self.shifts.taken_by(user)  # the drawer passes to whoever signs in at the till
            return user

        return self.db_worker.submit(check)

    def logout(self) -> None:
        if self.current_user is not None:
            log.info("user %s signed out", self.current_user.id)
        self.current_user = None

    def approve(
        self,
        pin: str,
        action: Action,
        min_role: Role = Role.SUPERVISOR,
        approver_id: str | None = None,
    ) -> Future[Approval]:
        """Turn a supervisor's PIN into an ``Approval`` for ``action`` (or WrongApprovalPin,
        or ApprovalLocked after ``PIN_ATTEMPTS`` wrong ones: see ``pos.services.approvals``)."""
        requested_by = self.current_user.id if self.current_user is not None else None
        return self.db_worker.submit(
            lambda: self.approvals.approve(pin, action, min_role, approver_id, requested_by)
        )

    # --- catalog -------------------------------------------------------------------------

    def lookup(self, code: str) -> Future[ProductInfo]:
        """The product for a typed/scanned barcode, read as ``pos.domain.scan_meaning`` says
        (a wrong check digit is refused; a weight label finds its item by PLU)."""
        code = code.strip()

        def find() -> ProductInfo:
            meaning = interpret(code, layouts=self.scan_router.layouts)
            if meaning.product is None:
                raise UnknownBarcode(code)
            return self._find(meaning.product, code)

        return self.db_worker.submit(find)

    def product(self, product_id: str, name: str) -> Future[ProductInfo]:
        """A product by id (what the customer panel's Add asks for)."""

        def find() -> ProductInfo:
            found = self.catalog.get(product_id)
            if found is None:
                raise ProductNotInCatalog(name)
            return found

        return self.db_worker.submit(find)

    def find_product(self, code: ProductCode, shown: str) -> Future[ProductInfo]:
        """The product a scanned code names: its keys tried in order (see ``ProductCode``)."""
        return self.db_worker.submit(self._find, code, shown)

    def _find(self, code: ProductCode, shown: str) -> ProductInfo:
        for key in code.keys:
            product = self.catalog.by_barcode(key)
            if product is not None:
                return product
        log.info("unknown barcode %s", shown)
        raise UnknownBarcode(shown)

    def find_receipt(self, sale_id: str) -> Future[StoredSale]:
        """A sale of this till by its id (what a receipt's QR code holds)."""

        def find() -> StoredSale:
            stored = self.sales.get(sale_id)
            if stored is None:
                raise UnknownReceipt(sale_id)
            return stored

        return self.db_worker.submit(find)

    def now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        """The till's local date (expiry dates are printed in local time)."""
        return self._clock().astimezone().date()

    def search(
        self, text: str, category: str | None = None, limit: int = 50
    ) -> Future[list[ProductInfo]]:
        return self.search_worker.submit(self.catalog.search, text, limit, category)

    def categories(self) -> Future[list[CategoryInfo]]:
        return self.search_worker.submit(self.catalog.categories)

    # --- sales ---------------------------------------------------------------------------

    def new_sale(self) -> Sale:
        user = self._user()
        store = self.settings.store
        return Sale(
            store_id=store.store_id,
            till_id=store.till_id,
            cashier_id=user.id,
            cashier_role=Role(user.role),
            currency=self.currency,
            pricing=Pricing(store.pricing),
            clock=self._clock,
        )

    def complete(self, sale: Sale) -> CompletedSale:
        """Close the (fully paid) sale in memory; then call :meth:`record` to make it safe."""
        return sale.complete(self._clock())

    def record(
        self,
        completed: CompletedSale,
        slips: tuple[tuple[str, ...], ...] = (),
        exchange: ExchangeCredit | None = None,
    ) -> Future[Completion]:
        """Write sale + journal + outbox + the receipt to print in one transaction, then
        print and open the drawer.

        Idempotent by sale id: calling it again after a failure never records twice. The
        returned future resolves as soon as the sale is on disk, whatever the printer does.
        ``slips`` are the card terminal's receipts, printed after ours in the same job.
        ``exchange``: the return this sale settles, written with it (both or neither).
        """
        returned: ReturnDoc | None = None
        if exchange is not None:
            check_exchange(completed, exchange.return_id, exchange.credit)
            returned = exchange.for_sale(completed.sale_id)
        cashier = self._user().name
        rendered: dict[int, bytes | None] = {}
        done: Future[Completion] = Future()

        def render(receipt_no: int) -> bytes | None:
            try:
                rendered[receipt_no] = self._render(
                    completed, receipt_no, cashier, copy=False, slips=slips
                )
            except Exception:
                log.exception("receipt %s could not be rendered; the sale is kept", receipt_no)
                rendered[receipt_no] = None
            return rendered[receipt_no]

        def write() -> int:
            shifts = self._shift_service()
            shifts.require_open()  # checked on the writer: a Z may have closed it meanwhile
            document = completed.to_document()
            receipt_no = self.sales.record_completed(document, render, returned)
            shifts.recorded_sale(document)
            if returned is not None:
                shifts.recorded_return(returned)
            return receipt_no

        def written(f: Future[int]) -> None:
            exc = f.exception()
            if exc is not None:
                log.error("sale %s NOT recorded", completed.sale_id, exc_info=exc)
                done.set_exception(exc)
                return
            receipt_no = f.result()
            log.info("sale %s recorded as receipt %s", completed.sale_id, receipt_no)
            printed: Future[None] = Future()
            # Resolve ``done`` before the printer is asked: a printer that fails at once then
            # reports after "saved" (the UI showed the failure and overwrote it with "saved").
            done.set_result(Completion(completed, receipt_no, printed))
            self._publish_outbox()
            try:
                if receipt_no not in rendered:
                    printed.set_result(None)  # recorded before: its receipt was queued then
                elif (data := rendered[receipt_no]) is None:
                    printed.set_exception(PrinterProblem("the receipt could not be laid out."))
                else:
                    _settle_from(printed, self._send(completed, receipt_no, data))
            except Exception as problem:  # the sale is safe; only the paper is in doubt
                log.exception("receipt %s not sent", receipt_no)
                printed.set_exception(PrinterProblem(str(problem)))

        self.db_worker.submit(write).add_done_callback(written)
        return done

    def _send(self, sale: CompletedSale, receipt_no: int, data: bytes) -> Future[None]:
        """Send the receipt queued with the sale, and kick the drawer for cash."""
        assert self.printing is not None
        printed = self.printing.print_receipt(sale.sale_id, receipt_no, data, queued=True)
        if self.settings.printer.open_drawer_on_cash and any(
            t.kind is TenderKind.CASH for t in sale.tenders
        ):
            self.printing.open_drawer()
        return printed

    def _render(
        self,
        sale: CompletedSale,
        receipt_no: int,
        cashier: str,
        *,
        copy: bool,
        slips: tuple[tuple[str, ...], ...] = (),
    ) -> bytes:
        assert self.printing is not None
        receipt = self.receipts.build(sale, receipt_no, cashier, copy=copy)
        return self.printing.render(replace(receipt, slips=slips) if slips else receipt)

    def print_report(self, title: str, total: Row, lines: tuple[str, ...]) -> Future[None]:
        """Print a terminal report (end-of-day) under our header; nothing is queued."""
        assert self.printing is not None
        store = self.settings.store
        receipt = Receipt(
            header=(store.store_name, *store.address),
            title=title,
            meta=(
                Row(self.receipts.label("till"), store.till_id),
                Row(self.receipts.label("date"), self.formatter.datetime(self._clock())),
            ),
            items=(),
            total=total,
            slips=(lines,) if lines else (),
        )
        return self.printing.print_document(self.printing.render(receipt))

    def print_documents(self, receipts: list[Receipt]) -> Future[None]:
        """Print documents that are not sales (pick lists, bag labels, handover slips) in one
        write on the printer thread; nothing is queued for reprinting."""
        assert self.printing is not None
        printing = self.printing
        return printing.print_document(b"".join(printing.render(r) for r in receipts))

    def void_sale(self, sale: Sale, reason: str, approval: Approval | None) -> Future[None]:
        user = self._user()
        voided = sale.void(reason, approval, by_role=Role(user.role))

        def write() -> None:
            document = voided.to_document()
            self.sales.record_voided(document)
            self._shift_service().recorded_void(document)

        future = self.db_worker.submit(write)
        future.add_done_callback(lambda _f: self._publish_outbox())
        return future

    def park(self, sale: Sale) -> Future[int]:
        snapshot = sale.park(self._clock())
        return self.db_worker.submit(self.sales.park, snapshot)

    def parked(self) -> Future[list[Any]]:
        return self.db_worker.submit(self.sales.parked)

    def recall(self, parked_id: int) -> Future[Sale]:
        user = self._user()

        def take() -> Sale:
            doc = self.sales.recall(parked_id)
            if doc is None:
                raise ParkedSaleGone()
            sale = Sale.recall(doc, clock=self._clock)  # type: ignore[arg-type]
            # Whoever recalls the sale finishes it: approvals are checked against their role.
            sale.cashier_id = user.id
            sale.cashier_role = Role(user.role)
            return sale

        return self.db_worker.submit(take)

    def reprint_last(self) -> Future[None]:
        """Print what is waiting (a receipt that failed) or else a COPY of the last receipt."""
        cashier = self._user().name
        done: Future[None] = Future()

        def find() -> tuple[str, int, bytes | None, CompletedSale | None]:
            waiting = self.sales.pending_receipts()
            last = self.sales.last_completed(self.settings.store.till_id)
            if waiting:
                item = waiting[-1]
                stored = self.sales.get(item.sale_id)
                return (
                    item.sale_id,
                    stored.receipt_no if stored and stored.receipt_no else 0,
                    item.data,
                    None,
                )
            if last is None or last.receipt_no is None:
                raise NothingToReprint()
            return (
                last.sale_id,
                last.receipt_no,
                None,
                CompletedSale.from_document(last.document, self.currency),
            )

        def found(f: Future[tuple[str, int, bytes | None, CompletedSale | None]]) -> None:
            exc = f.exception()
            if exc is not None:
                done.set_exception(exc)
                return
            sale_id, receipt_no, data, sale = f.result()
            assert self.printing is not None
            if data is None:
                assert sale is not None
                data = self._render(sale, receipt_no, cashier, copy=True)
            chain = self.printing.print_receipt(sale_id, receipt_no, data)
            chain.add_done_callback(
                lambda p: (
                    done.set_exception(p.exception()) if p.exception() else done.set_result(None)
                )
            )

        self.db_worker.submit(find).add_done_callback(found)
        return done

    def outbox_counts(self) -> Future[dict[str, int]]:
        return self.db_worker.submit(self.outbox.counts)

    def _publish_outbox(self) -> None:
        def count() -> None:
            self.bus.publish(OutboxChanged(self.outbox.counts().get("pending", 0)))

        self.db_worker.submit(count)

    def _shift_service(self) -> ShiftService:
        if self.shifts is None:
            raise RuntimeError("the till has not started")
        return self.shifts

    def _kick_drawer(self) -> None:
        if self.printing is not None:
            self.printing.open_drawer()

    def print_shift_report(self, report: ShiftReport) -> Future[None]:
        """An X or Z report on the receipt printer (nothing queued: it can be made again)."""
        return self.print_documents([self.shift_slips.report(report)])

    def shift_report_bytes(self, report: ShiftReport) -> bytes:
        """The report as the printer gets it, for showing it on screen first."""
        assert self.printing is not None
        return self.printing.render(self.shift_slips.report(report))

    def print_movement_slip(self, movement: CashMovement) -> Future[None]:
        """The slip that goes with cash put in or taken out (in the safe bag, in the drawer)."""
        cashier = self.current_user.name if self.current_user is not None else ""
        return self.print_documents([self.shift_slips.movement(movement, cashier)])

    def _user(self) -> UserInfo:
        if self.current_user is None:
            raise RuntimeError("no user is signed in")
        return self.current_user

    def money(self, amount: str) -> Money:
        return Money.of(amount, self.currency)


def _settle_from(target: Future[None], source: Future[None]) -> None:
    """Resolve ``target`` as ``source`` resolves."""

    def copy(f: Future[None]) -> None:
        exc = f.exception()
        if exc is None:
            target.set_result(None)
        else:
            target.set_exception(exc)

    source.add_done_callback(copy)
