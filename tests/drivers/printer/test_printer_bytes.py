"""Byte-exact checks of what the driver sends (TM-T88V capability profile)."""

from __future__ import annotations

import pytest
from conftest import SALE_ID
from escpos.capabilities import get_profile
from escpos.printer import Dummy

from drivers.printer import (
    Receipt,
    ReceiptItem,
    ReceiptPrinter,
    Row,
    VirtualConnection,
    columns_for,
    preview,
    render_bytes,
)
from drivers.printer.layout import render_receipt

ESC_T = b"\x1bt"  # ESC t n: select character code table
CP437, CP866, CP852, CP855, CP1251 = b"\x00", b"\x11", b"\x12", b"\x22", b"\x2e"


def text_bytes(text: str, profile: str = "TM-T88V") -> bytes:
    """The bytes the layout's text path (python-escpos magic encoding) emits for one line."""
    printer = Dummy(profile=profile)
    printer.textln(text)
    data: bytes = printer.output
    return data


def minimal_receipt(*names: str, **changes: object) -> Receipt:
    fields: dict[str, object] = {
        "header": (),
        "items": tuple(ReceiptItem(name, "1.00") for name in names),
        "total": Row("TOTAL", "1.00"),
    }
    fields.update(changes)
    return Receipt(**fields)  # type: ignore[arg-type]


def test_profile_offers_the_pages_the_tests_rely_on() -> None:
    pages = get_profile("TM-T88V").get_code_pages()
    assert {name: pages[name] for name in ("CP437", "CP866", "CP852", "CP855", "CP1251")} == {
        "CP437": "0",
        "CP866": "17",
        "CP852": "18",
        "CP855": "34",
        "CP1251": "46",
    }


def test_drawer_kick_pin_2_is_esc_p_0_50_50() -> None:
    connection = VirtualConnection()
    ReceiptPrinter(connection).open_drawer()
    assert connection.jobs == [b"\x1b\x70\x00\x32\x32"]


def test_drawer_kick_pin_5() -> None:
    connection = VirtualConnection()
    ReceiptPrinter(connection).open_drawer(pin=5)
    assert connection.jobs == [b"\x1b\x70\x01\x32\x32"]


def test_drawer_kick_rejects_other_pins() -> None:
    with pytest.raises(ValueError, match="pin"):
        ReceiptPrinter(VirtualConnection()).open_drawer(pin=3)


def test_russian_goes_out_as_cp866() -> None:
    assert text_bytes("Привет, мир") == (
        ESC_T + CP866 + b"\x8f\xe0\xa8\xa2\xa5\xe2, \xac\xa8\xe0\n"
    )
    assert "Привет, мир".encode("cp866") == b"\x8f\xe0\xa8\xa2\xa5\xe2, \xac\xa8\xe0"


def test_russian_yo_and_hard_sign_stay_in_cp866() -> None:
    assert text_bytes("Ёлка Ъ") == ESC_T + CP866 + b"\xf0\xab\xaa\xa0 \x9a\n"


def test_polish_goes_out_as_cp852() -> None:
    # The ASCII prefix is sent after an explicit CP437 select, then CP852 for the rest.
    assert text_bytes("Zażółć gęślą jaźń") == (
        ESC_T + CP437 + b"Za" + ESC_T + CP852 + b"\xbe\xa2\x88\x86 g\xa9\x98l\xa5 ja\xab\xe4\n"
    )
    assert "żółć gęślą jaźń".encode("cp852") == b"\xbe\xa2\x88\x86 g\xa9\x98l\xa5 ja\xab\xe4"


def test_polish_capitals() -> None:
    assert text_bytes("ŁÓDŹ ŚĆŃĘĄŻ") == (ESC_T + CP852 + "ŁÓDŹ ŚĆŃĘĄŻ".encode("cp852") + b"\n")
    assert "ŁÓDŹ".encode("cp852") == b"\x9d\xe0D\x8d"


def test_ukrainian_yi_and_ye_fit_cp866() -> None:
    # CP866 (as Python and Epson define it) has Ё ё Є є Ї ї Ў ў at 0xF0..0xF7.
    assert text_bytes("Їжак Єва Київ") == (
        ESC_T + CP866 + b"\xf4\xa6\xa0\xaa \xf2\xa2\xa0 \x8a\xa8\xf5\xa2\n"
    )


def test_ukrainian_i_switches_to_cp855() -> None:
    # CP866 lacks і: python-escpos picks the lowest-numbered page that has it, CP855 (34).
    assert text_bytes("Привіт") == (
        ESC_T + CP866 + b"\x8f\xe0\xa8\xa2" + ESC_T + CP855 + b"\x8a\xe5\n"
    )
    assert "іт".encode("cp855") == b"\x8a\xe5"


def test_ukrainian_ghe_with_upturn_switches_to_cp1251() -> None:
    # ґ is in neither CP866 nor CP855; CP1251 (46) has it, and і too.
    assert text_bytes("ґанок Ґудзик і") == (
        ESC_T + CP1251 + b"\xb4\xe0\xed\xee\xea \xa5\xf3\xe4\xe7\xe8\xea \xb3\n"
    )
    assert (
        "ґанок Ґудзик і".encode("cp1251") == b"\xb4\xe0\xed\xee\xea \xa5\xf3\xe4\xe7\xe8\xea \xb3"
    )


def test_layout_emits_the_same_cyrillic_bytes_as_a_plain_text_line() -> None:
    data = render_bytes(minimal_receipt("Молоко"))
    assert ESC_T + CP866 + "Молоко".encode("cp866") in data


def test_layout_emits_polish_item_bytes() -> None:
    data = render_bytes(minimal_receipt("Żółty ser"))
    assert ESC_T + CP852 + "Żółty ser".encode("cp852") in data


def test_each_receipt_starts_clean_and_selects_its_code_page() -> None:
    """ESC @ resets the printer's code page; the layout makes the encoder re-select it."""
    printer = Dummy(profile="TM-T88V")
    render_receipt(printer, minimal_receipt("Молоко"))
    first = printer.output
    printer.clear()
    render_receipt(printer, minimal_receipt("Молоко"))
    assert printer.output.startswith(b"\x1b@")
    assert printer.output == first


def test_full_receipt_frame_and_qr_command(receipt: Receipt) -> None:
    data = render_bytes(receipt)
    assert data.startswith(b"\x1b@")  # ESC @ initialise
    assert data.endswith(b"\x1bd\x06\x1dV\x00")  # feed 6 lines, full cut
    payload = SALE_ID.encode()
    store = b"\x1d(k" + bytes([len(payload) + 3, 0]) + b"1P0" + payload
    assert data.count(store) == 1
    qr = (
        b"\x1ba\x01"  # centred
        + b"\x1d(k\x04\x001A2\x00"  # model 2
        + b"\x1d(k\x03\x001C\x06"  # module size 6
        + b"\x1d(k\x03\x001E0"  # error correction L
        + store
        + b"\x1d(k\x03\x001Q0"  # print the symbol
    )
    assert qr in data


def test_store_name_is_double_and_bold_total_is_big(receipt: Receipt) -> None:
    data = render_bytes(receipt)
    big_bold = b"\x1b!\x00\x1b!\x00\x1b!\x30\x1bE\x01"
    assert big_bold + ESC_T + CP866 + "Магазин".encode("cp866") in data
    assert data.count(big_bold) == 2  # the store name and the total


def test_code128_receipt_uses_function_b_code_set_b() -> None:
    data = render_bytes(minimal_receipt("Bread", code="S-123", code_kind="code128"))
    barcode = (
        b"\x1ba\x01"  # centred
        + b"\x1dh\x40"  # height 64
        + b"\x1dw\x02"  # module width 2
        + b"\x1df\x00"  # HRI font A
        + b"\x1dH\x02"  # HRI below
        + b"\x1dk\x49\x07{BS-123"  # GS k 73 n data
    )
    assert barcode in data
    assert b"\x1d(k" not in data


def test_code128_too_wide_for_the_paper_falls_back_to_qr() -> None:
    sale_id = "0f0e7d3a-6b1c-4c1e-9d55-2f8a9c3b7e10"
    data = render_bytes(minimal_receipt("Bread", code=sale_id, code_kind="code128"))
    assert b"\x1dk" not in data
    assert b"1P0" + sale_id.encode() in data


def test_profile_without_native_qr_prints_an_image() -> None:
    data = render_bytes(minimal_receipt("Bread", code=SALE_ID), profile="POS-5890")
    assert b"\x1d(k" not in data
    assert b"\x1dv0" in data  # GS v 0 raster image


def test_columns_come_from_the_profile() -> None:
    assert columns_for(get_profile("TM-T88V")) == 42
    assert columns_for(get_profile("POS-5890")) == 32
    assert columns_for(get_profile("RP-F10-58mm")) == 36


def test_no_line_is_wider_than_the_paper(receipt: Receipt) -> None:
    for profile, columns in (("TM-T88V", 42), ("POS-5890", 32)):
        lines = preview(render_bytes(receipt, profile), profile).lines
        for line in lines:
            width = sum(len(run.text) * run.style.width for run in line.runs)
            assert width <= columns, (profile, line.text)


def test_long_names_wrap_and_amounts_are_right_aligned() -> None:
    name = "Extra long product name that certainly does not fit one line of paper"
    lines = preview(render_bytes(minimal_receipt(name))).text_lines
    rule = "-" * 42
    start = lines.index(rule)
    item_lines = lines[start + 1 : lines.index(rule, start + 1)]
    assert " ".join(line.rsplit("1.00", 1)[0].strip() for line in item_lines) == name
    assert item_lines[-1].endswith("1.00")
    assert len(item_lines[-1]) == 42


def test_print_receipt_sends_exactly_the_rendered_bytes(receipt: Receipt) -> None:
    connection = VirtualConnection()
    printer = ReceiptPrinter(connection)
    printer.print_receipt(receipt)
    assert connection.jobs == [render_bytes(receipt)]
    assert connection.data == render_bytes(receipt)
