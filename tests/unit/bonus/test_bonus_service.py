"""Stamp cards: activation, stamps by hand and by sale, rewards, Storno, rights, switch."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.bonus import CardState, EarnRule, EntryKind, RewardKind
from belbo_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import Cart, PaymentMethod, VoucherSale
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.bonus.conftest import Bonus, Catalogue, haircut_program, sell


def rows(app: App) -> tuple[int, int, int]:
    with app.uow.read() as s:
        return (
            s.scalar(select(func.count()).select_from(BonusProgram)) or 0,
            s.scalar(select(func.count()).select_from(BonusCard)) or 0,
            s.scalar(select(func.count()).select_from(BonusEntry)) or 0,
        )


def current(app: App, salon: Salon, bonus: Bonus, program_id: object) -> object:
    cards = app.bonus.cards(salon.front_desk, bonus.customer)
    return next(c for c in cards if c.current and c.program_id == program_id)


def test_activate_and_stamp_by_hand(app: App, salon: Salon, bonus: Bonus) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    assert (card.number, card.stamps, card.needed, card.state) == (1, 0, 10, CardState.COLLECTING)
    card = app.bonus.stamp(salon.front_desk, card.id, "Termin von Hand nachgetragen")
    assert card.stamps == 1 and card.progress == "1 von 10 Stempeln"
    assert card.stamp_dates == (app.clock.now(),)
    entry = card.entries[-1]
    assert entry.kind is EntryKind.STAMP and entry.staff_name == "Empfang"
    assert entry.reason == "Termin von Hand nachgetragen"
    with pytest.raises(ValidationError):
        app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)


def test_matching_sale_stamps_and_a_non_matching_one_does_not(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    result = sell(app, salon.front_desk, bonus.customer, catalogue["Damenhaarschnitt"])
    card = current(app, salon, bonus, bonus.haircut)
    assert card.stamps == 1  # type: ignore[attr-defined]
    assert card.entries[-1].receipt_no == result.receipt_no  # type: ignore[attr-defined]
    receipt = app.till.receipt(salon.front_desk, result.sale_id)
    assert "Bonuskarte „Jeder 10. Haarschnitt gratis“: 1 von 10 Stempeln" in receipt.notes
    sell(app, salon.front_desk, bonus.customer, catalogue["Maniküre"])
    sell(app, salon.front_desk, None, catalogue["Herrenhaarschnitt"])  # no customer attached
    assert current(app, salon, bonus, bonus.haircut).stamps == 1  # type: ignore[attr-defined]


def test_a_sale_gives_one_stamp_even_with_two_haircuts(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    sell(
        app,
        salon.front_desk,
        bonus.customer,
        catalogue["Damenhaarschnitt"],
        catalogue["Herrenhaarschnitt"],
    )
    assert current(app, salon, bonus, bonus.haircut).stamps == 1  # type: ignore[attr-defined]


def test_spend_rule_gives_one_stamp_per_full_amount(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.ems)
    sell(app, salon.front_desk, bonus.customer, catalogue["EMS-Training (20 Min.)"])  # 39 €
    assert current(app, salon, bonus, bonus.ems).stamps == 1  # type: ignore[attr-defined]
    sell(app, salon.front_desk, bonus.customer, catalogue["Färben"], catalogue["Strähnen"])  # 150
    assert current(app, salon, bonus, bonus.ems).stamps == 6  # type: ignore[attr-defined]


def test_two_programs_on_one_customer_count_independently(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.ems)
    sell(app, salon.front_desk, bonus.customer, catalogue["Damenhaarschnitt"])  # 49 €: both
    sell(app, salon.front_desk, bonus.customer, catalogue["EMS-Training (20 Min.)"])  # EMS only
    haircut = current(app, salon, bonus, bonus.haircut)
    ems = current(app, salon, bonus, bonus.ems)
    app.bonus.stamp(salon.front_desk, haircut.id, "Kulanz")  # type: ignore[attr-defined]
    assert current(app, salon, bonus, bonus.haircut).stamps == 2  # type: ignore[attr-defined]
    assert current(app, salon, bonus, bonus.ems).stamps == 2  # type: ignore[attr-defined]
    assert ems.stamps == 2  # type: ignore[attr-defined]


def test_full_card_reward_at_the_till_starts_a_new_card(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    for _ in range(10):
        sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    full = app.bonus.full_cards(salon.front_desk, bonus.customer)
    assert [c.id for c in full] == [card.id] and full[0].state is CardState.FULL
    # an 11th haircut: the card is full and does not keep collecting
    sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    assert app.bonus.card(salon.front_desk, card.id).stamps == 10
    line = app.bonus.reward_line(salon.front_desk, card.id)
    assert line is not None and line.unit_price == line.discount == Money(2900)
    result = sell(
        app, salon.front_desk, bonus.customer, catalogue["Damenhaarschnitt"], extra=[line]
    )
    old = app.bonus.card(salon.front_desk, card.id)
    assert old.state is CardState.REDEEMED and old.redeemed_at == app.clock.now()
    new = current(app, salon, bonus, bonus.haircut)
    assert new.number == 2 and new.stamps == 1  # type: ignore[attr-defined]  # the Damenhaarschnitt
    notes = app.till.receipt(salon.front_desk, result.sale_id).notes
    assert "Bonusprämie eingelöst: Herrenhaarschnitt gratis" in notes
    assert result.total == Money(4900)


def test_a_reward_line_alone_earns_no_stamp(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte übertragen", count=10)
    line = app.bonus.reward_line(salon.front_desk, card.id)
    assert line is not None
    sell(app, salon.front_desk, bonus.customer, extra=[line])
    new = current(app, salon, bonus, bonus.haircut)
    assert new.number == 2 and new.stamps == 0  # type: ignore[attr-defined]


def test_a_voucher_sale_earns_nothing(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.ems)
    cart = Cart(customer_id=bonus.customer)
    cart.add_vouchers(
        VoucherSale(VoucherKind.VALUE, Money(10000), VatTreatment.MULTI_PURPOSE, None)
    )
    cart.pay(PaymentMethod.CASH, cart.total)
    app.till.commit(salon.front_desk, cart)
    assert current(app, salon, bonus, bonus.ems).stamps == 0  # type: ignore[attr-defined]


def test_redeem_by_hand_records_the_reward_and_carries_surplus(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    program = app.bonus.program(salon.manager, bonus.ems)
    app.bonus.update_program(
        salon.manager, bonus.ems, replace(program.as_input(), keeps_collecting=True)
    )
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.ems)
    with pytest.raises(ValidationError) as err:
        app.bonus.redeem(salon.front_desk, card.id)
    assert "noch nicht voll" in err.value.text()
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", count=10)
    new = app.bonus.redeem(salon.front_desk, card.id, "20 € auf Paket angerechnet")
    assert new.number == 2 and new.stamps == 2 and new.entries[0].kind is EntryKind.CARRY
    old = app.bonus.card(salon.front_desk, card.id)
    assert old.state is CardState.REDEEMED
    assert old.entries[-1].reward == "20,00 € Rabatt"
    with pytest.raises(ValidationError):
        app.bonus.redeem(salon.front_desk, card.id)


def test_cancelling_a_sale_reverses_its_stamps(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    sale = sell(app, salon.front_desk, bonus.customer, catalogue["Damenhaarschnitt"])
    assert current(app, salon, bonus, bonus.haircut).stamps == 2  # type: ignore[attr-defined]
    storno = app.till.reverse(salon.manager, sale.sale_id, "Falsch gebucht")
    card = current(app, salon, bonus, bonus.haircut)
    assert card.stamps == 1  # type: ignore[attr-defined]
    assert [e.kind for e in card.entries] == [  # type: ignore[attr-defined]
        EntryKind.STAMP,
        EntryKind.STAMP,
        EntryKind.REVERSAL,
    ]
    assert card.entries[1].reversed  # type: ignore[attr-defined]
    notes = app.till.receipt(salon.manager, storno.sale_id).notes
    assert notes == ("Bonuskarte „Jeder 10. Haarschnitt gratis“: Storno, jetzt 1 von 10 Stempeln",)


def test_cancelling_a_reward_sale_gives_the_stamps_back(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", count=10)
    line = app.bonus.reward_line(salon.front_desk, card.id)
    assert line is not None
    sale = sell(app, salon.front_desk, bonus.customer, extra=[line])
    app.till.reverse(salon.manager, sale.sale_id, "Kundin kam doch nicht")
    new = current(app, salon, bonus, bonus.haircut)
    assert new.number == 2 and new.stamps == 10 and new.state is CardState.FULL  # type: ignore[attr-defined]


def test_hook_run_twice_for_one_sale_stamps_once(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    hooked: list[object] = []
    app.till.after_sale.append(lambda s, a, sale: hooked.append(sale))
    sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    with app.uow.write() as s:  # e.g. a sale applied again after a sync
        app.bonus.on_sale(s, salon.front_desk, hooked[0])  # type: ignore[arg-type]
    assert current(app, salon, bonus, bonus.haircut).stamps == 1  # type: ignore[attr-defined]


def test_reverse_a_stamp_by_hand_is_a_counter_entry(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    card = app.bonus.stamp(salon.front_desk, card.id, "Versehen")
    stamp_id = card.entries[-1].id
    before = rows(app)
    with pytest.raises(ValidationError):
        app.bonus.reverse_stamp(salon.front_desk, stamp_id, "  ")
    assert rows(app) == before
    card = app.bonus.reverse_stamp(salon.front_desk, stamp_id, "Falsche Kundin")
    assert card.stamps == 0 and card.entries[-1].count == -1
    with pytest.raises(ValidationError):
        app.bonus.reverse_stamp(salon.front_desk, stamp_id, "nochmal")
    sale = sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    sale_stamp = app.bonus.card(salon.front_desk, card.id).entries[-1]
    assert sale_stamp.receipt_no == sale.receipt_no
    with pytest.raises(ValidationError) as err:
        app.bonus.reverse_stamp(salon.front_desk, sale_stamp.id, "falsch")
    assert "Storno" in err.value.text()
    with pytest.raises(DBAPIError, match="append-only"), app.uow.write() as s:
        s.execute(text("DELETE FROM bonus_entries"))


def test_changing_stamps_needed_keeps_started_cards(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.update_program(
        salon.manager, bonus.haircut, haircut_program(catalogue, stamps_needed=5)
    )
    assert app.bonus.card(salon.front_desk, card.id).needed == 10
    other = a_customer(app, salon.front_desk, first_name="Berta", email="berta@example.de")
    assert app.bonus.activate(salon.front_desk, other.id, bonus.haircut).needed == 5


def test_card_validity_expires_and_the_next_stamp_starts_a_new_card(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue, clock: FixedClock
) -> None:
    app.bonus.update_program(
        salon.manager, bonus.haircut, haircut_program(catalogue, validity_months=12)
    )
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    assert card.valid_until == dt.date(2027, 11, 24)
    app.bonus.stamp(salon.front_desk, card.id, "Start")
    clock.set(dt.datetime(2027, 12, 1, 10, tzinfo=dt.UTC))
    assert app.bonus.card(salon.front_desk, card.id).state is CardState.EXPIRED
    sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    new = current(app, salon, bonus, bonus.haircut)
    assert new.number == 2 and new.stamps == 1  # type: ignore[attr-defined]


def test_feature_off_hides_stamping_and_keeps_the_data(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    app.bonus.set_enabled(salon.owner, False)
    assert not app.bonus.enabled(salon.location_id)  # type: ignore[arg-type]
    before = rows(app)
    sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    with pytest.raises(ValidationError) as err:
        app.bonus.stamp(salon.front_desk, card.id, "Test")
    assert "nicht eingeschaltet" in err.value.text()
    with pytest.raises(ValidationError):
        app.bonus.create_program(salon.manager, haircut_program(catalogue, name="Neu"))
    assert app.bonus.full_cards(salon.front_desk, bonus.customer) == []
    assert rows(app) == before
    app.bonus.set_enabled(salon.owner, True)
    assert app.bonus.card(salon.front_desk, card.id).stamps == 1
    assert len(app.bonus.programs(salon.manager)) == 2


def test_rights_are_enforced(app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue) -> None:
    before = rows(app)
    with pytest.raises(PermissionDenied):
        app.bonus.create_program(salon.front_desk, haircut_program(catalogue, name="X"))
    with pytest.raises(PermissionDenied):
        app.bonus.set_enabled(salon.front_desk, False)
    with pytest.raises(PermissionDenied):
        app.bonus.archive_program(salon.front_desk, bonus.haircut)
    no_stamp = replace(salon.front_desk, rights=salon.front_desk.rights - {Right.STAMP_BONUS_CARDS})
    with pytest.raises(PermissionDenied):
        app.bonus.activate(no_stamp, bonus.customer, bonus.haircut)
    assert rows(app) == before


def test_program_validation_errors_change_nothing(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    bad = [
        ({"name": " "}, "name"),
        ({"name": "x" * 81}, "name"),
        ({"stamps_needed": 1}, "stamps_needed"),
        ({"stamps_needed": 51}, "stamps_needed"),
        ({"reward_item_id": None}, "reward"),
        ({"earn_item_ids": ()}, "earn"),
        ({"validity_months": 0}, "validity_months"),
        ({"name": "EMS 8er-Karte"}, "name"),
        ({"reward_kind": RewardKind.AMOUNT, "reward_amount": Money(0)}, "reward"),
        ({"reward_kind": RewardKind.TEXT, "reward_text": ""}, "reward"),
        ({"earn_rule": EarnRule.SPEND, "spend_step": Money(50)}, "earn"),
    ]
    before = rows(app)
    for overrides, key in bad:
        with pytest.raises(ValidationError) as err:
            app.bonus.create_program(salon.manager, haircut_program(catalogue, **overrides))
        assert key in err.value.errors, overrides
        with pytest.raises(ValidationError):
            app.bonus.update_program(
                salon.manager, bonus.haircut, haircut_program(catalogue, **overrides)
            )
    assert rows(app) == before
    assert app.bonus.program(salon.manager, bonus.haircut).name == "Jeder 10. Haarschnitt gratis"


def test_stamp_validation_errors_change_nothing(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    before = rows(app)
    for reason, count in (("", 1), ("x" * 201, 1), ("ok", 0), ("ok", 11), ("a\x00b", 1)):
        with pytest.raises(ValidationError):
            app.bonus.stamp(salon.front_desk, card.id, reason, count)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", count=10)
    before = rows(app)
    with pytest.raises(ValidationError) as err:
        app.bonus.stamp(salon.front_desk, card.id, "noch einer")
    assert "voll" in err.value.text()
    with pytest.raises(NotFound):
        app.bonus.stamp(salon.front_desk, bonus.haircut, "falsche Id")
    assert rows(app) == before


def test_archive_never_delete_a_program_with_cards(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    with pytest.raises(ValidationError) as err:
        app.bonus.delete_program(salon.manager, bonus.haircut)
    assert "archiviert" in err.value.text()
    app.bonus.archive_program(salon.manager, bonus.haircut)
    assert [p.id for p in app.bonus.programs(salon.manager)] == [bonus.ems]
    sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    assert current(app, salon, bonus, bonus.haircut).stamps == 0  # type: ignore[attr-defined]
    app.bonus.delete_program(salon.manager, bonus.ems)  # no cards: may go
    assert [p.id for p in app.bonus.programs(salon.manager, include_archived=True)] == [
        bonus.haircut
    ]


def test_overview_counts_cards_stamps_rewards_and_full_cards(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    other = a_customer(app, salon.front_desk, first_name="Berta", email="berta@example.de")
    card2 = app.bonus.activate(salon.front_desk, other.id, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", count=10)
    app.bonus.stamp(salon.front_desk, card2.id, "Papierkarte", count=10)
    app.bonus.redeem(salon.front_desk, card2.id)
    row = next(r for r in app.bonus.overview(salon.manager) if r.program_id == bonus.haircut)
    assert (row.active_cards, row.stamps_this_month, row.rewards_redeemed, row.full_cards) == (
        2,
        20,
        1,
        1,
    )
    full = app.bonus.full_card_customers(salon.manager)
    assert [(f.customer_name, f.stamps) for f in full] == [("Anna Müller", 10)]


def test_printed_card_pdf(app: App, salon: Salon, bonus: Bonus) -> None:
    from belbo_desktop.documents.bonus_card import render_bonus_card

    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Start", count=3)
    data = app.bonus.printable(salon.front_desk, card.id)
    assert data.customer_name == "Anna Müller" and data.stamps == 3
    pdf = render_bonus_card(data)
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


def test_storno_after_the_card_was_redeemed_is_owed_by_the_next_card(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", count=9)
    sale = sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])  # 10th
    new = app.bonus.redeem(salon.front_desk, card.id)
    app.till.reverse(salon.manager, sale.sale_id, "Doppelt gebucht")
    assert app.bonus.card(salon.front_desk, card.id).stamps == 10  # a closed card stays closed
    owed = app.bonus.card(salon.front_desk, new.id)
    assert owed.stamps == -1 and owed.progress == "0 von 10 Stempeln"
    sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    assert app.bonus.card(salon.front_desk, new.id).stamps == 0  # the debt is paid first


def test_storno_reverses_stamps_even_while_the_feature_is_off(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    sale = sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    app.bonus.set_enabled(salon.owner, False)
    app.till.reverse(salon.manager, sale.sale_id, "Falsch gebucht")
    assert app.bonus.card(salon.front_desk, card.id).stamps == 0


def test_a_reward_of_another_customers_card_refuses_the_whole_sale(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", count=10)
    line = app.bonus.reward_line(salon.front_desk, card.id)
    other = a_customer(app, salon.front_desk, first_name="Berta", email="berta@example.de")
    before = rows(app)
    with pytest.raises(ValidationError):
        sell(app, salon.front_desk, other.id, catalogue["Färben"], extra=[line])  # type: ignore[list-item]
    with pytest.raises(ValidationError):
        sell(app, salon.front_desk, None, catalogue["Färben"], extra=[line])  # type: ignore[list-item]
    assert rows(app) == before
    assert app.till.recent(salon.front_desk) == []  # no receipt number was used


def test_two_pcs_starting_the_same_card_make_the_same_row() -> None:
    from belbo_desktop.domain.bonus import card_id

    program, customer = uuid.uuid4(), uuid.uuid4()
    assert card_id(program, customer, 1) == card_id(program, customer, 1)
    assert card_id(program, customer, 1) != card_id(program, customer, 2)


def test_scanned_card_code_finds_the_customer(app: App, salon: Salon, bonus: Bonus) -> None:
    from belbo_desktop.domain.bonus import customer_code

    number = app.customers.get(salon.front_desk, bonus.customer).number
    found = app.bonus.customer_for_code(salon.front_desk, customer_code(number))
    assert found == (bonus.customer, "Anna Müller")
    assert app.bonus.customer_for_code(salon.front_desk, "ABCD-EFGH-JKLM") is None
    with pytest.raises(NotFound):
        app.bonus.customer_for_code(salon.front_desk, customer_code(999999))


def test_the_printed_receipt_shows_the_card_state(
    app: App, salon: Salon, bonus: Bonus, catalogue: Catalogue, tmp_path: object
) -> None:
    import shutil
    import subprocess
    from pathlib import Path

    from belbo_desktop.documents.receipt import render_receipt

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    sale = sell(app, salon.front_desk, bonus.customer, catalogue["Herrenhaarschnitt"])
    pdf = Path(str(tmp_path)) / "beleg.pdf"
    render_receipt(app.till.receipt(salon.front_desk, sale.sale_id), pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "1 von 10 Stempeln" in " ".join(text.split())
