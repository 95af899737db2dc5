"""Property tests: what one side writes, the other reads back unchanged. The simulator's codec
(drivers/payment/sim/codec.py) and the driver's (drivers/payment/zvt) are written apart, so a
disagreement between them shows as a failing example here."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from drivers.payment.sim import Record, codec
from drivers.payment.sim.terminal import Card, read_amount, status_fields
from drivers.payment.zvt import ZvtConfig, ZvtTerminal, bmp, codes, tlv

ENCODING = "cp437"
# Text a terminal prints: cp437 letters, digits, punctuation and inner spaces; padding (00 and
# spaces at the end) is not part of it, so a line neither ends with a space nor is blank.
ALPHABET = bytes(b for b in range(0x20, 0x100) if b != 0x7F).decode(ENCODING)
TEXT = st.builds(
    str.__add__,
    st.text(st.sampled_from(ALPHABET), max_size=40),
    st.sampled_from(ALPHABET[1:]),  # the last character is not a space
)
CURRENCY_NUMBERS = st.sampled_from(sorted(codes.CURRENCY_NAMES))


def driver(**options: object) -> ZvtTerminal:
    return ZvtTerminal(ZvtConfig.from_options(dict(options)))


@st.composite
def records(draw: st.DrawFn) -> tuple[Record, Card]:
    approved = draw(st.booleans())
    record = Record(
        kind=draw(st.sampled_from(["sale", "refund", "reversal"])),
        amount=draw(st.integers(1, 999_999_999_999)),
        currency=draw(CURRENCY_NUMBERS),
        result=0 if approved else draw(st.sampled_from([0x05, 0x64, 0x78, 0x9A])),
        trace=draw(st.integers(1, 999_999)),
        receipt=draw(st.integers(1, 9999)),
        when=datetime(2026, 3, draw(st.integers(1, 28)), 10, 15, 3, tzinfo=UTC),
        auth_code=draw(st.from_regex(r"[0-9A-Z]{6}", fullmatch=True)) if approved else "",
    )
    digits = draw(st.from_regex(r"[0-9]{6}", fullmatch=True))
    card = Card(
        name=draw(TEXT.filter(lambda t: t.strip() == t)),
        masked_pan=digits
        + "*" * draw(st.integers(4, 9))
        + draw(st.from_regex(r"[0-9]{4}", fullmatch=True)),
        card_type=draw(st.integers(1, 0xFF)),
        terminal_id=draw(st.from_regex(r"[0-9]{8}", fullmatch=True)),
    )
    return record, card


@given(records())
def test_a_status_information_round_trips_from_simulator_to_driver(
    sample: tuple[Record, Card],
) -> None:
    record, card = sample
    fields = bmp.parse(status_fields(record, ENCODING, card))
    assert fields.rest == b"" and fields.unknown is None
    values = driver()._status_values(fields)
    assert values["amount_minor"] == record.amount
    assert values["currency"] == codes.CURRENCY_NAMES[record.currency]
    assert values["trace_no"] == record.trace
    assert values.get("receipt_no") == (record.receipt if record.result == 0 else None)
    assert values.get("auth_code", "") == record.auth_code
    assert values["terminal_id"] == card.terminal_id
    assert values["masked_pan"] == card.masked_pan
    assert values["card_brand"] == card.name  # the 00 it ends with is not part of the name
    assert fields.get(0x27) == bytes([record.result])


@given(
    st.sampled_from(["merchant", "customer", "admin"]),
    st.lists(TEXT, max_size=30),  # up to ~1.3 kB: short, 81 and 82 lengths all occur
    st.booleans(),
)
def test_a_text_block_round_trips_in_either_placement_of_1f07(
    kind: str, lines: list[str], nested: bool
) -> None:
    receipt = driver().text_block(codec.text_block(kind, lines, ENCODING, nested_type=nested))
    assert receipt is not None
    assert (receipt.kind, receipt.lines) == (kind, tuple(lines))


@given(
    st.integers(0, 0xFF),
    st.booleans(),
    st.booleans(),
    st.sampled_from(sorted(codes.CURRENCIES)),
)
def test_a_registration_round_trips_from_driver_to_simulator(
    config_byte: int, with_currency: bool, text_blocks: bool, currency: str
) -> None:
    terminal = driver(
        config_byte=config_byte, register_currency=with_currency, text_blocks=text_blocks
    )
    request = terminal.registration_apdu(currency)
    read = codec.read_registration(request.data, bytes.fromhex("000000"))
    assert read.config_byte == config_byte
    assert read.currency == (codes.CURRENCIES[currency] if with_currency else None)
    assert (b"\x06\xd3" in read.permitted) is text_blocks


@given(
    st.integers(1, 999_999_999_999),
    st.sampled_from(sorted(codes.CURRENCIES)),
    st.from_regex(r"[0-9a-f-]{1,99}", fullmatch=True),
)
def test_an_authorisation_round_trips_from_driver_to_simulator(
    amount: int, currency: str, reference: str
) -> None:
    request = driver().authorization_apdu(amount, currency, reference)
    assert read_amount(request.data) == (amount, codes.CURRENCIES[currency], reference)


@given(st.integers(0, 0xFFFF))
def test_tlv_lengths_in_every_form_read_the_same_on_both_sides(n: int) -> None:
    ours, theirs = tlv.encode_length(n), codec.ber_length(n)
    assert ours == theirs  # short below 80, 81 xx below 100, 82 xx xx above
    assert len(ours) == (1 if n < 0x80 else 2 if n < 0x100 else 3)
    assert tlv.read_length(theirs + b"!", 0) == (n, len(theirs))
    assert codec.read_ber_length(ours + b"!", 0) == (n, len(ours))


@given(st.binary(max_size=300), st.sampled_from([b"\x07", b"\x1f\x07", b"\x1f\x44", b"\x25"]))
def test_a_tlv_item_round_trips_both_ways(value: bytes, tag: bytes) -> None:
    ours = tlv.encode_tlv([tlv.Tlv(tag, value)])
    assert ours == codec.ber(tag, value)
    assert codec.read_tlv(ours) == [(tag, value)]
    assert tlv.decode_tlv(codec.ber(tag, value)) == [tlv.Tlv(tag, value)]
