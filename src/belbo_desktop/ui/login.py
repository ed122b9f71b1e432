"""Anmelden: pick or type the staff member, enter the password; PIN switch at the till."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.rights import role_label
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.demo import DEMO_LOGINS, DEMO_SETTING
from belbo_desktop.services.staff import StaffRow
from belbo_desktop.ui.style import error_color
from belbo_desktop.ui.workers import Worker


def error_label() -> QLabel:
    """A label for a service's message: wraps, readable on light and dark palettes."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("error")
    label.setStyleSheet(f"QLabel#error {{ color: {error_color()}; }}")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class LoginDialog(QDialog):
    """Modal login before the main window; ``actor`` is set when accepted."""

    def __init__(self, app: App, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.lang = lang
        self.actor: Actor | None = None
        self.worker = Worker(self)
        self.setWindowTitle(self.tr("Belbo Desktop – Anmelden"))
        self.setMinimumWidth(460)

        title = QLabel(self.tr("Willkommen bei Belbo"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Bitte melden Sie sich an."))

        self.staff = QComboBox()
        self.staff.setEditable(True)
        self.staff.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff.setAccessibleName(self.tr("Mitarbeiter"))
        self.staff.lineEdit().setPlaceholderText(self.tr("Name oder Benutzername"))
        self._choices: list[StaffRow] = app.staff.login_choices()
        for row in self._choices:
            self.staff.addItem(f"{row.display_name} ({row.username})", row.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Passwort"))
        self.error = error_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Mitarbeiter:"), self.staff)
        form.addRow(self.tr("Passwort:"), self.password)

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Anmelden"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Beenden"), QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if not self._choices:
            show_error(
                self.error,
                self.tr(
                    "In diesem Datenordner gibt es noch keine Mitarbeiter. Starten Sie "
                    "Belbo Desktop einmal mit --demo, um Demodaten anzulegen."
                ),
            )
            self.login_button.setEnabled(False)
        if self._choices and app.settings.get(None, DEMO_SETTING):
            layout.addWidget(self._demo_box())
        layout.addWidget(self.buttons)
        self.staff.setCurrentIndex(-1)
        self.staff.setFocus()

    def _demo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Demo-Zugänge (nur mit Demodaten)"))
        grid = QGridLayout(box)
        known = {r.username for r in self._choices}
        row = 0
        passwords = set()
        for login in DEMO_LOGINS:
            if login.username not in known:
                continue
            passwords.add(login.password)
            button = QPushButton(f"{login.display_name} – {role_label(login.role, self.lang)}")
            button.setToolTip(self.tr("Felder mit diesem Demo-Zugang ausfüllen"))
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _=False, u=login.username, p=login.password: self.fill(u, p)
            )
            grid.addWidget(button, row, 0)
            grid.addWidget(QLabel(login.username), row, 1)
            grid.addWidget(QLabel(self.tr("PIN %1").replace("%1", login.pin)), row, 2)
            row += 1
        if passwords:
            hint = QLabel(
                self.tr("Passwort für alle Demo-Zugänge: %1").replace("%1", ", ".join(passwords))
            )
            hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(hint, row, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        return box

    def fill(self, username: str, password: str) -> None:
        index = self.staff.findData(username)
        if index >= 0:
            self.staff.setCurrentIndex(index)
        else:
            self.staff.setEditText(username)
        self.password.setText(password)
        self.password.setFocus()

    def username(self) -> str:
        text = self.staff.currentText().strip()
        index = self.staff.currentIndex()
        if index >= 0 and self.staff.itemText(index) == text:
            return str(self.staff.itemData(index))
        for row in self._choices:  # typed the display name or the user name
            if text.casefold() in (row.display_name.casefold(), row.username):
                return row.username
        return text

    def try_login(self) -> None:
        username, password = self.username(), self.password.text()
        if not username or not password:
            show_error(self.error, self.tr("Bitte Mitarbeiter und Passwort angeben."))
            return
        self._busy(True)
        self.worker.submit(
            lambda: self.app.staff.login(username, password), self._logged_in, self._failed
        )

    def _busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _logged_in(self, actor: Actor) -> None:
        self._busy(False)
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, BelboError):
            raise exc
        show_error(self.error, exc.text(self.lang))
        self.password.selectAll()
        self.password.setFocus()

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)


class PinSwitchDialog(QDialog):
    """Benutzer wechseln: choose a colleague and type their PIN (touch keypad included)."""

    def __init__(
        self,
        app: App,
        lang: str = "de",
        current: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.lang = lang
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Benutzer wechseln"))
        self.staff = QComboBox()
        self.staff.setAccessibleName(self.tr("Mitarbeiter"))
        for row in app.staff.login_choices():
            if row.has_pin:
                self.staff.addItem(row.display_name, str(row.id))
        if current is not None:
            index = self.staff.findData(str(current.staff_id))
            self.staff.setCurrentIndex((index + 1) % max(1, self.staff.count()))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,6}"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.returnPressed.connect(self.try_switch)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("Mitarbeiter:"), self.staff)
        form.addRow(self.tr("PIN:"), self.pin)

        pad = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for i, key in enumerate(keys):
            button = QPushButton(key)
            button.setAutoDefault(False)
            button.setMinimumSize(64, 48)
            if key == "⌫":
                button.setToolTip(self.tr("Letzte Ziffer löschen"))
                button.setAccessibleName(self.tr("Letzte Ziffer löschen"))
                button.clicked.connect(self.pin.backspace)
            elif key == "OK":
                button.setText(self.tr("Wechseln"))
                button.clicked.connect(self.try_switch)
            else:
                button.setAccessibleName(key)
                button.clicked.connect(lambda _=False, k=key: self.pin.insert(k))
            pad.addWidget(button, i // 3, i % 3)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(pad)
        layout.addWidget(line)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def try_switch(self) -> None:
        data = self.staff.currentData()
        if not data:
            show_error(self.error, self.tr("Bitte einen Mitarbeiter wählen."))
            return
        try:
            self.actor = self.app.staff.switch_by_pin(uuid.UUID(data), self.pin.text())
        except BelboError as exc:
            show_error(self.error, exc.text(self.lang))
            self.pin.clear()
            return
        self.accept()
