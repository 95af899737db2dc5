"""The X and Z reports on paper and on screen, and the slip of a cash movement.

One layout, :meth:`ShiftSlips.report`, gives the ``drivers.printer.Receipt`` the printer lays
out; the screen shows the same rows (:meth:`ShiftSlips.report_rows`), so what the manager reads
before printing is what comes out. Labels are translated in the receipt's context, amounts and
times in the till's locale.
"""

from __future__ import annotations

from drivers.printer import Receipt, ReceiptItem, Row, TaxRow, TaxTable
from pos.config import StoreSettings
from pos.domain.i18n import QT_TRANSLATE_NOOP
from pos.domain.money import Money
from pos.domain.shift import CashMovement, MovementKind
from pos.domain.shift_report import ReportKind, ShiftReport
from pos.locale_format import LocaleFormatter
from pos.services.receipt_builder import CTX, Translate

_LABELS = {
    "x": QT_TRANSLATE_NOOP("Receipt", "X REPORT"),
    "z": QT_TRANSLATE_NOOP("Receipt", "Z REPORT"),
    "z_number": QT_TRANSLATE_NOOP("Receipt", "Z number"),
    "till": QT_TRANSLATE_NOOP("Receipt", "Till"),
    "opened": QT_TRANSLATE_NOOP("Receipt", "Shift opened"),
    "made": QT_TRANSLATE_NOOP("Receipt", "Date"),
    "sales": QT_TRANSLATE_NOOP("Receipt", "Sales"),
    "returns": QT_TRANSLATE_NOOP("Receipt", "Returns"),
    "voided": QT_TRANSLATE_NOOP("Receipt", "Voided sales"),
    "voided_lines": QT_TRANSLATE_NOOP("Receipt", "Voided lines"),
    "discounts": QT_TRANSLATE_NOOP("Receipt", "Discounts"),
    "no_sales": QT_TRANSLATE_NOOP("Receipt", "Drawer opened, no sale"),
    "net": QT_TRANSLATE_NOOP("Receipt", "Net sales"),
    "expected": QT_TRANSLATE_NOOP("Receipt", "Expected cash"),
    "counted": QT_TRANSLATE_NOOP("Receipt", "Counted cash"),
    "variance": QT_TRANSLATE_NOOP("Receipt", "Variance"),
    "counts": QT_TRANSLATE_NOOP("Receipt", "Counts made"),
    "refund": QT_TRANSLATE_NOOP("Receipt", "Refunded"),
    "rate": QT_TRANSLATE_NOOP("Receipt", "VAT"),
    "net_col": QT_TRANSLATE_NOOP("Receipt", "Net"),
    "tax_col": QT_TRANSLATE_NOOP("Receipt", "Tax"),
    "gross_col": QT_TRANSLATE_NOOP("Receipt", "Gross"),
    "cash": QT_TRANSLATE_NOOP("Receipt", "Cash"),
    "card": QT_TRANSLATE_NOOP("Receipt", "Card"),
    "movement": QT_TRANSLATE_NOOP("Receipt", "CASH MOVEMENT"),
    "reason": QT_TRANSLATE_NOOP("Receipt", "Reason"),
    MovementKind.OPENING_FLOAT: QT_TRANSLATE_NOOP("Receipt", "Opening float"),
    MovementKind.PAY_IN: QT_TRANSLATE_NOOP("Receipt", "Pay-in"),
    MovementKind.PAY_OUT: QT_TRANSLATE_NOOP("Receipt", "Pay-out"),
    MovementKind.SAFE_DROP: QT_TRANSLATE_NOOP("Receipt", "Safe drop"),
    MovementKind.PICKUP: QT_TRANSLATE_NOOP("Receipt", "Cash pickup"),
    MovementKind.NO_SALE: QT_TRANSLATE_NOOP("Receipt", "No sale"),
}


class ShiftSlips:
    def __init__(
        self, store: StoreSettings, formatter: LocaleFormatter, translate: Translate
    ) -> None:
        self._store = store
        self._fmt = formatter
        self._tr = translate

    def label(self, key: str) -> str:
        return self._tr(CTX, _LABELS[key])

    def _money(self, money: Money) -> str:
        return self._fmt.money(money)

    def _tender(self, kind: str) -> str:
        return self.label(kind) if kind in ("cash", "card") else kind

    def report_rows(self, report: ShiftReport) -> tuple[tuple[Row, ...], ...]:
        """The report's sections as label/value rows: head, sales, tenders, cash."""
        head = [Row(self.label("till"), report.till_id)]
        if report.z_number is not None:
            head.append(Row(self.label("z_number"), str(report.z_number)))
        head += [
            Row(self.label("opened"), self._fmt.datetime(report.opened_at)),
            Row(self.label("made"), self._fmt.datetime(report.made_at)),
        ]

        def figure(key: str, count: int, amount: Money) -> Row:
            return Row(f"{self.label(key)} ({count})", self._money(amount))

        sales = [
            figure("sales", report.sales.count, report.sales.amount),
            figure("returns", report.returns.count, report.returns.amount),
            Row(self.label("net"), self._money(report.net)),
            figure("voided", report.voided_sales.count, report.voided_sales.amount),
            figure("voided_lines", report.voided_lines.count, report.voided_lines.amount),
            figure("discounts", report.discounts.count, report.discounts.amount),
            Row(self.label("no_sales"), str(report.no_sales)),
        ]
        tenders = [figure_row for figure_row in self._tenders(report)]
        cash = [
            Row(self.label(kind), self._money(fig.amount) + f" ({fig.count})")
            for kind, fig in report.movements
        ]
        cash.append(Row(self.label("expected"), self._money(report.expected)))
        if report.counted is not None and report.variance is not None:
            cash += [
                Row(self.label("counted"), self._money(report.counted)),
                Row(self.label("variance"), self._money(report.variance)),
                Row(self.label("counts"), str(report.counts)),
            ]
        return tuple(head), tuple(sales), tuple(tenders), tuple(cash)

    def _tenders(self, report: ShiftReport) -> list[Row]:
        rows = [
            Row(f"{self._tender(kind)} ({fig.count})", self._money(fig.amount))
            for kind, fig in report.tenders
        ]
        rows += [
            Row(
                f"{self.label('refund')}: {self._tender(kind)} ({fig.count})",
                self._money(fig.amount),
            )
            for kind, fig in report.refunds
        ]
        return rows

    def report(self, report: ShiftReport) -> Receipt:
        head, sales, tenders, cash = self.report_rows(report)
        taxes = TaxTable(
            TaxRow(
                self.label("rate"),
                self.label("net_col"),
                self.label("tax_col"),
                self.label("gross_col"),
            ),
            tuple(
                TaxRow(
                    f"{t.code} {self._fmt.percent(t.rate * 100)}",
                    self._money(t.net),
                    self._money(t.tax),
                    self._money(t.gross),
                )
                for t in report.taxes
            ),
        )
        return Receipt(
            header=(self._store.store_name, *self._store.address),
            title=self.label("z" if report.kind is ReportKind.Z else "x"),
            meta=head,
            items=tuple(ReceiptItem(row.label, row.value) for row in sales),
            summary=tenders,
            tax_table=taxes if report.taxes else None,
            tenders=cash,
            total=Row(self.label("net"), self._money(report.net)),
        )

    def movement(self, movement: CashMovement, cashier: str) -> Receipt:
        """The slip put in the drawer or the safe bag with the cash."""
        return Receipt(
            header=(self._store.store_name,),
            title=self.label("movement"),
            meta=(
                Row(self.label("till"), self._store.till_id),
                Row(self.label("made"), self._fmt.datetime(movement.at)),
                Row(self.label("reason"), movement.note or self.label(movement.kind)),
                Row("", cashier),
            ),
            items=(),
            total=Row(self.label(movement.kind), self._money(movement.amount)),
        )
