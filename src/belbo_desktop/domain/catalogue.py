"""Catalogue rules: services and products (Leistungen, Produkte) with price and VAT rate."""

from __future__ import annotations

from dataclasses import dataclass

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import VAT_RATES, ItemKind
from belbo_desktop.domain.text import clean, has_control_chars

NAME_MAX = 80
PRICE_MAX = Money(1_000_000)  # 10,000 € per item is a typo, not a price


@dataclass(frozen=True)
class ItemInput:
    kind: ItemKind
    name: str
    price: Money
    vat_rate: int
    active: bool = True


def validate_item(data: ItemInput) -> ItemInput:
    """The item as stored, or ValidationError naming each bad field."""
    errors: dict[str, Message] = {}
    name = clean(data.name)
    if not name:
        errors["name"] = Message("till_item_name_required")
    elif len(name) > NAME_MAX or has_control_chars(name):
        errors["name"] = Message("till_item_name_too_long", {"max": NAME_MAX})
    if data.price.cents < 0 or data.price > PRICE_MAX:
        errors["price"] = Message("till_price_invalid", {"max": "10.000 €"})
    if data.vat_rate not in VAT_RATES:
        errors["vat_rate"] = Message("till_vat_invalid")
    if errors:
        raise ValidationError(errors)
    return ItemInput(data.kind, name, data.price, data.vat_rate, data.active)
