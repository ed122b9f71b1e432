"""Erasure (Art. 17) by anonymisation: personal data gone, search cleaned, proof kept."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from sqlalchemy import select

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from belbo_desktop.domain.privacy import ConsentKind
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.storage.orm import Consent, Customer, CustomFieldValue
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.privacy.conftest import PrivacyFields


def _customer(app: App, salon: Salon, fields: PrivacyFields):  # type: ignore[no-untyped-def]
    c = a_customer(
        app,
        salon.manager,
        first_name="Ottilie",
        last_name="Quastenflosser",
        email="ottilie@example.de",
        notes="mag Tee",
        custom={fields.skin: "sehr trocken", fields.formula: "6/0 geheim"},
    )
    app.privacy.give_consent(salon.manager, c.id, ConsentKind.MARKETING_EMAIL)
    return c


def test_erasure_removes_personal_data_and_cleans_the_search(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    c = _customer(app, salon, fields)
    assert app.customers.count(salon.manager, CustomerQuery(text="Quastenfl")) == 1
    result = app.privacy.erase(
        salon.manager, c.id, reason="Löschung auf Wunsch", confirmation=str(c.number)
    )
    assert result.values_removed == 2
    assert app.customers.count(salon.manager, CustomerQuery(text="Quastenfl")) == 0
    assert app.customers.count(salon.manager, CustomerQuery(text="ottilie")) == 0
    with pytest.raises(NotFound):
        app.customers.get(salon.manager, c.id)
    with app.uow.read() as s:
        row = s.get(Customer, c.id)
        assert row is not None and row.deleted_at is not None
        assert (row.first_name, row.email, row.notes, row.birthday) == ("", None, None, None)
        assert "Quastenflosser" not in row.search_text
        assert not s.scalars(
            select(CustomFieldValue).where(CustomFieldValue.customer_id == c.id)
        ).all()
    assert _open_consents(app, c.id) == 0
    entry = app.audit.entries(salon.owner, action="customer_erased")[0]
    assert entry.target_id == str(c.id) and entry.staff_name == "Leitung"


def test_erasure_deletes_earlier_report_files_on_this_pc(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    c = _customer(app, salon, fields)
    other = a_customer(app, salon.manager, last_name="Bleibt")
    files = app.privacy.create_report(salon.manager, c.id)
    kept = app.privacy.create_report(salon.manager, other.id)
    app.privacy.erase(salon.manager, c.id, reason="Wunsch", confirmation=str(c.number))
    assert not any(p.exists() for p in files.paths)
    assert all(p.exists() for p in kept.paths)


def test_erased_names_are_not_left_in_the_database_file(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    c = _customer(app, salon, fields)
    app.privacy.erase(salon.manager, c.id, reason="Wunsch", confirmation=str(c.number))
    app.uow.engine.dispose()
    con = sqlite3.connect(app.paths.database)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = app.paths.database.read_bytes()
    assert b"Quastenflosser" not in raw and b"quastenflosser" not in raw
    assert b"ottilie@example.de" not in raw and b"mag Tee" not in raw


def test_erasure_needs_the_right_the_reason_and_the_number(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    c = _customer(app, salon, fields)
    with pytest.raises(PermissionDenied):
        app.privacy.erase(salon.front_desk, c.id, reason="x", confirmation=str(c.number))
    with pytest.raises(ValidationError):
        app.privacy.erase(salon.manager, c.id, reason=" ", confirmation=str(c.number))
    with pytest.raises(ValidationError) as err:
        app.privacy.erase(salon.manager, c.id, reason="Wunsch", confirmation="123")
    assert str(c.number) in err.value.errors["confirmation"].text()
    assert app.customers.get(salon.manager, c.id).last_name == "Quastenflosser"
    assert not app.audit.entries(salon.owner, action="customer_erased")


def _open_consents(app: App, customer_id: uuid.UUID) -> int:
    with app.uow.read() as s:
        return len(
            s.scalars(
                select(Consent).where(
                    Consent.customer_id == customer_id, Consent.withdrawn_at.is_(None)
                )
            ).all()
        )


def test_erasure_request_stays_in_the_register_without_the_name(
    app: App, salon: Salon, fields: PrivacyFields
) -> None:
    import datetime as dt

    from belbo_desktop.domain.privacy import Channel, RequestInput, RequestKind, RequestStatus

    c = _customer(app, salon, fields)
    req = app.privacy.register_request(
        salon.manager,
        c.id,
        RequestInput(
            RequestKind.ERASURE, Channel.EMAIL, dt.date(2026, 11, 20), "Mail von Ottilie Q."
        ),
    )
    app.privacy.verify_identity(salon.manager, req.id, "Anfrage von der hinterlegten Adresse")
    app.privacy.erase(
        salon.manager, c.id, reason="Art. 17", confirmation=str(c.number), request_id=req.id
    )
    done = app.privacy.close_request(salon.manager, req.id, RequestStatus.FULFILLED)
    assert done.customer_name == "Gelöschter Kunde"
    assert done.customer_number == c.number
    assert done.note is None  # the request text named the person
    erased = app.audit.entries(salon.owner, action="customer_erased")[0]
    assert erased.details["request_id"] == str(req.id)
