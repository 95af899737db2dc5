"""Numbers, money and times formatted for the till's locale (screen and receipt alike).

Babel works on ``Decimal`` directly, so no amount passes through a float on its way to a
person. Times are kept in UTC and turned local only here, at the edge.
"""

from __future__ import annotations

from datetime import date as calendar_date
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_datetime, format_time, format_timedelta, get_timezone
from babel.numbers import format_currency, format_decimal

from pos.domain.money import Money


class LocaleFormatter:
    def __init__(self, locale: str = "en_US", timezone: tzinfo | str | None = None) -> None:
        self.locale = Locale.parse(locale)
        self.timezone = get_timezone(timezone) if isinstance(timezone, str | None) else timezone

    def money(self, money: Money, *, symbol: bool = True) -> str:
        if not symbol:
            return self.amount(money.amount, money.currency.minor_units)
        return str(
            format_currency(
                money.amount, money.currency.code, locale=self.locale, decimal_quantization=True
            )
        )

    def amount(self, value: Decimal, places: int = 2) -> str:
        """A plain amount with exactly ``places`` decimals (receipt columns)."""
        pattern = "#,##0." + "0" * places if places else "#,##0"
        return str(
            format_decimal(value, format=pattern, locale=self.locale, decimal_quantization=True)
        )

    def quantity(self, value: Decimal, places: int = 0) -> str:
        return self.amount(value, places)

    def percent(self, value: Decimal) -> str:
        """``value`` in percent units (23 -> "23%"), without trailing zeros."""
        normalized = value.normalize()
        places = max(0, -int(normalized.as_tuple().exponent))
        return self.amount(value, places) + "%"

    def date(self, day: calendar_date) -> str:
        """A calendar date (an expiry date), short form of the locale."""
        return str(format_date(day, format="short", locale=self.locale))

    def recent(self, moment: datetime, now: datetime) -> str:
        """A moment as the status bar shows it: the time alone when it is today (local), the
        short date and time otherwise; the bar is 1280 px for all its figures."""
        if moment.tzinfo is None or now.tzinfo is None:
            raise ValueError("naive datetime reached the edge; times are UTC-aware inside")
        local, today = moment.astimezone(self.timezone), now.astimezone(self.timezone)
        if local.date() != today.date():
            return self.datetime(moment)
        return str(format_time(moment, format="short", tzinfo=self.timezone, locale=self.locale))

    def datetime(self, moment: datetime) -> str:
        if moment.tzinfo is None:
            raise ValueError("naive datetime reached the edge; times are UTC-aware inside")
        return str(
            format_datetime(moment, format="short", tzinfo=self.timezone, locale=self.locale)
        )

    def age(self, delta: timedelta, language: str | None = None) -> str:
        """How long ago, in words with the plural forms of ``language`` (the UI's; the
        store's locale when None): "5 minutes ago", "5 minut temu"."""
        return str(
            format_timedelta(
                -max(delta, timedelta(seconds=1)),
                add_direction=True,
                threshold=1.0,
                locale=Locale.parse(language) if language else self.locale,
            )
        )
