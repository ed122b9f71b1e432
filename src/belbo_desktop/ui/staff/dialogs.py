"""The dialogs of Einstellungen > Mitarbeiter: a new or changed account with its rights,
a new password for someone, and a PIN. Each writes through ``StaffService`` when
accepted; a refusal is shown next to its field and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import ROLE_RIGHTS, Right, Role, right_label, role_label
from belbo_desktop.services.staff import StaffRow
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.first_run.form import field_with_error
from belbo_desktop.ui.first_run.new_salon_dialog import suggest_username
from belbo_desktop.ui.login import error_label, show_error
from belbo_desktop.ui.workers import Worker

RIGHT_ROLE = Qt.ItemDataRole.UserRole + 1


class _FormDialog(QDialog):
    """Fields with their message under them, OK runs the service call in a worker."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = Worker(self)
        self.result_value: Any = None  #: what the service returned when accepted
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.error = error_label()  # a refusal that belongs to no field
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

    def _line(self, key: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields[key] = edit
        self.errors[key] = error_label()
        return edit

    def _row(self, form: QFormLayout, label: str, key: str, widget: QWidget | None = None) -> None:
        field = widget or self.fields[key]
        field.setAccessibleName(label.rstrip(": *"))
        if key not in self.errors:
            self.errors[key] = error_label()
        form.addRow(label, field_with_error(field, self.errors[key]))

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.error):
            show_error(label, None)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, text in errors.items():
            show_error(self.errors.get(key, self.error), text)
        first = next((k for k in errors if k in self.fields), None)
        if first is not None:
            self.fields[first].setFocus()

    def passwords_match(self, key: str, repeat: str) -> bool:
        if self.fields[key].text() == self.fields[repeat].text():
            return True
        self.show_errors({repeat: Message("password_mismatch").text(self.ctx.lang)})
        return False

    def run(self, call: Callable[[], Any]) -> None:
        """Call the service off the GUI thread (passwords are hashed: ~30 ms each)."""
        if not self.worker.idle():
            return
        self.buttons.setEnabled(False)
        self.worker.submit(call, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.texts(self.ctx.lang))
        elif isinstance(exc, BelboError):
            show_error(self.error, exc.text(self.ctx.lang))
        else:
            raise exc

    def try_save(self) -> None:
        raise NotImplementedError

    def done(self, code: int) -> None:
        self.worker.cancel()
        super().done(code)


class RightsList(QTreeWidget):
    """Every right with a check box: checked = the person has it. The second column says
    where it comes from, so the role's defaults and the personal changes stay visible."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.role = Role.FRONT_DESK
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Recht"), self.tr("Herkunft")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.items: dict[Right, QTreeWidgetItem] = {}
        for right in Right:
            item = QTreeWidgetItem([right_label(right, lang), ""])
            item.setData(0, RIGHT_ROLE, right.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.addTopLevelItem(item)
            self.items[right] = item
        self.itemChanged.connect(lambda _item, _col: self._describe())

    def set_rights(self, role: Role, rights: frozenset[Right]) -> None:
        self.role = role
        self.blockSignals(True)
        for right, item in self.items.items():
            checked = Qt.CheckState.Checked if right in rights else Qt.CheckState.Unchecked
            item.setCheckState(0, checked)
        self.blockSignals(False)
        self._describe()

    def rights(self) -> frozenset[Right]:
        return frozenset(
            r for r, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked
        )

    def change_role(self, role: Role) -> None:
        """A new role: its defaults, with the personal changes made so far kept."""
        current = self.rights()
        defaults = ROLE_RIGHTS[self.role]
        granted, revoked = current - defaults, defaults - current
        self.set_rights(role, (ROLE_RIGHTS[role] | granted) - revoked)

    def reset_to_role(self) -> None:
        self.set_rights(self.role, ROLE_RIGHTS[self.role])

    def set_checked(self, right: Right, on: bool) -> None:
        self.items[right].setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def origin(self, right: Right) -> str:
        return self.items[right].text(1)

    def _describe(self) -> None:
        defaults = ROLE_RIGHTS[self.role]
        self.blockSignals(True)
        for right, item in self.items.items():
            has = item.checkState(0) == Qt.CheckState.Checked
            if has and right in defaults:
                text = self.tr("durch die Rolle")
            elif has:
                text = self.tr("zusätzlich gewährt")
            elif right in defaults:
                text = self.tr("der Rolle entzogen")
            else:
                text = ""
            item.setText(1, text)
            font = item.font(0)
            font.setBold(has != (right in defaults))  # personal changes stand out
            item.setFont(0, font)
            item.setFont(1, font)
        self.blockSignals(False)


class StaffDialog(_FormDialog):
    """Neu (``row`` None) or Bearbeiten: name, user name, email, role and rights; a new
    account also gets its password and (optional) PIN."""

    def __init__(
        self, ctx: UiContext, row: StaffRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.row = row
        new = row is None
        self.setWindowTitle(
            self.tr("Neuer Mitarbeiter") if new else self.tr("Mitarbeiter bearbeiten")
        )
        self.setMinimumWidth(860)

        self._line("display_name")
        self._line("username")
        self._line("email")
        self.role = QComboBox()
        owner_allowed = ctx.actor.role is Role.OWNER or (row is not None and row.role is Role.OWNER)
        for role in Role:
            if role is Role.OWNER and not owner_allowed:
                continue  # only owners make owners (the service says so too)
            self.role.addItem(role_label(role, ctx.lang), role.value)
        self.errors["role"] = error_label()
        self.fields["display_name"].setPlaceholderText(self.tr("z. B. Mia Sommer"))
        self.fields["username"].setPlaceholderText(self.tr("zum Anmelden, z. B. mia"))
        self.fields["email"].setPlaceholderText(self.tr("optional"))

        account = QGroupBox(self.tr("Konto"))
        form = QFormLayout(account)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Name: *"), "display_name")
        self._row(form, self.tr("Benutzername: *"), "username")
        self._row(form, self.tr("E-Mail:"), "email")
        self._row(form, self.tr("Rolle:"), "role", self.role)
        if new:
            self._line("password", secret=True)
            self._line("password2", secret=True)
            self._line("pin", secret=True)
            self.fields["pin"].setMaxLength(6)
            self.fields["pin"].setValidator(QRegularExpressionValidator(r"\d{0,6}"))
            self.fields["pin"].setPlaceholderText(self.tr("4–6 Ziffern, optional"))
            self._row(form, self.tr("Passwort: *"), "password")
            self._row(form, self.tr("Passwort wiederholen: *"), "password2")
            self._row(form, self.tr("PIN:"), "pin")
            self._username_edited = False
            self.fields["display_name"].textEdited.connect(self._suggest_username)
            self.fields["username"].textEdited.connect(
                lambda text: setattr(self, "_username_edited", bool(text))
            )
        else:
            self.fields["username"].setReadOnly(True)
            self.fields["username"].setToolTip(self.tr("Der Benutzername bleibt, wie er ist."))

        left = QVBoxLayout()
        left.addWidget(account)
        if row is not None:
            left.addWidget(self._status_box(row))
        left.addStretch(1)

        rights_box = QGroupBox(self.tr("Rechte"))
        self.rights = RightsList(ctx.lang)
        self.rights.setMinimumHeight(12 * (self.rights.fontMetrics().height() + 4))
        self.errors["rights"] = error_label()
        hint = QLabel(
            self.tr(
                "Die Rolle gibt die Grundrechte vor. Einzelne Rechte können Sie hier "
                "zusätzlich geben oder wegnehmen; Abweichungen von der Rolle sind fett."
            )
        )
        hint.setWordWrap(True)
        self.reset_rights = QPushButton(self.tr("Rechte der Rolle wiederherstellen"))
        self.reset_rights.clicked.connect(self.rights.reset_to_role)
        rights_layout = QVBoxLayout(rights_box)
        rights_layout.addWidget(hint)
        rights_layout.addWidget(self.rights, 1)
        rights_layout.addWidget(self.errors["rights"])
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_rights)
        rights_layout.addLayout(reset_row)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(rights_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if row is not None:
            self.fields["display_name"].setText(row.display_name)
            self.fields["username"].setText(row.username)
            self.fields["email"].setText(row.email or "")
            self.role.setCurrentIndex(self.role.findData(row.role.value))
            self.rights.set_rights(row.role, row.rights)
        else:
            self.role.setCurrentIndex(self.role.findData(Role.FRONT_DESK.value))
            self.rights.set_rights(Role.FRONT_DESK, ROLE_RIGHTS[Role.FRONT_DESK])
        self.role.currentIndexChanged.connect(self._role_changed)
        self.fields["display_name"].setFocus()

    def _status_box(self, row: StaffRow) -> QGroupBox:
        """What the account is like now; changed with the page's buttons, not here."""
        box = QGroupBox(self.tr("Status"))
        form = QFormLayout(box)
        yes, no = self.tr("ja"), self.tr("nein")
        lang = self.ctx.lang
        locked = (
            self.tr("bis %1").replace("%1", formatting.time(row.locked_until, lang))
            if row.locked
            else no
        )
        for label, value in (
            (self.tr("Aktiv:"), yes if row.active else no),
            (self.tr("Gesperrt:"), locked),
            (self.tr("PIN:"), self.tr("festgelegt") if row.has_pin else self.tr("keine")),
            (
                self.tr("Letzte Anmeldung:"),
                formatting.datetime(row.last_login_at, lang) or self.tr("noch nie"),
            ),
        ):
            form.addRow(label, QLabel(value))
        return box

    def _role_changed(self, _index: int) -> None:
        self.rights.change_role(self.chosen_role())

    def _suggest_username(self, name: str) -> None:
        if not self._username_edited:
            self.fields["username"].setText(suggest_username(name))

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def set_role(self, role: Role) -> None:
        self.role.setCurrentIndex(self.role.findData(role.value))

    def try_save(self) -> None:
        self.clear_errors()
        staff, actor = self.ctx.app.staff, self.ctx.actor
        v = {key: field.text() for key, field in self.fields.items()}
        role, rights = self.chosen_role(), self.rights.rights()
        if self.row is None:
            if not self.passwords_match("password", "password2"):
                return

            def create() -> StaffRow:
                staff_id = staff.create_staff(
                    actor,
                    location_id=actor.location_id,
                    username=v["username"],
                    display_name=v["display_name"],
                    role=role,
                    password=v["password"],
                    pin=v["pin"] or None,
                    email=v["email"] or None,
                    rights=rights,
                )
                return staff.get_staff(actor, staff_id)

            self.run(create)
            return
        staff_id = self.row.id
        self.run(
            lambda: staff.update_staff(
                actor,
                staff_id,
                display_name=v["display_name"],
                email=v["email"] or None,
                role=role,
                rights=rights,
            )
        )


class ResetPasswordDialog(_FormDialog):
    """A new password for someone who forgot theirs (also lifts a lockout)."""

    def __init__(self, ctx: UiContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(self.tr("Passwort zurücksetzen"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Neues Passwort für %1 (%2). Geben Sie es ihr / ihm persönlich weiter; "
                "eine Sperre nach Fehlversuchen wird dabei aufgehoben."
            )
            .replace("%1", row.display_name)
            .replace("%2", row.username)
        )
        intro.setWordWrap(True)
        self._line("new_password", secret=True)
        self._line("password2", secret=True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Neues Passwort: *"), "new_password")
        self._row(form, self.tr("Passwort wiederholen: *"), "password2")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.fields["new_password"].setFocus()

    def try_save(self) -> None:
        self.clear_errors()
        if not self.passwords_match("new_password", "password2"):
            return
        staff, actor, staff_id = self.ctx.app.staff, self.ctx.actor, self.row.id
        password = self.fields["new_password"].text()
        self.run(lambda: staff.reset_password(actor, staff_id, password))


class PinDialog(_FormDialog):
    """Set a new PIN for the till, or remove it."""

    def __init__(self, ctx: UiContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(self.tr("PIN festlegen"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr("Mit der PIN wechselt %1 an der Kasse schnell die Anmeldung.").replace(
                "%1", row.display_name
            )
        )
        intro.setWordWrap(True)
        self._line("pin", secret=True)
        self.fields["pin"].setMaxLength(6)
        self.fields["pin"].setValidator(QRegularExpressionValidator(r"\d{0,6}"))
        self.fields["pin"].setPlaceholderText(self.tr("4–6 Ziffern"))
        form = QFormLayout()
        self._row(form, self.tr("Neue PIN:"), "pin")
        self.remove = self.buttons.addButton(
            self.tr("PIN entfernen"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.remove.setEnabled(row.has_pin)
        self.remove.clicked.connect(self.try_remove)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def try_save(self) -> None:
        self.clear_errors()
        staff, actor, staff_id = self.ctx.app.staff, self.ctx.actor, self.row.id
        pin = self.fields["pin"].text()
        self.run(lambda: staff.set_pin(actor, staff_id, pin))

    def try_remove(self) -> None:
        self.clear_errors()
        staff, actor, staff_id = self.ctx.app.staff, self.ctx.actor, self.row.id
        self.run(lambda: staff.clear_pin(actor, staff_id))
