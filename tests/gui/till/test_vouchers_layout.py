"""Gutscheine at 1280 x 800: a hint instead of bare labels when nothing is chosen, columns
that fit beside the detail pane, and windows that follow on as the list is scrolled."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTableView, QWidget
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.till.builders import a_voucher_sold, redeem, value_voucher

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.sales import Cart, PaymentMethod
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.services.vouchers import VoucherQuery
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.vouchers.model import PAGE
from belbo_desktop.ui.vouchers.page import CustomerVouchersTab, VouchersPage


def _in_window(qtbot: QtBot, page: VouchersPage) -> QWidget:
    """The page where the main window puts it: 1280 x 800 less the navigation."""
    window = QWidget()
    layout = QHBoxLayout(window)
    spacer = QWidget()
    spacer.setFixedWidth(210)
    layout.addWidget(spacer)
    layout.addWidget(page, 1)
    window.resize(1280, 800)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _fits(view: QTableView) -> bool:
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    used = sum(header.sectionSize(c) for c in shown)
    return not view.horizontalScrollBar().isVisible() and used <= view.viewport().width()


def test_nothing_chosen_shows_a_hint_not_empty_labels(qtbot: QtBot, app: App, salon: Salon) -> None:
    a_voucher_sold(app, salon.front_desk, 5000)
    page = VouchersPage(UiContext(app, salon.owner))
    window = _in_window(qtbot, page)  # noqa: F841 (keeps the page alive)
    assert page.wait_idle()
    detail = page.detail
    assert detail.pages.currentWidget() is detail.hint and detail.hint.isVisible()
    assert not detail.title.isVisible() and not detail.ledger.isVisible()
    page.view.selectRow(0)
    assert detail.pages.currentIndex() == 1 and detail.ledger.isVisible()


def test_columns_fit_beside_the_detail_and_the_ledger_header_is_whole(
    qtbot: QtBot, app: App, salon: Salon, catalogue: dict[str, CatalogueRow]
) -> None:
    voucher = a_voucher_sold(
        app, salon.front_desk, 10000, recipient="Familie Öztürk-Schäfer aus Berlin"
    )
    redeem(app, salon.front_desk, voucher.code, catalogue["Gesichtsbehandlung klassisch"])
    page = VouchersPage(UiContext(app, salon.owner))
    window = _in_window(qtbot, page)  # noqa: F841 (keeps the page alive)
    assert page.wait_idle()
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: _fits(page.view) and _fits(page.detail.ledger))
    ledger = page.detail.ledger.horizontalHeader()
    assert ledger.sectionSize(4) >= ledger.sectionSizeHint(4)  # "Beleg / Grund", not "g / Gr"
    assert not ledger.isSectionHidden(4)


def test_scrolling_loads_the_next_window_after_the_last_row(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    for i in range(PAGE + 30):
        a_voucher_sold(app, salon.front_desk, 1000 + i)
    page = VouchersPage(UiContext(app, salon.owner))
    window = _in_window(qtbot, page)  # noqa: F841 (keeps the page alive)
    assert page.wait_idle() and len(page.model.rows) == PAGE
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: len(page.model.rows) == PAGE + 30)
    everything = app.vouchers.page(salon.owner, VoucherQuery(), 0, 1000)
    assert [r.id for r in page.model.rows] == [v.id for v in everything]


def test_customer_tab_shows_the_voucher_the_cursor_is_on(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    customer = a_customer(app, salon.owner, last_name="Kühn")
    for cents in (3000, 5000):
        cart = Cart(customer_id=customer.id)
        cart.add_vouchers(value_voucher(cents))
        cart.pay(PaymentMethod.CARD)
        app.till.commit(salon.front_desk, cart)
    tab = CustomerVouchersTab(UiContext(app, salon.front_desk), customer.id)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.split.isVisible() and not tab.empty.isVisible()
    assert tab.detail.pages.currentWidget() is tab.detail.hint
    tab.view.setCurrentIndex(tab.model.index(1, 0))  # keyboard or click alike
    assert tab.detail.title.text() == tab.model.rows[1].display_code
    nobody = a_customer(app, salon.owner, last_name="Neu", email=None, phone=None)
    empty = CustomerVouchersTab(UiContext(app, salon.front_desk), nobody.id)
    qtbot.addWidget(empty)
    empty.show()
    assert empty.empty.isVisible() and not empty.split.isVisible()
