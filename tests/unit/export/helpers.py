"""Reading the export mails back: the newest outbox entry and the token in its link."""

from __future__ import annotations

import re

from belbo_desktop.bootstrap import App
from belbo_desktop.mail.outbox import OutboxEntry


def latest_mail(app: App) -> OutboxEntry:
    entries = app.mail.outbox.entries()
    assert entries, "no mail in the outbox"
    return entries[0]


def token_in(text: str, kind: str) -> str:
    match = re.search(rf"/export/{kind}/([A-Za-z0-9_-]+)", text)
    assert match, text
    return match.group(1)
