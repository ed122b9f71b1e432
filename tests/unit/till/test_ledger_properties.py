"""Random sequences of till operations never break the books (Hypothesis, stateful).

Whatever front desk and owner do in whatever order — sell, redeem, reverse, cancel, pay
out — every voucher's balance equals its ledger sum and is never negative, every sale's
lines add up to its total and its payments, and receipt numbers have no gaps.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Role
from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod, Redemption
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.passwords import Hasher
from tests.unit.till.builders import value_voucher

TEMPLATE: Path | None = None


@pytest.fixture(autouse=True, scope="module")
def _template(migrated_template: Path) -> None:
    global TEMPLATE
    TEMPLATE = migrated_template


class TillBooks(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        assert TEMPLATE is not None
        self.folder = Path(tempfile.mkdtemp())
        paths = Paths(self.folder / "data")
        paths.ensure()
        shutil.copyfile(TEMPLATE, paths.database)
        self.app = bootstrap(paths, hasher=Hasher.fast())
        location = self.app.locations.create(None, BusinessData(name="Eigenschaften"))
        self.app.staff.create_staff(
            None,
            location_id=location,
            username="chefin",
            display_name="Chefin",
            role=Role.OWNER,
            password="richtig-geheim",
            pin="1111",
        )
        self.owner = self.app.staff.login("chefin", "richtig-geheim")
        self.codes: list[str] = []
        self.sales: list[uuid.UUID] = []

    def teardown(self) -> None:
        self.app.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(
        cents=st.sampled_from([1000, 2500, 5000]),
        count=st.integers(1, 2),
        discount=st.sampled_from([0, 500]),
    )
    def sell(self, cents: int, count: int, discount: int) -> None:
        cart = Cart()
        cart.add_vouchers(value_voucher(cents, discount=discount), count=count)
        cart.pay(PaymentMethod.CASH, cart.total)
        result = self.app.till.commit(self.owner, cart)
        self.codes += [v.code for v in result.vouchers]
        self.sales.append(result.sale_id)

    @rule(
        which=st.integers(0, 50),
        price=st.sampled_from([700, 1900, 4900]),
        part=st.sampled_from([None, 300]),
    )
    def redeem(self, which: int, price: int, part: int | None) -> None:
        if not self.codes:
            return
        code = self.codes[which % len(self.codes)]
        try:
            info = self.app.vouchers.check_redeemable(self.owner, code)
        except BelboError:
            return
        cart = Cart()
        cart.add_item(ItemLine("Leistung", Money(price), 19))
        amount = min(info.balance, Money(price), Money(part) if part else Money(price))
        cart.add_redemption(
            Redemption(info.id, info.display_code, amount, info.treatment, info.vat_rate)
        )
        if cart.remaining.cents:
            cart.pay(PaymentMethod.CARD)
        self.sales.append(self.app.till.commit(self.owner, cart).sale_id)

    @rule(which=st.integers(0, 50))
    def reverse(self, which: int) -> None:
        if self.sales:  # refused when already reversed, a reversal, a pay-out, voucher used
            with contextlib.suppress(BelboError):
                self.app.till.reverse(self.owner, self.sales[which % len(self.sales)], "Test")

    @rule(which=st.integers(0, 50), refund=st.booleans())
    def close_voucher(self, which: int, refund: bool) -> None:
        if not self.codes:
            return
        info = self.app.vouchers.lookup(self.owner, self.codes[which % len(self.codes)])
        try:
            if refund:
                self.app.till.refund_voucher(self.owner, info.id, "Auszahlung")
            else:
                self.app.vouchers.cancel(self.owner, info.id, "Storniert")
        except BelboError:
            pass

    @invariant()
    def books_balance(self) -> None:
        con = sqlite3.connect(self.app.paths.database)
        try:
            for vid, face in con.execute("SELECT id, face_value_cents FROM vouchers"):
                balance = con.execute(
                    "SELECT SUM(amount_cents) FROM voucher_entries WHERE voucher_id=?", (vid,)
                ).fetchone()[0]
                assert 0 <= balance <= face
            for sale_id, total in con.execute("SELECT id, total_cents FROM sales"):
                lines = con.execute(
                    "SELECT COALESCE(SUM(amount_cents),0) FROM sale_lines WHERE sale_id=?",
                    (sale_id,),
                ).fetchone()[0]
                paid = con.execute(
                    "SELECT COALESCE(SUM(amount_cents),0) FROM sale_payments WHERE sale_id=?",
                    (sale_id,),
                ).fetchone()[0]
                assert lines == total == paid
            numbers = [
                n for (n,) in con.execute("SELECT receipt_no FROM sales ORDER BY receipt_no")
            ]
            assert numbers == list(range(1, len(numbers) + 1))
        finally:
            con.close()
        for code in self.codes:
            info = self.app.vouchers.lookup(self.owner, code)
            ledger = self.app.vouchers.detail(self.owner, info.id).ledger
            assert info.balance == Money(sum(e.amount.cents for e in ledger))


TillBooks.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.mark.usefixtures("_template")
class TestTillBooks(TillBooks.TestCase):  # type: ignore[misc, valid-type]
    pass
