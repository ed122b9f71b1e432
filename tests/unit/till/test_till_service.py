"""Selling and redeeming vouchers at the till, reversal, rights, and the peers' bugs."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import BusinessCase, Cart, PaymentMethod, Redemption, VoucherSale
from belbo_desktop.domain.vouchers import (
    EntryKind,
    InvalidCode,
    VatTreatment,
    VoucherKind,
    VoucherState,
)
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.services.signing import (
    Signature,
    SignatureState,
    SigningUnavailable,
    SignRequest,
)
from belbo_desktop.storage.orm.sales import Sale
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry
from tests.conftest import Salon
from tests.unit.till.builders import a_voucher_sold, item, redeem, value_voucher

Catalogue = dict[str, CatalogueRow]


def counts(app: App) -> tuple[int, int, int]:
    with app.uow.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Sale)) or 0,
            s.scalar(select(func.count()).select_from(Voucher)) or 0,
            s.scalar(select(func.count()).select_from(VoucherEntry)) or 0,
        )


def test_sale_with_voucher_purchase_issues_a_voucher_with_its_ledger(
    app: App, salon: Salon
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    info = app.vouchers.lookup(salon.front_desk, voucher.display_code)
    assert info.balance == Money(5000) and info.state is VoucherState.ACTIVE
    assert info.valid_until == dt.date(2029, 12, 31)
    assert info.recipient == "Oma Inge" and info.receipt_no == 1
    detail = app.vouchers.detail(salon.front_desk, info.id)
    assert [(e.kind, e.amount) for e in detail.ledger] == [(EntryKind.ISSUE, Money(5000))]
    receipt = app.till.receipt(salon.front_desk, info.sale_id)  # type: ignore[arg-type]
    assert receipt.lines[0].business_case is BusinessCase.MULTI_PURPOSE_SALE
    assert receipt.lines[0].voucher_code == voucher.display_code


def test_partial_redemption_over_three_sales(app: App, salon: Salon, catalogue: Catalogue) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 10000)
    cut = catalogue["Damenhaarschnitt"]  # 49 €
    redeem(app, salon.front_desk, voucher.code, cut)
    redeem(app, salon.front_desk, voucher.code, cut)
    assert app.vouchers.lookup(salon.front_desk, voucher.code).balance == Money(200)
    last = redeem(app, salon.front_desk, voucher.code, cut)  # 2 € from the voucher, 47 € card
    assert last.total == Money(4700)
    info = app.vouchers.lookup(salon.front_desk, voucher.code)
    assert info.balance == Money(0) and info.state is VoucherState.REDEEMED
    ledger = app.vouchers.detail(salon.front_desk, info.id).ledger
    assert [e.amount.cents for e in ledger] == [10000, -4900, -4900, -200]
    assert [e.balance_after.cents for e in ledger] == [10000, 5100, 200, 0]
    assert [e.receipt_no for e in ledger] == [1, 2, 3, 4]


def test_redemption_of_an_expired_voucher_is_refused(
    app: App, salon: Salon, catalogue: Catalogue, clock: FixedClock
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    clock.set(dt.datetime(2030, 1, 1, 10, tzinfo=dt.UTC))
    with pytest.raises(ValidationError) as info:
        redeem(app, salon.front_desk, voucher.code, catalogue["Färben"])
    assert "abgelaufen" in info.value.text() and "31.12.2029" in info.value.text()
    assert app.vouchers.lookup(salon.front_desk, voucher.code).state is VoucherState.EXPIRED


def test_expired_voucher_in_a_parked_cart_is_refused_at_commit(
    app: App, salon: Salon, catalogue: Catalogue, clock: FixedClock
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    info = app.vouchers.check_redeemable(salon.front_desk, voucher.code)
    cart = Cart()
    cart.add_item(item(catalogue["Färben"]))
    cart.add_redemption(
        Redemption(info.id, info.display_code, Money(5000), info.treatment, info.vat_rate)
    )
    cart.pay(PaymentMethod.CARD)
    clock.set(dt.datetime(2030, 1, 2, 10, tzinfo=dt.UTC))
    before = counts(app)
    with pytest.raises(ValidationError):
        app.till.commit(salon.front_desk, cart)
    assert counts(app) == before


def test_mistyped_code_is_refused_by_the_check_character(app: App, salon: Salon) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    typo = "3" if voucher.code[4] != "3" else "4"
    typed = voucher.code[:4] + typo + voucher.code[5:]
    with pytest.raises(ValidationError) as info:
        app.vouchers.lookup(salon.front_desk, typed)
    assert "Prüfzeichen" in info.value.text()
    assert "check character" in info.value.text("en")


def test_unknown_code_and_wrong_characters_get_clear_messages(app: App, salon: Salon) -> None:
    with pytest.raises(ValidationError) as unknown:
        app.vouchers.lookup(salon.front_desk, "22222-22222-22222")
    assert "gibt es nicht" in unknown.value.text()
    with pytest.raises(ValidationError) as bad:
        app.vouchers.lookup(salon.front_desk, "K7QF0-2MDX4-TPH3R")
    assert "(0)" in bad.value.text()


def test_cancelling_a_sale_restores_the_voucher_balance(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    sale = redeem(app, salon.front_desk, voucher.code, catalogue["Hautanalyse"])  # 35 €
    assert app.vouchers.lookup(salon.owner, voucher.code).balance == Money(1500)
    reversal = app.till.reverse(salon.manager, sale.sale_id, "Falsche Leistung gebucht")
    assert reversal.receipt_no == 3 and reversal.total == Money(0)
    info = app.vouchers.lookup(salon.owner, voucher.code)
    assert info.balance == Money(5000) and info.state is VoucherState.ACTIVE
    kinds = [e.kind for e in app.vouchers.detail(salon.owner, info.id).ledger]
    assert kinds == [EntryKind.ISSUE, EntryKind.REDEMPTION, EntryKind.REDEMPTION_REVERSAL]
    receipt = app.till.receipt(salon.owner, reversal.sale_id)
    assert receipt.reverses_receipt_no == 2 and receipt.reason == "Falsche Leistung gebucht"
    assert all(
        ln.amount.cents <= 0 for ln in receipt.lines if ln.business_case is BusinessCase.SALE
    )
    assert app.till.receipt(salon.owner, sale.sale_id).reversed_by_receipt_no == 3


def test_a_sale_is_reversed_only_once_and_a_reversal_never(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    cart = Cart()
    cart.add_item(item(catalogue["Maniküre"]))
    cart.pay(PaymentMethod.CASH, Money(5000))
    sale = app.till.commit(salon.front_desk, cart)
    reversal = app.till.reverse(salon.owner, sale.sale_id, "Doppelt gebucht")
    before = counts(app)
    with pytest.raises(ValidationError):
        app.till.reverse(salon.owner, sale.sale_id, "nochmal")
    with pytest.raises(ValidationError):
        app.till.reverse(salon.owner, reversal.sale_id, "Storno vom Storno")
    with pytest.raises(ValidationError):
        app.till.reverse(salon.owner, sale.sale_id, "   ")
    assert counts(app) == before


def test_reversing_a_voucher_sale_voids_the_voucher_unless_it_was_used(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    unused = a_voucher_sold(app, salon.front_desk, 5000)
    used = a_voucher_sold(app, salon.front_desk, 5000)
    redeem(app, salon.front_desk, used.code, catalogue["Kinderhaarschnitt"])
    unused_info = app.vouchers.lookup(salon.owner, unused.code)
    app.till.reverse(salon.owner, unused_info.sale_id, "Kundin hat es sich anders überlegt")  # type: ignore[arg-type]
    after = app.vouchers.lookup(salon.owner, unused.code)
    assert after.balance == Money(0) and after.state is VoucherState.CANCELLED
    with pytest.raises(ValidationError) as refused:
        app.vouchers.check_redeemable(salon.front_desk, unused.code)
    assert "storniert" in refused.value.text()
    used_info = app.vouchers.lookup(salon.owner, used.code)
    before = counts(app)
    with pytest.raises(ValidationError) as info:
        app.till.reverse(salon.owner, used_info.sale_id, "zu spät")  # type: ignore[arg-type]
    assert "bereits" in info.value.text()
    assert counts(app) == before


def test_front_desk_may_sell_but_not_cancel_without_the_right(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    info = app.vouchers.lookup(salon.front_desk, voucher.code)
    before = counts(app)
    with pytest.raises(PermissionDenied):
        app.till.reverse(salon.front_desk, info.sale_id, "Versehen")  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        app.vouchers.cancel(salon.front_desk, info.id, "Versehen")
    assert counts(app) == before


def test_receipt_numbers_have_no_gaps_when_a_commit_fails(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    a_voucher_sold(app, salon.front_desk, 2500)
    bad = Cart()
    bad.add_item(item(catalogue["Färben"]))
    bad.pay(PaymentMethod.CASH, Money(100))  # underpaid
    with pytest.raises(ValidationError):
        app.till.commit(salon.front_desk, bad)
    a_voucher_sold(app, salon.front_desk, 2500)
    with app.uow.read() as s:
        assert list(s.scalars(select(Sale.receipt_no).order_by(Sale.receipt_no))) == [1, 2]


def test_several_vouchers_in_one_sale_stay_separate(app: App, salon: Salon) -> None:
    cart = Cart()
    cart.add_vouchers(value_voucher(2500), count=3)
    cart.pay(PaymentMethod.CARD)
    result = app.till.commit(salon.front_desk, cart)
    assert len({v.code for v in result.vouchers}) == 3
    assert all(
        app.vouchers.lookup(salon.front_desk, v.code).balance == Money(2500)
        for v in result.vouchers
    )


def test_discount_on_a_voucher_sale_lowers_the_price_not_the_value(app: App, salon: Salon) -> None:
    cart = Cart()
    cart.add_vouchers(value_voucher(5000, discount=1000))
    cart.pay(PaymentMethod.CASH, Money(4000))
    result = app.till.commit(salon.front_desk, cart)
    info = app.vouchers.lookup(salon.front_desk, result.vouchers[0].code)
    assert info.face_value == Money(5000) and info.balance == Money(5000)
    assert info.price_paid == Money(4000) and result.total == Money(4000)
    line = app.till.receipt(salon.front_desk, result.sale_id).lines[0]
    assert (line.unit_price, line.discount, line.amount) == (Money(5000), Money(1000), Money(4000))


@pytest.mark.parametrize("how", ["used_up", "cancelled"])
def test_used_up_or_cancelled_voucher_is_never_accepted(
    app: App, salon: Salon, catalogue: Catalogue, how: str
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 1900)
    info = app.vouchers.lookup(salon.owner, voucher.code)
    if how == "used_up":
        redeem(app, salon.front_desk, voucher.code, catalogue["Kinderhaarschnitt"])
    else:
        app.vouchers.cancel(salon.owner, info.id, "Falsch ausgestellt")
    with pytest.raises(ValidationError):
        app.vouchers.check_redeemable(salon.front_desk, voucher.code)
    # a cart built from a stale lookup is refused at commit too
    cart = Cart()
    cart.add_item(item(catalogue["Färben"]))
    cart.add_redemption(
        Redemption(info.id, info.display_code, Money(1900), info.treatment, info.vat_rate)
    )
    cart.pay(PaymentMethod.CARD)
    before = counts(app)
    with pytest.raises(ValidationError):
        app.till.commit(salon.front_desk, cart)
    assert counts(app) == before


def test_two_parked_carts_cannot_spend_the_same_balance_twice(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    info = app.vouchers.check_redeemable(salon.front_desk, voucher.code)
    carts = []
    for _ in range(2):
        cart = Cart()
        cart.add_item(item(catalogue["Damenhaarschnitt"]))
        cart.add_redemption(
            Redemption(info.id, info.display_code, Money(4900), info.treatment, info.vat_rate)
        )
        carts.append(cart)
    # a parked / abandoned cart changes nothing
    assert app.vouchers.lookup(salon.front_desk, voucher.code).balance == Money(5000)
    app.till.commit(salon.front_desk, carts[0])
    with pytest.raises(ValidationError) as info_err:
        app.till.commit(salon.front_desk, carts[1])
    assert "nur noch 1,00 €" in info_err.value.text()
    assert app.vouchers.lookup(salon.front_desk, voucher.code).balance == Money(100)


def test_paid_receipts_and_ledger_cannot_be_changed_in_the_database(app: App, salon: Salon) -> None:
    a_voucher_sold(app, salon.front_desk, 5000)
    con = sqlite3.connect(app.paths.database)
    try:
        for statement in (
            "UPDATE sales SET total_cents = 1",
            "DELETE FROM sale_lines",
            "UPDATE vouchers SET face_value_cents = 99999",
            "DELETE FROM voucher_entries",
            "UPDATE sale_payments SET amount_cents = 0",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(statement)
    finally:
        con.close()


def test_database_refuses_a_ledger_entry_below_zero(app: App, salon: Salon) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    with pytest.raises(Exception, match="below zero"), app.uow.write() as s:
        s.execute(
            text(
                "INSERT INTO voucher_entries (id, voucher_id, at, kind, amount_cents) "
                "VALUES (:id, :vid, '2026-11-24 10:00:00', 'redemption', -5001)"
            ),
            {"id": uuid.uuid4().hex, "vid": voucher.id.hex},
        )


class BrokenTse:
    """A security device that went away."""

    def __init__(self) -> None:
        self.broken = True

    def sign(self, request: SignRequest) -> Signature:
        if self.broken:
            raise SigningUnavailable("USB device not found")
        return Signature(SignatureState.SIGNED, {"counter": request.receipt_no})


def test_failing_security_device_never_stops_a_sale_and_is_retried(app: App, salon: Salon) -> None:
    tse = BrokenTse()
    app.till.signer = tse
    result = app.till.commit(salon.front_desk, _cash_voucher_cart())
    assert result.signature is SignatureState.FAILED
    assert app.till.receipt(salon.front_desk, result.sale_id).signature.state is (
        SignatureState.FAILED
    )
    assert app.till.retry_signatures(salon.front_desk) == 0  # still broken
    tse.broken = False
    assert app.till.retry_signatures(salon.front_desk) == 1
    receipt = app.till.receipt(salon.front_desk, result.sale_id)
    assert receipt.signature.state is SignatureState.SIGNED
    assert app.till.retry_signatures(salon.front_desk) == 0


def test_without_a_device_receipts_record_no_tse(app: App, salon: Salon) -> None:
    result = app.till.commit(salon.front_desk, _cash_voucher_cart())
    assert result.signature is SignatureState.NO_TSE


def _cash_voucher_cart() -> Cart:
    cart = Cart()
    cart.add_vouchers(value_voucher(3000))
    cart.pay(PaymentMethod.CASH, Money(5000))
    return cart


def test_after_sale_hooks_run_in_the_sale_transaction(app: App, salon: Salon) -> None:
    seen = []
    app.till.after_sale.append(lambda s, actor, sale: seen.append(sale.receipt_no))
    app.till.commit(salon.front_desk, _cash_voucher_cart())
    assert seen == [1]

    def broken(s: object, actor: object, sale: object) -> None:
        raise RuntimeError("bonus module failed")

    app.till.after_sale.append(broken)
    before = counts(app)
    with pytest.raises(RuntimeError):
        app.till.commit(salon.front_desk, _cash_voucher_cart())
    assert counts(app) == before  # the sale rolled back with the hook


def test_service_voucher_is_single_purpose_and_pays_its_service(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    cut = catalogue["Damenhaarschnitt"]
    cart = Cart()
    cart.add_vouchers(
        VoucherSale(
            VoucherKind.SERVICE,
            cut.price,
            VatTreatment.SINGLE_PURPOSE,
            cut.vat_rate,
            cut.id,
            cut.name,
            recipient="Lena",
        )
    )
    cart.pay(PaymentMethod.CARD)
    sold = app.till.commit(salon.front_desk, cart)
    line = app.till.receipt(salon.front_desk, sold.sale_id).lines[0]
    assert line.business_case is BusinessCase.SINGLE_PURPOSE_SALE and line.vat == Money(782)
    with pytest.raises(ValidationError) as missing:
        redeem(app, salon.front_desk, sold.vouchers[0].code, catalogue["Färben"])
    assert "Damenhaarschnitt" in missing.value.text()
    result = redeem(app, salon.front_desk, sold.vouchers[0].code, cut)
    assert result.total == Money(0)
    receipt = app.till.receipt(salon.front_desk, result.sale_id)
    assert sum(t.vat.cents for t in receipt.vat) == 0  # VAT was paid at purchase
    assert app.vouchers.lookup(salon.front_desk, sold.vouchers[0].code).balance == Money(0)


def test_invalid_voucher_sale_input_changes_nothing(app: App, salon: Salon) -> None:
    before = counts(app)
    for voucher in (
        value_voucher(50),
        value_voucher(5000, recipient="x" * 81),
        value_voucher(5000, message="y" * 301),
    ):
        cart = Cart()
        cart.add_vouchers(voucher)
        cart.pay(PaymentMethod.CARD)
        with pytest.raises(ValidationError):
            app.till.commit(salon.front_desk, cart)
    with pytest.raises(ValidationError):
        app.till.commit(salon.front_desk, Cart())
    assert counts(app) == before


def test_vouchers_cancel_and_refund_need_a_reason_and_the_right(app: App, salon: Salon) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    info = app.vouchers.lookup(salon.owner, voucher.code)
    before = counts(app)
    with pytest.raises(ValidationError):
        app.till.refund_voucher(salon.owner, info.id, "  ")
    with pytest.raises(PermissionDenied):
        app.till.refund_voucher(salon.front_desk, info.id, "bar ausgezahlt")
    assert counts(app) == before
    paid = app.till.refund_voucher(salon.owner, info.id, "Kundin zieht weg, bar ausgezahlt")
    assert paid.total == Money(-5000) and paid.receipt_no == 2
    refunded = app.vouchers.lookup(salon.owner, voucher.code)
    assert refunded.balance == Money(0) and refunded.state is VoucherState.CANCELLED
    receipt = app.till.receipt(salon.owner, paid.sale_id)
    assert receipt.payments[0].amount == Money(-5000)
    assert receipt.lines[0].business_case is BusinessCase.MULTI_PURPOSE_REDEMPTION
    with pytest.raises(ValidationError):
        app.vouchers.cancel(salon.owner, info.id, "nochmal")
    with pytest.raises(ValidationError):
        app.till.reverse(salon.owner, paid.sale_id, "Storno der Auszahlung")
    actions = [e.action for e in app.audit.entries(salon.owner, target_id=str(info.id))]
    assert actions == ["voucher_refund"]
    report = app.till.close_day(salon.owner)
    assert report.totals["payments"] == {"cash": 0}


def test_cancelling_a_voucher_voids_the_rest_without_money(app: App, salon: Salon) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    info = app.vouchers.lookup(salon.owner, voucher.code)
    cancelled = app.vouchers.cancel(salon.owner, info.id, "Irrtümlich ausgestellt")
    assert cancelled.state is VoucherState.CANCELLED and cancelled.balance == Money(0)
    kinds = [e.kind for e in app.vouchers.detail(salon.owner, info.id).ledger]
    assert kinds == [EntryKind.ISSUE, EntryKind.CANCELLATION]


def test_expire_due_books_the_rest_value(app: App, salon: Salon, clock: FixedClock) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    assert app.vouchers.expire_due(salon.owner) == 0
    clock.set(dt.datetime(2030, 1, 1, 12, tzinfo=dt.UTC))
    assert app.vouchers.expire_due(salon.owner) == 1
    info = app.vouchers.lookup(salon.owner, voucher.code)
    assert info.balance == Money(0) and info.state is VoucherState.EXPIRED
    assert app.vouchers.expire_due(salon.owner) == 0


def test_daily_closing_totals_by_payment_method_vat_rate_and_vouchers(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)  # cash 50
    redeem(app, salon.front_desk, voucher.code, catalogue["Färben"])  # 50 voucher + 15 card
    cart = Cart()
    cart.add_item(item(catalogue["Fachbuch Haarpflege"]))
    cart.pay(PaymentMethod.CASH, Money(2000))
    app.till.commit(salon.front_desk, cart)
    report = app.till.close_day(salon.front_desk)
    t = report.totals
    assert (report.number, report.first_receipt_no, report.last_receipt_no) == (1, 1, 3)
    assert t["payments"] == {"cash": 6400, "card": 1500}
    assert t["vouchers_sold"] == {"count": 1, "amount": 5000}
    assert t["vouchers_redeemed"] == {"count": 1, "amount": 5000}
    vat = {row["rate"]: row for row in t["vat"]}  # type: ignore[union-attr]
    assert vat[19]["gross"] == 6500 and vat[7]["vat"] == 92
    with pytest.raises(ValidationError):
        app.till.close_day(salon.front_desk)
    a_voucher_sold(app, salon.front_desk, 2500)
    second = app.till.close_day(salon.front_desk)
    assert (second.number, second.first_receipt_no, second.last_receipt_no) == (2, 4, 4)


def test_overview_filters_by_state_and_finds_by_code_prefix(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    from belbo_desktop.services.vouchers import StateFilter, VoucherQuery

    a = a_voucher_sold(app, salon.front_desk, 5000, recipient="Inge")
    b = a_voucher_sold(app, salon.front_desk, 10000, recipient="Bernd")
    redeem(app, salon.front_desk, b.code, catalogue["Färben"])
    fd = salon.front_desk
    assert app.vouchers.count(fd, VoucherQuery()) == 2
    assert [v.code for v in app.vouchers.page(fd, VoucherQuery(state=StateFilter.ACTIVE))] == [
        a.code
    ]
    partly = app.vouchers.page(fd, VoucherQuery(state=StateFilter.PARTLY_REDEEMED))
    assert [v.code for v in partly] == [b.code]
    found = app.vouchers.page(fd, VoucherQuery(text=a.display_code[:7].lower()))
    assert [v.code for v in found] == [a.code]
    assert [v.code for v in app.vouchers.page(fd, VoucherQuery(text="bern"))] == [b.code]


def test_other_locations_vouchers_are_not_found(app: App, salon: Salon) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    with pytest.raises(NotFound):
        app.till.receipt(salon.front_desk, uuid.uuid4())
    assert app.vouchers.lookup(salon.front_desk, voucher.code).code == voucher.code


def test_each_location_gets_one_till_with_a_serial(app: App, salon: Salon) -> None:
    first = app.till.till(salon.front_desk)
    again = app.till.till(salon.owner)
    assert first == again and first.serial.startswith("BELBO-")
    a_voucher_sold(app, salon.front_desk, 2500)
    assert app.till.till(salon.front_desk) == first


def test_scanner_with_a_us_keyboard_layout_swapping_y_and_z_still_finds_the_voucher(
    app: App, salon: Salon
) -> None:
    from belbo_desktop.domain.vouchers import ALPHABET, check_character

    app.till.random = _FixedCodes("YZ2345678YZABC")  # type: ignore[assignment]
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    assert voucher.code.startswith("YZ") and check_character(voucher.code[:-1]) in ALPHABET
    swapped = voucher.display_code.translate(str.maketrans("YZ", "ZY"))
    assert app.vouchers.lookup(salon.front_desk, swapped).code == voucher.code


def test_a_typo_whose_y_z_swap_happens_to_pass_the_check_still_reads_as_a_typo(
    app: App, salon: Salon
) -> None:
    """The Y/Z retry must not turn a typo into "no voucher with code <something else>"."""
    from belbo_desktop.domain.vouchers import check_character, normalise_code

    a_voucher_sold(app, salon.front_desk, 5000)
    body = "YZ2345678YZABC"
    never_sold = body + check_character(body)
    typed = never_sold.translate(str.maketrans("YZ", "ZY"))
    with pytest.raises(InvalidCode):
        normalise_code(typed)
    with pytest.raises(ValidationError) as err:
        app.vouchers.lookup(salon.front_desk, typed)
    assert err.value.errors["code"].code == "voucher_code_check"


class _FixedCodes:
    def __init__(self, body: str) -> None:
        from belbo_desktop.domain.vouchers import ALPHABET

        self.values = iter([ALPHABET.index(ch) for ch in body])

    def token_bytes(self, n: int) -> bytes:
        return bytes(n)

    def randbelow(self, n: int) -> int:
        return next(self.values)


def test_validity_per_voucher_type_follows_the_settings(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    from belbo_desktop.services.vouchers import VALIDITY_SERVICE_KEY, VALIDITY_VALUE_KEY

    app.settings.set(salon.owner, VALIDITY_VALUE_KEY, 1)
    app.settings.set(salon.owner, VALIDITY_SERVICE_KEY, 2)
    value = a_voucher_sold(app, salon.front_desk, 5000)
    cut = catalogue["Damenhaarschnitt"]
    cart = Cart()
    cart.add_vouchers(
        VoucherSale(
            VoucherKind.SERVICE, cut.price, VatTreatment.SINGLE_PURPOSE, 19, cut.id, cut.name
        )
    )
    cart.pay(PaymentMethod.CARD)
    service = app.till.commit(salon.front_desk, cart).vouchers[0]
    assert value.valid_until == dt.date(2027, 12, 31)
    assert service.valid_until == dt.date(2028, 12, 31)


def test_two_service_vouchers_need_two_of_their_service(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    cut = catalogue["Kinderhaarschnitt"]
    cart = Cart()
    cart.add_vouchers(
        VoucherSale(
            VoucherKind.SERVICE, cut.price, VatTreatment.SINGLE_PURPOSE, 19, cut.id, cut.name
        ),
        count=2,
    )
    cart.pay(PaymentMethod.CARD)
    first, second = app.till.commit(salon.front_desk, cart).vouchers
    infos = [app.vouchers.check_redeemable(salon.front_desk, v.code) for v in (first, second)]
    cart = Cart()
    cart.add_item(item(cut))
    cart.add_item(item(catalogue["Färben"]))
    for info in infos:
        cart.add_redemption(
            Redemption(
                info.id, info.display_code, cut.price, info.treatment, info.vat_rate, info.kind
            )
        )
    cart.pay(PaymentMethod.CARD)
    before = counts(app)
    with pytest.raises(ValidationError) as refused:
        app.till.commit(salon.front_desk, cart)
    assert "Kinderhaarschnitt" in refused.value.text()
    assert counts(app) == before
    cart.items[0] = item(cut, 2)
    cart.payments.clear()
    cart.pay(PaymentMethod.CARD)
    assert app.till.commit(salon.front_desk, cart).total == Money(6500)


def test_each_pc_numbers_receipts_in_a_till_of_its_own(
    app: App, salon: Salon, tmp_path: Path
) -> None:
    from belbo_desktop.services.signing import NoTse
    from belbo_desktop.services.till import TillService

    def till_of_pc(name: str) -> TillService:
        return TillService(
            app.uow, app.clock, app.till.random, NoTse(), till_file=tmp_path / f"{name}.json"
        )

    front, back = till_of_pc("front"), till_of_pc("back")
    assert front.commit(salon.front_desk, _cash_voucher_cart()).receipt_no == 1
    assert back.commit(salon.front_desk, _cash_voucher_cart()).receipt_no == 1
    assert front.commit(salon.front_desk, _cash_voucher_cart()).receipt_no == 2
    one, two = front.till(salon.front_desk), back.till(salon.front_desk)
    assert one.id != two.id and one.serial != two.serial
    assert {one.name, two.name} == {"Kasse 1", "Kasse 2"}
    again = till_of_pc("front")  # a restart of the same PC finds its till again
    assert again.till(salon.front_desk) == one
    assert again.commit(salon.front_desk, _cash_voucher_cart()).receipt_no == 3


def test_a_refused_first_sale_leaves_no_phantom_till(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    cart = Cart()
    cart.add_item(item(catalogue["Färben"]))
    cart.add_redemption(
        Redemption(uuid.uuid4(), "X", Money(1000), VatTreatment.MULTI_PURPOSE, None)
    )
    cart.pay(PaymentMethod.CARD)
    with pytest.raises(ValidationError):
        app.till.commit(salon.front_desk, cart)  # the till was created, then rolled back
    assert app.till.commit(salon.front_desk, _cash_voucher_cart()).receipt_no == 1
    assert app.till.commit(salon.front_desk, _cash_voucher_cart()).receipt_no == 2
