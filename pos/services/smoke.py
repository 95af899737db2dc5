"""A sale through the till's services with no one at the keys, for ``pos --demo --smoke``.

A built package (wheel, PyInstaller folder, .deb) is proven by starting it and selling: the
cashier signs in with the demo PIN, one demo product is scanned, paid in cash, recorded
(sale + journal + outbox in one transaction) and its receipt printed on the demo's virtual
printer. Runs off the GUI thread: it waits on the till's futures, the window stays live."""

from __future__ import annotations

import time
from dataclasses import dataclass

from pos.domain.money import Money
from pos.domain.tenders import TenderKind
from pos.services.errors import UnknownBarcode
from pos.services.till import Till
from pos.store.demo_catalog import demo_products

STEP_TIMEOUT = 30.0  # seconds for one step; a synced demo waits for its catalog within it
DEMO_CASHIER = ("Anna", "1111")


@dataclass(frozen=True, slots=True)
class SmokeResult:
    receipt_no: int
    total: Money
    barcode: str


def smoke_sale(till: Till) -> SmokeResult:
    """Sign in, sell one demo product for cash, record and print it; raise on any failure."""
    name, pin = DEMO_CASHIER
    cashier = next(u for u in till.users().result(STEP_TIMEOUT) if u.name == name)
    if till.login(cashier.id, pin).result(STEP_TIMEOUT) is None:
        raise RuntimeError(f"the demo PIN of {name} was refused")
    barcode = next(p.barcodes[0] for p in demo_products() if p.sold_by == "piece")
    deadline = time.monotonic() + STEP_TIMEOUT
    while True:  # a till that syncs with the demo hub may not have its catalog in yet
        try:
            product = till.lookup(barcode).result(STEP_TIMEOUT)
            break
        except UnknownBarcode:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    sale = till.new_sale()
    sale.add(product)
    sale.add_tender(TenderKind.CASH, Money.of("1000", till.currency))
    completion = till.record(till.complete(sale)).result(STEP_TIMEOUT)
    completion.printed.result(STEP_TIMEOUT)
    till.logout()
    return SmokeResult(completion.receipt_no, completion.sale.total, barcode)
