"""Click & collect at the till: the queue, picking, readiness and the handover.

Every step a clerk takes is a pickup event (``pos.api.pickup.PickupEventDocument``) written
to the outbox with the order's local state in one transaction (``PickupRepository``), then
pushed at once on the ``sync-ui`` worker so the clerk hears the hub's answer (another till
took the order first, it was cancelled...) within the same click. Offline the step stands
locally and is pushed idempotently when the hub is back; only the typed-code check needs the
hub there and then, and says so. Nothing here blocks the GUI: each call returns a Future.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal, TypeVar, cast

from pos.api.documents import ReturnDocument
from pos.api.pickup import (
    PICKUP_TOKEN,
    SHORT_CODE_LENGTH,
    PickupOrder,
    PickupReject,
)
from pos.api.signed_tokens import TokenError, TokenExpired, TokenUnknownKey
from pos.config import StoreSettings
from pos.domain import pickup as rules
from pos.domain.catalog import ProductInfo
from pos.domain.money import Currency, Money
from pos.domain.pickup import (
    OrderNotCollected,
    PickLine,
    PickList,
    ReturnableLine,
    Substitute,
    check_return,
)
from pos.domain.roles import Action, Approval, Role, RolePolicy
from pos.domain.sale_document import ReturnDoc
from pos.events import EventBus
from pos.services.errors import UnknownBarcode
from pos.services.pickup_errors import (
    OrderNotReady,
    OrderTakenElsewhere,
    PickupCodeAttemptsExceeded,
    PickupCodeInvalid,
    PickupNeedsHub,
    PickupQrExpired,
    PickupQrInvalid,
    PickupQrUnknownKey,
    PickupStepRefused,
    PickupWrongStore,
    UnknownPickupOrder,
)
from pos.services.sync import SyncService
from pos.services.workers import SerialWorker
from pos.store import (
    CatalogRepository,
    PickupRepository,
    QueueRow,
    ReturnRepository,
    StoredOrder,
    UserInfo,
)
from pos.sync.errors import HubBusy, HubError, Refused
from pos.sync.events import PickupOrdersChanged

log = logging.getLogger(__name__)

T = TypeVar("T")
EVENT_SCHEMA = 1
CODE_CHECK_TIMEOUT = 5.0  # seconds the typed-code check waits for the hub
QR_LEEWAY_SECONDS = 120  # till clocks drift; a QR is valid for days, so minutes do not matter


@dataclass(frozen=True, slots=True)
class StepOutcome:
    """How a step ended: ``confirmed`` by the hub, kept ``offline`` (pushed later), or
    ``refused`` (``error`` says why; the order is shown as the hub has it)."""

    result: Literal["confirmed", "offline", "refused"]
    order: StoredOrder
    error: Exception | None = None


def pick_list(stored: StoredOrder) -> PickList:
    """The order's lines with this till's picking so far (or the hub's record of it)."""
    saved = {int(k): v for k, v in (stored.picking or {}).get("lines", {}).items()}
    lines = []
    for line in stored.order.lines:
        mine = saved.get(line.line_no)
        substitute = None
        if mine is not None:
            picked, short, sub = Decimal(mine["picked"]), bool(mine["short"]), mine["substitute"]
            if sub is not None:
                substitute = Substitute(
                    sub["product_id"],
                    sub["name"],
                    Decimal(sub["quantity"]),
                    int(sub["unit_price_minor"]),
                    bool(sub["consent"]),
                )
        else:
            picked, short = Decimal(line.picked), line.short
            if line.substitute_product_id and line.substitute_quantity is not None:
                substitute = Substitute(
                    line.substitute_product_id,
                    line.substitute_name or line.substitute_product_id,
                    Decimal(line.substitute_quantity),
                    line.substitute_unit_price_minor or 0,
                    line.substitute_consent,
                )
        lines.append(
            PickLine(
                line_no=line.line_no,
                product_id=line.product_id,
                name=line.name,
                sold_by=line.sold_by,
                ordered=Decimal(line.quantity),
                unit_price_minor=line.unit_price_minor,
                picked=picked,
                short=short,
                substitute=substitute,
            )
        )
    return PickList(stored.order.number, tuple(lines))


def picking_json(picks: PickList) -> dict[str, Any]:
    return {
        "lines": {
            str(line.line_no): {
                "picked": str(line.picked),
                "short": line.short,
                "substitute": None
                if line.substitute is None
                else {
                    "product_id": line.substitute.product_id,
                    "name": line.substitute.name,
                    "quantity": str(line.substitute.quantity),
                    "unit_price_minor": line.substitute.unit_price_minor,
                    "consent": line.substitute.consent,
                },
            }
            for line in picks.lines
        }
    }


def _quantity(value: Decimal) -> str:
    """Exact wire text of a quantity (at most 3 decimals, no exponent)."""
    return format(value.quantize(Decimal("0.001")).normalize(), "f")


class PickupService:
    def __init__(
        self,
        repo: PickupRepository,
        returns: ReturnRepository,
        catalog: CatalogRepository,
        db_worker: SerialWorker,
        sync: SyncService | None,
        store: StoreSettings,
        bus: EventBus,
        user: Callable[[], UserInfo],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        on_return: Callable[[ReturnDoc], None] = lambda _doc: None,
    ) -> None:
        self.repo = repo
        self.returns = returns
        self._on_return = on_return
        self.catalog = catalog
        self.db_worker = db_worker
        self.sync = sync
        self.store = store
        self.bus = bus
        self._user = user
        self.policy = RolePolicy()
        self._clock = clock
        self.currency = Currency(store.currency, store.minor_units, store.cash_rounding)

    # --- reading -------------------------------------------------------------------------

    def queue(self, include_closed: bool = False) -> Future[list[QueueRow]]:
        return self.db_worker.submit(self.repo.queue, include_closed)

    def order(self, order_id: str) -> Future[StoredOrder]:
        return self.db_worker.submit(self._get, order_id)

    def find(self, number: str) -> Future[StoredOrder]:
        """An order of this store by its number (what the customer or the receipt says)."""

        def find() -> StoredOrder:
            found = self.repo.by_number(number)
            if found is None:
                raise UnknownPickupOrder(number.strip())
            return found

        return self.db_worker.submit(find)

    def _get(self, order_id: str) -> StoredOrder:
        found = self.repo.get(order_id)
        if found is None:
            raise UnknownPickupOrder(order_id)
        return found

    def product(self, product_id: str) -> Future[ProductInfo | None]:
        return self.db_worker.submit(self.catalog.get, product_id)

    # --- the steps -----------------------------------------------------------------------

    def claim(self, order_id: str) -> Future[StepOutcome]:
        """Start picking (new -> picking) or take a ready order for the handover."""
        return self._step(order_id, rules.CLAIM)

    def release(self, order_id: str, picks: PickList | None = None) -> Future[StepOutcome]:
        return self._step(order_id, rules.RELEASE, picks=picks)

    def save_picking(self, order_id: str, picks: PickList) -> Future[None]:
        """Each scan's progress on disk, so a restart loses none of it."""
        return self.db_worker.submit(self.repo.save_picking, order_id, picking_json(picks))

    def mark_ready(self, order_id: str, picks: PickList, bags: int) -> Future[StepOutcome]:
        """Picking done (every line picked or short): the hub notifies the customer."""
        picks.check_finished()
        lines = [
            {
                "line_no": line.line_no,
                "picked": _quantity(line.picked),
                "short": line.short,
                "substitute_product_id": None
                if line.substitute is None
                else (line.substitute.product_id),
                "substitute_quantity": None
                if line.substitute is None
                else (_quantity(line.substitute.quantity)),
                "substitute_consent": line.substitute is not None and line.substitute.consent,
            }
            for line in picks.lines
        ]
        return self._step(order_id, rules.MARK_READY, picks=picks, lines=lines, bags=bags)

    def collect(
        self, order_id: str, handed: Mapping[int, Decimal], sale_id: str | None
    ) -> Future[StepOutcome]:
        """Handed over: every line's quantity (0 for what the customer leaves; the rest is
        released at the hub). ``sale_id``: the sale that took the payment at this till."""
        collected = [{"line_no": n, "collected": _quantity(q)} for n, q in sorted(handed.items())]
        return self._step(order_id, rules.COLLECT, collected=collected, sale_id=sale_id)

    def _step(
        self, order_id: str, action: str, *, picks: PickList | None = None, **fields: Any
    ) -> Future[StepOutcome]:
        event_id = str(uuid.uuid4())

        def record() -> StoredOrder:
            stored = self._get(order_id)
            order = stored.order
            till = self.store.till_id
            if (
                order.claimed_by not in (None, till)
                and stored.state in rules.OPEN_STATES
                and stored.confirmed
            ):
                raise OrderTakenElsewhere(order.number, order.claimed_by or "")
            if not (action == rules.CLAIM and stored.state == rules.PICKING):
                target = rules.next_state(action, stored.state, order.number)
            else:
                target = rules.PICKING  # this till's own unconfirmed claim: picking goes on
            if action == rules.COLLECT:
                target = self._collected_state(stored, fields["collected"])
            doc = {
                "schema": EVENT_SCHEMA,
                "event_id": event_id,
                "order_id": order_id,
                "action": action,
                "store_id": self.store.store_id,
                "till_id": till,
                "clerk_id": self._user().id,
                "at": self._clock().astimezone(UTC).isoformat(),
                **{k: v for k, v in fields.items() if v is not None},
            }
            picking: dict[str, Any] | None
            if action == rules.CLAIM and target == rules.PICKING and stored.picking is None:
                picking = picking_json(pick_list(stored))
            elif picks is not None:
                picking = picking_json(picks)
            else:
                picking = stored.picking
            self.repo.record_event(doc, target, picking)
            log.info("pickup %s %s: %s -> %s", order.number, action, stored.state, target)
            self.bus.publish(PickupOrdersChanged({order_id: target}))
            return self._get(order_id)

        def run() -> StepOutcome:
            mine = self.db_worker.submit(record).result()
            if self.sync is None or not self.sync.engine.push_now():
                return StepOutcome("offline", mine)
            return self._outcome(order_id, event_id)

        if self.sync is None:
            return self.db_worker.submit(lambda: StepOutcome("offline", record()))
        return self.sync.worker.submit(run)

    @staticmethod
    def _collected_state(stored: StoredOrder, collected: list[dict[str, str]]) -> str:
        picks = pick_list(stored)
        handed = {int(c["line_no"]): Decimal(c["collected"]) for c in collected}
        whole = all(
            handed.get(line.line_no, Decimal(0)) == line.handed
            and (not line.short or (line.substitute is not None and line.substitute.consent))
            for line in picks.lines
        )
        return rules.COLLECTED if whole else rules.PARTIALLY_COLLECTED

    def _outcome(self, order_id: str, event_id: str) -> StepOutcome:
        """After a push: the hub's answer to our event (sync-ui worker)."""
        state, reason = self.db_worker.submit(self.repo.event_outcome, event_id).result()
        if state == "sent":  # the hub's copy now (claimed_by, state), not the feed's later
            return StepOutcome("confirmed", self._refresh(order_id))
        if state == "pending":  # the push failed half-way: it goes with the next one
            return StepOutcome("offline", self.db_worker.submit(self._get, order_id).result())
        stored = self._refresh(order_id)
        number = stored.order.number
        if reason and reason.startswith(PickupReject.CLAIMED) and stored.order.claimed_by:
            error: Exception = OrderTakenElsewhere(number, stored.order.claimed_by)
        else:
            error = PickupStepRefused(number, (reason or "").partition(": ")[2] or "refused")
        log.warning("pickup %s: the hub refused %s: %s", number, event_id, reason)
        return StepOutcome("refused", stored, error)

    def _refresh(self, order_id: str) -> StoredOrder:
        """The hub's current copy of an order (after its answer to an event), into the
        cache; if it cannot be fetched the feed brings it, and the till's state gives way."""
        assert self.sync is not None
        try:
            _pairing, client = self.sync.engine.paired_client()
            fresh = client.pickup_order(order_id, timeout=CODE_CHECK_TIMEOUT)
        except Exception as exc:  # the feed brings it later; the answer stands either way
            log.info("could not refresh pickup order %s: %s", order_id, exc)
            self.db_worker.submit(self.repo.settle, [order_id]).result()
        else:
            self.db_worker.submit(self.repo.replace, fresh).result()
        stored = self.db_worker.submit(self._get, order_id).result()
        self.bus.publish(PickupOrdersChanged({order_id: stored.state}))
        return stored

    # --- the handover --------------------------------------------------------------------

    def verify_code(self, code: str, surname: str) -> Future[StoredOrder]:
        """The typed code and surname, checked by the hub (which also takes the order for
        this till, so another till cannot hand it over). Needs the hub: says so offline."""
        cleaned = code.strip().upper().replace("-", "").replace(" ", "")

        def check() -> StoredOrder:
            if len(cleaned) != SHORT_CODE_LENGTH or not surname.strip():
                raise PickupCodeInvalid()
            if self.sync is None:
                raise PickupNeedsHub()
            try:
                _pairing, client = self.sync.engine.paired_client()
                order = client.verify_pickup(cleaned, surname.strip(), CODE_CHECK_TIMEOUT)
            except Refused as exc:
                raise self._code_refusal(exc) from None
            except HubBusy:
                raise PickupCodeAttemptsExceeded() from None
            except HubError as exc:
                log.info("typed pickup code not checked: %s", exc)
                raise PickupNeedsHub() from None
            except Exception as exc:  # NotPaired, an unreadable token file
                log.info("typed pickup code not checked: %s", exc)
                raise PickupNeedsHub() from None
            return self._adopt(order)

        if self.sync is None:
            return self.db_worker.submit(check)
        return self.sync.worker.submit(check)

    def verify_qr(self, token: str) -> Future[StoredOrder]:
        """The customer's pickup QR (a signed token), verified offline with the hub's keys
        the till keeps; the order must be this store's and ready. The handover then claims
        it (:meth:`claim`), so two tills cannot hand it over."""

        def check() -> StoredOrder:
            if self.sync is None:
                raise PickupQrUnknownKey()
            try:
                verified = self.sync.engine.key_ring().verify(
                    token, PICKUP_TOKEN, self._clock(), leeway_seconds=QR_LEEWAY_SECONDS
                )
            except TokenExpired:
                raise PickupQrExpired() from None
            except TokenUnknownKey:
                self.sync.engine.sync_now()  # fetches keys the hub has rotated in
                raise PickupQrUnknownKey() from None
            except TokenError as exc:
                log.warning("pickup QR refused: %s (%s)", exc.code, exc)
                raise PickupQrInvalid() from None
            claims = verified.claims
            if claims.store_id != self.store.store_id:
                raise PickupWrongStore(claims.store_id)
            stored = self.repo.get(claims.order_id)
            if stored is None:
                raise UnknownPickupOrder(claims.number)
            if stored.state != rules.READY:
                raise OrderNotReady(stored.order.number)
            return stored

        return self.db_worker.submit(check)

    def _adopt(self, order: PickupOrder) -> StoredOrder:
        self.db_worker.submit(self.repo.replace, order).result()
        stored = self.db_worker.submit(self._get, order.order_id).result()
        self.bus.publish(PickupOrdersChanged({order.order_id: stored.state}))
        return stored

    @staticmethod
    def _code_refusal(exc: Refused) -> Exception:
        details = exc.details
        if exc.problem_code == PickupReject.WRONG_STORE:
            return PickupWrongStore(details.get("store_id", "?"))
        if exc.problem_code == PickupReject.WRONG_STATE:
            return OrderNotReady(details.get("number", "?"))
        if exc.problem_code == PickupReject.CLAIMED:
            return OrderTakenElsewhere(details.get("number", "?"), details.get("till_id", "?"))
        return PickupCodeInvalid()

    def sale_items(
        self, picks: PickList, handed: Mapping[int, Decimal]
    ) -> Future[list[tuple[ProductInfo, Decimal]]]:
        """What a customer pays at the till for an unpaid order: each line handed over at
        the order's price (a substitute at its own), as products for a normal sale."""

        def build() -> list[tuple[ProductInfo, Decimal]]:
            items = []
            for line in picks.lines:
                qty = handed.get(line.line_no, Decimal(0))
                if qty <= 0:
                    continue
                sub = line.substitute
                product_id = line.product_id if sub is None else sub.product_id
                product = self.catalog.get(product_id)
                if product is None:
                    raise UnknownBarcode(product_id)
                price = line.unit_price_minor if sub is None else sub.unit_price_minor
                unit_price = Money.from_minor(price, self.currency)
                items.append((_priced(product, unit_price), qty))
            return items

        return self.db_worker.submit(build)

    # --- returns of collected orders -----------------------------------------------------

    def returnable(self, number: str) -> Future[tuple[StoredOrder, tuple[ReturnableLine, ...]]]:
        """A collected order (by its number, or the handover slip's barcode) and what of it
        may still come back."""

        def find() -> tuple[StoredOrder, tuple[ReturnableLine, ...]]:
            stored = self.repo.by_number(number)
            if stored is None:
                raise UnknownPickupOrder(number.strip())
            if stored.state not in (rules.COLLECTED, rules.PARTIALLY_COLLECTED):
                raise OrderNotCollected(stored.order.number)
            returned = {
                n: r.quantity for n, r in self.returns.returned(stored.order.order_id).items()
            }
            lines = []
            for line in stored.order.lines:
                collected = Decimal(line.collected)
                if collected <= 0:
                    continue
                swapped = line.substitute_product_id is not None and line.substitute_consent
                lines.append(
                    ReturnableLine(
                        line_no=line.line_no,
                        product_id=(line.substitute_product_id or line.product_id)
                        if swapped
                        else line.product_id,
                        name=(line.substitute_name or line.name) if swapped else line.name,
                        sold_by=line.sold_by,
                        unit_price_minor=(line.substitute_unit_price_minor or 0)
                        if swapped
                        else line.unit_price_minor,
                        collected=collected,
                        returned=returned.get(line.line_no, Decimal(0)),
                    )
                )
            return stored, tuple(lines)

        return self.db_worker.submit(find)

    def refund_total(
        self, lines: tuple[ReturnableLine, ...], chosen: Mapping[int, Decimal]
    ) -> Money:
        total = Money.zero(self.currency)
        for line in lines:
            quantity = chosen.get(line.line_no, Decimal(0))
            total += Money.from_minor(line.unit_price_minor, self.currency).times(quantity)
        return total

    def authorize_return(self, approval: Approval | None) -> Approval | None:
        """Whether the signed-in user may pay money back (a cashier needs a supervisor's
        approval: ``PermissionDenied``); returns the approval to record, if one was needed."""
        return self.policy.authorize(Action.RETURN, Role(self._user().role), approval)

    def record_return(
        self,
        stored: StoredOrder,
        lines: tuple[ReturnableLine, ...],
        chosen: Mapping[int, tuple[Decimal, bool]],
        reason: str,
        tender: str,
        return_id: str,
        tender_details: Mapping[str, str] | None = None,
        approval: Approval | None = None,
    ) -> Future[dict[str, Any]]:
        """Goods of a collected web order taken back and refunded (``tender``: cash or card,
        a card refund already approved by the terminal): a return document in the journal
        and the outbox, one transaction; the hub puts restocked lines back on this store's
        stock. Refuses more than is left to return."""
        needed = self.authorize_return(approval)
        quantities = {n: q for n, (q, _restock) in chosen.items()}
        check_return(lines, dict(quantities))
        total = self.refund_total(lines, quantities)

        def record() -> dict[str, Any]:
            doc_lines = []
            for i, line in enumerate(
                (ln for ln in lines if quantities.get(ln.line_no, Decimal(0)) > 0), start=1
            ):
                product = self.catalog.get(line.product_id)
                if product is None:
                    raise UnknownBarcode(line.product_id)
                quantity, restock = chosen[line.line_no]
                amount = Money.from_minor(line.unit_price_minor, self.currency).times(quantity)
                doc_lines.append(
                    {
                        "line_no": i,
                        "product_id": line.product_id,
                        "sku": product.sku,
                        "name": line.name,
                        "sold_by": line.sold_by,
                        "quantity": _quantity(quantity),
                        "amount": str(amount.amount),
                        "tax_code": product.tax.code,
                        "tax_rate": str(product.tax.rate),
                        "original_line_no": line.line_no,
                        "restock": restock,
                        "reason": reason,
                    }
                )
            doc = {
                "schema": 1,
                "return_id": return_id,
                "original_sale_id": stored.order.order_id,
                "store_id": self.store.store_id,
                "till_id": self.store.till_id,
                "cashier_id": self._user().id,
                "currency": self.currency.code,
                "returned_at": self._clock().astimezone(UTC).isoformat(),
                "lines": doc_lines,
                "total": str(total.amount),
                "refunds": [
                    {
                        "tender_id": str(uuid.uuid4()),
                        "kind": tender,
                        "amount": str(total.amount),
                        "received": str(total.amount),
                        "details": dict(tender_details or {}),
                    }
                ],
                "approvals": []
                if needed is None
                else [
                    {
                        "action": needed.action.value,
                        "approver_id": needed.approver_id,
                        "approved_at": needed.at.astimezone(UTC).isoformat(),
                        "detail": f"return of web order {stored.order.number}",
                    }
                ],
            }
            ReturnDocument.model_validate(doc)  # the hub's contract, checked before it is kept
            self.returns.record(doc)
            self._on_return(cast(ReturnDoc, doc))  # a cash refund leaves the shift's drawer
            log.info("web order %s: return %s of %s", stored.order.number, return_id, total)
            if self.sync is not None:
                self.sync.sync_now()
            return doc

        return self.db_worker.submit(record)


def _priced(product: ProductInfo, unit_price: Money) -> ProductInfo:
    return replace(product, unit_price=unit_price)
