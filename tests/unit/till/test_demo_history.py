"""The demo's till history holds up when read through the app's own services: ledgers
add up, receipts have no gaps and balance, closings match their receipts, and the till
sells on with the next number."""

from __future__ import annotations

import random
import shutil
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from belbo_desktop.bootstrap import App, bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import BusinessCase, Cart, ItemLine, PaymentMethod
from belbo_desktop.domain.vouchers import EntryKind, VoucherState, normalise_code
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.demo import build_demo
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.signing import SignatureState
from belbo_desktop.services.vouchers import StateFilter, VoucherInfo, VoucherQuery
from belbo_desktop.storage.orm import AuditEntry
from belbo_desktop.storage.orm.sales import Sale, SaleLine, SalePayment, TillClosing
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry

CUSTOMERS = 600


@pytest.fixture
def demo(app: App) -> Iterator[App]:
    build_demo(app.uow, app.clock, app.hasher, customers=CUSTOMERS, till_file=app.paths.till_file)
    yield app


def _login(app: App, username: str) -> Actor:
    login = next(d for d in DEMO_LOGINS if d.username == username)
    return app.staff.login(login.username, login.password)


def _all_vouchers(
    app: App, actor: Actor, state: StateFilter = StateFilter.ALL
) -> list[VoucherInfo]:
    return app.vouchers.page(actor, VoucherQuery(state=state), 0, 100_000)


def test_there_is_years_of_history_with_regulars(demo: App) -> None:
    with demo.uow.read() as s:
        sales = s.scalar(select(func.count()).select_from(Sale)) or 0
        vouchers = s.scalar(select(func.count()).select_from(Voucher)) or 0
        visits = s.execute(
            select(func.count())
            .select_from(Sale)
            .where(Sale.customer_id.is_not(None))
            .group_by(Sale.customer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar()
        span = s.execute(select(func.min(Sale.finished_at), func.max(Sale.finished_at))).one()
    assert CUSTOMERS * 0.4 < sales < CUSTOMERS * 0.6
    assert CUSTOMERS * 0.07 < vouchers < CUSTOMERS * 0.14
    assert visits is not None and visits >= 40  # a regular who comes every few weeks
    assert (span[1] - span[0]).days > 3 * 365 - 10


def test_every_voucher_balance_is_its_ledger_and_never_negative(demo: App) -> None:
    actor = _login(demo, "manager")
    infos = _all_vouchers(demo, actor)
    assert len(infos) == demo.vouchers.count(actor, VoucherQuery())
    for info in infos:
        assert normalise_code(info.code) == info.code
        detail = demo.vouchers.detail(actor, info.id)
        assert detail.ledger[0].kind is EntryKind.ISSUE
        assert detail.ledger[0].amount == info.face_value
        assert all(row.balance_after.cents >= 0 for row in detail.ledger)
        assert detail.ledger[-1].balance_after == info.balance
    assert len({i.code for i in infos}) == len(infos)
    states = Counter(i.state for i in infos)
    assert {VoucherState.ACTIVE, VoucherState.PARTLY_REDEEMED, VoucherState.REDEEMED} <= set(states)


def test_redemptions_and_reversals_name_their_receipts(demo: App) -> None:
    with demo.uow.read() as s:
        entries = s.execute(
            select(VoucherEntry.kind, VoucherEntry.voucher_id, VoucherEntry.sale_id)
        ).all()
        lines = {
            (sale_id, voucher_id)
            for sale_id, voucher_id in s.execute(
                select(SaleLine.sale_id, SaleLine.voucher_id).where(
                    SaleLine.voucher_id.is_not(None)
                )
            )
        }
        expired = s.execute(
            select(VoucherEntry.at, Voucher.valid_until)
            .join(Voucher, Voucher.id == VoucherEntry.voucher_id)
            .where(VoucherEntry.kind == EntryKind.EXPIRY.value)
        ).all()
    for kind, voucher_id, sale_id in entries:
        if kind == EntryKind.EXPIRY.value:
            assert sale_id is None
        else:  # issue, redemption and their Storno: the receipt has the voucher's line
            assert (sale_id, voucher_id) in lines, kind
    for at, valid_until in expired:
        assert at.date() > valid_until


def test_receipts_count_up_without_gaps_and_balance(demo: App) -> None:
    actor = _login(demo, "empfang")
    with demo.uow.read() as s:
        numbers = s.execute(
            select(Sale.till_id, Sale.receipt_no, Sale.id).order_by(Sale.till_id, Sale.receipt_no)
        ).all()
    by_till: dict[uuid.UUID, list[int]] = {}
    for till_id, receipt_no, _sale in numbers:
        by_till.setdefault(till_id, []).append(receipt_no)
    assert len(by_till) == 1
    for receipts in by_till.values():
        assert receipts == list(range(1, len(receipts) + 1))
    for _till, _no, sale_id in random.Random(5).sample(numbers, 60):
        receipt = demo.till.receipt(actor, sale_id)
        assert sum(ln.amount.cents for ln in receipt.lines) == receipt.total.cents
        assert sum(p.amount.cents for p in receipt.payments) == receipt.total.cents
        assert sum(v.gross.cents for v in receipt.vat) == receipt.total.cents
        for ln in receipt.lines:
            if ln.vat_rate:
                sign = -1 if ln.amount.cents < 0 else 1
                expected = Money(abs(ln.amount.cents)).vat_included(ln.vat_rate).cents * sign
                assert ln.vat.cents == expected
            if ln.business_case is not BusinessCase.SALE:
                assert ln.voucher_code
        for p in receipt.payments:
            if p.tendered is not None:
                assert p.change == p.tendered - p.amount and p.method is PaymentMethod.CASH
        assert receipt.signature.state is SignatureState.NO_TSE


def test_reversals_are_complete(demo: App) -> None:
    actor = _login(demo, "manager")
    with demo.uow.read() as s:
        pairs = s.execute(
            select(Sale.id, Sale.reverses_sale_id).where(Sale.reverses_sale_id.is_not(None))
        ).all()
        audited = set(
            s.scalars(select(AuditEntry.target_id).where(AuditEntry.action == "sale_reversed"))
        )
    assert pairs
    for reversal_id, original_id in pairs:
        reversal = demo.till.receipt(actor, reversal_id)
        original = demo.till.receipt(actor, original_id)
        assert reversal.total == -original.total
        assert reversal.reverses_receipt_no == original.receipt_no
        assert original.reversed_by_receipt_no == reversal.receipt_no
        assert [ln.amount for ln in reversal.lines] == [-ln.amount for ln in original.lines]
        assert str(original_id) in audited
        assert reversal_id.version == 7 and reversal_id > original_id  # made after it
    summaries = demo.till.recent(actor, 100)
    assert [s.finished_at for s in summaries] == sorted(
        (s.finished_at for s in summaries), reverse=True
    )


def test_closings_cover_every_receipt_with_their_totals(demo: App) -> None:
    actor = _login(demo, "empfang")
    closings = demo.till.closings(actor)
    assert len(closings) > 200  # nearly every day with a sale
    with demo.uow.read() as s:
        ranges = s.execute(
            select(
                TillClosing.number, TillClosing.first_receipt_no, TillClosing.last_receipt_no
            ).order_by(TillClosing.number)
        ).all()
        history_end = ranges[-1][2]
        busiest = s.execute(
            select(TillClosing.id, TillClosing.first_receipt_no, TillClosing.last_receipt_no)
            .order_by((TillClosing.last_receipt_no - TillClosing.first_receipt_no).desc())
            .limit(1)
        ).one()
        totals = s.execute(
            select(func.count(), func.sum(Sale.total_cents)).where(
                Sale.receipt_no.between(busiest[1], busiest[2])
            )
        ).one()
        payments = dict(
            s.execute(
                select(SalePayment.method, func.sum(SalePayment.amount_cents))
                .join(Sale, Sale.id == SalePayment.sale_id)
                .where(Sale.receipt_no.between(busiest[1], busiest[2]))
                .group_by(SalePayment.method)
            ).all()
        )
    expected_first = 1
    for number, (n, first, last) in enumerate(ranges, start=1):
        assert (n, first) == (number, expected_first) and last >= first
        expected_first = last + 1
    report = demo.till.closing(actor, busiest[0])
    assert report.totals["receipts"] == totals[0]
    assert report.totals["total"] == totals[1]
    assert report.totals["payments"] == payments
    vat = report.totals["vat"]
    assert isinstance(vat, list) and sum(v["gross"] for v in vat) == totals[1]
    # today's demo sales close on their own, after the history's last closing
    today = demo.till.close_day(actor)
    assert today.first_receipt_no == history_end + 1


def test_overview_states_partition_the_vouchers(demo: App) -> None:
    actor = _login(demo, "manager")
    everything = {v.id for v in _all_vouchers(demo, actor)}
    seen: set[uuid.UUID] = set()
    for state in (
        StateFilter.ACTIVE,
        StateFilter.PARTLY_REDEEMED,
        StateFilter.REDEEMED,
        StateFilter.EXPIRED,
        StateFilter.CANCELLED,
    ):
        rows = _all_vouchers(demo, actor, state)
        assert demo.vouchers.count(actor, VoucherQuery(state=state)) == len(rows)
        assert all(r.state.value == state.value for r in rows)
        assert not seen & {r.id for r in rows}
        seen |= {r.id for r in rows}
    assert seen == everything
    first = demo.vouchers.page(actor, VoucherQuery(), 0, 10)
    assert [v.created_at for v in first] == sorted((v.created_at for v in first), reverse=True)


def test_the_till_sells_on_with_the_next_receipt_number(demo: App) -> None:
    actor = _login(demo, "empfang")
    with demo.uow.read() as s:
        last = s.scalar(select(func.max(Sale.receipt_no)))
    cut = next(i for i in demo.catalogue.items(actor) if i.name == "Damenhaarschnitt")
    cart = Cart()
    cart.add_item(ItemLine(cut.name, cut.price, cut.vat_rate, catalogue_item_id=cut.id))
    cart.pay(PaymentMethod.CARD)
    result = demo.till.commit(actor, cart)
    assert result.receipt_no == (last or 0) + 1
    assert demo.till.till(actor).name == "Kasse 1"


def test_the_history_is_the_same_for_the_same_seed(
    app: App, tmp_path: Path, migrated_template: Path
) -> None:
    paths = Paths(tmp_path / "again")
    paths.ensure()
    shutil.copyfile(migrated_template, paths.database)
    again = bootstrap(paths, clock=app.clock, hasher=Hasher.fast())  # type: ignore[arg-type]
    try:
        assert _fingerprint(app) == _fingerprint(again)
    finally:
        again.close()


def _fingerprint(app: App) -> tuple[list[tuple[object, ...]], list[str]]:
    build_demo(app.uow, app.clock, app.hasher, customers=200)
    with app.uow.read() as s:
        sales = [
            tuple(row)
            for row in s.execute(
                select(Sale.receipt_no, Sale.finished_at, Sale.total_cents).order_by(
                    Sale.receipt_no
                )
            )
        ]
        codes = list(s.scalars(select(Voucher.code).order_by(Voucher.code)))
    return sales, codes
