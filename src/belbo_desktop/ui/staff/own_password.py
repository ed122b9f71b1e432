"""Einstellungen > Konto > Passwort ändern: everyone changes their own password here,
with the current one. Written at once (not on the settings dialog's OK)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.first_run.form import field_with_error
from belbo_desktop.ui.login import error_label, show_error
from belbo_desktop.ui.workers import Worker

FIELDS = ("old_password", "new_password", "password2")


class OwnPasswordPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = Worker(self)
        intro = QLabel(
            self.tr(
                "Angemeldet als %1 (%2). Ein neues Passwort gilt ab der nächsten Anmeldung; "
                "es muss mindestens 8 Zeichen lang sein."
            )
            .replace("%1", ctx.actor.display_name)
            .replace("%2", ctx.actor.username)
        )
        intro.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in zip(
            FIELDS,
            (
                self.tr("Bisheriges Passwort:"),
                self.tr("Neues Passwort:"),
                self.tr("Neues Passwort wiederholen:"),
            ),
            strict=True,
        ):
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(label.rstrip(":"))
            edit.setMaximumWidth(360)
            self.fields[key] = edit
            self.errors[key] = error_label()
            form.addRow(label, field_with_error(edit, self.errors[key]))
        self.fields["password2"].returnPressed.connect(self.change)
        self.button = QPushButton(self.tr("Passwort ändern"))
        self.button.clicked.connect(self.change)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addStretch(1)

    def change(self) -> None:
        if not self.worker.idle():
            return
        for label in (*self.errors.values(), self.error):
            show_error(label, None)
        self.done_label.hide()
        old, new = self.fields["old_password"].text(), self.fields["new_password"].text()
        if new != self.fields["password2"].text():
            show_error(self.errors["password2"], Message("password_mismatch").text(self.ctx.lang))
            return
        staff, actor = self.ctx.app.staff, self.ctx.actor
        self.button.setEnabled(False)
        self.worker.submit(
            lambda: staff.change_own_password(actor, old, new), self._changed, self._failed
        )

    def _changed(self, _result: object) -> None:
        self.button.setEnabled(True)
        for edit in self.fields.values():
            edit.clear()
        self.done_label.setText(self.tr("Ihr Passwort wurde geändert."))
        self.done_label.show()

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for key, text in exc.texts(self.ctx.lang).items():
                show_error(self.errors.get(key, self.error), text)
        elif isinstance(exc, BelboError):
            show_error(self.error, exc.text(self.ctx.lang))
        else:
            raise exc
