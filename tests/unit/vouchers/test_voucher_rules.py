"""Voucher codes, validity and VAT treatment: pure rules."""

from __future__ import annotations

import datetime as dt
import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belbo_desktop.domain import vouchers as v
from belbo_desktop.domain.money import Money

codes = st.text(alphabet=v.ALPHABET, min_size=v.RANDOM_CHARS, max_size=v.RANDOM_CHARS).map(
    lambda body: body + v.check_character(body)
)


def test_codes_have_at_least_60_random_bits_and_no_lookalikes() -> None:
    assert v.RANDOM_CHARS * math.log2(len(v.ALPHABET)) >= 60
    assert not set("0O1IL") & set(v.ALPHABET)


def test_new_code_is_grouped_readable_and_valid() -> None:
    code = v.new_code(random.Random(7).randrange)
    printed = v.format_code(code)
    assert len(printed) == 17 and printed.count("-") == 2
    assert v.normalise_code(printed) == code


@given(codes)
def test_lowercase_spaces_and_scanner_dashes_are_accepted(code: str) -> None:
    typed = " " + v.format_code(code).lower().replace("-", " ") + " "
    assert v.normalise_code(typed) == code
    # a scanner on a German keyboard layout may type "ß" for "-"
    assert v.normalise_code(v.format_code(code).replace("-", "ß")) == code


@given(codes, st.integers(0, v.CODE_CHARS - 1), st.integers(1, len(v.ALPHABET) - 1))
def test_every_single_typo_is_rejected(code: str, pos: int, shift: int) -> None:
    wrong = v.ALPHABET[(v.ALPHABET.index(code[pos]) + shift) % len(v.ALPHABET)]
    typo = code[:pos] + wrong + code[pos + 1 :]
    with pytest.raises(v.InvalidCode) as info:
        v.normalise_code(typo)
    assert info.value.problem is v.CodeProblem.CHECK_FAILED


@given(codes, st.integers(0, v.CODE_CHARS - 2))
def test_every_swap_of_neighbours_is_rejected(code: str, pos: int) -> None:
    if code[pos] == code[pos + 1]:
        return
    swapped = code[:pos] + code[pos + 1] + code[pos] + code[pos + 2 :]
    with pytest.raises(v.InvalidCode):
        v.normalise_code(swapped)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", v.CodeProblem.EMPTY),
        ("   ", v.CodeProblem.EMPTY),
        ("K7QF0-2MDX4-TPH3R", v.CodeProblem.BAD_CHARACTER),
        ("K7QF9-2MDX4-TPH3", v.CodeProblem.WRONG_LENGTH),
        ("K7QF9-2MDX4-TPH3RR", v.CodeProblem.WRONG_LENGTH),
    ],
)
def test_malformed_codes_say_what_is_wrong(text: str, problem: v.CodeProblem) -> None:
    with pytest.raises(v.InvalidCode) as info:
        v.normalise_code(text)
    assert info.value.problem is problem


def test_default_validity_ends_31_december_of_the_third_following_year() -> None:
    assert v.default_valid_until(dt.date(2026, 11, 24)) == dt.date(2029, 12, 31)
    assert v.default_valid_until(dt.date(2026, 1, 1)) == dt.date(2029, 12, 31)
    assert v.default_valid_until(dt.date(2026, 6, 1), years=1) == dt.date(2027, 12, 31)


def test_value_voucher_is_multi_purpose_when_rates_differ() -> None:
    assert v.default_treatment(v.VoucherKind.VALUE, [19, 7]) is v.VatTreatment.MULTI_PURPOSE
    assert v.default_treatment(v.VoucherKind.VALUE, [19, 19]) is v.VatTreatment.SINGLE_PURPOSE
    assert v.default_treatment(v.VoucherKind.SERVICE, [19, 7]) is v.VatTreatment.SINGLE_PURPOSE


@pytest.mark.parametrize(
    ("balance", "today", "closed", "state"),
    [
        (5000, dt.date(2027, 1, 1), None, v.VoucherState.ACTIVE),
        (2000, dt.date(2027, 1, 1), None, v.VoucherState.PARTLY_REDEEMED),
        (0, dt.date(2027, 1, 1), None, v.VoucherState.REDEEMED),
        (2000, dt.date(2030, 1, 1), None, v.VoucherState.EXPIRED),
        (0, dt.date(2030, 1, 1), v.EntryKind.EXPIRY, v.VoucherState.EXPIRED),
        (0, dt.date(2027, 1, 1), v.EntryKind.CANCELLATION, v.VoucherState.CANCELLED),
    ],
)
def test_state_follows_ledger_and_date(
    balance: int, today: dt.date, closed: v.EntryKind | None, state: v.VoucherState
) -> None:
    got = v.voucher_state(Money(5000), Money(balance), dt.date(2029, 12, 31), today, closed)
    assert got is state


def test_handout_terms_name_the_vat_treatment() -> None:
    single = v.VoucherTerms(v.VatTreatment.SINGLE_PURPOSE, dt.date(2029, 12, 31)).lines()
    multi = v.VoucherTerms(v.VatTreatment.MULTI_PURPOSE, dt.date(2029, 12, 31)).lines("en")
    assert "Einzweckgutschein" in " ".join(single) and "31.12.2029" in single[0]
    assert "Multi-purpose" in " ".join(multi)
