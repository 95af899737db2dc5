"""What a return may take back: only goods of a real sale or collected web order, and no more
than is left of them.

A till makes a return against a collected web order (``pos.services.pickup``): the hub
rebuilds the order's returnable lines exactly as the till does and lets the domain's
``check_return`` decide, and each line's amount must be the order's price times the quantity.
A return against an in-store sale may take back, per line, no more than was sold less what
was returned before, and refund no more than the line cost. Earlier returns are the ones the
hub keeps plus those accepted earlier in the same batch (``Refunds`` remembers them). What
the hub keeps (``returned_so_far``) is also what ``GET /v1/sales/{id}`` tells a till.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

from pos.api.documents import RejectCode, ReturnDocument
from pos.domain.errors import DomainError
from pos.domain.money import Currency, Money
from pos.domain.pickup import COLLECTED, PARTIALLY_COLLECTED, ReturnableLine, check_return
from pos.hub.document_rules import Rejected, hub_currency
from pos.hub.pickup import load_order


@dataclass(frozen=True, slots=True)
class ReturnedSoFar:
    """What the hub's returns of one sale (or web order) took back, for the next return."""

    lines: dict[int, tuple[Decimal, Money]]  # original line no -> (quantity, amount) returned
    returns: int  # how many return documents name it


@dataclass(frozen=True, slots=True)
class TakenBack:
    """An accepted return of an in-store sale: what had been refunded of the sale before it
    and after it, and whether every line has now come back (loyalty follows, see
    ``pos.hub.return_effects``)."""

    sale_id: str
    sale: dict[str, Any]
    refunded_before: Money
    refunded_after: Money
    whole: bool


@dataclass(frozen=True, slots=True)
class StoredSale:
    """An in-store sale as the hub keeps it: the store that made it, and its document."""

    store_id: str
    body: dict[str, Any]


def returned_so_far(conn: Connection, original: str, currency: Currency) -> ReturnedSoFar:
    """Sum the return documents the hub holds of sale (or web order) ``original``, per line."""
    needle = orjson.dumps({"original_sale_id": original}).decode()[1:-1]
    rows = conn.execute(
        text("SELECT body FROM documents WHERE kind = 'return' AND body LIKE :pattern"),
        {"pattern": f"%{needle}%"},  # a wider match is sorted out below
    ).scalars()
    lines: dict[int, tuple[Decimal, Money]] = {}
    returns = 0
    for body in rows:
        earlier = orjson.loads(body)
        if earlier.get("original_sale_id") != original:
            continue
        returns += 1
        for line in earlier["lines"]:
            number = line.get("original_line_no")
            if number is None:
                continue
            quantity, amount = lines.get(number, (Decimal(0), Money.zero(currency)))
            lines[number] = (
                quantity + Decimal(line["quantity"]),
                amount + Money.of(line["amount"], currency),
            )
    return ReturnedSoFar(lines=lines, returns=returns)


def load_sale(conn: Connection, sale_id: str) -> StoredSale | None:
    """The in-store sale of that id the hub holds, if any (of any store: the caller scopes)."""
    row = conn.execute(
        text("SELECT store_id, body FROM documents WHERE kind = 'sale' AND id = :id"),
        {"id": sale_id},
    ).first()
    return None if row is None else StoredSale(str(row.store_id), dict(orjson.loads(row.body)))


@dataclass(frozen=True, slots=True)
class _Pending:
    original: str
    after: dict[int, tuple[Decimal, Money]]
    taken: TakenBack | None


class Refunds:
    """Checks the returns of one batch, remembering what each took back."""

    def __init__(self, conn: Connection, currency_code: str, store_id: str) -> None:
        self._conn = conn
        self._currency = hub_currency(currency_code)
        self.currency = self._currency
        self._store_id = store_id  # a till takes back its own store's sales only
        self._sold: dict[str, dict[str, Any]] = {}  # sales accepted earlier in this batch
        # original id -> original line no -> (quantity, amount) returned in this batch
        self._batch: dict[str, dict[int, tuple[Decimal, Money]]] = {}
        self._pending: dict[str, _Pending] = {}

    def check(self, doc: ReturnDocument) -> None:
        """Refuse (``Rejected``) a return of no sale, or of more than is left; a return that
        passes counts once :meth:`keep` is told it was accepted."""
        original = doc.original_sale_id
        if original is None:
            if not doc.without_receipt:
                raise Rejected(RejectCode.UNKNOWN_SALE, "a return must name the sale it takes back")
            self._against_catalog(doc)
            return
        before = self._returned(original)
        sale = self._sale(original)
        if sale is not None:
            self._against_sale(doc, sale, before)
        else:
            self._against_order(doc, original, before)
        refunded_before = self._refunded(before)
        for line in doc.lines:
            assert line.original_line_no is not None  # both checks above refuse a line without
            quantity, amount = before[line.original_line_no]
            before[line.original_line_no] = (
                quantity + Decimal(line.quantity),
                amount + Money.of(line.amount, self._currency),
            )
        taken = None
        if sale is not None:
            whole = all(
                before[line["line_no"]][0] >= Decimal(line["quantity"])
                for line in sale["lines"]
                if not line["voided"]
            )
            taken = TakenBack(original, sale, refunded_before, self._refunded(before), whole)
        self._pending[doc.return_id] = _Pending(original, before, taken)

    def keep(self, doc: ReturnDocument) -> TakenBack | None:
        """The return was accepted: later returns of the batch see what it took back. Returns
        what it means for the original in-store sale (None for a web order's return, and for
        one without a receipt)."""
        if doc.original_sale_id is None:
            return None
        pending = self._pending.pop(doc.return_id)
        self._batch[pending.original] = pending.after
        return pending.taken

    def _against_catalog(self, doc: ReturnDocument) -> None:
        """Without a receipt only the catalog vouches for the goods: each line is a product
        the hub sells, by the unit it sells it (the price is the till's shelf price then)."""
        wanted = sorted({line.product_id for line in doc.lines})
        rows = self._conn.execute(
            text("SELECT id, sold_by FROM products WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": wanted},
        )
        sold_by = {str(pid): str(unit) for pid, unit in rows}
        for line in doc.lines:
            if sold_by.get(line.product_id) != line.sold_by:
                raise Rejected(
                    RejectCode.UNKNOWN_PRODUCT,
                    f"line {line.line_no}: the hub sells no {line.product_id} by {line.sold_by}",
                )

    def _refunded(self, lines: dict[int, tuple[Decimal, Money]]) -> Money:
        return sum((amount for _, amount in lines.values()), Money.zero(self._currency))

    def _returned(self, original: str) -> dict[int, tuple[Decimal, Money]]:
        zero = Money.zero(self._currency)
        returned: dict[int, tuple[Decimal, Money]] = defaultdict(lambda: (Decimal(0), zero))
        if original in self._batch:
            returned.update(self._batch[original])
        else:
            returned.update(returned_so_far(self._conn, original, self._currency).lines)
        return returned

    def sold(self, sale_id: str, body: dict[str, Any]) -> None:
        """A sale of this batch was accepted: a later return in the batch may name it."""
        self._sold[sale_id] = body

    def _sale(self, original: str) -> dict[str, Any] | None:
        if original in self._sold:
            return self._sold[original]
        found = load_sale(self._conn, original)
        if found is None or found.store_id != self._store_id:
            return None
        return found.body

    def _against_sale(
        self, doc: ReturnDocument, sale: dict[str, Any], before: dict[int, tuple[Decimal, Money]]
    ) -> None:
        sold = {line["line_no"]: line for line in sale["lines"] if not line["voided"]}
        taken: dict[int, tuple[Decimal, Money]] = {}
        for line in doc.lines:
            original = sold.get(line.original_line_no or 0)
            if original is None or original["product_id"] != line.product_id:
                raise Rejected(
                    RejectCode.UNKNOWN_SALE,
                    f"line {line.line_no}: sale {doc.original_sale_id} sold no such line",
                )
            number = original["line_no"]
            quantity, amount = taken.get(number, before[number])
            quantity += Decimal(line.quantity)
            amount += Money.of(line.amount, self._currency)
            if quantity > Decimal(original["quantity"]):
                raise Rejected(
                    RejectCode.RETURN_TOO_MUCH,
                    f"line {line.line_no}: more than sale line {number} sold",
                )
            if amount > Money.of(original["total"], self._currency):
                raise Rejected(
                    RejectCode.RETURN_TOO_MUCH,
                    f"line {line.line_no}: more money than sale line {number} took",
                )
            taken[number] = (quantity, amount)

    def _against_order(
        self, doc: ReturnDocument, order_id: str, before: dict[int, tuple[Decimal, Money]]
    ) -> None:
        order = load_order(self._conn, order_id)
        if order is None or order.state not in (COLLECTED, PARTIALLY_COLLECTED):
            raise Rejected(
                RejectCode.UNKNOWN_SALE, f"no sale or collected web order {order_id} to return"
            )
        returnable: dict[int, ReturnableLine] = {}
        for ordered in order.lines:  # as the till builds them (pos.services.pickup.returnable)
            swapped = ordered.substitute_product_id is not None and ordered.substitute_consent
            returnable[ordered.line_no] = ReturnableLine(
                line_no=ordered.line_no,
                product_id=(ordered.substitute_product_id or ordered.product_id)
                if swapped
                else ordered.product_id,
                name=ordered.name,
                sold_by=ordered.sold_by,
                unit_price_minor=(ordered.substitute_unit_price_minor or 0)
                if swapped
                else ordered.unit_price_minor,
                collected=Decimal(ordered.collected),
                returned=before[ordered.line_no][0],
            )
        wanted: dict[int, Decimal] = defaultdict(Decimal)
        for line in doc.lines:
            target = returnable.get(line.original_line_no or 0)
            if target is None or target.product_id != line.product_id:
                raise Rejected(
                    RejectCode.UNKNOWN_SALE,
                    f"line {line.line_no}: order {order_id} has no such collected line",
                )
            price = Money.from_minor(target.unit_price_minor, self._currency)
            if price.times(Decimal(line.quantity)) != Money.of(line.amount, self._currency):
                raise Rejected(
                    RejectCode.RETURN_TOO_MUCH,
                    f"line {line.line_no}: the refund is not the order's price for it",
                )
            wanted[target.line_no] += Decimal(line.quantity)
        try:
            check_return(tuple(returnable.values()), dict(wanted))
        except DomainError as error:
            raise Rejected(RejectCode.RETURN_TOO_MUCH, str(error)) from None
