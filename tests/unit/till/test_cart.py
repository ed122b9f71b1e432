"""The cart: sums, change, VAT per rate and DSFinV-K business cases, without a database."""

from __future__ import annotations

import uuid

from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import (
    BusinessCase,
    Cart,
    CartProblem,
    ItemLine,
    PaymentMethod,
    Redemption,
    VoucherSale,
    vat_summary,
)
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind

HAIRCUT = ItemLine("Damenhaarschnitt", Money(4900), 19, catalogue_item_id=uuid.uuid4())
BOOK = ItemLine("Fachbuch", Money(1400), 7)


def value_voucher(cents: int, discount: int = 0) -> VoucherSale:
    return VoucherSale(
        VoucherKind.VALUE, Money(cents), VatTreatment.MULTI_PURPOSE, None, discount=Money(discount)
    )


def test_cash_change_is_given_minus_total() -> None:
    cart = Cart()
    cart.add_item(HAIRCUT)
    payment = cart.pay(PaymentMethod.CASH, Money(10000))
    assert payment.amount == Money(4900) and payment.change == Money(5100)
    assert cart.problems() == [] and cart.change == Money(5100)


def test_mixed_cash_and_card() -> None:
    cart = Cart()
    cart.add_item(HAIRCUT)
    cart.add_item(BOOK)
    cart.pay(PaymentMethod.CASH, Money(2000))
    assert cart.remaining == Money(4300)
    cart.pay(PaymentMethod.CARD)
    assert cart.problems() == [] and cart.change == Money(0)


def test_underpaid_cart_is_refused() -> None:
    cart = Cart()
    cart.add_item(HAIRCUT)
    cart.pay(PaymentMethod.CASH, Money(1000))
    assert CartProblem.UNDERPAID in cart.problems()


def test_several_vouchers_stay_separate_lines() -> None:
    cart = Cart()
    cart.add_vouchers(value_voucher(5000), count=3)
    lines = cart.postings()
    assert len(lines) == 3 and {ln.voucher_ref for ln in lines} == {0, 1, 2}
    assert all(ln.amount == Money(5000) for ln in lines)


def test_discount_on_a_voucher_changes_the_price_not_the_value() -> None:
    cart = Cart()
    cart.add_vouchers(value_voucher(5000, discount=500))
    (line,) = cart.postings()
    assert line.unit_price == Money(5000) and line.discount == Money(500)
    assert line.amount == Money(4500) and cart.total == Money(4500)
    assert cart.vouchers[0].value == Money(5000)


def test_multi_purpose_voucher_sale_is_not_taxable_and_redemption_taxes_the_service() -> None:
    cart = Cart()
    cart.add_vouchers(value_voucher(5000))
    (sale,) = cart.postings()
    assert sale.business_case is BusinessCase.MULTI_PURPOSE_SALE
    assert sale.vat_rate is None and sale.vat == Money(0)
    cart = Cart()
    cart.add_item(HAIRCUT)
    cart.add_redemption(
        Redemption(uuid.uuid4(), "X", Money(3000), VatTreatment.MULTI_PURPOSE, None)
    )
    cart.pay(PaymentMethod.CARD)
    assert cart.total == Money(1900) and cart.problems() == []
    summary = {t.rate: t for t in vat_summary(cart.postings())}
    assert summary[19].gross == Money(4900) and summary[19].vat == Money(782)
    assert summary[None].gross == Money(-3000)


def test_single_purpose_redemption_reverses_vat_paid_at_purchase() -> None:
    cart = Cart()
    cart.add_item(HAIRCUT)
    cart.add_redemption(
        Redemption(
            uuid.uuid4(), "X", Money(4900), VatTreatment.SINGLE_PURPOSE, 19, VoucherKind.SERVICE
        )
    )
    lines = cart.postings()
    assert lines[1].business_case is BusinessCase.SINGLE_PURPOSE_REDEMPTION
    (total,) = vat_summary(lines)
    assert total.rate == 19 and total.gross == Money(0) and total.vat == Money(0)


def test_a_voucher_never_pays_for_another_voucher() -> None:
    cart = Cart()
    cart.add_vouchers(value_voucher(5000))
    cart.add_redemption(
        Redemption(uuid.uuid4(), "X", Money(5000), VatTreatment.MULTI_PURPOSE, None)
    )
    assert CartProblem.REDEMPTION_TOO_HIGH in cart.problems()
    assert cart.redeemable_room() == Money(0)


def test_vat_summary_orders_rates_high_to_low_and_not_taxable_last() -> None:
    cart = Cart()
    cart.add_item(BOOK)
    cart.add_item(HAIRCUT)
    cart.add_vouchers(value_voucher(2500))
    assert [t.rate for t in vat_summary(cart.postings())] == [19, 7, None]


def test_same_catalogue_item_twice_adds_quantity() -> None:
    cart = Cart()
    cart.add_item(HAIRCUT)
    cart.add_item(HAIRCUT)
    assert len(cart.items) == 1 and cart.items[0].quantity == 2
    assert cart.total == Money(9800)


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

items = st.builds(
    ItemLine,
    st.just("Artikel"),
    st.integers(0, 50_000).map(Money),
    st.sampled_from([19, 7, 0]),
    st.integers(1, 5),
)
vouchers = st.integers(100, 50_000).map(value_voucher)


@given(st.lists(items, max_size=6), st.lists(vouchers, max_size=3), st.integers(0, 100_000))
def test_postings_add_up_to_the_total_and_vat_per_rate(
    item_list: list[ItemLine], voucher_list: list[VoucherSale], redeem: int
) -> None:
    cart = Cart()
    for i in item_list:
        cart.add_item(i)
    for v in voucher_list:
        cart.add_vouchers(v)
    amount = min(Money(redeem), cart.redeemable_room())
    if amount.cents:
        cart.add_redemption(Redemption(uuid.uuid4(), "X", amount, VatTreatment.MULTI_PURPOSE, None))
    lines = cart.postings()
    assert sum(ln.amount.cents for ln in lines) == cart.total.cents
    summary = vat_summary(lines)
    assert sum(t.gross.cents for t in summary) == cart.total.cents
    assert sum(t.vat.cents for t in summary) == sum(ln.vat.cents for ln in lines)
    for t in summary:
        assert t.rate is not None or t.vat == Money(0)
        assert abs(t.vat.cents) <= abs(t.gross.cents)
    cart.pay(PaymentMethod.CASH, cart.total + Money(1234))
    assert cart.change == Money(1234)
    assert cart.problems() == ([] if (item_list or voucher_list) else [CartProblem.EMPTY])
