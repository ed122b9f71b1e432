"""Neuen Betrieb einrichten: the first location and owner, all or nothing, only once."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import PermissionDenied, ValidationError
from belbo_desktop.domain.rights import Right, Role
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.storage.orm import AuditEntry, Location, StaffMember
from tests.conftest import PASSWORD, Salon

SALON = BusinessData(
    name="Salon Sonnenschein",
    street="Hauptstraße 5",
    postcode="80331",
    city="München",
    tax_number="143/123/45678",
)


def _counts(app: App) -> tuple[int, int, int]:
    with app.uow.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Location)) or 0,
            s.scalar(select(func.count()).select_from(StaffMember)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def _create(app: App, business: BusinessData = SALON, **overrides: object) -> object:
    values: dict[str, object] = dict(
        username="Sabine.Krueger",
        display_name="Sabine Krüger",
        password=PASSWORD,
        pin="4711",
        email="sabine@sonnenschein.example",
    )
    values.update(overrides)
    return app.staff.create_first_owner(business, **values)  # type: ignore[arg-type]


def test_a_new_salon_gets_its_location_and_an_owner_who_can_log_in(app: App) -> None:
    made = _create(app)
    owner = app.staff.login("sabine.krueger", PASSWORD)
    assert owner.staff_id == made.staff_id and owner.location_id == made.location_id
    assert owner.role is Role.OWNER and owner.can(Right.MANAGE_STAFF)
    assert app.locations.current(owner).business == SALON
    assert app.staff.switch_by_pin(owner.staff_id, "4711").username == "sabine.krueger"
    assert app.staff.admin_emails(owner) == ["sabine@sonnenschein.example"]
    actions = [e.action for e in app.audit.entries(owner, limit=10)]
    assert {"location_created", "staff_created", "login"} <= set(actions)


def test_every_bad_field_is_named_at_once_and_nothing_is_written(app: App) -> None:
    before = _counts(app)
    with pytest.raises(ValidationError) as err:
        _create(
            app,
            BusinessData(name="  ", tax_number="x" * 201),
            username="ä b",
            display_name="",
            password="kurz",
            pin="12",
            email="sabine@",
        )
    texts = err.value.texts()
    assert set(texts) == {
        "name",
        "tax_number",
        "username",
        "display_name",
        "password",
        "pin",
        "email",
    }
    assert texts["name"] == "Bitte Name des Betriebs angeben."
    assert texts["tax_number"] == "Steuernummer darf höchstens 200 Zeichen lang sein."
    assert texts["password"] == "Das Passwort muss mindestens 8 Zeichen lang sein."
    assert err.value.texts("en")["name"] == "Please enter Business name."
    assert _counts(app) == before


def test_refused_once_any_staff_member_exists(app: App, salon: Salon) -> None:
    before = _counts(app)
    with pytest.raises(PermissionDenied) as err:
        _create(app, username="eindringling")
    assert "bereits eingerichtet" in err.value.text()
    assert _counts(app) == before


def test_refused_when_a_location_exists_without_staff(app: App) -> None:
    """A hub's first sync may have brought the location before its staff."""
    app.locations.create(None, BusinessData(name="Salon vom Hub"))
    before = _counts(app)
    with pytest.raises(PermissionDenied):
        _create(app)
    assert _counts(app) == before


def test_a_second_attempt_after_success_is_refused(app: App) -> None:
    _create(app)
    with pytest.raises(PermissionDenied):
        _create(app, username="zweite")
    assert _counts(app)[:2] == (1, 1)
