"""A till in its own process, used by the concurrency and crash tests.

``redeem``: look up a voucher and pay a 7 € item with it until it is used up.
``stream``: sell and redeem vouchers forever, printing each receipt number.
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import (
    Cart,
    ItemLine,
    PaymentMethod,
    Redemption,
    VoucherSale,
)
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind


def redeem(app, actor, code: str, item_id: uuid.UUID, start_at: float) -> None:  # type: ignore[no-untyped-def]
    while time.time() < start_at:
        time.sleep(0.001)
    ok = refused = 0
    for _ in range(40):
        try:
            info = app.vouchers.check_redeemable(actor, code)
        except ValidationError:
            break
        cart = Cart()
        cart.add_item(ItemLine("Test", Money(700), 19, catalogue_item_id=item_id))
        amount = min(info.balance, Money(700))
        cart.add_redemption(
            Redemption(info.id, info.display_code, amount, info.treatment, info.vat_rate)
        )
        if cart.remaining.cents:
            cart.pay(PaymentMethod.CARD)
        try:
            result = app.till.commit(actor, cart)
            ok += 1
            print(f"ok {result.receipt_no} {amount.cents}", flush=True)
        except ValidationError:
            refused += 1
            print("refused", flush=True)
    print(f"done {ok} {refused}", flush=True)


def stream(app, actor) -> None:  # type: ignore[no-untyped-def]
    codes: list[str] = []
    n = 0
    while True:
        n += 1
        cart = Cart()
        if n % 3 and codes:
            try:
                info = app.vouchers.check_redeemable(actor, codes[-1])
                cart.add_item(ItemLine("Haarschnitt", Money(1900), 19))
                cart.add_redemption(
                    Redemption(
                        info.id,
                        info.display_code,
                        min(info.balance, Money(1900)),
                        info.treatment,
                        info.vat_rate,
                    )
                )
            except ValidationError:
                codes.pop()
                continue
        else:
            cart.add_vouchers(
                VoucherSale(VoucherKind.VALUE, Money(5000), VatTreatment.MULTI_PURPOSE, None),
                count=2,
            )
        if cart.remaining.cents:
            cart.pay(PaymentMethod.CASH, Money(10000))
        result = app.till.commit(actor, cart)
        codes.extend(v.code for v in result.vouchers)
        print(f"sale {result.receipt_no}", flush=True)


def main() -> None:
    mode, data_dir, username, password = sys.argv[1:5]
    app = bootstrap(Paths(Path(data_dir)), migrate=False)
    actor = app.staff.login(username, password)
    if mode == "redeem":
        redeem(app, actor, sys.argv[5], uuid.UUID(sys.argv[6]), float(sys.argv[7]))
    else:
        stream(app, actor)


if __name__ == "__main__":
    main()
