"""Bonus cards at the till: a scanned card attaches its customer, full cards offer the
reward, and the sale redeems it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.conftest import Salon
from tests.unit.bonus.conftest import Bonus

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.bonus import CardState, customer_code
from belbo_desktop.domain.money import Money
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.till.page import TillPage


def make_page(qtbot: QtBot, app: App, salon: Salon) -> TillPage:
    page = TillPage(UiContext(app, salon.front_desk), open_url=lambda _url: None)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def tap(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def number_of(app: App, salon: Salon, bonus: Bonus) -> int:
    return app.customers.get(salon.front_desk, bonus.customer).number


def test_scanning_a_bonus_card_attaches_the_customer(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", 7)
    page = make_page(qtbot, app, salon)
    assert page.bonus_strip.isHidden()
    page.offer_tabs.setCurrentIndex(2)
    page.recipient.setFocus()
    qtbot.keyClicks(page.recipient, customer_code(number_of(app, salon, bonus)))
    qtbot.keyClick(page.recipient, Qt.Key.Key_Return)
    assert page.recipient.text() == ""
    assert page.cart.customer_id == bonus.customer
    assert page.customer_label.text() == "Kunde: Anna Müller"
    assert page.bonus_strip.isVisible()
    assert not page.bonus_strip.buttons  # 7 of 10: nothing to redeem yet
    texts = [w.text() for w in page.bonus_strip.findChildren(type(page.customer_label))]
    assert "Jeder 10. Haarschnitt gratis: 7 von 10 Stempeln" in texts


def test_full_card_reward_goes_into_the_sale(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus, tmp_path: Path
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", 10)
    page = make_page(qtbot, app, salon)
    page.set_customer(bonus.customer, "Anna Müller")
    button = page.bonus_strip.buttons[card.id]
    assert button.text() == "Prämie: Herrenhaarschnitt gratis"
    tap(qtbot, button)
    assert [i.bonus_card_id for i in page.cart.items] == [card.id]
    assert page.cart.total == Money(0) and not button.isEnabled()
    page.grab().save(str(tmp_path / "till_with_reward.png"))
    page.cart.items.clear()  # taken out again: offered again
    page.bonus_strip.sync(page.cart)
    assert button.isEnabled() and button.text() == "Prämie: Herrenhaarschnitt gratis"
    tap(qtbot, button)
    tap(qtbot, page.item_buttons["Damenhaarschnitt"])
    tap(qtbot, page.card_button)
    assert page.last_sale is not None and page.last_sale.total == Money(4900)
    assert app.bonus.card(salon.front_desk, card.id).state is CardState.REDEEMED
    [new] = [c for c in app.bonus.cards(salon.front_desk, bonus.customer) if c.current]
    assert (new.number, new.stamps) == (2, 1)
    notes = app.till.receipt(salon.front_desk, page.last_sale.sale_id).notes
    assert notes[0].startswith("Bonusprämie eingelöst")


def test_amount_reward_is_taken_off_the_dearest_line(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.ems)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", 8)
    page = make_page(qtbot, app, salon)
    page.set_customer(bonus.customer, "Anna Müller")
    tap(qtbot, page.bonus_strip.buttons[card.id])
    assert "Warenkorb legen" in page.bonus_strip.message.text()
    assert page.cart.items == []
    tap(qtbot, page.item_buttons["Kinderhaarschnitt"])
    tap(qtbot, page.item_buttons["EMS-Training (20 Min.)"])
    tap(qtbot, page.bonus_strip.buttons[card.id])
    assert page.cart.total == Money(1900 + 3900 - 2000)
    tap(qtbot, page.card_button)
    assert page.last_sale is not None
    assert app.bonus.card(salon.front_desk, card.id).state is CardState.REDEEMED
    [new] = [c for c in app.bonus.cards(salon.front_desk, bonus.customer) if c.current]
    assert new.number == 2 and new.stamps == 1  # 38 € spent after the discount: one stamp


def test_strip_stays_hidden_while_the_feature_is_off(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    card = app.bonus.activate(salon.front_desk, bonus.customer, bonus.haircut)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", 10)
    app.bonus.set_enabled(salon.owner, False)
    page = make_page(qtbot, app, salon)
    page.set_customer(bonus.customer, "Anna Müller")
    assert page.bonus_strip.isHidden() and not page.bonus_strip.buttons


def test_free_text_reward_is_recorded_at_once(
    qtbot: QtBot, app: App, salon: Salon, bonus: Bonus
) -> None:
    from belbo_desktop.domain.bonus import EarnRule, ProgramInput, RewardKind

    program = app.bonus.create_program(
        salon.manager,
        ProgramInput("Pflegeset", 5, RewardKind.TEXT, EarnRule.MANUAL, reward_text="Pflegeset"),
    )
    card = app.bonus.activate(salon.front_desk, bonus.customer, program)
    app.bonus.stamp(salon.front_desk, card.id, "Papierkarte", 5)
    page = make_page(qtbot, app, salon)
    page.set_customer(bonus.customer, "Anna Müller")
    tap(qtbot, page.bonus_strip.buttons[card.id])
    assert app.bonus.card(salon.front_desk, card.id).state is CardState.REDEEMED
    assert page.bonus_strip.message.text() == "Prämie „Pflegeset“ eingelöst."
    assert not page.bonus_strip.buttons  # the new card is not full
    texts = [w.text() for w in page.bonus_strip.findChildren(type(page.customer_label))]
    assert "Pflegeset: 0 von 5 Stempeln" in texts
    assert page.cart.items == []  # nothing to pay for


def test_unknown_card_number_says_so(qtbot: QtBot, app: App, salon: Salon, bonus: Bonus) -> None:
    page = make_page(qtbot, app, salon)
    assert page.bonus_strip.take_scan(customer_code(987654), page.set_customer)
    assert "Kunde 987654" in page.bonus_strip.message.text()
    assert page.cart.customer_id is None
    assert not page.bonus_strip.take_scan("ABCD-EFGH-JKLM", page.set_customer)
