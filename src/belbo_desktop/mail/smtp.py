"""Sending through an SMTP server with STARTTLS (port 587) or implicit TLS (port 465)."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from enum import StrEnum

from belbo_desktop.mail.message import MailError, MailMessage
from belbo_desktop.services.ports import Clock, SystemClock


class Security(StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"  # implicit TLS ("SSL/TLS", port 465)


DEFAULT_PORTS = {Security.STARTTLS: 587, Security.TLS: 465}


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""
    sender: str = ""
    #: Extra CA bundle for a server with a private certificate; empty = system store.
    ca_file: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    def to_json(self) -> dict[str, object]:
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security.value,
            "username": self.username,
            "sender": self.sender,
            "ca_file": self.ca_file,
        }

    @classmethod
    def from_json(cls, data: object) -> SmtpSettings:
        if not isinstance(data, dict):
            return cls()
        try:
            return cls(
                host=str(data.get("host", "")),
                port=int(data.get("port", 587)),
                security=Security(data.get("security", Security.STARTTLS.value)),
                username=str(data.get("username", "")),
                sender=str(data.get("sender", "")),
                ca_file=str(data.get("ca_file", "")),
            )
        except (TypeError, ValueError):
            return cls()


class SmtpMailer:
    local = False

    def __init__(
        self,
        settings: SmtpSettings,
        password: str | None,
        *,
        clock: Clock | None = None,
        timeout: float = 20.0,
    ) -> None:
        self.settings = settings
        self.password = password
        self.clock = clock or SystemClock()
        self.timeout = timeout

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.settings.ca_file or None)

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.security is Security.TLS:
            return smtplib.SMTP_SSL(s.host, s.port, timeout=self.timeout, context=self._context())
        client = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
        try:
            client.ehlo()
            if not client.has_extn("starttls"):
                raise MailError("Der Server bietet kein STARTTLS an")
            client.starttls(context=self._context())
            client.ehlo()
        except BaseException:
            client.close()
            raise
        return client

    def _login(self, client: smtplib.SMTP) -> None:
        """One authentication attempt: PLAIN over TLS where offered (smtplib would try
        every mechanism in turn after a wrong password, and some servers then hang)."""
        if not self.settings.username:
            return
        client.ehlo_or_helo_if_needed()
        mechanisms = client.esmtp_features.get("auth", "").upper().split()
        if "PLAIN" in mechanisms:
            client.user, client.password = self.settings.username, self.password or ""
            client.auth("PLAIN", client.auth_plain)
        else:
            client.login(self.settings.username, self.password or "")

    def send(self, message: MailMessage) -> None:
        msg = message.to_email(self.settings.sender, self.clock.now())
        try:
            with self._connect() as client:
                self._login(client)
                client.send_message(msg)
        except MailError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError("Anmeldung am Mailserver fehlgeschlagen") from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise MailError("Der Mailserver lehnt die Empfängeradresse ab") from exc
        except ssl.SSLError as exc:
            raise MailError(f"TLS-Fehler: {exc.reason or exc}") from exc
        except TimeoutError as exc:
            raise MailError("Zeitüberschreitung beim Mailserver") from exc
        except ConnectionRefusedError as exc:
            raise MailError("Mailserver nicht erreichbar (Verbindung abgelehnt)") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(f"Mailserver-Fehler: {exc}") from exc

    def check(self) -> None:
        """Connect, secure and log in without sending: for the settings page's test button."""
        try:
            with self._connect() as client:
                self._login(client)
        except MailError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError("Anmeldung am Mailserver fehlgeschlagen") from exc
        except ssl.SSLError as exc:
            raise MailError(f"TLS-Fehler: {exc.reason or exc}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(f"Mailserver nicht erreichbar: {exc}") from exc
