"""Refusals and failures: revoked devices, other locations, protocol versions, lost pushes."""

from __future__ import annotations

import dataclasses
import itertools

import httpx
import pytest
from sqlalchemy import func, select

from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.orm.sync import SyncChange, SyncOutbox
from belbo_desktop.sync.client import SyncError, SyncRefused
from belbo_desktop.sync.protocol import PROTOCOL_HEADER
from tests.builders import a_customer
from tests.integration.sync.conftest import assert_converged, dump

pytestmark = pytest.mark.postgres


def _outbox(pc) -> int:
    with pc.app.uow.read() as s:
        return s.scalar(select(func.count()).select_from(SyncOutbox)) or 0


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_pcs_editing_offline_converge_whatever_order_they_sync_in(make_pc, order):
    pcs = [make_pc(f"pc{i}") for i in range(3)]
    shared = a_customer(pcs[0].app, pcs[0].login(), first_name="Greta", last_name="Groß")
    for pc in pcs:
        pc.sync()
    for i, pc in enumerate(pcs):  # everyone offline now
        actor = pc.login()
        a_customer(pc.app, actor, first_name=f"Neu{i}", last_name="Schäfer", email=f"n{i}@x.de")
        form = pc.app.customers.get(actor, shared.id).to_input()
        pc.clock.advance(seconds=i)
        pc.app.customers.update(
            actor, shared.id, dataclasses.replace(form, notes=f"von {i}", city=f"Ort{i}")
        )
    for index in (*order, *order):
        pcs[index].sync()
    dumps = [dump(pc.app.uow) for pc in pcs]
    assert_converged(*dumps)
    actor = pcs[0].login()
    assert pcs[0].app.customers.count(actor, CustomerQuery(text="schäfer")) == 3
    numbers = [r[1] for r in dumps[0]["customers"]]
    assert len(numbers) == len(set(numbers)) == 4


def test_a_revoked_device_is_refused_at_once_and_keeps_its_changes(make_pc, hub):
    pc = make_pc("kasse")
    a_customer(pc.app, pc.login())
    hub.store.revoke(pc.app.sync.status().device_id)
    with pytest.raises(SyncRefused) as err:
        pc.sync()
    assert "gesperrt" in err.value.text()
    assert _outbox(pc) > 0  # nothing lost: the changes wait
    assert "gesperrt" in str(pc.app.sync.status().last_error)


def test_a_device_gets_only_its_own_locations_data(make_pc, hub):
    mitte, nord = make_pc("mitte"), make_pc("nord", locations=(hub.other_location_id,))
    a_customer(mitte.app, mitte.login("chefin"), last_name="Mitte")
    a_customer(nord.app, nord.login("nord"), last_name="Nord")
    for pc in (mitte, nord, mitte, nord):
        pc.sync()
    for pc, other in ((mitte, "Nord"), (nord, "Mitte")):
        with pc.app.uow.read() as s:
            names = set(s.scalars(select(Customer.last_name)))
        assert other not in names
    # The hub's API refuses a page of another location's rows as well as a push into it.
    token = _token(nord)
    with httpx.Client(base_url=hub.url, headers=_headers(token)) as http:
        page = http.get("/v1/snapshot/customers").json()
        assert {row[page["columns"].index("last_name")] for row in page["rows"]} == {"Nord"}
        with mitte.app.uow.read() as s:
            victim = s.scalars(select(Customer).where(Customer.last_name == "Mitte")).one()
            victim_id = str(victim.id)
        answer = http.post(
            "/v1/push",
            json={
                "changes": [
                    {
                        "change_id": "01a00000-0000-7000-8000-000000000001",
                        "table_name": "customers",
                        "row_id": victim_id,
                        "op": "update",
                        "hlc": "9999999999999.000000." + "f" * 32,
                        "fields": {"notes": "gehackt"},
                    }
                ]
            },
        ).json()
    assert answer["accepted"] == 0 and "location" in answer["quarantined"][0]["reason"]
    mitte.sync()
    actor = mitte.login("chefin")
    assert mitte.app.customers.get(actor, uuid_of(victim_id)).notes is None


def test_a_peer_speaking_another_protocol_version_is_refused_clearly(make_pc, hub):
    pc = make_pc("kasse")
    with httpx.Client(base_url=hub.url) as http:
        answer = http.get("/v1/pull", headers={PROTOCOL_HEADER: "99", **_auth(_token(pc))})
    assert answer.status_code == 426
    assert answer.json()["detail"] == {"code": "protocol_mismatch", "hub": 1, "client": "99"}
    from belbo_desktop.sync import client as client_module

    old = client_module.PROTOCOL_VERSION
    client_module.PROTOCOL_VERSION = 2
    try:
        with pytest.raises(SyncRefused) as err:
            pc.sync()
    finally:
        client_module.PROTOCOL_VERSION = old
    assert "Protokollversionen" in err.value.text()


def test_a_push_killed_before_commit_is_retried_and_applied_once(make_pc, hub):
    pc = make_pc("kasse")
    actor = pc.login()
    for i in range(3):
        a_customer(pc.app, actor, first_name=f"K{i}", email=f"k{i}@x.de")

    def crash() -> None:
        raise RuntimeError("power cut in the middle of the batch")

    hub.store.before_commit = crash
    with pytest.raises(SyncError):
        pc.sync()
    assert _outbox(pc) > 0
    with hub.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Customer)) == 0
    hub.store.before_commit = None
    pc.sync()
    assert _outbox(pc) == 0
    with hub.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Customer)) == 3


def test_a_push_whose_answer_is_lost_is_not_applied_twice(make_pc, hub):
    pc = make_pc("kasse")
    actor = pc.login()
    for i in range(3):
        a_customer(pc.app, actor, first_name=f"K{i}", email=f"k{i}@x.de")

    def lose_answer() -> None:
        raise RuntimeError("connection dropped after the commit")

    hub.store.after_commit = lose_answer
    with pytest.raises(SyncError):
        pc.sync()
    assert _outbox(pc) > 0  # the PC does not know the hub has it
    with hub.engine.connect() as conn:
        logged = conn.scalar(select(func.count()).select_from(SyncChange))
    hub.store.after_commit = None
    other = make_pc("buero")
    pc.sync()
    other.sync()
    with hub.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SyncChange)) == logged
        assert conn.scalar(select(func.count()).select_from(Customer)) == 3
    assert_converged(dump(pc.app.uow), dump(other.app.uow))


def uuid_of(text: str):
    import uuid

    return uuid.UUID(text)


def _token(pc) -> str:
    st = pc.app.sync.status()
    token = pc.app.sync.tokens.load(str(st.device_id), st.token_store)
    assert token
    return token


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _headers(token: str) -> dict[str, str]:
    return {PROTOCOL_HEADER: "1", **_auth(token)}
