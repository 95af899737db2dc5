"""Taking back goods of an in-store sale at the till: find the sale, then record the return.

The sale is found by its id (the receipt's QR/CODE128) or this till's receipt number, in the
local database, or at the hub when another till sold it. The hub also says what every till
returned of it so far; offline the till knows only its own returns, so it caps the refund
(``ReturnSettings.offline_cap``) and flags the return (``checked_offline``) for
reconciliation — the hub checks it again when it arrives. The money is what was paid
(``pos.domain.sale_return``), back to the original tenders pro rata. The return is a
``ReturnDocument`` in the journal and the outbox, one transaction, idempotent by its id.
An exchange's return is written with the new sale it pays towards (``exchange``).
"""

from __future__ import annotations

import copy
import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, cast

from pos.api.documents import ReturnDocument, SaleWithReturns
from pos.config import ReturnSettings, StoreSettings
from pos.domain.documents import CompletedSale
from pos.domain.money import Currency, Money
from pos.domain.no_receipt_return import (
    BroughtBack,
    NetPricedStore,
    NoReceiptNeedsPin,
    check_no_receipt_return,
)
from pos.domain.roles import Action, Approval, Role, RolePolicy
from pos.domain.sale_document import ReturnDoc, SaleDoc, TenderDoc
from pos.domain.sale_return import (
    EXCHANGE_RETURN,
    EXCHANGE_SALE,
    RETURN_REASONS,
    RefundShare,
    ReturnedSoFar,
    SaleReturnLine,
    check_sale_return,
    returnable_lines,
)
from pos.services.return_errors import (
    OverOfflineCap,
    ReturnOfReturn,
    SaleNotFound,
    SaleWasVoided,
)
from pos.services.sync import SyncService
from pos.services.workers import SerialWorker
from pos.store import ReturnRepository, SalesRepository, StoredSale, UserInfo
from pos.sync.errors import HubError, NotPaired, Refused

log = logging.getLogger(__name__)

HUB_TIMEOUT = 2.0  # seconds: the customer is waiting at the counter


@dataclass(frozen=True, slots=True)
class FoundSale:
    """A sale to take goods back from, with what is left of each line.

    ``checked_by_hub``: the hub said what every till returned of it; False when it could not
    be asked (then only this till's returns are known, and the refund is capped)."""

    sale: CompletedSale
    receipt_no: int | None
    lines: tuple[SaleReturnLine, ...]
    checked_by_hub: bool
    from_this_till: bool


@dataclass(frozen=True, slots=True)
class ExchangeCredit:
    """The return half of an exchange, waiting for the new sale that settles it."""

    document: ReturnDoc
    credit: Money
    original_till_id: str  # the original sale's till and receipt, for the return slip
    original_receipt_no: int | None

    @property
    def return_id(self) -> str:
        return self.document["return_id"]

    def tender_details(self) -> dict[str, str]:
        """The new sale's cash tender of the credit names the return."""
        return {EXCHANGE_RETURN: self.return_id}

    def for_sale(self, sale_id: str) -> ReturnDoc:
        """The return as written with sale ``sale_id``: its refund names that sale."""
        doc = copy.deepcopy(self.document)
        doc["refunds"][0]["details"][EXCHANGE_SALE] = sale_id
        return doc


@dataclass(frozen=True, slots=True)
class RecentSale:
    """One of today's sales, for the list to pick from."""

    sale_id: str
    receipt_no: int | None
    completed_at: datetime
    total: Money


class SaleReturnService:
    def __init__(
        self,
        sales: SalesRepository,
        returns: ReturnRepository,
        db_worker: SerialWorker,
        sync: SyncService | None,
        store: StoreSettings,
        settings: ReturnSettings,
        user: Callable[[], UserInfo],
        clock: Callable[[], datetime],
        on_return: Callable[[ReturnDoc], None] = lambda _doc: None,
    ) -> None:
        self.sales = sales
        self.returns = returns
        self.db_worker = db_worker
        self.sync = sync
        self.store = store
        self.settings = settings
        self._user = user
        self._clock = clock
        self._on_return = on_return
        self.policy = RolePolicy()
        self.currency = Currency(store.currency, store.minor_units, store.cash_rounding)

    # --- finding the sale ----------------------------------------------------------------

    def find(self, wanted: str) -> Future[FoundSale]:
        """The sale a receipt names: ``wanted`` is its id (as scanned) or this till's receipt
        number (as read out). Asks the hub too when the till has one (another till's sale,
        and every till's returns of it)."""
        text = wanted.strip()
        if self.sync is None:
            return self.db_worker.submit(self._find, text)
        return self.sync.worker.submit(self._find_online, text)

    def _find(self, text: str) -> FoundSale:
        return self._found(text, self._local(text), None)

    def _find_online(self, text: str) -> FoundSale:
        local = self.db_worker.submit(self._local, text).result()
        sale_id = local.sale_id if local is not None else text
        if local is None and not _looks_like_id(sale_id):
            return self.db_worker.submit(self._found, text, None, _Hub(False, None)).result()
        hub = self._ask_hub(sale_id)
        return self.db_worker.submit(self._found, text, local, hub).result()

    def _local(self, text: str) -> StoredSale | None:
        if text.isdigit() and len(text) <= 9:
            return self.sales.by_receipt_no(self.store.till_id, int(text))
        return self.sales.get(text)

    def _ask_hub(self, sale_id: str) -> _Hub:
        assert self.sync is not None
        try:
            _pairing, client = self.sync.engine.paired_client()
            return _Hub(True, client.sale(sale_id, HUB_TIMEOUT))
        except Refused as exc:
            if exc.status == 404:
                return _Hub(True, None)
            log.warning("sale %s: the hub refused the lookup: %s", sale_id, exc)
        except (HubError, NotPaired, OSError) as exc:
            log.info("sale %s: the hub could not be asked: %s", sale_id, exc)
        return _Hub(False, None)

    def _found(self, text: str, local: StoredSale | None, hub: _Hub | None) -> FoundSale:
        """Combine what the till and the hub know (db worker). Earlier returns: the more of
        the hub's (every till's, as pushed) and this till's own (pushed or not) per line."""
        answer = hub.answer if hub is not None else None
        if local is None and answer is None:
            if self.returns.is_return(text):
                raise ReturnOfReturn()
            raise SaleNotFound(text)
        if local is not None and local.status == "voided":
            raise SaleWasVoided(local.sale_id)
        if local is not None:
            doc = local.document
        else:
            assert answer is not None
            wire = answer.sale.model_dump(mode="json", by_alias=True)
            if wire.get("customer") is None:  # absent, not null, in a sale without one
                wire.pop("customer", None)
            doc = cast(SaleDoc, wire)
        sale = CompletedSale.from_document(doc, self.currency)
        zero = Money.zero(sale.currency)
        before: dict[int, ReturnedSoFar] = {}
        for line_no, mine in self.returns.returned(sale.sale_id).items():
            before[line_no] = ReturnedSoFar(mine.quantity, Money.of(mine.amount, sale.currency))
        if answer is not None:
            for line in answer.returned:
                theirs = ReturnedSoFar(Decimal(line.quantity), Money.of(line.amount, sale.currency))
                mine_ = before.get(line.line_no, ReturnedSoFar(Decimal(0), zero))
                if theirs.quantity > mine_.quantity or theirs.amount > mine_.amount:
                    before[line.line_no] = ReturnedSoFar(
                        max(theirs.quantity, mine_.quantity), max(theirs.amount, mine_.amount)
                    )
        return FoundSale(
            sale=sale,
            receipt_no=local.receipt_no if local is not None else None,
            lines=returnable_lines(sale, before, self.currency),
            checked_by_hub=hub is None or hub.reached,
            from_this_till=sale.till_id == self.store.till_id,
        )

    def today(self) -> Future[list[RecentSale]]:
        """This till's completed sales since local midnight, newest first."""

        def run() -> list[RecentSale]:
            local_now = self._clock().astimezone()
            midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
            return [
                RecentSale(
                    s.sale_id,
                    s.receipt_no,
                    s.completed_at,
                    Money.from_minor(s.total_minor, self.currency),
                )
                for s in self.sales.completed_since(midnight.astimezone(UTC))
                if s.currency == self.currency.code
            ]

        return self.db_worker.submit(run)

    # --- the return ------------------------------------------------------------------------

    def refund_total(self, found: FoundSale, quantities: Mapping[int, Decimal]) -> Money:
        """What the chosen quantities refund (refuses more than is left)."""
        return check_sale_return(found.lines, quantities)

    def check(self, found: FoundSale, quantities: Mapping[int, Decimal]) -> Money:
        """Everything the return must pass before money moves: the quantities and, offline,
        the cap. Returns the refund."""
        total = check_sale_return(found.lines, quantities)
        cap = Money.of(self.settings.offline_cap, self.currency)
        if not found.checked_by_hub and total > cap:
            raise OverOfflineCap(str(cap.amount))
        return total

    def authorize(self, approval: Approval | None) -> Approval | None:
        """A cashier pays money back only with a supervisor's approval (``PermissionDenied``);
        returns the approval to record, if one was needed."""
        return self.policy.authorize(Action.RETURN, Role(self._user().role), approval)

    def record(
        self,
        found: FoundSale,
        chosen: Mapping[int, tuple[Decimal, bool]],
        reason: str,
        refunds: Sequence[tuple[RefundShare, Mapping[str, str]]],
        return_id: str | None = None,
        approval: Approval | None = None,
    ) -> Future[ReturnDoc]:
        """Record the return: ``chosen`` is quantity and restock per original line;
        ``refunds`` the tender shares as paid back (a card's with the terminal's approval
        details). Refuses what :meth:`check` refuses, and refunds that do not add up."""
        needed = self.authorize(approval)
        quantities = {n: q for n, (q, _r) in chosen.items()}
        total = self.check(found, quantities)
        paid_back = sum((share.amount for share, _d in refunds), Money.zero(self.currency))
        if paid_back != total:
            raise ValueError(f"refunds add up to {paid_back}, the return to {total}")
        doc = self._document(found, chosen, reason, refunds, return_id or str(uuid.uuid4()))
        self._finish(doc, total, needed, f"return of sale {found.sale.sale_id}")
        return self.db_worker.submit(self._write, doc, f"sale {found.sale.sale_id}")

    def without_receipt(
        self,
        items: Sequence[BroughtBack],
        reason: str,
        approval: Approval | None,
        return_id: str | None = None,
    ) -> Future[ReturnDoc]:
        """Take back ``items`` with no sale to name: the shelf price, in cash, within
        ``no_receipt_cap``, with a supervisor's PIN whoever is signed in
        (``NoReceiptNeedsPin``), flagged ``without_receipt`` for the manager."""
        if approval is None:
            raise NoReceiptNeedsPin()
        needed = self.policy.authorize(Action.RETURN_WITHOUT_RECEIPT, Role.CASHIER, approval)
        if self.store.pricing != "gross":
            raise NetPricedStore()
        cap = Money.of(self.settings.no_receipt_cap, self.currency)
        total = check_no_receipt_return(items, cap)
        _check_reason(reason)
        lines: list[dict[str, Any]] = []
        for item in items:
            product = item.product
            entry: dict[str, Any] = {
                "line_no": len(lines) + 1,
                "product_id": product.product_id,
                "sku": product.sku,
                "name": product.name,
                "sold_by": product.sold_by.value,
                "quantity": _quantity(item.quantity, product.sold_by.value),
                "amount": str(item.refund.amount),
                "tax_code": product.tax.code,
                "tax_rate": str(product.tax.rate),
                "restock": item.restock,
                "reason": reason,
            }
            if item.marking_code is not None:
                entry["marking_code"] = item.marking_code
            lines.append(entry)
        doc = self._head(return_id or str(uuid.uuid4()), lines)
        doc["original_sale_id"] = None
        doc["without_receipt"] = True
        doc["refunds"] = [_cash_refund(total)]
        self._finish(cast(ReturnDoc, doc), total, needed, "return without a receipt")
        return self.db_worker.submit(self._write, cast(ReturnDoc, doc), "no receipt")

    def _write(self, doc: ReturnDoc, of: str) -> ReturnDoc:
        if self.returns.record(cast(dict[str, Any], doc)):
            self._on_return(doc)  # a cash refund leaves the shift's drawer
            log.info("%s: return %s of %s", of, doc["return_id"], doc["total"])
        if self.sync is not None:
            self.sync.sync_now()
        return doc

    def exchange(
        self,
        found: FoundSale,
        chosen: Mapping[int, tuple[Decimal, bool]],
        reason: str,
        approval: Approval | None = None,
    ) -> ExchangeCredit:
        """The return of an exchange, not yet written: its total becomes a credit on the new
        sale, and :meth:`Till.record` writes the two together when that sale is paid (so a
        crash or a cancelled exchange leaves neither). Checked as :meth:`record` checks."""
        needed = self.authorize(approval)
        total = self.check(found, {n: q for n, (q, _r) in chosen.items()})
        doc = self._document(found, chosen, reason, (), str(uuid.uuid4()))
        doc["refunds"] = [_cash_refund(total)]
        self._finish(doc, total, needed, f"return of sale {found.sale.sale_id}")
        return ExchangeCredit(doc, total, found.sale.till_id, found.receipt_no)

    def _finish(self, doc: ReturnDoc, total: Money, needed: Approval | None, what: str) -> None:
        doc["total"] = str(total.amount)
        if needed is not None:
            doc["approvals"].append(
                {
                    "action": needed.action.value,
                    "approver_id": needed.approver_id,
                    "approved_at": needed.at.astimezone(UTC).isoformat(),
                    "detail": what,
                }
            )
        ReturnDocument.model_validate(doc)  # the hub's contract, checked before it is kept

    def _document(
        self,
        found: FoundSale,
        chosen: Mapping[int, tuple[Decimal, bool]],
        reason: str,
        refunds: Sequence[tuple[RefundShare, Mapping[str, str]]],
        return_id: str,
    ) -> ReturnDoc:
        _check_reason(reason)
        lines: list[dict[str, Any]] = []
        for line in found.lines:
            quantity, restock = chosen.get(line.line_no, (Decimal(0), False))
            if quantity <= 0:
                continue
            entry: dict[str, Any] = {
                "line_no": len(lines) + 1,
                "product_id": line.product_id,
                "sku": line.sku,
                "name": line.name,
                "sold_by": line.sold_by,
                "quantity": _quantity(quantity, line.sold_by),
                "amount": str(line.refund_for(quantity).amount),
                "tax_code": line.tax_code,
                "tax_rate": str(line.tax_rate),
                "original_line_no": line.line_no,
                "restock": restock,
                "reason": reason,
            }
            if line.marking_code is not None:
                entry["marking_code"] = line.marking_code
            lines.append(entry)
        doc = self._head(return_id, lines)
        doc["original_sale_id"] = found.sale.sale_id
        doc["refunds"] = [
            {
                "tender_id": str(uuid.uuid4()),
                "kind": share.kind,
                "amount": str(share.amount.amount),
                "received": str(share.amount.amount),
                "details": {**details, "original_tender_id": share.original_tender_id},
            }
            for share, details in refunds
        ]
        if not found.checked_by_hub:
            doc["checked_offline"] = True
        return cast(ReturnDoc, doc)

    def _head(self, return_id: str, lines: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "schema": 1,
            "return_id": return_id,
            "store_id": self.store.store_id,
            "till_id": self.store.till_id,
            "cashier_id": self._user().id,
            "currency": self.currency.code,
            "returned_at": self._clock().astimezone(UTC).isoformat(),
            "lines": lines,
            "total": "0",
            "refunds": [],
            "approvals": [],
        }


@dataclass(frozen=True, slots=True)
class _Hub:
    """What asking the hub gave: whether it answered, and its sale (None: it has none)."""

    reached: bool
    answer: SaleWithReturns | None


def _check_reason(reason: str) -> None:
    if reason not in RETURN_REASONS:
        raise ValueError(f"unknown return reason {reason!r}")


def _cash_refund(total: Money) -> TenderDoc:
    amount = str(total.amount)
    tender = {"kind": "cash", "amount": amount, "received": amount, "details": {}}
    return cast(TenderDoc, {"tender_id": str(uuid.uuid4()), **tender})


def _looks_like_id(text: str) -> bool:
    """Only an id (not a typed receipt number) is worth asking the hub about."""
    return 8 <= len(text) <= 64 and not text.isdigit()


def _quantity(value: Decimal, sold_by: str) -> str:
    """As the wire writes quantities: '2' for pieces, '0.250' for kilograms."""
    return f"{value.quantize(Decimal('0.001') if sold_by == 'weight' else Decimal(1)):f}"
