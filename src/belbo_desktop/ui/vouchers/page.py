"""Gutscheine: every voucher created or sold, with filters, search by code and a detail
pane with the ledger; reprint the handout, cancel or refund with the right to do so."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.documents.voucher_handout import Cancelled
from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.vouchers import EntryKind, VatTreatment, VoucherKind, VoucherState
from belbo_desktop.services.vouchers import StateFilter, VoucherDetail, VoucherInfo, VoucherQuery
from belbo_desktop.ui import formatting as fmt
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.till import output
from belbo_desktop.ui.vouchers.columns import ColumnFitter
from belbo_desktop.ui.vouchers.model import (
    PRIORITY,
    TEXT_COLUMNS,
    VoucherTableModel,
    kind_text,
    state_text,
)
from belbo_desktop.ui.workers import Worker

ReasonAsker = Callable[[QWidget, str], str | None]


class _ProgressRelay(QObject):
    """Carries page counts from the worker thread to the progress dialog (queued)."""

    step = Signal(int)


def entry_text(kind: EntryKind) -> str:
    from PySide6.QtCore import QCoreApplication

    t = QCoreApplication.translate
    return {
        EntryKind.ISSUE: t("Vouchers", "Ausgabe"),
        EntryKind.REDEMPTION: t("Vouchers", "Einlösung"),
        EntryKind.REDEMPTION_REVERSAL: t("Vouchers", "Storno der Einlösung"),
        EntryKind.ISSUE_REVERSAL: t("Vouchers", "Storno des Verkaufs"),
        EntryKind.REFUND: t("Vouchers", "Auszahlung"),
        EntryKind.CANCELLATION: t("Vouchers", "Stornierung"),
        EntryKind.EXPIRY: t("Vouchers", "Verfall"),
    }[kind]


class VoucherDetailPane(QWidget):
    """One voucher: its data, its ledger, and what can be done with it."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        ask_reason: ReasonAsker | None = None,
        on_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_url = open_url
        self.ask_reason = ask_reason or _ask_reason
        self.on_changed = on_changed
        self.detail: VoucherDetail | None = None
        self.hint = QLabel(
            self.tr(
                "Einen Gutschein in der Liste wählen, um Restwert, Buchungen und Widmung zu sehen."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)  # muted, as the app's other empty states
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("kind", self.tr("Art")),
            ("state", self.tr("Status")),
            ("value", self.tr("Wert / Restwert")),
            ("treatment", self.tr("Umsatzsteuer")),
            ("valid", self.tr("Gültig bis")),
            ("sold", self.tr("Verkauft")),
            ("buyer", self.tr("Käufer")),
            ("recipient", self.tr("Empfänger")),
            ("message", self.tr("Widmung")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(label, value)
            self.values[key] = value
        self.ledger = QTableWidget(0, 5)
        self.ledger.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Buchung"),
                self.tr("Betrag"),
                self.tr("Saldo"),
                self.tr("Beleg / Grund"),
            ]
        )
        self.ledger.verticalHeader().setVisible(False)
        self.ledger.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger_columns = ColumnFitter(self.ledger, range(5), (4,))
        self.reprint_button = QPushButton(self.tr("Gutschein drucken"))
        self.reprint_button.clicked.connect(self.reprint)
        self.cancel_button = QPushButton(self.tr("Stornieren …"))
        self.cancel_button.clicked.connect(lambda: self._close("cancel"))
        self.refund_button = QPushButton(self.tr("Restwert auszahlen …"))
        self.refund_button.clicked.connect(lambda: self._close("refund"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.reprint_button, self.cancel_button, self.refund_button):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.fields)
        layout.addWidget(QLabel(self.tr("Buchungen")))
        layout.addWidget(self.ledger, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(content)
        QVBoxLayout(self).addWidget(self.pages)
        self.show_voucher(None)

    def show_voucher(self, voucher_id: uuid.UUID | None) -> None:
        self.message.clear()
        self.detail = (
            None if voucher_id is None else self.ctx.app.vouchers.detail(self.ctx.actor, voucher_id)
        )
        self._fill()

    def _fill(self) -> None:
        lang = self.ctx.lang
        d = self.detail
        for b in (self.reprint_button, self.cancel_button, self.refund_button):
            b.setEnabled(d is not None)
        self.pages.setCurrentIndex(0 if d is None else 1)
        if d is None:
            self.title.clear()
            for value in self.values.values():
                value.clear()
            self.ledger.setRowCount(0)
            return
        info = d.info
        self.title.setText(info.display_code)
        self.values["kind"].setText(kind_text(info))
        self.values["state"].setText(state_text(info.state))
        self.values["value"].setText(
            f"{fmt.money(info.face_value, lang)} / {fmt.money(info.balance, lang)}"
            + (
                "  " + self.tr("(bezahlt %s)") % fmt.money(info.price_paid, lang)
                if info.price_paid != info.face_value
                else ""
            )
        )
        self.values["treatment"].setText(
            self.tr("Einzweckgutschein (USt beim Verkauf, %s %%)") % info.vat_rate
            if info.treatment is VatTreatment.SINGLE_PURPOSE
            else self.tr("Mehrzweckgutschein (USt bei Einlösung)")
        )
        self.values["valid"].setText(fmt.date(info.valid_until, lang))
        sold = fmt.datetime(info.created_at, lang)
        if info.receipt_no:
            sold += " · " + self.tr("Beleg %d") % info.receipt_no
        self.values["sold"].setText(sold)
        self.values["buyer"].setText(info.buyer_name or "–")
        self.values["recipient"].setText(info.recipient or "–")
        self.values["message"].setText(info.message or "–")
        self.ledger.setRowCount(len(d.ledger))
        for r, e in enumerate(d.ledger):
            note = self.tr("Beleg %d") % e.receipt_no if e.receipt_no else ""
            if e.reason:
                note = f"{note} · {e.reason}" if note else e.reason
            for c, text in enumerate(
                (
                    fmt.date(e.at, lang),  # the time is in the tooltip
                    entry_text(e.kind),
                    fmt.money(e.amount, lang),
                    fmt.money(e.balance_after, lang),
                    note,
                )
            ):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 0:
                    item.setToolTip(fmt.datetime(e.at, lang))
                if c == 4:
                    item.setToolTip(text)
                self.ledger.setItem(r, c, item)
        self.ledger_columns.fit()
        open_ = info.state in (VoucherState.ACTIVE, VoucherState.PARTLY_REDEEMED)
        why = self.ctx.actor.why_not(Right.VOID_VOUCHERS, lang)
        for b in (self.cancel_button, self.refund_button):
            b.setEnabled(open_ and why is None)
            b.setToolTip(why or ("" if open_ else self.tr("Der Gutschein hat keinen Restwert.")))

    def reprint(self) -> None:
        if self.detail is None:
            return
        info = self.detail.info
        path = output.handouts_pdf(self.ctx.app, self.ctx.actor, [info], f"gutschein-{info.code}")
        output.open_file(path, self.open_url)

    def _close(self, how: str) -> None:
        if self.detail is None:
            return
        title = (
            self.tr("Gutschein stornieren") if how == "cancel" else self.tr("Restwert auszahlen")
        )
        reason = self.ask_reason(self, title)
        if reason is None:
            return
        service = self.ctx.app.vouchers
        try:
            if how == "cancel":
                service.cancel(self.ctx.actor, self.detail.info.id, reason)
            else:
                self.ctx.app.till.refund_voucher(self.ctx.actor, self.detail.info.id, reason)
        except BelboError as exc:
            self.message.setText(exc.text(self.ctx.lang))
            self.message.setStyleSheet("color: #b42318;")
            return
        self.message.setStyleSheet("")
        self.show_voucher(self.detail.info.id)
        if self.on_changed:
            self.on_changed()


def _ask_reason(parent: QWidget, title: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, parent.tr("Grund:"))
    return text if ok else None


class VouchersPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        ask_reason: ReasonAsker | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Code, Empfänger oder Käufer suchen"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Suche"))
        self.state = QComboBox()
        for value, text in (
            (StateFilter.ALL, self.tr("Alle")),
            (StateFilter.USABLE, self.tr("Einlösbar")),
            (StateFilter.ACTIVE, self.tr("Aktiv")),
            (StateFilter.PARTLY_REDEEMED, self.tr("Teilweise eingelöst")),
            (StateFilter.REDEEMED, self.tr("Eingelöst")),
            (StateFilter.EXPIRED, self.tr("Abgelaufen")),
            (StateFilter.CANCELLED, self.tr("Storniert")),
        ):
            self.state.addItem(text, value)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle Arten"), None)
        self.kind.addItem(self.tr("Wertgutscheine"), VoucherKind.VALUE)
        self.kind.addItem(self.tr("Leistungsgutscheine"), VoucherKind.SERVICE)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.state)
        filters.addWidget(self.kind)
        filters.addWidget(self.count_label, 1)
        self.print_selected_button = QPushButton(self.tr("Auswahl drucken"))
        self.print_selected_button.setToolTip(
            self.tr("Die markierten Gutscheine in ein PDF, einer pro Seite (Strg/Umschalt-Klick).")
        )
        self.print_selected_button.clicked.connect(self.print_selected)
        filters.addWidget(self.print_selected_button)
        self.open_url = open_url
        self._query = VoucherQuery()
        self._generation = 0
        self.worker = Worker(self)
        self.model = VoucherTableModel(self._fetch, self._count, ctx.lang, first=self._first)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.columns = ColumnFitter(self.view, PRIORITY, TEXT_COLUMNS)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = VoucherDetailPane(
            ctx, open_url=open_url, ask_reason=ask_reason, on_changed=self.reload
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 420])  # the ledger's five columns fit beside the list
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(200)
        self.debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()  # vouchers sold at the till since the page was last shown

    def query(self) -> VoucherQuery:
        kind = self.kind.currentData()  # Qt hands enum values back as plain strings
        return VoucherQuery(
            self.search.text(),
            StateFilter(self.state.currentData()),
            VoucherKind(kind) if kind else None,
        )

    def _fetch(self, offset: int, limit: int) -> list[VoucherInfo]:
        """The window after the row at ``offset - 1``: a keyset page, as fast at row
        10,000 as at the top."""
        rows = self.model.rows
        after = rows[offset - 1].cursor if 0 < offset <= len(rows) else None
        if offset and after is None:
            return self.ctx.app.vouchers.page(self.ctx.actor, self._query, offset, limit)
        return self.ctx.app.vouchers.page(self.ctx.actor, self._query, limit=limit, after=after)

    def _count(self) -> int:
        return self.ctx.app.vouchers.count(self.ctx.actor, self._query)

    def _first(self, limit: int) -> tuple[int, list[VoucherInfo]]:
        window = self.ctx.app.vouchers.overview(self.ctx.actor, self._query, limit)
        return window.total, window.rows

    def reload(self) -> None:
        """Count and first window in the worker: a state filter over 100,000 vouchers takes
        longer than a frame. Results of a superseded search are dropped."""
        self._query = self.query()
        self._generation += 1
        generation = self._generation
        self.worker.submit(
            self.model.first_window,
            lambda result: self._loaded(generation, result),
            self._failed,
        )

    def wait_idle(self, msecs: int = 5000) -> bool:
        """For tests: wait until the worker has delivered (events are processed)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(msecs)
        while not self.worker.idle() and not deadline.hasExpired():
            QCoreApplication.processEvents()
        return self.worker.idle()

    def _failed(self, exc: BaseException) -> None:
        text = exc.text(self.ctx.lang) if isinstance(exc, BelboError) else str(exc)
        self.count_label.setText(text)

    def _loaded(self, generation: int, result: tuple[int, list[VoucherInfo]]) -> None:
        if generation != self._generation:
            return
        current = self.detail.detail.info.id if self.detail.detail else None
        self.model.set_rows(*result)
        self.count_label.setText(self.tr("%n Gutschein(e)", "", self.model.total))
        row = next((i for i, r in enumerate(self.model.rows) if r.id == current), None)
        if row is not None:
            self.view.selectRow(row)
        else:
            self.detail.show_voucher(None)

    def selected_infos(self) -> list[VoucherInfo]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [info for r in rows if (info := self.model.info(r)) is not None]

    def print_selected(self) -> None:
        """All marked vouchers in one PDF, made in the worker with progress and cancel."""
        chosen = self.selected_infos()
        if not chosen:
            self.count_label.setText(self.tr("Bitte zuerst Gutscheine markieren."))
            return
        self.print_selected_button.setEnabled(False)
        app, actor = self.ctx.app, self.ctx.actor
        name = f"gutscheine-{len(chosen)}-{chosen[0].code}"
        dialog = QProgressDialog(
            self.tr("PDF mit %d Gutscheinen wird erstellt …") % len(chosen),
            self.tr("Abbrechen"),
            0,
            len(chosen),
            self,
        )
        dialog.setWindowTitle(self.tr("Gutscheine drucken"))
        dialog.setMinimumDuration(400)  # shown only when it takes a moment
        cancelled = threading.Event()
        dialog.canceled.connect(cancelled.set)
        relay = _ProgressRelay(self)
        relay.step.connect(dialog.setValue)

        def progress(pages: int) -> bool:  # runs in the worker thread
            relay.step.emit(pages)
            return not cancelled.is_set()

        def finish() -> None:
            self.print_selected_button.setEnabled(True)
            relay.deleteLater()
            dialog.reset()
            dialog.deleteLater()
            self.count_label.setText(self.tr("%n Gutschein(e)", "", self.model.total))

        def done(path: object) -> None:
            finish()
            output.open_file(path, self.open_url)  # type: ignore[arg-type]

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                self.count_label.setText(self.tr("Drucken abgebrochen."))
            else:
                self._failed(exc)

        self.print_progress = dialog
        self.worker.submit(
            lambda: output.handouts_pdf(app, actor, chosen, name, progress), done, failed
        )

    def _current_changed(self, current: object, _previous: object) -> None:
        info = self.model.info(self.view.currentIndex().row())
        self.detail.show_voucher(info.id if info else None)


class CustomerVouchersTab(QWidget):
    """Kundenakte > Gutscheine: vouchers the customer bought or redeemed."""

    def __init__(
        self, ctx: UiContext, customer_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.model = VoucherTableModel(self._fetch, self._count, ctx.lang)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns = ColumnFitter(self.view, PRIORITY, TEXT_COLUMNS)
        self.empty = QLabel(
            self.tr("Dieser Kunde hat noch keine Gutscheine gekauft oder eingelöst.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = VoucherDetailPane(ctx, on_changed=self.reload)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        # the list keeps most of the height; a regular's vouchers are dozens
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.view)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.split, 1)
        self._rows: list[VoucherInfo] = []
        self.reload()

    def _current_changed(self, current: object, _previous: object) -> None:
        info = self.model.info(self.view.currentIndex().row())
        self.detail.show_voucher(info.id if info else None)

    def _load(self) -> list[VoucherInfo]:
        self._rows = self.ctx.app.vouchers.for_customer(self.ctx.actor, self.customer_id)
        return self._rows

    def _fetch(self, offset: int, limit: int) -> list[VoucherInfo]:
        return self._rows[offset : offset + limit]

    def _count(self) -> int:
        return len(self._load())

    def reload(self) -> None:
        self.model.reload()
        self.empty.setVisible(self.model.total == 0)
        self.split.setVisible(self.model.total > 0)
