"""Input the till refuses before it writes: an unbalanced cart, a voucher outside the
value and text limits, a missing or overlong reason for a Storno or pay-out.
"""

from __future__ import annotations

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, CartProblem, VoucherSale
from belbo_desktop.domain.text import clean, has_control_chars

VOUCHER_VALUE_MIN = Money(100)
VOUCHER_VALUE_MAX = Money(500_000)
RECIPIENT_MAX = 80
MESSAGE_MAX = 300


def check_cart(cart: Cart) -> None:
    problems = cart.problems()
    if problems:
        first = problems[0]
        params: dict[str, object] = {}
        if first is CartProblem.UNDERPAID:
            params["missing"] = euro(cart.remaining)
        raise ValidationError({"cart": Message(first.value, params)})


def checked_reason(reason: str) -> str:
    reason = clean(reason)
    if not reason:
        raise ValidationError({"reason": Message("sale_reason_required")})
    if len(reason) > 300 or has_control_chars(reason):
        raise ValidationError(
            {"reason": Message("voucher_text_too_long", {"what": "reason", "max": 300})}
        )
    return reason


def check_voucher_sale(v: VoucherSale) -> None:
    errors: dict[str, Message] = {}
    if v.value < VOUCHER_VALUE_MIN or v.value > VOUCHER_VALUE_MAX:
        errors["value"] = Message("voucher_value_invalid")
    if len(clean(v.recipient)) > RECIPIENT_MAX or has_control_chars(clean(v.recipient)):
        errors["recipient"] = Message(
            "voucher_text_too_long", {"what": "recipient", "max": RECIPIENT_MAX}
        )
    if len(clean(v.message)) > MESSAGE_MAX or has_control_chars(clean(v.message), multiline=True):
        errors["message"] = Message(
            "voucher_text_too_long", {"what": "dedication", "max": MESSAGE_MAX}
        )
    if errors:
        raise ValidationError(errors)


def euro(m: Money) -> str:
    sign = "-" if m.cents < 0 else ""
    cents = abs(m.cents)
    return f"{sign}{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d} €"
