"""Bonus programs and stamp cards: programs, activation per customer, stamps by hand or
by sale, counter-entries, rewards, the overview, and the till's hooks.

The feature is switched on per location (``bonus.enabled``). Switched off, nothing is
stamped and the screens hide it; every program, card and entry stays as it was.

A card's stamps are the sum of its entries (append-only). The till calls
:meth:`BonusService.on_sale` inside the sale's transaction: a sale stamps each card at
most once (a unique key holds even if the hook ran twice), a reward line closes its card,
and a Storno writes counter-entries for whatever the cancelled sale did.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, Subquery, Table, and_, case, func, insert, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import CardState, EarnRule, EntryKind, ProgramInput, RewardKind
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import BusinessCase, ItemLine
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import SettingsService
from belbo_desktop.services.ports import BERLIN, Clock, local_today
from belbo_desktop.storage.orm import Customer, Setting, StaffMember
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram
from belbo_desktop.storage.orm.catalogue import CatalogueItem
from belbo_desktop.storage.orm.sales import Sale
from belbo_desktop.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from belbo_desktop.services.till import CommittedSale

STAMPS_AT_ONCE_MAX = 10
ENTRIES: Table = BonusEntry.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class ProgramInfo:
    id: uuid.UUID
    name: str
    stamps_needed: int
    reward_kind: RewardKind
    reward_item_id: uuid.UUID | None
    reward_amount: Money | None
    reward_text: str
    reward_label: str
    earn_rule: EarnRule
    earn_item_ids: tuple[uuid.UUID, ...]
    spend_step: Money | None
    validity_months: int | None
    keeps_collecting: bool
    active: bool
    archived: bool
    cards: int

    def as_input(self) -> ProgramInput:
        return ProgramInput(
            name=self.name,
            stamps_needed=self.stamps_needed,
            reward_kind=self.reward_kind,
            earn_rule=self.earn_rule,
            reward_item_id=self.reward_item_id,
            reward_amount=self.reward_amount,
            reward_text=self.reward_text,
            earn_item_ids=self.earn_item_ids,
            spend_step=self.spend_step,
            validity_months=self.validity_months,
            keeps_collecting=self.keeps_collecting,
            active=self.active,
        )


@dataclass(frozen=True)
class EntryInfo:
    id: uuid.UUID
    kind: EntryKind
    count: int
    at: dt.datetime
    staff_name: str | None
    receipt_no: int | None
    reason: str | None
    reward: str | None
    reverses_entry_id: uuid.UUID | None
    reversed: bool  # a stamp that a later counter-entry took back


@dataclass(frozen=True)
class CardInfo:
    id: uuid.UUID
    program_id: uuid.UUID
    program_name: str
    customer_id: uuid.UUID
    number: int
    stamps: int
    needed: int
    state: CardState
    started_at: dt.datetime
    valid_until: dt.date | None
    reward_label: str
    keeps_collecting: bool
    current: bool  # the card the customer collects on now (the program's newest)
    program_usable: bool  # program active and not archived
    stamp_dates: tuple[dt.datetime, ...]  # one per filled circle, oldest first
    entries: tuple[EntryInfo, ...]

    @property
    def progress(self) -> str:
        return rules.progress_text(self.stamps, self.needed)

    @property
    def redeemed_at(self) -> dt.datetime | None:
        return next((e.at for e in self.entries if e.kind is EntryKind.REDEMPTION), None)


@dataclass(frozen=True)
class OverviewRow:
    program_id: uuid.UUID
    name: str
    active: bool
    archived: bool
    active_cards: int
    stamps_this_month: int
    rewards_redeemed: int
    full_cards: int


@dataclass(frozen=True)
class FullCardRow:
    card_id: uuid.UUID
    customer_id: uuid.UUID
    customer_number: int
    customer_name: str
    program_name: str
    stamps: int
    needed: int
    reward_label: str


@dataclass(frozen=True)
class PrintableCard:
    """What the printed bonus card shows."""

    business_name: str
    customer_name: str
    customer_number: int
    program_name: str
    reward_label: str
    needed: int
    stamps: int
    valid_until: dt.date | None

    @property
    def qr_data(self) -> str:
        """A scanner at the till types this and the till attaches the customer."""
        return rules.customer_code(self.customer_number)


class BonusService:
    def __init__(self, uow: UnitOfWork, clock: Clock, settings: SettingsService) -> None:
        self.uow = uow
        self.clock = clock
        self.settings = settings

    # --- feature switch -----------------------------------------------------------------

    def enabled(self, location_id: uuid.UUID) -> bool:
        return bool(self.settings.get(location_id, rules.FEATURE_KEY, False))

    def set_enabled(self, actor: Actor, on: bool) -> None:
        """Switching off hides the feature; nothing is removed."""
        actor.require(Right.MANAGE_BONUS_PROGRAMS)
        self.settings.set(actor, rules.FEATURE_KEY, bool(on), right=Right.MANAGE_BONUS_PROGRAMS)

    def _require_enabled(self, s: Session, location_id: uuid.UUID) -> None:
        if not _enabled(s, location_id):
            raise ValidationError({"feature": Message("bonus_feature_off")})

    # --- programs -----------------------------------------------------------------------

    def programs(self, actor: Actor, *, include_archived: bool = False) -> list[ProgramInfo]:
        if not actor.can(Right.MANAGE_BONUS_PROGRAMS):
            actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            stmt = select(BonusProgram).where(
                BonusProgram.location_id == actor.location_id, BonusProgram.deleted_at.is_(None)
            )
            if not include_archived:
                stmt = stmt.where(BonusProgram.archived_at.is_(None))
            programs = s.scalars(stmt.order_by(BonusProgram.created_at)).all()
            counts = dict(
                s.execute(
                    select(BonusCard.program_id, func.count(func.distinct(BonusCard.customer_id)))
                    .where(BonusCard.location_id == actor.location_id)
                    .group_by(BonusCard.program_id)
                ).all()
            )
            names = _item_names(s, actor.location_id)
            return [_program_info(p, names, counts.get(p.id, 0)) for p in programs]

    def program(self, actor: Actor, program_id: uuid.UUID) -> ProgramInfo:
        for p in self.programs(actor, include_archived=True):
            if p.id == program_id:
                return p
        raise NotFound(Message("not_found", {"what": "Bonusprogramm"}))

    def create_program(self, actor: Actor, data: ProgramInput) -> uuid.UUID:
        actor.require(Right.MANAGE_BONUS_PROGRAMS)
        now = self.clock.now()
        with self.uow.write() as s:
            self._require_enabled(s, actor.location_id)
            clean = rules.validate_program(data, _item_ids(s, actor.location_id))
            _check_unique_name(s, actor.location_id, clean.name, None)
            program = BonusProgram(
                location_id=actor.location_id, created_at=now, updated_at=now, **_columns(clean)
            )
            s.add(program)
            s.flush()
            audit.record(
                s,
                self.clock,
                actor,
                "bonus_program_created",
                target_type="bonus_program",
                target_id=program.id,
                name=clean.name,
                stamps_needed=clean.stamps_needed,
            )
            return program.id

    def update_program(self, actor: Actor, program_id: uuid.UUID, data: ProgramInput) -> None:
        """Cards already started keep the stamps they needed when they started."""
        actor.require(Right.MANAGE_BONUS_PROGRAMS)
        with self.uow.write() as s:
            self._require_enabled(s, actor.location_id)
            program = _program(s, actor.location_id, program_id)
            clean = rules.validate_program(data, _item_ids(s, actor.location_id))
            _check_unique_name(s, actor.location_id, clean.name, program_id)
            changes: dict[str, object] = {}
            for key, value in _columns(clean).items():
                if getattr(program, key) != value:
                    changes[key] = value
                    setattr(program, key, value)
            program.updated_at = self.clock.now()
            if changes:
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "bonus_program_changed",
                    target_type="bonus_program",
                    target_id=program_id,
                    changed=sorted(changes),
                )

    def archive_program(self, actor: Actor, program_id: uuid.UUID, archived: bool = True) -> None:
        """Archived programs stop stamping and leave the editor; their cards stay."""
        actor.require(Right.MANAGE_BONUS_PROGRAMS)
        with self.uow.write() as s:
            program = _program(s, actor.location_id, program_id)
            program.archived_at = self.clock.now() if archived else None
            program.updated_at = self.clock.now()
            audit.record(
                s,
                self.clock,
                actor,
                "bonus_program_archived" if archived else "bonus_program_restored",
                target_type="bonus_program",
                target_id=program_id,
            )

    def delete_program(self, actor: Actor, program_id: uuid.UUID) -> None:
        """Only a program nobody has a card of; any other is archived instead."""
        actor.require(Right.MANAGE_BONUS_PROGRAMS)
        with self.uow.write() as s:
            program = _program(s, actor.location_id, program_id)
            if s.scalar(select(BonusCard.id).where(BonusCard.program_id == program_id).limit(1)):
                raise ValidationError(
                    {"program": Message("bonus_program_has_cards", {"name": program.name})}
                )
            program.deleted_at = self.clock.now()
            audit.record(
                s,
                self.clock,
                actor,
                "bonus_program_deleted",
                target_type="bonus_program",
                target_id=program_id,
                name=program.name,
            )

    # --- cards --------------------------------------------------------------------------

    def cards(self, actor: Actor, customer_id: uuid.UUID) -> list[CardInfo]:
        """Every card of the customer, the current ones first, then the history."""
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            _customer(s, actor.location_id, customer_id)
            cards = s.scalars(
                select(BonusCard)
                .where(BonusCard.customer_id == customer_id)
                .order_by(BonusCard.started_at, BonusCard.number)
            ).all()
            infos = _card_infos(s, list(cards), local_today(self.clock))
        return sorted(infos, key=lambda c: (not c.current, c.program_name, -c.number))

    def card(self, actor: Actor, card_id: uuid.UUID) -> CardInfo:
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            card = _card(s, actor.location_id, card_id)
            return _card_infos(s, [card], local_today(self.clock))[0]

    def activate(self, actor: Actor, customer_id: uuid.UUID, program_id: uuid.UUID) -> CardInfo:
        actor.require(Right.STAMP_BONUS_CARDS)
        today = local_today(self.clock)
        with self.uow.write() as s:
            self._require_enabled(s, actor.location_id)
            _customer(s, actor.location_id, customer_id)
            program = _program(s, actor.location_id, program_id)
            if not _usable(program):
                raise ValidationError(
                    {"program": Message("bonus_program_inactive", {"name": program.name})}
                )
            last = _last_card(s, program_id, customer_id)
            if last is not None and _is_open(s, last, today):
                raise ValidationError(
                    {"program": Message("bonus_already_active", {"name": program.name})}
                )
            card = self._start_card(s, actor, program, customer_id, last)
            audit.record(
                s,
                self.clock,
                actor,
                "bonus_card_activated",
                target_type="customer",
                target_id=customer_id,
                program=program.name,
                card_id=card.id,
            )
            card_id = card.id
        return self.card(actor, card_id)

    def stamp(self, actor: Actor, card_id: uuid.UUID, reason: str, count: int = 1) -> CardInfo:
        """A stamp by hand, with a reason. An expired card makes way for a new one."""
        actor.require(Right.STAMP_BONUS_CARDS)
        reason = rules.clean_reason(reason)
        if not isinstance(count, int) or not (1 <= count <= STAMPS_AT_ONCE_MAX):
            raise ValidationError(
                {"count": Message("bonus_count_invalid", {"max": STAMPS_AT_ONCE_MAX})}
            )
        today = local_today(self.clock)
        with self.uow.write() as s:
            self._require_enabled(s, actor.location_id)
            card = _card(s, actor.location_id, card_id)
            program = s.get(BonusProgram, card.program_id)
            assert program is not None
            if not _usable(program):
                raise ValidationError(
                    {"program": Message("bonus_program_inactive", {"name": program.name})}
                )
            last = _last_card(s, card.program_id, card.customer_id)
            if last is None or last.id != card.id or _redeemed(s, card.id):
                raise ValidationError({"card": Message("bonus_card_closed")})
            if not _is_open(s, card, today):  # expired: the stamp starts the next card
                card = self._start_card(s, actor, program, card.customer_id, card)
            stamps = _stamps(s, card.id)
            room = rules.room_for(stamps, card.stamps_needed, program.keeps_collecting, count)
            if room < count:
                progress = rules.progress_text(stamps, card.stamps_needed)
                raise ValidationError({"card": Message("bonus_card_full", {"progress": progress})})
            self._entry(s, actor, card.id, EntryKind.STAMP, count, reason=reason)
            audit.record(
                s,
                self.clock,
                actor,
                "bonus_stamped",
                target_type="customer",
                target_id=card.customer_id,
                card_id=card.id,
                count=count,
                reason=reason,
            )
            result = card.id
        return self.card(actor, result)

    def reverse_stamp(self, actor: Actor, entry_id: uuid.UUID, reason: str) -> CardInfo:
        """A wrongly given stamp is taken back by a counter-entry, never deleted."""
        actor.require(Right.STAMP_BONUS_CARDS)
        reason = rules.clean_reason(reason)
        today = local_today(self.clock)
        with self.uow.write() as s:
            entry = s.get(BonusEntry, entry_id)
            card = s.get(BonusCard, entry.card_id) if entry else None
            if entry is None or card is None or card.location_id != actor.location_id:
                raise NotFound(Message("bonus_stamp_not_found"))
            if entry.kind != EntryKind.STAMP.value:
                raise NotFound(Message("bonus_stamp_not_found"))
            if entry.sale_id is not None:
                raise ValidationError({"entry": Message("bonus_stamp_by_sale")})
            if _reversal_of(s, entry.id) is not None:
                raise ValidationError({"entry": Message("bonus_stamp_already_reversed")})
            target = _counter_card(s, card, today)
            self._entry(
                s,
                actor,
                target.id,
                EntryKind.REVERSAL,
                -entry.count,
                reason=reason,
                reverses=entry.id,
            )
            audit.record(
                s,
                self.clock,
                actor,
                "bonus_stamp_reversed",
                target_type="customer",
                target_id=card.customer_id,
                card_id=target.id,
                entry_id=entry.id,
                reason=reason,
            )
            result = target.id
        return self.card(actor, result)

    def redeem(self, actor: Actor, card_id: uuid.UUID, note: str = "") -> CardInfo:
        """Give the reward of a full card (outside a sale) and start the next card.

        Returns the new card (or the redeemed one if the program no longer runs).
        """
        actor.require(Right.STAMP_BONUS_CARDS)
        note = rules.clean_reason(note, required=False)
        with self.uow.write() as s:
            self._require_enabled(s, actor.location_id)
            card = _card(s, actor.location_id, card_id)
            new = self._redeem(s, actor, card, sale_id=None, note=note or None)
            audit.record(
                s,
                self.clock,
                actor,
                "bonus_reward_redeemed",
                target_type="customer",
                target_id=card.customer_id,
                card_id=card.id,
                note=note,
            )
            result = new.id if new is not None else card.id
        return self.card(actor, result)

    def full_cards(self, actor: Actor, customer_id: uuid.UUID) -> list[CardInfo]:
        """For the till: the customer's cards whose reward can be given now."""
        actor.require(Right.SELL)
        with self.uow.read() as s:
            if not _enabled(s, actor.location_id):
                return []
        return [
            c for c in self.cards(actor, customer_id) if c.current and c.state is CardState.FULL
        ]

    def customer_for_code(self, actor: Actor, text: str) -> tuple[uuid.UUID, str] | None:
        """The customer a scanned bonus card belongs to, or None if ``text`` is no card."""
        number = rules.parse_customer_code(text)
        if number is None:
            return None
        if not actor.can(Right.SELL):
            actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            row = s.execute(
                select(Customer.id, Customer.first_name, Customer.last_name).where(
                    Customer.location_id == actor.location_id,
                    Customer.number == number,
                    Customer.deleted_at.is_(None),
                )
            ).first()
        if row is None:
            raise NotFound(Message("not_found", {"what": f"Kunde {number}"}))
        return row[0], f"{row[1]} {row[2]}".strip()

    def reward_line(self, actor: Actor, card_id: uuid.UUID) -> ItemLine | None:
        """The till line that gives a free-service reward (closes the card on sale).

        An amount-off or free-text reward has no line: the till records it with
        :meth:`redeem` (and gives an amount off as a discount on an item).
        """
        actor.require(Right.SELL)
        with self.uow.read() as s:
            card = _card(s, actor.location_id, card_id)
            program = s.get(BonusProgram, card.program_id)
            assert program is not None
            if program.reward_kind != RewardKind.SERVICE.value or program.reward_item_id is None:
                return None
            item = s.get(CatalogueItem, program.reward_item_id)
            if item is None:
                return None
            price = Money(item.price_cents)
            return ItemLine(
                f"Bonusprämie: {item.name}"[:120],
                price,
                item.vat_rate,
                1,
                discount=price,
                catalogue_item_id=item.id,
                bonus_card_id=card.id,
            )

    def printable(self, actor: Actor, card_id: uuid.UUID) -> PrintableCard:
        actor.require(Right.VIEW_CUSTOMERS)
        from belbo_desktop.storage.orm import Location

        info = self.card(actor, card_id)
        with self.uow.read() as s:
            customer = _customer(s, actor.location_id, info.customer_id)
            location = s.get(Location, actor.location_id)
            assert location is not None
            return PrintableCard(
                business_name=location.name,
                customer_name=f"{customer.first_name} {customer.last_name}".strip(),
                customer_number=customer.number,
                program_name=info.program_name,
                reward_label=info.reward_label,
                needed=info.needed,
                stamps=info.stamps,
                valid_until=info.valid_until,
            )

    # --- overview -----------------------------------------------------------------------

    def overview(self, actor: Actor) -> list[OverviewRow]:
        """Per program: open cards, stamps given this month, rewards redeemed, full cards."""
        actor.require(Right.VIEW_CUSTOMERS)
        today = local_today(self.clock)
        month_start = dt.datetime(today.year, today.month, 1, tzinfo=BERLIN).astimezone(dt.UTC)
        with self.uow.read() as s:
            programs = s.scalars(
                select(BonusProgram)
                .where(
                    BonusProgram.location_id == actor.location_id,
                    BonusProgram.deleted_at.is_(None),
                )
                .order_by(BonusProgram.archived_at.is_not(None), BonusProgram.created_at)
            ).all()
            per_program = _open_card_counts(s, actor.location_id, today)
            stamps = dict(
                s.execute(
                    select(BonusCard.program_id, func.coalesce(func.sum(BonusEntry.count), 0))
                    .join(BonusCard, BonusCard.id == BonusEntry.card_id)
                    .where(
                        BonusCard.location_id == actor.location_id,
                        BonusEntry.kind.in_((EntryKind.STAMP.value, EntryKind.REVERSAL.value)),
                        BonusEntry.at >= month_start,
                    )
                    .group_by(BonusCard.program_id)
                ).all()
            )
            redeemed: defaultdict[uuid.UUID, int] = defaultdict(int)
            for pid, kind, n in s.execute(
                select(BonusCard.program_id, BonusEntry.kind, func.count())
                .join(BonusCard, BonusCard.id == BonusEntry.card_id)
                .where(
                    BonusCard.location_id == actor.location_id,
                    BonusEntry.kind.in_((EntryKind.REDEMPTION.value, EntryKind.RESTORE.value)),
                )
                .group_by(BonusCard.program_id, BonusEntry.kind)
            ):
                redeemed[pid] += n if kind == EntryKind.REDEMPTION.value else -n
            return [
                OverviewRow(
                    p.id,
                    p.name,
                    p.active,
                    p.archived_at is not None,
                    per_program.get(p.id, (0, 0))[0],
                    int(stamps.get(p.id, 0)),
                    redeemed.get(p.id, 0),
                    per_program.get(p.id, (0, 0))[1],
                )
                for p in programs
            ]

    def full_card_customers(self, actor: Actor, limit: int = 500) -> list[FullCardRow]:
        """Customers whose current card is full, by name.

        A full card has entries, so the query starts from the ledger's per-card sums (one
        pass over a covering index) and looks up only the full cards' rows.
        """
        actor.require(Right.VIEW_CUSTOMERS)
        ledger = _card_sums()
        with self.uow.read() as s:
            rows = s.execute(
                select(
                    BonusCard.id,
                    Customer.id,
                    Customer.number,
                    Customer.first_name,
                    Customer.last_name,
                    BonusProgram,
                    ledger.c.stamps,
                    BonusCard.stamps_needed,
                )
                .select_from(ledger)
                .join(BonusCard, BonusCard.id == ledger.c.card_id)
                .join(Customer, Customer.id == BonusCard.customer_id)
                .join(BonusProgram, BonusProgram.id == BonusCard.program_id)
                .where(
                    BonusCard.location_id == actor.location_id,
                    ledger.c.redeemed == 0,
                    ledger.c.stamps >= BonusCard.stamps_needed,
                    Customer.deleted_at.is_(None),
                    BonusProgram.deleted_at.is_(None),
                )
                .order_by(Customer.sort_key, Customer.number)
                .limit(limit)
            ).all()
            names = _item_names(s, actor.location_id)
            return [
                FullCardRow(
                    card_id,
                    cid,
                    number,
                    f"{first} {last}".strip(),
                    program.name,
                    int(stamps),
                    needed,
                    _reward_label(program, names),
                )
                for card_id, cid, number, first, last, program, stamps, needed in rows
            ]

    # --- the till's hooks ---------------------------------------------------------------

    def on_sale(self, s: Session, actor: Actor, sale: CommittedSale) -> None:
        """``TillService.after_sale``: runs inside the sale's transaction."""
        if sale.reverses_sale_id is not None:
            self._reverse_sale(s, actor, sale.sale_id, sale.reverses_sale_id)
            return
        reward_cards = [ln.bonus_card_id for ln in sale.lines if ln.bonus_card_id is not None]
        if sale.customer_id is None:
            if reward_cards:
                raise ValidationError({"cart": Message("bonus_reward_wrong_customer")})
            return
        if not reward_cards and not _enabled(s, sale.location_id):
            return
        if reward_cards:
            self._require_enabled(s, sale.location_id)
        for cid in dict.fromkeys(reward_cards):
            card = s.get(BonusCard, cid)
            if card is None or card.customer_id != sale.customer_id:
                raise ValidationError({"cart": Message("bonus_reward_wrong_customer")})
            self._redeem(s, actor, card, sale_id=sale.sale_id, note=None)
        views = [
            rules.SaleLineView(
                ln.catalogue_item_id,
                ln.amount,
                ln.business_case is BusinessCase.SALE,
                # a free reward line; a line with an amount off still counts as bought
                ln.bonus_card_id is not None and ln.amount.cents == 0,
            )
            for ln in sale.lines
        ]
        today = local_today(self.clock)
        programs = s.scalars(
            select(BonusProgram).where(
                BonusProgram.location_id == sale.location_id,
                BonusProgram.deleted_at.is_(None),
                BonusProgram.archived_at.is_(None),
                BonusProgram.active.is_(True),
                BonusProgram.earn_rule != EarnRule.MANUAL.value,
            )
        ).all()
        earning: dict[uuid.UUID, tuple[BonusProgram, int]] = {}
        for program in programs:
            earned = rules.stamps_earned(
                EarnRule(program.earn_rule),
                views,
                frozenset(uuid.UUID(str(i)) for i in program.earn_item_ids),
                Money(program.spend_step_cents) if program.spend_step_cents else None,
            )
            if earned > 0:
                earning[program.id] = (program, earned)
        if not earning:
            return
        latest = _latest_cards(s, sale.customer_id, set(earning))
        if not latest:
            return  # none of these programs is activated for this customer
        already = set(
            s.scalars(
                select(BonusCard.program_id)
                .join(BonusEntry, BonusEntry.card_id == BonusCard.id)
                .where(BonusEntry.sale_id == sale.sale_id, BonusEntry.kind == EntryKind.STAMP.value)
            )
        )
        for program_id, (card, stamps, redeemed) in latest.items():
            if program_id in already:
                continue  # this sale has stamped this program's card already
            program, earned = earning[program_id]
            state = rules.card_state(stamps, card.stamps_needed, redeemed, card.valid_until, today)
            if state not in (CardState.COLLECTING, CardState.FULL):
                card, stamps = self._start_card(s, actor, program, sale.customer_id, card), 0
            room = rules.room_for(stamps, card.stamps_needed, program.keeps_collecting, earned)
            if room > 0:
                self._entry(s, actor, card.id, EntryKind.STAMP, room, sale_id=sale.sale_id)

    def receipt_notes(self, s: Session, sale_id: uuid.UUID) -> list[str]:
        """Lines for the receipt: each touched card as it stood after this sale."""
        rows = s.execute(
            select(BonusEntry, BonusCard, BonusProgram.name)
            .join(BonusCard, BonusCard.id == BonusEntry.card_id)
            .join(BonusProgram, BonusProgram.id == BonusCard.program_id)
            .where(BonusEntry.sale_id == sale_id)
            .order_by(BonusEntry.at, BonusEntry.id)
        ).all()
        notes: list[str] = []
        for entry, card, name in rows:
            if entry.kind == EntryKind.REDEMPTION.value:
                notes.append(f"Bonusprämie eingelöst: {entry.reward or name}")
                continue
            if entry.kind == EntryKind.CARRY.value:
                continue
            stamps = s.scalar(
                select(func.coalesce(func.sum(BonusEntry.count), 0)).where(
                    BonusEntry.card_id == card.id, BonusEntry.at <= entry.at
                )
            )
            progress = rules.progress_text(int(stamps or 0), card.stamps_needed)
            if entry.kind == EntryKind.STAMP.value:
                notes.append(f"Bonuskarte „{name}“: {progress}")
            else:
                notes.append(f"Bonuskarte „{name}“: Storno, jetzt {progress}")
        return notes

    # --- internals ----------------------------------------------------------------------

    def _start_card(
        self,
        s: Session,
        actor: Actor,
        program: BonusProgram,
        customer_id: uuid.UUID,
        previous: BonusCard | None,
    ) -> BonusCard:
        number = previous.number + 1 if previous is not None else 1
        now = self.clock.now()
        valid_until = (
            rules.add_months(local_today(self.clock), program.validity_months)
            if program.validity_months
            else None
        )
        card = BonusCard(
            id=rules.card_id(program.id, customer_id, number),
            program_id=program.id,
            customer_id=customer_id,
            location_id=program.location_id,
            number=number,
            stamps_needed=program.stamps_needed,
            started_at=now,
            valid_until=valid_until,
            started_by_id=actor.staff_id,
        )
        s.add(card)
        s.flush()
        return card

    def _entry(
        self,
        s: Session,
        actor: Actor,
        card_id: uuid.UUID,
        kind: EntryKind,
        count: int,
        *,
        sale_id: uuid.UUID | None = None,
        reason: str | None = None,
        reverses: uuid.UUID | None = None,
        reward: str | None = None,
    ) -> uuid.UUID:
        entry_id = new_id()
        # a Core insert on the session's connection: the ORM's bulk path answers a
        # self-referencing table with a result the sync capture cannot pass on
        s.connection().execute(
            insert(ENTRIES),
            [
                dict(
                    id=entry_id,
                    card_id=card_id,
                    kind=kind.value,
                    count=count,
                    at=self.clock.now(),
                    staff_id=actor.staff_id,
                    sale_id=sale_id,
                    reverses_entry_id=reverses,
                    reason=reason,
                    reward=reward[:120] if reward else None,
                )
            ],
        )
        return entry_id

    def _redeem(
        self,
        s: Session,
        actor: Actor,
        card: BonusCard,
        *,
        sale_id: uuid.UUID | None,
        note: str | None,
    ) -> BonusCard | None:
        program = s.get(BonusProgram, card.program_id)
        assert program is not None
        last = _last_card(s, card.program_id, card.customer_id)
        if _redeemed(s, card.id) or last is None or last.id != card.id:
            raise ValidationError({"card": Message("bonus_card_closed")})
        stamps = _stamps(s, card.id)
        if stamps < card.stamps_needed:
            progress = rules.progress_text(stamps, card.stamps_needed)
            raise ValidationError({"card": Message("bonus_card_not_full", {"progress": progress})})
        label = _reward_label(program, _item_names(s, card.location_id))
        self._entry(
            s,
            actor,
            card.id,
            EntryKind.REDEMPTION,
            0,
            sale_id=sale_id,
            reason=note,
            reward=label,
        )
        if not _usable(program):
            return None
        new = self._start_card(s, actor, program, card.customer_id, card)
        surplus = stamps - card.stamps_needed
        if surplus > 0:
            self._entry(s, actor, new.id, EntryKind.CARRY, surplus, sale_id=sale_id)
        return new

    def _reverse_sale(
        self, s: Session, actor: Actor, reversal_id: uuid.UUID, original_id: uuid.UUID
    ) -> None:
        """Counter-entries for the stamps and rewards of a cancelled sale."""
        today = local_today(self.clock)
        receipt_no = s.scalar(select(Sale.receipt_no).where(Sale.id == original_id))
        reason = f"Storno Beleg Nr. {receipt_no}"
        entries = s.scalars(
            select(BonusEntry)
            .where(
                BonusEntry.sale_id == original_id,
                BonusEntry.kind.in_((EntryKind.STAMP.value, EntryKind.REDEMPTION.value)),
            )
            .order_by(BonusEntry.at, BonusEntry.id)
        ).all()
        for entry in entries:
            if _reversal_of(s, entry.id) is not None:
                continue
            card = s.get(BonusCard, entry.card_id)
            assert card is not None
            target = _counter_card(s, card, today)
            if entry.kind == EntryKind.STAMP.value:
                self._entry(
                    s,
                    actor,
                    target.id,
                    EntryKind.REVERSAL,
                    -entry.count,
                    sale_id=reversal_id,
                    reason=reason,
                    reverses=entry.id,
                )
            else:
                self._entry(
                    s,
                    actor,
                    target.id,
                    EntryKind.RESTORE,
                    card.stamps_needed,
                    sale_id=reversal_id,
                    reason=reason,
                    reverses=entry.id,
                )


# --- queries and helpers ------------------------------------------------------------------


def _enabled(s: Session, location_id: uuid.UUID) -> bool:
    value = s.scalar(
        select(Setting.value).where(
            Setting.location_id == location_id, Setting.key == rules.FEATURE_KEY
        )
    )
    return value is True


def _usable(program: BonusProgram) -> bool:
    return program.active and program.archived_at is None and program.deleted_at is None


def _columns(p: ProgramInput) -> dict[str, object]:
    return dict(
        name=p.name,
        stamps_needed=p.stamps_needed,
        reward_kind=p.reward_kind.value,
        reward_item_id=p.reward_item_id,
        reward_amount_cents=p.reward_amount.cents if p.reward_amount is not None else None,
        reward_text=p.reward_text or None,
        earn_rule=p.earn_rule.value,
        earn_item_ids=[str(i) for i in p.earn_item_ids],
        spend_step_cents=p.spend_step.cents if p.spend_step is not None else None,
        validity_months=p.validity_months,
        keeps_collecting=p.keeps_collecting,
        active=p.active,
    )


def _item_ids(s: Session, location_id: uuid.UUID) -> set[uuid.UUID]:
    return set(
        s.scalars(
            select(CatalogueItem.id).where(
                CatalogueItem.location_id == location_id, CatalogueItem.deleted_at.is_(None)
            )
        )
    )


def _item_names(s: Session, location_id: uuid.UUID) -> dict[uuid.UUID, str]:
    return dict(
        s.execute(
            select(CatalogueItem.id, CatalogueItem.name).where(
                CatalogueItem.location_id == location_id
            )
        ).all()
    )


def _reward_label(program: BonusProgram, names: dict[uuid.UUID, str]) -> str:
    return rules.reward_label(
        RewardKind(program.reward_kind),
        names.get(program.reward_item_id) if program.reward_item_id else None,
        Money(program.reward_amount_cents) if program.reward_amount_cents is not None else None,
        program.reward_text or "",
    )


def _program_info(p: BonusProgram, names: dict[uuid.UUID, str], cards: int) -> ProgramInfo:
    return ProgramInfo(
        id=p.id,
        name=p.name,
        stamps_needed=p.stamps_needed,
        reward_kind=RewardKind(p.reward_kind),
        reward_item_id=p.reward_item_id,
        reward_amount=Money(p.reward_amount_cents) if p.reward_amount_cents is not None else None,
        reward_text=p.reward_text or "",
        reward_label=_reward_label(p, names),
        earn_rule=EarnRule(p.earn_rule),
        earn_item_ids=tuple(uuid.UUID(str(i)) for i in p.earn_item_ids),
        spend_step=Money(p.spend_step_cents) if p.spend_step_cents is not None else None,
        validity_months=p.validity_months,
        keeps_collecting=p.keeps_collecting,
        active=p.active,
        archived=p.archived_at is not None,
        cards=cards,
    )


def _check_unique_name(
    s: Session, location_id: uuid.UUID, name: str, program_id: uuid.UUID | None
) -> None:
    stmt = select(BonusProgram.id, BonusProgram.name).where(
        BonusProgram.location_id == location_id,
        BonusProgram.deleted_at.is_(None),
        BonusProgram.archived_at.is_(None),
    )
    for pid, other in s.execute(stmt):
        if pid != program_id and other.casefold() == name.casefold():
            raise ValidationError({"name": Message("bonus_name_taken", {"name": name})})


def _program(s: Session, location_id: uuid.UUID, program_id: uuid.UUID) -> BonusProgram:
    program = s.get(BonusProgram, program_id)
    if program is None or program.location_id != location_id or program.deleted_at is not None:
        raise NotFound(Message("not_found", {"what": "Bonusprogramm"}))
    return program


def _customer(s: Session, location_id: uuid.UUID, customer_id: uuid.UUID) -> Customer:
    customer = s.get(Customer, customer_id)
    if customer is None or customer.location_id != location_id or customer.deleted_at is not None:
        raise NotFound(Message("not_found", {"what": "Kunde"}))
    return customer


def _card(s: Session, location_id: uuid.UUID, card_id: uuid.UUID) -> BonusCard:
    card = s.get(BonusCard, card_id)
    if card is None or card.location_id != location_id:
        raise NotFound(Message("not_found", {"what": "Bonuskarte"}))
    return card


def _last_card(s: Session, program_id: uuid.UUID, customer_id: uuid.UUID) -> BonusCard | None:
    return s.scalars(
        select(BonusCard)
        .where(BonusCard.program_id == program_id, BonusCard.customer_id == customer_id)
        .order_by(BonusCard.number.desc())
        .limit(1)
    ).first()


def _latest_cards(
    s: Session, customer_id: uuid.UUID, program_ids: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[BonusCard, int, bool]]:
    """Per program the customer's newest card with its stamps and whether it is redeemed,
    in one query (a customer has a handful of cards)."""
    redeemed = case((BonusEntry.kind == EntryKind.REDEMPTION.value, 1), else_=0)
    rows = s.execute(
        select(
            BonusCard,
            func.coalesce(func.sum(BonusEntry.count), 0),
            func.coalesce(func.max(redeemed), 0),
        )
        .outerjoin(BonusEntry, BonusEntry.card_id == BonusCard.id)
        .where(BonusCard.customer_id == customer_id, BonusCard.program_id.in_(program_ids))
        .group_by(BonusCard.id)
    ).all()
    latest: dict[uuid.UUID, tuple[BonusCard, int, bool]] = {}
    for card, stamps, closed in rows:
        known = latest.get(card.program_id)
        if known is None or card.number > known[0].number:
            latest[card.program_id] = (card, int(stamps), bool(closed))
    return latest


def _stamps(s: Session, card_id: uuid.UUID) -> int:
    return int(
        s.scalar(
            select(func.coalesce(func.sum(BonusEntry.count), 0)).where(
                BonusEntry.card_id == card_id
            )
        )
        or 0
    )


def _redeemed(s: Session, card_id: uuid.UUID) -> bool:
    return (
        s.scalar(
            select(BonusEntry.id).where(
                BonusEntry.card_id == card_id, BonusEntry.kind == EntryKind.REDEMPTION.value
            )
        )
        is not None
    )


def _is_open(s: Session, card: BonusCard, today: dt.date) -> bool:
    """Collecting or full: not redeemed, and not expired unless already full."""
    state = rules.card_state(
        _stamps(s, card.id), card.stamps_needed, _redeemed(s, card.id), card.valid_until, today
    )
    return state in (CardState.COLLECTING, CardState.FULL)


def _reversal_of(s: Session, entry_id: uuid.UUID) -> uuid.UUID | None:
    return s.scalar(select(BonusEntry.id).where(BonusEntry.reverses_entry_id == entry_id))


def _counter_card(s: Session, card: BonusCard, today: dt.date) -> BonusCard:
    """Where a correction goes: the card itself while it is not redeemed, else the card
    the customer collects on now (a stamp already rewarded is owed by the next card)."""
    if not _redeemed(s, card.id):
        return card
    last = _last_card(s, card.program_id, card.customer_id)
    return last if last is not None else card


def _card_sums() -> Subquery:
    """Per card its stamps and whether it is redeemed: one pass over a covering index."""
    closed = case((BonusEntry.kind == EntryKind.REDEMPTION.value, 1), else_=0)
    return (
        select(
            BonusEntry.card_id,
            func.sum(BonusEntry.count).label("stamps"),
            func.max(closed).label("redeemed"),
        )
        .group_by(BonusEntry.card_id)
        .subquery()
    )


def _open_cards_query(
    location_id: uuid.UUID, today: dt.date
) -> Select[uuid.UUID, uuid.UUID, uuid.UUID, int, Any]:
    """Each customer's current, unredeemed, unexpired-or-full card with its stamps."""
    stamps = _card_sums()
    n = func.coalesce(stamps.c.stamps, 0)
    return (
        select(
            BonusCard.id.label("card_id"),
            BonusCard.program_id,
            BonusCard.customer_id,
            BonusCard.stamps_needed.label("needed"),
            n.label("stamps"),
        )
        .join(BonusProgram, BonusProgram.id == BonusCard.program_id)
        .outerjoin(stamps, stamps.c.card_id == BonusCard.id)
        .where(
            BonusCard.location_id == location_id,
            BonusProgram.deleted_at.is_(None),
            func.coalesce(stamps.c.redeemed, 0) == 0,
            (BonusCard.valid_until.is_(None))
            | (BonusCard.valid_until >= today)
            | (n >= BonusCard.stamps_needed),
        )
    )


def _open_card_counts(
    s: Session, location_id: uuid.UUID, today: dt.date
) -> dict[uuid.UUID, tuple[int, int]]:
    cards = _open_cards_query(location_id, today).subquery()
    result: dict[uuid.UUID, tuple[int, int]] = {}
    for pid, full, n in s.execute(
        select(cards.c.program_id, cards.c.stamps >= cards.c.needed, func.count()).group_by(
            cards.c.program_id, cards.c.stamps >= cards.c.needed
        )
    ):
        total, full_n = result.get(pid, (0, 0))
        result[pid] = (total + int(n), full_n + (int(n) if full else 0))
    return result


def _card_infos(s: Session, cards: list[BonusCard], today: dt.date) -> list[CardInfo]:
    if not cards:
        return []
    ids = [c.id for c in cards]
    programs = {
        p.id: p
        for p in s.scalars(
            select(BonusProgram).where(BonusProgram.id.in_({c.program_id for c in cards}))
        )
    }
    names = _item_names(s, cards[0].location_id)
    rows = s.execute(
        select(BonusEntry, StaffMember.display_name, Sale.receipt_no)
        .outerjoin(StaffMember, StaffMember.id == BonusEntry.staff_id)
        .outerjoin(Sale, Sale.id == BonusEntry.sale_id)
        .where(BonusEntry.card_id.in_(ids))
        .order_by(BonusEntry.at, BonusEntry.id)
    ).all()
    reversed_ids = set(
        s.scalars(
            select(BonusEntry.reverses_entry_id).where(
                BonusEntry.reverses_entry_id.in_([e.id for e, _, _ in rows])
            )
        )
    )
    by_card: dict[uuid.UUID, list[EntryInfo]] = defaultdict(list)
    for e, staff, receipt_no in rows:
        by_card[e.card_id].append(
            EntryInfo(
                e.id,
                EntryKind(e.kind),
                e.count,
                e.at,
                staff,
                receipt_no,
                e.reason,
                e.reward,
                e.reverses_entry_id,
                e.id in reversed_ids,
            )
        )
    newest: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    for c in s.execute(
        select(BonusCard.program_id, BonusCard.customer_id, func.max(BonusCard.number))
        .where(
            and_(
                BonusCard.customer_id.in_({c.customer_id for c in cards}),
                BonusCard.program_id.in_(set(programs)),
            )
        )
        .group_by(BonusCard.program_id, BonusCard.customer_id)
    ):
        newest[(c[0], c[1])] = c[2]
    infos = []
    for card in cards:
        program = programs[card.program_id]
        entries = tuple(by_card.get(card.id, []))
        stamps = sum(e.count for e in entries)
        redeemed = any(e.kind is EntryKind.REDEMPTION for e in entries)
        infos.append(
            CardInfo(
                id=card.id,
                program_id=program.id,
                program_name=program.name,
                customer_id=card.customer_id,
                number=card.number,
                stamps=stamps,
                needed=card.stamps_needed,
                state=rules.card_state(
                    stamps, card.stamps_needed, redeemed, card.valid_until, today
                ),
                started_at=card.started_at,
                valid_until=card.valid_until,
                reward_label=_reward_label(program, names),
                keeps_collecting=program.keeps_collecting,
                current=newest.get((card.program_id, card.customer_id)) == card.number,
                program_usable=_usable(program),
                stamp_dates=_circles(entries),
                entries=entries,
            )
        )
    return infos


def _circles(entries: tuple[EntryInfo, ...]) -> tuple[dt.datetime, ...]:
    """The date under each filled circle: positive entries add, counter-entries remove
    their own stamp's circles (or the newest, for stamps owed from an earlier card)."""
    circles: list[tuple[uuid.UUID, dt.datetime]] = []
    for e in entries:
        if e.count > 0:
            circles.extend((e.id, e.at) for _ in range(e.count))
        elif e.count < 0:
            own = [i for i, (eid, _) in enumerate(circles) if eid == e.reverses_entry_id]
            drop = own[: -e.count] if own else list(range(len(circles)))[e.count :]
            for i in sorted(drop, reverse=True):
                del circles[i]
    return tuple(at for _, at in circles)


# --- demo data ------------------------------------------------------------------------------


def build_demo_bonus(
    uow: UnitOfWork, clock: Clock, location_id: uuid.UUID, *, cards: int = 120, seed: int = 3
) -> None:
    """Switch the feature on with two demo programs and cards in every state (bulk insert)."""
    import random

    rng = random.Random(seed)
    now = clock.now()
    with uow.write() as s:
        items = dict(
            s.execute(
                select(CatalogueItem.name, CatalogueItem.id).where(
                    CatalogueItem.location_id == location_id
                )
            ).all()
        )
        staff_id = s.scalar(
            select(StaffMember.id).where(StaffMember.location_id == location_id).limit(1)
        )
        customer_ids = list(
            s.scalars(
                select(Customer.id)
                .where(Customer.location_id == location_id)
                .order_by(Customer.number)
                .limit(cards)
            )
        )
        s.add(Setting(location_id=location_id, key=rules.FEATURE_KEY, value=True))
        haircuts = [items[n] for n in ("Damenhaarschnitt", "Herrenhaarschnitt") if n in items]
        ems = items.get("EMS-Training (20 Min.)")
        programs = [
            dict(
                id=new_id(),
                name="Jeder 10. Haarschnitt gratis",
                stamps_needed=10,
                reward_kind=RewardKind.SERVICE.value if haircuts else RewardKind.TEXT.value,
                reward_item_id=items.get("Herrenhaarschnitt"),
                reward_text=None if haircuts else "Haarschnitt gratis",
                earn_rule=EarnRule.ITEMS.value if haircuts else EarnRule.MANUAL.value,
                earn_item_ids=[str(i) for i in haircuts],
                keeps_collecting=False,
            ),
            dict(
                id=new_id(),
                name="EMS 8er-Karte",
                stamps_needed=8,
                reward_kind=RewardKind.TEXT.value,
                reward_item_id=None,
                reward_text="Ein EMS-Training gratis",
                earn_rule=EarnRule.ITEMS.value if ems else EarnRule.MANUAL.value,
                earn_item_ids=[str(ems)] if ems else [],
                keeps_collecting=True,
            ),
        ]
        for p in programs:
            p.update(
                location_id=location_id,
                reward_amount_cents=None,
                spend_step_cents=None,
                validity_months=None,
                active=True,
                archived_at=None,
                created_at=now,
                updated_at=now,
                deleted_at=None,
            )
        s.execute(insert(BonusProgram), programs)
        card_rows: list[dict[str, object]] = []
        entry_rows: list[dict[str, object]] = []

        def entry(
            card: uuid.UUID, kind: EntryKind, count: int, at: dt.datetime, **kw: object
        ) -> None:
            entry_rows.append(
                dict(
                    id=new_id(),
                    card_id=card,
                    kind=kind.value,
                    count=count,
                    at=at,
                    staff_id=staff_id,
                    sale_id=None,
                    reverses_entry_id=None,
                    reason=kw.get("reason"),
                    reward=kw.get("reward"),
                )
            )

        for i, customer_id in enumerate(customer_ids):
            program = programs[0] if i % 3 else programs[1]
            needed = int(program["stamps_needed"])  # type: ignore[call-overload]
            started = now - dt.timedelta(days=rng.randrange(30, 200))
            number = 1
            if rng.random() < 0.25:  # an earlier card, redeemed
                started = now - dt.timedelta(days=rng.randrange(300, 400))
                old = rules.card_id(program["id"], customer_id, 1)  # type: ignore[arg-type]
                card_rows.append(_demo_card(old, program, customer_id, location_id, 1, started))
                for k in range(needed):
                    entry(
                        old,
                        EntryKind.STAMP,
                        1,
                        started + dt.timedelta(days=14 * k),
                        reason="Papierkarte übertragen" if k == 0 else None,
                    )
                entry(
                    old,
                    EntryKind.REDEMPTION,
                    0,
                    started + dt.timedelta(days=14 * needed),
                    reward="Herrenhaarschnitt gratis"
                    if program is programs[0]
                    else "Ein EMS-Training gratis",
                )
                started += dt.timedelta(days=14 * needed)
                number = 2
            cid = rules.card_id(program["id"], customer_id, number)  # type: ignore[arg-type]
            card_rows.append(_demo_card(cid, program, customer_id, location_id, number, started))
            stamps = needed if rng.random() < 0.15 else rng.randrange(0, needed)
            for k in range(stamps):
                at = min(now, started + dt.timedelta(days=rng.randrange(3, 12) * (k + 1)))
                entry(cid, EntryKind.STAMP, 1, at, reason="Besuch" if k % 4 == 0 else None)
        if card_rows:
            s.execute(insert(BonusCard), card_rows)
        if entry_rows:
            s.execute(insert(BonusEntry), entry_rows)


def _demo_card(
    card_id: uuid.UUID,
    program: dict[str, object],
    customer_id: uuid.UUID,
    location_id: uuid.UUID,
    number: int,
    started: dt.datetime,
) -> dict[str, object]:
    return dict(
        id=card_id,
        program_id=program["id"],
        customer_id=customer_id,
        location_id=location_id,
        number=number,
        stamps_needed=program["stamps_needed"],
        started_at=started,
        valid_until=None,
        started_by_id=None,
    )
