"""Anmelden: pick or type the staff member, enter the password; PIN switch at the till."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
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
from belbo_desktop.services.demo_logins import DEMO_LOGINS, DEMO_SETTING
from belbo_desktop.services.staff import StaffRow
from belbo_desktop.ui.first_run.form import fit_height
from belbo_desktop.ui.style import error_color
from belbo_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from belbo_desktop.ui.first_run.first_sync_dialog import FirstSyncDialog


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
    """Modal login before the main window; ``actor`` is set when accepted.

    On a PC with no staff yet it offers the two ways to get started instead: join a
    Belbo Hub (enrol, then the first sync) or set up a new salon. While an enrolled PC's
    first sync is unfinished it says so and offers to continue it.
    """

    def __init__(self, app: App, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.lang = lang
        self.actor: Actor | None = None
        self.worker = Worker(self)
        self.hub_dialog: QDialog | None = None
        self.sync_dialog: FirstSyncDialog | None = None
        self.salon_dialog: QDialog | None = None
        self._taken_over = 0  # records the first sync took over in this session
        self._sync_problem = ""  # how the last first-sync attempt here ended
        self.setWindowTitle(self.tr("Belbo Desktop – Anmelden"))
        self.setMinimumWidth(460)

        title = QLabel(self.tr("Willkommen bei Belbo"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.subtitle = QLabel(self.tr("Bitte melden Sie sich an."))
        self.subtitle.setWordWrap(True)

        self.staff = QComboBox()
        self.staff.setEditable(True)
        self.staff.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff.setAccessibleName(self.tr("Mitarbeiter"))
        editor = self.staff.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setPlaceholderText(self.tr("Name oder Benutzername"))
        self._choices: list[StaffRow] = app.staff.login_choices()
        self._fill_staff()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Passwort"))
        self.error = error_label()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.login_area = QWidget()
        form = QFormLayout(self.login_area)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Mitarbeiter:"), self.staff)
        form.addRow(self.tr("Passwort:"), self.password)

        self.welcome = self._welcome_panel()
        self.first_sync_box = self._first_sync_panel()

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
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.first_sync_box)
        layout.addWidget(self.welcome)
        layout.addWidget(self.notice)
        layout.addWidget(self.login_area)
        layout.addWidget(self.error)
        if self._choices and app.settings.get(None, DEMO_SETTING):
            layout.addWidget(self._demo_box())
        layout.addStretch(1)  # wrapped texts may leave spare height: below them, not between
        layout.addWidget(self.buttons)
        self.refresh()
        self.staff.setCurrentIndex(-1)
        self.staff.setFocus()

    # --- what this PC can do now ----------------------------------------------------------

    def refresh(self) -> None:
        """Log in, finish the first sync, or get set up: whichever this PC needs now."""
        self._choices = self.app.staff.login_choices()
        self._fill_staff()
        status = self.app.sync.status()
        self.show_state(
            has_staff=bool(self._choices),
            hub=status.hub_url if status.enrolled else None,
            first_sync_done=status.first_sync_done,
            problem=self._sync_problem
            or (status.last_error.text(self.lang) if status.last_error else ""),
        )

    def show_state(
        self, *, has_staff: bool, hub: str | None, first_sync_done: bool, problem: str
    ) -> None:
        """``hub``: the hub this PC is enrolled at (None: none)."""
        waiting = hub is not None and not (first_sync_done and has_staff)
        self.login_area.setVisible(has_staff)
        self.login_button.setVisible(has_staff)
        self.welcome.setVisible(not has_staff and not waiting)
        self.first_sync_box.setVisible(waiting)
        if waiting and not first_sync_done:
            text = self.tr(
                "Der erste Abgleich mit dem Hub %1 ist noch nicht abgeschlossen. "
                "„Fortsetzen“ holt die fehlenden Daten; was schon übernommen ist, wird "
                "nicht erneut geladen."
            ).replace("%1", hub or "")
            if problem:
                text += "\n" + self.tr("Zuletzt: %1").replace("%1", problem)
            self.first_sync_text.setText(text)
            self.resume_button.setText(self.tr("Fortsetzen"))
        elif waiting:  # all synced, but nobody here can log in yet
            self.first_sync_text.setText(
                self.tr(
                    "Dieser PC ist mit dem Hub %1 abgeglichen, aber für seine Standorte gibt "
                    "es dort noch keine Mitarbeiter. Sobald an einem anderen PC dieses "
                    "Standorts jemand angelegt und abgeglichen ist, hier erneut abgleichen."
                ).replace("%1", hub or "")
            )
            self.resume_button.setText(self.tr("Erneut abgleichen"))
        if has_staff:
            self.subtitle.setText(self.tr("Bitte melden Sie sich an."))
        elif waiting:
            self.subtitle.setText(
                self.tr(
                    "Dieser PC ist mit einem Belbo Hub verbunden, hat aber noch nicht alle Daten."
                )
            )
        else:
            self.subtitle.setText(
                self.tr("Dieser PC ist noch nicht eingerichtet. Wie möchten Sie beginnen?")
            )
        fit_height(self)

    def _fill_staff(self) -> None:
        self.staff.clear()
        for row in self._choices:
            self.staff.addItem(f"{row.display_name} ({row.username})", row.username)
        self.staff.setCurrentIndex(-1)

    def _welcome_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hub_button = QCommandLinkButton(
            self.tr("Mit Belbo Hub verbinden"),
            self.tr(
                "Ihr Betrieb arbeitet schon mit Belbo: Mitarbeiter, Kunden und "
                "Einstellungen vom Hub übernehmen. Sie brauchen die Adresse des Hubs und "
                "einen Anmeldecode."
            ),
        )
        self.hub_button.clicked.connect(self.connect_hub)
        self.salon_button = QCommandLinkButton(
            self.tr("Neuen Betrieb einrichten"),
            self.tr(
                "Belbo zum ersten Mal nutzen, z. B. auf einem einzelnen PC: Betrieb und "
                "Ihren Zugang als Inhaberin / Inhaber anlegen."
            ),
        )
        self.salon_button.clicked.connect(self.new_salon)
        hint = QLabel(
            self.tr(
                "Nur zum Ausprobieren: „belbo-desktop --demo“ startet mit einem "
                "Beispielsalon in einem leeren Datenordner."
            )
        )
        hint.setWordWrap(True)
        small = QFont(hint.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        hint.setFont(small)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.hub_button)
        layout.addWidget(self.salon_button)
        layout.addSpacing(4)
        layout.addWidget(hint)
        return panel

    def _first_sync_panel(self) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        self.first_sync_text = QLabel()
        self.first_sync_text.setWordWrap(True)
        self.first_sync_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resume_button = QPushButton(self.tr("Fortsetzen"))
        self.resume_button.setAutoDefault(False)
        self.resume_button.setToolTip(self.tr("Den ersten Abgleich mit dem Hub fortsetzen"))
        self.resume_button.clicked.connect(self.continue_first_sync)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resume_button)
        layout.addWidget(self.first_sync_text)
        layout.addLayout(row)
        return box

    # --- getting started ------------------------------------------------------------------

    def connect_hub(self) -> None:
        from belbo_desktop.ui.first_run.connect_dialog import ConnectHubDialog

        dialog = ConnectHubDialog(self.app, self.lang, self)
        dialog.accepted.connect(self.continue_first_sync)
        self.hub_dialog = dialog
        dialog.open()

    def continue_first_sync(self) -> None:
        """Run (or resume) the first sync with its progress dialog (also: sync again)."""
        from belbo_desktop.ui.first_run.first_sync_dialog import FirstSyncDialog

        show_error(self.error, None)
        self.notice.hide()
        self.refresh()
        dialog = FirstSyncDialog(self.app.sync, self.lang, already=self._taken_over, parent=self)
        dialog.finished.connect(lambda _result: self._first_sync_ended(dialog))
        self.sync_dialog = dialog
        dialog.start()

    def _first_sync_ended(self, dialog: FirstSyncDialog) -> None:
        from belbo_desktop.ui.first_run.first_sync_dialog import DONE

        self._taken_over += dialog.taken_over
        self._sync_problem = "" if dialog.outcome == DONE else dialog.error_text
        self.refresh()
        if dialog.outcome == DONE and self._choices:
            self.notice.setText(
                self.tr("Der erste Abgleich ist abgeschlossen. Bitte melden Sie sich an.")
            )
            self.notice.show()
            self.staff.setFocus()
        fit_height(self)

    def new_salon(self) -> None:
        from belbo_desktop.ui.first_run.new_salon_dialog import NewSalonDialog

        dialog = NewSalonDialog(self.app, self.lang, self)
        dialog.accepted.connect(lambda: self._set_up(dialog.actor))
        self.salon_dialog = dialog
        dialog.open()

    def _set_up(self, actor: Actor | None) -> None:
        if actor is not None:
            self._logged_in(actor)

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
