"""Scans into the till without a UI: meaning and routing, the demo's weight and price labels,
marked items recorded byte-exact, and serial scanners publishing on the bus from their
threads (a real pty pair)."""

from __future__ import annotations

import os
import queue
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from drivers.scanner import ScanRead, Symbology
from pos.config import ScannerDeviceSettings, ScannerSettings, Settings
from pos.demo import demo_settings
from pos.domain.catalog import SoldBy
from pos.domain.errors import InvalidBarcode, MeasureNotForPieces
from pos.domain.money import Money
from pos.domain.scan_meaning import Route, ScanMeaning, scanned_item
from pos.domain.tenders import TenderKind
from pos.events import EventBus
from pos.paths import TillPaths
from pos.services.errors import (
    PickupCodesNotSupportedYet,
    UnknownBarcode,
    UnknownCode,
    UnknownReceipt,
)
from pos.services.events import ScannerStateChanged, ScanReceived
from pos.services.scanning import ScannerService, ScanRouter
from pos.services.till import Till
from pos.store.db import connect_plain
from pos.store.demo_catalog import seed_demo
from tests.services.shift_fixtures import open_shift

TIMEOUT = 10
GS = "\x1d"


def ean13(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str(-total % 10)


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    settings = demo_settings(Settings())
    till = Till(TillPaths(tmp_path), settings, clock=lambda: datetime(2026, 5, 4, 10, tzinfo=UTC))
    till.start(lambda db: seed_demo(db, "PLN")).result(TIMEOUT)
    anna = next(u for u in till.users().result(TIMEOUT) if u.name == "Anna")
    assert till.login(anna.id, "1111").result(TIMEOUT) is not None
    open_shift(till)
    yield till
    till.shutdown()


def weighed_plu(till: Till) -> tuple[str, Money]:
    with connect_plain(till.paths.database) as conn:
        code, price = conn.execute(
            "SELECT b.code, pr.amount_minor FROM barcodes b JOIN products p ON p.id = b.product_id"
            " JOIN prices pr ON pr.product_id = p.id WHERE p.sold_by = 'weight' ORDER BY b.code"
        ).fetchone()
    return code, Money.from_minor(price, till.currency)


def sell(till: Till, text: str) -> tuple[ScanMeaning, Decimal, Money, str | None]:
    meaning = till.scan_router.interpret(ScanRead(text.encode()))
    assert meaning.product is not None
    product = till.find_product(meaning.product, text).result(TIMEOUT)
    item = scanned_item(product, meaning.product, text)
    sale = till.new_sale()
    line = sale.add(item.product, item.quantity or Decimal(1), marking_code=item.marking_code)
    return meaning, line.quantity, line.total, item.product.barcode


def test_a_demo_weight_label_sells_its_plu_by_the_weight_on_the_label(till: Till) -> None:
    plu, per_kg = weighed_plu(till)
    label = ean13(f"28{int(plu):05d}01250")  # 1.250 kg
    _meaning, quantity, total, barcode = sell(till, label)
    assert quantity == Decimal("1.250")
    assert total == per_kg.times(Decimal("1.250"))
    assert barcode == label


def test_a_demo_price_label_sells_one_item_at_the_label_price(till: Till) -> None:
    plu, _per_kg = weighed_plu(till)
    _meaning, quantity, total, _barcode = sell(till, ean13(f"29{int(plu):05d}00799"))
    assert (quantity, total) == (Decimal(1), Money.of("7.99", till.currency))


def test_a_weight_label_for_a_product_sold_by_piece_is_refused(till: Till) -> None:
    with connect_plain(till.paths.database) as conn:
        [code] = conn.execute(
            "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
            "WHERE p.sold_by = 'piece' LIMIT 1"
        ).fetchone()
    meaning = till.scan_router.interpret(ScanRead(ean13("280000101250").encode()))
    assert meaning.product is not None
    product = till.lookup(code).result(TIMEOUT)
    assert product.sold_by is SoldBy.PIECE
    with pytest.raises(MeasureNotForPieces):
        scanned_item(product, meaning.product, "x")


def test_a_weight_label_for_an_unknown_plu_is_an_unknown_barcode(till: Till) -> None:
    label = ean13("289999901250")
    meaning = till.scan_router.interpret(ScanRead(label.encode()))
    assert meaning.product is not None
    with pytest.raises(UnknownBarcode):
        till.find_product(meaning.product, label).result(TIMEOUT)


def test_a_gs1_code_finds_the_product_by_the_gtin_inside(till: Till) -> None:
    with connect_plain(till.paths.database) as conn:
        [code] = conn.execute("SELECT code FROM barcodes WHERE length(code) = 13").fetchone()
    meaning, quantity, _total, _barcode = sell(till, f"01{code.zfill(14)}17991231" + "10LOT7")
    assert meaning.product is not None and meaning.product.gs1 is not None
    assert meaning.product.gs1.batch == "LOT7"
    assert quantity == 1


def test_a_marked_item_is_recorded_byte_exact(till: Till) -> None:
    with connect_plain(till.paths.database) as conn:
        [code] = conn.execute("SELECT code FROM barcodes WHERE length(code) = 13").fetchone()
    marking = f"01{code.zfill(14)}215Jj:+r/PmQ:c{GS}91FFD0{GS}92dGVzdHNpZ25hdHVyZQ=="
    meaning = till.scan_router.interpret(ScanRead(marking.encode(), Symbology.GS1_DATAMATRIX))
    assert meaning.product is not None
    product = till.find_product(meaning.product, marking).result(TIMEOUT)
    item = scanned_item(product, meaning.product, marking)
    sale = till.new_sale()
    sale.add(item.product, Decimal(1), marking_code=item.marking_code)
    sale.add_tender(TenderKind.CASH, Money.of("1000", till.currency))
    completion = till.record(till.complete(sale)).result(TIMEOUT)
    with connect_plain(till.paths.database) as conn:
        [stored] = conn.execute("SELECT marking_code FROM sale_lines").fetchone()
        [receipt] = conn.execute("SELECT data FROM receipt_prints").fetchone()
    assert stored.encode() == marking.encode()
    assert b"marked item" in receipt  # the receipt marks the line (not the code itself)
    assert b"91FFD0" not in receipt
    assert till.find_receipt(completion.sale.sale_id).result(TIMEOUT).receipt_no == 1


def test_an_unknown_receipt_id_is_reported(till: Till) -> None:
    with pytest.raises(UnknownReceipt):
        till.find_receipt("0b6e4c1a-9d3f-4f7e-8a21-3c5d7e9f1a2b").result(TIMEOUT)


def test_the_router_hands_each_route_to_its_handler_and_placeholders_say_not_yet() -> None:
    router = ScanRouter(ScannerSettings())
    seen: list[ScanMeaning] = []
    router.register(Route.PRODUCT, seen.append)
    router.dispatch(ScanRead(b"5901234123457", Symbology.EAN13))
    assert [m.value for m in seen] == ["5901234123457"]
    with pytest.raises(UnknownCode):  # nothing handles promo codes until the screen registers
        router.dispatch(ScanRead(b"omnitill:promo:abc", Symbology.QR))
    with pytest.raises(PickupCodesNotSupportedYet):
        router.dispatch(ScanRead(b"omnitill:pickup:W-1", Symbology.QR))
    with pytest.raises(UnknownCode):
        router.dispatch(ScanRead(b"WIFI:S:shop;;", Symbology.QR))
    with pytest.raises(InvalidBarcode):
        router.dispatch(ScanRead(b"5901234123458", Symbology.EAN13))
    router.register(Route.PROMO, seen.append)  # a later feature plugs in
    router.dispatch(ScanRead(b"omnitill:promo:abc", Symbology.QR))
    assert seen[-1].value == "abc"
    assert len(seen) == 2


def test_serial_scanners_publish_reads_and_states_from_their_threads(tmp_path: Path) -> None:
    master, slave = os.openpty()
    link = tmp_path / "ttyScanner"
    link.symlink_to(os.ttyname(slave))
    bus = EventBus()
    reads: queue.Queue[ScanReceived] = queue.Queue()
    states: queue.Queue[ScannerStateChanged] = queue.Queue()
    bus.subscribe(ScanReceived, reads.put)
    bus.subscribe(ScannerStateChanged, states.put)
    settings = ScannerSettings(
        devices=[
            ScannerDeviceSettings(kind="serial", options={"url": str(link)}),
            ScannerDeviceSettings(kind="no-such-kind"),
            ScannerDeviceSettings(kind="serial", options={"parity": "X"}),
            ScannerDeviceSettings(kind="serial", options={"url": "/dev/null"}, enabled=False),
        ]
    )
    service = ScannerService(settings, bus)
    try:
        service.start()
        assert len(service.backends) == 1
        seen = [states.get(timeout=TIMEOUT) for _ in range(4)]
        states_seen = sorted(s.state for s in seen)
        assert states_seen == ["connecting", "ready", "unavailable", "unavailable"]
        os.write(master, b"]E05901234123457\r")
        read = reads.get(timeout=TIMEOUT).read
        assert (read.data, read.symbology) == (b"5901234123457", Symbology.EAN13)
    finally:
        service.stop()
        os.close(master)
        os.close(slave)
