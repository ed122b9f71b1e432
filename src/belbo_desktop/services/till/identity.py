"""Which till this PC sells at: found in the database, created on first use, and
remembered in the PC's till file so receipts from two PCs never share a number range.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain.ids import new_id
from belbo_desktop.services.ports import Clock
from belbo_desktop.services.till.results import TillInfo
from belbo_desktop.storage.orm.sales import Till

_TILL = (
    select(Till.id, Till.name, Till.serial)
    .where(Till.location_id == bindparam("location_id"))
    .order_by(Till.created_at)
    .limit(1)
)


def find_till(s: Session, location_id: uuid.UUID) -> TillInfo | None:
    row = s.connection().execute(_TILL, {"location_id": location_id}).first()
    return TillInfo(row[0], row[1], row[2]) if row else None


def new_till(s: Session, location_id: uuid.UUID, clock: Clock) -> TillInfo:
    count = s.scalar(select(func.count()).select_from(Till).where(Till.location_id == location_id))
    till_id = new_id()
    till = Till(
        id=till_id,
        location_id=location_id,
        name=f"Kasse {int(count or 0) + 1}",
        # unique across PCs: the random tail of the till's UUIDv7
        serial=f"BELBO-{till_id.hex[-10:].upper()}",
        created_at=clock.now(),
    )
    s.add(till)
    s.flush()
    return TillInfo(till.id, till.name, till.serial)


def remembered_till(s: Session, location_id: uuid.UUID, path: Path) -> TillInfo | None:
    """The till this PC remembers in ``path`` for the location, if it exists."""
    till_id = _read_tills(path).get(str(location_id))
    if not till_id:
        return None
    row = s.execute(
        select(Till.id, Till.name, Till.serial).where(
            Till.id == uuid.UUID(till_id), Till.location_id == location_id
        )
    ).first()
    return TillInfo(row[0], row[1], row[2]) if row is not None else None


def remember_till(path: Path, location_id: uuid.UUID, till_id: uuid.UUID) -> None:
    """Written under the write lock, so two processes on one PC agree on one till."""
    known = _read_tills(path)
    known[str(location_id)] = str(till_id)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(known, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _read_tills(path: Path) -> dict[str, str]:
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in known.items()} if isinstance(known, dict) else {}
