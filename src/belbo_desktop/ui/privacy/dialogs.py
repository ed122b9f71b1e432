"""Small dialogs of the Datenschutz screens: new request, consent, erasure, a reason."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.privacy import (
    CHANNEL_LABELS,
    CONSENT_KIND_LABELS,
    CONSENT_METHOD_LABELS,
    CONSENT_TEXTS,
    REQUEST_KIND_LABELS,
    Channel,
    ConsentKind,
    ConsentMethod,
    RequestInput,
    RequestKind,
    label_of,
)
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.services.ports import local_today
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.workers import Worker

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class CustomerPicker(QWidget):
    """Search as you type; the chosen customer's id is ``customer_id``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, E-Mail, Telefon oder Kundennummer"))
        self.search.setAccessibleName(self.tr("Kunde suchen"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Gefundene Kunden"))
        self.results.setMinimumHeight(140)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)

    def refresh(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            return
        rows = self.ctx.app.customers.page(self.ctx.actor, CustomerQuery(text), 0, 20)
        for r in rows:
            item = QListWidgetItem(
                f"{r.display_name} · {r.number}" + (f" · {r.email}" if r.email else "")
            )
            item.setData(ID_ROLE, r.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    @property
    def customer_id(self) -> uuid.UUID | None:
        item = self.results.currentItem()
        if item is None:
            return None
        customer_id: uuid.UUID = item.data(ID_ROLE)
        return customer_id


class RequestDialog(QDialog):
    """Register an incoming data-subject request; the deadline follows from the date."""

    def __init__(
        self, ctx: UiContext, customer_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_customer = customer_id
        self.result_row: object = None
        self.setWindowTitle(self.tr("Datenschutz-Ersuchen erfassen"))
        self.picker = CustomerPicker(ctx) if customer_id is None else None
        self.kind = QComboBox()
        for kind in RequestKind:
            self.kind.addItem(label_of(REQUEST_KIND_LABELS, kind, ctx.lang), kind)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label_of(CHANNEL_LABELS, channel, ctx.lang), channel)
        today = local_today(ctx.app.clock)
        self.received = QDateEdit(QDate(today.year, today.month, today.day))
        self.received.setDisplayFormat("dd.MM.yyyy")
        self.received.setCalendarPopup(True)
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.deadline = QLabel()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("z. B. Wortlaut der Anfrage, Rückfragen"))
        self.note.setMaximumHeight(80)
        self.error = _error_label()
        self.received.dateChanged.connect(self._show_deadline)
        self._show_deadline()

        form = QFormLayout()
        if self.picker is not None:
            form.addRow(self.tr("Kunde:"), self.picker)
        form.addRow(self.tr("Anliegen:"), self.kind)
        form.addRow(self.tr("Eingegangen per:"), self.channel)
        form.addRow(self.tr("Eingegangen am:"), self.received)
        form.addRow(self.tr("Frist:"), self.deadline)
        form.addRow(self.tr("Notiz:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Erfassen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _date(self) -> dt.date:
        d = self.received.date()
        return dt.date(d.year(), d.month(), d.day())

    def _show_deadline(self) -> None:
        from belbo_desktop.domain.privacy import answer_deadline
        from belbo_desktop.ui import formatting as fmt

        self.deadline.setText(
            self.tr("%1 (ein Monat, Art. 12 Abs. 3 DSGVO)").replace(
                "%1", fmt.date(answer_deadline(self._date()), self.ctx.lang)
            )
        )

    def accept(self) -> None:
        customer_id = self.fixed_customer or (self.picker.customer_id if self.picker else None)
        if customer_id is None:
            self._fail(self.tr("Bitte einen Kunden suchen und auswählen."))
            return
        data = RequestInput(
            RequestKind(self.kind.currentData()),
            Channel(self.channel.currentData()),
            self._date(),
            self.note.toPlainText(),
        )
        try:
            self.result_row = self.ctx.app.privacy.register_request(
                self.ctx.actor, customer_id, data
            )
        except BelboError as exc:
            self._fail(exc.text(self.ctx.lang))
            return
        super().accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class ConsentDialog(QDialog):
    """Record a consent: the wording is shown so it can be read out or checked on paper."""

    def __init__(
        self, ctx: UiContext, customer_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("Einwilligung erfassen"))
        self.kind = QComboBox()
        for kind in ConsentKind:
            self.kind.addItem(label_of(CONSENT_KIND_LABELS, kind, ctx.lang), kind)
        self.method = QComboBox()
        for method in ConsentMethod:
            self.method.addItem(label_of(CONSENT_METHOD_LABELS, method, ctx.lang), method)
        self.wording = QLabel()
        self.wording.setWordWrap(True)
        self.wording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wording.setStyleSheet("QLabel { background: #f4f6f6; padding: 8px; }")
        self.wording.setMinimumWidth(420)
        self.error = _error_label()
        self.kind.currentIndexChanged.connect(self._show_wording)
        self._show_wording()
        form = QFormLayout()
        form.addRow(self.tr("Einwilligung:"), self.kind)
        form.addRow(self.tr("Erteilt:"), self.method)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Einwilligung speichern")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Wortlaut (wird mit Fassung gespeichert):")))
        layout.addWidget(self.wording)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _show_wording(self) -> None:
        text = CONSENT_TEXTS[ConsentKind(self.kind.currentData())]
        self.wording.setText(f"{text.text}\n\n" + self.tr("Fassung %1").replace("%1", text.version))

    def accept(self) -> None:
        try:
            self.ctx.app.privacy.give_consent(
                self.ctx.actor,
                self.customer_id,
                ConsentKind(self.kind.currentData()),
                ConsentMethod(self.method.currentData()),
            )
        except BelboError as exc:
            self.error.setText(exc.text(self.ctx.lang))
            self.error.show()
            return
        super().accept()


class EraseDialog(QDialog):
    """Irreversible erasure: a reason and the customer number typed as confirmation."""

    def __init__(
        self,
        ctx: UiContext,
        customer_id: uuid.UUID,
        number: int,
        name: str,
        request_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.request_id = request_id
        self.done_result: object = None
        self.worker = Worker(self)
        self.setWindowTitle(self.tr("Kunden endgültig löschen"))
        warning = QLabel(
            self.tr(
                "<b>%1 (Kundennummer %2) wird endgültig gelöscht. Das kann nicht rückgängig "
                "gemacht werden.</b><br><br>Name, Kontaktdaten, Geburtstag, Anschrift, Notizen "
                "und alle Kundenfelder werden entfernt, auch aus der Suche; frühere "
                "Datenauskunft-Dateien auf diesem PC werden gelöscht. Kassenbelege und "
                "Gutscheinbuchungen bleiben erhalten, weil das Steuerrecht es verlangt "
                "(§ 147 AO), verweisen aber auf niemanden mehr."
            )
            .replace("%1", name)
            .replace("%2", str(number))
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(
            "QLabel { background: #fdecea; border: 1px solid #b3261e; padding: 8px; }"
        )
        self.merged_note = QLabel()
        self.merged_note.setWordWrap(True)
        self.merged_note.hide()
        try:
            links = ctx.app.customer_merge.links(ctx.actor, customer_id)
        except BelboError:
            links = None
        if links is not None and links.merged_from:
            self.merged_note.setText(
                self.tr(
                    "Die mit dieser Akte zusammengeführten Akten (Nr. %1) werden mit ihr "
                    "anonymisiert."
                ).replace("%1", ", ".join(str(f.number) for f in links.merged_from))
            )
            self.merged_note.show()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("z. B. Löschwunsch per E-Mail vom 20.11.2026"))
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(str(number))
        self.confirm.setAccessibleName(self.tr("Kundennummer zur Bestätigung"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Grund:"), self.reason)
        form.addRow(self.tr("Kundennummer zur Bestätigung:"), self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Endgültig löschen"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.merged_note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason.text().strip() and self.confirm.text().strip()))

    def accept(self) -> None:
        """Runs off the GUI thread: rewriting the search index takes a moment at 200,000."""
        privacy, actor = self.ctx.app.privacy, self.ctx.actor
        reason, confirmation = self.reason.text(), self.confirm.text()
        customer_id, request_id = self.customer_id, self.request_id
        self.ok.setEnabled(False)
        self.error.hide()
        self.worker.submit(
            lambda: privacy.erase(
                actor,
                customer_id,
                reason=reason,
                confirmation=confirmation,
                request_id=request_id,
            ),
            self._erased,
            self._failed,
        )

    def _erased(self, result: object) -> None:
        self.done_result = result
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._update()
        self.error.setText(exc.text(self.ctx.lang) if isinstance(exc, BelboError) else str(exc))
        self.error.show()


class TextDialog(QDialog):
    """Ask for a reason or a note; ``text`` holds it after OK."""

    def __init__(
        self, title: str, prompt: str, ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setMaximumHeight(90)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    @property
    def text(self) -> str:
        return self.edit.toPlainText()
