from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belbo_desktop.domain.money import Money


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12", 1200),
        ("12,5", 1250),
        ("12,50 €", 1250),
        ("1.234,56", 123456),
        ("12.50", 1250),
        ("1.234", 123400),
        ("0,01", 1),
        ("  7 € ", 700),
        ("1234,5", 123450),
    ],
)
def test_parse_what_people_type(typed: str, cents: int) -> None:
    assert Money.parse(typed) == Money(cents)


@pytest.mark.parametrize("typed", ["", "abc", "12,345", "1,2,3", "€", "12e3", "--1"])
def test_parse_refuses_nonsense(typed: str) -> None:
    with pytest.raises(ValueError):
        Money.parse(typed)


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        Money(12.5)  # type: ignore[arg-type]


@given(st.integers(-(10**9), 10**9), st.integers(-(10**9), 10**9))
def test_addition_is_exact(a: int, b: int) -> None:
    assert (Money(a) + Money(b)) - Money(b) == Money(a)


@given(st.integers(0, 10**8), st.sampled_from([0, 7, 19]))
def test_vat_included_never_exceeds_gross(cents: int, rate: int) -> None:
    vat = Money(cents).vat_included(rate)
    assert 0 <= vat.cents <= cents
    exact = Decimal(cents) * rate / (100 + rate)
    assert abs(Decimal(vat.cents) - exact) <= Decimal("0.5")


def test_vat_of_119_euro_at_19_percent_is_19_euro() -> None:
    assert Money.euros(119).vat_included(19) == Money.euros(19)
