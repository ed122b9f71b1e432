"""Einstellungen > E-Mail: the SMTP server, or none (then mail goes to the local outbox)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.rights import Right
from belbo_desktop.mail.message import MailError
from belbo_desktop.mail.smtp import DEFAULT_PORTS, Security, SmtpSettings
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.settings.page import SettingsPage
from belbo_desktop.ui.workers import Worker


class MailPage(SettingsPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        intro = QLabel(
            self.tr(
                "Belbo verschickt E-Mails (z. B. die Bestätigung eines Kundenexports) über "
                "Ihren Mailserver. Ohne Mailserver landen sie im Postausgang unter „E-Mails“."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("z. B. smtp.ihr-anbieter.de – leer: kein Mailserver"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (meist Port 587)"), Security.STARTTLS.value)
        self.security.addItem(self.tr("SSL/TLS (meist Port 465)"), Security.TLS.value)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_address = QLineEdit()
        self.sender_address.setPlaceholderText(self.tr("z. B. salon@ihre-domain.de"))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("nur bei eigenem Zertifikat des Servers"))
        for widget, name in (
            (self.host, self.tr("SMTP-Server")),
            (self.port, self.tr("Port")),
            (self.security, self.tr("Verschlüsselung")),
            (self.username, self.tr("Benutzername")),
            (self.password, self.tr("Passwort")),
            (self.sender_address, self.tr("Absender-Adresse")),
            (self.ca_file, self.tr("Zertifikatsdatei")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("SMTP-Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Verschlüsselung:"), self.security)
        form.addRow(self.tr("Benutzername:"), self.username)
        form.addRow(self.tr("Passwort:"), self.password)
        form.addRow(self.tr("Absender-Adresse:"), self.sender_address)
        form.addRow(self.tr("Zertifikatsdatei:"), self.ca_file)
        self.secret_hint = QLabel()
        self.secret_hint.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Verbindung testen"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.secret_hint)
        layout.addLayout(test_row)
        layout.addStretch(1)
        self.worker = Worker(self)
        allowed = ctx.actor.can(Right.MANAGE_SETTINGS)
        for control in (
            self.host,
            self.port,
            self.security,
            self.username,
            self.password,
            self.sender_address,
            self.ca_file,
            self.test_button,
        ):
            control.setEnabled(allowed)
        self._stored = SmtpSettings()
        self._password_touched = False
        self.password.textEdited.connect(lambda _t: setattr(self, "_password_touched", True))

    def _security_changed(self) -> None:
        security = Security(str(self.security.currentData()))
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[security])

    def load(self) -> None:
        mail = self.ctx.app.mail
        smtp = mail.load()
        self._stored = smtp
        self.host.setText(smtp.host)
        self.port.setValue(smtp.port)
        self.security.setCurrentIndex(max(0, self.security.findData(smtp.security.value)))
        self.username.setText(smtp.username)
        self.sender_address.setText(smtp.sender)
        self.ca_file.setText(smtp.ca_file)
        self.password.clear()
        self._password_touched = False
        self.password.setPlaceholderText(
            self.tr("gespeichert – zum Ändern neu eingeben") if mail.has_password() else ""
        )
        where = mail.secrets.describe()
        if where.startswith("keyring:"):
            self.secret_hint.setText(
                self.tr(
                    "Das Passwort wird im Schlüsselbund des Betriebssystems gespeichert, "
                    "nicht in der Belbo-Datenbank."
                )
            )
        else:
            self.secret_hint.setText(
                self.tr(
                    "Auf diesem PC gibt es keinen Schlüsselbund des Betriebssystems. Das "
                    "Passwort wird deshalb in der Datei {path} gespeichert, die nur Ihr "
                    "Benutzerkonto lesen darf – nicht in der Belbo-Datenbank."
                ).format(path=where.removeprefix("file:"))
            )

    def form(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(str(self.security.currentData())),
            username=self.username.text().strip(),
            sender=self.sender_address.text().strip(),
            ca_file=self.ca_file.text().strip(),
        )

    def is_dirty(self) -> bool:
        return self.form() != self._stored or self._password_touched

    def validate(self) -> str | None:
        from belbo_desktop.mail.config import validated

        try:
            validated(self.form())
        except BelboError as exc:
            return exc.text(self.ctx.lang)
        return None

    def save(self) -> None:
        if not self.is_dirty():
            return
        password = self.password.text() if self._password_touched else None
        self._stored = self.ctx.app.mail.save(self.ctx.actor, self.form(), password)
        self._password_touched = False

    def test_connection(self) -> None:
        settings = self.form()
        password = self.password.text() if self._password_touched else None
        actor, mail = self.ctx.actor, self.ctx.app.mail
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Verbindung wird geprüft …"))
        self.worker.submit(
            lambda: mail.check(actor, settings, password), self._tested, self._test_failed
        )

    def _tested(self, _result: object) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #1b5e20;")
        self.test_result.setText(self.tr("Verbindung und Anmeldung erfolgreich."))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #b00020;")
        if isinstance(exc, MailError):
            self.test_result.setText(exc.reason)
        elif isinstance(exc, BelboError):
            self.test_result.setText(exc.text(self.ctx.lang))
        else:
            raise exc
