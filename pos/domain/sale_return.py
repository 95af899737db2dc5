"""Taking back goods of an in-store sale: what each line may still return, and how much money.

Pure, so the till and the hub decide alike. A line refunds what the customer actually paid for
it (``ReceiptLine.total``: line discount, promotion and cart-discount share already taken
off), never its shelf price. Part of a line refunds its share of that, rounded down; the
return that empties a line refunds exactly what is left of its money, so any series of
partial returns adds up to what was paid — never a cent more (the anchors' over-refunds).
The refund goes back to the original tenders pro rata unless a manager chooses otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from pos.domain.documents import CompletedSale
from pos.domain.errors import DomainError
from pos.domain.i18n import QT_TRANSLATE_NOOP
from pos.domain.money import Currency, Money
from pos.domain.pickup import NothingToReturn
from pos.domain.tax import Pricing


class SaleReturnTooMuch(DomainError):
    code = "sale_return_too_much"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "{name}: only {left} can still be returned from this sale. Nothing changed."
    )

    def __init__(self, name: str, left: Decimal) -> None:
        super().__init__(name=name, left=left)


class NetPricedSale(DomainError):
    code = "sale_return_net_priced"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "Sale {sale} was priced net of tax; this till takes back gross-priced sales only.",
    )

    def __init__(self, sale: str) -> None:
        super().__init__(sale=sale)


class WrongCurrency(DomainError):
    code = "sale_return_currency"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Sale {sale} was paid in {currency}; this till refunds in {till}."
    )

    def __init__(self, sale: str, currency: str, till: str) -> None:
        super().__init__(sale=sale, currency=currency, till=till)


# An exchange settles a return and a new sale at once: the return refunds its total as cash
# to the new sale (its refund names the sale), and the sale takes that cash as a tender that
# names the return; the drawer sees only the difference (pos.services.sale_returns).
EXCHANGE_RETURN = "exchange_return_id"  # tender detail on the sale
EXCHANGE_SALE = "exchange_sale_id"  # refund detail on the return

# Why goods came back: the code goes on the document (the hub and reports count by it), the
# text is translated where it is shown or printed.
RETURN_REASONS: Mapping[str, str] = {
    "changed_mind": QT_TRANSLATE_NOOP("ReturnReason", "Customer changed their mind"),
    "defective": QT_TRANSLATE_NOOP("ReturnReason", "Defective"),
    "wrong_item": QT_TRANSLATE_NOOP("ReturnReason", "Wrong item"),
    "not_as_described": QT_TRANSLATE_NOOP("ReturnReason", "Not as described"),
}


@dataclass(frozen=True, slots=True)
class ReturnedSoFar:
    """What earlier returns took of one sale line (every till's, as far as they are known)."""

    quantity: Decimal
    amount: Money


@dataclass(frozen=True, slots=True)
class SaleReturnLine:
    """A sold line as it may come back: sold and paid, less what returns took already."""

    line_no: int
    product_id: str
    sku: str
    name: str
    sold_by: str
    sold: Decimal
    paid: Money
    returned: Decimal
    refunded: Money
    tax_code: str
    tax_rate: Decimal
    marking_code: str | None

    @property
    def left(self) -> Decimal:
        return self.sold - self.returned

    def refund_for(self, quantity: Decimal) -> Money:
        """The money ``quantity`` of this line brings back: its share of what was paid,
        rounded down; all that is left of the money when it takes the rest of the line."""
        if quantity >= self.left:
            return self.paid - self.refunded
        share = self.paid.amount * quantity / self.sold
        return Money(share.quantize(self.paid.currency.quantum, ROUND_DOWN), self.paid.currency)


def returnable_lines(
    sale: CompletedSale, returned: Mapping[int, ReturnedSoFar], till_currency: Currency
) -> tuple[SaleReturnLine, ...]:
    """The lines of ``sale`` that were charged (voided lines never were), with what is left.

    Refuses a sale in another currency than the till's and a net-priced sale (its lines' money
    is before tax, so a line's total is not what the customer paid for it)."""
    if sale.currency.code != till_currency.code:
        raise WrongCurrency(sale.sale_id, sale.currency.code, till_currency.code)
    if sale.pricing is not Pricing.GROSS:
        raise NetPricedSale(sale.sale_id)
    zero = Money.zero(sale.currency)
    out = []
    for line in sale.lines:
        if line.voided:
            continue
        before = returned.get(line.line_no, ReturnedSoFar(Decimal(0), zero))
        out.append(
            SaleReturnLine(
                line_no=line.line_no,
                product_id=line.product_id,
                sku=line.sku,
                name=line.name,
                sold_by=line.sold_by.value,
                sold=line.quantity,
                paid=line.total,
                returned=before.quantity,
                refunded=before.amount,
                tax_code=line.tax.code,
                tax_rate=line.tax.rate,
                marking_code=line.marking_code,
            )
        )
    return tuple(out)


def check_sale_return(lines: Sequence[SaleReturnLine], wanted: Mapping[int, Decimal]) -> Money:
    """Refuses a return of nothing, of more than is left, or of part of a piece; returns the
    money to refund."""
    chosen = {n: q for n, q in wanted.items() if q > 0}
    if not chosen:
        raise NothingToReturn()
    by_no = {line.line_no: line for line in lines}
    total: Money | None = None
    for line_no, quantity in chosen.items():
        line = by_no[line_no]
        if quantity > line.left or (
            line.sold_by == "piece" and quantity != quantity.to_integral_value()
        ):
            raise SaleReturnTooMuch(line.name, line.left)
        amount = line.refund_for(quantity)
        total = amount if total is None else total + amount
    assert total is not None
    return total


@dataclass(frozen=True, slots=True)
class RefundShare:
    """The part of a refund that goes back to one tender of the original sale."""

    kind: str
    amount: Money
    original_tender_id: str
    details: Mapping[str, str]


def split_refund(sale: CompletedSale, refund: Money) -> tuple[RefundShare, ...]:
    """The refund spread over the sale's tenders in proportion to what each paid (cash net of
    change); the last tender takes the rounding so the shares add up to ``refund`` exactly."""
    tenders = [t for t in sale.tenders if not t.amount.is_zero()]
    paid = sum((t.amount.amount for t in tenders), Decimal(0))
    shares: list[RefundShare] = []
    left = refund
    for i, tender in enumerate(tenders):
        if i == len(tenders) - 1:
            amount = left
        else:
            exact = refund.amount * tender.amount.amount / paid
            amount = Money(exact.quantize(refund.currency.quantum, ROUND_DOWN), refund.currency)
        left = left - amount
        if not amount.is_zero():
            shares.append(RefundShare(tender.kind.value, amount, tender.tender_id, tender.details))
    return tuple(shares)


class ExchangeCreditMissing(DomainError):
    code = "exchange_credit_missing"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "The exchange's credit of {credit} is not on the sale. Nothing was recorded.",
    )

    def __init__(self, credit: str) -> None:
        super().__init__(credit=credit)


def check_exchange(sale: CompletedSale, return_id: str, credit: Money) -> None:
    """An exchange's sale must take exactly the return's credit as the tender naming it."""
    named = [t for t in sale.tenders if t.details.get(EXCHANGE_RETURN) == return_id]
    if len(named) != 1 or named[0].received != credit:
        raise ExchangeCreditMissing(str(credit.amount))
