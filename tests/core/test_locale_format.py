"""Money, numbers and times are shown in the till's locale, from Decimal, in local time."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from pos.domain.money import EUR, PLN, Money
from pos.locale_format import LocaleFormatter


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("pl_PL", "1\u00a0234,50\u00a0zł"),
        ("en_US", "PLN1,234.50"),
        ("uk_UA", "1\u00a0234,50\u00a0PLN"),
    ],
)
def test_money_follows_the_locale(locale: str, expected: str) -> None:
    assert LocaleFormatter(locale).money(Money.of("1234.5", PLN)) == expected


def test_amounts_keep_their_minor_units_exactly() -> None:
    fmt = LocaleFormatter("de_DE")
    assert fmt.money(Money.of("0.1", EUR), symbol=False) == "0,10"
    assert fmt.amount(Decimal("9999999999999.99")) == "9.999.999.999.999,99"
    assert fmt.quantity(Decimal("0.25"), 3) == "0,250"


def test_times_are_shown_local_and_naive_times_are_refused() -> None:
    fmt = LocaleFormatter("pl_PL", timezone="Europe/Warsaw")
    assert fmt.datetime(datetime(2026, 7, 1, 10, 0, tzinfo=UTC)) == "1.07.2026, 12:00"
    with pytest.raises(ValueError, match="naive"):
        fmt.datetime(datetime(2026, 7, 1, 10, 0))  # noqa: DTZ001 - the point of the test


def test_dates_in_the_locales_short_form() -> None:
    assert LocaleFormatter("pl_PL").date(date(2026, 3, 7)) == "7.03.2026"
    assert LocaleFormatter("en_US").date(date(2026, 3, 7)) == "3/7/26"


def test_a_recent_moment_is_its_time_today_and_its_date_and_time_before() -> None:
    fmt = LocaleFormatter("uk_UA", "Europe/Kyiv")
    now = datetime(2026, 12, 2, 20, 30, tzinfo=UTC)  # 22:30 in Kyiv
    assert fmt.recent(datetime(2026, 12, 2, 20, 5, tzinfo=UTC), now) == "22:05"
    yesterday = datetime(2026, 12, 1, 20, 5, tzinfo=UTC)
    assert fmt.recent(yesterday, now) == fmt.datetime(yesterday)
    # ten minutes after local midnight, 23:50 is yesterday's: the date shows
    before_midnight = datetime(2026, 12, 2, 21, 50, tzinfo=UTC)  # 23:50 in Kyiv
    after_midnight = datetime(2026, 12, 2, 22, 10, tzinfo=UTC)  # 00:10 on 3 December
    assert fmt.recent(before_midnight, after_midnight) == fmt.datetime(before_midnight)
