"""Datenschutz > Auskunftsersuchen: the register of data-subject requests.

Overdue requests are on top in red, those due within a week in amber. From here a
manager registers a request, confirms the requester's identity, extends the deadline
once with a reason, produces the Datenauskunft and closes the request; every step is
recorded with who and when.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.privacy import RequestKind, RequestStatus
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.privacy import RequestRow, RequestSummary
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.privacy.dialogs import EraseDialog, RequestDialog, TextDialog
from belbo_desktop.ui.privacy.models import RequestColumn, RequestModel, due_text
from belbo_desktop.ui.workers import Worker

FolderOpener = Callable[[QUrl], object]


def summary_text(summary: RequestSummary, tr: Callable[[str], str]) -> str:
    """One sentence for a banner: how many open, how many overdue or due soon."""
    if summary.open == 0:
        return tr("Keine offenen Datenschutz-Ersuchen.")
    parts = [tr("%1 offene Datenschutz-Ersuchen").replace("%1", str(summary.open))]
    if summary.overdue:
        parts.append(tr("%1 überfällig").replace("%1", str(summary.overdue)))
    if summary.due_soon:
        parts.append(tr("%1 in den nächsten 7 Tagen fällig").replace("%1", str(summary.due_soon)))
    return ", ".join(parts) + "."


class RequestsPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        open_folder: FolderOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._open_folder = open_folder
        self.worker = Worker(self)
        self.last_files: tuple[Path, ...] = ()

        title = QLabel(self.tr("Auskunftsersuchen und andere Datenschutz-Anfragen"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.only_open = QCheckBox(self.tr("Nur offene anzeigen"))
        self.only_open.setChecked(True)
        self.only_open.toggled.connect(lambda _c: self.reload())

        self.model = RequestModel(ctx.lang)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Datenschutz-Ersuchen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in RequestColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RequestColumn.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(60)

        self.new_button = QPushButton(self.tr("Neues Ersuchen …"))
        self.identity_button = QPushButton(self.tr("Identität bestätigt …"))
        self.report_button = QPushButton(self.tr("Datenauskunft erstellen"))
        self.extend_button = QPushButton(self.tr("Frist verlängern …"))
        self.done_button = QPushButton(self.tr("Als erledigt markieren"))
        self.reject_button = QPushButton(self.tr("Ablehnen …"))
        self.erase_button = QPushButton(self.tr("Kunden löschen …"))
        self.folder_button = QPushButton(self.tr("Ordner der Auskünfte öffnen"))
        self.new_button.clicked.connect(self.new_request)
        self.identity_button.clicked.connect(self.confirm_identity)
        self.report_button.clicked.connect(self.create_report)
        self.extend_button.clicked.connect(self.extend)
        self.done_button.clicked.connect(self.fulfil)
        self.reject_button.clicked.connect(self.reject_request)
        self.erase_button.clicked.connect(self.erase)
        self.folder_button.clicked.connect(self.open_folder)

        top = QHBoxLayout()
        top.addWidget(self.only_open)
        top.addStretch(1)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (
            self.identity_button,
            self.report_button,
            self.extend_button,
            self.done_button,
            self.reject_button,
            self.erase_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.folder_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        self.reload()

    # --- data -------------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        privacy = self.ctx.app.privacy
        rows = privacy.requests(self.ctx.actor, open_only=self.only_open.isChecked())
        self.model.set_rows(rows)
        summary = privacy.attention(self.ctx.actor)
        self.banner.setText(summary_text(summary, self.tr))
        color = "#b3261e" if summary.overdue else ("#8a5a00" if summary.due_soon else "#2f5d62")
        self.banner.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}")
        row = next((i for i, r in enumerate(rows) if r.id == select), 0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._update()

    def current(self) -> RequestRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def _update(self) -> None:
        r = self.current()
        actor = self.ctx.actor
        is_open = r is not None and r.status is RequestStatus.OPEN
        can = actor.can(Right.PRIVACY_REQUESTS)
        reason = actor.why_not(Right.PRIVACY_REQUESTS, self.ctx.lang)
        for button in (self.identity_button, self.report_button, self.extend_button):
            button.setEnabled(can and is_open)
        self.done_button.setEnabled(
            can and is_open and r is not None and r.identity_verified_at is not None
        )
        self.done_button.setToolTip(
            reason
            or (
                self.tr("Erst die Identität bestätigen.")
                if r is not None and r.identity_verified_at is None
                else ""
            )
        )
        self.extend_button.setEnabled(can and is_open and r is not None and not r.extended_until)
        self.reject_button.setEnabled(can and is_open)
        self.erase_button.setVisible(r is not None and r.kind is RequestKind.ERASURE)
        self.erase_button.setEnabled(is_open and actor.can(Right.ERASE_CUSTOMERS))
        self.erase_button.setToolTip(actor.why_not(Right.ERASE_CUSTOMERS, self.ctx.lang) or "")
        self.new_button.setEnabled(can)
        self.new_button.setToolTip(reason or "")
        self.detail.setText(self._detail(r) if r else self.tr("Kein Ersuchen ausgewählt."))

    def _detail(self, r: RequestRow) -> str:
        from belbo_desktop.ui import formatting as fmt

        lines = [f"<b>{r.customer_name}</b> ({r.customer_number}) – {due_text(r)}"]
        if r.identity_verified_at:
            lines.append(
                self.tr("Identität bestätigt am %1 von %2: %3")
                .replace("%1", fmt.datetime(r.identity_verified_at, self.ctx.lang))
                .replace("%2", r.identity_verified_by or "–")
                .replace("%3", r.identity_note or "")
            )
        if r.files:
            lines.append(
                self.tr("Erstellte Dateien: %1").replace(
                    "%1", ", ".join(str(f.get("name", "")) for f in r.files)
                )
            )
        if r.note:
            lines.append(self.tr("Notiz: %1").replace("%1", r.note))
        if r.outcome_note:
            lines.append(self.tr("Ergebnis: %1").replace("%1", r.outcome_note))
        from html import escape

        return "<br>".join(escape(line) if i else line for i, line in enumerate(lines))

    # --- actions ----------------------------------------------------------------------

    def _run(self, action: Callable[[], object], select: uuid.UUID | None = None) -> bool:
        try:
            action()
        except BelboError as exc:
            QMessageBox.warning(self, self.tr("Datenschutz"), exc.text(self.ctx.lang))
            return False
        self.reload(select)
        return True

    def new_request(self) -> None:
        dialog = RequestDialog(self.ctx, parent=self)
        if dialog.exec():
            self.reload(getattr(dialog.result_row, "id", None))

    def confirm_identity(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = TextDialog(
            self.tr("Identität bestätigen"),
            self.tr(
                "Wie wurde die Identität der anfragenden Person geprüft? "
                "(z. B. „Personalausweis vorgelegt“ oder „Anfrage von der hinterlegten "
                "E-Mail-Adresse“)"
            ),
            self.tr("Bestätigen"),
            self,
        )
        if dialog.exec():
            self._run(
                lambda: self.ctx.app.privacy.verify_identity(self.ctx.actor, r.id, dialog.text),
                r.id,
            )

    def extend(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = TextDialog(
            self.tr("Frist verlängern"),
            self.tr(
                "Die Frist kann einmal um zwei Monate verlängert werden, wenn die Anfrage "
                "komplex ist oder viele Anfragen vorliegen. Die Kundin bzw. der Kunde muss "
                "innerhalb der ersten Frist mit Grund informiert werden. Grund:"
            ),
            self.tr("Verlängern"),
            self,
        )
        if dialog.exec():
            self._run(
                lambda: self.ctx.app.privacy.extend_request(self.ctx.actor, r.id, dialog.text),
                r.id,
            )

    def fulfil(self) -> None:
        r = self.current()
        if r is None:
            return
        self._run(
            lambda: self.ctx.app.privacy.close_request(
                self.ctx.actor, r.id, RequestStatus.FULFILLED
            ),
            r.id,
        )

    def reject_request(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = TextDialog(
            self.tr("Ersuchen ablehnen"),
            self.tr("Warum wird das Ersuchen abgelehnt? Der Grund wird im Register vermerkt."),
            self.tr("Ablehnen"),
            self,
        )
        if dialog.exec():
            self._run(
                lambda: self.ctx.app.privacy.close_request(
                    self.ctx.actor, r.id, RequestStatus.REJECTED, dialog.text
                ),
                r.id,
            )

    def erase(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = EraseDialog(
            self.ctx, r.customer_id, r.customer_number, r.customer_name, r.id, self
        )
        if dialog.exec():
            self.reload(r.id)

    def create_report(self) -> None:
        r = self.current()
        if r is None:
            return
        self.report_button.setEnabled(False)
        self.report_button.setText(self.tr("Wird erstellt …"))
        privacy, actor = self.ctx.app.privacy, self.ctx.actor

        def done(files: object) -> None:
            self.report_button.setText(self.tr("Datenauskunft erstellen"))
            self.last_files = tuple(getattr(files, "paths", ()))
            self.reload(r.id)

        def failed(exc: BaseException) -> None:
            self.report_button.setText(self.tr("Datenauskunft erstellen"))
            self._update()
            text = exc.text(self.ctx.lang) if isinstance(exc, BelboError) else str(exc)
            QMessageBox.warning(self, self.tr("Datenschutz"), text)

        self.worker.submit(
            lambda: privacy.create_report(actor, r.customer_id, request_id=r.id), done, failed
        )

    def open_folder(self) -> None:
        folder = self.ctx.app.paths.documents / "datenauskunft"
        folder.mkdir(parents=True, exist_ok=True)
        self._open_folder(QUrl.fromLocalFile(str(folder)))
