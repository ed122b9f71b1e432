"""Managing staff: editing, rights on top of the role, deactivation, passwords, PINs,
lockouts, and the guard rails that keep a location manageable. Every refusal changes
nothing (checked by comparing the account and the audit log before and after)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    BelboError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from belbo_desktop.domain.rights import ROLE_RIGHTS, Right, Role
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.services.staff import StaffRow
from tests.conftest import PASSWORD, Salon

NEW_PASSWORD = "ganz-neues-passwort"


def _row(app: App, salon: Salon, staff_id: uuid.UUID) -> StaffRow:
    return app.staff.get_staff(salon.owner, staff_id)


def _log(app: App, salon: Salon) -> list[str]:
    return [e.action for e in app.audit.entries(salon.owner, limit=10_000)]


def _refused(
    app: App, salon: Salon, error: type[BelboError], call: Callable[[], object]
) -> BelboError:
    """Run ``call``, expect ``error``, and check that nothing changed."""
    staff_before = app.staff.list_staff(salon.owner)
    log_before = _log(app, salon)
    with pytest.raises(error) as info:
        call()
    assert app.staff.list_staff(salon.owner) == staff_before
    assert _log(app, salon) == log_before
    assert info.value.text("de") != info.value.text("en")  # both languages in the catalogue
    return info.value


def _hire(app: App, salon: Salon, username: str = "mia", role: Role = Role.FRONT_DESK) -> uuid.UUID:
    return app.staff.create_staff(
        salon.owner,
        location_id=salon.location_id,
        username=username,
        display_name=username.title(),
        role=role,
        password=PASSWORD,
        pin="4444",
    )


def _with_staff_right(app: App, salon: Salon) -> Actor:
    """The manager with 'Mitarbeiter verwalten' granted on top of the role."""
    app.staff.update_staff(
        salon.owner,
        salon.manager.staff_id,
        display_name="Leitung",
        email=None,
        role=Role.MANAGER,
        rights=ROLE_RIGHTS[Role.MANAGER] | {Right.MANAGE_STAFF},
    )
    return app.staff.login("leitung", PASSWORD)


# --- editing ---------------------------------------------------------------------------


def test_edit_name_email_and_role_is_audited(app: App, salon: Salon) -> None:
    mia = _hire(app, salon)
    row = app.staff.update_staff(
        salon.owner,
        mia,
        display_name="  Mia Sommer ",
        email="Mia@Salon.example",
        role=Role.MANAGER,
    )
    assert (row.display_name, row.email, row.role) == (
        "Mia Sommer",
        "Mia@salon.example",
        Role.MANAGER,
    )
    assert row.rights == ROLE_RIGHTS[Role.MANAGER]
    entry = app.audit.entries(salon.owner, target_id=str(mia), action="staff_changed")[0]
    assert entry.details["fields"] == ["display_name", "email", "role"]
    assert entry.details["role_before"] == "front_desk"
    assert "export_customers" in entry.details["granted"]  # type: ignore[operator]
    assert app.staff.login("mia", PASSWORD).can(Right.EXPORT_CUSTOMERS)


def test_saving_without_a_change_writes_no_entry(app: App, salon: Salon) -> None:
    mia = _hire(app, salon)
    before = _log(app, salon)
    app.staff.update_staff(salon.owner, mia, display_name="Mia", email=None, role=Role.FRONT_DESK)
    assert _log(app, salon) == before


@pytest.mark.parametrize(
    ("field", "name", "email"),
    [("display_name", "", None), ("display_name", "x" * 121, None), ("email", "Mia", "mia@")],
)
def test_bad_profile_is_refused(
    app: App, salon: Salon, field: str, name: str, email: str | None
) -> None:
    mia = _hire(app, salon)
    error = _refused(
        app,
        salon,
        ValidationError,
        lambda: app.staff.update_staff(
            salon.owner, mia, display_name=name, email=email, role=Role.FRONT_DESK
        ),
    )
    assert isinstance(error, ValidationError) and field in error.errors


def test_rights_on_top_of_the_role_round_trip(app: App, salon: Salon) -> None:
    mia = _hire(app, salon)
    wanted = (ROLE_RIGHTS[Role.FRONT_DESK] | {Right.EXPORT_CUSTOMERS}) - {Right.EDIT_CUSTOMERS}
    row = app.staff.update_staff(
        salon.owner, mia, display_name="Mia", email=None, role=Role.FRONT_DESK, rights=wanted
    )
    assert row.granted_rights == {Right.EXPORT_CUSTOMERS}
    assert row.revoked_rights == {Right.EDIT_CUSTOMERS}
    assert _row(app, salon, mia).rights == wanted
    mia_actor = app.staff.login("mia", PASSWORD)
    assert mia_actor.can(Right.EXPORT_CUSTOMERS) and not mia_actor.can(Right.EDIT_CUSTOMERS)
    entry = app.audit.entries(salon.owner, target_id=str(mia), action="staff_changed")[0]
    assert entry.details["granted"] == ["export_customers"]
    assert entry.details["revoked"] == ["edit_customers"]
    # a new role keeps the person's adjustments that still differ from it
    row = app.staff.update_staff(
        salon.owner, mia, display_name="Mia", email=None, role=Role.MANAGER
    )
    assert row.granted_rights == frozenset()  # managers export anyway
    assert row.revoked_rights == {Right.EDIT_CUSTOMERS}


def test_nobody_grants_a_right_they_do_not_hold(app: App, salon: Salon) -> None:
    manager = _with_staff_right(app, salon)
    assert not manager.can(Right.PRIVACY_SETTINGS)
    mia = _hire(app, salon)
    error = _refused(
        app,
        salon,
        ValidationError,
        lambda: app.staff.update_staff(
            manager,
            mia,
            display_name="Mia",
            email=None,
            role=Role.FRONT_DESK,
            rights=ROLE_RIGHTS[Role.FRONT_DESK] | {Right.PRIVACY_SETTINGS},
        ),
    )
    assert "Datenschutzeinstellungen" in error.text()


# --- owners and the last ones ------------------------------------------------------------


def test_a_manager_cannot_make_or_touch_an_owner(app: App, salon: Salon) -> None:
    manager = _with_staff_right(app, salon)
    mia = _hire(app, salon)
    owner = salon.owner.staff_id
    calls: list[Callable[[], object]] = [
        lambda: app.staff.create_staff(
            manager,
            location_id=salon.location_id,
            username="boss",
            display_name="Boss",
            role=Role.OWNER,
            password=PASSWORD,
        ),
        lambda: app.staff.update_staff(
            manager, mia, display_name="Mia", email=None, role=Role.OWNER
        ),
        lambda: app.staff.update_staff(
            manager, owner, display_name="Chefin", email=None, role=Role.OWNER
        ),
        lambda: app.staff.set_active(manager, owner, False),
        lambda: app.staff.reset_password(manager, owner, NEW_PASSWORD),
        lambda: app.staff.set_pin(manager, owner, "9999"),
        lambda: app.staff.clear_pin(manager, owner),
        lambda: app.staff.unlock(manager, owner),
    ]
    for call in calls:
        error = _refused(app, salon, PermissionDenied, call)
        assert "Nur eine Inhaberin" in error.text()
    # what a manager with the right may do: manage the others
    app.staff.set_active(manager, mia, False)
    assert not _row(app, salon, mia).active


def test_the_last_active_owner_stays(app: App, salon: Salon) -> None:
    owner = salon.owner.staff_id
    error = _refused(
        app,
        salon,
        ValidationError,
        lambda: app.staff.update_staff(
            salon.owner, owner, display_name="Chefin", email=None, role=Role.MANAGER
        ),
    )
    assert isinstance(error, ValidationError) and "role" in error.errors
    assert "letzte aktive Inhaberin" in error.text()
    # a second owner: now the first may step down, but the second is then the last one
    second = _hire(app, salon, "zweite", Role.OWNER)
    app.staff.update_staff(salon.owner, owner, display_name="Chefin", email=None, role=Role.MANAGER)
    _refused(app, salon, BelboError, lambda: app.staff.set_active(salon.owner, second, False))


def test_an_inactive_owner_does_not_count(app: App, salon: Salon) -> None:
    second = _hire(app, salon, "zweite", Role.OWNER)
    app.staff.set_active(salon.owner, second, False)
    _refused(
        app,
        salon,
        ValidationError,
        lambda: app.staff.update_staff(
            salon.owner,
            salon.owner.staff_id,
            display_name="Chefin",
            email=None,
            role=Role.FRONT_DESK,
        ),
    )


def test_the_last_one_who_manages_staff_keeps_the_right(app: App, salon: Salon) -> None:
    owner = salon.owner.staff_id
    error = _refused(
        app,
        salon,
        ValidationError,
        lambda: app.staff.update_staff(
            salon.owner,
            owner,
            display_name="Chefin",
            email=None,
            role=Role.OWNER,
            rights=frozenset(Right) - {Right.MANAGE_STAFF},
        ),
    )
    assert isinstance(error, ValidationError) and "rights" in error.errors
    assert "Mitarbeiter verwalten" in error.text()
    # once the manager holds it too, the owner may give it up
    _with_staff_right(app, salon)
    row = app.staff.update_staff(
        salon.owner,
        owner,
        display_name="Chefin",
        email=None,
        role=Role.OWNER,
        rights=frozenset(Right) - {Right.MANAGE_STAFF},
    )
    assert Right.MANAGE_STAFF in row.revoked_rights


def test_you_cannot_deactivate_yourself(app: App, salon: Salon) -> None:
    _hire(app, salon, "zweite", Role.OWNER)
    error = _refused(
        app,
        salon,
        PermissionDenied,
        lambda: app.staff.set_active(salon.owner, salon.owner.staff_id, False),
    )
    assert "eigenes Konto" in error.text()


# --- deactivation ---------------------------------------------------------------------


def test_a_deactivated_member_cannot_log_in_or_switch_until_reactivated(
    app: App, salon: Salon
) -> None:
    mia = _hire(app, salon)
    row = app.staff.set_active(salon.owner, mia, False)
    assert not row.active
    with pytest.raises(AuthenticationFailed) as info:
        app.staff.login("mia", PASSWORD)
    assert info.value.text() == "Dieses Konto ist deaktiviert."
    with pytest.raises(AuthenticationFailed):
        app.staff.switch_by_pin(mia, "4444")
    assert mia not in [r.id for r in app.staff.login_choices()]
    assert mia in [r.id for r in app.staff.list_staff(salon.owner)]  # never deleted
    app.staff.set_active(salon.owner, mia, True)
    assert app.staff.login("mia", PASSWORD).staff_id == mia
    actions = _log(app, salon)
    assert "staff_deactivated" in actions and "staff_reactivated" in actions


def test_only_staff_managers_manage_and_only_here(app: App, salon: Salon) -> None:
    mia = _hire(app, salon)
    for call in (
        lambda: app.staff.set_active(salon.front_desk, mia, False),
        lambda: app.staff.reset_password(salon.manager, mia, NEW_PASSWORD),
        lambda: app.staff.unlock(salon.front_desk, mia),
        lambda: app.staff.update_staff(
            salon.front_desk, mia, display_name="X", email=None, role=Role.FRONT_DESK
        ),
    ):
        _refused(app, salon, PermissionDenied, call)
    other = app.locations.create(
        salon.owner,
        BusinessData(
            name="Filiale", street="Weg 2", postcode="10115", city="Berlin", tax_number="1/2/3"
        ),
    )
    stranger = app.staff.create_staff(
        salon.owner,
        location_id=other,
        username="fremd",
        display_name="Fremd",
        role=Role.FRONT_DESK,
        password=PASSWORD,
    )
    _refused(app, salon, NotFound, lambda: app.staff.set_active(salon.owner, stranger, False))


# --- passwords, PINs, lockouts ---------------------------------------------------------


def test_reset_password_lets_her_in_with_the_new_one_and_lifts_a_lockout(
    app: App, salon: Salon
) -> None:
    mia = _hire(app, salon)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            app.staff.login("mia", "falsch")
    assert _row(app, salon, mia).locked
    app.staff.reset_password(salon.owner, mia, NEW_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        app.staff.login("mia", PASSWORD)
    assert app.staff.login("mia", NEW_PASSWORD).staff_id == mia
    entry = app.audit.entries(salon.owner, target_id=str(mia), action="staff_password_reset")[0]
    assert entry.details == {"unlocked": True}  # never the password or its hash


def test_reset_password_refusals(app: App, salon: Salon) -> None:
    mia = _hire(app, salon)
    error = _refused(
        app, salon, ValidationError, lambda: app.staff.reset_password(salon.owner, mia, "kurz")
    )
    assert isinstance(error, ValidationError) and "new_password" in error.errors
    error = _refused(
        app,
        salon,
        PermissionDenied,
        lambda: app.staff.reset_password(salon.owner, salon.owner.staff_id, NEW_PASSWORD),
    )
    assert "Konto > Passwort ändern" in error.text()


def test_change_own_password_needs_the_old_one(app: App, salon: Salon) -> None:
    desk = salon.front_desk
    error = _refused(
        app, salon, ValidationError, lambda: app.staff.change_own_password(desk, PASSWORD, "kurz")
    )
    assert isinstance(error, ValidationError) and "new_password" in error.errors
    error = _refused(
        app,
        salon,
        ValidationError,
        lambda: app.staff.change_own_password(desk, PASSWORD, PASSWORD),
    )
    assert "unterscheiden" in error.text()
    app.staff.change_own_password(desk, PASSWORD, NEW_PASSWORD)  # no right needed
    assert app.staff.login("empfang", NEW_PASSWORD).staff_id == desk.staff_id
    assert "password_changed" in _log(app, salon)


def test_a_wrong_old_password_counts_like_a_failed_login(app: App, salon: Salon) -> None:
    desk = salon.front_desk
    for _ in range(4):
        with pytest.raises(ValidationError) as info:
            app.staff.change_own_password(desk, "falsch", NEW_PASSWORD)
        assert "old_password" in info.value.errors
    assert _log(app, salon).count("password_change_failed") == 4
    with pytest.raises(AccountLocked):  # the fifth locks the account, as at the login
        app.staff.change_own_password(desk, "falsch", NEW_PASSWORD)
    with pytest.raises(AccountLocked):  # even the right password waits now
        app.staff.change_own_password(desk, PASSWORD, NEW_PASSWORD)
    with pytest.raises(AccountLocked):
        app.staff.login("empfang", PASSWORD)


def test_set_and_clear_pin(app: App, salon: Salon) -> None:
    mia = _hire(app, salon)
    _refused(app, salon, ValidationError, lambda: app.staff.set_pin(salon.owner, mia, "12a4"))
    app.staff.set_pin(salon.owner, mia, "987654")
    assert app.staff.switch_by_pin(mia, "987654").staff_id == mia
    app.staff.clear_pin(salon.owner, mia)
    assert not _row(app, salon, mia).has_pin
    with pytest.raises(AuthenticationFailed):
        app.staff.switch_by_pin(mia, "987654")
    # one's own PIN needs no right
    app.staff.set_pin(salon.front_desk, salon.front_desk.staff_id, "5555")
    assert "staff_pin_cleared" in _log(app, salon)


def test_unlock_a_locked_account(app: App, salon: Salon, clock: FixedClock) -> None:
    mia = _hire(app, salon)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            app.staff.login("mia", "falsch")
    with pytest.raises(AccountLocked):
        app.staff.login("mia", "falsch")
    assert _row(app, salon, mia).locked
    row = app.staff.unlock(salon.owner, mia)
    assert not row.locked
    assert app.staff.login("mia", PASSWORD).staff_id == mia
    assert "staff_unlocked" in _log(app, salon)
    before = _log(app, salon)
    app.staff.unlock(salon.owner, mia)  # not locked: nothing to record
    assert _log(app, salon) == before


def test_a_new_account_gets_the_checklist_rights_in_one_step(app: App, salon: Salon) -> None:
    wanted = ROLE_RIGHTS[Role.FRONT_DESK] | {Right.VIEW_AUDIT_LOG}
    mia = app.staff.create_staff(
        salon.owner,
        location_id=salon.location_id,
        username="mia",
        display_name="Mia",
        role=Role.FRONT_DESK,
        password=PASSWORD,
        rights=wanted,
    )
    assert _row(app, salon, mia).granted_rights == {Right.VIEW_AUDIT_LOG}
    entry = app.audit.entries(salon.owner, target_id=str(mia), action="staff_created")[0]
    assert entry.details["granted"] == ["view_audit_log"]
    manager = _with_staff_right(app, salon)
    error = _refused(
        app,
        salon,
        ValidationError,
        lambda: app.staff.create_staff(
            manager,
            location_id=salon.location_id,
            username="noah",
            display_name="Noah",
            role=Role.FRONT_DESK,
            password=PASSWORD,
            rights=ROLE_RIGHTS[Role.FRONT_DESK] | {Right.PRIVACY_SETTINGS},
        ),
    )
    assert isinstance(error, ValidationError) and "rights" in error.errors
