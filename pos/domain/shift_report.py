"""The X and Z reports of a shift, made from the documents the till journalled.

A report is computed from the same documents the journal and the hub hold (sales, voided
sales, returns) and from the shift's drawer events, never from running totals kept beside
them: a figure that was added up twice can drift, one recomputed from the documents cannot.
An X may be made at any time and changes nothing; a Z is the same report with the shift's
Z number and its closing count (:meth:`pos.domain.shift.Shift.close` makes the closing).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from pos.domain.money import Currency, Money
from pos.domain.sale_document import ReturnDoc, SaleDoc, VoidDoc
from pos.domain.shift import CashMovement, MovementKind, Shift


class ReportKind(StrEnum):
    X = "X"
    Z = "Z"


@dataclass(frozen=True, slots=True)
class Figure:
    count: int
    amount: Money


@dataclass(frozen=True, slots=True)
class TaxFigure:
    """Per VAT rate: sales minus returns."""

    code: str
    rate: Decimal
    net: Money
    tax: Money
    gross: Money


@dataclass(frozen=True)
class ShiftReport:
    kind: ReportKind
    shift_id: str
    till_id: str
    currency: Currency
    opened_at: datetime
    opened_by: str
    made_at: datetime
    z_number: int | None
    sales: Figure
    returns: Figure
    voided_sales: Figure
    voided_lines: Figure
    discounts: Figure  # sales with a discount or promotion, and what they took off
    no_sales: int
    tenders: tuple[tuple[str, Figure], ...]  # what each tender kind took in sales
    refunds: tuple[tuple[str, Figure], ...]  # what each tender kind paid back
    taxes: tuple[TaxFigure, ...]
    movements: tuple[tuple[MovementKind, Figure], ...]
    expected: Money
    counted: Money | None  # the closing count (Z), or the last count (X) if any
    variance: Money | None
    counts: int  # how many counts were made (recounts included)

    @property
    def net(self) -> Money:
        """Sales minus returns."""
        return self.sales.amount - self.returns.amount


def _money(text: str, currency: Currency) -> Money:
    return Money(Decimal(text), currency)


class _Tally:
    def __init__(self, currency: Currency) -> None:
        self.currency = currency
        self.count = 0
        self.amount = Money.zero(currency)

    def add(self, amount: Money, count: int = 1) -> None:
        self.count += count
        self.amount = self.amount + amount

    def figure(self) -> Figure:
        return Figure(self.count, self.amount)


def _tallies(currency: Currency) -> defaultdict[str, _Tally]:
    return defaultdict(lambda: _Tally(currency))


def _return_tax(gross: Money, rate: Decimal) -> Money:
    """The tax inside a tax-included refund (``rate`` a fraction: 0.23), half-up."""
    return Money(gross.amount * rate / (1 + rate), gross.currency)


def build_report(
    kind: ReportKind,
    shift: Shift,
    made_at: datetime,
    sales: Iterable[SaleDoc],
    voids: Iterable[VoidDoc] = (),
    returns: Iterable[ReturnDoc] = (),
) -> ShiftReport:
    """The shift's report from its documents; a Z needs the shift closed."""
    currency = shift.currency
    if kind is ReportKind.Z and shift.closing is None:
        raise ValueError("a Z report is made of a closed shift")
    sold, back, voided, voided_lines, discounted = (_Tally(currency) for _ in range(5))
    tenders, refunds = _tallies(currency), _tallies(currency)
    nets: dict[tuple[str, Decimal], list[Money]] = defaultdict(lambda: [Money.zero(currency)] * 3)
    for sale in sales:
        sold.add(_money(sale["total"], currency))
        for tender in sale["tenders"]:
            tenders[tender["kind"]].add(_money(tender["amount"], currency))
        off = Money.zero(currency)
        for line in sale["lines"]:
            if line["voided"]:
                voided_lines.add(
                    Money(Decimal(line["quantity"]) * Decimal(line["unit_price"]), currency)
                )
                continue
            for part in (line["line_discount"], line["cart_discount_share"]):
                off = off + _money(part, currency)
            off = off + _money(line.get("promo_discount", "0"), currency)
        if not off.is_zero():
            discounted.add(off)
        for tax in sale["taxes"]:
            row = nets[(tax["code"], Decimal(tax["rate"]))]
            row[0] = row[0] + _money(tax["net"], currency)
            row[1] = row[1] + _money(tax["tax"], currency)
            row[2] = row[2] + _money(tax["gross"], currency)
    for void in voids:
        voided.add(_money(void["total"], currency))
    for document in returns:
        back.add(_money(document["total"], currency))
        for refund in document["refunds"]:
            refunds[refund["kind"]].add(_money(refund["amount"], currency))
        for ret in document["lines"]:
            rate = Decimal(ret["tax_rate"])
            gross = _money(ret["amount"], currency)
            inside = _return_tax(gross, rate)
            row = nets[(ret["tax_code"], rate)]
            row[0], row[1], row[2] = row[0] - (gross - inside), row[1] - inside, row[2] - gross
    movements = _tallies(currency)
    no_sales = 0
    for event in shift.events:
        if isinstance(event, CashMovement):
            if event.kind is MovementKind.NO_SALE:
                no_sales += 1
            else:
                movements[event.kind].add(event.amount)
    closing = shift.closing
    count = closing.count if closing is not None else (shift.counts[-1] if shift.counts else None)
    return ShiftReport(
        kind=kind,
        shift_id=shift.shift_id,
        till_id=shift.till_id,
        currency=currency,
        opened_at=shift.opened_at,
        opened_by=shift.opened_by,
        made_at=made_at,
        z_number=closing.z_number if kind is ReportKind.Z and closing is not None else None,
        sales=sold.figure(),
        returns=back.figure(),
        voided_sales=voided.figure(),
        voided_lines=voided_lines.figure(),
        discounts=discounted.figure(),
        no_sales=no_sales,
        tenders=tuple(sorted((k, t.figure()) for k, t in tenders.items())),
        refunds=tuple(sorted((k, t.figure()) for k, t in refunds.items())),
        taxes=tuple(TaxFigure(code, rate, *row) for (code, rate), row in sorted(nets.items())),
        movements=tuple(
            (kind, movements[kind].figure()) for kind in MovementKind if kind in movements
        ),
        expected=shift.expected,
        counted=count.counted if count is not None else None,
        variance=count.variance if count is not None else None,
        counts=len(shift.counts),
    )
