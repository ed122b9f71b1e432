"""Erasure by anonymisation (Art. 17 DSGVO): what is removed from a customer file, the
proof that stays, and the health values erased when their consent is withdrawn.

The anonymous record itself stays, so that receipts and voucher ledger entries kept for
tax law (§ 147 AO) remain complete but point to no one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from belbo_desktop.domain import privacy as rules
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.health_gate import health_field_ids
from belbo_desktop.services.privacy.merged_files import files_merged_into
from belbo_desktop.storage.orm import (
    Consent,
    Customer,
    CustomerErasure,
    CustomFieldValue,
    PrivacyRequest,
)
from belbo_desktop.storage.search import FTS_TABLE


@dataclass(frozen=True)
class ErasureResult:
    customer_id: uuid.UUID
    number: int
    erased_at: dt.datetime
    values_removed: int  # custom values, the merged files' included
    merged_numbers: tuple[int, ...] = ()  # files merged into this one, anonymised with it


def anonymise_with_merged(
    s: Session,
    actor: Actor,
    c: Customer,
    now: dt.datetime,
    why: str,
    request_id: uuid.UUID | None,
    *,
    sqlite: bool,
) -> tuple[int, list[tuple[Customer, int]]]:
    """Anonymise ``c`` and every file merged into it; returns the custom values removed
    from ``c`` and each merged file with its count. On SQLite, freed pages and old search
    index segments are overwritten too."""
    # Freed pages are overwritten, so the old values do not linger in the file.
    s.execute(text("PRAGMA secure_delete = ON")) if sqlite else None
    # Files merged into this one are the same person: archived duplicates keep
    # their own master data and custom values, so they are anonymised with it.
    merged = files_merged_into(s, c.id, actor.location_id)
    removed = anonymise(s, actor, c, now, why, request_id)
    merged_removed = [(m, anonymise(s, actor, m, now, why, request_id)) for m in merged]
    s.flush()
    if sqlite:
        # FTS5 keeps deleted tokens in old segments until they are merged.
        s.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('optimize')"))
    return removed, merged_removed


def anonymise(
    s: Session,
    actor: Actor,
    c: Customer,
    now: dt.datetime,
    why: str,
    request_id: uuid.UUID | None,
) -> int:
    """Anonymise one file, record the erasure proof; returns the custom values removed."""
    removed = _deleted(
        s.execute(delete(CustomFieldValue).where(CustomFieldValue.customer_id == c.id))
    )
    c.first_name = ""
    c.last_name = "Gelöschter Kunde"
    for key in ("email", "phone", "birthday", "street", "postcode", "city", "notes"):
        setattr(c, key, None)
    c.country = "DE"
    c.marketing_consent = False
    c.archived_at = c.archived_at or now
    c.deleted_at = now
    c.updated_at = now
    c.updated_by_id = actor.staff_id
    s.add(
        CustomerErasure(
            location_id=actor.location_id,
            customer_id=c.id,
            erased_at=now,
            erased_by_id=actor.staff_id,
            reason=why,
            request_id=request_id,
        )
    )
    # The register keeps each request as proof; its free-text note may name the person.
    for req in s.scalars(
        select(PrivacyRequest).where(
            PrivacyRequest.customer_id == c.id, PrivacyRequest.note.is_not(None)
        )
    ):
        req.note = None
    for consent in s.scalars(
        select(Consent).where(Consent.customer_id == c.id, Consent.withdrawn_at.is_(None))
    ):
        consent.withdrawn_at = now
        consent.withdrawn_recorded_by_id = actor.staff_id
    return removed


def delete_health_values(s: Session, location_id: uuid.UUID, customer_id: uuid.UUID) -> int:
    """Delete the customer's values of every health field; returns how many."""
    health = [uuid.UUID(f) for f in health_field_ids(s, location_id)]
    return _deleted(
        s.execute(
            delete(CustomFieldValue).where(
                CustomFieldValue.customer_id == customer_id,
                CustomFieldValue.field_id.in_(health),
            )
        )
    )


def delete_report_copies(folder: Path, numbers: Iterable[int]) -> None:
    """Remove the data-access report files kept on this PC for these customer numbers."""
    for number in numbers:
        for path in folder.glob(rules.report_file_prefix(number) + "*"):
            path.unlink(missing_ok=True)


def _deleted(result: object) -> int:
    """Rows a DELETE removed (a CursorResult's rowcount)."""
    return int(getattr(result, "rowcount", 0) or 0)
