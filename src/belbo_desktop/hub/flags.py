"""Flags the hub raises after a merge: a voucher redeemed twice while tills were offline.

Both sales stand (the money was taken), so the ledger union leaves the voucher below
zero. The hub notices it in the push that completes the union and writes a synced
``sync_flags`` row; every PC of the location shows it to the manager after its sync.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, update

from belbo_desktop.domain.ids import new_id
from belbo_desktop.storage.orm.sync import SyncFlag
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry

if TYPE_CHECKING:
    from belbo_desktop.hub.store import HubStore, _Batch

VOUCHER_OVERDRAWN = "voucher_overdrawn"


def flag_overdrawn(store: HubStore, conn: Connection, batch: _Batch, voucher_ids: list[str]) -> int:
    raised = 0
    for raw in voucher_ids:
        try:
            voucher_id = uuid.UUID(raw)
        except ValueError:
            continue
        balance = conn.scalar(
            select(func.coalesce(func.sum(VoucherEntry.amount_cents), 0)).where(
                VoucherEntry.voucher_id == voucher_id
            )
        )
        if balance is None or balance >= 0:
            continue
        voucher = conn.execute(
            select(Voucher.code, Voucher.location_id).where(Voucher.id == voucher_id)
        ).first()
        if voucher is None:
            continue
        params: dict[str, Any] = {"code": voucher.code, "overdrawn_cents": -balance}
        open_flag = conn.execute(
            select(SyncFlag.id, SyncFlag.params).where(
                SyncFlag.kind == VOUCHER_OVERDRAWN,
                SyncFlag.target_id == str(voucher_id),
                SyncFlag.resolved_at.is_(None),
            )
        ).first()
        now = store.clock.now()
        if open_flag is None:
            flag_id = new_id()
            values = dict(
                id=flag_id,
                location_id=voucher.location_id,
                kind=VOUCHER_OVERDRAWN,
                target_type="voucher",
                target_id=str(voucher_id),
                params=params,
                resolved_at=None,
                created_at=now,
                updated_at=now,
            )
            conn.execute(insert(SyncFlag).values(**values))
            store.hub_change(
                batch, "sync_flags", str(flag_id), "insert", values, voucher.location_id
            )
            raised += 1
        elif open_flag.params != params:
            conn.execute(
                update(SyncFlag)
                .where(SyncFlag.id == open_flag.id)
                .values(params=params, updated_at=now)
            )
            store.hub_change(
                batch,
                "sync_flags",
                str(open_flag.id),
                "update",
                {"params": params, "updated_at": now},
                voucher.location_id,
            )
    return raised
