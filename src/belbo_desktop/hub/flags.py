"""Flags the hub raises after a merge: a voucher or a bonus card redeemed twice while
tills were offline.

Both sales stand (the money was taken, the reward was given), so the ledger union leaves
the voucher below zero, or the card with two rewards. The hub notices it in the push
that completes the union and writes a synced ``sync_flags`` row; every PC of the
location shows it to the manager after its sync.

A bonus card counts as redeemed twice when its ledger holds more than one
``redemption`` entry that no ``restore`` entry counter-books (a Storno of the reward's
sale writes one, possibly on the next card). One PC never writes a second redemption:
the service refuses a closed card, so two can only come from two PCs (or a Storno
followed by an offline redemption elsewhere). The card's stamp sum cannot show it, as
a redemption entry counts 0. When a Storno later leaves one redemption standing, the
open flag is resolved; a voucher's flag is resolved once a Storno brings its balance
back to zero or above.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, update

from belbo_desktop.domain.bonus import EntryKind
from belbo_desktop.domain.ids import new_id
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram
from belbo_desktop.storage.orm.customers import Customer
from belbo_desktop.storage.orm.sync import SyncFlag
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry

if TYPE_CHECKING:
    from belbo_desktop.hub.store import HubStore, _Batch

VOUCHER_OVERDRAWN = "voucher_overdrawn"
BONUS_REDEEMED_TWICE = "bonus_redeemed_twice"


def flag_overdrawn(store: HubStore, conn: Connection, batch: _Batch, voucher_ids: list[str]) -> int:
    """Raise (or update) the flag of each voucher whose merged balance is below zero, and
    resolve it once the balance is back at zero or above (a Storno of a redemption)."""
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
        voucher = conn.execute(
            select(Voucher.code, Voucher.location_id).where(Voucher.id == voucher_id)
        ).first()
        if voucher is None or balance is None:
            continue
        target = _Target(VOUCHER_OVERDRAWN, "voucher", voucher_id, voucher.location_id)
        if balance >= 0:  # never overdrawn, or a Storno gave the amount back
            _resolve(store, conn, batch, target)
            continue
        params: dict[str, Any] = {"code": voucher.code, "overdrawn_cents": -balance}
        raised += _raise_or_update(store, conn, batch, target, params)
    return raised


def flag_bonus_redeemed_twice(
    store: HubStore, conn: Connection, batch: _Batch, card_ids: list[str]
) -> int:
    """Raise (or update, or resolve) the flag of each card with several standing rewards."""
    raised = 0
    for raw in card_ids:
        try:
            card_id = uuid.UUID(raw)
        except ValueError:
            continue
        card = conn.execute(
            select(
                BonusCard.number,
                BonusCard.location_id,
                BonusCard.customer_id,
                Customer.number.label("customer_number"),
                BonusProgram.name.label("program"),
            )
            .join(Customer, Customer.id == BonusCard.customer_id)
            .join(BonusProgram, BonusProgram.id == BonusCard.program_id)
            .where(BonusCard.id == card_id)
        ).first()
        if card is None:
            continue
        target = _Target(BONUS_REDEEMED_TWICE, "bonus_card", card_id, card.location_id)
        standing = standing_redemptions(conn, card_id)
        if standing <= 1:  # none, or a Storno took the extra reward back
            _resolve(store, conn, batch, target)
            continue
        # no customer name here: the PC shows the name it has (an erased customer's is gone)
        params: dict[str, Any] = {
            "card_number": card.number,
            "customer_id": str(card.customer_id),
            "customer_number": card.customer_number,
            "program": card.program,
            "rewards": standing,
        }
        raised += _raise_or_update(store, conn, batch, target, params)
    return raised


@dataclass(frozen=True)
class _Target:
    kind: str
    target_type: str
    target_id: uuid.UUID
    location_id: uuid.UUID


def _open_flag(conn: Connection, target: _Target) -> Any:
    return conn.execute(
        select(SyncFlag.id, SyncFlag.params).where(
            SyncFlag.kind == target.kind,
            SyncFlag.target_id == str(target.target_id),
            SyncFlag.resolved_at.is_(None),
        )
    ).first()


def _raise_or_update(
    store: HubStore, conn: Connection, batch: _Batch, target: _Target, params: dict[str, Any]
) -> int:
    """1 if a new flag was raised; an open one gets the new figures; both are synced."""
    open_flag = _open_flag(conn, target)
    now = store.clock.now()
    if open_flag is None:
        flag_id = new_id()
        values = dict(
            id=flag_id,
            location_id=target.location_id,
            kind=target.kind,
            target_type=target.target_type,
            target_id=str(target.target_id),
            params=params,
            resolved_at=None,
            created_at=now,
            updated_at=now,
        )
        conn.execute(insert(SyncFlag).values(**values))
        store.hub_change(
            conn, batch, "sync_flags", str(flag_id), "insert", values, target.location_id
        )
        return 1
    if open_flag.params != params:
        _update(store, conn, batch, target, open_flag.id, {"params": params, "updated_at": now})
    return 0


def _resolve(store: HubStore, conn: Connection, batch: _Batch, target: _Target) -> None:
    open_flag = _open_flag(conn, target)
    if open_flag is not None:
        now = store.clock.now()
        _update(store, conn, batch, target, open_flag.id, {"resolved_at": now, "updated_at": now})


def _update(
    store: HubStore,
    conn: Connection,
    batch: _Batch,
    target: _Target,
    flag_id: uuid.UUID,
    values: dict[str, Any],
) -> None:
    conn.execute(update(SyncFlag).where(SyncFlag.id == flag_id).values(**values))
    store.hub_change(conn, batch, "sync_flags", str(flag_id), "update", values, target.location_id)


def standing_redemptions(conn: Connection, card_id: uuid.UUID) -> int:
    """The card's redemption entries that no restore entry (on any card) counter-books."""
    redemptions = select(BonusEntry.id).where(
        BonusEntry.card_id == card_id, BonusEntry.kind == EntryKind.REDEMPTION.value
    )
    reversed_ = select(BonusEntry.reverses_entry_id).where(
        BonusEntry.kind == EntryKind.RESTORE.value,
        BonusEntry.reverses_entry_id.in_(redemptions),
    )
    total = conn.scalar(select(func.count()).select_from(redemptions.subquery())) or 0
    undone = conn.scalar(select(func.count()).select_from(reversed_.subquery())) or 0
    return int(total) - int(undone)


def cards_of_entries(conn: Connection, entry_ids: list[str]) -> set[str]:
    ids = []
    for raw in entry_ids:
        try:
            ids.append(uuid.UUID(raw))
        except ValueError:
            continue
    found = conn.scalars(select(BonusEntry.card_id).where(BonusEntry.id.in_(ids)))
    return {str(card_id) for card_id in found}
