"""The customer file's Einkäufe tab and the till's Belege dialog, on the sales journal."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.till.builders import item

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import Cart, PaymentMethod
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.services.till import SaleResult
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.file import CustomerFile
from belbo_desktop.ui.till.customer_sales import CustomerSalesTab
from belbo_desktop.ui.till.journal import JournalDialog

Catalogue = dict[str, CatalogueRow]


def sell(app: App, salon: Salon, row: CatalogueRow, customer: uuid.UUID | None) -> SaleResult:
    cart = Cart(customer_id=customer)
    cart.add_item(item(row))
    cart.pay(PaymentMethod.CARD)
    return app.till.commit(salon.front_desk, cart)


def test_the_customer_file_lists_purchases_and_opens_a_receipt(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    anna = a_customer(app, salon.owner).id
    sell(app, salon, catalogue["Damenhaarschnitt"], anna)
    colour = sell(app, salon, catalogue["Färben"], anna)
    sell(app, salon, catalogue["Färben"], None)  # someone else's
    opened: list[QUrl] = []
    tab = CustomerSalesTab(UiContext(app, salon.front_desk), anna, open_url=opened.append)
    qtbot.addWidget(tab)

    assert [r.receipt_no for r in tab.table.rows] == [colour.receipt_no, colour.receipt_no - 1]
    assert tab.table.item(0, 2).text() == "Färben"
    assert tab.table.item(0, 4).text() == "Karte"
    assert not tab.show_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.show_button.isEnabled()
    tab.show_button.click()
    (url,) = opened
    assert Path(url.toLocalFile()).suffix == ".pdf"
    assert tab.summary.text().startswith("Letzter Einkauf:")


def test_a_new_customer_has_an_empty_purchases_tab(qtbot: QtBot, app: App, salon: Salon) -> None:
    tab = CustomerSalesTab(UiContext(app, salon.front_desk), a_customer(app, salon.owner).id)
    qtbot.addWidget(tab)
    assert tab.table.rows == [] and not tab.empty.isHidden() and tab.table.isHidden()


def test_without_the_right_to_sell_purchases_show_but_receipts_do_not_open(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    anna = a_customer(app, salon.owner).id
    sell(app, salon, catalogue["Färben"], anna)
    actor = dataclasses.replace(salon.front_desk, rights=salon.front_desk.rights - {Right.SELL})
    tab = CustomerSalesTab(UiContext(app, actor), anna, open_url=lambda _u: None)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    assert len(tab.table.rows) == 1 and not tab.show_button.isEnabled()
    assert "An der Kasse verkaufen" in tab.show_button.toolTip()


def test_the_customer_file_has_the_purchases_tab_after_vouchers(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    customer = a_customer(app, salon.owner).id
    file = CustomerFile(UiContext(app, salon.front_desk), customer)
    qtbot.addWidget(file)
    keys = file.tab_keys
    assert keys.index("sales") == keys.index("vouchers") + 1
    assert file.tabs.tabText(keys.index("sales")) == "Einkäufe"


def test_belege_finds_a_receipt_by_number_and_a_customer_by_name(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    greta = a_customer(app, salon.owner, first_name="Greta", last_name="Groß", email="g@ex.de")
    hers = sell(app, salon, catalogue["Färben"], greta.id)
    other = sell(app, salon, catalogue["Damenhaarschnitt"], None)
    dialog = JournalDialog(UiContext(app, salon.front_desk), open_url=lambda _u: None)
    qtbot.addWidget(dialog)
    assert len(dialog.table.rows) == 2

    def search(text: str) -> list[int]:
        dialog.search.setText(text)
        qtbot.waitUntil(lambda: not dialog._debounce.isActive())
        return [r.receipt_no for r in dialog.table.rows]

    assert search(str(other.receipt_no)) == [other.receipt_no]
    assert search("groß") == [hers.receipt_no]
    assert dialog.table.item(0, 3).text() == "Greta Groß"
    assert search("niemand") == []
    assert dialog.table.isHidden() and "niemand" in dialog.empty.text()
    assert search("") == [other.receipt_no, hers.receipt_no]


def test_belege_loads_older_receipts_when_scrolled_to_the_end(
    qtbot: QtBot, app: App, salon: Salon, catalogue: Catalogue
) -> None:
    for _ in range(60):
        sell(app, salon, catalogue["Färben"], None)
    dialog = JournalDialog(UiContext(app, salon.front_desk), open_url=lambda _u: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.table.rows) == 50 and dialog.table.has_more()
    bar = dialog.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert len(dialog.table.rows) == 60 and not dialog.table.has_more()
    numbers = [r.receipt_no for r in dialog.table.rows]
    assert numbers == sorted(set(numbers), reverse=True)
