"""The Datenschutz tab of the customer file: data access, consents, requests, erasure."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.privacy import (
    CONSENT_KIND_LABELS,
    CONSENT_METHOD_LABELS,
    REQUEST_KIND_LABELS,
    REQUEST_STATUS_LABELS,
    ConsentKind,
    label_of,
)
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.privacy import ConsentRow, ReportFiles
from belbo_desktop.ui import formatting as fmt
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.privacy.dialogs import ConsentDialog, EraseDialog, RequestDialog
from belbo_desktop.ui.privacy.models import due_text
from belbo_desktop.ui.workers import Worker

FolderOpener = Callable[[QUrl], object]
Confirm = Callable[[QWidget, str, str], bool]


def _ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(110)
    return table


class CustomerPrivacyTab(QWidget):
    erased = Signal(object)  # the customer id: the file should close

    def __init__(
        self,
        ctx: UiContext,
        customer_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        open_folder: FolderOpener = QDesktopServices.openUrl,
        confirm: Confirm = _ask,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self._open_folder = open_folder
        self._confirm = confirm
        self.worker = Worker(self)
        self.files: tuple[Path, ...] = ()
        self.consent_rows: list[ConsentRow] = []
        actor = ctx.actor

        # Datenauskunft
        report_box = QGroupBox(self.tr("Datenauskunft (Art. 15 und 20 DSGVO)"))
        intro = QLabel(
            self.tr(
                "Erstellt alle gespeicherten Daten dieses Kunden als PDF zum Lesen und als "
                "JSON/CSV zum Mitnehmen. Felder, die als Betriebsgeheimnis markiert sind, "
                "erscheinen nur mit ihrem Namen."
            )
        )
        intro.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Datenauskunft erstellen"))
        self.report_button.setEnabled(actor.can(Right.PRIVACY_REQUESTS))
        self.report_button.setToolTip(actor.why_not(Right.PRIVACY_REQUESTS, ctx.lang) or "")
        self.report_button.clicked.connect(self.create_report)
        self.report_status = QLabel()
        self.report_status.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Ordner öffnen"))
        self.folder_button.setVisible(False)
        self.folder_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        box = QVBoxLayout(report_box)
        box.addWidget(intro)
        box.addLayout(row)
        box.addWidget(self.report_status)

        # Einwilligungen
        consent_box = QGroupBox(self.tr("Einwilligungen"))
        self.consents = _table(
            [
                self.tr("Einwilligung"),
                self.tr("Erteilt am"),
                self.tr("Erfasst von"),
                self.tr("Form"),
                self.tr("Fassung"),
                self.tr("Widerrufen am"),
            ],
            self.tr("Einwilligungen"),
        )
        self.consents.itemSelectionChanged.connect(self._update)
        self.add_consent_button = QPushButton(self.tr("Einwilligung erfassen …"))
        self.withdraw_button = QPushButton(self.tr("Widerrufen …"))
        can_edit = actor.can(Right.EDIT_CUSTOMERS)
        self.add_consent_button.setEnabled(can_edit)
        self.add_consent_button.setToolTip(actor.why_not(Right.EDIT_CUSTOMERS, ctx.lang) or "")
        self.add_consent_button.clicked.connect(self.add_consent)
        self.withdraw_button.clicked.connect(self.withdraw)
        row = QHBoxLayout()
        row.addWidget(self.add_consent_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        box = QVBoxLayout(consent_box)
        box.addWidget(self.consents)
        box.addLayout(row)

        # Anfragen
        self.requests_box = QGroupBox(self.tr("Datenschutz-Ersuchen"))
        self.requests = _table(
            [self.tr("Anliegen"), self.tr("Eingang"), self.tr("Frist"), self.tr("Stand")],
            self.tr("Datenschutz-Ersuchen dieses Kunden"),
        )
        self.request_button = QPushButton(self.tr("Ersuchen erfassen …"))
        self.request_button.clicked.connect(self.add_request)
        box = QVBoxLayout(self.requests_box)
        box.addWidget(self.requests)
        row = QHBoxLayout()
        row.addWidget(self.request_button)
        row.addStretch(1)
        box.addLayout(row)
        self.requests_box.setVisible(actor.can(Right.PRIVACY_REQUESTS))

        # Löschen
        erase_box = QGroupBox(self.tr("Löschen (Art. 17 DSGVO)"))
        erase_text = QLabel(
            self.tr(
                "Entfernt alle personenbezogenen Daten endgültig. Kassenbelege und "
                "Gutscheinbuchungen bleiben anonym erhalten (§ 147 AO)."
            )
        )
        erase_text.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Kunden endgültig löschen …"))
        self.erase_button.setEnabled(actor.can(Right.ERASE_CUSTOMERS))
        self.erase_button.setToolTip(actor.why_not(Right.ERASE_CUSTOMERS, ctx.lang) or "")
        self.erase_button.clicked.connect(self.erase)
        box = QVBoxLayout(erase_box)
        box.addWidget(erase_text)
        row = QHBoxLayout()
        row.addWidget(self.erase_button)
        row.addStretch(1)
        box.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(report_box)
        layout.addWidget(consent_box)
        layout.addWidget(self.requests_box)
        layout.addWidget(erase_box)
        layout.addStretch(1)
        self.reload()

    # --- data -------------------------------------------------------------------------

    def reload(self) -> None:
        privacy, actor, lang = self.ctx.app.privacy, self.ctx.actor, self.ctx.lang
        try:
            self.consent_rows = privacy.consents(actor, self.customer_id)
        except BelboError:
            self.consent_rows = []
        self.consents.setRowCount(len(self.consent_rows))
        for i, c in enumerate(self.consent_rows):
            values = [
                label_of(CONSENT_KIND_LABELS, c.kind, lang),
                fmt.datetime(c.given_at, lang),
                c.recorded_by or "–",
                label_of(CONSENT_METHOD_LABELS, c.method, lang),
                c.text_version,
                fmt.datetime(c.withdrawn_at, lang) if c.withdrawn_at else "",
            ]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(c.text)
                if not c.active:
                    item.setForeground(self.palette().placeholderText())
                self.consents.setItem(i, j, item)
        if actor.can(Right.PRIVACY_REQUESTS):
            rows = privacy.requests(actor, customer_id=self.customer_id)
            self.requests.setRowCount(len(rows))
            for i, r in enumerate(rows):
                values = [
                    label_of(REQUEST_KIND_LABELS, r.kind, lang),
                    fmt.date(r.received_on, lang),
                    fmt.date(r.due, lang) + " – " + due_text(r),
                    label_of(REQUEST_STATUS_LABELS, r.status, lang),
                ]
                for j, value in enumerate(values):
                    self.requests.setItem(i, j, QTableWidgetItem(value))
        self._update()

    def _selected_consent(self) -> ConsentRow | None:
        rows = self.consents.selectionModel().selectedRows()
        return self.consent_rows[rows[0].row()] if rows else None

    def _update(self) -> None:
        c = self._selected_consent()
        can = self.ctx.actor.can(Right.EDIT_CUSTOMERS)
        self.withdraw_button.setEnabled(can and c is not None and c.active)
        self.withdraw_button.setToolTip(
            self.ctx.actor.why_not(Right.EDIT_CUSTOMERS, self.ctx.lang)
            or ("" if c is not None else self.tr("Bitte eine Einwilligung auswählen."))
        )

    # --- actions ----------------------------------------------------------------------

    def create_report(self) -> None:
        self.report_button.setEnabled(False)
        self.report_status.setText(self.tr("Datenauskunft wird erstellt …"))
        privacy, actor, customer_id = self.ctx.app.privacy, self.ctx.actor, self.customer_id
        self.worker.submit(
            lambda: privacy.create_report(actor, customer_id), self._report_done, self._failed
        )

    def _report_done(self, files: ReportFiles) -> None:
        self.report_button.setEnabled(True)
        self.files = files.paths
        self.report_status.setText(
            self.tr("Erstellt: %1").replace("%1", ", ".join(p.name for p in files.paths))
        )
        self.folder_button.setVisible(True)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.report_button.setEnabled(self.ctx.actor.can(Right.PRIVACY_REQUESTS))
        self.report_status.setText("")
        text = exc.text(self.ctx.lang) if isinstance(exc, BelboError) else str(exc)
        QMessageBox.warning(self, self.tr("Datenschutz"), text)

    def open_folder(self) -> None:
        folder = self.files[0].parent if self.files else self.ctx.app.paths.documents
        self._open_folder(QUrl.fromLocalFile(str(folder)))

    def add_consent(self) -> None:
        if ConsentDialog(self.ctx, self.customer_id, self).exec():
            self.reload()

    def withdraw(self) -> None:
        c = self._selected_consent()
        if c is None:
            return
        erase = False
        if c.kind is ConsentKind.HEALTH_DATA and self.ctx.actor.can(Right.EDIT_HEALTH_DATA):
            erase = self._confirm(
                self,
                self.tr("Einwilligung widerrufen"),
                self.tr(
                    "Die Einwilligung zu Gesundheitsangaben wird widerrufen. Sollen die "
                    "gespeicherten Gesundheitsangaben dieses Kunden jetzt gelöscht werden?"
                ),
            )
        try:
            self.ctx.app.privacy.withdraw_consent(self.ctx.actor, c.id, erase_health_values=erase)
        except BelboError as exc:
            QMessageBox.warning(self, self.tr("Datenschutz"), exc.text(self.ctx.lang))
        self.reload()

    def add_request(self) -> None:
        if RequestDialog(self.ctx, self.customer_id, self).exec():
            self.reload()

    def erase(self) -> None:
        number, name = self.ctx.app.privacy.subject(self.ctx.actor, self.customer_id)
        dialog = EraseDialog(self.ctx, self.customer_id, number, name, parent=self)
        if dialog.exec():
            for button in (
                self.report_button,
                self.add_consent_button,
                self.withdraw_button,
                self.request_button,
                self.erase_button,
            ):
                button.setEnabled(False)
            self.report_status.setText(self.tr("Dieser Kunde wurde gelöscht."))
            self.erased.emit(self.customer_id)
