"""Staff members, logins, PIN switching and lockout."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    BelboError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import ADMINISTRATIVE_ROLES, Right, Role, rights_for
from belbo_desktop.domain.text import clean, has_control_chars
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import BusinessData, add_location, validated_business
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import BERLIN, Clock
from belbo_desktop.storage.orm import Location, StaffMember
from belbo_desktop.storage.unit_of_work import UnitOfWork

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD = 8


@dataclass(frozen=True)
class StaffRow:
    id: uuid.UUID
    username: str
    display_name: str
    email: str | None
    role: Role
    has_pin: bool
    active: bool
    locked_until: dt.datetime | None


@dataclass(frozen=True)
class FirstOwner:
    """What setting up a new salon made: its first location and the owner's account."""

    location_id: uuid.UUID
    staff_id: uuid.UUID
    username: str


def actor_of(member: StaffMember) -> Actor:
    role = Role(member.role)
    return Actor(
        staff_id=member.id,
        location_id=member.location_id,
        username=member.username,
        display_name=member.display_name,
        role=role,
        rights=rights_for(
            role,
            frozenset(Right(r) for r in member.granted_rights),
            frozenset(Right(r) for r in member.revoked_rights),
        ),
    )


def _row(m: StaffMember) -> StaffRow:
    return StaffRow(
        m.id,
        m.username,
        m.display_name,
        m.email,
        Role(m.role),
        m.pin_hash is not None,
        m.active,
        m.locked_until,
    )


class StaffService:
    def __init__(self, uow: UnitOfWork, clock: Clock, hasher: Hasher) -> None:
        self.uow = uow
        self.clock = clock
        self.hasher = hasher

    @cached_property
    def _dummy_hash(self) -> str:
        """Checked against for unknown user names, so they take as long as known ones."""
        return self.hasher.hash("not-a-password")

    # --- logging in -------------------------------------------------------------------

    def login_choices(self) -> list[StaffRow]:
        """Active staff for the login screen's picker (names only; no secrets)."""
        with self.uow.read() as s:
            rows = s.scalars(
                select(StaffMember)
                .where(StaffMember.active.is_(True), StaffMember.deleted_at.is_(None))
                .order_by(StaffMember.display_name)
            )
            return [_row(m) for m in rows]

    def login(self, username: str, password: str) -> Actor:
        """Check user name and password; count failures and lock after five."""
        with self.uow.write() as s:
            member = s.scalars(
                select(StaffMember).where(
                    StaffMember.username == clean(username).casefold(),
                    StaffMember.deleted_at.is_(None),
                )
            ).first()
            if member is None:
                self.hasher.verify(self._dummy_hash, password)  # same timing as a real check
                outcome: Actor | BelboError = AuthenticationFailed(Message("login_failed"))
            else:
                password_hash = member.password_hash
                outcome = self._check(
                    s,
                    member,
                    lambda: self.hasher.verify(password_hash, password),
                    Message("login_failed"),
                    "login",
                )
        return _unwrap(outcome)

    def switch_by_pin(self, staff_id: uuid.UUID, pin: str) -> Actor:
        """Quick switch at the till: the chosen staff member's 4–6 digit PIN."""
        with self.uow.write() as s:
            member = s.get(StaffMember, staff_id)
            if member is None or member.deleted_at is not None or member.pin_hash is None:
                outcome: Actor | BelboError = AuthenticationFailed(Message("pin_failed"))
            else:
                pin_hash = member.pin_hash
                outcome = self._check(
                    s,
                    member,
                    lambda: self.hasher.verify(pin_hash, pin),
                    Message("pin_failed"),
                    "pin_switch",
                )
        return _unwrap(outcome)

    def _check(
        self,
        s: Session,
        member: StaffMember,
        verify: Callable[[], bool],
        failure: Message,
        action: str,
    ) -> Actor | BelboError:
        """Verify inside the write transaction; failures are returned, not raised, so the
        failed-attempt count is committed before the caller raises."""
        now = self.clock.now()
        if member.locked_until is not None and member.locked_until > now:
            return AccountLocked(Message("locked_out", {"until": _local_time(member.locked_until)}))
        if not member.active:
            return AuthenticationFailed(Message("account_inactive"))
        if not verify():
            member.failed_attempts += 1
            locked = member.failed_attempts >= MAX_FAILED_ATTEMPTS
            if locked:
                member.locked_until = now + LOCKOUT
                member.failed_attempts = 0
            audit.record(
                s,
                self.clock,
                None,
                f"{action}_failed",
                target_type="staff",
                target_id=member.id,
                location_id=member.location_id,
                locked=locked,
            )
            if locked:
                return AccountLocked(
                    Message("locked_out", {"until": _local_time(member.locked_until or now)})
                )
            return AuthenticationFailed(failure)
        member.failed_attempts = 0
        member.locked_until = None
        member.last_login_at = now
        actor = actor_of(member)
        audit.record(s, self.clock, actor, action, target_type="staff", target_id=member.id)
        return actor

    # --- managing staff ---------------------------------------------------------------

    def list_staff(self, actor: Actor) -> list[StaffRow]:
        actor.require(Right.MANAGE_STAFF)
        with self.uow.read() as s:
            rows = s.scalars(
                select(StaffMember)
                .where(
                    StaffMember.location_id == actor.location_id, StaffMember.deleted_at.is_(None)
                )
                .order_by(StaffMember.display_name)
            )
            return [_row(m) for m in rows]

    def admin_emails(self, actor: Actor) -> list[str]:
        """Addresses allowed to receive a customer export: staff with administrative rights."""
        with self.uow.read() as s:
            rows = s.scalars(
                select(StaffMember)
                .where(
                    StaffMember.location_id == actor.location_id,
                    StaffMember.active.is_(True),
                    StaffMember.deleted_at.is_(None),
                    StaffMember.role.in_([r.value for r in ADMINISTRATIVE_ROLES]),
                    StaffMember.email.is_not(None),
                )
                .order_by(StaffMember.email)
            )
            return sorted({m.email for m in rows if m.email})

    def create_staff(
        self,
        actor: Actor | None,
        *,
        location_id: uuid.UUID,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        pin: str | None = None,
        email: str | None = None,
    ) -> uuid.UUID:
        """Create a staff member. ``actor`` is None only when setting up a new database."""
        if actor is not None:
            actor.require(Right.MANAGE_STAFF)
        account = _checked_account(username, display_name, password, pin, email)
        if account.errors:
            raise ValidationError(account.errors)
        with self.uow.write() as s:
            if s.scalars(
                select(StaffMember.id).where(StaffMember.username == account.username)
            ).first():
                raise ValidationError(
                    {"username": Message("username_taken", {"value": account.username})}
                )
            return self._add_member(s, actor, location_id, role, account, password, pin)

    def _add_member(
        self,
        s: Session,
        actor: Actor | None,
        location_id: uuid.UUID,
        role: Role,
        account: _Account,
        password: str,
        pin: str | None,
        *,
        first_owner: bool = False,
    ) -> uuid.UUID:
        member = StaffMember(
            location_id=location_id,
            username=account.username,
            display_name=account.display_name,
            email=account.email,
            role=role.value,
            password_hash=self.hasher.hash(password),
            pin_hash=self.hasher.hash(pin) if pin else None,
            granted_rights=[],
            revoked_rights=[],
        )
        s.add(member)
        s.flush()
        audit.record(
            s,
            self.clock,
            actor,
            "staff_created",
            target_type="staff",
            target_id=member.id,
            location_id=location_id,  # the entry's location when set up without an actor
            role=role.value,
            first_owner=first_owner,
        )
        return member.id

    def create_first_owner(
        self,
        business: BusinessData,
        *,
        username: str,
        display_name: str,
        password: str,
        pin: str | None = None,
        email: str | None = None,
    ) -> FirstOwner:
        """Set up a new salon on an empty PC: its first location and owner, all or nothing.

        Needs no actor, so it is refused as soon as the database holds any staff member
        or location (also deleted ones): it can never slip an owner into a salon later.
        Every bad field is reported at once; nothing is written then.
        """
        errors: dict[str, Message] = {}
        try:
            business = validated_business(business)
        except ValidationError as exc:
            errors.update(exc.errors)
        if "name" in errors:  # the form calls it the business's name, not "Standort"
            errors["name"] = _relabel(errors["name"], "business_name")
        account = _checked_account(username, display_name, password, pin, email)
        errors.update(account.errors)
        if errors:
            raise ValidationError(errors)
        with self.uow.write() as s:
            staff = s.scalar(select(func.count()).select_from(StaffMember)) or 0
            locations = s.scalar(select(func.count()).select_from(Location)) or 0
            if staff or locations:
                raise PermissionDenied(Message("first_owner_exists"))
            location_id = add_location(s, self.clock, None, business)
            member_id = self._add_member(
                s,
                None,
                location_id,
                Role.OWNER,
                account,
                password,
                pin,
                first_owner=True,
            )
            return FirstOwner(location_id, member_id, account.username)

    def set_pin(self, actor: Actor, staff_id: uuid.UUID, pin: str) -> None:
        if actor.staff_id != staff_id:
            actor.require(Right.MANAGE_STAFF)
        if not re.fullmatch(r"\d{4,6}", pin):
            raise ValidationError({"pin": Message("pin_invalid")})
        with self.uow.write() as s:
            member = s.get(StaffMember, staff_id)
            if member is None:
                raise NotFound(Message("not_found", {"what": "staff"}))
            member.pin_hash = self.hasher.hash(pin)
            audit.record(
                s, self.clock, actor, "staff_pin_set", target_type="staff", target_id=staff_id
            )


@dataclass(frozen=True)
class _Account:
    """A new account's cleaned fields and what is wrong with them."""

    username: str
    display_name: str
    email: str | None
    errors: dict[str, Message]


def _checked_account(
    username: str, display_name: str, password: str, pin: str | None, email: str | None
) -> _Account:
    errors: dict[str, Message] = {}
    username = clean(username).casefold()
    display_name = clean(display_name)
    if not username:
        errors["username"] = Message("required", {"label": "username"})
    elif not re.fullmatch(r"[a-z0-9._-]{2,60}", username):
        errors["username"] = Message("username_invalid")
    if not display_name:
        errors["display_name"] = Message("required", {"label": "display_name"})
    elif len(display_name) > 120 or has_control_chars(display_name):
        errors["display_name"] = Message("too_long", {"label": "display_name", "max": 120})
    if len(password) < MIN_PASSWORD:
        errors["password"] = Message("password_too_short", {"min": MIN_PASSWORD})
    if pin is not None and not re.fullmatch(r"\d{4,6}", pin):
        errors["pin"] = Message("pin_invalid")
    address = clean(email)
    if address:
        from email_validator import EmailNotValidError, validate_email  # start-up cost

        try:
            address = validate_email(address, check_deliverability=False).normalized
        except EmailNotValidError:
            errors["email"] = Message("email_invalid")
    return _Account(username, display_name, address or None, errors)


def _relabel(message: Message, label: str) -> Message:
    return Message(message.code, {**message.params, "label": label})


def _local_time(at: dt.datetime) -> str:
    return at.astimezone(BERLIN).strftime("%H:%M")


def _unwrap(outcome: Actor | BelboError) -> Actor:
    if isinstance(outcome, BelboError):
        raise outcome
    return outcome
