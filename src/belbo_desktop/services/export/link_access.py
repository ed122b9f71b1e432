"""Opening a confirmation or download link: finding its request by the token's hash,
why it cannot be used (expiring it if its time is up), what its page may show, and the
recipient's password check, where wrong passwords are counted and the last one locks."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import export as rules
from belbo_desktop.domain.errors import AuthenticationFailed, BelboError
from belbo_desktop.domain.export import ExportState
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import ADMINISTRATIVE_ROLES
from belbo_desktop.services import audit
from belbo_desktop.services.export.closing import close_request, expire_request
from belbo_desktop.services.export.links import ExportLinkError, LinkInfo
from belbo_desktop.services.export.status import ExportStatus, request_status
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import Clock
from belbo_desktop.services.staff import actor_of
from belbo_desktop.storage.orm import StaffMember
from belbo_desktop.storage.orm.export import ExportRequest
from belbo_desktop.storage.unit_of_work import UnitOfWork


def find_request(s: Session, token: str, kind: str) -> ExportRequest | None:
    if not rules.plausible_token(token):
        return None
    column = (
        ExportRequest.confirm_token_hash if kind == "confirm" else ExportRequest.download_token_hash
    )
    return s.scalars(select(ExportRequest).where(column == rules.hash_token(token))).first()


def link_problem(
    s: Session, req: ExportRequest | None, kind: str, clock: Clock, exports_dir: Path
) -> BelboError | None:
    """Why a link cannot be used now; expires the request if its time is up."""
    if req is None:
        return ExportLinkError(Message("export_link_invalid"))
    now = clock.now()
    state = ExportState(req.state)
    if state is ExportState.EXPIRED:
        if req.closed_reason == rules.CLOSED_TOO_MANY_ATTEMPTS:
            return ExportLinkError(
                Message("export_link_locked", {"max": rules.MAX_PASSWORD_ATTEMPTS})
            )
        if req.closed_reason == rules.CLOSED_EXPIRED:
            return ExportLinkError(Message("export_link_expired"))
        if req.closed_reason == rules.CLOSED_CANCELLED:
            return ExportLinkError(Message("export_link_cancelled"))
        return ExportLinkError(Message("export_link_invalid"))
    if kind == "confirm":
        if state is not ExportState.REQUESTED:
            return ExportLinkError(Message("export_link_invalid"))
        if req.confirm_expires_at <= now:
            expire_request(s, req, clock, exports_dir)
            return ExportLinkError(Message("export_link_expired"))
    else:
        if state not in (ExportState.READY, ExportState.DOWNLOADED):
            return ExportLinkError(Message("export_link_invalid"))
        if req.download_expires_at is None or req.download_expires_at <= now:
            expire_request(s, req, clock, exports_dir)
            return ExportLinkError(Message("export_link_expired"))
        if not req.stored_file or not (exports_dir / req.stored_file).is_file():
            close_request(req, rules.CLOSED_FAILED, clock, exports_dir)
            return ExportLinkError(Message("export_link_invalid"))
    return None


def link_info(uow: UnitOfWork, clock: Clock, exports_dir: Path, token: str, kind: str) -> LinkInfo:
    with uow.write() as s:
        req = find_request(s, token, kind)
        problem = link_problem(s, req, kind, clock, exports_dir)
        if problem is None:
            assert req is not None
            expires = req.confirm_expires_at if kind == "confirm" else req.download_expires_at
            assert expires is not None
            info: LinkInfo | BelboError = LinkInfo(
                req.id,
                rules.mask_email(req.recipient_email),
                expires,
                rules.MAX_PASSWORD_ATTEMPTS - req.failed_attempts,
                req.file_name,
                req.lang,
            )
        else:
            info = problem
    if isinstance(info, BelboError):
        raise info
    return info


def check_password(
    uow: UnitOfWork,
    clock: Clock,
    hasher: Hasher,
    exports_dir: Path,
    token: str,
    password: str,
    kind: str,
    client: str | None = None,
) -> ExportStatus | BelboError:
    """Verify inside the write transaction; failures are returned so they commit."""
    with uow.write() as s:
        req = find_request(s, token, kind)
        problem = link_problem(s, req, kind, clock, exports_dir)
        if problem is not None:
            return problem
        assert req is not None
        member = s.get(StaffMember, req.recipient_staff_id)
        valid_member = (
            member is not None
            and member.active
            and member.deleted_at is None
            and (member.email or "").casefold() == req.recipient_email.casefold()
            and member.role in {r.value for r in ADMINISTRATIVE_ROLES}
        )
        ok = valid_member and member is not None and hasher.verify(member.password_hash, password)
        step = "confirm" if kind == "confirm" else "download"
        if not ok:
            req.failed_attempts += 1
            locked = req.failed_attempts >= rules.MAX_PASSWORD_ATTEMPTS
            audit.record(
                s,
                clock,
                None,
                f"export_{step}_failed",
                target_type="export",
                target_id=req.id,
                location_id=req.location_id,
                attempt=req.failed_attempts,
                client=client,
                locked=locked,
            )
            if locked:
                close_request(req, rules.CLOSED_TOO_MANY_ATTEMPTS, clock, exports_dir)
                return ExportLinkError(
                    Message("export_link_locked", {"max": rules.MAX_PASSWORD_ATTEMPTS})
                )
            return AuthenticationFailed(
                Message(
                    "export_password_wrong",
                    {"left": rules.MAX_PASSWORD_ATTEMPTS - req.failed_attempts},
                )
            )
        assert member is not None
        recipient = actor_of(member)
        now = clock.now()
        req.failed_attempts = 0
        req.updated_at = now
        if kind == "confirm":
            req.state = ExportState.CONFIRMED.value
            req.confirmed_at = now
            req.confirm_token_hash = None  # single use
            if req.mail_pending == "confirm":
                req.mail_pending = None
            audit.record(
                s,
                clock,
                recipient,
                "export_confirmed",
                target_type="export",
                target_id=req.id,
                fields=list(req.fields),
                client=client,
            )
        else:
            req.state = ExportState.DOWNLOADED.value
            req.downloaded_at = req.downloaded_at or now
            req.download_count += 1
            audit.record(
                s,
                clock,
                recipient,
                "export_downloaded",
                target_type="export",
                target_id=req.id,
                customers=req.row_count,
                fields=list(req.fields),
                file_name=req.file_name,
                download=req.download_count,
                client=client,
            )
        s.flush()
        return request_status(s, req)
