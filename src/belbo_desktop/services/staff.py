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
from belbo_desktop.domain.rights import (
    ADMINISTRATIVE_ROLES,
    ROLE_RIGHTS,
    Right,
    Role,
    right_label,
    rights_for,
)
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
    locked: bool = False  #: locked out now (``locked_until`` is still in the future)
    granted_rights: frozenset[Right] = frozenset()  #: on top of the role
    revoked_rights: frozenset[Right] = frozenset()  #: taken from the role
    last_login_at: dt.datetime | None = None

    @property
    def rights(self) -> frozenset[Right]:
        return rights_for(self.role, self.granted_rights, self.revoked_rights)


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
        rights=_rights_of(member),
    )


def _row(m: StaffMember, now: dt.datetime | None = None) -> StaffRow:
    return StaffRow(
        m.id,
        m.username,
        m.display_name,
        m.email,
        Role(m.role),
        m.pin_hash is not None,
        m.active,
        m.locked_until,
        locked=now is not None and m.locked_until is not None and m.locked_until > now,
        granted_rights=frozenset(Right(r) for r in m.granted_rights),
        revoked_rights=frozenset(Right(r) for r in m.revoked_rights),
        last_login_at=m.last_login_at,
    )


def _rights_of(m: StaffMember) -> frozenset[Right]:
    return rights_for(
        Role(m.role),
        frozenset(Right(r) for r in m.granted_rights),
        frozenset(Right(r) for r in m.revoked_rights),
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
            locked = self._count_failure(s, member, f"{action}_failed")
            return locked or AuthenticationFailed(failure)
        member.failed_attempts = 0
        member.locked_until = None
        member.last_login_at = now
        actor = actor_of(member)
        audit.record(s, self.clock, actor, action, target_type="staff", target_id=member.id)
        return actor

    def _count_failure(self, s: Session, member: StaffMember, action: str) -> AccountLocked | None:
        """One more wrong password or PIN (audited); the lockout once there are too many."""
        now = self.clock.now()
        member.failed_attempts += 1
        locked = member.failed_attempts >= MAX_FAILED_ATTEMPTS
        if locked:
            member.locked_until = now + LOCKOUT
            member.failed_attempts = 0
        audit.record(
            s,
            self.clock,
            None,
            action,
            target_type="staff",
            target_id=member.id,
            location_id=member.location_id,
            locked=locked,
        )
        if not locked:
            return None
        return AccountLocked(
            Message("locked_out", {"until": _local_time(member.locked_until or now)})
        )

    # --- managing staff ---------------------------------------------------------------

    def list_staff(self, actor: Actor) -> list[StaffRow]:
        actor.require(Right.MANAGE_STAFF)
        now = self.clock.now()
        with self.uow.read() as s:
            rows = s.scalars(
                select(StaffMember)
                .where(
                    StaffMember.location_id == actor.location_id, StaffMember.deleted_at.is_(None)
                )
                .order_by(StaffMember.display_name)
            )
            return [_row(m, now) for m in rows]

    def get_staff(self, actor: Actor, staff_id: uuid.UUID) -> StaffRow:
        """One account (one's own without a right; anyone else's with MANAGE_STAFF)."""
        if actor.staff_id != staff_id:
            actor.require(Right.MANAGE_STAFF)
        with self.uow.read() as s:
            return _row(self._target(s, actor, staff_id, editing=False), self.clock.now())

    def staff_names(self, actor: Actor) -> list[StaffRow]:
        """Everyone who ever worked at the location (deactivated too), for the audit
        log's filter: names and roles only, so VIEW_AUDIT_LOG is enough."""
        actor.require(Right.VIEW_AUDIT_LOG)
        with self.uow.read() as s:
            rows = s.scalars(
                select(StaffMember)
                .where(StaffMember.location_id == actor.location_id)
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
        rights: frozenset[Right] | None = None,
    ) -> uuid.UUID:
        """Create a staff member. ``actor`` is None only when setting up a new database.

        ``rights`` (the full set the person should have) adjusts the role's defaults.
        """
        if actor is not None:
            actor.require(Right.MANAGE_STAFF)
            if role is Role.OWNER and actor.role is not Role.OWNER:
                raise PermissionDenied(Message("staff_owner_only"))
        wanted = ROLE_RIGHTS[role] if rights is None else frozenset(rights)
        account = _checked_account(username, display_name, password, pin, email)
        if actor is not None:
            not_held = sorted(wanted - actor.rights)  # nobody hands out more than they hold
            if not_held:
                message = Message("staff_grant_not_held", {"right": right_label(not_held[0])})
                account.errors["rights"] = message
        if account.errors:
            raise ValidationError(account.errors)
        with self.uow.write() as s:
            if s.scalars(
                select(StaffMember.id).where(StaffMember.username == account.username)
            ).first():
                raise ValidationError(
                    {"username": Message("username_taken", {"value": account.username})}
                )
            return self._add_member(
                s, actor, location_id, role, account, password, pin, rights=wanted
            )

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
        rights: frozenset[Right] | None = None,
    ) -> uuid.UUID:
        defaults = ROLE_RIGHTS[role]
        wanted = defaults if rights is None else rights
        member = StaffMember(
            location_id=location_id,
            username=account.username,
            display_name=account.display_name,
            email=account.email,
            role=role.value,
            password_hash=self.hasher.hash(password),
            pin_hash=self.hasher.hash(pin) if pin else None,
            granted_rights=sorted(r.value for r in wanted - defaults),
            revoked_rights=sorted(r.value for r in defaults - wanted),
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
            # a new salon's first owner is logged in its location; other set-up writes
            # without an actor (``belbo hub init``, demo data) stay out of location logs
            location_id=location_id if first_owner else None,
            role=role.value,
            first_owner=first_owner,
            granted=sorted(r.value for r in wanted - defaults),
            revoked=sorted(r.value for r in defaults - wanted),
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

    def update_staff(
        self,
        actor: Actor,
        staff_id: uuid.UUID,
        *,
        display_name: str,
        email: str | None,
        role: Role,
        rights: frozenset[Right] | None = None,
    ) -> StaffRow:
        """Change name, email, role and (optionally) the effective rights.

        ``rights`` is the full set the person should have; what differs from the role's
        defaults is stored as granted / revoked rights. ``None`` keeps the person's
        adjustments (those that still differ from the new role).
        """
        actor.require(Right.MANAGE_STAFF)
        display_name, email, errors = _checked_profile(display_name, email)
        if errors:
            raise ValidationError(errors)
        with self.uow.write() as s:
            member = self._target(s, actor, staff_id)
            if role is Role.OWNER and actor.role is not Role.OWNER:
                raise PermissionDenied(Message("staff_owner_only"))
            old_role = Role(member.role)
            old_rights = _rights_of(member)
            defaults = ROLE_RIGHTS[role]
            if rights is None:
                granted = frozenset(Right(r) for r in member.granted_rights) - defaults
                revoked = frozenset(Right(r) for r in member.revoked_rights) & defaults
            else:
                granted = frozenset(rights) - defaults
                revoked = defaults - frozenset(rights)
            new_rights = rights_for(role, granted, revoked)
            added = new_rights - old_rights
            removed = old_rights - new_rights
            not_held = sorted(added - actor.rights)  # nobody hands out more than they hold
            if not_held:
                message = Message("staff_grant_not_held", {"right": right_label(not_held[0])})
                raise ValidationError({"rights": message})
            self._guard_last(s, member, active=member.active, role=role, rights=new_rights)
            fields = [
                key
                for key, before, after in (
                    ("display_name", member.display_name, display_name),
                    ("email", member.email, email),
                    ("role", old_role, role),
                )
                if before != after
            ]
            member.display_name = display_name
            member.email = email
            member.role = role.value
            member.granted_rights = sorted(r.value for r in granted)
            member.revoked_rights = sorted(r.value for r in revoked)
            if fields or added or removed:
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "staff_changed",
                    target_type="staff",
                    target_id=member.id,
                    fields=fields,
                    role_before=old_role.value if old_role is not role else None,
                    role=role.value,
                    granted=sorted(r.value for r in added),
                    revoked=sorted(r.value for r in removed),
                )
            return _row(member, self.clock.now())

    def set_active(self, actor: Actor, staff_id: uuid.UUID, active: bool) -> StaffRow:
        """Deactivate (cannot log in or switch by PIN any more) or reactivate an account.

        Accounts are never deleted: the audit log and the sales keep pointing at them.
        """
        actor.require(Right.MANAGE_STAFF)
        if not active and staff_id == actor.staff_id:
            raise PermissionDenied(Message("staff_deactivate_self"))
        with self.uow.write() as s:
            member = self._target(s, actor, staff_id)
            if member.active != active:
                self._guard_last(
                    s, member, active=active, role=Role(member.role), rights=_rights_of(member)
                )
                member.active = active
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "staff_reactivated" if active else "staff_deactivated",
                    target_type="staff",
                    target_id=member.id,
                )
            return _row(member, self.clock.now())

    def reset_password(self, actor: Actor, staff_id: uuid.UUID, new_password: str) -> None:
        """Give someone a new password (they forgot theirs); also lifts a lockout."""
        actor.require(Right.MANAGE_STAFF)
        if staff_id == actor.staff_id:
            raise PermissionDenied(Message("staff_reset_self"))
        if len(new_password) < MIN_PASSWORD:
            raise ValidationError(
                {"new_password": Message("password_too_short", {"min": MIN_PASSWORD})}
            )
        with self.uow.write() as s:
            member = self._target(s, actor, staff_id)
            was_locked = member.locked_until is not None and member.locked_until > self.clock.now()
            member.password_hash = self.hasher.hash(new_password)
            member.failed_attempts = 0
            member.locked_until = None
            audit.record(
                s,
                self.clock,
                actor,
                "staff_password_reset",
                target_type="staff",
                target_id=member.id,
                unlocked=was_locked,
            )

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """Everyone may change their own password, with the current one."""
        errors: dict[str, Message] = {}
        if len(new_password) < MIN_PASSWORD:
            errors["new_password"] = Message("password_too_short", {"min": MIN_PASSWORD})
        elif new_password == old_password:
            errors["new_password"] = Message("password_unchanged")
        refusal: BelboError | None = None
        with self.uow.write() as s:  # a wrong old password counts like a failed login
            member = s.get(StaffMember, actor.staff_id)
            if member is None or member.deleted_at is not None:
                raise NotFound(Message("not_found", {"what": "staff"}))
            if not member.active:
                raise AuthenticationFailed(Message("account_inactive"))
            now = self.clock.now()
            if member.locked_until is not None and member.locked_until > now:
                raise AccountLocked(
                    Message("locked_out", {"until": _local_time(member.locked_until)})
                )
            if not self.hasher.verify(member.password_hash, old_password):
                locked = self._count_failure(s, member, "password_change_failed")
                refusal = locked or ValidationError(
                    {"old_password": Message("old_password_wrong"), **errors}
                )
            elif errors:
                refusal = ValidationError(errors)
            else:
                member.password_hash = self.hasher.hash(new_password)
                member.failed_attempts = 0
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "password_changed",
                    target_type="staff",
                    target_id=member.id,
                )
        if refusal is not None:  # raised after the commit, so the failure is counted
            raise refusal

    def set_pin(self, actor: Actor, staff_id: uuid.UUID, pin: str) -> None:
        if actor.staff_id != staff_id:
            actor.require(Right.MANAGE_STAFF)
        if not re.fullmatch(r"\d{4,6}", pin):
            raise ValidationError({"pin": Message("pin_invalid")})
        with self.uow.write() as s:
            member = self._target(s, actor, staff_id)
            member.pin_hash = self.hasher.hash(pin)
            audit.record(
                s, self.clock, actor, "staff_pin_set", target_type="staff", target_id=staff_id
            )

    def clear_pin(self, actor: Actor, staff_id: uuid.UUID) -> None:
        """No PIN: the person can no longer switch in at the till, only log in."""
        if actor.staff_id != staff_id:
            actor.require(Right.MANAGE_STAFF)
        with self.uow.write() as s:
            member = self._target(s, actor, staff_id)
            if member.pin_hash is None:
                return
            member.pin_hash = None
            audit.record(
                s, self.clock, actor, "staff_pin_cleared", target_type="staff", target_id=staff_id
            )

    def unlock(self, actor: Actor, staff_id: uuid.UUID) -> StaffRow:
        """Lift a lockout after too many wrong passwords before it runs out by itself."""
        actor.require(Right.MANAGE_STAFF)
        with self.uow.write() as s:
            member = self._target(s, actor, staff_id)
            now = self.clock.now()
            if member.locked_until is not None and member.locked_until > now:
                audit.record(
                    s, self.clock, actor, "staff_unlocked", target_type="staff", target_id=staff_id
                )
            member.locked_until = None
            member.failed_attempts = 0
            return _row(member, now)

    # --- guard rails ------------------------------------------------------------------

    def _target(
        self, s: Session, actor: Actor, staff_id: uuid.UUID, *, editing: bool = True
    ) -> StaffMember:
        """The account at the actor's location; an owner's account only for owners."""
        member = s.get(StaffMember, staff_id)
        if (
            member is None
            or member.deleted_at is not None
            or member.location_id != actor.location_id
        ):
            raise NotFound(Message("not_found", {"what": "staff"}))
        if (
            editing
            and member.role == Role.OWNER.value
            and actor.role is not Role.OWNER
            and member.id != actor.staff_id
        ):
            raise PermissionDenied(Message("staff_owner_only"))
        return member

    def _guard_last(
        self,
        s: Session,
        member: StaffMember,
        *,
        active: bool,
        role: Role,
        rights: frozenset[Right],
    ) -> None:
        """Refuse a change that leaves the location without an active owner, or without
        anyone who can manage staff (nobody could repair that from the app)."""
        if not member.active:
            return  # an inactive account holds nothing the location depends on
        others = s.scalars(
            select(StaffMember).where(
                StaffMember.location_id == member.location_id,
                StaffMember.active.is_(True),
                StaffMember.deleted_at.is_(None),
                StaffMember.id != member.id,
            )
        ).all()
        field = "role" if active else None  # deactivating has no form field
        stays_owner = active and role is Role.OWNER
        loses_owner = member.role == Role.OWNER.value and not stays_owner
        if loses_owner and not any(o.role == Role.OWNER.value for o in others):
            _refuse(field, Message("staff_last_owner", {"name": member.display_name}))
        keeps_staff_right = active and Right.MANAGE_STAFF in rights
        loses_staff_right = Right.MANAGE_STAFF in _rights_of(member) and not keeps_staff_right
        if loses_staff_right and not any(Right.MANAGE_STAFF in _rights_of(o) for o in others):
            if active and role is Role(member.role):
                field = "rights"  # only the checklist took it away
            _refuse(field, Message("staff_last_manager", {"name": member.display_name}))


def _refuse(field: str | None, message: Message) -> None:
    """A guard rail: next to the form field it concerns, or as a plain refusal."""
    if field is None:
        raise BelboError(message)
    raise ValidationError({field: message})


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
    if not username:
        errors["username"] = Message("required", {"label": "username"})
    elif not re.fullmatch(r"[a-z0-9._-]{2,60}", username):
        errors["username"] = Message("username_invalid")
    display_name, address, profile_errors = _checked_profile(display_name, email)
    errors.update(profile_errors)
    if len(password) < MIN_PASSWORD:
        errors["password"] = Message("password_too_short", {"min": MIN_PASSWORD})
    if pin is not None and not re.fullmatch(r"\d{4,6}", pin):
        errors["pin"] = Message("pin_invalid")
    return _Account(username, display_name, address, errors)


def _checked_profile(
    display_name: str, email: str | None
) -> tuple[str, str | None, dict[str, Message]]:
    """The cleaned name and email of an account, and what is wrong with them."""
    errors: dict[str, Message] = {}
    display_name = clean(display_name)
    if not display_name:
        errors["display_name"] = Message("required", {"label": "display_name"})
    elif len(display_name) > 120 or has_control_chars(display_name):
        errors["display_name"] = Message("too_long", {"label": "display_name", "max": 120})
    address = clean(email)
    if address:
        from email_validator import EmailNotValidError, validate_email  # start-up cost

        try:
            address = validate_email(address, check_deliverability=False).normalized
        except EmailNotValidError:
            errors["email"] = Message("email_invalid")
    return display_name, address or None, errors


def _relabel(message: Message, label: str) -> Message:
    return Message(message.code, {**message.params, "label": label})


def _local_time(at: dt.datetime) -> str:
    return at.astimezone(BERLIN).strftime("%H:%M")


def _unwrap(outcome: Actor | BelboError) -> Actor:
    if isinstance(outcome, BelboError):
        raise outcome
    return outcome
