"""Einstellungen > E-Mail: SMTP settings in the database, the password in the keyring."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from email_validator import EmailNotValidError, validate_email

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.text import clean, has_control_chars
from belbo_desktop.mail.message import Mailer
from belbo_desktop.mail.outbox import OutboxMailer
from belbo_desktop.mail.secrets import SecretStore
from belbo_desktop.mail.smtp import Security, SmtpMailer, SmtpSettings
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import SettingsService
from belbo_desktop.services.ports import Clock

SETTING_KEY = "mail.smtp"
SECRET_NAME = "smtp-password"


class MailSettingsService:
    """Which mailer is in use: SMTP when a server is configured, else the local outbox."""

    def __init__(
        self, settings: SettingsService, secrets: SecretStore, outbox_dir: Path, clock: Clock
    ) -> None:
        self.settings = settings
        self.secrets = secrets
        self.outbox = OutboxMailer(outbox_dir, clock)
        self.clock = clock

    def load(self) -> SmtpSettings:
        return SmtpSettings.from_json(self.settings.get(None, SETTING_KEY))

    def has_password(self) -> bool:
        return self.secrets.get(SECRET_NAME) is not None

    def save(self, actor: Actor, smtp: SmtpSettings, password: str | None) -> SmtpSettings:
        """Store the settings; ``password`` None keeps the stored one, "" removes it."""
        actor.require(Right.MANAGE_SETTINGS)
        smtp = validated(smtp)
        self.settings.set(actor, SETTING_KEY, smtp.to_json(), location_wide=False)
        self.secrets.replace(SECRET_NAME, password)
        return smtp

    def mailer(self) -> Mailer:
        smtp = self.load()
        if not smtp.configured:
            return self.outbox
        return SmtpMailer(smtp, self.secrets.get(SECRET_NAME), clock=self.clock)

    def check(self, actor: Actor, smtp: SmtpSettings, password: str | None) -> None:
        """Try the connection with what the form holds; raises MailError with the reason."""
        actor.require(Right.MANAGE_SETTINGS)
        smtp = validated(smtp)
        secret = password if password is not None else self.secrets.get(SECRET_NAME)
        SmtpMailer(smtp, secret, clock=self.clock, timeout=10).check()


def validated(smtp: SmtpSettings) -> SmtpSettings:
    """Empty host means "no SMTP": everything else must then be complete and sane."""
    host = clean(smtp.host)
    errors: dict[str, Message] = {}
    if not host:
        return SmtpSettings()
    if not re.fullmatch(r"[A-Za-z0-9.\-\[\]:]{1,253}", host):
        errors["host"] = Message("smtp_host_required")
    if not 1 <= smtp.port <= 65535:
        errors["port"] = Message("smtp_port_invalid")
    if not isinstance(smtp.security, Security):
        errors["security"] = Message("smtp_security_invalid")
    sender = clean(smtp.sender)
    try:
        sender = validate_email(sender, check_deliverability=False).normalized
    except EmailNotValidError:
        errors["sender"] = Message("smtp_sender_invalid")
    username = clean(smtp.username)
    if has_control_chars(username) or len(username) > 200:
        errors["username"] = Message("control_chars", {"label": "username"})
    ca_file = clean(smtp.ca_file)
    if ca_file and not Path(ca_file).is_file():
        errors["ca_file"] = Message("smtp_ca_file_missing", {"value": ca_file})
    if errors:
        raise ValidationError(errors)
    return replace(smtp, host=host, sender=sender, username=username, ca_file=ca_file)
