"""Pure bonus rules: earning, card state, validity months, card codes, amount-off rewards."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import CardState, EarnRule, SaleLineView
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import ItemLine

CUT, COLOUR = uuid.uuid4(), uuid.uuid4()


def line(
    item: uuid.UUID | None, cents: int, goods: bool = True, reward: bool = False
) -> SaleLineView:
    return SaleLineView(item, Money(cents), goods, reward)


def test_items_rule_gives_one_stamp_per_sale_and_ignores_rewards_and_vouchers() -> None:
    items = frozenset({CUT})
    assert rules.stamps_earned(EarnRule.ITEMS, [line(CUT, 4900), line(CUT, 2900)], items, None) == 1
    assert rules.stamps_earned(EarnRule.ITEMS, [line(COLOUR, 6500)], items, None) == 0
    assert rules.stamps_earned(EarnRule.ITEMS, [line(CUT, 0, reward=True)], items, None) == 0
    assert rules.stamps_earned(EarnRule.ITEMS, [line(None, 5000, goods=False)], items, None) == 0
    assert rules.stamps_earned(EarnRule.MANUAL, [line(CUT, 4900)], items, None) == 0


def test_spend_rule_counts_full_steps_of_goods_only() -> None:
    step = Money(3000)
    lines = [line(CUT, 4900), line(COLOUR, 6500), line(None, 10000, goods=False)]
    assert rules.stamps_earned(EarnRule.SPEND, lines, frozenset(), step) == 3  # 114 € of goods
    assert rules.stamps_earned(EarnRule.SPEND, [line(CUT, 2999)], frozenset(), step) == 0
    assert rules.stamps_earned(EarnRule.SPEND, [line(CUT, -4900)], frozenset(), step) == 0


def test_card_state() -> None:
    today = dt.date(2026, 11, 25)
    assert rules.card_state(3, 10, False, None, today) is CardState.COLLECTING
    assert rules.card_state(10, 10, False, None, today) is CardState.FULL
    assert rules.card_state(10, 10, True, None, today) is CardState.REDEEMED
    assert rules.card_state(3, 10, False, dt.date(2026, 11, 24), today) is CardState.EXPIRED
    assert rules.card_state(10, 10, False, dt.date(2026, 11, 24), today) is CardState.FULL


def test_room_on_a_full_card() -> None:
    assert rules.room_for(9, 10, False, 3) == 1
    assert rules.room_for(10, 10, False, 1) == 0
    assert rules.room_for(10, 10, True, 2) == 2
    assert rules.room_for(-1, 10, False, 3) == 3  # a stamp owed from an earlier card


def test_add_months_clips_to_the_month_end() -> None:
    assert rules.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert rules.add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
    assert rules.add_months(dt.date(2026, 11, 24), 12) == dt.date(2027, 11, 24)


def test_progress_text() -> None:
    assert rules.progress_text(7, 10) == "7 von 10 Stempeln"
    assert rules.progress_text(-1, 10) == "0 von 10 Stempeln"


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_customer_code_round_trips(number: int) -> None:
    assert rules.parse_customer_code(rules.customer_code(number)) == number


@pytest.mark.parametrize(
    "text", ["", "10023", "BELBO-KUNDE-", "BELBO-KUNDE-12a", "BELBO-GUTSCHEIN-1", "BELBO-KUNDE-١٢"]
)
def test_other_scans_are_not_customer_codes(text: str) -> None:
    assert rules.parse_customer_code(text) is None


def test_customer_code_from_a_scanner_on_a_german_layout() -> None:
    assert rules.parse_customer_code("belboßkundeß10023\n") == 10023


def test_amount_reward_comes_off_the_dearest_line_and_never_below_zero() -> None:
    card = uuid.uuid4()
    cheap = ItemLine("Kinderhaarschnitt", Money(1900), 19)
    dear = ItemLine("EMS-Training", Money(3900), 19)
    result = rules.with_reward_discount([cheap, dear], Money(2000), card)
    assert result is not None
    assert result[0] == cheap and result[1].discount == Money(2000)
    assert result[1].bonus_card_id == card
    small = rules.with_reward_discount([cheap], Money(5000), card)
    assert small is not None and small[0].discount == Money(1900)
    assert rules.with_reward_discount([], Money(2000), card) is None
