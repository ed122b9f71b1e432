"""Die Kasse: a touch-friendly till screen.

Left: what can be sold (services, products, vouchers). Middle: the cart, the customer,
voucher redemption. Right: totals, the numeric keypad and the payment keys. A scanner
that types a voucher code and Enter works anywhere on this screen. Nothing is written
until the sale is fully paid; then it is committed in one transaction and the receipt
and voucher handouts are ready to print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import (
    Cart,
    ItemKind,
    ItemLine,
    Payment,
    PaymentMethod,
    Redemption,
    VoucherSale,
    voucher_text,
)
from belbo_desktop.domain.vouchers import VoucherKind, default_treatment
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.services.till import SaleResult
from belbo_desktop.services.vouchers import VoucherInfo
from belbo_desktop.ui import formatting as fmt
from belbo_desktop.ui.bonus.till_strip import BonusTillStrip
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.till import output
from belbo_desktop.ui.till.keypad import NumericKeypad
from belbo_desktop.ui.till.scanner import ScanCatcher

PRESETS = (2500, 5000, 10000)
TOUCH = 56  # minimum height of touch targets in pixels
CartLine = ItemLine | VoucherSale | Redemption | Payment  # one row of the cart table


def _big(widget: QWidget, factor: float = 1.25, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def _touch_button(text: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(TOUCH)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if tooltip:
        button.setToolTip(tooltip)
    return button


class CustomerPicker(QDialog):
    """Search a customer as in the customer list and pick one."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Kunde zuordnen"))
        self.resize(460, 420)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, Kundennummer, E-Mail oder Telefon"))
        self.search.setMinimumHeight(40)
        self.results = QListWidget()
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.results.itemClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._find)
        self.chosen: tuple[object, str] | None = None

    def _find(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            return
        rows = self.ctx.app.customers.page(self.ctx.actor, CustomerQuery(text=text), 0, 30)
        for row in rows:
            item = QListWidgetItem(f"{row.display_name}  ·  {row.number}  {row.city or ''}")
            item.setData(Qt.ItemDataRole.UserRole, (row.id, f"{row.first_name} {row.last_name}"))
            item.setSizeHint(QSize(0, 44))  # a touch target
            self.results.addItem(item)

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()


class TillPage(QWidget):
    """The till; ``saleCommitted`` carries the :class:`SaleResult` of each sale."""

    saleCommitted = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_url = open_url
        self.cart = Cart()
        self.customer_name: str | None = None
        self.started_at: dt.datetime | None = None
        self.parked: list[tuple[Cart, str | None]] = []
        self.last_sale: SaleResult | None = None
        self.catalogue: list[CatalogueRow] = []

        columns = QHBoxLayout(self)
        columns.setContentsMargins(8, 8, 8, 8)
        columns.setSpacing(10)
        columns.addWidget(self._build_offer(), 4)
        columns.addWidget(self._build_cart(), 5)
        columns.addWidget(self._build_pay(), 3)
        self.scanner = ScanCatcher(self, self._scanned)
        self.reload_catalogue()
        self._refresh()

    # --- building ------------------------------------------------------------------------

    def _build_offer(self) -> QWidget:
        self.offer_tabs = QTabWidget()
        self.service_grid = QGridLayout()
        self.product_grid = QGridLayout()
        for grid, title in (
            (self.service_grid, self.tr("Leistungen")),
            (self.product_grid, self.tr("Produkte")),
        ):
            inner = QWidget()
            outer = QVBoxLayout(inner)
            outer.addLayout(grid)
            outer.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(inner)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.offer_tabs.addTab(scroll, title)
        self.offer_tabs.addTab(self._build_voucher_sale(), self.tr("Gutschein verkaufen"))
        return self.offer_tabs

    def _build_voucher_sale(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        value_box = QGroupBox(self.tr("Wertgutschein"))
        grid = QGridLayout(value_box)
        self.preset_buttons: list[QPushButton] = []
        for i, cents in enumerate(PRESETS):
            button = _touch_button(fmt.money(Money(cents), self.ctx.lang))
            _big(button, 1.3, bold=True)
            button.clicked.connect(lambda _=False, c=cents: self.add_value_voucher(Money(c)))
            grid.addWidget(button, 0, i)
            self.preset_buttons.append(button)
        self.free_amount = _touch_button(
            self.tr("Freier Betrag (Tastenfeld)"),
            self.tr("Den Betrag im Tastenfeld eingeben, dann hier tippen."),
        )
        self.free_amount.clicked.connect(self._add_free_voucher)
        grid.addWidget(self.free_amount, 1, 0, 1, 3)
        layout.addWidget(value_box)

        service_box = QGroupBox(self.tr("Leistungsgutschein"))
        service_layout = QVBoxLayout(service_box)
        self.service_choice = QComboBox()
        self.service_choice.setMinimumHeight(44)
        self.service_choice.setAccessibleName(self.tr("Leistung"))
        service_layout.addWidget(self.service_choice)
        self.add_service_voucher_button = _touch_button(self.tr("Leistungsgutschein hinzufügen"))
        self.add_service_voucher_button.clicked.connect(self._add_service_voucher)
        service_layout.addWidget(self.add_service_voucher_button)
        layout.addWidget(service_box)

        text_box = QGroupBox(self.tr("Für wen?"))
        form = QVBoxLayout(text_box)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("Empfänger, z. B. „Oma Inge“"))
        self.recipient.setMaxLength(80)
        self.recipient.setMinimumHeight(40)
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(self.tr("Persönliche Widmung (optional)"))
        self.message.setMaximumHeight(90)
        form.addWidget(self.recipient)
        form.addWidget(self.message)
        layout.addWidget(text_box)
        layout.addStretch(1)
        return page

    def _build_cart(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        customer_row = QHBoxLayout()
        self.customer_label = QLabel()
        self.customer_button = _touch_button(self.tr("Kunde zuordnen …"))
        self.customer_button.clicked.connect(self.pick_customer)
        self.customer_clear = QPushButton("×")
        self.customer_clear.setMinimumSize(TOUCH, TOUCH)
        self.customer_clear.setToolTip(self.tr("Kunde entfernen"))
        self.customer_clear.setAccessibleName(self.tr("Kunde entfernen"))
        self.customer_clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.customer_clear.clicked.connect(lambda: self.set_customer(None, None))
        customer_row.addWidget(self.customer_label, 1)
        customer_row.addWidget(self.customer_button)
        customer_row.addWidget(self.customer_clear)
        layout.addLayout(customer_row)
        self.bonus_strip = BonusTillStrip(self.ctx, lambda: self.cart, self._refresh)
        layout.addWidget(self.bonus_strip)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Position"), self.tr("Menge"), self.tr("Betrag")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.remove_button = _touch_button(self.tr("Entfernen"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.discount_button = _touch_button(
            self.tr("Rabatt"), self.tr("Rabatt im Tastenfeld eingeben, Position wählen, tippen.")
        )
        self.discount_button.clicked.connect(self.discount_selected)
        self.park_button = _touch_button(self.tr("Parken"))
        self.park_button.clicked.connect(self.park)
        self.resume_button = _touch_button(self.tr("Fortsetzen"))
        self.resume_button.clicked.connect(self.resume)
        self.clear_button = _touch_button(self.tr("Leeren"))
        self.clear_button.clicked.connect(self.clear_cart)
        for b in (
            self.remove_button,
            self.discount_button,
            self.park_button,
            self.resume_button,
            self.clear_button,
        ):
            actions.addWidget(b)
        layout.addLayout(actions)

        redeem_box = QGroupBox(self.tr("Gutschein einlösen"))
        redeem_layout = QHBoxLayout(redeem_box)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Code scannen oder eintippen"))
        self.code_edit.setMinimumHeight(TOUCH)
        self.code_edit.setAccessibleName(self.tr("Gutscheincode"))
        _big(self.code_edit, 1.2)
        self.code_edit.returnPressed.connect(lambda: self.redeem_code(self.code_edit.text()))
        self.redeem_button = QPushButton(self.tr("Einlösen"))
        self.redeem_button.setMinimumHeight(TOUCH)
        self.redeem_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.redeem_button.clicked.connect(lambda: self.redeem_code(self.code_edit.text()))
        redeem_layout.addWidget(self.code_edit, 1)
        redeem_layout.addWidget(self.redeem_button)
        layout.addWidget(redeem_box)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(44)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        _big(self.status, 1.1)
        layout.addWidget(self.status)
        return box

    def _build_pay(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.total_label = QLabel()
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        _big(self.total_label, 2.0, bold=True)
        self.detail_label = QLabel()
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        _big(self.detail_label, 1.1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.detail_label)
        self.keypad = NumericKeypad()
        layout.addWidget(self.keypad, 1)
        pay_row = QHBoxLayout()
        self.cash_button = _touch_button(
            self.tr("Bar"), self.tr("Gegebenen Betrag im Tastenfeld eingeben (leer = passend).")
        )
        self.card_button = _touch_button(self.tr("Karte"))
        for b in (self.cash_button, self.card_button):
            b.setMinimumHeight(TOUCH + 16)
            _big(b, 1.4, bold=True)
            pay_row.addWidget(b)
        self.cash_button.clicked.connect(lambda: self.pay(PaymentMethod.CASH))
        self.card_button.clicked.connect(lambda: self.pay(PaymentMethod.CARD))
        layout.addLayout(pay_row)
        after = QGridLayout()
        self.receipt_button = _touch_button(self.tr("Beleg anzeigen"))
        self.receipt_button.clicked.connect(self.show_receipt)
        self.print_button = _touch_button(self.tr("Beleg drucken"))
        self.print_button.clicked.connect(self.print_receipt)
        self.handout_button = _touch_button(self.tr("Gutscheine drucken"))
        self.handout_button.clicked.connect(self.show_handouts)
        self.journal_button = _touch_button(self.tr("Belege / Storno"))
        self.journal_button.clicked.connect(self.open_journal)
        self.closing_button = _touch_button(self.tr("Tagesabschluss"))
        self.closing_button.clicked.connect(self.close_day)
        after.addWidget(self.receipt_button, 0, 0)
        after.addWidget(self.print_button, 0, 1)
        after.addWidget(self.handout_button, 1, 0, 1, 2)
        after.addWidget(self.journal_button, 2, 0)
        after.addWidget(self.closing_button, 2, 1)
        layout.addLayout(after)
        return box

    # --- catalogue ---------------------------------------------------------------------

    def reload_catalogue(self) -> None:
        self.catalogue = self.ctx.app.catalogue.items(self.ctx.actor)
        for grid in (self.service_grid, self.product_grid):
            while grid.count():
                item = grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        counts = {ItemKind.SERVICE: 0, ItemKind.PRODUCT: 0}
        self.item_buttons: dict[str, QPushButton] = {}
        for row in self.catalogue:
            grid = self.service_grid if row.kind is ItemKind.SERVICE else self.product_grid
            n = counts[row.kind]
            counts[row.kind] += 1
            button = _touch_button(f"{row.name}\n{fmt.money(row.price, self.ctx.lang)}")
            button.setMinimumHeight(TOUCH + 20)
            button.clicked.connect(lambda _=False, r=row: self.add_item(r))
            grid.addWidget(button, n // 2, n % 2)
            self.item_buttons[row.name] = button
        self.service_choice.clear()
        for row in self.catalogue:
            if row.kind is ItemKind.SERVICE:
                self.service_choice.addItem(
                    f"{row.name} ({fmt.money(row.price, self.ctx.lang)})", row.id
                )

    # --- editing the cart --------------------------------------------------------------

    def _touch(self) -> None:
        if self.started_at is None:
            self.started_at = self.ctx.app.clock.now()
        if self.last_sale is not None and not self.cart.payments:
            self.last_sale = None

    def add_item(self, row: CatalogueRow) -> None:
        self._touch()
        self.cart.add_item(ItemLine(row.name, row.price, row.vat_rate, catalogue_item_id=row.id))
        self._say("")
        self._refresh()

    def _voucher_texts(self) -> tuple[str, str]:
        recipient = self.recipient.text()
        message = self.message.toPlainText()
        return recipient, message

    def add_value_voucher(self, value: Money) -> None:
        self._touch()
        recipient, message = self._voucher_texts()
        rates = {r.vat_rate for r in self.catalogue}
        self.cart.add_vouchers(
            VoucherSale(
                VoucherKind.VALUE,
                value,
                default_treatment(VoucherKind.VALUE, rates),
                next(iter(rates)) if len(rates) == 1 else None,
                recipient=recipient,
                message=message,
            )
        )
        self._say(self.tr("Wertgutschein über %s hinzugefügt.") % fmt.money(value, self.ctx.lang))
        self._refresh()

    def _add_free_voucher(self) -> None:
        amount = self.keypad.amount()
        if amount is None:
            self._say(self.tr("Bitte zuerst den Betrag im Tastenfeld eingeben."), error=True)
            return
        self.keypad.clear()
        self.add_value_voucher(amount)

    def _add_service_voucher(self) -> None:
        item_id = self.service_choice.currentData()
        row = next((r for r in self.catalogue if r.id == item_id), None)
        if row is None:
            return
        self._touch()
        recipient, message = self._voucher_texts()
        self.cart.add_vouchers(
            VoucherSale(
                VoucherKind.SERVICE,
                row.price,
                default_treatment(VoucherKind.SERVICE, []),
                row.vat_rate,
                row.id,
                row.name,
                recipient=recipient,
                message=message,
            )
        )
        self._say(self.tr("Gutschein für „%s“ hinzugefügt.") % row.name)
        self._refresh()

    def _rows(self) -> list[tuple[str, int, CartLine]]:
        """(kind, index into the cart list, object) in table order."""
        rows: list[tuple[str, int, CartLine]] = []
        rows += [("item", i, x) for i, x in enumerate(self.cart.items)]
        rows += [("voucher", i, x) for i, x in enumerate(self.cart.vouchers)]
        rows += [("redemption", i, x) for i, x in enumerate(self.cart.redemptions)]
        rows += [("payment", i, x) for i, x in enumerate(self.cart.payments)]
        return rows

    def _selected(self) -> tuple[str, int, CartLine] | None:
        row = self.table.currentRow()
        rows = self._rows()
        return rows[row] if 0 <= row < len(rows) else None

    def remove_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            self._say(self.tr("Bitte zuerst eine Position antippen."), error=True)
            return
        kind, index, _ = chosen
        lines: dict[str, list[ItemLine] | list[VoucherSale] | list[Redemption] | list[Payment]] = {
            "item": self.cart.items,
            "voucher": self.cart.vouchers,
            "redemption": self.cart.redemptions,
            "payment": self.cart.payments,
        }
        lines[kind].pop(index)
        self._refresh()

    def discount_selected(self) -> None:
        from dataclasses import replace

        chosen = self._selected()
        amount = self.keypad.amount()
        if chosen is None or chosen[0] not in ("item", "voucher") or amount is None:
            self._say(
                self.tr(
                    "Rabatt: Betrag im Tastenfeld eingeben, Artikel oder Gutschein "
                    "antippen, dann „Rabatt“."
                ),
                error=True,
            )
            return
        _, index, line = chosen
        if isinstance(line, ItemLine):
            self.cart.items[index] = replace(line, discount=amount)
        else:
            assert isinstance(line, VoucherSale)
            self.cart.vouchers[index] = replace(line, discount=amount)
        self.keypad.clear()
        problems = self.cart.problems()
        if any(p.value == "cart_discount_too_high" for p in problems):
            if isinstance(line, ItemLine):
                self.cart.items[index] = line
            else:
                self.cart.vouchers[index] = line
            self._say(self.tr("Der Rabatt darf nicht höher sein als der Preis."), error=True)
        self._refresh()

    def clear_cart(self) -> None:
        self.cart = Cart()
        self.started_at = None
        self.customer_name = None
        self.keypad.clear()
        self._say("")
        self._refresh()

    def park(self) -> None:
        """Put the cart aside (nothing is written, no voucher is touched)."""
        if not (self.cart.items or self.cart.vouchers or self.cart.redemptions):
            return
        self.parked.append((self.cart, self.customer_name))
        self.cart = Cart()
        self.customer_name = None
        self.started_at = None
        self._say(self.tr("Warenkorb geparkt (%d geparkt).") % len(self.parked))
        self._refresh()

    def resume(self) -> None:
        if not self.parked:
            self._say(self.tr("Es ist kein Warenkorb geparkt."), error=True)
            return
        if self.cart.items or self.cart.vouchers or self.cart.redemptions:
            self.parked.insert(0, (self.cart, self.customer_name))
        self.cart, self.customer_name = self.parked.pop()
        self._touch()
        self._say(self.tr("Geparkter Warenkorb fortgesetzt."))
        self._refresh()

    def pick_customer(self) -> None:
        picker = CustomerPicker(self.ctx, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen:
            customer_id, name = picker.chosen
            self.set_customer(customer_id, name)

    def set_customer(self, customer_id: object, name: str | None) -> None:
        self.cart.customer_id = customer_id  # type: ignore[assignment]
        self.customer_name = name
        self._refresh()

    # --- vouchers as payment -------------------------------------------------------------

    def _scanned(self, code: str) -> None:
        """A scanned bonus card attaches its customer; any other code is tried as a voucher."""
        if not self.bonus_strip.take_scan(code, self.set_customer):
            self.redeem_code(code)

    def redeem_code(self, text: str) -> None:
        """Scan or typed code: check it and let it pay as much of the goods as it can."""
        try:
            info = self.ctx.app.vouchers.check_redeemable(self.ctx.actor, text)
        except BelboError as exc:
            self._say(exc.text(self.ctx.lang), error=True)
            self.code_edit.selectAll()
            return
        self.code_edit.clear()
        self._touch()
        self._apply_redemption(info)

    def _apply_redemption(self, info: VoucherInfo) -> None:
        lang = self.ctx.lang
        if info.kind is VoucherKind.SERVICE:
            line = next(
                (i for i in self.cart.items if i.catalogue_item_id == info.service_item_id), None
            )
            if line is None:
                self._say(
                    self.tr(
                        "Gutschein %s gilt für „%s“ (gültig bis %s). Bitte die Leistung "
                        "in den Warenkorb legen und erneut scannen."
                    )
                    % (info.display_code, info.service_name, fmt.date(info.valid_until, lang)),
                    error=True,
                )
                return
            amount = line.unit_price
        else:
            room = self.cart.redeemable_room()
            wanted = self.keypad.amount()
            amount = min(info.balance, room, wanted) if wanted else min(info.balance, room)
            if amount.cents <= 0:
                self._say(
                    self.tr(
                        "Gutschein %s: Restwert %s, gültig bis %s. Er kann nur Leistungen "
                        "und Produkte bezahlen – bitte zuerst in den Warenkorb legen."
                    )
                    % (
                        info.display_code,
                        fmt.money(info.balance, lang),
                        fmt.date(info.valid_until, lang),
                    ),
                    error=True,
                )
                return
            self.keypad.clear()
        self.cart.add_redemption(
            Redemption(info.id, info.display_code, amount, info.treatment, info.vat_rate, info.kind)
        )
        rest = info.balance - amount if info.kind is VoucherKind.VALUE else Money(0)
        self._say(
            self.tr("Gutschein %s: %s eingelöst, Restwert danach %s, gültig bis %s.")
            % (
                info.display_code,
                fmt.money(amount, lang),
                fmt.money(rest, lang),
                fmt.date(info.valid_until, lang),
            )
        )
        self._refresh()

    # --- paying --------------------------------------------------------------------------

    def pay(self, method: PaymentMethod) -> None:
        if not (self.cart.items or self.cart.vouchers):
            self._say(self.tr("Der Warenkorb ist leer."), error=True)
            return
        given = self.keypad.amount()
        if method is PaymentMethod.CARD and given is not None and given > self.cart.remaining:
            self._say(self.tr("Mit Karte höchstens den offenen Betrag zahlen."), error=True)
            return
        if self.cart.remaining.cents > 0:
            self.cart.pay(method, given)
        self.keypad.clear()
        if self.cart.remaining.cents <= 0:
            self.commit()
        else:
            self._refresh()

    def commit(self) -> None:
        try:
            result = self.ctx.app.till.commit(self.ctx.actor, self.cart, started_at=self.started_at)
        except BelboError as exc:
            # the cart stays as it was: fix it (e.g. voucher balance changed) and pay again
            self.cart.payments.clear()
            self._say(exc.text(self.ctx.lang), error=True)
            self._refresh()
            return
        self.last_sale = result
        self.cart = Cart()
        self.customer_name = None
        self.started_at = None
        self.recipient.clear()
        self.message.clear()
        lang = self.ctx.lang
        text = self.tr("Beleg Nr. %d gebucht.") % result.receipt_no
        if result.change:
            text += " " + self.tr("Rückgeld: %s") % fmt.money(result.change, lang)
        if result.vouchers:
            text += " " + self.tr("%d Gutschein(e) bereit zum Drucken.") % len(result.vouchers)
        if result.signature.value == "failed":
            text += " " + self.tr("Sicherheitseinrichtung nicht erreichbar – wird nachgeholt.")
        self._say(text)
        self._refresh()
        self.saleCommitted.emit(result)

    # --- after the sale ------------------------------------------------------------------

    def show_receipt(self) -> None:
        if self.last_sale is None:
            return
        receipt = self.ctx.app.till.receipt(self.ctx.actor, self.last_sale.sale_id)
        output.open_file(output.receipt_pdf(self.ctx.app, receipt), self.open_url)

    def print_receipt(self) -> None:
        if self.last_sale is None:
            return
        receipt = self.ctx.app.till.receipt(self.ctx.actor, self.last_sale.sale_id)
        output.print_receipt(self, receipt, self.ctx.lang)

    def show_handouts(self) -> None:
        if self.last_sale is None or not self.last_sale.vouchers:
            return
        path = output.handouts_pdf(
            self.ctx.app,
            self.ctx.actor,
            self.last_sale.vouchers,
            f"gutscheine-beleg-{self.last_sale.receipt_no:06d}",
        )
        output.open_file(path, self.open_url)

    def open_journal(self) -> None:
        from belbo_desktop.ui.till.journal import JournalDialog

        JournalDialog(self.ctx, self, open_url=self.open_url).exec()

    def close_day(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Tagesabschluss"),
            self.tr(
                "Tagesabschluss (Z-Bericht) über alle Belege seit dem letzten Abschluss erstellen?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_closing()

    def run_closing(self) -> None:
        from belbo_desktop.documents.z_report import render_z_report

        try:
            self.retry_signatures()
            self.ctx.app.vouchers.expire_due(self.ctx.actor)  # book what expired, once a day
            report = self.ctx.app.till.close_day(self.ctx.actor)
        except BelboError as exc:
            self._say(exc.text(self.ctx.lang), error=True)
            return
        folder = self.ctx.app.paths.documents / "tagesabschluss"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"z-bericht-{report.number:05d}.pdf"
        render_z_report(report, path)
        self._say(self.tr("Tagesabschluss Nr. %d erstellt.") % report.number)
        output.open_file(path, self.open_url)

    def retry_signatures(self) -> None:
        """Receipts whose security device was unavailable are signed when it is back."""
        if self.ctx.actor.can(Right.SELL):
            done = self.ctx.app.till.retry_signatures(self.ctx.actor)
            if done:
                self._say(self.tr("%d Beleg(e) nachträglich signiert.") % done)

    # --- display -------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b42318;" if error else "")

    def _refresh(self) -> None:
        lang = self.ctx.lang
        self.bonus_strip.sync(self.cart)
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for r, (kind, _index, obj) in enumerate(rows):
            text, qty, amount = self._describe(kind, obj)
            for c, value in enumerate((text, qty, fmt.money(amount, lang))):
                cell = QTableWidgetItem(value)
                if c:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, cell)
        total = self.cart.total
        self.total_label.setText(self.tr("Summe %s") % fmt.money(total, lang))
        if self.cart.payments:
            remaining = self.cart.remaining
            self.detail_label.setText(
                self.tr("Bezahlt %s · Offen %s")
                % (fmt.money(self.cart.paid, lang), fmt.money(Money(max(0, remaining.cents)), lang))
            )
        elif self.last_sale is not None and self.last_sale.change:
            self.detail_label.setText(
                self.tr("Rückgeld %s") % fmt.money(self.last_sale.change, lang)
            )
        else:
            self.detail_label.setText("")
        if self.customer_name:
            self.customer_label.setText(self.tr("Kunde: %s") % self.customer_name)
        else:
            self.customer_label.setText(self.tr("Ohne Kunde"))
        self.customer_clear.setEnabled(self.customer_name is not None)
        has_cart = bool(self.cart.items or self.cart.vouchers)
        for b in (self.cash_button, self.card_button, self.clear_button, self.park_button):
            b.setEnabled(has_cart)
        self.resume_button.setEnabled(bool(self.parked))
        self.resume_button.setText(
            self.tr("Fortsetzen (%d)") % len(self.parked) if self.parked else self.tr("Fortsetzen")
        )
        done = self.last_sale is not None
        self.receipt_button.setEnabled(done)
        self.print_button.setEnabled(done)
        self.handout_button.setEnabled(done and bool(self.last_sale and self.last_sale.vouchers))
        can_sell = self.ctx.actor.can(Right.SELL)
        why = self.ctx.actor.why_not(Right.SELL, lang) or ""
        for b in (self.cash_button, self.card_button, self.closing_button):
            if not can_sell:
                b.setEnabled(False)
                b.setToolTip(why)

    def _describe(self, kind: str, obj: CartLine) -> tuple[str, str, Money]:
        lang = self.ctx.lang
        if kind == "item":
            assert isinstance(obj, ItemLine)
            text = obj.name + (
                "  " + self.tr("(Rabatt %s)") % fmt.money(obj.discount, lang)
                if obj.discount
                else ""
            )
            return text, str(obj.quantity), obj.unit_price * obj.quantity - obj.discount
        if kind == "voucher":
            assert isinstance(obj, VoucherSale)
            text = voucher_text(obj)
            if obj.recipient.strip():
                text += " " + self.tr("für %s") % obj.recipient.strip()
            if obj.discount:
                text += "  " + self.tr("(Wert %s, Rabatt %s)") % (
                    fmt.money(obj.value, lang),
                    fmt.money(obj.discount, lang),
                )
            return text, "1", obj.price
        if kind == "redemption":
            assert isinstance(obj, Redemption)
            return self.tr("Gutschein %s") % obj.code, "", -obj.amount
        assert isinstance(obj, Payment)
        label = self.tr("Bar gegeben") if obj.method is PaymentMethod.CASH else self.tr("Karte")
        shown = obj.tendered if obj.tendered is not None else obj.amount
        return label, "", shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload_catalogue()  # prices may have changed in Einstellungen meanwhile
            self.retry_signatures()
        self.code_edit.setFocus()
