"""Catalogue: services and products (Leistungen, Produkte) the till sells."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from belbo_desktop.storage.orm.base import Base, IdMixin, TimestampMixin, TombstoneMixin


class CatalogueItem(IdMixin, TimestampMixin, TombstoneMixin, Base):
    """Price and VAT rate of one service or product. Receipts copy both at sale time,
    so changing the catalogue never changes a past receipt."""

    __tablename__ = "catalogue_items"

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(80))
    price_cents: Mapped[int]
    vat_rate: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)
