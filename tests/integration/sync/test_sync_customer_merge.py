"""A merge on one PC travels through the hub: both PCs converge and search alike."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from belbo_desktop.domain.privacy import ConsentKind
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.storage.orm import Customer
from tests.builders import a_customer
from tests.integration.sync.conftest import assert_converged, dump

pytestmark = pytest.mark.postgres


def test_a_merge_on_one_pc_converges_on_the_other_and_on_the_hub(make_pc, hub) -> None:
    a, b = make_pc("kasse"), make_pc("buero")
    actor_a = a.login()
    old = a_customer(a.app, actor_a, first_name="Anna", last_name="Kühn", email="anna@x.de")
    new = a_customer(
        a.app, actor_a, first_name="Anna", last_name="Kühn-Berg", email="neu@x.de", phone=""
    )
    a.app.privacy.give_consent(actor_a, new.id, ConsentKind.MARKETING_EMAIL)
    for pc in (a, b):
        pc.sync()
    actor_b = b.login()
    assert b.app.customers.count(actor_b, CustomerQuery("kühn")) == 2

    # B edits the duplicate's notes offline while A merges it away
    on_b = b.app.customers.get(actor_b, new.id).to_input()
    b.app.customers.update(actor_b, new.id, dataclasses.replace(on_b, notes="Termin dienstags"))
    a.app.customer_merge.merge(actor_a, old.id, new.id, {"email": "duplicate"})
    for pc in (a, b, a):
        pc.sync()
    assert_converged(dump(a.app.uow), dump(b.app.uow))
    on_hub, on_a = dump(hub.engine), dump(a.app.uow)
    for table in ("customers", "consents", "custom_field_values", "audit_log"):
        assert on_hub[table] == on_a[table], table

    for pc, actor in ((a, actor_a), (b, actor_b)):
        assert pc.app.customers.count(actor, CustomerQuery("kühn")) == 1
        assert pc.app.customers.count(actor, CustomerQuery("kühn", include_archived=True)) == 1
        [row] = pc.app.customers.page(actor, CustomerQuery("neu@x.de"), 0, 10)
        assert row.id == old.id
        assert len(pc.app.privacy.consents(actor, old.id)) == 1
        with pc.app.uow.read() as s:
            merged = s.get(Customer, new.id)
            assert merged is not None and merged.merged_into_id == old.id
            assert merged.archived_at is not None and merged.notes == "Termin dienstags"
            assert s.scalar(select(Customer.search_text).where(Customer.id == new.id)) == (
                "_zusammengefuehrt _inaktiv"
            )
