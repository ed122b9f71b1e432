"""The till screen driven like a front-desk employee would, with real services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot
from tests.conftest import Salon
from tests.unit.till.builders import a_voucher_sold

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.vouchers import VoucherState
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.till.journal import JournalDialog
from belbo_desktop.ui.till.keypad import NumericKeypad
from belbo_desktop.ui.till.page import TillPage

Catalogue = dict[str, CatalogueRow]


def make_page(qtbot: QtBot, app: App, salon: Salon, opened: list[QUrl]) -> TillPage:
    page = TillPage(UiContext(app, salon.front_desk), open_url=opened.append)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def tap(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_keypad_builds_amounts_like_a_calculator(qtbot: QtBot) -> None:
    pad = NumericKeypad()
    qtbot.addWidget(pad)
    for key in ("1", "2", ",", "5", "0", "0"):
        tap(qtbot, pad.buttons[key])
    assert pad.text() == "12,50" and pad.amount() == Money(1250)
    tap(qtbot, pad.buttons["⌫"])
    assert pad.amount() == Money(1250)  # "12,5"
    tap(qtbot, pad.buttons["C"])
    assert pad.amount() is None


def test_sell_a_voucher_for_cash_and_print_the_handout(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    opened: list[QUrl] = []
    page = make_page(qtbot, app, salon, opened)
    page.offer_tabs.setCurrentIndex(2)
    qtbot.keyClicks(page.recipient, "Oma Inge")
    tap(qtbot, page.preset_buttons[1])  # 50 €
    assert page.cart.total == Money(5000)
    for key in ("1", "0", "0"):
        tap(qtbot, page.keypad.buttons[key])
    tap(qtbot, page.cash_button)
    assert page.last_sale is not None and page.last_sale.change == Money(5000)
    assert "Rückgeld" in page.status.text() and "50,00" in page.status.text()
    assert page.handout_button.isEnabled()
    tap(qtbot, page.handout_button)
    (url,) = opened
    pdf = Path(url.toLocalFile())
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    code = page.last_sale.vouchers[0].code
    info = app.vouchers.lookup(salon.front_desk, code)
    assert info.recipient == "Oma Inge" and info.balance == Money(5000)


def test_scanner_typing_anywhere_redeems_the_voucher(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 2000)
    page = make_page(qtbot, app, salon, [])
    tap(qtbot, page.item_buttons["Damenhaarschnitt"])
    page.offer_tabs.setCurrentIndex(2)
    page.recipient.setFocus()
    qtbot.keyClicks(page.recipient, voucher.display_code)  # the scanner "types" ...
    qtbot.keyClick(page.recipient, Qt.Key.Key_Return)  # ... and ends with Enter
    assert page.recipient.text() == ""  # the scan did not land in the recipient field
    assert [r.amount for r in page.cart.redemptions] == [Money(2000)]
    assert page.cart.total == Money(2900)
    tap(qtbot, page.card_button)
    assert page.last_sale is not None
    assert app.vouchers.lookup(salon.front_desk, voucher.code).state is VoucherState.REDEEMED


def test_mistyped_code_gives_a_clear_message_and_changes_nothing(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 2000)
    page = make_page(qtbot, app, salon, [])
    tap(qtbot, page.item_buttons["Färben"])
    typo = voucher.code[:3] + ("2" if voucher.code[3] != "2" else "3") + voucher.code[4:]
    page.code_edit.setText(typo)
    tap(qtbot, page.redeem_button)
    assert "Prüfzeichen" in page.status.text()
    assert page.cart.redemptions == []


def test_used_up_voucher_is_refused_at_the_till(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 1900)
    page = make_page(qtbot, app, salon, [])
    tap(qtbot, page.item_buttons["Kinderhaarschnitt"])
    page.code_edit.setText(voucher.display_code)
    tap(qtbot, page.redeem_button)
    tap(qtbot, page.card_button)
    tap(qtbot, page.item_buttons["Kinderhaarschnitt"])
    page.code_edit.setText(voucher.display_code)
    tap(qtbot, page.redeem_button)
    assert "vollständig eingelöst" in page.status.text()
    assert page.cart.redemptions == []


def test_parking_a_cart_keeps_voucher_balances(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    page = make_page(qtbot, app, salon, [])
    tap(qtbot, page.item_buttons["Färben"])
    page.code_edit.setText(voucher.code)
    tap(qtbot, page.redeem_button)
    tap(qtbot, page.park_button)
    assert page.cart.total == Money(0) and len(page.parked) == 1
    assert app.vouchers.lookup(salon.front_desk, voucher.code).balance == Money(5000)
    tap(qtbot, page.resume_button)
    assert page.cart.total == Money(1500)
    tap(qtbot, page.card_button)
    assert app.vouchers.lookup(salon.front_desk, voucher.code).balance == Money(0)


def test_front_desk_cannot_reverse_and_sees_why(qtbot: QtBot, app: App, salon: Salon) -> None:
    a_voucher_sold(app, salon.front_desk, 2500)
    dialog = JournalDialog(UiContext(app, salon.front_desk), open_url=lambda _u: None)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert not dialog.storno_button.isEnabled()
    assert "Verkäufe stornieren" in dialog.storno_button.toolTip()


def test_manager_reverses_a_sale_with_a_reason(qtbot: QtBot, app: App, salon: Salon) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 2500)
    dialog = JournalDialog(
        UiContext(app, salon.manager), open_url=lambda _u: None, ask_reason=lambda _p: "Irrtum"
    )
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    tap(qtbot, dialog.storno_button)
    assert "storniert" in dialog.message.text()
    info = app.vouchers.lookup(salon.manager, voucher.code)
    assert info.state is VoucherState.CANCELLED


def test_daily_closing_writes_the_z_report(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    opened: list[QUrl] = []
    a_voucher_sold(app, salon.front_desk, 2500)
    page = make_page(qtbot, app, salon, opened)
    page.run_closing()
    (url,) = opened
    assert Path(url.toLocalFile()).name == "z-bericht-00001.pdf"
    page.run_closing()
    assert "keine Belege" in page.status.text()


def test_customer_is_found_and_attached_to_the_sale(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    from tests.builders import a_customer

    from belbo_desktop.ui.till.page import CustomerPicker

    customer = a_customer(app, salon.owner, first_name="Greta", last_name="Krause")
    page = make_page(qtbot, app, salon, [])
    picker = CustomerPicker(page.ctx, page)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "kraus")
    assert picker.results.count() == 1
    picker.results.setCurrentRow(0)
    picker.accept()
    customer_id, name = picker.chosen  # type: ignore[misc]
    page.set_customer(customer_id, name)
    assert "Greta Krause" in page.customer_label.text()
    page.offer_tabs.setCurrentIndex(2)
    tap(qtbot, page.preset_buttons[0])
    tap(qtbot, page.card_button)
    (mine,) = app.vouchers.for_customer(salon.owner, customer.id)
    assert mine.buyer_name == "Greta Krause"


def test_sell_a_service_voucher_from_the_catalogue(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    page = make_page(qtbot, app, salon, [])
    page.offer_tabs.setCurrentIndex(2)
    page.service_choice.setCurrentIndex(
        page.service_choice.findText("Hautanalyse", Qt.MatchFlag.MatchStartsWith)
    )
    tap(qtbot, page.add_service_voucher_button)
    assert page.cart.total == Money(3500)
    tap(qtbot, page.card_button)
    assert page.last_sale is not None
    (voucher,) = page.last_sale.vouchers
    assert voucher.service_name == "Hautanalyse"


def test_discount_on_a_voucher_and_removing_a_line(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    opened: list[QUrl] = []
    page = make_page(qtbot, app, salon, opened)
    tap(qtbot, page.item_buttons["Maniküre"])
    page.offer_tabs.setCurrentIndex(2)
    tap(qtbot, page.preset_buttons[1])  # 50 € voucher, row 1
    page.table.selectRow(0)
    tap(qtbot, page.remove_button)
    assert page.cart.items == [] and page.table.rowCount() == 1
    page.table.selectRow(0)
    tap(qtbot, page.keypad.buttons["5"])
    tap(qtbot, page.discount_button)
    assert page.cart.total == Money(4500)
    tap(qtbot, page.keypad.buttons["9"])
    tap(qtbot, page.keypad.buttons["9"])
    tap(qtbot, page.discount_button)  # 99 € off a 50 € voucher: refused
    assert "nicht höher" in page.status.text() and page.cart.total == Money(4500)  # kept
    tap(qtbot, page.keypad.buttons["5"])
    tap(qtbot, page.discount_button)
    tap(qtbot, page.cash_button)
    assert page.last_sale is not None and page.last_sale.total == Money(4500)
    (voucher,) = page.last_sale.vouchers
    assert voucher.value == Money(5000) and voucher.price_paid == Money(4500)
    tap(qtbot, page.receipt_button)
    assert Path(opened[-1].toLocalFile()).name.endswith("000001.pdf")
