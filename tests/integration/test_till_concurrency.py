"""Two tills (processes) redeem the same voucher against one database file at once."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.catalogue import ItemInput
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import ItemKind
from belbo_desktop.storage.orm.sales import Sale
from belbo_desktop.storage.orm.vouchers import VoucherEntry
from tests.conftest import PASSWORD, Salon
from tests.unit.till.builders import a_voucher_sold

WORKER = Path(__file__).parent / "till" / "till_worker.py"


def test_two_processes_never_redeem_more_than_the_balance(app: App, salon: Salon) -> None:
    item = app.catalogue.create(salon.owner, ItemInput(ItemKind.SERVICE, "Test", Money(700), 19))
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    start_at = time.time() + 1.5
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                "redeem",
                str(app.paths.data_dir),
                user,
                PASSWORD,
                voucher.code,
                str(item.id),
                str(start_at),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for user in ("empfang", "leitung")
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    redeemed = sum(
        int(line.split()[2])
        for out, _ in outputs
        for line in out.splitlines()
        if line.startswith("ok ")
    )
    assert redeemed == 5000  # all of it, and not a cent more
    info = app.vouchers.lookup(salon.owner, voucher.code)
    assert info.balance == Money(0)
    with app.uow.read() as s:
        total = s.scalar(
            select(func.sum(VoucherEntry.amount_cents)).where(VoucherEntry.voucher_id == info.id)
        )
        numbers = list(s.scalars(select(Sale.receipt_no).order_by(Sale.receipt_no)))
    assert total == 0
    assert numbers == list(range(1, len(numbers) + 1))  # no gaps, no doubles
