"""Gutscheine overview, detail with ledger, cancel with the right, customer tab."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.till.builders import a_voucher_sold, value_voucher

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, PaymentMethod
from belbo_desktop.services.vouchers import StateFilter
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.vouchers.model import PAGE, Column, VoucherTableModel
from belbo_desktop.ui.vouchers.page import CustomerVouchersTab, VouchersPage


def test_model_loads_windows_and_reports_raw_values(app: App, salon: Salon) -> None:
    for i in range(5):
        a_voucher_sold(app, salon.front_desk, 1000 + i * 100)
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list:  # type: ignore[type-arg]
        calls.append((offset, limit))
        return app.vouchers.page(
            salon.front_desk,
            __import__("belbo_desktop.services.vouchers", fromlist=["VoucherQuery"]).VoucherQuery(),
            offset,
            limit,
        )

    model = VoucherTableModel(fetch, lambda: 5)
    model.reload()
    assert model.rowCount() == 5 and calls == [(0, PAGE)]
    from belbo_desktop.ui.vouchers.model import RAW_ROLE

    assert model.index(0, Column.VALUE).data(RAW_ROLE) == 1400
    assert model.index(0, Column.VALUE).data() == "14,00\xa0€"


def test_overview_filters_and_cancels_with_a_reason(qtbot: QtBot, app: App, salon: Salon) -> None:
    a = a_voucher_sold(app, salon.front_desk, 5000, recipient="Inge")
    a_voucher_sold(app, salon.front_desk, 2500, recipient="Bernd")
    opened: list[QUrl] = []
    page = VouchersPage(
        UiContext(app, salon.owner),
        open_url=opened.append,
        ask_reason=lambda _p, _t: "Falsch ausgestellt",
    )
    qtbot.addWidget(page)
    assert page.wait_idle() and page.model.total == 2
    page.search.setText(a.display_code[:6])
    qtbot.waitUntil(lambda: page.model.total == 1)
    page.view.selectRow(0)
    assert page.detail.title.text() == a.display_code
    assert page.detail.ledger.rowCount() == 1
    page.detail.reprint_button.click()
    assert opened and opened[0].toLocalFile().endswith(f"gutschein-{a.code}.pdf")
    page.detail.cancel_button.click()
    assert app.vouchers.lookup(salon.owner, a.code).balance == Money(0)
    assert page.detail.ledger.rowCount() == 2
    page.search.clear()
    page.state.setCurrentIndex(page.state.findData(StateFilter.CANCELLED))
    qtbot.waitUntil(lambda: page.model.total == 1)


def test_front_desk_sees_why_cancel_is_disabled(qtbot: QtBot, app: App, salon: Salon) -> None:
    a_voucher_sold(app, salon.front_desk, 5000)
    page = VouchersPage(UiContext(app, salon.front_desk))
    qtbot.addWidget(page)
    page.wait_idle()
    page.view.selectRow(0)
    assert not page.detail.cancel_button.isEnabled()
    assert "Gutscheine stornieren" in page.detail.cancel_button.toolTip()


def test_customer_tab_lists_the_customers_vouchers(qtbot: QtBot, app: App, salon: Salon) -> None:
    customer = a_customer(app, salon.owner, last_name="Kühn")
    cart = Cart(customer_id=customer.id)
    cart.add_vouchers(value_voucher(3000))
    cart.pay(PaymentMethod.CARD)
    app.till.commit(salon.front_desk, cart)
    a_voucher_sold(app, salon.front_desk, 5000)  # someone else's
    tab = CustomerVouchersTab(UiContext(app, salon.front_desk), customer.id)
    qtbot.addWidget(tab)
    assert tab.model.total == 1
    assert tab.model.rows[0].buyer_name == "Anna Kühn"


def test_paying_out_the_rest_value_books_a_till_receipt(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 3000)
    page = VouchersPage(UiContext(app, salon.owner), ask_reason=lambda _p, _t: "Umzug")
    qtbot.addWidget(page)
    page.wait_idle()
    page.view.selectRow(0)
    page.detail.refund_button.click()
    assert app.vouchers.lookup(salon.owner, voucher.code).balance == Money(0)
    assert app.till.recent(salon.owner)[0].total == Money(-3000)
    assert not page.detail.refund_button.isEnabled()


def test_marked_vouchers_print_into_one_pdf(qtbot: QtBot, app: App, salon: Salon) -> None:
    from pathlib import Path

    for cents in (2500, 5000, 10000):
        a_voucher_sold(app, salon.front_desk, cents)
    opened: list[QUrl] = []
    page = VouchersPage(UiContext(app, salon.front_desk), open_url=opened.append)
    qtbot.addWidget(page)
    page.wait_idle()
    page.view.selectAll()
    page.print_selected_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    pdf = Path(opened[0].toLocalFile()).read_bytes()
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") == 3  # one page each


def test_kind_filter(qtbot: QtBot, app: App, salon: Salon) -> None:
    from belbo_desktop.domain.vouchers import VoucherKind

    a_voucher_sold(app, salon.front_desk, 2500)
    page = VouchersPage(UiContext(app, salon.front_desk))
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData(VoucherKind.SERVICE.value))
    page.wait_idle()
    assert page.model.total == 0
    page.kind.setCurrentIndex(page.kind.findData(VoucherKind.VALUE.value))
    page.wait_idle()
    assert page.model.total == 1
