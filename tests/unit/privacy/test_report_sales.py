"""The report lists vouchers with their ledger and receipts; erasure keeps them, anonymous."""

from __future__ import annotations

import json
from pathlib import Path

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.sales import Cart, PaymentMethod, Redemption
from belbo_desktop.services.catalogue import build_demo_catalogue
from belbo_desktop.storage.orm.sales import Sale
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.till.builders import item, value_voucher


def _sell_and_redeem(app: App, salon: Salon, customer_id):  # type: ignore[no-untyped-def]
    build_demo_catalogue(app.uow, app.clock, salon.location_id, with_sales=False)  # type: ignore[arg-type]
    row = app.catalogue.items(salon.owner)[0]
    cart = Cart(customer_id=customer_id)
    cart.add_vouchers(value_voucher(5000))
    cart.pay(PaymentMethod.CASH, cart.total)
    voucher = app.till.commit(salon.front_desk, cart).vouchers[0]
    info = app.vouchers.check_redeemable(salon.front_desk, voucher.display_code)
    cart = Cart(customer_id=customer_id)
    cart.add_item(item(row))
    amount = min(info.balance, cart.redeemable_room())
    cart.add_redemption(
        Redemption(info.id, info.display_code, amount, info.treatment, info.vat_rate, info.kind)
    )
    if cart.remaining.cents > 0:
        cart.pay(PaymentMethod.CARD)
    app.till.commit(salon.front_desk, cart)
    return voucher


def test_vouchers_and_receipts_appear_with_masked_codes(
    app: App, salon: Salon, tmp_path: Path
) -> None:
    c = a_customer(app, salon.manager)
    voucher = _sell_and_redeem(app, salon, c.id)
    files = app.privacy.create_report(salon.manager, c.id, out_dir=tmp_path)
    tables = {t["key"]: t for t in json.loads(files.json.read_text("utf-8"))["tables"]}
    entries = [r["entry"] for r in tables["vouchers"]["rows"]]
    assert entries == ["Ausgabe", "Einlösung"]
    assert tables["vouchers"]["rows"][0]["amount"] == "50,00\xa0€"
    assert len(tables["sales"]["rows"]) == 2
    plain = voucher.display_code.replace("-", "")
    assert plain not in files.json.read_text("utf-8")
    assert tables["vouchers"]["rows"][0]["code"].endswith(plain[-5:])


def test_erasure_keeps_receipts_and_ledger_but_not_the_person(
    app: App, salon: Salon, tmp_path: Path
) -> None:
    c = a_customer(app, salon.manager, last_name="Quastenflosser")
    _sell_and_redeem(app, salon, c.id)
    app.privacy.erase(salon.manager, c.id, reason="Wunsch", confirmation=str(c.number))
    from sqlalchemy import func, select

    with app.uow.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale).where(Sale.customer_id == c.id)) == 2
    recent = app.till.recent(salon.owner)
    assert all("Quastenflosser" not in (r.customer_name or "") for r in recent)


def test_money_in_the_report_is_written_as_babel_writes_it() -> None:
    from decimal import Decimal

    from babel.numbers import format_currency

    from belbo_desktop.services.privacy import _money

    for cents in (0, 5, -100, 5000, 123456, -123456789):
        assert _money(cents) == format_currency(Decimal(cents) / 100, "EUR", locale="de_DE")


def test_bonus_cards_and_stamps_appear(app: App, salon: Salon, tmp_path: Path) -> None:
    from belbo_desktop.domain.bonus import EarnRule, ProgramInput, RewardKind

    c = a_customer(app, salon.manager)
    app.bonus.set_enabled(salon.owner, True)
    program = app.bonus.create_program(
        salon.owner,
        ProgramInput(
            "Jeder 10. Haarschnitt", 10, RewardKind.TEXT, EarnRule.MANUAL, reward_text="Gratis"
        ),
    )
    card = app.bonus.activate(salon.front_desk, c.id, program)
    app.bonus.stamp(salon.front_desk, card.id, "Haarschnitt", 2)
    files = app.privacy.create_report(salon.manager, c.id, out_dir=tmp_path)
    tables = {t["key"]: t for t in json.loads(files.json.read_text("utf-8"))["tables"]}
    rows = tables["bonus"]["rows"]
    assert [(r["program"], r["entry"], r["count"]) for r in rows] == [
        ("Jeder 10. Haarschnitt", "Stempel", "2")
    ]
