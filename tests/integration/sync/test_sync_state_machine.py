"""Hypothesis interleaves edits, pushes, pulls and dropped connections on three PCs.

After any interleaving, a final round of syncs must leave every PC with the same data,
and every audit entry (a ledger) written anywhere exactly once everywhere.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select

from belbo_desktop.storage.orm import AuditEntry
from belbo_desktop.sync.client import SyncError
from tests.builders import a_customer
from tests.integration.sync.conftest import assert_converged, dump

pytestmark = pytest.mark.postgres

PCS = 3
CITIES = ("Berlin", "Köln", "Jena")


def test_any_interleaving_converges_without_losing_or_doubling_ledger_entries(make_pc, hub):
    runs = iter(range(1000))

    class Interleavings(RuleBasedStateMachine):
        @initialize()
        def start(self) -> None:
            run = next(runs)
            self.pcs = [make_pc(f"run{run}-pc{i}") for i in range(PCS)]
            self.actors = [pc.login() for pc in self.pcs]
            self.known: list[list[object]] = [[] for _ in self.pcs]

        @rule(i=st.integers(0, PCS - 1), name=st.sampled_from(("Kühn", "Groß", "Öz")))
        def create(self, i: int, name: str) -> None:
            pc = self.pcs[i]
            pc.clock.advance(seconds=1)
            c = a_customer(pc.app, self.actors[i], last_name=name, email=None, phone="")
            self.known[i].append(c.id)

        @rule(i=st.integers(0, PCS - 1), pick=st.integers(0, 5), city=st.sampled_from(CITIES))
        def edit(self, i: int, pick: int, city: str) -> None:
            pc, actor = self.pcs[i], self.actors[i]
            mine = [c for c in self._local_ids(i)]
            if not mine:
                return
            cid = mine[pick % len(mine)]
            pc.clock.advance(seconds=1)
            form = pc.app.customers.get(actor, cid).to_input()
            pc.app.customers.update(actor, cid, dataclasses.replace(form, city=city))

        @rule(i=st.integers(0, PCS - 1))
        def push(self, i: int) -> None:
            self.pcs[i].app.sync.sync(pull=False)

        @rule(i=st.integers(0, PCS - 1))
        def pull(self, i: int) -> None:
            self.pcs[i].app.sync.sync(push=False)

        @rule(i=st.integers(0, PCS - 1), after_commit=st.booleans())
        def dropped_connection(self, i: int, after_commit: bool) -> None:
            def drop() -> None:
                raise RuntimeError("connection dropped")

            if after_commit:
                hub.store.after_commit = drop
            else:
                hub.store.before_commit = drop
            try:
                self.pcs[i].app.sync.sync(pull=False)
            except SyncError:
                pass
            finally:
                hub.store.after_commit = hub.store.before_commit = None

        def _local_ids(self, i: int) -> list[object]:
            from belbo_desktop.storage.orm import Customer

            with self.pcs[i].app.uow.read() as s:
                return list(s.scalars(select(Customer.id).order_by(Customer.id)))

        @invariant()
        def nothing_pending_is_lost(self) -> None:
            for pc in getattr(self, "pcs", []):
                assert pc.app.sync.status().quarantined == 0

        def teardown(self) -> None:
            if not hasattr(self, "pcs"):
                return
            for _ in range(2):
                for pc in self.pcs:
                    pc.app.sync.sync()
            dumps = [dump(pc.app.uow) for pc in self.pcs]
            assert_converged(*dumps)
            audit_ids = [row[-1] for row in dumps[0]["audit_log"]]
            assert len(audit_ids) == len(set(audit_ids))
            with hub.engine.connect() as conn:
                at_hub = conn.scalar(select(func.count()).select_from(AuditEntry))
            with self.pcs[0].app.uow.read() as s:
                here = s.scalar(select(func.count()).select_from(AuditEntry))
            assert here == at_hub  # one location: every entry made anywhere is here, once

    Interleavings.TestCase.settings = settings(
        max_examples=8,
        stateful_step_count=12,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    Interleavings.TestCase().runTest()
