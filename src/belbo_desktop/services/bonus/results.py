"""The plain dataclasses the bonus service returns to the screens, the till and the
printed card, so no ORM row leaves the service."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import CardState, EarnRule, EntryKind, ProgramInput, RewardKind
from belbo_desktop.domain.money import Money


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
