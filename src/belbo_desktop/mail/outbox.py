"""The local outbox: with no SMTP server configured, mail is written as .eml files.

The app shows this folder under "E-Mails" with clickable links, so the export flow works
on a single PC out of the box. Files are readable only by the user (0600) because they
hold single-use links.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import os
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

from belbo_desktop.mail.message import DEFAULT_SENDER, MailError, MailMessage
from belbo_desktop.services.ports import Clock, SystemClock

_LINK = re.compile(r"https?://[^\s<>\"]+")


@dataclass(frozen=True)
class OutboxEntry:
    path: Path
    at: dt.datetime
    to: str
    subject: str
    text: str
    html: str | None

    @property
    def links(self) -> list[str]:
        return _LINK.findall(self.text)


class OutboxMailer:
    local = True

    def __init__(self, folder: Path, clock: Clock | None = None) -> None:
        self.folder = folder
        self.clock = clock or SystemClock()
        self._parsed: dict[Path, OutboxEntry] = {}  # files never change once written

    def send(self, message: MailMessage) -> None:
        at = self.clock.now()
        msg = message.to_email(DEFAULT_SENDER, at)
        data = bytes(msg)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            stem = at.strftime("%Y%m%d-%H%M%S-%f")
            n = 0
            path = self.folder / f"{stem}-{n:04d}.eml"
            while path.exists():  # same instant (a fixed test clock): keep the order
                n += 1
                path = self.folder / f"{stem}-{n:04d}.eml"
            tmp = path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            raise MailError(exc.strerror or str(exc)) from exc

    def entries(self, limit: int = 200) -> list[OutboxEntry]:
        """Newest first."""
        if not self.folder.exists():
            return []
        files = sorted(self.folder.glob("*.eml"), reverse=True)[:limit]
        entries = []
        for path in files:
            entry = self._parsed.get(path)
            if entry is None:
                entry = read_entry(path)
                if entry is None:
                    continue
                self._parsed[path] = entry
            entries.append(entry)
        if len(self._parsed) > 2 * limit:
            keep = set(files)
            self._parsed = {p: e for p, e in self._parsed.items() if p in keep}
        return entries


def read_entry(path: Path) -> OutboxEntry | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    text_part = msg.get_body(preferencelist=("plain",))
    html_part = msg.get_body(preferencelist=("html",))
    text = text_part.get_content() if text_part is not None else ""
    html = html_part.get_content() if html_part is not None else None
    try:
        at = parsedate_to_datetime(str(msg["Date"]))
    except (TypeError, ValueError):
        at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    return OutboxEntry(path, at, str(msg["To"] or ""), str(msg["Subject"] or ""), text, html)
