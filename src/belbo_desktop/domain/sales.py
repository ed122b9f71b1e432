"""The till's cart and the rules that turn it into receipt lines (DSFinV-K business cases).

The cart is plain data that lives only in memory: parking, changing or abandoning it
touches no voucher. Only the committed sale writes ledger entries.

How vouchers post (as DSFinV-K models them):

* multi-purpose voucher sold: line ``MehrzweckgutscheinKauf``, not taxable; redeemed:
  negative line ``MehrzweckgutscheinEinloesung``, not taxable, while the items paid
  with it carry their VAT;
* single-purpose voucher sold: line ``EinzweckgutscheinKauf`` with the VAT of what it
  buys; redeemed: negative line ``EinzweckgutscheinEinloesung`` at the same rate, so the
  VAT paid at purchase is not charged twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from belbo_desktop.domain.money import Money
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind

VAT_RATES: tuple[int, ...] = (19, 7, 0)
NO_DISCOUNT = Money(0)


class BusinessCase(StrEnum):
    """``GV_TYP`` of DSFinV-K, spelled as the standard spells it."""

    SALE = "Umsatz"
    SINGLE_PURPOSE_SALE = "EinzweckgutscheinKauf"
    SINGLE_PURPOSE_REDEMPTION = "EinzweckgutscheinEinloesung"
    MULTI_PURPOSE_SALE = "MehrzweckgutscheinKauf"
    MULTI_PURPOSE_REDEMPTION = "MehrzweckgutscheinEinloesung"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"


class ItemKind(StrEnum):
    SERVICE = "service"
    PRODUCT = "product"


@dataclass(frozen=True)
class ItemLine:
    """A catalogue service or product in the cart."""

    name: str
    unit_price: Money
    vat_rate: int
    quantity: int = 1
    discount: Money = NO_DISCOUNT
    catalogue_item_id: uuid.UUID | None = None
    bonus_card_id: uuid.UUID | None = None  # a bonus reward: redeems this card, earns nothing


@dataclass(frozen=True)
class VoucherSale:
    """One voucher to be issued: always quantity one, so each voucher stays separate.

    ``value`` is what the voucher is worth; ``discount`` lowers only the price paid.
    """

    kind: VoucherKind
    value: Money
    treatment: VatTreatment
    vat_rate: int | None  # the rate of what a single-purpose voucher buys
    service_item_id: uuid.UUID | None = None
    service_name: str | None = None
    recipient: str = ""
    message: str = ""
    discount: Money = NO_DISCOUNT

    @property
    def price(self) -> Money:
        return self.value - self.discount


@dataclass(frozen=True)
class Redemption:
    """Part of an existing voucher used to pay, as checked when it was scanned."""

    voucher_id: uuid.UUID
    code: str
    amount: Money
    treatment: VatTreatment
    vat_rate: int | None
    kind: VoucherKind = VoucherKind.VALUE


@dataclass(frozen=True)
class Payment:
    method: PaymentMethod
    amount: Money  # what goes towards the total
    tendered: Money | None = None  # cash handed over, if more than ``amount``

    @property
    def change(self) -> Money:
        return (self.tendered - self.amount) if self.tendered is not None else Money(0)


@dataclass(frozen=True)
class PostingLine:
    """A receipt line as stored: amounts are gross cents, ``vat_rate`` None = not taxable."""

    business_case: BusinessCase
    text: str
    quantity: int
    unit_price: Money
    discount: Money
    amount: Money
    vat_rate: int | None
    vat: Money
    catalogue_item_id: uuid.UUID | None = None
    voucher_ref: int | None = None  # index into Cart.vouchers for vouchers sold
    voucher_id: uuid.UUID | None = None  # for redemptions
    bonus_card_id: uuid.UUID | None = None  # a bonus reward line (see ItemLine)


class CartProblem(StrEnum):
    EMPTY = "cart_empty"
    UNDERPAID = "cart_underpaid"
    OVERPAID = "cart_overpaid"
    CHANGE_WITHOUT_CASH = "cart_change_not_cash"
    REDEMPTION_TOO_HIGH = "cart_redemption_too_high"
    DISCOUNT_TOO_HIGH = "cart_discount_too_high"
    DUPLICATE_VOUCHER = "cart_voucher_twice"
    BAD_QUANTITY = "cart_bad_quantity"
    BAD_AMOUNT = "cart_bad_amount"


@dataclass
class Cart:
    """What the customer is buying and how they pay; nothing here is stored."""

    items: list[ItemLine] = field(default_factory=list)
    vouchers: list[VoucherSale] = field(default_factory=list)
    redemptions: list[Redemption] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    customer_id: uuid.UUID | None = None

    # --- editing --------------------------------------------------------------------

    def add_item(self, item: ItemLine) -> None:
        for i, existing in enumerate(self.items):
            if (
                item.catalogue_item_id is not None
                and existing.catalogue_item_id == item.catalogue_item_id
                and existing.unit_price == item.unit_price
                and not existing.discount
                and not item.discount
            ):
                self.items[i] = replace(existing, quantity=existing.quantity + item.quantity)
                return
        self.items.append(item)

    def add_vouchers(self, voucher: VoucherSale, count: int = 1) -> None:
        """``count`` vouchers are ``count`` separate vouchers, never one of the sum."""
        self.vouchers.extend([voucher] * count)

    def add_redemption(self, redemption: Redemption) -> None:
        self.redemptions = [r for r in self.redemptions if r.voucher_id != redemption.voucher_id]
        self.redemptions.append(redemption)

    # --- sums -----------------------------------------------------------------------

    @property
    def goods_total(self) -> Money:
        """Services and products: what vouchers may pay for."""
        return _sum(i.unit_price * i.quantity - i.discount for i in self.items)

    @property
    def vouchers_total(self) -> Money:
        return _sum(v.price for v in self.vouchers)

    @property
    def redeemed_total(self) -> Money:
        return _sum(r.amount for r in self.redemptions)

    @property
    def total(self) -> Money:
        """What the customer pays in cash or by card."""
        return self.goods_total + self.vouchers_total - self.redeemed_total

    @property
    def paid(self) -> Money:
        return _sum(p.amount for p in self.payments)

    @property
    def remaining(self) -> Money:
        return self.total - self.paid

    @property
    def change(self) -> Money:
        return _sum(p.change for p in self.payments)

    def redeemable_room(self) -> Money:
        """How much more vouchers may pay: goods only, a voucher never buys a voucher."""
        return Money(max(0, (self.goods_total - self.redeemed_total).cents))

    def pay(self, method: PaymentMethod, given: Money | None = None) -> Payment:
        """Pay the rest: by card exactly, in cash with ``given`` (change computed)."""
        due = Money(max(0, self.remaining.cents))
        if method is PaymentMethod.CASH and given is not None and given < due:
            payment = Payment(method, given)
        elif method is PaymentMethod.CASH and given is not None:
            payment = Payment(method, due, given)
        else:
            payment = Payment(method, due if given is None else min(given, due))
        self.payments.append(payment)
        return payment

    # --- checks and postings ------------------------------------------------------------

    def problems(self) -> list[CartProblem]:
        found: list[CartProblem] = []
        if not (self.items or self.vouchers):
            found.append(CartProblem.EMPTY)
        if any(i.quantity < 1 or i.quantity > 999 for i in self.items):
            found.append(CartProblem.BAD_QUANTITY)
        if any(i.unit_price.cents < 0 for i in self.items) or any(
            v.value.cents <= 0 for v in self.vouchers
        ):
            found.append(CartProblem.BAD_AMOUNT)
        if any(
            i.discount.cents < 0 or i.discount > i.unit_price * i.quantity for i in self.items
        ) or any(v.discount.cents < 0 or v.discount > v.value for v in self.vouchers):
            found.append(CartProblem.DISCOUNT_TOO_HIGH)
        if any(r.amount.cents <= 0 for r in self.redemptions) or any(
            p.amount.cents < 0 for p in self.payments
        ):
            found.append(CartProblem.BAD_AMOUNT)
        if self.redeemed_total > self.goods_total:
            found.append(CartProblem.REDEMPTION_TOO_HIGH)
        if len({r.voucher_id for r in self.redemptions}) != len(self.redemptions):
            found.append(CartProblem.DUPLICATE_VOUCHER)
        if self.paid < self.total:
            found.append(CartProblem.UNDERPAID)
        elif self.paid > self.total:
            found.append(CartProblem.OVERPAID)
        if any(p.change and p.method is not PaymentMethod.CASH for p in self.payments):
            found.append(CartProblem.CHANGE_WITHOUT_CASH)
        return list(dict.fromkeys(found))

    def postings(self) -> list[PostingLine]:
        lines: list[PostingLine] = []
        for item in self.items:
            amount = item.unit_price * item.quantity - item.discount
            lines.append(
                PostingLine(
                    BusinessCase.SALE,
                    item.name,
                    item.quantity,
                    item.unit_price,
                    item.discount,
                    amount,
                    item.vat_rate,
                    amount.vat_included(item.vat_rate),
                    catalogue_item_id=item.catalogue_item_id,
                    bonus_card_id=item.bonus_card_id,
                )
            )
        for ref, v in enumerate(self.vouchers):
            single = v.treatment is VatTreatment.SINGLE_PURPOSE
            rate = v.vat_rate if single else None
            lines.append(
                PostingLine(
                    BusinessCase.SINGLE_PURPOSE_SALE if single else BusinessCase.MULTI_PURPOSE_SALE,
                    voucher_text(v),
                    1,
                    v.value,
                    v.discount,
                    v.price,
                    rate,
                    v.price.vat_included(rate) if rate else Money(0),
                    voucher_ref=ref,
                )
            )
        for r in self.redemptions:
            single = r.treatment is VatTreatment.SINGLE_PURPOSE
            rate = r.vat_rate if single else None
            lines.append(
                PostingLine(
                    BusinessCase.SINGLE_PURPOSE_REDEMPTION
                    if single
                    else BusinessCase.MULTI_PURPOSE_REDEMPTION,
                    f"Gutschein {r.code} eingelöst",
                    1,
                    -r.amount,
                    Money(0),
                    -r.amount,
                    rate,
                    -r.amount.vat_included(rate) if rate else Money(0),
                    voucher_id=r.voucher_id,
                )
            )
        return lines


def voucher_text(v: VoucherSale) -> str:
    if v.kind is VoucherKind.SERVICE:
        return f"Gutschein: {v.service_name or 'Leistung'}"
    return f"Wertgutschein {_euro(v.value)}"


def _euro(m: Money) -> str:
    return f"{m.cents // 100},{m.cents % 100:02d} €"


@dataclass(frozen=True)
class VatTotal:
    """One row of the receipt's VAT block; ``rate`` None = not taxable."""

    rate: int | None
    gross: Money
    vat: Money

    @property
    def net(self) -> Money:
        return self.gross - self.vat


def vat_summary(lines: Iterable[PostingLine]) -> list[VatTotal]:
    """Gross and VAT per rate, highest rate first, not-taxable last."""
    totals: dict[int | None, tuple[int, int]] = {}
    for line in lines:
        gross, vat = totals.get(line.vat_rate, (0, 0))
        totals[line.vat_rate] = (gross + line.amount.cents, vat + line.vat.cents)
    ordered = sorted(totals, key=lambda r: -1 if r is None else r, reverse=True)
    return [VatTotal(r, Money(totals[r][0]), Money(totals[r][1])) for r in ordered]


def _sum(values: Iterable[Money]) -> Money:
    return Money(sum(v.cents for v in values))
