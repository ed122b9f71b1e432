"""Every field fed bad input: a clear message for that field, and nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.customers import CustomerInput
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.storage.orm import AuditEntry, Customer
from tests.conftest import Salon

VALID = dict(
    first_name="Anna",
    last_name="Müller",
    email="anna@example.de",
    phone="0176 1234567",
    birthday="01.02.1990",
    street="Hauptstraße 1",
    postcode="10115",
    city="Berlin",
    notes="Mag kurze Termine",
)
HUGE = "x" * 10_000
BAD: list[tuple[str, object, str]] = [
    ("first_name", "", "Bitte Vorname angeben."),
    ("first_name", "   ", "Bitte Vorname angeben."),
    ("first_name", "x" * 101, "höchstens 100 Zeichen"),
    ("first_name", HUGE, "höchstens 100 Zeichen"),
    ("first_name", "An\x00na", "Steuerzeichen"),
    ("first_name", "An\nna", "Steuerzeichen"),
    ("last_name", "", "Bitte Nachname angeben."),
    ("last_name", "Mül\x1bler", "Steuerzeichen"),
    ("last_name", HUGE, "höchstens 100 Zeichen"),
    ("email", "anna", "@-Zeichen"),
    ("email", "anna@", "Domain"),
    ("email", "@example.de", "Vor dem @"),
    ("email", "anna@@example.de", "E-Mail-Adresse ist ungültig"),
    ("email", "anna@example.de'; DROP TABLE customers;--", "E-Mail-Adresse ist ungültig"),
    ("email", "x" * 300 + "@example.de", "E-Mail"),
    ("phone", "12", "Telefonnummer ist ungültig"),
    ("phone", "abc", "Telefonnummer ist ungültig"),
    ("phone", "0176 12345678901234567890", "Telefonnummer ist ungültig"),
    ("phone", "😀", "Telefonnummer ist ungültig"),
    ("phone", HUGE, "höchstens 40 Zeichen"),
    ("birthday", "31.02.2000", "TT.MM.JJJJ"),
    ("birthday", "gestern", "TT.MM.JJJJ"),
    ("birthday", "01.01.2999", "Zukunft"),
    ("birthday", "31.12.1899", "vor 1900"),
    ("birthday", "2000-13-01", "TT.MM.JJJJ"),
    ("postcode", "1", "Postleitzahl"),
    ("postcode", "10115'--", "Postleitzahl"),
    ("street", HUGE, "höchstens 200 Zeichen"),
    ("street", "Haupt\x00straße", "Steuerzeichen"),
    ("city", "x" * 101, "höchstens 100 Zeichen"),
    ("notes", "x" * 5001, "höchstens 5000 Zeichen"),
    ("notes", "ok\x07", "Steuerzeichen"),
]


def _counts(app: App) -> tuple[int, int]:
    with app.uow.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Customer)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


@pytest.mark.parametrize(
    ("field", "value", "expected"), BAD, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(BAD)]
)
def test_bad_input_gives_a_clear_message_and_writes_nothing(
    app: App, salon: Salon, field: str, value: object, expected: str
) -> None:
    before = _counts(app)
    data = CustomerInput(**{**VALID, field: value})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        app.customers.create(salon.owner, data)
    assert field in info.value.errors
    assert expected in info.value.texts()[field]
    assert info.value.texts("en")[field]  # an English text exists too
    assert _counts(app) == before


@pytest.mark.parametrize(
    "value",
    [
        "Müller-Lüdenscheidt",
        "Özdemir",
        "Łukasz",
        "Zoë 😀",
        "محمد",
        "O'Brien",
        "Robert'); DROP TABLE customers;--",
    ],
)
def test_unusual_but_valid_names_are_stored_exactly(app: App, salon: Salon, value: str) -> None:
    created = app.customers.create(salon.owner, CustomerInput(**{**VALID, "last_name": value}))
    assert app.customers.get(salon.owner, created.id).last_name == value


def test_bad_update_changes_nothing(app: App, salon: Salon) -> None:
    created = app.customers.create(salon.owner, CustomerInput(**VALID))  # type: ignore[arg-type]
    before = _counts(app)
    with pytest.raises(ValidationError):
        app.customers.update(
            salon.owner, created.id, CustomerInput(**{**VALID, "city": "Berlin", "email": "kaputt"})
        )
    assert app.customers.get(salon.owner, created.id) == created
    assert _counts(app) == before
