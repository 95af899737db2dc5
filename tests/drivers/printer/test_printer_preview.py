"""The preview interpreter shows what the bytes say."""

from __future__ import annotations

import random

from conftest import SALE_ID, make_receipt

from drivers.printer import (
    Barcode,
    Cut,
    DrawerKick,
    Image,
    Line,
    QrCode,
    Receipt,
    Run,
    preview,
    render_bytes,
)

RULE = "-" * 42

EXPECTED_LINES = [
    "Магазин Ромашка",
    "вул. Шевченка 1, Київ",
    "",
    "КОПІЯ",
    RULE,
    "Чек №                               000123",
    "Касир                        Ґанна Їжакова",
    RULE,
    "Молоко пастеризоване, пляшка 0,9",
    "л, жирність 2,5%                   57,90 A",
    "Zażółć gęślą jaźń",
    "  2 x 1,99                       3,98 zł B",
    "  Rabat 10%                        -0,40",
    "  ZWROT",
    "Сыр российский",
    "  0,450 кг x 693,00/кг            311,85 A",
    RULE,
    "Сума                                373,33",
    "РАЗОМ          373,33",
    RULE,
    "Готівка                             400,00",
    "Решта                                26,67",
    RULE,
    "ПДВ        Без ПДВ         ПДВ      Всього",
    "A 20%       307,96       61,79      369,75",
    "B 0%          3,58        0,00        3,58",
    "",
]
EXPECTED_TAIL = ["", "", "Дякуємо за покупку!", "", "", "", "", "", ""]


def line_of(lines: list[Line], text: str) -> Line:
    return next(line for line in lines if line.text == text)


def test_round_trip_reproduces_every_line(receipt: Receipt) -> None:
    items = preview(render_bytes(receipt)).items
    qr_at = items.index(QrCode(SALE_ID, "center"))
    assert [item.text for item in items[:qr_at] if isinstance(item, Line)] == EXPECTED_LINES
    assert [item.text for item in items[qr_at + 1 :] if isinstance(item, Line)] == EXPECTED_TAIL
    assert items[-1] == Cut(partial=False)
    assert all(isinstance(item, Line) for item in items[:qr_at])


def test_round_trip_styles_and_alignment(receipt: Receipt) -> None:
    lines = preview(render_bytes(receipt)).lines
    store = line_of(lines, "Магазин Ромашка")
    assert store.align == "center"
    assert [(r.style.bold, r.style.width, r.style.height) for r in store.runs] == [(True, 2, 2)]
    title = line_of(lines, "КОПІЯ")
    assert {(r.style.bold, r.style.width, r.style.height) for r in title.runs} == {(True, 1, 2)}
    total = line_of(lines, "РАЗОМ          373,33")
    assert total.align == "left"
    assert {(r.style.bold, r.style.double_width, r.style.double_height) for r in total.runs} == {
        (True, True, True)
    }
    address = line_of(lines, "вул. Шевченка 1, Київ")
    assert address.align == "center"
    for line in lines:
        if line not in (store, title, total):
            assert all(run.style.bold is False and run.style.width == 1 for run in line.runs)
    assert line_of(lines, "Дякуємо за покупку!").align == "center"
    assert line_of(lines, RULE).align == "left"


def test_round_trip_on_a_58mm_profile_with_image_qr() -> None:
    receipt = make_receipt()
    items = preview(render_bytes(receipt, "POS-5890"), "POS-5890").items
    images = [item for item in items if isinstance(item, Image)]
    assert len(images) == 1
    assert images[0].width > 0
    assert images[0].height > 0
    texts = [item.text for item in items if isinstance(item, Line)]
    assert "Дякуємо за покупку!" in texts
    assert "Zażółć gęślą jaźń" in texts


def test_barcode_marker() -> None:
    data = render_bytes(make_receipt(code="S-123", code_kind="code128"))
    markers = preview(data).markers()
    assert markers == [Barcode("CODE128", "{BS-123", "center"), Cut(partial=False)]


def test_drawer_kick_marker_and_cuts() -> None:
    data = b"\x1bp\x00\x32\x32" + b"\x1bp\x01\x19\xfa" + b"\x1dV\x01" + b"\x1dVB\x00"
    assert preview(data).markers() == [
        DrawerKick(2),
        DrawerKick(5),
        Cut(partial=True),
        Cut(partial=True),
    ]


def test_code_page_selects_decode_the_same_bytes_differently() -> None:
    data = b"\x1bt\x11\xa0\n\x1bt\x12\xa0\n\x1bt\x2e\xa0\n\x1bt\x00\xa0\n"
    assert preview(data).text_lines == ["а", "á", "\u00a0", "á"]


def test_unknown_code_page_gives_replacement_characters() -> None:
    assert preview(b"\x1bt\xc8\xa0A\n").text_lines == ["\ufffdA"]


def test_esc_at_resets_code_page_and_style() -> None:
    lines = preview(b"\x1bt\x11\x1bE\x01\xa0\n\x1b@\xa0\n").lines
    assert [line.text for line in lines] == ["а", "á"]
    assert lines[1].runs[0].style.bold is False


def test_print_mode_and_character_size_bits() -> None:
    lines = preview(b"\x1b!\xb8A\x1b!\x00B\x1d!\x21C\x1d!\x00\x1b-\x02D\n").lines
    runs = lines[0].runs
    assert [run.text for run in runs] == ["A", "B", "C", "D"]
    a, b, c, d = (run.style for run in runs)
    assert (a.bold, a.width, a.height, a.underline) == (True, 2, 2, 1)
    assert (b.bold, b.width, b.height, b.underline) == (False, 1, 1, 0)
    assert (c.width, c.height) == (3, 2)
    assert d.underline == 2


def test_alignment_is_taken_at_the_start_of_a_line() -> None:
    lines = preview(b"\x1ba\x01one\x1ba\x02\n\x1ba\x02two\n").lines
    assert [(line.text, line.align) for line in lines] == [("one", "center"), ("two", "right")]


def test_feed_lines_and_tabs() -> None:
    assert preview(b"a\tb\x1bd\x03c").text_lines == ["a       b", "", "", "c"]


def test_qr_data_is_utf8_and_a_pending_line_prints_first() -> None:
    payload = "ЯЫ".encode()
    data = b"\x1d(k" + bytes([len(payload) + 3, 0]) + b"1P0" + payload + b"text\x1d(k\x03\x001Q0"
    assert preview(data).items == (Line((Run("text"),)), QrCode("ЯЫ"))


def test_preview_never_crashes_on_random_bytes() -> None:
    rng = random.Random(20240601)
    for _ in range(2000):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 64)))
        preview(data)


def test_preview_never_crashes_on_damaged_receipts(receipt: Receipt) -> None:
    good = render_bytes(receipt)
    rng = random.Random(7)
    for cut in range(0, len(good), 7):
        preview(good[:cut])
    for _ in range(300):
        damaged = bytearray(good)
        for _ in range(rng.randrange(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        preview(bytes(damaged))
    for command in (b"\x1b", b"\x1d", b"\x1c", b"\x10"):
        for second in range(256):
            preview(command + bytes([second]) + b"\xff\xff\x00")
