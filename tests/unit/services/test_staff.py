from __future__ import annotations

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    ValidationError,
)
from belbo_desktop.domain.rights import Right, Role
from belbo_desktop.services.ports import FixedClock
from tests.conftest import PASSWORD, Salon


def test_login_gives_the_roles_rights(app: App, salon: Salon) -> None:
    owner = app.staff.login("Chefin", PASSWORD)  # user names are case-insensitive
    assert owner.can(Right.MANAGE_STAFF) and owner.can(Right.PRIVACY_SETTINGS)
    desk = app.staff.login("empfang", PASSWORD)
    assert desk.can(Right.SELL) and desk.can(Right.EDIT_CUSTOMERS)
    assert not desk.can(Right.EXPORT_CUSTOMERS)
    assert not desk.can(Right.MANAGE_CUSTOM_FIELDS)
    assert desk.why_not(Right.CANCEL_SALES) == "Dafür fehlt Ihnen das Recht „Verkäufe stornieren“."


def test_wrong_password_and_unknown_user_look_the_same(app: App, salon: Salon) -> None:
    with pytest.raises(AuthenticationFailed) as wrong:
        app.staff.login("empfang", "falsch")
    with pytest.raises(AuthenticationFailed) as unknown:
        app.staff.login("niemand", "falsch")
    assert wrong.value.text() == unknown.value.text() == "Benutzername oder Passwort ist falsch."


def test_five_failures_lock_the_account_for_a_while(
    app: App, salon: Salon, clock: FixedClock
) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            app.staff.login("empfang", "falsch")
    with pytest.raises(AccountLocked) as locked:
        app.staff.login("empfang", "falsch")
    assert "gesperrt" in locked.value.text()
    with pytest.raises(AccountLocked):
        app.staff.login("empfang", PASSWORD)  # even the right password, while locked
    clock.advance(minutes=16)
    assert app.staff.login("empfang", PASSWORD).username == "empfang"
    actions = [e.action for e in app.audit.entries(salon.owner)]
    assert actions.count("login_failed") == 5


def test_pin_switch(app: App, salon: Salon) -> None:
    desk_id = salon.front_desk.staff_id
    assert app.staff.switch_by_pin(desk_id, "3333").staff_id == desk_id
    with pytest.raises(AuthenticationFailed) as info:
        app.staff.switch_by_pin(desk_id, "0000")
    assert info.value.text() == "Die PIN ist falsch."


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("username", {"username": "a b"}),
        ("username", {"username": "x"}),
        ("display_name", {"display_name": ""}),
        ("password", {"password": "kurz"}),
        ("pin", {"pin": "12"}),
        ("pin", {"pin": "12ab"}),
        ("username", {"username": "chefin"}),
        ("username", {"username": ""}),
        ("email", {"email": "keine-adresse"}),
        ("email", {"email": "a@b@c.de"}),
    ],
)
def test_staff_input_is_checked(app: App, salon: Salon, field: str, kwargs: dict[str, str]) -> None:
    values = dict(username="neu", display_name="Neu", password="lang-genug-1", pin="1234")
    values.update(kwargs)
    before = len(app.staff.list_staff(salon.owner))
    with pytest.raises(ValidationError) as info:
        app.staff.create_staff(
            salon.owner, location_id=salon.location_id, role=Role.FRONT_DESK, **values
        )
    assert field in info.value.errors
    assert info.value.errors[field].text("de") and info.value.errors[field].text("en")
    assert len(app.staff.list_staff(salon.owner)) == before


def test_only_staff_managers_create_staff(app: App, salon: Salon) -> None:
    with pytest.raises(PermissionDenied):
        app.staff.create_staff(
            salon.manager,
            location_id=salon.location_id,
            username="neu",
            display_name="Neu",
            role=Role.OWNER,
            password="lang-genug-1",
        )


def test_export_recipients_are_owner_addresses_only(app: App, salon: Salon) -> None:
    assert app.staff.admin_emails(salon.owner) == ["chefin@salon.example"]
