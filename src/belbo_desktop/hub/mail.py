"""The hub's own mail server settings: ``belbo hub mail``, kept in the hub's data folder.

Not in the ``settings`` table: that table syncs, so a PC's SMTP settings (Einstellungen
> E-Mail, whose password lives in that PC's keyring) would reach the hub and the hub's
would reach every PC. The hub keeps ``hub-mail.json`` (host, port, security, user,
sender) and the password in ``secrets/smtp-password`` (0600) in its data folder; a
server has no desktop keyring to rely on. ``BELBO_HUB_SMTP_PASSWORD`` in the hub's
environment takes precedence over the file (containers pass secrets that way).
Without a configured server the hub writes its mails to ``outbox/`` and logs a warning.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from belbo_desktop.mail.config import SECRET_NAME, validated
from belbo_desktop.mail.message import Mailer
from belbo_desktop.mail.outbox import OutboxMailer
from belbo_desktop.mail.secrets import SecretStore
from belbo_desktop.mail.smtp import SmtpMailer, SmtpSettings
from belbo_desktop.services.ports import Clock

CONFIG_FILE = "hub-mail.json"
PASSWORD_ENV = "BELBO_HUB_SMTP_PASSWORD"


class HubMail:
    def __init__(self, data_dir: Path, clock: Clock) -> None:
        self.file = data_dir / CONFIG_FILE
        self.secrets = SecretStore(data_dir / "secrets", use_keyring=False)
        self.outbox = OutboxMailer(data_dir / "outbox", clock)
        self.clock = clock

    def load(self) -> SmtpSettings:
        try:
            return SmtpSettings.from_json(json.loads(self.file.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return SmtpSettings()

    def save(self, smtp: SmtpSettings, password: str | None) -> SmtpSettings:
        """Validate and store; ``password`` None keeps the stored one, "" removes it.

        Raises ValidationError (nothing stored) on a bad host, port or sender.
        """
        smtp = validated(smtp)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(smtp.to_json(), f, indent=2)
        os.replace(tmp, self.file)
        self.secrets.replace(SECRET_NAME, password)
        return smtp

    def off(self) -> None:
        """Back to the outbox folder (the stored password is removed too)."""
        self.save(SmtpSettings(), "")

    def password(self) -> str | None:
        return os.environ.get(PASSWORD_ENV) or self.secrets.get(SECRET_NAME)

    def mailer(self) -> Mailer:
        smtp = self.load()
        if not smtp.configured:
            return self.outbox
        return SmtpMailer(smtp, self.password(), clock=self.clock)

    def check(self) -> None:
        """Log in to the configured server once; raises MailError with the reason."""
        SmtpMailer(self.load(), self.password(), clock=self.clock, timeout=10).check()

    def describe(self) -> str:
        smtp = self.load()
        if not smtp.configured:
            return f"kein Mailserver: E-Mails landen in {self.outbox.folder}"
        where = (
            f"Umgebung ({PASSWORD_ENV})"
            if os.environ.get(PASSWORD_ENV)
            else ("Datei " + str(self.secrets.fallback_dir / SECRET_NAME))
            if self.secrets.get(SECRET_NAME)
            else "keins"
        )
        return (
            f"{smtp.host}:{smtp.port} ({smtp.security.value}), Benutzer "
            f"{smtp.username or '-'}, Absender {smtp.sender}, Passwort: {where}"
        )
