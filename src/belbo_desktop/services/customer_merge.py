"""Merging two customer files (Dubletten zusammenführen).

A preview shows both files side by side with a suggested choice per field and what will
move; the merge writes the chosen values to the surviving file, moves what may move and
marks the duplicate as merged, all in one write transaction.

What happens to each reference to ``customers.id`` (every foreign key in ``storage/orm``):

* ``custom_field_values`` — the chosen values are written to the survivor (natural key
  survivor + field, so sync merges them like any edit). The duplicate keeps its own rows:
  the merged file stays readable as it was.
* ``consents``, ``privacy_requests``, ``bonus_cards`` — mutable rows: re-pointed to the
  survivor (a field change that syncs). A card whose number the survivor already uses in
  the same program is numbered after the survivor's cards; its stamps stay on it, because
  stamps (``bonus_entries``) hang on the card, not on the customer.
* ``sales.customer_id``, ``vouchers.buyer_customer_id``, ``customer_erasures`` — append-
  only (GoBD; the database triggers refuse UPDATE and sync merges them by union). They
  are **not** rewritten: they keep naming the duplicate, and readers follow the merge
  link (``storage.customer_links.with_merged``). No ledger history is lost or changed.
* ``customers.merged_into_id`` of files merged earlier into the duplicate — re-pointed to
  the survivor, so a link is one step (readers still follow chains that two offline
  merges may leave).

The duplicate is never deleted: it gets ``merged_into_id``, ``merged_at``,
``merged_by_id`` and is archived. Its index entry keeps neither words nor the location
token, so no search, count or "Archivierte zeigen" lists it; the survivor is found by
the values it took over. A merged file cannot be restored or merged again.

Rights: ``MERGE_CUSTOMERS`` (owner and manager by default). Health-data custom fields
are shown only with the right to view them, and taking a different health value from
the duplicate needs the right to edit them (and a health consent, as any edit would).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import Right
from belbo_desktop.services import audit, health_gate
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.custom_fields import load_fields
from belbo_desktop.services.customers import load_customer, stored_values, write_value
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.customer_links import survivor_of, with_merged
from belbo_desktop.storage.orm import Consent, Customer, CustomFieldValue, PrivacyRequest
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram
from belbo_desktop.storage.orm.sales import Sale
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry
from belbo_desktop.storage.unit_of_work import UnitOfWork

NOTES_MAX = 5000


class Side(StrEnum):
    SURVIVOR = "survivor"
    DUPLICATE = "duplicate"
    BOTH = "both"  # notes only: the survivor's text, then the duplicate's


#: Built-in choices in form order; the address is chosen as a whole, so a street never
#: ends up with another file's postcode.
BUILTIN_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("first_name", ("first_name",)),
    ("last_name", ("last_name",)),
    ("email", ("email",)),
    ("phone", ("phone",)),
    ("birthday", ("birthday",)),
    ("address", ("street", "postcode", "city", "country")),
    ("notes", ("notes",)),
    ("marketing_consent", ("marketing_consent",)),
)


@dataclass(frozen=True)
class MergeFile:
    """One of the two files, as the dialog's column header shows it."""

    id: uuid.UUID
    number: int
    first_name: str
    last_name: str
    created_at: dt.datetime
    updated_at: dt.datetime
    archived: bool

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class MergeField:
    """One choice: a built-in field (or the address) or a custom field.

    ``survivor`` and ``duplicate`` hold the stored values of ``parts`` (custom values as
    canonical text); both are empty tuples when ``hidden`` (health data the actor may
    not see).
    """

    key: str
    label: str  # a messages.LABELS key for built-ins, the field's own label for custom
    custom: bool
    field_type: str | None  # domain.custom_fields.FieldType value for custom fields
    health: bool
    hidden: bool
    parts: tuple[str, ...]
    survivor: tuple[object, ...]
    duplicate: tuple[object, ...]
    suggested: Side

    @property
    def differs(self) -> bool:
        return not self.hidden and self.survivor != self.duplicate

    @property
    def allows_both(self) -> bool:
        return self.key == "notes"


@dataclass(frozen=True)
class MergeCounts:
    """What the duplicate brings along. Sales and vouchers stay on their append-only
    rows and are shown through the survivor; the others are re-pointed."""

    sales: int = 0
    vouchers_bought: int = 0
    vouchers_redeemed: int = 0
    bonus_cards: int = 0
    stamps: int = 0
    consents: int = 0
    privacy_requests: int = 0
    merged_files: int = 0
    #: Programs both files collect in: the duplicate's cards come after the survivor's.
    shared_programs: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "sales": self.sales,
            "vouchers_bought": self.vouchers_bought,
            "vouchers_redeemed": self.vouchers_redeemed,
            "bonus_cards": self.bonus_cards,
            "stamps": self.stamps,
            "consents": self.consents,
            "privacy_requests": self.privacy_requests,
            "merged_files": self.merged_files,
        }


@dataclass(frozen=True)
class MergePreview:
    survivor: MergeFile
    duplicate: MergeFile
    fields: tuple[MergeField, ...]
    moves: MergeCounts

    def suggested_choices(self) -> dict[str, Side]:
        return {f.key: f.suggested for f in self.fields if f.differs}


@dataclass(frozen=True)
class MergeResult:
    survivor_id: uuid.UUID
    duplicate_id: uuid.UUID
    survivor_number: int
    duplicate_number: int
    taken_from_duplicate: tuple[str, ...]
    moved: MergeCounts


@dataclass(frozen=True)
class MergeLinks:
    """A file's merge links, for its header: where it went, or what came into it."""

    merged_into: MergeFile | None
    merged_from: tuple[MergeFile, ...]


class CustomerMergeService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    def links(self, actor: Actor, customer_id: uuid.UUID) -> MergeLinks:
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            customer = load_customer(s, actor, customer_id)
            into = None
            if customer.merged_into_id is not None:
                target = s.get(Customer, survivor_of(s, customer.id))
                into = _file(target) if target is not None else None
            ids = with_merged(s, customer.id)[1:]
            merged = s.scalars(
                select(Customer).where(Customer.id.in_(ids)).order_by(Customer.number)
            ).all()
            return MergeLinks(into, tuple(_file(c) for c in merged))

    # --- preview ----------------------------------------------------------------------

    def preview(
        self, actor: Actor, survivor_id: uuid.UUID, duplicate_id: uuid.UUID
    ) -> MergePreview:
        """Both files side by side, a suggestion per field and what would move."""
        actor.require(Right.MERGE_CUSTOMERS)
        with self.uow.read() as s:
            survivor, duplicate = _pair(s, actor, survivor_id, duplicate_id)
            fields = _fields(s, actor, survivor, duplicate)
            preview = MergePreview(
                _file(survivor), _file(duplicate), fields, _counts(s, survivor, duplicate)
            )
        seen = sorted(
            f.key
            for f in fields
            if f.health and not f.hidden and not _is_empty(f.survivor + f.duplicate)
        )
        if seen:  # health values shown side by side: audited like opening the file
            with self.uow.write() as s:
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "health_data_viewed",
                    target_type="customer_list",
                    customers=[survivor_id, duplicate_id],
                    fields=seen,
                )
        return preview

    # --- merge ------------------------------------------------------------------------

    def merge(
        self,
        actor: Actor,
        survivor_id: uuid.UUID,
        duplicate_id: uuid.UUID,
        choices: Mapping[str, Side | str] | None = None,
    ) -> MergeResult:
        """Merge ``duplicate_id`` into ``survivor_id``; unnamed fields take the suggestion.

        Any refusal is raised before anything is written, or rolls the one transaction
        back, so a refused merge changes nothing.
        """
        actor.require(Right.MERGE_CUSTOMERS)
        with self.uow.write() as s:
            survivor, duplicate = _pair(s, actor, survivor_id, duplicate_id)
            fields = {f.key: f for f in _fields(s, actor, survivor, duplicate)}
            chosen = _check_choices(actor, fields, choices or {})
            counts = _counts(s, survivor, duplicate)
            now = self.clock.now()

            taken = [k for k, side in chosen.items() if side is not Side.SURVIVOR]
            custom_changed = self._write_values(s, survivor, duplicate, fields, chosen)
            self._move_references(s, survivor, duplicate)
            s.flush()
            if custom_changed:
                values = {
                    str(f): v
                    for f, v in s.execute(
                        select(CustomFieldValue.field_id, CustomFieldValue.value).where(
                            CustomFieldValue.customer_id == survivor.id
                        )
                    )
                }
                # consent moved above: the duplicate's health consent counts for the survivor
                health_gate.check_health_write(s, actor, survivor.id, custom_changed, values)

            survivor.updated_at = now
            survivor.updated_by_id = actor.staff_id
            duplicate.merged_into_id = survivor.id
            duplicate.merged_at = now
            duplicate.merged_by_id = actor.staff_id
            duplicate.archived_at = duplicate.archived_at or now
            duplicate.updated_at = now
            duplicate.updated_by_id = actor.staff_id

            kept = sorted(k for k in fields if k not in taken)
            taken_from = sorted(k for k, v in chosen.items() if v is Side.DUPLICATE)
            combined = sorted(k for k, v in chosen.items() if v is Side.BOTH)
            for target, action, other in (
                (survivor, "customer_merged", duplicate),
                (duplicate, "customer_merged_away", survivor),
            ):
                audit.record(
                    s,
                    self.clock,
                    actor,
                    action,
                    target_type="customer",
                    target_id=target.id,
                    other_id=other.id,
                    survivor_number=survivor.number,
                    duplicate_number=duplicate.number,
                    taken_from_duplicate=taken_from,
                    combined=combined,
                    kept_from_survivor=kept,
                    moved=counts.as_dict(),
                )
            s.flush()
            return MergeResult(
                survivor.id,
                duplicate.id,
                survivor.number,
                duplicate.number,
                tuple(sorted(taken)),
                counts,
            )

    @staticmethod
    def _write_values(
        s: Session,
        survivor: Customer,
        duplicate: Customer,
        fields: dict[str, MergeField],
        chosen: dict[str, Side],
    ) -> list[str]:
        """Write the chosen values to the survivor; returns the custom field ids changed."""
        custom_changed: list[str] = []
        stored = stored_values(s, survivor.id)
        for key, side in chosen.items():
            f = fields[key]
            if not f.custom:
                if side is Side.BOTH:
                    survivor.notes = _both_notes(survivor.notes, duplicate.notes)
                elif side is Side.DUPLICATE:
                    for part in f.parts:
                        setattr(survivor, part, getattr(duplicate, part))
                continue
            if side is not Side.DUPLICATE:
                continue
            new = f.duplicate[0]
            if write_value(s, survivor.id, key, stored.get(key), None if new is None else str(new)):
                custom_changed.append(key)
        return custom_changed

    @staticmethod
    def _move_references(s: Session, survivor: Customer, duplicate: Customer) -> None:
        for consent in s.scalars(select(Consent).where(Consent.customer_id == duplicate.id)):
            consent.customer_id = survivor.id
        for request in s.scalars(
            select(PrivacyRequest).where(PrivacyRequest.customer_id == duplicate.id)
        ):
            request.customer_id = survivor.id
        taken: dict[uuid.UUID, set[int]] = {}
        for program_id, number in s.execute(
            select(BonusCard.program_id, BonusCard.number).where(
                BonusCard.customer_id == survivor.id
            )
        ):
            taken.setdefault(program_id, set()).add(number)
        cards = s.scalars(
            select(BonusCard)
            .where(BonusCard.customer_id == duplicate.id)
            .order_by(BonusCard.program_id, BonusCard.number)
        ).all()
        renumber = {c.program_id for c in cards if c.number in taken.get(c.program_id, set())}
        for card in cards:
            numbers = taken.setdefault(card.program_id, set())
            if card.program_id in renumber:
                # after the survivor's cards, in the duplicate's order
                card.number = max(numbers, default=0) + 1
            numbers.add(card.number)
            card.customer_id = survivor.id
        for earlier in s.scalars(select(Customer).where(Customer.merged_into_id == duplicate.id)):
            earlier.merged_into_id = survivor.id


# --- reading both files ---------------------------------------------------------------


def _pair(
    s: Session, actor: Actor, survivor_id: uuid.UUID, duplicate_id: uuid.UUID
) -> tuple[Customer, Customer]:
    if survivor_id == duplicate_id:
        raise ValidationError({"duplicate": Message("merge_same_customer")})
    survivor = load_customer(s, actor, survivor_id)
    duplicate = load_customer(s, actor, duplicate_id)
    for role, c in (("survivor", survivor), ("duplicate", duplicate)):
        if c.merged_into_id is not None:
            into = s.scalar(select(Customer.number).where(Customer.id == c.merged_into_id))
            raise ValidationError(
                {role: Message("merge_already_merged", {"number": c.number, "into": into or "?"})}
            )
    if survivor.archived_at is not None:
        raise ValidationError(
            {"survivor": Message("merge_survivor_archived", {"number": survivor.number})}
        )
    return survivor, duplicate


def _file(c: Customer) -> MergeFile:
    return MergeFile(
        c.id,
        c.number,
        c.first_name,
        c.last_name,
        c.created_at,
        c.updated_at,
        c.archived_at is not None,
    )


def _is_empty(values: tuple[object, ...]) -> bool:
    return all(v is None or v == "" for v in values)


def _suggest(
    survivor: tuple[object, ...],
    duplicate: tuple[object, ...],
    survivor_at: dt.datetime | None,
    duplicate_at: dt.datetime | None,
    *,
    boolean: bool = False,
) -> Side:
    """The non-empty value; if both have one, the more recently changed (ties: survivor)."""
    if survivor == duplicate:
        return Side.SURVIVOR
    if not boolean:
        if _is_empty(duplicate):
            return Side.SURVIVOR
        if _is_empty(survivor):
            return Side.DUPLICATE
    if survivor_at is not None and duplicate_at is not None and duplicate_at > survivor_at:
        return Side.DUPLICATE
    return Side.SURVIVOR


def _fields(
    s: Session, actor: Actor, survivor: Customer, duplicate: Customer
) -> tuple[MergeField, ...]:
    out: list[MergeField] = []
    for key, parts in BUILTIN_CHOICES:
        mine = tuple(getattr(survivor, p) for p in parts)
        theirs = tuple(getattr(duplicate, p) for p in parts)
        if key == "address":
            # an unset country is "DE" on both: it alone does not make an address
            mine_set, theirs_set = mine[:3], theirs[:3]
            suggestion = _suggest(mine_set, theirs_set, survivor.updated_at, duplicate.updated_at)
            if mine_set == theirs_set and mine != theirs:
                suggestion = _suggest(mine, theirs, survivor.updated_at, duplicate.updated_at)
        elif key == "notes" and not _is_empty(mine) and not _is_empty(theirs) and mine != theirs:
            suggestion = Side.BOTH
        else:
            suggestion = _suggest(
                mine,
                theirs,
                survivor.updated_at,
                duplicate.updated_at,
                boolean=key == "marketing_consent",
            )
        out.append(MergeField(key, key, False, None, False, False, parts, mine, theirs, suggestion))

    definitions = load_fields(s, actor.location_id, include_archived=True)
    values: dict[tuple[uuid.UUID, str], tuple[str, dt.datetime]] = {
        (cid, str(fid)): (value, at)
        for cid, fid, value, at in s.execute(
            select(
                CustomFieldValue.customer_id,
                CustomFieldValue.field_id,
                CustomFieldValue.value,
                CustomFieldValue.updated_at,
            ).where(CustomFieldValue.customer_id.in_([survivor.id, duplicate.id]))
        )
    }
    may_see_health = actor.can(Right.VIEW_HEALTH_DATA)
    for f in definitions:
        mine_v = values.get((survivor.id, f.key))
        theirs_v = values.get((duplicate.id, f.key))
        if mine_v is None and theirs_v is None and f.archived:
            continue  # an archived field neither file uses
        hidden = f.health_data and not may_see_health
        mine = (mine_v[0] if mine_v else None,)
        theirs = (theirs_v[0] if theirs_v else None,)
        keep = hidden or f.archived or (f.health_data and not actor.can(Right.EDIT_HEALTH_DATA))
        suggestion = (
            Side.SURVIVOR
            if keep
            else _suggest(
                mine,
                theirs,
                mine_v[1] if mine_v else None,
                theirs_v[1] if theirs_v else None,
            )
        )
        out.append(
            MergeField(
                f.key,
                f.label,
                True,
                f.field_type.value,
                f.health_data,
                hidden,
                (f.key,),
                () if hidden else mine,
                () if hidden else theirs,
                suggestion,
            )
        )
    return tuple(out)


def _check_choices(
    actor: Actor, fields: dict[str, MergeField], given: Mapping[str, Side | str]
) -> dict[str, Side]:
    """Every differing field's side: the given one, else the suggestion."""
    errors: dict[str, Message] = {}
    chosen: dict[str, Side] = {}
    for key, raw in given.items():
        f = fields.get(key)
        if f is None:
            errors[key] = Message("merge_unknown_field", {"key": key})
            continue
        label = f.label if f.custom else key
        try:
            side = Side(raw)
        except ValueError:
            errors[key] = Message("merge_bad_choice", {"label": label})
            continue
        if side is Side.BOTH and not f.allows_both:
            errors[key] = Message("merge_bad_choice", {"label": label})
            continue
        if (
            f.health
            and side is not Side.SURVIVOR
            and (f.hidden or not actor.can(Right.EDIT_HEALTH_DATA))
        ):
            errors[key] = Message("merge_health_right", {"label": label})
            continue
        chosen[key] = side
    if errors:
        raise ValidationError(errors)
    for f in fields.values():
        if f.key not in chosen and f.differs:
            chosen[f.key] = f.suggested
    # a choice for two equal values changes nothing; leave it out of the record
    return {k: v for k, v in chosen.items() if fields[k].differs}


def _both_notes(mine: str | None, theirs: str | None) -> str | None:
    parts = [p for p in (mine, theirs) if p]
    text = "\n\n".join(parts) if parts else None
    if text is not None and len(text) > NOTES_MAX:
        raise ValidationError({"notes": Message("too_long", {"label": "notes", "max": NOTES_MAX})})
    return text


def _counts(s: Session, survivor: Customer, duplicate: Customer) -> MergeCounts:
    ids = with_merged(s, duplicate.id)
    sales = int(s.scalar(select(func.count(Sale.id)).where(Sale.customer_id.in_(ids))) or 0)
    bought = int(
        s.scalar(select(func.count(Voucher.id)).where(Voucher.buyer_customer_id.in_(ids))) or 0
    )
    redeemed = int(
        s.scalar(
            select(func.count(func.distinct(VoucherEntry.voucher_id)))
            .join(Sale, Sale.id == VoucherEntry.sale_id)
            .where(Sale.customer_id.in_(ids), VoucherEntry.amount_cents < 0)
        )
        or 0
    )
    cards = int(
        s.scalar(select(func.count(BonusCard.id)).where(BonusCard.customer_id == duplicate.id)) or 0
    )
    stamps = int(
        s.scalar(
            select(func.coalesce(func.sum(BonusEntry.count), 0))
            .join(BonusCard, BonusCard.id == BonusEntry.card_id)
            .where(BonusCard.customer_id == duplicate.id)
        )
        or 0
    )
    consents = int(
        s.scalar(select(func.count(Consent.id)).where(Consent.customer_id == duplicate.id)) or 0
    )
    requests = int(
        s.scalar(
            select(func.count(PrivacyRequest.id)).where(PrivacyRequest.customer_id == duplicate.id)
        )
        or 0
    )
    both = (
        select(BonusCard.program_id)
        .where(BonusCard.customer_id == survivor.id)
        .intersect(select(BonusCard.program_id).where(BonusCard.customer_id == duplicate.id))
    )
    shared = tuple(
        s.scalars(
            select(BonusProgram.name).where(BonusProgram.id.in_(both)).order_by(BonusProgram.name)
        )
    )
    return MergeCounts(
        sales=sales,
        vouchers_bought=bought,
        vouchers_redeemed=redeemed,
        bonus_cards=cards,
        stamps=stamps,
        consents=consents,
        privacy_requests=requests,
        merged_files=len(ids) - 1,
        shared_programs=shared,
    )
