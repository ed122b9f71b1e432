"""Builders for till tests: ``a_voucher_sold(app, actor, 5000)``, ``cart_with(item)``."""

from __future__ import annotations

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod, Redemption, VoucherSale
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.services.till import IssuedVoucher, SaleResult


def item(row: CatalogueRow, quantity: int = 1) -> ItemLine:
    return ItemLine(row.name, row.price, row.vat_rate, quantity, catalogue_item_id=row.id)


def value_voucher(
    cents: int, *, discount: int = 0, recipient: str = "Oma Inge", message: str = "Alles Gute!"
) -> VoucherSale:
    return VoucherSale(
        VoucherKind.VALUE,
        Money(cents),
        VatTreatment.MULTI_PURPOSE,
        None,
        recipient=recipient,
        message=message,
        discount=Money(discount),
    )


def a_voucher_sold(app: App, actor: Actor, cents: int = 5000, **kw: object) -> IssuedVoucher:
    cart = Cart()
    cart.add_vouchers(value_voucher(cents, **kw))  # type: ignore[arg-type]
    cart.pay(PaymentMethod.CASH, cart.total)
    result = app.till.commit(actor, cart)
    return result.vouchers[0]


def redeem(
    app: App,
    actor: Actor,
    code: str,
    row: CatalogueRow,
    cents: int | None = None,
    method: PaymentMethod = PaymentMethod.CARD,
) -> SaleResult:
    """Pay for ``row`` with the voucher (as much as ``cents`` or as it covers), rest by card."""
    info = app.vouchers.check_redeemable(actor, code)
    cart = Cart()
    cart.add_item(item(row))
    amount = Money(cents) if cents is not None else min(info.balance, cart.redeemable_room())
    cart.add_redemption(
        Redemption(info.id, info.display_code, amount, info.treatment, info.vat_rate, info.kind)
    )
    if cart.remaining.cents > 0:
        cart.pay(method)
    return app.till.commit(actor, cart)
