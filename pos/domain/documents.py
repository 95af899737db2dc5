"""Finished sales as immutable records, and their exact JSON form (``SaleDoc``/``VoidDoc``).

``CompletedSale.from_document(sale.to_document())`` rebuilds an equal record, so the
journal, the sales table and the outbox can all be read back into the same object. Parsing
checks that the document adds up; a document that does not is refused, not repaired.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Literal, TypeVar

from pos.domain.catalog import SoldBy, TaxRate
from pos.domain.errors import InvalidDocument
from pos.domain.lines import ReceiptLine
from pos.domain.money import CHF, EUR, PLN, RUB, UAH, Currency, Money
from pos.domain.roles import Action
from pos.domain.sale_document import (
    SALE_DOCUMENT_SCHEMA,
    ApprovalDoc,
    CustomerDoc,
    LineDoc,
    SaleDoc,
    TaxDoc,
    TenderDoc,
    VoidDoc,
)
from pos.domain.tax import Pricing, TaxLine, TaxSummary
from pos.domain.tenders import Tender, TenderKind

KNOWN_CURRENCIES: Mapping[str, Currency] = {c.code: c for c in (EUR, PLN, UAH, RUB, CHF)}


@dataclass(frozen=True, slots=True)
class ApprovalRecord:
    """An approval that was used, as the journal keeps it."""

    action: Action
    approver_id: str
    approved_at: datetime
    detail: str

    def to_document(self) -> ApprovalDoc:
        return {
            "action": self.action.value,
            "approver_id": self.approver_id,
            "approved_at": format_time(self.approved_at),
            "detail": self.detail,
        }

    @classmethod
    def from_document(cls, doc: ApprovalDoc) -> ApprovalRecord:
        try:
            action = Action(doc["action"])
        except ValueError:
            raise InvalidDocument(f"unknown approval action {doc['action']!r}") from None
        return cls(action, doc["approver_id"], parse_time(doc["approved_at"]), doc["detail"])


# --- primitives ----------------------------------------------------------------------------


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def parse_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise InvalidDocument(f"bad time {text!r}") from None
    if moment.tzinfo is None:
        raise InvalidDocument(f"time without offset {text!r}")
    return moment.astimezone(UTC)


def parse_decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except (TypeError, ValueError, InvalidOperation):
        raise InvalidDocument(f"bad number {text!r}") from None
    if not value.is_finite():
        raise InvalidDocument(f"bad number {text!r}")
    return value


def parse_money(text: str, currency: Currency) -> Money:
    value = parse_decimal(text)
    money = Money(value, currency)
    if money.amount != value:
        raise InvalidDocument(f"{text!r} has more decimals than {currency.code}")
    return money


def pricing_literal(pricing: Pricing) -> Literal["gross", "net"]:
    return "gross" if pricing is Pricing.GROSS else "net"


def sold_by_literal(sold_by: SoldBy) -> Literal["piece", "weight"]:
    return "piece" if sold_by is SoldBy.PIECE else "weight"


def resolve_currency(code: str, currency: Currency | None) -> Currency:
    if currency is not None:
        if currency.code != code:
            raise InvalidDocument(f"document is in {code}, not {currency.code}")
        return currency
    try:
        return KNOWN_CURRENCIES[code]
    except KeyError:
        raise InvalidDocument(f"unknown currency {code!r}") from None


_E = TypeVar("_E", Pricing, SoldBy, TenderKind)


def _enum(kind: type[_E], value: str) -> _E:
    try:
        return kind(value)
    except ValueError:
        raise InvalidDocument(f"unknown {kind.__name__} {value!r}") from None


# --- lines, taxes, tenders -----------------------------------------------------------------


def line_to_document(line: ReceiptLine) -> LineDoc:
    doc: LineDoc = {
        "line_no": line.line_no,
        "product_id": line.product_id,
        "sku": line.sku,
        "name": line.name,
        "barcode": line.barcode,
        "sold_by": sold_by_literal(line.sold_by),
        "quantity": str(line.quantity),
        "unit_price": str(line.unit_price.amount),
        "price_override": line.price_override,
        "line_discount": str(line.line_discount.amount),
        "line_discount_label": line.line_discount_label,
        "cart_discount_share": str(line.cart_discount_share.amount),
        "total": str(line.total.amount),
        "tax_code": line.tax.code,
        "tax_rate": str(line.tax.rate),
        "voided": line.voided,
        "void_reason": line.void_reason,
        "marking_code": line.marking_code,
    }
    if line.promo_discount is not None:
        doc["promo_discount"] = str(line.promo.amount)
    return doc


def line_from_document(doc: LineDoc, currency: Currency) -> ReceiptLine:
    try:
        tax = TaxRate(doc["tax_code"], parse_decimal(doc["tax_rate"]))
    except ValueError as error:
        raise InvalidDocument(str(error)) from None
    line = ReceiptLine(
        line_no=doc["line_no"],
        product_id=doc["product_id"],
        sku=doc["sku"],
        name=doc["name"],
        barcode=doc["barcode"],
        sold_by=_enum(SoldBy, doc["sold_by"]),
        quantity=parse_decimal(doc["quantity"]),
        unit_price=parse_money(doc["unit_price"], currency),
        price_override=doc["price_override"],
        line_discount=parse_money(doc["line_discount"], currency),
        line_discount_label=doc["line_discount_label"],
        cart_discount_share=parse_money(doc["cart_discount_share"], currency),
        tax=tax,
        voided=doc["voided"],
        void_reason=doc["void_reason"],
        marking_code=doc.get("marking_code"),
        promo_discount=_optional_money(doc.get("promo_discount"), currency),
    )
    if parse_money(doc["total"], currency) != line.total:
        raise InvalidDocument(f"line {line.line_no} total does not add up")
    return line


def _optional_money(text: str | None, currency: Currency) -> Money | None:
    return None if text is None else parse_money(text, currency)


def taxes_to_document(taxes: TaxSummary) -> list[TaxDoc]:
    return [
        {
            "code": t.code,
            "rate": str(t.rate),
            "net": str(t.net.amount),
            "tax": str(t.tax.amount),
            "gross": str(t.gross.amount),
        }
        for t in taxes.lines
    ]


def taxes_from_document(docs: list[TaxDoc], currency: Currency) -> TaxSummary:
    lines = []
    for doc in docs:
        line = TaxLine(
            doc["code"],
            parse_decimal(doc["rate"]),
            net=parse_money(doc["net"], currency),
            tax=parse_money(doc["tax"], currency),
            gross=parse_money(doc["gross"], currency),
        )
        if line.net + line.tax != line.gross:
            raise InvalidDocument(f"tax {line.code} does not add up")
        lines.append(line)
    return TaxSummary(currency, tuple(lines))


def tender_to_document(tender: Tender) -> TenderDoc:
    return {
        "tender_id": tender.tender_id,
        "kind": tender.kind.value,
        "amount": str(tender.amount.amount),
        "received": str(tender.received.amount),
        "details": dict(tender.details),
    }


def tender_from_document(doc: TenderDoc, currency: Currency) -> Tender:
    return Tender(
        tender_id=doc["tender_id"],
        kind=_enum(TenderKind, doc["kind"]),
        amount=parse_money(doc["amount"], currency),
        received=parse_money(doc["received"], currency),
        details=dict(doc["details"]),
    )


def _active_total(lines: tuple[ReceiptLine, ...], currency: Currency) -> Money:
    return sum((line.total for line in lines if not line.voided), Money.zero(currency))


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CustomerLink:
    """The customer a sale was made for (``CustomerDoc``): pseudonymous reference, token,
    promotion and what it took off. ``receipt_name`` (masked) is printed on the receipt and
    is not part of the document."""

    customer_ref: str
    token_id: str
    promotion_id: str
    promo_discount: Money
    offline: bool
    points_earned: int
    receipt_name: str | None = field(default=None, compare=False)

    def to_document(self) -> CustomerDoc:
        return {
            "customer_ref": self.customer_ref,
            "token_id": self.token_id,
            "promotion_id": self.promotion_id,
            "promo_discount": str(self.promo_discount.amount),
            "offline": self.offline,
            "points_earned": self.points_earned,
        }

    @classmethod
    def from_document(cls, doc: CustomerDoc, currency: Currency) -> CustomerLink:
        return cls(
            customer_ref=doc["customer_ref"],
            token_id=doc["token_id"],
            promotion_id=doc["promotion_id"],
            promo_discount=parse_money(doc["promo_discount"], currency),
            offline=doc["offline"],
            points_earned=doc["points_earned"],
        )


@dataclass(frozen=True)
class CompletedSale:
    """A paid sale: immutable, and exactly what the ``SaleDoc`` says."""

    sale_id: str
    store_id: str
    till_id: str
    cashier_id: str
    currency: Currency
    pricing: Pricing
    started_at: datetime
    completed_at: datetime
    lines: tuple[ReceiptLine, ...]
    cart_discount: Money
    cart_discount_label: str | None
    taxes: TaxSummary
    total: Money
    rounding: Money
    amount_due: Money
    tenders: tuple[Tender, ...]
    change: Money
    approvals: tuple[ApprovalRecord, ...]
    customer: CustomerLink | None = None

    def to_document(self) -> SaleDoc:
        doc: SaleDoc = {
            "schema": SALE_DOCUMENT_SCHEMA,
            "sale_id": self.sale_id,
            "store_id": self.store_id,
            "till_id": self.till_id,
            "cashier_id": self.cashier_id,
            "currency": self.currency.code,
            "pricing": pricing_literal(self.pricing),
            "started_at": format_time(self.started_at),
            "completed_at": format_time(self.completed_at),
            "lines": [line_to_document(line) for line in self.lines],
            "cart_discount": str(self.cart_discount.amount),
            "cart_discount_label": self.cart_discount_label,
            "taxes": taxes_to_document(self.taxes),
            "total": str(self.total.amount),
            "rounding": str(self.rounding.amount),
            "amount_due": str(self.amount_due.amount),
            "tenders": [tender_to_document(t) for t in self.tenders],
            "change": str(self.change.amount),
            "approvals": [a.to_document() for a in self.approvals],
        }
        if self.customer is not None:
            doc["customer"] = self.customer.to_document()
        return doc

    @classmethod
    def from_document(cls, doc: SaleDoc, currency: Currency | None = None) -> CompletedSale:
        """Rebuild from a document; ``currency`` supplies cash rounding for unknown codes."""
        try:
            return cls._parse(doc, currency)
        except (KeyError, TypeError) as error:
            raise InvalidDocument(f"malformed document ({error!r})") from None

    @classmethod
    def _parse(cls, doc: SaleDoc, currency: Currency | None) -> CompletedSale:
        if doc["schema"] != SALE_DOCUMENT_SCHEMA:
            raise InvalidDocument(f"unsupported schema {doc['schema']!r}")
        cur = resolve_currency(doc["currency"], currency)
        sale = cls(
            sale_id=doc["sale_id"],
            store_id=doc["store_id"],
            till_id=doc["till_id"],
            cashier_id=doc["cashier_id"],
            currency=cur,
            pricing=_enum(Pricing, doc["pricing"]),
            started_at=parse_time(doc["started_at"]),
            completed_at=parse_time(doc["completed_at"]),
            lines=tuple(line_from_document(line, cur) for line in doc["lines"]),
            cart_discount=parse_money(doc["cart_discount"], cur),
            cart_discount_label=doc["cart_discount_label"],
            taxes=taxes_from_document(doc["taxes"], cur),
            total=parse_money(doc["total"], cur),
            rounding=parse_money(doc["rounding"], cur),
            amount_due=parse_money(doc["amount_due"], cur),
            tenders=tuple(tender_from_document(t, cur) for t in doc["tenders"]),
            change=parse_money(doc["change"], cur),
            approvals=tuple(ApprovalRecord.from_document(a) for a in doc["approvals"]),
            customer=(
                CustomerLink.from_document(doc["customer"], cur) if "customer" in doc else None
            ),
        )
        sale._check()
        return sale

    def _check(self) -> None:
        lines_total = _active_total(self.lines, self.currency)
        expected = lines_total if self.pricing is Pricing.GROSS else lines_total + self.taxes.tax
        if self.total != expected or self.taxes.gross != self.total:
            raise InvalidDocument("total does not match the lines and taxes")
        if self.amount_due != self.total + self.rounding:
            raise InvalidDocument("amount due is not total plus rounding")
        paid = sum((t.amount for t in self.tenders), Money.zero(self.currency))
        if paid != self.amount_due:
            raise InvalidDocument("tenders do not cover the amount due")
        shares = sum((line.cart_discount_share for line in self.lines), Money.zero(self.currency))
        if shares != self.cart_discount:
            raise InvalidDocument("cart discount shares do not add up")
        promo = sum((line.promo for line in self.lines), Money.zero(self.currency))
        expected_promo = (
            self.customer.promo_discount if self.customer else Money.zero(promo.currency)
        )
        if promo != expected_promo:
            raise InvalidDocument("promotion shares do not add up")


@dataclass(frozen=True)
class VoidedSale:
    """A sale cancelled before payment; journalled as a ``VoidDoc`` (``kind == "void"``)."""

    sale_id: str
    store_id: str
    till_id: str
    cashier_id: str
    currency: Currency
    pricing: Pricing
    started_at: datetime
    voided_at: datetime
    reason: str
    lines: tuple[ReceiptLine, ...]
    cart_discount: Money
    cart_discount_label: str | None
    total: Money
    approvals: tuple[ApprovalRecord, ...]

    def to_document(self) -> VoidDoc:
        return {
            "schema": SALE_DOCUMENT_SCHEMA,
            "kind": "void",
            "sale_id": self.sale_id,
            "store_id": self.store_id,
            "till_id": self.till_id,
            "cashier_id": self.cashier_id,
            "currency": self.currency.code,
            "pricing": pricing_literal(self.pricing),
            "started_at": format_time(self.started_at),
            "voided_at": format_time(self.voided_at),
            "reason": self.reason,
            "lines": [line_to_document(line) for line in self.lines],
            "cart_discount": str(self.cart_discount.amount),
            "cart_discount_label": self.cart_discount_label,
            "total": str(self.total.amount),
            "approvals": [a.to_document() for a in self.approvals],
        }

    @classmethod
    def from_document(cls, doc: VoidDoc, currency: Currency | None = None) -> VoidedSale:
        try:
            if doc["schema"] != SALE_DOCUMENT_SCHEMA or doc["kind"] != "void":
                raise InvalidDocument("not a void document of a supported schema")
            cur = resolve_currency(doc["currency"], currency)
            return cls(
                sale_id=doc["sale_id"],
                store_id=doc["store_id"],
                till_id=doc["till_id"],
                cashier_id=doc["cashier_id"],
                currency=cur,
                pricing=_enum(Pricing, doc["pricing"]),
                started_at=parse_time(doc["started_at"]),
                voided_at=parse_time(doc["voided_at"]),
                reason=doc["reason"],
                lines=tuple(line_from_document(line, cur) for line in doc["lines"]),
                cart_discount=parse_money(doc["cart_discount"], cur),
                cart_discount_label=doc["cart_discount_label"],
                total=parse_money(doc["total"], cur),
                approvals=tuple(ApprovalRecord.from_document(a) for a in doc["approvals"]),
            )
        except (KeyError, TypeError) as error:
            raise InvalidDocument(f"malformed document ({error!r})") from None
