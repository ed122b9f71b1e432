"""Customers and their custom fields (Kundenfelder)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    Connection,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
)
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from belbo_desktop.domain.customers import customer_sort_key, search_text
from belbo_desktop.storage import customer_order
from belbo_desktop.storage.orm.base import Base, IdMixin, TimestampMixin, TombstoneMixin
from belbo_desktop.storage.search import INACTIVE_TOKEN, location_token

#: Index token of customer files merged into another; no query ever matches them.
MERGED_TOKEN = "_zusammengefuehrt"


class CustomFieldDefinition(IdMixin, TimestampMixin, TombstoneMixin, Base):
    """A typed customer field defined per location. Archived, never dropped."""

    __tablename__ = "custom_field_definitions"

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    label: Mapped[str] = mapped_column(String(80))
    field_type: Mapped[str] = mapped_column(String(20))
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    help_text: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)
    archived_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    is_trade_secret: Mapped[bool] = mapped_column(default=False, server_default=false())
    is_identifying: Mapped[bool] = mapped_column(default=False, server_default=false())
    is_health_data: Mapped[bool] = mapped_column(default=False, server_default=false())


class Customer(IdMixin, TimestampMixin, TombstoneMixin, Base):
    """A customer file (Kundenakte).

    ``sort_key`` and ``search_text`` are derived in Python (German folding and
    transliteration); SQL triggers copy ``search_text`` into the FTS5 index keyed by
    ``search_seq``, a local integer that never leaves this database.
    """

    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("location_id", "number"),
        # Name order (also for placing new customers) covering the list's filters.
        Index(
            "ix_customers_list",
            "sort_key",
            "number",
            "search_seq",
            "location_id",
            "archived_at",
            "deleted_at",
        ),
        Index("ix_customers_email", "email"),
        Index("ix_customers_phone", "phone"),
    )

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    number: Mapped[int]
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    birthday: Mapped[dt.date | None]
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="DE")
    notes: Mapped[str | None] = mapped_column(Text)
    marketing_consent: Mapped[bool] = mapped_column(default=False)
    archived_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))
    sort_key: Mapped[str] = mapped_column(String(210))
    search_text: Mapped[str] = mapped_column(Text, default="")
    search_seq: Mapped[int] = mapped_column(unique=True)
    #: Set when this file was merged into another (a duplicate); it stays archived,
    #: out of list and search, and its ledger rows are read through the survivor. No
    #: foreign key: a PC's first sync brings customers in name order, so the survivor
    #: may arrive after its duplicate.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    merged_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    merged_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_members.id"), default=None
    )


class CustomFieldValue(IdMixin, TimestampMixin, Base):
    """One customer's value for one custom field, as canonical text."""

    __tablename__ = "custom_field_values"
    __table_args__ = (UniqueConstraint("customer_id", "field_id"),)

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    field_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("custom_field_definitions.id"), index=True
    )
    value: Mapped[str] = mapped_column(Text)


def refresh_derived(customer: Customer) -> None:
    """Recompute the sort key and search text from the fields they are made of."""
    customer.sort_key = customer_sort_key(customer.first_name or "", customer.last_name or "")
    text = search_text(
        customer.number,
        customer.first_name or "",
        customer.last_name or "",
        customer.email,
        customer.phone,
    )
    customer.search_text = index_text(
        text,
        customer.location_id,
        customer.archived_at is not None or customer.deleted_at is not None,
        merged=getattr(customer, "merged_into_id", None) is not None,
    )


def index_text(
    searchable: str, location_id: uuid.UUID, inactive: bool, *, merged: bool = False
) -> str:
    """The searchable words plus tokens that scope a match to a location and state.

    A file merged into another carries no words and no location token: no search, count
    or "Archivierte zeigen" finds it; its survivor is found by the taken values instead.
    """
    if merged:
        return f"{MERGED_TOKEN} {INACTIVE_TOKEN}"
    tokens = [searchable, location_token(location_id)]
    if inactive:
        tokens.append(INACTIVE_TOKEN)
    return " ".join(tokens)


@event.listens_for(Customer, "before_insert")
def _before_insert(_mapper: Mapper[Customer], connection: Connection, target: Customer) -> None:
    refresh_derived(target)
    if target.search_seq is None:
        target.search_seq = customer_order.position_for(connection, target.sort_key, target.number)


@event.listens_for(Customer, "before_update")
def _before_update(_mapper: Mapper[Customer], connection: Connection, target: Customer) -> None:
    old_key = target.sort_key
    refresh_derived(target)
    if target.sort_key != old_key:
        # Move to the new place in name order; the FTS trigger follows the new rowid.
        target.search_seq = customer_order.position_for(connection, target.sort_key, target.number)
