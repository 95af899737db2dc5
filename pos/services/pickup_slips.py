"""Pickup paperwork on the receipt printer: the pick list, bag labels and the handover slip.

Built as ``drivers.printer.Receipt`` documents (localised, labels translated through the
injected function, as receipts are), so the driver lays them out and prints the bag label's
barcode; the customer's name never appears, only initials.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from drivers.printer import Receipt, ReceiptItem, Row
from pos.api.pickup import PickupOrder
from pos.config import StoreSettings
from pos.domain.i18n import QT_TRANSLATE_NOOP
from pos.domain.money import Currency, Money
from pos.domain.pickup import PickLine, PickList
from pos.locale_format import LocaleFormatter
from pos.services.receipt_builder import CTX, Translate
from pos.services.return_slips import refund_rows

_LABELS = {
    "pick_list": QT_TRANSLATE_NOOP("Receipt", "PICK LIST"),
    "order": QT_TRANSLATE_NOOP("Receipt", "Order"),
    "customer": QT_TRANSLATE_NOOP("Receipt", "Customer"),
    "promised": QT_TRANSLATE_NOOP("Receipt", "Ready by"),
    "lines": QT_TRANSLATE_NOOP("Receipt", "Lines"),
    "bag": QT_TRANSLATE_NOOP("Receipt", "Bag"),
    "handover": QT_TRANSLATE_NOOP("Receipt", "PICKUP HANDOVER"),
    "paid_online": QT_TRANSLATE_NOOP("Receipt", "Paid online"),
    "paid_here": QT_TRANSLATE_NOOP("Receipt", "Paid at the till"),
    "short": QT_TRANSLATE_NOOP("Receipt", "not available"),
    "instead_of": QT_TRANSLATE_NOOP("Receipt", "instead of"),
    "not_taken": QT_TRANSLATE_NOOP("Receipt", "not taken"),
    "date": QT_TRANSLATE_NOOP("Receipt", "Date"),
    "till": QT_TRANSLATE_NOOP("Receipt", "Till"),
    "web_return": QT_TRANSLATE_NOOP("Receipt", "WEB ORDER RETURN"),
    "refunded": QT_TRANSLATE_NOOP("Receipt", "Refunded"),
    "cash": QT_TRANSLATE_NOOP("Receipt", "Cash"),
    "card": QT_TRANSLATE_NOOP("Receipt", "Card"),
    "restocked": QT_TRANSLATE_NOOP("Receipt", "back on the shelf"),
}


class PickupSlips:
    def __init__(
        self, store: StoreSettings, formatter: LocaleFormatter, translate: Translate
    ) -> None:
        self._store = store
        self._fmt = formatter
        self._tr = translate
        self._currency = Currency(store.currency, store.minor_units, store.cash_rounding)

    def label(self, key: str) -> str:
        return self._tr(CTX, _LABELS[key])

    def _qty(self, line: PickLine, value: Decimal) -> str:
        if line.sold_by == "weight":
            return f"{self._fmt.quantity(value, 3)} kg"
        return self._fmt.quantity(value, 0)

    def _head(self, order: PickupOrder) -> tuple[Row, ...]:
        return (
            Row(self.label("order"), order.number),
            Row(self.label("customer"), f"{order.customer_initials} {order.customer_masked}"),
        )

    def pick_list(
        self, order: PickupOrder, picks: PickList, barcodes: Mapping[int, str]
    ) -> Receipt:
        """What to fetch, line by line, with each item's barcode to find it by."""
        items = tuple(
            ReceiptItem(
                name=line.name,
                amount=self._qty(line, line.ordered),
                detail=barcodes.get(line.line_no, ""),
                marker=self.label("short") if line.short else "",
            )
            for line in picks.lines
        )
        return Receipt(
            header=(self._store.store_name,),
            title=self.label("pick_list"),
            meta=(
                *self._head(order),
                Row(self.label("promised"), self._fmt.datetime(order.promised_at)),
            ),
            items=items,
            total=Row(self.label("lines"), str(len(items))),
        )

    def bag_labels(self, order: PickupOrder, bags: int) -> list[Receipt]:
        """One label per bag: order number, initials, bag i of n, the number as a barcode."""
        return [
            Receipt(
                header=(self._store.store_name,),
                title=order.number,
                meta=self._head(order),
                items=(),
                total=Row(self.label("bag"), f"{i} / {bags}"),
                code=order.number,
                code_kind="code128",
            )
            for i in range(1, max(1, bags) + 1)
        ]

    def handover(
        self,
        order: PickupOrder,
        picks: PickList,
        handed: Mapping[int, Decimal],
        when: datetime,
        receipt_no: int | None,
    ) -> Receipt:
        """What left with the customer (substitutes and lines not taken named as such)."""
        items = []
        total = Money.zero(self._currency)
        for line in picks.lines:
            qty = handed.get(line.line_no, Decimal(0))
            sub = line.substitute
            name = line.name
            if sub is not None:
                name = f"{sub.name} ({self.label('instead_of')} {line.name})"
            price = line.unit_price_minor if sub is None else sub.unit_price_minor
            amount = Money.from_minor(price, self._currency).times(qty)
            total += amount
            items.append(
                ReceiptItem(
                    name=name,
                    amount=self._fmt.money(amount, symbol=False),
                    detail=self._qty(line, qty),
                    marker="" if qty > 0 else self.label("not_taken"),
                )
            )
        paid = self.label("paid_online") if order.paid_online else self.label("paid_here")
        meta = [
            *self._head(order),
            Row(self.label("till"), self._store.till_id),
            Row(self.label("date"), self._fmt.datetime(when)),
        ]
        return Receipt(
            header=(self._store.store_name, *self._store.address),
            title=self.label("handover"),
            meta=tuple(meta),
            items=tuple(items),
            total=Row(paid, self._fmt.money(total)),
            tenders=() if receipt_no is None else (Row("#", str(receipt_no)),),
            code=order.number,
            code_kind="code128",
        )

    def web_return(
        self,
        order: PickupOrder,
        document: Mapping[str, Any],
        when: datetime,
        slips: tuple[tuple[str, ...], ...] = (),
    ) -> Receipt:
        """The customer's copy of a web order's return (a card refund's terminal slip under
        it)."""
        fmt = self._fmt
        items, total, tenders = refund_rows(document, fmt, self._currency, self.label)
        return Receipt(
            header=(self._store.store_name, *self._store.address),
            title=self.label("web_return"),
            meta=(
                *self._head(order),
                Row(self.label("till"), self._store.till_id),
                Row(self.label("date"), fmt.datetime(when)),
            ),
            items=items,
            total=total,
            tenders=tenders,
            slips=slips,
        )
