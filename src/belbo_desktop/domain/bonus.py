"""Bonus programs (Stempelkarten): what a program promises and how a card's state follows
from its entries.

A card never stores its stamp count. Stamps, counter-entries, redemptions and carried
stamps are entries in an append-only ledger; the count is their sum. A card also keeps
the number of stamps it needed when it was started, so changing a program later never
changes a card already in a customer's hands.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from enum import StrEnum

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import ItemLine
from belbo_desktop.domain.text import clean, has_control_chars

STAMPS_MIN = 2
STAMPS_MAX = 50
NAME_MAX = 80
REWARD_TEXT_MAX = 120
REASON_MAX = 200
VALIDITY_MONTHS_MAX = 60
AMOUNT_MAX = Money(50_000)  # 500 € off is a typo, not a reward
SPEND_MAX = Money(100_000)

#: Settings key (per location) of the feature switch.
FEATURE_KEY = "bonus.enabled"

#: Namespace for card ids derived from (program, customer, number): two PCs starting
#: "the same" card offline create the same row, and sync merges it instead of doubling.
CARD_NAMESPACE = uuid.UUID("6f1c3a52-9a57-4c1b-9d7e-0b6c2d3e4f50")


class RewardKind(StrEnum):
    SERVICE = "service"  # a free catalogue service
    AMOUNT = "amount"  # an amount off
    TEXT = "text"  # anything else, recorded as text


class EarnRule(StrEnum):
    MANUAL = "manual"  # by hand only
    ITEMS = "items"  # one stamp per sale containing chosen catalogue items
    SPEND = "spend"  # one stamp per full X € spent in a sale


class EntryKind(StrEnum):
    STAMP = "stamp"  # +n: by hand or by a sale
    REVERSAL = "reversal"  # -n: counter-entry to a stamp (by hand or by a Storno)
    REDEMPTION = "redemption"  # 0: the reward was given; the card is closed
    CARRY = "carry"  # +n on a new card: stamps beyond a redeemed card's need
    RESTORE = "restore"  # +n: a cancelled sale gives back the stamps its reward used


class CardState(StrEnum):
    COLLECTING = "collecting"
    FULL = "full"
    REDEEMED = "redeemed"
    EXPIRED = "expired"


@dataclass(frozen=True)
class ProgramInput:
    """What the editor sends. Only the fields of the chosen kinds matter."""

    name: str
    stamps_needed: int
    reward_kind: RewardKind
    earn_rule: EarnRule
    reward_item_id: uuid.UUID | None = None
    reward_amount: Money | None = None
    reward_text: str = ""
    earn_item_ids: tuple[uuid.UUID, ...] = ()
    spend_step: Money | None = None
    validity_months: int | None = None
    keeps_collecting: bool = False
    active: bool = True


def validate_program(data: ProgramInput, known_items: set[uuid.UUID]) -> ProgramInput:
    """The program as stored (unused fields cleared), or ValidationError per field."""
    errors: dict[str, Message] = {}
    name = clean(data.name)
    if not name:
        errors["name"] = Message("bonus_name_required")
    elif len(name) > NAME_MAX or has_control_chars(name):
        errors["name"] = Message("bonus_name_too_long", {"max": NAME_MAX})
    if not isinstance(data.stamps_needed, int) or not (
        STAMPS_MIN <= data.stamps_needed <= STAMPS_MAX
    ):
        errors["stamps_needed"] = Message(
            "bonus_stamps_invalid", {"min": STAMPS_MIN, "max": STAMPS_MAX}
        )
    reward_item_id, reward_amount, reward_text = None, None, ""
    if data.reward_kind is RewardKind.SERVICE:
        if data.reward_item_id is None or data.reward_item_id not in known_items:
            errors["reward"] = Message("bonus_reward_item_required")
        reward_item_id = data.reward_item_id
    elif data.reward_kind is RewardKind.AMOUNT:
        amount = data.reward_amount
        if amount is None or amount.cents <= 0 or amount > AMOUNT_MAX:
            errors["reward"] = Message("bonus_reward_amount_invalid", {"max": "500,00 €"})
        reward_amount = amount
    else:
        reward_text = clean(data.reward_text)
        if not reward_text:
            errors["reward"] = Message("bonus_reward_text_required")
        elif len(reward_text) > REWARD_TEXT_MAX or has_control_chars(reward_text):
            errors["reward"] = Message("bonus_reward_text_too_long", {"max": REWARD_TEXT_MAX})
    earn_items: tuple[uuid.UUID, ...] = ()
    spend_step = None
    if data.earn_rule is EarnRule.ITEMS:
        earn_items = tuple(dict.fromkeys(data.earn_item_ids))
        if not earn_items or any(i not in known_items for i in earn_items):
            errors["earn"] = Message("bonus_earn_items_required")
    elif data.earn_rule is EarnRule.SPEND:
        spend_step = data.spend_step
        if spend_step is None or spend_step.cents < 100 or spend_step > SPEND_MAX:
            errors["earn"] = Message("bonus_spend_invalid", {"max": "1.000,00 €"})
    months = data.validity_months
    if months is not None and not (1 <= months <= VALIDITY_MONTHS_MAX):
        errors["validity_months"] = Message("bonus_validity_invalid", {"max": VALIDITY_MONTHS_MAX})
    if errors:
        raise ValidationError(errors)
    return ProgramInput(
        name=name,
        stamps_needed=data.stamps_needed,
        reward_kind=data.reward_kind,
        earn_rule=data.earn_rule,
        reward_item_id=reward_item_id,
        reward_amount=reward_amount,
        reward_text=reward_text,
        earn_item_ids=earn_items,
        spend_step=spend_step,
        validity_months=months,
        keeps_collecting=data.keeps_collecting,
        active=data.active,
    )


def clean_reason(reason: str, *, required: bool = True) -> str:
    """A stamp's or counter-entry's reason, or ValidationError."""
    text = clean(reason)
    if required and not text:
        raise ValidationError({"reason": Message("bonus_reason_required")})
    if len(text) > REASON_MAX or has_control_chars(text):
        raise ValidationError({"reason": Message("bonus_reason_too_long", {"max": REASON_MAX})})
    return text


@dataclass(frozen=True)
class SaleLineView:
    """What earning rules look at in a sale line."""

    catalogue_item_id: uuid.UUID | None
    amount: Money
    is_goods: bool  # a service or product line (not a voucher sold or redeemed)
    is_reward: bool  # a free bonus reward line (an amount off still counts as bought)


def stamps_earned(
    rule: EarnRule,
    lines: list[SaleLineView],
    earn_items: frozenset[uuid.UUID],
    spend_step: Money | None,
) -> int:
    """How many stamps a sale earns. Rewards and vouchers never earn anything."""
    goods = [ln for ln in lines if ln.is_goods and not ln.is_reward]
    if rule is EarnRule.ITEMS:
        return 1 if any(ln.catalogue_item_id in earn_items for ln in goods) else 0
    if rule is EarnRule.SPEND and spend_step is not None and spend_step.cents > 0:
        spent = sum(ln.amount.cents for ln in goods)
        return max(0, spent // spend_step.cents)
    return 0


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clipped to the month's end (31.1. + 1 = 28./29.2.)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def card_state(
    stamps: int,
    needed: int,
    redeemed: bool,
    valid_until: dt.date | None,
    today: dt.date,
) -> CardState:
    if redeemed:
        return CardState.REDEEMED
    if stamps >= needed:
        return CardState.FULL
    if valid_until is not None and today > valid_until:
        return CardState.EXPIRED
    return CardState.COLLECTING


def room_for(stamps: int, needed: int, keeps_collecting: bool, wanted: int) -> int:
    """How many of ``wanted`` stamps a card takes: a full card stops unless the program
    lets it keep collecting (the surplus then moves to the next card on redemption)."""
    if keeps_collecting:
        return wanted
    return max(0, min(wanted, needed - max(stamps, 0)))


def card_id(program_id: uuid.UUID, customer_id: uuid.UUID, number: int) -> uuid.UUID:
    return uuid.uuid5(CARD_NAMESPACE, f"{program_id}:{customer_id}:{number}")


def reward_label(kind: RewardKind, item_name: str | None, amount: Money | None, text: str) -> str:
    if kind is RewardKind.SERVICE:
        return f"{item_name or 'Leistung'} gratis"
    if kind is RewardKind.AMOUNT and amount is not None:
        euros = f"{amount.cents // 100:,}".replace(",", ".")
        return f"{euros},{amount.cents % 100:02d} € Rabatt"
    return text


def progress_text(stamps: int, needed: int) -> str:
    """As the receipt and the till say it: "7 von 10 Stempeln"."""
    shown = max(stamps, 0)
    word = "Stempel" if needed == 1 else "Stempeln"
    return f"{shown} von {needed} {word}"


#: What the printed card's QR code holds: a scanner at the till types it, and the till
#: attaches that customer. Long enough (and unlike a voucher code) to be told apart.
CUSTOMER_CODE_PREFIX = "BELBO-KUNDE-"


def customer_code(number: int) -> str:
    return f"{CUSTOMER_CODE_PREFIX}{number}"


def parse_customer_code(text: str) -> int | None:
    """The customer number in a scanned card code, or None if it is not one.

    Scanners on a German keyboard layout may send "ß" for "-"; both are accepted.
    """
    cleaned = text.replace("ß", "-").replace("ẞ", "-").strip().upper()
    if not cleaned.startswith(CUSTOMER_CODE_PREFIX):
        return None
    digits = cleaned[len(CUSTOMER_CODE_PREFIX) :]
    if not digits.isdigit() or not digits.isascii() or len(digits) > 12:
        return None
    return int(digits)


def with_reward_discount(
    items: list[ItemLine], amount: Money, card: uuid.UUID
) -> list[ItemLine] | None:
    """The cart's items with an amount-off reward taken from the dearest line (marked
    with the card, so the sale redeems it), or None if no line can carry it."""
    candidates = [
        (i, it)
        for i, it in enumerate(items)
        if it.bonus_card_id is None and (it.unit_price * it.quantity - it.discount).cents > 0
    ]
    if not candidates:
        return None
    index, line = max(candidates, key=lambda c: c[1].unit_price * c[1].quantity - c[1].discount)
    room = line.unit_price * line.quantity - line.discount
    off = Money(min(amount.cents, room.cents))
    result = list(items)
    result[index] = replace(line, discount=line.discount + off, bonus_card_id=card)
    return result
