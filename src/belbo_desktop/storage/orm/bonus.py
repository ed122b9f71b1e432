"""Bonus programs, the cards customers collect on, and the cards' append-only ledger."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from belbo_desktop.storage.orm.base import Base, IdMixin, TimestampMixin, TombstoneMixin, utcnow


class BonusProgram(IdMixin, TimestampMixin, TombstoneMixin, Base):
    """A loyalty program of one location. Archived, never deleted, once it has cards."""

    __tablename__ = "bonus_programs"

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    stamps_needed: Mapped[int]
    reward_kind: Mapped[str] = mapped_column(String(10))
    reward_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("catalogue_items.id"))
    reward_amount_cents: Mapped[int | None]
    reward_text: Mapped[str | None] = mapped_column(String(120))
    earn_rule: Mapped[str] = mapped_column(String(10))
    earn_item_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    spend_step_cents: Mapped[int | None]
    validity_months: Mapped[int | None]
    keeps_collecting: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    archived_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class BonusCard(IdMixin, Base):
    """One card of a customer in a program; the app never changes it once started.

    ``stamps_needed`` is copied from the program when the card starts. The id is derived
    from (program, customer, number) so two PCs starting the same card offline share one
    row; sync merges the two start times by field (last writer wins).
    """

    __tablename__ = "bonus_cards"
    __table_args__ = (UniqueConstraint("program_id", "customer_id", "number"),)

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bonus_programs.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    number: Mapped[int]
    stamps_needed: Mapped[int]
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    valid_until: Mapped[dt.date | None]
    started_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))


class BonusEntry(IdMixin, Base):
    """Stamp (+), counter-entry (-), redemption, carried or restored stamps: append-only.

    A sale stamps a card at most once (one row with ``count`` n), so a sale applied twice
    cannot stamp twice; a stamp is reversed at most once.
    """

    __tablename__ = "bonus_entries"
    __table_args__ = (
        UniqueConstraint("card_id", "sale_id", "kind"),
        # covering: a card's stamps and "redeemed" are read from the index alone
        Index("ix_bonus_entries_card_at", "card_id", "at", "count", "kind"),
        Index("ix_bonus_entries_kind_at", "kind", "at", "card_id", "count"),  # stamps per month
    )

    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bonus_cards.id"))
    kind: Mapped[str] = mapped_column(String(12))
    count: Mapped[int]
    at: Mapped[dt.datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"), index=True)
    reverses_entry_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("bonus_entries.id"), unique=True
    )
    reason: Mapped[str | None] = mapped_column(String(200))
    reward: Mapped[str | None] = mapped_column(String(120))
