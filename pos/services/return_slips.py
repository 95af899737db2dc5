"""The customer's copy of a return on the receipt printer (an in-store sale's or a web
order's): what came back, the money per tender, and the original it names.

The slip's code is the return's id: scanned at the till it is recognised as a return, so a
return of a return is refused with a clear message instead of searched for as a sale.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from drivers.printer import Receipt, ReceiptItem, Row
from pos.config import StoreSettings
from pos.domain.i18n import QT_TRANSLATE_NOOP
from pos.domain.money import Currency, Money
from pos.domain.sale_return import RETURN_REASONS
from pos.locale_format import LocaleFormatter
from pos.services.receipt_builder import CTX, Translate

_LABELS = {
    "sale_return": QT_TRANSLATE_NOOP("Receipt", "RETURN"),
    "original": QT_TRANSLATE_NOOP("Receipt", "Original sale"),
    "receipt": QT_TRANSLATE_NOOP("Receipt", "Receipt"),
    "reason": QT_TRANSLATE_NOOP("Receipt", "Reason"),
    "date": QT_TRANSLATE_NOOP("Receipt", "Date"),
    "till": QT_TRANSLATE_NOOP("Receipt", "Till"),
    "refunded": QT_TRANSLATE_NOOP("Receipt", "Refunded"),
    "cash": QT_TRANSLATE_NOOP("Receipt", "Cash"),
    "card": QT_TRANSLATE_NOOP("Receipt", "Card"),
    "restocked": QT_TRANSLATE_NOOP("Receipt", "back on the shelf"),
    "offline": QT_TRANSLATE_NOOP("Receipt", "Checked offline"),
    "no_receipt": QT_TRANSLATE_NOOP("Receipt", "Without a receipt"),
    "approved_by": QT_TRANSLATE_NOOP("Receipt", "Approved by"),
}


def refund_rows(
    document: Mapping[str, Any],
    fmt: LocaleFormatter,
    currency: Currency,
    label: Callable[[str], str],
) -> tuple[tuple[ReceiptItem, ...], Row, tuple[Row, ...]]:
    """A return document's lines, its total and one row per refunded tender, as printed."""
    items = tuple(
        ReceiptItem(
            name=str(line["name"]),
            amount="-" + fmt.money(Money.of(line["amount"], currency), symbol=False),
            detail=fmt.quantity(Decimal(line["quantity"]), 3 if line["sold_by"] == "weight" else 0),
            marker=label("restocked") if line["restock"] else "",
        )
        for line in document["lines"]
    )
    total = Row(label("refunded"), fmt.money(Money.of(document["total"], currency)))
    tenders = tuple(
        Row(
            label("card" if r["kind"] == "card" else "cash"),
            "-" + fmt.money(Money.of(r["amount"], currency)),
        )
        for r in document["refunds"]
    )
    return items, total, tenders


class ReturnSlips:
    def __init__(
        self, store: StoreSettings, formatter: LocaleFormatter, translate: Translate
    ) -> None:
        self._store = store
        self._fmt = formatter
        self._tr = translate
        self._currency = Currency(store.currency, store.minor_units, store.cash_rounding)

    def label(self, key: str) -> str:
        return self._tr(CTX, _LABELS[key])

    def sale_return(
        self,
        document: Mapping[str, Any],
        original_till: str,
        original_receipt_no: int | None,
        when: datetime,
        slips: tuple[tuple[str, ...], ...] = (),
    ) -> Receipt:
        """The slip of a return of an in-store sale (a card refund's terminal slip under it)."""
        original = f"{original_till} #{original_receipt_no:06d}" if original_receipt_no else ""
        meta = [Row(self.label("original"), original or str(document["original_sale_id"])[:13])]
        return self._slip(document, meta, when, slips)

    def without_receipt(self, document: Mapping[str, Any], when: datetime) -> Receipt:
        """The slip of a return without a receipt: flagged, with who approved it."""
        approvers = ", ".join(str(a["approver_id"])[:8] for a in document["approvals"])
        meta = [Row(self.label("no_receipt"), "*"), Row(self.label("approved_by"), approvers)]
        return self._slip(document, meta, when, ())

    def _slip(
        self,
        document: Mapping[str, Any],
        meta: list[Row],
        when: datetime,
        slips: tuple[tuple[str, ...], ...],
    ) -> Receipt:
        items, total, tenders = refund_rows(document, self._fmt, self._currency, self.label)
        reasons = sorted(
            {self.reason(str(line["reason"])) for line in document["lines"] if line["reason"]}
        )
        if reasons:
            meta.append(Row(self.label("reason"), ", ".join(reasons)))
        meta += [
            Row(self.label("till"), self._store.till_id),
            Row(self.label("date"), self._fmt.datetime(when)),
        ]
        if document.get("checked_offline"):
            meta.append(Row(self.label("offline"), "*"))
        return Receipt(
            header=(self._store.store_name, *self._store.address),
            title=self.label("sale_return"),
            meta=tuple(meta),
            items=items,
            total=total,
            tenders=tenders,
            code=str(document["return_id"]),
            slips=slips,
        )

    def reason(self, code: str) -> str:
        """A reason code as the slip prints it (older documents kept the text itself)."""
        return self._tr("ReturnReason", RETURN_REASONS[code]) if code in RETURN_REASONS else code
