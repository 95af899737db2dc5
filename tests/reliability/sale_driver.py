"""A headless till that sells in a loop until it is killed: the victim of the kill test.

``python -m tests.reliability.sale_driver DATA_DIR [SEED]``

It builds the demo settings (virtual printer; the same assignments as ``pos.ui.app.
demo_settings``, copied so that no Qt is imported), starts a ``Till`` on ``DATA_DIR`` (seeding
the demo catalog if the file is new), signs in the demo cashier (PIN 1111) and loops: a new sale,
1–5 random demo products (weighed goods with a random weight), cash paid exactly or with change,
``complete`` and ``record``. About one sale in five is voided instead, with a supervisor's
approval (PIN 2222).

What it prints on stdout (one line each, flushed at once) is its promise to the test:

* ``READY`` once signed in;
* ``RECORDING <sale_id>`` / ``VOIDING <sale_id>`` just before the write is handed to the till
  (a kill after this line and before the next one hit the write "in flight");
* ``RECORDED <sale_id> <receipt_no>`` / ``VOIDED <sale_id>`` once the till said it is on disk.
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

from pos.demo import demo_seed, demo_settings
from pos.domain.money import Money
from pos.domain.roles import Action
from pos.domain.tenders import TenderKind
from pos.paths import TillPaths
from pos.services.till import Till
from pos.store.db import connect_plain

TIMEOUT = 30  # seconds for any single till operation; a hang fails the test, never blocks it
VOID_EVERY = 5  # about one sale in VOID_EVERY is voided
CASHIER_PIN = "1111"
SUPERVISOR_PIN = "2222"
CHANGE_CHOICES = ("0", "0", "0.01", "0.50", "5", "20", "100")


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


def main(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    settings = demo_settings()
    till = Till(TillPaths(data_dir), settings)
    till.start(seed=demo_seed(settings)).result(TIMEOUT)
    codes = demo_codes(till.paths.database)
    cashier = next(u for u in till.users().result(TIMEOUT) if u.role == "cashier")
    if till.login(cashier.id, CASHIER_PIN).result(TIMEOUT) is None:
        raise SystemExit("the demo cashier's PIN was refused")
    say("READY")
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


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0)
