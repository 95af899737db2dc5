"""Numbers, money and times formatted for the till's locale (screen and receipt alike).

Babel works on ``Decimal`` directly, so no amount passes through a float on its way to a
person. Times are kept in UTC and turned local only here, at the edge.
"""

from __future__ import annotations

from datetime import date as calendar_date
from datetime import datetime, tzinfo
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_datetime, get_timezone
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

    def datetime(self, moment: datetime) -> str:
        if moment.tzinfo is None:
            raise ValueError("naive datetime reached the edge; times are UTC-aware inside")
        return str(
            format_datetime(moment, format="short", tzinfo=self.timezone, locale=self.locale)
        )
