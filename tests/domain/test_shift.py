"""A shift's drawer: counted by denomination, expected cash from one function, a blind close
that needs a supervisor when the count is off, and every count kept."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos.domain.cash import DENOMINATIONS, MAX_PIECES, CashCount, Form, denominations
from pos.domain.errors import (
    CountOutdated,
    CurrencyMismatch,
    DrawerEventTwice,
    DrawerNotCounted,
    InvalidCashAmount,
    InvalidCashCount,
    NoDenominations,
    ReasonRequired,
    ShiftNotOpen,
    VarianceNeedsApproval,
)
from pos.domain.money import CHF, EUR, PLN, RUB, UAH, Currency, Money
from pos.domain.roles import Action, Approval, Role
from pos.domain.shift import (
    CashMovement,
    CashPolicy,
    CashRefund,
    CashSale,
    DrawerEvent,
    MovementKind,
    Shift,
    ShiftState,
    expected_cash,
)
from pos.domain.tenders import TenderKind

from .builders import T0, new_sale, product


def pln(amount: str) -> Money:
    return Money.of(amount, PLN)


def opening(**pieces: int) -> CashCount:
    """A PLN count by face value: opening(z100=2, z5=3) is two 100 zł notes, three 5 zł coins."""
    return CashCount(
        PLN, {int(Decimal(k[1:].replace("_", ".")) * 100): n for k, n in pieces.items()}
    )


def new_shift(count: CashCount | None = None) -> Shift:
    return Shift("shift-1", "till-1", "anna", T0, count or opening(z100=2), "float-1")


def move(
    kind: MovementKind, amount: str, record_id: str = "m-1", note: str = "why"
) -> CashMovement:
    return CashMovement(record_id, kind, pln(amount), "anna", T0, note)


def supervisor(action: Action = Action.CASH_VARIANCE) -> Approval:
    return Approval("sue", Role.SUPERVISOR, action, T0)


# --- denominations and counts --------------------------------------------------------------


def test_each_market_currency_has_coins_and_notes_smallest_first() -> None:
    for code in ("PLN", "EUR", "RUB", "UAH"):
        series = DENOMINATIONS[code]
        values = [d.minor for d in series]
        assert values == sorted(values) and len(set(values)) == len(values)
        assert {d.form for d in series} == {Form.COIN, Form.NOTE}
    assert [d.minor for d in denominations(PLN) if d.form is Form.NOTE] == [
        1_000,
        2_000,
        5_000,
        10_000,
        20_000,
        50_000,
    ]
    assert denominations(UAH)[0].minor == 10  # the smallest hryvnia coin left is 10 kopiyok
    assert denominations(RUB)[-1].minor == 500_000


def test_a_count_totals_its_pieces_exactly() -> None:
    count = CashCount(PLN, {10_000: 2, 500: 3, 1: 7, 20: 0})
    assert count.total == pln("215.07")
    assert dict(count.pieces) == {1: 7, 500: 3, 10_000: 2}  # zero counts are dropped
    assert count == CashCount(PLN, {1: 7, 500: 3, 10_000: 2})


@pytest.mark.parametrize(
    "pieces",
    [{300: 1}, {100: -1}, {100: MAX_PIECES + 1}, {100: True}, {100: 1.0}],
    ids=["no 3 zł coin", "negative", "too many", "a bool", "a float"],
)
def test_a_count_refuses_what_no_drawer_holds(pieces: dict[int, int]) -> None:
    with pytest.raises(InvalidCashCount):
        CashCount(PLN, pieces)


def test_a_currency_without_denominations_cannot_be_counted() -> None:
    with pytest.raises(NoDenominations):
        CashCount(CHF, {})


# --- movements ------------------------------------------------------------------------------


def test_pay_in_pay_out_and_no_sale_need_a_reason() -> None:
    for kind in (MovementKind.PAY_IN, MovementKind.PAY_OUT):
        with pytest.raises(ReasonRequired):
            move(kind, "10.00", note="  ")
    with pytest.raises(ReasonRequired):
        CashMovement("n", MovementKind.NO_SALE, pln("0"), "anna", T0)
    assert move(MovementKind.SAFE_DROP, "500.00", note="").note == ""


@pytest.mark.parametrize(
    ("kind", "amount"),
    [
        (MovementKind.PAY_OUT, "0"),
        (MovementKind.SAFE_DROP, "-5.00"),
        (MovementKind.NO_SALE, "1.00"),
        (MovementKind.PAY_IN, "1000000001"),
    ],
)
def test_a_movement_moves_a_sensible_amount(kind: MovementKind, amount: str) -> None:
    with pytest.raises(InvalidCashAmount):
        move(kind, amount)


def test_times_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError, match="timezone"):
        CashMovement("m", MovementKind.PAY_IN, pln("1"), "anna", T0.replace(tzinfo=None), "x")


def test_change_cannot_exceed_what_was_handed_over() -> None:
    with pytest.raises(InvalidCashAmount):
        CashSale("s", pln("10.00"), pln("10.01"))


# --- expected cash --------------------------------------------------------------------------


def test_expected_cash_is_float_plus_cash_kept_plus_ins_minus_outs_drops_pickups_refunds() -> None:
    shift = new_shift(opening(z100=2))  # 200.00 float
    for event in (
        CashSale("s1", pln("50.00"), pln("7.70")),  # 42.30 stays
        CashSale("s2", pln("20.00"), pln("0")),
        move(MovementKind.PAY_IN, "100.00", "m1"),
        move(MovementKind.PAY_OUT, "15.50", "m2"),
        move(MovementKind.SAFE_DROP, "150.00", "m3"),
        move(MovementKind.PICKUP, "50.00", "m4"),
        CashMovement("m5", MovementKind.NO_SALE, pln("0"), "anna", T0, "change for a note"),
        CashRefund("r1", pln("12.99")),
    ):
        shift.record(event)
    assert shift.expected == pln("133.81")
    assert shift.expected == expected_cash(PLN, shift.events)


def test_a_card_only_sale_leaves_the_drawer_alone_and_a_split_sale_counts_only_its_cash() -> None:
    sale = new_sale(PLN)
    sale.add(product("30.00", currency=PLN))
    sale.add_tender(TenderKind.CARD, pln("25.00"))
    sale.add_tender(TenderKind.CASH, pln("10.00"))  # 5.00 due in cash: 5.00 change
    doc = sale.complete().to_document()
    cash = CashSale.of_sale(doc, PLN)
    assert cash is not None and cash.signed == pln("5.00")

    card_only = new_sale(PLN)
    card_only.add(product("30.00", currency=PLN))
    card_only.add_tender(TenderKind.CARD, pln("30.00"))
    assert CashSale.of_sale(card_only.complete().to_document(), PLN) is None


def sale_cash(currency: Currency, total_minor: int, card_minor: int, extra_minor: int) -> CashSale:
    """A real sale through the cart: card first, then cash over what is due; its document."""
    sale = new_sale(currency)
    sale.add(product(str(Money.from_minor(total_minor, currency).amount), currency=currency))
    card = min(card_minor, total_minor)
    if card:
        sale.add_tender(TenderKind.CARD, Money.from_minor(card, currency))
    if not sale.balance_due.is_zero():
        sale.add_tender(TenderKind.CASH, sale.cash_due + Money.from_minor(extra_minor, currency))
    doc = json.loads(json.dumps(sale.complete().to_document()))
    found = CashSale.of_sale(doc, currency)
    return (
        found
        if found is not None
        else CashSale(doc["sale_id"], Money.zero(currency), Money.zero(currency))
    )


def cash_part_minor(currency: Currency, total_minor: int, card_minor: int) -> int:
    """What a cashier physically keeps of a sale, worked out by hand in minor units: the rest
    after the card, rounded half-up to the cash step (CHF: 5 centimes)."""
    rest = total_minor - min(card_minor, total_minor)
    step = int(currency.cash_rounding * 100) if currency.cash_rounding else 1
    return (rest + step // 2) // step * step if rest > 0 else 0


drawer_steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("sale"),
            st.integers(1, 200_000),
            st.integers(0, 250_000),
            st.integers(0, 50_000),
        ),
        st.tuples(
            st.sampled_from(["pay_in", "pay_out", "safe_drop", "pickup", "refund"]),
            st.integers(1, 100_000),
        ),
        st.tuples(st.just("no_sale")),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(
    currency=st.sampled_from([PLN, CHF]), float_minor=st.integers(0, 100_000), steps=drawer_steps
)
def test_expected_cash_equals_a_drawer_replayed_by_hand(
    currency: Currency, float_minor: int, steps: list[tuple[object, ...]]
) -> None:
    """The anchors' bugs: change counted as cash in, split tenders, cash refunds, rounding."""
    drawer = float_minor
    events: list[DrawerEvent] = [
        CashMovement(
            "float", MovementKind.OPENING_FLOAT, Money.from_minor(float_minor, currency), "a", T0
        )
    ]
    for i, step in enumerate(steps):
        name = step[0]
        if name == "sale":
            _, total, card, extra = step
            assert isinstance(total, int) and isinstance(card, int) and isinstance(extra, int)
            event: DrawerEvent = sale_cash(currency, total, card, extra)
            drawer += cash_part_minor(currency, total, card)
        elif name == "no_sale":
            event = CashMovement(f"n{i}", MovementKind.NO_SALE, Money.zero(currency), "a", T0, "x")
        elif name == "refund":
            amount = step[1]
            assert isinstance(amount, int)
            event = CashRefund(f"r{i}", Money.from_minor(amount, currency))
            drawer -= amount
        else:
            amount = step[1]
            assert isinstance(amount, int)
            event = CashMovement(
                f"m{i}", MovementKind(str(name)), Money.from_minor(amount, currency), "a", T0, "x"
            )
            drawer += amount if name == "pay_in" else -amount
        events.append(event)
    assert expected_cash(currency, events) == Money.from_minor(drawer, currency)


@settings(max_examples=80, deadline=None)
@given(steps=drawer_steps)
def test_the_shift_reads_expected_cash_as_the_one_function_after_every_event(
    steps: list[tuple[object, ...]],
) -> None:
    """The shift sums only what arrived since it was last asked; it must never differ from
    expected_cash over all its events, however the asking and the recording interleave."""
    shift = Shift("s", "till-1", "anna", T0, CashCount(PLN, {}), "float")
    for i, step in enumerate(steps):
        if step[0] == "sale":
            _, total, card, extra = step
            assert isinstance(total, int) and isinstance(card, int) and isinstance(extra, int)
            cash = sale_cash(PLN, total, card, extra)
            shift.record(CashSale(f"s{i}", cash.received, cash.change))  # hypothesis' uuids repeat
        elif step[0] == "refund":
            assert isinstance(step[1], int)
            shift.record(CashRefund(f"r{i}", Money.from_minor(step[1], PLN)))
        elif step[0] == "no_sale":
            shift.record(CashMovement(f"n{i}", MovementKind.NO_SALE, pln("0"), "a", T0, "x"))
        else:
            assert isinstance(step[1], int)
            amount = Money.from_minor(step[1], PLN)
            shift.record(CashMovement(f"m{i}", MovementKind(str(step[0])), amount, "a", T0, "x"))
        if i % 3 == 0:
            assert shift.expected == expected_cash(PLN, shift.events)
        assert shift.event_count == len(shift.events) == i + 2
    assert shift.expected == expected_cash(PLN, shift.events)


# --- the shift's life -----------------------------------------------------------------------


def test_a_shift_opens_with_its_float_and_records_each_cash_record_once() -> None:
    shift = new_shift(opening(z50=1, z1=10))
    assert shift.state is ShiftState.OPEN and shift.expected == pln("60.00")
    shift.record(CashSale("s1", pln("10.00"), pln("0")))
    with pytest.raises(DrawerEventTwice):
        shift.record(CashSale("s1", pln("10.00"), pln("0")))
    with pytest.raises(InvalidCashAmount):
        shift.record(CashMovement("f2", MovementKind.OPENING_FLOAT, pln("5"), "anna", T0))
    with pytest.raises(CurrencyMismatch):
        shift.record(CashRefund("r", Money.of("1.00", EUR)))
    assert shift.expected == pln("70.00")


def test_handing_the_drawer_over_is_recorded_and_the_shift_goes_on() -> None:
    shift = new_shift()
    handover = shift.hand_over("boris", T0 + timedelta(hours=4))
    assert (handover.from_user, handover.to_user) == ("anna", "boris")
    assert shift.holder == "boris" and shift.state is ShiftState.OPEN


def test_closing_needs_a_count_made_after_the_last_cash_moved() -> None:
    shift = new_shift()
    with pytest.raises(DrawerNotCounted):
        shift.close(1, "anna", T0, CashPolicy())
    shift.count("c1", opening(z100=2), "anna", T0)
    shift.record(CashSale("s1", pln("10.00"), pln("0")))
    with pytest.raises(CountOutdated):
        shift.close(1, "anna", T0, CashPolicy())
    assert shift.state is ShiftState.OPEN


def test_a_count_within_the_limit_closes_and_selling_then_needs_a_new_shift() -> None:
    shift = new_shift()
    counted = shift.count("c1", opening(z100=1, z50=1, z20=2, z5=1, z2=2), "anna", T0)
    assert counted.variance == pln("-1.00")  # 199.00 counted of 200.00
    closing = shift.close(7, "anna", T0, CashPolicy(variance_limit=Decimal("5.00")))
    assert closing.z_number == 7 and closing.approval is None
    assert shift.state is ShiftState.CLOSED
    for attempt in (
        lambda: shift.record(CashSale("s9", pln("1"), pln("0"))),
        lambda: shift.count("c2", opening(z100=2), "anna", T0),
        lambda: shift.hand_over("boris", T0),
        lambda: shift.close(8, "anna", T0, CashPolicy()),
    ):
        with pytest.raises(ShiftNotOpen):
            attempt()


def test_a_variance_over_the_limit_needs_a_supervisor_and_every_recount_is_kept() -> None:
    shift = new_shift()
    shift.count("c1", opening(z100=1, z50=1), "anna", T0)  # 50.00 short
    policy = CashPolicy(variance_limit=Decimal("5.00"))
    with pytest.raises(VarianceNeedsApproval) as refused:
        shift.close(1, "anna", T0, policy)
    assert refused.value.params == {"variance": "-50.00"}
    with pytest.raises(VarianceNeedsApproval):  # an approval of something else does not do
        shift.close(1, "anna", T0, policy, supervisor(Action.VOID_SALE))
    with pytest.raises(VarianceNeedsApproval):
        shift.close(1, "anna", T0, policy, Approval("c", Role.CASHIER, Action.CASH_VARIANCE, T0))
    shift.count("c2", opening(z100=1, z50=1, z20=2, z5=1), "anna", T0)  # recount: 5.00 short
    shift.count("c3", opening(z100=1, z50=1, z20=2), "anna", T0)  # and again: 10.00 short
    closing = shift.close(1, "anna", T0, policy, supervisor())
    assert closing.count.record_id == "c3" and closing.approval == supervisor()
    assert [c.record_id for c in shift.counts] == ["c1", "c2", "c3"]


def test_the_close_is_blind_unless_the_store_lets_a_role_see_the_expected_figure() -> None:
    assert CashPolicy().sees_expected == frozenset()
    assert Role.MANAGER in CashPolicy(sees_expected=frozenset({Role.MANAGER})).sees_expected
