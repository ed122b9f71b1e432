"""The two mails of a request, in German or English: the confirmation link and the
download link. Sending one records the attempt, and a failure schedules the retry."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from belbo_desktop.domain import export as rules
from belbo_desktop.mail.message import Mailer, MailError, MailMessage
from belbo_desktop.services import audit
from belbo_desktop.services.export.links import CONFIRM_PATH, DOWNLOAD_PATH
from belbo_desktop.services.ports import BERLIN, Clock
from belbo_desktop.storage.orm.export import ExportRequest
from belbo_desktop.storage.unit_of_work import UnitOfWork


def send_mail(
    uow: UnitOfWork,
    clock: Clock,
    mailer: Callable[[], Mailer],
    base_url: Callable[[], str],
    request_id: uuid.UUID,
    kind: str,
    token: str,
) -> None:
    with uow.read() as s:
        req = s.get(ExportRequest, request_id)
        assert req is not None
        message = compose_mail(req, kind, token, base_url())
        location_id = req.location_id
    try:
        mailer().send(message)
    except MailError as exc:
        error: str | None = exc.reason
    else:
        error = None
    now = clock.now()
    with uow.write() as s:
        req = s.get(ExportRequest, request_id)
        assert req is not None
        req.mail_attempts += 1
        if error is None:
            req.mail_pending = None
            req.mail_error = None
            req.mail_next_attempt_at = None
        else:
            req.mail_error = error[:500]
            req.mail_next_attempt_at = now + rules.MAIL_RETRY_INTERVAL
        audit.record(
            s,
            clock,
            None,
            f"export_{kind}_mail_sent" if error is None else f"export_{kind}_mail_failed",
            target_type="export",
            target_id=request_id,
            location_id=location_id,
            to=req.recipient_email,
            attempt=req.mail_attempts,
            error=error,
        )


def compose_mail(req: ExportRequest, kind: str, token: str, base: str) -> MailMessage:
    en = req.lang == "en"
    if kind == "confirm":
        link = f"{base}{CONFIRM_PATH}{token}"
        until = _local(req.confirm_expires_at)
        if en:
            subject = "Belbo: please confirm the customer export"
            text = (
                "Hello,\n\nA customer export was requested in Belbo to be sent to this "
                "address. To confirm it, open this link and enter the password of your "
                f"Belbo account:\n\n{link}\n\nThe link can be used once and is valid until "
                f"{until}. If you did not expect this export, ignore this email; without "
                "your password nothing happens.\n\nBelbo Desktop\n"
            )
        else:
            subject = "Belbo: Kundenexport bestätigen"
            text = (
                "Guten Tag,\n\nin Belbo wurde ein Kundenexport an diese Adresse angefordert. "
                "Zum Bestätigen öffnen Sie bitte diesen Link und geben das Passwort Ihres "
                f"Belbo-Kontos ein:\n\n{link}\n\nDer Link ist einmal verwendbar und gültig "
                f"bis {until} Uhr. Wenn Sie diesen Export nicht erwartet haben, ignorieren "
                "Sie diese E-Mail; ohne Ihr Passwort geschieht nichts.\n\nBelbo Desktop\n"
            )
    else:
        link = f"{base}{DOWNLOAD_PATH}{token}"
        assert req.download_expires_at is not None
        until = _local(req.download_expires_at)
        if en:
            subject = "Belbo: your customer export is ready"
            text = (
                f"Hello,\n\nThe customer export ({req.row_count} customers) is ready. "
                f"Download it here with your Belbo password:\n\n{link}\n\nThe link is "
                f"valid until {until}; after that the file is deleted.\n\nBelbo Desktop\n"
            )
        else:
            subject = "Belbo: Ihr Kundenexport ist fertig"
            text = (
                f"Guten Tag,\n\nder Kundenexport ({req.row_count} Kunden) ist fertig. "
                "Sie können ihn hier mit Ihrem Belbo-Passwort herunterladen:\n\n"
                f"{link}\n\nDer Link ist gültig bis {until} Uhr; danach wird die Datei "
                "gelöscht.\n\nBelbo Desktop\n"
            )
    return MailMessage(req.recipient_email, subject, text)


def _local(at: dt.datetime) -> str:
    return at.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")
