"""The audit log viewer's service: filters, search by customer number, keyset paging."""

from __future__ import annotations

import datetime as dt

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import PermissionDenied
from belbo_desktop.services.audit import AuditQuery
from belbo_desktop.services.ports import FixedClock
from tests.builders import a_customer
from tests.conftest import Salon


def test_the_log_needs_the_right(app: App, salon: Salon) -> None:
    with pytest.raises(PermissionDenied) as info:
        app.audit.log_page(salon.front_desk)
    assert "Protokoll ansehen" in info.value.text()
    with pytest.raises(PermissionDenied):
        app.audit.actions(salon.front_desk)
    with pytest.raises(PermissionDenied):
        app.staff.staff_names(salon.front_desk)


def test_newest_first_with_readable_targets(app: App, salon: Salon, clock: FixedClock) -> None:
    clock.advance(minutes=1)
    anna = a_customer(app, salon.front_desk)
    rows = app.audit.log_page(salon.owner).rows
    assert rows[0].action == "customer_created"
    assert rows[0].staff_name == "Empfang"
    assert rows[0].target_name == str(anna.number)
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    logins = [r for r in rows if r.action == "login"]
    assert {r.target_name for r in logins} == {"Chefin", "Leitung", "Empfang"}


def test_filters(app: App, salon: Salon, clock: FixedClock) -> None:
    clock.advance(days=1)
    anna = a_customer(app, salon.front_desk)
    clock.advance(days=1)
    bert = a_customer(app, salon.owner, first_name="Bert", last_name="Kühn", email=None)
    today = dt.date(2026, 11, 26)

    def actions(**query: object) -> list[str]:
        return [r.action for r in app.audit.log_page(salon.owner, AuditQuery(**query)).rows]  # type: ignore[arg-type]

    assert actions(since=today) == ["customer_created"]
    assert actions(until=today - dt.timedelta(days=1), action="customer_created") == [
        "customer_created"
    ]
    assert actions(since=today, until=today - dt.timedelta(days=1)) == []
    by_desk = app.audit.log_page(salon.owner, AuditQuery(staff_id=salon.front_desk.staff_id))
    assert {r.staff_id for r in by_desk.rows} == {salon.front_desk.staff_id}
    found = app.audit.log_page(salon.owner, AuditQuery(search=str(bert.number))).rows
    assert [r.target_id for r in found] == [str(bert.id)]
    found = app.audit.log_page(salon.owner, AuditQuery(search=str(anna.id).upper())).rows
    assert [r.target_id for r in found] == [str(anna.id)]
    missing = app.audit.log_page(salon.owner, AuditQuery(search="9999"))
    assert missing.rows == () and missing.problem is not None
    assert "9999" in missing.problem.text("de") and "9999" in missing.problem.text("en")
    assert {"login", "customer_created", "staff_created"} <= set(app.audit.actions(salon.owner))


def test_paging_visits_every_entry_once(app: App, salon: Salon, clock: FixedClock) -> None:
    for i in range(23):
        if i % 3:
            clock.advance(seconds=1)  # some entries share their time: the id breaks ties
        a_customer(app, salon.owner, first_name=f"Kundin{i}", email=None)
    everything = app.audit.log_page(salon.owner, limit=1000).rows
    seen = []
    page = app.audit.log_page(salon.owner, limit=5)
    seen += page.rows
    while page.next is not None:
        page = app.audit.log_page(salon.owner, after=page.next, limit=5)
        seen += page.rows
    assert [r.id for r in seen] == [r.id for r in everything]
    assert len(everything) == len({r.id for r in everything})
