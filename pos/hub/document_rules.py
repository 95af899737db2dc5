"""The hub's check of an uploaded document: is it one a till could have made?

A device is trusted with nothing. A sale, void or return that passes the contract's schema is
rebuilt here with the domain's own code (``CompletedSale.from_document``, ``validate_quantity``,
``settle``) and refused with a stable :class:`pos.api.documents.RejectCode` when the domain
would never have produced it: a quantity that is not positive or beyond what one line may
hold, a negative amount, totals that do not add up, tenders that do not settle the amount due
exactly as the till settles it (change only from cash), a time in the future. These checks
need no database; what a return may take back (``pos.hub.refunds``), a promo redemption
(``pos.hub.customers.check_redemption``) and the stock bounds (``pos.hub.stock``) do.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal, DecimalException
from typing import Any, cast

from pos.api.documents import RejectCode, ReturnDocument
from pos.domain.catalog import SoldBy
from pos.domain.documents import (
    KNOWN_CURRENCIES,
    CompletedSale,
    VoidedSale,
    parse_money,
    tender_from_document,
)
from pos.domain.errors import DomainError, InvalidDocument
from pos.domain.lines import validate_quantity
from pos.domain.money import Currency, Money
from pos.domain.roles import Action
from pos.domain.sale_document import SaleDoc, TenderDoc, VoidDoc
from pos.domain.tax import Pricing
from pos.domain.tenders import settle

# A till's clock may run a little ahead of the hub's; a document from further ahead is not
# one a till wrote now.
CLOCK_LEEWAY = timedelta(minutes=10)


class Rejected(Exception):
    """A record the hub refuses: ``code`` is a stable ``RejectCode``, ``reason`` readable."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def hub_currency(code: str) -> Currency:
    """The hub's currency with the cash rounding a till of it uses."""
    return KNOWN_CURRENCIES.get(code, Currency(code))


def check_quantity(quantity: str, sold_by: str, where: str) -> Decimal:
    """A line's quantity as the domain bounds it (positive, whole pieces, at most 9999 pieces
    or 999.999 kg)."""
    try:
        return validate_quantity(Decimal(quantity), SoldBy(sold_by))
    except DomainError as error:
        raise Rejected(RejectCode.QUANTITY_OUT_OF_RANGE, f"{where}: {error}") from None


def _not_negative(values: Iterable[tuple[str, str | None]]) -> None:
    for where, value in values:
        if value is not None and Decimal(value) < 0:
            raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, f"{where} is negative ({value})")


def _lines(lines: list[dict[str, Any]]) -> None:
    for line in lines:
        where = f"line {line['line_no']}"
        check_quantity(line["quantity"], line["sold_by"], where)
        _not_negative(
            (f"{where} {name}", line.get(name))
            for name in ("unit_price", "line_discount", "cart_discount_share", "promo_discount")
        )
        if not line["voided"]:
            _not_negative([(f"{where} total", line["total"])])


def _times(started: datetime, ended: datetime, now: datetime) -> None:
    if ended < started:
        raise Rejected(RejectCode.TIME_OUT_OF_RANGE, "it ended before it started")
    if ended > now + CLOCK_LEEWAY:
        raise Rejected(RejectCode.TIME_OUT_OF_RANGE, f"it ended in the future ({ended})")


def _tenders(raw: dict[str, Any], currency: Currency) -> None:
    """The tenders settle the total as the till's ``settle`` does: each tender's amount, the
    rounding, the amount due and the change are what ``settle`` makes of what was received."""
    try:
        total = parse_money(raw["total"], currency)
        tenders = [tender_from_document(cast(TenderDoc, t), currency) for t in raw["tenders"]]
        rounding = parse_money(raw["rounding"], currency)
        amount_due = parse_money(raw["amount_due"], currency)
        change = parse_money(raw["change"], currency)
    except InvalidDocument as error:
        raise Rejected(RejectCode.TENDERS_MISMATCH, str(error)) from None
    for tender in tenders:
        if tender.received.is_negative() or tender.amount.is_negative():
            raise Rejected(RejectCode.TENDERS_MISMATCH, f"tender {tender.tender_id} is negative")
    if total.is_negative():
        raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, f"the total is negative ({total})")
    settled = settle(total, tenders)
    if not settled.balance_due.is_zero():
        raise Rejected(RejectCode.TENDERS_MISMATCH, f"{settled.balance_due} is still to pay")
    if (settled.rounding, settled.amount_due, settled.change) != (rounding, amount_due, change):
        raise Rejected(
            RejectCode.TENDERS_MISMATCH,
            f"rounding, amount due and change are {settled.rounding}, {settled.amount_due},"
            f" {settled.change} for these tenders, not {rounding}, {amount_due}, {change}",
        )
    if [t.amount for t in settled.tenders] != [t.amount for t in tenders]:
        raise Rejected(
            RejectCode.TENDERS_MISMATCH, "a tender pays more than is due (change is cash only)"
        )


def check_sale(raw: dict[str, Any], currency_code: str, now: datetime) -> CompletedSale:
    """A schema-valid sale document, rebuilt as the domain's record or refused."""
    currency = hub_currency(currency_code)
    _lines(raw["lines"])
    _not_negative([("the cart discount", raw["cart_discount"])])
    customer = raw.get("customer")
    if customer is not None:
        _not_negative([("the promotion's discount", customer["promo_discount"])])
    _tenders(raw, currency)
    try:
        sale = CompletedSale.from_document(cast(SaleDoc, raw), currency)
    except InvalidDocument as error:
        raise Rejected(RejectCode.TOTALS_MISMATCH, str(error)) from None
    except DecimalException:
        raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, "an amount is beyond bounds") from None
    _times(sale.started_at, sale.completed_at, now)
    return sale


def check_void(raw: dict[str, Any], currency_code: str, now: datetime) -> VoidedSale:
    """A voided sale moves nothing, but it too must be one a till could have made."""
    currency = hub_currency(currency_code)
    _lines(raw["lines"])
    _not_negative([("the cart discount", raw["cart_discount"]), ("the total", raw["total"])])
    try:
        void = VoidedSale.from_document(cast(VoidDoc, raw), currency)
    except InvalidDocument as error:
        raise Rejected(RejectCode.TOTALS_MISMATCH, str(error)) from None
    except DecimalException:
        raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, "an amount is beyond bounds") from None
    active = sum((ln.total for ln in void.lines if not ln.voided), Money.zero(currency))
    if void.pricing is Pricing.GROSS and active != void.total:
        raise Rejected(RejectCode.TOTALS_MISMATCH, "the total is not the lines' total")
    _times(void.started_at, void.voided_at, now)
    return void


def check_return(doc: ReturnDocument, currency_code: str, now: datetime) -> None:
    """A return's own arithmetic: positive bounded quantities and amounts that add up to the
    total, refunded in full by its refunds (what it may take back is ``pos.hub.refunds``)."""
    currency = hub_currency(currency_code)
    try:
        amounts = [parse_money(line.amount, currency) for line in doc.lines]
        total = parse_money(doc.total, currency)
        refunds = [
            tender_from_document(cast(TenderDoc, r.model_dump()), currency) for r in doc.refunds
        ]
    except InvalidDocument as error:
        raise Rejected(RejectCode.TOTALS_MISMATCH, str(error)) from None
    for line, amount in zip(doc.lines, amounts, strict=True):
        check_quantity(line.quantity, line.sold_by, f"line {line.line_no}")
        if amount.is_negative():
            raise Rejected(RejectCode.AMOUNT_OUT_OF_RANGE, f"line {line.line_no} is negative")
    zero = Money.zero(currency)
    if sum(amounts, zero) != total:
        raise Rejected(RejectCode.TOTALS_MISMATCH, "the total is not the lines' amounts")
    for refund in refunds:
        if refund.amount.is_negative() or refund.received != refund.amount:
            raise Rejected(
                RejectCode.TENDERS_MISMATCH, f"refund {refund.tender_id} is not a plain amount"
            )
    if sum((r.amount for r in refunds), zero) != total:
        raise Rejected(RejectCode.TENDERS_MISMATCH, "the refunds do not pay back the total")
    if doc.returned_at > now + CLOCK_LEEWAY:
        raise Rejected(RejectCode.TIME_OUT_OF_RANGE, f"returned in the future ({doc.returned_at})")
    if doc.without_receipt:
        _check_without_receipt(doc)


def _check_without_receipt(doc: ReturnDocument) -> None:
    """A return without a receipt as the till makes it: it names no sale, refunds in cash and
    carries a supervisor's approval of exactly that (``pos.domain.no_receipt_return``)."""
    if doc.original_sale_id is not None or any(
        line.original_line_no is not None for line in doc.lines
    ):
        raise Rejected(RejectCode.UNKNOWN_SALE, "a return without a receipt names a sale")
    if any(refund.kind != "cash" for refund in doc.refunds):
        raise Rejected(RejectCode.TENDERS_MISMATCH, "a return without a receipt refunds cash")
    if not any(a.action == Action.RETURN_WITHOUT_RECEIPT.value for a in doc.approvals):
        raise Rejected(
            RejectCode.APPROVAL_MISSING, "a return without a receipt needs a supervisor's approval"
        )
