"""A receipt's TSE signature: asked for when the sale is written, stored even when the
device failed, and asked for again later for the sales whose signing failed.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.money import Money
from belbo_desktop.services.ports import Clock
from belbo_desktop.services.signing import (
    Signature,
    SignatureState,
    Signer,
    SignRequest,
    sign_safely,
)
from belbo_desktop.services.till.rows import insert
from belbo_desktop.storage.orm.sales import Sale, SaleSignature, Till


def sign_sale(
    s: Session,
    signer: Signer,
    clock: Clock,
    serial: str,
    receipt_no: int,
    sale_id: uuid.UUID,
    started_at: dt.datetime,
    finished_at: dt.datetime,
    total: Money,
) -> Signature:
    request = SignRequest(serial, receipt_no, started_at, finished_at, total.cents)
    signature = sign_safely(signer, request)
    write_signature(s, clock, sale_id, signature)
    return signature


def write_signature(s: Session, clock: Clock, sale_id: uuid.UUID, signature: Signature) -> None:
    insert(
        s,
        SaleSignature,
        [
            dict(
                id=new_id(),
                sale_id=sale_id,
                at=clock.now(),
                state=signature.state.value,
                data=dict(signature.data),
            )
        ],
    )


def unsigned_sales(location_id: uuid.UUID) -> Select[Sale, str]:
    """The location's sales whose signing failed and never succeeded since, with their
    till's serial, in receipt order."""
    done_states = (SignatureState.SIGNED.value, SignatureState.NO_TSE.value)
    settled = select(SaleSignature.sale_id).where(SaleSignature.state.in_(done_states))
    failed = select(SaleSignature.sale_id).where(SaleSignature.state == SignatureState.FAILED.value)
    return (
        select(Sale, Till.serial)
        .join(Till, Till.id == Sale.till_id)
        .where(
            Sale.location_id == location_id,
            Sale.id.in_(failed),
            Sale.id.not_in(settled),
        )
        .order_by(Sale.receipt_no)
    )
