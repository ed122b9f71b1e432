from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belbo_desktop.domain.customers import (
    CustomerInput,
    format_phone,
    match_query,
    normalise_phone,
    phone_tokens,
    validate,
)
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.text import fold, sort_key, transliterate

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("0176 1234567", "+491761234567"),
        ("+49 176 1234567", "+491761234567"),
        ("030/1234567", "+49301234567"),
        ("0049 30 1234567", "+49301234567"),
        ("+43 1 5123456", "+4315123456"),
    ],
)
def test_phones_are_stored_as_e164(typed: str, e164: str) -> None:
    assert normalise_phone(typed) == e164


def test_german_numbers_are_shown_nationally() -> None:
    assert format_phone("+491761234567") == "0176 1234567"


def test_phone_tokens_cover_what_people_type() -> None:
    assert phone_tokens("+491761234567") == ["491761234567", "01761234567"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mül", '"mül"*'),
        ("anna mül", '"anna"* AND "mül"*'),
        ("0176 12", '"017612"*'),
        ("+49 176/12-3", '"49176123"*'),
        ("anna 0176 12", '"anna"* AND "017612"*'),
        ('a"b', '"ab"*'),
        ("_l0123", '"l0123"*'),
        ("   ", None),
        ("*** ^^", None),
    ],
)
def test_search_box_text_becomes_a_safe_fts_query(typed: str, expected: str | None) -> None:
    assert match_query(typed) == expected


@given(st.text(max_size=60))
def test_any_typed_text_gives_a_quoted_query_or_none(typed: str) -> None:
    query = match_query(typed)
    if query is not None:
        for term in query.split(" AND "):
            assert term.startswith('"') and term.endswith('"*')
            assert '"' not in term[1:-2].replace('""', "")


def test_german_folding_and_transliteration() -> None:
    assert fold("MÜLLER") == "muller"
    assert transliterate("Müller") == "mueller"
    assert transliterate("Strauß") == "strauss"
    assert sort_key("Äbel") < sort_key("Bauer") < sort_key("Zander")


def test_valid_customer_is_normalised() -> None:
    clean = validate(
        CustomerInput(
            first_name="  Anna ",
            last_name="Müller",
            email="Anna@Example.DE",
            phone="0176 1234567",
            birthday="24.11.1990",
            postcode="10115",
        ),
        TODAY,
    )
    assert clean.first_name == "Anna"
    assert clean.email == "Anna@example.de"
    assert clean.phone == "+491761234567"
    assert clean.birthday == dt.date(1990, 11, 24)


def test_birthday_today_is_fine_tomorrow_is_not() -> None:
    validate(CustomerInput(first_name="A", last_name="B", birthday=TODAY), TODAY)
    with pytest.raises(ValidationError) as info:
        validate(
            CustomerInput(first_name="A", last_name="B", birthday=TODAY + dt.timedelta(days=1)),
            TODAY,
        )
    assert "Zukunft" in info.value.texts()["birthday"]
    assert "future" in info.value.texts("en")["birthday"]
