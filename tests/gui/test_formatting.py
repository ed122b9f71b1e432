"""One formatting module: German money and dates, Berlin time."""

from __future__ import annotations

import datetime as dt

from belbo_desktop.domain.money import Money
from belbo_desktop.ui import formatting


def test_money_in_german_and_english() -> None:
    assert formatting.money(Money(123456)) == "1.234,56\xa0€"
    assert formatting.money(-500) == "-5,00\xa0€"
    assert formatting.money(Money(123456), "en") == "€1,234.56"


def test_dates_and_times_are_shown_in_berlin() -> None:
    assert formatting.date(dt.date(2026, 11, 24)) == "24.11.2026"
    late = dt.datetime(2026, 11, 24, 23, 30, tzinfo=dt.UTC)  # already the 25th in Berlin
    assert formatting.date(late) == "25.11.2026"
    assert formatting.datetime(late) == "25.11.2026, 00:30"
    summer = dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.UTC)
    assert formatting.time(summer) == "10:00"
    assert formatting.date(None) == ""


def test_numbers() -> None:
    assert formatting.number("1234.5") == "1.234,5"
    assert formatting.count(200000) == "200.000"
