"""A headless till that sells in a loop until it is killed: the victim of the kill test.

``python -m tests.reliability.sale_driver DATA_DIR [SEED]``

It builds the demo settings (virtual printer; the same assignments as ``pos.ui.app.
demo_settings``, copied so that no Qt is imported), starts a ``Till`` on ``DATA_DIR`` (seeding
the demo catalog and the demo cashier's first shift if the file is new), signs in the demo
cashier (PIN 1111), opens a shift with the demo float if none is open (the last run was killed
between a Z and the next float) and loops: a new sale, 1–5 random demo products (weighed goods
with a random weight), cash paid exactly or with change, ``complete`` and ``record``. About one
sale in five is voided instead, with a supervisor's approval (PIN 2222). After about one
recorded sale in ``RETURN_EVERY`` the customer of a random sale of this run brings part of it
back (random lines and quantities, refunded to its cash, the supervisor approving); after
about one in ``Z_EVERY`` the drawer is counted (now and then off by more than the limit, the
supervisor approving the variance), the shift closed with a Z and the next one opened.

What it prints on stdout (one line each, flushed at once) is its promise to the test:

* ``READY`` once signed in;
* ``RECORDING <sale_id>`` / ``VOIDING <sale_id>`` / ``RETURNING <return_id> <sale_id>`` /
  ``CLOSING <shift_id>`` / ``OPENING`` just before the write is handed to the till (a kill
  after this line and before the next one hit the write "in flight");
* ``RECORDED <sale_id> <receipt_no>`` / ``VOIDED <sale_id>`` / ``RETURNED <return_id>`` /
  ``CLOSED <shift_id> <z_number>`` / ``OPENED <shift_id>`` once the till said it is on disk.
"""

from __future__ import annotations

import random
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path

from pos.demo import demo_float, demo_seed, demo_settings
from pos.domain.cash import CashCount
from pos.domain.money import Money
from pos.domain.roles import Action
from pos.domain.sale_return import RefundShare, split_refund
from pos.domain.tenders import TenderKind
from pos.paths import TillPaths
from pos.services.sale_returns import SaleReturnService
from pos.services.shifts import ShiftService
from pos.services.till import Till
from pos.store.db import connect_plain

TIMEOUT = 30  # seconds for any single till operation; a hang fails the test, never blocks it
VOID_EVERY = 5  # about one sale in VOID_EVERY is voided
RETURN_EVERY = 4  # about one recorded sale in RETURN_EVERY is followed by a return
Z_EVERY = 25  # about one recorded sale in Z_EVERY is followed by a Z and a new shift
BETWEEN_SHIFTS = 0.05  # seconds the till stands without a shift after a Z (a kill finds it so)
CASHIER_PIN = "1111"
SUPERVISOR_PIN = "2222"
CHANGE_CHOICES = ("0", "0", "0.01", "0.50", "5", "20", "100")
VARIANCES = ("0", "0", "0", "0.10", "-2", "-7.50", "12")  # the count off the expected cash


def demo_codes(database: Path) -> list[tuple[str, str]]:
    """(barcode, sold_by) of every active demo product, read once with plain sqlite3."""
    conn = connect_plain(database)
    try:
        rows = conn.execute(
            "SELECT b.code, p.sold_by FROM barcodes b JOIN products p ON p.id = b.product_id"
            " WHERE p.active = 1 ORDER BY b.code"
        ).fetchall()
    finally:
        conn.close()
    if not rows:
        raise SystemExit("the demo catalog is empty")
    return [(str(code), str(sold_by)) for code, sold_by in rows]


def say(*words: object) -> None:
    """One whole line in one write (print() writes each word separately when unbuffered)."""
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def open_shift(till: Till, shifts: ShiftService) -> None:
    say("OPENING")
    view = shifts.open(demo_float(till.currency)).result(TIMEOUT)
    say("OPENED", view.shift_id)


def close_shift(till: Till, shifts: ShiftService, rng: random.Random) -> None:
    """Count the drawer (the expected cash, give or take a miscount) and take the Z."""
    view = shifts.require_open()
    counted = view.expected + Money.of(rng.choice(VARIANCES), till.currency)
    minor = max(counted.minor, 0)  # refunds of an earlier shift's sales may empty the drawer
    drawer = CashCount(till.currency, {10_000: minor // 10_000, 1: minor % 10_000})
    approval = None
    if shifts.count(drawer).result(TIMEOUT).needs_approval:
        approval = till.approve(SUPERVISOR_PIN, Action.CASH_VARIANCE).result(TIMEOUT)
    say("CLOSING", view.shift_id)
    report = shifts.close(approval).result(TIMEOUT)
    say("CLOSED", view.shift_id, report.z_number)


def take_back(till: Till, returns: SaleReturnService, sale_id: str, rng: random.Random) -> None:
    """Part of sale ``sale_id`` comes back: some of its lines, some of what is left of each."""
    found = returns.find(sale_id).result(TIMEOUT)
    left = [line for line in found.lines if line.left > 0]
    chosen: dict[int, tuple[Decimal, bool]] = {}
    for line in rng.sample(left, rng.randint(1, len(left))) if left else []:
        if line.sold_by == "weight":
            grams = int(line.left * 1000)
            quantity = Decimal(rng.randint(min(100, grams), grams)) / 1000
        else:
            quantity = Decimal(rng.randint(1, int(line.left)))
        if not line.refund_for(quantity).is_zero():
            chosen[line.line_no] = (quantity, rng.random() < 0.5)
    if not chosen:
        return  # all of it came back already
    total = returns.check(found, {n: q for n, (q, _restock) in chosen.items()})
    refunds: list[tuple[RefundShare, dict[str, str]]] = [
        (share, {}) for share in split_refund(found.sale, total)
    ]
    approval = till.approve(SUPERVISOR_PIN, Action.RETURN).result(TIMEOUT)
    return_id = str(uuid.uuid4())
    say("RETURNING", return_id, sale_id)
    returns.record(found, chosen, "changed_mind", refunds, return_id, approval).result(TIMEOUT)
    say("RETURNED", return_id)


def main(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    settings = demo_settings()
    till = Till(TillPaths(data_dir), settings)
    till.start(seed=demo_seed(settings)).result(TIMEOUT)
    assert till.shifts is not None and till.returns is not None
    shifts, returns = till.shifts, till.returns
    codes = demo_codes(till.paths.database)
    cashier = next(u for u in till.users().result(TIMEOUT) if u.role == "cashier")
    if till.login(cashier.id, CASHIER_PIN).result(TIMEOUT) is None:
        raise SystemExit("the demo cashier's PIN was refused")
    say("READY")
    if shifts.view is None:
        open_shift(till, shifts)
    recorded: list[str] = []  # this run's sales, to bring back
    while True:
        sale = till.new_sale()
        for code, sold_by in rng.sample(codes, rng.randint(1, 5)):
            product = till.lookup(code).result(TIMEOUT)
            if sold_by == "weight":
                sale.add(product, Decimal(rng.randint(50, 2500)) / 1000)
            else:
                sale.add(product, rng.randint(1, 3))
        if rng.randrange(VOID_EVERY) == 0:
            approval = till.approve(SUPERVISOR_PIN, Action.VOID_SALE).result(TIMEOUT)
            say("VOIDING", sale.sale_id)
            till.void_sale(sale, "customer changed their mind", approval).result(TIMEOUT)
            say("VOIDED", sale.sale_id)
            continue
        extra = Money.of(rng.choice(CHANGE_CHOICES), till.currency)
        sale.add_tender(TenderKind.CASH, sale.cash_due + extra)
        completed = till.complete(sale)
        say("RECORDING", completed.sale_id)
        completion = till.record(completed).result(TIMEOUT)
        say("RECORDED", completion.sale.sale_id, completion.receipt_no)
        recorded.append(completed.sale_id)
        if rng.randrange(RETURN_EVERY) == 0:
            take_back(till, returns, rng.choice(recorded), rng)
        if rng.randrange(Z_EVERY) == 0:
            close_shift(till, shifts, rng)
            time.sleep(BETWEEN_SHIFTS)
            open_shift(till, shifts)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0)
