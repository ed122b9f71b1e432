"""Compacting the hub's change log: what goes, what stays, and that every PC still
converges, including one enrolling later, one catching up from an old cursor and one
whose cursor is behind the horizon (it takes a fresh snapshot instead of missing data).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import uuid

import pytest
from sqlalchemy import func, select

from belbo_desktop.cli import main
from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.hub.compaction import compact, read_horizon
from belbo_desktop.hub.store import CursorCompacted, Device
from belbo_desktop.storage.orm.sync import SyncChange, SyncState
from belbo_desktop.sync import tables
from tests.builders import a_customer
from tests.integration.sync.conftest import PC, Hub, assert_converged, dump
from tests.unit.till.builders import a_voucher_sold

pytestmark = pytest.mark.postgres

DAYS_90 = dt.timedelta(days=90)


def log_of(hub: Hub, table_name: str, row_id: object) -> list[tuple[str, frozenset[str]]]:
    """(op, field names) of a row's entries in the hub's log, in order."""
    with hub.engine.connect() as conn:
        rows = conn.execute(
            select(SyncChange.op, SyncChange.fields)
            .where(SyncChange.table_name == table_name, SyncChange.row_id == str(row_id))
            .order_by(SyncChange.seq)
        ).all()
    return [(op, frozenset(fields)) for op, fields in rows]


def ledger_entries(hub: Hub) -> int:
    with hub.engine.connect() as conn:
        return (
            conn.scalar(
                select(func.count())
                .select_from(SyncChange)
                .where(SyncChange.table_name.in_(tables.LEDGER_TABLES))
            )
            or 0
        )


def edit(pc: PC, customer_id: uuid.UUID, **changes: object) -> None:
    actor = pc.login()
    form = pc.app.customers.get(actor, customer_id).to_input()
    pc.app.customers.update(actor, customer_id, dataclasses.replace(form, **changes))


def cursor_of(pc: PC) -> int:
    with pc.app.uow.read() as s:
        st = s.get(SyncState, 1)
        assert st is not None
        return st.cursor


def test_compaction_removes_overwritten_entries_keeps_ledgers_and_every_pc_converges(
    make_pc, hub, caplog
):
    a, b, old = make_pc("kasse"), make_pc("buero"), make_pc("alt")  # "alt" goes offline now
    actor = a.login()
    colour = a.app.custom_fields.define(actor, "Farbrezeptur", FieldType.TEXT)
    customer = a_customer(a.app, actor, first_name="Anna", last_name="Kühn")
    a.sync()
    for city in ("Köln", "Bonn", "Essen"):
        edit(a, customer.id, city=city, custom={colour.key: f"7/{len(city)}"})
        a.sync()
    edit(a, customer.id, custom={colour.key: ""})  # the value is removed: a delete
    a_voucher_sold(a.app, actor, 5000)
    a.sync()
    b.sync()
    edit(b, customer.id, notes="Tee ohne Zucker")
    b.sync()
    value_id = tables.natural_id("custom_field_values", (customer.id, colour.id))
    assert len(log_of(hub, "customers", customer.id)) > 5  # insert, three cities, notes
    assert [op for op, _ in log_of(hub, "custom_field_values", value_id)][::2] == [
        "insert",
        "delete",
    ]
    ledgers = ledger_entries(hub)

    recent = compact(hub.store, older_than=DAYS_90, horizon_after=None)
    assert recent.removed == 0  # nothing is 90 days old yet

    hub.clock.advance(days=100)
    with caplog.at_level(logging.INFO, logger="belbo.hub.compaction"):
        report = compact(hub.store, older_than=DAYS_90, horizon_after=None)

    # the insert, the newest city and the notes stay; the value's history is its delete
    kept = log_of(hub, "customers", customer.id)
    assert [op for op, _ in kept] == ["insert", "update", "update"]
    assert "city" in kept[1][1] and "notes" in kept[2][1]
    assert log_of(hub, "custom_field_values", value_id) == [("delete", frozenset())]
    assert ledger_entries(hub) == ledgers  # ledger entries are never superseded
    assert (report.truncated, report.horizon) == (0, 0)
    assert report.by_table["custom_field_values"] == 2
    assert report.by_table["customers"] >= 2
    assert report.superseded == sum(report.by_table.values()) - report.ineffective
    assert any(r.getMessage() == "change log compacted" for r in caplog.records)
    again = compact(hub.store, older_than=DAYS_90, horizon_after=None)
    assert again.removed == 0

    # after it: edits go on, a new PC enrols, and the offline PC catches up from its cursor
    edit(b, customer.id, phone="030 1234567")
    b.sync()
    late = make_pc("neu")
    old.sync()
    for pc in (a, b):
        pc.sync()
    assert_converged(dump(a.app.uow), dump(b.app.uow), dump(old.app.uow), dump(late.app.uow))
    final = old.app.customers.get(old.login(), customer.id)
    assert (final.city, final.notes, final.phone, final.custom) == (
        "Essen",
        "Tee ohne Zucker",
        "+49301234567",
        {},
    )


def test_a_pc_behind_the_horizon_takes_a_fresh_snapshot_and_misses_nothing(make_pc, hub):
    a, old = make_pc("kasse"), make_pc("alt")
    actor = a.login()
    colour = a.app.custom_fields.define(actor, "Farbrezeptur", FieldType.TEXT)
    customer = a_customer(a.app, actor, first_name="Anna", last_name="Kühn")
    edit(a, customer.id, custom={colour.key: "7/1"})
    a.sync()
    old.sync()  # the old PC has the value; then it is away for more than a year
    assert old.app.customers.get(old.login(), customer.id).custom == {colour.key: "7/1"}

    edit(a, customer.id, custom={colour.key: ""}, city="Köln")
    bert = a_customer(a.app, actor, first_name="Bert", last_name="Öztürk", email="b@x.de")
    a_voucher_sold(a.app, actor, 2500)
    a.sync()
    edit(old, customer.id, notes="offline notiert")  # the old PC's own, unpushed change

    hub.clock.advance(days=400)
    report = compact(hub.store)  # 90 days, horizon one year
    assert report.truncated > 0 and report.horizon > 0
    assert ledger_entries(hub) == 0  # a year old: gone below the horizon
    with hub.engine.connect() as conn:
        assert read_horizon(conn) == report.horizon
    assert cursor_of(old) < report.horizon <= cursor_of(a)
    device = Device(uuid.uuid4(), "x", frozenset({hub.location_id}))
    with pytest.raises(CursorCompacted):  # never a page with holes
        hub.store.pull(device, cursor_of(old), 100)

    result = old.sync()
    assert result.snapshot_rows > 0
    assert cursor_of(old) >= report.horizon
    late = make_pc("neu")
    a.sync()
    assert_converged(dump(a.app.uow), dump(old.app.uow), dump(late.app.uow))
    seen = old.app.customers.get(old.login(), customer.id)
    assert (seen.custom, seen.city, seen.notes) == ({}, "Köln", "offline notiert")
    assert old.app.customers.get(old.login(), bert.id).last_name == "Öztürk"

    # the next compaction keeps the horizon; a PC past it pulls as before
    assert compact(hub.store).horizon == report.horizon
    edit(a, customer.id, phone="030 1234567")
    a.sync()
    old.sync()
    assert old.app.customers.get(old.login(), customer.id).phone == "+49301234567"


def test_belbo_hub_compact_reports_what_it_removed(hub, hub_database_url, capsys, monkeypatch):
    monkeypatch.setenv("BELBO_HUB_DATABASE_URL", hub_database_url)
    assert main(["hub", "compact", "--older-than-days", "30", "--horizon-days", "0"]) == 0
    assert "Änderungsprotokoll verdichtet: 0 Einträge entfernt" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="older-than-days"):
        main(["hub", "compact", "--older-than-days", "0"])
    with pytest.raises(SystemExit, match="horizon-days"):
        main(["hub", "compact", "--older-than-days", "90", "--horizon-days", "30"])
