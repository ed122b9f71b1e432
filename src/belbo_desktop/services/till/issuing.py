"""Vouchers sold at the till: a new code each, valid for as many years as the location's
settings say, written with the sale; and a stored voucher read back for its handout.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as vrules
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart
from belbo_desktop.domain.text import clean
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import RandomSource
from belbo_desktop.services.till.results import IssuedVoucher
from belbo_desktop.services.till.rows import insert
from belbo_desktop.services.vouchers import VALIDITY_SERVICE_KEY, VALIDITY_VALUE_KEY
from belbo_desktop.storage.orm import Setting
from belbo_desktop.storage.orm.vouchers import Voucher

_SETTINGS = select(Setting.key, Setting.value).where(
    Setting.location_id == bindparam("location_id"),
    Setting.key.in_(bindparam("keys", expanding=True)),
)


def issue_vouchers(
    s: Session,
    random: RandomSource,
    actor: Actor,
    cart: Cart,
    sale_id: uuid.UUID,
    now: dt.datetime,
    today: dt.date,
) -> list[IssuedVoucher]:
    if not cart.vouchers:
        return []
    years = _validity_years(s, actor.location_id)
    issued: list[IssuedVoucher] = []
    rows = []
    for v in cart.vouchers:
        code = vrules.new_code(random.randbelow)
        valid_until = vrules.default_valid_until(today, years[v.kind])
        vid = new_id()
        recipient = clean(v.recipient) or None
        message = clean(v.message) or None
        issued.append(
            IssuedVoucher(
                vid,
                code,
                v.kind,
                v.treatment,
                v.value,
                v.price,
                valid_until,
                v.service_name,
                recipient,
                message,
            )
        )
        rows.append(
            dict(
                id=vid,
                location_id=actor.location_id,
                code=code,
                kind=v.kind.value,
                treatment=v.treatment.value,
                face_value_cents=v.value.cents,
                vat_rate=v.vat_rate,
                service_item_id=v.service_item_id,
                service_name=v.service_name,
                recipient=recipient,
                message=message,
                valid_until=valid_until,
                sale_id=sale_id,
                buyer_customer_id=cart.customer_id,
                price_paid_cents=v.price.cents,
                created_at=now,
                created_by_id=actor.staff_id,
            )
        )
    insert(s, Voucher, rows)
    return issued


def _validity_years(s: Session, location_id: uuid.UUID) -> dict[vrules.VoucherKind, int]:
    keys = {
        VALIDITY_VALUE_KEY: vrules.VoucherKind.VALUE,
        VALIDITY_SERVICE_KEY: vrules.VoucherKind.SERVICE,
    }
    years = dict.fromkeys(keys.values(), vrules.DEFAULT_VALIDITY_YEARS)
    rows = s.connection().execute(_SETTINGS, {"location_id": location_id, "keys": list(keys)})
    for key, value in rows:
        if isinstance(value, int) and 1 <= value <= 30:
            years[keys[key]] = value
    return years


def issued(v: Voucher) -> IssuedVoucher:
    return IssuedVoucher(
        v.id,
        v.code,
        vrules.VoucherKind(v.kind),
        vrules.VatTreatment(v.treatment),
        Money(v.face_value_cents),
        Money(v.price_paid_cents),
        v.valid_until,
        v.service_name,
        v.recipient,
        v.message,
    )
