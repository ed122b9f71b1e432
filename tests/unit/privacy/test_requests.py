"""The requests register: deadlines, identity check, one extension, closing, attention."""

from __future__ import annotations

import datetime as dt

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import PermissionDenied, ValidationError
from belbo_desktop.domain.privacy import Channel, RequestInput, RequestKind, RequestStatus
from belbo_desktop.services.ports import FixedClock
from tests.builders import a_customer
from tests.conftest import Salon


def _request(app: App, salon: Salon, received: dt.date = dt.date(2026, 11, 20)):  # type: ignore[no-untyped-def]
    customer = a_customer(app, salon.manager)
    return app.privacy.register_request(
        salon.manager, customer.id, RequestInput(RequestKind.ACCESS, Channel.EMAIL, received)
    )


def test_a_request_gets_the_one_month_deadline(app: App, salon: Salon) -> None:
    req = _request(app, salon)
    assert req.deadline == dt.date(2026, 12, 20) and req.due == req.deadline
    assert req.status is RequestStatus.OPEN and not req.overdue
    assert app.audit.entries(salon.owner, action="privacy_request_registered")


def test_front_desk_cannot_see_or_register_requests(app: App, salon: Salon) -> None:
    customer = a_customer(app, salon.manager)
    with pytest.raises(PermissionDenied):
        app.privacy.register_request(
            salon.front_desk,
            customer.id,
            RequestInput(RequestKind.ACCESS, Channel.EMAIL, dt.date(2026, 11, 20)),
        )
    assert app.privacy.attention(salon.front_desk).open == 0
    assert app.privacy.requests(salon.manager) == []


def test_bad_received_date_changes_nothing(app: App, salon: Salon) -> None:
    customer = a_customer(app, salon.manager)
    with pytest.raises(ValidationError):
        app.privacy.register_request(
            salon.manager,
            customer.id,
            RequestInput(RequestKind.ACCESS, Channel.EMAIL, dt.date(2026, 12, 1)),
        )
    assert app.privacy.requests(salon.manager) == []


def test_extension_needs_a_reason_and_happens_once(app: App, salon: Salon) -> None:
    req = _request(app, salon)
    with pytest.raises(ValidationError):
        app.privacy.extend_request(salon.manager, req.id, "  ")
    assert app.privacy.requests(salon.manager)[0].extended_until is None
    extended = app.privacy.extend_request(salon.manager, req.id, "Sehr umfangreiche Daten")
    assert extended.due == dt.date(2027, 2, 20)
    assert extended.extension_reason == "Sehr umfangreiche Daten"
    with pytest.raises(ValidationError):
        app.privacy.extend_request(salon.manager, req.id, "noch einmal")
    assert app.privacy.requests(salon.manager)[0].due == dt.date(2027, 2, 20)


def test_fulfilled_only_after_identity_check(app: App, salon: Salon) -> None:
    req = _request(app, salon)
    with pytest.raises(ValidationError):
        app.privacy.close_request(salon.manager, req.id, RequestStatus.FULFILLED)
    assert app.privacy.requests(salon.manager)[0].status is RequestStatus.OPEN
    checked = app.privacy.verify_identity(salon.manager, req.id, "Personalausweis vorgelegt")
    assert checked.identity_verified_by == "Leitung"
    done = app.privacy.close_request(salon.manager, req.id, RequestStatus.FULFILLED)
    assert done.status is RequestStatus.FULFILLED and done.closed_at == app.clock.now()
    with pytest.raises(ValidationError):
        app.privacy.extend_request(salon.manager, req.id, "zu spät")


def test_rejection_needs_a_reason(app: App, salon: Salon) -> None:
    req = _request(app, salon)
    with pytest.raises(ValidationError):
        app.privacy.close_request(salon.manager, req.id, RequestStatus.REJECTED, "")
    rejected = app.privacy.close_request(
        salon.manager, req.id, RequestStatus.REJECTED, "Identität nicht nachweisbar"
    )
    assert rejected.outcome_note == "Identität nicht nachweisbar"


def test_attention_shows_overdue_and_due_soon(app: App, salon: Salon, clock: FixedClock) -> None:
    old = _request(app, salon, dt.date(2026, 10, 1))
    soon = _request(app, salon, dt.date(2026, 10, 28))
    _request(app, salon, dt.date(2026, 11, 23))
    summary = app.privacy.attention(salon.manager)
    assert (summary.open, summary.overdue, summary.due_soon) == (3, 1, 1)
    assert summary.rows[0].id == old.id and summary.rows[1].id == soon.id
    assert summary.rows[0].days_left < 0 and summary.needs_attention
    clock.advance(days=60)
    assert app.privacy.attention(salon.manager).overdue == 3
