"""Einstellungen > Mitarbeiter: the location's accounts, their roles and rights.

Every button writes at once through ``StaffService`` (a new password cannot wait for the
settings dialog's OK); the service checks the right and the guard rails again, and a
refusal is shown under the table. Accounts are deactivated, never deleted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
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
from belbo_desktop.domain.rights import Right, Role
from belbo_desktop.services.staff import StaffRow
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.login import error_label, show_error
from belbo_desktop.ui.staff.dialogs import PinDialog, ResetPasswordDialog, StaffDialog
from belbo_desktop.ui.staff.model import Column, StaffModel


class StaffPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allowed = ctx.actor.can(Right.MANAGE_STAFF)
        intro = QLabel(
            self.tr(
                "Wer sich an diesem Standort anmelden darf, mit welcher Rolle und welchen "
                "Rechten. Wer nicht mehr hier arbeitet, wird deaktiviert: Das Konto bleibt "
                "mit seinem Verlauf erhalten, kann sich aber nicht mehr anmelden."
            )
        )
        intro.setWordWrap(True)
        self.model = StaffModel(ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Mitarbeiter"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())

        self.new_button = QPushButton(self.tr("Neu …"))
        self.edit_button = QPushButton(self.tr("Bearbeiten …"))
        self.password_button = QPushButton(self.tr("Passwort zurücksetzen …"))
        self.pin_button = QPushButton(self.tr("PIN …"))
        self.unlock_button = QPushButton(self.tr("Entsperren"))
        self.active_button = QPushButton(self.tr("Deaktivieren"))
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.password_button.clicked.connect(self.reset_password)
        self.pin_button.clicked.connect(self.pin)
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.password_button,
            self.pin_button,
            self.unlock_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.active_button)

        self.notice = QLabel()  # what just happened ("Konto angelegt")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------

    def load(self) -> None:
        if not self.allowed:
            self.model.set_rows([])
            show_error(self.error, self.ctx.actor.why_not(Right.MANAGE_STAFF, self.ctx.lang))
            return
        try:
            self.model.set_rows(self.ctx.app.staff.list_staff(self.ctx.actor))
        except BelboError as exc:
            show_error(self.error, exc.text(self.ctx.lang))
        if self.model.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> StaffRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def select(self, username: str) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.username == username:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.current()
        why_not = self.ctx.actor.why_not(Right.MANAGE_STAFF, self.ctx.lang)
        owner_only = (
            row is not None
            and row.role is Role.OWNER
            and self.ctx.actor.role is not Role.OWNER
            and row.id != self.ctx.actor.staff_id
        )
        owner_reason = self.tr("Nur eine Inhaberin / ein Inhaber kann Inhaber-Konten ändern.")
        for button, needs_row in (
            (self.new_button, False),
            (self.edit_button, True),
            (self.password_button, True),
            (self.pin_button, True),
            (self.unlock_button, True),
            (self.active_button, True),
        ):
            enabled, reason = self.allowed, why_not or ""
            if enabled and needs_row and row is None:
                enabled, reason = False, self.tr("Bitte zuerst einen Mitarbeiter wählen.")
            elif enabled and needs_row and owner_only:
                enabled, reason = False, owner_reason
            button.setEnabled(enabled)
            button.setToolTip(reason)
        if row is not None and self.allowed:
            if row.id == self.ctx.actor.staff_id:
                self.password_button.setEnabled(False)
                self.password_button.setToolTip(
                    self.tr("Ihr eigenes Passwort ändern Sie unter Konto > Passwort ändern.")
                )
                if row.active:
                    self.active_button.setEnabled(False)
                    self.active_button.setToolTip(
                        self.tr("Ihr eigenes Konto können Sie nicht deaktivieren.")
                    )
            if not row.locked and self.unlock_button.isEnabled():
                self.unlock_button.setEnabled(False)
                self.unlock_button.setToolTip(self.tr("Das Konto ist nicht gesperrt."))
        active = row is None or row.active
        self.active_button.setText(self.tr("Deaktivieren") if active else self.tr("Reaktivieren"))

    # --- actions ------------------------------------------------------------------------

    def _started(self) -> None:
        show_error(self.error, None)
        self.notice.hide()

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _changed(self, row: StaffRow) -> None:
        if self.model.row_of(row.id) < 0:
            self.load()
        else:
            self.model.replace(row)
        self.select(row.username)
        self._update_buttons()

    def new(self) -> StaffDialog:
        """Opens the dialog (modal) and returns it, so tests can drive it."""
        self._started()
        dialog = StaffDialog(self.ctx, None, self)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: StaffDialog) -> None:
        row = dialog.result_value
        if isinstance(row, StaffRow):
            self.load()
            self.select(row.username)
            self._tell(
                self.tr("Das Konto „%1“ ist angelegt; %2 kann sich jetzt anmelden.")
                .replace("%1", row.username)
                .replace("%2", row.display_name)
            )

    def edit(self) -> StaffDialog | None:
        row = self.current()
        if row is None or not self.edit_button.isEnabled():
            return None
        self._started()
        dialog = StaffDialog(self.ctx, row, self)
        dialog.accepted.connect(lambda: self._edited(dialog))
        dialog.open()
        return dialog

    def _edited(self, dialog: StaffDialog) -> None:
        if isinstance(dialog.result_value, StaffRow):
            self._changed(dialog.result_value)
            self._tell(self.tr("Änderungen gespeichert."))

    def reset_password(self) -> ResetPasswordDialog | None:
        row = self.current()
        if row is None or not self.password_button.isEnabled():
            return None
        self._started()
        dialog = ResetPasswordDialog(self.ctx, row, self)
        dialog.accepted.connect(lambda: self._password_reset(row))
        dialog.open()
        return dialog

    def _password_reset(self, row: StaffRow) -> None:
        self._changed(self.ctx.app.staff.get_staff(self.ctx.actor, row.id))
        self._tell(self.tr("Das Passwort von %1 ist neu gesetzt.").replace("%1", row.display_name))

    def pin(self) -> PinDialog | None:
        row = self.current()
        if row is None or not self.pin_button.isEnabled():
            return None
        self._started()
        dialog = PinDialog(self.ctx, row, self)
        dialog.accepted.connect(
            lambda: self._changed(self.ctx.app.staff.get_staff(self.ctx.actor, row.id))
        )
        dialog.open()
        return dialog

    def unlock(self) -> None:
        row = self.current()
        if row is None:
            return
        self._started()
        try:
            self._changed(self.ctx.app.staff.unlock(self.ctx.actor, row.id))
        except BelboError as exc:
            show_error(self.error, exc.text(self.ctx.lang))

    def toggle_active(self, *, confirm: bool = True) -> None:
        row = self.current()
        if row is None:
            return
        self._started()
        if row.active and confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Deaktivieren"),
                self.tr(
                    "%1 deaktivieren? %1 kann sich dann nicht mehr anmelden und nicht per "
                    "PIN wechseln. Das Konto und sein Verlauf bleiben erhalten und können "
                    "wieder aktiviert werden."
                ).replace("%1", row.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self._changed(self.ctx.app.staff.set_active(self.ctx.actor, row.id, not row.active))
        except BelboError as exc:
            show_error(self.error, exc.text(self.ctx.lang))
