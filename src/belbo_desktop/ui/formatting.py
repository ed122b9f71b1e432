"""One place where money, numbers, dates and times become text for the user.

Babel does the locale rules (``1.234,56 €``, ``24.11.2026``); times are stored in UTC
and always shown in Europe/Berlin, whatever the PC's own time zone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date as _format_date
from babel.dates import format_datetime as _format_datetime
from babel.dates import format_time as _format_time
from babel.numbers import format_currency, format_decimal

from belbo_desktop.domain.money import Money

BERLIN = ZoneInfo("Europe/Berlin")
_LOCALES = {"de": "de_DE", "en": "en_GB"}
_DATE_PATTERNS = {"de": "dd.MM.yyyy", "en": "dd/MM/yyyy"}


def locale_for(lang: str) -> str:
    return _LOCALES.get(lang, "de_DE")


def money(amount: Money | int, lang: str = "de") -> str:
    """``Money(123456)`` -> ``1.234,56 €``; plain ints are cents."""
    cents = amount.cents if isinstance(amount, Money) else int(amount)
    return format_currency(Decimal(cents) / 100, "EUR", locale=locale_for(lang))


def number(value: int | float | Decimal | str, lang: str = "de") -> str:
    """Thousands separators and decimal comma as the language writes them."""
    return format_decimal(Decimal(str(value)), locale=locale_for(lang))


def count(value: int, lang: str = "de") -> str:
    return format_decimal(value, locale=locale_for(lang))


def date(value: dt.date | None, lang: str = "de") -> str:
    """``24.11.2026``; an aware datetime is first moved to Berlin time."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = local(value).date()
    return _format_date(value, _DATE_PATTERNS.get(lang, "dd.MM.yyyy"), locale=locale_for(lang))


def time(value: dt.datetime | None, lang: str = "de") -> str:
    if value is None:
        return ""
    return _format_time(local(value), "HH:mm", locale=locale_for(lang))


def datetime(value: dt.datetime | None, lang: str = "de") -> str:
    """``24.11.2026, 10:30`` in Berlin time."""
    if value is None:
        return ""
    pattern = _DATE_PATTERNS.get(lang, "dd.MM.yyyy") + ", HH:mm"
    return _format_datetime(local(value), pattern, locale=locale_for(lang))


def local(value: dt.datetime) -> dt.datetime:
    """Berlin wall-clock time; a naive value is taken to be UTC (as stored)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(BERLIN)
