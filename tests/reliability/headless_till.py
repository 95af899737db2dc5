"""A till without a screen that sells as fast as it can: the victim of the kill test.

``python -m tests.reliability.headless_till DATA_DIR SEED`` signs in the demo cashier and
loops: scan 1–5 demo products, pay cash, complete and record; every fifth sale is voided
with a supervisor's approval instead. After each sale is safely recorded it prints
``RECORDED <sale_id> <receipt_no>`` (or ``VOIDED <sale_id>``), so the test knows which sales
the till had promised were on disk when it was killed.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

from pos.config import Settings
from pos.domain.money import Money
from pos.domain.roles import Action
from pos.domain.tenders import TenderKind
from pos.paths import TillPaths
from pos.services.till import Till
from pos.store import seed_demo

TIMEOUT = 30


def demo_settings() -> Settings:
    settings = Settings()
    settings.store.store_id = "STORE-001"
    settings.store.till_id = "TILL-01"
    settings.printer.connection = "virtual"
    return settings


def main(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    till = Till(TillPaths(data_dir), demo_settings())
    store = till.settings.store
    till.start(
        lambda db: seed_demo(db, store.currency, store_id=store.store_id, till_id=store.till_id)
    ).result(TIMEOUT)
    with sqlite3.connect(till.paths.database) as conn:
        codes = [
            r[0]
            for r in conn.execute(
                "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                "WHERE p.sold_by = 'piece' AND length(b.code) = 13"
            )
        ]
    anna = next(u for u in till.users().result(TIMEOUT) if u.name == "Anna")
    assert till.login(anna.id, "1111").result(TIMEOUT) is not None
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        sale = till.new_sale()
        for code in rng.sample(codes, rng.randint(1, 5)):
            sale.add(till.lookup(code).result(TIMEOUT))
        if n % 5 == 0:
            approval = till.approve("2222", Action.VOID_SALE).result(TIMEOUT)
            till.void_sale(sale, "customer left", approval).result(TIMEOUT)
            print("VOIDED", sale.sale_id, flush=True)
            continue
        extra = Money.of(rng.choice(["0", "0.50", "10", "100"]), till.currency)
        sale.add_tender(TenderKind.CASH, sale.cash_due + extra)
        completion = till.record(till.complete(sale)).result(TIMEOUT)
        print("RECORDED", completion.sale.sale_id, completion.receipt_no, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
