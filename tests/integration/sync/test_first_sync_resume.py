"""Resuming a cancelled first sync never fetches a finished table again."""

from __future__ import annotations

import threading

import pytest

from belbo_desktop.sync.client import SyncCancelled, SyncProgress
from tests.integration.sync.conftest import Hub, assert_converged, dump

pytestmark = pytest.mark.postgres


def test_a_first_sync_cancelled_between_two_tables_goes_on_with_the_next(make_pc, hub: Hub):
    """Cancelled right after a table's last page: before the fix, "Fortsetzen" began
    that table again (for the customers table of a large salon, all of it)."""
    reference = make_pc("kasse")
    pc = make_pc("neu", enrol=False)
    pc.app.sync.enrol(None, hub.url, hub.code(), "Neu")
    cancel = threading.Event()
    seen: list[SyncProgress] = []

    def stop_after_a_table(p: SyncProgress) -> None:
        if p.phase == "snapshot" and p.done and not cancel.is_set():
            seen.append(p)
            cancel.set()  # a table with rows is complete (one page each): stop before the next

    with pytest.raises(SyncCancelled):
        pc.app.sync.sync(progress=stop_after_a_table, cancel=cancel)
    assert len(seen) == 1 and seen[0].total is not None
    taken, total = seen[0].done, seen[0].total
    assert 0 < taken < total

    report = pc.sync()
    assert report.snapshot_rows == total - taken
    assert pc.app.sync.status().first_sync_done
    reference.sync()
    assert_converged(dump(reference.app.uow), dump(pc.app.uow))
