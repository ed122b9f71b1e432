"""The Mailer port: what services need to send a message, independent of SMTP."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Protocol

DEFAULT_SENDER = "Belbo Desktop <belbo@localhost>"


@dataclass(frozen=True)
class MailMessage:
    to: str
    subject: str
    text: str
    html: str | None = None

    def to_email(self, sender: str, at: dt.datetime) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = self.to
        msg["Subject"] = self.subject
        msg["Date"] = format_datetime(at)
        msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip(">") or None)
        msg["Auto-Submitted"] = "auto-generated"
        msg.set_content(self.text)
        if self.html is not None:
            msg.add_alternative(self.html, subtype="html")
        return msg


class MailError(Exception):
    """A message could not be handed over; ``reason`` is short and readable."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Mailer(Protocol):
    #: True when messages go to the local outbox instead of a mail server.
    local: bool

    def send(self, message: MailMessage) -> None:
        """Hand the message over or raise :class:`MailError`."""
        ...
