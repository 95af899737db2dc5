"""Turns a completed sale into the printer's ``Receipt``: localised strings, translated labels.

The driver lays out columns; everything a person reads is decided here, at the edge, in the
till's locale and language.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from drivers.printer import Receipt, ReceiptItem, Row, TaxRow, TaxTable
from pos.config import Settings
from pos.domain.catalog import SoldBy
from pos.domain.documents import CompletedSale
from pos.domain.i18n import QT_TRANSLATE_NOOP
from pos.domain.money import Money
from pos.domain.sale_return import EXCHANGE_RETURN
from pos.locale_format import LocaleFormatter

Translate = Callable[[str, str], str]
CTX = "Receipt"

# Marked for Qt's lupdate; translated at print time through the injected ``translate``.
_LABELS = {
    "receipt_no": QT_TRANSLATE_NOOP("Receipt", "Receipt"),
    "till": QT_TRANSLATE_NOOP("Receipt", "Till"),
    "cashier": QT_TRANSLATE_NOOP("Receipt", "Cashier"),
    "date": QT_TRANSLATE_NOOP("Receipt", "Date"),
    "subtotal": QT_TRANSLATE_NOOP("Receipt", "Subtotal"),
    "cart_discount": QT_TRANSLATE_NOOP("Receipt", "Discount"),
    "line_discount": QT_TRANSLATE_NOOP("Receipt", "discount"),
    "total": QT_TRANSLATE_NOOP("Receipt", "TOTAL"),
    "rounding": QT_TRANSLATE_NOOP("Receipt", "Cash rounding"),
    "to_pay": QT_TRANSLATE_NOOP("Receipt", "To pay"),
    "vat": QT_TRANSLATE_NOOP("Receipt", "VAT"),
    "net": QT_TRANSLATE_NOOP("Receipt", "Net"),
    "tax": QT_TRANSLATE_NOOP("Receipt", "Tax"),
    "gross": QT_TRANSLATE_NOOP("Receipt", "Gross"),
    "cash": QT_TRANSLATE_NOOP("Receipt", "Cash"),
    "exchange": QT_TRANSLATE_NOOP("Receipt", "Exchange credit"),
    "card": QT_TRANSLATE_NOOP("Receipt", "Card"),
    "change": QT_TRANSLATE_NOOP("Receipt", "Change"),
    "copy": QT_TRANSLATE_NOOP("Receipt", "COPY"),
    "price_changed": QT_TRANSLATE_NOOP("Receipt", "price changed"),
    "marked": QT_TRANSLATE_NOOP("Receipt", "marked item"),
    "tax_id": QT_TRANSLATE_NOOP("Receipt", "Tax ID"),
    "promo": QT_TRANSLATE_NOOP("Receipt", "Promo"),
    "customer": QT_TRANSLATE_NOOP("Receipt", "Customer"),
    "points": QT_TRANSLATE_NOOP("Receipt", "Points earned"),
    "offline_promo": QT_TRANSLATE_NOOP("Receipt", "promo honoured offline"),
}


def _plain(text: str) -> str:
    """Babel uses (narrow) no-break spaces as group separators; receipt code pages lack them."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


class ReceiptBuilder:
    def __init__(
        self, settings: Settings, formatter: LocaleFormatter, translate: Translate
    ) -> None:
        self._settings = settings
        self._fmt = formatter
        self._tr = translate

    def label(self, key: str) -> str:
        return self._tr(CTX, _LABELS[key])

    def _money(self, money: Money) -> str:
        return _plain(self._fmt.money(money, symbol=False))

    def build(
        self, sale: CompletedSale, receipt_no: int, cashier_name: str, *, copy: bool = False
    ) -> Receipt:
        store = self._settings.store
        fmt = self._fmt
        header = [store.store_name, *store.address]
        if store.tax_id:
            header.append(f"{self.label('tax_id')}: {store.tax_id}")
        items: list[ReceiptItem] = []
        for line in sale.lines:
            if line.voided:
                continue  # voids are in the journal; the customer's receipt shows what was sold
            if line.sold_by is SoldBy.WEIGHT:
                detail = f"{fmt.quantity(line.quantity, 3)} kg x {self._money(line.unit_price)}/kg"
            else:
                detail = f"{fmt.quantity(line.quantity, 0)} x {self._money(line.unit_price)}"
            discount = None
            promo = sale.customer.promotion_id if sale.customer else ""
            if not line.line_discount.is_zero():
                label = line.line_discount_label or self.label("line_discount")
                if not line.promo.is_zero():
                    label = f"{label} + {self.label('promo')} {promo}"
                discount = Row(label, "-" + self._money(line.line_discount + line.promo))
            elif not line.promo.is_zero():
                discount = Row(f"{self.label('promo')} {promo}", "-" + self._money(line.promo))
            items.append(
                ReceiptItem(
                    name=line.name,
                    amount=self._money(
                        line.unit_price.times(line.quantity)
                    ),  # the discount row follows
                    detail=_plain(detail),
                    tax_code=line.tax.code,
                    discount=discount,
                    marker=", ".join(
                        self.label(key)
                        for key, applies in (
                            ("price_changed", line.price_override),
                            ("marked", line.marking_code is not None),
                        )
                        if applies
                    ),
                )
            )
        summary: list[Row] = []
        if not sale.cart_discount.is_zero():
            subtotal = sale.total + sale.cart_discount
            summary.append(Row(self.label("subtotal"), self._money(subtotal)))
            label = sale.cart_discount_label or self.label("cart_discount")
            summary.append(Row(label, "-" + self._money(sale.cart_discount)))
        customer = sale.customer
        if customer is not None:
            if customer.receipt_name:
                summary.append(Row(self.label("customer"), customer.receipt_name))
            if not customer.promo_discount.is_zero():
                label = f"{self.label('promo')} {customer.promotion_id}"
                if customer.offline:
                    label += f" ({self.label('offline_promo')})"
                summary.append(Row(label, "-" + self._money(customer.promo_discount)))
            summary.append(Row(self.label("points"), str(customer.points_earned)))
        total = Row(self.label("total"), _plain(fmt.money(sale.total)))
        tenders: list[Row] = []
        if not sale.rounding.is_zero():
            tenders.append(Row(self.label("rounding"), self._money(sale.rounding)))
            tenders.append(Row(self.label("to_pay"), self._money(sale.amount_due)))
        for tender in sale.tenders:
            key: str = tender.kind.value if tender.kind.value in _LABELS else "cash"
            if EXCHANGE_RETURN in tender.details:
                key = "exchange"
            tenders.append(Row(self.label(key), self._money(tender.received)))
        if not sale.change.is_zero():
            tenders.append(Row(self.label("change"), self._money(sale.change)))
        taxes = TaxTable(
            header=TaxRow(
                self.label("vat"), self.label("net"), self.label("tax"), self.label("gross")
            ),
            rows=tuple(
                TaxRow(
                    f"{t.code} {_plain(fmt.percent(t.rate * Decimal(100)))}",
                    self._money(t.net),
                    self._money(t.tax),
                    self._money(t.gross),
                )
                for t in sale.taxes.lines
            ),
        )
        return Receipt(
            header=tuple(header),
            title=self.label("copy") if copy else "",
            meta=(
                Row(self.label("receipt_no"), f"{receipt_no:06d}"),
                Row(self.label("till"), store.till_id),
                Row(self.label("cashier"), cashier_name),
                Row(self.label("date"), _plain(fmt.datetime(sale.completed_at))),
            ),
            items=tuple(items),
            summary=tuple(summary),
            total=total,
            tax_table=taxes,
            tenders=tuple(tenders),
            code=sale.sale_id,
            code_kind=self._settings.printer.code_kind,
            footer=tuple(store.receipt_footer),
        )
