"""BonusService, the one entry point the screens and the till call: it checks the acting
staff member's rights, opens the transaction and writes the audit entry, and leaves the
work to the package's other modules."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import CardState, EntryKind, ProgramInput
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import ItemLine
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.bonus.card_info import _card_infos, printable_card
from belbo_desktop.services.bonus.ledger import CardLedger
from belbo_desktop.services.bonus.lookups import (
    _card,
    _counter_card,
    _customer,
    _enabled,
    _is_open,
    _last_card,
    _program,
    _redeemed,
    _require_enabled,
    _stamps,
    reversible_stamp,
)
from belbo_desktop.services.bonus.overview import full_card_rows, program_overview
from belbo_desktop.services.bonus.programs import (
    _check_unique_name,
    _columns,
    _item_ids,
    _usable,
    program_infos,
)
from belbo_desktop.services.bonus.results import (
    CardInfo,
    FullCardRow,
    OverviewRow,
    PrintableCard,
    ProgramInfo,
)
from belbo_desktop.services.bonus.till_hooks import apply_sale, receipt_lines, reward_item_line
from belbo_desktop.services.locations import SettingsService
from belbo_desktop.services.ports import Clock, local_today
from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.orm.bonus import BonusCard, BonusProgram
from belbo_desktop.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from belbo_desktop.services.till import CommittedSale

STAMPS_AT_ONCE_MAX = 10


class BonusService:
    def __init__(self, uow: UnitOfWork, clock: Clock, settings: SettingsService) -> None:
        self.uow = uow
        self.clock = clock
        self.settings = settings
        self._ledger = CardLedger(clock)

    # --- feature switch -----------------------------------------------------------------

    def enabled(self, location_id: uuid.UUID) -> bool:
        return bool(self.settings.get(location_id, rules.FEATURE_KEY, False))

    def set_enabled(self, actor: Actor, on: bool) -> None:
        """Switching off hides the feature; nothing is removed."""
        actor.require(Right.MANAGE_BONUS_PROGRAMS)
        self.settings.set(actor, rules.FEATURE_KEY, bool(on), right=Right.MANAGE_BONUS_PROGRAMS)

    # --- programs -----------------------------------------------------------------------

    def programs(self, actor: Actor, *, include_archived: bool = False) -> list[ProgramInfo]:
        if not actor.can(Right.MANAGE_BONUS_PROGRAMS):
            actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            return program_infos(s, actor.location_id, include_archived)

    def program(self, actor: Actor, program_id: uuid.UUID) -> ProgramInfo:
        for p in self.programs(actor, include_archived=True):
            if p.id == program_id:
                return p
        raise NotFound(Message("not_found", {"what": "Bonusprogramm"}))

    def create_program(self, actor: Actor, data: ProgramInput) -> uuid.UUID:
        actor.require(Right.MANAGE_BONUS_PROGRAMS)
        now = self.clock.now()
        with self.uow.write() as s:
            _require_enabled(s, actor.location_id)
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
            _require_enabled(s, actor.location_id)
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
            _require_enabled(s, actor.location_id)
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
            card = self._ledger.start_card(s, actor, program, customer_id, last)
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
            _require_enabled(s, actor.location_id)
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
                card = self._ledger.start_card(s, actor, program, card.customer_id, card)
            stamps = _stamps(s, card.id)
            room = rules.room_for(stamps, card.stamps_needed, program.keeps_collecting, count)
            if room < count:
                progress = rules.progress_text(stamps, card.stamps_needed)
                raise ValidationError({"card": Message("bonus_card_full", {"progress": progress})})
            self._ledger.add_entry(s, actor, card.id, EntryKind.STAMP, count, reason=reason)
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
            entry, card = reversible_stamp(s, actor.location_id, entry_id)
            target = _counter_card(s, card, today)
            self._ledger.add_entry(
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
            _require_enabled(s, actor.location_id)
            card = _card(s, actor.location_id, card_id)
            new = self._ledger.redeem(s, actor, card, sale_id=None, note=note or None)
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
            return reward_item_line(s, _card(s, actor.location_id, card_id))

    def printable(self, actor: Actor, card_id: uuid.UUID) -> PrintableCard:
        actor.require(Right.VIEW_CUSTOMERS)
        info = self.card(actor, card_id)
        with self.uow.read() as s:
            return printable_card(s, actor.location_id, info)

    # --- overview -----------------------------------------------------------------------

    def overview(self, actor: Actor) -> list[OverviewRow]:
        """Per program: open cards, stamps given this month, rewards redeemed, full cards."""
        actor.require(Right.VIEW_CUSTOMERS)
        today = local_today(self.clock)
        with self.uow.read() as s:
            return program_overview(s, actor.location_id, today)

    def full_card_customers(self, actor: Actor, limit: int = 500) -> list[FullCardRow]:
        """Customers whose current card is full, by name."""
        actor.require(Right.VIEW_CUSTOMERS)
        with self.uow.read() as s:
            return full_card_rows(s, actor.location_id, limit)

    # --- the till's hooks ---------------------------------------------------------------

    def on_sale(self, s: Session, actor: Actor, sale: CommittedSale) -> None:
        """``TillService.after_sale``: runs inside the sale's transaction."""
        apply_sale(s, self._ledger, actor, sale)

    def receipt_notes(self, s: Session, sale_id: uuid.UUID) -> list[str]:
        """Lines for the receipt: each touched card as it stood after this sale."""
        return receipt_lines(s, sale_id)
