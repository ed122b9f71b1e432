"""Two PCs and a hub on PostgreSQL: enrolment, first sync, edits offline, convergence."""

from __future__ import annotations

import dataclasses

import pytest

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.services.customers import CustomerQuery
from tests.builders import a_customer
from tests.integration.sync.conftest import assert_converged, dump

pytestmark = pytest.mark.postgres


def test_first_sync_brings_the_location_and_staff_so_people_can_log_in(make_pc, hub):
    pc = make_pc("kasse")
    status = pc.app.sync.status()
    assert status.enrolled and status.first_sync_done and status.pending == 0
    assert status.last_sync_at is not None and status.last_error is None
    actor = pc.login("chefin")
    assert actor.location_id == hub.location_id
    assert pc.app.sync.status().pending >= 1  # the login's audit entry waits for the next sync


def test_customers_made_offline_on_two_pcs_arrive_everywhere_with_distinct_numbers(make_pc):
    a, b = make_pc("kasse"), make_pc("buero")
    anna = a_customer(a.app, a.login(), first_name="Anna", last_name="Kühn")
    bert = a_customer(b.app, b.login(), first_name="Bert", last_name="Öztürk", email="b@x.de")
    assert anna.number == bert.number  # both took the next free number offline
    for pc in (a, b, a, b):
        pc.sync()
    assert_converged(dump(a.app.uow), dump(b.app.uow))
    for pc in (a, b):
        actor = pc.login()
        assert pc.app.customers.count(actor, CustomerQuery(text="kühn")) == 1
        assert pc.app.customers.count(actor, CustomerQuery(text="öztürk")) == 1
        numbers = {pc.app.customers.get(actor, c.id).number for c in (anna, bert)}
        assert len(numbers) == 2


def test_two_edits_of_one_customer_keep_both_fields_and_the_newer_same_field(make_pc):
    a, b = make_pc("kasse"), make_pc("buero")
    actor_a = a.login()
    c = a_customer(a.app, actor_a, first_name="Anna", last_name="Kühn")
    a.sync()
    b.sync()
    actor_b = b.login()
    on_a = a.app.customers.get(actor_a, c.id).to_input()
    on_b = b.app.customers.get(actor_b, c.id).to_input()
    a.app.customers.update(actor_a, c.id, dataclasses.replace(on_a, city="Potsdam", notes="A"))
    b.clock.advance(seconds=5)  # B's note is written later
    b.app.customers.update(actor_b, c.id, dataclasses.replace(on_b, phone="030 1234567", notes="B"))
    for pc in (b, a, b):
        pc.sync()
    assert_converged(dump(a.app.uow), dump(b.app.uow))
    final = a.app.customers.get(actor_a, c.id)
    assert final.city == "Potsdam" and final.phone == "+49301234567" and final.notes == "B"
    assert b.app.customers.count(actor_b, CustomerQuery(text="potsdam")) == 0  # city not indexed
    assert b.app.customers.count(actor_b, CustomerQuery(text="kühn")) == 1


def test_a_bad_enrolment_code_is_refused_and_changes_nothing(make_pc, hub):
    pc = make_pc("kasse", enrol=False)
    with pytest.raises(ValidationError) as err:
        pc.app.sync.enrol(None, hub.url, "AAAA-BBBB-CCCC", "Kasse")
    assert "code" in err.value.errors
    assert not pc.app.sync.status().enrolled


def test_a_code_works_once(make_pc, hub):
    code = hub.code()
    make_pc("a", enrol=False).app.sync.enrol(None, hub.url, code, "A")
    second = make_pc("b", enrol=False)
    with pytest.raises(ValidationError):
        second.app.sync.enrol(None, hub.url, code, "B")


def test_a_first_sync_cancelled_halfway_resumes_where_it_stopped(make_pc, hub, monkeypatch):
    import threading

    from belbo_desktop.sync import client as client_module
    from belbo_desktop.sync.client import SyncCancelled

    first = make_pc("kasse")
    actor = first.login()
    for i in range(12):
        a_customer(first.app, actor, first_name=f"Kundin{i}", email=f"k{i}@x.de", phone="")
    first.sync()
    monkeypatch.setattr(client_module, "SNAPSHOT_PAGE", 5)
    late = make_pc("neu", enrol=False)
    late.app.sync.enrol(None, hub.url, hub.code(), "Neu")
    cancel = threading.Event()

    def stop_after_a_page(p) -> None:
        if p.phase == "snapshot" and p.table == "customers":
            cancel.set()

    with pytest.raises(SyncCancelled):
        late.app.sync.sync(progress=stop_after_a_page, cancel=cancel)
    assert not late.app.sync.status().first_sync_done
    late.sync()
    assert late.app.sync.status().first_sync_done
    first.sync()
    assert_converged(dump(first.app.uow), dump(late.app.uow))


def test_custom_fields_set_offline_on_two_pcs_merge_and_a_cleared_value_is_removed(make_pc):
    from belbo_desktop.domain.custom_fields import FieldType

    a, b = make_pc("kasse"), make_pc("buero")
    actor_a = a.login()
    colour = a.app.custom_fields.define(actor_a, "Farbrezeptur", FieldType.TEXT)
    allergy = a.app.custom_fields.define(actor_a, "Allergien", FieldType.TEXT)
    c = a_customer(a.app, actor_a, last_name="Kühn")
    for pc in (a, b):
        pc.sync()
    actor_b = b.login()
    # Offline: both set the colour formula (B later), A also notes an allergy.
    form_a = a.app.customers.get(actor_a, c.id).to_input()
    custom_a = {colour.key: "7/1 + 8/0", allergy.key: "Nickel"}
    a.app.customers.update(actor_a, c.id, dataclasses.replace(form_a, custom=custom_a))
    b.clock.advance(seconds=30)
    form_b = b.app.customers.get(actor_b, c.id).to_input()
    b.app.customers.update(actor_b, c.id, dataclasses.replace(form_b, custom={colour.key: "6/0"}))
    for pc in (a, b, a):
        pc.sync()
    assert_converged(dump(a.app.uow), dump(b.app.uow))
    custom = b.app.customers.get(actor_b, c.id).custom
    assert custom == {colour.key: "6/0", allergy.key: "Nickel"}
    # Clearing a value deletes its row; the removal travels as a tombstone.
    b.clock.advance(seconds=30)
    form_b = b.app.customers.get(actor_b, c.id).to_input()
    b.app.customers.update(actor_b, c.id, dataclasses.replace(form_b, custom={allergy.key: ""}))
    for pc in (b, a):
        pc.sync()
    assert a.app.customers.get(actor_a, c.id).custom == {colour.key: "6/0"}
    assert_converged(dump(a.app.uow), dump(b.app.uow))
